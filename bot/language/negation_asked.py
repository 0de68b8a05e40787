"""(dneg23) A negation that asks for a read, never bans it — answered with the read; a negated write stays banned.

    "web 로그 좀 안 보여줄래?"                       -> Logs(web)        (-ㄹ래 asked: "won't you show")
    "web 로그 좀 안 보여주면 안 돼?"                 -> Logs(web)        (-면 안 돼: "can't you show")
    "cache 상태 안 궁금하냐고 ㅋㅋ 보여줘"            -> Inspect(cache)   (a positive request said after it)
    "can't you just show me the logs of web?"        -> Logs(web)        (inverted auxiliary: asked)
    "not that i don't trust it, but show me cache logs" -> Logs(cache)   (a concession, then the request)
    "shouldn't web be up by now?"                    -> Inspect(web)
    "cache didn't crash, did it?"                    -> Inspect(cache)   (a state reported, a tag asked)
    "web 로그 보여주지 마", "web 로그 안 봐도 돼?"    -> the Prohibition as it is (a ban, a leave not to)
    "can't you restart web?", "web 재시작 안 하면 안 될까?" -> the Prohibition as it is (never a write)

Only a `Prohibition` whose negated command is reads only (`reads_only`) — or whose re-read without the negated
auxiliary is reads only — is ever changed, and only to a read: a negated write is never read as that write (the
properties of test_properties keep it so). Korean is read by morphemes (grammar/lexicon.txt `negation_asks_ko`,
`negation_bans_ko`, `negation_then_asked_ko`), English by its words (`negation_asks_aux_en`, `negation_conceded_en`,
`negation_tag_en`). Pure; Kiwi only for Korean text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from bot import model as m
from bot.language import grammar
from bot.language.normalize import HANGUL

Read = Callable[[str], m.Command | m.NotUnderstood]


def _reads(cmd: object) -> bool:
    from bot.language.parse_natural import reads_only

    return isinstance(cmd, m.Command) and not isinstance(cmd, (m.Help, m.Prohibition)) and reads_only(cmd)


def _read_only(res: m.Command | m.NotUnderstood) -> m.Command | None:
    """`res` when it is a Command that reads only, else None."""
    return res if isinstance(res, m.Command) and _reads(res) else None


def _in_a_row(toks: list[str], role: str) -> bool:
    for seq in grammar.words(role):
        want = seq.split("+")
        if any(toks[i:i + len(want)] == want for i in range(len(toks) - len(want) + 1)):
            return True
    return False


def _korean(text: str, understood: m.Command) -> m.Command | None:
    """The negated read when the Korean sentence asks for it (module docstring), else None."""
    from bot.language.parse import _morphemes

    toks = _morphemes(text)
    adverb, negating, banning = (grammar.words("negation_adverb_ko"), grammar.words("negation_aux_ko"),
                                 grammar.words("negation_ban_aux_ko"))
    if not set(toks) & (adverb | negating):
        return None
    if _in_a_row(toks, "negation_bans_ko"):
        return None  # "web 로그 보여주지 마", "web 로그 안 봐도 돼?": a ban or a leave not to
    for i, t in enumerate(toks):
        if t in adverb:
            ending = next((e for e in toks[i + 1:] if e.split("/")[-1].startswith("E")), "")
            if ending.endswith("/ETM"):
                return None  # "안 멈춘 컨테이너 다 보여줘": a state said by negation, which the read lost
    asked = toks[-1] == "?/SF"
    if asked and _in_a_row(toks, "negation_asks_ko"):
        return understood
    if asked and _in_a_row(toks, "negation_state_asked_ko"):
        # (corr24) "db 안 켜져 있지 않아?": a state asked by its negation — its details (the complaint's status without
        # its logs: "안 켜져" is asked about here, never complained of)
        if isinstance(understood, m.Sequence) and understood.steps and isinstance(understood.steps[0], m.Inspect):
            return understood.steps[0]
        return understood
    if asked and not set(toks) & negating:  # "web 로그 안 보여?", "web 로그는 안 보여줘?"
        verbs = [t.split("/")[0] for t in toks if t.endswith("/VV") or t.endswith("/VX")]
        if verbs and verbs[-1] in grammar.words("negation_then_asked_ko") and toks[-2].endswith("/EF"):
            return understood
    # a positive request closing the sentence after the negated clause: its predicate has no negation of its own
    bounds = [i for i, t in enumerate(toks) if t.endswith("/EC") or t.endswith("/SP") or t.endswith("/SW")]
    if not bounds:
        return None
    last = toks[bounds[-1] + 1:]
    lemmas = {t.split("/")[0] for t in last if t.endswith("/VV") or t.endswith("/VX")}
    if (last and last[-1].endswith("/EF") and lemmas & grammar.words("negation_then_asked_ko")
            and not set(last) & (adverb | negating | banning)
            and not asked):
        return understood
    return None


@lru_cache(maxsize=1)
def _state_tagged() -> re.Pattern[str]:
    """(corr24) "web not running, right?": a name, not, a state of one or two words, a tag question."""
    tags = "|".join(re.escape(w) for w in grammar.words("negation_state_tag_en"))
    return re.compile(rf"(?i)^(?P<subj>[\w.-]+) (?:is )?not (?P<state>\w+(?: \w+)?),?\s*(?:{tags})\s*\?+$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    auxes = "|".join(re.escape(w.split("~")[0]) for w in grammar.words("negation_asks_aux_en"))
    subjects = "|".join(re.escape(w) for w in grammar.words("negation_asks_subject_en"))
    conceded = grammar.alternation("negation_conceded_en").replace("~", " ")
    tags = "|".join(re.escape(w.replace("~", " ")) for w in grammar.words("negation_tag_en"))
    return (re.compile(rf"(?i)^(?P<aux>{auxes}) not (?P<rest>(?:(?:{subjects}) |\S+ be )[^,]+?)\s*[?.!]*$"),
            re.compile(rf"(?i)^(?:{conceded}) [^,]+, but (?P<rest>[^,]+?)\s*[?.!]*$"),
            re.compile(rf"(?i),\s*(?:{tags})\s*[?.!]*$"))


def _english(text: str, understood: m.Command | None, read: Read) -> m.Command | None:
    """The read the English sentence asks for (module docstring), else None."""
    inverted, conceded, tag = _patterns()
    said = text.strip()
    if (mt := inverted.match(said)) is not None:
        positive = dict(w.split("~") for w in grammar.words("negation_asks_aux_en"))[mt["aux"].lower()]
        rest = mt["rest"]
        be = re.fullmatch(r"(?P<subj>\S+) be (?P<state>.+)", rest)
        said_so = f"{positive} {be['subj']} {be['state']}" if be is not None and positive == "is" else (
            f"{positive} {rest}")
        return _read_only(read(said_so))
    if (mt := conceded.match(said)) is not None:
        return _read_only(read(mt["rest"]))
    if understood is None and (mt := _state_tagged().match(said)) is not None:
        found = _read_only(read(f"is {mt['subj']} {mt['state']}?"))
        return found if isinstance(found, m.Inspect) else None  # "web not running, right?": its state, asked
    if understood is not None and tag.search(said) and isinstance(understood, m.Inspect):
        return understood  # "cache didn't crash, did it?": its state, asked
    return None


def _double_negated_ko(text: str, read: Read) -> m.Command | None:
    """(lead30) A Korean read said negated twice — not doing it cannot be (안 V-ㄹ 수(가) 없다: grammar/lexicon.txt
    `negation_double_ko`) — then asked for in a clause of its own: "web 로그 안 볼 수가 없네, 보여줘" = web's logs. The
    sentence without the twice-negated clause is read, and taken only when that is a read; None otherwise."""
    if not any(seq.rsplit("+", 1)[-1].split("/")[0] in text for seq in grammar.words("negation_double_ko")):
        return None  # its last morpheme (없) is nowhere: no analysis
    from bot.language.morph import tokens

    toks = list(tokens(text))
    forms = [f"{t.form}/{t.tag.split('-', 1)[0]}" for t in toks]
    for seq in grammar.words("negation_double_ko"):
        want = seq.split("+")
        for i in range(len(forms) - len(want) + 1):
            if not all(w == f or (w.startswith("*/") and f.endswith(w[1:])) for w, f in zip(want, forms[i:i + len(want)])):
                continue
            j = i + len(want)
            while j < len(toks) and forms[j].split("/")[-1] in ("EF", "EC", "EP", "SP", "SF"):
                j += 1  # its endings and the comma closing the clause
            if j >= len(toks):
                return None  # nothing asked after it ("web 로그 안 볼 수가 없네": told)
            cut = toks[j].start
            rest = (text[:toks[i].start] + text[cut:]).strip()
            return _read_only(read(rest))
    return None


def negation_asked(text: str, res: m.Command | m.NotUnderstood, read: Read) -> m.Command | m.NotUnderstood:
    """`res` read as the read a negation asks for (see the module) when `res` is a Prohibition that may be one;
    any other reading is returned as it is. `read` parses a text (no detail)."""
    if isinstance(res, m.NotUnderstood) and HANGUL.search(text) and (twice := _double_negated_ko(text, read)) is not None:
        return replace(twice, lang="ko")
    if not isinstance(res, m.Prohibition):
        return res
    understood = res.understood
    if HANGUL.search(text):
        if understood is None or not _reads(understood):
            return res
        return _korean(text, understood) or res
    if understood is not None and not _reads(understood):
        return res  # "can't you restart web?": a negated write stays banned
    return _english(text, understood, read) or res
