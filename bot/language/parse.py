"""Text -> Command: the Lark grammar recognises phrases, this module reads them.

    >>> parse("nginx 80포트로 실행")
    RunContainer(image='nginx', ports=(PortSpec(host_port=80),), lang='ko')

This module is the entry point: it tries the docker CLI reading (bot/language/parse_cli.py, its
command words in grammar/docker_cli.lark) and the natural-language one (grammar/natural.lark,
Korean through bot/language/morph.py's morphemes), read by bot/language/parse_natural.py: an immutable phrase
list and one small pure function per verb family. No engine access here: whether "db" is a
container or an image is the planner's question.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Protocol

from lark import Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from bot import model as m
from bot.language import alternative, grammar
from bot.language.grammar import keywords
from bot.language.normalize import HANGUL, report_when_done
from bot.model import Lang, Msg, NotUnderstood

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Sequence

    from bot.language.morph import Morpheme, Reading

MAX_LEN = 2000
_ALL_RUNNING = re.compile(r"\$\(\s*docker\s+(container\s+)?(ps|ls)\s+[-aq ]+\)")
# a quoted word without spaces ("http://localhost/?a=1&b=2"): `_shell_meta` reads a lone & in it as text
_QUOTED_WORD = re.compile(r'"[^"\s]*"|\'[^\'\s]*\'')
_META = re.compile(r";|&&|\|\||\||`|\$\(|\$\{|>|<|&")
_WORD = re.compile(r"(?<![\w:/.@=\-])[A-Za-z][A-Za-z\-]*(?![\w:/.@=\-])")
# the sentence ends in 하다 (do): 해 / 해줘 / 해 주세요 / 해봐 / 하자 / 해라 / 해주셈 …
_UPPER = re.compile(r"[A-Z]")  # what `_lower_keywords` lowers: a text without one is left as it is
_EMOJI = re.compile(r"[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]")


def detect_lang(text: str) -> Lang:
    """ko if any Hangul, cli if it starts like a docker command, else en."""
    if HANGUL.search(text):
        return "ko"
    if text.lstrip().lower().startswith("docker"):
        return "cli"
    return "en"


class Incomplete(Exception):
    """The phrases were read but do not make a command (no verb, no target, two verbs…).

    `proposal`: the command the sentence would mean were it a request (a write asked about —
    "can i stop web" — is offered as a yes/no question, never run); None for a refusal."""

    def __init__(self, key: str, proposal: m.Command | None = None, unread: tuple[str, ...] = (),
                 **params: object) -> None:
        super().__init__(key)
        self.msg = Msg.of(key, **params)
        self.proposal = proposal
        self.unread = unread  # a partial reading (parse.partial): the words left out of `proposal`


# --------------------------------------------------------------------------- entry point


def warm() -> None:
    """Load what reading a sentence needs besides Kiwi — the natural and docker-CLI parsers (from
    their pickle), the lexer's scanner, the sentence and CLI readers — by reading the English and
    docker-CLI forms of the first English example of grammar/examples.txt; the answers are dropped.

    Pure (no engine, no Kiwi, no audit): what it fills are caches of pure functions, which hold
    the answers any later reading computes. For a one-shot in Korean whose analyser still loads in
    its forked child (bot/language/ahead.py): this process loads these meanwhile instead of after
    the first analysis (~0.25 s of the one-shot, bench/RESULTS.md, issue 8 session 5)."""
    for text in _warm_texts():
        parse(text)


def warm_korean() -> None:
    """Make the tables a first Korean sentence builds that need no Kiwi — grammar/morphemes.txt's table, the
    morpheme stream's and normalize's patterns, the typo reader's words and their jamo index — for a Korean
    one-shot while its analyser loads in the forked child (bot.front.cli `read_while_kiwi_loads`): after
    Kiwi's answer only the sentence is left to read (bench/RESULTS.md, issue 8 session 12). Pure functions
    of grammar/, made once a process; nothing is read, no engine, no Kiwi."""
    from bot.language import engine_clause, morph, normalize, typo

    for table in (morph._table, morph._spaced_all, morph._chat_no, morph._chat_go, morph._ascii_loans,
                  morph._ascii_loans_done, morph._port_words, morph._noun_ha, morph._imperative, morph._net_loans,
                  morph._glued_split, engine_clause._hints, normalize._step, normalize._words_res,
                  normalize._bare_is, normalize._no_emoji, normalize._doubled, _name_loans, _laughter,
                  typo._endings, typo._words):
        table()
    typo._index(typo._words()[1], True)  # the Korean words of the grammar by jamo (typo._korean)
    typo._index(typo._endings(), True)


def _warm_texts() -> tuple[str, ...]:
    """The first English example of grammar/examples.txt, as a sentence and as a docker command."""
    first = grammar.examples()["en"][0]  # "restart web"
    return first, "docker " + first




def _state_asked_then(text: str) -> bool:
    """(break8) Korean: a state asked (the words before the first "?" read alone as a read: "web 살아있어?"), then a word
    of grammar/lexicon.txt `state_then_ko` ("그럼", "그러면") before a request: the request hangs on the answer, which
    gorae does not know ("web 살아있어? 그럼 재시작" restarted web) — True, and the sentence is asked back."""
    head, _, rest = text.partition("?")
    words = rest.split()
    if not words or words[0].rstrip(",.") not in grammar.words("state_then_ko"):
        return False
    from bot.language.parse_natural import reads_only

    asked = parse(head + "?")
    return isinstance(asked, m.Command) and reads_only(asked)


def _quantity_named(text: str) -> str | None:
    """(break8) English: a word of quantity said as a name, right after a word of naming ("restart the container named
    all", "stop the container called every"): that name and its word ("named all"), or None. It is the name of a
    container, never every container (it planned `docker restart $(docker ps -q)`); asked."""
    ws = text.lower().split()
    for a, b in zip(ws, ws[1:]):
        if a in grammar.words("named_said_en") and b.strip(".,!?\"'`") in grammar.words("named_quantity_en"):
            return f"{a} {b}"
    return None

def _stop_sign_agrees(text: str, detail: bool) -> m.Command | None:
    """(lead32a, lead32c) A stop sign said last (grammar/lexicon.txt `stop_emoji`, kept as `stop_emoji_kept`: "data 꺼줘
    🛑", "stop my-volume 🙅") agrees with a stop: the sentence without it, when it reads as one of `stop_emoji_reads`; None
    otherwise — said with another verb ("web 재시작 🛑") or between two words it is a word never read (refused)."""
    kept = grammar.words("stop_emoji_kept")
    words = text.split()
    if kept.isdisjoint(words) or (words[0] in kept and words[-1] not in kept):
        return None  # (merge of lead32a, lead32c) said first it may be a no ("⛔ cache 꺼", break3): refused
    while words and words[0] in kept:
        words = words[1:]  # (f23y) … but said first and last it frames the stop: "🛑 stop my-volume 🛑"
    while words and words[-1] in kept:
        words = words[:-1]
    if not words or not kept.isdisjoint(words):
        return None
    res = parse(" ".join(words), detail=detail)
    if isinstance(res, m.Command) and type(res).__name__ in grammar.words("stop_emoji_reads"):
        return res
    return None


def _emoji_after_order(text: str, detail: bool) -> m.Command | NotUnderstood | None:
    """(aside34) Emoji said last that are neither neutral nor urgent (bot/language/normalize.py `_emoji_last` kept them
    as one word, grammar/lexicon.txt `emoji_unread_kept` and the emoji: "data 삭제 ⚠️", "restart web 🤷", "rm data 😱"):
    the sentence without them is read; a write is asked back (yes/no, the emoji named unread), never run — unless each
    emoji agrees with its verb (`emoji_agrees`: "kill cache 💀💀"); a read is read. None when none was kept."""
    kept = grammar.lexicon()["emoji_unread_kept"][0]
    words = text.split()
    if len(words) < 2 or not words[-1].startswith(kept) or any(w.startswith(kept) for w in words[:-1]):
        return None
    said = words[-1][len(kept):]
    if any(e in said for e in grammar.words("laughter")):
        # a laugh said last ("data 날려버리고 싶다 😂"): the readers of a laugh read it first (a joke, venting)
        laughed = parse(" ".join([*words[:-1], said]), detail=detail)
        if not isinstance(laughed, m.Command) or isinstance(laughed, (m.Help, m.Prohibition)):
            return laughed
    res = parse(" ".join(words[:-1]), detail=detail)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(res):
        return res
    rest = said
    for pair in sorted(grammar.words("emoji_agrees"), key=len, reverse=True):
        verb, _, emoji = pair.partition("=")
        if verb == type(res).__name__:
            rest = rest.replace(emoji, "")
    if not re.sub(r"[\ufe0f\u200d\u2640\u2642\U0001F3FB-\U0001F3FF\s]", "", rest):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.partial", words=f"`{said}`"),
                         proposal=res if detail else None, unread=(said,) if detail else ())


def _status_ok(text: str, detail: bool) -> NotUnderstood | None:
    """(aside34) A status report's shape: a name, its verb said as a noun, then ok (grammar/lexicon.txt `status_ok`: "web
    재시작 ok", "web restart: ok" — the restart went fine): a write read from it is asked back, never run (an English
    order said first, "restart web ok", is an order). None otherwise."""
    words = text.split()
    if len(words) < 3 or words[-1].lower().strip(".!") not in grammar.words("status_ok"):
        return None
    from bot.language import context_clause

    verb = words[-2].rstrip(":").lower()
    if words[0].lower() in grammar.words("aside_verb_en") or not (
            verb in grammar.words("aside_verb_en") or verb in context_clause.gorae_verbs()):
        return None
    said = " ".join([*words[:-2], words[-2].rstrip(":")])
    res = parse(said, detail=False)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    from bot.language.parse_natural import reads_only

    if reads_only(res):
        return None
    return NotUnderstood(text, res.lang, Msg.of("parse.partial", words=f"`{words[-1]}`"),
                         proposal=res if detail else None, unread=(words[-1],) if detail else ())


def parse(text: str, *, detail: bool = True) -> m.Command | NotUnderstood:
    """Read one normalized utterance. Never raises.

    A sentence read but for a word or two ("web 재시작 xyz") is a `NotUnderstood` whose
    `proposal` is the Command the rest means and `unread` the words left out: it is offered
    as a yes/no question, never run as it is.

    `detail=False`: for a caller that only asks whether (and as what) a text reads — a text not
    understood is still a `NotUnderstood` (same reason), but without the partial reading or the
    suggestions, which cost up to two more parses (pipeline `Gorae._read`, a loose engine clause).
    """
    if len(text) > MAX_LEN:  # before any reader: each may analyse the text again (a 1 MB message took minutes)
        return NotUnderstood(text, detect_lang(text[:MAX_LEN]), Msg.of("parse.too_long", length=len(text)))
    from bot.language.normalize import SURROGATE

    text = SURROGATE.sub("\ufffd", text)  # (lead20) a lone surrogate is no character (Kiwi raised on it)
    try:
        text = said_twice(text)
        for first in _first_sight():  # the whole text, before any other reader: the first that reads it (`_first_sight`)
            if (read := first(text, detail)) is not None:
                return read
        bracketed = _bracketed(text)
        if isinstance(bracketed, NotUnderstood) and bracketed.proposal is not None:
            from bot.language.aside import order_then_aside  # (lead31b) "cache 재시작 (사유: 커넥션 풀 고갈)"

            bracketed = order_then_aside(text, lambda said: _parse(said, False), negated) or bracketed
        if bracketed is not None:
            if not detail and isinstance(bracketed, NotUnderstood):
                bracketed = replace(bracketed, suggestions=(), proposal=None, unread=())
            from bot.language.outside import example_said

            bracketed = example_said(text, _never_the_negated(text, _bare_shell(bracketed)))  # (lead32) "(예시)"
            if isinstance(bracketed, m.Command) and bracketed.lang != "cli":
                # (aside34) "cache 중지 (승인 후)": asked back
                from bot.language.aside import dropped_after_dash

                bracketed = dropped_after_dash(text, bracketed, lambda said: parse(said, detail=False))
            if bracketed.lang != "cli":
                # (safe35) "db 꺼 (제가 하고 있어요)": the speaker's own
                from bot.language.aside import taken_by_speaker

                bracketed = taken_by_speaker(text, bracketed, lambda said: parse(said, detail=False))
            return write_typo_asked(text, bracketed, detail)
        if (typed_cli := _cli_slip_read(text)) is not None:
            return typed_cli
        res = _parse(text, detail)
        if res.lang == "en" and text[:4].lower() == "what":
            res = _what_it_says_en(text) or res  # (f22a) "What does the pgdata volume's metadata say?"
        if res.lang != "ko" and text[:1].lower() in "tswgl":  # (k16en) "top 3 containers by memory"
            from bot.language.heaviest_en import heaviest

            res = heaviest(text, lambda said: _parse(said, False)) or res
        if isinstance(res, NotUnderstood) and res.lang != "cli":
            # (corr24) "cache 지우는 건 나중에 하고 지금은 멈추기만 해줘": the order for now alone
            from bot.language.deferred import deferred_then_now

            res = deferred_then_now(text, lambda said: _parse(said, False)) or res
        if isinstance(res, NotUnderstood) and res.reason.key in _SLIPPED and res.lang != "cli":
            res = _slip_read(text, detail) or res
        elif isinstance(res, m.Command) and res.lang == "en" and _COURTESY_SLIP.search(text):
            res = _courtesy_slip(text) or res  # (lead29) "restart web pleasse": never a second name pleasse
        elif isinstance(res, m.Command) and res.lang == "ko" and not isinstance(res, (m.Help, m.Prohibition)):
            res = _slip_read_as_another(text, res, detail)
        if isinstance(res, NotUnderstood) and res.reason.key in _COLON_MISREAD and res.lang == "en":
            res = _colon_read(text, detail) or res
        if isinstance(res, NotUnderstood) and res.lang == "ko" and res.proposal is None:
            res = _text_said_ko(text) or res
        if isinstance(res, NotUnderstood) and res.lang == "en" and res.proposal is None:
            res = _addressed(text) or res
        if isinstance(res, m.Command) and res.lang == "en" and m.names_of(res)[-1:] == tuple(grammar.lexicon()["instead_last_en"]):
            res = _instead_last_en(text, res) or res  # (f22b34) "don't restart web, restart cache instead"
        if isinstance(res, m.Prohibition) and res.lang == "en":
            res = _ban_but_en(text) or res  # (lead28) "don't touch web, but restart cache"
        if isinstance(res, NotUnderstood) and res.lang == "en" and res.proposal is None:
            from bot.language.asked_of_one import (  # (lead28) "what does web do"
                asked_of_one_en,
                file_asked_en,
                made_from_en,
                port_user_en,
                program_asked_en,
                size_asked_en,
            )

            res = (_age_asked(text) or asked_of_one_en(text) or file_asked_en(text)
                   or program_asked_en(text, lambda said: _parse(said, False))
                   or made_from_en(text, lambda said: _parse(said, False))
                   or port_user_en(text, lambda said: _parse(said, False)) or size_asked_en(text) or res)
        if isinstance(res, NotUnderstood) and res.lang == "ko" and res.proposal is None:
            from bot.language.asked_of_one import (  # (lead28) "web 버전 뭐야?"
                asked_of_one_ko,
                file_asked_ko,
                related_images_ko,
                size_asked_ko,
            )

            res = (asked_of_one_ko(text) or file_asked_ko(text) or size_asked_ko(text) or related_images_ko(text)
                   or res)
        if isinstance(res, (m.Exec, m.RunContainer)) and res.lang != "cli" and len(res.command) == 1 \
                and res.command[0].startswith("/"):
            res = _path_alone(text, res)
        if res.lang == "en" and _CD_THEN.search(text) and (isinstance(res, NotUnderstood) or (
                isinstance(res, (m.Exec, m.RunContainer)) and res.command[:1] == tuple(grammar.words("cd_word")))):
            res = _cd_then(text) or res  # "in data, cd /etc and ls": never `cd /etc and ls` run as one command
        elif (isinstance(res, READS) and res.lang == "en"
              and set(m.names_of(res)) & set(grammar.words("known_programs"))):
            # (lead27) "cache redis-cli info": a program's name read as one more container of a read (docker inspect
            # cache redis-cli) — the command line addressed to the container, when it reads so
            res = _addressed(text) or res
        if isinstance(res, NotUnderstood) and res.lang != "cli" and (res.reason.key == "swarm.no_such_verb" or (
                res.lang == "en" and res.reason.key in _SERVICE_MISREAD)):
            res = _service_said_of_a_container(text, detail) or res
        if isinstance(res, NotUnderstood) and res.lang == "ko" and res.proposal is None:
            from bot.language.named_as_ko import named_as  # (lead19) "redis를 q17로 run해줘": q17 names it

            res = named_as(text, res, lambda said: _parse(said, False))
        if isinstance(res, m.Prohibition) and res.lang == "ko":
            # (f22b34) "업로드가 안 된대요. my-volume 상태 좀": the negation is the relayed complaint's own (closed by the
            # hearsay) — a read after it stands (a write stays forbidden; "web 필요 없어" stays as said)
            from bot.language.context_clause import heard_said
            from bot.language.parse_natural import reads_only

            read = _without_context(text, detail) if heard_said(text) else None
            res = read if read is not None and reads_only(read) else res
        if isinstance(res, NotUnderstood) and res.lang == "ko" and "?" in text:
            res = _state_right_ko(text) or res  # (f22b34) "web 떠 있는 거 맞죠?"
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            res = (_without_context(text, detail) or _relayed_then_go_ahead_ko(text) or _place_unsaid(text)
                   or _not_that_but_ko(text) or _described_name_ko(text) or _antecedent_ko(text)
                   or _past_time_read_ko(text) or (res.reason.key == "parse.two_amounts" and _two_reads_ko(text))
                   or _placed_exec_ko(text) or _name_last_ko(text) or _object_run_ko(text)
                   or _launched_then_run_ko(text) or res)
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            from bot.language.told_then_asked import (
                told_then_asked,  # (run26) "web은 어제 재시작했으니까 오늘은 cache …"
            )

            # (lead28) the request after the report read by all of parse's readers: "web 로그 봤는데 이상해서 그런데 cache
            # 재시작해줘" (a clause of context after the report)
            res = told_then_asked(text, lambda said: parse(said, detail=False), negated) or res
        if res.lang == "ko" and (isinstance(res, (NotUnderstood, m.Prohibition, m.Sequence)) or (
                isinstance(res, m.Command) and len(m.named(res).targets) > 1)):
            res = _reason_after_ko(text, res) or res  # (lead17) "web 삭제해줘 cache에 다 있어": the reason names no target
        if res.lang == "ko" and isinstance(res, NotUnderstood) and "?" in text:
            res = _asked_then_reason_ko(text) or res  # (lead32a) "… 멈춰주실 수 있을까요? 테스트 좀 하려고요"
        if res.lang == "ko" and isinstance(res, NotUnderstood):
            res = _guess_then_asked_ko(text) or res  # (lead32a) "아마 web 재시작하면 될 것 같은데 해주실 수 있으세요?"
        if isinstance(res, m.Prohibition) and res.lang != "cli":
            res = _read_then_ban(text) or res  # (f22b34) "is my-nginx running? just tell me, don't restart it"
        if res.lang == "ko" and isinstance(res, NotUnderstood) and ":" in text:
            from bot.language.context_clause import (
                aim_first_ko,  # (f22a) "쓰레기 정리: 멈춘 컨테이너 다 지워줘"
            )

            res = aim_first_ko(text, lambda said: parse(said, detail=False), negated) or res
        if isinstance(res, (NotUnderstood, m.Prohibition)) and res.lang != "cli":
            from bot.language.context_clause import (
                hands_off_said,  # (f22a) "list the volumes, and don't change anything"
            )

            res = hands_off_said(text, lambda said: parse(said, detail=False)) or res
        if isinstance(res, (NotUnderstood, m.Prohibition)) and res.lang != "cli":
            from bot.language.aside import (
                order_then_aside,  # (lead31b) "web 재시작 — 메모리 샘": the order alone
            )

            res = order_then_aside(text, lambda said: _parse(said, False), negated) or res
        if isinstance(res, NotUnderstood) and res.lang != "cli":
            res = _after_pasted_error(text) or res
        elif isinstance(res, m.Prohibition) and res.lang != "cli" and _error_said().search(text):
            # (lead31b) "redis-cli: Could not connect to Redis at 127.0.0.1:6379 → cache 재시작 부탁": the paste's "not"
            res = _after_pasted_error(text) or res
        elif isinstance(res, m.Command) and res.lang != "cli":
            res = _paste_named(text, res)  # (lead31b) "exit code 137 떴어요, cache 상태 좀 봐주세요" read exit, code, 137
        if isinstance(res, NotUnderstood) and res.lang != "cli" and "://" in text:
            # (ctxen24) "see https://wiki/x — step 3: restart web": the link is context
            from bot.language.linked import without_links

            res = without_links(text, lambda said: parse(said, detail=False)) or res
        if isinstance(res, NotUnderstood) and res.lang == "en" and res.reason.key == "parse.need_target":
            res = _named_existing(text) or res
        if isinstance(res, NotUnderstood) and res.lang == "en":
            res = _ports_on_host(text) or _trouble_then_look(text) or _hedged_read(text) or _alert_code_en(text) or res
        if isinstance(res, NotUnderstood) and res.lang == "en":
            res = _without_context_en(text) or _antecedent_en(text) or _adopted_en(text) or res
        elif isinstance(res, m.Command) and res.lang == "en" and _event_named_for(text, res):
            res = _without_context_en(text) or res  # (f22c) "for the demo: show the network list": the demo is no network
        if res.lang == "en" and (" get " in f" {text.lower()} " or " that " in text.lower()) and not negated(text):
            # (ko33b) "that": "We kindly request that the cache container be restarted"
            # (lead19) "get web and cache restarted", "can we get cache stopped?": the request, never a read of one
            from bot.language.got_done_en import got_done
            from bot.language.parse_natural import reads_only

            if isinstance(res, (NotUnderstood, m.Sequence)) or reads_only(res):
                res = got_done(text, res, lambda said: _parse(said, False))
        if res.lang == "en" and " be " in f" {text.lower()} " and not negated(text):
            # (f22b34) "the nginx image needs to be pulled again", "can web be disconnected from backend?": the request
            from bot.language.got_done_en import passive_done

            res = passive_done(text, res, lambda said: _parse(said, False))
        if res.lang == "en" and (isinstance(res, NotUnderstood) or len(m.named(res).targets) > 1):
            # (k16en) "Sam wants data stopped, go ahead and do it"
            from bot.language.relayed_en import relayed

            res = relayed(text, lambda said: _parse(said, False), negated) or res
        if res.lang == "en" and (isinstance(res, NotUnderstood) or len(m.named(res).targets) > 1) and (
                " my " in f" {text.lower()} " or " our " in f" {text.lower()} "):
            # (k16en) "which port my app in web is published on"
            from bot.language.possessed_en import possessed

            res = possessed(text, lambda said: _parse(said, False)) or res
        if res.lang == "en" and (isinstance(res, (NotUnderstood, m.Prohibition)) or len(m.named(res).targets) > 1):
            # (k16en) "remove web, it's not needed anymore"; (ctxen24) "kill my-nginx because it won't stop" read
            # because as a second name
            from bot.language.reason_clause import reason_first, reason_told

            res = (reason_told(text, lambda said: _parse(said, False), negated)
                   or reason_first(text, lambda said: parse(said, detail=False), negated) or res)
        if res.lang == "en" and (isinstance(res, (NotUnderstood, m.Sequence)) or len(m.named(res).targets) > 1
                                 or len(m.names_of(res, images=True)) > 1):
            # (w17) "restart web, it's leaking memory", "pull redis again, we heard there's a fix"; (run26) of a volume or
            # an image too: "please wipe the pgdata volume, it has stale test data" removed volumes stale, test, data;
            # "remove the alpine image, it is old" removed an image old
            from bot.language.reason_clause import context_after

            res = context_after(text, lambda said: _parse(said, False), negated,
                                lambda said: parse(said, detail=False)) or res
        if isinstance(res, NotUnderstood) and res.lang == "en" and (";" in text or ", " in text or " so " in text):
            # (lead28) "I was told web had an outage this morning; could you show me its recent logs?"
            from bot.language.preamble_en import preamble, told_task

            res = (preamble(text, lambda said: parse(said, detail=False), negated)
                   or told_task(text, lambda said: parse(said, detail=False), negated) or res)
        if isinstance(res, NotUnderstood) and res.lang == "en" and (":" in text or "," in text or " \u2014" in text
                                                                 or " -" in text or " \u2013" in text):
            # (lead29) "reset the test env: restart web and cache", "clean slate pls — remove all stopped containers"
            from bot.language.preamble_en import aim_first, names_then_verb

            res = (aim_first(text, lambda said: parse(said, detail=False))
                   or names_then_verb(text, lambda said: parse(said, detail=False)) or res)
        if isinstance(res, NotUnderstood) and res.lang == "en":
            # (pre33) "Im on my phone, restart web", "new hire here — please inspect the pgdata volume"
            from bot.language.preamble_en import setting_first

            res = setting_first(text, lambda said: parse(said, detail=False), negated) or res
        if isinstance(res, NotUnderstood) and res.lang == "en" and not grammar.words(
                "preamble_source_verb_en").isdisjoint(text.lower().split()):
            # (lead28) "dashboard says cache is slow, show logs"
            from bot.language.preamble_en import reported_by

            res = reported_by(text, lambda said: parse(said, detail=False)) or res
        if isinstance(res, NotUnderstood) and res.lang == "en" and _HOST_AFTER.search(text):  # (en15) "6399 on the host"
            res = _host_port_after_en(text, detail) or res
        if isinstance(res, NotUnderstood) and res.lang == "en" and " -- " in text:  # (en15) "exec web -- ls /etc"
            res = _dashes_before_command_en(text, detail) or res
        if isinstance(res, NotUnderstood) and res.lang == "en":  # (dneg23) "has web been restarted today?"
            from bot.language.happened_en import happened

            res = happened(text, lambda said: _parse(said, False)) or res
        if isinstance(res, NotUnderstood) and res.lang == "en":  # (en15) "could someone tell me if cache is healthy"
            res = _asked_within_en(text, detail) or res
        if isinstance(res, NotUnderstood) and res.lang == "en":  # (en15) "run busybox as root and print pwd"
            from bot.language.run_clause import command_clause

            res = command_clause(text, lambda head: _parse(head, False)) or res
        if isinstance(res, NotUnderstood) and res.reason.key == "parse.no_verb" and res.lang != "cli":
            from bot.language.verbless_run import verbless_run  # (run25) "redis with restart unless-stopped"

            res = verbless_run(text, res.lang, lambda said: _parse(said, False), negated) or res
        if isinstance(res, NotUnderstood) and res.reason.key == "parse.no_verb" and res.lang == "ko":
            from bot.language.verbless_run import opened_run  # (lead32b) "로컬호스트 8130에만 nginx 열어줘"

            res = opened_run(text, res.lang, lambda said: _parse(said, False), negated) or res
        elif isinstance(res, m.Command) and res.lang == "en" and len(_plural_names(res)) > 1:  # (f14en)
            res = _context_names_nothing(text, res)
        if res.lang == "en" and not isinstance(res, (m.Help, m.Prohibition)):
            res = _report_back_dropped(text, res)
        if (res.lang != "cli" and ('"' in text or "'" in text) and not isinstance(res, (m.Help, m.Prohibition))
                and not _quoted_command_read(text, res)):
            # a name quoted alone is the name, whether the quoted reading read or not ("`web` 프로세스 보여줘" read
            # the quoted word as no name: docker inspect web, its processes dropped)
            res = _names_unquoted(text) or res
        if isinstance(res, NotUnderstood) and res.lang != "cli" and _PS_ROW.search(text):
            res = _after_pasted_ps(text) or res
        if isinstance(res, NotUnderstood) and res.lang == "en":
            res = _ps_quoted_or_told(text) or res
        if isinstance(res, NotUnderstood) and res.lang != "cli":
            res = _asked_then_go_ahead(text) or _permission_given(text) or _wording_asked_first(text) or res
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            res = _pronoun_after_step_ko(text) or res  # (lead32a) "db 켜고 그놈 로그 보여줘": db's logs
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            res = _typed_in_ko(text) or _error_looked_ko(text) or res  # (lead32a) "ps 한번 쳐봐": typed CLI
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            res = _wanted_then_possible_ko(text, res) or res  # (lead32a) "my-nginx 재시작 하고 싶어요, 가능해요?"
        if isinstance(res, NotUnderstood) and res.lang == "en":
            res = _need_then_do_it_en(text) or res
        if isinstance(res, NotUnderstood) and res.lang == "ko":
            res = _dictated_read_ko(text, detail) or res  # (voice24) "도커 피에스 대시 에이": flags dictated in Korean
        if isinstance(res, NotUnderstood) and res.lang == "ko" and res.proposal is None:
            res = _loan_named_ko(text, detail) or res  # (lead18) "캐시 로그 보여줘", "캐시멈춰": 캐시 said for cache
        if isinstance(res, NotUnderstood) and res.proposal is None and res.lang != "cli":
            res = _keyboard_slip(text, detail) or res  # (kbd22) "ㅈ듀 재시작해줘", "web Rjwnj": the other layout left on
        if isinstance(res, m.Prohibition) and res.lang != "cli" and _jamo_word_decoded(text):
            res = _keyboard_slip(text, detail) or res  # (voice24) "ㄴ새ㅔ web": stop typed in the Korean layout, no 안
        if isinstance(res, m.Prohibition) and res.lang == "ko" and (slipped := _GLUED_NO_SLIP.search(text)):
            res = _glued_no_read(text[:slipped.start(1)] + text[slipped.end(1):]) or res  # (f22c) "cache 메모리 확인ㄴ"
        if isinstance(res, NotUnderstood) and res.proposal is None and res.lang != "cli":
            res = _social(text, res.lang) or res
        if isinstance(res, NotUnderstood) and res.proposal is None and res.lang == "ko":
            res = _pronoun_after_name(text, detail) or res  # (loan25) "cache 쟤 좀 재시작해라": 쟤 is cache
        if (detail and isinstance(res, NotUnderstood) and res.reason.key == "parse.unknown_word"
                and res.lang != "cli"):
            res = _partial(text, res)
        if res.lang == "ko" and isinstance(res, (m.NetworkList, m.VolumeList, m.ListImages, m.ListContainers)):
            res = _swept_alone_ko(text) or res  # (lead32b) "안 쓰는 네트워크 싹": the sweep said by its adverb alone
        res = _one_of_many_ko(text, _placed_whole(text, res))
        res = _mocked(text, _guessed_done(text, _counted_run(text, _never_the_negated(text, _bare_shell(res)))))
        res = _concept_asked_ko(text, _addressed_apart(text, _steps_swallowed(text, _event_noun_en(text, _wish_asked(
            text, _vented(text, res))))))
        if res.lang == "en":  # (brk21) "stopping cache hung", "the rm of cache failed": a write told as a subject
            from bot.language.action_told_en import action_told

            res = action_told(text, res, _alone)
        readers = _readers_after()
        for around in readers.around:  # what is said around the reading, each in turn (`_readers_after`)
            res = around(text, res)
        reread = lambda said: parse(said, detail=False)  # noqa: E731
        if res.lang == "en" and isinstance(res, m.Command):
            from bot.language.pasted import pointed_run_en  # (safe34en) "run this on cache": what is this?

            res = pointed_run_en(text, res)
        res = _program_sent_ko(text, res)  # (safe34ko) "redis-cli ping 날려봐": sent, never containers removed
        if res.lang == "ko" and not isinstance(res, (m.Prohibition, m.Help)):
            from bot.language.typo import ban_slipped_ko

            if (slip := ban_slipped_ko(text)) is not None:  # (safe34ko) "web 재시작 하지먀": a ban typed with a slip
                res = NotUnderstood(text, "ko", Msg.of("parse.ban_slipped", word=slip))
        # (dneg23) "web 로그 좀 안 보여줄래?", "can't you just show me the logs of web?": a negated read asked for
        res = _question_then_read(text, _same_read_once(_stated_apart_ko(text, res)))  # (pre33) "DBA입니다. mysql 5.7 이미지 …": DBA pulled
        res = readers.negation_asked(text, res, lambda said: _parse(said, False))
        if res.lang != "cli" and (isinstance(res, (NotUnderstood, m.Prohibition)) or (
                isinstance(res, m.Command) and set(map(str.lower, m.names_of(res))) & (
                    grammar.words("corrected_it_en") | grammar.words("corrected_tail")))):
            from bot.language.corrected import (
                corrected_last,  # (ko33b) "stop data... actually pause it instead"
            )

            res = corrected_last(text, reread) or res
        if isinstance(res, m.Command) and res.lang != "cli" and (re.search(r"\s[-\u2013\u2014]|\)\s*$", text) or not
                                                                 grammar.words("aside_after_go_ko").isdisjoint(text.split())):
            # (aside34) "web 재시작 — 팀장 승인 필요": asked back
            from bot.language.aside import dropped_after_dash

            res = dropped_after_dash(text, res, reread)
        if res.lang != "cli":
            # (safe35) "restart web — i'm on it": the speaker's own
            from bot.language.aside import taken_by_speaker

            res = taken_by_speaker(text, res, reread)
        res = write_typo_asked(text, _glued_slip_ko(text, _pronoun_widened(text, res)), detail)
        return _again_as_said(text, _list_of_kind(text, res))
    except RecursionError:
        return NotUnderstood(text, detect_lang(text), Msg.of("parse.too_long", length=len(text)))


class Reread(Protocol):
    """How a reader reads words of the text again: the parser itself (`parse` or `_parse`, no detail)."""

    def __call__(self, said: str, /) -> m.Command | NotUnderstood: ...


class AroundReader(Protocol):
    """A reader of what is said around a reading: `res` as it is, or what the whole `text` means instead (a refusal,
    a question asked back, another command)."""

    def __call__(self, text: str, res: m.Command | NotUnderstood, /) -> m.Command | NotUnderstood: ...


class RereadingReader(Protocol):
    """An `AroundReader` that reads parts of `text` again through `reread` (the parser)."""

    def __call__(self, text: str, res: m.Command | NotUnderstood, reread: Reread, /) -> m.Command | NotUnderstood: ...


class FirstSightReader(Protocol):
    """A reader of the whole text before the grammar's: its reading when the text is of its kind (`parse` returns it
    as it is), else None. `detail`: `parse`'s."""

    def __call__(self, text: str, detail: bool, /) -> m.Command | NotUnderstood | None: ...


def _text_only(reader: Callable[[str], m.Command | NotUnderstood | None]) -> FirstSightReader:
    """`reader`, which reads no detail, as a `FirstSightReader`."""
    return lambda text, detail: reader(text)


