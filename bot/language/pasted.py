"""(lead32b) The kind `paste`: output pasted before a request — recognized by its shape in the raw text, before
normalize joins the lines — is set aside; the request after it is read alone, and no word of the paste is ever a word
of the order (a write inside it never runs).

    "2026-12-05T03:12:44Z panic: runtime error\\nweb 상태 확인 부탁"              -> docker inspect web
    "```\\nweb   nginx   Restarting (1) 5 seconds ago\\n```\\nweb 로그 봐줘"      -> docker logs web
    "```docker rm web```\\nweb 로그 봐줘"                                       -> docker logs web (never the rm)
    "redis-cli: Could not connect to Redis at 127.0.0.1:6379 → cache 재시작 부탁" -> docker restart cache

The shapes (each ends before the request, which must follow):
  * a code fence (three backticks) opening the text, to its closing fence;
  * whole lines before the request, each a log line opening with a timestamp to the second
    (2026-12-05T03:12:44Z, [2026-12-05 03:12:44]) or a docker daemon's error (grammar/lexicon.txt `pasted_head_en`),
    none with Hangul;
  * one line, then an arrow pointing at the request (→ ⇒ -> =>, spaced): the part before it with no Hangul, holding a
    word of an error (`error_said`) or opening with `pasted_head_en`.
Anything else is left as typed (None).

(breaker34) A terminal session pasted — a docker command after its prompt, then a line it printed ("$ docker volume rm
db\ndb" removed `db db`) — is what happened there, never an order (`transcript`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot import model as m
from bot.language import grammar
from bot.language.grammar import HANGUL

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

_FENCE = re.compile(r"\A\s*```.*?```[ \t]*(?:\n|\Z)", re.S)
_STAMP = re.compile(r"\A\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")
_ARROW = re.compile(r"\s(?:\u2192|\u21d2|->|=>)\s")


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    """grammar/lexicon.txt `pasted_head_en` (`_` for a space): how a docker daemon's error opens."""
    heads = sorted((w.replace("_", " ") for w in grammar.words("pasted_head_en")), key=len, reverse=True)
    return re.compile(r"(?i)\A\s*(?:" + "|".join(re.escape(h) for h in heads) + r")")


@lru_cache(maxsize=1)
def _error_word() -> re.Pattern[str]:
    words = sorted((w.replace("_", " ") for w in grammar.words("error_said")), key=len, reverse=True)
    return re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])")


def _log_line(line: str) -> bool:
    return not HANGUL.search(line) and (_STAMP.match(line) is not None or _head().match(line) is not None)


@lru_cache(maxsize=1)
def _pointer() -> tuple[frozenset[str], tuple[str, ...]]:
    """grammar/lexicon.txt `fence_pointer`: (the English words and phrases, `_` a space, lower case; the Korean ones)."""
    words = grammar.words("fence_pointer")
    return (frozenset(w.replace("_", " ") for w in words if not HANGUL.search(w)),
            tuple(w.replace("_", " ") for w in words if HANGUL.search(w)))


def points_at_it(said: str) -> bool:
    """(en33) Whether `said` holds a word of grammar/lexicon.txt `fence_pointer` ("이거 돌려줘", "run this pls"): a
    Korean one at a word's start (이거좀), an English one as a whole word or phrase."""
    en, ko = _pointer()
    ws = [w.strip(".,:;!?~()").lower() for w in said.split()]
    if any(w.startswith(k) for w in ws for k in ko if " " not in k):
        return True
    joined = " " + " ".join(ws) + " "
    return any(f" {p} " in joined for p in en) or any(f" {k}" in joined for k in ko if " " in k)


def without_pointer(said: str) -> str:
    """(en33) `said` without its words of grammar/lexicon.txt `fence_pointer` (`points_at_it`): "이거 돌려줘" -> "돌려줘",
    "run this pls:" -> "run pls:", "이거좀 실행" -> "좀 실행"."""
    en, ko = _pointer()
    for phrase in sorted((p for p in (*en, *ko) if " " in p), key=len, reverse=True):
        said = re.sub(rf"(?i)(?<!\S){re.escape(phrase)}(?![^\s.,:;!?~])", " ", said)
    out = []
    for w in said.split():
        bare = w.strip(".,:;!?~()").lower()
        if bare in en:
            w = w.lower().replace(bare, "", 1)
        else:
            k = next((k for k in sorted(ko, key=len, reverse=True) if " " not in k and w.startswith(k)), None)
            if k is not None:
                w = w[len(k):]
        if w.strip():
            out.append(w)
    return " ".join(out)


_FENCE_INSIDE = re.compile(r"\A\s*```[ \t]*(?:(?P<tag>[A-Za-z0-9]+)[ \t]*\n)?(?P<body>.*?)```", re.S)
_DOCKER_LINE = re.compile(r"(?:\$\s+)?(?P<cmd>(?i:docker)\s+\S.*)")


