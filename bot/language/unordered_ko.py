"""(lead31c) A write said without ordering it, found after it read: asked back or refused, never run.

    whether_asked_ko("web 재시작하는지 봐", Restart(...), read) -> NotUnderstood(parse.question)

Each reader takes the text and the reading so far and returns it, or a `NotUnderstood` in its place. The words are
grammar/lexicon.txt roles (the block of `whether_ko`); Kiwi's morphemes (with their places in the text) decide where they
stand. Pure functions; Kiwi only for a Korean text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.context_clause import analysed_spans, gorae_verbs
from bot.language.outside import _a_write_in, lead_stripped
from bot.model import Msg, NotUnderstood

_Read = Callable[[str], "m.Command | NotUnderstood"]
_TAIL = ("SF", "SW", "SE", "SO", "SP")  # marks, a laugh, an emoji: nothing said after the words


def _tokens(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Kiwi's (form, tag, start, end) of `text` (bot/language/context_clause.py `analysed_spans`, kept by text)."""
    return analysed_spans(text)


def _written(res: m.Command | NotUnderstood) -> m.Command | None:
    """The Korean write `res` reads or offers (a proposal), or None."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or res.lang != "ko" or not _a_write_in(cmd, "ko"):
        return None
    return cmd


def _words(toks: tuple[tuple[str, str, int, int], ...]) -> list[tuple[str, str, int, int]]:
    """The morphemes without the marks closing the sentence."""
    out = list(toks)
    while out and (out[-1][1] in _TAIL or out[-1][1] == "SL" and not re.search(r"\w", out[-1][0])):
        out.pop()
    return out


def whether_asked_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.question when a Korean write was read from a verb said as an embedded question —
    whether (grammar/lexicon.txt `whether_ko`: -는지) right after the verb — with no write said after it: "web
    재시작하는지 봐" (watch whether web restarts), "db 켜지는지 봐", "web 재시작해야 하는지" each ran the write. Only a verb
    of looking or knowing may follow it (`whether_then_ko`: a write after it stands, "web 지우는지 cache 꺼줘"), the verb
    before it is no state (`whether_state_ko`: "cache에 ping 날려서 살아있는지 봐줘" stays the exec), and a request closed
    before it stands ("web 재시작해줘 잘 되는지 보게": 주다 said first)."""
    if _written(res) is None:
        return res
    toks = _tokens(text)
    if _only_asking_ko(toks):
        return NotUnderstood(text, "ko", Msg.of("parse.question"))
    aux = grammar.words("reason_after_request_aux")
    for i, (f, t, _, _) in enumerate(toks):
        if t in ("EC", "EF") and f in grammar.words("whether_ko") and i and toks[i - 1][1] in ("VV", "XSV", "XSA", "VX"):
            before = toks[:i]
            if any(bt in ("EF", "SF") or (bt == "VX" and bf in aux) for bf, bt, _, _ in before):
                return res
            if not _lexical_write(toks[:i]):
                return res
            then = grammar.words("whether_then_ko")
            if any(not (rt.startswith(("E", "S", "J")) or rf in then) for rf, rt, _, _ in toks[i + 1:]):
                return res
            return NotUnderstood(text, "ko", Msg.of("parse.question"))
    return res


def _only_asking_ko(toks: tuple[tuple[str, str, int, int], ...]) -> bool:
    """(f24a) Whether a write said bare (no request of grammar/lexicon.txt `reason_after_request_aux`: 주다, 드리다) is
    followed by a clause that says it is only asked (`only_asking_ko`: "web 삭제? 물어보는 거야", "cache 지워? 그냥
    궁금해서", "web 재시작? 질문임") — a question, never an order; "web 재시작해줘 잘 되는지 궁금해서" stays the request."""
    asking, aux = grammar.words("only_asking_ko"), grammar.words("reason_after_request_aux")
    verbs = gorae_verbs()
    for i, (f, t, _, _) in enumerate(toks):
        if f in asking and t in ("VV", "VA", "XR", "NNG") and any(bf in verbs for bf, _, _, _ in toks[:i]):
            between = toks[:i]
            k = max(j for j, (bf, _, _, _) in enumerate(between) if bf in verbs)
            return not any(bt == "VX" and bf in aux or bf in grammar.words("request_noun_ko")
                           for bf, bt, _, _ in toks[k + 1:])
    return False


