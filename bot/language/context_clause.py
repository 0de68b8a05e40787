"""A reason or context clause around a Korean request (ctx10, issue 8).

"배포해야 해서 my-nginx 재시작 부탁드려요", "테스트 끝났으니 db 지워주세요", "web 로그 좀 보여주세요 에러
찾아야돼서": the clause says why, and changes nothing — the request alone is read. "web 재시작하고 알려줘"
(tell me when done) is the write alone. The words are grammar/lexicon.txt's (`context_end`,
`context_end_past`, `context_light`, `tell_done`); gorae's verbs are natural.lark's `v_*` rules.

A clause is dropped only when it names nothing (no ASCII letter), ends in a connective or a sentence
end, holds no verb of gorae's (a write never comes from the clause) and no question, report or pending
condition; a clause after the request holds no negation either. The rest must read whole.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from bot.language import grammar

if TYPE_CHECKING:  # pragma: no cover
    from bot.model import Command, NotUnderstood

_RULE = r"^(?:{})(?:\.\d+)?:(?P<body>.*(?:\n[ \t]+\|.*)*)"
_SYLLABLES = "\uac00-\ud7a3"  # the Hangul syllables
# (perf32) compiled once (each word of each clause tried is matched: ~360 a sentence for a long one)
_TEAM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,5}(?P<rest>[" + _SYLLABLES + r"].*)")  # `_team_said`
_NAMED_WORD = re.compile(r"(?P<n>[a-z0-9][a-z0-9_.-]*)(?P<rest>[" + _SYLLABLES + r"]*[.,]?)")  # `_named_word`
_EVENT_WORD = re.compile(r"(?P<w>[A-Za-z]+)(?P<rest>[" + _SYLLABLES + r"]*[.,]?)")  # `_event_said`
# a word of a clause: Hangul syllables and letters, digits, a sentence's punctuation
# (ctxko23) … and a colon that ends the clause as a period does: "민수 요청입니다: web 로그 100줄 보여주세요"
# (pre33) a team, a role or a system said by its acronym, alone or with a Hangul word glued ("DB 담당인데요,", "VOC 들어왔어요:"):
# upper case only, so never a name of the request (a name keeps its case) — read only when the request names its own things
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,5}[" + _SYLLABLES + r"]*[.,:!]?")
_NAME_START, _LOWER = re.compile(r"[a-z0-9][a-z0-9_.-]*"), re.compile(r"[a-z]")  # `_names_said` (bench35: compiled once)
_CLAUSE_WORD = re.compile(r"[" + _SYLLABLES + r"\u3131-\u318e0-9.,!?~^:]+")
_FIRST_LITERAL = re.compile(r"(?:^|[:|(])\s*\"(?P<w>[" + _SYLLABLES + r"]+)\"")


# (f14ko) the literal that begins an alternative, after its opening parentheses: never the second word of one
# ("밀" ("넣" | "올리"): 넣 is no verb of gorae's, "보고서에 넣어야 해서" is context), nor a particle after a group
_ALT_FIRST_LITERAL = re.compile(r"(?:^|[:|])\s*\(*\s*\"(?P<w>[" + _SYLLABLES + r"]+)\"")


@lru_cache(maxsize=1)
def gorae_verbs() -> frozenset[str]:
    """The Hangul lemmas that begin an alternative of a `v_*` rule of grammar/natural.lark (재시작, 지우, 끄,
    로그, …) less grammar/lexicon.txt `context_light`."""
    return frozenset(mt.group("w") for line in _rule_text(r"v_\w+").split("\n")
                     for mt in _ALT_FIRST_LITERAL.finditer(line.split("//")[0])) - grammar.words("context_light")


@lru_cache(maxsize=1)
def schedule_words() -> frozenset[str]:
    """The Hangul words that begin an alternative of natural.lark's `schedule` (나중, 내일, 매일, …): a clause
    that says one is a time, never noise."""
    return _first_literals("schedule") | frozenset(
        mt.group(1) for mt in re.finditer(r"\(\s*\"([" + _SYLLABLES + r"]+)\"", _rule_text("schedule")))


def _rule_text(names: str) -> str:
    return "\n".join(r.group("body") for r in re.finditer(_RULE.format(names), grammar.grammar_text(), re.M))


def _first_literals(names: str) -> frozenset[str]:
    return frozenset(mt.group("w") for line in _rule_text(names).split("\n")
                     for mt in _FIRST_LITERAL.finditer(line.split("//")[0]))




@lru_cache(maxsize=1)
def _noun_ends() -> tuple[tuple[str, ...], ...]:
    """grammar/lexicon.txt `context_noun_end`: the morphemes (form+form) that end a context phrase of nouns."""
    return tuple(tuple(w.split("+")) for w in grammar.words("context_noun_end"))


@lru_cache(maxsize=1)
def _noun_ends_by_last() -> dict[str, tuple[tuple[str, ...], ...]]:
    """(bench35) `_noun_ends` by their last morpheme, each list in `_noun_ends`' order: only those can end a phrase."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for end in _noun_ends():
        out.setdefault(end[-1], []).append(end)
    return {last: tuple(ends) for last, ends in out.items()}


def _noun_end(toks: list[tuple[str, str]]) -> bool:
    """(blind13) Whether `toks` (a leading clause) is a phrase of nouns that says what the request is for or before
    ("배포 전에", "보안 점검 때문에", "용량 확보 차원에서", "검증용으로", "데모 준비로", "확인차"): it ends in one of
    `context_noun_end`, right after a noun; one said with 전 (before) holds a work event of `context_event` ("배포",
    "점검", "작업"), never a time of the day or a place ("퇴근 전에", "자기 전에": when — a schedule)."""
    if not toks:
        return False
    forms = tuple(f for f, _ in toks)
    for end in _noun_ends_by_last().get(forms[-1], ()):  # (bench35) the others end otherwise
        n = len(end)
        before = toks[-n - 1] if len(toks) > n else ("", "")
        if len(forms) > n and forms[-n:] == end and (before[1] in ("NNG", "NNP", "ETN", "XSN", "NNB") or (
                before[1] == "SL" and before[0] in grammar.words("context_event"))):  # (lead27) "QA 전에"
            if end[0] in grammar.words("context_before") and grammar.words("context_event").isdisjoint(forms):
                return False
            return True
    return False


def _tokens(words: list[str]) -> tuple[tuple[str, str], ...]:
    return analysed(" ".join(words))