def _pronoun_widened(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(safe35) A write of every container said with a pronoun for things named earlier and nothing it points at
    ("걔네 다 꺼", "그것들 모두 멈춰줘", "이것들 다 일시정지"; grammar/lexicon.txt `pronoun_earlier_*`, `name_pronoun_ko`,
    `one_said_ko`) — offered with the pronoun unread, or read with it dropped (Korean; English "those", "these" said bare:
    "stop those all", "pause all of these"), or a demonstrative before the kind ("stop all those containers", "저
    컨테이너들 전부 재시작"): which things it points at is unknown — asked which (parse.need_target),
    never every container. ("kill them all", read by the grammar, stays: the tables' convention.)"""
    prop = res.proposal if isinstance(res, NotUnderstood) else res
    if not isinstance(prop, m.Command) or not ((isinstance(prop, m.ContainerAction) and prop.all_running)
                                                    or (isinstance(prop, m.PruneImages) and prop.all)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(prop):
        return res
    from bot.language import morph

    pronouns = (grammar.words("pronoun_earlier_ko") | grammar.words("pronoun_earlier_en")
                | grammar.words("name_pronoun_ko") | grammar.words("one_said_ko"))
    if isinstance(res, NotUnderstood):
        if not any(w.lower().strip("`.,!?") in pronouns for said in res.unread for w in said.split()):
            return res
    elif res.lang == "en":
        words = re.findall(r"[a-z']+", text.lower())
        after = grammar.words("pronoun_bare_after_en") | grammar.words("demonstrative_kind_en")
        if not any(w in grammar.words("pronoun_bare_en") and (i + 1 == len(words) or words[i + 1] in after)
                   for i, w in enumerate(words)):
            return res  # "stop all stopped containers", "kill them all": the tables' convention
    elif res.lang != "ko" or not (any(t.tag == "NP" and t.form in pronouns for t in morph.tokens(text)) or any(
            a in grammar.words("demonstrative_ko") and b.startswith(grammar.lexicon()["ko_kind"][0])
            for a, b in zip(text.split(), text.split()[1:]))):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.need_target", what="container"))


def _glued_slip_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(safe35) A Korean write read from a word glued of a syllable and a verb that is one jamo from another write verb's
    word ("web 죽켜줘": 죽 + 켜줘, start — or 죽여줘, kill?; "web 저기동해줘": start — or 재기동, restart?): neither is
    run nor offered, the word asked again (bot/language/typo.py `glued_slip_ko`)."""
    from bot.language.parse_natural import reads_only

    if (isinstance(res, (NotUnderstood, m.Help, m.Prohibition)) or res.lang != "ko" or reads_only(res)
            or not HANGUL.search(text)):
        return res
    from bot.language.typo import glued_slip_ko

    words = text.split()
    for i, word in enumerate(words):
        if HANGUL.fullmatch(word[-1]) and (slip := glued_slip_ko(word)) is not None:
            other = parse(" ".join([*words[:i], slip[2], *words[i + 1:]]), detail=False)
            if type(other) is type(res):
                continue  # "my-nginx 재가동": as 재기동, the same command — nothing in doubt
            return NotUnderstood(text, "ko", Msg.of("parse.typo_either", typed=word, read=slip[0], meant=slip[1]))
    return res


@lru_cache(maxsize=1)
def _first_sight() -> tuple[FirstSightReader, ...]:
    """The readers `parse` tries first on the whole text, before any other, in this order, one a line with the kind it
    reads: the first that reads the text says what it means. A new one is one line here, at its place."""
    return (
        _stop_sign_agrees,  # (lead32a) "data 꺼줘 🛑": a stop sign said last agrees with a stop
        _emoji_after_order,  # (aside34) "data 삭제 ⚠️": emoji said last after an order, asked back
        _status_ok,  # (aside34) "web restart: ok": a status report's shape, asked back
        _text_only(_marked_name),  # (brk17) a name typed with a combining mark: a look-alike, unknown
        _text_only(_confirm_alone),  # (dneg23) "확인": a word of checking said alone, an acknowledgement
        _text_only(_numbered_steps),  # (blind13) "1) web 멈추고 2) 로그 보여줘": numbered steps, an ordered plan
        _text_only(_like_typed),  # (f14ko) "compose up -d 대신 nginx 하나 띄워줘": a command line as a comparison
    )


class ReadersAfter(NamedTuple):
    """`_readers_after`: the readers `parse` runs on every reading once the grammar's readers have read it."""

    around: tuple[AroundReader, ...]  # what is said around a reading, each in turn, in the order they look
    negation_asked: RereadingReader  # a read a negation asks for: run later, after parse.py's own last readers


def _reread(said: str) -> m.Command | NotUnderstood:
    """Words of the text read again by `parse` and all its readers, without detail."""
    return parse(said, detail=False)


def _reread_core(said: str) -> m.Command | NotUnderstood:
    """Words of the text read again by `_parse` alone (the docker CLI's or the natural grammar's reading), without
    detail: none of `parse`'s readers."""
    return _parse(said, False)


def _rereading(reader: RereadingReader, reread: Reread) -> AroundReader:
    """`reader` with the way it reads words of the text again bound: an `AroundReader` of `_readers_after`."""
    return lambda text, res: reader(text, res, reread)


@lru_cache(maxsize=1)
def _readers_after() -> ReadersAfter:
    """(perf32) The readers `parse` runs on every reading, imported once (their modules import this one; a `from …
    import` in `parse` itself cost ~1 µs a name's module each sentence). `around` lists them in the order `parse` runs
    them, one a line with the kind it reads: each is `(text, res) -> res` (an `AroundReader`), `res` as it is or what
    the whole text means instead — asked back or refused, never run. A reader that reads words again is bound to its
    reread (`_rereading`: `_reread` is `parse`, `_reread_core` is `_parse` alone). A new reader is one line here, at its
    place in the order (its module imported below when it is a new one)."""
    from bot.language import (
        ability,
        compared,
        negation_asked,
        outside,
        pulled_apart,
        step_order,
        unordered_ko,
        value_asked,
    )

    around: tuple[AroundReader, ...] = (
        ability.ability_asked,  # (blind16) "can you run kubectl?": a bare run asked whether gorae can, offered back
        outside.still_of_a_write,  # a write said with 아직 / yet ("restart web yet?")
        _rereading(outside.concession_ko, _reread_core),  # "web 재시작해도 그대로야": a write said with -어도, told
        outside.suggestion_ko,  # "web 지우는 거 어때?": a Korean write asked as a suggestion
        outside.go_asked_ko,  # "web 삭제 ㄱ?": a Korean removal closed with the go-sign asked
        outside.korean_state_left,  # "web 꺼 있네": the state a Korean write left (-어 있다), told or asked
        outside.who_of_a_write_ko,  # a Korean write read with who (누가) as its subject: a question
        outside.what_of_a_write_ko,  # a Korean write said with "what is it": a question
        outside.speaker_does_ko,  # a Korean write with the speaker as its subject (제가) and a promise
        outside.wh_do_asked,  # "what does web run?": an English write read from a question word and do-support
        outside.pointed_back,  # (lead19) "that one too": a listing naming nothing, from words pointing back
        outside.about_me,  # (lead19) "are you up?": a question about gorae itself
        outside.lines_picked,  # (lead19) "cache 로그에서 에러만 골라서 보여줘": some lines of a log only
        compared.compared,  # (lead19) "가장 오래된 컨테이너가 뭐야?", "biggest image here?": the listing that shows it
        _separator_said,  # (brk22) "web에서 -- rm /tmp/a 해줘": kubectl's `--` before an exec's command
        value_asked.value_asked,  # (lead22) "is web on port 80?": a value of one container asked yes or no
        outside.contents_said_en,  # an English removal of "the" + a name that is also a word for contents ("the data")
        outside.what_of_a_write_en,  # "restart web? what is this": an English write asked about
        outside.rhetorical_ko,  # a Korean write's verb said as a noun with the topic, then a question word
        outside.reminded_ko,  # a Korean write read from a request (부탁, 요청) said in the past: a reminder
        outside.tag_last_ko,  # (lead31) "web 재시작 ㅇㅋ": a chat yes said last, a question
        outside.purpose_for_en,  # (lead31) "pull redis for testing": the purpose after for, no name
        outside.write_topic_ko,  # "web 재시작 결과 알려줘": a Korean write as the topic of a noun
        outside.ceased_or_offered_en,  # (lead31) "stop killing web", "want me to restart web": ceased or offered
        outside.corrected_between,  # (lead31) "web 꺼줘 아 cache": a slip said between two names of one write
        outside.addressed_other_en,  # (lead31) an English write said to someone named first
        outside.possessed_ko,  # (lead31) "web의 cache 꺼": the first of two names owns or serves the second
        outside.contents_said_ko,  # "data 데이터 지워": a Korean removal said of a container's contents
        outside.task_labelled,  # (lead31) "todo: web 재시작": a write said after a task's label
        outside.got_told_en,  # "cache got stopped": the past told
        outside.vented_en,  # "i wanna restart web lol": a wish vented with a laugh
        outside.verdict_last_en,  # (lead31) "restart cache, web ok": a name said last with a verdict of ok
        outside.named_not_asked_en,  # (breaker34) an English write named without being asked for
        unordered_ko.whether_asked_ko,  # (lead31c) "web 재시작하는지 봐": whether, an embedded question
        unordered_ko.point_asked_ko,  # (lead31c) "web 재시작해서 뭐해": what's the point of it, asked
        unordered_ko.topic_asked_ko,  # (lead31c) "web 재시작은요": a Korean write's noun closed by the topic
        unordered_ko.hesitant_ko,  # (lead31c) "cache 지우긴 좀 그런데": a write hesitated over
        unordered_ko.later_said_ko,  # (lead31c) "web 꺼줘 배포 끝나고 나서": a time after which, no schedule
        unordered_ko.day_said_ko,  # (f23a) "다음 달에 web 지워": a day or a week to come, no schedule
        unordered_ko.judged_ko,  # (lead31c) "봐서 cache 지워": left to "depending on what you see"
        outside.act_not_ordered_ko,  # (breaker34) a Korean write whose last verb closes with no request
        unordered_ko.supposed_en,  # (lead31c) "hypothetically, restart web": a supposition said first
        outside.topic_then_it_en,  # (safe33en) "for cache, check web's logs then remove it": it after a topic
        outside.volumes_included_en,  # (safe33en) "remove db including the volumes": volumes named as a container's
        outside.unasked_write,  # (brk34a) a write no one asked for: a state of all, a check, an incident told, a ban
        _rereading(unordered_ko.told_then_ordered_ko, _reread),  # (lead31c) "cache 지웠어요. web 재시작해줘"
        _rereading(outside.held_read_ko, _reread),  # (lead31) "web 로그 잠깐만": the read before a hold said last
        # (lead32) last: the steps' order said (step_order.py), words said apart from a verb, a laugh, a name kept
        _rereading(step_order.after_said_last, _reread),  # "restart web after restarting cache": said last, meant first
        _rereading(step_order.need_told_after_ko, _reread),  # "db 켜줘, etl 돌려야 함": a need told after an order
        step_order.time_taken_for_a_name_en,  # "stop cache during lunch": `lunch` is no target
        _rereading(step_order.own_plan_told_ko, _reread),  # "cache 지울 거거든": the speaker's plan, asked back
        _rereading(outside.own_part_after_ko, _reread),  # (f22a) "nginx:1.25 받아놓고, … web 재시작은 제가 할게요"
        _rereading(step_order.before_said, _reread),  # "cache 끄기 전에 web 재시작": a step said before another
        _rereading(step_order.topic_apart_ko, _reread),  # (safe33ko) "data는 web 끈 다음에 지워줘"
        _rereading(step_order.steps_merged_ko, _reread),  # (safe33ko) "data 강제종료 web 정지": never one kill of both
        step_order.rest_carried_ko,  # (safe33ko) "web 재시작한 다음에 나머지 지워": the rest of what?
        _rereading(outside.addressed_other_ko, _reread),  # (safe33ko) "민수씨 web 재시작해 주세요": said to another
        pulled_apart.words_pulled_apart_en,  # "my boss says pull httpd": `boss`, `says` are no images
        pulled_apart.word_run_apart_en,  # (safe34en) "run alpine bob": no command `bob`
        outside.laughed_partial,  # "db 지우고 퇴사각 ㅋㅋ": a joke, never offered
        outside.kept_yet_acted_on,  # "다 지워 web은 그대로": a name kept yet acted on
        outside.relative_subject_ko,  # "web이 만든 거 지워": what web made, never web
        outside.example_said,  # "docker rm cache (예시)": an example, never run
    )
    return ReadersAfter(around, negation_asked.negation_asked)


def _path_alone(text: str, res: m.Exec | m.RunContainer) -> m.Command | NotUnderstood:
    """(f24a) A path alone read as the command run in a container ("web 컨테이너 안에 /usr/share/nginx/html 파일 목록 좀"
    ran `docker exec web /usr/share/nginx/html`): the files of it or its contents when so asked
    (bot/language/asked_of_one.py `file_asked_ko` / `file_asked_en`: `ls` / `cat`); run as a program only when a verb of
    running is said (grammar/lexicon.txt `path_run_said`: "web에서 /app/run.sh 실행해줘"); never run otherwise."""
    from bot.language.asked_of_one import file_asked_en, file_asked_ko

    asked = file_asked_ko(text) if res.lang == "ko" else file_asked_en(text)
    if asked is not None:
        return asked
    low = text.lower()
    if any(re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", low) for w in grammar.words("path_run_said")):
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.no_verb"))


def _again_as_said(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(corr24) A start said again (`m.Start.again`: the plan starts a stopped container, restarts a running one) only
    when the whole message is its names and the words of grammar/lexicon.txt `again_start_words_ko` / `neutral_ko`
    ("cache 다시 켜 줘"); a message that says more — a handover ("… 세워뒀어요. 점검 끝났으니 my-volume 다시
    켜주세요."), a context clause, a pasted row, a name said in Hangul — is a start, as said."""
    if not (isinstance(res, m.Start) and res.again):
        return res
    from bot.language import morph

    lex = grammar.lexicon()
    allowed = (set(lex["again_start_words_ko"]) | set(lex["again_start_asked_ko"]) | set(lex["neutral_ko"])
               | set(lex["again_which"]) | {t.lower() for t in res.targets})
    words = [w for w in morph.reading(text).text.split() if re.search(r"\w", w)]
    return res if all(w.lower() in allowed for w in words) else replace(res, again=False)


def _separator_said(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(brk22) kubectl's `--` said before the command of an exec in a sentence ("web에서 -- rm /tmp/a 해줘" planned
    `docker exec web -- rm /tmp/a`, a program named `--`; the run read before the place it is in, as well): the
    separator, as typed without `docker`
    (parse_cli.py `_exec_separator`); nothing after it, or said twice: refused. gorae never plans a program `--`."""
    if not isinstance(res, (m.Exec, m.RunContainer)) or res.as_typed or not res.command or res.command[0] != "--":
        return res
    rest = res.command[1:]
    if not rest or "--" in rest:
        return NotUnderstood(text, res.lang, Msg.of("cli.exec_needs_command"))
    return replace(res, command=rest)


_PUNCT = re.compile(r"[.,!?~^()\[\]:;'\"“”‘’…]+")


@lru_cache(maxsize=1)
def _addressed_head() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(break7) A name said first and addressed: English, after a word of grammar/lexicon.txt `addressed_lead_en`
    ("hey web, stop cache", "yo web restart cache") or set off by a comma, colon, arrow or spaced dash ("web, restart
    cache", "db - remove cache": a dash now also ends a sentence of context, so the name alone before it is addressed);
    Korean, set off by a colon before another name typed in ASCII ("web: cache 재시작", bot/language/normalize.py keeps
    that colon). (f17en) English, set off by a word of `addressed_then_en` ("web please restart cache", "cache but restart
    web": it restarted both)."""
    leads = grammar.alternation("addressed_lead_en")
    name = r"(?P<name>[A-Za-z0-9][\w.\-]*)"
    then = grammar.alternation("addressed_then_en")
    english = re.compile(r"(?i)^(?:(?P<lead>" + leads + r")[\s,!]+)?" + name
                         + r"(?P<sep>\s*[,:]|\s+(?:->|=>|\u2192|[-\u2013\u2014])|\s+(?:" + then + r")(?=\s))?\s+(?P<rest>\S.*)$",
                         re.S)
    korean = re.compile(name + r":\s+(?P<rest>[A-Za-z0-9].*)$", re.S)
    return english, korean


def _addressed_apart(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(break7) A name said first and addressed (`_addressed_head`: "web, restart cache", "sorry web, restart cache",
    "hey cache, restart web", "yo web restart cache", "web: cache 재시작") beside a reading that names other things but
    not it: the reading (or its proposal) carries the name as `addressed` — the pipeline refuses it when the name is a
    container on the engine (it was dropped: cache restarted; or taken as one more target: web and cache restarted);
    any other first word ("urgent, restart cache") is context as before. A name the reading acts on is the request's
    own ("web, restart it" … "web: restart")."""
    english, korean = _addressed_head()
    ko = bool(HANGUL.search(text))
    mt = korean.match(text) if ko else english.match(text)
    if mt is None or (not ko and not (mt["lead"] or mt["sep"])):
        return res
    name = mt["name"]
    common = (keywords() | grammar.words("addressed_lead_en") | grammar.words("greeting") | grammar.words("thanks")
              | grammar.words("courtesy_word"))
    if name.lower() in common:
        return res
    rest = _parse(mt["rest"], detail=False)
    if not isinstance(rest, m.Command) or isinstance(rest, (m.Help, m.Prohibition)) or name in m.names_of(rest):
        return res  # "web: 재시작", "web, restart it": the request after the name is said of it
    if ko and isinstance(res, NotUnderstood):
        res = rest  # the colon kept: "web:" read as no name — the request after it, the name addressed
    elif not ko and mt["rest"].split()[0].lower().strip(",.:;!?") not in keywords():
        return res  # "web, cache, restart": a list of names, the verb after them
    cmd = res if isinstance(res, m.Command) else res.proposal
    if cmd is None or isinstance(cmd, (m.Help, m.Prohibition)) or not m.names_of(cmd):
        return res
    if isinstance(res, m.Command):
        return replace(res, addressed=name)
    return replace(res, proposal=replace(cmd, addressed=name))
# (en15) the host's port said after its number ("run redis, 6399 on the host"): one number, then on, the, host
_HOST_AFTER = re.compile(r"(?i)(?<![\w.:/-])(\d{1,5})\s+on\s+(?:the\s+)?host\b(?!\s*(?:port|network|[:\d]))")


def _host_port_after_en(text: str, detail: bool) -> m.Command | None:
    """(en15) English: a new container's host port said after its number, where it is ("run redis, restart on failure,
    6399 on the host", "run httpd, 8091 on host"), as "on host port N" (grammar/natural.lark host_port; an LALR rule of
    the words took "publishing 80 on a random port" from its reading): read only as a new container with that port."""
    said = _HOST_AFTER.findall(text)
    if len(said) != 1:
        return None
    res = _parse(_HOST_AFTER.sub(r"on host port \1", text), detail)
    if isinstance(res, m.RunContainer) and len(res.ports) == 1 and res.ports[0].host_port == int(said[0]):
        return res
    return None


def _dashes_before_command_en(text: str, detail: bool) -> m.Command | None:
    """(en15) English shell fragments: `--` said once between a container and the command run in it, as a shell's end
    of options ("exec web -- ls /etc", "exec into cache -- redis-cli ping"): the sentence without it, read only as that
    exec with the command's words whole (anything else: None, the refusal stands)."""
    head, _, command = text.partition(" -- ")
    if " -- " in command or not command.strip() or not head.strip():
        return None
    res = _parse(f"{head} {command}", detail)
    if isinstance(res, m.Exec) and tuple(res.command) == tuple(command.split()):
        return res
    return None


@lru_cache(maxsize=1)
def _asked_within() -> re.Pattern[str]:
    """grammar/lexicon.txt `asked_within_en` (who is asked, said first), `asked_within_verb_en` (tell me, check…) and
    `asked_within_if_en` (if, whether), then NAME is/are the rest."""
    def alt(role: str) -> str:
        return "|".join(re.escape(w.replace("~", " ")) for w in sorted(grammar.words(role), key=len, reverse=True))
    return re.compile(rf"(?i)^(?:(?:{alt('asked_within_en')})\s+)?(?:{alt('asked_within_verb_en')})\s+"
                      rf"(?:{alt('asked_within_if_en')})\s+(?P<name>[A-Za-z0-9][\w.\-]*)\s+(?P<be>is|are)\s+"
                      rf"(?P<rest>[^,;]+?)\s*\??$")


def _asked_within_en(text: str, detail: bool) -> m.Command | None:
    """(en15) English: a yes/no question asked inside a request to tell or check ("could someone tell me if cache is
    healthy", "check whether web is up", "let me know if db is stopped"): the question itself ("is cache healthy") —
    only when it is read as a read; a write is never planned from it (None: the refusal stands)."""
    said = _asked_within().match(text.strip())
    if said is None:
        return None
    res = _parse(f"{said['be']} {said['name']} {said['rest']}", detail)
    from bot.language.parse_natural import reads_only

    return res if isinstance(res, m.Command) and reads_only(res) else None


def _steps_swallowed(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(fix14) A command run in a container or an image, said (not typed as docker CLI), whose words hold a word that
    joins the sentence's steps (grammar/lexicon.txt `joins`) with more after it: "exec web ls and restart cache" ran
    `ls and restart cache` in web and then restarted cache; "exec into web and run ls then restart cache" ran `ls then
    restart cache` and never restarted it — where the command ends cannot be told: refused (parse.two_verbs), never
    run with the other steps' words. A join quoted is the command's text ("echo 'a and b'")."""
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    joins = grammar.words("joins")
    for st in steps:
        if (isinstance(st, (m.Exec, m.RunContainer)) and not st.as_typed
                and any(w.lower() in joins for w in st.command[1:-1])):
            return NotUnderstood(text, res.lang, Msg.of("parse.two_verbs",
                                                        verbs=", ".join(type(s).__name__ for s in steps)))
    return res


def _error_looked_ko(text: str) -> m.Command | None:
    """(lead32a) Korean: whether a log holds an error, looked at (grammar/lexicon.txt `log_error_word`, perhaps 가/이,
    then `log_error_whether_ko`: "web 로그에 에러 있나 봐줘"): the sentence without the question read — kept only when it
    reads as a log shown whole (docker logs); None otherwise."""
    errors = "|".join(map(re.escape, sorted(grammar.words("log_error_word"), key=len, reverse=True)))
    whether = "|".join(map(re.escape, sorted(grammar.words("log_error_whether_ko"), key=len, reverse=True)))
    subject = "|".join(map(re.escape, grammar.words("log_error_subject_ko")))
    said = list(re.finditer(rf"(?<!\S)(?:{errors})(?:{subject})?\s*(?:{whether})\s+(?=\S)", text))
    if len(said) != 1 or _shell_meta(text):
        return None
    res = parse(text[:said[0].start()] + text[said[0].end():], detail=False)
    return res if isinstance(res, m.Logs) else None


def _typed_in_ko(text: str) -> m.Command | None:
    """(lead32a) Korean: a docker command typed in without its `docker`, then a verb of typing (grammar/lexicon.txt
    `typed_in_ko`: "ps 한번 쳐봐", "images 쳐줘"): read as typed CLI with `docker` before it; None when the sentence says
    no such verb or the CLI reader does not read it as one command."""
    words = text.split()
    if len(words) < 2 or not re.fullmatch(r"[a-z][a-z-]*", words[0]) or _shell_meta(text):
        return None
    from bot.language.context_clause import analysed

    if not any(t == "VV" and f in grammar.words("typed_in_ko") for f, t in analysed(text)):
        return None
    res = _parse("docker " + text, False)
    if isinstance(res, m.Command) and res.as_typed and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


def _wanted_then_possible_ko(text: str, res: NotUnderstood) -> m.Command | None:
    """(lead32a) Korean: a want told (grammar/lexicon.txt `wanted_ko`: -고 싶다, -기 원하다), then only whether it can be
    done asked (`possible_asked_ko`): "my-nginx 재시작 하고 싶어요, 가능해요?" — the want's request, when the sentence was
    asked back with it (`res`, parse.asked) and the want alone reads as that very command; None otherwise."""
    if res.reason.key != "parse.asked" or res.proposal is None:
        return None
    words = text.split()
    if len(words) < 3 or words[-1].rstrip("?.~!") not in grammar.words("possible_asked_ko"):
        return None
    said = " ".join(words[:-1]).rstrip(" ,")
    from bot.language.context_clause import analysed

    toks = [x for x in analysed(said) if x[1] not in ("SF", "SP", "SE", "SO", "SW")]
    wants = [i for i, (f, t) in enumerate(toks) if f in grammar.words("wanted_ko") and t in ("VX", "VV")]
    if not wants or any(t in ("VV", "VX", "XSV") for _, t in toks[wants[-1] + 1:]) or negated(said):
        return None  # the want ends what is said before the question
    alone = parse(said, detail=False)
    return alone if isinstance(alone, m.Command) and alone == res.proposal else None


def _wording_asked_first(text: str) -> m.Command | None:
    """(lead32a) The asker's own wording asked about first (grammar/lexicon.txt `wording_asked`: "이렇게 말하는 게
    맞나요? redis 6380 포트로 실행"), then the order said in full: the order, when it reads whole as one command; None
    otherwise."""
    words = text.split()
    asked = {w.replace("_", "") for w in grammar.words("wording_asked")}
    for k in range(2, len(words)):
        head = re.sub(r"[.?!,~]+", "", "".join(words[:k])).lower()
        if head not in asked:
            continue
        rest = " ".join(words[k:]).strip()
        if not rest or "?" in rest or negated(rest):
            return None
        res = parse(rest, detail=False)
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            return res
        return None
    return None


def _asked_then_go_ahead(text: str) -> m.Command | None:
    """A permission asked, then the go-ahead said after it (blind14): "is it ok to restart web? go ahead" (an English
    go-ahead closing the sentence, grammar/lexicon.txt `go_ahead`), "web 재시작해도 될까요? 해주세요", "저 db 켜도 돼요?
    켜주세요" (Korean: the verb asked with -어도 and a predicate of `permission_ko`, then after the "?" that verb asked
    for, 하다's or the same). The request is the one asked about — read whole without the permission, and only when it is
    the very command the question proposed; None otherwise (the question stays a question)."""
    lowered = text.lower()
    if (given := _asked_then_given_en(text)) is not None:
        return given
    for phrase in sorted((w.replace("_", " ") for w in grammar.words("go_ahead")), key=len, reverse=True):
        if lowered.endswith(" " + phrase) and len(lowered) > len(phrase) + 1:
            asked = _parse(text[:-len(phrase)].strip(), False)
            if isinstance(asked, NotUnderstood) and asked.reason.key == "parse.asked" and asked.proposal is not None:
                return asked.proposal
            return None
    mt = _asked_ko().match(_permission_inline_ko(text))
    if mt is None or mt["pred"] not in grammar.words("permission_ko"):
        return None
    asked = _parse(mt["q"], False)
    if not (isinstance(asked, NotUnderstood) and asked.reason.key == "parse.asked" and asked.proposal is not None):
        return None
    verb, tail = mt["verb"], _permission_dropped_ko(mt["tail"])
    if _go_ahead_alone_ko(tail):  # "… 재시작해봐도 될까요? 된다면 부탁드려요": the request asked about
        return asked.proposal
    light = next((w for w in grammar.words("permission_do_ko") if verb.endswith(w)), None)
    if light is not None and tail.startswith(tuple(grammar.words("go_ahead_do_ko"))):
        said = text[:mt.start("verb")] + verb[:-len(light)] + tail  # "web 재시작해도 될까요? 해주세요" -> "web 재시작해주세요"
    else:
        said = text[:mt.start("verb")] + tail  # "저 db 켜도 돼요? 켜주세요" -> "저 db 켜주세요"
    meant = _parse(said, False)
    return meant if isinstance(meant, m.Command) and replace(meant, lang=asked.proposal.lang) == asked.proposal else None


@lru_cache(maxsize=1)
def _permission_after_en() -> tuple[re.Pattern[str], ...]:
    """(perf33) grammar/lexicon.txt `permission_after_en` (`_` read as a space), the longest first, each as the pattern
    `_asked_then_given_en` searches (made once: it sorted and compiled them on every English sentence it was asked)."""
    phrases = sorted((w.replace("_", " ") for w in grammar.words("permission_after_en")), key=len, reverse=True)
    return tuple(re.compile(r"\s" + re.escape(phrase) + r"[\s,]") for phrase in phrases)


def _asked_then_given_en(text: str) -> m.Command | None:
    """(fix14) English: a permission asked, then the go-ahead under the asker's permission (grammar/lexicon.txt
    `permission_after_en`: "am I allowed to restart cache? if so restart it", "can I pull redis? yes? then pull it"):
    the request asked about, when what follows is a go-ahead (`go_ahead`) or reads — "it"/"them" (`asked_it_en`) as
    the names asked about — as that very command; None otherwise (the question stays a question)."""
    lowered = text.lower()
    for said_after in _permission_after_en():
        found = said_after.search(lowered)
        if found is None:
            continue
        asked = _parse(text[:found.start()].strip(), False)
        if not (isinstance(asked, NotUnderstood) and asked.reason.key == "parse.asked" and asked.proposal is not None):
            return None
        tail = text[found.end():].strip(" ,")
        if tail.lower().replace(" ", "_") in grammar.words("go_ahead"):
            return asked.proposal
        named = m.named(asked.proposal)
        names = " and ".join(named.targets or named.names or ([named.target] if named.target else []))
        if not names and isinstance(asked.proposal, m.RemoveImage) and len(asked.proposal.images) == 1:
            names = asked.proposal.images[0] + " image"  # (k15en) "can I delete the alpine image? yes? then delete it"
        if not names:
            return None
        said = " ".join(names if w.lower() in grammar.words("asked_it_en") else w for w in tail.split())
        meant = _parse(said, False)
        return meant if isinstance(meant, m.Command) and meant == asked.proposal else None
    return None


_DASH_EN = re.compile(r"(?<=[A-Za-z0-9])\s+(?:-|\u2013|\u2014)\s+(?=[A-Za-z])")


def _need_then_do_it_en(text: str) -> m.Command | None:
    """(k15en) A need said, then the request to do it, set off by a dash or a comma, perhaps hedged first ("I think
    cache needs a restart - could you do it?", "web needs a restart — can you handle it", "i guess data needs a stop,
    could you do that"): read as the need with the request ("cache needs a restart, could you do it") when the words
    after the set-off are only such a request (grammar/lexicon.txt `do_it_asked_en`) and what is before it, the hedge
    (`hedge_opener_en`) left out, names no other request; None otherwise (a dash elsewhere stays unread)."""
    if negated(text):
        return None
    cut = list(_DASH_EN.finditer(text)) or list(re.finditer(r",\s+", text))
    if len(cut) != 1:
        return None
    head, tail = text[:cut[0].start()].strip(), text[cut[0].end():].strip(" .!?")
    if tail.lower().replace(" ", "_") not in grammar.words("do_it_asked_en"):
        return None
    for hedge in sorted((w.replace("_", " ") for w in grammar.words("hedge_opener_en")), key=len, reverse=True):
        if head.lower().startswith(hedge + " "):
            head = head[len(hedge):].strip(" ,")
            break
    said = grammar.lexicon()["do_it_asked_en"][0].replace("_", " ")  # each said as the first, which the grammar reads
    res = _parse(head + ", " + said, False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return res
    return None


def _permission_cond_ko(word: str) -> bool:
    """`word` is a condition that is only the asker's permission (fix14): a predicate of grammar/lexicon.txt
    `permission_given_ko` with -면 and nothing else ("괜찮으면", "된다면", "되면", "그렇다면"; never "가능하면")."""
    import bot.language.morph as morph

    lemmas = morph.reading(word).text.split()
    return len(lemmas) == 2 and lemmas[0] in grammar.words("permission_given_ko") and lemmas[1] in grammar.words("permission_cond_ko")


def _permission_dropped_ko(tail: str) -> str:
    """`tail` without the asker's permission opening it (fix14): "괜찮으면 멈춰주세요" -> "멈춰주세요"."""
    first, _, rest = tail.partition(" ")
    return rest.strip() if rest.strip() and _permission_cond_ko(first) else tail


def _go_ahead_alone_ko(tail: str) -> bool:
    """`tail` is a Korean go-ahead and nothing else (fix14): "부탁드려요", "부탁합니다", "진행해주세요" (grammar/lexicon.txt
    `go_ahead_alone_ko`: lemmas; 하다/주다 leave none)."""
    import bot.language.morph as morph

    lemmas = morph.reading(tail).text.split()
    return bool(lemmas) and set(lemmas) <= grammar.words("go_ahead_alone_ko")


@lru_cache(maxsize=1)
def _inline_permission() -> re.Pattern[str]:
    """VERB-어도 COND, then Hangul (-어도: grammar/lexicon.txt `permission_if_ko`)."""
    ending = "|".join(re.escape(w) for w in grammar.words("permission_if_ko"))
    return re.compile(r"(?<!\S)[\uac00-\ud7a3]+(?:" + ending + r")\s+(?P<cond>[\uac00-\ud7a3]+)\s+(?=[\uac00-\ud7a3])")


def _permission_inline_ko(text: str) -> str:
    """A permission said as the condition of the request, no question (fix14): "busybox 이미지 지워도 되면 지워주세요" is
    read as "busybox 이미지 지워도 돼? 지워주세요" (the question, then the go-ahead: `_asked_then_go_ahead`)."""
    if "?" in text:
        return text
    mt = _inline_permission().search(text)
    if mt is None or not _permission_cond_ko(mt["cond"]):
        return text
    return text[:mt.start("cond")] + min(grammar.words("permission_ko_asked")) + "? " + text[mt.end():]


@lru_cache(maxsize=1)
def _permissions_en() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(perf33) grammar/lexicon.txt `permission_given_en` (`_` read as a space), the longest first, each with its pattern
    as `_permission_given` matches it (made once: it sorted and compiled them on every refused sentence)."""
    phrases = sorted((w.replace("_", " ") for w in grammar.words("permission_given_en")), key=len, reverse=True)
    return tuple((phrase, re.compile(re.escape(phrase) + r"\s*,?\s+\S")) for phrase in phrases)


def _permission_given(text: str) -> m.Command | None:
    """A request opened by a condition that is only the asker's permission (fix14): "if it's fine, please remove the
    busybox image", "if that's ok, restart web", "괜찮으면 web 재시작해주세요" (grammar/lexicon.txt `permission_given_en`,
    `permission_given_ko`). The rest must read whole as a command (never help, a prohibition or a partial reading);
    None otherwise — any other condition stays refused."""
    lowered = text.lower()
    rest = None
    for phrase, said in _permissions_en():
        if said.match(lowered):
            rest = text[len(phrase):].lstrip(" ,")
            break
    if rest is None:
        first, _, after = text.partition(" ")
        if not (after.strip() and _permission_cond_ko(first.rstrip(","))):
            return None
        rest = after.strip()
    res = _parse(rest, False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


# (blind14) a row of `docker ps` as pasted (the header line too): the 12-digit ID, the image, the command quoted, when
# it was created, its status (Up …, Exited (N) … ago, Restarting (N) … ago, Created), its ports, then the name
_PS_HEADER = re.compile(r"^CONTAINER ID(?:\s+[A-Z]+(?: [A-Z]+)?)*?\s+NAMES\s+")
_AGO = r"(?:About\s+)?(?:an?|\d+)\s+[a-z]+"
_PS_ROW = re.compile(
    r"[0-9a-f]{12}\s+\S+\s+(?:\"[^\"]*\"\s+)?(?:" + _AGO + r"\s+ago\s+)?"
    r"(?:Up(?:\s+" + _AGO + r")?(?:\s+\((?:Paused|healthy|unhealthy)\))?|(?:Exited|Restarting)\s+\(\d+\)\s+" + _AGO
    + r"\s+ago|Created|Dead)(?:\s+\S*/(?:tcp|udp)\S*)*\s+(?P<name>[a-zA-Z0-9][a-zA-Z0-9_.-]+)(?=\s|$)\s*")
_PASTE_SEPARATOR = re.compile(r"^(?:<-|->|-|\u2013|\u2014|:|\|)\s+")


def _after_pasted_ps(text: str) -> m.Command | None:
    """Rows of `docker ps` pasted, then the request about them (blind14): "a1b2c3d4e5f6 nginx … Up 2 hours web 이거
    재시작해줘" is `docker restart web`. The word that points at the container (grammar/lexicon.txt `pasted_this_ko`,
    `pasted_here_ko`, `pasted_this_en`, `pasted_these_en`) becomes the name of the NAMES column (the names of every
    row, for "these"); without one the names are said before the request ("… my-nginx 둘 다 재시작"). The request must
    then read whole as a command (never help, a prohibition or a partial reading); None otherwise."""
    body = _PS_HEADER.sub("", text)
    names: list[str] = []
    while (row := _PS_ROW.match(body)) is not None:
        names.append(row["name"])
        body = body[row.end():]
    rest = _PASTE_SEPARATOR.sub("", body).strip()
    if not names or not rest:
        return None
    return _pasted_request(names, rest)


def _pasted_request(names: list[str], rest: str) -> m.Command | None:
    """The request `rest` said after rows of `docker ps` naming `names` (`_after_pasted_ps`): the word pointing at them
    made their names, or the names said before it; the request read whole as a command, or None."""
    lex = grammar.lexicon()

    def pointed(words: tuple[str, ...], said: str, flags: int = 0) -> tuple[str, bool]:
        for w in sorted((w.replace("_", " ") for w in words), key=len, reverse=True):
            new, n = re.subn(r"(?<![\w\-])" + re.escape(w) + r"(?![\w\-])", said, rest, count=1, flags=flags)
            if n:
                return new, True
        return rest, False

    one = names[0] if len(names) == 1 else None
    said, found = rest, False
    if one is not None:
        said, found = pointed(tuple(lex["pasted_here_ko"]), one + lex["pasted_here_particle"][0])
        if not found:
            said, found = pointed(tuple(lex["pasted_this_ko"]) + tuple(lex["pasted_this_en"]), one, re.I)
    else:
        said, found = pointed(tuple(lex["pasted_these_en"]), " and ".join(names), re.I)
        if not found and pointed(tuple(lex["pasted_this_ko"]) + tuple(lex["pasted_this_en"])
                                 + tuple(lex["pasted_here_ko"]), "", re.I)[1]:
            return None  # (break7) two rows, then ONE pointed at ("이거 재시작", "remove this one"): which? never both
    if not found:
        pointing = tuple(lex["pasted_this_ko"]) + tuple(lex["pasted_this_en"]) + tuple(lex["pasted_here_ko"])
        alone = None if any(re.search(r"(?<![\w\-])" + re.escape(w.replace("_", " ")), rest, re.I) for w in pointing) \
            else parse(rest, detail=False)
        if isinstance(alone, m.Command) and not isinstance(alone, (m.Help, m.Prohibition)) and m.named(alone).targets:
            # (break8) a row pasted, then a request naming ANOTHER container ("… web", then "cache 재시작"): the row is
            # context or one more target? asked — never the row's name added to it (it restarted web and cache); a
            # request naming rows pasted ("… web … cache", then "cache 재시작") is that request
            return alone if set(m.named(alone).targets) <= set(names) else None
        said = " ".join(names) + " " + rest
    res = parse(said, detail=False)
    if isinstance(res, m.Start) and res.again:
        # (corr24) "… Exited (137) … data 이거 다시 켜줘": the rows pasted say its state — started, as said (the plan's
        # choice by the engine's state is for a start said of names alone)
        return replace(res, again=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


# (k15en) one row of `docker ps` quoted whole or cut short ("`a1b2c3d4e5f6 nginx ... web`"): its ID, its image, then
# anything, the name last
_PS_QUOTED = re.compile(r"([\"'])(?P<row>[0-9a-f]{12}\s+\S+\s+[^\"']*?(?P<name>[a-zA-Z0-9][a-zA-Z0-9_.-]+))\1")


@lru_cache(maxsize=1)
def _ps_told() -> re.Pattern[str]:
    """(k15en) What `docker ps` shows of one container, told in words before the request ("ps shows my-nginx as Up 2
    hours, restart it anyway", "docker ps says cache is Exited (0), start it": grammar/lexicon.txt `ps_told_en`, then
    a status of `docker ps`)."""
    return re.compile(r"(?i)^(?:" + grammar.alternation("ps_told_en") + r")\s+(?P<name>[a-zA-Z0-9][a-zA-Z0-9_.-]+)\s+(?:"
                      + grammar.alternation("ps_told_as_en") + r")\s+(?P<status>(?:" + grammar.alternation("ps_status_en") + r")\b[^,;:]*)[,;:]\s*"
                      + r"(?P<rest>.+)$")


def _ps_quoted_or_told(text: str) -> m.Command | None:
    """(k15en) A row of `docker ps` quoted in one code span after its source is said ("from docker ps: `a1b2c3d4e5f6
    nginx ... web` -> stop it": grammar/lexicon.txt `pasted_from_en`), or what ps shows of a container told in words
    (`_ps_told`), then the request about it: read as a pasted row is (`_pasted_request`, "it" its name); None
    otherwise."""
    told = _ps_told().match(text)
    if told is not None:
        return _pasted_request([told["name"]], told["rest"].strip())
    lead = re.match(r"(?i)(?:" + grammar.alternation("pasted_from_en") + r")\s*:?\s*", text)
    row = _PS_QUOTED.match(text, lead.end()) if lead else None
    if row is None:
        return None
    rest = _PASTE_SEPARATOR.sub("", text[row.end():].strip()).strip()
    return _pasted_request([row["name"]], rest) if rest else None


# (blind14) a name quoted alone, as chat marks a name ("`web` 프로세스 보여줘", 'connect "data" to "backend"'): an entity's
# shape, one word, no keyword of the grammar
_QUOTED_NAME = re.compile(r"""(?<![\w"'])(["'])(?P<name>[a-zA-Z0-9][a-zA-Z0-9_.\-]*(?::[a-zA-Z0-9_.\-]+)?)\1(?![A-Za-z0-9_"'])""")


def _quoted_command_read(text: str, res: m.Command | NotUnderstood) -> bool:
    """(w17) The quotes held the command run: "data에 shell command 'date' 실행해줘", "run the command 'date' in data"
    read `date` as the whole command of an exec — that word is no name to unquote (unquoted, the words that describe
    it became the command's: exec data shell command date)."""
    if not isinstance(res, (m.Exec, m.RunContainer)) or len(res.command) != 1:
        return False
    return any(mt["name"] == res.command[0] for mt in _QUOTED_NAME.finditer(text))


def _names_unquoted(text: str) -> m.Command | None:
    """A sentence whose quoted words are names, not a command's text (blind14): '"backend" 네트워크에 "cache" 연결',
    "`web` 프로세스 보여줘" (Slack code is a quoted string after normalize). Read once more with every quoted
    one-word name (no keyword of the grammar: "restart" quoted stays quoted) without its quotes — only when that
    reads whole as a command (never help, a prohibition or a partial reading); None otherwise."""
    kws = keywords()
    described = grammar.words("command_named")

    def unquoted(mt: re.Match[str]) -> str:
        before = text[:mt.start()].split()
        if before and before[-1].lower() in described:  # (w17) "shell command 'date'": a command, not a name
            return mt.group()
        return mt["name"] if mt["name"].lower() not in kws else mt.group()

    said = _QUOTED_NAME.sub(unquoted, text)
    if said == text:
        return None
    res = parse(said, detail=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


@lru_cache(maxsize=1)
def _asked_ko() -> re.Pattern[str]:
    """The Korean permission asked, then a Hangul request after its "?": VERB-어도 PRED? TAIL (-어도: grammar/lexicon.txt
    `permission_if_ko`)."""
    ending = "|".join(re.escape(w) for w in grammar.words("permission_if_ko"))
    return re.compile(r"^(?P<q>.*?(?<!\S)(?P<verb>[\uac00-\ud7a3]+(?:" + ending + r"))\s+(?P<pred>[\uac00-\ud7a3]+)\?)\s*"
                      r"(?P<tail>[\uac00-\ud7a3][\uac00-\ud7a3 ]*)$")


def _social(text: str, lang: Lang) -> m.Help | None:
    """A greeting or a thanks said alone, with chat noise at most ("hi", "안녕하세요", "thanks!", "고마워요 ㅎㅎ"):
    answered as gorae's hello (how to start) or a you're-welcome — nothing runs (grammar/lexicon.txt `greeting`,
    `thanks`: English words, Korean lemmas). Anything else said with it is read as before."""
    from bot.language.grammar import lexicon

    lex = lexicon()
    src = _lower_keywords(text)
    if lang == "ko":
        import bot.language.morph as morph

        src = morph.reading(src).text
    said = set()
    for word in _EMOJI.sub(" ", _PUNCT.sub(" ", src)).split():
        if word in lex["greeting"] or word in lex["thanks"]:
            said.add("thanks" if word in lex["thanks"] else "hello")
        elif not (word.startswith("~") or chat_noise(word)):
            return None
    if not said:
        return None
    return m.Help(topic="thanks" if "thanks" in said else "hello", lang=lang)


@lru_cache(maxsize=1)
def _name_loans() -> tuple[tuple[str, str], ...]:
    """grammar/lexicon.txt `name_loan_ko`: (HANGUL, ascii) pairs, the longest Hangul first."""
    pairs = (tuple(w.split("=", 1)) for w in grammar.words("name_loan_ko"))
    return tuple(sorted(((h, a) for h, a in pairs), key=lambda p: -len(p[0])))


def _dictated_read_ko(text: str, detail: bool) -> m.Command | NotUnderstood | None:
    """(voice24) A docker command dictated in Korean with its flags said as 대시 (bot/language/normalize.py `dictated_ko`:
    "도커 피에스 대시 에이" = docker ps -a, "도커 로그 대시 에프 웹" = docker logs -f web, asked by parse.loan_name for the
    Hangul name and answered by the pipeline when it matches one thing): read when every word maps and the reading is
    a read. A write so said is never read ("도커 스탑 대시 에이" would stop every container: `docker stop -a` is no flag
    of docker's) — None, left unread as before; so is a 대시 before a word that maps to no flag ("도커 피에스 대시 뭐")."""
    from bot.language.normalize import dictated_ko
    from bot.language.parse_natural import reads_only

    said = dictated_ko(text)
    if said == text:
        return None
    res = parse(said, detail=detail)
    cmd = res.proposal if isinstance(res, NotUnderstood) and res.reason.key == "parse.loan_name" else res
    if not isinstance(cmd, m.Command) or isinstance(cmd, (m.Help, m.Prohibition)) or not reads_only(cmd):
        return None
    return res




def _pronoun_after_name(text: str, detail: bool) -> m.Command | NotUnderstood | None:
    """(loan25) A pronoun said right after the one name it points at (grammar/lexicon.txt `name_pronoun_ko`: "cache 쟤 좀
    재시작해라", "web 걔 꺼", "web 얘 로그 보여줘", "cache 쟤를 재시작"): the sentence read without it — kept only when
    that reading names exactly that one name and nothing else. With two names ("web cache 쟤 재시작": which one?) or none
    ("쟤 좀 재시작해라"), None: left unread as before (asked back, never guessed). A question, a report or a negation
    read without the pronoun stays what it is ("cache 쟤 재시작했어?")."""
    pronouns = "|".join(map(re.escape, sorted(grammar.words("name_pronoun_ko"), key=len, reverse=True)))
    said = list(re.finditer(rf"(?<![\w\-.])([A-Za-z0-9][\w.\-]*)\s+(?:{pronouns})(?=\s|$|{HANGUL.pattern})", text))
    if len(said) != 1:
        return None
    hit = said[0]
    name = hit.group(1)
    res = parse(text[:hit.end(1)] + text[hit.end():], detail=detail)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    names: set[str] = set()
    for step in steps:
        n = m.named(step)
        names |= {w for w in (*n.targets, *n.names, n.target, n.name, n.container, n.network) if w}
    return res if names == {name} and len(_ASCII_NAME.findall(re.sub(r"[^\x00-\x7f]", " ", text))) == 1 else None


def _pronoun_after_step_ko(text: str) -> m.Command | None:
    """(lead32a) A pronoun for one thing (grammar/lexicon.txt `name_pronoun_ko`, `one_said_ko`) said in a later step of
    a sequence after the one name of the sentence ("cache 재시작하고 그 다음에 걔 로그 보여줘", "db 켜고 그놈 로그 보여줘"):
    the sentence read without it — kept only when it reads as a sequence whose every step names that one name; None
    otherwise (no name before it, two names, or one step: left unread as before)."""
    pronouns = "|".join(map(re.escape, sorted(grammar.words("name_pronoun_ko") | grammar.words("one_said_ko"),
                                              key=len, reverse=True)))
    particles = "|".join(map(re.escape, grammar.words("name_pronoun_particle_ko")))
    said = list(re.finditer(rf"(?<!\S)(?:{pronouns})(?:{particles})?(?=\s|$)", text))
    names = _ASCII_NAME.findall(re.sub(r"[^\x00-\x7f]", " ", text))
    if len(said) != 1 or len(names) != 1 or _shell_meta(text):
        return None
    hit = said[0]
    if not _ASCII_NAME.search(re.sub(r"[^\x00-\x7f]", " ", text[:hit.start()])):
        return None  # "걔 로그 보여줘": no name before it
    res = parse((text[:hit.start()] + text[hit.end():]).strip(), detail=False)
    if not isinstance(res, m.Sequence) or len(res.steps) < 2:
        return None
    for step in res.steps:
        n = m.named(step)
        if {w for w in (*n.targets, *n.names, n.target, n.name, n.container, n.network) if w} != {names[0]}:
            return None
    return res


def _spaced_end(text: str, start: int, form: str) -> int:
    """(loan25) Where a noun Kiwi gives as `form` from `start` ends in `text` when spaces were typed inside it ("캐 시"
    is Kiwi's one noun 캐시): the index after its last letter, or -1 when the text there does not spell `form`."""
    at = start
    for ch in form:
        while at < len(text) and text[at].isspace() and at > start:
            at += 1
        if at >= len(text) or text[at] != ch:
            return -1
        at += 1
    return at


def _loan_beside_name(text: str, spans: list[tuple[int, int, str, str]], steps: Sequence[m.Command]) -> bool:
    """(loan25) Whether a word in ASCII said right beside a Hangul name (only spaces between: "web 캐시 재시작",
    "캐시 web 재시작", "redis 캐시 재시작" — the cache of web, of redis?) is read as a name of the command too: two names
    side by side may be one thing said, never guessed as two. A particle between ("web이랑 캐시 둘 다 꺼줘") or a word
    that names nothing ("캐시 cpu 얼마나 먹어") is no doubt."""
    said: set[str] = set()
    for step in steps:
        n = m.named(step)
        said |= {w.lower() for w in (*n.targets, *n.names, n.target, n.name, n.container) if w}
    for start, end, _, _ in spans:
        before, after = text[:start].split(), text[end:].split()
        if before and text[start - 1].isspace() and before[-1].lower() in said:
            return True
        if after and text[end:end + 1].isspace() and after[0].lower() in said:
            return True
    return False


# (f22c) one consonant letter glued to the last Hangul word of the sentence ("cache 메모리 확인ㄴ"): a slip of the next key
_GLUED_NO_SLIP = re.compile(r"[\uac00-\ud7a3]([\u3131-\u314e])[.!?~]*$")


def _glued_no_read(text: str) -> m.Command | None:
    """(f22c) The sentence without one consonant letter glued to its end, read when it is a read only ("cache 메모리
    확인ㄴ" is its stats): the letter ㄴ was read as chat "no", a ban — before a write it may be one (never run)."""
    from bot.language.parse_natural import reads_only

    res = parse(text, detail=False)
    return res if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) and reads_only(res) else None


def _loan_named_ko(text: str, detail: bool) -> m.Command | NotUnderstood | None:
    """(lead18) A Korean sentence with no ASCII that says a name by its Hangul transliteration (grammar/lexicon.txt
    `name_loan_ko`: 캐시=cache, 웹=web, 디비=db), as a noun of its own (it begins its word, or follows a particle:
    "웹이랑캐시재시작") — typed on a phone, with or without spaces: "캐시 로그 보여줘", "캐시로그보여줘", "웹 상태",
    "캐시멈춰". The sentence is read with the ASCII names and offered as a question (parse.loan_name: "`docker stop
    cache` — I read 캐시 as the name cache. Run it?"), a read too: 캐시 may be the cache of an app ("캐시 비워"), and
    tables disagreed (fresh8 said "웹 로그 보여줘" names nothing; fresh16/17: it is web's logs) — never run on a guess
    here; (voice22) the pipeline answers a read when the name matches exactly one thing (bot/pipeline.py `_loan_read`). Only a
    read or a write that loses nothing (grammar/lexicon.txt `loan_name_offered`: stop, start, restart, pause, unpause)
    is offered; any other write is refused.
    None when no such word, or when the sentence does not read whole with the names."""
    if not HANGUL.search(text):
        return None
    from bot.language import morph
    from bot.language.parse_natural import reads_only

    loans = dict(_name_loans())
    toks = morph.tokens(text)
    spans: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        begins = t.start == 0 or text[t.start - 1].isspace() or (i > 0 and toks[i - 1].tag.startswith("J"))
        if begins and t.tag.startswith("NN") and t.form not in loans and text[t.start:t.start + len(t.form)] == t.form and (
                cut := next((k for k in range(1, len(t.form)) if t.form[:k] in loans and t.form[k:] in loans), None)):
            # (f22c) two names glued in one noun, Kiwi's one word ("웹캐시둘다재시작"): each its own (`loan_both_ko` after them)
            spans.append((t.start, t.start + cut, t.form[:cut], loans[t.form[:cut]]))
            spans.append((t.start + cut, t.start + len(t.form), t.form[cut:], loans[t.form[cut:]]))
            i += 1
            continue
        if begins and t.tag.startswith("NN"):
            best: tuple[int, int, str] | None = None
            joined, end, j = "", t.start, i
            while j < len(toks) and toks[j].tag.startswith("NN") and (
                    toks[j].start == end or (j > i and joined not in loans and not text[end:toks[j].start].strip())):
                joined += toks[j].form
                end = _spaced_end(text, toks[j].start, toks[j].form)
                if end < 0:
                    break
                if joined in loans and "".join(text[t.start:end].split()) == joined:
                    # (loan25) "마이 엔진엑스", "캐 시": a name spaced inside — never after a name whole ("웹 서비스" is
                    # the web service, brk24; 웹서비스 glued is web)
                    best = (j, end, loans[joined])
                j += 1
            if best is not None:
                spans.append((t.start, best[1], text[t.start:best[1]], best[2]))
                i = best[0] + 1
                continue
        i += 1
    both = text[spans[-1][1]:].lstrip().startswith(tuple(grammar.words("loan_both_ko"))) if spans else False
    if not spans or (any(not text[a[1]:b[0]].strip() for a, b in zip(spans, spans[1:])) and not both):
        return None  # "웹 캐시 지워": two said side by side is the web's cache, never two names ((f22c) but "웹캐시둘다재시작": both)
    said = text
    starts = {a for a, _, _, _ in spans}
    for start, end, _, name in reversed(spans):
        said = said[:start] + name + (" " if end in starts else "") + said[end:]  # (f22c) two glued: "web cache둘다"
    res = parse(said, detail=detail)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    if _loan_beside_name(text, spans, steps):
        return None  # (loan25) "web 캐시 재시작", "캐시 web 재시작": the web's cache? never two names guessed
    offered = grammar.words("loan_name_offered")
    if all(text[end:].lstrip().startswith(tuple(grammar.words("loan_name_container_ko"))) for _, end, _, _ in spans):
        offered = offered | grammar.words("loan_name_destroyed")  # (lead23) "데이터 컨테이너 삭제해 줘": the container said
    if all(text[end:].lstrip().startswith(tuple(grammar.words("loan_name_image_ko"))) for _, end, _, _ in spans):
        offered = offered | grammar.words("loan_name_image_offered")  # (loan25) "알파인 이미지 받아 줘": the image said
    images = grammar.words("loan_name_image_run")
    if all(name in images for _, _, _, name in spans) and all(
            isinstance(c, m.RunContainer) and c.image in images for c in steps):
        # (lead29) "엔진엑스 팔십 포트로 실행해 줘": a new container of an image said by its product's name (dictated) —
        # nothing lost, offered as a question
        offered = offered | {"RunContainer"}
    if not reads_only(res) and any(type(c).__name__ not in offered and not reads_only(c) for c in steps):
        # (ko33a) a read beside an offered write ("웹 재시작하고 로그 오십 줄 보여 줘") loses nothing either
        return None  # "캐시 지워", "백엔드 네트워크 삭제해": nothing lost is guessed from a transliteration, even asked
    return NotUnderstood(text, "ko", Msg.of("parse.loan_name", said=", ".join(f"`{h}`" for _, _, h, _ in spans),
                                            name=", ".join(f"`{a}`" for _, _, _, a in spans)), proposal=res)


def _jamo_word_keys(word: str) -> str | None:
    """(voice24) The keys of the English layout a word typed in the Korean one stands for, when it mixes lone jamo with
    syllables and reads as such keys ("ㄴ새ㅔ" = stop, bot/language/keyboard.py `decoded`): its ㄴ is a key, never the
    chat no (ㄴ = 안) that made "ㄴ새ㅔ web" a prohibition. None for a jamo word alone ("ㄴ", "ㄴㄴ") or Hangul with no
    jamo ("안")."""
    from bot.language.keyboard import decoded

    return decoded(word) if _MIXED_JAMO.search(word) and _HANGUL_SYLLABLE.search(word) else None


def _jamo_word_decoded(text: str) -> bool:
    """(voice24) Whether a word of `text` is such a word (`_jamo_word_keys`)."""
    return any(_jamo_word_keys(w) is not None for w in text.split())


def _jamo_words_decoded(text: str) -> str:
    """(voice24) `text` with each such word replaced by its keys ("ㄴ새ㅔ web" -> "stop web")."""
    return " ".join(_jamo_word_keys(w) or w for w in text.split())


_MIXED_JAMO = re.compile(r"[\u3131-\u3163]")
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")


_GLUED = re.compile(r"[a-z][a-z0-9_.-]*[a-z0-9]")


def glued_readings(text: str) -> list[tuple[m.Command, str, str]]:
    """(voice24) A verb and a name typed with no space between them on a phone ("restartweb", "webrestart", "stopcache",
    "logsweb"): `text` a single lowercase ASCII word, each way it splits into one verb of grammar/lexicon.txt
    `glued_verb_en` and a rest before or after it, that reads as the verb of that name alone ("restart web") —
    [(command, verb, name)], each the name its only target. Whether the name is a container is the engine's
    (bot/pipeline.py `_glued_read`: exactly one reading whose name is one container is planned, else nothing); [] when
    the text is no such word. A write that destroys (rm, kill) is no verb of this list: never read from a guess."""
    word = text.strip()
    if word[:1].isupper() and word[1:].islower():
        word = word[0].lower() + word[1:]  # a phone capitalizes the first letter: "Restartweb"
    if not _GLUED.fullmatch(word):
        return []
    found: list[tuple[m.Command, str, str]] = []
    for verb in sorted(grammar.words("glued_verb_en")):
        for name in ({word[len(verb):]} if word.startswith(verb) else set()) | (
                {word[:-len(verb)]} if word.endswith(verb) else set()):
            if not name or not _GLUED.fullmatch(name) or name in grammar.words("glued_verb_en"):
                continue
            res = _parse(f"{verb} {name}", False)
            if (isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition, m.Sequence))
                    and m.names_of(res) == (name,)):
                found.append((res, verb, name))
    return found


_KEYBOARD_DEPTH: list[int] = [0]  # (kbd22) a decoded sentence is parsed once, never decoded again


def keyboard_slip(text: str, accept: Callable[[m.Command], bool]) -> m.Command | NotUnderstood | None:
    """(kbd22) `_keyboard_slip` for a sentence that read but names what does not exist ("web fhrm qhduwnj": fhrm and
    qhduwnj no containers; bot/pipeline.py asks it then): the fewest words decoded whose reading `accept`s (plans)."""
    return _keyboard_slip(text, False, accept)


def _keyboard_write_planned(res: m.Command, pairs: tuple[tuple[str, str], ...]) -> bool:
    """(lead23) A write read from words typed in the English layout that decode to Korean words of the verb, never a
    name ("web Rjwnj" = web 꺼줘, "cache wotlwkrgownj" = 재시작해줘, "data wkaRks ajacnj" = 잠깐 멈춰): planned as said
    when it loses nothing (grammar/lexicon.txt `loan_name_offered`: start, stop, restart, pause, unpause) and every
    decoded word is Hangul — the names stay as typed in ASCII, so the decoding changed the verb alone; (lead29) or a word
    typed in Hangul that no Korean is (`_no_korean_word`) decoded into the command's own name or verb ("ㅈ듀 재시작" = web,
    "ㄴ새ㅔ web" = stop). A real word decoded ("내" is "so" typed so, a container so may exist), a scope ("미ㅣ" = all) or
    a write that destroys ("data wldnj" = 지워) stays asked back."""
    steps = res.steps if isinstance(res, m.Sequence) else (res,)
    if any(type(c).__name__ not in grammar.words("loan_name_offered") for c in steps):
        return False
    names = set(m.names_of(res, images=True))
    # (lead29) a word decoded from Hangul that no Korean is — keys with a vowel or a syllable among bare jamo, or four or
    # more of them ("ㅈ듀" = web, "ㅊㅁ촏" = cache, "ㄱㄷㄴㅅㅁㄳ" = restart, "ㅡㅛ-ㅜ햐ㅜㅌ" = my-nginx): the layout left on, no
    # word of a sentence ("내" = so, "유" = db are words; "ㅇㅇ", "ㄴㄴ" are chat)
    # (breaker29) a word decoded into ASCII is the command's own: a name it acts on or its verb ("ㄴ새ㅔ" = stop) — never a
    # scope ("미ㅣ 꺼줘" = all planned `docker stop $(docker ps -q)`)
    verbs = {type(c).__name__.lower() for c in steps}
    return all(_hangul_only(d)
               or (_no_korean_word(w) and (d in names or d.lower() in verbs)) for w, d in pairs)


def _hangul_only(decoded: str) -> bool:
    """Whether a decoded word is Korean (Hangul, no ASCII letter): keys of the English layout decoded into a verb's word."""
    return bool(HANGUL.search(decoded)) and not re.search(r"[A-Za-z]", decoded)


def _chat_jamo(word: str) -> bool:
    """(breaker30) Whether `word` is a chat abbreviation typed in jamo (grammar/lexicon.txt `chat_jamo_ko`), perhaps typed
    over and over or with its "?" ("ㄱㅊ", "ㅇㅋㅇㅋ", "ㄱㅊ?"): a word, never keys of the other layout ("docker rmi nginx ㄱㅊ"
    offered `docker rmi nginx rc`)."""
    from bot.language.morph import chat_once

    return chat_once(word.rstrip("?!.~")) in grammar.words("chat_jamo_ko")


def _no_korean_word(word: str) -> bool:
    """(lead29) Whether `word`, typed in Hangul, can be no Korean word: bare jamo (U+3131–U+3163) with a vowel jamo or a
    syllable beside them, or four jamo or more (chat's ㅇㅇ, ㄱㄱ, ㅋㅋㅋ are words)."""
    jamo = re.findall(r"[\u3131-\u3163]", word)
    if not jamo or re.search(r"[A-Za-z]", word):
        return False
    if "".join(jamo) in grammar.words("chat_jamo_ko"):
        return False  # (lead30) a chat abbreviation with its ending typed ("ㄱㅊ아" = 괜찮아: it read `rcdk`, a second name)
    if len(set(jamo)) == 1 and len(jamo) > 1 or len(re.findall(r"[\uac00-\ud7a3]", word)) > len(jamo):
        # (breaker29) one key typed over and over is chat ("ㄴㄴ요", "ㅡㅡ", "ㅇㅇㅇㅇ"); more syllables than bare keys is a word
        # typed with a slip ("하지마ㅏ": it read `gkwlakk`, a second name, and lost the ban)
        return False
    return bool(re.search(r"[\u314f-\u3163\uac00-\ud7a3]", word)) or len(jamo) >= 4


def _keyboard_slip(text: str, detail: bool,
                   accept: Callable[[m.Command], bool] | None = None) -> m.Command | NotUnderstood | None:
    """(kbd22) A sentence that does not read, with words typed in the other keyboard layout (bot/language/keyboard.py:
    "ㅈ듀 로그 보여줘" = web, "cache fhrm 보여줘" = 로그, "ㅔㄴ -ㅁ" = ps -a). The fewest such words are decoded that make
    the whole sentence read (a word that reads as it is, "web" in "web fhrm qhduwnj", stays). A read is answered with
    the decoded words said (`Command.typos`: the pipeline refuses it when a decoded ASCII word is a container or image
    name, "data wldnj" with a container wldnj); a write is only asked back (parse.keyboard: "`docker restart web` — I
    read ㅈ듀 as web typed in the Korean layout. Run it?"), but (lead23) a write that loses nothing whose decoded words
    are the verb's alone (`_keyboard_write_planned`: "web Rjwnj"). None when nothing decodes so."""
    if _KEYBOARD_DEPTH[0]:
        return None
    from itertools import combinations

    from bot.language.keyboard import decoded
    from bot.language.parse_natural import reads_only

    words = text.split()
    # laughter and sobs typed in jamo are chat, never keys of the other layout (props14: "web만 ㅋㅋ 빼고 다 일시정지"
    # read ㅋㅋ as zz and offered to pause web, the one left out)
    found = [(i, d) for i, w in enumerate(words) if (d := decoded(w)) is not None
             and not (_laughter().fullmatch(w) or _sob().fullmatch(w) or _chat_jamo(w))]
    if sum(1 for i, w in enumerate(words) if re.search(r"[A-Za-z]", w) and all(i != f for f, _ in found)) > 1:
        # "when it errors, stop web", "run alpine echo --restart always": English or CLI read as such, never Korean
        # typed in the English layout (one ASCII word beside it: the name, "web fhrm qhduwnj")
        found = [(i, d) for i, d in found if not re.search(r"[A-Za-z]", words[i])]
    if not found or len(found) > 5:
        return None
    _KEYBOARD_DEPTH[0] += 1
    try:
        for size in range(1, len(found) + 1):
            for chosen in combinations(found, size):
                said = list(words)
                for i, d in chosen:
                    said[i] = d
                res = parse(" ".join(said), detail=detail)
                if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
                    continue
                if accept is not None and not accept(res):
                    continue
                pairs = tuple((words[i], d) for i, d in chosen)
                if reads_only(res):
                    if any(re.fullmatch(r"[\u3131-\u3163]+", w) for i, w in enumerate(words)
                           if all(i != c for c, _ in chosen)):
                        continue  # "ㅔㄴ ㅁ": a key left unread (ps a? ps -a?) is never dropped from a reading
                    return replace(res, typos=res.typos + pairs)
                if _keyboard_write_planned(res, pairs) and (
                        all(_hangul_only(d) for _, d in pairs)
                        or (len(chosen) < len(words) and not text.rstrip().endswith("?"))):
                    # (lead29) a name decoded from keys that are no Korean word: planned when a word of the sentence
                    # reads as typed and it asks no question ("ㅈ듀 재시작해줘", "ㄴ새ㅔ web"); every word decoded
                    # ("ㅈ듀 ㄴ새ㅔ": fresh13's kind keyboard) or "ㄱㄷㄴㅅㅁㄳ web?" stays asked back
                    return replace(res, typos=res.typos + pairs)
                return NotUnderstood(text, res.lang, Msg.of(
                    "parse.keyboard", said=", ".join(f"`{w}`" for w, _ in pairs),
                    read=", ".join(f"`{d}`" for _, d in pairs)), proposal=replace(res, typos=res.typos + pairs))
    finally:
        _KEYBOARD_DEPTH[0] -= 1
    return None


_DOCKER_TYPED = re.compile(r"(?i)docker\s")  # (`said_twice`'s patterns compiled once: asked of every Korean text)
_QUOTED_PARTS = re.compile(r"""("[^"]*"|'[^']*'|`[^`]*`)""")


def said_twice(text: str) -> str:
    """`text` without a Hangul transliteration of a name (grammar/lexicon.txt `name_loan_ko`: 웹=web,
    캐시=cache, 레디스=redis) said as a word of its own in a sentence that says that very name in ASCII too
    ("웹 컨테이너 web 로그 ㄱ", "캐시 cache 재기동요"): the same name said twice, never a second word. Beside
    another name ("웹 cache 재시작") the Hangul word stays, a word not read."""
    if not HANGUL.search(text) or _DOCKER_TYPED.match(text):
        return text  # typed docker CLI is run as typed
    # quoted text is a command's own (`cache에서 echo '캐시 지워' 실행해줘`): only the words outside quotes
    parts = _QUOTED_PARTS.split(text)
    outside = " ".join(parts[::2])
    for hangul, name in _name_loans():
        if hangul in outside and re.search(rf"(?<![\w.\-/:@]){re.escape(name)}(?![A-Za-z0-9_.\-/:@])", outside):
            word = re.compile(rf"(?<![\uac00-\ud7a3\w]){re.escape(hangul)}(?=\s|$)\s*")
            parts[::2] = [word.sub("", p) for p in parts[::2]]
            outside = " ".join(parts[::2])
    return "".join(parts)
@lru_cache(maxsize=1)
def _laughter() -> re.Pattern[str]:
    """A word of laughter alone: grammar/lexicon.txt `laughter` units, repeated ("ㅋㅋㅋ", "ㅎㅎ", "lol", "😂😂")."""
    return _repeated("laughter")


@lru_cache(maxsize=1)
def _sob() -> re.Pattern[str]:
    """(brk17) A sob alone: grammar/lexicon.txt `sob` units, repeated ("ㅠㅠ", "ㅜㅜㅜ", "😭")."""
    return _repeated("sob")


# (brk17) a combining mark (accents U+0300–036F, their supplements, marks for symbols, half marks) typed right after a
# letter or digit of ASCII that it does not compose with ("web\u0301", "web\u0332", "cache\u20dd")
_MARKED = re.compile(r"[A-Za-z0-9][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _confirm_alone(text: str) -> NotUnderstood | None:
    """(dneg23) Korean, a word of checking said alone (grammar/lexicon.txt `confirm_alone_ko`: "확인", "확인!"): an
    acknowledgement, no request — nothing is listed (it read as docker ps). None for any other text."""
    if not HANGUL.search(text) or len(text) > 16:
        return None
    said = [t for t in _morphemes(text) if t.split("/")[-1] not in ("SF", "SP", "SS", "SE", "SO", "SW")]
    if len(said) != 1 or said[0] not in grammar.words("confirm_alone_ko"):
        return None
    return NotUnderstood(text, "ko", Msg.of("parse.confirm_alone", word=said[0].split("/")[0]))


def _marked_name(text: str) -> NotUnderstood | None:
    """(brk17) A word of ASCII with a combining mark on it ("web\u0301 지워"): no name of Docker's holds one, and the Korean
    reading dropped the mark and removed web — a look-alike of a name, never that name (as "w\u0435b" with a Cyrillic
    е, or "wéb"): the word is unknown, nothing is offered. None when no such mark is typed."""
    hit = _MARKED.search(text)
    if hit is None:
        return None
    word = next(w for w in text.split() if _MARKED.search(w))
    return NotUnderstood(text, detect_lang(text), Msg.of("parse.unknown_word", word=word))


# (brk17) a count of copies typed as a multiplier: "x2", "×3", "*2", "2x"
_MULTIPLIER = re.compile(r"(?i)(?:[x\u00d7*]\d{1,3}|\d{1,3}[x\u00d7])")


def _counted_run(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(brk17) A new container whose whole command is a multiplier ("run nginx x2", "run busybox 3x"): that many new
    containers — as "run two nginx containers", asked (parse.unused), never one container running a command "x2"
    ("run busybox 3x" is read as the docker command with its `docker` left out: that too)."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if (isinstance(cmd, m.RunContainer) and len(cmd.command) == 1 and _MULTIPLIER.fullmatch(cmd.command[0])
            and not text.lstrip().lower().startswith("docker")):  # a docker command typed runs as typed
        return NotUnderstood(text, cmd.lang, Msg.of("parse.unused", words=f"`{cmd.command[0]}`"))
    return res


def _mocked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(brk17) A write said mocked, never asked for (grammar/lexicon.txt `mocked_ko`: morphemes in a row — a dare "web
    지우기만 해봐", no use "web 지워봤자야", scorn "web 재시작은 무슨"; `mocked_en` said last: "restart web? yeah right"):
    read as a ban of it (nothing runs, nothing offered). A read, help or a ban is left as it is."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or isinstance(cmd, (m.Help, m.Prohibition)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(cmd) or not _is_mocked(text):
        return res
    return m.Prohibition(understood=cmd, lang=cmd.lang)


def _guessed_done(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(brk17) Korean, a write guessed done (grammar/lexicon.txt `guessed_done_ko`: "web 재시작했나 봐", "web 지웠을 거야
    ㅋㅋ"): told, never requested (parse.done_already). A read, help or a ban is left as it is."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or isinstance(cmd, (m.Help, m.Prohibition)) or not HANGUL.search(text):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(cmd) or not _said_in_a_row(text, "guessed_done_ko"):
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.done_already"))


def _said_in_a_row(text: str, role: str) -> bool:
    """Whether the morphemes of one entry of grammar/lexicon.txt `role` (FORM/TAG joined by +) are said in a row."""
    toks = _morphemes(text)
    firsts = _rows_by_first(role)
    for i, tok in enumerate(toks):
        for want in firsts.get(tok, ()):
            if toks[i:i + len(want)] == want:
                return True
    return False


@lru_cache(maxsize=None)
def _rows_by_first(role: str) -> dict[str, tuple[list[str], ...]]:
    """(perf33) The entries of grammar/lexicon.txt `role` split at +, by their first morpheme: `_said_in_a_row` looks
    only at those beginning with a morpheme said (it tried every entry at every place of every sentence). Callers must
    not change them."""
    out: dict[str, list[list[str]]] = {}
    for seq in grammar.words(role):
        want = seq.split("+")
        out.setdefault(want[0], []).append(want)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _morphemes(text: str) -> list[str]:
    """Kiwi's morphemes of `text` as FORM/TAG, kept per text as morph.reading's analysis is (the same sentence is asked
    by `_mocked` and `_guessed_done`, and again on every message that repeats it: an uncached analysis of each Korean
    write doubled item 6's Korean p50, bench/RESULTS.md session 15). Callers must not change the list."""
    from bot.language import morph

    return [f"{t.form}/{t.tag}" for t in morph.tokens(text)]


def _is_mocked(text: str) -> bool:
    if HANGUL.search(text):
        return _said_in_a_row(text, "mocked_ko")
    said = re.findall(r"[a-z']+", text.lower())
    return any(said[-len(w):] == w for w in _mocked_en())


@lru_cache(maxsize=1)
def _mocked_en() -> tuple[list[str], ...]:
    """(perf33) grammar/lexicon.txt `mocked_en`, each split at ~ once (it was split twice an entry on every English
    write). Callers must not change them."""
    return tuple(w.split("~") for w in grammar.words("mocked_en"))


_OBJECT_FIRST = re.compile(r"(?P<name>[a-z0-9][a-z0-9_.:/-]*)(?P<particle>[\uac00-\ud7a3]+)\s+(?P<rest>.+)")


def _object_run_ko(text: str) -> m.Command | None:
    """(lead32b) The image run named first with the object particle, then its options and the command line with a
    verb of running ("busybox를 nobody 유저로 id 실행"): read as said with the particle of the image a command runs in
    (grammar/lexicon.txt `object_as_run_ko`: 를 -> 로, "busybox로 nobody 유저로 id 실행"), taken only when that reads as a
    run with a command (the plan makes it an exec in a running container so named, as "web으로 id 실행" is). None
    otherwise."""
    said = _OBJECT_FIRST.fullmatch(text.strip())
    if said is None:
        return None
    meant = dict(e.split("=", 1) for e in grammar.lexicon()["object_as_run_ko"])
    if said["particle"] not in meant:
        return None
    res = _parse(f'{said["name"]}{meant[said["particle"]]} {said["rest"]}', False)
    return res if isinstance(res, m.RunContainer) and res.command and not res.as_typed else None


_LAUNCHED_FIRST = re.compile(r"(?P<name>[a-z0-9][a-z0-9_.:/-]*)\s+(?P<verb>[\uac00-\ud7a3]+)\s+(?P<rest>.+)")


def _launched_then_run_ko(text: str) -> m.Command | None:
    """(lead32b) The image launched, then (-어서) the command run in it ("alpine 띄워서 /tmp에서 pwd 찍어줘": one new
    container running pwd in /tmp): read as the command run in the image said with its place particle (grammar/lexicon.txt
    `place_particles`: "alpine에서 /tmp에서 pwd 찍어줘"), when the word after the name is a verb of launching
    (`launched_then_ko`) ending in -어서 (`launched_end_ko`), and that reads as a run with a command. None otherwise."""
    said = _LAUNCHED_FIRST.fullmatch(text.strip())
    if said is None:
        return None
    from bot.language import morph

    toks = [t for t in morph.tokens(said["verb"]) if t.tag not in ("XSV", "VX")]
    if (len(toks) != 2 or toks[0].form not in grammar.words("launched_then_ko") or toks[1].tag != "EC"
            or toks[1].form not in grammar.words("launched_end_ko")):
        return None
    res = _parse(f'{said["name"]}{grammar.lexicon()["place_particles"][0]} {said["rest"]}', False)
    return res if isinstance(res, m.RunContainer) and res.command and not res.as_typed else None


_PRUNES = (m.PruneContainers, m.PruneVolumes, m.PruneNetworks, m.PruneImages)


def _swept_alone_ko(text: str) -> m.Command | None:
    """(lead32b) A prune said by its adverb alone, no verb ("안 쓰는 네트워크 싹", "중지된 컨테이너 싹", "볼륨 찌꺼기 싹"):
    the sentence ends with a word of grammar/lexicon.txt `sweep_alone_ko` and says what a prune takes (a lemma of
    `sweep_of_ko`: unused, stopped, leftovers) — read with the verb of a sweep (`sweep_verb_ko`) said after it, when that
    reads as a prune. None otherwise ("이미지 싹" says no such thing: its listing stays)."""
    from bot.language import morph

    if "?" in text:
        return None  # asked ("안 쓰는 네트워크 싹?"): never swept on the question
    toks = [t for t in morph.tokens(text) if not t.tag.startswith("S")]
    if not toks or toks[-1].tag != "MAG" or toks[-1].form not in grammar.words("sweep_alone_ko"):
        return None
    if grammar.words("sweep_of_ko").isdisjoint(t.form for t in toks):
        return None
    swept = _parse(f"{text} {grammar.lexicon()['sweep_verb_ko'][0]}", False)
    return swept if isinstance(swept, _PRUNES) else None


def _one_of_many_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(brk17) Korean, steps in order where a later step says one thing (grammar/lexicon.txt `one_said_ko`: 그거, 걔 …)
    and no name of its own, after two names or more ("web이랑 cache 끄고 그거 지워": which one? It removed both):
    asked which (parse.one_target). (lead17) English alike: a later step said of `one_said_en` ("that one", "this one")
    that read as two things or more ("stop web and cache then delete that one" removed both). Any other reading is left
    as it is."""
    if isinstance(res, m.Sequence) and res.lang == "en" and re.search(
            r"(?i)(?<![\w-])(?:" + grammar.alternation("one_said_en") + r")(?![\w-])", text):
        for step in res.steps[1:]:
            many = m.named(step).targets
            if len(many) > 1:
                return NotUnderstood(text, "en", Msg.of("parse.one_target", what="container", names=", ".join(many)))
        return res
    if not isinstance(res, m.Sequence) or res.lang != "ko":
        return res
    words = text.split()
    at = next((i for i, w in enumerate(words) if any(w.startswith(one) for one in grammar.words("one_said_ko"))), None)
    if at is None or any(_ASCII_NAME.fullmatch(w) for w in words[at + 1:]):
        return res
    before = list(dict.fromkeys(hit.group() for w in words[:at] for hit in [_ASCII_NAME.match(w)] if hit))
    if len(before) < 2:
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.one_target", what="container", names=", ".join(before)))


_ASCII_NAME = re.compile(r"[A-Za-z0-9][\w.\-]*")


def _repeated(role: str) -> re.Pattern[str]:
    """The units of one role of grammar/lexicon.txt as a pattern, repeated ("ㅋㅋㅋ", "ㅠㅠ")."""
    return re.compile("(?:" + grammar.alternation(role) + ")+")


@lru_cache(maxsize=1)
def _step_markers() -> tuple[re.Pattern[str], ...]:
    """The families of step markers (blind13), each a pattern whose group `n` is the step's ordinal: digits ("1)",
    "1.", "(1)", "1:"), circled digits (①), letters ("a)"), grammar/lexicon.txt `step_word_en` + a number or its
    word ("step 1:", "step two"), `step_ordinal_ko` ("첫째,", "둘째")."""
    en_numbers = "|".join(grammar.lexicon()["step_number_en"])
    ko = "|".join(grammar.lexicon()["step_ordinal_ko"])
    word = "|".join(grammar.lexicon()["step_word_en"])
    edge = r"(?:(?<=\s)|^)"
    return (
        re.compile(edge + r"\(?(?P<n>[1-9])(?:\)|\.|:)(?=\s)"),
        re.compile(edge + r"(?P<n>[\u2460-\u2468])(?=\s)"),
        re.compile(edge + r"\(?(?P<n>[a-e])\)(?=\s)"),
        re.compile(edge + r"(?i:" + word + r")\s+(?P<n>[1-9]|" + en_numbers + r")\s*[:.),]?(?=\s)"),
        re.compile(edge + r"(?P<n>" + ko + r")\s*[,.:]?(?=\s)"),
    )


def _ordinal(said: str) -> int:
    """The place of a step marker's ordinal: 1 for "1", "①", "a", "one", "첫째"."""
    for role in ("step_number_en", "step_ordinal_ko"):
        if said.lower() in grammar.lexicon()[role]:
            return grammar.lexicon()[role].index(said.lower()) + 1
    if said.isdigit():
        return int(said)
    if "\u2460" <= said <= "\u2468":
        return ord(said) - 0x2460 + 1
    return ord(said) - ord("a") + 1


def _numbered_steps(text: str) -> m.Command | None:
    """"1) web 멈추고 2) 로그 보여줘", "1. cache 정지 2. cache 삭제", "step 1: stop cache, step 2: start cache",
    "첫째, web 일시정지. 둘째, web 로그 확인" (blind13): steps numbered in order from the first word on are an
    ordered plan of their steps (a Sequence, confirmed as one when it changes anything) — each step read alone as a
    whole command; or, when a step needs the one before it ("2) 로그 보여줘", "2. run it on 8084"), the steps said
    as one sentence (Korean: one after the other, their own connectives; English: joined by ", then "). None when
    the text is no such list, or it does not read so — a step that is a prohibition, a question, a refusal or on
    another engine leaves the sentence to be read as it is (refused)."""
    for marker in _step_markers():
        if text[:1] and not text[:1].isspace() and marker.match(text) is None:
            # (perf32) the first marker must begin the text (below): one that cannot begin there is no list — tried
            # at the first character alone, not searched through the whole text (~15 µs a sentence)
            continue
        found = list(marker.finditer(text))
        if len(found) < 2 or text[:found[0].start()].strip():
            continue
        if [_ordinal(mt.group("n")) for mt in found] != list(range(1, len(found) + 1)):
            continue
        bounds = [mt.end() for mt in found]
        steps = [text[b:e].strip().strip(",.;").strip()
                 for b, e in zip(bounds, [mt.start() for mt in found[1:]] + [len(text)])]
        if not all(steps):
            return None
        lang: Lang = "ko" if HANGUL.search(text) else "en"
        read = [parse(st, detail=False) for st in steps]
        if lang == "ko" and any(isinstance(r, m.Command) for r in read):
            read = [_nominal_step(st) or r if isinstance(r, NotUnderstood) and r.reason.key == "parse.done_already"
                    else r for st, r in zip(steps, read)]
        if all(_a_step(r) for r in read):
            flat: list[m.Command] = []
            for r in read:
                assert isinstance(r, m.Command)
                flat.extend(r.steps if isinstance(r, m.Sequence) else (r,))
            return m.Sequence(steps=_started_after_stop(flat), lang=lang)
        joined = parse((" " if lang == "ko" else ", then ").join(steps), detail=False)
        return joined if isinstance(joined, m.Command) and _a_step(joined) else None
    return None


def _started_after_stop(steps: list[m.Command]) -> tuple[m.Command, ...]:
    """(f23a) A step "again" (`m.Start.again`: "my-volume 다시 켜기") after a step that stopped or killed the same
    containers: a start — they are stopped by then (the plan looks at the engine as it is now, where they still run,
    and planned `docker restart`)."""
    out: list[m.Command] = []
    stopped: set[str] = set()
    for st in steps:
        if isinstance(st, m.Start) and st.again and st.targets and set(st.targets) <= stopped:
            st = replace(st, again=False)
        if isinstance(st, (m.Stop, m.Kill)):
            stopped |= set(st.targets)
        out.append(st)
    return tuple(out)


def _nominal_step(step: str) -> m.Command | None:
    """(fix13) "(1) my-volume 멈춤 (2) my-volume 삭제": a step of a numbered list closed by the chat nominal -ㅁ
    (grammar/lexicon.txt `step_nominal`, the morpheme natural.lark's `past` reads as told) is a to-do item there: the
    step read with that ending cut, as a whole command. Only beside a step that reads as a request (a list of -ㅁ steps
    only is a report of work done: told), never alone (break4: "web 지움" is told), never a negation or a question.
    None otherwise."""
    import bot.language.morph as morph
    import bot.language.parse_natural as parse_natural

    prepared = _lower_keywords(step)
    rd = morph.reading(prepared)
    ending = grammar.words("step_nominal")
    toks = rd.text.split()
    if len(toks) < 2 or toks[-1] not in ending or any(t in ending for t in toks[:-1]):
        return None
    cut = rd.text.rstrip()
    cut = cut[:len(cut) - len(toks[-1])]
    said = morph.Reading(cut, rd.origin[:len(cut)], rd.source)
    try:
        cmd = parse_natural.read(grammar.natural().parse(cut), "ko", cut, _as_typed(step, prepared, cut, said))
    except (UnexpectedInput, Incomplete):
        return None
    res = _never_the_negated(step, cmd)
    return res if isinstance(res, m.Command) and _a_step(res) and not isinstance(res, m.Sequence) else None


@lru_cache(maxsize=1)
def _typed_like() -> re.Pattern[str]:
    """A command line typed first (docker, docker compose, docker-compose, compose: grammar/lexicon.txt `compose_typed`),
    no Hangul in it, then a Korean word that likens the request to it or puts it instead (`typed_like_ko`, `_` for a
    space), then the request: groups `typed` and `rest`."""
    heads = "|".join(re.escape(w) for w in sorted(grammar.words("compose_typed") | {"docker"}, key=len, reverse=True))
    like = "|".join(re.escape(w.replace("_", " ")) for w in sorted(grammar.words("typed_like_ko"), key=len, reverse=True))
    return re.compile(r"(?i)(?P<typed>(?:docker\s+)?(?:" + heads + r")\s[^\uac00-\ud7a3]*?)\s*(?:" + like
                      + r")\s*[,.]?\s+(?P<rest>\S.*)", re.S)


def _like_typed(text: str) -> m.Command | None:
    """(f14ko) "compose logs -f web 처럼 web 로그 따라가줘", "compose up -d 대신 nginx 하나 띄워줘", "docker-compose rm -s
    my-volume 같은 거 해줘, my-volume 멈추고 지워": a command line typed as a comparison — like it, or instead of it —
    then the request in Korean: the request read alone, whole (never help, a prohibition, a question or a partial
    reading). The typed words supply nothing (no name, no option): the request says its own. None otherwise."""
    if not HANGUL.search(text):
        return None
    mt = _typed_like().fullmatch(text.strip())
    if mt is None or not HANGUL.search(mt.group("rest")):
        return None
    res = parse(mt.group("rest"), detail=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


def _a_step(res: m.Command | NotUnderstood) -> bool:
    """A step of a numbered list: a command that reads whole, on no engine named (no help, prohibition, question)."""
    return (isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) and res.engine is None
            and not (isinstance(res, m.Sequence) and any(st.engine is not None for st in res.steps)))


_BACKTICKED = re.compile(r"`[^`]+`|\"[^\"]+\"")  # (normalize makes inline code a double-quoted text)
# (lead31b) … or a line break, or an arrow typed between the paste and the request ("Killed\nKilled — data 메모리 사용량
# 좀", "… 127.0.0.1:6379 → cache 재시작 부탁")
_PASTE_CUT = re.compile(r"\s[\u2014\u2013\u2192\u21d2]\s|\s--?\s|(?<=[,;:])\s|\n\s*")


@lru_cache(maxsize=4)
def _lexicon_phrases(role: str) -> re.Pattern[str]:
    """Any word or phrase (`_` for a space) of grammar/lexicon.txt `role`, as a whole word, longest first."""
    words = sorted((w.replace("_", " ") for w in grammar.words(role)), key=len, reverse=True)
    return re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])")


def _error_said() -> re.Pattern[str]:
    """grammar/lexicon.txt `error_said`: a word or phrase of an error message."""
    return _lexicon_phrases("error_said")


def _barred_in_paste() -> re.Pattern[str]:
    """grammar/lexicon.txt `error_head_barred`: words that make the text before the request the asker's own
    condition, time or ban ("if it fails", "after", "do not"), never a pasted error."""
    return _lexicon_phrases("error_head_barred")


def _pasted_heads(text: str) -> list[int]:
    """Where the request may start after a pasted error: after a dash, a comma, colon or semicolon, and after a
    Korean word saying the error showed ("… 라고 나오네요", "… 뜨는데", "… 나옴", grammar/lexicon.txt
    `error_shown_ko`, the morphemes of the whole text)."""
    cuts = [mt.end() for mt in _PASTE_CUT.finditer(text)]
    # (f14en) right after the error quoted in backticks: "`Error: network qa-net not found` ok then create network qa-net"
    cuts += [mt.end() for mt in _BACKTICKED.finditer(text) if mt.start() == 0 and mt.end() < len(text)]
    # (lead32c) … or after an error quoted anywhere, closing its sentence: 'Got this: "Bind for 0.0.0.0:8080 failed: port is
    # already allocated". who's on 8080?'
    for mt in _BACKTICKED.finditer(text):
        closing = re.match(r"[.!]\s+", text[mt.end():])
        if closing is not None and _error_said().search(mt.group()):
            cuts.append(mt.end() + len(closing.group()))
    if HANGUL.search(text):
        from bot.language import morph

        shown = grammar.words("error_shown_ko")
        toks = morph.tokens(text)
        for tok in toks:
            if tok.form in shown and HANGUL.search(tok.form):
                end = text.find(" ", tok.start)
                if end > 0:
                    cuts.append(end + 1)
                    cuts.extend(_said_so_end(text, toks, end + 1))
        for mt in re.finditer(r"\S+", text):
            # each Hangul word alone: Kiwi reads a word by the text around it ("busybo 오타였네 busybox" as a name)
            if HANGUL.search(mt.group()) and _remark_ends(morph.tokens(mt.group())):
                cuts.append(mt.end() + 1)
    return sorted(c for c in set(cuts) if c < len(text))


def _said_so_end(text: str, toks: Sequence[Morpheme], start: int) -> list[int]:
    """(f14ko) "… 라고 해서 web 먼저 멈추고 지워줘", "… 라는데 해서요": after a word saying the error showed, the next
    word 하 + a connective of grammar/lexicon.txt `context_end` (+ 요) says it is the reason — the request starts after
    it too. The cut after that word, or none."""
    word = [t for t in toks if start <= t.start < (text.find(" ", start) if " " in text[start:] else len(text))]
    if len(word) < 2 or word[0].form not in grammar.words("context_said_light") or word[0].tag not in ("VV", "XSV"):
        return []
    rest = [t for t in word[1:] if not (t.tag == "JX" and t.form in grammar.words("context_polite_jx"))
            and t.tag not in ("SF", "SP")]
    if len(rest) != 1 or rest[0].tag != "EC" or rest[0].form not in grammar.words("context_end"):
        return []
    end = text.find(" ", start)
    return [end + 1] if end > 0 else []


def _remark_ends(toks: Sequence[Morpheme]) -> bool:
    """(f14ko) Whether the morphemes `toks` of one Hangul word end a remark said of a pasted error, a sentence of its
    own ("Error: No such image: busybo 오타였네 busybox 이미지 삭제해줘", "… 또 이거네 web 로그 보여줘"): a sentence end
    (EF), or a remark's ending of grammar/lexicon.txt `error_remark_end_ko` after the copula or a past."""
    toks = [t for t in toks if t.tag not in ("SF", "SP")]
    if len(toks) < 2 or not HANGUL.search(toks[-1].form):
        return False
    if toks[-1].tag == "EF":
        return True
    return (toks[-1].tag == "EC" and toks[-1].form in grammar.words("error_remark_end_ko")
            and toks[-2].tag in ("VCP", "EP"))


def _verbal_ko(korean: str) -> set[str]:
    """(f14ko) The Hangul lemmas of `korean` said as verbs (a VV/VX, or a noun made a verb by 하다): what a head before
    a pasted error may never hold of gorae's verbs — a noun of theirs said of the error ("에러 남", "상태래요", "로
    나오는데") is no request, nor is a word saying the error showed (grammar/lexicon.txt `error_shown_ko`: "찍혀요")."""
    from bot.language import morph

    toks = morph.tokens(korean)
    shown, said_of = grammar.words("error_shown_ko"), grammar.words("error_noun_ko")
    out = set()
    for t in toks:
        # a verb (not the one saying it showed), or a noun other than the error's or the state's own: "web 재시작 에러
        # 나옴, cache 재시작" (which restart?) stays refused
        if (t.tag.startswith(("VV", "VX")) and t.form not in shown) or (
                t.tag.startswith(("NN", "XR")) and t.form not in said_of):
            out.add(t.form)
    return out


@lru_cache(maxsize=1)
def _ban_cut() -> re.Pattern[str]:
    """(f22b34) Where a ban said after a read may start (`_read_then_ban`): a comma, a sentence's end, a spaced dash, or a
    word of grammar/lexicon.txt `read_then_ban_link_en`."""
    return re.compile(rf"(?i),\s+|[?.!]\s+|\s+[\u2014\u2013-]\s+|\s+(?:{grammar.alternation('read_then_ban_link_en')})\s+")


def _read_then_ban(text: str) -> m.Command | None:
    """(f22b34) A read asked, then a write forbidden in a clause of its own ("is my-nginx running? just tell me, don't
    restart it", "show web's logs but don't restart it", "my-nginx 떠 있는지만 알려줘, 재시작은 하지 말고"): the read —
    the last cut where what follows reads as a ban (a Prohibition) and what precedes as one read (never a complaint's
    status and logs: "web returns 502, don't restart it" tells); None otherwise (the ban stands: nothing runs)."""
    from bot.language.parse_natural import reads_only

    for cut in reversed(list(_ban_cut().finditer(text))):
        head, tail = text[:cut.start()].strip(), text[cut.end():].strip()
        if not head or not tail or not negated(tail) or not isinstance(_parse(tail, False), m.Prohibition):
            continue
        got = parse(head, detail=False)
        return got if (isinstance(got, m.Command) and not isinstance(got, (m.Help, m.Sequence))
                       and reads_only(got)) else None  # a complaint's look ("web returns 502, don't restart it"): told
    return None


def _after_pasted_error(text: str) -> m.Command | None:
    """"Error response from daemon: Container web is not running — web 켜줘", "502 Bad Gateway 뜨는데 my-nginx 로그
    마지막 20줄 보여줘", "`No such container: chache` lol typo, restart cache" (blind13): part of an error pasted, then
    the request — the request read alone, when the text before it holds a word of an error (grammar/lexicon.txt
    `error_said`), no word of the asker's condition, time or ban (`error_head_barred`: "if it fails, restart web"
    is never a restart now), no Korean verb of gorae's and no Korean negation, and the rest reads whole as a
    command (never help, a prohibition, a question or a partial reading). None otherwise."""
    if not _error_said().search(text) or _shell_meta(text):
        # (lead22) a shell metacharacter outside quotes ("every exited; container" read `container` alone: docker ps)
        # is never a paste before a request: refused as typed (parse.shell_meta)
        return None
    for cut in _pasted_heads(text):
        head, rest = text[:cut].strip(), text[cut:].strip()
        # (f14ko) the words of a quoted error are the screen's, never the asker's condition ("`… wait until the
        # container is running` 뜨네.. db 상태 좀")
        if not rest or not _error_said().search(head) or _barred_in_paste().search(_QUOTED_PARTS.sub(" ", head)):
            continue
        if not HANGUL.search(head) and _asked_in_head(head):
            continue  # (lead27) "restart db, my job failed, also remove web": a request said first, never a paste
        korean = " ".join(w for w in head.split() if HANGUL.search(w))
        if korean:
            from bot.language import context_clause

            if negated(korean) or not context_clause.gorae_verbs().isdisjoint(_verbal_ko(korean)) or len(
                    korean.split()) > 5:
                continue
        res = parse(rest, detail=False)
        if isinstance(res, NotUnderstood) and len(ports := set(_PORT_PASTED.findall(head))) == 1:
            from bot.language.asked_of_one import port_user_pasted_en

            # (lead32c) the port the paste names, asked bare: 'Got this: "Bind for 0.0.0.0:8080 failed: port is already
            # allocated". who's on 8080?'
            res = port_user_pasted_en(rest, next(iter(ports)), lambda said: parse(said, detail=False)) or res
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            if not m.names_of(res, images=True) and (_name_said_ko().search(head) or _NAME_FIRST_KO.match(head)):
                # (run26) "data 로그에 에러 찍히는데 봐줄 수 있어?": no paste — the asker's own words about data, then a
                # look that names nothing (it read `docker ps`, data dropped)
                continue
            return res
    return None


# (lead32c) a host port a pasted error names: an address's port ("0.0.0.0:8080") or the word port before it
_PORT_PASTED = re.compile(r"(?i)(?:(?<=[\d\]]:)|(?<![\w])port\s+)(\d{1,5})(?!\d)")


def _paste_named(text: str, res: m.Command) -> m.Command:
    """(lead31b) The kind `paste`: a request read whole with words of a pasted error taken as its names ("exit code 137
    떴어요, cache 상태 좀 봐주세요" inspected exit, code, 137 and cache; "Killed\nKilled\nKilled — data 메모리 사용량 좀"
    asked the stats of Killed too; "2026-12-05T03:12:44Z panic: runtime error\nweb 상태 확인 부탁"): the request after
    the paste read alone (`_after_pasted_error`), when every name it acts on was read whole too and the whole read
    names more — the paste's words never become targets. `res` otherwise (a request that named only its own)."""
    if isinstance(res, (m.Help, m.Prohibition)) or not _error_said().search(text):
        return res
    said = m.names_of(res, images=True)
    if not said:
        return res
    alone = _after_pasted_error(text)
    if alone is None or type(alone) is not type(res) and not isinstance(res, m.Sequence):
        return res
    own = m.names_of(alone, images=True)
    return alone if own and set(own) < set(said) else res


# (lead29) a head that begins with one ASCII name and then the asker's Korean ("data 에러 찍히는데 봐줄 수 있어?"): no paste
_NAME_FIRST_KO = re.compile(r"[a-z0-9][a-z0-9_.-]*\s+[\uac00-\ud7a3]")


def _asked_in_head(head: str) -> bool:
    """(lead27) Whether a clause of an English head before a request (cut at its commas, quotes aside) reads alone as a
    write — a request of the asker's own ("restart db, my job failed, also remove web" dropped the restart as a pasted
    error's text)."""
    from bot.language.parse_natural import reads_only

    for clause in _QUOTED_PARTS.sub(" ", head).split(","):
        if clause.strip():
            res = _parse(clause.strip(), detail=False)
            if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) and not reads_only(res):
                return True
    return False


@lru_cache(maxsize=1)
def _name_said_ko() -> re.Pattern[str]:
    """(run26) An ASCII name said in the asker's own Korean: a particle glued to it ("web이", "data에서") or a noun of what
    a container has right after it ("data 로그에", "cache 상태"): grammar/lexicon.txt `name_said_particle_ko`,
    `name_said_noun_ko` — never an error's English before a Korean verb ("port is already allocated 이래요")."""
    particles = "|".join(map(re.escape, sorted(grammar.words("name_said_particle_ko"), key=len, reverse=True)))
    nouns = "|".join(map(re.escape, sorted(grammar.words("name_said_noun_ko"), key=len, reverse=True)))
    return re.compile(r"(?<![\w.-])[a-z0-9][a-z0-9_.-]*(?:(?:" + particles + r")(?![\uac00-\ud7a3])|\s+(?:" + nouns + r"))")


_EN_CLAUSE_CUT = re.compile(r"(?<=[,:;])\s|\s[\u2014\u2013]\s|(?<=[A-Za-z])\s-\s(?=[A-Za-z])")  # (k15en) a spaced hyphen as a dash
_EN_CONTEXT_WORD = re.compile(r"[a-z][a-z'\-]*")
_EN_RAW_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[.,:;!?]?")


@lru_cache(maxsize=1)
def _polite_when_en() -> re.Pattern[str]:
    """grammar/lexicon.txt `polite_when_en` (`_` for a space): a courtesy said as a time ("when you have a sec")."""
    phrases = sorted((w.replace("_", " ") for w in grammar.words("polite_when_en")), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


@lru_cache(maxsize=1)
def _event_said_en() -> re.Pattern[str]:
    """A work event said with what the request is before or for (grammar/lexicon.txt `context_event_en` after one of
    `context_event_lead_en`, a determiner between at most): "before the deploy", "ahead of the release", "for the
    audit" — left out of a context segment as one unit (the event's word is the grammar's verb elsewhere: deploy)."""
    lead = "|".join(re.escape(w.replace("_", " ")) for w in grammar.words("context_event_lead_en"))
    events = "|".join(re.escape(w) for w in grammar.words("context_event_en"))
    determiners = "|".join(re.escape(w) for w in grammar.words("context_event_det_en"))
    # (f14en) a subject and its verb between ("before we cut the release", "while I run the migration")
    subject = "|".join(re.escape(w) for w in grammar.words("context_subject_en"))
    verb = "|".join(re.escape(w) for w in grammar.words("context_event_verb_en"))
    return re.compile(r"(?i)\b(?:" + lead + r")\s+(?:(?:" + subject + r")\s+(?:(?:" + verb + r")\s+)?)?(?:(?:"
                      + determiners + r")\s+)?(?:[a-z]+\s+)?(?:" + events + r")\b")


@lru_cache(maxsize=1)
def _event_timed_en() -> re.Pattern[str]:
    """(f14en) A work event of `_event_said_en` with its own time after it ("for the demo later today"), group `event`
    the event alone: grammar/lexicon.txt `context_event_time_en`."""
    return re.compile(r"(?i)(?P<event>" + _event_said_en().pattern[4:] + r")\s+(?:"
                      + grammar.alternation("context_event_time_en") + r")\b")


@lru_cache(maxsize=1)
def _context_units_en() -> re.Pattern[str]:
    """(f14en) The phrases of English context said as one unit: grammar/lexicon.txt `context_phrase_en` ("following up
    on", "as discussed"), a shortage (`context_short_en` then `context_resource_en`: "low on disk", "out of space")."""
    return re.compile(r"(?i)(?<![\w'-])(?:" + grammar.alternation("context_phrase_en") + r"|(?:"
                      + grammar.alternation("context_short_en") + r")\s+(?:" + grammar.alternation("context_resource_en")
                      + r"))(?![\w'-])")


def _emoji_word(word: str) -> bool:
    """(f14en) A word of emoji only ("👋", "🙏"): chat noise in a context clause (an emoji of no or doubt is a word of
    its own after normalize, never this)."""
    return bool(word) and not _EMOJI.sub("", word)


def _context_en_ok(segment: str) -> bool:
    """Whether an English `segment` said before the request (set off by a comma, colon or dash, or before
    a word of `request_opener_en`) is context that changes nothing (blind13): words only (no digit, name-like
    token, path or quote), none of `context_barred_en` (a condition, a time, a negation, a quantity: "if it fails",
    "after the deploy", "tomorrow", "not web", "all"), every word either unknown to the grammar, chat noise
    (natural.lark's filler), a word of a longer phrase that reads nothing alone, or a work event of
    `context_event_en` ("before the deploy", "ahead of the release"); and the segment alone is no command."""
    if not all(_EN_RAW_WORD.fullmatch(w) or _emoji_word(w) for w in segment.split()):
        return False  # an emoji said (":x:", "🤔": no, doubt), a name, a path, a number: never left out
    said = _event_said_en().sub(" ", _polite_when_en().sub(" ", _context_units_en().sub(" ", segment.lower())))
    words = [w.strip(".,:;!?()\"") for w in _EMOJI.sub(" ", said).split()]
    words = [w for w in words if w]
    if not words:
        return bool(segment.strip())  # "when you have a sec", "before the deploy": a courtesy or a work event only
    if len(words) > 10 or not all(_EN_CONTEXT_WORD.fullmatch(w) for w in words):
        return False
    barred, events, kws = grammar.words("context_barred_en"), grammar.words("context_event_en"), keywords()
    if not grammar.words("context_adopted_en") & set(words):
        barred = barred | grammar.words("context_reported_en")  # (props14) "someone said, please stop web": hearsay
    purpose = _purpose_en(words)
    # (lead21) what the speaker already looked at, told done ("i already checked the logs, so restart cache"): a read's
    # word there is what was read, never a request of its own
    told = not grammar.words("context_told_en").isdisjoint(words)
    for i, w in enumerate(words):
        if i in purpose:
            continue  # (f14en) "to unblock QA": a purpose before a verb that is no word of the grammar
        if w in barred:
            return False
        if w in kws and w not in events and _alone(w) not in ((), None) and not (
                told and set(_alone(w) or ()) <= _READ_PHRASES | {"v_show", "usage"}):
            return False
    alone = _parse(" ".join(words), detail=False)
    return (isinstance(alone, NotUnderstood) or _social(" ".join(words), "en") is not None  # "hey team" greets
            or _event_shipped_en(words))  # (f22a) "release shipped" (read alone, an unpause of `shipped`)


@lru_cache(maxsize=1)
def _event_version_en() -> re.Pattern[str]:
    """(f22a) A work event of grammar/lexicon.txt `context_event_en` said with its version ("Release 4.2 is out", "the v2.3.1
    deploy"… after the word only): the version is the event's own, never a name or a count of the request."""
    events = "|".join(re.escape(w) for w in grammar.words("context_event_en"))
    return re.compile(r"(?i)\b(?P<event>" + events + r")\s+v?\d+(?:\.\d+){1,3}(?![\w.\-:/])")


def _event_shipped_en(words: list[str]) -> bool:
    """(f22a) Whether context words only tell a work event shipped ("release shipped", "the release is out", "deploy is
    live"): a determiner, the event of `context_event_en`, then only words of `context_event_done_en` and
    `context_event_be_en`, one of the first."""
    while words and words[0] in grammar.words("context_event_det_en"):
        words = words[1:]
    done, be = grammar.words("context_event_done_en"), grammar.words("context_event_be_en")
    return (len(words) >= 2 and words[0] in grammar.words("context_event_en") and set(words[1:]) <= done | be
            and not done.isdisjoint(words[1:]))


@lru_cache(maxsize=1)
def _what_it_says() -> re.Pattern[str]:
    return re.compile(r"(?i)^what\s+(?:does|do)\s+(?P<what>.+?)\s+(?:" + grammar.alternation("what_it_says_en")
                      + r")\s*[?.!]*$")


def _what_it_says_en(text: str) -> m.Command | None:
    """(f22a) A read's words asked what they say ("What does the pgdata volume's metadata say?", "what does web's config
    say", "what do the logs of cache say"): shown — the rest read after "show" must be a read only, never a write, and
    name no word of grammar/lexicon.txt `what_it_says_en` itself (it read `say` as one more volume). None otherwise."""
    from bot.language.parse_natural import reads_only

    mt = _what_it_says().match(text.strip())
    if mt is None or _shell_meta(text) or negated(text):
        return None
    res = _parse("show " + mt["what"], detail=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) and reads_only(res):
        return res
    return None


def _event_told_done_en(words: list[str]) -> bool:
    """(f22b) Whether context words tell a work event done, the event its subject ("deploy is done", "the deploy's
    done", "release finished"): a word of `context_event_en` first (after a determiner), a word of `context_told_en`
    after it, no subject of the speaker's (`context_subject_en`: "I already did" tells what the speaker did, the
    request after it may be what was done). The request after it is asked, opener or not."""
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    while words and words[0] in grammar.words("context_event_det_en"):
        words = words[1:]
    return (len(words) >= 2 and words[0] in grammar.words("context_event_en")
            and not grammar.words("context_told_en").isdisjoint(words[1:])
            and grammar.words("context_subject_en").isdisjoint(words))


def _context_names_one(context: str, res: m.Command) -> m.Command:
    """(break7) A stats said with no name after English context that says a word which may be a name ("cache oom,
    stats", "web slow. stats": every container's stats planned, the one said dropped): that word carries as
    `addressed` — the pipeline refuses it when it is a container on the engine, never all of them read instead."""
    if not (isinstance(res, m.Stats) and not res.targets):
        return res
    common = keywords() | grammar.words("greeting") | grammar.words("thanks") | grammar.words("courtesy_word")
    for w in context.split():
        w = w.strip(".,:;!?")
        if w and w.lower() not in common and re.fullmatch(r"[A-Za-z0-9][\w.\-]*", w):
            return replace(res, addressed=w)
    return res


def _announced(rest: str) -> bool:
    """(f14en) Whether `rest` begins with a word of the grammar said in -ing ("restarting web", "removing db"): what is
    being done, announced — never a request left after a context."""
    words = [w.lower().strip(".,:;!?") for w in rest.split()]
    while words[1:] and words[0] in grammar.words("context_told_then_en"):
        words = words[1:]  # (f17en) "the deploy finished, now restarting web": announced after the turn too
    first = (words or [""])[0]
    return first.endswith("ing") and first in keywords()


def _intent_cut(context: str, rest: str) -> bool:
    """(w2fix) Whether a cut falls between the speaker and their intention ("I | will restart web", "we | will stop
    cache"): `context` ends with a subject of grammar/lexicon.txt `intent_subject_en` and `rest` begins with the first
    word of a phrase of `intent_said_en` — told, never context before a request opened with "will". (brk25) So is a
    subject of `modal_subject_en` before a modal of `modal_told_en` ("i | could restart web"): told too."""
    said = context.lower().split()
    first = (rest.lower().split() or [""])[0]
    if said and said[-1].strip(".,:;!?") in grammar.words("modal_subject_en") and first in grammar.words("modal_told_en"):
        return True  # (brk25) "i | could restart web", "someone | could kill web": a possibility told
    return bool(said) and said[-1].strip(".,:;!?") in grammar.words("intent_subject_en") and first in {
        w.split("_")[0] for w in grammar.words("intent_said_en")}


def _purpose_en(words: list[str]) -> set[int]:
    """(f14en) The places of the words of grammar/lexicon.txt `context_purpose_en` ("to", "in order to") said right
    before a word the grammar does not know ("to unblock QA", "in order to free some room"): a purpose, no place."""
    out: set[int] = set()
    kws = keywords()
    for phrase in grammar.words("context_purpose_en"):
        said = phrase.split("_")
        n = len(said)
        for i in range(len(words) - n):
            if words[i:i + n] == said and words[i + n] not in kws:
                out.update(range(i, i + n))
    return out


def _event_named_for(text: str, res: m.Command) -> bool:
    """(f22c) Whether `res` names a work event of grammar/lexicon.txt `context_event_en` said first after "for" (perhaps a
    determiner of `context_event_det_en`) and set off by a colon or a comma, or said first as a label with a colon — "for
    the demo: show the network list" read the demo as the network's name: context, never a name."""
    events = grammar.words("context_event_en")
    import dataclasses

    said = {*m.names_of(res, images=True), *(v for f in dataclasses.fields(res) if isinstance(v := getattr(res, f.name), str))}
    named = [n.rstrip(":") for n in said if n.lower().rstrip(":") in events]  # "audit:" read as an image
    dets = grammar.alternation("context_event_det_en")
    return any(re.match(r"(?i)\s*for\s+(?:(?:" + dets + r")\s+)?" + re.escape(n) + r"\s*[:,]\s", text)
               or re.match(r"(?i)\s*" + re.escape(n) + r":\s", text) for n in named)  # "demo: show …", a label


def _without_context_en(text: str) -> m.Command | None:
    """"for the audit, could you list every container, stopped ones included?", "before the deploy could you restart
    web real quick", "per the change request, please create volume cr-42" (blind13): English context said before the
    request (`_context_en_ok`) is left out when the request then reads whole (never help, a prohibition, a question
    or a partial reading); None otherwise. Words after the request are never left out (they may take it back)."""
    if _shell_meta(text) or negated(text):
        return None
    cuts = [mt.start() for mt in _EN_CLAUSE_CUT.finditer(text)]
    openers = grammar.words("request_opener_en")
    cuts += [mt.start() for mt in re.finditer(r"(?<=\s)\S+", text) if mt.group().lower() in openers]
    turns = grammar.words("context_turn_en")
    cuts += [mt.start() for mt in re.finditer(r"(?<=\s)\S+", text) if mt.group().lower() in turns]
    # (f22a) a sentence begun with a capital after its period was dropped by normalize ("Release shipped. Create a network
    # called sprint22"): a word of the grammar said capitalized inside the text — only after a work event told shipped or
    # done ("Please flibber web. Restart cache" is no context: an order not read)
    kws = keywords()
    capital = {mt.start() for mt in re.finditer(r"(?<=[a-z!?.]\s)[A-Z][a-z]+(?=\s)", text)
               if mt.group().lower() in kws} - set(cuts)
    cuts += sorted(capital)
    tried: set[tuple[str, str]] = set()
    for cut in sorted(set(cuts)):
        # only before the request: words after it may take it back ("delete db — scratch that", "remove web, ok?",
        # "stop web, I mean cache too") and are never left out
        context, rest = text[:cut].strip(" ,:;\u2014\u2013"), text[cut:].strip(" ,:;\u2014\u2013")
        rest = re.sub(r"^-\s+", "", rest)  # (k15en) after a spaced hyphen (`_EN_CLAUSE_CUT`)
        if (rest.split() or [""])[0].lower() in turns:
            rest = rest.split(None, 1)[1] if len(rest.split()) > 1 else ""  # (f17en) "web is fine but show cache logs"
        if not all(_EN_RAW_WORD.fullmatch(w) or _emoji_word(w) for w in _event_version_en().sub(r"\g<event>", text[:cut]).split()):
            continue  # an emoji said (":x:", "🤔": no, doubt), a name, a path, a number: never left out
        context = _event_version_en().sub(r"\g<event>", context)  # (f22a) "Release 4.2 is out, …": the release's own
        if re.search(r"(?i)\bnow\b", rest):  # (f14en) "for the demo later today, please run … now": the demo's time
            context = _event_timed_en().sub(lambda mt: mt.group("event"), context)
        if not context or not rest or (context, rest) in tried or not _context_en_ok(context):
            continue
        if _announced(rest):
            continue  # (f14en) "as discussed: restarting web" tells what is being done, never asks
        if re.match(r"""(?i)["']\s*docker\s""", rest):
            continue  # (safe34en) "this is what broke prod: ```docker rm -f data```": a command told of, never left
            # alone as the request (asked to run, it is `_quoted_docker`'s: "run this pls: …")
        if _intent_cut(context, rest):
            continue  # (w2fix) "I will restart web": "will" is the speaker's own, never an opener after context "I"
        said = [w.strip(".,:;!?").lower() for w in context.split()]
        if (not grammar.words("context_told_en").isdisjoint(said)
                and (rest.split() or [""])[0].lower() not in openers | grammar.words("context_told_then_en")
                and not _event_told_done_en(said)):
            continue  # "I already did: run …" tells what was done; "migration finished, please delete …" asks
        if cut in capital and not (_event_shipped_en(said) or _event_told_done_en(said)):
            continue  # (f22a) a capital alone sets off only a work event told shipped or done
        tried.add((context, rest))
        res = _parse(rest, detail=False)
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            if len(_plural_names(res)) > 1:  # (k16en) "i pushed a fix, please restart web so it picks it up": context
                res = _context_names_nothing(rest, res)  # after the request too, never a name
            return _context_names_one(context, res)
    for rest in [text, *(r for _, r in sorted(tried, key=lambda cr: len(cr[0])))]:
        for before in _trailing_cuts(rest):  # (f14en) context said after the request too
            if re.match(r"(?i)(?:" + grammar.alternation("purpose_lead_en") + r")\s", before):
                continue  # (lead17) "to remove db, what do i need?": a purpose before a question, never the request
            res = _parse(before, detail=False)
            if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
                from bot.language.parse_natural import reads_only

                tail = rest[len(before):]
                if (_event_said_en().search(tail) and not reads_only(res) and re.search(
                        r"(?i)\b(?:" + grammar.alternation("context_event_time_lead_en") + r")\b", tail)):
                    continue  # "remove cache b4 the deploy": a write said with an event after it may be a time
                return res
    return None


_QUOTED_SPAN = re.compile(r"`[^`]*`|\"[^\"]*\"")
_HEAD_CUT = re.compile(r"[,:;]\s|\s[\u2014\u2013]\s")
# the read verbs a clause before the request may say ("legal wants the details of the db container, …")
_READ_PHRASES = frozenset({"v_inspect", "v_logs", "v_ps", "v_top", "v_stats", "v_port", "v_images"})


@lru_cache(maxsize=1)
def _antecedent_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(f14en) A name said with its kind ("the db container"), a name after a preposition ("from my-nginx", "of the
    db container"), a kind said with a or an ("a scratch volume"), a thing told unneeded (grammar/lexicon.txt
    `antecedent_*`)."""
    kinds = grammar.alternation("antecedent_kind_en")
    preps = grammar.alternation("antecedent_prep_en")
    name = r"(?P<name>[A-Za-z0-9][\w.\-/]*(?::[\w.\-]+)?)"
    return (re.compile(r"(?i)(?<![\w'-])(?:the\s+)?" + name + r"\s+(?P<kind>" + kinds + r")(?![\w'-])"),
            re.compile(r"(?i)(?<![\w'-])(?:" + preps + r")\s+(?:the\s+)?" + name + r"(?=[\s,.;:!?]|$)"),
            re.compile(r"(?i)(?<![\w'-])an?\s+(?:[a-z\-]+\s+)?(?P<kind>" + kinds + r")(?![\w'-])"),
            re.compile(r"(?i)(?:(?:is|are|'s)\s+)?(?:" + grammar.alternation("antecedent_unneeded_en") + r")"))


def _antecedent_en(text: str) -> m.Command | None:
    """(f14en) "the busybox image is no longer needed, please delete it", "legal wants the details of the db container,
    could you pull up its inspect output", "seeing `upstream timed out` from my-nginx, show me its last 40 log lines",
    "we need a scratch volume for the migration, please create one named mig-scratch": a clause before the request
    names one thing (a name with its kind or after a preposition, or a kind said with a), and the request says it, its
    or one — the request read with the thing in their place. The clause holds words only besides it (a pasted error in
    quotes aside), none of grammar/lexicon.txt `antecedent_barred_en` (a thing told unneeded is no ban) and no verb of
    a write; the request says one pronoun and reads whole. None otherwise: the clause never supplies a verb."""
    masked = _QUOTED_SPAN.sub(lambda mt: "\x00" * len(mt.group()), text)
    if _shell_meta(masked.replace("\x00", " ")):
        return None
    named, prep_named, a_kind, unneeded = _antecedent_patterns()
    pronouns = grammar.words("antecedent_pronoun_en")
    kws = keywords()
    from bot.language.normalize import normalize

    for cut in _HEAD_CUT.finditer(masked):
        head, rest = masked[:cut.start()].replace("\x00", " "), text[cut.end():].strip()
        said = [w for w in re.findall(r"[A-Za-z']+", rest) if w.lower() in pronouns]
        if len(said) != 1 or not rest:
            continue
        head = unneeded.sub(" ", head)
        names: dict[str, str] = {}
        for mt in named.finditer(head):
            if mt.group("name").lower() not in kws and not re.search(r"(?i)\ban?\s+$", head[:mt.start()]):
                names.setdefault(mt.group("name"), mt.group("kind").lower())
        for mt in prep_named.finditer(head):
            if mt.group("name").lower() not in kws:
                names.setdefault(mt.group("name"), "")
        kinds = {mt.group("kind").lower() for mt in a_kind.finditer(head)}
        pronoun = said[0].lower()
        if pronoun == "one":
            if names or len(kinds) != 1:
                continue
            thing = "a " + next(iter(kinds))
            rest_head = a_kind.sub(" ", head)
        else:
            if len(names) != 1 or kinds:
                continue
            name, kind = next(iter(names.items()))
            thing = f"the {name} {kind}" if kind else name
            rest_head = prep_named.sub(" ", named.sub(" ", head))
        words = [w.strip(".,:;!?()").lower() for w in _EMOJI.sub(" ", rest_head).split()]
        words = [w for w in words if w]
        if not all(_EN_CONTEXT_WORD.fullmatch(w) for w in words) or len(words) > 10:
            continue
        if not grammar.words("antecedent_barred_en").isdisjoint(words):
            continue
        if any(p.startswith("v_") and p not in _READ_PHRASES for w in words for p in (_alone(w) or ())):
            continue  # "security asked us to detach data from backend": a verb in the clause is never supplied
        replaced = re.sub(r"(?i)(?<![\w'-])" + re.escape(said[0]) + r"(?![\w'-])",
                          thing + "'s" if pronoun == "its" else thing, rest, count=1)
        res = _parse(normalize(replaced), detail=False)
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            return res
    return None


@lru_cache(maxsize=1)
def _adopt_pattern() -> re.Pattern[str]:
    """(f14en) WHO asked us to REQUEST, then a word of doing it (grammar/lexicon.txt `adopt_asked_en`, `adopt_do_en`);
    (f22r) or WHO says: REQUEST, and the taking up may be the ask alone, perhaps with a word of helping
    (`adopt_alone_en`: "…, could you help?", "… Could you?" — its full stop gone once normalized, the opener typed in
    capitals, `setting_opener_en`)."""
    alt = grammar.alternation
    you = r"(?:" + alt("adopt_you_en") + r")"
    close = r"(?:\s+(?:" + alt("adopt_close_en") + r"))?"
    return re.compile(r"(?i)(?P<who>[A-Za-z][A-Za-z' \-]*?)\s+(?:" + alt("adopt_asked_en") + r")(?:\s+(?:(?:"
                      + alt("adopt_whom_en") + r")\s+)?(?:" + alt("adopt_to_en") + r")\s+|\s*:\s+)(?P<req>.+?)\s*"
                      + r"(?:[,;:]|\s[\u2014\u2013-]|\s(?=(?-i:" + "|".join(sorted(grammar.words("setting_opener_en")))
                      + r")\s))\s*(?:(?:(?:" + alt("request_opener_en") + r")\s+(?:" + you + r"\s+)?)?(?:"
                      + alt("adopt_do_en") + r")\s+(?:" + alt("adopt_what_en") + r")" + close + r"|(?:"
                      + alt("request_opener_en") + r")\s+" + you + r"(?:\s+(?:" + alt("adopt_alone_en") + r"))?" + close
                      + r")\s*[.!?]*")


def _adopted_en(text: str) -> m.Command | None:
    """(f14en) "security asked us to detach data from backend, could you take care of that": a request someone made,
    told, then taken up ("take care of that", "handle it") — the request told, read whole; who asked is words only,
    none of grammar/lexicon.txt `antecedent_barred_en`. Never for a negation ("asked us not to …") or without the
    taking up ("security asked us to detach data" tells, never asks)."""
    mt = _adopt_pattern().fullmatch(text.strip())
    if mt is None or negated(text) or _shell_meta(text):
        return None
    who = [w.lower() for w in mt.group("who").split()]
    if len(who) > 5 or not grammar.words("antecedent_barred_en").isdisjoint(who):
        return None
    res = _parse(mt.group("req"), detail=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


@lru_cache(maxsize=1)
def _context_set_off() -> re.Pattern[str]:
    """(f14en) Where a context may be set off: a comma, colon, semicolon or dash, a word of grammar/lexicon.txt
    `context_trailing_lead_en` or `context_event_lead_en`."""
    return re.compile(r"(?i)[,:;]\s|\s[\u2014\u2013]\s|\s(?:" + grammar.alternation("context_trailing_lead_en") + "|"
                      + grammar.alternation("context_event_lead_en") + r")\s")


@lru_cache(maxsize=1)
def _stated() -> re.Pattern[str]:
    """(f14en) NAME is STATE, then the request (grammar/lexicon.txt `stated_be_en`)."""
    return re.compile(r"(?i)\s*(?P<name>[A-Za-z0-9][\w.\-]*)\s+(?:" + grammar.alternation("stated_be_en")
                      + r")\s+(?P<state>[A-Za-z][A-Za-z' \-]*?)\s*[,;:]\s+(?P<rest>.+)", re.S)


def _stated_then_asked(text: str) -> m.Command | None:
    """(f14en) "web2 is over, you can unpause data": a name stated in a state (words only, context by
    `_context_en_ok`), then the request — the request alone; None otherwise."""
    mt = _stated().fullmatch(text)
    if mt is None or negated(text) or not _context_en_ok(mt.group("state")):
        return None
    res = _parse(mt.group("rest"), detail=False)
    return res if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) else None


def _context_names_nothing(text: str, res: m.Command) -> m.Command:
    """(f14en) Context never supplies a name: "web is over, you can unpause data" read whole unpaused web too, "remove
    web, cache team is asking" removed cache, "could you restart cache before the sync?" restarted a container called
    sync. When the request read without its context (`_without_context_en`) is the same command on fewer of its
    names, that reading is meant; else `res` as read."""
    if not _context_set_off().search(text):
        return res
    first = re.match(r"\s*([\w.\-]+)\s*,", text)
    if first and first.group(1) in _plural_names(res):
        return res  # "web, cache crashed, restart them": a list of the names, no context
    alt = _without_context_en(text) or _stated_then_asked(text)
    if alt is None or type(alt) is not type(res) or not set(_plural_names(alt)) < set(_plural_names(res)):
        return res
    from bot.language.parse_natural import reads_only

    # none left: only a read of them all ("for the capacity review, would you mind posting a snapshot of resource
    # usage for all containers" read the review as two containers)
    return alt if _plural_names(alt) or reads_only(alt) else res


def _plural_names(res: m.Command) -> tuple[str, ...]:
    """The names of a command's plural fields: its containers (`targets`), or (lead21) the volumes, networks or images
    of a removal (`names`: "remove the backend network, we moved off it" read the word moved as a second network)."""
    n = m.named(res)
    return n.targets + n.names


def _report_back_dropped(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(f14en) "show web logs and post the output in the thread", "please run uptime inside web and paste the result
    here": the output asked here at the end is what every answer is — the request before it, when it reads whole
    (never a negated sentence); else `res`."""
    cut = next((mt.start() for mt in _report_back_en().finditer(text) if not text[mt.end():].strip(" .!?")), None)
    if cut is None or cut == 0 or negated(text):
        return res
    alt = _parse(text[:cut].rstrip(" ,;\u2014\u2013"), detail=False)
    return alt if isinstance(alt, m.Command) and not isinstance(alt, (m.Help, m.Prohibition)) else res


@lru_cache(maxsize=1)
def _report_back_en() -> re.Pattern[str]:
    """(f14en) A request to give the output here, which every answer is ("and paste the result here", "then post the
    output in the thread"): grammar/lexicon.txt `report_back_verb_en`, `report_back_what_en`."""
    alt = grammar.alternation
    return re.compile(r"(?i)(?:(?:" + alt("report_back_join_en") + r")\s+)?(?:" + alt("report_back_verb_en")
                      + r")\s+(?:(?:" + alt("report_back_det_en") + r")\s+)?(?:" + alt("report_back_what_en")
                      + r")(?:\s+(?:" + alt("report_back_where_en") + r"))?")


def _trailing_context_en_ok(tail: str) -> bool:
    """(f14en) Whether `tail`, said after the request, is context that changes nothing: the output asked here
    (`_report_back_en`), a work event ("before standup"), or words only, none of grammar/lexicon.txt
    `context_trailing_barred_en` (a condition, a time, a ban, a second request of the bot), which begin with a word of
    `context_trailing_lead_en` and a subject ("while we investigate", "so the other cluster can use it"), end saying
    who asks for it (`context_asked_by_en`: "the LB team is asking") or say it is a leftover (`context_about_en`: "it
    was a leftover from the test"); and the tail alone is no command."""
    said = tail.strip(" ,;:.!?\u2014\u2013")
    if not said:
        return False
    if (_report_back_en().fullmatch(said) or _event_said_en().fullmatch(said)
            or said.lower() in grammar.words("context_trailing_word_en")
            or report_when_done().fullmatch(said)  # (k15en) "…, confirm when done"
            or said.lower().replace(" ", "_") in grammar.words("context_trailing_phrase_en")):  # (k15en) "as a stopgap"
        return True
    if not all(_EN_RAW_WORD.fullmatch(w) or _emoji_word(w) for w in said.split()):
        return False
    low = _event_said_en().sub(" ", _context_units_en().sub(" ", said.lower()))
    words = [w.strip(".,:;!?()\"") for w in _EMOJI.sub(" ", low).split()]
    words = [w for w in words if w]
    if not words or len(words) > 12 or grammar.words("context_trailing_barred_en").intersection(words):
        return False
    leads = [ld.split("_") for ld in grammar.words("context_trailing_lead_en")]
    subjects = grammar.words("context_subject_en") | grammar.words("context_trailing_subject_en")
    led = any(words[:len(ld)] == ld and len(words) > len(ld) and words[len(ld)] in subjects for ld in leads)
    core = words
    for obj in sorted((o.split("_") for o in grammar.words("context_trailing_object_en")), key=len, reverse=True):
        if len(core) > len(obj) and core[-len(obj):] == obj:
            core = core[:-len(obj)]
            break
    asked = core[-1] in grammar.words("context_asked_by_en") and len(core) > 1
    about = (words[0] in grammar.words("context_about_subject_en")
             and (words[0].endswith("'s") or (len(words) > 1 and words[1] in grammar.words("context_about_be_en")))
             and not grammar.words("context_about_en").isdisjoint(words))
    # (lead21) what the speakers did, told in a clause of its own with a subject first ("remove the backend network, we
    # moved off it", "delete the pgdata volume, we migrated"): never a correction or a call-off (`context_after_off_en`:
    # "remove web, i mean cache", "stop web, we need it")
    told = (words[0] in grammar.words("context_subject_en") and len(words) > 1
            and grammar.words("context_after_off_en").isdisjoint(words))
    if not (led or asked or about or told):
        return False
    kws = keywords()
    said_lead = {w for ld in leads for w in ld} | subjects
    for w in words:
        alone = _alone(w) if w in kws and w not in said_lead and w not in grammar.words("context_trailing_ok_en") else ()
        if alone is None or any(p.startswith("v_") for p in alone or ()):
            return False  # "run nginx so that it restarts on failure": an option's word, a verb — the request's own
    return isinstance(_parse(" ".join(words), detail=False), NotUnderstood)


def _trailing_cuts(text: str) -> list[str]:
    """(f14en) The request before a trailing context of `_trailing_context_en_ok`, the longest tail first: cut at a
    comma or dash, before a word of grammar/lexicon.txt `context_trailing_lead_en`, before a work event or the output
    asked here that end the text."""
    cuts = {mt.start() for mt in re.finditer(r",\s|\s[\u2014\u2013]\s", text)}
    leads = grammar.words("context_trailing_lead_en")
    cuts |= {mt.start() for mt in re.finditer(r"(?<=\s)[A-Za-z_]+", text) if mt.group().lower() in leads}
    for pattern in (_report_back_en(), _event_said_en(), report_when_done()):
        cuts |= {mt.start() for mt in pattern.finditer(text) if not text[mt.end():].strip(" .!?")}
    last = re.search(r"(?<=\s)[A-Za-z]+[\s.!?]*$", text)
    if last and last.group().strip(" .!?").lower() in grammar.words("context_trailing_word_en"):
        cuts.add(last.start())
    for phrase in grammar.words("context_trailing_phrase_en"):  # (f22a) "pause data until I say otherwise"
        said = re.search(r"(?i)(?<=\s)" + re.escape(phrase).replace("_", r"\s+") + r"[\s.!?]*$", text)
        if said:
            cuts.add(said.start())
    out = []
    for cut in sorted(cuts):
        before, tail = text[:cut].rstrip(" ,;\u2014\u2013"), text[cut:]
        if before and _trailing_context_en_ok(tail):
            out.append(before)
    return out


def _vented(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """A wish said plainly with a laugh or a sob ("web 죽이고 싶다 진짜 ㅋㅋ", "cache 다 날려버리고 싶네 ㅎㅎ", "web
    꺼버리고 싶네 ㅠㅠ"): venting or a
    joke, never a request — a write (or a write offered as a question) becomes a refusal that offers nothing
    (parse.vented). grammar/lexicon.txt `vent_wish` (the auxiliary 싶다), `vent_end` (its plain endings: a polite
    "싶어요 ㅋㅋ" stays a request) and `laughter`. A read is answered as said ("cache 상태 알고 싶다 ㅋㅋ")."""
    if not HANGUL.search(text):
        return res
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or isinstance(cmd, (m.Help, m.Prohibition)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(cmd):
        return res
    if not any(_laughter().fullmatch(w.strip(".,!?~^")) or _sob().fullmatch(w.strip(".,!?~^")) for w in text.split()):
        return res
    from bot.language import morph

    toks = [(t.form, t.tag) for t in morph.tokens(text)]
    wished = any(f in grammar.words("vent_wish") and t == "VX" and i + 1 < len(toks)
                 and toks[i + 1][0] in grammar.words("vent_end") and toks[i + 1][1] in ("EF", "ETN")
                 for i, (f, t) in enumerate(toks))
    if not wished:
        return res
    return NotUnderstood(text, "ko", Msg.of("parse.vented"))


def _not_that_but_ko(text: str) -> m.Command | None:
    """(lead28) Korean: a correction of what was offered before, then the request — "아니요 그거 말고 web 로그요", "그거 말고
    cache 재시작해줘": perhaps a no (grammar/lexicon.txt `not_that_no_ko`), a word that points back (`one_said_ko`),
    말고 (`instead_ko`'s first word, read by Kiwi), then the rest — read alone when it names what it acts on (never a help, a
    ban or a reading that names nothing: "그거 말고 다 지워" stays as it was); None otherwise."""
    from bot.language import morph

    words = text.split()
    if words and words[0].strip(",.") in grammar.words("not_that_no_ko"):
        words = words[1:]
    if len(words) < 3 or words[0] not in grammar.words("one_said_ko"):
        return None
    if morph.reading(words[1]).text.split()[:1] != list(grammar.lexicon()["instead_ko"][:1]):
        return None  # 말, read by Kiwi ("말고", "말구")
    rest = " ".join(words[2:]).strip(" ,")
    res = parse(rest, detail=False)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)) or not m.names_of(res, images=True):
        return None
    return res


def _described_name_ko(text: str) -> m.Command | None:
    """(lead28) Korean: a name said with what was done to it before it — a verb's adnominal of the past (grammar/lexicon.txt
    `described_etm_ko`: 재시작한, 띄운, 껐던), perhaps after a word of when (`described_when_ko`: 아까, 방금) — "아까
    재시작한 web 로그 좀", "어제 띄운 cache 상태 보여줘": which web, told; the rest read alone, when it is a read of that
    name; None otherwise (never a verb of the description run, never a write read past it)."""
    from bot.language.context_clause import analysed

    words = text.split()
    at = next((i for i, w in enumerate(words) if re.match(r"[a-z0-9][a-z0-9_.\-]*(?![A-Za-z])", w)), None)
    if at is None or at == 0 or at > 3:
        return None
    *when, said = words[:at]
    if any(w not in grammar.words("described_when_ko") for w in when):
        return None
    toks = analysed(said)
    if len(toks) < 2 or toks[-1][1] != "ETM" or toks[-1][0] not in grammar.words("described_etm_ko"):
        return None
    head = [t for t in toks[:-1] if t[1] != "EP"]
    if not (head[-1][1] == "VV" or (len(head) >= 2 and head[-1][1] in ("XSV", "XSA", "VV") and head[-2][1] == "NNG")):
        return None  # "실행 중인": a state (the copula), read by the grammar's own phrases
    name = re.match(r"[a-z0-9][a-z0-9_.\-]*", words[at])
    res = parse(" ".join(words[at:]), detail=False)
    from bot.language.parse_natural import reads_only

    if (not isinstance(res, m.Command) or not reads_only(res) or name is None
            or name.group() not in m.names_of(res, images=True)):
        return None  # a write: "일시정지했던 data 지워" (remove it, or lift the pause?) is never read past its description
    return res


def _antecedent_ko(text: str) -> m.Command | None:
    """(lead28) bot/language/antecedent_ko.py: "제 앱이 web 컨테이너에서 도는데 로그 좀 볼 수 있을까요?" — the request that
    names nothing, of the one thing the clause before it says."""
    from bot.language.antecedent_ko import antecedent

    return antecedent(text, lambda said: parse(said, detail=False), negated)


def _past_time_read_ko(text: str) -> m.Command | None:
    """(lead28) Korean: a read said with a time just past or of today (grammar/lexicon.txt `read_past_time_ko`: 아까, 방금
    전, 오늘) — "방금 전 cache 로그 10줄", "오늘 web 로그 다 보여줘": the read as said without it (the last lines are the
    latest; a log shows today's); None for anything but a read of logs, details, processes or usage, or when it does
    not read so."""
    from bot.language import morph
    from bot.language.parse_natural import reads_only

    words = text.split()
    times = grammar.words("read_past_time_ko")
    kept = [w for i, w in enumerate(words) if w not in times and not (
        w in grammar.words("read_past_time_after_ko") and i and words[i - 1] in times)]
    if len(kept) == len(words) or not kept:
        return None
    if not grammar.words("read_past_told_ko").isdisjoint(morph.reading(text).text.split()):
        return None  # "cache 로그 방금 봤어": what was done just now, told — never a read asked
    res = parse(" ".join(kept), detail=False)
    if not isinstance(res, (m.Logs, m.Inspect, m.Top, m.Stats)) or not reads_only(res):
        return None
    return res


def _two_reads_ko(text: str) -> m.Command | None:
    """(lead28) Korean: two reads joined by 이랑/하고/와 or a comma, each with its own amount ("web 로그 열 줄이랑 cache 로그
    열 줄", "web 로그 10줄하고 cache 로그 20줄 보여줘" — refused as two amounts): the two reads in order, each read alone
    (the joining particle, grammar/lexicon.txt `joined_read_link_ko`, left out of the first). None unless both read as a
    read of one thing."""
    from bot.language.parse_natural import reads_only

    words = text.split()
    links = sorted(grammar.words("joined_read_link_ko"), key=len, reverse=True)
    for i, w in enumerate(words[:-1]):
        head = w[:-1] if w.endswith(",") else next((w[:-len(k)] for k in links if w.endswith(k) and len(w) > len(k)), None)
        if not head or not re.search(r"[0-9\uac00-\ud7a3]$", head):
            continue
        left, right = parse(" ".join([*words[:i], head]), detail=False), parse(" ".join(words[i + 1:]), detail=False)
        steps = []
        for res in (left, right):
            if not isinstance(res, m.Command) or not reads_only(res) or isinstance(res, (m.Sequence, m.Help)) \
                    or len(m.names_of(res)) != 1:
                break
            steps.append(res)
        else:
            return m.Sequence(steps=tuple(steps), lang="ko")
    return None


def _placed_exec_ko(text: str) -> m.Command | NotUnderstood | None:
    """(lead28) Korean: a command for a container said with its container first and the place left unsaid or said with 에 —
    "data /tmp에서 ls -al" (data의 /tmp에서: -w /tmp), "web에 env 찍어 봐" (web에서 env): read with the
    particle a command in a container takes, taken only when that reads as an exec in that container (never a new one,
    never anything else). The program must be one of grammar/lexicon.txt `known_programs`."""
    words = text.split()
    mt = re.fullmatch(r"(?P<name>[a-z0-9][a-z0-9_.\-]*)(?P<p>[\uac00-\ud7a3]*)", words[0]) if len(words) > 2 else None
    if mt is None or not re.search(r"[a-z]", mt["name"]) or mt["name"] in keywords():
        return None
    name, particle = mt["name"], mt["p"]
    tries = []
    if not particle and re.fullmatch(r"/[\w./\-]*[\uac00-\ud7a3]+", words[1]):
        tries.append(" ".join([name + grammar.lexicon()["placed_exec_of_ko"][0], *words[1:]]))
    if particle in grammar.words("placed_exec_to_ko") and words[1].lower() in grammar.words("known_programs"):
        # bare, "alpine ls 실행" stays refused (an image?); the words after the program analysed only when it is one
        from bot.language import morph

        lemmas = morph.reading(" ".join(words[2:])).text.split()
        if lemmas and set(lemmas) <= grammar.words("placed_exec_verb_ko"):  # "web에 ping 보내": sent to web, never run in it
            tries.append(" ".join([name + grammar.lexicon()["placed_exec_in_ko"][0], *words[1:]]))
    result = _result_asked_ko(name, particle, words)
    if result is not None:
        res = parse(result[0], detail=False)
        # (ko33b) "data 컨테이너 df -h 결과 보여줘": the command's result asked, read as run there — exactly as typed
        if (isinstance(res, m.Exec) and res.target == name) or (
                isinstance(res, m.RunContainer) and res.image == name and not res.as_typed):
            if list(res.command) != result[1]:
                return None
            if not grammar.words("placed_exec_written_word").isdisjoint(w.lower() for w in result[1]):
                # (safe34ko) "cache 컨테이너 redis-cli flushall 결과 보여줘": the result of a command that writes,
                # asked — it ran flushall; asked back, never run on "show me the result"
                return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=res)
            return res  # the plan execs in the container of that name
        return None
    for said in tries:
        res = parse(said, detail=False)
        if (isinstance(res, m.Exec) and res.target == name) or (
                isinstance(res, m.RunContainer) and res.image == name and res.command and not res.as_typed):
            return res  # a run of the name's image with the command: the plan execs in the container of that name
    return None


def _program_sent_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(safe34ko) `res`, or parse.sent_program when a Korean removal (a step of one, or one offered) takes as its first
    target a program of grammar/lexicon.txt `known_programs` and the sentence says a verb of `sent_verb_ko` (날리다: "cache
    재시작 후에 redis-cli ping 날려봐" removed containers redis-cli and ping): the command line is sent, never removed."""
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if res.lang != "ko" or cmd is None:
        return res
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    removed = [s for s in steps if isinstance(s, m.Remove) and s.targets
               and s.targets[0].lower() in grammar.words("known_programs")]
    if not removed:
        return res
    from bot.language import morph

    if grammar.words("sent_verb_ko").isdisjoint(morph.reading(text).text.split()):
        return res
    said = " ".join(removed[0].targets)
    if (isinstance(cmd, m.Sequence) and cmd.steps[-1] is removed[0] and len(set(m.names_of(cmd.steps[0]))) == 1
            and all(not isinstance(s, m.THROWN_AWAY) for s in cmd.steps[:-1])
            and re.search(rf"(?<![\w.\-]){re.escape(said)}\s*[\uac00-\ud7a3]", text)):
        # "cache 재시작 후에 redis-cli ping 날려봐": sent in the one container of the step before — the steps, that exec
        # last; a command line that writes ("… redis-cli flushall 날려") asked back
        name = m.names_of(cmd.steps[0])[0]
        lex = grammar.lexicon()
        sent = parse(f"{name}{lex['placed_exec_in_ko'][0]} {said} {lex['placed_exec_run_ko'][0]}", detail=False)
        if ((isinstance(sent, m.Exec) and sent.target == name) or (isinstance(sent, m.RunContainer) and sent.image == name
                                                                    and not sent.as_typed)) and list(
                sent.command) == list(removed[0].targets):  # a run of the name's image: the plan execs in it
            sent_steps = m.Sequence(lang=cmd.lang, steps=(*cmd.steps[:-1], sent))
            if grammar.words("placed_exec_written_word").isdisjoint(w.lower() for w in sent.command):
                return sent_steps
            return NotUnderstood(text, "ko", Msg.of("parse.asked"), proposal=sent_steps)
    return NotUnderstood(text, "ko", Msg.of("parse.sent_program", words=said))


def _result_asked_ko(name: str, particle: str, words: list[str]) -> tuple[str, list[str]] | None:
    """(ko33b) A container (its kind word perhaps after it), a command line of a program of grammar/lexicon.txt
    `known_programs` typed in ASCII, then the result asked for (`placed_exec_result_ko` among the Hangul words after it):
    the sentence said with the place and the running it leaves unsaid ("data 컨테이너 df -h 결과 보여줘" -> "data에서 df
    -h 실행해서 결과 보여줘"), and the command's words; None otherwise."""
    rest = words[1:]
    if particle or not rest:
        return None
    if rest[0] in grammar.words("kind_container_said"):
        rest = rest[1:]
    cmd = []
    while rest and re.fullmatch(r"[A-Za-z0-9_./:=,@%+\-]+", rest[0]):
        cmd.append(rest.pop(0))
    if not cmd or cmd[0] not in grammar.words("known_programs") or not rest:
        return None
    if not any(w.startswith(r) for w in rest for r in grammar.words("placed_exec_result_ko")):
        return None
    lex = grammar.lexicon()
    said = " ".join([name + lex["placed_exec_in_ko"][0], *cmd, lex["placed_exec_run_ko"][0], *rest])
    return said, cmd


def _name_last_ko(text: str) -> m.Command | None:
    """(lead28) Korean: the one name said last, as an afterthought ("502 계속 뜸 my-nginx", "에러 계속 남 web"): read with it
    said first, taken only when that is a read of that one name (never a write on a name moved)."""
    from bot.language.parse_natural import reads_only

    words = text.split()
    if len(words) < 2 or not re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", words[-1]) or not re.search(r"[a-z]", words[-1]):
        return None
    name = words[-1]
    if name in keywords() or any(re.search(r"[A-Za-z]", w) for w in words[:-1]):
        return None
    res = parse(" ".join([name, *words[:-1]]), detail=False)
    if not isinstance(res, m.Command) or not reads_only(res) or set(m.names_of(res)) != {name}:
        return None
    return res


def _relayed_then_go_ahead_ko(text: str) -> m.Command | None:
    """(blind15) A teammate's request relayed, then the sender's own go-ahead (grammar/lexicon.txt `relayed_*`): "민수가
    cache 재시작해 달래요. 해주세요", "지영님이 db 켜 달라고 하셨는데 부탁드려요" — the request relayed, read whole without
    the teammate and the relaying words; None otherwise (hearsay alone, "민수가 cache 재시작해 달래요", stays told; a go-ahead
    in the past, "… 달래서 해줬어", is told too)."""
    import bot.language.morph as morph

    words = text.split()
    if negated(text) or _shell_meta(text):
        return None
    j = next((k for k, w in enumerate(words) if re.search(r"[A-Za-z0-9]", w)), None)
    if not j or not all(HANGUL.search(w) and not re.search(r"[A-Za-z0-9]", w) for w in words[:j]):
        return None
    if (morph.reading(" ".join(words[:j])).text.split() or [""])[-1] not in grammar.words("relayed_subject_ko"):
        return None
    k = next((k for k in range(j + 1, len(words))
              if not grammar.words("relayed_reported_ko").isdisjoint(morph.reading(" ".join(words[:k + 1])).text.split())),
             None)
    aux = tuple(grammar.words("relayed_aux_ko"))
    if k is None:
        return None
    quoting = tuple(grammar.words("relayed_quote_verb_ko"))
    i = k if words[k].startswith(aux) else k - 1 if words[k].startswith(quoting) and words[k - 1].startswith(aux) else None
    if i is None or "?" in " ".join(words[:i + 1]):
        return None  # "민수가 cache 재시작해 달래요?": whether they asked, asked
    tail = words[i + 1:]
    if tail and tail[0].startswith(quoting) and set(morph.reading(tail[0]).text.split()) <= grammar.words("relayed_quote_ko"):
        tail = tail[1:]  # "달라고 하셨는데 부탁드려요": the quoting verb
    if not tail or any(re.search(r"[A-Za-z0-9]", w) for w in tail):
        return None
    if not set(morph.reading(" ".join(tail)).text.split()) <= grammar.words("relayed_go_ahead_ko"):
        return None
    res = _parse(" ".join(words[j:i]), detail=False)
    return res if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)) else None


@lru_cache(maxsize=1)
def _event_noun_said_en() -> re.Pattern[str]:
    """(blind15) One of grammar/lexicon.txt `event_noun_lead_en`, a determiner of `event_noun_det_en`, then a word (group
    `word`): "after my deploy", "since the restart"."""
    return re.compile(r"(?i)\b(?:" + grammar.alternation("event_noun_lead_en") + r")\s+(?:(?:"
                      + grammar.alternation("event_noun_det_en") + r")\s+(?P<word>[a-z]+)\b"
                      # (breaker34) … or no determiner, the noun's "of" after it: "show logs after restart of web"
                      + r"|(?P<bare>[a-z]+)\s+of\b)")


def _event_noun_en(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(blind15) A verb of gorae's said as a noun after a time word and a determiner ("web seems broken after my
    deploy", "web is slow after the restart", "cache crashed after our release"): an event that happened, never a
    request — it planned `docker start web`, `docker restart web`, `docker run -d our`. The text without the phrase is
    read: a read (a complaint: its status and last lines) is the answer, whether the whole was read or not; otherwise a
    write read or proposed is refused (parse.event_noun). Any other text: `res`."""
    if res.lang != "en":
        return res
    said = [mt for mt in _event_noun_said_en().finditer(text)
            if any(p.startswith("v_") for p in _alone(mt.group("word") or mt.group("bare")) or ())]
    if not said:
        return res
    from bot.language.parse_natural import reads_only

    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is not None and (isinstance(cmd, (m.Help, m.Prohibition)) or reads_only(cmd)):
        return res
    rest = text
    for mt in reversed(said):
        rest = rest[:mt.start()] + " " + rest[mt.end():]
    alt = _parse(" ".join(rest.split()), detail=False)
    if isinstance(alt, m.Command) and not isinstance(alt, (m.Help, m.Prohibition)) and reads_only(alt):
        return alt  # "my-nginx seems broken since the update": the complaint's reads (it was not read at all)
    if cmd is None:
        return res
    return NotUnderstood(text, "en", Msg.of("parse.event_noun", said=said[0].group(), word=said[0].group("word")))


def _concept_asked_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(session 13, fresh15) What a kind of thing IS, asked in Korean: a listing read from a common noun said as the
    subject (JKS 이/가), then the pronoun of grammar/lexicon.txt `concept_what_ko` (뭐) and the copula right after it,
    then only endings ("볼륨이 뭐야?", "컨테이너가 뭐예요?", "네트워크가 뭔데") — the concept asked (parse.concept), never
    the listing (it planned `docker volume ls`). By Kiwi's analysis kept by text (context_clause `analysed`);
    "볼륨 뭐 있어?" (a verb of having) and "볼륨 뭐야" (no subject) still list."""
    if not isinstance(res, (m.ListContainers, m.ListImages, m.VolumeList, m.NetworkList)) or not HANGUL.search(text):
        return res
    from bot.language.context_clause import analysed

    toks = analysed(text)
    if (len(toks) >= 5 and toks[0][1] == "NNG" and toks[1][1] == "JKS" and toks[2][1] == "NP"
            and toks[2][0] in grammar.words("concept_what_ko") and toks[3][1] == "VCP"
            and all(t in ("EF", "SF", "EC") for _, t in toks[4:])):
        return NotUnderstood(text, "ko", Msg.of("parse.concept", noun=toks[0][0]))
    return res


def _wish_asked(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(break6) A wish said of the request (-면 좋겠다, natural.lark's filler "~면 좋") ASKED: "web 지우면 좋겠어?",
    "web 재시작하면 좋겠어요?", "cache 꺼주면 좋겠니" — whether it would be good is a question, never the request (it
    removed web). By morphemes: the adjective of grammar/lexicon.txt `wish_good` (좋다) after -면, then only endings
    (its -겠-), closed by a typed "?" or by an ending of `wish_asked_end` (니: Kiwi calls it a connective there). A
    write (or a write offered) becomes the question refusal (parse.question), nothing offered; a read is answered."""
    if not HANGUL.search(text):
        return res
    cmd = res.proposal if isinstance(res, NotUnderstood) else res
    if cmd is None or isinstance(cmd, (m.Help, m.Prohibition)):
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(cmd):
        return res
    from bot.language.context_clause import analysed

    # Kiwi's analysis kept by text (context_clause `analysed`, as morph `reading`): asked of every Korean write,
    # it was a fresh analysis each time (bench item 6: ~20 % of a Korean explain)
    toks = analysed(text)
    for i, (f, t) in enumerate(toks):
        if t != "VA" or f not in grammar.words("wish_good") or i == 0 or toks[i - 1][1] != "EC":
            continue
        tail = toks[i + 1:]
        guess = grammar.lexicon()["wish_guess"]
        if len(tail) > len(guess) and tail[0][1] == "ETM" and tuple(ff for ff, _ in tail[1:len(guess) + 1]) == guess:
            tail = tail[len(guess) + 1:]  # (ctxko23) guessed: "web 지우면 좋을 것 같아?" asks it too
        if not tail or not all(tt in ("EP", "EF", "EC", "SF") for _, tt in tail):
            continue
        if any(ff == "?" for ff, _ in tail) or tail[-1][0] in grammar.words("wish_asked_end"):
            return NotUnderstood(text, "ko", Msg.of("parse.question"))
    return res


def _reason_after_ko(text: str, whole: m.Command | NotUnderstood) -> m.Command | NotUnderstood | None:
    """(lead17) Korean: the request alone when a clause after it tells why (bot/language/context_clause.py
    `reason_after`: "web 삭제해줘 cache에 다 있어" removed cache too, "my-nginx 지워줘 이제 안 쓰거든" was refused); a
    refusal when the clause ends as a reason but says a write of its own and `whole` read it as a step or a target ("web
    재시작해줘 cache 지울 거라서" planned `docker rm cache` too); None when there is no such clause or the request does not
    read whole as one command."""
    from bot.language import context_clause

    said = context_clause.reason_after(text)
    if said is None or _shell_meta(text):
        return None
    if not said[2]:
        if isinstance(whole, NotUnderstood):
            return None
        steps = whole.steps if isinstance(whole, m.Sequence) else (whole,)
        return NotUnderstood(text, "ko", Msg.of("parse.two_verbs", verbs=", ".join(type(s).__name__ for s in steps)))
    res = parse(said[0], detail=False)
    if (isinstance(res, m.Inspect) and isinstance(whole, m.Sequence) and len(whole.steps) == 2
            and isinstance(whole.steps[0], m.Inspect) and isinstance(whole.steps[1], m.Logs)
            and whole.steps[0].target == whole.steps[1].target == res.target):
        return whole  # (inc21) "cache 좀 봐줘 이상해": the look asked, then the complaint — its status and recent logs
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


def _guess_then_asked_ko(text: str) -> m.Command | None:
    """(lead32a) Korean: a guess said first (grammar/lexicon.txt `guess_ko`: 아마), then a request that closes the
    sentence after the guess's predicate (`guess_said_ko`: 것 같은데 / 듯, then an auxiliary of asking or 부탁:
    `reason_after_request_aux`, `reason_after_request_noun`): the sentence without the guess word; None when no request
    follows the guess ("아마 web 재시작하면 될 것 같은데" asks nothing) or it does not read whole as one command."""
    words = text.split()
    if not words or words[0] not in grammar.words("guess_ko") or _shell_meta(text):
        return None
    from bot.language.context_clause import analysed

    toks = analysed(text)
    said = [i for i, (f, t) in enumerate(toks) if f in grammar.words("guess_said_ko") and t in ("VA", "NNB")]
    after = toks[said[-1] + 1:] if said else ()
    asks = grammar.words("reason_after_request_aux")
    if not any((t == "VX" and f in asks) or f in grammar.words("reason_after_request_noun") for f, t in after):
        return None
    res = parse(" ".join(words[1:]), detail=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
        return res
    return None


def _asked_then_reason_ko(text: str) -> m.Command | None:
    """(lead32a) Korean: a request asked as a question, then its reason in a sentence of its own
    (bot/language/context_clause.py `asked_then_reason`: "이미지 목록 볼 수 있을까요? 처음이라서요"): the request alone,
    when it reads whole as one command; None otherwise."""
    from bot.language import context_clause

    said = context_clause.asked_then_reason(text)
    if said is None or _shell_meta(text) or negated(said[0]):
        return None
    res = parse(said[0], detail=False)
    if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition, m.Sequence)):
        return res
    return None


def _question_then_read(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(pre33) A question of a thing's state, then a read of the same thing in a sentence of its own ("is web up? also
    show me its last 10 log lines", "web 살아있어? 로그 10줄도 보여줘"): both are asked — the question's read, then the
    read (the question was dropped: only the logs were planned). Only reads; `res` otherwise."""
    from bot.language.parse_natural import reads_only

    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Sequence)) or not reads_only(res):
        return res
    if res.lang == "en" and "?" not in text:
        # the question mark is gone once normalized: the second sentence begins with a word of grammar/lexicon.txt
        # `also_en` ("is web up also show me its logs")
        words = text.split()
        at = next((i for i, w in enumerate(words) if i > 1 and w.lower() in grammar.words("also_en")), None)
        if at is None or at + 1 >= len(words):
            return res
        head = " ".join(words[:at])
    elif text.count("?") == 1:
        head, _, tail = text.partition("?")
        if not tail.strip() or not head.strip():
            return res
        head += "?"
    else:
        return res
    asked = parse(head.strip(), detail=False)
    if (not isinstance(asked, m.Command) or isinstance(asked, (m.Help, m.Sequence)) or not reads_only(asked) or asked == res
            or type(asked) is type(res) or not m.names_of(asked) or m.names_of(asked) != m.names_of(res)):
        return res
    return m.Sequence(steps=(asked, res), lang=res.lang)


def _list_of_kind(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(f23a) A bare list asked right after a step on volumes, networks or images ("backup23 볼륨 만들고 목록 보여줘",
    "create volume backup23 and show the list", "redis 이미지 받고 목록 보여줘"): that kind's list, never `docker ps` —
    unless a word of containers is said anywhere (grammar/lexicon.txt `list_of_kind_not`: "볼륨 만들고 컨테이너 목록")."""
    if not isinstance(res, m.Sequence) or not any(
            type(s) is m.ListContainers and s == m.ListContainers(lang=s.lang) for s in res.steps[1:]):
        return res
    lex = grammar.lexicon()
    def said(role: str) -> bool:
        words = "|".join(re.escape(w.replace("_", " ")) for w in lex[role])
        return re.search(r"(?i)(?<![A-Za-z0-9])(?:" + words + r")(?![A-Za-z0-9])", text) is not None
    if not said("list_of_kind_word") or said("list_of_kind_not"):
        return res
    kinds: tuple[tuple[tuple[type, ...], m.Command], ...] = (
        ((m.VolumeCreate, m.VolumeRemove, m.VolumeInspect), m.VolumeList(lang=res.lang)),
        ((m.NetworkCreate, m.NetworkRemove, m.NetworkInspect, m.NetworkConnect, m.NetworkDisconnect),
         m.NetworkList(lang=res.lang)),
        ((m.Pull, m.Push, m.Tag, m.RemoveImage, m.ImageInspect), m.ListImages(lang=res.lang)))
    steps = list(res.steps)
    for i in range(1, len(steps)):
        if type(steps[i]) is m.ListContainers and steps[i] == m.ListContainers(lang=steps[i].lang):
            listed = next((lst for types, lst in kinds if isinstance(steps[i - 1], types)), None)
            steps[i] = listed if listed is not None else steps[i]
    return replace(res, steps=tuple(steps))


def _same_read_once(res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(pre33) A read said twice in a row is one read: "backend 네트워크 구성이 궁금해서요, 상세 정보 보여주실 수 있나요?",
    "my-nginx inspect 해서 IP 알려줘" planned the same `docker network inspect` / `docker inspect` twice. Only the same
    step next to itself, and only a read (a write said twice is as said)."""
    if not isinstance(res, m.Sequence) or len(res.steps) < 2:
        return res
    steps: list[m.Command] = []
    for st in res.steps:
        if steps and st == steps[-1] and isinstance(st, READS):
            continue
        steps.append(st)
    if len(steps) == len(res.steps):
        return res
    return steps[0] if len(steps) == 1 else replace(res, steps=tuple(steps))


def _stated_apart_ko(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """(pre33) Korean: a word said in a first sentence of its own that only states it by the copula
    (bot/language/context_clause.py `stated_first`: "DBA입니다. …", "web이에요, …") is never a thing the request after it
    acts on — "DBA입니다. mysql 5.7 이미지 다시 당겨주세요" pulled `DBA`, "web입니다. cache 재시작해주세요" restarted web too.
    When `res` names it and the rest names things of its own (or the word is a role's acronym): the rest's reading once
    the sentence is left out as context (`_without_context`) when that names it no more, else parse.unused; `res`
    otherwise ("web이에요. 재시작해주세요": the thing stated is the one asked of)."""
    if not isinstance(res, m.Command) or res.lang != "ko" or isinstance(res, (m.Help, m.Prohibition)):
        return res
    from bot.language import context_clause

    word = context_clause.stated_first(text)
    if word is None or word not in m.names_of(res, images=True):
        return res
    after = text[text.find(word) + len(word):]
    if re.search(r"(?<![A-Za-z0-9_.\-])" + re.escape(word) + r"(?![A-Za-z0-9_\-])", after):
        return res  # "web이에요. web 재시작해주세요": the request says it again itself
    if not re.search(r"[A-Za-z0-9]", after) and not word.isupper():
        return res  # "web이에요. 재시작해주세요": the rest names nothing — the word stated is what it is of
    rest = _without_context(text, False)
    if rest is not None and word not in m.names_of(rest, images=True) and m.names_of(rest, images=True):
        return rest
    return NotUnderstood(text, "ko", Msg.of("parse.unused", words=f"`{word}`"))


def _without_context(text: str, detail: bool) -> m.Command | None:
    """"테스트 끝났으니 db 지워주세요", "web 재시작하고 알려줘": the request read whole once a reason or context
    clause around it is left out (bot/language/context_clause.py); None when no such reading."""
    from bot.language import context_clause
    from bot.language.parse_natural import COMPLAINT_TAIL

    if _shell_meta(text):
        return None  # "…; nginx 실행": a shell character refuses the sentence, whatever is around it

    if said := context_clause.complaint_said(text):  # "web 페이지 하얗게 나와요": its status and last log lines
        return m.Sequence(steps=(m.Inspect(said[0], lang="ko"), m.Logs(said[0], tail=COMPLAINT_TAIL, lang="ko")),
                          lang="ko")
    cuts = context_clause.cuts(text)
    for rest, clause in [*cuts, *context_clause.middles(text)]:
        res = parse(rest, detail=False)
        if (rest, clause) not in cuts and not (isinstance(res, m.Inspect) and context_clause.complains(clause)) \
                and not context_clause.after_matter(text, clause) and not context_clause.reason_middle(text, clause):
            continue  # a clause said between the name and the request: only a complaint before a look (or, lead28, what
            # was done of the matter said: "cache 재시작 건 승인되었으므로 진행 부탁드립니다")
        if isinstance(res, m.Command) and not isinstance(res, (m.Help, m.Prohibition)):
            from bot.language.morph import reading
            from bot.language.parse_natural import reads_only, soon_said_ko

            if clause and not m.names_of(res, images=True) and any(
                    w.startswith(tuple(h for h, _ in _name_loans())) for w in clause.split()):
                # (run26) "캐시 쪽이 좀 느린 것 같은데 확인 부탁드려요": the clause says a name in Hangul (캐시 = cache) and
                # the request names nothing — never the clause dropped (it read `docker ps`, cache lost)
                continue

            if not reads_only(res) and soon_said_ko(reading(text).text):
                return None  # (brk23) "좀 있다 cache 재시작해": 좀 있다 is a little later, never a clause left out
            if clause and not reads_only(res) and context_clause.hands_off(clause):
                continue  # (pre33) "아무것도 안 건드리고 web 재시작해줘": touch nothing, then a write — never run
            if isinstance(res, m.Inspect) and not res.more and clause and context_clause.complains(clause) \
                    and not context_clause.look_only(rest):
                # "사이트 안 열려요 web 좀 봐주세요": a look said after a complaint is the complaint's reading
                return m.Sequence(steps=(res, m.Logs(res.target, tail=COMPLAINT_TAIL, lang=res.lang)), lang=res.lang)
            return res
    return None


def _bare_shell(res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """A shell with no argument as the whole command ("web에서 bash 실행", "run sh in web", `docker exec web
    sh`, `docker run alpine /bin/bash`: grammar/lexicon.txt `shells`) is a terminal session, which a chat
    does not hold (it exits at once, or waits for a terminal): marked `interactive`, which plan refuses with
    one command to run instead (parse.interactive) — said or typed alike. `sh -c '…'` is a command."""
    if isinstance(res, NotUnderstood):
        if res.proposal is not None and _bare_shell(res.proposal) is not res.proposal:
            return replace(res, proposal=_bare_shell(res.proposal))  # type: ignore[arg-type]
        return res
    if isinstance(res, m.RunContainer) and res.detach and res.tty:
        return res  # `docker run -dit alpine sh`: a detached container whose shell a TTY keeps alive, no session
    if (isinstance(res, (m.RunContainer, m.Exec)) and len(res.command) == 1 and not res.interactive
            and re.sub(r"^(/usr)?/bin/", "", res.command[0]) in grammar.words("shells")):
        return replace(res, interactive=True)
    return res


# why a sentence with a colon glued to a word before a space did not read ("exec into data: cat /etc/hostname": the
# word and its colon read as a name; "new volume: cachedata": no verb read)
_COLON_MISREAD = frozenset({"parse.invalid_name", "parse.no_verb"})
_WORD_COLON = re.compile(r"(?<=[A-Za-z0-9_\-.]):(?=\s)")


def _colon_read(text: str, detail: bool) -> m.Command | None:
    """English: the sentence with the colon that ends a word before a space read as a comma — a pause in the
    sentence ("exec into data: cat /etc/hostname", "new volume: cachedata", "alpine one-off: CMD") — when there is
    one such colon and it is said before any command (the sentence did not read as typed), and the sentence then
    reads whole as a command; None otherwise."""
    colons = list(_WORD_COLON.finditer(text))
    if len(colons) != 1 or "\"" in text or "'" in text[:colons[0].start()]:
        return None
    res = _parse(text[:colons[0].start()] + "," + text[colons[0].end():], detail=False)  # a refusal here is dropped
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return res


def _state_right_ko(text: str) -> m.Command | None:
    """(f22b34) Korean: a state going on asked with "is it right that" (grammar/lexicon.txt `state_right_ko` then an ending
    of `state_right_end_ko`: "web 떠 있는 거 맞죠?", "고객 문의 때문에 그러는데 web 떠 있는 거 맞죠?"): read as the plain
    question (`state_right_as_ko`: "web 떠 있어?") — kept only as reads; None otherwise."""
    from bot.language.parse_natural import reads_only

    said = "|".join(r"\s*".join(map(re.escape, w.split("~"))) for w in grammar.words("state_right_ko"))
    ends = grammar.alternation("state_right_end_ko")
    asked = re.sub(rf"(?:{said})(?:{ends})\s*\?", grammar.lexicon()["state_right_as_ko"][0] + "?", text)
    if asked == text:
        return None
    got = parse(asked, detail=False)
    return got if isinstance(got, m.Command) and not isinstance(got, m.Help) and reads_only(got) else None


def _instead_last_en(text: str, res: m.Command) -> m.Command | None:
    """(f22b34) English: a ban said first (grammar/lexicon.txt `instead_ban_en`), a comma, then the request closed by
    `instead_last_en` ("don't restart web, restart cache instead"), which `res` read as one more name: the text read
    without that word — kept when it reads as a command of `res`'s kind on the same names but that one (or, that word
    its only name, on the names the ban said: "don't stop data, pause it instead"); None otherwise."""
    last = grammar.lexicon()["instead_last_en"][0]
    bans = grammar.alternation("instead_ban_en").replace("_", " ")
    mt = re.fullmatch(rf"(?i)\s*(?P<said>(?:{bans})\s+[^,;]+,\s+.+?)\s+{re.escape(last)}\s*[.!]*\s*", text)
    if mt is None:
        return None
    got = _parse(mt["said"], False)
    said = set(re.findall(r"[\w.\-]+", mt["said"]))
    if type(got) is not type(res) or not (m.names_of(got) == m.names_of(res)[:-1] or (
            len(m.names_of(res)) == 1 and m.names_of(got) and set(m.names_of(got)) <= said)):
        return None  # (the names but that word, or the one it said of: "don't stop data, pause it instead")
    return got


def _ban_but_en(text: str) -> m.Command | None:
    """(lead28) English: a ban on touching one thing, then "but" and the request ("don't touch web, but restart cache"): read
    as said with the comma alone ("do not touch web, restart cache", which reads: the ban spares web, the request runs on
    its own names — never on web); None unless the ban begins the text (grammar/lexicon.txt `ban_touch_en`) and the
    reading is a command."""
    mt = re.fullmatch(r"(?i)(?P<ban>(?:(?:" + grammar.alternation("ban_touch_en") + r")\s+)[^,;]+?)\s*,\s*(?:"
                      + grammar.alternation("ban_then_link_en") + r")\s+(?P<req>.+)", text.strip())
    if mt is None:
        return None
    res = _parse(f"{mt['ban']}, {mt['req']}", detail=False)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return res


def _age_asked(text: str) -> m.Command | None:
    """(lead27) English: a container's age asked — "how old is the data container", "how old is web?" (grammar/lexicon.txt
    `age_asked_en`, then one name, perhaps with its kind): its details (docker inspect: when it was created). None
    otherwise. (Said in the grammar, "old" would be a keyword: "tag mysql:5.7 as old" lost its new name.)"""
    said = re.fullmatch(r"(?i)\s*(?P<lead>" + grammar.alternation("age_asked_en") + r")\s+(?P<name>[A-Za-z0-9][\w.\-]*)"
                        r"(?:\s+(?P<kind>container))?\s*\?*\s*", text)
    if said is None or said["name"].lower() in keywords():
        return None
    return m.Inspect(said["name"], lang="en")


@lru_cache(maxsize=1)
def _not_a_command_word() -> frozenset[str]:
    """(lead27) Words the sentence says of itself, never a command's (a call-off, a time, a negation): grammar/lexicon.txt
    `context_after_off_en`, `never_unread_en`, `context_barred_en` — "cache: redis-cli info memory? nah" ran `… nah`."""
    return grammar.words("context_after_off_en") | grammar.words("never_unread_en") | grammar.words("context_barred_en")


# (lead27) a directory changed into, then a command ("in data, cd /etc and ls"): where the command runs (-w)
_CD_THEN = re.compile(r"(?i)\bcd\s+(?P<dir>/[\w./\-]*)\s*,?\s+(?:and(?:\s+then)?|then)\s+(?P<cmd>.+)$")


def _cd_then(text: str) -> m.Command | None:
    """(lead27) English: "cd DIR and CMD" said of a container ("in data, cd /etc and ls", "on web cd /tmp then ls -al"):
    CMD run in DIR there (docker exec -w DIR) — the sentence read with "run CMD in DIR" for it, taken only when that
    reads as one exec with DIR its working directory and every word of CMD. None otherwise."""
    said = _CD_THEN.search(text)
    if said is None or negated(text) or called_off(text) or not all(
            re.fullmatch(r"[\w./:=,@%+\-]+", w) and not chat_noise(w) for w in said["cmd"].split()):
        return None  # "in data, cd /etc and ls? no wait": a question, a call-off — never read on
    res = _parse(f"{text[:said.start()]}run {said['cmd']} in {said['dir']}", detail=False)
    if isinstance(res, (m.Exec, m.RunContainer)) and res.workdir == said["dir"] and list(res.command) == said["cmd"].split():
        return res
    return None


# (lead27) a program that prints its words (grammar/lexicon.txt `text_programs`) typed after its place, its words
# Korean: "alpine으로 echo 안녕 실행", "web에서 echo 배포 완료 찍어줘"
_TEXT_SAID_KO = re.compile(r"(?P<place>\S+)\s+(?P<program>[a-z]+)\s+(?P<rest>.+)")


def _text_said_ko(text: str) -> m.Command | None:
    """(lead27) Korean: the words of a program that prints them (`text_programs`: echo, printf) said unquoted in Korean
    between its place and the verb ("alpine으로 echo 안녕 실행" was parse.unknown_word): read with those words quoted —
    the longest run of them (none of chat noise: "한번", "좀" are the sentence's) after which the rest still reads as the one run or exec of that program with exactly
    them, each word one argument ("alpine으로 echo 안녕 실행" = docker run alpine echo 안녕). None otherwise (a refusal
    stands)."""
    from bot.language.context_clause import schedule_words

    shape = _TEXT_SAID_KO.fullmatch(text.strip())
    if (shape is None or shape["program"] not in grammar.words("text_programs") or _QUOTE_MARKS.search(text)
            or not HANGUL.search(shape["rest"])):
        return None
    words = shape["rest"].split()
    for k in range(len(words) - 1, 0, -1):
        said, verb = " ".join(words[:k]), " ".join(words[k:])
        if not HANGUL.search(said) or re.search(r"[A-Za-z0-9]", verb) or any(chat_noise(w) for w in words[1:k]):
            continue  # a neutral word is the sentence's ("echo 안녕 한번 돌려봐": once), never the program's
        if any(w.startswith(tuple(schedule_words())) or w in grammar.words("text_said_barred_ko") for w in words[:k]):
            continue  # a time or a negation is the sentence's ("echo 안녕 나중에 실행": later — refused as a schedule)
        quoted = " ".join(f"'{w}'" for w in words[:k])  # each word its own argument, as a shell splits them
        res = _parse(f"{shape['place']} {shape['program']} {quoted} {verb}", detail=False)
        if isinstance(res, (m.RunContainer, m.Exec)) and res.command == (shape["program"], *words[:k]):
            return res
    return None


# (f12en) a container addressed first, then a command line: "web: nginx -s reload", "cache redis-cli dbsize"
_ADDRESSED = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9_.-]*)(?P<colon>:)?\s+(?P<command>[A-Za-z0-9/.][^\"'`]*)")


def _addressed(text: str) -> m.Command | None:
    """(f12en) English chat that addresses a container, then types a command line with no verb: "web: nginx -s
    reload", "cache redis-cli dbsize", "data ls -la /tmp" — read as "on X, CMD" (run in that container: the plan
    refuses any name that is no running container, never runs an image). Without the colon only a command line that
    looks like one (grammar/lexicon.txt `command_marks`: a flag, a path or a program's name with - _ . in it) and has
    a word after the program; the command must read back word for word. None otherwise."""
    shape = _ADDRESSED.fullmatch(text.strip())
    if shape is None or HANGUL.search(text):
        return None
    words = shape["command"].split()
    if not shape["colon"]:
        marks = grammar.words("command_marks")
        looks = any(c in words[0] for c in marks) or any(w.startswith("-") or "/" in w for w in words[1:])
        # (lead27) "web echo info memory" (its colon dropped): a program after a name that is no word of the grammar
        program = words[0] in grammar.words("known_programs") and shape["name"].lower() not in keywords()
        if len(words) < 2 or words[0][0].isdigit() or not (looks or program):
            return None
    res = _parse(f"on {shape['name']}, {shape['command']}", detail=False)
    if isinstance(res, m.Exec) and res.target == shape["name"] and list(res.command) == words:
        return res
    if (words[0] in grammar.words("known_programs") and len(words) > 1 and shape["name"].lower() not in keywords()
            and not any(w.lower() in grammar.words("placed_verb_en") or chat_noise(w) or w.lower() in _not_a_command_word()
                        for w in words[1:])
            and all(re.fullmatch(r"[A-Za-z0-9_./:=,@%+-]+", w) for w in words)):
        # (lead27) "cache: redis-cli info memory": a program of the images people run typed after the colon, with
        # words the sentence reader reads as its own (info, memory: details, a stat) — the command line as typed,
        # every word of it, never read back as a sentence
        return m.Exec(shape["name"], tuple(words), lang="en")
    return None


# why a sentence with a verb typed with a slip did not read ("web 재시잫": the sentence ended before a command;
# "strat db": no verb; "web 재싲가": a word not read; "shwo web logs": the slip read as a second name of a verb of
# one; (en24b) "shwo logs cache": the slip read as a name, the name after it as one said apart): only then is a slip
# looked for (bot/language/typo.py)
_SLIPPED = frozenset({"parse.unknown_word", "parse.incomplete", "parse.no_verb", "parse.one_target", "parse.set_apart"})


# (lead29) a word that may be a slip of a courtesy word (grammar/lexicon.txt `courtesy_slip_en`: please, thanks)
_COURTESY_SLIP = re.compile(r"(?i)(?<![\w\-./:@])(?:pl|th)[a-z]{3,}(?![\w\-./:@])")


def _courtesy_slip(text: str) -> m.Command | None:
    """(lead29) An English sentence read with a slip of a courtesy word as a name ("restart web pleasse" planned `docker
    restart web pleasse`): read again with only such slips set right (bot/language/typo.py), when it reads whole; the
    slip said (`typos`). None otherwise."""
    from bot.language.typo import correct

    fixed = correct(text, reads=True)
    if fixed is None or not all(meant in grammar.words("courtesy_slip_en") for _, meant in fixed[1]):
        return None
    res = _parse(fixed[0], detail=False)
    if not isinstance(res, m.Command) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return replace(res, typos=fixed[1])


def _slip_read(text: str, detail: bool) -> m.Command | None:
    """The sentence with its words typed one slip from a verb read as that verb (bot/language/typo.py), when
    it then reads whole as a command (no partial reading, no refusal); `typos` says which words. None otherwise."""
    from bot.language.parse_natural import reads_only
    from bot.language.typo import correct

    fixed = correct(text, reads=True)
    if fixed is None:
        return None
    res = _parse(fixed[0], detail=False)  # a refusal here is dropped: no suggestions made
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    if not reads_only(res) and fixed != correct(text):
        return None  # (loan25) a read's noun slipped ("web 로크 재시작"?) never makes a write
    return replace(res, typos=fixed[1])


def _cli_slip_read(text: str) -> m.Command | NotUnderstood | None:
    """A docker command typed with a slip of its first word (fix14, bot/language/typo.py `cli_slip`): "dokcer ps" is
    `docker ps` — read as typed CLI, its typo said; a refusal of the CLI reader stays its refusal (never read as
    natural language, where the slipped word was a container's name: "dokcer ps" planned an inspect of "dokcer").
    None when the first word is no such slip."""
    from bot.language.typo import cli_slip

    fixed = cli_slip(text)
    if fixed is None:
        return None
    res = _parse(fixed[0], detail=False)
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return res
    return replace(res, typos=fixed[1])


def _slip_read_as_another(text: str, res: m.Command, detail: bool) -> m.Command:
    """A Korean sentence that read, with a word one slip from a verb of the grammar that is no word of it
    (bot/language/typo.py, the verb itself mistyped, not its ending): the morphemes of a slip can spell another
    verb ("web 애기동" = 애 + 기동, start — meant 재기동, restart). Read with the verb meant when that reads as
    another command; `res` otherwise (it reads the same, or as nothing: "10분치" is no slip of 분리)."""
    from bot.language.typo import correct

    fixed = correct(text, endings=False)
    if fixed is None:
        return res
    again = _parse(fixed[0], detail=False)  # a refusal here is dropped: no suggestions made
    if isinstance(again, (m.Help, m.Prohibition, NotUnderstood)) or again == res:
        return res
    return replace(again, typos=fixed[1])


@lru_cache(maxsize=1)
def _everyday_service() -> re.Pattern[str]:
    """grammar/lexicon.txt `service_everyday`, said as a word of its own right after an ASCII name."""
    words = "|".join(re.escape(w) for w in grammar.words("service_everyday") | grammar.words("service_everyday_en"))
    return re.compile(r"(?<=[A-Za-z0-9])\s*(?:" + words + r")(?=\s|$)")


@lru_cache(maxsize=1)
def _everyday_named() -> re.Pattern[str]:
    """The name said right before grammar/lexicon.txt `service_everyday` (group 1)."""
    words = "|".join(re.escape(w) for w in grammar.words("service_everyday") | grammar.words("service_everyday_en"))
    return re.compile(r"([A-Za-z0-9][\w.\-]*)\s*(?:" + words + r")(?=\s|$)")


@lru_cache(maxsize=1)
def _service_word_after_name() -> re.Pattern[str]:
    """grammar/lexicon.txt `service_everyday` and `service_everyday_en` said right after a name ("web 서비스", "the
    cache service"), with the name kept (group 1)."""
    words = "|".join(re.escape(w) for w in grammar.words("service_everyday") | grammar.words("service_everyday_en"))
    return re.compile(r"(?i)(?<![\w.\-/:@])([A-Za-z0-9][\w.\-]*)\s*(?:" + words + r")(?=\s|$|[.,!?])")


def without_service_word(text: str) -> str | None:
    """`text` without the everyday word for a service said right after a name ("web 서비스 로그 보여줘" -> "web 로그
    보여줘", "restart the cache service" -> "restart the cache"): read so only where no Swarm service can be meant
    (bot/pipeline.py, an engine that is no manager; blind13). None when no such word is said."""
    said = _service_word_after_name().sub(lambda mt: mt.group(1), text)
    return None if said == text else said


# the refusals of a sentence that said NAME service of a container: a verb no service has, (f14en) a command in it read
# as a new service's ("exec into the web service and run ls /etc/nginx": /etc/nginx no name of a service)
_SERVICE_MISREAD = frozenset({"swarm.no_such_verb", "parse.invalid_name", "swarm.image_or_name"})


def _service_said_of_a_container(text: str, detail: bool) -> m.Command | None:
    """"cache 서비스 내려야 돼 꺼줘": a verb no Swarm service has (stop, start, kill, pause…) said of NAME 서비스 —
    the everyday word for what runs there, the container NAME (the plan still checks that it is one; the
    pipeline refuses it when NAME is a service on the engine: `not_a_service`): the sentence read without the
    word; None when it then reads as no container command."""
    named = [mt.group(1) for mt in _everyday_named().finditer(text)]
    said = _everyday_service().sub("", text)
    if said == text:
        return None
    res = _parse(said, detail=False)  # a refusal here is dropped
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return replace(res, not_a_service=tuple(named))


@lru_cache(maxsize=1)
def _compose_head() -> re.Pattern[str]:
    """grammar/lexicon.txt `compose_typed` (`docker compose` too) then one of `compose_as_docker` as the first words."""
    heads = "|".join(re.escape(w) for w in sorted(grammar.words("compose_typed"), key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted(grammar.words("compose_as_docker")))
    return re.compile(r"(?i)\s*(?:docker\s+)?(?:" + heads + r")\s+(" + verbs + r")(?=\s)(.*)", re.S)


def _compose_typed(text: str) -> str | None:
    """(w2f13en) "docker-compose restart cache", "docker compose stop web", "compose logs -f web": compose typed for
    one container, where its command does what docker's does to the containers named (grammar/lexicon.txt
    `compose_as_docker`) — the docker command line, read and planned as typed (a name with no container is refused
    as `docker stop nope` is). None for any other text, `top` with other than one word after it, or no name at all."""
    mt = _compose_head().fullmatch(text)
    if mt is None:
        return None
    verb, rest = mt.group(1).lower(), mt.group(2)
    if verb == "top" and len(rest.split()) != 1:
        return None
    return "docker " + verb + rest


@lru_cache(maxsize=1)
def _named_existing_said() -> re.Pattern[str]:
    """grammar/lexicon.txt `named_existing_kind` then `named_existing_en` right before a name (the word to drop: group 1)."""
    kinds = "|".join(re.escape(w) for w in sorted(grammar.words("named_existing_kind")))
    said = "|".join(re.escape(w) for w in sorted(grammar.words("named_existing_en")))
    return re.compile(r"(?i)\b(?:" + kinds + r")\s+((?:" + said + r")\s+)(?=[A-Za-z0-9])")


def _named_existing(text: str) -> m.Command | None:
    """(w2f13en) "delete the volume named pgdata", "remove the network called backend", "restart the container named
    web": a sentence that wants a target and got none (parse.need_target) names it with its kind and `named`/`called`
    — read without that word, the name is the target (the plan checks it is one). None when it then reads no command."""
    said = _named_existing_said().sub(lambda mt: mt.group(0)[: mt.start(1) - mt.start(0)], text)
    if said == text:
        return None
    res = _parse(said, detail=False)
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return res


@lru_cache(maxsize=1)
def _host_closing() -> re.Pattern[str]:
    """grammar/lexicon.txt `host_said_lead_en` "the"? `host_said_en` closing an English sentence (group 1: before it)."""
    lead = "|".join(re.escape(w) for w in sorted(grammar.words("host_said_lead_en")))
    host = "|".join(re.escape(w) for w in sorted(grammar.words("host_said_en")))
    return re.compile(r"(?i)(.*\S)\s+(?:" + lead + r")\s+(?:the\s+)?(?:" + host + r")\s*[?.!]*\s*")


def _ports_on_host(text: str) -> m.Command | None:
    """(w2f13en) "which ports does cache expose on the host", "what ports does web expose to the host": one
    container's ports asked where the host reaches them — the ports it publishes (docker port), never its details
    nor the image's EXPOSE. None unless the question without the host reads as that container's details or ports."""
    mt = _host_closing().fullmatch(text)
    if mt is None or grammar.words("ports_word_en").isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", mt.group(1))):
        return None
    res = _parse(mt.group(1), detail=False)
    if isinstance(res, m.Port) or (isinstance(res, m.Inspect) and not res.more):
        return m.Port(res.target, lang=res.lang)
    return None


@lru_cache(maxsize=1)
def _look_asked() -> re.Pattern[str]:
    """grammar/lexicon.txt `look_opener_en`? then `look_asked_en` (`_` for a space) as the whole clause after a comma."""
    def alt(role: str) -> str:
        return "|".join(re.escape(w.replace("_", " ")) for w in sorted(grammar.words(role), key=len, reverse=True))
    return re.compile(r"(?i)(.*\S)\s*,\s*(?:(?:" + alt("look_opener_en") + r")\s+)?(?:" + alt("look_asked_en")
                      + r")\s*[?.!]*\s*")


def _trouble_then_look(text: str) -> m.Command | None:
    """(w2f13en) "web's down again, can you look", "cache is acting up, could you take a look": trouble told, then a look
    asked — the read the trouble alone reads as (a complaint's details and logs); None when it reads as anything else."""
    mt = _look_asked().fullmatch(text)
    if mt is None:
        return None
    res = _parse(mt.group(1), detail=False)
    from bot.language.parse_natural import reads_only

    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)) or not reads_only(res):
        return None
    return res


@lru_cache(maxsize=1)
def _hedge_en() -> re.Pattern[str]:
    """grammar/lexicon.txt `hedge_en` (`_` for a space) first, perhaps with a comma or "that" after it."""
    said = "|".join(re.escape(w.replace("_", " ")) for w in sorted(grammar.words("hedge_en"), key=len, reverse=True))
    return re.compile(r"(?i)^(?:" + said + r")(?:\s*,\s*|\s+that\s+|\s+)(?P<rest>\S.*)$")


def _hedged_read(text: str) -> m.Command | None:
    """(ctxen24) A hedge before trouble told ("I think the cache is acting weird, can an engineer look?", "i guess web
    fell over"): the read the rest alone reads as (a complaint's details and logs), or a write when the rest closes with
    an order of its own (`_ordered_after`); None otherwise — a hedged write ("i think web needs a restart") is a
    suggestion, never the write."""
    mt = _hedge_en().match(text.strip())
    if mt is None or negated(text):
        return None
    res = parse(mt["rest"], detail=False)
    from bot.language.parse_natural import reads_only

    if isinstance(res, NotUnderstood) or isinstance(res, (m.Help, m.Prohibition)):
        return None
    return res if reads_only(res) or _ordered_after(mt["rest"]) else None


def _ordered_after(said: str) -> bool:
    """(ctxen24) Whether `said` closes with an order of its own after a comma: a go-ahead (grammar/lexicon.txt
    `relayed_go_ahead_en`: "i think cache needs a restart, do it") or a verb said of it ("i think web is down, restart
    it") — the hedge is then the reason, the order the speaker's."""
    if "," not in said:
        return False
    last = said.rsplit(",", 1)[1].strip(" .!").lower()
    if last.replace(" ", "_") in grammar.words("relayed_go_ahead_en"):
        return True
    alone = _parse(last, detail=False)
    return isinstance(alone, NotUnderstood) and alone.reason.key == "parse.need_target" and len(last.split()) <= 3


# (en25) an apostrophe between two letters of a word ("that'd", "it'd", "db's"): no shell quote
_APOSTROPHE_IN_WORD = re.compile(r"[A-Za-z]['’][A-Za-z]")
# (en25) the code counted, a plural ("web 502s"), is the same line
_ALERT_CODE = re.compile(r"(?P<name>[A-Za-z][\w.\-]*)\s+(?P<code>[45]\d\d)s?")


def _alert_code_en(text: str) -> m.Command | None:
    """(ctxen24) An alert's terse line, a name then an HTTP error code and nothing else (":rotating_light: my-nginx 502
    :rotating_light:" normalized to "my-nginx 502", "web 503"): read as the code said with grammar/lexicon.txt
    `alert_code_said_en` ("my-nginx 502 errors": its status and recent logs); None unless that reads as reads only."""
    mt = _ALERT_CODE.fullmatch(text.strip())
    if mt is None or mt["name"].lower() in keywords():
        return None
    res = _parse(f"{mt['name']} {mt['code']} {grammar.lexicon()['alert_code_said_en'][0]}", detail=False)
    from bot.language.parse_natural import reads_only

    return res if isinstance(res, m.Command) and reads_only(res) else None


# the commands that change nothing: what a negated sentence may still be offered
READS = (m.ListContainers, m.Inspect, m.Logs, m.ListImages, m.VolumeList, m.VolumeInspect, m.NetworkList,
         m.NetworkInspect, m.ServiceList, m.ServicePs, m.ServiceInspect, m.ServiceLogs, m.NodeList, m.Help, m.Stats)


@lru_cache(maxsize=4096)
def negated(text: str) -> bool:
    """Whether a word of `text` (or two words together: "~지 말") is one natural.lark reads as a
    negation or a calling off ("web 안 지워", "지우지 말아줘", "don't", "never", "no need to", "(농담)",
    "jk"), wherever it is and whether or not the rest of the sentence reads.

    (perf33) Kept by text, as Kiwi's reading it asks is: a pure function of the text and grammar/, asked of one
    sentence by up to four readers (handover, order_then_aside, told_then_asked, …; bench/common.py FIRST_SIGHT_CACHES)."""
    src = _lower_keywords(text)
    if HANGUL.search(text):
        from bot.language import morph

        src = morph.reading(src).text
    else:
        src = _EMOJI.sub(" ", src)
    ws = re.sub(r"[()\[\]{}]", " ", src).split()
    return any("neg" in (_phrases(" ".join(ws[i:i + n])) or ()) for n in (1, 2) for i in range(len(ws) - n + 1))


def _is_read(cmd: object) -> bool:
    return isinstance(cmd, READS)


@lru_cache(maxsize=None)
def _example_is_read(example: str) -> bool:
    """Whether a suggestion (one of grammar/examples.txt's few dozen utterances: `suggest` offers
    nothing else) reads as a command that changes nothing. Worked out once per example — a fixed
    text, never the asker's — instead of three parses for every negated sentence not read."""
    return _is_read(_parse(example))


def _never_the_negated(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """A negated sentence that did not read ("web 안 지워 xyz") is never offered a write: no
    suggestion (grammar/examples.txt) and no proposal but a read — the write it negated least of all."""
    if not isinstance(res, NotUnderstood) or not (res.suggestions or res.proposal) or not negated(text):
        return res
    if res.reason.key == "parse.keyboard" and not negated(_jamo_words_decoded(text)):
        return res  # (voice24) "ㄴ새ㅔ web": the ㄴ was a key of "stop", no negation (asked back with the write)
    suggestions = tuple(s for s in res.suggestions if _example_is_read(s))
    if res.proposal is None or _is_read(res.proposal):
        return replace(res, suggestions=suggestions)
    return replace(res, suggestions=suggestions, proposal=None, unread=())


# a group in brackets typed in chat ("web 삭제 (농담)", "(jk) remove web", "web 재시작 [급함]"); "$(…)" is
# the shell's, a quote or backtick inside makes it a command's text
_GROUP = re.compile(r"(?<!\$)[(\[]([^()\[\]\"'`$]*)[)\]]")


def _alone(words: str) -> tuple[str, ...] | None:
    """The phrases (natural.lark rule names, in order) of `words` read as a sentence of their own;
    () for chat noise only (filler: "급함", "ㅋㅋ", "lol", emoji); None when they do not read."""
    src = _lower_keywords(words)
    if HANGUL.search(src):
        from bot.language import morph

        src = morph.reading(src).text
    else:
        src = _EMOJI.sub(" ", src)
    return _phrases(src)


@lru_cache(maxsize=4096)
def _phrases(src: str) -> tuple[str, ...] | None:
    """`_alone` of a text already prepared for the grammar (Korean: the morpheme stream)."""
    if not src.strip():
        return ()
    try:
        tree = grammar.natural().parse(src)
    except UnexpectedInput:
        return None
    return tuple(c.data if isinstance(c, Tree) else "" for c in tree.children)


def called_off(words: str) -> bool:
    """Whether `words`, read alone, are a negation or calling off with chat noise at most ("농담",
    "jk", "장난 ㅋㅋ", "kidding 😜"): a word the grammar reads so is never an engine or a name."""
    read = _alone(words)
    # the copula that ends it ("장난임", "농담이야": natural.lark `stated`) says nothing more
    return read is not None and "neg" in read and all(r in ("neg", "stated") for r in read)


def chat_noise(words: str) -> bool:
    """Whether `words`, read alone, change nothing ("lol", "asap", "급함", "ㅋㅋ", emoji: natural.lark's
    filler): said in brackets they are noise, never an engine or a name."""
    return _alone(words) == ()


def _bracketed(text: str) -> m.Command | NotUnderstood | None:
    """A sentence with brackets typed in chat, read as the sentence it is: a bracket is punctuation.

    A group that is a calling off ("web 삭제 (농담)", "remove web (jk)", "(장난 ㅋㅋ) web 지워"), chat
    noise ("(급함)", "(ㅋㅋ)") or holds Korean is read without its brackets; when the whole does not
    read so, the request without a Korean aside ("cache 재시작해줘 (확인 부탁)") is proposed as a
    question with the aside unread (never run without a yes) — unless the aside may change the
    meaning (a negation, a time: `_unread_is_noise`). A group in ASCII that is none of these
    ("(staging)": an engine, bot/language/engine_clause.py) is left as typed. None when nothing
    was in brackets this way (the sentence is read as typed)."""
    if "(" not in text and "[" not in text:
        return None
    lang = detect_lang(text)
    from bot.language.parse_cli import docker_command

    if lang == "cli" or docker_command(text) is not None:
        return None
    groups = [g for g in _GROUP.finditer(text)
              if g.group(1).strip() and (HANGUL.search(g.group(1)) or chat_noise(g.group(1))
                                         or called_off(g.group(1)))]
    if not groups:
        return None
    plain, rest, pos = [], [], 0
    for g in groups:
        plain += [text[pos:g.start()], " ", g.group(1), " "]
        rest += [text[pos:g.start()], " "]
        pos = g.end()
    plain.append(text[pos:])
    rest.append(text[pos:])
    without = " ".join("".join(rest).split())
    if not without:
        return None  # "(확인 부탁)" alone: no request around it, read as typed
    res = _parse(" ".join("".join(plain).split()), detail=False)  # a refusal here is dropped
    asides = tuple(g.group() for g in groups)
    if isinstance(res, m.Sequence):
        # (lead31) an aside that makes a step of its own ("db 켜줘 (etl 돌려야 함)": the reason, read as `docker run -d
        # etl` after the start): the request without it is asked back, the aside unread, unless a step was said outside
        alone = _parse(without, detail=False)
        if isinstance(alone, m.Command) and not isinstance(alone, (m.Sequence, NotUnderstood, m.Prohibition, m.Help)):
            return NotUnderstood(text, lang, Msg.of("parse.partial", words=", ".join(f"`{a}`" for a in asides)),
                                 suggestions=suggest(text, lang), proposal=alone, unread=asides)
    if not isinstance(res, NotUnderstood):
        return res
    if not all(_unread_is_noise(w) for a in asides for w in a[1:-1].split()):
        return None
    proposal = _parse(without, detail=False)  # a refusal here is dropped
    if isinstance(proposal, NotUnderstood) or isinstance(proposal, (m.Prohibition, m.Help)):
        return None
    return NotUnderstood(text, lang, Msg.of("parse.partial", words=", ".join(f"`{a}`" for a in asides)),
                         suggestions=suggest(text, lang), proposal=proposal, unread=asides)


@lru_cache(maxsize=4096)
def _unread_is_noise(word: str) -> bool:
    """A word that may be left out of a proposal: Korean only, and none of what changes the
    meaning — a negation (마셈, 않), a time or place (자정에, 퇴근하고), a clause ending, a count or
    its unit (두 번, 몇 분: a bound noun or a determiner)."""
    if not HANGUL.search(word) or re.search(r"[A-Za-z0-9]", word):
        return False
    from bot.language import morph

    bare = re.sub(r"[()\[\]{}<>\"'“”‘’.,!?~]", " ", word).strip()
    if bare:  # "(농담)", "취소!": a word the grammar reads as a negation or a time is never left out
        try:
            tree = grammar.natural().parse(morph.reading(bare).text)
        except UnexpectedInput:
            tree = None
        if tree is not None and any(t.data in ("neg", "schedule") for t in tree.iter_subtrees()):
            return False
    forms, tags = grammar.words("never_unread") | grammar.words("never_unread_what"), grammar.words("never_unread_tags")
    if bare in forms:
        return False  # (run26) the word itself, whatever Kiwi splits it into alone ("전": 저 + ㄴ)
    for t in morph.tokens(word):
        if t.form in forms or t.tag.split("-")[0] in tags:
            return False
    return True


def without_word(cmd: m.Command, word: str, text: str) -> m.Command | None:
    """`cmd` without the container `word`, when `word` may be an English word read as one more
    name ("stop the flibber web": Stop(flibber, web)) — a sentence (not typed docker CLI) in
    English, a container action with other targets, and `word` a bare lower-case word said as its
    own word in `text`. The caller proposes the rest only when `word` names no container; never
    run without a yes. None when it may not be left out."""
    if (cmd.lang != "en" or not isinstance(cmd, m.ContainerAction) or cmd.as_typed
            or word not in cmd.targets or len(cmd.targets) < 2 or not re.fullmatch(r"[a-z]+", word)):
        return None
    if not re.search(r"(?<![\w\-./:@'\"`])" + re.escape(word) + r"(?![\w\-./:@'\"`])", text):
        return None
    if not grammar.words("never_unread_en").isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return None  # "restart web every night", "he said to stop web": never offered as "run it now?"
    before = re.findall(r"[\w\-.]+", text[:text.find(word)].lower())[-1:] if word in text else []
    if len(cmd.targets) > 2 and before and (before[0] in cmd.targets or before[0] in grammar.words("set_apart")):
        # (break5) "remove web, cache stays", "stop web, cache is prod": said of one of the names, which is then in
        # doubt — never left out to offer the write on all of them ("killing cache is needed now" is offered)
        return None
    return replace(cmd, targets=tuple(t for t in cmd.targets if t != word))


def _negation_pending(text: str) -> bool:
    """"지우지 마셈": a ~지 ending waits for its negation — the word after it is never left out.
    "db 지우면 복구 돼?": a ~면 clause (if …) waits for what follows it — left out, "지우면 돼"
    would read as a request."""
    if not HANGUL.search(text):
        return False
    from bot.language import morph

    return not grammar.words("negation_pending").isdisjoint(morph.words(text).split())


MAX_UNREAD = 2  # at most this many words left out of a proposal, and at most a third of the sentence


def _partial(text: str, first: NotUnderstood) -> NotUnderstood:
    """The closest complete reading without the words that could not be read, or `first`."""
    words = text.split()
    rest = text
    unread: list[str] = []
    res: m.Command | NotUnderstood = first
    while isinstance(res, NotUnderstood) and res.reason.key == "parse.unknown_word" and res.column is not None:
        if len(unread) >= MAX_UNREAD or 3 * (len(unread) + 1) > len(words):
            return first
        start = rest.rfind(" ", 0, res.column + 1) + 1
        end = rest.find(" ", res.column)
        end = len(rest) if end < 0 else end
        word = rest[start:end]
        if not word.strip() or not _unread_is_noise(word):
            return first  # a word that may change the meaning is never left out (checked below too)
        unread.append(_without_asked(word) or word)
        rest = (rest[:start] + rest[end:]).strip()
        if not rest:
            return first
        res = _parse(rest, detail=False)  # only a command or the refusal's reason and column are read
    if isinstance(res, NotUnderstood) or isinstance(res, (m.Prohibition, m.Help)) or not unread:
        return first
    if any(isinstance(c, (m.RunContainer, m.Exec, m.ServiceCreate)) and c.command
           for c in (res.steps if isinstance(res, m.Sequence) else (res,))):
        # a word left out of a command to run may be the command's own — in a step of a sequence too ("busybox 받고
        # echo 안녕 실행해" proposed `docker run busybox echo`, 안녕 dropped)
        return first
    if any(not _unread_is_noise(w) for w in unread) or _negation_pending(text):
        return first
    return replace(first, reason=Msg.of("parse.partial", words=", ".join(f"`{w}`" for w in unread)),
                   proposal=res, unread=tuple(unread))


_QUOTED_DOCKER = re.compile(r"(?P<pre>[^\"'`]*)(?P<q>[\"'])(?P<cmd>(?i:docker)\s[^\"'`]+?)(?P=q)(?P<post>[^\"'`]*)")


# "pls run docker restart web": a docker command typed unquoted to the end of the sentence, after words
_UNQUOTED_DOCKER = re.compile(r"(?P<pre>[^\"'`]*?\S[^\"'`]*?)\s+(?P<cmd>(?i:docker)\s+\S.*)")


def _quoted_docker(text: str, lang: Lang) -> m.Command | NotUnderstood | None:
    """"run `docker restart web`", "`docker ps -a` 실행해줘" (Slack code, quoted by normalize): a docker
    command quoted in a sentence that only asks to run it is that command, exactly as quoted. So is one
    typed unquoted after such a request ("pls run docker restart web", "can you run docker ps -a"): the
    docker command line to the end of the sentence, read as typed (a misspelt one is refused with the
    CLI's reason, never a run of an image named `docker`). None when there is no such command, or the
    words around it say more (a negation, a question, a name…)."""
    if '"' not in text and "'" not in text and "docker" not in text.lower():
        return None  # no quote and no docker command: neither pattern can match (most chat)
    quoted = _QUOTED_DOCKER.fullmatch(text)
    if quoted is None:
        quoted = _UNQUOTED_DOCKER.fullmatch(text)
        if quoted is None:
            return None
        rest = quoted["pre"].strip()
    else:
        rest = (quoted["pre"] + " " + quoted["post"]).strip()
    from bot.language.pasted import points_at_it, without_pointer

    pointed = bool(rest) and points_at_it(rest)
    if pointed:
        # (en33) "이거 실행해줘 `docker stop data`", "run this pls: …": the word pointing at it is the command (Korean: taken
        # off the morphemes, read with it — "돌려주세요" alone is Kiwi's 돌려주다, give back)
        if not without_pointer(rest).strip(" :.,!~"):
            return None  # "`docker stop web` this": pointed at, never asked to run
        if lang != "ko":
            rest = without_pointer(rest)
    if rest:
        if quoted.re is _QUOTED_DOCKER and quoted["pre"].rstrip().endswith(":") and not quoted["post"].strip():
            rest = rest.rstrip(" :")  # (en33) "run this pls: `docker pause my-volume`": the colon opens the command
    if rest and lang == "en" and "?" not in text and all(w.strip(",.:;!~").lower() in grammar.words("before_cli_en") for w in rest.split()):
        rest = ""  # (en33) "ok so docker restart my-nginx", "alright, docker ps -a": chat before the command ("so docker
        # rm web?" stays asked)
    if rest:
        src = _lower_keywords(rest)
        if lang == "ko":
            from bot.language import morph

            src = morph.reading(src).text
            if pointed:
                src = without_pointer(src)
        elif lang == "en":
            src = _EMOJI.sub(" ", src)
        try:
            tree = grammar.natural().parse(src)
        except UnexpectedInput:
            return None
        if not tree.children or not all(isinstance(c, Tree) and c.data in ("v_run", "v_exec") for c in tree.children):
            return None  # "what does 'docker stop cache' do": the words around it ask nothing to run
    res = _parse(quoted["cmd"].strip())
    return replace(res, lang="ko") if lang == "ko" else res


# ";;" closing a Korean sentence is chat (a sweat drop: "web 재시작 좀;;"), no shell: nothing follows it
_CHAT_SEMICOLONS = re.compile(r"(?<=[" + HANGUL.pattern.strip("[]") + r"])\s*;{2,}\s*$")


def _parse(text: str, detail: bool = True) -> m.Command | NotUnderstood:
    if ";;" in text:  # what `_CHAT_SEMICOLONS` needs
        text = _CHAT_SEMICOLONS.sub("", text)
    lang = detect_lang(text)
    if not text.strip():
        return NotUnderstood(text, lang, Msg.of("parse.empty"))
    if len(text) > MAX_LEN:
        return NotUnderstood(text, lang, Msg.of("parse.too_long", length=len(text)))
    if "compose" in text.lower() and (composed := _compose_typed(text)) is not None:
        # (w2f13en) `docker-compose logs -f web` = `docker logs -f web`; a write is asked back (yes/no): a compose
        # service is the container of that name only when its file names it so — never run on that guess
        from bot.language.parse_natural import reads_only

        res = _parse(composed, detail)
        if isinstance(res, NotUnderstood) or reads_only(res):
            return res
        return NotUnderstood(text, lang, Msg.of("parse.compose_asked", said=composed), proposal=res)
    if lang == "en" and (quantity := _quantity_named(text)) is not None:
        return NotUnderstood(text, lang, Msg.of("parse.unused", words=f"`{quantity}`"))
    if lang == "ko" and "?" in text and _state_asked_then(text):
        return NotUnderstood(text, lang, Msg.of("parse.question"))
    if lang != "cli" and alternative.asked_which(text):
        return NotUnderstood(text, lang, Msg.of("parse.question"))  # (break8) "remove web? cache?": which?
    if lang != "cli" and (said := _quoted_docker(text, lang)) is not None:
        return said
    if lang == "en" and "*" in text and (globbed := _glob_quoted(text, detail)) is not None:
        return globbed
    import bot.language.parse_cli as parse_cli  # (`import … as`: ~0.4 µs a call, `from … import` ~2 µs)

    docker_command = parse_cli.docker_command
    # the docker CLI is read as typed (no keyword lowered, no value touched); "docker restart
    # web 해줘": a docker command with a Korean request after it, the reply stays Korean
    cli_text = docker_command(text)
    cli_first = lang == "cli" or cli_text is not None or text.startswith(("-H ", "--host", "--context"))
    cli_text = cli_text or text
    if not cli_first and (joined := _joined_by_symbol(text, detail)) is not None:
        return joined  # (f12en) "restart web & cache", "web + cache restart": the names listed
    if not cli_first:
        meta = _shell_meta(text)  # the docker CLI checks its own (unquoted ones only)
        if meta:
            char, col = meta
            piped = _piped(text) if char == "|" and lang == "ko" and detail else None
            # a pipe proposed as `sh -c '…'` says so (parse.piped): it is no name with a shell character in it
            reason = Msg.of("parse.piped") if piped is not None else Msg.of("parse.shell_meta", char=char)
            return NotUnderstood(text, lang, reason, column=col, proposal=piped)
    prepared = _lower_keywords(text) if not cli_first else text
    order = ("cli",) if cli_first else ("sentence", "cli")
    first_error: UnexpectedInput | None = None
    error_reading = None  # the morpheme reading the first error's column is in
    first_incomplete: Incomplete | None = None
    for start in order:
        try:
            if start == "cli":
                from bot.language.parse_cli import read as read_cli

                try:
                    cmd = read_cli(cli_text, lang if lang == "ko" else "cli")
                except (UnexpectedInput, Incomplete):
                    if cli_first or lang != "en" or (polite := _courtesy_read(cli_text)) is None:
                        raise
                    cmd = polite  # (props14) "volume list please": a courtesy closing docker's words of a read
                if (not cli_first and lang == "en" and isinstance(cmd, m.Top) and cmd.ps_args
                        and (trimmed := _courtesy_trimmed(cli_text)) != cli_text):
                    # (en13) "top web pls": a courtesy typed after docker's word is no option of ps
                    cmd = read_cli(trimmed, "cli")
                if (isinstance(cmd, m.RunContainer) and not cmd.create_only and not cmd.command
                        and cli_text.split()[1:] == [cmd.image] and cli_text.split()[0].lower() != "docker"):
                    # "run stop", "run logs" (no `docker` typed, the second word a name gorae also knows): said, not
                    # typed — with a container of that name here it is that container (`docker start stop`, as
                    # "run web" is), never a new container of an image named after it; the planner decides as
                    # for any said run; a word of gorae's ("run ps", "run top") is the container of that name or an
                    # image already here, never an image pulled for it (`placed`)
                    cmd = replace(cmd, as_typed=False, lang="en", placed=cmd.image.lower() in grammar.keywords())
                if (not cli_first and lang == "en" and isinstance(cmd, m.RunContainer) and cmd.command
                        and cmd.command[0].startswith("-")
                        and (said := _options_after_image(text, detail)) is not None):
                    return said  # "run nginx -v /srv:/srv": options, never the container's arguments
                if not cli_first and lang == "en" and (said_noun := _cli_noun_said(text, cmd, detail)) is not None:
                    return said_noun  # (en12fix) "top of the container running alpine": docker top said as a noun
                if not cli_first and _reads_like_a_sentence(cmd) and not _exec_typed(cli_text, cmd):
                    break  # "run alpine echo hi and remove it": not a docker command by accident
            else:
                rd = None
                src = prepared
                if lang == "en":
                    src = _EMOJI.sub(" ", src)  # "restart web 🙏": a symbol is chat noise
                if lang == "ko":
                    import bot.language.morph as morph

                    rd = morph.reading(prepared)
                    src = rd.text  # Korean by morphemes; ASCII stays as typed
                try:
                    tree = grammar.natural().parse(src)
                except UnexpectedInput as e:
                    if first_error is None:
                        first_error, error_reading = e, rd
                    continue
                import bot.language.parse_natural as parse_natural

                cmd = parse_natural.read(tree, lang, src, _as_typed(text, prepared, src, rd))
                if (isinstance(cmd, m.RunContainer) and not cmd.command and " -" in text
                        and isinstance(said := _command_kept(text, lang, detail), m.RunContainer)
                        and said.command and said.image == cmd.image):
                    return said  # "run ubuntu:focal -e A=1 env": the command after the options is never dropped
        except UnexpectedInput as e:
            if first_error is None:
                first_error, error_reading = e, None
            continue
        except Incomplete as inc:
            if (start == "cli" and first_error is not None and inc.msg.key == "cli.unterminated_quote"
                    and _APOSTROPHE_IN_WORD.search(text)):
                # (en25) "that'd help if you restarted cache", "it'd help if you paused web": an apostrophe inside an
                # English word is no quote left open — the sentence's own error is told (the docker CLI was a guess)
                continue
            first_incomplete = first_incomplete or inc
            if inc.msg.key not in ("parse.no_verb", "parse.stray_words"):
                if start == "sentence" and lang == "en" and (bare := _typed_without_docker(text)) is not None:
                    cli_text = bare
                    continue
                if start == "sentence" and lang == "en" and text.split()[0].lower() in grammar.words("exec_into"):
                    continue  # (fix14) "exec cache redis-cli info memory": the exec typed (`_exec_typed`)
                break  # a sentence that was read must not become a docker command by accident
            continue
        return _cli_typo_asked(text, lang, cmd, detail) if cmd.typos and start == "cli" else cmd
    if lang == "en" and (started := _new_one_started_en(text, detail)) is not None:
        return started  # (lead32c) "start a throwaway ubuntu:focal that prints hi": a new one is run
    if lang == "en" and (with_command := _run_with_command(text)) is not None:
        return with_command  # (fix13) "run alpine with echo done": the words after "with" are the command's
    if lang == "en" and (placed_en := _command_placed_en(text)) is not None:
        return placed_en  # (inc21) "execute free -m inside data": `free` is a word of gorae's too
    if first_incomplete is not None:
        if (lang == "ko" and first_incomplete.msg.key in _PLACED_UNREAD
                and (placed := _placed_command(text)) is not None):
            return placed  # "cache에서 redis-cli info memory 좀": a word of the command was a word of gorae's
        return NotUnderstood(text, lang, first_incomplete.msg, suggestions=suggest(text, lang) if detail else (),
                             proposal=first_incomplete.proposal, unread=first_incomplete.unread)
    assert first_error is not None
    if lang == "ko" and (placed := _placed_command(text)) is not None:
        return placed
    return _not_understood(text, lang, first_error, error_reading, detail)


def _cli_typo_asked(text: str, lang: Lang, cmd: m.Command, detail: bool = True) -> m.Command | NotUnderstood:
    """(en33) A docker command whose command word was typed with a slip (bot/language/parse_cli.py
    `_command_word_slipped`: "docker imgaes", "docker unpuase data"): a read runs, its typo said; a write is asked back
    (yes/no), never run on the guess — a misspelt keyword never makes a write by itself (issue 8)."""
    from bot.language.parse_natural import reads_only

    if reads_only(cmd):
        return cmd
    typed, meant = cmd.typos[0]
    return NotUnderstood(text, lang, Msg.of("cli.typo_asked", typed=typed, meant=meant), proposal=cmd if detail else None)


def write_typo_asked(text: str, res: m.Command | NotUnderstood, detail: bool = True) -> m.Command | NotUnderstood:
    """(safe35) A write read in chat with a slip of its verb word that acts on every container ("restrat all", "재시잘 전부
    해줘"): asked back (yes/no) as the docker CLI's slip is (`_cli_typo_asked`), never run on the guess; a slip of an
    ending, a courtesy word or docker's name changes nothing (bot/language/typo.py `write_verb_slipped`). (A write on
    named things read with a slip runs, its typo said: the tables read "restat web" so.)"""
    from bot.language.parse_natural import reads_only
    from bot.language.typo import write_verb_slipped

    if (isinstance(res, (NotUnderstood, m.Help, m.Prohibition)) or not res.typos or res.lang == "cli"
            or reads_only(res) or not (getattr(res, "all_running", False) or getattr(res, "all", False))):
        return res
    slip = write_verb_slipped(res.typos)
    if slip is None:
        return res
    return NotUnderstood(text, res.lang, Msg.of("parse.typo_asked", typed=slip[0], meant=slip[1]),
                         proposal=res if detail else None)


# (f12en) "&" or "+" typed with spaces around it between two names (grammar/lexicon.txt `and_symbols`); (lead31b) or
# a symbol of `list_symbols` glued or spaced between two plain names ("web/cache 재시작", "data&cache 재기동", "web ㆍ
# cache 재시작해주세요")
_NAME_CHARS = r"A-Za-z0-9_.\-/:@"


def _listing_symbols() -> str:
    """grammar/lexicon.txt `and_symbols` and `list_symbols` as a regex alternation, the longest first."""
    symbols = sorted(grammar.words("and_symbols") | grammar.words("list_symbols"), key=len, reverse=True)
    return "|".join(re.escape(s) for s in symbols)


@lru_cache(maxsize=1)
def _and_symbol() -> re.Pattern[str]:
    """(lead31b) Names with a listing symbol between each two (grammar/lexicon.txt `and_symbols` spaced, `list_symbols`
    glued or spaced): "web & cache", "web+cache", "web/my-nginx/cache", "web ㆍ cache"."""
    name = r"[A-Za-z0-9][A-Za-z0-9_.-]*"
    return re.compile(rf"(?<![{_NAME_CHARS}]){name}(?:\s*(?:{_listing_symbols()})\s*{name})+(?![{_NAME_CHARS}])")


@lru_cache(maxsize=1)
def _symbol_cut() -> re.Pattern[str]:
    """(lead31b) One listing symbol of `_and_symbol`'s chain with the spaces around it (its groups: before, the symbol,
    after)."""
    return re.compile(r"(\s*)(" + _listing_symbols() + r")(\s*)")


def _plain_name(word: str) -> bool:
    """(lead31b) A word that may be a container's name beside a glued listing symbol: no keyword of gorae's, not a
    number, no dot (never a version: "nginx/1.25.3" is a server's banner, "registry.io/app" an image)."""
    return word.lower() not in grammar.keywords() and not word[:1].isdigit() and "." not in word


def _joined_by_symbol(text: str, detail: bool) -> m.Command | None:
    """(f12en) Chat lists names with a symbol: "restart web & cache", "web + cache restart" — the sentence read with
    a comma there, taken only when it is a request on containers that names both words around every symbol (a
    command run in a container keeps its `&` and its `+`: "web에서 sleep 1 & echo hi" is refused as before, never a
    list); None otherwise (the sentence is read as typed).

    (lead31b) The kind `list-sep`: a symbol of grammar/lexicon.txt `list_symbols` glued or spaced between plain names
    ("web/cache 재시작", "restart web/my-nginx/cache", "web+cache 메모리", "data&cache 재기동", "web ㆍ cache
    재시작해주세요"; "/" in a Korean sentence only) — read as "and" only by the natural-language reading (typed
    docker CLI never comes here) and only when every word around a symbol is a plain name (`_plain_name`: no keyword,
    no version) that the request acts on as a container (its targets, the containers it leaves out, or an inspect's):
    "fastcampus/hello-world 실행" (an image) and "web에서 cat etc/hosts" (a path) read as typed; a removal of names
    joined by "/" (an image's reference in shape, "fastcampus/hello-world 지워") is never read as two containers."""
    spaced = grammar.words("and_symbols")
    said, pairs, slashed = text, [], False
    left_out: set[str] = set()  # (lead32c) English "a/b": a list only where the request leaves them out
    for chain in reversed(list(_and_symbol().finditer(text))):
        parts = _symbol_cut().split(chain.group())
        names, cuts = parts[0::4], [(parts[i], parts[i + 1], parts[i + 2]) for i in range(1, len(parts), 4)]
        glued_ok = all(_plain_name(n) for n in names)
        if not all((sym in spaced and before and after) or glued_ok for before, sym, after in cuts):
            continue
        if any(sym == "/" for _, sym, _ in cuts) and not HANGUL.search(text):
            # "stop web/cache": shaped as typed docker CLI (a name with a slash, an image's namespace/repository), never
            # a list of two in English — (lead32c) but three plain names or more are ("restart web/my-nginx/cache"), and
            # two are where the request leaves them out ("restart everything except web/cache": fewer written)
            if any(sym != "/" for _, sym, _ in cuts):
                continue
            if len(names) < 3:
                left_out.update(names)
        slashed = slashed or any(sym == "/" for _, sym, _ in cuts)
        pairs += [{x, y} for x, y in zip(names, names[1:])]
        said = f"{said[:chain.start()]}{', '.join(names)}{said[chain.end():]}"
    if not pairs or _shell_meta(said) or "+" in said.split():
        return None
    res = _parse(said, detail)
    if left_out and not (isinstance(res, m.ContainerAction) and left_out <= set(res.exclude)):
        return None
    if isinstance(res, m.WITH_TARGETS) and not (slashed and isinstance(res, m.Remove)):
        names_read = {*res.targets, *(res.exclude if isinstance(res, m.ContainerAction) else ())}
    elif isinstance(res, m.Inspect) and not res.as_place:
        names_read = {res.target, *res.more}
    else:
        return None
    return res if all(pair <= names_read for pair in pairs) else None


@lru_cache(maxsize=1)
def _new_one_started() -> re.Pattern[str]:
    """(lead32c) grammar/lexicon.txt `start_new_verb_en`, then an article of `start_new_article_en` and a word of a new
    or a throwaway one (`start_new_word_en`)."""
    alt = grammar.alternation
    return re.compile(rf"(?i)(?<![\w\-])(?:{alt('start_new_verb_en')})(?=\s+(?:{alt('start_new_article_en')})\s+"
                      rf"(?:{alt('start_new_word_en')})\s)")


def _new_one_started_en(text: str, detail: bool) -> m.Command | None:
    """(lead32c) English: a new or throwaway container said started ("start a throwaway ubuntu:focal that prints hi",
    "start a new alpine that prints hello"): the sentence read with the verb of a run (`start_new_run_en`) — a new one is
    run, never a container of that name started; only a run that reads whole (the plan refuses a container's name as
    the image: "start a throwaway web"). None otherwise."""
    if len(_new_one_started().findall(text)) != 1:
        return None
    res = _parse(_new_one_started().sub(grammar.lexicon()["start_new_run_en"][0], text, count=1), detail)
    return res if isinstance(res, m.RunContainer) else None


def _courtesy_trimmed(text: str) -> str:
    """(en13) `text` without the closing courtesy typed after it (grammar/lexicon.txt `trailing`: "top web pls",
    "logs web -f thanks"), its first word kept; (lead32c) or the speed asked (`trailing_speed_en`: "top web, quick",
    "top web real quick", "top cache asap"), the comma before it dropped."""
    ws = text.split()
    closing = grammar.words("trailing") | grammar.words("trailing_speed_en")
    trimmed = False
    while len(ws) > 1:
        if len(ws) > 2 and "_".join(ws[-2:]).lower().strip(".!") in closing:
            ws, trimmed = ws[:-2], True
        elif ws[-1].lower().strip(".!") in closing:
            ws, trimmed = ws[:-1], True
        else:
            break
    if trimmed and ws[-1].endswith(",") and len(ws) > 1:
        ws[-1] = ws[-1][:-1]
    return " ".join(ws)


def _courtesy_read(text: str) -> m.Command | None:
    """(props14) English: docker's own words of a read said without `docker`, then a closing courtesy of grammar/lexicon.txt
    `trailing` ("volume list please", "network ls pls", "image ls thanks"): the read, as without the courtesy. None when
    nothing was trimmed, when the rest is no docker command, or when it is not a read (a command that runs something,
    "exec web echo please", keeps every word it was typed with: never a word dropped from a write)."""
    from bot.language.parse_cli import read as read_cli
    from bot.language.parse_natural import reads_only

    bare = _courtesy_trimmed(text)
    if bare == text or len(bare.split()) < 2:
        return None
    try:
        cmd = read_cli(bare, "cli")
    except (UnexpectedInput, Incomplete):
        return None
    return replace(cmd, as_typed=False) if reads_only(cmd) and hasattr(cmd, "as_typed") else None


def _typed_without_docker(text: str) -> str | None:
    """(en13) English: a docker command typed without `docker`, with an option the sentence reader does not read
    ("logs web -f", "restart -t 2 web", "ps --filter status=exited", "logs web --tail=20 pls"): its words as the docker
    CLI reads them (a closing courtesy typed after it, grammar/lexicon.txt `trailing`, taken off), or None when it starts
    with no docker command word or has no option. The CLI reading runs as typed; a refusal stays the sentence's."""
    import bot.language.parse_cli as parse_cli

    bare = _courtesy_trimmed(text)
    ws = bare.split()
    if not any(w.startswith("-") and len(w) > 1 for w in ws[1:]):
        return None
    try:
        path = parse_cli.command_path(parse_cli.words(parse_cli.autocorrected(bare)))
    except Incomplete:
        return None
    return bare if path is not None else None


# a word with a glob star typed bare, outside quotes ("keys *", "ls *.log")
_GLOB_WORD = re.compile(r"(?<![^\s])[^\s'\"`*]*\*[^\s'\"`]*(?![^\s])")


def _glob_quoted(text: str, detail: bool) -> m.Command | None:
    """English: a command run in a container with a glob word typed bare ("hop into cache and run redis-cli keys *",
    "in data run ls *.log"): gorae runs no shell, so the word is the command's own text — read as if quoted
    (`keys '*'`, as the Korean sentence and typed docker CLI read it), only when that reads as a command run whose
    words hold it; None otherwise (the sentence is read as typed)."""
    if "'" in text or '"' in text or "$(" in text:
        return None
    quoted = _GLOB_WORD.sub(lambda mt: "'" + mt.group() + "'", text)
    if quoted == text:
        return None
    res = _parse(quoted, detail)
    if isinstance(res, (m.Exec, m.RunContainer)) and any("*" in w for w in res.command):
        return res
    return None


def _options_after_image(text: str, detail: bool) -> m.Command | NotUnderstood | None:
    """"run nginx -v /srv:/srv", "run ubuntu:focal -e A=1 env" (English, no `docker`: a sentence's shorthand):
    the docker-run options after the image are the run's (bot/language/parse_cli.py `options_after_image`),
    whichever option — never the container's arguments, never dropped; an option gorae cannot apply is a
    refusal. Typed `docker run IMAGE -v x` is read as docker reads it, elsewhere. None when `text` is no such
    run, or the words after the options are a sentence's ("run nginx -p 8080 and name it web")."""
    import bot.language.parse_cli as parse_cli

    try:
        cmd = parse_cli.options_after_image(text, "cli")
    except Incomplete as inc:
        return NotUnderstood(text, "en", inc.msg, suggestions=suggest(text, "en") if detail else ())
    except UnexpectedInput:
        return None
    if cmd is None:
        return None
    words = cmd.command if isinstance(cmd, m.RunContainer) else ()
    if _reads_like_a_sentence(cmd) and not (words and _a_command_word(words[0].lower())
                                            and not any(w.lower() in _sentence_words() for w in words)):
        return None
    return replace(cmd, lang="en")


@lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    return grammar.words("not_command") | grammar.words("joins")


_KO_RUN = re.compile(r"(?P<cli>[!-~][ -~]*?)\s+(?P<verb>" + HANGUL.pattern + r"[^!-~]*)")


def _command_kept(text: str, lang: Lang, detail: bool) -> m.Command | NotUnderstood | None:
    """`_options_after_image` of a run the sentence read without a command: English as said; Korean when
    the sentence is docker-run words then a run verb alone ("ubuntu:focal -e A=1 env 실행": read as
    "run ubuntu:focal -e A=1 env", answered in Korean). None otherwise."""
    if lang == "en":
        return _options_after_image(text, detail)
    shape = _KO_RUN.fullmatch(text.strip()) if lang == "ko" else None
    if shape is None or _alone(shape["verb"]) != ("v_run",):
        return None
    said = _options_after_image("run " + shape["cli"], detail)
    return replace(said, lang="ko") if isinstance(said, m.RunContainer) else None


@lru_cache(maxsize=256)
def _a_command_word(word: str) -> bool:
    """Whether `word`, first after a run's options ("run ubuntu:focal -e A=1 env", "… ls /data"), is a
    program's name though gorae's grammar knows it: read alone it is a word (`arg`), the list verb (`ls`,
    `ps`) or the env noun — a program of the image, never a sentence's word (chat noise, a name, a
    modifier, another verb: those leave the sentence to the grammar)."""
    try:
        tree = grammar.natural().parse(word)
    except UnexpectedInput:
        return False
    kids = [c for c in tree.children if isinstance(c, Tree)]
    if len(kids) != 1:
        return False
    return kids[0].data in ("arg", "v_list") or any(t.data == "k_env" for t in kids[0].iter_subtrees())


# the refusals of a sentence read whole whose command, typed between its container and the verb, may hold a
# word of gorae's grammar ("info", "memory", "set"): the command is then read quoted (`_placed_command`)
# (m11) or a word left stray: "web에 curl -I localhost 실행해봐", "data에 ls -al /tmp 돌려줘" (-I, -al read as options)
_PLACED_UNREAD = frozenset({"parse.unused", "parse.two_verbs", "parse.stray_words"})


@lru_cache(maxsize=1)
def _placed_shape() -> re.Pattern[str]:
    """"X에서 CMD ARG… 실행해": a name with its place particle (grammar/lexicon.txt `place_particles`), ASCII words
    with no quote, then Korean only — group `place`, `command`, `verb`."""
    particles = "|".join(re.escape(w) for w in sorted(grammar.words("place_particles"), key=len, reverse=True))
    return re.compile(r"(?P<place>[A-Za-z0-9][\w.\-]*(?:" + particles + r"))\s+(?P<command>[!-~](?:[^\"'`\s]|\s(?=[!-~]))*)"
                      r"\s+(?P<verb>" + HANGUL.pattern + r"[^!-~]*)")


# a shell character other than a pipe: `;`, `&&`, `||`, backticks, `$(`, `${`, redirections, `&`
_NOT_A_PIPE = re.compile(r";|&|\|\||`|\$\(|\$\{|>|<")


def _piped(text: str) -> m.Command | None:
    """"web에서 ps aux | grep nginx 해줘", "cache에서 redis-cli info | head -5 실행": a command line with an unquoted
    pipe typed between its container and the Korean verb. The tables disagree on it (the first, sixth, seventh,
    eighth and tenth tables: nothing runs, design.md's shell characters; the ninth and eleventh: `docker exec X
    sh -c '…'`): it is never run as said, and never refused bare — the `sh -c` reading is proposed (yes/no,
    bound to the asker), the shell reading the pipe. Only pipes (no `;`, `&&`, redirection or substitution);
    None when the sentence is no such command or does not read with it quoted."""
    shape = _placed_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]) or "|" not in shape["command"]:
        return None
    line = shape["command"]
    if _NOT_A_PIPE.search(line) or '"' in line or any(not part.strip() for part in line.split("|")):
        return None
    res = _parse(f'{shape["place"]} sh -c "{line}" {shape["verb"]}', detail=False)
    if isinstance(res, (m.Exec, m.RunContainer)) and list(res.command) == ["sh", "-c", line]:
        return res
    return None


def _placed_whole(text: str, res: m.Command | NotUnderstood) -> m.Command | NotUnderstood:
    """"cache에서 which redis-server 해봐" (blind13): a command typed between its container and the Korean verb runs
    with every word typed — a word of it that is also a word of gorae's ("which", "the") was dropped, and
    `docker exec cache redis-server` planned. A command run there whose words are not the ones typed is read with
    the command quoted (`_placed_command`, exactly the words typed), or refused (parse.unused) — never run short."""
    if isinstance(res, m.RunContainer) and not res.placed and res.command and HANGUL.search(text):
        return _image_run_whole(text, res)
    if not (isinstance(res, m.Exec) or (isinstance(res, m.RunContainer) and res.placed)) or not HANGUL.search(text):
        return res
    shape = _placed_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]) or _QUOTE_MARKS.search(shape["command"]):
        return res
    typed = shape["command"].split()
    while typed and list(res.command) != typed and typed[-1].lower() in grammar.words("placed_verb_en"):
        typed.pop()  # "web에서 ls -al /tmp run 해줘": the verb said in English before the Korean 해줘
    if all(w in res.command for w in typed):
        return res  # every word typed runs ("web에서 nginx 리로드 해줘": nginx -s reload, the program's own reload)
    placed = _placed_command(text)
    if placed is not None:
        return placed
    return NotUnderstood(text, "ko", Msg.of("parse.unused", words=shape["command"]))


_QUOTE_MARKS = re.compile(r"[\"'`]")


def _image_run_whole(text: str, res: m.RunContainer) -> m.Command | NotUnderstood:
    """(fix13) `_placed_whole` of a new container's command typed after its image said with (으)로: "busybox
    이미지로 echo stop now 실행해줘" ran `echo stop` (`now` dropped as chat noise). A command begun there whose words
    are not all the ones typed is read quoted (`_image_run_command`), or refused (parse.unused) — never run short."""
    shape = _image_run_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]) or _QUOTE_MARKS.search(shape["command"]):
        return res
    typed = shape["command"].split()
    if not typed or res.command[0] != typed[0] or all(w in res.command for w in typed):
        return res
    said = _image_run_command(text)
    return said if said is not None else NotUnderstood(text, "ko", Msg.of("parse.unused", words=shape["command"]))


