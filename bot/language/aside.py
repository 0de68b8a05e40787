"""(lead31b) The kind `trailing`: an order, then a reason or an aside said after it — set off by a dash, a comma, a
bracket or a reason's label — read as the order alone; the aside is context, its words never targets.

    "web 재시작 — 메모리 샘"                        -> docker restart web
    "my-volume 중지 부탁 — 디스크 꽉 참"             -> docker stop my-volume
    "data 꺼줘, 로그를 너무 많이 찍어서"              -> docker stop data
    "restart cache (OOM again)"                     -> docker restart cache
    "cache 재시작 (사유: 커넥션 풀 고갈)"             -> docker restart cache
    "restart web. reason: config reload didn't stick" -> docker restart web
    "pause data - running a backup on the host"     -> docker pause data

An aside that may change the meaning is never dropped (the sentence is then refused or asked back as before): one that
reads alone as a command or holds a verb of gorae's (a step of its own: "db 켜줘 (etl 돌려야 함)"), a negation (unless
a reason's label says it is the reason's: "reason: … didn't stick"), a time, an addition or an exclusion
(grammar/lexicon.txt `aside_barred_ko`, `aside_barred_en`, `never_unread_en`), a count with its unit ("web 로그 — 50줄"),
a name said after a preposition ("stop my-nginx – a copy of web": unless the aside is told of the order's own thing,
"stop my-nginx – it's a duplicate of web anyway") or an ASCII word in a Korean aside (a name: "web 재시작 — cache도"),
or a shell character.

(aside34) Turned around, safe by construction: after a write, an aside is set aside silently only when it is READ as one
of a closed set of harmless things (`_harmless`: a symptom, a cause, a courtesy or urgency, a laugh, neutral emoji, a lack
told, what the order's thing is); anything else ("배포 끝나면", "어제 함", "오타", "bob's got it", "eod") makes the order a
question — a proposal with the aside named unread, never run. A read keeps its aside dropped. `dropped_after_dash` does
the same for an aside the whole reading swallowed ("web 재시작 — 팀장 승인 필요").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.grammar import HANGUL

_SHELL = re.compile(r"[;&|`$<>\"]")


@lru_cache(maxsize=1)
def _cuts() -> re.Pattern[str]:
    """Where an aside starts: a spaced dash (an em or en dash, a hyphen), a comma, a bracket closing the text, or a
    reason's label (grammar/lexicon.txt `aside_label`: "reason:", "사유:") — its group `label` when one was said."""
    labels = "|".join(re.escape(w) for w in sorted(grammar.words("aside_label"), key=len, reverse=True))
    # (lead32b) … or a chat go-sign closing the order (grammar/lexicon.txt `aside_after_go_ko`: "볼륨 프룬 ㄱㄱ 용량 없음")
    goes = "|".join(re.escape(w) for w in sorted(grammar.words("aside_after_go_ko"), key=len, reverse=True))
    return re.compile(rf"(?i)\s+[\u2014\u2013-]\s+|,\s+|\s*\(\s*(?=[^()]*\)\s*$)|[.\s]\s*(?=(?:{labels})\s*:)"
                      rf"|\s+(?:{goes})\s+")


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(grammar.words("aside_label"), key=len, reverse=True))
    return re.compile(rf"(?i)^(?:{labels})\s*:\s*")


def _words_en(aside: str) -> list[str]:
    return re.findall(r"[a-z][a-z']*", aside.lower())