@lru_cache(maxsize=4096)
def analysed_spans(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Kiwi's (form, tag, start, end) of `text` (the tag without its -R/-I), kept by text: one Kiwi call per sentence
    for every reader that asks (this module, bot/language/outside.py, bot/language/unordered_ko.py)."""
    from bot.language import morph

    return tuple((t.form, t.tag.split("-")[0], t.start, t.start + getattr(t, "len", len(t.form)))
                 for t in morph.tokens(text))


@lru_cache(maxsize=4096)
def analysed(text: str) -> tuple[tuple[str, str], ...]:
    """Kiwi's (form, tag) of `text` (`analysed_spans` without the places) — kept by text (as bot/language/morph.py
    `reading`): one sentence asks for the same span several times (`complaint_said`, `cuts`, `middles`, and again for
    each rest read alone)."""
    return tuple((f, t) for f, t, _, _ in analysed_spans(text))


def _team_said(word: str) -> str:
    """(f14ko) A team said by its acronym glued to a word of grammar/lexicon.txt `context_team` ("QA팀", "SRE팀에서",
    "DBA쪽"): the word without the acronym (upper case only — a name keeps its case and is never one), so that a
    clause "QA팀 요청으로" is read as "팀 요청으로"; any other word as it is."""
    mt = _TEAM_WORD.fullmatch(word)
    if mt and any(mt.group("rest").startswith(t) for t in grammar.words("context_team")):
        return mt.group("rest")
    if mt and any(mt.group("rest").startswith(t) for t in grammar.words("context_purpose")):
        # (f17ko) "QA용으로" is read as "검증용으로": a purpose, the acronym no name
        return min(grammar.words("context_purpose_as")) + mt.group("rest")
    if mt and any(mt.group("rest").startswith(c) for c in grammar.words("context_role_copula")):
        # (pre33) "DBA입니다.", "SRE예요,": the speaker's role said by the copula, read as "담당입니다."
        return min(grammar.words("context_role_as")) + mt.group("rest")
    return word


def stated_first(text: str) -> str | None:
    """(pre33) The ASCII word that the first sentence of `text` only states — a word, then the copula closing the
    sentence (an EF, or a connective made polite by 요: "DBA입니다. …", "web이에요, …", "저는 SRE예요. …") — when more is
    said after it; None otherwise. Such a word is never a thing the next sentence's verb acts on."""
    toks = analysed_spans(text)
    for i, (_, tag, start, _) in enumerate(toks):
        if tag != "VCP":
            continue
        # the word as typed, glued to the copula (Kiwi splits "e2e-3a1입니다" and "my-nginx입니다" into pieces)
        typed = re.search(r"[A-Za-z0-9][\w.\-/:]*$", text[:start])
        if typed is None or not re.search(r"[A-Za-z]", typed.group()) or i + 1 >= len(toks) \
                or not _closed(toks[i + 1][:2]):
            return None
        if not all(t in ("NP", "JX", "JKS", "NNG") for _, t, _, end in toks[:i] if end <= typed.start()):
            return None
        rest = [t for t in toks[i + 2:] if t[1] not in ("SF", "SP", "SE", "SO")]
        return typed.group() if rest else None
    return None


def _named_word(word: str, named: frozenset[str]) -> bool:
    """(ctxko23) Whether `word` is a name of `named` (the names the request itself says), perhaps with a Hangul particle
    glued to it ("cache랑", "web은")."""
    mt = _NAMED_WORD.fullmatch(word)
    return mt is not None and mt.group("n") in named


def _closed(tok: tuple[str, str]) -> bool:
    """(lead27) Whether `tok` closes a sentence: a final ending, or a polite ending in 요 that Kiwi tags a connective
    when more follows ("점심 먹고 올게요, 그 전에 …": ᆯ게요 EC)."""
    return tok[1] == "EF" or (tok[1] == "EC" and tok[0].endswith(tuple(grammar.words("context_polite_jx"))))


def _event_said(word: str, events: frozenset[str]) -> bool:
    """(lead27) Whether `word` is a work event typed in ASCII (grammar/lexicon.txt `context_event`: QA), perhaps with a
    Hangul particle glued to it ("QA 돌리기 전에", "QA가 끝나서"): an event, never a name."""
    mt = _EVENT_WORD.fullmatch(word)
    return mt is not None and mt.group("w") in events


def _clause_words(words: list[str]) -> list[bool]:
    """(bench35) For each word, whether a clause naming nothing may hold it — `_clause_ok`'s first test, word by word
    (a span holding a word that fails it is never a clause, so its callers skip it without asking)."""
    events = grammar.words("context_event")
    return [bool(_CLAUSE_WORD.fullmatch(t) or _event_said(t, events)) for t in map(_team_said, words)]


def _clause_ok(words: list[str], after: bool, named: frozenset[str] = frozenset()) -> bool:
    """Whether `words` are a context clause: Hangul (and digits) only, ending in a connective of
    `context_end` (or `context_end_past` after the past) or a sentence end, no verb of gorae's, no
    question, report or condition; after the request no negation. (ctxko23) A name of `named` — one the request
    itself says — may be said in it too ("앱이 cache랑 통신이 안 되는데 cache 상태 좀 봐주실래요?")."""
    words = [_team_said(w) for w in words]
    events = grammar.words("context_event")
    if not words or not all(_CLAUSE_WORD.fullmatch(w) or _named_word(w, named) or _event_said(w, events)
                            or (named and not after and _ACRONYM_WORD.fullmatch(w)) for w in words):
        return False  # a name, a path, a shell character: never in a clause left out
    if not after and _hands_off(_clause_toks(words)):
        return True  # (pre33) "아무것도 안 건드리고": the caller reads only a read after it
    toks = [t for t in _tokens(words) if t[1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]
    if not toks:
        return False
    if not after and _polite_when(toks):
        return True  # (lead28) "혹시 시간 괜찮으실 때": when it suits you — courtesy to the one asked, never a time
    if not (toks[0][1].startswith("N") or toks[0][1] in ("MAG", "MAJ", "MM", "SN", "XR", "IC")
            or (toks[0][1] == "XPN" and len(toks) > 1 and toks[1][1].startswith("N"))  # (f22c) "재배포했으니": 재- a noun's
            or (toks[0][1] == "SL" and (named or toks[0][0] in events)) or (not after and _because_so(toks))
            # (f23y) a work event said as its verb, nominalized (넘기기: handing over): "넘기기 전에 web 로그 보여줘"
            or (toks[0][1] == "VV" and toks[0][0] in events and len(toks) > 1 and toks[1][1] == "ETN")):
        return False  # "cache 재시작 했었는데 또 죽음": a verb that goes on with the word before it
    for end in _before_that():  # (lead27) "점심 먹고 올게요, 그 전에 …": before that, after a sentence closed — the request is now
        if not after and len(toks) > len(end) and tuple(f for f, _ in toks[-len(end):]) == end \
                and _closed(toks[-len(end) - 1]):
            toks = toks[:-len(end)]
            break
    if len(toks) > 1 and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx") and (
            toks[-2][1] == "EC" or (toks[-2][1] == "EF" and toks[-2][0] in grammar.words("context_said_contracted"))):
        toks = toks[:-1]  # "알람이 떠서요,", "부족하다고 해서요.": the connective made polite with 요; (pre33) "안 된대요"
    noun_end = _noun_end(toks)
    form, tag = toks[-1]
    if noun_end:
        if after:
            return False  # said after the request, a phrase of time or purpose is the request's own
    elif tag == "EC" and not (not after and _closed(toks[-1])):
        past = len(toks) > 1 and toks[-2][1] == "EP"
        copula = len(toks) > 1 and toks[-2][1] == "VCP" and form in grammar.words("context_end_copula")
        if form not in grammar.words("context_end") and not (past and form in grammar.words("context_end_past")) \
                and not copula:
            return False
    elif not _closed(toks[-1]) or after:
        return False  # after the request only a connective: "… 부탁드려요" is the request's own end
    if not _kinds_not_ok().isdisjoint(f for f, _ in toks):
        return False  # "backend 네트워크는 더 이상 사용하지 않으니": the kind of the name, never noise
    if not _closed(toks[-1]) and any(t == "EC" and f in grammar.words("context_end_past") and (i == 0 or toks[i - 1][1] != "EP")
                                   for i, (f, t) in enumerate(toks)):
        # (lead27) inside a sentence closed before the request ("점심 먹고 올게요, …") the -고 is that sentence's own
        return False  # "퇴근하고 나서", "테스트 끝나고": a time (after it), never noise
    if not schedule_words().isdisjoint(f for f, _ in toks):
        return False  # "내일 배포해야 해서": a time said
    verbs = gorae_verbs()
    # (f22b34) closed by the hearsay (`_said_reason` holds no verb of gorae's): a noun before a light verb is the report's
    # own ("로그인하면 에러 난대요": 에러 나다, an error occurs)
    heard = _said_reason(toks) and toks[-1][1] == "EF" and toks[-1][0] in grammar.words("context_said_contracted")
    for i, (f, t) in enumerate(toks):
        verbal = t in ("VV", "VX") or (t in ("NNG", "XR") and i + 1 < len(toks) and not heard and (
            toks[i + 1][1] == "XSV" or toks[i + 1][0][:1] in grammar.words("context_light")))  # "재시작 했었는데"
        if verbal and f in verbs and not (i > 0 and f in grammar.words("context_event_verb")
                                          and toks[i - 1][0] in grammar.words("context_event")) \
                and not (not after and _told_done_before(toks, i)) \
                and not (t == "VX" and i > 0 and toks[i - 1][0] in grammar.words("feared_link_ko") and _feared(toks)):
            return False  # (w2f13ko) but "점검 시작합니다.": a work event begun is announced, no verb of gorae's
    barred = grammar.words("never_unread")
    negated = [i for i, (f, _) in enumerate(toks) if f in barred]
    if negated and (after or not any(t in ("NNG", "NNP") or (t in ("SL", "VV") and f in events) for f, t in toks[:negated[0]])):
        return False  # "안 돼 web 재시작", "하지 말고 …": a ban or a take-back; "반영이 안돼요" says of something
    from bot.language import morph

    # a word of `context_barred` in gorae's reading of the clause; asked last (every check here only says no,
    # in any order): the reading is a second analysis of the clause, needed only by a clause that passed the rest
    barred_words = _barred_but_report() if _said_reason(toks) else grammar.words("context_barred")
    if heard:
        barred_words = barred_words - grammar.words("context_said_heard_ok")  # (f22b34) "로그인하면 에러 난대요"
    if _feared(toks):
        barred_words = barred_words - grammar.words("feared_unbarred")  # (f22a) "망가뜨릴까 봐 무서워서": a worry
    return barred_words.isdisjoint(morph.words(" ".join(words)).split())