@lru_cache(maxsize=1)
def _image_run_shape() -> re.Pattern[str]:
    """(fix13) "alpine으로 echo done 실행": an image with its particle of means (grammar/lexicon.txt
    `image_run_particles`, its noun `image_run_nouns` between), ASCII words with no quote, then Korean only — the
    groups of `_placed_shape`."""
    particles = "|".join(re.escape(w) for w in sorted(grammar.words("image_run_particles"), key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(grammar.words("image_run_nouns"), key=len, reverse=True))
    return re.compile(r"(?P<place>[A-Za-z0-9][\w.:/\-]*(?:\s*(?:" + nouns + r"))?(?:" + particles + r"))"
                      r"\s+(?P<command>[!-~](?:[^\"'`\s]|\s(?=[!-~]))*)\s+(?P<verb>" + HANGUL.pattern + r"[^!-~]*)")


def _image_run_command(text: str) -> m.Command | None:
    """(fix13) "alpine으로 echo done 실행", "busybox로 echo stop now 돌려": a command line typed whole between the
    image it runs in and a Korean run verb, that the grammar could not read (a word of it, `done`, is a word of
    gorae's): the text after the image is the command's text (issue 8 item 5), read quoted — only a new container
    (`docker run IMAGE …`) whose command is exactly the words typed, two words at least (one word there may be the
    new container's name: asked, grammar/lexicon.txt `launch`), the verb no verb of launching. None otherwise."""
    shape = _image_run_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]):
        return None
    words = shape["command"].split()
    if len(words) < 2 or words[0].startswith("-"):
        return None
    import bot.language.morph as morph
    from bot.language.parse_natural import LAUNCH

    if LAUNCH & set(morph.reading(shape["verb"]).text.split()) or _alone(shape["verb"]) != ("v_run",):
        return None
    try:
        res = _parse(f'{shape["place"]} "{shape["command"]}" {shape["verb"]}', detail=False)
    except RecursionError:
        return None
    if isinstance(res, m.RunContainer) and not res.placed and list(res.command) in (words, [shape["command"]]):
        return replace(res, command=tuple(words))
    return None