def _lexical_write(before: tuple[tuple[str, str, int, int], ...]) -> bool:
    """Whether the verb right before whether (-는지) is no state (grammar/lexicon.txt `whether_state_ko`): walking back
    over the passive 지, the need's 하다 and their -어 / -어야 to the verb or the verbal noun itself."""
    k = len(before) - 1
    while k > 0 and (before[k][1] == "EC" or before[k][1] == "VX" and before[k][0] not in
                     grammar.words("whether_state_ko")):
        k -= 1
    return k >= 0 and before[k][0] not in grammar.words("whether_state_ko") and before[k][1] in ("VV", "XSV", "XSA")


def point_asked_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.question when a Korean write's verb is said with -어서 (grammar/lexicon.txt
    `point_link_ko`) and then what (`point_wh_ko`) and 하다 (`point_do_ko`) close the sentence: "web 재시작해서 뭐해"
    (what's the point of restarting web), "cache 지워서 뭐 해" — a rhetorical no, it ran the write."""
    if _written(res) is None:
        return res
    toks = _words(_tokens(text))
    for i in range(len(toks) - 2):
        if (toks[i][1] == "EC" and toks[i][0] in grammar.words("point_link_ko") and i
                and toks[i - 1][1] in ("VV", "XSV", "XSA", "VX")
                and toks[i + 1][0] in grammar.words("point_wh_ko") and toks[i + 1][1] in ("NP", "IC")
                and toks[i + 2][0] in grammar.words("point_do_ko") and toks[i + 2][1] in ("VV", "XSV")
                and all(t.startswith("E") for _, t, _, _ in toks[i + 3:])):
            return NotUnderstood(text, "ko", Msg.of("parse.question"))
    return res


def topic_asked_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.asked offering the write back when a Korean write is asked about, not ordered: its noun
    closing the sentence with the topic particle (grammar/lexicon.txt `topic_close_ko`, perhaps with
    `topic_close_polite_ko`): "web 재시작은요", "cache 삭제는요?" (and the restart?); its object echoed back with a "?"
    typed after the particle ("재시작? web을?", "삭제? cache를?"); or disbelief (`disbelief_ko`) said first as a question
    of its own ("정말요? cache 삭제?") — each ran the write."""
    cmd = _written(res)
    if cmd is None or isinstance(res, NotUnderstood):
        return res
    toks = _tokens(text)
    words = _words(toks)
    asked = len(words) < len(toks) and "?" in text[words[-1][3]:] if words else False
    if words and words[-1][0] in grammar.words("topic_close_polite_ko"):
        words = words[:-1]
    if len(words) > 1 and words[-1][1] == "JX" and words[-1][0] in grammar.words("topic_close_ko") \
            and words[-2][1] == "NNG":
        return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=cmd)
    if asked and len(words) > 1 and words[-1][1] == "JKO" and words[-2][1] in ("SL", "SN") and any(
            t == "SF" for _, t, _, _ in toks[:len(words) - 2]):
        return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=cmd)
    first = [w for w in toks[:3] if w[1] not in ("EF", "JX", "VCP")]
    if toks and toks[0][0] in grammar.words("disbelief_ko") and len(first) > 1 and first[1][1] == "SF" \
            and "?" in first[1][0]:
        return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=cmd)
    return res


def hesitant_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.hesitant when a Korean write's noun (or its -기) is said with the topic
    (grammar/lexicon.txt `hesitant_topic_ko`), then 좀 (`hesitant_word_ko`) and a form of 그렇다 (`hesitant_after_ko`)
    with only endings after it: "cache 지우긴 좀 그런데", "web 재시작은 좀 그런데", "db 끄기엔 좀 그렇지" — a hesitation
    (the grammar's hedge reads it when nothing follows 좀; the 그런데 was cut off as a clause and it ran the write)."""
    if _written(res) is None:
        return res
    words = _words(_tokens(text))
    for i in range(1, len(words) - 2):
        f, t = words[i][0], words[i][1]
        if (t == "JX" and f in grammar.words("hesitant_topic_ko")
                and words[i - 1][1] in ("NNG", "ETN", "EC", "NNB", "JKB")  # (lead31) -기엔: 기 + 에 + ㄴ
                and words[i + 1][0] in grammar.words("hesitant_word_ko")
                and words[i + 2][0] in grammar.words("hesitant_after_ko") and words[i + 2][1] in ("VA", "VV")
                and all(tt.startswith("E") for _, tt, _, _ in words[i + 3:])):
            return NotUnderstood(text, "ko", Msg.of("parse.hesitant"))
        if (t == "NNG" and words[i + 1][0] in grammar.words("hesitant_word_ko")
                and words[i + 2][0] in grammar.words("hesitant_after_ko") and words[i + 2][1] in ("VA", "VV")
                and len(words) > i + 3 and all(tt.startswith("E") for _, tt, _, _ in words[i + 3:])):
            # (lead31) no topic said: "web 재시작 좀 그런데" (ran the restart; "web 재시작 좀" alone stays the request)
            return NotUnderstood(text, "ko", Msg.of("parse.hesitant"))
    return res


def later_said_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.no_schedule when a Korean write is followed by a time after which (-고 나서: grammar/lexicon.txt
    `later_link_ko`, `later_aux_ko`, `later_end_ko`) closing the sentence: "web 꺼줘 배포 끝나고 나서", "cache 지워 백업
    끝나고 나서" ran the write now (said first, "배포 끝나고 나서 web 꺼줘", it is not read)."""
    if _written(res) is None:
        return res
    words = _words(_tokens(text))
    if len(words) < 4:
        return res
    link, aux, end = words[-3], words[-2], words[-1]
    if not (link[1] == "EC" and link[0] in grammar.words("later_link_ko") and aux[1] in ("VX", "VV")
            and aux[0] in grammar.words("later_aux_ko") and end[1] == "EC" and end[0] in grammar.words("later_end_ko")):
        return res
    k = len(words) - 4
    while k > 0 and words[k - 1][1] not in ("EF", "EC", "SF", "SL", "SP", "JX"):
        k -= 1
    return NotUnderstood(text, "ko", Msg.of("parse.no_schedule", when=text[words[k][2]:end[3]].strip()))


def day_said_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(f23a) `res`, or parse.no_schedule when a Korean write (read or offered) is said with a day or a week to come —
    grammar/lexicon.txt `next_time_ko` / `this_time_ko` then `next_time_unit_ko` ("db 삭제는 다음 주.", "다음 달에 web
    지워"), or a day of `day_said_ko` ("web 재시작은 금요일에"): a schedule, never run nor offered to run now."""
    if _written(res) is None:
        return res
    toks = _tokens(text)
    lead = grammar.words("next_time_ko") | grammar.words("this_time_ko")
    for i, (form, tag, start, end) in enumerate(toks):
        said = None
        if tag.startswith("NN") and form in grammar.words("day_said_ko"):
            said = text[start:end]
        elif (form in lead and i + 1 < len(toks) and toks[i + 1][1].startswith("NN")
              and toks[i + 1][0] in grammar.words("next_time_unit_ko")):
            said = text[start:toks[i + 1][3]]
        last = i + 1 if said and form in lead else i
        if said and (last + 1 >= len(toks) or not toks[last + 1][1].startswith(("NN", "SL", "SN", "XSN"))):
            # (a time said before another noun is that noun's: "다음 주 업그레이드용" — the pull is for it, now)
            return NotUnderstood(text, "ko", Msg.of("parse.no_schedule", when=said))
    return res


def judged_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.unused (nothing offered) when a Korean write is said after "depending on what you see" or
    "use your judgement" — a verb of grammar/lexicon.txt `judged_verb_ko` (보다, 판단하다) with -어서 or -면서
    (`judged_link_ko`) before the write: "봐서 cache 지워" (ran docker ps, docker rm cache), "로그 봐서 web 재시작",
    "판단해서 cache 지워", "상황 봐서 web 재시작" (proposed) — a condition left to gorae, never run."""
    if _written(res) is None:
        return res
    toks = _tokens(text)
    for i, (f, t, start, _) in enumerate(toks[:-1]):
        if f not in grammar.words("judged_verb_ko") or t not in ("VV", "VX", "NNG"):
            continue
        if t == "VX" and (not i or toks[i - 1][1].startswith("E")):
            continue  # (lead32) 보다 after a noun, tagged an auxiliary ("web 로그 봐서 재시작해줘"); after -어 it is "try"
        j = i + 1
        while j < len(toks) and (toks[j][1] == "XSV" or toks[j][1] in ("EC", "VX") and toks[j][0] in
                                 grammar.words("judged_skip_ko")):
            j += 1
        if j < len(toks) - 1 and toks[j][1] == "EC" and toks[j][0] in grammar.words("judged_link_ko"):
            return NotUnderstood(text, "ko", Msg.of("parse.unused", words=f"`{text[start:toks[j][3]]}`"))
    return res


@lru_cache(maxsize=1)
def _lead_en() -> tuple[re.Pattern[str], re.Pattern[str]]:
    disbelief, supposed = grammar.alternation("disbelief_en"), grammar.alternation("hypothetical_en")
    return (re.compile(rf"(?i)^\W*(?:{disbelief})(?:\s*,\s*|\s+)(?:(?:{disbelief})\s+)*"),
            re.compile(rf"(?i)^\W*(?:{supposed})\b\s*,?"))


def _go_ahead_last_en(text: str) -> bool:
    """(lead34) Whether an English text closes with a go-ahead of grammar/lexicon.txt `go_ahead` ("…, go ahead",
    "…, please do it"): what was said before it is asked for."""
    words = "_".join(re.findall(r"[a-z]+", text.lower()))
    return any(words.endswith(g) for g in grammar.words("go_ahead"))


def supposed_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.unused (nothing offered) when an English write is said after a supposition said first
    (grammar/lexicon.txt `hypothetical_en`: "hypothetically, restart web", "suppose we rm cache") — it ran the write; or
    (safe34en) when a frame of `unmeant_frame_en` is said anywhere ("just joking, remove data", "for the record: …");
    parse.asked offering it back after a thing said first, then a modal of what would be (`hypothetical_modal_en`: "web
    would have to be restarted")."""
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "en"):
        return res
    if (mt := _lead_en()[1].match(text) or _lead_en()[1].match(lead_stripped(text))) is not None:
        return NotUnderstood(text, "en", Msg.of("parse.unused", words=f"`{mt.group().strip(' ,')}`"))
    if ((mt := _doing_first_en().match(text)) is not None
            and mt["doing"].lower() not in grammar.words("setting_doing_neutral_en")
            and not (mt["doing"].lower() in grammar.words("setting_lesson_do_en")  # (f23y) "I'm doing a course lab: …"
                     and not grammar.words("setting_lesson_en").isdisjoint(mt["said"].lower().split()))):
        # (safe34en) "I'm testing gorae: remove data": the write may be what the doing said first is about
        return NotUnderstood(text, "en", Msg.of("parse.setting_unknown", said=mt["said"].strip()))
    if ((mt := _modal_first_en().match(text)) is not None
            and mt["name"].lower() not in grammar.words("hypothetical_modal_not_subject_en") | grammar.keywords()
            and not _go_ahead_last_en(text)):  # (lead34) "my-volume would benefit from a restart, go ahead": asked for
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)  # (safe34en) "web would have to be …"
    if (mt := _unmeant_en().search(text)) is not None:
        return NotUnderstood(text, "en", Msg.of("parse.unused", words=f"`{mt.group()}`"))  # (safe34en) "just joking, …"
    return res