def _told_to_look(toks: list[tuple[str, str]]) -> bool:
    """(f22a) Whether a clause tells what the asker was told to look at, as its reason ("사수님이 네트워크부터 보라고
    하셨는데", "팀장님이 로그 확인하라고 하셔서"): a verb of grammar/lexicon.txt `told_to_look_ko` (perhaps a noun before 하다),
    the quoting -라고, 하다 (perhaps -시-, the past) and a connective of `context_end` closing it; no other verb, no
    negation. A look told harms nothing: the request after it is read by itself."""
    ends = grammar.words("context_end")
    polite = grammar.words("context_polite_jx")
    while toks and (toks[-1][1] in ("SP", "SF") or (toks[-1][1] == "JX" and toks[-1][0] in polite)):
        toks = toks[:-1]
    if len(toks) < 4 or toks[-1][1] != "EC" or toks[-1][0] not in ends:
        return False
    i = len(toks) - 2
    while i > 0 and toks[i][1] == "EP":
        i -= 1
    say, quote = grammar.words("told_to_look_say_ko"), grammar.words("told_to_look_quote_ko")
    if i < 2 or toks[i][0] not in say or toks[i - 1][1] != "EC" or toks[i - 1][0] not in quote:
        return False
    look, verb = toks[i - 2], toks[i - 3] if i >= 3 else ("", "")
    looked = look[0] in grammar.words("told_to_look_ko") and look[1] == "VV" or (
        look[0] in say and verb[0] in grammar.words("told_to_look_ko") and verb[1] == "NNG")
    rest = toks[:i - 2] if look[0] not in say else toks[:i - 3]
    barred = grammar.words("aside_negation_ko")
    return looked and not any(t in ("VV", "VX", "VA", "XSV", "EC", "EF") or f in barred for f, t in rest)


def _feared(toks: list[tuple[str, str]]) -> bool:
    """(f22a) Whether a clause says a fear: the connective -ㄹ까 then 보다 (-ㄹ까 봐), a word of grammar/lexicon.txt
    `feared_ko` after it ("뭘 망가뜨릴까 봐 무서워서요", "실수할까 봐 걱정돼서") — its -ㄹ까 asks nothing."""
    fear, link, aux = grammar.words("feared_ko"), grammar.words("feared_link_ko"), grammar.words("feared_aux_ko")
    return any(t == "EC" and f in link and toks[i + 1][1] == "VX" and toks[i + 1][0] in aux
               and any(g in fear for g, _ in toks[i + 2:]) for i, (f, t) in enumerate(toks[:-1]))


@lru_cache(maxsize=1)
def _before_that() -> tuple[tuple[str, ...], ...]:
    """(perf33) grammar/lexicon.txt `before_that_ko`, each split at + (made once, not on every clause tried)."""
    return tuple(tuple(w.split("+")) for w in grammar.words("before_that_ko"))


@lru_cache(maxsize=1)
def _kinds_not_ok() -> frozenset[str]:
    """(perf33) grammar/lexicon.txt `ko_kind` but `context_kind_ok` (made once)."""
    return grammar.words("ko_kind") - grammar.words("context_kind_ok")


@lru_cache(maxsize=1)
def _barred_but_report() -> frozenset[str]:
    """(perf33) grammar/lexicon.txt `context_barred` but `context_said_report` (made once)."""
    return grammar.words("context_barred") - grammar.words("context_said_report")


def _seen_source(words: list[str], named: frozenset[str]) -> bool:
    """(lead29) Whether `words` (a clause said before the request) only say where the asker looked: nouns — a tool or a
    page, in Hangul or one word typed in ASCII that the request does not name — then 보다 with a connective of
    grammar/lexicon.txt `context_seen_end` (perhaps after the past): "grafana 보니까 web 느린데 로그 좀", "모니터링 봤더니 …",
    "대시보드 보니 …". A clause that says a verb of gorae's before the look ("web 로그 보니까") is never one."""
    if len(words) < 2 or any(not (_CLAUSE_WORD.fullmatch(w) or re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]*[" + _SYLLABLES + r"]*", w))
                             for w in words):
        return False
    if any(_named_word(w.lower(), named) for w in words):
        return False  # "web 보니까 web 재시작해줘": the thing looked at is the one asked of — what was seen matters
    typed = [w for w in words if re.match(r"[A-Za-z]", w)]
    if len(typed) > 1:
        return False
    # the ASCII word analysed as one letter (Kiwi splits "e2e-b9" into letters, digits and a dash)
    toks = _clause_toks([re.sub(r"^[A-Za-z][A-Za-z0-9_.-]*", "X", w) for w in words])
    if toks and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    if len(toks) < 3 or toks[-1][1] != "EC" or toks[-1][0] not in grammar.words("context_seen_end"):
        return False
    look = toks[-3] if toks[-2][1] == "EP" else toks[-2]
    head = toks[:-3] if toks[-2][1] == "EP" else toks[:-2]
    if look[0] not in grammar.words("context_seen_verb") or look[1] not in ("VV", "VX") or not head:
        return False
    while len(head) > 1 and head[0][1] == "IC":
        head = head[1:]  # (f22b34) "아 방금 보니": the interjection first
    if len(head) == 1 and head[0][1] == "MAG" and head[0][0] in grammar.words("context_seen_when"):
        return True  # (f22b34) "방금 보니", "지금 보니까": when alone
    if not all(t.startswith(("NN", "J", "XSN")) or t == "SL" for _, t in head) or sum(t == "SL" for _, t in head) > 1:
        return False
    return gorae_verbs().isdisjoint(f for f, _ in head)


