"""(lead28) Korean: a clause that says one thing, closed by a connective of context, then a request that names nothing —
the request is of that thing.

    "제 앱이 web 컨테이너에서 도는데 로그 좀 볼 수 있을까요?"               -> Logs(web)
    "web에 배포한 게 반영이 안 된 것 같은데 재시작 한번 해주실래요?"         -> Restart(web)  (a complaint, then the write)
    "pgdata 볼륨이 거의 찼는데 상세 좀 보여줘"                            -> VolumeInspect(pgdata)  (its kind kept)
    "web에 배포했는데 지워줘"                                             -> None  (a write after no complaint: asked)
    "web이랑 cache가 느린데 로그 보여줘"                                   -> None  (two things: which?)

The clause (the words before the request) ends in a connective of grammar/lexicon.txt `context_end` (perhaps with 요
after it) and names one ASCII name, perhaps with a kind of `ko_kind` after it; the request names nothing and, read alone,
asks for its target (parse.need_target). It is read again with the name (and its kind) before it, and taken when it is a
read of that one name — or a write, when the clause begins with the name (the topic) and complains of it
(context_clause.py `complains`: "반영이 안 된 것 같은데", "느린데" — its negation the complaint's own), holding no verb of
gorae's. Never a write from a clause that only tells. Pure: `read` parses a text.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot import model as m
from bot.language import grammar

Read = Callable[[str], m.Command | m.NotUnderstood]
_NAME = re.compile(r"(?P<name>[a-z0-9][a-z0-9_.\-]*)(?P<rest>[\uac00-\ud7a3]*)[.,]?")


def _closed_by_context(clause: str) -> bool:
    """Whether `clause` ends in a connective of `context_end` (perhaps made polite with 요) — or in -은데 that Kiwi splits
    into an adnominal and 데 (grammar/lexicon.txt `context_end_split`: "같은데")."""
    from bot.language.context_clause import analysed

    toks = [t for t in analysed(clause.strip(",.")) if t[1] not in ("SF", "SP")]
    if len(toks) > 1 and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    if len(toks) > 1 and toks[-2][1] == "ETM" and f"{toks[-2][0]}+{toks[-1][0]}" in grammar.words("context_end_split"):
        return True
    return bool(toks) and toks[-1][1] == "EC" and toks[-1][0] in grammar.words("context_end")


def _asked(rest: str) -> bool:
    """Whether `rest` says a request: a morpheme of asking (grammar/lexicon.txt `told_then_asked_marks`: 주다, 부탁, 드리다,
    -시-) or a question (`antecedent_asked_ko`: ~까, ~물음)."""
    from bot.language import morph
    from bot.language.context_clause import analysed

    words = set(morph.reading(rest).text.split())
    toks = {f for f, _ in analysed(rest)}  # Kiwi's analysis kept by text: asked again of the same rest below
    return bool(grammar.words("told_then_asked_marks") & toks or grammar.words("antecedent_asked_ko") & words)


def _placed(clause: list[str], i: int) -> bool:
    """Whether the word `clause[i]` is a name said with a particle of place or possession (grammar/lexicon.txt
    `antecedent_place_ko`: "web에서", "web의") — glued to it, or to a kind of `ko_kind` right after it ("web 컨테이너에서")."""
    mt = _NAME.fullmatch(clause[i])
    if mt is None or not re.search(r"[a-z]", mt["name"]):
        return False
    places = grammar.words("antecedent_place_ko")
    if mt["rest"]:
        return mt["rest"] in places
    nxt = clause[i + 1].rstrip(",.") if i + 1 < len(clause) else ""
    kind = next((k for k in grammar.words("ko_kind") if nxt.startswith(k)), None)
    return kind is not None and nxt[len(kind):] in places


def _thing(clause: list[str]) -> str | None:
    """The one name the clause says, with its kind when a word of `ko_kind` follows it ("pgdata 볼륨"); None when it says
    none or more than one."""
    found = []
    for i, w in enumerate(clause):
        mt = _NAME.fullmatch(w)
        if mt is None or not re.search(r"[a-z]", mt["name"]):
            if re.search(r"[A-Za-z0-9]", w):
                return None  # a path, a number, a word typed in capitals: never left out unread
            continue
        kind = ""
        if not mt["rest"] and i + 1 < len(clause):
            nxt = clause[i + 1]
            kind = next((k for k in grammar.words("ko_kind") if nxt.startswith(k)), "")
        found.append(f"{mt['name']} {kind}".strip())
    return found[0] if len(found) == 1 else None


def antecedent(text: str, read: Read, negated: Callable[[str], bool]) -> m.Command | None:
    """The request of the one thing a clause before it says (see the module), or None."""
    from bot.language import morph
    from bot.language.context_clause import analysed, complains, gorae_verbs
    from bot.language.parse_natural import reads_only

    words = text.split()
    for k in range(1, len(words)):
        if not re.search(r"[,\uac00-\ud7a3]$", words[k - 1]) or not _closed_by_context(" ".join(words[:k])):
            continue
        clause, rest = words[:k], " ".join(words[k:])
        toks = analysed(" ".join(clause))
        # (lead29) errors shown (에러 찍히는데: grammar/lexicon.txt `error_shown_ko` after `error_noun_ko`) say no verb of gorae's
        shown = {j for i in range(1, len(toks)) if toks[i][0] in grammar.words("error_shown_ko")
                 and toks[i - 1][0] in grammar.words("error_noun_ko") for j in (i - 1, i)}
        if not gorae_verbs().isdisjoint(f for i, (f, t) in enumerate(toks) if t in ("VV", "NNG", "XR") and i not in shown) and not any(
                _placed(clause, i) for i in range(len(clause))):
            # "web 지우니까 로그 보여줘": a verb of gorae's said of the thing — never left out as context; said of where it
            # is or what it is of ("제 앱이 web 컨테이너에서 도는데", "web에 배포한 게 …") it tells, as any clause
            return None
        thing = _thing(clause)
        if thing is None or re.search(r"[A-Za-z]", rest) or negated(rest):
            return None
        if not _asked(rest):
            return None  # "web 쉘 붙어서 보고 싶은데": no request said — the clause is what is wished for, never context
        alone = read(rest)
        if not (isinstance(alone, m.NotUnderstood) and alone.reason.key == "parse.need_target") and not (
                isinstance(alone, m.ListContainers) and not alone.filters and not alone.all
                and grammar.words("antecedent_listed_ko").isdisjoint(morph.reading(rest).text.split())):
            return None  # (a bare look, "확인 좀 해줘", lists every container: of the thing told, when it says no list)
        again = read(f"{thing} {rest}")
        if not isinstance(again, m.Command) or m.names_of(again, images=True) != (thing.split()[0],):
            return None
        said = " ".join(clause)
        if isinstance(again, m.Inspect) and not again.more and complains(said):
            # "cache가 느리다는데 확인 좀 해줘": a look after a complaint is the complaint's reading — status, recent logs
            from bot.language.parse_natural import COMPLAINT_TAIL

            return m.Sequence(steps=(again, m.Logs(again.target, tail=COMPLAINT_TAIL, lang=again.lang)), lang=again.lang)
        if reads_only(again):
            return again
        if complains(said) and _NAME.fullmatch(clause[0]) is not None:
            return again  # the thing first, the topic it complains of ("web에 배포한 게 반영이 안 된 것 같은데 …")
        return None
    return None