@lru_cache(maxsize=1)
def _run_with_shape() -> re.Pattern[str]:
    """(fix13) "run alpine with echo done": a run verb (grammar/lexicon.txt `image_run_verbs_en`), an image, the word
    that gives it a command (`image_run_with_en`), then ASCII words with no quote — groups `verb`, `image`, `command`."""
    def alt(role: str) -> str:
        return "|".join(re.escape(w) for w in sorted(grammar.words(role), key=len, reverse=True))

    return re.compile(r"(?i:(?P<verb>" + alt("image_run_verbs_en") + r"))\s+(?P<image>[A-Za-z0-9][\w.:/\-]*)\s+"
                      r"(?i:" + alt("image_run_with_en") + r")\s+(?P<command>[A-Za-z/.][^\"'`\s]*(?:\s+[^\"'`\s]+)*)")


def run_with_command(text: str) -> m.Command | None:
    """`_run_with_command` for the reader of a step (bot/language/parse_natural.py `_pulled_run_with`)."""
    return _run_with_command(text)


@lru_cache(maxsize=1)
def _placed_en_shape() -> re.Pattern[str]:
    """(inc21) "execute free -m inside data": a verb that runs a command in a place (grammar/lexicon.txt
    `placed_run_verbs_en`), ASCII words with no quote, then a word of place (`typed_place`) and one name — groups
    `command`, `place`."""
    def alt(role: str) -> str:
        return "|".join(re.escape(w) for w in sorted(grammar.words(role), key=len, reverse=True))

    return re.compile(r"(?i:" + alt("placed_run_verbs_en") + r")\s+(?P<command>[A-Za-z/.][^\"'`\s]*(?:\s+[^\"'`\s]+)*?)"
                      r"\s+(?i:" + alt("typed_place") + r")\s+(?P<place>[A-Za-z0-9][\w.\-]*)")