def heard_said(text: str) -> bool:
    """(f22b34) Whether `text` holds a sentence closed by the contracted hearsay (grammar/lexicon.txt
    `context_said_contracted`: "업로드가 안 된대요."): what a customer says, relayed — its negation is theirs."""
    return any(t == "EF" and f in grammar.words("context_said_contracted") for f, t in _tokens(text.split()))


def _hands_off(toks: list[tuple[str, str]]) -> bool:
    """(pre33) Whether the clause `toks` (punctuation left out) only bans touching anything: a word of grammar/lexicon.txt
    `hands_off_any_ko` (아무것), 도, 안, a verb of `hands_off_verb_ko` (건드리다), -고 — "아무것도 안 건드리고"; (f22b34) or
    any verb banned with `hands_off_ban_ko` (-지 말다) before -고 — "아무것도 지우지 말고", "아무것도 재시작하지 말고"."""
    forms = [f for f, _ in toks]
    ban = grammar.lexicon()["hands_off_ban_ko"]
    if (len(toks) in (6, 7) and forms[0] in grammar.words("hands_off_any_ko")
            and forms[1] in grammar.words("hands_off_even_ko") and (len(toks) == 6 or toks[2][1] == "NNG")
            and toks[-4][1] == "VV" and tuple(forms[-3:-1]) == ban and toks[-3][1] == "EC" and toks[-2][1] == "VX"
            and toks[-1][1] == "EC" and forms[-1] in grammar.words("hands_off_link_ko")):
        return True  # (f22b34) "아무것도 지우지 말고", "아무것도 재시작하지 말고": the ban of any verb on anything
    return (len(toks) == 5 and forms[0] in grammar.words("hands_off_any_ko") and forms[1] in grammar.words("hands_off_even_ko")
            and toks[2][1] == "MAG" and forms[2] in grammar.words("never_unread")
            and forms[3] in grammar.words("hands_off_verb_ko") and toks[4][1] == "EC"
            and forms[4] in grammar.words("hands_off_link_ko"))


def hands_off(clause: str) -> bool:
    """(pre33) Whether `clause` is a ban of touching anything (`_hands_off`): what is asked after it must be a read."""
    return _hands_off(_clause_toks(clause.split()))


def _polite_when(toks: list[tuple[str, str]]) -> bool:
    """(lead28) Whether the clause `toks` (punctuation left out) is only the courtesy "when it suits you" — perhaps a word of
    grammar/lexicon.txt `context_polite_when_lead` (혹시), then one of `context_polite_when` (morphemes joined by +: "시간
    괜찮으실 때", "시간 되실 때", "여유 있으실 때"): the honorific -시- says it is the one asked whose time it is."""
    forms = [f for f, _ in toks]
    if forms and forms[0] in grammar.words("context_polite_when_lead"):
        forms = forms[1:]
    return "+".join(forms) in grammar.words("context_polite_when")


def _hearsay_source(toks: list[tuple[str, str]]) -> bool:
    """(lead28) Whether the clause `toks` (punctuation left out) only says who told it: a person (nouns and their particles)
    then a verb of saying and a connective of grammar/lexicon.txt `context_hearsay_source` (그러+는데, 그러+던데, 말하+는데),
    perhaps with 요 — "수진이가 그러는데", "민수가 그러던데", "팀장님이 그러는데요"."""
    if toks and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    if len(toks) < 3 or f"{toks[-2][0]}+{toks[-1][0]}" not in grammar.words("context_hearsay_source"):
        return False
    return all(t.startswith(("N", "J", "XSN")) for _, t in toks[:-2]) and toks[0][1].startswith("N")


def _because_so(toks: list[tuple[str, str]]) -> bool:
    """(ctxko25) Whether the clause `toks` (punctuation left out) is a state said as why one asks — a predicate, -어서, then
    그러다/그렇다 and -는데 (grammar/lexicon.txt `context_because_link`, `context_because_so`): "느려서 그러는데", "잘 몰라서
    그런데", "급해서 그러는데요" — so that it may begin with its predicate ("느려서 …" goes on with no word before it)."""
    if toks and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    return (len(toks) >= 4 and toks[0][1] in ("VA", "VV") and toks[-1][1] == "EC" and toks[-1][0] in grammar.words("context_end")
            and toks[-2][0] in grammar.words("context_because_so") and toks[-3][1] == "EC"
            and toks[-3][0] in grammar.words("context_because_link"))


def _told_done_before(toks: list[tuple[str, str]], i: int) -> bool:
    """(blind15) Whether the verb at `i` of a clause said before the request is told done as its reason: only endings
    and auxiliaries after it, the past (EP) right before the clause's closing connective — "코드 고쳐서 올렸으니까 web
    재시작 부탁해요", "이미지 새로 받았는데 web 재시작해줘", "다 꺼 놨으니까 볼륨 정리해줘": what the asker did, never a
    step (the clause holds no name: `_clause_ok` takes Hangul only, so "web 껐으니까 cache 켜줘" is refused)."""
    rest = toks[i + 1:]
    return (len(rest) >= 2 and rest[-1][1] == "EC" and rest[-2][1] == "EP"
            and all(t in ("XSV", "VX", "EC", "EP") for _, t in rest[:-2]))