def _barred_en(aside: str, labelled: bool) -> bool:
    """Whether the English of `aside` may change the order's meaning (see the module)."""
    words = _words_en(aside)
    barred = grammar.words("aside_barred_en") | grammar.words("never_unread_en") | grammar.words("aside_negation_en")
    if labelled:
        barred = barred - grammar.words("aside_negation_en")  # "reason: … did not stick": the reason's own negation
    elif any(w.endswith("n't") for w in words):
        return True
    if any(w in barred for w in words) or not grammar.words("aside_asked_en").isdisjoint(words):
        return True
    if words and words[0] in grammar.words("aside_asked_first_en"):
        return True  # asked (its "?" may have been dropped): "…, is it possible", "…, can you"
    verbs = grammar.words("aside_verb_en")
    for i, w in enumerate(words):
        if w in verbs:
            # a task of the speaker's going on ("running a backup on the host"): the -ing, then "a"/"an", is told
            if not (w.endswith("ing") and i + 1 < len(words) and words[i + 1] in grammar.words("aside_article_en")
                    and grammar.words("aside_made_en").isdisjoint(words)):
                return True  # "remove web - running a new one": a step of its own
    if _said_of_it(aside):
        return False  # (lead32c) "stop my-nginx – it's a duplicate of web anyway": what the order's thing is, told
    raw = aside.split()
    for a, b in zip(raw, raw[1:]):
        # a name said after a preposition ("a duplicate of web"): the world's thing, maybe a target
        if (a.lower() in grammar.words("aside_preposition_en")
                and re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", b.strip(".,!?"))
                and b.strip(".,!?").lower() not in grammar.words("aside_article_en")):
            return True
    return False


def _said_of_it(aside: str) -> bool:
    """(lead32c) An English aside told of the order's own thing: "it"/"that"/"this" (grammar/lexicon.txt `aside_it_en`)
    and a verb of being first ("it's a duplicate of web anyway", "that's a copy of my-nginx"): a thing named in it is
    what the order's thing is likened to, never one more target (the aside's other bars — a verb of gorae's, "too", a
    negation, a time — still hold)."""
    words = _words_en(aside)
    return len(words) > 2 and words[0] in grammar.words("aside_it_en") and words[1] in grammar.words(
        "context_after_be_en")


def _barred_ko(aside: str, labelled: bool) -> bool:
    """Whether the Korean of `aside` may change the order's meaning (see the module)."""
    from bot.language import context_clause, morph

    if re.search(r"[A-Za-z]", aside):
        return True  # an ASCII word in a Korean aside may be a name ("web 재시작 — cache도")
    toks = morph.tokens(aside)
    verbs = context_clause.gorae_verbs()
    barred = grammar.words("aside_barred_ko") | context_clause.schedule_words()
    if not labelled:
        barred = barred | grammar.words("aside_negation_ko")
    content = [t for t in toks if t.tag.startswith(("NN", "VV", "VX", "XR", "XSV", "MAG", "NR", "SN"))]
    for i, t in enumerate(toks):
        if t.tag == "EF" and t.form.endswith(tuple(grammar.words("aside_asked_end_ko"))):
            return True  # asked: "web 재시작 — 괜찮을까", "— 되나"
        if t.form in barred and (t.tag.startswith(("NN", "VV", "VX", "MAG", "JX", "JKB", "XR", "IC", "EC")) or len(t.form) > 1):
            return True
        if t.form in verbs and t.tag.startswith(("NNG", "NNP", "VV", "VX", "XR")):
            # a verb of gorae's, or its noun made a verb (하다 after it) or closing the aside ("— cache 재시작"): a step;
            # but a verb ending the aside in a reason's ending is the reason's ("로그를 너무 많이 찍어서")
            rest = [x for x in toks[i + 1:] if not x.tag.startswith(("S", "J"))]
            if (t.tag.startswith("VV") and len(rest) == 1 and rest[0].tag == "EC"
                    and any(x.tag.startswith("NN") for x in toks[:i])
                    and rest[0].form in grammar.words("aside_reason_end_ko")):
                continue
            made = i + 1 < len(toks) and toks[i + 1].tag.startswith("XSV")
            if t.tag.startswith(("VV", "VX")) or made or (content and t is content[-1]):
                return True
    return False


def _lack_told(aside: str) -> bool:
    """(lead32b) A lack of the machine's room told as the reason ("용량 없음", "디스크 공간이 없어서"): a noun of
    grammar/lexicon.txt `aside_lack_ko`, then 없다 and its endings only — its 없 is no negation of the order."""
    from bot.language import morph

    toks = [t for t in morph.tokens(aside) if not t.tag.startswith(("S", "J", "E"))]
    lack = grammar.words("aside_lack_ko")
    return (len(toks) >= 2 and all(t.tag.startswith("NN") and t.form in lack for t in toks[:-1])
            and toks[-1].tag == "VA" and toks[-1].form == grammar.lexicon()["aside_lack_verb_ko"][0])