def _command_placed_en(text: str) -> m.Command | None:
    """(inc21) English, a command run in a container said by its place ("execute free -m inside data", "run free -m in
    cache") that the grammar could not read — its program is a word of gorae's too (`free`: "a free port"): read as if
    quoted (`run "free -m" inside data`), only when that is the command run in that place whose words are exactly the
    words typed, its first word a program gorae knows (grammar/lexicon.txt `known_programs`) and no docker command.
    None otherwise."""
    shape = _placed_en_shape().fullmatch(text.strip())
    if shape is None:
        return None
    words = shape["command"].split()
    if words[0].lower() not in grammar.words("known_programs") or shape["place"].lower() in grammar.keywords():
        return None
    try:
        res = _parse(f'run "{shape["command"]}" inside {shape["place"]}', detail=False)
    except RecursionError:
        return None
    # the quoted command read as run in the place (the plan execs it in the container of that name, as for the quoted)
    if (isinstance(res, m.RunContainer) and res.image == shape["place"] and not res.ports and not res.name
            and list(res.command) in (words, [shape["command"]])):
        return replace(res, command=tuple(words), lang="en", as_typed=False)
    return None


def _run_with_command(text: str) -> m.Command | None:
    """(fix13) "run alpine with echo done", "run busybox with uname -a": English, a new container of an image and the
    command it runs said after "with", that the grammar could not read (`done` is a word of gorae's, `with` takes
    options too): read as `run IMAGE "CMD"` — only when that is a new container of that image whose command is
    exactly the words typed, its first word a program (never a word of gorae's: "with port 8080", "with name x" are
    options; a program gorae knows, grammar/lexicon.txt `known_programs`: "with default settings", "with data volume
    pgdata at /data" are refused), no comma (a sentence goes on), no courtesy word last ("… please": the request's or
    the command's? refused). None otherwise."""
    shape = _run_with_shape().fullmatch(text.strip())
    if shape is None:
        return None
    words = shape["command"].split()
    first, last = words[0].lower(), words[-1].lower()
    keywords = grammar.keywords()
    if ((first in keywords and first not in grammar.words("verb_programs")) or last in grammar.words("placed_verb_en")
            or shape["image"].lower() in keywords):
        return None
    if first not in grammar.words("known_programs") or "," in shape["command"]:
        return None  # "run nginx with default settings", "run redis with data volume pgdata at /data, always restart"
    if any(w.lower() in grammar.words("clause_sentence_words") for w in words[1:]):
        return None  # (brk22) "run busybox with du at /var", "run alpine with ls in /data": a place said, the sentence's
    try:
        res = _parse(f'run {shape["image"]} "{shape["command"]}"', detail=False)
    except RecursionError:
        return None
    if (isinstance(res, m.RunContainer) and not res.placed and res.image == shape["image"]
            and list(res.command) in (words, [shape["command"]])):
        return replace(res, command=tuple(words), lang="en", as_typed=False)
    return None