def _clause_toks(words: list[str]) -> list[tuple[str, str]]:
    """The morphemes of a clause as `_clause_ok` reads them (punctuation left out)."""
    return [t for t in _tokens([_team_said(w) for w in words]) if t[1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]


def _said_reason(toks: list[tuple[str, str]]) -> bool:
    """(f14ko) Whether the clause `toks` (punctuation left out) is a state heard of, given as the reason — a reported
    declarative (grammar/lexicon.txt `context_said_reason`: 다고, 라고 after the copula) then 하 + a connective of
    `context_end` (+ 요), and nothing reported before it: "디스크가 부족하다고 해서요.", "응답이 없다고 해서요,",
    "장애라고 해서". A command heard ("재시작하라고 해서") holds a verb of gorae's, never a clause."""
    if len(toks) > 1 and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    if (len(toks) >= 3 and toks[-1][1] == "EF" and toks[-1][0] in grammar.words("context_said_contracted")
            and toks[-2][1] in ("VV", "VA") and not _verbal_of_gorae(toks)):
        return True  # (pre33) "업로드가 안 된대요", "에러 난대요": a state heard of, the sentence closed by the hearsay
    if (len(toks) >= 4 and toks[-1][1] == "EF" and toks[-1][0] in grammar.words("context_said_closed")
            and toks[-2][0] in grammar.words("context_said_light") and toks[-3][1] == "EC"
            and toks[-3][0] in grammar.words("context_said_reason") and not _verbal_of_gorae(toks)):
        return True  # (pre33) "고객님들이 사이트가 안 열린다고 하세요": what a customer says, relayed
    if len(toks) < 4 or toks[-1][1] != "EC" or toks[-1][0] not in grammar.words("context_end"):
        return False
    if toks[-2][0] not in grammar.words("context_said_light") or toks[-2][1] not in ("VV", "VX"):
        return False
    said = toks[-3]
    if said[1] != "EC" or said[0] not in grammar.words("context_said_reason"):
        return False
    return said[0] not in grammar.words("context_said_copula") or toks[-4][1] == "VCP"


def _verbal_of_gorae(toks: list[tuple[str, str]]) -> bool:
    """(pre33) Whether the morphemes `toks` say a verb of gorae's: the verb, or its noun with 하다 ("재시작하다")."""
    verbs = gorae_verbs()
    return any(f in verbs and (t in ("VV", "VX") or (t in ("NNG", "XR") and i + 1 < len(toks) and toks[i + 1][1] == "XSV"))
               for i, (f, t) in enumerate(toks))


def _told_done(words: list[str]) -> int:
    """How many last words say "tell me when done" after a verb's -고 ("재시작하고 알려줘"): 0 when none."""
    if len(words) < 3 or any(re.search(r"[A-Za-z0-9]", w) for w in words[-1:]):
        return 0
    last = _tokens(words[-1:])
    if not last or last[0][0] not in grammar.words("tell_done"):
        return 0
    if any(t not in ("XSV", "EC", "VX", "EF", "EP", "SF") for _, t in last[1:]):
        return 0  # "말해줘", "알려주세요"; never "말고", "말아"
    before = [t for t in _tokens(words[-2:-1]) if t[1] not in ("SF", "SP")]
    if not before or before[-1][1] not in ("EC", "JC") or not before[-1][0].endswith(
            tuple(grammar.words("context_end_past"))):
        return 0
    return 1


def _pending(stream: list[str]) -> bool:
    """Whether the morpheme words `stream` hold a word of `context_pending` — but a condition said as the request's
    politeness, "-(어 주)시면 감사하겠습니다" / "켜 주시면 좋겠어요" (grammar/lexicon.txt `context_polite_if`: the word
    right after it), is the request's own end, no condition (blind13)."""
    pending = grammar.words("context_pending")
    polite = grammar.words("context_polite_if")
    last = grammar.words("context_polite_if_last")  # (w2f13ko) polite only closing the sentence: "받아두면 좋겠습니다"

    guess = list(grammar.lexicon()["context_polite_if_guess"])

    def polite_at(i: int) -> bool:
        pair = f"{stream[i]}+{stream[i + 1]}" if i + 1 < len(stream) else ""
        rest = stream[i + 2:]
        if rest[:len(guess)] == guess:
            rest = rest[len(guess):]  # (ctxko23) "… 해두면 좋을 것 같아요": the suggestion guessed, closing the sentence
        closing = all(not re.search(r"\w", w) or w in grammar.words("context_polite_jx") for w in rest)
        return pair in polite or (pair in last and closing)

    return any(w in pending and not polite_at(i) for i, w in enumerate(stream))


def complains(clause: str) -> bool:
    """Whether a context clause complains of something (grammar/lexicon.txt `complaint_ko`: "사이트 안 열려요")."""
    forms = [f for f, _ in _tokens(clause.split())]
    if not grammar.words("complaint_person_ko").isdisjoint(forms):
        return False  # (pre33) "사수님이 자리에 안 계셔서요": a person away, nothing broken
    return not grammar.words("complaint_ko").isdisjoint(forms)


def look_only(rest: str) -> bool:
    """(pre33) Whether the request `rest` says its look with "only" (grammar/lexicon.txt `complaint_look_only_ko`: "data
    컨테이너 상태만 확인 부탁드립니다"): that look alone; (f22b34) or names the status as what it asks, no verb said
    (`complaint_look_status_ko`: "my-volume 상태 좀"; "data 상태 좀 봐 주세요" is a look: its logs too)."""
    toks = _tokens(rest.split())
    if any(t == "JX" and f in grammar.words("complaint_look_only_ko") for f, t in toks):
        return True
    return (any(t == "NNG" and f in grammar.words("complaint_look_status_ko") for f, t in toks)
            and not any(t in ("VV", "VX", "XSV") for _, t in toks))


def complaint_said(text: str) -> tuple[str, str] | None:
    """"web 페이지 하얗게 나와요": (the name, the clause) when `text` is one name then a context clause that
    complains, ending the sentence; else None."""
    words = text.split()
    if (len(words) < 2 or not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", words[0])
            or not _clause_ok(words[1:], after=False) or not complains(" ".join(words[1:]))):
        return None
    from bot.language import morph

    if not grammar.words("context_barred").isdisjoint(morph.words(text).split()):
        return None
    toks = _tokens(words[1:])
    if toks[0][1] != "NNG" or not gorae_verbs().isdisjoint(f for f, _ in toks):
        return None  # "web 때문에 죽겠다", "web 왜 죽었어?", "web 재시작하고 확인은 안 해도 돼": no page complained of
    return words[0], " ".join(words[1:])


def middles(text: str) -> list[tuple[str, str]]:
    """(the rest, the clause) for a complaint said between a name and a look at it ("cache 컨테이너가
    응답하지 않습니다. 확인 바랍니다"), the longest first: the caller keeps only a look (docker inspect)."""
    from bot.language import morph

    if not grammar.words("context_pending").isdisjoint(morph.words(text).split()):
        return []
    words = text.split()
    out = []
    ok = _clause_words(words)
    for i in range(1, len(words) - 1):
        if not re.search(r"[A-Za-z]", words[i - 1]) and words[i - 1] not in grammar.words("context_matter_ko"):
            continue  # right after the name it is said of (lead28: or the matter, `after_matter`)
        # (bench35) a clause holding a word no clause holds is none (`_clause_ok`'s first test): not asked
        bad = next((b for b in range(i, len(words)) if not ok[b]), len(words))
        for j in range(min(len(words) - 1, bad), i, -1):
            if _clause_ok(words[i:j], after=False):
                out.append((" ".join(words[:i] + words[j:]), " ".join(words[i:j])))
    return out


def reason_middle(text: str, clause: str) -> bool:
    """(lead32a) Whether `clause`, said inside `text` right after its one name and before the request that names
    nothing more, tells why in a connective of cause (grammar/lexicon.txt `reason_after_cause_ec`) and names nothing:
    "cache 현타와서 재시작 ㄱ", "web 짜증나서 재시작해줘" — the request is said of that name; never "web 안 돼서 cache
    재시작" (another name after it: which one?)."""
    at = text.find(clause)
    before, after = text[:at].split(), text[at + len(clause):]
    if not clause or len(before) != 1 or not re.fullmatch(r"[A-Za-z0-9][\w.\-]*", before[0]) \
            or re.search(r"[A-Za-z0-9]", after):
        return False
    toks = _clause_toks(clause.split())
    if _done_reason(toks):
        return True  # (f22c) "web 재배포했으니 재시작 한번 해줘": a deed done to it, the reason
    return (bool(toks) and toks[-1][1] == "EC" and toks[-1][0] in grammar.words("reason_after_cause_ec")
            and not any(t in ("SL", "NNP", "SN") for _, t in toks)
            and gorae_verbs().isdisjoint(f for f, _ in toks)  # "web 재시작 시간 정해서 재시작해": a verb of gorae's
            and all(t in ("VA", "XSA", "VCP") or (t == "VV" and f in grammar.words("reason_middle_arise_ko")
                                                  and i and toks[i - 1][1] == "NNG")
                    for i, (f, t) in enumerate(toks) if t.startswith(("V", "XSV", "XSA"))))


def _done_reason(toks: list[tuple[str, str]]) -> bool:
    """(f22c) Whether `toks` tell a deed already done, as the reason: nouns (perhaps 재-, again) of no verb of gorae's,
    the light verb, the past, then a connective of cause of grammar/lexicon.txt `reason_middle_done_ec` — "재배포했으니",
    "패치했으니까", "재배포됐으니" (never "백업해서": backed up first, a step of its own; never "껐으니": a verb of gorae's)."""
    body = [t for t in toks if t[1] != "XPN"]
    if len(body) < 4 or body[-1][1] != "EC" or body[-1][0] not in grammar.words("reason_middle_done_ec"):
        return False
    if body[-2][1] != "EP" or body[-3][1] != "XSV" or not all(t == "NNG" for _, t in body[:-3]):
        return False
    return gorae_verbs().isdisjoint(f for f, _ in body[:-3]) and grammar.words("context_barred").isdisjoint(
        f for f, _ in body[:-3])


def after_matter(text: str, clause: str) -> bool:
    """(lead28) Whether `clause`, said inside `text`, follows a word of grammar/lexicon.txt `context_matter_ko` (건: the
    matter of) and tells it approved in the past (a noun of `context_matter_approved_ko`), holding no verb of gorae's — "cache 컨테이너 재시작 건
    승인되었으므로 진행 부탁드립니다": the request is the matter, then the go-ahead; the clause is left out as one said
    before it would be."""
    before = text[:text.find(clause)].split()
    if not clause or not before or before[-1] not in grammar.words("context_matter_ko"):
        return False
    toks = _clause_toks(clause.split())
    if len(toks) < 2 or toks[-1][1] != "EC" or toks[-2][1] != "EP":
        return False
    if grammar.words("context_matter_approved_ko").isdisjoint(f for f, t in toks if t == "NNG"):
        return False  # "… 건 반려되었으므로 진행 부탁드립니다": rejected, and go ahead? never left out
    return gorae_verbs().isdisjoint(f for f, t in toks if t in ("NNG", "VV", "XR"))


def splits(text: str) -> list[str]:
    """The requests `text` may be once a context clause is left out, the longest clause first: the rest after
    a leading clause, the rest before a trailing one, the rest before a "tell me when done"."""
    return [rest for rest, _ in cuts(text)]


def cuts(text: str) -> list[tuple[str, str]]:
    """(the rest, the clause left out) for each reading of `splits`."""
    from bot.language import morph

    words = text.split()
    out: list[tuple[str, str]] = []
    if _pending(morph.words(text).split()):
        # "web 껐으면 좋았을 텐데" (a wish), "재시작하래서" (reported): nothing left out — but a state heard of, said
        # as the reason before the request ("디스크가 부족하다고 해서요. …"), when the request holds no such word
        for k in range(len(words) - 1, 0, -1):
            if (_clause_ok(words[:k], after=False) and _said_reason(_clause_toks(words[:k]))
                    and not _pending(morph.words(" ".join(words[k:])).split())):
                out.append((" ".join(words[k:]), " ".join(words[:k])))
            elif (_clause_ok(words[:k], after=False, named=_names_said(words[k:]))
                  and not _pending(morph.words(" ".join(words[:k])).split())
                  and _closed(([t for t in _clause_toks(words[:k]) if t[1] != "JX"] or [("", "")])[-1])):
                # (pre33) "VOC 들어왔어요: 업로드가 안 된대요. my-volume 상태 좀": a sentence of its own closed before the
                # rest, holding no such word itself — the rest is read by itself (its own report, its own condition)
                out.append((" ".join(words[k:]), " ".join(words[:k])))
            elif (all(_CLAUSE_WORD.fullmatch(w) for w in words[:k]) and _told_to_look(_clause_toks(words[:k]))
                  and not _pending(morph.words(" ".join(words[k:])).split())):
                # (f22a) "사수님이 네트워크부터 보라고 하셨는데 네트워크 목록 보여주세요": told to look, then the request
                out.append((" ".join(words[k:]), " ".join(words[:k])))
            elif all(_CLAUSE_WORD.fullmatch(w) for w in words[:k]) and _hearsay_source(_clause_toks(words[:k])):
                # (lead28) "수진이가 그러는데 cache가 느리대. 확인 좀 해줘": who said it, then what was heard and the
                # request — the rest must read whole by itself (an order heard, "… web 지우래", never does)
                out.append((" ".join(words[k:]), " ".join(words[:k])))
        return out
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1] in grammar.words("clause_never_last_ko"):
            continue  # (f23a) "배포 전에 이미지 목록 …": 이미지 is the request's noun, never a clause's end
        if _clause_ok(words[:k], after=False, named=_names_said(words[k:])):
            out.append((" ".join(words[k:]), " ".join(words[:k])))
        elif _names_said(words[k:]) and _seen_source(words[:k], _names_said(words[k:])):
            # the request names its own things (breaker29: "web 보니까 이것도 꺼줘" stopped every container, "data 보니까
            # 볼륨 정리해줘" pruned every volume: what was looked at was what they were of)
            out.append((" ".join(words[k:]), " ".join(words[:k])))  # (lead29) "grafana 보니까 …": where one looked
    ok = _clause_words(words)
    last_bad = max((b for b in range(len(words)) if not ok[b]), default=-1)
    for k in range(max(1, last_bad + 1), len(words)):  # (bench35) a clause with a word no clause holds is none
        if _clause_ok(words[k:], after=True):
            out.append((" ".join(words[:k]), " ".join(words[k:])))
    if n := _told_done(words):
        out.append((" ".join(words[:-n]), ""))
    return out