@lru_cache(maxsize=1)
def _doing_first_en() -> re.Pattern[str]:
    """(safe34en) What the speaker is doing said first (a subject of grammar/lexicon.txt `setting_doing_subject_en`, perhaps
    a word, then a verb in -ing), set off by a comma, a colon, a semicolon or a dash before the request."""
    subject = grammar.alternation("setting_doing_subject_en").replace("\\ ", r"\s+")
    return re.compile(rf"(?i)^\W*(?P<said>(?:{subject})\s+(?:[a-z]+\s+)?(?P<doing>[a-z]+ing)\b[^,:;\u2014\u2013]*?)"
                      r"\s*(?:[,:;]|\s[\u2014\u2013-])\s")


@lru_cache(maxsize=1)
def _modal_first_en() -> re.Pattern[str]:
    """(safe34en) A thing said first (perhaps after "the", perhaps with its kind), then a modal of grammar/lexicon.txt
    `hypothetical_modal_en`."""
    kind = grammar.alternation("antecedent_kind_en")
    return re.compile(rf"(?i)^\W*(?:the\s+)?(?P<name>[A-Za-z0-9][\w.\-]*)(?:\s+(?:{kind}))?\s+"
                      rf"(?:{grammar.alternation('hypothetical_modal_en')})\b")