@lru_cache(maxsize=1)
def _unsaid_place_shape() -> re.Pattern[str]:
    """(k15ko) "NAME CMD ARG… 해": a name with no particle, ASCII words with no quote, then Korean only — groups
    `place`, `command`, `verb` (as `_placed_shape`, without the place's particle)."""
    return re.compile(r"(?P<place>[A-Za-z0-9][\w.\-]*)\s+(?P<command>[!-~](?:[^\"'`\s]|\s(?=[!-~]))*)"
                      r"\s+(?P<verb>" + HANGUL.pattern + r"[^!-~]*)")


def _place_unsaid(text: str) -> m.Command | None:
    """(k15ko) "web nginx -s reload 해", "cache redis-cli ping 돌려봐": a container's name, a command line typed
    whole, then the Korean verb that runs it — the place said without its 에서 (chat drops particles). Read as if
    에서 were typed (`_placed_command`'s reading), only when that is a command run there whose words are exactly
    the ones typed; the line has two words or more, its first is no docker command ("web kill -s HUP 해" is
    never `kill` run inside web), and with 하다 alone as the verb ("해", "해줘") a flag or a path is in it. The
    exec (the plan: the container of that name; an image's name is a command run in a new container of it, or
    asked which of its containers). None otherwise."""
    from bot.language.parse_cli import command_path
    from bot.language.parse_cli import words as cli_words

    shape = _unsaid_place_shape().fullmatch(text.strip())
    if shape is None or HANGUL.search(shape["command"]):
        return None
    typed = shape["command"].split()
    if (len(typed) < 2 or shape["place"].lower() in grammar.keywords()
            or not re.fullmatch(r"[A-Za-z][\w.\-]*|/[\w./\-]+", typed[0])):
        return None
    try:
        if command_path(cli_words(shape["command"])) is not None:
            return None
    except Incomplete:
        return None
    if shape["verb"][0] in grammar.words("noun_ha") and not any(w.startswith("-") or "/" in w for w in typed[1:]):
        return None
    at = grammar.lexicon()["place_unsaid_ko"][0]
    res = _placed_command(f'{shape["place"]}{at} {shape["command"]} {shape["verb"]}')
    if (isinstance(res, m.RunContainer) and res == m.RunContainer(res.image, res.command, lang="ko", placed=res.placed)
            and res.image == shape["place"] and list(res.command) == typed):
        return m.Exec(shape["place"], tuple(typed), lang="ko")
    if isinstance(res, m.Exec) and res.target == shape["place"] and list(res.command) == typed:
        return res
    return None