def _names_said(words: list[str]) -> frozenset[str]:
    """(ctxko23) The ASCII names `words` say (a name, perhaps with a Hangul particle glued to it): those a clause before
    them may say too."""
    return frozenset(mt.group(0) for w in words if (mt := _NAME_START.match(w)) and _LOWER.search(mt.group(0)))


def _request_closes(toks: list[tuple[str, str]]) -> bool:
    """(lead17) Whether the morphemes `toks` (punctuation left out) end a request: an auxiliary of asking
    (grammar/lexicon.txt `reason_after_request_aux`: 주다, 드리다) or a request noun's 하다 (`reason_after_request_noun`:
    부탁해) then its ending (an EF, or an EC of `reason_after_request_ec`, perhaps -시- before it and 요 after it): "web 지워줘", "cache 꺼 주세요", "web 재시작
    부탁해요"."""
    if toks and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    if len(toks) < 2 or not (toks[-1][1] == "EF" or (
            toks[-1][1] == "EC" and toks[-1][0] in grammar.words("reason_after_request_ec"))):
        return False  # "web 재시작해줘서 고마워", "web 꺼 주고 있어": the asking is not where the request ends
    i = len(toks) - 2
    while i > 0 and toks[i][1] == "EP":
        i -= 1
    form, tag = toks[i]
    if tag in ("VX", "VV") and form in grammar.words("reason_after_request_aux"):
        return True
    return (tag == "XSV" and i > 0 and toks[i - 1][0] in grammar.words("reason_after_request_noun"))


def _bare_closes(head: list[tuple[str, str]], tail: list[tuple[str, str]]) -> bool:
    """(ctxko25) Whether the morphemes `head` end a bare imperative of a verb of gorae's (grammar/lexicon.txt
    `reason_after_request_bare`: the verb, or a verbal noun's 하다, right before an ending of `reason_after_request_ec`, no past, no -시-; never
    one of `reason_after_request_bare_state`, said of a state as well) — "cache 강제로 죽여 응답이 없어", "web 꺼 아무도 안
    써" — `tail` (what follows) beginning no auxiliary or ending of its own ("data 꺼 줘, …": the request goes on)."""
    verb = head[-3] if len(head) >= 3 and head[-2][1] in ("XSV", "XSA") else head[-2] if len(head) >= 2 else ("", "")
    return (len(head) >= 2 and head[-2][1] in grammar.words("reason_after_request_bare")
            and verb[0] in gorae_verbs() and verb[0] not in grammar.words("reason_after_request_bare_state")
            and head[-1][1] in ("EF", "EC") and head[-1][0] in grammar.words("reason_after_request_ec")
            and bool(tail) and tail[0][1] not in ("VV", "VX", "XSV", "EC", "EP", "EF", "ETM"))


