"""(en15) English: a new container's command said in a clause of its own, after its image and its options.

    "run ubuntu:focal with working dir /srv and run ls"        -> docker run -w /srv ubuntu:focal ls
    "start a new busybox called bb1 that runs sleep 600"       -> docker run -d --name bb1 busybox sleep 600
    "run busybox as root in /tmp and print pwd"                -> docker run -u root -w /tmp busybox pwd
    "run an ubuntu:focal container that prints the date"       -> docker run ubuntu:focal date
    "run busybox once and show uptime"                         -> docker run --rm busybox uptime
    "run alpine and print the date, then clean up"             -> docker run --rm alpine date
    "run busybox, show uptime, and clean up after"             -> docker run --rm busybox uptime

The clause is a join (grammar/lexicon.txt `clause_join`: "and", "that", "which"), a verb of running
(`clause_runs`) or of printing (`clause_prints`), then the command. The sentence without the clause
(the head) is read as any sentence is; only a head read whole as a new container with no command of its
own gets the command (a start, a prohibition, a question or a head not read whole: None — the caller's
refusal stands). The command's first word is a program (`known_programs`, never one that names an image
too: `clause_not_programs`); after a verb of printing, the one program that prints what is said ("print
pwd", "prints the date": `date`) — any other words printed are left to the reader ("print hello" = echo).
A relative clause of running ("that runs sleep 600") says what the container runs: it stays detached.
Said around the head with a command: the user (`as root`, grammar/lexicon.txt `user_words`), the
directory (`in /tmp`) and a run once (`clause_once`: --rm); (run25) a clean-up said last (`clause_cleanup`, after a
comma or a join) is --rm too, and the clause may follow the head after a comma alone ("run alpine, print the date").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from bot import model as m
from bot.language import grammar

# a shell character anywhere: never a command read here (the caller refuses it)
_META = re.compile(r"[;&|`$<>]")


@lru_cache(maxsize=1)
def _clause() -> re.Pattern[str]:
    joins = grammar.alternation("clause_join")
    verbs = grammar.alternation("clause_runs") + "|" + grammar.alternation("clause_prints")
    return re.compile(rf"(?i)^(?P<head>.+?)(?:\s*,\s*(?:(?:{joins})\s+)?|\s+(?:{joins})\s+)(?P<verb>{verbs})\s+"
                      rf"(?P<cmd>[^,]+?)(?P<tail>\s*,\s*[^,]+)?\s*$")


@lru_cache(maxsize=1)
def _cleanup() -> re.Pattern[str]:
    """(run25) the container removed after, said last (grammar/lexicon.txt `clause_cleanup`, after a comma or a join):
    "run alpine and print the date, then clean up", "run alpine, print the date, and clean up after": --rm."""
    joins = grammar.alternation("clause_join")
    return re.compile(rf"(?i)(?:\s*,\s*|\s+)(?:(?:{joins})\s+)?(?:{grammar.alternation('clause_cleanup')})\s*$")


@lru_cache(maxsize=1)
def _around() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    users = grammar.alternation("user_words")
    once = grammar.alternation("clause_once")
    return (re.compile(rf"(?i)\s+as\s+(?P<user>{users})(?=\s|,|$)"),
            re.compile(r"(?i)\s+in\s+(?P<dir>/[\w./\-]*)(?=\s|,|$)"),
            re.compile(rf"(?i)\s+(?:{once})(?=\s*(?:,|$))"))


def _command(verb: str, said: str) -> tuple[str, ...] | None:
    """The command of the clause, or None when it names no program this reading may take."""
    words = said.split()
    if verb.lower() in grammar.words("clause_prints"):
        while words and words[0].lower() in grammar.words("printed_described"):
            words = words[1:]  # "prints the date", "shows its hostname": what is printed, by its program
        if len(words) != 1 or words[0].lower() not in grammar.words("clause_printing"):
            return None  # "print hello": the text printed, the reader's (echo)
        return (words[0].lower(),)
    if not words or words[0].lower() not in grammar.words("known_programs") - grammar.words("clause_not_programs"):
        return None  # "and run nginx": a second request, or an image — never a program guessed
    if any(w.lower() in grammar.words("clause_sentence_words") for w in words[1:]):
        return None  # "and run ls in /srv on it": words of a sentence among the command's — asked
    return tuple(words)


def command_clause(text: str, read: Callable[[str], m.Command | m.NotUnderstood]) -> m.Command | None:
    """The run that `text` says with its command in a clause of its own, or None (see the module)."""
    if _META.search(text):
        return None
    cleanup = _cleanup().search(text.strip())
    if cleanup is not None:
        text = text.strip()[:cleanup.start()]
    said = _clause().match(text.strip())
    if said is None:
        return None
    command = _command(said["verb"], said["cmd"])
    if command is None:
        return None
    head = said["head"]
    user_at, dir_at, once_at = _around()
    user = user_at.search(head)
    workdir = dir_at.search(head)
    once = once_at.search(head)
    for found in (user, workdir, once):
        if found is not None:
            head = head.replace(found.group(0), " ", 1)
    if (user is not None and user_at.search(head)) or (workdir is not None and dir_at.search(head)):
        return None  # said twice: which? the reader asks
    res = read(" ".join(head.split()) + (said["tail"] or ""))
    if (not isinstance(res, m.RunContainer) or res.command or res.create_only or res.as_typed or res.interactive
            or (user is not None and res.user is not None) or (workdir is not None and res.workdir is not None)):
        return None
    relative = said.group(0)[len(said["head"]):].strip().lstrip(",").split()[0].lower() in grammar.words("clause_relative")
    detach = True if relative and said["verb"].lower() in grammar.words("clause_runs") and not res.remove else res.detach
    return replace(res, command=command, detach=detach, remove=res.remove or once is not None or cleanup is not None,
                   user=user["user"] if user is not None else res.user,
                   workdir=workdir["dir"] if workdir is not None else res.workdir)