@lru_cache(maxsize=1)
def _unmeant_en() -> re.Pattern[str]:
    """(safe34en) A frame said anywhere that makes an English write no order now (grammar/lexicon.txt `unmeant_frame_en`:
    "just joking, remove data", "note to self: restart web", "I'm waiting on bob's ok: remove data")."""
    said = sorted(grammar.words("unmeant_frame_en"), key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w'/-])(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split("_")) for p in said)
                      + r")(?![\w'/-])")


def disbelief_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or parse.asked offering it back when the raw English `text` (its "?" kept: bot/pipeline.py) puts a
    lead-in of disbelief (grammar/lexicon.txt `disbelief_en`) before a write asked with "?": "seriously, rm cache?", "so we
    just rm cache?", "really, restart web?" ran the write. "stop web?" alone stays the request (the tables' convention)."""
    if "?" in text and not isinstance(res, NotUnderstood) and _a_write_in(res, "cli") and re.match(
            rf"(?i)^\W*(?:(?:{grammar.alternation('before_cli_en')})[\s,.:;]+)+docker\s", text):
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)  # (en33) "so docker rm web?": asked
    if isinstance(res, NotUnderstood) or not _a_write_in(res, "en"):
        return res
    if re.search(r"\?!|!\?", text) or re.match(rf"(?i)^\W*(?:{grammar.alternation('echoed_en')})\b", text):
        # (lead32, breaker32) "rm cache?!" — incredulous; "u want me to rm cache" — the order echoed, with or without "?"
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)
    if "?" not in text:
        return res
    if (isinstance(res, m.Sequence) and sum(_a_write_in(st, "en") for st in res.steps) > 1
            and re.search(rf"(?i)\b(?:{grammar.alternation('after_en')}|{grammar.alternation('before_en')})\b", text)
            and not re.match(rf"(?i)^\W*(?:{grammar.alternation('asked_request_first_en')})\b", text)):
        # (lead32, breaker32) "restart web after stopping cache?": steps ordered, asked — asked back
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)
    if _lead_en()[0].match(text) or _lead_en()[0].match(lead_stripped(text)):  # (lead31) "ok, seriously, rm cache?"
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)
    doubt = re.match(rf"(?i)^\W*(?:{grammar.alternation('doubt_lead_en')})(?:\s*,\s*|\s+)(?P<rest>\S+)", text)
    if doubt is not None and doubt["rest"].lower() not in grammar.words("asked_request_first_en") | grammar.words(
            "addressed_you_en"):
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)  # (safe34en) "not sure, restart cache?"
    if ((mt := _names_then_asked_en().match(text)) is not None and mt["verb"].lower() in grammar.keywords()
            and grammar.keywords().isdisjoint(w.lower() for w in re.findall(r"[\w.\-]+", mt["names"]) if w != "and")):
        return NotUnderstood(text, "en", Msg.of("parse.asked"), proposal=res)  # (safe34en) "web, cache — restart?"
    return res