def _brief_closes(head: list[tuple[str, str]], tail: list[tuple[str, str]]) -> bool:
    """(ctxko23) Whether the morphemes `head` end a chat request of a verbal noun of gorae's closed by 좀 (grammar/lexicon.txt
    `reason_after_request_brief`) — "cache 재시작 좀, 캐시가 꼬인 듯", "web 로그 좀 응답이 느려서" — `tail` (what follows)
    beginning no verb or ending of its own ("web 재시작 좀 해 줘, …": the request goes on)."""
    return (len(head) >= 2 and head[-1] == (min(grammar.words("reason_after_request_brief")), "MAG")
            and head[-2][1] == "NNG" and head[-2][0] in gorae_verbs()
            and bool(tail) and tail[0][1] not in ("VV", "VX", "XSV", "EC", "EP", "EF", "ETM"))


def _reason_tail(toks: list[tuple[str, str]]) -> bool:
    """(lead17) Whether the morphemes `toks` (punctuation left out) said after a request are its reason, which changes
    nothing: a predicate of its own, ending the sentence (EF) or in a connective of reason or purpose
    (grammar/lexicon.txt `reason_after_ec`: -어서, -니까, -거든, -려고, -게) or a guess (`reason_after_guess`: 꼬인 듯);
    no word of `reason_after_barred` (a ban, an ask, hearsay of an order: 말, 주다, 그러다, 님), no verb of saying (하다
    alone); a verb of gorae's only when the clause names nothing (no ASCII, no proper noun) and it is told done (the past)
    or a purpose: "설정 바꿨거든", "비용 줄이려고" — never "cache 껐어", "cache 지우려고"."""
    if toks and toks[-1][1] == "JX" and toks[-1][0] in grammar.words("context_polite_jx"):
        toks = toks[:-1]
    if not toks:
        return False
    form, tag = toks[-1]
    if not (tag == "EF" or (tag == "EC" and form in grammar.words("reason_after_ec"))
            or (tag == "NNB" and form in grammar.words("reason_after_guess"))
            or (tag == "EC" and form in grammar.words("reason_after_intent_ec") and _intent(toks))):
        return False
    if not any(t in ("VV", "VA", "VCP", "XSV", "XSA") for _, t in toks):
        return False  # "web 꺼줘 cache도": no clause, the request's own words
    barred = grammar.words("reason_after_barred")
    saying = grammar.words("reason_after_saying")
    told = grammar.words("reason_hearsay_told")
    must = grammar.words("reason_after_must")
    if any(f in barred and not (f in grammar.words("reason_after_must_verb") and i and toks[i - 1][0] in must)
           and not _unworking(toks, i)
           for i, (f, _) in enumerate(toks)) or any(f in saying and t == "VV" and not (i and toks[i - 1][0] in told)
                                                 and not _noun_done(toks, i)
                                                 for i, (f, t) in enumerate(toks)):
        return False  # (lead19) a thing heard told is a reason: "보안 패치 나왔대서" (-다고 하다), never an order heard
    if not schedule_words().isdisjoint(f for f, _ in toks):
        return False
    named = any(t in ("SL", "NNP") for _, t in toks)
    verbs = gorae_verbs()
    purpose = tag == "EC" and (form in grammar.words("reason_after_purpose") or _intent(toks))
    for i, (f, t) in enumerate(toks):
        verbal = t in ("VV", "VX") or (t in ("NNG", "XR") and i + 1 < len(toks) and toks[i + 1][1] in ("XSV", "XSA"))
        if t == "VX" and i and toks[i - 1][1] == "EC" and f in grammar.words("reason_after_try_aux"):
            continue  # (f22r) the trying auxiliary after a verb's -어 ("비교해 보게요": to compare), never a look asked
        if verbal and f in verbs:
            done = any(tt == "EP" for _, tt in toks[i + 1:])
            if named or not (done or purpose):
                return False
    return True


def _unworking(toks: list[tuple[str, str]], i: int) -> bool:
    """(lead32a) Whether `toks[i]` is 되다 said of a thing that does not work, the reason's last predicate
    (grammar/lexicon.txt `reason_after_unworking`): a noun (perhaps its subject particle), 안, the verb, then a
    connective of cause (`reason_after_cause_ec`) ending the clause — "배포한 거 반영 안 돼서", "접속이 안 돼서"."""
    return (toks[i][0] in grammar.words("reason_after_unworking") and toks[i][1] == "VV" and i == len(toks) - 2
            and toks[-1][1] == "EC" and toks[-1][0] in grammar.words("reason_after_cause_ec")
            and i >= 2 and toks[i - 1][1] == "MAG" and toks[i - 1][0] in grammar.words("reason_after_unworking_not")
            and (toks[i - 2][1] == "NNG" or (toks[i - 2][1] == "JKS" and i >= 3 and toks[i - 3][1] == "NNG")))


def _noun_done(toks: list[tuple[str, str]], i: int) -> bool:
    """(lead32a) Whether `toks[i]` (하다, Kiwi's VV) is said of a noun that is no verb of gorae's, 좀 between them:
    "테스트 좀 하려고요", "점검 좀 하려고" — the thing done, never a verb of saying."""
    return (i >= 2 and toks[i - 1] == (min(grammar.words("reason_after_request_brief")), "MAG")
            and toks[i - 2][1] == "NNG" and toks[i - 2][0] not in gorae_verbs())