def _placed_command(text: str) -> m.Command | None:
    """"cache에서 redis-cli set k v 실행해": a command typed whole between its container and the Korean verb
    that runs it, that the grammar could not read (a word of its, `set`, is a word of gorae's grammar): read
    with the command quoted, as if typed `cache에서 "redis-cli set k v" 실행해` — only when that reads as a
    command run there whose words are exactly the ones typed (never another reading). None otherwise
    (an image said with (으)로 before the command instead: `_image_run_command`)."""
    shape = _placed_shape().fullmatch(text.strip())
    if shape is None:
        return _image_run_command(text)
    if shape is None or HANGUL.search(shape["command"]):
        return None  # a Korean word among the command's ("data에서 /tmp에서 ls 실행"): the sentence's
    command = shape["command"].strip()
    described = re.fullmatch(r"((?:[^\s\"']+\s+)+)(?:\"([^\"]*)\"|'([^']*)')", command)
    if described and all(w.lower() in grammar.words("command_said") for w in described[1].split()):
        # (w17) "data에 shell command 'date' 실행해줘": the words before a quoted command that say what it is
        # are not its words — the quotes hold the whole command
        command = described[2] if described[2] is not None else described[3]
    words = command.split()
    quoted = f'{shape["place"]} "{command}" {shape["verb"]}'
    try:
        res = _parse(quoted, detail=False)
    except RecursionError:
        return None
    if isinstance(res, (m.Exec, m.RunContainer)) and list(res.command) == words:
        return res
    if isinstance(res, (m.Exec, m.RunContainer)) and list(res.command) == [shape["command"]]:
        return replace(res, command=tuple(words))  # read as one quoted word: the words it was typed as
    return None