@lru_cache(maxsize=1)
def _names_then_asked_en() -> re.Pattern[str]:
    """(safe34en) Names said first, set off by a comma, a dash, a colon or a full stop, then the verb alone (perhaps with
    it, them or both) asked with "?": "web, cache — restart?", "cache. restart it?", "web: stop?" — whether to do it is
    asked, never the order."""
    name = r"[A-Za-z0-9][\w.\-]*"
    return re.compile(rf"(?i)^\W*(?P<names>{name}(?:\s*,?\s+(?:and\s+)?{name})*)\s*(?:[,.:;]|\s[\u2014\u2013-]+)\s*"
                      rf"(?P<verb>[a-z]+)(?:\s+(?:{grammar.alternation('names_then_asked_tail_en')}))?\s*\?+\s*$")


def told_then_ordered_ko(text: str, res: m.Command | NotUnderstood, read: _Read) -> m.Command | NotUnderstood:
    """(lead31c) `res`, or the order alone when a Korean sequence was read from a sentence that tells what was done (its
    own reading is parse.done_already), closed by a typed ".", "!" or a line, then a sentence of an order: "cache
    지웠어요. web은 재시작 부탁" removed cache again and restarted web — only the restart was asked for (normalize drops the
    ".": the cut is the final ending right after the past -었-)."""
    if not isinstance(res, m.Sequence) or res.lang != "ko":
        return res
    toks = _tokens(text)
    cut = next((end for (f, t, _, end), (_, pt, _, _) in zip(toks[1:], toks) if t in ("EF", "EC") and pt == "EP"
                and f in grammar.words("told_close_ko")), None)
    if cut is None or not text[cut:].strip(" .!"):
        return res
    head, rest = text[:cut], text[cut:].strip(" .!")
    told = read(head)
    if not (isinstance(told, NotUnderstood) and told.reason.key == "parse.done_already"):
        return res
    said = read(rest)
    return said if _written(said) is not None and not isinstance(said, NotUnderstood) else res