def asked_then_reason(text: str) -> tuple[str, str] | None:
    """(lead32a) (the request, its reason) when `text` is a Korean request asked as a question, then a sentence that
    tells why (`_reason_tail`, naming nothing: no ASCII, no proper noun) — "data 컨테이너 잠깐 멈춰주실 수 있을까요? 테스트 좀
    하려고요", "이미지 목록 볼 수 있을까요? 처음이라서요"; None otherwise (the reason asked too, or a name in it: "web
    재시작해 주실래요? cache 때문에요" stays as it reads)."""
    head, mark, rest = text.partition("?")
    rest = rest.strip()
    if not mark or not rest or "?" in rest or re.search(r"[A-Za-z0-9]", rest) or not head.strip():
        return None
    tail = [t for t in _tokens(rest.split()) if t[1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]
    if not _reason_tail(tail) or any(t in ("SL", "NNP", "SN") for _, t in tail):
        return None
    return head.strip() + "?", rest


def _named_newly(tail: list[tuple[str, str]], head: list[tuple[str, str]]) -> bool:
    """(lead32a) Whether the reason `tail` is read only by a reading new here (a thing that does not work,
    `_unworking`; a request closed by the go-sign, `_go_closes`): such a reason names nothing ("web 재시작해줘 cache 반영
    안 돼서", "data 재시작 ㄱ cache 응답이 없음" stay refused — the name may be what is meant)."""
    return any(_unworking(tail, i) for i in range(len(tail))) or _go_closes(head, tail)


def _go_closes(head: list[tuple[str, str]], tail: list[tuple[str, str]]) -> bool:
    """(lead32a) Whether the morphemes `head` end a chat request of a verbal noun of gorae's closed by the go-sign
    (grammar/lexicon.txt `chat_go_sign_ko`, `chat_go`: "data 재시작 ㄱ …", "cache 재시작 ㄱㄱ …"), `tail` beginning no verb
    or ending of its own."""
    go = grammar.words("chat_go_sign_ko") | grammar.words("chat_go")
    return (len(head) >= 2 and head[-1][1] == "SW" and head[-1][0] in go
            and head[-2][1] == "NNG" and head[-2][0] in gorae_verbs()
            and bool(tail) and tail[0][1] not in ("VV", "VX", "XSV", "EC", "EP", "EF", "ETM"))


def _intent(toks: list[tuple[str, str]]) -> bool:
    """(ctxko25) Whether the morphemes `toks` (a clause after a request, ending in a connective of `reason_after_ec`) tell an
    intention as the reason — -ㄹ 거라서 / -ㄹ 거니까 (grammar/lexicon.txt `reason_after_intent_etm`, `reason_after_intent`, the
    copula): "다시 만들 거라서", "설정 바꿀 거니까"; a purpose, as -려고 is."""
    return (len(toks) >= 4 and toks[-2][1] == "VCP" and toks[-3][1] == "NNB"
            and toks[-3][0] in grammar.words("reason_after_intent")
            and toks[-4][1] == "ETM" and toks[-4][0] in grammar.words("reason_after_intent_etm"))


def reason_after(text: str) -> tuple[str, str, bool] | None:
    """(lead17) (the request, the clause, whether the clause tells why) when `text` is a Korean request that closes
    (`_request_closes`) then a clause: True when it tells why (`_reason_tail`) — "web 삭제해줘 cache에 다 있어" (it removed
    cache too), "cache 꺼줘 web이 어차피 죽어서" (it stopped web too), "my-nginx 지워줘 이제 안 쓰거든", "web 재시작
    부탁해요 응답이 없네요" — False when it ends in a connective of reason but says more than a reason ("web 재시작해줘
    cache 지울 거라서": a write of its own, never a step); None otherwise, and for a question."""
    if "?" in text:
        return None
    words = text.split()
    for k in range(1, len(words)):
        head = [t for t in _tokens(words[:k]) if t[1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]
        tail = [t for t in _tokens(words[k:]) if t[1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]
        go = [t for t in _tokens(words[:k]) if t[1] not in ("SF", "SP", "SS", "SE", "SO")]
        if not (_request_closes(head) or _brief_closes(head, tail) or _go_closes(go, tail)
                or (_bare_closes(head, tail) and len(words) - k >= 2)):  # "web 지워 멀쩡해": no clause of its own
            continue
        request = " ".join(words[:k]).rstrip(",")
        if (any(a[0] in grammar.words("need_denied_ko") and b[1] == "VA" and b[0] in grammar.words("need_denied_verb_ko")
                for a, b in zip(tail, tail[1:]))
                and not (tail[-1][1] == "EC" and tail[-1][0] in grammar.words("reason_after_ec"))):
            # (lead32) "web 재시작 ㄱㄱ 필요 없음": the need of the order denied — never its reason ("alpine 지워줘 이제 필요
            # 없어서": said with a reason's connective it is the reason)
            return None
        if _reason_tail(tail) and not (_named_newly(tail, go) and any(t in ("SL", "NNP") for _, t in tail)):
            return request, " ".join(words[k:]), True
        if tail and tail[-1][1] == "EC" and (tail[-1][0] in grammar.words("reason_after_ec") or (
                tail[-1][0] in grammar.words("reason_after_intent_ec") and _intent(tail))):
            return request, " ".join(words[k:]), False  # (lead32a) "web 꺼줘 db 지울 거라": a write of its own
        return None  # only the first request end
    return None


def aim_first_ko(text: str, read: Callable[[str], Command | NotUnderstood],
                 negated: Callable[[str], bool]) -> Command | None:
    """(f22a) Korean: the aim said first as a heading before a colon — a clean-up (grammar/lexicon.txt `aim_ko`, its
    last word one of `aim_verb_ko`: "쓰레기 정리: 멈춘 컨테이너 다 지워줘", "청소: 안 쓰는 볼륨 정리해주세요") — then the request,
    asked (a morpheme of `aim_asked_ko`: 주다, 드리다, 부탁) and read whole by `read` as a removal (`aim_cmd_ko`). The aim
    names nothing; a note's label ("할일: web 재시작": grammar/lexicon.txt `task_label`) is none of its words. None
    otherwise, or when the request is negated."""
    from bot import model as m

    aim, colon, req = text.partition(":")
    words = aim.split()
    if not colon or not req.strip() or not words or len(words) > 3 or negated(req):
        return None
    if not set(words) <= grammar.words("aim_ko") or words[-1] not in grammar.words("aim_verb_ko"):
        return None
    if grammar.words("aim_asked_ko").isdisjoint(f for f, _ in analysed(req.strip())):
        return None  # "정리: web 지움" tells what was done
    res = read(req.strip())
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    if not isinstance(res, m.Command) or not all(type(s).__name__ in grammar.words("aim_cmd_ko") for s in steps):
        return None
    return res


@lru_cache(maxsize=1)
def _hands_off_said() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(f22a) The ban of changing anything said after a request or before it, in English (grammar/lexicon.txt
    `hands_off_verb_en`, `hands_off_any_en`), and after it in Korean (`hands_off_any_ko`, `hands_off_verb_ko`)."""
    alt = grammar.alternation
    neg, verb, anything = alt("hands_off_neg_en").replace("\\ ", r"\s+"), alt("hands_off_verb_en"), alt("hands_off_any_en")
    ban = rf"(?:please\s+)?(?:{neg})\s+(?:{verb})\s+(?:{anything})(?:\s+else)?"
    link = rf"(?:{alt('hands_off_link_en')})"
    after = re.compile(rf"(?i)^(?P<req>.+?)\s*(?:,|;|\s[\u2014\u2013-])?\s+(?:{link}\s+)?{ban}\s*[.!]*$")
    before = re.compile(rf"(?i)^{ban}\s*(?:,|;|:|\s[\u2014\u2013-])\s*(?:{link}\s+)?(?P<req>.+)$")
    stems = "|".join(re.escape(w) for w in sorted(grammar.words("hands_off_verb_ko"), key=len, reverse=True))
    after_ko = re.compile(rf"^(?P<req>.+?)\s*,?\s+(?:{alt('hands_off_any_said_ko')})\s+(?:{stems})(?:{alt('hands_off_ban_said_ko')})"
                          r"[.!~]*$")
    return after, before, after_ko


def hands_off_said(text: str, read: Callable[[str], Command | NotUnderstood]) -> Command | None:
    """(f22a) A read asked with the ban of changing anything said beside it — "First day, so I'll be careful: please list
    the volumes, and don't change anything", "don't touch anything, just show web's logs", "볼륨 목록 보여주세요, 아무것도
    건드리지 마세요": the read alone (`read` must read the rest whole as a read only); None otherwise — a write said
    with it ("restart web, and don't change anything else") stays refused, the ban may be of it."""
    from bot import model as m
    from bot.language.parse_natural import reads_only

    for pattern in _hands_off_said():
        mt = pattern.match(text.strip())
        if mt is None:
            continue
        res = read(mt["req"].strip(" ,;"))
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) and reads_only(res):
            return res
    return None