def _as_typed(text: str, prepared: str, src: str, rd: Reading | None) -> Reading | None:
    """The reading whose `source` is the sentence as typed: a command's words are cut from it, so the
    keywords lowered for the grammar stay as typed there ("web에서 printenv A 실행", "run echo A in data":
    `A`, never the keyword `a`). Lowering keeps every column (ASCII keywords), so the columns hold."""
    if rd is not None:
        return m.changed(rd, source=text) if len(rd.source) == len(text) else rd  # (replace: ~5x the time)
    if prepared == text or len(prepared) != len(text):
        return None
    from bot.language.morph import Reading as Columns

    return Columns(src, tuple(range(len(src))), _EMOJI.sub(" ", text))


def _cli_noun_said(text: str, cmd: m.Command, detail: bool) -> m.Command | None:
    """(en12fix) English, docker's verb top said first as a noun, a preposition after it ("top of the container running
    alpine", "top for cache", "top on web"; (f22r) of several joined, "top for web and my-nginx", "top web and cache"): the
    processes of what follows, read as the sentence with the word of processes in its place (grammar/lexicon.txt `top_noun`, `top_preps`) — never a container named of, for or on. None
    when `cmd` is no such reading or the sentence does not read as docker top."""
    joined = {w.replace("_", " ") for w in grammar.words("joined_names_en")}
    if not isinstance(cmd, m.Top) or (cmd.target.lower() not in grammar.words("top_preps")
                                      and not (cmd.ps_args and cmd.ps_args[0].lower() in joined)):
        return None
    said = text.split(None, 1)
    if len(said) != 2 or said[0].lower() != "top":
        return None
    res = _parse(sorted(grammar.words("top_noun"))[0] + " " + said[1], detail)
    if isinstance(res, m.Sequence) and all(isinstance(st, m.Top) for st in res.steps):
        # (f22r) "top for web and my-nginx", "top web and cache": the processes of each container said joined
        return replace(res, lang="en", steps=tuple(replace(st, lang="en") for st in res.steps))
    return replace(res, lang="en") if isinstance(res, m.Top) else None


def _exec_typed(cli_text: str, cmd: m.Command) -> bool:
    """(fix14) `exec CONTAINER PROGRAM ARGS` typed without `docker` (grammar/lexicon.txt `exec_into`: "exec cache
    redis-cli info memory"): the words after the container are the program's, gorae's own words among them ("info",
    "memory") — the exec as typed, unless a sentence's word is said among them ("exec web ls and restart cache")
    or the program is no program's name."""
    ws = cli_text.split()
    return (isinstance(cmd, m.Exec) and len(ws) > 2 and ws[0].lower() in grammar.words("exec_into")
            and bool(cmd.command) and _a_command_word(cmd.command[0].lower())
            and not any(w.lower() in _sentence_words() for w in cmd.command))


def _reads_like_a_sentence(cmd: m.Command) -> bool:
    """A docker-CLI reading (typed without `docker`) whose command words are gorae's own words,
    or words of a sentence (grammar/lexicon.txt `not_command` and `joins`: "run nginx twice", "run
    busybox and have it ping localhost", "run nginx
    privileged"), or whose image is a count ("run 3 redis"); or whose containers are gorae's
    words ("restart everything but leave web alone" names no containers `everything`, `but`…)."""
    words = cmd.command if isinstance(cmd, (m.RunContainer, m.Exec, m.ServiceCreate)) else ()
    if isinstance(cmd, m.ContainerAction) and len(cmd.targets) > 1:
        words += cmd.targets
    kws = keywords()
    said = grammar.words("not_command") | grammar.words("joins")  # "run busybox and have it ping …"
    if isinstance(cmd, m.RunContainer) and cmd.image.isdigit():
        return True
    return any(w.lower() in kws or w.lower() in said for w in words)


@lru_cache(maxsize=1)
def _shell_script() -> re.Pattern[str]:
    """A quoted script after a shell's `-c` (grammar/lexicon.txt `shells`): `sh -c "ps aux | grep nginx"`
    — group 1 the shell and its -c, group 2 the quoted script."""
    shells = "|".join(re.escape(w) for w in sorted(grammar.words("shells"), key=len, reverse=True))
    return re.compile(r"((?<![\w./-])(?:/bin/|/usr/bin/)?(?:" + shells + r")\s+-c\s+)(\"[^\"]*\"|'[^']*')")


def _shell_meta(text: str) -> tuple[str, int] | None:
    """A shell metacharacter anywhere (but the well-known `$(docker ps -q)`).

    Quoted ones too: gorae runs no shell, so `"ls | wc"` would not mean what it says. But the script
    a shell is given with `-c` (`sh -c "ps aux | grep nginx"`: the shell reads it, as typed), and one:
    a single `&` inside a quoted word without spaces is that word's text, never an operator
    (a query string: `curl -s "http://localhost/?a=1&b=2"` is one argument, as a shell reads it).
    """
    masked = _ALL_RUNNING.sub(lambda mt: "x" * len(mt.group()), text)
    masked = _shell_script().sub(lambda mt: mt.group(1) + "x" * len(mt.group(2)), masked)
    masked = _QUOTED_WORD.sub(lambda mt: mt.group().replace("&", "x") if "&&" not in mt.group() else mt.group(),
                              masked)
    found = _META.search(masked)
    if found:
        return found.group(), found.start()
    return None


def _lower_keywords(text: str) -> str:
    """"Restart Web" reads like "restart Web" (names keep their case)."""
    if not _UPPER.search(text):
        return text  # nothing to lower: don't load the keyword list (it builds the CLI parser)
    kws = keywords()

    def lower(mt: re.Match[str]) -> str:
        word = mt.group()
        before = text[:mt.start()].split()
        if before and before[-1].lower() in grammar.words("keeps_case"):
            return word  # "--name I", "named Web": a name keeps its case
        return word.lower() if word.lower() in kws else word

    return _WORD.sub(lower, text)


def _without_asked(word: str) -> str:
    """A word as shown to the asker: without the "?" that bot/language/normalize.py keeps after Hangul (the mood
    of its ending, not a part of the word: "`맞지`", never "`맞지?`"); "" when it is all the word (nothing unread)."""
    return word.rstrip("?")


def _not_understood(text: str, lang: Lang, err: UnexpectedInput, rd: Reading | None = None,
                    detail: bool = True) -> NotUnderstood:
    column = err.column if isinstance(err.column, int) else 1  # lark: -1 at the end, "?" for a token without one
    col = max(0, (column or 1) - 1)
    if rd is not None:  # a column of the morpheme stream -> the same place in the text as typed
        col = rd.original_column(col)
    if isinstance(err, (UnexpectedEOF,)) or (
        isinstance(err, UnexpectedToken) and err.token.type == "$END"
    ):
        col = len(text)
        word = ""
    else:
        rest = text[col:]
        word = rest.split(" ", 1)[0] if rest else ""
        if isinstance(err, UnexpectedCharacters):
            # point at the whole unreadable word, not one character of it
            start = text.rfind(" ", 0, col) + 1
            word = text[start:].split(" ", 1)[0]
            col = start
    word = _without_asked(word)
    key = "parse.incomplete" if not word else "parse.unknown_word"
    return NotUnderstood(text, lang, Msg.of(key, word=word), column=col,
                         suggestions=suggest(text, lang) if detail else ())


# --------------------------------------------------------------------------- suggestions

def examples(lang: str) -> tuple[str, ...]:
    """The known utterances offered as suggestions, "ko" or "en" (grammar/examples.txt), in order."""
    return grammar.examples()[lang]


def _bigrams(text: str) -> frozenset[str]:
    padded = f" {text.lower()} "
    return frozenset(padded[i:i + 2] for i in range(len(padded) - 1))


@lru_cache(maxsize=2)
def _example_bigrams(lang: str) -> tuple[frozenset[str], ...]:
    return tuple(_bigrams(ex) for ex in examples(lang))


def suggest(text: str, lang: Lang, n: int = 3) -> tuple[str, ...]:
    """The `n` closest known utterances, in the asker's language, best first: Dice similarity of
    the character bigrams (lower case, word edges included), ties in the order of grammar/examples.txt.
    ~35 µs for the 22 examples (difflib's ratio, used before, took ~1 ms: bench/RESULTS.md)."""
    key = "ko" if lang == "ko" else "en"
    mine = _bigrams(text)
    scored = sorted(((2 * len(mine & ex) / (len(mine) + len(ex)), -i)
                     for i, ex in enumerate(_example_bigrams(key))), reverse=True)
    return tuple(examples(key)[-i] for _, i in scored[:n])