def _counted(aside: str) -> bool:
    """A number in `aside` glued to a word or said before a unit (grammar/lexicon.txt `aside_unit`: "50줄", "50 lines",
    "10m"): a count that may be the order's own."""
    for mt in re.finditer(r"(?<![A-Za-z0-9_.\-])\d+", aside):  # (lead32c) never inside a name ("e2e-ad9c9d7b")
        after = aside[mt.end():]
        if after[:1] and not after[:1].isspace() and after[:1] not in ".,!?)":
            return True
        nxt = after.split()[:1]
        if nxt and nxt[0].strip(".,!?)").lower() in grammar.words("aside_unit"):
            return True
    return False


def order_then_aside(text: str, read: Callable[[str], m.Command | m.NotUnderstood],
                     negated: Callable[[str], bool]) -> m.Command | m.NotUnderstood | None:
    """(lead31b) The kind `trailing`: the order of `text` before an aside that tells why ("web 재시작 — 메모리 샘",
    "restart cache (OOM again)", "cache 재시작 (사유: 커넥션 풀 고갈)", "pull redis, new patch release came out"), read
    by `read` alone; None when there is no such cut, the order is negated (`negated`) or does not read whole as one
    command, or the aside may change the meaning (see the module: it is then never dropped); (aside34) a NotUnderstood
    proposing the write, the aside unread, when the aside is none of the harmless kinds (`_harmless`)."""
    if _SHELL.search(text) or "?" in text:
        return None  # (a question said after the order asks it: "Web container, I would like to restart, is it possible?")
    for cut in _cuts().finditer(text):
        req, aside = text[:cut.start()].strip(), text[cut.end():].strip()
        if aside.endswith(")") and cut.group().strip().startswith("("):
            aside = aside[:-1].strip()
        if not req or not aside or "(" in aside or ")" in aside:
            continue
        if cut.group().strip() == "," and not HANGUL.search(text):
            continue  # an English comma parts many things of their own (bot/language/reason_clause.py): never here
        if re.search(r"[A-Za-z0-9][_.\-/:@][A-Za-z0-9]|[A-Za-z]\d|\d[A-Za-z]", aside) and not (
                not HANGUL.search(aside) and _said_of_it(aside)):
            return None  # a name's shape in the aside ("(staging-1)", "a duplicate of my-nginx")
        if HANGUL.search(req) and not HANGUL.search(aside):
            return None  # an English aside after a Korean order may be a name or an engine ("… (prod-1)")
        labelled = _label().match(aside) is not None
        aside = _label().sub("", aside)
        if not aside or negated(req):
            continue
        res = read(req)
        if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
            continue
        if isinstance(res, (m.RunContainer, m.Exec)) and res.command:
            continue  # a command run in a container: the words after it may be its own
        lack = HANGUL.search(aside) is not None and _lack_told(aside)
        if _counted(aside) or (not labelled and negated(aside) and not lack):
            return None
        alone = read(aside)
        if not isinstance(alone, m.NotUnderstood) and not (labelled and isinstance(alone, m.Prohibition)):
            return None  # a step of its own (a labelled reason's negation is the reason's: "reason: … didn't stick")
        if HANGUL.search(aside):
            if _barred_ko(aside, labelled or lack):
                return None
        elif _barred_en(aside, labelled):
            return None
        from bot.language.parse_natural import reads_only

        if reads_only(res) or lack or _harmless(aside):
            return res
        if labelled and negated(aside):
            return None  # (aside34) a labelled negation not read as a reason: refused as before
        # (aside34) an aside not read as one of the harmless kinds: the order is asked back, the aside named unread
        return m.NotUnderstood(text, res.lang, m.Msg.of("parse.partial", words=f"`{aside}`"), proposal=res,
                               unread=(aside,))
    return None


@lru_cache(maxsize=1)
def _dash() -> re.Pattern[str]:
    """A spaced dash, a chat go-sign closing the order (`aside_after_go_ko`), or a bracket closing the text."""
    goes = "|".join(re.escape(w) for w in sorted(grammar.words("aside_after_go_ko"), key=len, reverse=True))
    return re.compile(rf"\s+[\u2014\u2013-]\s+|\s+(?:{goes})\s+|\s*\((?=[^()]*\)\s*$)")