def _fenced_command(fence: str, rest: str) -> str | None:
    """(en33) The kind `codeblock`: a fence holding ONE docker command line (a language tag of grammar/lexicon.txt
    `fence_tag` and a `$ ` prompt before it left out), followed by a request that points at it (`points_at_it`: "이거
    돌려줘", "run this pls") — the command is what the request is about, never a paste set aside: the text as the
    command quoted, then the request ("\"docker restart cache\" 이거 돌려줘"), which bot/language/parse.py reads as a
    quoted docker command (only a request to run it runs it). None for anything else (output, several lines, a
    request that does not point at it: "```docker rm web```\nweb 로그 봐줘" stays a paste)."""
    got = _FENCE_INSIDE.match(fence)
    if got is None or not rest or not points_at_it(rest):
        return None
    tag, body = got["tag"], got["body"]
    if tag is not None and tag.lower() not in grammar.words("fence_tag"):
        body = tag + "\n" + body  # "```docker ps -a```" is no tag: what is typed
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    line = _DOCKER_LINE.fullmatch(lines[0]) if len(lines) == 1 else None
    if line is None or "`" in line["cmd"]:
        return None
    # only when the whole then reads as that command and nothing else ("```docker stop data```\ncan you run this on web
    # instead" read an exec in web of the quoted words): a paste set aside otherwise, as before
    return _read_as_command(line["cmd"], lambda quoted: f"{quoted} {rest}")


def _read_as_command(cmd: str, said_with: Callable[[str], str]) -> str | None:
    """The request said with `cmd` quoted (`said_with(quoted)`), when that whole reads as `cmd` alone reads; None when
    `cmd` holds both quote marks or the whole reads otherwise."""
    quote = '"' if '"' not in cmd else "'" if "'" not in cmd else None
    if quote is None:
        return None
    said = said_with(f"{quote}{cmd}{quote}")
    from dataclasses import replace

    from bot.language.normalize import normalize
    from bot.language.parse import parse

    whole, alone = parse(normalize(said), detail=False), parse(normalize(cmd), detail=False)
    if not isinstance(whole, m.Command) or not isinstance(alone, m.Command):
        return None
    return said if replace(whole, lang=alone.lang) == alone else None


_LINE_CMD = re.compile(r"(?i)\A\s*(?:\$\s+)?(?:sudo\s+)?(?P<cmd>docker\s+\S.*)")