def dropped_after_dash(text: str, res: m.Command | m.NotUnderstood,
                       read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | m.NotUnderstood:
    """(aside34) A write read from the whole of `text` that the order before its last spaced dash reads alone, the same:
    the words after the dash were dropped by the reading ("web 재시작 — 팀장 승인 필요", "restart web — on it") — they are
    set aside only when read as a harmless reason (`_harmless`, a lack told); otherwise the write is asked back."""
    from bot.language.parse_natural import reads_only

    if (not isinstance(res, m.Command) or isinstance(res, (m.NotUnderstood, m.Help, m.Prohibition))
            or res.lang == "cli" or reads_only(res)):
        return res
    cuts = list(_dash().finditer(text))
    if not cuts or _SHELL.search(text):
        return res
    req, aside = text[:cuts[-1].start()].strip(), text[cuts[-1].end():].strip()
    if cuts[-1].group().strip().startswith("("):
        aside = aside[:-1].strip()
    aside = _label().sub("", aside)
    if not req or not aside or read(req) != res:
        return res
    if _other_excluded(aside, res):
        return res  # (lead34) "web 재시작 (cache 말고)": another name left out, the order's own as said
    if (_harmless(aside) or (HANGUL.search(aside) is not None and _lack_told(aside)) or _kind_told(aside)
            or _asked_to_do(aside) or "".join(aside.split()).strip(".!~") in grammar.words("aside_asked_again_ko")):
        return res
    return m.NotUnderstood(text, res.lang, m.Msg.of("parse.partial", words=f"`{aside}`"), proposal=res,
                           unread=(aside,))


def _other_excluded(aside: str, res: m.Command) -> bool:
    """(lead34) Whether `aside` only leaves out names the order does not act on: a name then one word of
    grammar/lexicon.txt `aside_excluded_ko` ("web 재시작 (cache 말고)", "— data 빼고")."""
    words = aside.split()
    names = {n.lower() for n in m.names_of(res, images=True)}
    return (len(words) == 2 and words[1] in grammar.words("aside_excluded_ko") and re.fullmatch(r"[A-Za-z0-9][\w.\-]*", words[0])
            is not None and words[0].lower() not in names)


def _asked_to_do(aside: str) -> bool:
    """(aside34) The order asked of gorae again ("web needs a restart — can you handle it"): a modal, you, a verb of doing
    it and it (grammar/lexicon.txt `aside_asked_first_en`, `aside_do_it_en`, `aside_it_en`), perhaps please."""
    words = [w for w in _words_en(aside) if w not in grammar.words("aside_courtesy_en")]
    return (len(words) >= 4 and words[0] in grammar.words("aside_asked_first_en") and words[1] == "you"
            and all(w in grammar.words("aside_do_it_en") for w in words[2:-1]) and words[-1] in grammar.words("aside_it_en"))


def _kind_told(aside: str) -> bool:
    """(aside34) The kind of the order's thing told (grammar/lexicon.txt `docker_tool_kind_ko`, `antecedent_kind_en`,
    with `aside_kind_glue`: "db 삭제해 (볼륨 말고 컨테이너)"): when the whole reads as the order alone does, it agrees."""
    kinds = grammar.words("docker_tool_kind_ko") | grammar.words("antecedent_kind_en")
    words = re.findall(r"\w+", aside.lower())
    return any(w in kinds for w in words) and all(w in kinds or w in grammar.words("aside_kind_glue") for w in words)


def _harmless(aside: str) -> bool:
    """(aside34) Whether `aside` reads as one of the closed set of harmless things said after a write: a symptom or a
    cause (grammar/lexicon.txt `aside_symptom_*`, `aside_cause_*`), a courtesy or an urgency (`aside_courtesy_*`), or
    what the order's thing is ("it's a duplicate of web anyway": `aside_likeness_en`) — every word of it one of these
    or their glue, in one clause (no comma). Anything else ("배포 끝나면", "어제 함", "bob's got it", "thoughts") is never
    set aside silently: the order is asked back."""
    if "," in aside or ";" in aside:
        return False  # two clauses: one more thing may be said
    if aside and _neutral_emoji_only(aside):
        return True  # "web 재시작 ㄱㄱ 🙏": a plea, an urgency
    if HANGUL.search(aside) or re.search(r"[\u3131-\u318e]", aside):  # Hangul, or its bare jamo ("ㅋㅋ", "ㅠㅠ")
        return _harmless_ko(aside)
    return _harmless_en(aside)


def _neutral_emoji_only(aside: str) -> bool:
    """Whether `aside` is only emoji of grammar/lexicon.txt `emoji_neutral` (bot/language/normalize.py `_emoji_last`)."""
    lex = grammar.lexicon()
    rest = aside
    for e in sorted([*lex["emoji_neutral"], *lex["verdict_emoji"]], key=len, reverse=True):
        rest = rest.replace(e, "")
    return not re.sub(r"[\ufe0f\u200d\u2640\u2642\U0001F3FB-\U0001F3FF\s]", "", rest)


def _harmless_en(aside: str) -> bool:
    if re.search(r"\d", aside) and not re.fullmatch(r"[^\d]*(?<!\d)[45]\d\d(?!\d)[^\d]*", aside):
        return False  # a number may be a time or a count; one HTTP status alone is a symptom ("502s again")
    words = _words_en(aside)
    content = grammar.words("aside_symptom_en") | grammar.words("aside_cause_en") | grammar.words("aside_courtesy_en")
    glue = grammar.words("aside_glue_en")
    if _said_of_it(aside) and any(w in grammar.words("aside_likeness_en") for w in words[2:]):
        # what the order's thing is: "it is a duplicate of web anyway" (one name after `of`)
        rest = words[2:]
        raw = aside.split()
        after_of = {x for i, w in enumerate(raw[:-1]) if w.lower() in ("of", "as") for x in _words_en(raw[i + 1])}
        after_of |= {"as"}
        return all(w in glue or w in after_of or w in grammar.words("aside_likeness_en") for w in rest)
    return any(w in content for w in words) and all(w in content or w in glue for w in words)


def _harmless_ko(aside: str) -> bool:
    from bot.language import morph

    content = grammar.words("aside_symptom_ko") | grammar.words("aside_cause_ko") | grammar.words("aside_courtesy_ko")
    glue = grammar.words("aside_glue_ko")
    ends = grammar.words("aside_reason_end_ko") | grammar.words("aside_said_end_ko")
    said = False
    for t in morph.tokens(aside):
        tag = t.tag.split("-")[0]
        if tag in ("NNG", "NNP", "MAG", "VV", "VA", "XR"):
            if t.form not in content:
                return False
            said = True
        elif tag in ("EC", "EF"):
            if t.form not in ends:
                return False
        elif tag in ("JKS", "JKO", "JKB", "JKG", "JX", "NNB", "XSN", "XSV", "XSA", "VCP", "EP", "ETM", "ETN"):
            if tag in ("JX", "NNB", "XSN", "ETM") and t.form not in glue:
                return False
        elif tag == "SW" and t.form and set(t.form) <= set("".join(grammar.words("aside_laugh_ko"))):
            said = True  # a laugh or a sob ("ㅋㅋ", "ㅠㅠ")
        elif tag == "SN" and re.fullmatch(r"[45]\d\d", t.form):
            said = True  # an HTTP status ("502 뜸")
        elif tag not in ("SF", "SP", "SS", "SE", "SW", "SO"):
            return False  # a pronoun, a number, a determiner, a conjunction: more than a reason may be said
    return said


def taken_by_speaker(text: str, res: m.Command | m.NotUnderstood,
                     read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | m.NotUnderstood:
    """(safe35) A write of `text` (read, or offered as a question) said before an aside that tells the speaker does it
    themselves ("restart web — i'm on it", "stop cache, doing it now", "web 재시작 — 내가 할게", "db 꺼 (제가 하고 있어요)"):
    refused as the speaker's own act (parse.intended), neither run nor offered. The aside is cut off by a dash, a comma,
    a bracket or a stop — or by a space alone when it begins with the speaker or is two words or more ("restart web i'm
    on it", "restart web... on it": the dots are gone once normalized), or said first and cut off ("I'm on it: restart
    web") — and the words
    before it read alone (`read`) as that write: the aside is of the whole order ("nginx:1.25 받아놓고, 배포 끝나면 web
    재시작은 제가 할게요" pulls: the restart is the speaker's, the pull asked)."""
    from bot.language.parse_natural import reads_only

    cmd = res.proposal if isinstance(res, m.NotUnderstood) else res
    if (not isinstance(cmd, m.Command) or isinstance(cmd, (m.NotUnderstood, m.Help, m.Prohibition))
            or cmd.lang == "cli" or reads_only(cmd)):
        return res
    for cut in re.finditer(r"\s*[\u2014\u2013,;:.!(]\s*|\s+-\s+|\s+", text):
        req, aside = text[:cut.start()].strip(), text[cut.end():].strip().rstrip(".!~)").strip()
        if not req or not aside or not _self_doing(aside):
            continue
        if (cut.group().strip() or _self_first(aside) or len(aside.split()) > 1) and read(req) == cmd:
            return m.NotUnderstood(text, cmd.lang, m.Msg.of("parse.intended"))
    for cut in re.finditer(r"\s*[\u2014\u2013,;:]\s*|\s+-\s+|\s+", text):
        # … or said first: "I'm on it: restart web" (its colon normalized away), "내가 할게, web 재시작"
        told, req = text[:cut.start()].strip(), text[cut.end():].strip()
        if (told and req and (cut.group().strip() or _self_first(told)) and _self_doing(told)
                and read(req) == cmd):
            return m.NotUnderstood(text, cmd.lang, m.Msg.of("parse.intended"))
    return res


def _self_first(aside: str) -> bool:
    """Whether `aside` begins with the speaker: "i", "i'm", "i'll" (grammar/lexicon.txt `aside_self_first_en`) or a
    first-person pronoun (`aside_self_ko`)."""
    first = aside.split()[0].lower()
    return first.strip(".,!") in grammar.words("aside_self_first_en") or any(
        first.startswith(w) for w in grammar.words("aside_self_ko"))


def _self_doing(aside: str) -> bool:
    """(safe35) Whether `aside` is the speaker doing it themselves (grammar/lexicon.txt `aside_self_doing_en` once the
    fillers of `aside_self_filler_en` are taken off; Korean: a first-person pronoun of `aside_self_ko`, then only verbs
    of `aside_self_do_ko` and words of `aside_self_filler_ko` with their particles and endings: "내가 할게", "제가 처리
    중입니다")."""
    if re.search(r"[A-Za-z]", aside) and not HANGUL.search(aside):
        words = [w.strip("'") for w in re.findall(r"[a-z']+", aside.lower())]
        said = [w for w in words if w not in grammar.words("aside_self_filler_en") | grammar.words("aside_courtesy_en")]
        doing = grammar.words("aside_self_doing_en")
        for k in (1, 2):
            if ("_".join(said[:k]) in grammar.words("aside_self_subject_en") and len(said) == k + 2
                    and said[k] in grammar.words("aside_verb_en") | grammar.words("aside_do_it_en")
                    and said[k + 1] in grammar.words("aside_it_en")):
                return True  # "i'm restarting it", "i will kill it", "i'll handle that"
        if said and said[0] in grammar.words("aside_self_first_en"):
            # the speaker first: what follows the phrase tells more of their doing ("i'm on it with bob")
            return any("_".join(said[:k]) in doing for k in range(1, len(said) + 1))
        return bool(said) and "_".join(said) in doing
    if not HANGUL.search(aside) or re.search(r"[A-Za-z0-9]", aside) or not _self_first(aside):
        return False
    from bot.language import morph

    toks = [t for t in morph.tokens(aside) if not t.tag.startswith(("S", "J", "E", "VCP", "VX", "XSV"))]
    if not toks or toks[0].tag != "NP" or toks[0].form not in grammar.words("aside_self_ko"):
        return False
    rest = toks[1:]
    return (any(t.form in grammar.words("aside_self_do_ko") for t in rest)
            and all(t.form in grammar.words("aside_self_do_ko") | grammar.words("aside_self_filler_ko") for t in rest))