def _unfenced_command(text: str) -> str | None:
    """(f24a) One docker command pasted on lines of its own with no fence (a `$ ` prompt and sudo left out, its `\\`
    continuations joined), before or after a request on its own lines that points at it ("$ docker volume create x\n이것도
    부탁", "스택오버플로에서 찾은 건데 이거 돌려줘\n$ docker volume ls", "docker run -d \\\n  --name x \\\n  redis\n이거
    돌려줘"): read as the fenced command is (`_fenced_command`: only a request to run it runs it); None otherwise."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return None
    for first in (True, False):
        starts = [i for i, ln in enumerate(lines) if _LINE_CMD.match(ln)]
        if not starts:
            return None
        at = starts[0] if first else starts[-1]
        end = at
        while end < len(lines) - 1 and lines[end].rstrip().endswith("\\"):
            end += 1
        block, rest = lines[at:end + 1], lines[:at] + lines[end + 1:]
        if (at != 0 if first else end != len(lines) - 1) or not rest or any(_LINE_CMD.match(ln) for ln in rest):
            continue
        mt = _LINE_CMD.match(" ".join(ln.strip().rstrip("\\").strip() for ln in block))
        if mt is None:
            continue
        cmd, asked = mt["cmd"].strip(), " ".join(ln.strip() for ln in rest)
        if first:
            said = _fenced_command("```\n" + cmd + "\n```", asked)
        else:
            said = _asked_then_command(asked, cmd)
        if said is not None:
            return said
    return None


def _asked_then_command(asked: str, cmd: str) -> str | None:
    """(f24a) A request pointing at a docker command on the lines after it ("이거 돌려줘\n$ docker volume ls", "run this
    pls:\ndocker pause my-volume"): the request, then the command quoted — when the whole reads as that command alone."""
    if "`" in cmd or "\n" in cmd or not points_at_it(asked):
        return None
    return _read_as_command(cmd, lambda quoted: f"{asked} {quoted}")


def fence_asked_otherwise(text: str) -> str | None:
    """(safe34en) The request after a fence holding one docker command when it points at the command yet does not read as
    that command alone, and read alone it is a write ("```docker stop web```\nrun this on cache instead" started cache,
    "… run this after the backup" ran an image `backup`): what it asks of the command is not that command, and the
    request alone is no order of its own — None otherwise (bot/pipeline.py refuses it: parse.fence_changed)."""
    if "`" not in text or (fence := _FENCE.match(text)) is None:
        return None
    rest = text[fence.end():].strip()
    got = _FENCE_INSIDE.match(fence.group())
    if not rest or got is None or not points_at_it(rest) or _fenced_command(fence.group(), rest) is not None:
        return None
    lines = [ln.strip() for ln in got["body"].split("\n") if ln.strip()]
    if len(lines) != 1 or _DOCKER_LINE.fullmatch(lines[0]) is None:
        return None
    from bot import model as m
    from bot.language.normalize import normalize
    from bot.language.parse import parse
    from bot.language.parse_natural import reads_only

    alone = parse(normalize(rest), detail=False)
    if isinstance(alone, m.NotUnderstood) and alone.reason.key == "parse.pointed_unseen":
        return rest  # "run this on cache instead": a run of what is pointed at, elsewhere
    said = alone.proposal if isinstance(alone, m.NotUnderstood) else alone
    return rest if isinstance(said, m.Command) and not isinstance(said, (m.Help, m.Prohibition)) and not reads_only(
        said) else None


@lru_cache(maxsize=1)
def _run_pointed_en() -> re.Pattern[str]:
    """(safe34en) A verb of running (grammar/lexicon.txt `pointed_run_verb_en`) said of a pointer
    (`pointed_run_pointer_en`: this, that, the following …)."""
    verbs, pointers = grammar.alternation("pointed_run_verb_en"), grammar.alternation("pointed_run_pointer_en")
    return re.compile(rf"(?i)(?<![\w'-])(?:{verbs})\s+(?:{pointers})(?![\w'-])")


def pointed_run_en(text: str, res: m.Command | m.NotUnderstood) -> m.Command | m.NotUnderstood:
    """(safe34en) `res`, or parse.pointed_unseen when an English sentence asks to run "this" or "that" — a command shown
    elsewhere — and was read as something else than a docker command quoted as typed ("run this on cache" started cache,
    "run this on cache instead: `docker stop web`" ran `instead:` in cache): what is run is not read here. A quoted docker
    command asked to run as typed ("run this pls: `docker restart cache`") is `res` as read."""
    if isinstance(res, m.NotUnderstood) or res.lang == "ko" or res.as_typed or isinstance(res, (m.Help, m.Prohibition)):
        return res
    if HANGUL.search(text) or (mt := _run_pointed_en().search(text)) is None:
        return res
    from bot.language.parse_natural import reads_only

    if reads_only(res):
        return res
    return m.NotUnderstood(text, "en", m.Msg.of("parse.pointed_unseen", said=mt.group()))


def pasted_apart(text: str) -> str | None:
    """The request after output pasted before it in `text` (see the module), or None when no paste opens the text by
    its shape or nothing follows it."""
    if "`" in text and (fence := _FENCE.match(text)) is not None:
        rest = text[fence.end():].strip()
        asked = _fenced_command(fence.group(), rest)
        return asked if asked is not None else rest or None
    if "\n" in text and (said := _unfenced_command(text)) is not None:
        return said
    if "\n" in text:
        lines = text.split("\n")
        n = 0
        while n < len(lines) and (not lines[n].strip() or _log_line(lines[n])):
            n += 1
        if n and any(ln.strip() for ln in lines[:n]):
            rest = "\n".join(lines[n:]).strip()
            return rest or None
    first = text.split("\n", 1)[0]
    arrow = _ARROW.search(first)
    if arrow is not None:
        head, rest = first[:arrow.start()], text[arrow.end():].strip()
        if rest and head.strip() and not HANGUL.search(head) and (
                _error_word().search(head) is not None or _head().match(head) is not None):
            return rest
    return None


_PROMPTED = re.compile(r"(?i)\A\s*(?:\[[^\]\n]{1,80}\]|[\w.\-]+@[\w.\-]+(?::\S*)?|[~/]\S*)?[ \t]*[$#%][ \t]+(?:sudo\s+)?docker\b")
# what a docker command prints: one word (a name or an ID, as rm/stop/kill print them), columns (two blanks or a tab
# between), or a daemon's answer
_PRINTED = re.compile(r"\A\s*(?:\S+|.*\S(?: {2,}|\t)\S.*|(?:Error|Untagged|Deleted|Total reclaimed|Unable)\b.*)\s*\Z")


def transcript(text: str) -> bool:
    """(breaker34) Whether `text` (a code fence around it or not) is a docker command pasted with its shell prompt, then
    a line it printed (one word, columns, a daemon's answer), neither another prompted command nor the continuation of
    one (the line before it ending in a backslash). A Slack quote ("> docker restart web\nrun that again") is no prompt. "$ docker volume rm db\ndb", "```\n$ docker rm data\ndata\n```"; "$ docker ps" alone, or
    two prompted commands, are not."""
    if "\n" not in text:
        return False
    body = text.strip()
    if body.startswith("```") and body.endswith("```") and len(body) > 6:
        body = body[3:-3]
    lines = [line for line in body.splitlines() if line.strip()]
    if len(lines) < 2 or not _PROMPTED.match(lines[0]):
        return False
    return any(not _PROMPTED.match(line) and not before.rstrip().endswith("\\") and _PRINTED.match(line)
               for before, line in zip(lines, lines[1:]))

