"""Natural-language phrases -> Command: the reading of grammar/natural.lark's parse tree.

    read(grammar.natural().parse("restart web"), "en", "restart web")  -> Restart(targets=('web',))

The grammar yields a flat sequence of phrases in the order they were said. `collect` turns
it once into an immutable, typed value (`Said`: a tuple of frozen `Arg`s and `Phrase`s,
each with its position): English prepositions attach to the name after them, English kind
nouns ("volume pgdata") to the name after them. `main_verb` decides which verb the sentence
means; `FAMILIES` maps that verb to a small pure function of its family (lifecycle, prune,
logs, inspect/list/show, images, network, volume, exec, run/create) that takes the `Said`
and returns the Command and what it read (`Used`, a frozen value threaded through the
helpers, never shared). "Everything said must be used" is then a pure check over `Used`.
No engine access: whether "db" is a container or an image is the planner's question.
Raises `Incomplete` (bot.language.parse) with the reason when the phrases do not make a command.
"""
from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from lark import Token, Tree

from bot import model as m
from bot.language import (  # parse_swarm: Swarm services and nodes (issue 12), asked of every clause
    docker_values,
    parse_swarm,
)
from bot.language.grammar import keywords, lexicon
from bot.language.normalize import HANGUL
from bot.language.parse import Incomplete
from bot.model import Lang

if TYPE_CHECKING:  # pragma: no cover
    from bot.language.morph import Reading

CONTAINER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
IMAGE_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-/:@]*")
# words whose role depends on where they are said: grammar/lexicon.txt (one place for vocabulary)
_LEX = lexicon()
_DO_ENDING = re.compile(r"\s(" + "|".join(map(re.escape, _LEX["do_endings"]))
                        + r")[\uac00-\ud7a3 ]{0,6}[?!.~]*\s*$")
_DRIVERS = frozenset(_LEX["drivers"])
_PARTICIPLES = frozenset(_LEX["participles"])
_GET_DONE = frozenset(_LEX["get_done"])
_PERFECT_AUX = frozenset(_LEX["perfect_aux"])
_PERFECT_BETWEEN = frozenset(_LEX["perfect_between"]) | frozenset(_LEX["progressive_who"])
_DRIVERS_KO = dict(w.split("=", 1) for w in _LEX["drivers_ko"])  # 브리지=bridge
_WITHIN = _LEX["within"]
_TRAILING = frozenset(_LEX["trailing"])
_WAIT_AFTER = frozenset(_LEX["wait_after"])
_NOT_COMMAND = frozenset(_LEX["not_command"])
# programs a command is known to start with (a word after "IMAGE 이미지로" that is one is never a container's name)
_PROGRAMS_SAID = frozenset(_LEX["verb_programs"] + _LEX["shells"] + _LEX["probe_from"])
_JOINS = frozenset(_LEX["joins"])
_PROGRAM = re.compile(r"[A-Za-z][\w.\-]*")  # a program's name said as the first word of a command
_WAIT_BEFORE = frozenset(_LEX["wait_before"])
_WH = frozenset(_LEX["wh"])
_COPULA = frozenset(_LEX["copula"])
_WHERE_ASKED = frozenset(_LEX["where_asked"])
# a name glued to a number before a Korean particle ("nginx8080으로"): a name, or a name and a port?
_GLUED_NUMBER = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]\d{2,5}")


# --------------------------------------------------------------------------- the phrase list


class _once:  # a decorator, as functools.cached_property
    """`functools.cached_property` without its lock (Python 3.11 takes an RLock on every first read,
    ~1 µs; 3.12 dropped it): the value is computed on the first read and kept in the instance's
    `__dict__`, which later reads find first (a frozen dataclass: its fields are never reassigned)."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.fn(instance)
        return value


@dataclass(frozen=True)
class Arg:
    """A name, path, string, number… said in the sentence (grammar rule `arg`)."""

    value: str
    type: str  # NAME, PATH, STRING, INT, FLAGWORD, ALL_RUNNING…
    kind: str | None = None  # container, image, volume, network, dir, driver, env
    particle: str | None = None  # obj, at, as, from, of, topic, and
    prep: str | None = None  # in, at, from, with
    pos: int = 0  # column in the text read
    index: int = 0  # its place among the args (its identity)


@dataclass(frozen=True)
class Phrase:
    """A phrase of the grammar other than a verb, a name, a noun or a role (`tail`, `named`, `rp_always`…)."""

    name: str  # the grammar rule
    values: tuple[str, ...] = ()  # its tokens as typed
    types: tuple[str, ...] = ()  # their token types
    subs: tuple[Tree[Any], ...] = ()  # its sub-rules (units, restart values, ports)
    span: tuple[int, int] | None = None  # columns in the text read
    index: int = 0  # its place among the phrases (its identity); < 0: implied by a reading

    @_once  # read for every phrase each time a reading asks for a group
    def group(self) -> str:
        return "restart_policy" if self.name.startswith("rp_") else self.name


Item = tuple[int, int, str, "Arg | Phrase | None"]  # (start, end, rule, what) as said, in order


@dataclass(frozen=True)
class Said:
    """One clause as the grammar read it: immutable, typed, in the order said."""

    lang: Lang
    text: str  # the text read (Korean: the morpheme stream)
    reading: Reading | None  # Korean: where each character of `text` was said
    verbs: tuple[str, ...]
    verb_spans: tuple[tuple[str, int, int], ...]
    args: tuple[Arg, ...]
    phrases: tuple[Phrase, ...]
    nouns: tuple[str, ...]
    items: tuple[Item, ...]
    excluded: tuple[Arg, ...]  # names left out ("web 빼고", "except web")

    @_once  # `ph` asks for a group ~20 times a sentence
    def by_group(self) -> dict[str, tuple[Phrase, ...]]:
        """group -> its phrases, in the order said."""
        out: dict[str, list[Phrase]] = {}
        for p in self.phrases:
            out.setdefault(p.group, []).append(p)
        return {g: tuple(ps) for g, ps in out.items()}

    def original(self, a: int, b: int) -> str:
        """The sentence as typed between two columns of `text` (Korean words as typed, not lemmas)."""
        if self.reading is None:
            return self.text[a:b]
        rd = self.reading
        start = rd.original_column(a)
        end = rd.original_column(b) if b < len(self.text) else len(rd.source)
        return rd.source[start:end]


@dataclass(frozen=True)
class Used:
    """What a reading has read so far: a value, returned by every helper that reads."""

    args: frozenset[int] = frozenset()  # Arg.index read
    groups: frozenset[str] = frozenset()  # phrase groups read
    absorbed: frozenset[int] = frozenset()  # Phrase.index that are words of a command to run
    added: tuple[Phrase, ...] = ()  # phrases a reading implies ("8080에" -> port)
    as_run: frozenset[str] = frozenset()  # verbs said that belong to the run ("start a fresh …")

    # a new Used made field by field, not with dataclasses.replace (~5x cheaper; read many times a sentence)
    def arg(self, *args: Arg) -> Used:
        read = {a.index for a in args}
        if read <= self.args:
            return self  # the same value: nothing new read (most calls for "ALL_RUNNING" names: none)
        return _used(self.args | read, self.groups, self.absorbed, self.added, self.as_run)

    def group(self, name: str) -> Used:
        if name in self.groups:
            return self
        return _used(self.args, self.groups | {name}, self.absorbed, self.added, self.as_run)

    def ran(self, as_run: frozenset[str]) -> Used:
        if as_run == self.as_run:
            return self  # the same value (main_verb asks for none at its start: most readings have none)
        return _used(self.args, self.groups, self.absorbed, self.added, as_run)

    def add(self, name: str, values: tuple[str, ...] = (), types: tuple[str, ...] = ()) -> Used:
        ph = Phrase(name, values, types, (), None, -1 - len(self.added))
        return _used(self.args, self.groups, self.absorbed, self.added + (ph,), self.as_run)


def _used(args: frozenset[int], groups: frozenset[str], absorbed: frozenset[int], added: tuple[Phrase, ...],
          as_run: frozenset[str]) -> Used:
    """`Used(args, groups, absorbed, added, as_run)`: the same value, its fields stored in its `__dict__` in
    their order — what the frozen dataclass's `__init__` does with one `object.__setattr__` call a field (~half
    the cost; a reading makes ~15). tests/test_parse_speed.py compares the two."""
    new = _new_object(Used)
    fields = new.__dict__
    fields["args"] = args
    fields["groups"] = groups
    fields["absorbed"] = absorbed
    fields["added"] = added
    fields["as_run"] = as_run
    return new


_new_object = object.__new__
_NOTHING_USED = Used()  # a reading's start (a frozen value: shared)


def ph(s: Said, u: Used, group: str) -> list[Phrase]:
    """The phrases of a group still said (not absorbed into a command to run)."""
    absorbed = u.absorbed
    if not absorbed and not u.added:  # nothing absorbed or added (most readings): the group as said
        return list(s.by_group.get(group, ()))
    found = [p for p in s.by_group.get(group, ()) if p.index not in absorbed]
    if u.added:
        found += [p for p in u.added if p.group == group and p.index not in absorbed]
    return found


def has(s: Said, u: Used, group: str) -> bool:
    """Was this phrase said? (asking does not use it) — `bool(ph(s, u, group))` without the list."""
    absorbed = u.absorbed
    said = s.by_group.get(group)
    if said is not None:
        if not absorbed:
            return True  # a group in `by_group` has a phrase
        for p in said:
            if p.index not in absorbed:
                return True
    if not u.added:
        return False
    return any(p.group == group and p.index not in absorbed for p in u.added)


def use(s: Said, u: Used, group: str) -> tuple[bool, Used]:
    """Was this phrase said? Asking here means the command takes it into account."""
    if has(s, u, group):
        return True, u.group(group)
    return False, u


def take(s: Said, u: Used, group: str) -> tuple[list[Phrase], Used]:
    return ph(s, u, group), u.group(group)


def free(s: Said, u: Used) -> list[Arg]:
    return [a for a in s.args if a.index not in u.args]


VERBS = ("run", "create", "start", "stop", "kill", "pause", "unpause", "restart", "rm", "prune",
         "logs", "inspect", "list", "show", "pull", "push", "connect", "disconnect", "exec",
         "mount", "share", "publish", "expose", "scale", "update", "rollback", "touch", "tag",
         "rename")
# verbs that only add to a run/create ("마운트해서 … 실행", "publish port 80")
MODIFIERS = {"mount", "share", "publish", "expose", "connect"}
# the verbs of a part that only looks (a first bare "show" before it shows what it names: `_sequence_parts`)
_LOOK_VERBS = frozenset({"v_show", "v_logs", "v_inspect", "v_list"})
# the phrases that say how a new container is run (ports, memory, name, env, restart policy): with chat "go"
# and no verb, a run ("nginx 8080포트로 ㄱㄱ")
GO_OPTIONS = ("port", "port_num", "port_to_host", "host_port", "container_port", "random_port", "memory", "named",
              "name_as", "env", "restart_policy", "volumes_from", "rm_after")
# what a question may get as an answer ("컨테이너 뭐 떠있나요?"); a write is never done on a question
READS = (m.ListContainers, m.Inspect, m.Logs, m.ListImages, m.VolumeList, m.VolumeInspect, m.NetworkList,
         m.NetworkInspect, m.Help, m.ServiceList, m.ServicePs, m.ServiceInspect, m.ServiceLogs, m.NodeList, m.Stats,
         m.Top, m.Port, m.ImageInspect, m.History)  # "web 프로세스 뭐 돌아?": a read asked yes/no is answered
# verbs that mean "send" before a command in a container ("X에서 ping 날려"), "delete" elsewhere
SEND = frozenset(_LEX["send"])
# verbs that run a command only in a container said with 에서/in ("X에서 ping 보내", "X에서 df -h 쳐")
SEND_ONLY = frozenset(_LEX["send_only"])
# verbs of typing a command into a container said with 에/(으)로 ("cache에 redis-cli info 쳐줘")
TYPE_INTO = frozenset(_LEX["type_into"])
# verbs that launch a container from an image ("띄우", "올리"): one word after "IMAGE로" may be its name
LAUNCH = frozenset(_LEX["launch"])
# light verbs after a verbal noun ("재시작 돌려줘"): the noun is the verb
LIGHT = frozenset(_LEX["light"])
# verbs that combine with a more specific one ("show the logs" -> logs)
WEAK = {"show", "list", "inspect"}
MAX_LOGS = 5  # the logs of at most this many containers said at once ("web cache 로그": one after the other)
# the phrases that say a container is in trouble (a complaint, "is web down?"; "is web dead?": `_trouble`): its
# status and its last COMPLAINT_TAIL log lines are shown, two reads
TROUBLE = {"complaint", "down"}
COMPLAINT_TAIL = 20


_READ_TYPE: dict[type, bool] = {}  # (perf32) a command's class -> isinstance(cmd, READS): asked ~27 times a sentence


def _a_read(cmd: object) -> bool:
    """isinstance(cmd, READS), known once per class (the model's classes are plain dataclasses: no __instancecheck__)."""
    kind = type(cmd)
    got = _READ_TYPE.get(kind)
    if got is None:
        got = _READ_TYPE[kind] = isinstance(cmd, READS)
    return got


def reads_only(cmd: m.Command) -> bool:
    """A read (READS), or a Sequence of reads only (a complaint's status then logs)."""
    if isinstance(cmd, m.Sequence):
        return bool(cmd.steps) and all(_a_read(st) for st in cmd.steps)
    return _a_read(cmd)


def _is(c: object, name: str) -> bool:
    return isinstance(c, Tree) and c.data == name


def _is_name(c: object) -> bool:
    if not (_is(c, "arg") and isinstance(c, Tree)):
        return False
    first = c.children[0]
    return isinstance(first, Token) and first.type in ("NAME", "STRING")


def _predicate(text: str, start: int, end: int, reading: Reading | None) -> bool:
    """Whether the Korean verb at `text[start:end]` (the morpheme stream) was typed as a predicate, with an
    ending or 하다 glued to it ("보여줘", "재시작해", "꺼") — not a bare noun ("로그", "상태", "재시작"),
    which ends no clause: "로그 좀 web꺼" is not the logs, then a stop. True without a reading."""
    if reading is None or not reading.origin:
        return True
    src = reading.source
    begin, stop = reading.original_column(start), reading.original_column(end - 1) + 1
    while stop < len(src) and HANGUL.match(src[stop]):
        stop += 1
    return src[begin:stop].replace(" ", "") != text[start:end].replace(" ", "")


def _clauses(children: list[Any], text: str, reading: Reading | None = None) -> list[Any]:
    """Korean is verb-final: "web 상세정보 보여줘 web stop 해줘" is two clauses. A verb said in
    Hangul as a predicate (`_predicate`: "보여줘", never the bare noun "로그") followed by a name, with
    another verb later, ends a clause (a `seq` is put there).
    English lists its steps with commas before the last "then": "kill data, remove it, then list
    containers" — a comma before a verb, after another verb, with a `seq` said later, is one too
    (without a later "then" two verbs stay two: "stop web, remove it" is asked)."""
    out: list[Any] = []
    for i, c in enumerate(children):
        if (i > 0 and isinstance(c, Tree) and c.data.startswith("v_") and not c.meta.empty
                and isinstance(children[i - 1], Tree) and not children[i - 1].meta.empty
                and not HANGUL.search(text) and "," in text[children[i - 1].meta.end_pos:c.meta.start_pos]
                and any(isinstance(d, Tree) and d.data.startswith("v_") for d in children[:i])
                and any(_is(d, "seq") for d in children[i + 1:]) and not _is(out[-1], "seq")):
            out.append(Tree("seq", []))
        elif i > 0 and (_comma_steps(children, i, text) or _listed_steps_ko(children, i, text)):
            out.append(Tree("seq", []))
        out.append(c)
        if (isinstance(c, Tree) and c.data.startswith("v_") and not c.meta.empty
                and i + 1 < len(children) and _is_name(children[i + 1])
                and HANGUL.search(text[c.meta.start_pos:c.meta.end_pos])
                and _predicate(text, c.meta.start_pos, c.meta.end_pos, reading)
                and any(isinstance(d, Tree) and d.data.startswith("v_") for d in children[i + 2:])):
            out.append(Tree("seq", []))
    return out


def _comma_steps(children: list[Any], i: int, text: str) -> bool:
    """(en14) English: two whole requests, each its verb and then its own names and nothing else, joined by a comma
    alone ("stop web, rm web" · "stop cache, restart web" · "pause data, remove my-volume"): two steps, in the order
    said. Anything else said ("no", "it", a later "then", a third verb) leaves `_clauses`'s other readings to it."""
    if HANGUL.search(text) or len(children) < 4 or not (isinstance(children[i], Tree) and children[i].data.startswith("v_")):
        return False
    verbs = [j for j, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if verbs != [0, i] or not all(_is_name(c) for j, c in enumerate(children) if j not in verbs):
        return False
    if i < 2 or i + 1 >= len(children) or any(c.meta.empty for c in children):
        return False
    return text[children[i - 1].meta.end_pos:children[i].meta.start_pos].strip() == ","


_LISTED_KO = _LEX["listed_last_ko"][0]  # (chain16) "and", said before the last of steps listed with commas


def _listed_steps_ko(children: list[Any], i: int, text: str) -> bool:
    """(chain16) Korean steps listed as English lists them: a comma (or ", 그리고", or 그리고 alone) right after a verb, before the next
    step, with 그리고 said at or after it ("my-nginx 정지, 삭제, 그리고 nginx 이미지 삭제": stop, rm, rmi). Without the
    그리고 two verbs stay two ("web 정지, 삭제" is asked); nothing that takes back or bans (a correction, a negation,
    말고) in the sentence."""
    if not HANGUL.search(text) or i < 1 or any(c.meta.empty for c in children[i - 1:i + 1] if isinstance(c, Tree)):
        return False
    before, c = children[i - 1], children[i]
    if not (isinstance(before, Tree) and before.data.startswith("v_") and isinstance(c, Tree)):
        return False
    if any(_is(d, "correction") or _is(d, "neg") or _is(d, "excl") or _is(d, "instead") for d in children):
        return False
    gap = text[before.meta.end_pos:c.meta.start_pos].split()
    # (w2vol) or 그리고 alone, right after a verbal noun: "cache 재시작 그리고 상태 보여줘" (restart, then inspect; it
    # was refused as two verbs)
    if gap not in ([","], [",", _LISTED_KO], [_LISTED_KO]):
        return False
    return _LISTED_KO in text[before.meta.end_pos:].split()


def _sequence_parts(tree: Tree[Any], text: str = "", reading: Reading | None = None) -> list[list[Tree[Any]]] | None:
    """The phrases split at each `seq` ("…하고", "then", a clause end) when every part has a
    verb of its own.

    "nginx 실행 후 삭제"-like pairs (run, then remove = --rm) and modifiers ("붙이고 … 실행")
    are one command, not a sequence.
    """
    said_verbs = sum(1 for c in tree.children if isinstance(c, Tree) and c.data.startswith("v_"))
    windows = any(_is(c, "tail") or _is(c, "few_lines") for c in tree.children)
    if said_verbs < 2 and not (said_verbs == 1 and windows):
        return None  # every part needs a verb of its own (below), and `_clauses` adds none: one verb is one command
    children = _clauses(list(tree.children), text, reading) if text else list(tree.children)
    if not any(_is(c, "seq") for c in children):
        return None
    children = _names_joined(children, text)
    parts: list[list[Tree[Any]]] = [[]]
    for c in children:
        if _is(c, "seq"):
            if parts[-1]:
                parts.append([])  # "끄고 나서": two connectives are one
        else:
            parts[-1].append(c)
    parts = [p for p in parts if p]
    # "…붙여서 보여줘": a last "show" with nothing of its own shows what the step before does
    while len(parts) > 1 and all(isinstance(c, Tree) and c.data == "v_show" for c in parts[-1]):
        last = parts.pop()
        parts[-1] = parts[-1] + last
    # (blind13) "can u 보여줘 web 로그", "보여줘요 cache 로그": a first "show" with nothing of its own shows what the
    # step after it names, when that step only looks (never a show of containers, then another command)
    while (len(parts) > 1 and all(isinstance(c, Tree) and c.data == "v_show" for c in parts[0])
           and {c.data for c in parts[1] if isinstance(c, Tree) and c.data.startswith("v_")} <= _LOOK_VERBS):
        shown = parts.pop(0)
        parts[0] = shown + parts[0]
    verbs = [[c.data[2:] for c in p if isinstance(c, Tree) and c.data.startswith("v_")] for p in parts]
    if (len(parts) > 2 and verbs[0] == ["create"] and any(_holds(c, "k_volume") for c in parts[0] if isinstance(c, Tree))
            and any("run" in vs for vs in verbs[1:]) and all(set(vs) <= {"run"} | MODIFIERS for vs in verbs[1:])):
        # (run21) "redis-data 볼륨 만들고 /data에 붙여서 redis 띄워" · "볼륨 tmpdata 만들고 alpine 띄워서 /work에 붙여": a
        # volume made, then one run that mounts it (its mount said as a step of its own, "붙여"): two steps, the
        # volume the run's mount (`_with_volume_made`)
        return [parts[0], [c for p in parts[1:] for c in p]]
    # "front 네트워크 만들고 web 연결해줘": a network or volume made is no container run, its connect a step
    has_run = any(set(vs) & {"run", "create"} and not _names_object(p) for vs, p in zip(verbs, parts))
    # a modifier ("붙이고", "publish") is a step of its own only when no part runs a container
    if len(parts) < 2 or any(not [v for v in vs if v not in MODIFIERS or not has_run] and not (i and _log_window(p))
                             for i, (vs, p) in enumerate(zip(verbs, parts))):
        return None
    if len(parts) == 2 and len(set(verbs[0])) == 1 and verbs[0][:1] == verbs[1] and not any(_is_name(c) for c in parts[0]):
        # one verb said twice in two words before its one name ("untag and remove ubuntu:focal": docker rmi of it,
        # `rmi_words`): one command, never a step with nothing to act on
        return None
    for first, then, part, after in zip(verbs, verbs[1:], parts, parts[1:]):
        if (set(first) & {"run", "create"} and set(then) <= {"rm"}
                and not _names_object(part) and not any(_is_name(c) for c in after)):
            # run it and remove it afterwards: --rm ("n9 네트워크 만들고 web 지워": a network made, then web removed)
            return None
        if (set(first) <= {"create"} | MODIFIERS and "create" in first and set(then) <= {"run", "start"} | MODIFIERS
                and not _names_object(part)):  # ("nginx 새로 만들어서 켜줘": made and started is run too)
            return None  # "컨테이너 하나 만들어서 실행": make one and run it is a run
    return parts


def _names_joined(children: list[Any], text: str) -> list[Any]:
    """(chain16) English "and" between two names of one step, in a sentence of several steps ("restart web and cache,
    then show …, then ps"): the names of that step, never a step of its own with no verb (the sequence was refused).
    Only an "and" right after a name, with nothing but names (and their particles) after it up to the next `seq`."""
    out: list[Any] = []
    for i, c in enumerate(children):
        if (_is(c, "seq") and not c.meta.empty and text[c.meta.start_pos:c.meta.end_pos].strip().lower() == "and"
                and out and _is_name(out[-1])):
            nxt = next((j for j in range(i + 1, len(children)) if _is(children[j], "seq")), len(children))
            rest = children[i + 1:nxt]
            if (rest and any(_is_name(d) for d in rest) and all(
                    _is_name(d) or (isinstance(d, Tree) and d.data.startswith(("p_", "e_"))) for d in rest)
                    and not re.search(r"\bits?\b", text[c.meta.end_pos:].lower())):
                continue  # ("stop web and cache then remove it": which one is "it"? left as said, refused)
        out.append(c)
    return out


def _log_window(part: list[Tree[Any]]) -> bool:
    """A later part of a sequence that is a window of logs alone, no verb and no name ("restart web, then tail 20
    lines", "stop cache and then the last 5 lines"): the logs of the names before it (`_sequence`)."""
    return (not any(isinstance(c, Tree) and c.data.startswith("v_") for c in part)
            and any(_is(c, "tail") or _is(c, "few_lines") for c in part) and not any(_is_name(c) for c in part))


def _names_object(part: list[Tree[Any]]) -> bool:
    """A part of a sentence that names a network or a volume (its kind said: "front 네트워크")."""
    return any(isinstance(c, Tree) and (_holds(c, "k_network") or _holds(c, "k_volume")) for c in part)


def _create_not_start(children: list[Any], text: str = "") -> list[Any]:
    """"create an httpd container called h4 but don't start it", "h3 컨테이너 만들어 두고 실행은 하지 마":
    a create with its start forbidden is a create (`no_start`); the negation is of the start only."""
    verbs = [c.data for c in children if isinstance(c, Tree) and c.data.startswith("v_")]
    negs = [c for c in children if _is(c, "neg")]
    # (f22b) … and a pull with the run of what it pulls forbidden is the pull ("nginx 이미지 받기만 하고 띄우지는 마",
    # "pull the redis image, but do not run it"): a pull never runs anything, the negation is of the run only
    made = "v_pull" if "v_pull" in verbs and "v_create" not in verbs else "v_create"
    if made not in verbs or len(negs) != 1 or not set(verbs) - {made}:
        return children
    if not set(verbs) <= {made, "v_run", "v_start"}:
        return children
    i = children.index(negs[0])
    runs = [j for j, c in enumerate(children) if isinstance(c, Tree) and c.data in ("v_run", "v_start")]
    creates = [j for j, c in enumerate(children) if _is(c, made)]
    if not all(abs(j - i) <= 3 for j in runs) or min(creates) > min(runs) or i < min(creates):
        return children  # the negation is not next to the start, or the start comes first
    neg = negs[0]
    before_verb = not neg.meta.empty and text[neg.meta.start_pos:neg.meta.end_pos].split()[:1] != [] and text[
        neg.meta.start_pos:neg.meta.end_pos].split()[0] in _LEX["neg_before_verb_ko"]
    if i < max(runs) and HANGUL.search(text) and not before_verb:
        # (f22b) Korean -지 말다/않다 negates the verb said before it: "redis 컨테이너 만들지 말고 실행해", "redis 이미지 받지
        # 말고 띄워" forbid the create or the pull (it planned `docker create`), the start is what is asked; 안 said
        # before a verb negates that one ("만들어만 둬 안 켜고")
        return children
    keep = [c for j, c in enumerate(children)
            if j not in runs and j != i and not (_is(c, "seq") and j > min(creates))]
    return keep + [Tree("no_start", [])] if made == "v_create" else keep


def _instead(children: list[Any], text: str, reading: Reading | None = None) -> list[Any] | None:
    """"web 재시작하지 말고 로그만 보여줘": not A but B — B is the command, on A's names when it
    names none; A is never done. None when the sentence is not of that shape."""
    for i, c in enumerate(children):
        said_not_but = (_is(c, "neg") and not c.meta.empty
                        and text[c.meta.start_pos:c.meta.end_pos].split()[-1:] == list(_LEX["not_but"][:1]))
        if not said_not_but:
            continue  # (both shapes below start from it)
        places = [d for d in children[:i] if _is(d, "arg") and any(_is(x, "p_from") for x in d.children)]
        if (said_not_but and len(places) == 1 and children.index(places[0]) == 0 and i >= 2
                and all(_is_name(d) for d in children[1:i]) and children[i + 1:]
                and all(_is_name(d) and len(d.children) == 1 for d in children[i + 1:])):
            # "web에서 whoami 하지 말고 id 해": a command run there, not that one but this one (해 is no verb)
            return [places[0]] + children[i + 1:]
        if (said_not_but
                and any(isinstance(d, Tree) and d.data.startswith("v_") for d in children[i + 1:])):
            rest = children[i + 1:]
            if any(_is(d, "neg") for d in rest):
                return None
            names = [d for d in children[:i] if _is_name(d)]
            if not any(_is_name(d) for d in rest) and names and any(_is(d, "all") for d in rest):
                # "web은 재시작하지 말고 나머지 재시작", "web 건드리지 말고 다 꺼": A's names are left out of
                # every other container (an exclusion, as "web 빼고 나머지 재시작"), never B done on them
                return names + [Tree("excl", [], c.meta)] + rest
            return rest if any(_is_name(d) for d in rest) else names + rest
    return _instead_en(children, text) or _ban_then_request_ko(children, text, reading) or _not_needed_then_ko(
        children, text)


def _not_needed_then_ko(children: list[Any], text: str) -> list[Any] | None:
    """(f22b) "web 재시작 안 해도 돼, 대신 로그 보여줘", "cache 로그는 필요 없고 프로세스만": a verb said not needed (안 하다 then
    -도 되다, or the `no_need` word then ~고 or a comma), then a request — the request is the command, on the first
    verb's names when it names none; the verb not needed is never done. The request must say a verb or a read's noun
    of its own, no negation and not the verb not needed again. None when the sentence is not of that shape."""
    negs = [i for i, c in enumerate(children) if _is(c, "neg")]
    if len(negs) != 1 or children[negs[0]].meta.empty:
        return None
    i = negs[0]
    neg = children[i]
    said = text[neg.meta.start_pos:neg.meta.end_pos].split()
    after = text[neg.meta.end_pos:].split()
    j = i + 1
    if said[:1] == list(_LEX["no_need"][:1]) and after[:1] and after[0] in _LEX["not_needed_link"]:
        pass  # "로그는 필요 없고 프로세스만"
    elif (j < len(children) and _is(children[j], "asked") and not children[j].meta.empty
          and text[children[j].meta.start_pos:children[j].meta.end_pos].split()[:2] == list(_LEX["not_needed_ok"][:2])):
        j += 1  # "재시작 안 해도 돼": needed not
    else:
        return None
    before = [d.data for d in children[:i] if isinstance(d, Tree) and d.data.startswith("v_")]
    while j < len(children) and (_is(children[j], "instead") or _is(children[j], "seq")):
        j += 1
    rest = children[j:]
    verbs = {d.data for d in rest if isinstance(d, Tree) and (d.data.startswith("v_") or d.data == "noun")}
    if not before or not verbs or set(before) & verbs or any(_is(d, "neg") or _is(d, "asked") for d in rest):
        return None
    names = [d for d in children[:i] if _is_name(d)]
    return rest if any(_is_name(d) for d in rest) else names + rest


def _ban_then_request_ko(children: list[Any], text: str, reading: Reading | None) -> list[Any] | None:
    """(fix13) "cache 재시작 하지 마 just 로그만 보여줘", "web 지우지 마라 그냥 로그 보여줘": a Korean ban ended (its
    negation's last morpheme a lemma of grammar/lexicon.txt `ban_ended`: 마, 마라, 말자), then a request in a clause
    of its own — the request is the command, on the ban's names when it names none; the ban holds: the banned verb
    said again after it ("cache 재시작하지 마 web 재시작해"), another negation or no verb after it leave the prohibition
    (nothing runs); so does a last verb said as a bare noun ("web 풀지마 일시정지": the pause is what is not to be
    released — never a pause asked). None when the sentence is not of that shape."""
    at = [i for i, c in enumerate(children) if _is(c, "neg")]
    if reading is None or len(at) != 1 or children[at[0]].meta.empty:
        return None
    i = at[0]
    neg = children[i]
    if text[neg.meta.start_pos:neg.meta.end_pos].split()[-1:] != list(_LEX["ban_ended"][:1]):
        return None
    banned = {d.data for d in children[:i] if isinstance(d, Tree) and d.data.startswith("v_")}
    rest = children[i + 1:]
    if not banned or not any(isinstance(d, Tree) and d.data.startswith("v_") for d in rest):
        return None
    if any(isinstance(d, Tree) and d.data in banned for d in rest):
        return None  # the banned verb said again: which is meant? the prohibition stands
    last = [d for d in rest if isinstance(d, Tree) and d.data.startswith("v_")][-1]
    if last.meta.empty or not _predicate(text, last.meta.start_pos, last.meta.end_pos, reading):
        return None  # no ending said on it: a noun, maybe the ban's object — never a request guessed
    names = [d for d in children[:i] if _is_name(d)]
    return rest if any(_is_name(d) for d in rest) else names + rest


def _names_from(children: list[Any], i: int) -> tuple[list[Any], int]:
    """The names said from `children[i]` on (phrases between them passed over), and where that run ends: the names a
    negation said first refers to ("don't restart web, cache …", "not web, restart cache")."""
    names: list[Any] = []
    while i < len(children) and (_is_name(children[i]) or (isinstance(children[i], Tree) and children[i].data.startswith("p_"))):
        if _is_name(children[i]):
            names.append(children[i])
        i += 1
    return names, i


def _instead_en(children: list[Any], text: str) -> list[Any] | None:
    """"don't restart cache, just show its logs": English not A (a verb and its names), a comma, then
    B — B is the command, on A's names when it names none; A is never done (nor said again in B:
    "don't restart cache, show its logs and then restart it" stays a prohibition)."""
    if (len(children) < 4 or not _is(children[0], "neg") or children[0].meta.empty
            or HANGUL.search(text[children[0].meta.start_pos:children[0].meta.end_pos])
            or not (isinstance(children[1], Tree) and children[1].data.startswith("v_"))):
        return None
    names, j = _names_from(children, 2)
    if not names or j >= len(children) or not (isinstance(children[j], Tree) and children[j].data.startswith("v_")):
        return None
    verb = children[j]
    if names[-1].meta.empty or verb.meta.empty or "," not in text[names[-1].meta.end_pos:verb.meta.start_pos]:
        return None  # "don't restart cache show its logs": which was meant? the prohibition stands
    rest = children[j:]
    if any(_is(d, "neg") or _is(d, children[1].data) for d in rest):
        return None
    said_neg = text[children[0].meta.start_pos:children[0].meta.end_pos].lower().split()
    if (rest and _is_name(rest[-1]) and not rest[-1].meta.empty and said_neg[-1:] == ["not"]
            and str(rest[-1].children[0]).lower() in _LEX["contrast_only"] and not text[rest[-1].meta.end_pos:].strip(" .!")):
        # (f22b34) "don't restart web, restart cache instead": instead said last is no name ("never …" is left as said)
        rest = rest[:-1]
    return rest if any(_is_name(d) for d in rest) else names + rest


# (safe34en) a version said alone ("1.25", "v2", "7.0-alpine"): a tag, never a name of its own
_VERSION = re.compile(r"(?i)v?\d+(?:\.\d+)*(?:-[a-z0-9.]+)?")


def _corrected_en(children: list[Any], text: str = "") -> list[Any]:
    """"kill cache, actually stop it", "restart web, i mean cache", "kill cache, or rather stop it": a request
    taken back by a `correction` and said again — the words after it, on the names before it when they name
    none (and the verb before it when they say none: "restart web, i mean cache"). Anything else (no
    request after it, a negation or another correction there) is left as it is: the correction is then a
    phrase nothing reads, and nothing runs."""
    children = _chat_no_taken_back(children, text)
    at = [i for i, c in enumerate(children) if _is(c, "correction")]
    if len(at) != 1:
        return children
    before, after = children[:at[0]], children[at[0] + 1:]
    said_after = text[children[at[0]].meta.end_pos:] if text and not children[at[0]].meta.empty else ""
    if before and set(re.findall(r"[a-z]+", said_after.lower())) & set(_LEX["also_en"]):
        return children  # "stop web, actually cache too": one more name, not the request taken back — asked
    said = text[children[at[0]].meta.start_pos:children[at[0]].meta.end_pos] if not children[at[0]].meta.empty else ""
    if said.split()[:1] == [_LEX["taken_back_ko"][-1]]:
        # (chain16) a wait said alone ("앗 잠깐 web 꺼", "web 꺼. 아 잠깐 cache도"): taken back, or more? read by nothing
        # and refused, as before (tests/test_parse_break10.py); said right before "A 말고 B" it is read by
        # `_request_then_instead`
        return children
    if before and any(_is_name(c) and _particle_said(c, text) in _LEX["also_ko"] for c in after):
        return children  # (break5) "web 꺼 아니 cache도", "… 아니 cache까지": one more name too — asked, never web dropped
    if not before and re.findall(r"[a-z]+", said.lower()) == [_LEX["bare_no"][0]]:
        # (w2en) "no, restart web": an answer to something not said here — asked, never run; (corr24) the speaker
        # cutting in ("no wait, restart cache not web") takes back what they said, the request after it is meant
        return children
    if not before and after:
        return after  # "actually, restart web": nothing taken back, the request as said
    is_verb = [isinstance(c, Tree) and c.data.startswith("v_") for c in after]
    verbs_before = [c for c in before if isinstance(c, Tree) and c.data.startswith("v_")]
    if not after or any(_is(c, "neg") or _is(c, "seq") for c in after):
        return children
    if before and _is(before[-1], "seq"):
        return children  # (safe34en) "restart web, and actually remove it": a step more, or the restart taken back? refused
    if after and all(_is_name(c) and _VERSION.fullmatch(str(c.children[0])) for c in after):
        return children  # (safe34en) "pull nginx, actually 1.25": a tag of the image (corrected.py asks), never an image 1.25
    nouns_before = [c for c in before if _is(c, "noun")]
    if (len(after) == 1 and _is(after[0], "noun") and not any(_is_name(c) for c in before) and len(nouns_before) == 1
            and all(isinstance(k, Tree) and k.data.startswith("k_") for k in after[0].children)):
        # (chain16) "show me the images, er, volumes", "list networks, i mean volumes", "이미지 목록 보여줘 아니 볼륨": the
        # kind of what is listed taken back — the request of the kind said after it
        return [after[0] if c is nouns_before[0] else c for c in before]
    if (len(after) == 1 and before and all(_arg_type(c) == "INT" or _is(c, "port") for c in (before[-1], after[0]))
            and not HANGUL.search(said)):
        return before[:-1] + after  # (en14) "run nginx on 8081, no, 8082": the number said last taken back by this one
    if (len(verbs_before) > 1 and any(is_verb) and any(_is_name(c) for c in after)
            and not HANGUL.search(said)):
        return after  # (w2en) "show web logs, no, cache logs": the whole request said again, after it
    if (HANGUL.search(said) and len(before) >= 2 and _is(before[-1], "excl") and _is_name(before[-2])
            and any(_is_name(c) for c in after) and any(is_verb)):
        # (f12en) "cache 말고 아니 web 로그 보여줘": 아니 after "A 말고" says the same again — "A 말고 B"
        return before + after
    verbs_after = [c.data for c in after if isinstance(c, Tree) and c.data.startswith("v_")]
    if (HANGUL.search(said) and verbs_after and set(verbs_after) <= {c.data for c in verbs_before}
            and len(verbs_after) <= len(verbs_before) and not any(_is(c, "seq") for c in before)
            and any(_is_name(c) for c in after)):
        # (f12en) "web 로그, 아니 cache 로그", "web 재시작 아니 cache 재시작": the name taken back, the same verb said
        # again with the one meant — the request after it; (chain16) said shorter ("my-nginx 로그 보여줘 아 아니다 web
        # 로그": the logs again, without 보여줘)
        names_b, names_a = [c for c in before if _is_name(c)], [c for c in after if _is_name(c)]
        same = [c for c in names_b if len(names_a) == 1 and _particle_said(c, text) == _particle_said(names_a[0], text)]
        if (len(names_a) < len(names_b) and len(same) == 1
                and all(_particle_said(c, text) in _LEX["place_particles"] or any(isinstance(k, Tree) and k.data == "k_network"
                                                                       for k in c.children[1:])
                        for c in names_b if c is not same[0])):
            # (chain16) "backend에 web 연결, 아니 cache 연결": one name said again, the others said as the place — the one
            # of its particle is taken back (web), the place kept; "web이랑 cache 재시작 아니 data 재시작": the request
            # said again, of data alone
            return [names_a[0] if c is same[0] else c for c in before]
        return after
    if not verbs_before and any(is_verb):
        return _word_taken_back(before, after, children)
    if len(verbs_before) != 1:
        return children
    if HANGUL.search(said) and any(is_verb) and _stop_said_brief(children[at[0]], after, text):
        # (f12en) "web 멈춰 아 아니 잠깐 멈추는 거": 잠깐 right before a stop after 아니 is that stop's brevity (a pause),
        # not "wait" — the stop said again briefly is the pause; any other verb before it: which? refused
        if [c.data for c in verbs_before] == ["v_stop"] and [c for c in after if _is(c, "v_stop")] == [after[0]]:
            return before[:-1] + [Tree("brief", [], children[at[0]].meta)] + after
        return children
    if HANGUL.search(said) and any(is_verb) and not _plainly_taken_back(children[at[0]], after, text):
        # (corr24) "cache 꺼 아니 켜", "my-nginx 멈춰 아니 재시작", "web 멈춰, 아니다 재시작해", "cache 지워 아 아니 멈춰": a
        # verb taken back by another in Korean — the second, whole, is the request (only the last order is meant; the
        # first never runs). Refused before (wordings_fresh7 wanted the second, wordings_break nothing); the tables
        # since (break8 'web 꺼 아니 재시작', brk23 'web 재시작 아니 멈춰') and the speaker's plain meaning say the
        # second. Anything more after it (a ban, a step, a question, the past) is left as it is: nothing runs
        return children
    names_before = [c for c in before if _is_name(c)]
    names_after = [c for c in after if _is_name(c)]
    if any(is_verb):
        return after if names_after else after + names_before
    if names_after and all(_is_name(c) or c.data.startswith(("p_", "e_")) for c in after):
        # "restart web, i mean cache": the same verb on the names said, of the kind said before ("redis 이미지 지워 아
        # 아니 busybox": an image, never a container busybox)
        # (session 14) a signal said before it is kept, never a name replaced ("send HUP to web, no wait, to my-nginx"
        # planned `docker kill my-nginx`: the HUP dropped — a SIGKILL)
        signals = [c for c in names_before if _names_a_signal(c)]
        replaced = [c for c in names_before if c not in signals]
        if signals and not replaced:
            return children  # "send HUP, i mean cache": the signal is no name taken back — refused
        # (f17en) everything else said before it is kept where it was said ("remove web with force, i mean cache"
        # planned `docker rm cache`: the force dropped; "logs of web last 10 lines, i mean cache" dropped the 10)
        said_again = _of_kind_said(replaced, names_after)
        if not replaced or any(_is(c, "all") for c in before):
            return verbs_before + signals + said_again  # "restart everything? no, just web": the names said instead
        kept: list[Any] = []
        for c in before:
            if any(c is r for r in replaced):
                kept += said_again
                said_again = []
            elif not any(_is(c, mood) for mood in ("asked", "question")):
                kept.append(c)  # "can i restart web? actually cache": the asking taken back with the name
        return kept
    if (len(after) == 1 and _is(after[0], "noun") and len(names_before) == 1
            and all(isinstance(k, Tree) and k.data.startswith("k_") for k in after[0].children)
            and not any(isinstance(k, Tree) and k.data.startswith("k_") for k in names_before[0].children[1:])):
        # (chain16) "inspect pgdata, i mean the volume": the kind of the one name taken back and said — that name, of
        # that kind
        a = names_before[0]
        return [Tree("arg", [a.children[0], *after[0].children, *a.children[1:]], a.meta) if c is a else c
                for c in before]
    return children


def _names_a_signal(arg: Any) -> bool:
    """(session 14) A name said before a correction that is a signal (SIGHUP, HUP: grammar/lexicon.txt `signals`),
    never a name the correction replaces."""
    value = str(arg.children[0]) if isinstance(arg, Tree) and arg.children else ""
    return bool(re.fullmatch(r"SIG[A-Z0-9]+", value)) or value in _LEX["signals"]


def _of_kind_said(names_before: list[Any], names_after: list[Any]) -> list[Any]:
    """(chain16) The names said after a correction, each given the kind word (k_image, k_volume …) the one name it
    replaces was said with, when it says none of its own; as they are when none was said, or several names."""
    kinds = [k for k in names_before[0].children[1:] if isinstance(k, Tree) and k.data.startswith("k_")] \
        if len(names_before) == 1 else []
    if not kinds:
        return names_after
    return [c if any(isinstance(k, Tree) and k.data.startswith("k_") for k in c.children[1:])
            else Tree("arg", [c.children[0], *kinds, *c.children[1:]], c.meta) for c in names_after]


def _chat_no_taken_back(children: list[Any], text: str) -> list[Any]:
    """(f12en) Korean chat "no no" (grammar/lexicon.txt `chat_no_ko`: ㄴㄴ, 노노) said between two verbs, the first on
    names ("cache 꺼 ㄴㄴ 재시작", "web 지워 노노 꺼줘"): the first verb taken back — a `correction`, never the ban of
    the sentence (it was read as "don't", nothing ran). Said last ("web 꺼 ㄴㄴ") or with another ban after it, it
    stays a negation."""
    negs = [i for i, c in enumerate(children) if _is(c, "neg")]
    if len(negs) != 1 or not text:
        return children
    n = negs[0]
    neg = children[n]
    if neg.meta.empty or "".join(text[neg.meta.start_pos:neg.meta.end_pos].split()) not in _LEX["chat_no_ko"]:
        return children
    is_verb = [isinstance(c, Tree) and c.data.startswith("v_") for c in children]
    if sum(is_verb[:n]) != 1 or not any(is_verb[n + 1:]) or any(_is(c, "correction") for c in children):
        return children
    return [*children[:n], Tree("correction", [], neg.meta), *children[n + 1:]]


def _stop_said_brief(marker: Tree[Any], after: list[Any], text: str) -> bool:
    """(f12en) A correction that ends in 잠깐 (the stream's 기다리, `taken_back_ko`'s last) right before a stop: "아니
    잠깐 멈춰" is "no, stop it briefly" as much as "no wait, stop it" — never a plain stop."""
    if marker.meta.empty or not after or not _is(after[0], "v_stop") or after[0].meta.empty:
        return False
    said = text[marker.meta.start_pos:after[0].meta.start_pos].split()
    wait = _LEX["taken_back_ko"][-1]
    return bool(said) and wait in said[-2:] and set(said[said.index(wait):]) <= {wait, *_LEX["only_said_ko"]}


def _plainly_taken_back(marker: Tree[Any], after: list[Any], text: str) -> bool:
    """(f12en) A Korean verb taken back plainly (grammar/lexicon.txt `taken_back_ko`, `chat_no_ko`): "아니 그냥", "아니
    잠깐만" (no wait), ㄴㄴ — said right before the verb that replaces it, nothing but names and that verb's words
    after it (no other ban, no sequence)."""
    if marker.meta.empty or not text or not after or any(_is(c, "neg") or _is(c, "seq") for c in after):
        return False
    if not all(isinstance(c, Tree) and not c.meta.empty for c in after):
        return False
    said = text[marker.meta.start_pos:after[0].meta.start_pos].split()
    if set(said + ["".join(said)]) & (set(_LEX["taken_back_ko"]) | set(_LEX["chat_no_ko"])):
        return True
    # (corr24) a bare 아니 (아니다, 아니야): taken back when the order after it is whole — its verb first or right
    # after its names, and nothing but names, that verb and its words
    return _is_order_whole(after)


def _is_order_whole(after: list[Any]) -> bool:
    """(corr24) The order said after a bare Korean 아니 is whole: one verb of gorae's, said first or right after the
    names it is said of, and nothing else but those names ("아니 재시작해", "아니 cache 꺼"); a question, the past, a
    ban, a step or a second verb there is not (the correction is then read by nothing, and nothing runs)."""
    verbs = [i for i, c in enumerate(after) if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 1:
        return False
    return all(_is_name(c) for c in after[:verbs[0]]) and not after[verbs[0] + 1:]


def _arg_type(c: object) -> str | None:
    """The token type of an `arg`'s value (NAME, STRING, INT …), None for any other phrase."""
    if not (_is(c, "arg") and isinstance(c, Tree) and c.children and isinstance(c.children[0], Token)):
        return None
    return str(c.children[0].type)


def _word_taken_back(before: list[Any], after: list[Any], children: list[Any]) -> list[Any]:
    """"web 아니 cache 재시작", "nginx 8080 아니 8081로 띄워": a word taken back before any verb is said — the one word
    right before the correction is replaced by the word of its kind right after it, and the request is said after
    it (docker restart cache; docker run -d -p 8081:80 nginx). Only one word of that kind before it (which of "web
    cache 아니 data" is taken back?) and only names, values and their particles there; anything else is left as
    it is, and nothing runs."""
    kind = _word_kind(before[-1]) if before else None
    if kind is None or _word_kind(after[0]) != kind:
        return children
    if sum(_word_kind(c) == kind for c in before) != 1:
        return children
    if not all(_word_kind(c) is not None or (isinstance(c, Tree) and c.data.startswith("p_")) for c in before):
        return children
    return before[:-1] + after


def _word_kind(c: object) -> str | None:
    """`_arg_type`, and "port" for a port said with its word ("9090포트"): the kinds a word taken back is replaced
    by (chain16: "nginx 9090포트 아니 9091포트로 띄워" = run -p 9091:80)."""
    if (_is(c, "port") and isinstance(c, Tree) and c.children and isinstance(c.children[0], Token)
            and all(isinstance(k, Tree) and k.data.startswith("p_") for k in c.children[1:])):
        return "port"
    return _arg_type(c)


def _contrast_en(children: list[Any], text: str) -> list[Any]:
    """English "not A, just B" said of the names of one verb: "restart not web, just cache", "don't restart
    web, just cache", "stop not web but cache", "not web, just cache, restart" -> the verb on B; "restart web
    not cache" -> the verb on A. Only one verb, one negation (grammar/lexicon.txt `contrast_not`), names
    (and their particles) and at most a "but": A is the names said from the negation on up to a comma or the
    but; B the others, said before the negation ("restart web not cache") or after A with a word of
    `contrast_only` ("just", "only", "but", "instead") between them. Anything else is left as it is (the
    prohibition stands: "don't restart web, cache" — which?). "not just cache but web too, restart": both."""
    if HANGUL.search(text) or any(c.meta.empty for c in children if isinstance(c, Tree)):
        return children
    negs = [i for i, c in enumerate(children) if _is(c, "neg")]
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(negs) != 1 or len(verbs) != 1:
        return children
    n, v = negs[0], verbs[0]
    neg = children[n]
    if text[neg.meta.start_pos:neg.meta.end_pos].strip().lower() not in _LEX["contrast_not"]:
        return children
    for i, c in enumerate(children):
        if i in (n, v) or _is_name(c) or (isinstance(c, Tree) and c.data.startswith("p_")):
            continue
        if not (_is(c, "excl") and text[c.meta.start_pos:c.meta.end_pos].strip().lower() in _LEX["contrast_only"]):
            return children  # any other phrase: not this shape
    only = set(_LEX["contrast_only"])

    def between(a: Any, b: Any) -> str:
        return text[a.meta.end_pos:b.meta.start_pos]

    # A: the names from the negation on (the verb right after it skipped: "don't restart web"), up to a
    # comma or a "but"
    a_names: list[Any] = []
    also = False  # "not just cache but web too": A and B both
    i = n + 1 + (v == n + 1)
    last = children[i - 1]
    while i < len(children) and i != v and (_is_name(children[i]) or children[i].data.startswith("p_")):
        c = children[i]
        if _is_name(c):
            if a_names and "," in between(a_names[-1], c):
                break
            if not a_names and set(re.findall(r"[a-z]+", between(last, c).lower())) & only:
                also = True  # "not just cache but web too": both, when a "but" says the others
            a_names.append(c)
        i += 1
    b_names = [c for c in children if _is_name(c) and c not in a_names]
    if not a_names or not b_names:
        return children
    b_before = [c for c in b_names if c.meta.end_pos <= neg.meta.start_pos]
    if also:
        buts = [c for c in children if _is(c, "excl")]
        if b_before or len(buts) != 1 or not a_names[-1].meta.end_pos <= buts[0].meta.start_pos <= b_names[0].meta.start_pos:
            return children  # "not only web, cache": which? the prohibition stands
        return [children[v], *a_names, *b_names]
    if b_before:  # "restart web not cache": the verb, its names, then the ones left out
        if len(b_before) != len(b_names) or v > n:
            return children
    else:
        first_b = b_names[0]
        gap = between(a_names[-1], first_b).lower()
        if not set(re.findall(r"[a-z]+", gap)) & only:
            return children  # "don't restart web, cache": which? the prohibition stands
    return [children[v], *b_names]


# Not in grammar/natural.lark (issue 8, session 7): the English "not A, B" of `_not_these`, `_not_that_verb` and
# `_instead_en`. LALR(1) must decide at the first name after "not"/"don't" whether the negation is an item of its
# own ("don't stop web", "not web restart cache": the prohibition stands) or the start of this phrase, but the
# deciding comma comes after any number of names — a rule for it needs a flat twin that reads the same words
# without the comma (as `rest_untouched` has at the end of a sentence). And even then the reading after the
# comma depends on the whole rest of the sentence (a verb right after the comma, no other negation, touch or
# sequence, not "all" without a name), so the phrase would have to be read back as its words whenever the rest
# does not fit: the same rewrite, moved into the reader.
def _not_these(children: list[Any], text: str) -> list[Any]:
    """"not web, restart cache", "don't touch web, just restart cache": a negation said first, of
    names only (with `touch` at most), then a comma and the request — the names are left out of
    the request (an English exclusion after it: "restart cache except web"), never acted on.
    Korean says it with 말고 ("web 건드리지 말고 cache만 재시작": `_instead`, and "web 말고 cache 재시작")."""
    if not children or not _is(children[0], "neg") or children[0].meta.empty \
            or HANGUL.search(text[children[0].meta.start_pos:children[0].meta.end_pos]):
        return children
    i = 1
    if i < len(children) and _is(children[i], "v_touch"):
        i += 1
    names, i = _names_from(children, i)
    if not names or i >= len(children) or not (isinstance(children[i], Tree) and children[i].data.startswith("v_")):
        return children
    last, verb = names[-1], children[i]
    if last.meta.empty or verb.meta.empty or "," not in text[last.meta.end_pos:verb.meta.start_pos]:
        return children  # "not web restart cache": which was meant? the prohibition stands
    rest = children[i:]
    if any(_is(c, "neg") or _is(c, "v_touch") for c in rest):
        return children
    return rest + [Tree("excl", [])] + names


def _particle_said(c: Tree[Any], text: str) -> str:
    """The word said after an argument's value inside it ("cache 만" -> 만; "web" -> "")."""
    words = text[c.meta.start_pos:c.meta.end_pos].split() if not c.meta.empty else []
    return words[1] if len(words) > 1 else ""


def _contrast(children: list[Any], text: str) -> list[Any]:
    """Korean "A 말고 B" / "A 대신 B" (grammar/lexicon.txt `instead_ko`): B is meant, never A.

    - a clause for a clause, each with its verb and B with a name ("web 재시작 말고 cache 재시작", "stop web 말고
      restart web"): B alone;
    - a word for a word ("web에서 whoami 말고 id", "web 대신 data에서 whoami", "nginx 이미지 말고 redis 이미지
      지워", "overlay 말고 bridge로 …", "nginx 80 말고 8080으로 띄워"): the sentence with B in A's place;
    - "A만 말고 B도" / "A뿐 아니라 B도" (only A … B too, `only_ko` / `also_ko`): both.
    Any other shape ("cache 말고 web도": instead, or too? a negation or a sequence in it, nothing after it) is
    left as it is — an exclusion, or asked."""
    at = [i for i, c in enumerate(children) if (_is(c, "excl") or _is(c, "instead")) and not c.meta.empty]
    if len(at) != 1 or at[0] == 0 or at[0] + 1 >= len(children):
        return children
    i = at[0]
    said = text[children[i].meta.start_pos:children[i].meta.end_pos].split()
    if not said or said[0] not in _LEX["instead_ko"]:
        return children
    if any(_is(c, "neg") or _is(c, "seq") or _is(c, "excl") or _is(c, "instead") for j, c in enumerate(children) if j != i):
        return children
    before, after = children[:i], children[i + 1:]
    a, b = before[-1], after[0]
    if not (_is(a, "arg") and not a.meta.empty):
        verbs_before = [c for c in before if isinstance(c, Tree) and c.data.startswith("v_")]
        if (verbs_before and any(isinstance(c, Tree) and c.data.startswith("v_") for c in after)
                and any(_is_name(c) for c in after)):
            return after  # "web 재시작 말고 cache 재시작": the second clause
        return children
    if any(isinstance(c, Tree) and c.data.startswith("v_") for c in before):
        if (any(isinstance(c, Tree) and c.data.startswith("v_") for c in after) and any(_is_name(c) for c in after)
                and any(_is_name(c) for c in before)):
            return after  # "stop web 말고 restart web"
        return children
    if not (_is(b, "arg") and not b.meta.empty):
        return children  # "web 말고 다 재시작": an exclusion
    first_a, first_b = a.children[0], b.children[0]
    if not (isinstance(first_a, Token) and isinstance(first_b, Token) and first_a.type == first_b.type):
        return children  # a name for a name, a number for a number
    if str(first_a) == str(first_b):
        return children  # "web 말고 web 재시작", "web 컨테이너 말고 web 이미지 지워": which one? left to be asked
    if any(_is_name(c) and c.children and str(c.children[0]) == str(first_a) for c in after):
        return children  # "cache 말고 web이랑 cache 재시작": left out and named again — asked, never both
    only, also = _particle_said(a, text), _particle_said(b, text)
    if only in _LEX["only_ko"] and also in _LEX["also_ko"]:
        return before + after  # "cache만 말고 web도 재시작": both
    if only in _LEX["only_ko"] or also in _LEX["also_ko"]:
        return children  # "cache 말고 web도": the other instead, or too? asked
    return before[:-1] + after


def _request_then_instead(children: list[Any], text: str) -> list[Any]:
    """(chain16) A request said whole on A, then "A 말고 B" / "A 대신 B" ending the sentence: the request taken back
    from A and said of B — "web 지워도 될까요? 아 web 말고 cache" (rm cache, still asked), "cache 꺼줘, cache 말고
    data" (stop data). A is replaced where the request named it, never kept beside B (it proposed `docker rm web
    cache`). Only one 말고/대신, B a word of A's kind and the last phrase, A named once before a verb said before
    it and the only word of its kind there, no negation, sequence or other correction; anything else is left as it is
    (asked or refused)."""
    at = [i for i, c in enumerate(children) if (_is(c, "excl") or _is(c, "instead")) and not c.meta.empty]
    if len(at) != 1 or at[0] < 3 or at[0] + 2 != len(children):
        return children
    i = at[0]
    said = text[children[i].meta.start_pos:children[i].meta.end_pos].split()
    if not said or said[0] not in _LEX["instead_ko"]:
        return children
    wait = children[i - 2]
    if (_is(wait, "correction") and not wait.meta.empty
            and text[wait.meta.start_pos:wait.meta.end_pos].split()[:1] == [_LEX["taken_back_ko"][-1]]):
        # "cache 꺼줘, 아 잠깐 cache 말고 data": the wait said right before "A 말고 B" says the same again
        children, i = [*children[:i - 2], *children[i - 1:]], i - 1
    if any(_is(c, "neg") or _is(c, "seq") or _is(c, "correction") or _is(c, "brief") for c in children):
        return children  # "cache 꺼줘, 잠깐 cache 말고 data": a stop for a moment, or "wait"? asked, never a pause guessed
    a, b = children[i - 1], children[i + 1]
    kind = _arg_type(a)
    if kind not in ("NAME", "STRING") or _arg_type(b) != kind or str(a.children[0]) == str(b.children[0]):
        return children
    if _particle_said(a, text) or _particle_said(b, text) in _LEX["also_ko"]:
        return children  # "web만 말고 cache도": both, or which? asked
    same = [j for j, c in enumerate(children[:i - 1]) if _arg_type(c) == kind and str(c.children[0]) == str(a.children[0])]
    if len(same) != 1 or not any(isinstance(c, Tree) and c.data.startswith("v_") for c in children[same[0]:i - 1]):
        return children
    if sum(_arg_type(c) == kind for c in children[:i - 1]) != 1:
        return children  # "web이랑 cache 지워, web 말고 data": data instead of web, or instead of both? asked
    j = same[0]
    return [*children[:j], b, *children[j + 1:i - 1]]


def _then_not(children: list[Any], text: str) -> list[Any]:
    """Korean "A 하고 B하지 마": a request, then (after its connective) another thing forbidden — the request
    alone; the negation is of the last clause only ("web에서 nginx -t 해보고 재시작하지 마", "web에서 whoami 하고
    cache 재시작하지 마", "web 껐다가 켜고 cache는 건드리지 마", "web만 재시작하고 나머지는 절대 건드리지 마").
    Left as it is (a prohibition, or asked) when the forbidden verb is the request's own ("web 재시작하고
    재시작하지 마"), when it touches the request's names ("web 재시작하고 web은 건드리지 마"), or when the last
    clause is anything but names, a verb and its negation."""
    seqs = [i for i, c in enumerate(children) if _is(c, "seq")]
    if not seqs or not children or not _is(children[-1], "neg"):
        return children
    if _called_off_last(children[-1], text):
        return children  # (brk17) "restart web then stop cache. cancel that": of the last, or of both? left as said
    head, tail = children[:seqs[-1]], children[seqs[-1] + 1:]
    while head and _is(head[-1], "seq"):
        head.pop()
    verbs = [c for c in tail if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 1 or not head or any(_is(c, "neg") for c in head):
        return children
    if not all(_is_name(c) or _is(c, "all") or c is verbs[0] or c is tail[-1] or (isinstance(c, Tree) and c.data.startswith("p_"))
               or (_is(c, "neg") and not c.meta.empty and text[c.meta.start_pos:c.meta.end_pos].split()[:1] == list(_LEX["never_ko"][:1]))
               for c in tail):
        return children  # "나머지는 안 건드리지 마": two negations — left as said
    head_verbs = {c.data for c in head if isinstance(c, Tree) and c.data.startswith("v_")}
    verb = verbs[0].data
    if verb in head_verbs:
        return children  # "web 재시작하고 재시작하지 마": which? the prohibition stands
    if not any(_is_name(c) or _is(c, "all") for c in tail) and head_verbs - {"v_run", "v_exec", "v_show"}:
        return children  # "web 지우고 재시작하지 마": of the same container — not the whole forbidden? asked
    said_names = {str(c.children[0]) for c in head if _is_name(c)}
    forbidden = {str(c.children[0]) for c in tail if _is_name(c)}
    if verb == "v_touch":
        if forbidden & said_names or not (forbidden or any(_is(c, "all") for c in tail)):
            return children  # "web 재시작하고 web은 건드리지 마", "web 재시작하고 건드리지 마"
    elif any(_is(c, "all") for c in tail) or forbidden & said_names:
        return children  # "web 재시작하고 나머지는 지우지 마": a write on the others forbidden — asked
    return head


def _called_off_last(neg: Any, text: str) -> bool:
    """(brk17) Whether the negation said last, from where it starts to the end, is a calling off said after the request
    (grammar/lexicon.txt `called_off_last`: 취소, cancel that, never mind, jk …), never the verb's own negation."""
    if neg.meta.empty:
        return False
    said = re.findall(r"[a-z']+|[\uac00-\ud7a3]+", text[neg.meta.start_pos:].lower())
    return bool(said) and "~".join(said) in _LEX["called_off_last"]


def _not_coming(children: list[Any], text: str) -> list[Any]:
    """"db 안 켜지는데?", "web이 안 켜져요": a verb with the passive -어지 (natural.lark's complaint "~어지") after
    the negation 안 is a complaint — what does not come about — never the verb negated ("don't start db") nor
    done. Said without 안 ("web 켜지나?", "web 켜져"), the passive is no request either: read by nothing."""
    out: list[Any] = []
    for c in children:
        passive = (_is(c, "complaint") and not c.meta.empty
                   and text[c.meta.start_pos:c.meta.end_pos].strip() in _LEX["passive_ko"])
        if passive and out and isinstance(out[-1], Tree) and out[-1].data.startswith("v_"):
            if len(out) > 1 and _is(out[-2], "neg") and not out[-2].meta.empty \
                    and text[out[-2].meta.start_pos:out[-2].meta.end_pos].strip() in _LEX["not_so_ko"]:
                out[-2:] = [c]  # "db 안 켜지는데": complained of
            else:
                out.append(Tree("passive", [], c.meta))  # "web 켜지나?": read by nothing
            continue
        out.append(c)
    return out


def _not_that_verb(children: list[Any], text: str) -> list[Any]:
    """"not remove, just stop cache", "don't kill cache, restart it": a negation said first, of one verb
    (with its names at most), then a comma and the request — not A but B in English, as Korean's
    "cache 죽이지 말고 재시작해" (`_instead`): B is the command, on A's names when it names none; A is
    never done. Without the comma ("don't kill cache restart it") the prohibition stands."""
    if len(children) < 3 or not _is(children[0], "neg") or children[0].meta.empty \
            or HANGUL.search(text[children[0].meta.start_pos:children[0].meta.end_pos]):
        return children
    verb = children[1]
    if not (isinstance(verb, Tree) and verb.data.startswith("v_")) or _is(verb, "v_touch"):
        return children
    names, i = _names_from(children, 2)
    if i >= len(children) or not (isinstance(children[i], Tree) and children[i].data.startswith("v_")):
        return children
    said_last = names[-1] if names else verb
    nxt = children[i]
    if said_last.meta.empty or nxt.meta.empty or "," not in text[said_last.meta.end_pos:nxt.meta.start_pos]:
        return children
    rest = children[i:]
    if any(_is(c, "neg") or _is(c, "seq") for c in rest):
        return children
    if any(_is(c, "all") for c in rest) and not any(_is_name(c) for c in rest):
        # "don't restart just cache, restart everything": every one, or cache? never cache alone — the
        # prohibition stands
        return children
    return rest if any(_is_name(c) for c in rest) else rest + names


def _no_need_first(children: list[Any], text: str) -> list[Any]:
    """"busybox 이미지 필요없으니까 지워", "backend 네트워크 필요없어 지워줘": "no need" (natural.lark `neg`, its
    first word grammar/lexicon.txt `no_need`) said of a name before any verb, with the verb right after it,
    is the reason for the request — not needed, so remove it — never a ban of the verb that follows ("web
    지울 필요 없어", the need of a verb said before it, stays a ban). Another negation still bans."""
    for i, c in enumerate(children):
        if not (_is(c, "neg") and not c.meta.empty
                and (text[c.meta.start_pos:c.meta.end_pos].split()[:1] == list(_LEX["no_need"][:1])
                     or any(_is(d, "no_use") for d in c.children))):  # (lead28) "이제 안 써요": not used any more
            continue
        after = i + 2 if i + 1 < len(children) and _is(children[i + 1], "seq") else i + 1  # "필요 없어서 지워"
        if (any(_is_name(d) for d in children[:i])
                and not any(isinstance(d, Tree) and d.data.startswith("v_") for d in children[:i])
                and after < len(children) and isinstance(children[after], Tree) and children[after].data.startswith("v_")
                and sum(_is(d, "neg") for d in children) == 1):
            return children[:i] + children[after:]
    return children


def _kept_alive(children: list[Any], text: str) -> list[Any]:
    """"web 살려두고 다 꺼", "web은 살리고 나머지 꺼": names, then a start said with a word of grammar/lexicon.txt
    `kept_alive` right before ~고, then no name but the rest (`all`) and a verb — the names are kept running,
    left out of the request on every other container (an exclusion, as "web 빼고 다 꺼"); never a start of them
    then a request on all."""
    for i, c in enumerate(children):
        if not _is(c, "v_start") or c.meta.empty or i == 0 or i + 1 >= len(children):
            continue
        if text[c.meta.start_pos:c.meta.end_pos].strip() not in _LEX["kept_alive"] or not _is(children[i + 1], "seq"):
            continue
        before, rest = children[:i], children[i + 2:]
        if (all(_is_name(d) for d in before) and any(_is(d, "all") for d in rest)
                and not any(_is_name(d) or _is(d, "seq") or _is(d, "neg") for d in rest)
                and any(isinstance(d, Tree) and d.data.startswith("v_") for d in rest)):
            return before + [Tree("excl", [], c.meta)] + rest
    return children


def _kind_of_phrase(c: object) -> str | None:
    """The kind word (natural.lark `kind`: k_container, k_image, k_volume, k_network) an `arg` or a `noun` says."""
    if not (isinstance(c, Tree) and c.data in ("arg", "noun")):
        return None
    return next((d.data for d in c.children if isinstance(d, Tree) and d.data.startswith("k_")), None)


def _another_kind_too(children: list[Any]) -> None:
    """(break5) "db 볼륨이랑 컨테이너 지워", "remove web container and image": a name said with its kind, then "and"
    and a word of another kind with no name of its own — the same name's other thing too (its container and its
    volume, its image) — is two kinds at once: refused (parse.two_kinds), never one of them dropped (it removed
    the volume only, the container only). Raises Incomplete."""
    removal = any(_is(d, "v_rm") for d in children)
    for i, c in enumerate(children[:-1]):
        kind = _kind_of_phrase(c) if _is(c, "arg") else None
        if kind is None and removal and _is_name(c):
            kind = "k_container"  # "web이랑 네트워크 지워": a name said bare with a removal is a container
        if kind is None:
            continue
        j = i + 1
        joined = any(isinstance(d, Tree) and d.data == "p_and" for d in c.children)
        if _is(children[j], "seq") and j + 1 < len(children):
            joined, j = True, j + 1
        other = _kind_of_phrase(children[j]) if _is(children[j], "noun") else None
        if joined and other is not None and other != kind and not any(_is_name(d) for d in children[j + 1:]):
            raise Incomplete("parse.two_kinds", words=f"`{children[i].children[0]}`")


def _its_thing_removed(children: list[Any]) -> None:
    """(break5) "remove db and then its volume", "db 지우고 볼륨도 지워", "stop db and remove its volume": a volume or an
    image said with no name of its own, removed after a verb said of a container, is the one that container mounts
    or runs — never the one named like the container (it removed the volume db), and never the container's own
    removal dropped (it removed the volume alone). Refused: which one is asked by name (parse.volume_of_container,
    as "db의 볼륨 삭제"; an image: parse.two_kinds). Raises Incomplete."""
    for j, c in enumerate(children):
        kind = _kind_of_phrase(c) if _is(c, "noun") else None
        if kind not in ("k_volume", "k_image") or any(_is_name(d) for d in children[j + 1:]):
            continue
        if j and _is_name(children[j - 1]):
            continue  # "remove the busybox and httpd images": the kind of the names said right before it
        after = next((d for d in children[j + 1:] if isinstance(d, Tree) and d.data.startswith("v_")), None)
        before = [i for i, d in enumerate(children[:j]) if isinstance(d, Tree) and d.data.startswith("v_")]
        verb = after if after is not None else (children[before[-1]] if before else None)
        if not (before and _is(verb, "v_rm")):
            continue
        owners = [d for d in children[:before[-1]] + children[before[-1]:j] if _is_name(d)
                  and _kind_of_phrase(d) in (None, "k_container")]
        if owners:
            name = str(owners[-1].children[0])
            if kind == "k_volume":
                raise Incomplete("parse.volume_of_container", name=name)
            raise Incomplete("parse.two_kinds", words=f"`{name}`")


def _spared_without_all(children: list[Any], text: str) -> list[Any]:
    """(w35c) save / spare said as except (grammar/lexicon.txt `excl_after_all_en`) leaves a name out only right after
    every container ("stop all save web", "restart everything, sparing cache"); anywhere else it is the plain word it
    was before ("have cache run redis-cli save"; "save web then stop cache": unread, as ever)."""
    out = list(children)
    for i, c in enumerate(children):
        if not _is(c, "excl") or c.meta.empty:
            continue
        said = text[c.meta.start_pos:c.meta.end_pos].strip()
        if said.lower() not in _LEX["excl_after_all_en"]:
            continue
        before = [d for d in children[:i] if not (isinstance(d, Tree) and d.data.startswith("p_"))
                  and not _is(d, "noun")]  # "kill all containers save cache"
        if not before or not _is(before[-1], "all"):
            out[i] = Tree("arg", [Token("NAME", said, start_pos=c.meta.start_pos, end_pos=c.meta.end_pos)], c.meta)
    return out


def _included_beside_exclusion(children: list[Any], text: str) -> None:
    """(break5) "web 빼고 cache 포함해서 다 재시작", "restart all except web but including cache": a name said as included
    (grammar/lexicon.txt `included`) in a sentence with an exclusion is neither left out nor the only one meant (it
    restarted cache alone; it left cache out) — refused (parse.included_and_excluded). Raises Incomplete."""
    if not any(_is(c, "excl") for c in children):
        return
    words = _LEX["included"]
    for i, c in enumerate(children):
        if not _is_name(c) or c.meta.empty:
            continue
        start = children[i - 1].meta.end_pos if i and not children[i - 1].meta.empty else 0
        nxt = children[i + 1] if i + 1 < len(children) else None
        end = nxt.meta.start_pos if isinstance(nxt, Tree) and not nxt.meta.empty else len(text)
        near = text[start:c.meta.start_pos].lower().split()[-1:] + text[c.meta.end_pos:end].lower().split()[:1]
        if isinstance(nxt, Tree) and not nxt.meta.empty:
            near += text[nxt.meta.start_pos:nxt.meta.end_pos].split()[:1]
        if set(near) & set(words):
            raise Incomplete("parse.included_and_excluded", name=str(c.children[0]))


# what may be told of a name set apart after the request: a moment, its state ("cache는 꺼져있음")
_STATE_TOLD = frozenset({"brief", "stopped", "running", "alive"})
# phrases that read a name set beside the request themselves (an exclusion, a negation, a correction, the rest kept)
_READS_A_NAME_APART = frozenset({"excl", "instead", "neg", "rest_kept", "correction", "rest_untouched"})


def _set_apart(children: list[Any], text: str) -> None:
    """(break5) A name said apart from the request is never one more target of its verb (it removed, stopped,
    restarted both). Refused (parse.set_apart) when a verb has a name before it and, after the last verb, a name
    comes with the topic particle (grammar/lexicon.txt `topic_ko`: "web 꺼 cache는 제가 할게요", "web 재시작하고
    cache는", "web 꺼 cache는?", "web 지우고 cache는 살려둬": kept alive), or with a word of `set_apart` right after
    it or a stop for a moment (`brief`) — left as it is, kept waiting, its state told ("web 지우고 cache 그대로",
    "web 꺼, cache 잠깐", "stop web, cache is ok"); or when, before the verb, a name is followed by such a word and
    then another name ("cache는 그대로 web 재시작", "cache는 잠깐 web 재시작"). An exclusion, a negation or a
    correction said in the sentence reads it instead (those rewrites). Raises Incomplete."""
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if (verbs and not HANGUL.search(text) and len(children) > verbs[0] + 1 and _is_name(children[0])
            and any(_is(c, "excl") for c in children[1:verbs[0]]) and any(_is_name(c) for c in children[verbs[0] + 1:])):
        # (f17en) English, a name said first, "but" and then a request on another ("cache but restart web", "cache is ok
        # but restart web": it restarted both): the first is said apart, never one more target nor one left out
        first = children[0]
        raise Incomplete("parse.set_apart", name=str(first.children[0]),
                         said=text[first.meta.start_pos:first.meta.end_pos].strip())
    if not verbs or any(isinstance(c, Tree) and c.data in _READS_A_NAME_APART for c in children):
        return
    last = verbs[-1]
    if last + 1 < len(children) and _is(children[last + 1], "v_start"):
        return
    names = [i for i, c in enumerate(children) if _is_name(c) and not c.meta.empty]
    _rest_beside_a_name(children, names, text)
    if len(names) < 2:
        return
    apart_words = _LEX["set_apart"]

    def gap(i: int) -> list[str]:
        nxt = next((c.meta.start_pos for c in children[i + 1:] if isinstance(c, Tree) and not c.meta.empty), len(text))
        return text[children[i].meta.end_pos:nxt].lower().replace(",", " ").split()

    english = not HANGUL.search(text)

    def apart(i: int) -> bool:
        # a moment said after a Korean name set apart keeps it waiting ("web 꺼, cache 잠깐"); in English it is said of
        # the verb ("stop web and cache for a moment": a pause of both)
        return bool(set(gap(i)[:2]) & set(apart_words)) or (
            not english and i + 1 < len(children) and _is(children[i + 1], "brief"))

    for i in names:
        said = text[children[i].meta.start_pos:children[i].meta.end_pos].strip()
        if i > last and (any(j < last for j in names) or (english and any(last < j < i for j in names))):
            after = [c for c in children[i + 1:] if not (isinstance(c, Tree) and c.data.startswith("p_"))]
            kept = all(isinstance(c, Tree) and c.data in _STATE_TOLD for c in after)
            if (_particle_said(children[i], text) in _LEX["topic_ko"] and kept) or (kept and apart(i)):
                raise Incomplete("parse.set_apart", name=str(children[i].children[0]), said=said)
            if not english and kept and after and any(_is(c, "seq") for c in children[last + 1:i]):
                # (break6) after "and", a name with only its state and no verb of its own ("cache 쉬게 하고 web
                # 돌아가게": let web run) is a clause of its own, never one more target of the verb (it paused both)
                raise Incomplete("parse.set_apart", name=str(children[i].children[0]), said=said)
        if (i < verbs[0] and i + 1 < len(children) and apart(i)
                and any(j > i and j < verbs[0] for j in names)):
            raise Incomplete("parse.set_apart", name=str(children[i].children[0]), said=said)
        if (english and len(verbs) == 1 and i == 0 and not text[:children[0].meta.start_pos].strip()
                and any(j > verbs[0] for j in names)
                and str(children[i].children[0]).lower() not in _LEX["never_addressed"]
                and children[verbs[0]].data not in ("v_run", "v_exec")
                and all(_is_name(c) or _is(c, "conj") or _is(c, "seq") for c in children[verbs[0] + 1:])
                and ((verbs[0] == i + 1 and (not gap(i) or set(gap(i)) <= set(_LEX["request_opener_en"])))
                     or _addressed_or_told(gap(i)))):
            raise Incomplete("parse.set_apart", name=str(children[i].children[0]), said=said)
    _told_fine_before(children, names, verbs, text)
    _state_told_before(children, names, verbs, text)
    for i in names:  # "web 지우고 cache는 살려둬": a name with the topic, then only a start of keeping it alive
        if (i + 1 == last and _is(children[last], "v_start") and last == len(children) - 1 and len(verbs) > 1
                and _particle_said(children[i], text) in _LEX["topic_ko"] and any(j < verbs[0] for j in names)
                and text[children[last].meta.start_pos:children[last].meta.end_pos].strip() in _LEX["kept_alive"]):
            raise Incomplete("parse.set_apart", name=str(children[i].children[0]),
                             said=text[children[i].meta.start_pos:children[last].meta.end_pos].strip())


def _told_fine_before(children: list[Any], names: list[int], verbs: list[int], text: str) -> None:
    """(break7) Korean: a name said before the verb with its state told between it and another name (grammar/lexicon.txt
    `told_fine_ko`: "web은 정상이야 cache 지워" removed web and cache, "web 정상, cache 재시작", "web 잘 돌아가 cache 재시작",
    "web은 살아있어 cache 재시작") is said of, never one more target of the verb — refused (parse.set_apart; the words
    the grammar reads as chat noise, 정상 and 잘, are the state told here); and a name said with the particle of a person
    told to do it (`dative_person_ko`: 한테, 에게) beside another name. Raises Incomplete."""
    if not HANGUL.search(text) and "~" not in text:
        return
    fine = set(_LEX["told_fine_ko"])
    before = [i for i in names if i < verbs[0]]
    for i in before:
        if _particle_said(children[i], text) in _LEX["dative_person_ko"] and len(names) > 1:
            # "web한테 cache 재시작 시켜", "cache에게 web 재시작시켜": the one told to do it, never one more target
            first = children[i]
            raise Incomplete("parse.set_apart", name=str(first.children[0]),
                             said=text[first.meta.start_pos:first.meta.end_pos].strip())
    for i, j in zip(before, before[1:]):
        gap = text[children[i].meta.end_pos:children[j].meta.start_pos].replace(",", " ").split()
        if fine & set(gap):
            first = children[i]
            raise Incomplete("parse.set_apart", name=str(first.children[0]),
                             said=text[first.meta.start_pos:children[j].meta.start_pos].strip(" ,"))


def _state_told_before(children: list[Any], names: list[int], verbs: list[int], text: str) -> None:
    """(lead19) A name said before the verb with a state phrase of its own told after it, then another name (Korean
    "web 안 죽었지 cache 꺼", "cache 아직 안 꺼졌지? web 꺼줘", "web 켜져있으니까 cache 꺼" — they stopped both; English
    "web is up, could you maybe restart cache?" — it restarted both): said of, never one more target of the verb —
    refused (parse.set_apart). A state said as a relative clause describes the name after it ("web이랑 죽은 cache
    재시작"): read as before. Raises Incomplete."""
    states = set(_LEX["state_phrase"])
    relative = tuple(_LEX["relative_ending"])
    for i in (k for k in names if k < verbs[0]):
        nxt = next((j for j in names if j > i), None)
        if nxt is None:
            continue
        for c in children[i + 1:min(nxt, verbs[0])]:
            if (isinstance(c, Tree) and c.data in states and not c.meta.empty
                    and not text[c.meta.start_pos:c.meta.end_pos].strip().endswith(relative)):
                first = children[i]
                raise Incomplete("parse.set_apart", name=str(first.children[0]),
                                 said=text[first.meta.start_pos:c.meta.end_pos].strip(" ,"))


def _rest_beside_a_name(children: list[Any], names: list[int], text: str) -> None:
    """(break6) "the rest" (grammar/lexicon.txt `rest_word`: 나머지) said beside a name with no word that leaves the name
    out ("cache는 그대로, 나머지 재시작" restarted cache alone; "db는 그대로, 나머지 다 꺼" stopped db): the rest is every
    OTHER container, never the name's — refused (parse.set_apart), never read as the name with "all". Only reached when
    no exclusion, kept or untouched phrase reads the sentence (`_set_apart`). Raises Incomplete."""
    if not names:
        return
    rest = _LEX["rest_word"]
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    for c in children[:verbs[-1]]:  # the rest said after the request ("… 재시작하고 나머지는 그대로") is kept
        if _is(c, "all") and not c.meta.empty and set(text[c.meta.start_pos:c.meta.end_pos].split()) & set(rest):
            first = children[names[0]]
            raise Incomplete("parse.set_apart", name=str(first.children[0]),
                             said=text[first.meta.start_pos:c.meta.end_pos].strip())


def _addressed_or_told(gap: list[str]) -> bool:
    """(break6) The words right after an English name said before the only verb, when the verb has a name after it
    too: the name addressed ("web: restart cache", its colon dropped by bot/language/normalize.py, so nothing between
    the name and the verb: "web restart cache", "web, restart cache") or its state told ("db is ok, remove web",
    "web's ok, restart cache") — grammar/lexicon.txt `addressed_or_told` — is said apart, never one more target of
    the verb (it restarted, removed both)."""
    return bool(gap) and (gap[0].startswith(":") or (
        len(gap) > 1 and gap[0] in _LEX["addressed_or_told"] and gap[1] in _LEX["told_state"]))


def _not_verb(children: list[Any], text: str) -> list[Any]:
    """"cache 재시작 말고 로그만 보여줘", "만들어 둬 실행은 말고": an exclusion word of
    grammar/lexicon.txt `not_verb` said right after a verb (its particle between) negates that verb
    — it is "재시작하지 말고", never a name left out. Only when no name is said after it: "web 재시작
    말고 cache 재시작" stays a question (which was meant, the names or the verbs?)."""
    out: list[Any] = []
    for i, c in enumerate(children):
        if not _is(c, "excl"):  # only an exclusion is looked at (the words before it: only then)
            out.append(c)
            continue
        before = [d for d in out if not (isinstance(d, Tree) and d.data.startswith("p_"))]
        if (not c.meta.empty and before and isinstance(before[-1], Tree)
                and not any(_is_name(d) for d in children[i + 1:])
                and before[-1].data.startswith("v_")
                and text[c.meta.start_pos:c.meta.end_pos].split()[:1] == list(_LEX["not_verb"][:1])):
            out.append(Tree("neg", [], c.meta))
        else:
            out.append(c)
    return out


# --------------------------------------------------------------------------- collect


# The rewrites still made here, before the reader, and why natural.lark does not say them (issue 8, gram9; gram8 and
# gram9 moved _off_then, _disconnect_then, _rest_untouched, _stopped_then and _verb_then into the grammar, where
# LALR(1) decides at one token — a priority among reductions, or a shift). LALR(1) shifts at the first token a
# construct shares with the flat items and cannot go back, and its priorities only choose among reductions:
# - `_not_coming` ("db 안 켜지는데"): the parser must decide at the verb after 안 — before it sees the passive — whether
#   it is in the complaint; the verb's first token also starts `running`, `stopped`, `again` ("안 켜져 있는", "안 멈춘",
#   "web 안 다시 켜"), which a verb-only context loses (tried: "web 안 다시 켜" went from a prohibition to not read).
# - `_no_need_first` ("busybox 이미지 필요없으니까 지워"): its conditions are of the whole sentence — no verb said
#   before it, a name before it, no other negation (tried as a rule before a verb: 0 table differences, but "web 지울
#   필요 없어 재시작해" and "필요 없어 지워" went from prohibitions to refusals, and "web 필요 없어 다시 켜" to a start).
# - `_contrast`, `_then_not`, `_contrast_en`, `_corrected_en` (with `_not_these`, `_not_that_verb`, `_instead_en`:
#   see the note above `_not_these`): which side of 말고/대신/not/actually/하지 마 is meant depends on the names, verbs,
#   particles (만, 도) and negations on both sides, any number of items away — the phrase would have to be read back
#   as its words whenever the rest does not fit: the same rewrite, moved into the reader.
#
# The phrases `_rewritten`'s rewrites start from — without one of them each rewrite returns its list as given (and
# adds none of them): _corrected_en `correction`; _contrast_en, _no_need_first, _then_not, _not_these,
# _not_that_verb, _create_not_start `neg`; _not_coming `complaint`; _contrast `excl`/`instead`; _not_verb `excl`.
# A rewrite that starts from another phrase adds it here (tests/test_parse_speed.py checks every table sentence
# without one of them: `_rewritten` keeps it as given).
_REWRITTEN = frozenset({"correction", "neg", "complaint", "excl", "instead", "past"})


def _done_then_asked(children: list[Any], text: str) -> list[Any]:
    """(f12ko) Korean: a verb told done, then the request again ("실수로 web 껐는데 다시 켜주세요", "web 재시작했는데
    다시 재시작해줘"): the verb done, with its past (-었는데, -었어), is what happened — the request is the one verb said after
    it, with nothing after that verb (no past, question, ban or passive: "web 껐는데 켜졌어" stays told), of the names
    said before the verb done: between the two 다시 only ("web 재시작했는데 지워줘" stays refused)."""
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 2 or verbs[1] != len(children) - 1:
        return children
    i, j = verbs
    past = children[i + 1] if i + 1 < j else None
    if not (_is(past, "past") and isinstance(past, Tree) and not past.meta.empty
            and text[past.meta.start_pos:past.meta.end_pos].strip() == _LEX["done_then"][0]):
        return children
    if not children[i + 2:j] or not all(_is(c, "again") for c in children[i + 2:j]):
        return children  # a name after it ("web 껐는데 cache 꺼줘"): whose is the request? never both
    if not all(_is_name(c) or (isinstance(c, Tree) and c.data.startswith("p_")) for c in children[:i]):
        return children
    return children[:i] + children[i + 2:]


def _brief_taken_back(children: list[Any], text: str) -> list[Any]:
    """"cache 잠시 말고 완전히 멈춰", "web 잠깐 말고 아예 꺼": 말고 said right after a word of brevity (with a particle
    at most between) and right before the verb takes the brevity back — "not for a moment, for good": a stop, never
    a pause, and never an exclusion of the name said before it (which read "pause everything but cache"). Said
    before a name ("web 잠깐 말고 cache 멈춰") it is left as it is."""
    for i, c in enumerate(children):
        if not _is(c, "brief"):
            continue
        j = i + 1
        while j < len(children) and isinstance(children[j], Tree) and children[j].data.startswith("p_"):
            j += 1
        if (j + 1 < len(children) and _is(children[j], "excl") and not children[j].meta.empty
                and (text[children[j].meta.start_pos:children[j].meta.end_pos].split() or [""])[0] in _LEX["instead_ko"]
                and isinstance(children[j + 1], Tree) and children[j + 1].data.startswith("v_")):
            return children[:i] + children[j + 1:]
    return children


def _called_off_then(children: list[Any], text: str) -> list[Any]:
    """(chain16) English, a request called off by "never mind" (grammar/lexicon.txt `called_off_en`; "scratch that" and
    "nvm" are spelt so by normalize), then another request set off by commas, with its own verb and names: that one
    alone ("remove web, scratch that, restart cache" = restart cache); web is never removed. Anything else is left as
    it is (the prohibition stands: "remove web, never mind" runs nothing, "remove web, never mind, restart it" too)."""
    negs = [i for i, c in enumerate(children) if _is(c, "neg")]
    if len(negs) != 1 or HANGUL.search(text) or any(c.meta.empty for c in children if isinstance(c, Tree)):
        return children
    n = negs[0]
    neg = children[n]
    before, after = children[:n], children[n + 1:]
    said = re.findall(r"[a-z']+", text[neg.meta.start_pos:after[0].meta.start_pos if after else len(text)].lower())
    if "~".join(said) not in _LEX["called_off_en"]:
        return children
    if not any(isinstance(c, Tree) and c.data.startswith("v_") for c in before) or not after:
        return children
    if not (isinstance(after[0], Tree) and after[0].data.startswith("v_")):
        return children
    names_before = [c for c in before if _is_name(c)]
    # (corr24) "stop cache, scratch that, restart it": said of the names before it by a pronoun alone after its verb
    told_of = (len(after) == 1 and bool(names_before)
               and re.findall(r"[a-z']+", text[after[0].meta.end_pos:].lower()) in ([p] for p in _LEX["called_off_pronoun_en"]))
    if not any(_is_name(c) for c in after) and not told_of:
        return children
    if any(_is(c, "correction") or _is(c, "seq") for c in after):
        return children
    if "," not in text[before[-1].meta.end_pos:neg.meta.start_pos] or "," not in text[neg.meta.end_pos:after[0].meta.start_pos]:
        return children
    return after + names_before if told_of else after


_THING_KINDS = frozenset({"k_container", "k_volume", "k_image", "k_network"})


def _kind_for_kind(children: list[Any], text: str) -> list[Any]:
    """(run26) One name, and two kinds of thing said of it, one of them left out by an exclusion with no name of its
    own: the left-out kind said of the same name, as "db 컨테이너 말고 db 볼륨 삭제" says it (`_kind_contrast`: which db is
    meant, by its kind) — "db 볼륨 말고 컨테이너 삭제해", "db 볼륨 지워줘, 컨테이너 말고", "db 삭제해 (볼륨 말고 컨테이너)",
    "remove the db volume, not the container". Only one name, one exclusion, a kind noun (container, volume, image,
    network) standing alone beside it, and no negation, sequence or contrast; anything else is left as it is."""
    ex = [i for i, c in enumerate(children) if _is(c, "excl") and not c.meta.empty]
    names = [i for i, c in enumerate(children) if _is(c, "arg") and not c.meta.empty]
    if len(ex) != 1 or len(names) != 1 or any(_is(c, "neg") or _is(c, "seq") or _is(c, "instead") for c in children):
        return children

    def kind(c: Any) -> str | None:
        return c.children[0].data if (_is(c, "noun") and not c.meta.empty and c.children
                                      and isinstance(c.children[0], Tree) and c.children[0].data in _THING_KINDS) else None

    def said_of(c: Any) -> str | None:
        ks = [k.data for k in c.children[1:] if isinstance(k, Tree) and k.data in _THING_KINDS]
        return ks[0] if ks else None

    e, n = ex[0], names[0]
    arg = children[n]
    if not isinstance(arg.children[0], Token) or arg.children[0].type != "NAME":
        return children
    marks = tuple(_LEX["only_ko"]) + tuple(_LEX["also_ko"])
    if any(w.endswith(marks) for c in children if (_is(c, "noun") or _is(c, "arg")) and not c.meta.empty
           for w in text[c.meta.start_pos:].split()[:2]):
        return children  # "db 볼륨만 말고 컨테이너도 지워": not only the volume, the container too — both, or which? asked
    nouns = [i for i, c in enumerate(children) if kind(c) is not None]

    def as_arg(i: int) -> Tree[Any]:
        # the name where it was typed (a name is read where its letters are: bot/language/parse_natural.py
        # `_loan_said`), the kind said beside the exclusion
        return Tree("arg", [arg.children[0], children[i].children[0]], meta=arg.meta)

    own = said_of(arg)
    if len(nouns) == 1 and own is not None and kind(children[nouns[0]]) != own and nouns[0] in (e - 1, e + 1):
        # "db 볼륨 말고 컨테이너 삭제해", "db 볼륨 지워줘, 컨테이너 말고", "remove the db volume, not the container": the
        # kind beside the exclusion said of db too
        i = nouns[0]
        return [*children[:i], as_arg(i), *children[i + 1:]]
    if len(nouns) == 2 and own is None and nouns == [e - 1, e + 1] and n < e - 1 and (
            kind(children[e - 1]) != kind(children[e + 1])):
        # "db 삭제해 (볼륨 말고 컨테이너)": the two kinds after the request, the name said of both, once
        return [*children[:n], *children[n + 1:e - 1], as_arg(e - 1), children[e], as_arg(e + 1), *children[e + 2:]]
    return children


def _quantity_named(children: list[Any]) -> list[Any]:
    """(lead28) "details of every container", "status of each container", "logs of every container": a word of quantity
    (grammar/lexicon.txt `quantity_named_en`) read as a name said with its kind (arg: every + container, as "the web
    container") is the quantity and the kind — every container, never one named "every"."""
    out: list[Any] = []
    for c in children:
        if (_is_name(c) and len(c.children) == 2 and str(c.children[0]).lower() in _LEX["quantity_named_en"]
                and _is(c.children[1], "k_container")):
            out += [Tree("all", [], meta=c.meta), Tree("noun", [c.children[1]], meta=c.meta)]
        else:
            out.append(c)
    return out


def _rewritten(children: list[Any], text: str) -> list[Any]:
    """A sentence's phrases after the reader's rewrites (not A but B, corrections, a request then a ban …)."""
    children = _kind_for_kind(_called_off_then(list(children), text), text)
    children = _contrast_en(_corrected_en(_brief_taken_back(list(children), text), text), text)
    return _create_not_start(_not_verb(_not_that_verb(_not_these(_then_not(_contrast(_request_then_instead(
        _not_coming(_no_need_first(_done_then_asked(list(children), text), text), text), text), text), text), text), text),
        text), text)


def read(tree: Tree[Any], lang: Lang, text: str = "", reading: Reading | None = None) -> m.Command:
    """The Command a sentence's parse tree means. Raises Incomplete with the reason."""
    stated = [c for c in tree.children if _is(c, "stated")]
    if stated:
        # "금일 작업은 db 기동입니다", "다음 작업은 web 재시작임": the task told as a statement (a verbal noun and the
        # copula ending the sentence), not asked for — a write is asked back (yes/no, bound to the asker), never run on
        # the statement; a read is answered ("cache 먹통이야"); asked to go ahead after it ("… 재시작입니다. 진행하여
        # 주시기 바랍니다": grammar/lexicon.txt `go_ahead`, anywhere in it) it is the request
        cmd = read(Tree(tree.data, [c for c in tree.children if not _is(c, "stated")], tree.meta), lang, text, reading)
        if reads_only(cmd) or isinstance(cmd, (m.Prohibition, m.Help)) or set(text.split()) & set(_LEX["go_ahead"]):
            return cmd  # "web 재시작 부탁입니다", "web 재시작 부탁염": the request said as a noun with its copula
        raise Incomplete("parse.stated", proposal=cmd)
    if lang == "ko" and (ended := _ended_then_ko(list(tree.children), text)):
        # (lead29) "작업 끝난 후에 web 재시작": once the work has finished, then — a time to come, never a state of
        # containers ("끝난 컨테이너" are the exited ones), never now
        raise Incomplete("parse.no_schedule", when=ended)
    if lang == "ko" and _too_alone_ko(list(tree.children), text):
        # (breaker29) "같이 꺼줘", "이것도 재시작해줘": together, this one too — with what? never every container (it
        # planned `docker stop $(docker ps -q)`)
        raise Incomplete("parse.need_target", what="container")
    if any(_is(c, "excl") for c in tree.children):
        tree = Tree(tree.data, _spared_without_all(list(tree.children), text), tree.meta)
    if any(_is(c, "v_start") for c in tree.children):
        tree = Tree(tree.data, _kept_alive(list(tree.children), text), tree.meta)
    if any(_is(c, "v_show") for c in tree.children):
        tree = Tree(tree.data, _seen_then(list(tree.children), text), tree.meta)
    if any(_is_name(c) and str(c.children[0]).lower() in _LEX["quantity_named_en"] for c in tree.children):
        tree = Tree(tree.data, _quantity_named(list(tree.children)), tree.meta)  # (lead28) "details of every container"
    if _REWRITTEN.isdisjoint([c.data for c in tree.children if isinstance(c, Tree)]):
        # no rewrite has a phrase to start from (each one's list is the one given): the sentence as parsed,
        # without walking it nine times (most sentences)
        tree = Tree(tree.data, list(tree.children), tree.meta)
    else:
        tree = Tree(tree.data, _rewritten(list(tree.children), text), tree.meta)
    if (shell := _shell_word_placed(tree.children, text, lang)) is not None:
        return shell
    if _up_and_down(tree, lang, text):
        return m.ListContainers(all=True, lang=lang)  # (en12fix) "what's up and what's down": every container's state
    _set_apart(list(tree.children), text)
    _its_thing_removed(list(tree.children))
    _another_kind_too(list(tree.children))
    _included_beside_exclusion(list(tree.children), text)
    parts = _sequence_parts(tree, text, reading)
    if parts is not None:
        return _said_a_command(tree, _sequence(parts, lang, text, reading), text)
    if lang == "en":
        _names_before_and_verb(tree.children, text)
    cmd = _said_a_command(tree, _read(tree.data, [c for c in tree.children if not _is(c, "seq")], lang, text, reading),
                          text)
    if lang == "en" and len(m.named(cmd).targets) > 1:
        _subject_said_en(tree.children, text, m.named(cmd).targets)
        _names_both_sides_en(tree.children, text, m.named(cmd).targets)
    return cmd


# (breaker29) 받다 said before another step ("web 로그 받아서 지워줘", "받아두고"): what is received is then acted on — no
# receiving of a read (it read `docker logs web` then `docker rm web`)
_RECEIVED_THEN = re.compile("(?:" + "|".join(map(re.escape, _LEX["received_ko"])) + r")\s*(?:"
                            + "|".join(map(re.escape, sorted(_LEX["received_then_ko"], key=len, reverse=True))) + ")")


_WRITE_VERB_RULES = frozenset({"v_stop", "v_start", "v_restart", "v_kill", "v_pause", "v_unpause", "v_rm", "v_prune"})


def _too_alone_ko(children: list[Any], text: str) -> bool:
    """(breaker29) Whether the sentence's only word of quantity is one of grammar/lexicon.txt `too_alone_ko` (같이, 것 도:
    together, this one too), said with a write and nothing it is of — no name, no kind, no state."""
    alls = [c for c in children if _is(c, "all")]
    if not alls or any(c.meta.empty or "~".join(text[c.meta.start_pos:c.meta.end_pos].split()) not in _LEX["too_alone_ko"]
                       for c in alls):
        return False
    verbs = [c.data for c in children if isinstance(c, Tree) and c.data.startswith("v_")]
    others = [c for c in children if isinstance(c, Tree) and not c.data.startswith("v_")
              and c.data not in ("all", "p_topic", "question")]
    return bool(verbs) and not others and all(v in _WRITE_VERB_RULES for v in verbs)


def _ended_then_ko(children: list[Any], text: str) -> str:
    """(lead29) Korean, a clause of something finished (natural.lark `stopped` said with 끝나) right before a word of
    sequence (`seq`: 후에, 뒤, 다음에): "테스트 끝난 후에 web 재시작" — when the work is over, then; or said beside a
    name acted on ("테스트 끝난 거 보고 web 재시작"). The words said (the morpheme stream), or ""."""
    ended = [c for c in children if _is(c, "stopped") and not c.meta.empty
             and not set(text[c.meta.start_pos:c.meta.end_pos].split()).isdisjoint(_LEX["ended_ko"])]
    for c, nxt in zip(children, children[1:]):
        if c in ended and _is(nxt, "seq") and not nxt.meta.empty:
            return text[c.meta.start_pos:nxt.meta.end_pos]
    if ended and any(_is_name(c) for c in children):
        # (breaker29) "테스트 끝난 거 보고 web 재시작": finished said beside a name acted on — once it has finished, then
        # (it inspected and restarted web); finished is a state of containers listed, never of one named
        return text[ended[0].meta.start_pos:ended[0].meta.end_pos]
    return ""


# (chain16) what is seen, said as a noun before 보고: the logs ("로그 보고"); never a state ("살아 있는지 보고 cache 재시작",
# "상태 보고 …": what is seen decides — as it is, maybe a hypothetical: left as said, refused)
_SEEN_NOUNS = frozenset({"v_logs"})


def _shell_word_placed(children: list[Any], text: str, lang: Lang) -> m.Command | None:
    """(lead27) The shell's own listing word typed as it is (grammar/lexicon.txt `shell_list_word`: ls, ps — docker's
    list verb to the grammar) with one container said as its place ("data에서 ls", "web 안에서 ls 해줘", "web 컨테이너에서
    ps 해봐", "ls in data", "web에서 ls 보여줘"): run there — ls as `docker exec NAME ls`, ps as `docker top NAME` (the
    English "ps inside web" was read so; many images have no ps) — never the container's details with the word dropped
    (docker inspect data). None when anything else is said (a path, a flag, another verb: the readers' own)."""
    verbs = [c for c in children if isinstance(c, Tree) and c.data.startswith("v_")]
    if not verbs or verbs[0].data != "v_list" or any(v.data != "v_show" for v in verbs[1:]) or verbs[0].meta.empty:
        return None
    word = text[verbs[0].meta.start_pos:verbs[0].meta.end_pos].strip()
    if word not in _LEX["shell_list_word"]:
        return None
    names = [c for c in children if _is_name(c)]
    rest = [c for c in children if not (_is_name(c) or (isinstance(c, Tree) and c.data.startswith("v_")))]
    if len(names) != 1 or any(not _is(c, "e_in") for c in rest) or len(rest) > 1:
        return None
    kinds = {c.data for c in names[0].children if isinstance(c, Tree)}
    placed = bool(kinds & {"p_from", "p_in"}) if lang == "ko" else bool(rest)
    if not placed or kinds & {"k_image", "k_volume", "k_network"}:
        return None
    name = str(names[0].children[0])
    if word == "ps":
        return m.Top(name, lang=lang)
    return m.Exec(name, (word,), lang=lang)


def _seen_then(children: list[Any], text: str) -> list[Any]:
    """(chain16) "web 로그 보고 cache 재시작해": 보다 + -고 right before a name is one noun to Kiwi (보고, a report: natural.lark
    `v_show`'s formal "보고하여 주십시오"), so the "and then" was lost and two requests read as one (refused). 보고 said
    after what is seen (`_SEEN_NOUNS`: the logs), right before a name and with a verb of its own after that
    name, is "see, and then": a `seq` after it. Anything else is left as said."""
    out: list[Any] = []
    for i, c in enumerate(children):
        out.append(c)
        if not (_is(c, "v_show") and not c.meta.empty and text[c.meta.start_pos:c.meta.end_pos].strip() in _LEX["seen_then_ko"]):
            continue
        rest = children[i + 1:]
        if (i > 0 and isinstance(children[i - 1], Tree) and children[i - 1].data in _SEEN_NOUNS and rest and _is_name(rest[0])
                and any(isinstance(d, Tree) and d.data.startswith("v_") for d in rest[1:])
                and not any(_is(d, "seq") for d in rest[:2])):
            out.append(Tree("seq", [], c.meta))
    return out


def _up_and_down(tree: Tree[Any], lang: Lang, text: str) -> bool:
    """(en12fix) English, both states asked of no name, joined by and ("what's up and what's down", "which containers
    are up and which are down", "what's running and what's stopped"): every container with its state (docker ps -a).
    Only the states, the kind, question words and copulas are said (grammar/lexicon.txt `both_states`)."""
    if lang != "en":
        return False
    shape = [c.data for c in tree.children if isinstance(c, Tree) and c.data != "noun"]
    if shape not in (["running", "seq", "down"], ["running", "seq", "stopped"]):
        return False
    return set(re.findall(r"[a-z']+", text.lower())) <= _WH | set(_LEX["both_states"])
def _names_before_and_verb(children: list[Any], text: str) -> None:
    """(en13) English: a word said before "and VERB" when the verb has names of its own after it ("be a dear and
    pull alpine", "web and restart cache") belongs to a clause with no verb of its own, never to the verb after "and"
    (an English object comes after its verb; "web and cache restart", names then the verb, stays a list): refused
    with those words, never pulled or restarted as one more name. Only bare names before it: a place ("hop on data and
    check df -h") or a name kept ("leave web alone and restart cache") is that clause's own, read as before."""
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 1 or verbs[0] < 2 or not _is(children[verbs[0] - 1], "seq"):
        return
    before = children[:verbs[0] - 1]
    if all(_is_name(c) for c in before) and any(_is_name(c) for c in children[verbs[0] + 1:]):
        raise Incomplete("parse.unused", words=", ".join(f"`{c.children[0]}`" for c in before))


# (lead27) verbs whose names are all targets of the one write (a run's, an exec's, a tag's or a network's names are not)
_TARGETS_EN = frozenset({"v_start", "v_stop", "v_shut", "v_kill", "v_pause", "v_unpause", "v_restart", "v_rm"})


def _subject_said_en(children: list[Any], text: str, targets: Sequence[str]) -> None:
    """(lead27) English: a name with a copula right after it (grammar/lexicon.txt `copula_en`: "restart cache tests are
    failing", "stop web db is fine") is the subject of a statement, never one more target of the verb (the copula is
    chat noise to the grammar, so it restarted cache, tests and failing where such containers exist): refused with
    those words (parse.unused). Said after a comma the statement is context, read as before ("restart cache, tests
    are failing"). Only names the command would act on (`targets`): a remark the readers already set apart is
    theirs. Raises Incomplete."""
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 1 or children[verbs[0]].data not in _TARGETS_EN:
        return
    names = [i for i, c in enumerate(children) if _is_name(c) and not c.meta.empty]
    if len(names) < 2:
        return
    copula = set(_LEX["copula_en"])
    for i in (k for k in names if k > verbs[0]):  # before the verb: the context readers' ("web2 is over, you can …")
        nxt = next((c.meta.start_pos for c in children[i + 1:] if isinstance(c, Tree) and not c.meta.empty), len(text))
        gap = text[children[i].meta.end_pos:nxt].lower().split()
        if gap and gap[0].replace("’", "'") in copula and str(children[i].children[0]) in targets:
            said = text[children[i].meta.start_pos:nxt].strip()
            raise Incomplete("parse.unused", words=f"`{said}`")


def _names_both_sides_en(children: list[Any], text: str, targets: Sequence[str]) -> None:
    """(lead27) English: one verb of targets (`_TARGETS_EN`) with names both before and after it and no word joining
    them ("all lowercase pls restart cache" restarted lowercase and cache; "tests pls stop cache"): an English object
    comes after its verb, so the words before are a clause of their own (a remark, a name addressed) — refused with
    those words (parse.unused), never one more target. Set off by a comma, a colon … ("cache crashed, restart web") the
    context readers read it. Names only before the verb ("web and cache restart") or only
    after it are read as before. Raises Incomplete."""
    verbs = [i for i, c in enumerate(children) if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 1 or children[verbs[0]].data not in _TARGETS_EN:
        return
    v = verbs[0]
    before = [c for c in children[:v] if _is_name(c) and not c.meta.empty and str(c.children[0]) in targets]
    after = children[v + 1:]
    said_off = before and re.search(r"[,:;?!.\u2014\u2013]", text[before[0].meta.end_pos:children[v].meta.start_pos])
    if (before and not said_off and any(_is_name(c) and not c.meta.empty for c in after)
            and all(_is_name(c) or _is(c, "conj") for c in after)  # "web container remove from backend network"
            and not any(isinstance(c, Tree) and c.data in _READS_A_NAME_APART for c in children)
            and str(before[0].children[0]).lower() not in _LEX["never_addressed"]):
        raise Incomplete("parse.unused", words=", ".join(f"`{c.children[0]}`" for c in before))


def _holds(tree: Tree[Any], name: str) -> bool:
    """Whether `tree` or a tree under it is a `name` — `any(t.data == name for t in tree.iter_subtrees())`
    without Lark's ordered walk (a set of the trees seen and a list of them, for every sentence)."""
    todo = [tree]
    while todo:
        t = todo.pop()
        if t.data == name:
            return True
        todo += [c for c in t.children if isinstance(c, Tree)]
    return False


def _said_a_command(tree: Tree[Any], cmd: m.Command, text: str = "") -> m.Command:
    """"web 컨테이너에 date 명령 실행": a command said as one (grammar/natural.lark `cmd_noun`) is a command
    line run (an exec, or a run with its command); "web 명령 실행" names none — asked for it
    (parse.need_command), never a start of web. Raises Incomplete."""
    if cmd.lang == "en":
        cmd = _gerund_program(cmd, text)
        _no_gerund_program(cmd)
    if not _holds(tree, "cmd_noun"):
        return cmd
    steps = cmd.steps if isinstance(cmd, m.Sequence) else (cmd,)
    if any(isinstance(st, m.Exec) or (isinstance(st, m.RunContainer) and st.command) for st in steps):
        return cmd
    if isinstance(cmd, m.Inspect):
        return cmd  # "my-volume 명령어 뭐로 떠있어": the command it runs, asked (a property: its details)
    raise Incomplete("parse.need_command")


# an English word said with -ing: three letters or more before the ending ("sleeping", "printing"; never "ping")
_GERUND = re.compile(r"[a-z]{3,}ing")


def _gerund_program(cmd: m.Command, text: str) -> m.Command:
    """(en15) English: a new container's command said with the -ing of a program's name right after its image ("run alpine
    sleeping 300 in the background", "run busybox pinging 127.0.0.1"): that program (grammar/lexicon.txt `known_programs`, never one that
    names an image too: `clause_not_programs`), as "run alpine sleep 300" — any other -ing word stays refused
    (`_no_gerund_program`)."""
    if (not isinstance(cmd, m.RunContainer) or not cmd.command or cmd.as_typed or cmd.placed
            or not _GERUND.fullmatch(cmd.command[0])
            or not re.search(rf"(?i)(?<![\w.:/-]){re.escape(cmd.image)}\s+{re.escape(cmd.command[0])}\b", text)):
        return cmd  # not right after its image ("in web run pinging …"): stays refused
    programs = set(_LEX["known_programs"]) - set(_LEX["clause_not_programs"])
    word = cmd.command[0][:-3]
    for stem in (word, word[:-1] if len(word) > 2 and word[-1] == word[-2] else None, word + "e"):
        if stem in programs:
            return replace(cmd, command=(stem, *cmd.command[1:]))
    return cmd


def _no_gerund_program(cmd: m.Command) -> None:
    """(en13) English: the first word of a command said in words (a run's or an exec's, not typed as docker CLI) that
    is a verb with -ing ("run alpine sleeping 300 in the background", "run busybox printing hi") is how it is said,
    never a program of that name to run (`docker run -d alpine sleeping 300` was planned): refused with the word, the
    program it stands for never guessed. Raises Incomplete."""
    for st in cmd.steps if isinstance(cmd, m.Sequence) else (cmd,):
        if (isinstance(st, (m.RunContainer, m.Exec)) and st.command and not st.as_typed
                and _GERUND.fullmatch(st.command[0])):
            raise Incomplete("parse.unused", words=f"`{st.command[0]}`")


def _off_then_on_ko(before: list[Tree[Any]], part: list[Tree[Any]], stop: m.Command, text: str) -> bool:
    """(props14) Whether a Korean part that only starts (`part`: a v_start or v_run, no name of its own) follows a part that
    stopped (`before`, planned as `stop`, a plain docker stop of named containers) with the idiom's lemmas and its
    connective ~다가, nothing but neutral words between (grammar/lexicon.txt `off_then_on_*_ko`, `neutral_ko`): "web 껐다
    좀 켜줘", "cache 내렸다가 빨리 올려줘" — the restart idiom "껐다 켜" with a word of chat inside it. `text` is the
    morpheme stream the parts were read from. Any other pair (another verb, a name, a word that means something):
    False."""
    if type(stop) is not m.Stop or not stop.targets or stop.all_running or stop.timeout is not None:
        return False
    verbs = [c for c in before if _is(c, "v_stop")]
    if len(part) != 1 or not (_is(part[0], "v_start") or _is(part[0], "v_run")) or part[0].meta.empty or len(verbs) != 1 or verbs[0].meta.empty:
        return False
    off, on = verbs[0], part[0]
    if (text[off.meta.start_pos:off.meta.end_pos].strip() not in _LEX["off_then_on_off_ko"]
            or text[on.meta.start_pos:on.meta.end_pos].strip() not in _LEX["off_then_on_on_ko"]):
        return False
    between = text[off.meta.end_pos:on.meta.start_pos].split()
    return between[:1] == list(_LEX["off_then_link_ko"][:1]) and set(between[1:]) <= set(_LEX["neutral_ko"])


def _sequence(parts: list[list[Tree[Any]]], lang: Lang, text: str, reading: Reading | None) -> m.Command:
    """"web 중지하고 삭제해줘", "stop web then remove it": one Command per part, in order.

    A part without a name acts on the names of the part before it ("…then remove it").
    """
    steps: list[m.Command] = []
    asked = False  # "can i stop web and remove it": the whole sequence is proposed, never one step
    named = [[c for c in part if _is_name(c)] for part in parts]
    # "stop and remove web": a first part without a name takes the next part's names
    names: list[Tree[Any]] = next((n for n in named if n), [])
    for at, (part, own) in enumerate(zip(parts, named)):
        if _instead(part, text) is not None:
            # "web 시작하고 삭제하고 재시작 말고 꺼": not A but B inside a sequence — which step does B
            # replace? ask, never guess
            raise Incomplete("parse.two_verbs", verbs=", ".join(
                c.data[2:] for p in parts for c in p if isinstance(c, Tree) and c.data.startswith("v_")))
        it = _run_in_it(part, steps[-1] if steps else None, lang, text, reading)
        if it is None:
            it = _run_pulled(part, steps[-1] if steps else None, lang, text, reading)
        if it is None:
            it = _made_again(part, steps, lang)
        if it is None:
            it = _connect_to_made(part, steps[-1] if steps else None, lang, text, reading)
        if it is None:
            it = _tagged_in_chain(part, steps[-1] if steps else None, lang)
        if it is not None:
            steps.append(it)
            continue
        ran = _then_its_command(part, steps[-1] if steps else None, lang, text)
        if ran is not None:
            steps[-1] = ran
            continue
        uploaded = _uploaded_after_tag(part, steps[-1] if steps else None, lang, text)
        if uploaded is not None:
            steps.append(uploaded)
            continue
        if lang == "ko" and at and steps and _off_then_on_ko(parts[at - 1], part, steps[-1], text):
            steps[-1] = m.Restart(targets=m.named(steps[-1]).targets, lang=lang)  # "web 껐다 좀 켜줘": the restart idiom
            continue
        if (lang == "en" and steps and type(steps[-1]) is m.Stop and part and _is(part[0], "e_at")
                and all(_is(c, "e_at") or _is(c, "again") for c in part) and not part[0].meta.empty
                and text[part[0].meta.start_pos:part[0].meta.end_pos].strip().lower() in _LEX["particle_on"]):
            stop = steps[-1]
            assert isinstance(stop, m.Stop)
            steps[-1] = m.Restart(targets=stop.targets, lang=lang)  # "turn cache off and on again": the restart idiom
            continue
        try:
            alone = _read_asked("sentence", part, lang, text, reading)
            if (isinstance(alone, m.ListContainers) and names and not own and not any(_is(c, "noun") for c in part)
                    and any(_is(c, "running") or _is(c, "stopped") for c in part)):
                # "restart web and check it's running": the state of the names before it, asked (their details),
                # never a listing of every running container
                again = _read_asked("sentence", names + part, lang, text, reading)
                alone = again if reads_only(again) else alone
            if (isinstance(alone, m.Stats) and not alone.targets and names and not own
                    and _says_it(parts, at, text)):
                # (en12) "pause my-nginx, then show me its stats": "its" is the names before it — never the
                # stats of every running container (what a stats with no name reads alone)
                again = _read_asked("sentence", names + part, lang, text, reading)
                alone = again if reads_only(again) else alone
            steps.append(alone)
        except _Asked as a:
            asked = True
            steps.append(a.command)
        except Incomplete as inc:
            made = _with_volume_made(part, steps[-1] if steps else None, text) if inc.msg.key == "parse.mount_pairs" else None
            if made is not None:
                # "create volume v5 and run alpine with it at /v": "it" is the volume made the step before
                steps.append(_read_asked("sentence", made, lang, text, reading))
                continue
            # "restart cache and check it's healthy": a look with a property and no name of its own reads
            # nothing alone (the property is unused); with the names before it, a read of them (never a write)
            # "restart web, then tail 20 lines": a window of logs alone, no name of its own, likewise (the logs of them)
            look = inc.msg.key == "parse.unused" and not own and any(
                _is(c, "attr") or _is(c, "tail") or _is(c, "few_lines") for c in part)
            if not names or (inc.msg.key not in (
                    "parse.need_target", "parse.need_image", "parse.need_network_and_container") and not look):
                raise
            if own and inc.msg.key != "parse.need_network_and_container":
                raise  # "db 시작하고 backend에 붙여": a connect with one name of its own takes the other before
            before_step = steps[-1] if steps else None
            verbs = {c.data for c in part if isinstance(c, Tree) and c.data.startswith("v_")}
            if isinstance(before_step, (m.NetworkConnect, m.NetworkDisconnect)) and verbs in ({"v_connect"}, {"v_disconnect"}):
                # "web을 backend에서 빼고 다시 연결해": the same container and network, the other way
                cls = m.NetworkConnect if verbs == {"v_connect"} else m.NetworkDisconnect
                if own:
                    steps.append(_other_of_pair(cls, before_step, part, own, lang))
                    continue
                steps.append(cls(network=before_step.network, container=before_step.container, lang=lang))
                continue
            try:
                step = _read_asked("sentence", names + part, lang, text, reading)  # the names of the step before
            except _Asked as a:
                asked, step = True, a.command
            if isinstance(step, (m.NetworkConnect, m.NetworkDisconnect)) and step.either:
                # (f12en) a name of the step before is never told apart by the engine ("create network lan2 and
                # connect web": to which network? the names as read — refused by the plan, never swapped)
                step = replace(step, either=False)
            if look and not reads_only(step):
                raise inc
            if (isinstance(step, (m.Remove, m.Stop, m.Kill)) and steps and at
                    and any(_is_name(c) and _particle_said(c, text) in _LEX["place_particles"] for c in parts[at - 1])):
                # (break5) "data에서 ls /tmp 하고 그거 지워", "web에서 ps 하고 그거 꺼": after a command run in a container,
                # "that" may be what the command showed (a file, a process) — the container is never removed, stopped
                # or killed on the guess (it removed data); asked for the name
                raise Incomplete("parse.need_target", what="container") from inc
            if isinstance(step, m.RunContainer) and steps and isinstance(steps[-1], m.Remove):
                # "cache 지우고 다시 만들어", "remove cache and create it again": the container is gone and
                # its name is no image — which image? ask, never run one named like the container
                raise Incomplete("parse.need_image") from inc
            steps.append(step)
        if own:
            was, names = names, own
            if isinstance(steps[-1], (m.NetworkConnect, m.NetworkDisconnect)):
                # "connect cache to backend and then restart it": "it" is the container, not the network; (chain16)
                # the container of the step before when only the network was said ("db 켜고 backend에 붙이고 상태
                # 보여줘": the state of db, never of backend)
                names = ([n for n in own if str(n.children[0]) == steps[-1].container]
                         or [n for n in was if str(n.children[0]) == steps[-1].container] or own)
            if isinstance(steps[-1], m.Exec):
                # "check nginx -t on web, then restart it": "it" is the container, never a word of the command
                names = [n for n in own if str(n.children[0]) == steps[-1].target] or own
            if isinstance(steps[-1], m.Tag):
                # (blind16) "tag busybox as 127.0.0.1:5000/busybox and push it": "it" is the name just given, never
                # the image it was tagged from (it pushed busybox to Docker Hub)
                given = [Tree("arg", list(c.children), c.meta) for c in part
                         if _is(c, "named") and c.children and str(c.children[0]) == steps[-1].reference]
                names = [n for n in own if str(n.children[0]) == steps[-1].reference] or given or own
    for i in range(1, len(steps)):
        before, step = steps[i - 1], steps[i]
        if (isinstance(step, m.Restart) and isinstance(before, (m.Stop, m.Kill))
                and step.targets == before.targets and not step.all_running):
            # "web 중지하고 다시 시작": started again after its stop is a start
            steps[i] = m.Start(targets=step.targets, lang=step.lang)
        steps[i - 1] = _halt_released(before, step)
    steps = _grace_then_halt(steps)
    if any(isinstance(st, m.Prohibition) for st in steps) or any(
            _undoes(before, step) for before, step in zip(steps, steps[1:])):
        raise Incomplete("parse.two_verbs", verbs=", ".join(type(st).__name__ for st in steps))
    if asked:
        raise Incomplete("parse.asked", proposal=m.Sequence(steps=tuple(steps), lang=lang) if len(steps) > 1 else steps[0])
    return m.Sequence(steps=tuple(steps), lang=lang) if len(steps) > 1 else steps[0]


def _uploaded_after_tag(part: list[Any], before: m.Command | None, lang: Lang, text: str) -> m.Command | None:
    """(blind16) Korean, a tag with a registry's host, then 올리다 ("up") alone: "redis를 127.0.0.1:5000/redis:qa로 태그하고
    올려 줘" — the image is tagged for that registry to be uploaded there: a push of the name given (grammar/lexicon.txt
    `upload_after_tag`). It planned `docker run -d 127.0.0.1:5000/redis:qa` once "it" was the name given. A tag with no
    registry's host ("nginx:v2로 태그하고 올려") keeps its reading; None when this is not that."""
    if not isinstance(before, m.Tag) or lang != "ko" or len(part) != 1 or not _is(part[0], "v_run") or part[0].meta.empty:
        return None
    said = text[part[0].meta.start_pos:part[0].meta.end_pos]
    host = before.reference.split("/", 1)[0] if "/" in before.reference else ""
    if not any(said.startswith(w) for w in _LEX["upload_after_tag"]) or not (
            "." in host or ":" in host or host == "localhost"):
        return None
    return m.Push(image=before.reference, lang=lang)


def _other_of_pair(cls: type[m.NetworkConnect] | type[m.NetworkDisconnect],
                   before: m.NetworkConnect | m.NetworkDisconnect, part: list[Tree[Any]], own: list[Tree[Any]],
                   lang: Lang) -> m.Command:
    """(blind15) A connect or disconnect with one name of its own after a connect or disconnect: the name said as the
    place (Korean 에/에서/로 inside it, English to/from/into before it) is the network, the container the step before's
    ("disconnect web from backend, connect it to bridge", "web을 backend에서 빼고 bridge에 연결해"); said otherwise it is
    the container, on the network of the step before ("backend에 web 연결하고 cache도 연결해줘", "qa-net 만들고 web
    연결하고 cache도 연결해줘"). It planned the step before's pair again, the name dropped (a wrong write). Two names
    of its own: refused (parse.need_network_and_container is the caller's)."""
    if len(own) != 1:
        raise Incomplete("parse.need_network_and_container")
    name = own[0]
    said = str(name.children[0])
    i = next(k for k, c in enumerate(part) if c is name)
    place = any(_is(c, "p_at") or _is(c, "p_from") for c in name.children) or (
        i > 0 and (_is(part[i - 1], "e_at") or _is(part[i - 1], "e_from")))
    if place:
        return cls(network=said, container=before.container, lang=lang)
    return cls(network=before.network, container=said, lang=lang)


def _says_it(parts: list[list[Tree[Any]]], at: int, text: str) -> bool:
    """(en12) English, the words of part `at` of a sequence (up to the next part) say "it", "its", "them" or
    "their" (grammar/lexicon.txt `its_said`): what the part acts on is the names said before it."""
    def start(part: list[Any]) -> int | None:
        found = [c.meta.start_pos for c in part if isinstance(c, Tree) and not c.meta.empty]
        return min(found) if found else None
    begin = start(parts[at])
    if begin is None:
        return False
    end = next((b for b in (start(p) for p in parts[at + 1:]) if b is not None), len(text))
    return bool(set(text[begin:end].lower().replace(",", " ").split()) & set(_LEX["its_said"]))


def _with_volume_made(part: list[Any], before: m.Command | None, text: str = "") -> list[Any] | None:
    """English, a run with a mount whose source is "it" ("… with it at /v", "… mounting it at /v": `it` a filler,
    so no source is read) right after a step that made a volume: the part with that volume said where "it" was.
    None for any other part."""
    if not isinstance(before, m.VolumeCreate) or not any(_is(c, "v_run") for c in part):
        return None
    ko = next((i for i, c in enumerate(part) if _is(c, "arg") and _holds(c, "p_at") and not c.meta.empty
               and any(isinstance(t, Token) and t.type == "PATH" for t in c.children)), None)
    if ko is not None and not any(_is(c, "arg") and (_holds(c, "k_volume") or _holds(c, "p_obj")) for c in part):
        # (run21) Korean "…만들고 alpine 띄워서 /work에 붙여": the place said with 에 and nothing mounted there is
        # where the volume made the step before is mounted
        volume = Tree("arg", [Token("NAME", before.name), Tree("k_volume", [])])
        meta = volume.meta
        meta.empty = False
        said = text.find(before.name)  # (the name as typed in the step that made it: never a name unsaid)
        if said < 0:
            return None
        meta.start_pos, meta.end_pos = said, said + len(before.name)
        meta.line = meta.end_line = meta.column = meta.end_column = 1
        return [*part[:ko], volume, *part[ko:]]
    at = next((i for i, c in enumerate(part[:-1]) if (_is(c, "e_with") or _is(c, "v_mount")) and not c.meta.empty
               and _is(part[i + 1], "e_at")), None)
    if at is None:
        return None
    volume = Tree("arg", [Token("NAME", before.name), Tree("k_volume", [])])
    meta = volume.meta  # (made on first use)
    meta.empty = False
    meta.start_pos = meta.end_pos = part[at].meta.end_pos
    meta.line = meta.end_line = meta.column = meta.end_column = 1
    return [*part[:at + 1], volume, *part[at + 1:]]


def _then_its_command(part: list[Any], before: m.Command | None, lang: Lang, text: str) -> m.Command | None:
    """English, a part that is a command typed as is (a program's name, or a gorae verb that is a program too:
    grammar/lexicon.txt `verb_programs`, then bare words) right after a run of an image with no command of its
    own: "run alpine with the pgdata volume mounted on /pg and ls /pg" is that run with the command `ls /pg`
    (attached: `docker run -v pgdata:/pg alpine ls /pg`). None for any other part."""
    if (lang != "en" or not isinstance(before, m.RunContainer) or before.command or before.create_only
            or before.detach or before.as_typed or len(part) < 2 or any(p.meta.empty for p in part if isinstance(p, Tree))):
        return None
    first = part[0]
    if not isinstance(first, Tree) or first.meta.empty:
        return None
    said_first = text[first.meta.start_pos:first.meta.end_pos].strip()
    if not _PROGRAM.fullmatch(said_first) or said_first.lower() in _LEX["not_program"]:
        return None
    if _is(first, "arg"):
        tok = first.children[0]
        if len(first.children) != 1 or not isinstance(tok, Token) or tok.type != "NAME":
            return None
    elif not (first.data.startswith("v_") and said_first.lower() in _LEX["verb_programs"]):
        return None
    if not all(_is(c, "bare_flag") or (_is(c, "arg") and len(c.children) == 1) for c in part[1:]):
        return None
    words = _words(text[first.meta.start_pos:part[-1].meta.end_pos])
    return replace(before, command=words, detach=None) if len(words) > 1 else None


def _connect_to_made(part: list[Any], before: m.Command | None, lang: Lang, text: str,
                     reading: Reading | None) -> m.Command | None:
    """English, a connect of one container to "it" (grammar/lexicon.txt `made_it`) right after a step that made a
    network ("make network edge-net and connect web to it", "create network lan2, then connect web to it"): the
    connect to that network (`docker network connect lan2 web`). None for any other part."""
    if lang != "en" or not isinstance(before, m.NetworkCreate):
        return None
    verbs = {c.data for c in part if isinstance(c, Tree) and c.data.startswith("v_")}
    starts = [c.meta.start_pos for c in part if isinstance(c, Tree) and not c.meta.empty]
    if verbs != {"v_connect"} or not starts or not set(text[min(starts):].lower().split()) & set(_LEX["made_it"]):
        return None
    network = Tree("arg", [Token("NAME", before.name), Tree("k_network", [])])
    try:
        step = _read("sentence", list(part) + [network], lang, text, reading)
    except Incomplete:
        return None
    if not isinstance(step, m.NetworkConnect) or step.network != before.name:
        return None
    return step


def _tagged_in_chain(part: list[Any], before: m.Command | None, lang: Lang) -> m.Command | None:
    """(chain16) A tag or a push said without the image it acts on, right after the step that gave it: a tag with one
    name of its own after a pull tags the image pulled ("nginx 받고 nginx:prod로 태그하고 …", "pull redis, tag it
    redis:v2": `docker tag redis redis:v2`); a push with no name after a tag pushes the reference just made ("… 태그하고
    푸시해줘", "tag redis redis:v2 and push it": `docker push redis:v2`). None for any other part (read as said: a tag
    said with two names, a push with its own name)."""
    if not isinstance(before, (m.Pull, m.Tag)) or not all(
            isinstance(c, Tree) and (c.data.startswith(("v_", "p_", "e_")) or _is_name(c)) for c in part):
        return None
    verbs = [c.data for c in part if c.data.startswith("v_")]
    own = [str(c.children[0]) for c in part if _is_name(c)]
    if isinstance(before, m.Pull) and verbs == ["v_tag"] and len(own) == 1 and own[0] != before.image:
        return m.Tag(source=before.image, reference=own[0], lang=lang)
    if isinstance(before, m.Tag) and verbs == ["v_push"] and not own:
        return m.Push(image=before.reference, lang=lang)
    return None


def _run_pulled(part: list[Any], before: m.Command | None, lang: Lang, text: str,
                reading: Reading | None) -> m.Command | None:
    """A run said with no image right after a pull, its only name the new container's ("redis 이미지 받아서 q5 이름으로
    띄워", "redis 받아서 sess2라는 이름으로 띄워"): the run of the image pulled (`docker run -d --name q5 redis`). None
    for any other part (a name said that is not the new container's is read as said)."""
    if not isinstance(before, m.Pull):
        return None
    verbs = {c.data for c in part if isinstance(c, Tree) and c.data.startswith("v_")}
    if not verbs or not verbs <= {"v_run"} | {f"v_{v}" for v in MODIFIERS}:
        return None
    said_command = _pulled_run_ko(part, before, lang, text)
    if said_command is not None:
        return said_command
    image = Tree("arg", [Token("NAME", before.image)])
    try:
        step = _read("sentence", [image] + list(part), lang, text, reading)
    except Incomplete:
        as_name = _named_as(part)
        if as_name is None:
            return _pulled_run_with(part, before, lang, text)
        try:
            # "redis 받아서 r7으로 띄워줘", "nginx 받고 edge로 띄워": the one name said with (으)로 is the new
            # container's (as "r7 이름으로"), never an image named r7 beside the one just pulled
            step = _read("sentence", [image] + as_name, lang, text, reading)
        except Incomplete:
            return None
    if not isinstance(step, m.RunContainer) or step.image != before.image or step.command:
        return _pulled_run_with(part, before, lang, text)  # a name of the part read as the image, or as a command
    return step


# the end of an English step's words: a comma, a semicolon, "then", "and" (bot/language/parse_natural.py `_pulled_run_with`)
_STEP_END_EN = re.compile(r"[,;]|\s(?:and\s+)?then\b|\sand\b")


def _pulled_run_with(part: list[Any], before: m.Pull, lang: Lang, text: str) -> m.Command | None:
    """(blind15) English, a run said with `with` right after a pull ("pull busybox, run it with echo ok, then list
    images"): the words after `with` up to the step's end are the command the pulled image runs (`docker run busybox
    echo ok`, read as bot/language/parse.py `_run_with_command` reads "run busybox with echo ok") — never a new container
    of an image named after the command's first word (it planned `docker run -d echo`, "ok" dropped). Words that are
    no command (an option gorae reads otherwise): refused. None when the part says no `with`: the part as said."""
    said = next((c for c in part if _is(c, "e_with") and not c.meta.empty), None)
    if lang != "en" or said is None:
        return None
    words = _STEP_END_EN.split(text[said.meta.end_pos:], maxsplit=1)[0].strip()
    from bot.language import parse as parse_text

    run = parse_text.run_with_command(f"run {before.image} with {words}") if words else None
    if not isinstance(run, m.RunContainer) or run.image != before.image:
        raise Incomplete("parse.need_command")
    return run


def _pulled_run_ko(part: list[Any], before: m.Pull, lang: Lang, text: str) -> m.Command | None:
    """(w2fix) Korean, a run said right after a pull with a command typed before the verb and no image of its own
    ("busybox 받고 echo ok 실행해줘", "redis 받아서 echo hi로 실행해", "alpine 받아서 date 돌려"): its first word a program
    (grammar/lexicon.txt `known_programs`, never one that names an image too: `clause_not_programs`), the words typed up
    to the verb (a particle of `image_run_particles` glued last left out) are the command the pulled image runs
    (`docker run busybox echo ok`) — never a new container of an image named after the program, a word dropped
    ("ok" is a filler elsewhere). Words there that are no plain command (a quote, a word of Hangul): refused. None
    for any other part."""
    if lang != "ko" or not part or not _is(part[-1], "v_run") or part[-1].meta.empty:
        return None
    first = part[0]
    if not _is(first, "arg") or first.meta.empty or not isinstance(first.children[0], Token):
        return None
    program = str(first.children[0])
    if program.lower() not in _LEX["known_programs"] or program.lower() in _LEX["clause_not_programs"]:
        return None
    words = text[first.meta.start_pos:part[-1].meta.start_pos].split()
    if words and words[-1] in _LEX["image_run_particles"]:
        words = words[:-1]  # "echo hi로 실행해": the command said as the means of the run
    if any(c.data.startswith("v_") for c in part[:-1] if isinstance(c, Tree)) or not words or not all(
            re.fullmatch(r"[!-~]+", w) and not re.search(r"[\"'`;&|$<>]", w) for w in words):
        raise Incomplete("parse.need_command")  # a command said with words gorae cannot take as typed: asked
    return m.RunContainer(before.image, tuple(words), lang=lang)


def _named_as(part: list[Any]) -> list[Any] | None:
    """The part with its one plain name said with (으)로 (`arg(NAME, p_as)`: "r7으로") said as "r7 이름으로" (`arg(NAME)`,
    `name_as`); None when the part holds no such name, or another name, or the name looks like an image (a tag, a
    registry path)."""
    args = [i for i, c in enumerate(part) if _is(c, "arg")]
    if len(args) != 1:
        return None
    arg = part[args[0]]
    kids = arg.children
    if (len(kids) != 2 or not isinstance(kids[0], Token) or kids[0].type != "NAME" or not _is(kids[1], "p_as")
            or any(ch in str(kids[0]) for ch in ":/@")):
        return None
    name: Tree[Any] = Tree("arg", [kids[0]], meta=arg.meta)
    said_as: Tree[Any] = Tree("name_as", [], meta=kids[1].meta if not kids[1].meta.empty else arg.meta)
    return [*part[:args[0]], name, said_as, *part[args[0] + 1:]]


def _made_again(part: list[Any], steps: list[m.Command], lang: Lang) -> m.Command | None:
    """A container removed, then made again from an image said with 로 ("web 내리고 지우고 nginx로 web 다시 띄워",
    "cache 끄고 나서 지우고 redis로 다시 cache 띄워줘"): `docker run -d --name web nginx`. None for any other part
    (the restart of a container removed is then asked: `_undoes`)."""
    gone = {t for st in steps if isinstance(st, m.Remove) for t in st.targets}
    verbs = [c.data for c in part if isinstance(c, Tree) and c.data.startswith("v_")]
    if not gone or verbs not in (["v_restart"], ["v_run"], ["v_start"]):
        return None
    names = [c for c in part if _is_name(c)]
    rest = [c for c in part if not _is_name(c) and not (isinstance(c, Tree) and c.data in ("again", "v_restart", "v_run", "v_start"))]
    if len(names) != 2 or rest or not (verbs == ["v_restart"] or any(_is(c, "again") for c in part)):
        return None
    images = [n for n in names if _holds(n, "p_as")]
    again = [n for n in names if str(n.children[0]) in gone and not _holds(n, "p_as")]
    if len(images) != 1 or len(again) != 1 or any(_holds(n, "k_container") for n in images):
        return None
    image, name = str(images[0].children[0]), str(again[0].children[0])
    if not IMAGE_REF.fullmatch(image) or not CONTAINER_NAME.fullmatch(name):
        return None
    return m.RunContainer(image=image, name=name, fresh=True, lang=lang)


def _run_in_it(part: list[Any], before: m.Command | None, lang: Lang, text: str,
               reading: Reading | None) -> m.Command | None:
    """English, a run whose place is "it" ("… in it", "… on it": natural.lark's e_in/e_at last in the
    part, `it` a filler) right after a step that names one object of that kind: "pull alpine, then run
    echo ok in it" is a run of the image pulled (`docker run alpine echo ok`); "create network n9 and run
    nginx on it" a run on the network made (`--network n9`). None for any other part (the dangling place
    is then refused by `_run`: "in what?")."""
    if lang != "en" or not part or not (_is(part[-1], "e_in") or _is(part[-1], "e_at")):
        return None
    verbs = [c for c in part if isinstance(c, Tree) and c.data.startswith("v_")]
    if len(verbs) != 1 or not _is(verbs[0], "v_run") or not isinstance(before, (m.Pull, m.NetworkCreate)):
        return None
    if isinstance(before, m.Pull) and _is(part[-1], "e_in") and _is(part[0], "v_run") and all(
            _is(c, "arg") or _is(c, "bare_flag") for c in part[1:-1]) and len(part) > 2:
        # "pull alpine, then run echo ok in it": the words said between are the command (as typed: "ok" is
        # no filler there), the image the one pulled
        if part[0].meta.empty or part[-1].meta.empty:
            return None
        words = _words(text[part[0].meta.end_pos:part[-1].meta.start_pos])
        return m.RunContainer(before.image, words, lang=lang) if words else None
    if not isinstance(before, m.NetworkCreate) or not _is(part[-1], "e_at"):
        return None
    step = _read("sentence", part[:-1], lang, text, reading)
    if isinstance(step, m.RunContainer) and step.network is None:
        return replace(step, network=before.name)  # "create network n9 and run nginx on it"
    return None


# a step that takes back the one before it on the same container: "start and stop cache", "web 켜고 꺼",
# "restart and kill web" (switched on, then off: which is meant?). Off then on is the restart idiom
# ("web 껐다 켜", "pause cache, then unpause it") and stays a sequence.
_TAKEN_BACK: tuple[tuple[type, tuple[type, ...]], ...] = (
    (m.Start, (m.Stop, m.Kill, m.Pause)), (m.Restart, (m.Stop, m.Kill, m.Pause)), (m.Unpause, (m.Pause, m.Stop, m.Kill)),
    (m.Kill, (m.Unpause,)))  # "kill cache then unpause it": a killed container is not paused — which is meant?


def _grace_then_halt(steps: list[m.Command]) -> list[m.Command]:
    """A stop given a grace time, then a stop or a plain kill of the same containers ("give cache 5 seconds to shut down
    then stop it", "give web 10 seconds to stop, then kill it", "web 5초 여유 주고 끄고 그다음 죽여"): that is what
    `docker stop -t N` does (SIGTERM, N seconds, then SIGKILL) — one step, never a second stop or kill after it.
    A kill with a signal of its own (kill -s HUP) stays a step. Returns the steps (a new list)."""
    out: list[m.Command] = []
    for step in steps:
        before = out[-1] if out else None
        if (isinstance(before, m.Stop) and before.timeout is not None and isinstance(step, (m.Stop, m.Kill))
                and step.targets == before.targets
                and (isinstance(step, m.Stop) and step.timeout is None
                     or isinstance(step, m.Kill) and step.signal in (None, "KILL", "SIGKILL", "9"))):
            continue
        out.append(step)
    return out


def _halt_released(before: m.Command, step: m.Command) -> m.Command:
    """A stop right before an unpause of the same containers is a pause ("cache 멈췄다가 다시 풀어", "stop cache and
    then unpause it"): a stopped container is not paused, so the release says the halt was one — never a stop
    done and an unpause that fails. A kill stays a kill (the pair is then a conflict: `_undoes`)."""
    if (type(before) is m.Stop and isinstance(step, m.Unpause) and before.targets and before.timeout is None
            and before.targets == step.targets and not before.all_running and not step.all_running):
        return m.Pause(targets=before.targets, lang=before.lang)
    return before


def _undoes(before: m.Command, step: m.Command) -> bool:
    """Whether `step` takes back `before` or acts on what `before` removed ("remove and restart web",
    "web 지우고 로그 보여줘": the container is gone) — two verbs that conflict: asked, never a sequence.
    A run after a remove makes a new container ("remove web and run nginx named web"): no conflict."""
    gone = set(m.named(before).targets)
    if not gone or isinstance(step, m.RunContainer):
        return False
    said = m.named(step)
    on = set(said.targets) | {n for n in (said.target, said.container) if n}
    if not gone & on:
        return False
    if isinstance(before, m.Remove):
        return True
    return any(isinstance(before, first) and isinstance(step, then) for first, then in _TAKEN_BACK)


class _Asked(Exception):
    """A step of a sequence asked about ("can i stop web and remove it"): its command."""

    def __init__(self, command: m.Command) -> None:
        super().__init__("asked")
        self.command = command


def _read_asked(data: str, children: list[Any], lang: Lang, text: str, reading: Reading | None) -> m.Command:
    """`_read`, with a step asked about raised as `_Asked` (its command), apart from refusals."""
    try:
        return _read(data, children, lang, text, reading)
    except Incomplete as inc:
        if inc.msg.key == "parse.asked" and inc.proposal is not None:
            raise _Asked(inc.proposal) from inc
        raise


def _read(data: str, children: list[Any], lang: Lang, text: str, reading: Reading | None) -> m.Command:
    children = list(children)
    if any(isinstance(c, Tree) and c.data == "neg" for c in children):  # what both need (most clauses: none)
        children = _create_not_start(children, text)
        instead = _instead(children, text, reading)
        if instead is not None:
            return _read(data, instead, lang, text, reading)
    s = collect(children, lang, text, reading)
    _besides(s)
    _hedged_name(s)
    u = _NOTHING_USED.arg(*s.excluded)
    if has(s, u, "rest_untouched"):
        # "web만 재시작, 나머지는 건드리지 마" (grammar/natural.lark `rest_untouched`): the others are left alone,
        # the request on its names stands alone; with no such request ("나머지는 건드리지 마", "다 재시작, 나머지는
        # 건드리지 마", "web만 재시작하지 마, …") it is a prohibition — of touching, which is no docker action
        if (not s.verbs or "touch" in s.verbs or has(s, u, "neg") or has(s, u, "all")
                or not any(a.type in ("NAME", "STRING") for a in s.args)):
            return m.Prohibition(understood=None, lang=lang)
        u = u.group("rest_untouched")
    if has(s, u, "rest_kept"):
        # "나머지는 두고 data만 재시작" (grammar/natural.lark `rest_kept`): the others are kept as they are, the
        # request on its names stands alone; with no name, or every container said too, nothing is asked for
        if has(s, u, "all") or not any(a.type == "NAME" for a in s.args if a not in s.excluded):
            raise Incomplete("parse.unused", words=", ".join(f"`{_shown_phrase(s, p)}`" for p in ph(s, u, "rest_kept")))
        u = u.group("rest_kept")
    if _out_of_order(s, u):
        # "web 안 돼", "data 안 돼요": said of a container with no verb, "it does not work" is a complaint —
        # its status and recent logs (two reads), never a ban ("web 재시작하면 안 돼" bans a restart)
        cmd, u = status(s, u.group("neg").group("question").group("why"), "status", kind_of(s))  # "web 왜 안 돼?"
        check_all_used(s, u)
        return cmd
    if has(s, u, "neg") and not _why_told(s, u) and not _why_not_complained(s, u):
        u = u.group("neg").group("so_that")  # "web 못 지우게 해": a ban said as "so that not"
        try:
            understood: m.Command | None = build(s, u)
        except Incomplete:
            understood = None
        return m.Prohibition(understood=understood, lang=lang)
    purpose = [p for p in ph(s, u, "so_that") if p.span and any(a >= p.span[1] for _, a, _ in s.verb_spans)]
    if purpose and len(purpose) == len(ph(s, u, "so_that")):
        # "cache 로그 디버그 좀 하게 보여줘", "my-volume 볼륨 같이 쓰게 alpine 띄워": -게 before the verb
        # said after it is the purpose of that verb, neutral (every verb said is still read)
        u = u.group("so_that")
    elif has(s, u, "so_that"):  # "web 지우게 해" (so that web …) without a negation: no request read
        raise Incomplete("parse.unknown_word", word=said(s, ph(s, u, "so_that")[0]).lstrip("~"))
    return _the_image_container(s, build(s, u))


def _the_image_container(s: Said, cmd: m.Command) -> m.Command:
    """(w2en13) English, one name said as "the X container" (grammar/lexicon.txt `the_x_container`: "restart the redis
    container", "remove the alpine container", "show logs of the nginx container") and the command on it alone: X
    names the container X when there is one, else the one container that runs the image X (bot/engine/plan.py
    `_image_container`) — several are asked back by name, never guessed; none: no such container."""
    if s.lang != "en" or cmd.run_by is not None or len(s.args) != 1:
        return cmd
    x = s.args[0]
    if (x.type != "NAME" or x.kind != "container" or x.prep is not None or x.particle is not None
            or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", x.value) or not _targets_are(cmd, x.value)):
        return cmd
    before = re.findall(r"[a-z']+", s.text[:x.pos].lower())
    after = re.findall(r"[a-z']+", s.text[x.pos + len(x.value):].lower())
    if not (before and before[-1] in _LEX["the_x_container"] and after and after[0] == "container"):
        return cmd
    return replace(cmd, image_said=x.value)


def _out_of_order(s: Said, u: Used) -> bool:
    """Korean "X 안 돼" with no verb (grammar/lexicon.txt `not_so_ko` then `works_ko`: the negation phrase is
    all that is said of one container, asked why or not: "web 왜 안 돼?"): it does not work, complained of."""
    negs = ph(s, u, "neg")
    return (s.lang == "ko" and not s.verbs and len(negs) == 1 and len(s.args) == 1
            and said(s, negs[0]).split() == [*_LEX["not_so_ko"][:1], *_LEX["works_ko"][:1]]
            and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
            and s.args[0].particle in (None, "topic") and not s.nouns
            and all(p.group in ("neg", "question") or (p.group == "why" and not p.values[1:]) for p in s.phrases))


def _why_told(s: Said, u: Used) -> bool:
    """English "why" of one lifecycle verb told done or going on ("why did web stop", "why is cache
    restarting", "why is db not starting", "why didn't web start"): a question about its state, read by
    `_asked_about` (its details, or its status and logs for a state that does not come) — a negation in
    it is of the state, never a ban."""
    verbs = set(s.verbs)
    # "why won't db start" (normalized "wo not", grammar/lexicon.txt `will_not`): what it will not do
    wont = (any(said(s, p).lower().split()[:1] == [w] for p in ph(s, u, "neg") for w in _LEX["will_not"])
            and not set(_said_words(s)) & set(_LEX["progressive_who"]))  # "why won't you restart web": asked of us
    return (s.lang == "en" and has(s, u, "why") and len(verbs) == 1 and verbs <= _LIFECYCLE_VERBS
            and (has(s, u, "question") or _told_going_on(s) or wont))


def _why_not_complained(s: Said, u: Used) -> bool:
    """(gex24) English "why" of a trouble that does not come about, the name between the negation and the
    trouble ("why won't cache respond?", normalized "why wo not cache respond"; "why doesn't web answer"): no
    verb, one container — a complaint asked (its status and recent logs, `_asked_about`), never a ban."""
    names = [a for a in s.args if a.type == "NAME" and a.kind in (None, "container")]
    return (has(s, u, "why") and has(s, u, "complaint") and not s.verbs  # (lead29) Korean too: "my-nginx 왜 응답을 안 해?"
            and len(names) == 1 and len(s.args) == 1 and (s.lang == "en" or not ph(s, u, "why")[0].values[1:]))


def _arg(t: Tree[Any], pos: int, index: int, prep: str | None, pending_kind: str | None) -> Arg:
    tok = t.children[0]
    assert isinstance(tok, Token)
    value, kind, particle = str(tok), None, None
    for c in t.children[1:]:
        if c.data.startswith("k_"):
            kind = c.data[2:]
        elif c.data.startswith("p_"):
            particle = c.data[2:]
    if tok.type == "STRING":
        value = value[1:-1]
    if kind is None and pending_kind is not None:
        kind = pending_kind
    return Arg(value, tok.type, kind, particle, prep, pos, index)


def _phrase(name: str, t: Tree[Any], index: int = 0) -> Phrase:
    toks = tuple(c for c in t.children if isinstance(c, Token))
    subs = tuple(c for c in t.children if isinstance(c, Tree))
    span = (t.meta.start_pos, t.meta.end_pos) if not t.meta.empty else None
    return Phrase(name, tuple(str(x) for x in toks), tuple(x.type for x in toks), subs, span, index)


# what an English exclusion may not leave out instead of a name: a quantity, a kind, a state
# ("except everything", "but networks", "except the running ones")
_UNNAMING = frozenset({"all", "noun", "running", "stopped", "unused"})


_IMAGE_OF = ("image_of", "image_of_container", "image_of_en", "image_of_of")


def _spanned(data: str, children: list[Any], start: int, end: int) -> Tree[Any]:
    from lark.tree import Meta

    meta = Meta()  # type: ignore[no-untyped-call]
    meta.empty, meta.start_pos, meta.end_pos = False, start, end
    return Tree(data, children, meta)


def _image_of_words(c: Tree[Any], text: str) -> list[Any]:
    """natural.lark `image_of` said with no removal: its words as the grammar read them without the rule — a
    name (its kind, its particle), the image noun — so that a read keeps its meaning ("web의 이미지 보여줘": web's
    details; "web 서비스의 이미지를 nginx:1.25로 바꿔줘": the service's update; "show web's image" as "show web
    image" read before the possessive was kept)."""
    name = next(x for x in c.children if isinstance(x, Token))
    name_at, name_end = name.start_pos or 0, name.end_pos or 0
    subs = [x for x in c.children if isinstance(x, Tree)]
    start, end = c.meta.start_pos, c.meta.end_pos
    if c.data == "image_of_en":  # "web's image" was "web image": a name and its kind
        return [_spanned("arg", [name, Tree("k_image", [])], start, end)]
    if c.data == "image_of_of":  # "the image of (container) web": the noun, `of`, (the kind noun,) the name (its kind)
        noun_end = subs[0].meta.start_pos if subs and not subs[0].meta.empty else name_at
        before = [x for x in subs[1:] if x.data.startswith("k_") and not x.meta.empty and x.meta.end_pos <= name_at]
        after = [x for x in subs[1:] if x.data.startswith("k_") and x not in before]
        return [_spanned("noun", [Tree("k_image", [])], start, noun_end), *subs[:1],
                *[_spanned("noun", [k], k.meta.start_pos, k.meta.end_pos) for k in before],
                _spanned("arg", [name, *after], name_at, end)]
    kinds = [x for x in subs if x.data.startswith("k_")] or ([Tree("k_container", [])] if c.data == "image_of_container" else [])
    particles = [x for x in subs if x.data.startswith("p_")]
    noun_at = text.find(_LEX["image_noun"][0], name_end, end)
    noun_at = noun_at if noun_at >= 0 else end
    of: list[Tree[Any]] = [Tree("p_of", [])] if c.data == "image_of" else []
    return [_spanned("arg", [name, *kinds, *of], start, noun_at), _spanned("noun", [Tree("k_image", []), *particles], noun_at, end)]


def _image_of_pulled(c: Tree[Any]) -> Tree[Any]:
    """(q20) natural.lark `image_of_of` said with a pull, no kind noun: the image of that name ("please download the
    image of alpine", "pull the image of redis": docker pull alpine) — an arg and its kind image; a container's image
    is never pulled ("pull the image of container web" keeps the words as they were)."""
    if any(isinstance(x, Tree) and x.data.startswith("k_") for x in c.children):
        return c
    name = next(x for x in c.children if isinstance(x, Token))
    return _spanned("arg", [name, Tree("k_image", [])], c.meta.start_pos, c.meta.end_pos)


def _image_of_phrase(c: Tree[Any], index: int) -> Phrase:
    """natural.lark `image_of` said with a removal: a phrase `image_of`, its value the container's name and its
    subs the kind said with it (`_rmi_of`)."""
    name = next(x for x in c.children if isinstance(x, Token))
    kinds = tuple(x for x in c.children if isinstance(x, Tree) and x.data.startswith("k_"))
    if c.data == "image_of_container":
        kinds = (Tree("k_container", []),)
    span = (c.meta.start_pos, c.meta.end_pos) if not c.meta.empty else None
    return Phrase("image_of", (str(name),), (name.type,), kinds, span, index)


def collect(children: list[Any], lang: Lang, text: str, reading: Reading | None = None) -> Said:
    """The phrases of one clause as an immutable `Said`. Raises Incomplete for "web 재시작 말고"
    (a Korean exclusion with no name before it)."""
    if any(_is(c, "v_pull") for c in children):
        children = [_image_of_pulled(c) if isinstance(c, Tree) and c.data == "image_of_of" else c for c in children]
    if any(isinstance(c, Tree) and c.data in _IMAGE_OF for c in children) and not any(_is(c, "v_rm") for c in children):
        children = [x for c in children for x in (_image_of_words(c, text) if isinstance(c, Tree) and c.data in _IMAGE_OF else [c])]
    verbs: list[str] = []
    verb_spans: list[tuple[str, int, int]] = []
    args: list[Arg] = []
    phrases: list[Phrase] = []
    nouns: list[str] = []
    items: list[Item] = []
    excluded: list[Arg] = []
    pending_prep: str | None = None
    pending_kind: str | None = None
    since_verb: list[Arg] = []  # the names said since the last verb or exclusion
    excluding = False
    only_said: set[int] = set()  # the names said with "only" (만, 뿐: grammar/lexicon.txt `only_ko`)
    # an English exclusion must name what it leaves out: "except them", "but everything", "except the
    # images", "except the running ones" name no container — never dropped, never read as the kind
    excl_word: str | None = None  # the English exclusion word waiting for its first name
    groups: set[str] = set()  # the groups of `phrases` so far (kept as they are appended)
    concessive = False  # a verb said with the concessive -어도 ("재시작해도"): morphemes.txt reads it 도

    def unnamed_exclusion() -> Incomplete:
        return Incomplete("parse.unused", words=f"`{excl_word}`")

    def attach(what: Arg | Phrase) -> None:
        if items and items[-1][3] is None and (items[-1][2] == "arg" or items[-1][2] in groups):
            start, end, name, _ = items[-1]
            items[-1] = (start, end, name, what)

    for item in children:
        if isinstance(item, Tree):
            name, meta = item.data, item.meta  # (`Tree.meta` is a property: read once an item)
        else:
            name, meta = str(item), item  # (no meta: reading one fails, as `item.meta` would)
        if name == "excl":
            korean = not meta.empty and HANGUL.search(text[meta.start_pos:meta.end_pos])
            if korean:  # "my-nginx 빼고": the names before it
                if not since_verb:  # "web 재시작 말고 …": not a name left out — ask, never guess
                    raise Incomplete("parse.unused", words=f"`{text[meta.start_pos:meta.end_pos].strip()}`")
                # "재시작은 web만, cache는 말고", "web만 cache 말고 재시작": a name said with "only" (만, 뿐) before
                # the name left out is the one meant, never left out with it (all but both was restarted); right
                # before the exclusion ("web만 빼고 다 꺼", "web이랑 cache만 빼고") it is said of the ones left out
                meant = [] if since_verb[-1].index in only_said else [a for a in since_verb if a.index in only_said]
                excluded += [a for a in since_verb if a not in meant]
                since_verb = []
            else:  # "except web (and cache)": the names after it, up to the next verb
                excluding = True
                said_excl = text[meta.start_pos:meta.end_pos].strip() if not meta.empty else ""
                # "leave web alone", "leave the rest alone": what follows is kept as it is (the rest too)
                keep = said_excl.lower().startswith(tuple(_LEX["leave_word"]))
                excl_word = None if keep else (excl_word or said_excl or "except")
            continue
        if excl_word is not None and name in _UNNAMING:
            raise unnamed_exclusion()  # "restart all but everything", "prune everything but networks"
        if excl_word is not None and name != "arg" and not name.startswith(("p_", "e_")):
            excl_word = None  # "… but leave it stopped": another phrase, not a name left out
        if isinstance(item, Tree) and not meta.empty and not name.startswith("p_"):
            items.append((meta.start_pos, meta.end_pos, name, None))
        if name.startswith("v_"):
            since_verb = []
            excluding = False
            verbs.append(name[2:])
            if not meta.empty:
                verb_spans.append((name[2:], meta.start_pos, meta.end_pos))
            pending_prep = pending_kind = None
        elif name.startswith("e_"):
            pending_prep = name[2:]
            pending_kind = None
        elif name == "arg":
            arg = _arg(item, meta.start_pos if not meta.empty else 0, len(args), pending_prep, pending_kind)
            args.append(arg)
            attach(arg)
            if _particle_said(item, text) in _LEX["only_ko"]:
                only_said.add(arg.index)
            if excluding:
                excluded.append(arg)
                excl_word = None
            else:
                since_verb.append(arg)
            pending_prep = pending_kind = None
        elif name == "noun":
            kind = item.children[0].data[2:]
            nouns.append(kind)
            # English "volume pgdata": the kind belongs to the next name (never "env web");
            # a Korean noun follows its name ("db 볼륨") and is already on it
            english = not meta.empty and not HANGUL.search(text[meta.start_pos:meta.end_pos])
            pending_kind = kind if kind != "env" and english else None
            pending_prep = None
        elif name == "among" and items[-2:-1] and items[-2][2] == "noun" and nouns:
            pending_kind = nouns[-1]  # "이미지 중에 busybox": the name after it is of the kind before it
            pending_prep = None
        elif name.startswith("p_"):
            if (name == "p_topic" and items and items[-1][2].startswith("v_") and not meta.empty
                    and text[meta.start_pos:meta.end_pos] == _LEX["concessive"][0]):
                concessive = True  # "web 재시작해도 …": the verb with -어도 (even if), never asked for
            continue
        elif (name == "version" and args and items[-2:-1] and items[-2][3] is args[-1] and args[-1].type == "NAME"
              and args[-1].particle is None and ":" not in args[-1].value.rsplit("/", 1)[-1]):
            # "postgres 16 버전": the image's tag (postgres:16), its particle the image's ("1.25 버전으로")
            tag = item.children[0]
            particle = next((c.data[2:] for c in item.children[1:] if isinstance(c, Tree)), None)
            args[-1] = replace(args[-1], value=f"{args[-1].value}:{tag}", particle=particle)
            items.pop()
            start = items[-1][0]
            items[-1] = (start, meta.end_pos, "arg", args[-1])
            if since_verb and since_verb[-1].index == args[-1].index:
                since_verb[-1] = args[-1]
            continue
        else:
            phrase = _image_of_phrase(item, len(phrases)) if name in _IMAGE_OF else _phrase(name, item, len(phrases))
            name = phrase.name
            if concessive and phrase.group in TROUBLE:
                # "web 재시작해도 계속 죽어", "web 껐다 켜도 먹통이야": what happens even after the verb — told, never
                # the verb asked for (it planned `docker restart web`)
                raise Incomplete("parse.done_already")
            phrases.append(phrase)
            groups.add(phrase.group)
            attach(phrase)
            if name not in ("rm_after", "fresh"):  # "in a throwaway alpine container"
                pending_prep = None  # (run25) "run cat /etc/issue in a fresh alpine": a new one, placed as a throwaway is
            pending_kind = None
    if excl_word is not None:
        raise unnamed_exclusion()  # "stop all except them": the exclusion names nothing
    if (verb_spans and items and items[-1][2] in TROUBLE and verb_spans[0][1] < items[-1][0]
            and HANGUL.search(text[items[-1][0]:items[-1][1]])
            # (inc21) a look asked, then the trouble that prompts it: "cache 좀 봐줘 이상해" (`_complaint_looked_at`)
            and not {v for v, _, _ in verb_spans} <= {"show", "inspect"}):
        # "web 재시작하니까 죽었어", "web 재시작하자마자 죽었어", "web 끄자 cache도 죽었어", "web 재시작하고 나서 뻗었어":
        # a trouble closing the sentence after the verb is what came of it — told, never the verb asked for (it
        # planned `docker restart web`, and `docker stop web cache`); said first it prompts the verb ("web 죽었어
        # 재시작해줘")
        raise Incomplete("parse.done_already")
    if verb_spans and _hedged(text, verb_spans[-1][2], reading):
        raise Incomplete("parse.hesitant")  # "web 재시작은 좀", "web 지우는 건 좀" (it planned `docker rm web`)
    return Said(lang, text, reading, tuple(verbs), tuple(verb_spans), tuple(args), tuple(phrases),
                tuple(nouns), tuple(items), tuple(excluded))


# --------------------------------------------------------------------------- decide


def _image_updated(s: Said, u: Used) -> bool:
    """An update said of one image only ("ubuntu:focal 이미지 업데이트 해줘", "update the nginx image"): no service,
    node or task said, one name, of kind image, said with no means or place (never "web 서비스 nginx:1.25로
    업데이트", an update of a service to that image) — its newest copy pulled, as `docker pull` does."""
    names = [a for a in free(s, u) if a.type in ("NAME", "PATH")]
    if any(v == "update" and s.text[a:b].split()[:1] and s.text[a:b].split()[0] in _LEX["change_verb"]
           for v, a, b in s.verb_spans):
        return False  # "nginx 이미지 바꿔줘": changed to what, not said — no pull
    return (not parse_swarm.about_services(s) and len(names) == 1 and names[0].kind == "image"
            and names[0].particle in (None, "obj", "topic") and names[0].prep in (None, "of"))


def _said_update(s: Said) -> bool:
    """A pull said with an update verb (grammar/lexicon.txt update_image: "update the mysql image", "mysql 이미지
    업데이트") and no newest said ("the latest"): the image here refreshed, in the tag it has here."""
    words = {w.lower() for v, a, b in s.verb_spans for w in s.text[a:b].split()}
    return bool(words & set(_LEX["update_image"])) and not s.by_group.get("latest")


def _id_as_attr(s: Said) -> Said:
    """The ASCII word of a container's ID (grammar/lexicon.txt `id_attr`, a name to the grammar: `id` is a
    program too) said with one other name and a show verb or a question word, and no command placed
    anywhere ("cache 컨테이너 ID 알려줘", "web id 뭐야", "what's the id of data"): the word is the `attr` it
    says, so the question is a property asked (docker inspect). Else `s` as it is ("my-volume에서 id",
    "run id as root in cache")."""
    ids = [a for a in s.args if a.type == "NAME" and a.value.lower() in _LEX["id_attr"]]
    if len(ids) != 1 or len(s.args) != 2 or not set(s.verbs) <= WEAK:
        return s
    x = ids[0]
    other = next(a for a in s.args if a is not x)
    if (x.prep is not None or x.particle not in (None, "topic", "obj") or other.type != "NAME"
            or other.kind not in (None, "container") or other.particle == "from" or other.prep in ("in", "with")):
        return s
    if not s.verbs and not set(_said_words(s) + s.text.split()) & _WH and s.items[-1][3] is not x:
        return s  # (said last, "cache id?", "web 컨테이너 id", it is asked)
    span = (x.pos, x.pos + len(x.value))
    attr = Phrase("attr", (x.value,), ("NAME",), (), span, len(s.phrases))
    items = tuple((a, b, "attr", attr) if what is x else (a, b, name, what) for a, b, name, what in s.items)
    return replace(s, args=(other,), phrases=(*s.phrases, attr), items=items)


def _tag_asked(s: Said) -> Said:
    """The noun 태그 (grammar/natural.lark `v_tag`, said bare) of one name, asked with a question word or a verb of
    showing and no second name ("data 이미지 태그 뭐야", "web 태그 보여줘", "web 이미지 태그가 뭐야?"): the tag asked
    about — the `attr` it says, a property (its details) — never a tag made, which names two images. Else `s`."""
    spans = [(a, b) for v, a, b in s.verb_spans if v == "tag"]
    if len(spans) != 1 or s.text[spans[0][0]:spans[0][1]].strip() not in _LEX["tag_asked"] or len(s.args) != 1:
        return s
    others = [v for v in s.verbs if v != "tag"]
    if not (set(others) <= WEAK and (others or set(re.findall(r"[^\s,.?!]+", s.text.lower())) & _WH)):
        return s
    a, b = spans[0]
    attr = Phrase("attr", (s.text[a:b].strip(),), (), (), (a, b), len(s.phrases))
    items = tuple((x, y, "attr", attr) if (x, y, name) == (a, b, "v_tag") else (x, y, name, w)
                  for x, y, name, w in s.items)
    spans_left = tuple(v for v in s.verb_spans if v[0] != "tag")
    return replace(s, verbs=tuple(others), verb_spans=spans_left, phrases=(*s.phrases, attr), items=items)


def _run_by_said(s: Said) -> tuple[Said, str, bool, str] | None:
    """(w2en) English, containers said by the image they run: the noun container (or `run_by_one`'s "one"), then right
    after it a word of running or use (grammar/lexicon.txt `runs_said`: "running", "runs", "that use"), then one image
    — "restart the container that runs redis", "stop the containers running nginx", "pause every container that runs
    nginx", "restart whatever's running redis". (`s` without those words, the image, said as one container:
    singular, no "every"/"all"/"whatever", the name the image is read under in `s`); None when not said so."""
    if s.lang != "en" or set(_said_words(s)[:1]) & _WH:
        return None  # "which containers use redis": asked which (`_by_image`: docker ps --filter ancestor=redis)
    items = list(s.items)
    for i, (a, b, name, _what) in enumerate(items[:-1]):
        said_ = s.text[a:b].strip().lower()
        if not ((name == "noun" and said_ in _LEX["run_by_noun"]) or (name == "all" and said_ in _LEX["run_by_all"])):
            continue
        j = i + 1
        ra, rb, rname, rwhat = items[j]
        rsaid = s.text[ra:rb].strip().lower()
        # (en12fix) "the one built from mysql:5.7": the image said with from after a word of making (`built_from`)
        at = j + 2 if (rsaid in _LEX["built_from"] and j + 2 < len(items) and items[j + 1][2] == "e_from") else j + 1
        if (rsaid not in _LEX["runs_said"] or rname not in ("running", "attr_verb", "arg", "e_with", "v_run")
                or at >= len(items)):
            continue
        between = re.findall(r"[a-z]+", s.text[b:ra].lower())
        if (s.text[rb:items[at][0]].strip() and at == j + 1) or not set(between) <= set(_LEX["run_by_between"]):
            continue  # "stop whatever is running except web": web is left out, not the image run
        image = items[at][3]
        made_from = "from" if at == j + 2 else None
        if made_from and ("list" in s.verbs or s.verbs == ("show",)):
            continue  # "list containers built from redis": the listing by image (`_by_image`: docker ps --filter ancestor=)
        if (not isinstance(image, Arg) or image.type != "NAME" or image.kind not in (None, "image")
                or image.prep not in (None, "with" if rname == "e_with" else made_from)):
            continue
        if image.prep is not None or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", image.value):
            # "the container using alpine": the image, not a thing it is said with; "the container that runs
            # mysql:5.7": read in the container's place under a name of a container's letters, the image kept
            plain = replace(image, prep=None, value=re.sub(r"[^A-Za-z0-9_.-]", "-", image.value))
            ref = image.value
            items[at] = (*items[at][:3], plain)
            s = replace(s, args=tuple(plain if x is image else x for x in s.args))
            image = replace(plain, value=ref)
            placeholder = plain.value
        else:
            placeholder = image.value
        if rname == "v_run":  # "the containers that run redis": the run is the relative's, never a verb of its own
            spans = tuple(v for v in s.verb_spans if v[1] != ra)
            s = replace(s, verb_spans=spans, verbs=tuple(dict.fromkeys(v for v, _, _ in spans)))
        drop = {j} if at == j + 1 else {j, j + 1}
        if i > 0 and items[i - 1][2] == "all":
            drop.add(i - 1)  # "every container that runs nginx"
        if name == "all":
            drop.add(i)  # "whatever's running redis"
        dropped = [items[k][3] for k in drop]
        one = not any(items[k][2] == "all" for k in drop) and said_ in _LEX["run_by_one"]
        rest = tuple(it for k, it in enumerate(items) if k not in drop)
        args = tuple(x for x in s.args if not any(x is d for d in dropped))
        phrases = tuple(p for p in s.phrases if not any(p is d for d in dropped))
        return replace(s, items=rest, args=args, phrases=phrases), image.value, one, placeholder
    return None


def _have_do(s: Said) -> tuple[str, tuple[str, ...]] | None:
    """(en12fix) English, a container made to run a command ("have data echo hello", "have cache redis-cli ping", "can
    you have web cat /etc/hostname"): a word of having done (grammar/lexicon.txt `have_do`) first, words of courtesy
    at most before it, then one name and at least two words of a command right after it, each typed as it is, nothing
    else (no verb, no phrase, no word dropped between them) — (container, command); None when not said so."""
    if s.lang != "en" or s.verbs or s.phrases or len(s.items) < 3 or any(it[2] != "arg" for it in s.items):
        return None
    said_ = [it[3] for it in s.items]
    if not all(isinstance(a, Arg) for a in said_):
        return None
    first, rest = said_[0], said_[1:]
    assert isinstance(first, Arg)
    before = re.findall(r"[a-z']+", s.text[:s.items[0][0]].lower())
    if (not before or before[-1] not in _LEX["have_do"] or not set(before[:-1]) <= set(_LEX["have_do_before"])
            or first.type != "NAME" or first.kind is not None or first.prep or first.particle):
        return None
    words = tuple(a.value for a in rest if isinstance(a, Arg) and a.type in ("NAME", "INT", "PATH", "FLAGWORD")
                  and not (a.prep or a.particle or a.kind))
    if len(words) != len(rest) or s.text[s.items[0][1]:].split() != list(words):
        return None
    return first.value, words


def _on_port_asked(s: Said) -> str | None:
    """(en12fix) English, which container is on a host port, asked with no verb ("what's listening on 8080", "which
    container is on port 8080", "what's on port 5432"): a question word of things first (who is not: "who's on 8080" is
    refused, tests/data/wordings_break.yaml), the port said with on (or its
    word), at most the kind container, and only words of such a question (grammar/lexicon.txt `on_port_asked`); the
    port's number, None when not asked so."""
    words = _said_words(s)
    items = list(s.items)
    if s.lang == "en" and words and words[0] in _LEX["on_port_who"] and "port" in words:
        # (en22) who holds the port, asked with its word and has ("who has port 80" · "who has port 8080?"); "who's on
        # 8080" stays refused (tests/data/wordings_break.yaml). (dneg23) … or is using it ("who's using port 8080" ·
        # "who is using port 5432?"): using is read as with (`e_with`), dropped here with it
        using = (len(words) > 1 and words[1] in _LEX["on_port_using"]) or (
            len(words) > 2 and words[1] == "is" and words[2] in _LEX["on_port_using"])
        if not set(words) & set(_LEX["on_port_held"]) and not using:
            return None
        if using:
            items = [it for it in s.items if it[2] != "e_with"]
            if len(items) != len(s.items) - 1:
                return None
        words = [w for w in words[1:] if w not in _LEX["on_port_held"] and w not in _LEX["on_port_using"]
                 and not (using and w == "is")] or words
        if words[0] not in _LEX["on_port_wh"]:
            words = ["which", *words]
    if (s.lang != "en" or s.verbs or not words or words[0] not in _LEX["on_port_wh"]
            or not set(s.nouns) <= {"container"}):
        return None
    shape = [name for _, _, name, _ in items if name != "noun"]
    last = items[-1][3] if items else None
    if shape == ["e_at", "arg"] and isinstance(last, Arg) and last.type == "INT":
        port = last.value
    elif shape in (["e_at", "port"], ["port"]) and isinstance(last, Phrase) and len(last.values) == 1:
        port = last.values[0]
    else:
        return None
    if not port.isdigit() or not set(words) <= set(_LEX["on_port_wh"]) | set(_LEX["on_port_asked"]) | {port}:
        return None
    if not set(words) & set(_LEX["on_port_said"]):
        return None  # "what's on 8080": a port or something else on it? (tests/test_parse_w2en.py: nothing runs)
    return port


def _port_taken_en(s: Said) -> str | None:
    """(run21) English, whether a host port is taken, asked: is/are first (grammar/lexicon.txt `port_taken_is`), the
    port with its word, then only words of being taken (`port_taken`: "is port 8080 taken?", "is port 8080 in use") —
    the containers published on it (docker ps --filter publish=N, a read). The port's number, None when not asked so."""
    words = _said_words(s)
    if s.lang != "en" or s.verbs or s.nouns or not words or words[0] not in _LEX["port_taken_is"]:
        return None
    ports = [it[3] for it in s.items if it[2] == "port" and isinstance(it[3], Phrase)]
    if len(ports) != 1 or s.items[0][2] != "port" or len(ports[0].values) != 1 or not ports[0].values[0].isdigit():
        return None
    port = ports[0].values[0]
    rest = [w for w in words[1:] if w not in ("port", port)]
    if not rest or not set(rest) <= set(_LEX["port_taken"]):
        return None
    if any(isinstance(it[3], Arg) and it[3].value not in _LEX["port_taken"] for it in s.items):
        return None
    return port if 0 < int(port) < 65536 else None


def _port_used_ko(s: Said) -> str | None:
    """(k15ko) Korean, the containers that use a host port, asked or listed: the port (a number, or with its word),
    then 쓰다 as a relative clause (`usage_verb` 쓰는), then the kind container — "8080 쓰는 컨테이너 있어?" ·
    "8080 포트 쓰는 컨테이너 보여줘" · "5432번 포트 쓰는 컨테이너 뭐야" (docker ps --filter publish=PORT, a read);
    nothing else said but a question or a verb of showing; the port's number, None when not said so."""
    if s.lang == "ko" and not s.verbs and not s.nouns and set(s.text.split()) & set(_LEX["who_ko"]):
        return _port_used_by_whom_ko(s)
    if s.lang != "ko" or not set(s.verbs) <= {"show", "list"} or s.nouns != ("container",):
        return None
    shape = [(name, obj) for _, _, name, obj in s.items if name not in ("question",) and not name.startswith("v_")]
    if len(shape) != 3 or [n for n, _ in shape[1:]] != ["usage_verb", "noun"]:
        return None
    first, used = shape[0][1], ph(s, Used(), "usage_verb")
    if shape[0][0] == "arg" and isinstance(first, Arg) and first.type == "INT" and first.particle is None:
        port = first.value
    elif shape[0][0] == "port" and isinstance(first, Phrase) and len(first.values) == 1:
        port = first.values[0]
    else:
        return None
    if len(used) != 1 or said(s, used[0]).split()[:1] != list(_LEX["port_used_ko"]) or not port.isdigit() or not 0 < int(port) < 65536:
        return None
    return port


def _port_used_by_whom_ko(s: Said) -> str | None:
    """(dneg23) Korean, who uses a host port, asked with who (grammar/lexicon.txt `who_ko`) and the port said with its
    word, then 쓰다 (`port_used_ko`) — "8080 포트 누가 쓰고 있어?" · "누가 80 포트 써?":
    as "8080 포트 쓰는 컨테이너 있어?" (docker ps --filter publish=PORT). Nothing else said but a question; a bare
    number ("8080 누가 써?") stays unread, as "who has 8080" does. The port's number, None when not said so."""
    shape = [(name, obj) for _, _, name, obj in s.items if name != "question"]
    if [n for n, _ in shape] != ["port", "attr_verb"]:
        return None
    first = shape[0][1]
    used = ph(s, Used(), "attr_verb")
    if not isinstance(first, Phrase) or len(first.values) != 1 or len(used) != 1:
        return None
    port = first.values[0]
    if said(s, used[0]).split()[:1] != list(_LEX["port_used_ko"]) or not port.isdigit() or not 0 < int(port) < 65536:
        return None
    return port


def _terse_up(s: Said) -> bool:
    """(w2en) English, containers then a running state said as the last word, nothing else (grammar/lexicon.txt
    `terse_up`; "db up", "web cache up pls"): a question as much as a request."""
    if s.lang != "en" or s.verbs or not s.args or len(s.items) != len(s.args) + 1:
        return False
    a, b, name, _ = s.items[-1]
    if name != "running" or s.text[a:b].strip().lower() not in _LEX["terse_up"]:
        return False
    said_items = {w for a, b, _, _ in s.items for w in re.findall(r"[a-z']+", s.text[a:b].lower())}
    return (set(_said_words(s)) <= said_items | set(_LEX["terse_courtesy"])
            and all(x.type == "NAME" and x.kind in (None, "container") and x.prep is None and x.particle is None
                    for x in s.args))


def _targets_are(cmd: m.Command, name: str) -> bool:
    """Whether `cmd` acts on `name` alone (its targets, or its one target)."""
    if isinstance(cmd, m.ContainerAction):
        return cmd.targets == (name,) and not cmd.all_running
    if isinstance(cmd, m.Stats):
        return cmd.targets == (name,) and not cmd.all
    if isinstance(cmd, m.Inspect):
        return cmd.target == name and not cmd.more
    if isinstance(cmd, (m.Logs, m.Top, m.Port)):
        return cmd.target == name
    return False


def build(s: Said, u: Used) -> m.Command:
    """The Command of one clause: its verb, its family's reading, then the checks."""
    if _terse_up(s):
        # (w2en) "db up": asked whether it is up, or asked for it started — the start proposed, never run on two words
        names = tuple(a.value for a in s.args)
        raise Incomplete("parse.terse_up", said=s.text.strip(), proposal=m.Start(targets=names, lang=s.lang))
    had_do = _have_do(s)
    if had_do is not None:
        # (en12fix) "have data echo hello": a command run in the container said first (docker exec)
        check_name(had_do[0], "container")
        return m.Exec(had_do[0], had_do[1], lang=s.lang)
    port_asked = _on_port_asked(s) or _port_used_ko(s) or _port_taken_en(s)
    if port_asked is not None:
        # (en12fix) "what's listening on 8080": the containers published on that host port
        return m.ListContainers(filters=(("publish", port_asked),), lang=s.lang)
    if _terse_port_run(s, u):
        # (f12en) "httpd 8098", "redis r21 6393": an image and a number said bare, no verb — the run proposed (yes/no),
        # never run on it (dropping a sentence's verb never yields a write: tests/test_properties_fresh.py)
        proposal, _ = run(s, u, "run", None)
        raise Incomplete("parse.terse_port", said=s.text.strip(), proposal=proposal)
    run_by = _run_by_said(s)
    if run_by is not None:
        # (w2en) "restart the container that runs redis": the command on redis's containers, named by the plan
        cmd = build(run_by[0], u)
        if not _targets_are(cmd, run_by[3]):
            raise Incomplete("parse.unused", words=f"`{run_by[1]}`")
        return replace(cmd, run_by=run_by[1], run_by_one=run_by[2])
    _misspelt(s)
    if _third_person_told(s):
        raise Incomplete("parse.done_already")  # (en14) "web restarts every night": what it does, told
    over = _preferred_over(s)
    if over:
        raise Incomplete("parse.unused", words=f"`{over}`")  # (f17en) "restart web over cache": which one? never both
    s = _id_as_attr(_tag_asked(s))
    if has(s, u, "how_said") and s.verbs == ("inspect",) and len(s.verb_spans) == 1:
        u = u.group("how_said")  # (en12fix) "lmk how cache is doing": how it is doing, asked (its details)
    if (has(s, u, "is_needed") and len(s.verb_spans) == 1 and len(ph(s, u, "is_needed")) == 1
            and s.verb_spans[0][2] <= (ph(s, u, "is_needed")[0].span or (0, 0))[0]
            and not any(has(s, u, g) for g in ("question", "past", "schedule", "asked", "reported", "neg"))):
        u = u.group("is_needed")  # (en12fix) "killing cache is needed now": the verb said before it, requested
    if has(s, u, "had") and not s.verbs:
        u = u.group("had")  # (en12fix) "what images have we got": had, in a question of what is there
    verb, u = ("rename", u) if _renamed_ko(s) or _renamed_en(s) else main_verb(s, u)
    if verb == "update" and _image_updated(s, u):
        verb = "pull"  # "nginx 이미지 업데이트 해줘", "update the nginx image": the image pulled again
    if parse_swarm.about_services(s) or verb in parse_swarm.SERVICE_VERBS:
        # a service or node said, or a verb only a service has ("scale web to 5")
        cmd, u = parse_swarm.natural(s, u, verb)
    else:
        cmd, u = FAMILIES[verb](s, u, verb, kind_of(s))
    if isinstance(cmd, m.Pull) and _said_update(s):
        cmd = replace(cmd, refresh=True)  # "update the mysql image": the tag here pulled again
    cmd = _loan_said(s, cmd)
    if ("env" in s.nouns and not reads_only(cmd) and not s.by_group.get("env")
            and (not isinstance(cmd, (m.Exec, m.RunContainer)) or (isinstance(cmd, m.RunContainer) and not cmd.command))):
        # "run alpine env": no variable given, no command run — the word is never dropped (it ran `docker run -d alpine`)
        # "data 환경변수 지워", "data 환경변수 뭐 있어? 지워": a container's environment is read (its details, or
        # `env` run in it), never changed: a write on the container would drop the words that said what of it
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(a, b).strip()}`" for a, b, name, _ in s.items if name == "noun"))
    mixed = _kinds_mixed(s, cmd)
    if mixed:
        # "pgdata 볼륨이랑 db 컨테이너 지워", "remove the db volume and the db container": names said of two kinds
        # in one removal or container action were all read as one kind (`docker volume rm pgdata db`: the volume
        # db, not the container) — asked, one kind at a time
        raise Incomplete("parse.two_kinds", words=", ".join(f"`{v}`" for v in mixed))
    rest = _rest_of_nothing(s, cmd)
    if rest:
        # "나머지도 꺼", "restart the rest", "restart web and the rest": the rest of what? nothing was left out —
        # never every container (it stopped them all), never the named one alone (the rest dropped)
        raise Incomplete("parse.unused", words=", ".join(f"`{w}`" for w in rest))
    loose_env = _env_word_unread(s, cmd)
    if loose_env:
        # "alpine을 env 실행", "alpine을 MSG=hi 환경변수로 env 실행": the program `env` typed as a word, run as a new
        # container with no command (`docker run -d alpine`) — the word dropped; ask ("alpine에서 env 실행" runs it)
        raise Incomplete("parse.unused", words=", ".join(f"`{w}`" for w in loose_env))
    # a name or a noun, `of`, a name: "the cache of web", "the image of web" ("both of them", "all of the
    # stopped containers" say how many)
    part_of = [(a, b) for (_, _, before, what), (a, b, name, _), (_, _, _, after) in zip(s.items, s.items[1:], s.items[2:])
               if name == "e_from" and s.original(a, b).strip().lower() in _LEX["part_of"]
               and (before == "noun" or (isinstance(what, Arg) and what.type == "NAME"))
               and isinstance(after, Arg) and after.type == "NAME"]
    if part_of and not reads_only(cmd) and not isinstance(cmd, (m.Exec, m.RunContainer)):
        # "delete the cache of web" planned `docker rm cache web`, "remove the image of web" `docker rmi web`:
        # what follows `of` owns what was said before it — a write on either would drop the word
        raise Incomplete("parse.unused", words=", ".join(f"`{s.original(a, b).strip()}`" for a, b in part_of))
    if isinstance(cmd, m.ContainerAction) and not reads_only(cmd):
        # "delete the cache data", "wipe the web logs": the article, a container's name, then a noun of what it
        # holds — one thing said (what of the container), never two containers (`docker rm cache data`)
        held = [w for the, name, w in zip(s.text.lower().split(), s.text.lower().split()[1:], s.text.lower().split()[2:])
                if the in _LEX["held_det"] and name in cmd.targets and w.strip(".,!?") in _LEX["content_en"]]
        if held:
            raise Incomplete("parse.unused", words=", ".join(f"`{w}`" for w in held))
    acted_on = cmd.targets if isinstance(cmd, m.Remove) else cmd.images if isinstance(cmd, m.RemoveImage) else ()
    by_with = [a for a in s.args if a.prep == "with" and a.type == "NAME" and a.value in acted_on]
    if by_with:
        # "remove the image used by web" planned `docker rmi used web`: a name said with by/with says whose,
        # never one more thing to remove
        raise Incomplete("parse.unused", words=", ".join(f"`{a.value}`" for a in by_with))
    counts = ph(s, u, "count")
    counted, u = use(s, u, "count")
    if counted and isinstance(cmd, m.ContainerAction) and not _count_fits(s, counts, cmd):
        # "두 개 다 꺼줘", "cache 둘 다 꺼", "start two nginx containers": a count that is not the number of the
        # containers named — which ones, or that many new ones? ask, never act on another number of them
        raise Incomplete("parse.unused", words=", ".join(f"`{_said_as_typed(s, p)}`" for p in counts))
    if counted and isinstance(cmd, m.Sequence) and not _count_is(s, counts, len(cmd.steps)):
        # "cache와 web 둘다 로그": the count is the number of logs said; any other, asked
        raise Incomplete("parse.unused", words=", ".join(f"`{_said_as_typed(s, p)}`" for p in counts))
    if counted and isinstance(cmd, m.RunContainer):
        # "nginx 컨테이너 두 개 띄워줘", "run two nginx containers": that many new containers — never one
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(*p.span).strip() if p.span else said(s, p)}`" for p in ph(s, u, "count")))
    # (chain16) an exclusion is checked before a write is asked back: "web 지워도 될까요? web 말고 다" proposed `docker rm
    # web`, "web이랑 cache 지워도 될까요? web 말고 data" `docker rm web cache data` — the name left out never offered
    if s.excluded and any(a not in s.excluded and a.pos > max(x.pos for x in s.excluded)
                          and s.text[a.pos + len(a.value):].lstrip().startswith(tuple(w + " " for w in _LEX["also_ko"]))
                          for a in s.args):
        # "cache만 말고 web도 재시작": not only cache but web too, or web instead of cache? ask, never guess
        raise Incomplete("parse.unused", words=", ".join(f"`{a.value}`" for a in s.excluded))
    if s.excluded and _kind_contrast(s):
        pass  # "db 컨테이너 말고 db 볼륨 삭제": which db is meant, said by its kind — the one named is acted on
    elif s.excluded:
        left_out = {a.value for a in s.excluded}
        both = sorted({a.value for a in s.args if a.value in left_out and a not in s.excluded})
        if both:  # "db 빼고 db 컨테이너 기동해줘": left out and named — ask, never guess
            raise Incomplete("parse.excluded_and_named", names=", ".join(both))
        if not isinstance(cmd, (m.ContainerAction, m.Logs, m.Inspect)):  # "web 빼고 nginx 실행"
            raise Incomplete("parse.unused", words=", ".join(f"`{v}`" for v in sorted(left_out)))
    if not reads_only(cmd) and (soon := _soon_said_ko(s)):
        raise Incomplete("parse.no_schedule", when=soon)  # (brk23) "좀 있다 cache 재시작해": a little later, no now
    if not reads_only(cmd) and (later := _next_time_ko(s)):
        # (brk25) "web 재시작 다음에": next time, no now; (run26) before a permission or a question too — "다음에 web 꺼도
        # 돼" (next time you may) was offered back as `docker stop web` now
        raise Incomplete("parse.no_schedule", when=later)
    granted, u = use(s, u, "granted")
    if granted and "?" in s.text and not reads_only(cmd):
        raise Incomplete("parse.asked", proposal=cmd)  # "web 꺼도 됩니다?": said with a "?", asked after all
    asked, u = use(s, u, "asked")
    if asked and not reads_only(cmd):
        # "can i stop web", "web 꺼도 돼?": whether it may be done is asked — the command is
        # proposed (yes/no, bound to the asker; or the policy's no), never run on the question
        check_all_used(s, u.group("question"))  # "재시작해도 될까요?": the question is the asking
        raise Incomplete("parse.asked", proposal=cmd)
    asked_yes_no = _yes_no(s, ph(s, u, "question"))
    question, u = use(s, u, "question")
    # (lead27) "data 안에 파일 뭐 있어요?", "web /etc 안에 뭐 있어?": what is in it, asked — its listing (ls, grammar/
    # lexicon.txt `list_dir`, which changes nothing) is the answer, never offered back as a write to run
    looked = (isinstance(cmd, m.Exec) and cmd.command[:len(_LEX["list_dir"])] == tuple(_LEX["list_dir"])
              and not (cmd.user or cmd.env or cmd.privileged or cmd.detach))
    if asked_yes_no and not reads_only(cmd) and not looked:
        check_all_used(s, u)  # every word read, as any proposal ("cache 괜찮아? 재시작 필요해?": not read whole)
        raise Incomplete("parse.asked", proposal=cmd)  # "db 켜?", "db 켜야 돼?": yes or no asked — proposed
    if question and not reads_only(cmd) and not looked:
        raise Incomplete("parse.question")  # "web 지워야 할까?": asked, not requested
    reported, u = use(s, u, "reported")
    if reported and not reads_only(cmd):
        raise Incomplete("parse.reported")  # "web 재시작하래": someone else's words, not a request
    said_verbs = [v for v, _, _ in s.verb_spans]
    if len(said_verbs) >= 3 and len(set(said_verbs)) == 1 and not reads_only(cmd):
        # "그래 web 지워라 지워 다 지워버려라 ㅋㅋ": one write said over and over is a rant, not a request — asked again,
        # never offered back as "run it?"
        raise Incomplete("parse.two_verbs", verbs=", ".join(said_verbs))
    past, u = use(s, u, "past")
    if past and not reads_only(cmd):
        raise Incomplete("parse.done_already")  # "web 지웠어?", "cache 재시작했어": told, not requested
    thanked, u = use(s, u, "thanked")
    if thanked and not reads_only(cmd):
        raise Incomplete("parse.done_already")  # "thanks for removing web", "web 재시작해줘서 고마워": a thanks, told done
    if past and has(s, u, "earlier"):
        raise Incomplete("parse.done_already")  # "web 로그 아까 다 확인했어요": a read done earlier, told
    if reads_only(cmd) and _dated_complaint(s, u):
        u = u.group("earlier")  # (w2vol) "방금 web 로그에 에러 떴는데 보여줘": when the error showed, not which logs
    going_on_ko, u = use(s, u, "going_on_ko")
    if going_on_ko and not reads_only(cmd):
        # "nginx 이미지 받고 있어?", "web 재시작하고 있어?", "db 지우고 있냐": a verb said in progress (-고 있다)
        # is told or asked going on, never requested (as English "is web restarting?", `_told_going_on`)
        raise Incomplete("parse.done_already")
    if not reads_only(cmd) and _told_done(s):
        raise Incomplete("parse.done_already")  # "i restarted web", "cache removed": told, not requested
    if not reads_only(cmd) and _told_done_bare(s):
        raise Incomplete("parse.done_already")  # (brk23) "i close web already": told done, the tense left out
    if not reads_only(cmd) and _asked_done(s):
        raise Incomplete("parse.question")  # "does web need to be stopped?", "should web be restarted": asked
    if isinstance(cmd, (m.RemoveImage, m.VolumeRemove)) and (noun := _container_noun_after_kind(s)):
        # (props14) "remove nginx image containers", "pgdata 볼륨 컨테이너 지워": the containers of it, or it? asked,
        # never the image or the volume removed with the noun dropped
        raise Incomplete("parse.unused", words=f"`{noun}`")
    if not reads_only(cmd) and _told_intended(s):
        raise Incomplete("parse.intended")  # (w2fix) "I am going to restart web", "I will restart web": told
    if isinstance(cmd, m.RemoveImage) and set(s.text.lower().split()) & set(_LEX["wh"]):
        # "web 무슨 이미지야? 지워", "what image is cache running? remove it": which image is asked, then a
        # delete of what? never the container's name read as an image
        raise Incomplete("parse.question")
    if not reads_only(cmd) and _told_going_on(s):
        raise Incomplete("parse.done_already")  # "web is stopping", "web keeps restarting": a state told
    if isinstance(cmd, m.RunContainer) and cmd.ports and all(
            p.span is not None and s.text[p.span[0]:p.span[1]].strip().lower() in _LEX["port_word"]
            for p in ph(s, u, "attr")):
        u = u.group("attr")  # "nginx 이름은 web2 포트는 8080으로 실행": the word of the port read
    if _need_then_same(s, ph(s, u, "need_so")):
        u = u.group("need_so")  # "web 지금 꺼야 되니까 꺼줘": the need is the reason for the same request
    check_all_used(s, u)
    return cmd


def _preferred_over(s: Said) -> str:
    """(f17en) English: a word of grammar/lexicon.txt `preferred_over` ("over") said right before a name — one name
    chosen over another ("restart web over cache", "stop cache over web"): the word as
    said, so that the request is asked back, never run on both names ("over" is otherwise a word that changes nothing:
    "kick cache over"); "" when none is."""
    if s.lang != "en":
        return ""
    for a in s.args:
        if a.type != "NAME":
            continue
        before = re.findall(r"[a-z]+", s.text[:a.pos].lower())
        for w in _LEX["preferred_over"]:
            said = w.split("_")
            if before[-len(said):] == said or before[-len(said) - 1:-1] == said and before[-1:] == ["the"]:
                return " ".join(said)
    return ""


def _third_person_told(s: Said) -> bool:
    """(en14) An English third-person verb (grammar/lexicon.txt `third_person`) said after any word: what something
    does, told ("web restarts every night", "it kills cache"), never a request — only first it is one ("restarts web")."""
    if s.lang != "en":
        return False
    for _, a, b in s.verb_spans:
        if s.text[a:b].strip().lower() in _LEX["third_person"] and s.text[:a].strip(" ,.!:-"):
            return True
    return False


def _need_then_same(s: Said, needs: list[Phrase]) -> bool:
    """A need said as the reason, then the same verb again with nothing new ("web 지금 꺼야 되니까 꺼줘", "cache
    재시작해야 하니까 재시작 좀"): the request itself, said twice. The verb is one verb said once before and once
    after the need, and nothing is named after it; any other verb or a name after it ("web 지워야 해서 cache 재시작")
    stays the reason for something else — read by nothing, refused."""
    if len(needs) != 1 or needs[0].span is None or len(s.verb_spans) != 2:
        return False
    (v1, _, b1), (v2, a2, _) = s.verb_spans
    start, end = needs[0].span
    return v1 == v2 and b1 <= start and end <= a2 and all(a.pos < start for a in s.args)


def _loan_said(s: Said, cmd: m.Command) -> m.Command:
    """A network's name typed in Hangul ("web 백엔드 네트워크에 붙여줘": grammar/lexicon.txt `net_loan_ko`, written in
    ASCII by bot/language/morph.py): kept on a connect or a disconnect as said (`said_as`: the plan uses it only
    when exactly one network matches, and says so); any other command on it is refused."""
    if s.reading is None:
        return cmd
    typed = [(a, s.original(a.pos, a.pos + len(a.value))) for a in s.args if a.type == "NAME"]
    loans = [(a, t.strip()) for a, t in typed if a.value not in t and HANGUL.search(t)]  # the name was never typed
    if not loans:
        return cmd
    said_as = loans[0][1]
    if (len(loans) == 1 and isinstance(cmd, (m.NetworkConnect, m.NetworkDisconnect))
            and cmd.network == loans[0][0].value
            and (loans[0][0].kind == "network" or loans[0][0].particle in ("at", "from", "as"))):
        return replace(cmd, said_as=said_as)
    raise Incomplete("parse.unused", words=f"`{said_as}`")


def _yes_no(s: Said, questions: list[Phrase]) -> bool:
    """Whether every question said is the yes/no of a verb's ending (grammar/lexicon.txt `yes_no`: "db 켜?", "db 켜야
    돼?"), none a deliberation or a how ("web 지울까?", "web 어떻게 지워?": asked, nothing proposed)."""
    return bool(questions) and all(p.span is not None and s.text[p.span[0]:p.span[1]].strip() in _LEX["yes_no"]
                                   for p in questions)


def _told_done(s: Said) -> bool:
    """An English past participle said as the verb ("i restarted web", "we removed cache", "web
    restarted") tells what was done, unless a word asks for it done (grammar/lexicon.txt `get_done`:
    "get web restarted", "I need web restarted", "web should be restarted")."""
    said = {s.text[a:b].strip().lower() for _, a, b in s.verb_spans}
    if not said & _PARTICIPLES:
        return False
    words = re.findall(r"[a-z']+", s.text.lower())
    for i, w in enumerate(words):
        if w not in said & _PARTICIPLES:
            continue
        j = i - 1
        while j >= 0 and words[j] in _PERFECT_BETWEEN:
            j -= 1
        if j >= 0 and words[j] in _PERFECT_AUX:
            return True  # (en12) "i have restarted web", "have you removed db?": the perfect tells, never "have X done"
    return not set(words) & _GET_DONE and not _need_phrase_said(words)


def _need_phrase_said(words: list[str] | tuple[str, ...]) -> bool:
    """(f22b) Whether two words of grammar/lexicon.txt `get_done_phrase_en` are said in a row ("web has to be restarted
    now", "my-nginx ought to be paused"): a need, as `get_done`'s words say one — never the perfect ("web has stopped")."""
    pairs = {tuple(p.split("_")) for p in _LEX["get_done_phrase_en"]}
    return any((a, b) in pairs for a, b in zip(words, words[1:]))


def _container_noun_after_kind(s: Said) -> str:
    """(props14) The noun container as said ("컨테이너", "containers") right after a name said with another kind noun
    (image, volume: "nginx 이미지 컨테이너", "nginx image containers", "pgdata 볼륨 컨테이너"), or "" — a noun of its
    own, never the kind of that name."""
    named = [a for a in s.args if a.type == "NAME" and a.kind in ("image", "volume")]
    if "container" not in s.nouns or not named:
        return ""
    for a, b, name, _ in s.items:
        if name == "noun" and any(x.pos < a for x in named) and s.text[a:b].strip():
            return s.text[a:b].strip()
    return ""


def _told_intended(s: Said) -> bool:
    """(w2fix) English, an intention told right before a verb: a phrase of grammar/lexicon.txt `intent_said_en` ("will",
    "am going to", "plan to"), adverbs of `intent_between_en` around it ("I am going to restart web", "we will now stop
    cache", "I plan to remove db"): what they will do, never a request. (f17en) Whoever its subject is, or none ("will
    be restarting web", "web will be restarting", "they will remove cache" restarted or removed): a request of the bot
    is asked with "you" after it ("will you restart web?"), never said right before the verb. (brk25) A modal of
    grammar/lexicon.txt `modal_told_en` after a subject of `modal_subject_en` ("i could restart web", "we would stop
    cache"): told too."""
    if s.lang != "en":
        return False
    phrases = [w.split("_") for w in _LEX["intent_said_en"]]
    between = set(_LEX["intent_between_en"])
    for _, a, _ in s.verb_spans:
        words = re.findall(r"[a-z0-9][\w.\-']*[\w']|[a-z0-9]|[,.;:!?]", s.text[:a].lower())
        while words and words[-1] in between:
            words.pop()
        if any(words[-len(phrase):] == phrase for phrase in phrases):
            return True
        if len(words) > 1 and words[-1] in _LEX["modal_told_en"] and words[-2] in _LEX["modal_subject_en"]:
            return True  # (brk25) "i could restart web", "someone could kill web": a possibility told
    return False


def _asked_done(s: Said) -> bool:
    """English, a write said as a question, its first word an auxiliary (grammar/lexicon.txt `asked_first`: "does
    web need to be stopped?", "should web be restarted", "does cache need a restart"), or who said before its verb ("who shut
    down web?", "so who shut web off"): asked, never done."""
    if s.lang != "en":
        return False
    words = _said_words(s)
    while len(words) > 1 and words[0] in _LEX["courtesy_first_en"]:
        words.pop(0)  # (props14) "please is db stopped?", "pls was web restarted?": the courtesy first asks nothing
    if len(words) > 1 and words[0] in _LEX["asked_who"] and words[1] in _LEX["wish"]:
        return True  # (w2en13) "who wants to restart web?": who is asked
    if s.verb_spans and set(re.findall(r"[a-z']+", s.text[:s.verb_spans[0][1]].lower())) & set(_LEX["asked_who"]):
        return True  # (brk22) who said before the verb, its subject: "who shut down web?" (shut is also the past) asked
    if s.verb_spans and s.text.rstrip().endswith("?"):
        before = set(re.findall(r"[a-z']+", s.text[:s.verb_spans[0][1]].lower()))
        if before & set(_LEX["asked_wish_before_verb_en"]):
            return True  # (brk23) a wish said before the verb, asked: "web should restart?", "web need to close?"
    return bool(words) and words[0] in _LEX["asked_first"]


def _soon_said_ko(s: Said) -> str:
    """(brk23) Korean, a little while said before the write (grammar/lexicon.txt `soon_ko` then `soon_after_ko`: "좀 있다
    cache 재시작해", "잠깐 있다가 db 지워", "잠시 후 cache 재시작해", "조금 뒤에 data 멈춰줘"; or 있다가 first: "있다가 web
    재시작"): the words said (a schedule: gorae acts now), or "" ("web 좀 재시작해", "cache 잠깐 멈춰" act now)."""
    return soon_said_ko(s.text) if s.lang == "ko" else ""


_NAME_WORD = re.compile(r"[A-Za-z0-9][\w.:/-]*")


def _next_time_ko(s: Said) -> str:
    """(brk25) Korean, "next time" said of a write (grammar/lexicon.txt `next_time_ko` then `next_time_after_ko`: 다음 +
    에) after no ending of a verb and no word of `next_time_not_after_ko` (그: "그 다음에" is then): "web 재시작 다음에",
    "다음에 web 재시작해", "cache 지우는 건 다음에" — a deferral (it planned the write now); "web 끄고 다음에 cache 켜" and
    "web 끈 다음에 cache 켜" stay a sequence, and so (ko33a) does a step said before it with an order of its own after it
    ("web 재시작 다음에 로그 실시간으로"; "web 삭제 다음에 합시다" — the same step done later, `next_time_done_ko` — stays
    deferred). The words said, or ""."""
    if s.lang != "ko":
        return ""
    words = s.text.split()
    for i, (w, nxt) in enumerate(zip(words, words[1:])):
        before = words[i - 1] if i else ""
        if (w in _LEX["next_time_ko"] and nxt in _LEX["next_time_after_ko"] and not before.startswith("~")
                and before not in _LEX["next_time_not_after_ko"]):
            rest = words[i + 2:]
            if (i and rest and not rest[0].startswith("~") and rest[0] not in _LEX["next_time_done_ko"]
                    and not _NAME_WORD.fullmatch(before) and before not in _LEX["next_time_thing_ko"]):
                continue  # (ko33a) "web 재시작 다음에 로그 실시간으로": after the step, an order of its own — a sequence
                # (safe34ko) never after a name or a thing ("web 다음에 재시작하자", "cache 지우는 건 다음에, 지금은 web
                # 재시작"): no step said before it, next time
            return w + nxt
    return ""


def soon_said_ko(stream: str) -> str:
    """(brk23) `_soon_said_ko` over a Korean morpheme stream (bot/language/morph.py `reading(text).text`): the words of a
    little while said ("좀 있", "잠시 후", "있다가"), or ""."""
    words = stream.split()
    if len(words) > 1 and words[0] + words[1] in _LEX["soon_first_ko"]:
        return words[0] + words[1].lstrip("~")  # two morphemes of the stream, written glued in the lexicon
    for w, nxt in zip(words, words[1:]):
        if w in _LEX["soon_ko"] and nxt in _LEX["soon_after_ko"]:
            return f"{w} {nxt}"
    return ""


def _told_done_bare(s: Said) -> bool:
    """(brk23) A bare verb said after a subject that does it (grammar/lexicon.txt `done_subject_en`: "i close web
    already", "you restart cache already?", "we stop db already") and a word that says it done after it (`done_after_en`):
    told or asked done in a tense left out, never requested ("restart web already" with no subject is impatience, a
    request)."""
    if s.lang != "en" or not s.verb_spans:
        return False
    words = re.findall(r"[a-z']+", s.text[:s.verb_spans[0][1]].lower())
    after = re.findall(r"[a-z']+", s.text[s.verb_spans[0][2]:].lower())
    return (bool(words) and words[-1] in _LEX["done_subject_en"]
            and bool(set(after) & set(_LEX["done_after_en"])))


def _shown(s: Said, a: int, b: int) -> str:
    """The words typed between two columns of `text`, whole (a morpheme inside a word shows the word: "지워야 하니까",
    never "워야 하니까" nor the stream's "~야 하 ~니까"): what a reply names as not read."""
    if s.reading is None:
        return s.text[a:b].strip()
    src = s.reading.source
    start = s.reading.original_column(a)
    end = s.reading.original_column(b) if b < len(s.text) else len(src)
    while start > 0 and not src[start - 1].isspace():
        start -= 1
    while end < len(src) and not src[end].isspace() and src[end] not in ",.?!":
        end += 1
    return src[start:end].strip()


def _shown_phrase(s: Said, p: Phrase) -> str:
    return _shown(s, *p.span) if p.span else p.name


def _said_as_typed(s: Said, p: Phrase) -> str:
    return s.original(*p.span).strip() if p.span else said(s, p)


def _count_fits(s: Said, counts: list[Phrase], cmd: m.ContainerAction) -> bool:
    """Whether a count said ("web cache 둘 다", "web cache data 세 개") is the number of containers named
    (grammar/lexicon.txt `count_words`: the number a count word says, as typed); every running one is
    never counted ("두 개 다 꺼줘": which two?)."""
    return not cmd.all_running and _count_is(s, counts, len(cmd.targets))


def _count_is(s: Said, counts: list[Phrase], n: int) -> bool:
    """Whether every count said that says a number (grammar/lexicon.txt `count_words`) says `n`."""
    from bot.language.morph import korean_number

    numbers = dict(w.split("=", 1) for w in _LEX["count_words"])
    for p in counts:
        typed = _said_as_typed(s, p).lower()
        said_n = next((int(v) for w, v in numbers.items() if typed.startswith(w)), None)
        source = s.reading.source if s.reading is not None else s.text
        word = typed.split()[0] if typed.split() else ""
        if said_n is None and f" {word} " in f" {source.lower()} ":
            # (lead24) any other numeral said as a word of its own ("web 천 재시작", "web 백 개 꺼" ran on web, the
            # number dropped; not a syllable of another word, "켜줘요오")
            said_n = korean_number(word)
        if said_n is not None and said_n != n:  # a word read as a count that says no number ("켜줘요오"): as before
            return False
    return True


def _told_going_on(s: Said) -> bool:
    """An English verb said with -ing right after a word of grammar/lexicon.txt `progressive` ("web is
    stopping", "web keeps restarting", "are you restarting web?") tells what is going on, never asks for it."""
    for _, a, b in s.verb_spans:
        word = s.text[a:b].strip().lower()
        if not word.endswith("ing") or len(word) < 6:
            continue  # "bring db back up", "ping …": no -ing form of a verb
        before = s.text[:a].lower().split()
        if before and before[-1] in _LEX["progressive_not"]:
            before = before[:-1]  # "why is db not starting": a state that does not come, told
        if before and before[-1] in _LEX["progressive_who"]:
            before = before[:-1]
        if before and before[-1] in _LEX["progressive"]:
            return True
        if len(before) >= 2 and before[-2] in _LEX["progressive"]:
            return True  # "is cache restarting?", "why is cache restarting": asked about what is going on
        names = {x.value.lower() for x in s.args if x.type == "NAME"}
        if before and set(before) & names and all(w in names or w in _LEX["progressive_subject"] for w in before):
            after = s.text[b:].lower().split()
            if after and all(w in _LEX["progressive_please"] for w in after):
                continue  # (en14) "db container starting please": the -ing of a request, a courtesy said last
            return True  # "web restarting?", "the cache container stopping?": its name the subject, what it is doing
    return False


def check_all_used(s: Said, u: Used) -> None:
    """Everything that was said must be in the command: never drop "--rm" or "1초 안에"."""
    groups: dict[str, list[Phrase]] = {}
    for p in s.phrases + u.added:
        groups.setdefault(p.group, [])
        if p.index not in u.absorbed:
            groups[p.group].append(p)
    left = [p for g, phs in groups.items() if g not in u.groups for p in phs]
    # shown as the user typed them, never as the morpheme stream ("꺼야 되니까", not "~야 되 ~니까")
    words = [_shown(s, *span) for p in left if (span := p.span)]
    words += [a.value for a in free(s, u)]
    if words:
        raise Incomplete("parse.unused", words=", ".join(f"`{w}`" for w in words))


def said(s: Said, p: Phrase) -> str:
    return s.text[p.span[0]:p.span[1]].strip() if p.span else p.name


def _state_said_of(s: Said, u: Used) -> tuple[tuple[str, ...], Used]:
    """A state said right before a named container of a lifecycle verb ("돌아가고 있는 web 재시작", "restart the stopped
    cache", "resume the paused web"): docker's statuses it means (grammar/lexicon.txt
    `running_status`, `stopped_status`, `made_status`, `paused_status`), the phrases used. The plan checks each name
    is in one of them and says so in the reply when not (bot/engine/plan.py `_not_in_state`: "restart the stopped
    cache" while cache runs). () when no state or two states are said (nothing to check by). A removal keeps its state
    unchecked ("remove the exited web": docker refuses to remove a running container, its tables say `docker rm`)."""
    starts = {a.pos for a in s.args if a.type == "NAME"}
    said = [g for g in ("running", "stopped", "paused") if any(
        p.span is not None and len(s.text) - len(s.text[p.span[1]:].lstrip()) in starts for p in ph(s, u, g))]
    made = _made_only(s, u)
    for g in ("running", "stopped", "paused"):  # said elsewhere ("i want web stopped"): what is wanted
        _, u = use(s, u, g)
    if len(said) != 1:
        return (), u
    key = {"running": "running_status", "paused": "paused_status",
           "stopped": "made_status" if made else "stopped_status"}[said[0]]
    return tuple(_LEX[key]), u


def _made_only(s: Said, u: Used) -> bool:
    """Whether a stopped state is said as made only, never started (grammar/lexicon.txt `created_state`: "생성만 된",
    "한 번도 안 켜진", "never started"): docker's status created, not exited."""
    return any(set(said(s, p).split()) & set(_LEX["created_state"]) for p in ph(s, u, "stopped"))


def _dangling_said(s: Said, u: Used) -> bool:
    """Whether the unused ones are said with docker's own word (grammar/lexicon.txt `dangling`: dangling, untagged)."""
    return any(w in said(s, p).lower() for p in ph(s, u, "unused") for w in _LEX["dangling"])


def kind_of(s: Said) -> str | None:
    """The family of the sentence: container/image/volume/network, from names or nouns."""
    if _kind_contrast(s):  # "db 컨테이너 말고 db 볼륨 삭제": the kind of the one named, never of the one left out
        return next(a.kind for a in s.args if a not in s.excluded)
    kinds = [a.kind for a in s.args if a.kind in ("container", "image", "volume", "network")]
    kinds += [k for k in s.nouns if k in ("container", "image", "volume", "network")]
    return kinds[0] if kinds else None


def _put_on(s: Said) -> bool:
    """English, no verb: a word of grammar/lexicon.txt `put_on` said first, then one container's name and one
    name after on/onto/to ("put data on the backend network", "put cache onto backend"): a connect (the plan
    finds the network; "put web on hold" has a verb of its own)."""
    words = _said_words(s)
    return (s.lang == "en" and bool(words) and words[0] in _LEX["put_on"] and len(s.args) == 2
            and all(a.type == "NAME" for a in s.args)
            and s.args[0].prep is None and s.args[0].kind in (None, "container")
            and s.args[1].prep == "at" and s.args[1].kind in (None, "network"))


def _pulled_off(s: Said) -> bool:
    """English: a pull verb of grammar/lexicon.txt `pull_off` said of one name, then `particle_off` and another name
    ("pull web off backend", "pull data off the backend network"): a disconnect, never a pull of an image."""
    said_pull = {s.text[a:b].strip().lower() for v, a, b in s.verb_spans if v == "pull"}
    words = _said_words(s)
    return (s.lang == "en" and bool(said_pull) and said_pull <= set(_LEX["pull_off"])
            and any(w in _LEX["particle_off"] for w in words) and len(s.args) == 2
            and all(a.type == "NAME" for a in s.args)
            and s.args[0].prep is None and s.args[0].kind in (None, "container")
            and s.args[1].prep == "from" and s.args[1].kind in (None, "network"))


def _light_verb_en(s: Said) -> str | None:
    """(en15) English, a non-native speaker's light verb said first (grammar/lexicon.txt `light_en`: do, doing, make)
    right before another verb said as a noun, only an article between them ("please doing the pull of alpine", "please
    make stop for the cache", "make a restart of web"): the other verb is meant — the light verb's family, or None."""
    spans = [(v, a, b) for v, a, b in s.verb_spans]
    if len(spans) != 2:
        return None
    (light, a, b), (other, c, _) = sorted(spans, key=lambda sp: sp[1])
    if light == other or s.text[a:b].strip().lower() not in _LEX["light_en"]:
        return None
    if [w.lower() for w in s.text[b:c].split()] not in ([], *([w] for w in _LEX["light_en_article"])):
        return None
    if any(start < a for start, _, _, _ in s.items):
        return None  # said after a name or a phrase ("web doing a restart?"): how it is said, never a request
    return light


def main_verb(s: Said, u: Used) -> tuple[str, Used]:
    """The one verb the sentence means (a key of FAMILIES) and what deciding it read."""
    u = u.ran(frozenset())
    if has(s, u, "schedule"):
        # "web 나중에 재시작", "restart web tomorrow": gorae acts now, it schedules nothing
        raise Incomplete("parse.no_schedule", when=said(s, ph(s, u, "schedule")[0]))
    if _help_on(s, u) is not None:
        # "help restart", "how do I restart a container?", "재시작 어떻게 해?", "로그 보는 법": the way to do a verb
        # asked, no name said — gorae's help on that verb (nothing runs); with a name it stays the verb's question
        for g in _HELP_SAID:
            u = u.group(g)
        return "help", u
    typed = _typed_in_place(s)
    verbs = list(dict.fromkeys(s.verbs if not typed else (v for v, a, _ in s.verb_spans if a not in typed)))
    if typed and not [v for v in verbs if v not in ("run", "exec", "rm")]:
        # "web에서 echo restart cache", "web에 echo kill 날려": the command typed there is run there
        return ("exec" if verbs == ["rm"] else "run"), u
    if s.lang == "en" and len(verbs) == 2 and (light_en := _light_verb_en(s)) is not None:
        verbs.remove(light_en)  # (en15) "please doing the pull of alpine", "please make stop for the cache"
    if s.lang == "en" and verbs == ["run"] and "proc" in s.nouns and _running_inside_asked(s):
        # (w17) "what processes run in cache?", "which processes run in web": what runs in one container, asked —
        # its processes (docker top), as "what processes are running in cache"; never a start of it
        return "top", u
    typed_en = _typed_at_place_en(s) if not verbs or s.lang == "en" else None
    if typed_en is not None and not [v for v, a, _ in s.verb_spans if a not in typed_en]:
        return "exec", u  # "redis-cli info in cache", "on my-volume, ls /data": typed, then run there
    _place_then_word(s)
    if (s.lang == "ko" and len(verbs) == 2 and "unpause" in verbs and set(verbs) - {"unpause"} <= set(_LEX["unpause_runs"])
            and not any(a.type != "NAME" or a.kind not in (None, "container") for a in s.args)):
        # "my-nginx 다시 돌려 일시정지 풀고", "web 일시정지 풀어서 다시 켜": made to run again by releasing its pause —
        # the unpause; the other verb says what it is for (a paused container is started by nothing else)
        return "unpause", u.group("again")
    if verbs and set(verbs) <= {"show"} and _shell_asked(s):
        return "shell", u  # "get a shell on data": a terminal asked for, never the container's details
    if not verbs and (_shell_asked(s) or _shell_opened(s)):
        # "ssh into web", "open a shell in web", "web 쉘 열어줘": a terminal asked for (refused as -it, one command offered)
        return "shell", u.group("shell_open")
    if verbs == ["show"] and _got_running(s):
        return "start", u.group("running")  # "get db running again", "get web up": made to run, never its details
    if _exec_into(s) and "exec" not in verbs:
        verbs.append("exec")  # "exec into cache with redis-cli info memory": the verb said as the place's first word
    if has(s, u, "when_asked") and not _usage_asked(s, u, verbs):  # "web 메모리 얼마나 먹어?": how much, a use
        # "when did cache start?", "when was db created?": when it happened is asked, the sentence's first
        # word — its details (a read); a verb is never done on it ("restart web when …" is refused)
        first = min((start for start, _, _, _ in s.items), default=0)
        # (lead21) asked to be shown or known: "web 언제 켜졌는지 알려줘" · "web 몇 시에 켜졌는지 알 수 있나요"
        # one verb asked of ("when did web start, restart it": a request after the question, never dropped)
        if (set(verbs) <= {"start", "restart", "stop", "create", "run", "kill", "pause", "show"}
                and len(set(verbs) - {"show"}) <= 1
                # the sentence's first word; in Korean after its name ("cache 언제부터 떠 있었어")
                and ([p.span[0] for p in ph(s, u, "when_asked") if p.span] == [first]
                     or (s.lang == "ko" and len(ph(s, u, "when_asked")) == 1))
                and len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")):
            for g in ("when_asked", "question", "stopped", "running", "past", "today", "last_time", "came_up"):
                u = u.group(g)
            if s.lang == "en" and [p.span[0] for p in ph(s, u, "when_asked") if p.span] == [first]:
                # (tdc22) "when did web die last time": a trouble asked when of, first — when it happened (its details)
                u = u.group("complaint")
            return "inspect", u
        raise Incomplete("parse.unknown_word", word="when")
    if set(verbs) <= {"start", "restart"} and verbs and has(s, u, "down") and all(
            p.span is not None and p.span[1] <= min(a for _, a, _ in s.verb_spans) for p in ph(s, u, "down")
    ) and "," in s.text[max(p.span[1] for p in ph(s, u, "down") if p.span):min(a for _, a, _ in s.verb_spans)] and all(
            a.pos < min(p.span[0] for p in ph(s, u, "down") if p.span) for a in s.args):  # the request said of it
        # "db's down again, start it pls", "web is down, restart it": the state told, then a comma, then the request
        # it prompted (asked, "web down? restart it", it is a question: nothing runs)
        u = u.group("down")
    if (code := _code_looked_at(s, verbs)) is not None:
        # (inc21) an HTTP error code said right after one container, a look asked ("sev1 web 502 확인좀", "my-nginx 503
        # 봐줘"): the code is the trouble — its status and recent logs, as "web 502 뜸" is read
        return "status", u.arg(code)
    if _complaint_looked_at(s, u, verbs):
        # (inc21) a complaint of one container and a look asked ("cache 좀 봐줘 이상해", "web crashed, check it",
        # "cache is not responding, please check"): the complaint's own reads — its status and recent logs
        for g in ("complaint", "down"):
            u = u.group(g)
        return "status", u
    if verbs and has(s, u, "complaint"):
        u = u.arg(*_complained_of(s))  # "site's broken can someone restart web": what prompted it, never a target
        u = u.group("complaint")
    if verbs and has(s, u, "going_on"):
        u = u.group("going_on")  # "web keeps restarting, stop it": what prompted it  # "web 죽었어 재시작해줘", "web crashed, restart it": the state that prompted it
    no_start, u = use(s, u, "no_start")
    if no_start and "pull" in verbs and not {"run", "start", "create"} & set(verbs):
        pass  # (f22b) "pull the redis image, but do not run it": a pull runs nothing — the pull alone
    elif no_start:
        # "set up a redis container named q3 without starting it": create, never run
        if not set(verbs) <= {"run", "start", "create"} | MODIFIERS:
            raise Incomplete("parse.two_verbs", verbs=", ".join(verbs + ["create"]))
        u = u.ran(u.as_run | ({"start"} & set(verbs)))
        verbs = ["create" if v in ("run", "start") else v for v in verbs]
    fresh_en = [p for p in ph(s, u, "fresh") if not HANGUL.search(said(s, p))]
    fresh, u = use(s, u, "fresh")
    if fresh:
        # "start a fresh httpd container": a new container is run (-d), never create/start
        if not verbs and fresh_en and kind_of(s) in ("volume", "network"):
            verbs = ["create"]  # "new volume db2" (English "new" is a verb here; "새 볼륨" is not)
        elif not verbs and fresh_en and kind_of(s) == "container":
            verbs = ["run"]  # "new redis container pls": a new container is run (-d), as "spin up a new redis"
        elif (not verbs and fresh_en and kind_of(s) is None and has(s, u, "named") and len(s.args) == 1
              and s.args[0].type == "NAME" and fresh_en[0].span is not None and fresh_en[0].span[1] <= s.args[0].pos):
            # (f12en) "new redis named r13": a new one of an image, given a name — a new container is run (-d), as
            # "new redis container named r13" (the plan refuses a container's name as the image)
            verbs = ["run"]
        elif "start" in verbs or "run" in verbs:
            u = u.ran(u.as_run | {"start"})  # the verb said, never a word of a command to run
            verbs = ["run" if v == "start" else v for v in verbs]
        elif verbs == ["show"] and fresh_en and set(" ".join(s.text[a:b] for v, a, b in s.verb_spans).lower().split()) <= set(_LEX["give_new"]):
            # "give me a fresh redis called q11": a new one is given — a new container is run (-d), a new
            # volume or network made ("give me a new volume called v2")
            verbs = ["create"] if kind_of(s) in ("volume", "network") else ["run"]
    if "start" in verbs and not fresh and any(not HANGUL.search(said(s, p)) for p in ph(s, u, "rm_after")):
        # (lead32c) "start a throwaway ubuntu:focal that prints hi": a throwaway one is a new container, run (--rm) as
        # "run a throwaway …" is, never a container of that name started (Korean 임시 may say "for now": as read)
        u = u.ran(u.as_run | {"start"})
        verbs = ["run" if v == "start" else v for v in verbs]
    if _made_then_started(s):
        # (run21) "redis 컨테이너 하나 만들어서 켜줘", "httpd 만들어서 시작해": made, then started, is one run
        u = u.ran(u.as_run | {"start", "create"})
        verbs = ["run" if v in ("create", "start") else v for v in verbs]
        verbs = [v for i, v in enumerate(verbs) if v != "run" or "run" not in verbs[:i]]
    if s.lang == "ko" and fresh and verbs and set(verbs) <= {"publish", "mount", "expose"}:
        verbs.append("run")  # "httpd 새 컨테이너로 9002번 열어서": a new container with its port opened is run
    go, u = use(s, u, "go")
    if go and not verbs and any(has(s, u, g) for g in GO_OPTIONS):
        verbs = ["run"]  # "fastcampus/hello-world 8090포트로 ㄱㄱ": a run's options, then go
    if not verbs and _put_on(s):
        verbs = ["connect"]  # "put data on the backend network": one container put on a place (a network)
    if verbs == ["pull"] and _pulled_off(s):
        verbs = ["disconnect"]  # "pull web off backend": taken off a place, never an image pulled
    said_run = [s.text[a:b].strip() for v, a, b in s.verb_spans if v == "run"]
    light = [a for v, a, b in s.verb_spans if v == "run" and s.text[a:b].strip() in LIGHT
             and any(w != "run" and end <= a and not s.text[end:a].strip() and HANGUL.search(s.text[start:end])
                     for w, start, end in s.verb_spans)]
    if light and len(light) == len(said_run) and len(verbs) > 1:
        verbs.remove("run")  # "my-nginx 재시작 돌려줘": 돌리 after a verbal noun is that noun's 하다
        said_run = []
    printed = bool(said_run) and set(said_run) <= set(_LEX["print_ko"]) and not any(
        a.particle in ("from", "at", "as") or a.prep in ("in", "at") or a.type == "STRING" for a in s.args)
    if printed and len(verbs) > 1 and set(verbs) - {"run"} <= set(_LEX["print_reads"]):
        verbs = [v for v in verbs if v != "run"]  # (lead29) "stats 찍어줘", "컨테이너 목록 찍어줘": a read printed out
        said_run = []
    elif printed and verbs == ["run"] and any(has(s, u, g) for g in _LEX["print_read_groups"]):
        verbs = ["show"]  # (lead29) "stats 찍어줘", "web 메모리 찍어줘": what is used, printed out
        said_run = []
    peek = [v for v, a, b in s.verb_spans if v == "pull" and s.text[a:b].strip() in _LEX["peek"]]
    if peek and len(peek) == s.verbs.count("pull") and set(verbs) - {"pull"} and set(verbs) - {"pull"} <= set(WEAK) | {"logs"}:
        verbs.remove("pull")  # "web 로그 좀 까봐": 까보다 with a read is a look, not a pull
    received = [v for v, a, b in s.verb_spans if v == "pull" and s.text[a:b].strip() in _LEX["received_ko"]]
    if (received and len(received) == s.verbs.count("pull") and set(verbs) - {"pull"} and set(verbs) - {"pull"} <= {"logs", "list"}
            and not (s.reading is not None and _RECEIVED_THEN.search(s.reading.source))):
        verbs = [v for v in verbs if v != "pull"]  # (lead29) "volume 목록 좀 받아볼 수 있을까요?": a listing received, no pull
    fetch = [v for v, a, b in s.verb_spans if v == "pull" and s.text[a:b].strip().lower() in _LEX["fetch_logs"]]
    if fetch and len(fetch) == s.verbs.count("pull") and set(verbs) - {"pull"} == {"logs"}:
        verbs = [v for v in verbs if v != "pull"]  # "fetch cache logs since 10m": logs are fetched, never pulled
    said_ko = {v for v, a, b in s.verb_spans if HANGUL.search(s.text[a:b])}
    if (set(verbs) <= {"show", "list", "inspect"} and said_ko == {"show"} and "env" not in s.nouns
            and _command_placed(s, ("from",), words=2)):
        verbs = ["run"]  # "web에서 cat /etc/nginx/nginx.conf 보여줘": show what the command prints
    said_en = {s.text[a:b].strip().lower() for v, a, b in s.verb_spans if v == "show"}
    if (s.lang == "en" and verbs == ["show"] and said_en and said_en <= set(_LEX["check_run"])
            and any(a.type == "NAME" and a.prep in ("in", "at") and a.kind in (None, "container") for a in s.args)
            and any(a.type == "NAME" and a.prep is None and a.particle is None and a.kind is None for a in s.args)
            and any(w.startswith(("-", "/", "./")) for w in s.text[max(a for v, a, _ in s.verb_spans if v == "show"):].split())):
        # "check nginx -t on my-nginx", "hop on web and check nginx -v": the command (a program with its
        # flags or a path: "check disk usage on data" names no command line — asked, never run) runs there,
        # in a container that is (exec: "check nginx -t on nginx" starts no new container of the image nginx)
        verbs = ["exec"]
        u = u.ran(u.as_run | {"show"})
    if (verbs == ["run"] and said_run and set(said_run) <= set(_LEX["put_up"]) and kind_of(s) == "image" and "container" not in s.nouns
            and not any(a.kind == "container" for a in s.args)):
        verbs = ["push"]  # "team/app:2.1 이미지 올려줘": an image is put up (uploaded); "nginx 올려줘" runs
    to_registry, u = use(s, u, "to_registry")
    if to_registry and verbs:
        # "team/web:2 레지스트리로 올려줘": up to the registry is a push
        if not set(verbs) <= {"run", "push", "connect"}:
            raise Incomplete("parse.two_verbs", verbs=", ".join(verbs + ["push"]))
        verbs = ["push"]
    placed = any(a.particle == "from" or a.prep == "in" for a in s.args) or (
        bool(said_run) and set(said_run) <= TYPE_INTO and _command_placed(s, ("at", "as"))) or (
        bool(said_run) and set(said_run) <= SEND_ONLY and _program_sent_into(s))
    if verbs == ["run"] and not placed and said_run and set(said_run) <= SEND_ONLY:
        raise Incomplete("parse.need_target", what="container")  # "ping 보내": send it where?
    if verbs == ["run"] and said_run and set(said_run) <= SEND_ONLY - TYPE_INTO and _program_sent_into(s):
        verbs = ["exec"]  # (lead27) "cache에 redis-cli info memory 보내": into a container, never a new one of an image
    if verbs == ["rm"] and s.args and all(a.particle == "at" for a in s.args) and any(
            HANGUL.search(s.text[a:b]) and s.text[a:b].strip() in SEND for v, a, b in s.verb_spans):
        raise Incomplete("parse.need_command")  # "web에 날려": sent to web, nothing said to send — never a delete
    if verbs == ["rm"] and (any(a.particle == "from" for a in s.args) or _command_placed(s, ("at",))) and any(
            HANGUL.search(s.text[a:b]) and s.text[a:b].strip() in SEND for v, a, b in s.verb_spans):
        # "cache에서 redis-cli ping 날려", "web에 nginx -s reload 날려": 날리 sends a command, it deletes nothing —
        # into a container that is (exec), never a new container of an image named like the place ("X에 whoami 날려")
        verbs = ["exec"]
    if has(s, u, "latest") and set(verbs) <= {"show"} and verbs and kind_of(s) == "image":
        u = u.group("latest")
        verbs = ["pull"]  # "get the latest nginx image"
    if (verbs == ["update"] and kind_of(s) == "image" and not parse_swarm.about_services(s) and len(s.args) == 1
            and s.args[0].kind == "image" and s.args[0].prep is None and s.args[0].type == "NAME"
            and {s.text[a:b].strip().lower() for v, a, b in s.verb_spans} <= set(_LEX["update_image"])):
        verbs = ["pull"]  # "update the busybox image", "busybox 이미지 업데이트": its newest pulled
    if has(s, u, "latest") and verbs == ["pull"]:
        u = u.group("latest")  # "grab the latest nginx": the tag pulled without one is latest
    if verbs == ["publish"] and kind_of(s) == "image":
        verbs = ["push"]  # "publish the image team/api:0.9"
    again, u = use(s, u, "again")
    said_again = {s.text[a:b].strip() for v, a, b in s.verb_spans if v in ("start", "run")}
    if again and verbs in (["start"], ["run"]) and said_again and said_again <= set(_LEX["again_restart"]):
        verbs = ["restart"]  # "web 다시 좀 시작해" = "web 다시 시작해": started again is a restart
    if again and verbs in (["start"], ["run"]) and said_again and said_again <= set(_LEX["again_which"]):
        if not _again_alone(s):
            raise Incomplete("parse.again_which", said=" ".join(sorted(said_again)))  # "cache 다시 돌려": resume or restart?
        # (lead32a) said of its names alone ("my-volume 다시 돌려줘", "cache다시돌려"): made to go again, which the plan
        # decides by the container's state (m.Start.again: a start, a restart or an unpause) — never guessed here
        verbs = ["start"]
    brief, u = use(s, u, "brief")
    if verbs == ["restart"] and s.lang == "en" and {s.text[a:b].strip().lower() for v, a, b in s.verb_spans
                                                    if v == "restart"} <= set(_LEX["kick_off"]) and any(
            a.prep == "from" and a.kind == "network" for a in s.args) and len(
            [a for a in s.args if a.prep is None and a.type == "NAME"]) >= 1:
        verbs = ["disconnect"]  # (lead32c) "kick web off the backend network": out of it, never a restart
    if "shut" in verbs:  # "shut web down", "take web down", "bring db (back) up"
        said_shut = {s.text[a:b].strip().lower() for v, a, b in s.verb_spans if v == "shut"}
        last = _particle_last(s)
        if (len(verbs) == 1 and _particles_said(s) in _OFF_AND_ON and said_shut <= set(_LEX["turn_off"]) & set(_LEX["turn_on"])):
            u = u.group("seq").group("again")
            verbs = ["restart"]  # "turn cache off and on again": the restart idiom
        elif last in _LEX["particle_off"] and said_shut <= set(_LEX["turn_off"]):
            verbs = ["stop" if v == "shut" else v for v in verbs]  # "shut web off", "switch cache off"
        elif ((last in _LEX["particle_on"] and said_shut <= set(_LEX["turn_on"]))
              or (has(s, u, "last_back") and said_shut <= set(_LEX["bring"]) and _after_verb(s, u, "shut", "last_back"))):
            u = u.group("last_back")  # "turn db on", "switch db on", "bring db back"
            verbs = ["start" if v == "shut" else v for v in verbs]
        elif said_shut <= set(_LEX["take"]) and not has(s, u, "down") and any(a.prep == "from" for a in s.args):
            verbs = ["disconnect" if v == "shut" else v for v in verbs]  # "take web off backend"
        elif said_shut <= set(_LEX["bring"]) and _after_verb(s, u, "shut", "running"):
            u = u.group("running")
            verbs = ["start" if v == "shut" else v for v in verbs]
        else:
            # "shut web down": the down said after its verb — "cache is down, bring it back" is a state
            if not _after_verb(s, u, "shut", "down") or said_shut & set(_LEX["up_only"]):
                raise Incomplete("parse.no_verb")  # (en12) "fire web down": fired only up (lexicon `up_only`)
            u = u.group("down")
            verbs = ["stop" if v == "shut" else v for v in verbs]
    if brief:
        # "web 잠깐 멈춰", "stop web for a moment", "take cache down for a sec" (a phrasal stop too):
        # a stop for a moment is a pause
        verbs = ["pause" if v == "stop" else v for v in verbs]
        rest = tuple(_LEX["pause_rest_ko"])
        if (len(verbs) > 1 and set(verbs) == {"pause"}
                and any(s.text[a:b].strip().startswith(rest) for v, a, b in s.verb_spans if v == "pause")):
            # (lead32a) "data 좀 쉬게 잠깐 멈춰놔": let it rest (쉬게, a pause said as its purpose), stopped briefly — one pause
            verbs = ["pause"]
    u = u.group("last_back")  # said last with any other verb it changes nothing ("start web back")
    if "rm" in verbs and ("run" in verbs or "create" in verbs) and _rm_after_run(s):
        verbs.remove("rm")  # "실행 후 삭제", "run it and then delete it": --rm
    if has(s, u, "rm_after") and "rm" in verbs:
        verbs.remove("rm")
    run_at = min((a for v, a, _ in s.verb_spans if v == "run"), default=None)
    # a verb word typed after the run ("… run nginx -s reload": reload) is the command's own word
    typed_after = {v for v, a, b in s.verb_spans if run_at is not None and a > run_at and v != "run"
                   and re.fullmatch(r"[a-z][\w.\-]*", s.text[a:b].strip())}
    if [v for v in verbs if v not in typed_after] == ["run"] and _have_run(s):
        return "exec", u  # "have web run nginx -s reload": the container said before run runs the command
    asked_for = _asked_for(s) if not verbs else None
    if asked_for is not None:
        return "exec", u.arg(asked_for)  # "ask cache for redis-cli dbsize": the container asked runs the command
    if _runs_image(s, verbs):
        return "ancestor", u.group("running").group("question")  # "which containers run nginx": listed, never a run
    if _containers_asked_by_run(s, verbs):
        raise Incomplete("parse.question")  # "which containers run from redis on port 80": asked, never a run
    if "run" in verbs or "create" in verbs:
        main = "create" if "create" in verbs and "run" not in verbs else "run"
        others = [v for v in verbs if v not in MODIFIERS and v not in ("run", "create", "exec")]
        korean = [v for v, a, b in s.verb_spans if v in others and HANGUL.search(s.text[a:b])]
        if korean:
            raise Incomplete("parse.two_verbs", verbs=", ".join([main] + korean))
        run_at = min((a for v, a, _ in s.verb_spans if v in ("run", "create")), default=0)
        first_name = min((a.pos for a in s.args), default=run_at)
        before = [v for v, a, _ in s.verb_spans
                  if v in others and v not in WEAK and a < run_at and a < first_name]
        if before:
            # "kill cache 실행", "stop web 실행": a verb before the run is never a command to run
            raise Incomplete("parse.two_verbs", verbs=", ".join(before + [main]))
        placed_or_quoted = any(a.particle in ("from", "at", "as") or a.prep in ("in", "at") or a.type == "STRING"
                               for a in s.args)
        typed = _typed_verbs(s)  # "run ubuntu:focal ls / and remove it": `ls` is the command's
        left = [s.text[a:b].strip() for v, a, b in s.verb_spans if v in others and v not in before and a not in typed]
        if left and not placed_or_quoted:
            # "run alpine ls", "run nginx, ps", "alpine ls 실행": a verb word not placed as a command is
            # never dropped — the command's first word, or a second verb: ask, never run without it
            raise Incomplete("parse.stray_words", words=", ".join(f"`{w}`" for w in left))
        return main, u
    if "exec" in verbs:
        return "exec", u
    if not verbs and _probe_from(s):
        return "exec", u  # "ping 1.1.1.1 from data": the program is the verb, run in the container said last
    if not verbs and _gone_into(s):
        return "exec", u  # "jump into web and cat /etc/os-release": gone into it, the command runs there
    if verbs == ["pull"] and has(s, u, "past") and not free(s, u) and kind_of(s) == "image":
        verbs = ["list"]  # "이미지 뭐 받아놨지?": what was pulled is asked — the images are listed
    if verbs == ["pull"] and (has(s, u, "tail") or has(s, u, "since")) and kind_of(s) != "image":
        verbs = ["logs"]  # "grab the last 200 lines from my-nginx": lines are a log's, never an image's
    if not verbs and _how_is(s):
        return "inspect", u.group("running")  # "how's my-nginx", "what's up with data": how it is, asked — its details
    if ph(s, u, "how_often") and _open_on_asked(s, u, verbs):
        # "cache 포트 몇 번으로 열려 있어?": the port's number asked, never how often something was done (blind13)
        return "port", u.group("attr_verb").group("question").group("attr").group("how_often")
    asked_about, u = _asked_about(s, u, verbs)
    if asked_about:
        return asked_about, u
    # "what's in the backend network", "what is in network backend" (the kind between in and the name)
    placed_in = len(s.args) == 1 and s.args[0].kind in ("network", "volume") and (
        s.args[0].prep in ("in", "at") or [it[2] for it in s.items] in (["e_in", "noun", "arg"], ["e_at", "noun", "arg"]))
    if not verbs and placed_in and not s.phrases and set(_said_words(s)) & _WH:
        return "inspect", u  # "what's in the backend network": what it holds, its details
    one_container = (len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
                     and not [p for p in s.phrases if p.group not in ("attr", "question", "running")])
    if "pull" in verbs and ("proc" in s.nouns or _usage_asked(s, u, [v for v in verbs if v != "pull"])):
        fetched = [v for v, a, b in s.verb_spans if v == "pull" and s.text[a:b].strip().lower() in _LEX["fetch_logs"]]
        if len(fetched) == verbs.count("pull"):
            # (f14en) "grab the processes running in cache", "fetch the cpu usage of web": processes and usage are
            # fetched as logs are (grammar/lexicon.txt `fetch_logs`), never pulled — no image has them
            verbs = [v for v in verbs if v != "pull"] or ["show"]
    if _usage_asked(s, u, verbs):
        # "cache cpu 사용량", "web 메모리 얼마나 먹어?", "how much memory is web using", "which container eats the
        # most cpu": one sample of the containers' use (docker stats --no-stream); a write said with it ("cpu 제일
        # 많이 먹는 컨테이너 죽여": which one?) is never done on a guess
        # (w2f13ko) usage shared is usage shown: "전체 컨테이너 리소스 사용량 좀 공유 부탁드립니다" = docker stats --no-stream
        if not set(verbs) <= {"show", "list", "inspect", "share"}:
            raise Incomplete("parse.two_verbs", verbs=", ".join(verbs + ["stats"]))
        if not verbs and has(s, u, "complaint") and (prompted := _complained_of(s)):
            # (inc21) "cache oom, stats cache", "cache crashed, stats cache": the trouble that prompted the look
            u = u.arg(*prompted).group("complaint")
        return "stats", u
    if "layers" in s.nouns and not set(verbs) <= {"show", "list", "inspect"}:
        # (hist17) "nginx 이미지 히스토리 지워", "delete the layers of redis": an image's history is no docker object —
        # a write on it is never widened to the image's
        raise Incomplete("parse.two_verbs", verbs=", ".join(verbs + ["history"]))
    if "layers" in s.nouns and [a.kind for a in s.args if a.type == "NAME"] == ["image"]:
        # (hist17) "redis 이미지 히스토리", "show the history of the nginx image", "nginx 이미지 레이어 보여줘": docker history
        return "history", u
    if "layers" in s.nouns and _history_kinds(s) == [None]:
        # (en24a) "layers of redis", "redis 레이어 보여줘": one name said bare, no kind — an image's history when the
        # engine has that image and no container of that name (the plan decides: `History.bare`, a read)
        return "history", u
    if "layers" in s.nouns:
        # (hist17) "web 히스토리 보여줘", "show the history of web": a history is an image's (a container's would be
        # its logs or its details: a guess) — the word is never dropped
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(a, b).strip()}`" for (a, b, name, _), k in zip([i for i in s.items if i[2] == "noun"], s.nouns)
            if k == "layers"))
    if "proc" in s.nouns and not set(verbs) <= {"show", "list"}:
        # "web 프로세스 죽여", "kill processes in web": a process in a container is no docker object — a
        # write on it is never widened to the container's
        raise Incomplete("parse.two_verbs", verbs=", ".join(verbs + ["top"]))
    if (one_container or joined_containers(s)) and "proc" in s.nouns and set(verbs) <= {"show", "list"}:
        return "top", u.group("running")  # "processes in web", "web 프로세스 보여줘", "what processes are running in web"
    if (s.lang == "en" and not verbs and not s.phrases and [it[2] for it in s.items] == ["noun", "arg"]
            and s.args[0].type == "NAME" and s.args[0].kind == "proc" and s.args[0].prep is None):
        # (w2en) terse, the noun first: "procs web", "processes cache" (its processes: docker top)
        return "top", u
    if (s.lang == "en" and verbs and set(verbs) <= {"show", "list"} and not s.phrases
            and (len(s.args) == 1 or joined_containers(s))
            and s.args[0].type == "NAME" and s.args[0].kind == "proc" and s.args[0].prep is None
            and [it[2] for it in s.items if not it[2].startswith("v_")] == ["noun", *["arg"] * len(s.args)]):
        # (q20) shown, the noun first and for before the name (a word of nothing): "show processes for cache" ·
        # "list processes for web" · "show me the processes for data" (its processes: docker top)
        return "top", u
    port_attr = [p for p in ph(s, u, "attr") if _port_said(said(s, p))]
    if (s.lang == "en" and not verbs and [it[2] for it in s.items] == ["attr", "arg"] and len(port_attr) == 1
            and one_container and s.args[0].prep is None):
        # (f12en) terse, the noun first, as "procs web": "ports cache", "port web" (its published ports: docker port)
        return "port", u.group("attr")
    if _open_on_asked(s, u, verbs):  # "web 어떤 포트로 열려있어요?"
        return "port", u.group("attr_verb").group("question").group("attr").group("going_on_ko")
    if ((one_container or joined_containers(s)) and port_attr and verbs and set(verbs) <= {"show", "list", "publish"}
            and ("publish" in verbs or not set(_said_words(s)) & set(_LEX["wh"]))):
        # "what ports does web publish", "show the ports of web", "web 포트 보여줘" (asked with a question
        # word alone, "what port is web on?", it is its details: `_property_asked`)
        return "port", u
    if (s.lang == "en" and one_container and port_attr and not verbs and [it[2] for it in s.items] == ["arg", "attr"]
            and not set(_said_words(s)) & set(_LEX["wh"])):
        return "port", u  # (en13) terse, no verb and no question word: "web's ports", "cache ports pls" (docker port)
    if (one_container and port_attr and not verbs and _property_said_of_en(s)
            and not set(_said_words(s)) & set(_LEX["wh"])):
        return "port", u  # (lead27) "ports on my-nginx", "ports of web": the ports said of it (docker port)
    if _where_mounted(s, verbs):
        return "where_mounted", u
    if _who_uses(s, verbs):
        # (w2en) "who's using pgdata", "are any containers using redis": the containers of an image or a volume
        return "ancestor", u.group("attr_verb")
    if _by_image(s, u, verbs):
        # "which containers use nginx", "nginx로 돌아가는 컨테이너 목록": docker ps --filter ancestor=nginx
        return "ancestor", u.group("attr_verb").group("running").group("question").group("usage_verb")
    if _property_asked(s, u, verbs):
        for g in ("attr", "attr_verb", "running", "question", "usage_verb"):
            u = u.group(g)
        return "property", u
    strong = [v for v in verbs if v not in WEAK and v not in MODIFIERS]
    if "connect" in verbs and not strong:
        return "connect", u
    reads = [v for v in verbs if v in WEAK or v == "logs"]
    if strong and reads and (_get_it_done(s, strong) or _gets_one(s, strong)):
        reads = []  # (w2en) "get db started", "let's get web restarted": the show verb "get" asks the participle done
    if strong and reads and not (set(strong) <= {"logs"}):
        # "inspect web 삭제", "web 상세정보 보여줘 web stop 해줘": a read and a write, never one dropped
        raise Incomplete("parse.two_verbs", verbs=", ".join(reads + strong))
    if len(strong) > 1:
        if set(strong) == {"stop", "kill"}:
            return "kill", u
        if _pause_released(s):
            return "unpause", u  # (lead27) "release the pause of data", "lift the pause on web": the pause is a noun
        raise Incomplete("parse.two_verbs", verbs=", ".join(strong))
    if strong and strong[0] in _LIFECYCLE_VERBS | {"rm", "prune"} and set(verbs) & MODIFIERS - {"connect"} and not (
            strong == ["start"] and _mount_placed_en(s)):
        # "web 마운트 지워", "delete web mount", "web 마운트 재시작": a mount (a port published, a volume
        # shared) only adds to a run or a create — said with a write on a container it says what of it is
        # meant, and the container is never removed, stopped or restarted in its place
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(a, b).strip()}`" for a, b, name, _ in s.items
            if name.startswith("v_") and name[2:] in MODIFIERS))
    if strong:
        return strong[0], u
    if (not s.verbs and has(s, u, "since") and s.lang == "en"
            and set(s.text.lower().split()) & set(_LEX["time_given_en"])):
        # (break8) "give web 5 seconds": time given, no verb — a grace with no stop, never a window of its logs
        raise Incomplete("parse.unused", words=", ".join(f"`{_shown_phrase(s, p)}`" for p in ph(s, u, "since")))
    if s.lang == "en" and (counted := [p for p in ph(s, u, "since") if _http_codes_said(s, p)]):
        # (en25) "web 502s", "cache 404s": HTTP error codes counted (a plural), never a window of seconds — asked,
        # unless the whole is an alert's line (bot/language/parse.py `_alert_code_en`: its status and recent logs)
        raise Incomplete("parse.unused", words=", ".join(f"`{_shown_phrase(s, p)}`" for p in counted))
    if (has(s, u, "tail") or has(s, u, "since") or has(s, u, "few_lines") or has(s, u, "one_line") or has(s, u, "tail_f")) and not _said_in_place(s):
        # "gimme the last 50 log lines of cache", "show the last few lines of web", "tail -f web" (followed); a flag
        # of a command said in a container ("cache에서 redis-cli -n 1 dbsize": -n 1) is the command's, no log window
        return "logs", u
    if _do_in_place(s):
        return "run", u  # "ubuntu:focal에서 cat /etc/os-release 해줘": do it there = run it there
    if _said_in_place(s):
        # "my-volume에서 whoami": no verb at all, the command said last — done there: in the container of that
        # name (exec), or a run of an image the engine has ("alpine에서 echo hi"); never an image pulled for
        # it ("nobody에서 whoami": RunContainer.placed, the plan refuses)
        return "run", u
    if not verbs and has(s, u, "restart_policy") and any(has(s, u, g) for g in ("port", "named", "name_as")):
        # "nginx 9095 포트에 edge8 이름으로 항상 재시작하게": a new container's options, no verb — only a
        # run takes a restart policy with a port or a name (the image is checked by the plan)
        return "run", u
    for v in ("logs", "inspect", "list", "show"):
        if v in verbs:
            return v, u
    if verbs:
        raise Incomplete("parse.no_verb")
    terse = _terse_verb(s, u)
    if terse is not None:
        return terse, u  # (w2en) "web off", "db on", "cache off then on", "nginx on 8080": chat with no verb
    if _image_present(s):
        # "httpd 이미지 있나?", "redis 이미지 받아져 있어?": docker images httpd
        return "image_present", u.group("asked").group("question").group("past")
    if _thing_present(s):
        # (k15en, k15ko) "does the pgdata volume exist?", "is there a backend network?", "pgdata 볼륨 있어?": whether it is
        # there, asked — its details (docker volume/network inspect; the plan says when there is none)
        return "inspect", u.group("asked").group("question").group("past")
    if has(s, u, "help"):
        return "help", u
    if "env" in s.nouns and s.args:
        return "show", u  # "what are the env vars in web?"
    if _dir_asked(s):
        return "show", u  # (w2mix) "whats in /usr/share/nginx/html on web", "web /etc에 뭐 있어": a directory's listing
    for p in ph(s, u, "complaint"):
        codes = [v for v, t in zip(p.values, p.types) if t == "INT"]
        if codes and not all(400 <= int(c) <= 599 for c in codes):
            raise Incomplete("parse.no_verb")  # "nginx 8080 떠": no error code said
    if _wanted_running(s, u):
        return "start", u.group("running")  # "db needs to be running", "cache should be up": asked for it done
    if _state_pair_asked(s):
        return "inspect", u.group("all").group("question")  # (q20) "is db running or not": its status
    state = [g for g in ("complaint", "down", "running", "stopped", "alive", "paused") if has(s, u, g)]  # (k15en) paused
    if state == ["running"] and _running_inside_asked(s):
        return "top", u.group("running")  # "what's running inside cache", "cache 안에 뭐 돌고 있어": its processes
    if state and s.args and all(a.type == "NAME" and a.kind in (None, "container") for a in s.args) and _state_said(s):
        # "web 뻗었어", "cache 죽었나?", "web is down", "is web dead?", "web 살아 있어?": a state said
        # of a container, no verb — its status is shown (a read); a restart is asked for, never guessed
        for g in state:
            u = u.group(g)
        # (sarcasm around it — "oh great, web is down again, love that" — stays unread: the tables disagree on
        # whether it asks for a look (fresh9) or runs nothing (fresh10); nothing run is the safe side)
        # said as trouble ("web 뻗었어", "is web dead?", "cache is down"): the status and the recent
        # logs, as an on-call engineer looks first; asked of a live state ("is cache running?"): the status
        # asked whether it happened ("did web crash?", "did cache die?"): its details (State: ExitCode, OOMKilled)
        asked_if = has(s, u, "question") and (s.lang == "en" or _denial_asked(s))
        return ("status" if _trouble(s, state) and not asked_if else "inspect"), u
    for g, done in (("stopped", "stop"), ("paused", "pause")):
        # "i want cache stopped": asked for it done; (w2en) "web paused please", "i need data paused"
        # (brk23) closed by a "?" kept after a wish ("my-nginx should be paused?"): asked, never done
        if (s.lang == "en" and has(s, u, g) and (set(_said_words(s)) & _GET_DONE or _need_phrase_said(_said_words(s)))
                and s.args
                and not s.text.rstrip().endswith("?")
                and all(a.type == "NAME" and a.kind in (None, "container") for a in s.args)
                and all(p.span is not None and p.span[0] > max(a.pos for a in s.args) and said(s, p).lower() in _LEX["state_done"]
                        for p in ph(s, u, g))):
            return done, u.group(g)
    # (en22) paused too, asked of no name: "what's paused right now" · "anything paused?" · "which ones are paused"
    if not s.args and (has(s, u, "running") or has(s, u, "stopped") or has(s, u, "paused")
                       or (s.nouns and set(s.nouns) <= {"container", "image", "volume", "network", "service", "node"})):
        if has(s, u, "paused") and not s.nouns and not (has(s, u, "running") or has(s, u, "stopped")):
            return "list", u.add("all")  # (en22) "what's paused right now": every container, then the paused ones
        return "list", u  # "images", "볼륨", "containers", "what is running"
    if (s.lang == "en" and not s.args and not s.nouns and state and set(state) <= {"complaint", "down"}
            and set(_said_words(s)) & set(_LEX["anything_said"])):
        # (en12) "anything crashing?", "anything down right now?", "is anything broken?": trouble asked of no
        # container — every container with its state (docker ps -a), a read; never a write
        for g in (*state, "question"):
            u = u.group(g)
        return "list", u.add("all")
    raise Incomplete("parse.no_verb")


def _state_pair_asked(s: Said) -> bool:
    """(q20) English, a pair of states (grammar/natural.lark `all_states`) said of one named container, no verb nor other
    phrase: "is db running or not" · "is cache running or stopped?" · "web alive or dead?" — its state asked (docker
    inspect), never every container listed ("list every container, dead or alive" has its verb)."""
    return (s.lang == "en" and not s.verbs and len(s.args) == 1 and s.args[0].type == "NAME"
            and s.args[0].kind in (None, "container") and s.args[0].prep is None and bool(s.phrases)
            and all(p.group in ("all", "question") for p in s.phrases)
            and all(any(t.data == "all_states" for t in p.subs) for p in s.phrases if p.group == "all"))


def _usage_asked(s: Said, u: Used, verbs: list[str]) -> bool:
    """The use of the machine asked (grammar `usage`, or `memory` said alone — a word, no limit — asked
    how much of, or shown: "how much memory is web using", "show web memory"), of containers or of none
    (every running one). A command to run (exec, run) has been read before: its words are its own."""
    memory_alone = any(not p.values for p in ph(s, u, "memory")) and (
        has(s, u, "much") or has(s, u, "when_asked") or has(s, u, "usage_verb") or set(verbs) <= {"show", "list"})
    if not (has(s, u, "usage") or memory_alone):
        return False
    return all(a.type in ("NAME", "ALL_RUNNING") and a.kind in (None, "container") for a in s.args)


def _asked_about(s: Said, u: Used, verbs: list[str]) -> tuple[str | None, Used]:
    """A question about one object (grammar `why`, `how_often`, `what_set`, `where`, `mountpoint`,
    or what is attached to a network), read as its details: "db 왜 Created 상태야", "cache 재시작 몇 번
    했어?", "my-volume 마운트 뭐 돼 있어?" -> "property" (docker inspect of the container); "db 볼륨
    어디에 있어?", "pgdata 볼륨 마운트포인트 알려줘" -> "inspect" (by its kind); "backend 네트워크에 뭐 붙어
    있어?" -> "members" (docker network inspect). Raises Incomplete (a question) when another verb
    is said with it; None when no such question is said."""
    asked = [g for g in ("why", "how_often", "what_set") if has(s, u, g)]
    if has(s, u, "how_often") or has(s, u, "when_asked"):
        u = u.group("today")  # (f12ko) "오늘 web 몇 번 재시작됐는지 알려줘요": today, of what is asked
    if asked:
        names = [a for a in s.args if a.type == "NAME" and a.kind in (None, "container")]
        allowed = _LIFECYCLE_VERBS | WEAK | ({"mount", "expose"} if "what_set" in asked else set())
        if (asked == ["what_set"] and verbs == ["publish"] and len(names) == 1 and len(s.args) == 1
                and any(_port_said(said(s, p)) for p in ph(s, u, "attr"))
                and all(p.group in ("what_set", "attr", "question") for p in s.phrases)):
            return "port", u.group("what_set").group("question")  # "my-nginx 포트 매핑 뭐로 돼있어" (ctx10)
        if len(names) != 1 or len(s.args) != 1 or not set(verbs) <= allowed:
            raise Incomplete("parse.question")  # "web 왜 지워?": asked, never done
        if "why" in asked and has(s, u, "going_on") and not verbs:
            # (k15en) "why does my-nginx keep restarting?", "why does cache keep exiting": a trouble over and over,
            # asked — its status and recent logs, as a complaint's (never the verb said)
            for g in ("why", "going_on", "question"):
                u = u.group(g)
            return "status", u
        if "why" in asked and _why_told(s, u):
            # "why did web stop", "why is cache restarting": what happened is asked — its details; a state
            # that does not come ("why is db not starting"): its status and recent logs, as a complaint's
            for g in ("why", "question", "neg"):
                u = u.group(g)
            if has(s, u, "neg"):
                return "status", u
            return "property", u
        if "how_often" not in asked and set(verbs) & _LIFECYCLE_VERBS:
            raise Incomplete("parse.question")  # "web 왜 재시작해?": why it is done is asked, not a request
        if "why" in asked and has(s, u, "neg") and _why_not_complained(s, u):
            # (gex24) "why won't cache respond?": no answer, asked why — as "cache will not respond", a complaint
            for g in ("why", "neg", "complaint", "question"):
                u = u.group(g)
            return "status", u
        # a trouble that does not come about, its 안 first ("db 왜 안 떠 있어?") or inside it ((lead29) "my-nginx 왜 응답을 안
        # 해?": no answer, asked why)
        not_coming = [p for p in ph(s, u, "complaint") if _LEX["not_so_ko"][0] in said(s, p).split()]
        if "why" in asked and not verbs and not ph(s, u, "why")[0].values[1:] and (
                ((has(s, u, "stopped") or has(s, u, "down")) and not has(s, u, "complaint"))
                or (not_coming and len(not_coming) == len(ph(s, u, "complaint")))):
            # "db 왜 꺼져 있지?", "web 왜 죽어 있어?", "why is web down" (a state it is in now), "db 왜 안 떠 있어?"
            # (a state that does not come, as "why won't db start"): a complaint asked — its status and recent logs
            # ("why is cache slow", "web 왜 죽었어?": what happened, asked — proposed below, never answered blind)
            for g in ("why", "stopped", "down", "complaint", "question"):
                u = u.group(g)
            return "status", u
        if "why" in asked and any(has(s, u, g) for g in TROUBLE) and not verbs:
            # "web 왜 죽었어?" (why did it die): a question, not a look — the reads of a complaint (its
            # status and recent logs) are proposed without the word of why (tests/test_propose_lang.py)
            why = [said(s, p) for p in ph(s, u, "why")]
            for g in ("why", *TROUBLE, "past", "question"):
                u = u.group(g)
            cmd, u = status(s, u, "status", kind_of(s))
            check_all_used(s, u)
            raise Incomplete("parse.partial", proposal=cmd, unread=tuple(why),
                             words=", ".join(f"`{w}`" for w in why))
        for g in (*asked, "past", "question", "running", "stopped", "paused", "attr", "attr_verb"):
            u = u.group(g)
        return "property", u
    if has(s, u, "where_mounted") or (has(s, u, "stored") and (has(s, u, "where") or set(_said_words(s)) & _WHERE_ASKED)):
        # "pgdata 어디에 저장돼 있어?", "where does pgdata live on disk": where its data is kept — a volume's
        # details (docker volume inspect: Mountpoint); a container's mounts are asked by the word mount
        if (len(s.args) != 1 or s.args[0].type != "NAME" or s.args[0].kind not in (None, "volume")
                or not set(verbs) <= WEAK):
            raise Incomplete("parse.question")
        for g in ("stored", "where", "where_mounted", "question"):
            u = u.group(g)
        return "where_mounted", u
    where = [g for g in ("where", "mountpoint") if has(s, u, g)]
    if where:
        # "my-volume 마운트 어디야": where its mounts are, asked (the verb mount said as the property)
        if len([a for a in s.args if a.type == "NAME"]) != 1 or len(s.args) != 1 or set(verbs) - WEAK - {"mount"}:
            raise Incomplete("parse.question")
        for g in (*where, "question"):
            u = u.group(g)
        return "inspect", u
    if _attached_asked(s, u, verbs) or _on_network_asked_en(s, verbs):
        return "members", u.group("attr_verb").group("question")  # "backend 네트워크에 web 붙어있나?"
    if len(s.args) != 1 or not set(verbs) <= {"connect"}:
        return None, u
    # the network said with 에 in Korean, after on/to/in in English ("who's on backend", "what's connected to backend")
    at = [a for a in s.args if a.type == "NAME" and (a.particle == "at" or (s.lang == "en" and a.prep in ("at", "in")))
          and a.kind in (None, "network")]
    words = set(re.findall(r"[^\s,.?!]+", s.text.lower()))
    # who is there, asked ("backend 네트워크에 누가 있어?", "who's on backend"): its members, no verb needed
    who = bool(words & set(_LEX["who_asked"])) and not verbs and all(p.group == "question" for p in s.phrases)
    if s.lang == "en" and not who and words & set(_LEX["what_on_asked"]) and not verbs and len(at) == 1:
        # (en15) "what's on backend", "what is on backend?": said after on, what is there is who is there
        who = at[0].prep == "at" and all(p.group == "question" for p in s.phrases)
    if len(at) == 1 and (((has(s, u, "attr_verb") or verbs == ["connect"]) and words & _WH) or who):
        return "members", u.group("attr_verb").group("question")  # "backend 네트워크에 뭐 붙어 있어?"
    return None, u


_LIFECYCLE_VERBS = {"start", "stop", "kill", "pause", "unpause", "restart"}


def _property_said_of_en(s: Said) -> bool:
    """English: a property, then `of` or `on` (grammar/lexicon.txt `property_of_en`), then one name, nothing else said
    ("uptime of my-volume", "ports on my-nginx")."""
    return (s.lang == "en" and [it[2] for it in s.items] in (["attr", "e_from", "arg"], ["attr", "e_at", "arg"])
            and s.text[s.items[1][0]:s.items[1][1]].strip().lower() in _LEX["property_of_en"])


def _pause_released(s: Said) -> bool:
    """(lead27) English: the verb of unpausing, then "the" and the word of pause as its noun ("release the pause of data"):
    one unpause, never two verbs (grammar/lexicon.txt `article_en`)."""
    spans = s.verb_spans
    if s.lang != "en" or [v for v, _, _ in spans] != ["unpause", "pause"]:
        return False
    between = s.text[spans[0][2]:spans[1][1]].split()
    return len(between) == 1 and between[0].lower() in _LEX["article_en"]


def _open_on_asked(s: Said, u: Used, verbs: list[str]) -> bool:
    """The port one container is open on, asked (ctx10): Korean, one container, the port said (an `attr`, or the
    question of its number read as `v_inspect`), the verb of being open on (grammar/lexicon.txt `open_on`) and
    nothing else — "web 어떤 포트로 열려있어요?", "web 포트 뭐 열려있어": what it publishes (docker port)."""
    # (blind13) asked to be looked at ("web이 어떤 포트로 열려있는지 확인해줘"); and the port kept open said with the
    # progressive of opening, after the question of which port ("web이 어떤 포트 열어두고 있는지 확인 부탁드립니다")
    kept_open = ("publish" in verbs and "inspect" in verbs and bool(ph(s, u, "going_on_ko"))
                 and set(verbs) <= {"inspect", "show", "publish"})
    if s.lang != "ko" or not (set(verbs) <= {"inspect", "show"} or kept_open) or len(s.args) != 1:
        return False
    if s.args[0].type != "NAME" or s.args[0].kind not in (None, "container"):
        return False
    if not kept_open and not any(said(s, p).replace(" ", "") in _LEX["open_on"] for p in ph(s, u, "attr_verb")):
        return False
    port_attr = any(_port_said(said(s, p)) for p in ph(s, u, "attr"))
    # "cache 포트 몇 번으로 열려 있어?": 몇 번 after the port said is its number asked, never how often (blind13)
    # (lead27) the container's port said by its number ("db 컨테이너 3306 포트 매핑 돼 있어?"): that port's mapping
    numbered = [p for p in ph(s, u, "port") if len(p.values) == 1 and p.values[0].isdigit()]
    return (port_attr or "inspect" in verbs or len(numbered) == 1) and all(
        p.group in ("attr", "attr_verb", "question") or (port_attr and p.group == "how_often")
        or (kept_open and p.group == "going_on_ko") or (len(numbered) == 1 and p in numbered) for p in s.phrases)


def _attached_asked(s: Said, u: Used, verbs: list[str]) -> bool:
    """Whether a container is on a network, asked (ctx10): Korean, no verb, two names — the network said with
    에 (or its kind) and a container — and the verb of being attached (`attr_verb` 붙다) with nothing else
    said: "backend 네트워크에 web 붙어있나?" is answered by the network's members (docker network inspect)."""
    if s.lang != "ko" or verbs or len(s.args) != 2 or any(a.type != "NAME" for a in s.args):
        return False
    if not has(s, u, "attr_verb") or any(p.group not in ("attr_verb", "question") for p in s.phrases):
        return False
    nets = [a for a in s.args if a.particle == "at" and a.kind in (None, "network")]
    if len(nets) != 1:
        return False
    if s.args[0] is nets[0]:
        return s.args[1].kind in (None, "container")
    # (k15ko) the container said first as the subject or topic (이/가/은/는): "web이 backend에 붙어 있어?" — the same
    return s.args[0].particle == "topic" and s.args[0].kind in (None, "container")


def _on_network_asked_en(s: Said, verbs: list[str]) -> bool:
    """(k15en) Whether a container is on a network, asked in English with the copula first: "is web on the backend
    network?", "is cache connected to backend?", "are web and … attached to the backend network" (one container only):
    the container right after the copula, the network after on/in/to — said with its kind, or with the verb connect
    said as a state ("connected", "attached"); nothing else said. Answered as in Korean (`_attached_asked`): the
    network's members (docker network inspect), never a connect."""
    if s.lang != "en" or not set(verbs) <= {"connect"} or len(s.args) != 2 or any(a.type != "NAME" for a in s.args):
        return False
    if any(p.group != "question" for p in s.phrases):
        return False
    words = _said_words(s)
    box, net = s.args
    if not words or words[0] not in _COPULA or box.kind not in (None, "container") or box.prep or box.particle:
        return False
    said_verbs = [s.text[a:b].strip().lower() for _, a, b in s.verb_spans]
    stated = all(v in _LEX["connected_state_en"] for v in said_verbs)
    return net.prep in ("at", "in") and stated and (net.kind == "network" or verbs == ["connect"])


def _place_then_word(s: Said) -> None:
    """"my-volume에서 rm", "data에서 stop": a docker verb typed in ASCII after a container said with 에서, alone —
    the command to run there or the verb on the container? ask (parse.two_verbs), never guess a delete."""
    if s.lang != "ko" or len(s.verb_spans) != 1 or len(s.args) != 1:
        return
    places = [a for a in s.args if a.particle == "from"]
    if len(places) != 1:
        return
    v, a, b = s.verb_spans[0]
    if (v in _LIFECYCLE_VERBS | {"rm"} and a > places[0].pos and re.fullmatch(r"[a-z]+", s.text[a:b].strip())
            and not HANGUL.search(s.text[a:])):
        raise Incomplete("parse.two_verbs", verbs=f"exec, {v}")


def _probe_from(s: Said) -> Arg | None:
    """English, no verb, the sentence starting with a probing program (grammar/lexicon.txt `probe_from`)
    and ending with the container it runs from: "ping 1.1.1.1 from data" — that container."""
    if s.lang != "en" or not s.items or not s.args:
        return None
    first, last = s.items[0][3], s.args[-1]
    if not (isinstance(first, Arg) and first.type == "NAME" and first.prep is None and first.value in _LEX["probe_from"]):
        return None
    if last is first or last.type != "NAME" or last.prep not in ("from", "in", "at") or last.kind not in (None, "container"):
        return None
    if not [it for it in s.items[1:-1] if it[2] not in ("e_from", "e_in", "e_at")]:
        return None  # "ping from web": ping what? never the program alone
    if s.items[-1][3] is not last:
        return None
    return last


def _have_run(s: Said) -> bool:
    """English "have web run nginx -s reload": the sentence starts with a word of grammar/lexicon.txt
    `have_run`, then one container name, then the verb run, then bare words (the command)."""
    if s.lang != "en" or len(s.items) < 3:
        return False
    first = s.text[:s.items[0][0]].split()
    (_, _, _, target), (_, _, verb, _) = s.items[0], s.items[1]
    return (len(first) == 1 and first[0].lower() in _LEX["have_run"] and verb == "v_run"
            and isinstance(target, Arg) and target.type == "NAME" and target.kind in (None, "container")
            and target.prep is None and target.particle is None
            and _typed_words(s, [s.items[2], *(it for it in s.items[3:] if not _verb_typed(s, it))]))


def _verb_typed(s: Said, item: tuple[int, int, str, Arg | Phrase | None]) -> bool:
    """A verb word typed in the command's words after its first ("… run nginx -s reload": reload)."""
    a, b, name, _ = item
    return name.startswith("v_") and re.fullmatch(r"[a-z][\w.\-]*", s.text[a:b].strip()) is not None


def _asked_for(s: Said) -> Arg | None:
    """English "ask cache for redis-cli dbsize": the sentence starts with a word of grammar/lexicon.txt `ask_for`
    (no word of the grammar: read as a name), then one container name, then a word of `ask_for_then` ("for"),
    then bare words (the command) — no verb. The first word, or None."""
    if s.lang != "en" or len(s.items) < 4 or s.text[:s.items[0][0]].strip():
        return None
    (_, _, _, asked), (_, end, _, target) = s.items[0], s.items[1]
    between = s.text[end:s.items[2][0]].split()
    ok = (isinstance(asked, Arg) and asked.type == "NAME" and asked.value.lower() in _LEX["ask_for"]
          and asked.prep is None and asked.particle is None and asked.kind is None
          and len(between) == 1 and between[0].lower() in _LEX["ask_for_then"]
          and isinstance(target, Arg) and target.type == "NAME" and target.kind in (None, "container")
          and target.prep is None and target.particle is None
          and all(p.group in ABSORBED for p in s.phrases)
          and all((isinstance(w, Arg) and w.prep is None and w.particle is None and w.kind is None)
                  or name in ABSORBED for _, _, name, w in s.items[2:]))
    return asked if ok and isinstance(asked, Arg) else None


def _typed_words(s: Said, items: Sequence[tuple[int, int, str, Arg | Phrase | None]]) -> bool:
    """Every item is a bare word or an English phrase a command's words hold (ABSORBED: `-n`, `-c 1`,
    an address): a command typed as is ("cat /etc/hostname", "echo hi -n"); no other phrase said."""
    if any(p.group not in ABSORBED and not (p.span and _bare_word_phrase(s, p.name, *p.span)) for p in s.phrases):
        return False
    return all((isinstance(w, Arg) and w.prep is None and w.particle is None and w.kind is None)
               or (name in ABSORBED and not HANGUL.search(s.text[a:b])) or (a > s.items[0][0] and _bare_word_phrase(s, name, a, b))
               for a, b, name, w in items)


# (en15) phrases said as one bare English word that, after a command's first word, are the command's words: "memory"
# with no size caps nothing ("have cache run redis-cli info memory")
_BARE_WORD_PHRASES = frozenset({"memory"})


def _bare_word_phrase(s: Said, name: str, start: int, stop: int) -> bool:
    return name in _BARE_WORD_PHRASES and re.fullmatch(r"[a-z]+", s.text[start:stop].strip()) is not None


def _exec_into(s: Said) -> bool:
    """English "exec into X …" (natural.lark `prep`: a place gone into whose first word is the verb exec)."""
    return any(name == "e_in" and s.text[a:b].split()[0].lower() in _LEX["exec_into"]
               for a, b, name, _ in s.items)


def _shell_asked(s: Said) -> bool:
    """English "get a shell on X", "give me a shell in web" (natural.lark `prep`: a place gone into whose
    first word is grammar/lexicon.txt `shell_into`), one name, nothing said after it: a terminal asked for."""
    gone = [i for i, (a, b, name, _) in enumerate(s.items)
            if name == "e_in" and s.text[a:b].split()[0].lower() in _LEX["shell_into"]]
    return (len(gone) == 1 and len(s.args) == 1 and s.args[0].type == "NAME" and not s.phrases
            and gone[0] + 2 == len(s.items) and s.items[-1][3] is s.args[0])


def _shell_opened(s: Said) -> bool:
    """A terminal opened on one container, said with no verb: English "open a shell in web" (natural.lark
    `shell_open`, then the container after in/on/into) or Korean "web 쉘 열어줘" (the particle `p_shell` on it) —
    one name, nothing else said."""
    one = len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
    if not one or [p for p in s.phrases if p.group != "shell_open"]:
        return False
    if s.args[0].particle == "shell":
        return not s.phrases
    shape = [name for _, _, name, _ in s.items]
    return len(s.phrases) == 1 and shape in (["shell_open", "e_in", "arg"], ["shell_open", "e_at", "arg"])


def _how_is(s: Said) -> bool:
    """English "how's my-nginx", "how is cache?" (the sentence's first word grammar/lexicon.txt `how_asked`, then
    one container) and "what's up with data" (a question word, up, with, one container): how a container is,
    asked — its details (docker inspect)."""
    words = _said_words(s)
    one = len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
    shape = [it[2] for it in s.items]
    how = bool(words) and words[0] in _LEX["how_asked"] and shape == ["arg"] and not s.phrases
    up_with = (bool(words) and words[0] in _LEX["wh"] and shape == ["running", "e_with", "arg"]
               and [said(s, p).lower() for p in s.phrases] == list(_LEX["up_with"]))
    # (f12en) "is web ok?", "is cache alright": the copula first, one container, a word of wellness last
    well = (len(words) >= 3 and words[0] in _LEX["well_copula"] and words[-1] in _LEX["well_said"]
            and shape in (["arg"], ["arg", "asked"]) and all(p.group == "asked" for p in s.phrases))
    return s.lang == "en" and one and (how or up_with or well)


def _got_running(s: Said) -> bool:
    """English "get X running (again)", "get web up", "get db up and running": the verb get (grammar/lexicon.txt
    `get_going`) with one container said, then its state running (natural.lark `running`) and nothing else — a
    container made to run (start), never its details."""
    said_get = {s.text[a:b].strip().lower() for v, a, b in s.verb_spans}
    shape = [it[2] for it in s.items]
    return (s.lang == "en" and bool(said_get) and said_get <= set(_LEX["get_going"]) and len(s.args) == 1
            and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
            and shape[:2] == ["v_show", "arg"] and len(shape) > 2 and set(shape[2:]) == {"running"}
            and all(p.group == "running" for p in s.phrases))


def shell(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"get a shell on data" (`_shell_asked`): an interactive exec, which plan refuses (parse.interactive:
    a chat holds no terminal) with one command to run instead."""
    target = s.args[0]
    check_name(target.value, "container")
    return m.Exec(target.value, ("sh",), interactive=True, lang=s.lang), u.arg(target)


# The containers of an image are read from the phrases here (`_by_image`, `_by_image_ko`, `_runs_image`), not by
# one construct of natural.lark (issue 8, gram9): Korean says the image first and the noun last ("nginx로 돌아가는
# 컨테이너", "nginx 기반 컨테이너", "nginx 이미지로 뜬 컨테이너"), so after the name LALR(1) would have to decide at the
# relation word whether it is inside the construct — and 돌아가/켜/실행/뜨 also start `running`, `even_running` and
# verbs ("web 켜줘" would be lost); English says the noun first ("containers running nginx", "containers based on
# nginx"), and `running` after the noun is also the state ("list containers running"). A rule commits at that word
# (a shift) and cannot go back; a flat twin would need every item that may follow a name.
def _by_image(s: Said, u: Used, verbs: list[str]) -> bool:
    """The containers of an image asked for: the kind noun container, then the verb of such a question
    (natural.lark `attr_verb`: use, based, built) and one name after both — "which containers use nginx",
    "show containers based on nginx", "list containers built from redis" (docker ps -a --filter
    ancestor=IMAGE would list stopped ones too: as said, the running ones). No other verb or phrase."""
    if s.lang == "ko" and (_by_image_ko(s, u, verbs) or _used_by_ko(s, u, verbs)):
        return True
    if _image_noun_containers(s, verbs) or (s.lang == "en" and (_of_image_en(s, verbs) or _mounting_en(s, verbs))):
        return True
    if "container" not in s.nouns or not has(s, u, "attr_verb") or not set(verbs) <= {"show", "list"}:
        return False
    if [p for p in s.phrases if p.group != "attr_verb"] or len(s.args) != 1:
        return False
    image, verb_at = s.args[0], min(p.span[0] for p in ph(s, u, "attr_verb") if p.span is not None)
    noun_at = next((a for a, _, name, _ in s.items if name == "noun"), len(s.text))
    # (w2vol) a volume said with its kind noun: "which containers use the db volume" (its users, docker ps --filter volume)
    return (image.type == "NAME" and image.kind in (None, "image", "volume") and image.prep in (None, "at", "from")
            and noun_at < verb_at < image.pos)


def _of_image_en(s: Said, verbs: list[str]) -> bool:
    """(w2vol) English, the containers of an image said with from/of and the image's kind noun, no verb of relation:
    "list containers from the nginx image", "show containers of the redis image", "containers from the httpd image"
    (they planned `docker image inspect nginx`, the containers dropped). Said as: a listing or nothing, the noun
    container, from/of, one name of the kind image — nothing else."""
    if "container" not in s.nouns or not set(verbs) <= {"show", "list"} or len(s.args) != 1 or s.phrases:
        return False
    return _containers_of_image(s) and not [it for it in s.items if it[2] not in ("v_show", "v_list", "noun", "e_from", "arg")]


def _containers_of_image(s: Said) -> bool:
    """(w2vol) English, the containers of an image said as a noun phrase, whatever the verb: the noun container,
    from/of, then one image said with its kind noun ("containers from the nginx image", "the containers of the redis
    image"). The image first ("nginx image containers", "nginx 이미지 컨테이너") is `_container_noun_after_kind`'s."""
    shape = [it[2] for it in s.items if not it[2].startswith("v_")]
    images = [a for a in s.args if a.type == "NAME" and a.kind == "image"]
    if s.lang != "en" or "container" not in s.nouns or len(s.args) != 1 or len(images) != 1:
        return False
    return shape == ["noun", "e_from", "arg"] and images[0].prep == "from"


def _mounting_en(s: Said, verbs: list[str]) -> bool:
    """(w2vol) English, the containers that mount a volume, the verb mount said after the noun container and before
    one name of the kind volume (or none said): "which containers mount pgdata", "containers that mount pgdata",
    "what containers are mounting the db volume" (they planned `docker volume inspect pgdata` or were refused). A
    mount asked of a container ("mount pgdata into web") names no container noun before the verb: not this."""
    if "container" not in s.nouns or verbs != ["mount"] or len(s.args) != 1 or s.phrases:
        return False
    vol, shape = s.args[0], [it[2] for it in s.items]
    return (shape == ["noun", "v_mount", "arg"] and vol.type == "NAME" and vol.kind in (None, "volume")
            and vol.prep is None)


def _dated_complaint(s: Said, u: Used) -> bool:
    """(w2vol) Korean, a time word (natural.lark `earlier`: 방금, 아까) said before a complaint (natural.lark
    `complaint`: "에러 떴는데"), both before the last verb said (the request): the time is when the trouble showed,
    not what is asked — "방금 web 로그에 에러 떴는데 보여줘" (web's logs; it planned `docker ps`, the clause before
    -는데 dropped as a pasted error's), "아까 cache 로그에 에러 났는데 보여줘". Asked of a read only (the caller)."""
    times, troubles = ph(s, u, "earlier"), [p for p in s.phrases if p.group == "complaint" and p.span is not None]
    if s.lang != "ko" or not times or not troubles or not s.verb_spans:
        return False
    request_at = max(a for _, a, _ in s.verb_spans)
    first_trouble = min(p.span[0] for p in troubles if p.span is not None)
    return (all(p.span is not None and p.span[1] <= first_trouble for p in times)
            and all(p.span is not None and p.span[1] <= request_at for p in troubles))


def _image_noun_containers(s: Said, verbs: list[str]) -> bool:
    """(props14) An image named with its kind noun, then the noun container right after it, nothing else said but a
    listing verb (or none): "nginx 이미지 컨테이너 보여줘", "redis 이미지 컨테이너들 목록", "show nginx image containers"
    — the containers of that image (docker ps --filter ancestor=), as "nginx 이미지로 뜬 컨테이너"; it planned
    `docker image inspect nginx`, the noun container dropped. A particle or preposition on the image, another
    phrase or name, or the noun before the image: False."""
    if "container" not in s.nouns or not set(verbs) <= {"show", "list"} or len(s.args) != 1:
        return False
    if [p for p in s.phrases if p.group != "question"]:  # (w2vol) asked with its ending: "alpine 이미지 컨테이너 뭐 있어?"
        return False
    image = s.args[0]
    if image.type != "NAME" or image.kind != "image" or image.particle is not None or image.prep is not None:
        return False
    nouns = [a for a, _, name, _ in s.items if name == "noun"]
    return len(nouns) == 1 and nouns[0] > image.pos


def _who_uses(s: Said, verbs: list[str]) -> bool:
    """(w2en) English, no verb, asked who uses one name (grammar/lexicon.txt `who_uses`, its first word; `uses_said`,
    the word of use said right before the name): "who's using pgdata", "anything using redis?", "are any containers
    using nginx" — the containers of that image or volume (docker ps --filter: `ancestor`). Nothing else said: no
    other phrase, the noun container or none, one name of the kind image or volume (or none said)."""
    if s.lang != "en" or verbs or len(s.args) != 1 or any(p.span is not None and p.group != "attr_verb" for p in s.phrases):
        return False
    words = _said_words(s)
    name = s.args[0]
    if not words or words[0] not in _LEX["who_uses"] or name.type != "NAME" or name.kind not in (None, "image", "volume"):
        return False
    said_ = [(s.text[a:b].strip().lower(), what) for a, b, what, w in s.items]
    if [what for _, what in said_] == ["arg", "attr_verb", "e_with"] and [w for w, _ in said_[1:]] == list(_LEX["used_by_en"]):
        # (w2vol) asked in the passive, "is pgdata used by anything", "is the db volume used by anything": of whom
        # it is used, nothing said after by but a word of anyone (it was refused: parse.no_verb)
        return words[-1] in _LEX["who_uses"] and name.prep is None
    used_by = list(_LEX["used_by_en"])
    if [what for _, what in said_] == ["arg", "attr_verb"] and said_[1][0] == used_by[0]:
        # (gex24) … by anyone, by any container: by and its words are the grammar's filler (natural.lark `_filler`,
        # "by" ("anyone" | …)), so only the words of use are said: "is nginx used by any container"
        at = words.index(used_by[0])
        return words[at:at + 2] == used_by and name.prep is None
    said_ = [(s.text[a:b].strip().lower(), what) for a, b, what, w in s.items if w is not name]
    if said_ and said_[0][1] == "noun":
        if "container" not in s.nouns:
            return False
        said_ = said_[1:]
    return (len(said_) == 1 and said_[0][0] in _LEX["uses_said"] and s.items[-1][3] is name
            and name.prep in (None, "with"))


def _used_by_ko(s: Said, u: Used, verbs: list[str]) -> bool:
    """Korean, which containers use a name, asked noun first: a question word, the noun container, the name, then the
    verb of use (natural.lark `attr_verb`: 사용하다, 쓰다) — "어떤 컨테이너가 pgdata 사용해?", "어느 컨테이너가 pgdata 볼륨
    사용 중이야?", "어떤 컨테이너가 nginx 써?": the containers of an image or of a volume (docker ps --filter). No other
    phrase, one name of the kind image or volume (or none said), a listing or nothing as the verb."""
    who = bool(set(s.text.split()) & set(_LEX["who_ko"]))  # (w2vol) "pgdata 볼륨 누가 쓰고 있어요?": who, no noun
    if ("container" not in s.nouns and not who) or not set(verbs) <= {"show", "list"} or len(s.args) != 1:
        return False
    name = s.args[0]
    if name.type != "NAME" or name.kind not in (None, "image", "volume") or not set(s.text.split()) & _WH:
        return False
    said = [p for p in s.phrases if p.group != "question"]
    if len(said) != 1 or said[0].group != "attr_verb" or said[0].span is None:
        return False
    noun_at = next((a for a, _, what, _ in s.items if what == "noun"), None)
    if noun_at is None:  # (w2vol) asked with who alone, the name first: of a volume or an image said with its kind
        # (dneg23) or with none ("pgdata 누가 쓰고 있어?": the plan finds the volume or image, as "who's using pgdata")
        return who and name.kind in (None, "image", "volume") and name.pos < said[0].span[0]
    return noun_at < name.pos < said[0].span[0]


def _by_image_ko(s: Said, u: Used, verbs: list[str]) -> bool:
    """Korean, the image first, then what it is to the containers, then the noun: "nginx로 돌아가는 컨테이너 목록"
    (run on it: the image said with (으)로 and `running`), "nginx 기반 컨테이너 목록" (`attr_verb`). No other
    phrase, one name, a listing or nothing as the verb."""
    if "container" not in s.nouns or not set(verbs) <= {"show", "list"} or len(s.args) != 1:
        return False
    image = s.args[0]
    # (w2ko) "db 볼륨 마운트된 컨테이너": the volume's users (grammar/lexicon.txt mount_said)
    mounted = image.kind == "volume" and any(w in s.text for w in _LEX["mount_said"])
    # (w2vol) … or used, said with its kind noun: "pgdata 볼륨 쓰는 컨테이너 있어?" (`usage_verb`, `attr_verb`)
    used = image.kind == "volume" and any(p.group in ("attr_verb", "usage_verb") for p in s.phrases)
    if image.type != "NAME" or (image.kind not in (None, "image") and not mounted and not used) or image.particle == "at":
        return False  # "backend에 붙은 컨테이너": said with 에, a network's members (`_asked_about`)
    said = [p for p in s.phrases if p.group != "question"]  # asked with its ending: "redis로 뜬 컨테이너 있어?"
    noun_at = next((a for a, _, name, _ in s.items if name == "noun" and a > image.pos), -1)
    if not said and image.kind == "image" and image.particle == "as" and noun_at > image.pos:
        # (session 13, fresh15) the image said with its kind noun and (으)로, then the container noun, the relation
        # word a filler of the stream ("nginx 이미지로 만든 컨테이너들만 보여줘": made from it): its containers — it
        # planned `docker image inspect nginx`, the containers dropped
        return True
    if len(said) != 1 or said[0].span is None:
        return False
    p, (said_at, _) = said[0], said[0].span
    if not image.pos < said_at < noun_at:
        return False
    # "nginx 이미지 쓰는 컨테이너 뭐야" (ctx10): 쓰다 as a relative clause is read as a use of resources
    # (`usage_verb`); said of a name of the kind image it is what the containers run
    # (w2vol) … and of a volume, or a name of no kind said: "pgdata 쓰는 컨테이너 뭐야" (the engine says which it is)
    return (p.group == "attr_verb" or (p.group == "running" and image.particle == "as")
            or p.group == "usage_verb")


def _runs_image(s: Said, verbs: list[str]) -> bool:
    """The containers that run an image, asked with a question word (grammar/lexicon.txt `wh`): the kind
    noun container, the verb run or the state running, one name — "which containers run nginx", "what
    containers are running redis?", "redis로 돌아가는 컨테이너 뭐 있어?" (a relative clause before the noun
    in Korean); (blind16) the image said with from, "which containers run from redis", "what containers are
    running from nginx" (it planned `docker run -d redis`). Nothing else said: "which containers are running" (no name) is `docker ps`."""
    if not set(verbs) <= {"run"} or "container" not in s.nouns or not set(_said_words(s) + s.text.split()) & set(_LEX["wh"]):
        return False
    if [p for p in s.phrases if p.group not in ("running", "question")] or len(s.args) != 1:
        return False
    image, shape = s.args[0], [it[2] for it in s.items if it[2] != "question"]
    if s.lang == "en" and image.prep == "from" and shape[-2:] == ["e_from", "arg"]:
        shape = shape[:-2] + ["arg"]  # (blind16) "which containers run from redis": the image said with from
    order = (["noun", "v_run", "arg"], ["noun", "running", "arg"]) if s.lang == "en" else (
        ["arg", "running", "noun"], ["arg", "v_run", "noun"])
    return (shape in order and image.type == "NAME" and image.kind in (None, "image")
            and image.prep in (None, "from") and image.particle in (None, "as", "from"))


def _containers_asked_by_run(s: Said, verbs: list[str]) -> bool:
    """(blind16) English, the containers asked by what they run: a question word (grammar/lexicon.txt `wh`), then the
    noun container, then the verb run — "which containers run from redis on port 80", "what containers run nginx with
    the backend network". Whatever `_runs_image` could not list, the subject is the containers asked about: never a
    run of the image (it planned `docker run -d redis`)."""
    if s.lang != "en" or "run" not in verbs or "container" not in s.nouns:
        return False
    kinds = [it[2] for it in s.items]
    if "noun" not in kinds or kinds[kinds.index("noun") + 1:kinds.index("noun") + 2] != ["v_run"]:
        return False
    before = s.text[:s.items[kinds.index("noun")][0]].lower().replace("?", " ").replace(",", " ").split()
    return bool(before) and before[0] in _LEX["wh"]


def _image_present(s: Said) -> bool:
    """Whether an image is on the engine, asked: one name said with the kind image, a word of having or being
    there (grammar/lexicon.txt `present`: "httpd 이미지 있나?", "do we have the nginx image?", "is there an alpine
    image?") and no verb nor other phrase (a question, an `asked` "do we" aside)."""
    words = set(_said_words(s)) | set(s.text.split())
    return (len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind == "image" and s.args[0].prep is None
            and s.args[0].particle in (None, "topic") and bool(words & set(_LEX["present"]))
            and all(p.group in ("question", "asked", "past") for p in s.phrases))


def _thing_present(s: Said) -> bool:
    """(k15en, k15ko) Whether a volume, a network or a container is there, asked as `_image_present` asks it of an
    image: one name said with its kind noun ("does the pgdata volume exist?", "is there a backend network?", "does
    the web container exist", "pgdata 볼륨 있어?", "backend 네트워크 있나요?"), a word of having or being there
    (grammar/lexicon.txt `present`), no verb nor other phrase: its details (a read; not there, the plan says so)."""
    words = set(_said_words(s)) | set(s.text.split())
    return (len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in ("volume", "network", "container")
            and s.args[0].prep is None and s.args[0].particle in (None, "topic") and bool(words & set(_LEX["present"]))
            and all(p.group in ("question", "asked", "past") for p in s.phrases))


def image_present(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """`_image_present`: docker images NAME (the images of that repository; none listed: it is not there)."""
    image = s.args[0]
    check_name(image.value, "image")
    return m.ListImages(reference=image.value, lang=s.lang), u.arg(image)


def _rmi_of(s: Said, u: Used) -> tuple[m.Command, Used]:
    """"remove web's image", "web 컨테이너의 이미지 지워" (natural.lark `image_of`): the image of each container
    said — `RemoveImage.of_containers`, which the plan reads from the engine (`docker rmi nginx`). The kind
    said with the name must be a container's ("backend 네트워크 이미지": none). Raises Incomplete."""
    owners: list[str] = []
    said_of, u = take(s, u, "image_of")
    container_said = "container" in s.nouns
    for p in said_of:
        kinds = [t.data for t in p.subs if t.data.startswith("k_")]
        container_said = container_said or "k_container" in kinds
        if kinds not in ([], ["k_container"]) or len(p.values) != 1:
            raise Incomplete("parse.unused", words=f"`{_shown_phrase(s, p)}`")
        check_name(p.values[0], "container")
        owners.append(p.values[0])
    force, u = use(s, u, "force")
    return m.RemoveImage((), force=force, of_containers=tuple(owners), container_said=container_said, lang=s.lang), u


def ancestor(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"which containers use nginx" (`_by_image`): docker ps --filter ancestor=nginx."""
    image = s.args[0]
    if image.type == "NAME" and image.value.lower() in _LEX["superlative_en"]:
        # (q17) a superlative said where the image goes asks which of them all ("which container has been up the
        # longest?" filtered by an image named longest): their list, where the answer is read
        return m.ListContainers(lang=s.lang), u.arg(image)
    if image.kind == "volume":
        check_name(image.value, "volume")  # "어느 컨테이너가 pgdata 볼륨 사용 중이야?": the containers that mount it
        return m.ListContainers(filters=(("volume", image.value),), lang=s.lang), u.arg(image)
    if image.kind is None:
        # "which containers use pgdata", "어떤 컨테이너가 pgdata 사용해?": an image or a volume, whichever the engine has
        check_name(image.value, "image")
        return m.ListContainers(uses=image.value, lang=s.lang), u.arg(image)
    check_name(image.value, "image")
    return m.ListContainers(filters=(("ancestor", image.value),), lang=s.lang), u.arg(image)


def _gone_into(s: Said) -> bool:
    """English, no verb: the sentence starts with a place gone into (grammar/lexicon.txt `gone_into`:
    "jump into web", "exec into cache"), a container, then bare words only — the command run there
    ("jump into web and cat /etc/os-release"). Phrases or other places after it: no (asked)."""
    if s.lang != "en" or len(s.items) < 3:
        return False
    (start, stop, name, _), (_, _, _, target) = s.items[0], s.items[1]
    if name != "e_in" or s.text[start:stop].split()[0].lower() not in _LEX["gone_into"]:
        return False
    if not (isinstance(target, Arg) and target.type == "NAME" and target.kind in (None, "container")):
        return False
    rest = s.items[2:]
    if rest[0][2] == "e_with":
        return True  # "exec into cache with redis-cli info memory": all said after `with` is the command (`exec_`)
    return _typed_words(s, rest)


_OFF_AND_ON = {(off, on) for off in _LEX["particle_off"] for on in _LEX["particle_on"]}


def _terse_verb(s: Said, u: Used) -> str | None:
    """(w2en) English chat with no verb, the names first and nothing else said (grammar/lexicon.txt `terse_off_on`):
    a switch's particle said after containers is its stop or start ("web off", "db on", "web cache off pls"), off then
    on their restart ("cache off then on"); one name then on and a port is a run of that image published there
    ("nginx on 8080", "redis on 6390 pls": the plan refuses a container, "web on 8080", as it refuses "run web on
    8080"). Asked ("web off?", "is db on"), negated or said with any other word, it is not: None."""
    if (s.lang != "en" or s.verbs or "?" in s.text or not s.items or has(s, u, "question") or has(s, u, "asked")
            or has(s, u, "neg")):
        return None
    said_items = {w for a, b, _, _ in s.items for w in re.findall(r"[a-z']+", s.text[a:b].lower())}
    if not set(_said_words(s)) <= said_items | set(_LEX["terse_courtesy"]):
        return None  # any other word ("redis was on 6380", "have you tried turning web off and on again"): not terse
    i = 0
    while i < len(s.items) and isinstance(w := s.items[i][3], Arg) and w.type == "NAME" and w.prep is None and (
            w.particle is None and w.kind in (None, "container")):
        i += 1
    rest = s.items[i:]
    if i == 0 or not rest or not all(name.startswith("e_") for _, _, name, _ in rest):
        if (i == 1 and len(rest) == 2 and rest[0][2].startswith("e_") and isinstance(p := rest[1][3], Arg)
                and p.type == "INT" and p.prep == "at"
                and s.text[rest[0][0]:rest[0][1]].strip().lower() in _LEX["terse_run_on"]):
            return "run"
        return None
    said_ = tuple(s.text[a:b].strip().lower() for a, b, _, _ in rest)
    if len(said_) == 1 and said_[0] in _LEX["particle_off"]:
        return "stop"
    if len(said_) == 1 and said_[0] in _LEX["particle_on"]:
        return "start"
    if said_ in _OFF_AND_ON:
        return "restart"
    return None


def _get_it_done(s: Said, strong: list[str]) -> bool:
    """(w2en) English: the only read verb said is a word that has a thing done (grammar/lexicon.txt `get_it_done`:
    "get"), said before the names, and the one write is said after them as a participle (`participles`): "get db
    started", "let's get web restarted", "get cache removed asap" — the write asked for done, never a read dropped."""
    if s.lang != "en" or len(strong) != 1 or not s.args:
        return False
    first = min(a.pos for a in s.args)
    last = max(a.pos for a in s.args)
    reads = [(s.text[a:b].strip().lower(), a) for v, a, b in s.verb_spans if v not in strong]
    writes = [(s.text[a:b].strip().lower(), a) for v, a, b in s.verb_spans if v in strong]
    return (bool(reads) and all(w.split()[-1] in _LEX["get_it_done"] and a < first for w, a in reads)
            and bool(writes) and all(w in _PARTICIPLES and a > last for w, a in writes))


def _gets_one(s: Said, strong: list[str]) -> bool:
    """(f22b) English: the only read verb said is a word of grammar/lexicon.txt `get_it_done` said after the names, then
    an article and the one write as a noun ("could cache get a restart?", "can web get a quick restart"): the names get
    the write — asked for done, never a read dropped."""
    if s.lang != "en" or len(strong) != 1 or not s.args:
        return False
    last = max(a.pos for a in s.args)
    reads = [(s.text[a:b].strip().lower(), a, b) for v, a, b in s.verb_spans if v not in strong]
    writes = [(a, b) for v, a, b in s.verb_spans if v in strong]
    if len(reads) != 1 or len(writes) != 1 or reads[0][0] not in _LEX["get_it_done"] or reads[0][1] < last:
        return False
    between = s.text[reads[0][2]:writes[0][0]].lower().split()
    return bool(between) and between[0] in _LEX["get_a_en"] and all(w in _LEX["get_a_en"] for w in between)


def _particles_said(s: Said) -> tuple[str, ...]:
    """The prepositions said after the names of a verb said around them, with only a `seq` or an `again` between
    them ("turn cache off and on again": off, on), lower-cased; () when anything else is said there."""
    if len(s.items) < 3 or s.items[0][2] != "v_shut":
        return ()
    i = 1
    while i < len(s.items) and isinstance(w := s.items[i][3], Arg) and w.type == "NAME" and w.prep is None:
        i += 1
    out = []
    for a, b, name, _ in s.items[i:]:
        if name.startswith("e_"):
            out.append(s.text[a:b].strip().lower())
        elif name not in ("seq", "again"):
            return ()
    return tuple(out) if i > 1 else ()


def _particle_last(s: Said) -> str | None:
    """The preposition said last, with no name after it, after a verb said around its names ("shut web off",
    "turn db on": `v_shut` first, then names, then it), lower-cased; None when the sentence ends otherwise."""
    if len(s.items) < 3 or not s.items[-1][2].startswith("e_") or s.items[0][2] != "v_shut":
        return None
    if not all(isinstance(w, Arg) and w.type == "NAME" and w.prep is None for _, _, _, w in s.items[1:-1]):
        return None
    a, b = s.items[-1][0], s.items[-1][1]
    return s.text[a:b].strip().lower()


def _wanted_running(s: Said, u: Used) -> bool:
    """English, no verb: a running state (grammar/lexicon.txt `state_wanted`) said after the containers named,
    with a word of a wish (`wish`) and no question ("db needs to be running", "i need web running", "cache
    should be up"): they are asked for started. Asked ("does db need to be running?", "what should be up")
    or said of no container, it is not."""
    said_words = _said_words(s)
    words = set(said_words)
    running = ph(s, u, "running")
    if said_words and said_words[0] in _LEX["wish_asked"]:
        return False
    return (s.lang == "en" and not s.verbs and bool(running) and bool(words & set(_LEX["wish"]))
            and not words & _WH and "?" not in s.text and not has(s, u, "question") and not has(s, u, "asked")
            and not has(s, u, "neg") and bool(s.args)
            and all(a.type == "NAME" and a.kind in (None, "container") and a.prep is None for a in s.args)
            and [p.name for p in s.phrases] == ["running"] * len(s.phrases)
            and all(p.span is not None and p.span[0] > max(a.pos for a in s.args)
                    and said(s, p).lower() in _LEX["state_wanted"] for p in running))


def _said_words(s: Said) -> list[str]:
    """The English words of the sentence as typed, lower-cased ("what's", "i", "want")."""
    words = s.__dict__.get("_said_words")  # a function of the frozen `s` alone, asked up to ~8 times a reading
    if words is None:
        words = s.__dict__["_said_words"] = tuple(re.findall(r"[a-z']+", s.text.lower()))
    return list(words)  # a list of its own for each caller, as before


def _property_asked(s: Said, u: Used, verbs: list[str]) -> bool:
    """A property of one container asked about ("what image is web running?", "web 무슨 이미지야?",
    "which network is web on?", "what's mounted in my-volume?", "data ip 뭐야?"): a question word
    (grammar/lexicon.txt `wh`), a property (a kind noun image or network, an `attr`, a mount or an
    expose said as its verb), one name and no other verb."""
    # "what networks is cache attached to": the networks it is connected to, asked
    allowed = {"mount", "expose", "show", "inspect"} | ({"connect"} if "network" in s.nouns else set())
    if not set(verbs) <= allowed:
        return False
    words = set(re.findall(r"[^\s,.?!]+", s.text.lower()))
    # "web uptime", "cache 가동 시간?": a property said last of one name, no verb nor anything else — asked
    # (k15ko) … its question ending after it ("cache 메모리 제한 얼마야?") aside
    closing = [it for it in s.items if it[2] != "question"]
    said_last = (not verbs and bool(closing) and closing[-1][2] == "attr" and len(s.args) == 1
                 and all(p.group in ("attr", "question") for p in s.phrases))
    # "web이 쓰는 네트워크" (ctx10): the kind noun image or network said last after what the name uses (쓰다 as a
    # relative clause), nothing else — asked
    used_last = (s.lang == "ko" and not verbs and bool(s.items) and s.items[-1][2] == "noun" and len(s.args) == 1
                 and bool(set(s.nouns) & {"image", "network"}) and has(s, u, "usage_verb")
                 and all(p.group in ("usage_verb", "question") for p in s.phrases))
    # "uptime of my-volume", "health of cache": English, the property said first, then `of` and the one name — asked
    # (lead27) … or `on` ("ports on my-nginx", "uptime on web": grammar/lexicon.txt `property_of_en`)
    said_of = (not verbs and _property_said_of_en(s) and len(s.args) == 1
               and all(p.group in ("attr", "question") for p in s.phrases))
    said_last = said_last or used_last or said_of
    # "is web healthy?": a state of it asked with a copula (grammar/lexicon.txt `asked_attr`), no question word
    if not words & _WH and not said_last and not (
            words & _COPULA and any(said(s, p).lower() in _LEX["asked_attr"] for p in ph(s, u, "attr"))):
        return False
    prop = bool(set(s.nouns) & {"image", "network"}) or has(s, u, "attr") or bool(set(verbs) & {"mount", "expose"})
    # (lead21) the volumes it uses, asked with the verb of use: "which volume does db use?" · "db는 어떤 볼륨 쓰고 있어요?"
    volume_used = "volume" in s.nouns and has(s, u, "attr_verb")
    prop = prop or volume_used
    # the kind noun said before the name in English ("what image is web running") is on it: a container's
    # property; "which volumes does my-volume mount": the volumes a container mounts
    # "my-volume 볼륨 뭐 붙어있어": in Korean the volumes attached to a container, asked (`attr_verb` 붙다)
    attached_ko = s.lang == "ko" and has(s, u, "attr_verb")
    kinds = (None, "container", "image", "network") + (
        ("volume",) if ("mount" in verbs and s.lang == "en") or attached_ko or volume_used else ())
    names = [a for a in s.args if a.type == "NAME" and a.kind in kinds]
    # "web 이미지 뭐야": the kind noun said after the name in Korean is its property (web's image)
    prop = prop or (s.lang == "ko" and len(names) == 1 and names[0].kind in ("image", "network")
                    + (("volume",) if attached_ko else ()))
    # asked with its ending ("data 이미지 뭐 써?", "data 이미지 뭐 쓰나?": grammar/natural.lark `question`): the same
    others = [g for g in (p.group for p in s.phrases)
              if g not in ("attr", "attr_verb", "running", "question") and not (used_last and g == "usage_verb")]
    return prop and len(names) == 1 and len(s.args) == 1 and not others


def _where_mounted(s: Said, verbs: list[str]) -> bool:
    """English "where is pgdata mounted": where a volume is mounted is asked (a container is not mounted) —
    the question word `where` (grammar/lexicon.txt `where_asked`), the verb mount, one name, nothing else:
    the volume's details (docker volume inspect)."""
    return (s.lang == "en" and verbs == ["mount"] and not s.phrases and bool(set(_said_words(s)) & _WHERE_ASKED)
            and len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "volume")
            and s.args[0].prep is None)


def where_mounted(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"where is pgdata mounted" (`_where_mounted`): docker volume inspect pgdata."""
    check_name(s.args[0].value, "volume")
    return m.VolumeInspect(s.args[0].value, lang=s.lang), u.arg(s.args[0])


def _code_looked_at(s: Said, verbs: list[str]) -> Arg | None:
    """(inc21) The HTTP error code (400–599, as natural.lark `complaint`'s INT) said right after the one container
    named, with a verb that only looks and nothing else said: "web 502 확인좀" · "my-nginx 503 봐줘" — the code."""
    if (not verbs or not set(verbs) <= {"show", "inspect"} or s.phrases or s.nouns or len(s.args) != 2
            or s.args[0].type != "NAME" or s.args[0].kind not in (None, "container") or s.args[1].type != "INT"):
        return None
    code = s.args[1]
    return code if 400 <= int(code.value) <= 599 and code.particle is None and code.prep is None else None


def _complaint_looked_at(s: Said, u: Used, verbs: list[str]) -> bool:
    """(inc21) A complaint (natural.lark `complaint`, or `down`) said of one container and a verb that only looks
    (show, inspect: 확인, 봐줘, check), nothing else named nor asked: "cache 좀 봐줘 이상해" · "web crashed, check it" ·
    "cache is not responding, please check" — the complaint's reads (`status`), as "web 또 죽었어" is read."""
    if not verbs or not set(verbs) <= {"show", "inspect"} or not (has(s, u, "complaint") or has(s, u, "down")):
        return False
    if any(has(s, u, g) for g in ("question", "why", "neg", "past", "schedule", "when_asked", "usage", "attr")):
        return False
    return (len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
            and not set(s.nouns) - {"container"})


def _denial_asked(s: Said) -> bool:
    """(lead30) A Korean state asked to be denied (natural.lark `question`'s 거 아니지?: "web 안 켜져 있는 거 아니지?",
    "cache 죽은 거 아니지?"): whether it is so — its details, never the complaint's logs."""
    deny = set(_LEX["question_denied_ko"])
    return any(p.span is not None and set(s.text[p.span[0]:p.span[1]].split()) & deny
               for p in s.phrases if p.name == "question")


def _trouble(s: Said, state: list[str]) -> bool:
    """The state said is trouble: a complaint or `down` ("web 뻗었어", "is cache down?"), or a
    `stopped` said with a word of grammar/lexicon.txt `dead` ("is web dead?", "cache 죽었나?")."""
    if set(state) & TROUBLE:
        return True
    dead = set(_LEX["dead"])
    return any(p.span is not None and set(s.text[p.span[0]:p.span[1]].lower().split()) & dead
               for p in s.phrases if p.name == "stopped")


def _running_inside_asked(s: Said) -> bool:
    """What runs inside one container, asked with a question word ("what's running inside cache", "what is running
    in web", "cache 안에 뭐 돌고 있어", "web 안에서 뭐 돌아가?"): its processes (docker top), not its state."""
    return (len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")
            and (s.args[0].prep == "in" or s.args[0].particle == "from")
            and bool(set(s.text.lower().split()) & set(_LEX["wh"])))


def _state_said(s: Said) -> bool:
    """A state said of a name, not asked for: Korean, or English with a complaint ("web crashed") or
    a copula (grammar/lexicon.txt `copula`: "web is down", "is web dead?") and no word that asks
    for it done (`get_done`: "have cache stopped", "I need web stopped" are requests)."""
    if s.lang == "ko":
        return True
    said_words = set(re.findall(r"[a-z']+", s.text.lower()))
    if said_words & _GET_DONE:
        return False
    return any(p.name == "complaint" for p in s.phrases) or bool(said_words & set(_LEX["copula"]))


def _after_verb(s: Said, u: Used, verb: str, group: str) -> bool:
    """Every phrase of `group` said after the first `verb` ("take web down", not "web is down, take …")."""
    starts = [a for v, a, _ in s.verb_spans if v == verb]
    phs = ph(s, u, group)
    return bool(phs) and bool(starts) and all(p.span is not None and p.span[0] > min(starts) for p in phs)


def _program_sent_into(s: Said) -> bool:
    """(lead27) "cache에 redis-cli info memory 보내": a command line sent to a container said with 에 — its first word a
    program of the images people run (grammar/lexicon.txt `known_programs`) that is no probe (`probe_from`: "web에 ping
    보내" sends a ping TO web, never an exec) and words of its own after it — typed into the container (docker exec)."""
    places = [a for a in s.args if a.particle == "at" and a.type == "NAME" and a.kind in (None, "container")]
    if len(places) != 1 or not _command_placed(s, ("at",), words=2):
        return False
    after = s.text[places[0].pos + len(places[0].value):].split()
    first = next((w for w in after if re.fullmatch(r"[a-z][\w.\-]*", w)), "")
    return first in _LEX["known_programs"] and first not in _LEX["probe_from"]


def _command_placed(s: Said, particles: tuple[str, ...], words: int = 1) -> bool:
    """A container said with one of `particles` ("web에서", "cache에") and a command of at least
    `words` words after it, the first a command word (a name said bare: "web에서 cat /etc/hosts",
    not "web에서 /etc/hosts")."""
    places = [a for a in s.args if a.particle in particles and a.type == "NAME" and a.kind in (None, "container")]
    if len(places) != 1:
        return False
    told = [(b.pos, b.type) for b in s.args
            if b.pos > places[0].pos and b.particle is None and b.kind is None and b.prep is None]
    told += [(a, "NAME") for v, a, b in s.verb_spans if a > places[0].pos and re.fullmatch(r"[a-z][\w.\-]*", s.text[a:b])]
    return len(told) >= words and min(told)[1] == "NAME"


def _placed_any(s: Said) -> bool:
    """A command placed in a container or image ("X에서", "in X"): its numbers are its own."""
    return any(a.particle == "from" or a.prep == "in" for a in s.args)


def _do_in_place(s: Said) -> bool:
    """"X에서 CMD 해줘" / "X 안에서 CMD 해": no verb but 하다 (do) after a command placed in X."""
    places = [a for a in s.args if a.particle == "from"]
    if s.reading is None or len(places) != 1:
        return False
    told = [a for a in s.args if a.pos > places[0].pos and a.kind is None and a.particle is None]
    return bool(told) and bool(_DO_ENDING.search(s.reading.source))  # a command must be said


def _typed_in_place(s: Said) -> set[int]:
    """Korean "X에서 CMD ARG…" / "X에 CMD ARG… 날려": a command typed after the container it runs in, in
    ASCII to the end of the sentence or to the Korean verb that runs or sends it ("web에서 echo restart
    cache", "web에서 kill 1", "data에서 rm -rf /tmp/x", "web에 echo kill 날려"): the gorae verbs said inside
    it are the command's words, never verbs of the sentence (design §2: ASCII is the entities' and the
    commands' script). Its first word a program's name with words of its own after it — alone ("data에서
    stop") it may be the verb said of X: asked, never guessed. The starts (columns of `s.text`) of the
    verbs so typed; empty when the sentence is no such command."""
    if s.lang != "ko" or s.reading is None:
        return set()
    places = [a for a in s.args if a.particle in ("from", "at") and a.type == "NAME" and a.kind in (None, "container")]
    if not places:  # (w2ko) "my-volume의 /tmp에서 ls 해봐": the container's directory, where the command runs
        places = [a for a in s.args if a.particle == "of" and a.type == "NAME" and a.kind in (None, "container")
                  and _dir_of_place(s, a)]
    if len(places) != 1:
        return set()
    at = next((i for i, it in enumerate(s.items) if it[3] is places[0]), None)
    if at is None:
        return set()
    inside = list(s.items[at + 1:])
    head_end = s.items[at][1]
    if (len(inside) > 2 and isinstance(inside[0][3], Arg) and inside[0][3].particle == "as"
            and inside[0][3].type == "NAME" and inside[0][3].kind is None and inside[0][3].value in _LEX["user_words"]):
        # (f12ko) "web에서 root 권한으로 apt-get update": the user it runs as said first (-u: `_user_as`), then the command
        head_end = inside.pop(0)[1]
    went = bool(inside) and isinstance(inside[0][3], Arg) and inside[0][3].type == "PATH" and inside[0][3].particle == "from"
    if went and len(inside) > 1 and inside[1][2] in ("noun", "particle") and s.text[inside[1][0]:inside[1][1]].strip():
        inside.pop(1)  # the kind word said of it ("/tmp 디렉토리로 가서")
    if went:
        # (f12ko) "data에서 /tmp 디렉토리로 가서 ls": the directory it runs in said first (-w, read by `_run`), then the
        # command — one word of it is enough there ("ls" in /tmp is no verb said of data)
        inside.pop(0)
        if inside and not HANGUL.search(s.text[inside[0][0]:inside[-1][1]]) and s.text[
                inside[0][0]:inside[-1][1]].split()[0].lower() in _LEX["verb_programs"]:
            return {a for v, a, b in s.verb_spans if inside[0][0] <= a < inside[-1][1]}
    if len(inside) < 2:
        return set()
    last = inside[-1]
    said_last = s.text[last[0]:last[1]].strip()
    if HANGUL.search(said_last):
        # the verb that runs it (실행, 돌려) or sends it (날려, 쳐): nothing said after it but its ending
        if not (last[2] in ("v_run", "v_exec") or said_last in SEND | SEND_ONLY) or not last[2].startswith("v_"):
            return set()
        if s.text[last[1]:].strip():
            return set()
        inside.pop()
    elif places[0].particle != "from":
        return set()  # "web에 kill 1": to web, nothing runs it
    if len(inside) < 2 or any(HANGUL.search(s.text[a:b]) for a, b, _, _ in inside):
        return set()
    begin, end = inside[0][0], inside[-1][1]
    words = s.text[begin:end].split()
    if (len(words) < 2 or not _PROGRAM.fullmatch(words[0]) or words[0].lower() in _LEX["not_program"]
            or s.text[head_end:begin].strip()):
        return set()
    if inside[0][2].startswith("v_") and words[0].lower() not in _LEX["verb_programs"]:
        return set()  # "web에서 restart cache": a verb of gorae first — asked, never run as a program
    return {a for v, a, b in s.verb_spans if begin <= a < end}


def _typed_at_place_en(s: Said) -> set[int] | None:
    """English, no verb of the sentence: a command typed, then the container it runs in said last with in/on/at
    ("redis-cli info in cache", "cat /etc/hosts on web"), or that container said first and the command after it
    ("on my-volume, ls /data", "in cache, redis-cli ping") — an exec there. The command is a program's name with
    words of its own after it (one word alone, "nginx in web", may be anything: asked); a gorae verb first only
    if it is a program too ("ls", "ps": grammar/lexicon.txt `verb_programs`; "restart cache in web" is asked).
    The starts of the verbs typed inside it (they are the command's words); None when the sentence is no such
    command."""
    if s.lang != "en" or len(s.items) < 4 or len(s.args) < 2:
        return None
    places = [i for i, it in enumerate(s.items) if it[2] in ("e_in", "e_at")]
    if len(places) != 1:
        return None
    at = places[0]
    target = s.items[at + 1][3] if at + 1 < len(s.items) else None
    if not (isinstance(target, Arg) and target.type == "NAME" and target.kind in (None, "container")):
        return None
    if at == 0:
        inside = list(s.items[2:])  # "on my-volume, ls /data"
    elif at == len(s.items) - 2:
        inside = list(s.items[:at])  # "redis-cli info in cache"
    else:
        return None
    if not inside or not all(
            (isinstance(w, Arg) and w.prep is None and w.particle is None and w.kind is None)
            or name.startswith("v_") or name in ABSORBED or name == "attr" for _, _, name, w in inside):
        return None
    if any(p.group not in ABSORBED | {"attr"} for p in s.phrases):
        return None
    begin, end = inside[0][0], inside[-1][1]
    words = s.text[begin:end].split()
    if len(words) < 2 or not _PROGRAM.fullmatch(words[0]) or words[0].lower() in _LEX["not_program"]:
        return None
    prep = s.text[s.items[at][0]:s.items[at][1]].strip().lower()
    if prep not in _LEX["typed_place"] or s.text[s.items[at][1]:s.items[at + 1][0]].strip():
        return None  # "teleport web to backend": to a place, nothing run there
    first = words[0].lower()
    if inside[0][2].startswith("v_"):
        if first not in _LEX["verb_programs"]:
            return None  # "restart cache in web": a verb of gorae first — asked, never run as a program
        if any(isinstance(w, Arg) and w.type == "NAME" for _, _, _, w in inside[1:]) and inside[0][2] not in (
                "v_list", "v_show", "v_inspect"):
            return None  # "kill web on cache", "rm web in data": a write of gorae on a name — asked
    elif any(first.endswith(e) and first[:-len(e)] in keywords() for e in _LEX["told_endings"]):
        return None  # "checked nginx -t on web": a verb told (or misspelt), never a program
    shaped = not first.isalpha() or inside[0][2].startswith("v_") or any(
        (isinstance(w, Arg) and w.type in ("PATH", "FLAGWORD", "INT")) or name in TYPED_ARGS
        or s.text[a:b].lstrip().startswith(("-", "/")) for a, b, name, w in inside[1:])
    if not shaped:
        return None  # "teleport web on cache", "cache stopped on its own": words, no command line
    # nothing said before the command but the place ("I already checked nginx -t on my-nginx" is told)
    if at:
        if s.text[:begin].strip():
            return None
    elif s.text[s.items[1][1]:begin].strip() not in _LEX["place_comma"]:
        return None  # "on my-volume, ls /data"; "in web cat /etc/hosts" (no going into, no pause) asks for the verb
    return {a for v, a, b in s.verb_spans if begin <= a < end}


def _only_typed_in_place(s: Said) -> bool:
    """"web에서 kill 1" (`_typed_in_place`): every verb said is the command's — no verb of the sentence."""
    typed = _typed_in_place(s)
    return bool(typed) and all(a in typed for _, a, _ in s.verb_spans)


def _said_in_place(s: Said) -> bool:
    """"my-volume에서 whoami": a command said last after "X에서", no verb and nothing after it — said
    there is done there (the container X, or an image the engine has: RunContainer.placed). "cache에서
    redis-cli -p 6379 ping": a flag with its number after the command word is the command's, as an ASCII
    phrase `_command_words` absorbs."""
    places = [a for a in s.args if a.particle == "from"]
    if s.reading is None or len(places) != 1:
        return False
    told = [a for a in s.args if a.pos > places[0].pos and a.kind is None and a.particle is None]
    # (w2ko) the user said before the command ("web에서 루트 권한으로 whoami") is the run's -u, read by `run`
    return bool(told) and told[0].type == "NAME" and not HANGUL.search(s.text[told[0].pos:_said_end(s)]) and all(
        p.span is not None and (p.name == "as_root" or (p.span[0] > told[0].pos and p.name in ABSORBED))
        for p in s.phrases)


def _said_end(s: Said) -> int:
    """Where the clause read ends: the end of the text, or where a clause a rewrite left out begins after
    its connective ("web에서 whoami 하고 cache 재시작하지 마": `_then_not` keeps the request; what follows
    its ~고, no item of it, is not this clause's)."""
    end = max((stop for _, stop, _, _ in s.items), default=len(s.text))
    return end if s.text[end:].split()[:1] == list(_LEX["not_but"][:1]) else len(s.text)


def _rm_after_run(s: Said) -> bool:
    spans = {v: (a, b) for v, a, b in s.verb_spans}
    run = spans.get("run") or spans.get("create")
    rm = spans.get("rm")
    if rm and any(name == "e_in" and start > rm[0] for start, _, name, _ in s.items):
        return False  # "run rm -f /tmp/x in data": rm is the command's, not "remove it after"
    return bool(run and rm and rm[0] > run[0])


def _misspelt(s: Said) -> None:
    """"forec remove image busbxvo": an English word before the verb that is a keyword
    misspelt is never a name (a write would act on `forec`)."""
    if s.lang != "en":
        return
    first_verb = min((a for _, a, _ in s.verb_spans), default=None)
    if first_verb is None:
        return
    for a in s.args:
        if (a.type == "NAME" and a.pos < first_verb and a.kind is None and a.prep is None
                and len(a.value) >= 4 and a.value.isalpha() and a.value.islower() and a.value not in keywords()):
            from bot.language.grammar import near_keyword

            if near_keyword(a.value):
                raise Incomplete("parse.unknown_word", word=a.value)


# --------------------------------------------------------------------------- shared readings

Family = Callable[[Said, Used, str, "str | None"], tuple[m.Command, Used]]


def _port_said(words: str) -> bool:
    """Whether an `attr` said is a port's word (grammar/lexicon.txt `port_word`), by its last word: "port",
    "포트", "host port" ("what host port is my-nginx published on")."""
    last = words.lower().split()[-1:]
    return bool(last) and last[0] in _LEX["port_word"]


def _complained_of(s: Said) -> tuple[Arg, ...]:
    """The names a complaint is said of (the name right before the complaint: "site's broken", "css changes arent
    live", "cache 죽었어") in a sentence with a verb said of another name in a clause of its own — after the
    complaint ("site's broken can someone restart web", "cache 죽었어 web 재시작해줘") or right after the verb
    before a comma ("can someone bounce web, css changes arent live"): what prompted the request, never one more
    thing to act on (it planned `docker restart site web`). Names said together before one complaint ("web이랑
    cache 죽었어 재시작해줘") are all its subjects and stay the targets."""
    items = list(s.items)
    out: list[Arg] = []
    for (_, _, _, what), (_, c1, name, _) in zip(items, items[1:]):
        if name != "complaint" or not isinstance(what, Arg) or what.type != "NAME":
            continue
        first_verb = min((a for _, a, _ in s.verb_spans), default=len(s.text))
        others = [a for a in s.args if a.type == "NAME" and a is not what and (
            a.pos > c1 or (first_verb < a.pos < what.pos and "," in s.text[a.pos + len(a.value):what.pos]))]
        if others:
            out.append(what)
    return tuple(out)


def _kind_contrast(s: Said) -> bool:
    """"db 컨테이너 말고 db 볼륨 삭제", "db 볼륨 말고 db 컨테이너 삭제해", "the db volume, not the db container":
    every name left out is said again, named once more, with its kind word both times and two different kinds —
    the exclusion says which of two things of one name is meant (a volume and a container are both db), never
    a name left out of the one acted on. Then the named one (its kind) is the target; any other shape is asked."""
    if not s.excluded:
        return False
    for x in s.excluded:
        again = [a for a in s.args if a not in s.excluded and a.value == x.value]
        if x.kind is None or len(again) != 1 or again[0].kind in (None, x.kind):
            return False
    return len(s.excluded) == 1 and len([a for a in s.args if a not in s.excluded]) == 1


def check_name(value: str, what: str) -> None:
    pattern = IMAGE_REF if what == "image" else CONTAINER_NAME
    if not pattern.fullmatch(value):
        raise Incomplete("parse.invalid_name", name=value)


def targets(s: Said, u: Used, *, what: str = "container") -> tuple[tuple[str, ...], Used]:
    names = []
    for a in free(s, u):
        if a.type == "ALL_RUNNING":
            continue
        check_name(a.value, what)
        u = u.arg(a)
        names.append(a.value)
    return tuple(names), u


def all_running(s: Said, u: Used) -> tuple[bool, Used]:
    """"모든 컨테이너", "everything", "$(docker ps -q)"; with names ("web, cache 모두") it adds nothing."""
    every, u = use(s, u, "all")
    return every or any(a.type == "ALL_RUNNING" for a in s.args), u


def one(s: Said, u: Used, what: str, key: str = "parse.need_target") -> tuple[str, Used]:
    names, u = targets(s, u, what=what)
    if not names:
        raise Incomplete(key, what=what)
    if len(names) > 1:
        raise Incomplete("parse.one_target", what=what, names=", ".join(names))
    return names[0], u


def names_of(s: Said, u: Used, what: str) -> tuple[tuple[str, ...], Used]:
    names, u = targets(s, u, what="image" if what == "image" else "container")
    if not names:
        raise Incomplete("parse.need_target", what=what)
    return names, u


_HTTP_CODES = re.compile(r"[45]\d\ds")


def _http_codes_said(s: Said, p: Phrase) -> bool:
    """(en25) Whether a `since` phrase is a bare duration of three digits 400-599 and s, said with no word of a window
    ("web 502s", "cache 404s again": HTTP error codes counted); "since 500s", "last 404s", "--since 502s" stay windows."""
    return (p.types == ("DURATION",) and _HTTP_CODES.fullmatch(p.values[0]) is not None
            and _shown_phrase(s, p).strip().lower() == p.values[0].lower())


def since_text(p: Phrase) -> str:
    """A `since` phrase as docker's duration ("10m", "2h")."""
    if "DURATION" in p.types:
        return p.values[p.types.index("DURATION")]
    if any(sub.data == "u_yday" for sub in p.subs):
        return "24h"  # (f17ko) "어제부터 web 로그": since yesterday, the last day
    n = p.values[0] if p.values else "1"
    unit = p.subs[-1].data if p.subs else "u_min"
    for sub in p.subs:
        if sub.data.startswith("u_"):
            unit = sub.data
    return f"{n}{ {'u_min': 'm', 'u_hour': 'h', 'u_sec': 's', 'u_day': 'd'}[unit] }".replace(" ", "")


# --------------------------------------------------------------------------- lifecycle


def _no_place_first(s: Said, u: Used) -> None:
    """English: a place said before the verb ("on web, restart cache", "get into data and nuke web": an
    engine? a container gone into?) is never one more target of a write — parse.unused (asked)."""
    if s.lang != "en":
        return
    first_verb = min((a for _, a, _ in s.verb_spans), default=0)
    placed = [a for a in free(s, u) if a.prep in ("in", "at") and a.pos < first_verb]
    if placed:
        raise Incomplete("parse.unused", words=", ".join(f"`{a.value}`" for a in placed))


def _again_alone(s: Said) -> bool:
    """(corr24) A Korean start said with 다시 (again) of its names and nothing else but neutral words (grammar/lexicon.txt
    `neutral_ko`): "cache 다시 켜 줘" · "web 좀 다시 살려" · "cache 쫌 다시 켜주이소" — make it run again, which the plan
    decides by the container's state (m.Start.again). A sentence that says more ("실수로 web 껐는데 다시 켜주세요",
    "꺼져 있는 db 다시 켜", "cache 멈추고 다시 켜": a state told, or a step before it) is a start as said."""
    if s.lang != "ko" or "again" not in s.by_group:
        return False
    if any(name not in ("arg", "again", "v_start", "noun") and not (
            name == "v_run" and s.text[a:b].strip() in _LEX["again_which"]) for a, b, name, _ in s.items):
        return False  # "web 죽었는데 다시 살려": a state told (it died) — started, as said; (lead32a) 다시 돌리다 alike
    left = list(s.text)
    for a, b, _, _ in s.items:
        left[a:b] = [" "] * (b - a)
    words = [w for w in "".join(left).split() if re.search(r"\w", w)]
    return set(words) <= set(_LEX["neutral_ko"]) | set(_LEX["again_start_asked_ko"])  # (loan25) "… 켜주실 수 있나요?"


def _lifecycle(s: Said, u: Used, cls: type, **extra: object) -> tuple[m.Command, Used]:
    _no_place_first(s, u)
    if any(k in ("image", "volume", "network") for k in s.nouns) or any(
            a.kind in ("image", "volume", "network") for a in free(s, u)):
        # "web 네트워크 재시작", "restart web network": only containers start, stop or restart — web's network
        # is no container; acting on web would drop the noun that said what of it
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(a, b).strip()}`" for a, b, name, what in s.items
            if name == "noun" or (isinstance(what, Arg) and what.kind in ("image", "volume", "network"))))
    u = u.arg(*(a for a in free(s, u) if a.type == "ALL_RUNNING"))
    names, u = targets(s, u)
    if names:  # "돌아가고 있는 web 재시작", "start the stopped db": the state describes the names, checked by the plan
        state, u = _state_said_of(s, u)
        if state:
            extra = {**extra, "in_state": state}
    if len(names) == 1:
        _all_of_one(s, u)
    every, u = all_running(s, u)
    every = every and not names
    exclude: tuple[str, ...] = ()
    both = [a.value for a in s.excluded if a.value in names and not _kind_contrast(s)]
    if both:  # "cache 빼고 web, cache 재시작": left out and named — ask, never guess
        raise Incomplete("parse.excluded_and_named", names=", ".join(both))
    if s.excluded and not names:
        if not every and s.lang == "ko" and not _place_said(s, u) and not _not_x_only(s):
            # "web이랑 data 제외하고 재시작", "web 빼고 꺼": the names left out of a lifecycle verb said of no other
            # name leave out of every container it acts on (the plan names them: every running one but those)
            every = True
        if not every:
            # "stop except web": left out of what? name them
            raise Incomplete("parse.exclusion_all", names=", ".join(a.value for a in s.excluded))
        for a in s.excluded:
            check_name(a.value, "container")
        exclude = tuple(a.value for a in s.excluded)  # "web 제외하고 다 꺼": all running but web
    if exclude:
        extra = {**extra, "exclude": exclude}
    if cls is m.Start and not names and has(s, u, "stopped") and "container" in s.nouns:
        # "멈춰 있는 컨테이너 다 켜", "생성만 되어 있는 컨테이너 시작해줘": the containers in that state, named by the plan
        made_only = _made_only(s, u)
        _, u = use(s, u, "stopped")
        every, extra = True, {**extra, "in_state": _LEX["made_status" if made_only else "stopped_status"]}
    if every:
        _, u = use(s, u, "running")  # "실행중인 컨테이너 전부 종료", "stop all running containers"
    if not names and not every:
        raise Incomplete("parse.need_target", what="container")
    return cls(targets=names, all_running=every, lang=s.lang, **extra), u


def _dir_asked(s: Said) -> bool:
    """(w2mix) What a directory of one container holds, asked with no verb ("whats in /usr/share/nginx/html on web",
    "what is in /etc on data", "web /etc에 뭐 있어", "data 안에 /tmp 뭐 있어?"): a question word (grammar/lexicon.txt
    `contents_asked`), one path and one name, nothing else said — its listing is run there (`show`, `list_dir`), a read."""
    paths = [a for a in s.args if a.type == "PATH" and a.kind in (None, "dir")]
    names = [a for a in s.args if a.type == "NAME" and a.kind in (None, "container")]
    return (len(s.args) == 2 and len(paths) == 1 and len(names) == 1 and not s.nouns
            and bool((set(_said_words(s)) | set(s.text.split())) & set(_LEX["contents_asked"])))


def _all_of_one(s: Said, u: Used) -> None:
    """(w2mix) all said of the one name of a lifecycle verb or a removal ("stop all web", "다 web 꺼", "kill every
    cache", "web 다 지워"): every container, web with them, or every container like web? — asked, never read as the
    one name with the quantity dropped. The rest said kept ("restart web only, leave the rest alone", "web만 재시작
    나머지 두고": grammar/lexicon.txt `rest_kept`), a negation or an exclusion read it already."""
    if s.excluded or not has(s, u, "all") or s.by_group.get("neg"):
        return
    if set(re.findall(r"[\w]+", s.text.lower())) & set(_LEX["rest_kept"]):
        return
    raise Incomplete("parse.unused", words=", ".join(
        f"`{s.original(*p.span).strip()}`" for p in ph(s, u, "all") if p.span is not None))


def _place_said(s: Said, u: Used) -> bool:
    """A name said with a place particle or preposition is left (in X, on X: an engine? a container gone into?)."""
    return any(a.particle in ("from", "at") or a.prep is not None for a in free(s, u))


def _grace_then_kill(s: Said, u: Used) -> bool:
    """(lead27) The time said as a condition of not being down (natural.lark `since`: "5초 안에 안 꺼지면"): the grace
    period of a stop, the kill after it docker stop's own."""
    marks = _LEX["grace_then_kill"]
    return any(p.span is not None and all(w in s.text[p.span[0]:p.span[1]].split() for w in marks)
               for p in ph(s, u, "since"))


def _timeout(s: Said, u: Used) -> tuple[int | None, Used]:
    """"web 5초 안에 종료", "stop web within 5 seconds": the grace period before SIGKILL."""
    phs, u = take(s, u, "since")
    if not phs:
        return None, u
    span = phs[0].span or (0, 0)
    told = s.text[span[0]:span[1]]
    before = s.text[:span[0]].rstrip().lower()
    after = s.text[span[1]:].lstrip()
    glued_said, glued_after = told.replace(" ", ""), after.replace(" ", "")  # "안 에": morphemes
    english = [w for w in _WITHIN if not HANGUL.search(w)]
    korean = [w for w in _WITHIN if HANGUL.search(w)]
    linked = "|".join(re.escape(w) for w in _LEX["within_linked_en"])
    before = re.sub(rf"(?<=\w)\s+(?:{linked})$", "", before)  # (voice22) "with a timeout of 30 seconds"
    within = (any(told.startswith(w) or before.endswith(w) or after.startswith(w) for w in english)
              or any(w in glued_said or glued_after.startswith(w) for w in korean))
    if not within and any(w in glued_said for w in _LEX["within_wait_ko"]) and since_text(phs[0]).endswith("s"):
        within = True  # (inc21) "my-volume 10초 기다렸다 꺼": a wait of seconds before the stop is its grace period
    if not within and after.lower().startswith("to "):  # (k16en) "give web 5 seconds to stop": the time given to it
        within = any(re.search(rf"(?<![\w-]){re.escape(w)}\s", before) for w in _LEX["within_given_en"])
    if not within and not after.strip(" .,!"):  # (tags20) "restart web but give it 20 seconds": the duration last
        given = "|".join(re.escape(w) for w in _LEX["within_given_en"])
        to = "|".join(re.escape(w) for w in _LEX["within_given_to_en"])
        within = bool(re.search(rf"(?<![\w-])(?:{given})(?:\s+(?:{to}))?$", before))
    if not within:
        # "restart web in 5 minutes", "web 10분 뒤에 재시작": gorae acts now, it schedules nothing
        raise Incomplete("parse.no_schedule", when=told)
    text = since_text(phs[0])
    n, unit = int(text[:-1]), text[-1]
    return n * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit], u


def _reloaded(s: Said, u: Used) -> tuple[m.Command, Used] | None:
    """A reload said (grammar/lexicon.txt `reload_verb`) of a program in a container: "reload nginx on web", "reload
    nginx in my-nginx", "web에서 nginx 리로드해줘" — the program's own reload (grammar/lexicon.txt `reload_program`) run
    in that container (`docker exec web nginx -s reload`), never a restart of both names. A reload of a container alone
    ("reload my-nginx") is its restart (None here); any other name said with a place, or a program with no one
    container, is asked — never a restart of the program's name as a container."""
    said_verbs = {s.text[a:b].strip().lower() for v, a, b in s.verb_spans if v == "restart"}
    if not said_verbs or not said_verbs <= set(_LEX["reload_verb"]):
        return None
    programs = dict(w.split("=", 1) for w in _LEX["reload_program"])
    names = [a for a in free(s, u) if a.type == "NAME"]
    placed = [a for a in names if a.particle in ("from", "at") or a.prep in ("in", "at")]
    said_programs = [a for a in names if a.value.lower() in programs and a not in placed]
    if not placed and not said_programs:
        return None
    if len(said_programs) != 1 or len(placed) != 1 or len(names) != 2 or placed[0].kind not in (None, "container"):
        raise Incomplete("parse.unused", words=", ".join(f"`{a.value}`" for a in names))
    program, where = said_programs[0], placed[0]
    check_name(where.value, "container")
    return (m.Exec(where.value, tuple(programs[program.value.lower()].split("+")), lang=s.lang),
            u.arg(program, where))


def lifecycle(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """start, stop, kill, pause, unpause, restart: on named containers or all running ones."""
    if verb == "start":
        if any(has(s, u, g) for g in ("port", "host_port", "random_port")) or any(
                a.type == "INT" and (a.prep == "at" or a.particle in ("at", "as")) for a in free(s, u)):
            # "start redis on 6381", "nginx 8080포트로 시작": a container's ports are set when it is made,
            # never on its start — a new container of the image is run with the port (design §2: "start X"
            # runs the image X when no container X is there; the plan refuses a container's name as an image)
            return _run(s, u, create=False)
        if s.lang == "en" and has(s, u, "named"):
            # "start redis named cache2": a name is given to a container when it is made — a new one of the
            # image (a container said as the image is refused by the plan: plan.not_an_image)
            return _run(s, u, create=False)
        if s.lang == "en" and (any(has(s, u, g) for g in ("memory", "env", "restart_policy")) or _mount_placed_en(s)):
            # (en14) "start nginx capped at 1g ram", "start redis with env A=b": as a name, a memory limit, an
            # environment or a restart policy is given to a container when it is made — a new one of the image
            return _run(s, u, create=False)
        return _lifecycle(s, u, m.Start, **({"again": True} if _again_alone(s) else {}))
    if verb in ("pause", "unpause"):
        _, u = use(s, u, "at_once")  # (f24a) "my-nginx should be paused right away": now, as asked
        return _lifecycle(s, u, m.Pause if verb == "pause" else m.Unpause)
    if verb == "restart":
        reloaded = _reloaded(s, u)
        if reloaded is not None:
            return reloaded
        timeout, u = _timeout(s, u)
        if timeout is None:
            _, u = use(s, u, "at_once")  # (f17en) "restart cache immediately": now, as asked (the grace kept)
        return _lifecycle(s, u, m.Restart, timeout=timeout)
    if verb in ("stop", "kill") and _grace_then_kill(s, u):
        # (lead27) "cache 5초 안에 안 꺼지면 그냥 죽여": stopped, killed when not down in time — docker stop -t 5
        _, u = use(s, u, "force")
        timeout, u = _timeout(s, u)
        return _lifecycle(s, u, m.Stop, timeout=timeout)
    if verb == "stop":
        force, u = use(s, u, "force")
        at_once, u = use(s, u, "at_once")  # (f12en) "terminate my-nginx immediately": no grace period
        if force or at_once:
            return _lifecycle(s, u, m.Kill)
        timeout, u = _timeout(s, u)
        return _lifecycle(s, u, m.Stop, timeout=timeout)
    # kill ("force kill web", "stop web forcefully")
    _, u = use(s, u, "force")
    signal = None
    named = False  # (lead29) "web에 SIGKILL 보내": kill's own signal named — never asked which
    for a in free(s, u):
        if a.type == "NAME" and (re.fullmatch(r"SIG[A-Z0-9]+", a.value) or a.value in _LEX["signals"]) and a.prep in (None, "with"):
            u = u.arg(a)  # "send SIGHUP to web"; (tags20) "kill cache with SIGTERM"
            signal = None if a.value == "SIGKILL" else a.value
            named = True
        if a.type == "FLAGWORD" and re.fullmatch(r"-(\d+|[A-Z]+)", a.value):  # "kill -9 web", "kill -HUP web"
            u = u.arg(a)
            sig = a.value[1:]
            signal = None if sig in ("9", "KILL", "SIGKILL") else sig  # SIGKILL is kill's default
            named = True
    named = named or any(v == "kill" and re.search(r"(?i)\bsigkill\b", s.text[a:b]) for v, a, b in s.verb_spans)
    if not named and any(v == "kill" and any(w in s.text[a:b] for w in _LEX["signal_nouns"])
                              for v, a, b in s.verb_spans):
        # (w2ko) "cache에 시그널 보내": a signal sent, none named — never kill's SIGKILL on the guess (asked)
        raise Incomplete("parse.need_signal")
    return _lifecycle(s, u, m.Kill, signal=signal)


def remove(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """rm of containers, images, volumes, networks (and "remove web from backend": disconnect)."""
    if has(s, u, "image_of"):
        return _rmi_of(s, u)
    if kind in ("volume", "network") and "image" in s.nouns:
        # "pgdata 볼륨 이미지 지워" planned `docker volume rm pgdata`: the image noun names no image of a volume
        # or network — a removal of the volume would drop it
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(a, b).strip()}`" for a, b, name, _ in s.items if name == "noun"))
    if any(s.text[a:b].strip().lower() in _LEX["rmi_words"] or s.text[a:b].split()[:1] == ["untag"]
           for v, a, b in s.verb_spans if v == "rm"):
        kind = "image"  # "httpd 이미지 rmi 해줘", "rmi busybox", "untag nginx:prod", "untag and remove busybox": images only
    even_running, u = use(s, u, "even_running")
    if even_running and not has(s, u, "force"):
        u = u.add("force")  # "even if it's running"
    if kind in ("volume", "network", "image") and has(s, u, "unused") and not free(s, u):
        return prune(s, u, verb, kind)  # "remove unused networks" · "안 쓰는 볼륨 삭제": a prune
    if kind in ("volume", "container") and "volume" in s.nouns:
        if owner := [a for a in free(s, u) if a.particle == "of" and a.kind in (None, "container")]:
            # "db의 볼륨 삭제", "db 컨테이너의 볼륨 지워": the volume db MOUNTS, never the volume named db — which one
            # is asked by name (docker inspect shows its mounts)
            raise Incomplete("parse.volume_of_container", name=owner[0].value)
    if kind == "volume":
        names, u = names_of(s, u, "volume")
        force, u = use(s, u, "force")
        return m.VolumeRemove(names, force=force, lang=s.lang), u
    if kind == "network":
        from_net = [a for a in free(s, u) if a.kind == "network" and (a.prep == "from" or a.particle == "from")]
        if from_net and len(free(s, u)) == 2:
            return network(s, u, "disconnect", kind)  # "remove web from the backend network"
        names, u = names_of(s, u, "network")
        return m.NetworkRemove(names, lang=s.lang), u
    if kind == "image" and _containers_of_image(s):
        # (w2vol) "remove containers from the nginx image", "stop containers of the redis image": those containers,
        # never the image (it planned `docker rmi nginx`) — which containers is asked, never guessed
        raise Incomplete("parse.unused", words=", ".join(
            f"`{s.original(a, b).strip()}`" for a, b, name, _ in s.items if name == "noun"))
    if kind == "image":
        if [a for a in free(s, u) if a.type == "NAME" and a.value.lower() in _LEX["dangling"]]:
            return prune(s, u, verb, kind)  # (lead20) "untagged 이미지 지워": the dangling ones, never rmi untagged
        names, u = names_of(s, u, "image")
        force, u = use(s, u, "force")
        return m.RemoveImage(names, force=force, lang=s.lang), u
    described = _state_of_names(s, u, "stopped")  # "꺼져 있는 db 지워줘": the state describes the container named
    made_only = _made_only(s, u)
    stopped, u = use(s, u, "stopped")
    stopped = stopped and not described
    if not stopped and kind == "container" and has(s, u, "unused") and not free(s, u):
        stopped, u = use(s, u, "unused")  # "안 쓰는 컨테이너 다 지워" · "delete unused containers"
    if stopped:
        if free(s, u):
            raise Incomplete("parse.prune_with_names")
        _, u = use(s, u, "all")  # "중지된 컨테이너 모두 삭제"
        if made_only:
            # "만들어만 놓은 컨테이너 지워", "생성만 된 컨테이너 다 지워", "remove created containers": the ones never
            # started (docker's status created), named by the plan — a prune would take the exited ones too
            return m.Remove(all_running=True, in_state=tuple(_LEX["made_status"]), lang=s.lang), u
        return m.PruneContainers(lang=s.lang), u
    if len([a for a in free(s, u) if a.type == "NAME"]) == 1:
        _all_of_one(s, u)  # "remove all web", "web 다 지워"
    every, u = all_running(s, u)
    if every and not free(s, u):
        raise Incomplete("parse.rm_all")
    _no_place_first(s, u)
    if s.lang == "en" and any(name == "e_from" and s.text[a:b].strip().lower() in _LEX["taken_from_en"]
                              for a, b, name, _ in s.items) and (
            any(a.prep == "from" for a in free(s, u)) or "network" in s.nouns):
        # (break5) "remove the web container from the network", "delete web from backend": taken out of somewhere
        # (a network: disconnect), never a removal of the container with "from …" dropped (it removed web)
        from_net = [a for a in free(s, u) if a.kind == "network" and (a.prep == "from" or a.particle == "from")]
        if len(from_net) == 1 and len(free(s, u)) == 2 and all(
                a.kind in (None, "container") for a in free(s, u) if a is not from_net[0]):
            return network(s, u, "disconnect", "network")  # (k16en) "web container remove from backend network please"
        raise Incomplete("parse.need_network_and_container")
    names, u = targets(s, u)
    if not names:
        raise Incomplete("parse.need_target", what="container")
    force_verb = any(s.text[a:b].strip().lower() in _LEX["force_rm_said"] for v, a, b in s.verb_spans if v == "rm")
    force, u = use(s, u, "force")
    volumes, u = use(s, u, "with_volumes")  # "remove db along with its volumes": rm -v
    return m.Remove(targets=names, force=force or force_verb, volumes=volumes,
                    container_said="container" in s.nouns or any(a.kind == "container" for a in s.args), lang=s.lang), u


def _hedged(text: str, verb_end: int, reading: Reading | None) -> bool:
    """The words after the last verb are a hesitation (grammar/lexicon.txt `hedge_*`): its -는 거 and the topic
    particle, or the topic particle alone, then 좀, then nothing but 그렇다 ("은 좀", "~는 거 좀", "은 좀 그렇") —
    and nothing typed after 좀 that the stream dropped ("cache 끄는 건 좀 해줘": 해줘 carries no word, a request)."""
    words = [w for w in text[verb_end:].split() if not _CLOSING_MARKS.fullmatch(w)]
    while words and words[-1] in _LEX["hedge_after"]:
        words.pop()
    if len(words) < 2 or words[-1] not in _LEX["hedge_word"]:
        return False
    if reading is not None:
        at = text.rfind(words[-1])
        typed_after = reading.source[reading.original_column(at) + len(words[-1]):]
        if _SYLLABLE.search(typed_after) and not text[at + len(words[-1]):].split():
            return False
    before = words[:-1]
    if before[-1] in _LEX["hedge_topic"]:
        before = before[:-1]
        return all(w in _LEX["hedge_noun"] for w in before)
    return len(before) == 2 and before[0] in _LEX["hedge_noun"] and before[1] in _LEX["hedge_noun"]


_CLOSING_MARKS = re.compile(r"[.…~!?]+")
_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")  # a word typed (ㅠㅠ, ㅋㅋ: chat letters, no word)


def _state_of_names(s: Said, u: Used, group: str) -> bool:
    """A state said right before the names, as a relative clause ("꺼져 있는 db", "멈춰 있는 db랑 data", "the
    stopped db"): it only describes them. Never with a quantity ("꺼진 거 다 지워, db도"), never of a name said as
    something other than a container, never with words between the state and the first name."""
    states, names = ph(s, u, group), free(s, u)
    if not states or not names or has(s, u, "all") or s.excluded:
        return False
    if any(a.type != "NAME" or a.kind not in (None, "container") or a.prep is not None for a in names):
        return False
    first = min(a.pos for a in names)
    return all(p.span is not None and p.span[1] <= first and not s.text[p.span[1]:first].strip() for p in states)


def prune(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    made_only = _made_only(s, u)
    stopped, u = use(s, u, "stopped")
    if kind is None and not stopped:
        # "prune", "clean up everything", "다 정리해줘": containers? volumes? images? every kind at once
        # (docker system prune)? Never one kind by guess: ask which
        raise Incomplete("parse.prune_what")
    every, u = use(s, u, "all")
    # "all dangling images" are the dangling ones (docker image prune); "all unused images" is -a
    dangling = _dangling_said(s, u)
    # "안 쓰는 볼륨 정리" · "clean up dangling images" · "안 쓰는 컨테이너 정리" (not in use: stopped): what a
    # prune removes; with no kind said ("안 쓰는 거 다 정리": images? volumes?) it stays unread: refused
    if kind is not None:
        _, u = use(s, u, "unused")
    if kind == "volume":
        return m.PruneVolumes(lang=s.lang), u
    if kind == "network":
        return m.PruneNetworks(lang=s.lang), u
    if kind == "image":  # "clean up dangling images"; "모든 안 쓰는 이미지 정리" = -a
        # (lead20) docker's word said before the Korean kind noun, read as a name of it ("dangling 이미지 정리"): the
        # dangling ones, never an image named dangling
        said_word = [a for a in free(s, u) if a.type == "NAME" and a.value.lower() in _LEX["dangling"]]
        if said_word:
            dangling, u = True, u.arg(*said_word)
        return m.PruneImages(all=every and not dangling, lang=s.lang), u
    if kind not in (None, "container"):
        raise Incomplete("parse.unsupported", what=f"{kind} prune")
    if made_only:  # "만들어 놓은 컨테이너 정리해": the ones never started, as `remove` reads them
        return m.Remove(all_running=True, in_state=tuple(_LEX["made_status"]), lang=s.lang), u
    return m.PruneContainers(lang=s.lang), u



# --------------------------------------------------------------------------- reads


FEW_LINES = 10  # "a few lines" of logs (grammar/natural.lark few_lines): as many as `tail` prints by default


def logs(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    tail: int | None = None
    since: str | None = None
    counts = [a for a in free(s, u) if a.type == "INT"]
    if len(counts) == 1 and not has(s, u, "tail") and len(free(s, u)) == 2:
        u = u.arg(counts[0])  # "tail web 50"
        tail = int(counts[0].value)
    names, u = targets(s, u, what="container")
    if not names:
        raise Incomplete("parse.need_target", what="container")
    placed = [a for a in s.args if a.value in names and (a.particle in ("from", "at", "as") or a.prep in ("in", "at", "from"))]
    if len(names) > MAX_LOGS or (len(names) > 1 and (placed or s.lang != "ko")):
        # "prod-1에서 db 로그", "logs of db on prod-1": a place said (an engine?), not one more container's logs;
        # English "follow web logs", "logs web zzz": a word of the sentence read as a name — one container
        raise Incomplete("parse.one_target", what="container", names=", ".join(names))
    _, u = use(s, u, "running")  # "실행 중인 web 로그": the state describes the name, as for a lifecycle verb
    _, u = use(s, u, "stopped")
    if len(ph(s, u, "tail")) > 1 or len(ph(s, u, "since")) > 1:
        raise Incomplete("parse.two_amounts")
    said_tail, u = use(s, u, "tail")
    if said_tail:
        told = ph(s, u, "tail")[0].values
        tail = int(told[0]) if told else FEW_LINES  # "web 로그 꼬리만": the last lines, as many as tail prints by default
    _, u = use(s, u, "recent")  # (en15) "what did web log recently": the logs as they end
    one_line, u = use(s, u, "one_line")
    if one_line:  # (inc21) "web logs, just the last line": the last line alone
        if said_tail:
            raise Incomplete("parse.two_amounts")
        tail = 1
    few, u = use(s, u, "few_lines")
    if few:  # "cache 최근 로그 몇 줄만", "last few lines of web logs": a few of the last lines, no number said
        if said_tail:
            raise Incomplete("parse.two_amounts")
        tail = FEW_LINES
    said_since, u = use(s, u, "since")
    if said_since and has(s, u, "since_then"):
        u = u.group("since_then")  # (f22c) "… 10 min ago, logs from then": the window said before it
    if said_since:
        window = ph(s, u, "since")[0]
        if _waited_for(s, window):  # "10분 뒤에 web 로그": gorae acts now, it schedules nothing
            raise Incomplete("parse.no_schedule", when=said(s, window))
        since = since_text(window)
    until: str | None = None
    if len(ph(s, u, "until")) > 1:
        raise Incomplete("parse.two_amounts")
    ends, u = take(s, u, "until")
    if ends:  # "web 로그 1시간 전까지", "logs of web until 10 minutes ago": docker logs --until
        until = since_text(ends[0])
    everything, u = use(s, u, "all") if not (tail or since or until) else (False, u)  # "web 로그 다 보여줘"
    if (tail or since or until) and ph(s, u, "all") and all(said(s, p).strip() == _LEX["too_alone_ko"][0]
                                                           for p in ph(s, u, "all")):
        u = u.group("all")  # (f22b34) "로그 20줄도 같이": together (too), said with an amount — never every line
    timestamps, u = use(s, u, "timestamps")
    follow, u = use(s, u, "follow")
    tail_f, u = use(s, u, "tail_f")
    live = has(s, u, "stored") and not has(s, u, "where")  # "show cache logs live" (where they are kept: asked)
    if live:
        u = u.group("stored")
    typed_f = [p for p in ph(s, u, "force") if said(s, p).strip() == "-f"]
    if typed_f and len(ph(s, u, "force")) == 1:
        follow, u = True, u.group("force")  # (f12en) "web logs -f pls": docker logs' own -f (follow), typed in a sentence
    follow = follow or tail_f or live or (tail is None and since is None and until is None and not everything
                                          and (_tail_said_of(s, names) or _tail_said_last_ko(s, names)))
    if follow and len(names) > 1:
        # "web cache 로그 실시간으로": `docker logs -f` follows one container (one after the other is not live)
        raise Incomplete("parse.one_target", what="container", names=", ".join(names))
    each = tuple(m.Logs(n, tail=tail, since=since, timestamps=timestamps, until=until, follow=follow, lang=s.lang)
                 for n in names)
    # "cache와 web 둘다 로그 보여줘": docker logs takes one container — the logs of each, in the order said
    return (each[0] if len(each) == 1 else m.Sequence(steps=each, lang=s.lang)), u


def _tail_said_of(s: Said, names: Sequence[str]) -> bool:
    """(inc21) English, the verb tail said alone right before the one name, no word of logs nor amount ("Tail web",
    "tail cache please"): the logs followed, as `tail -f` (docker logs -f, bounded in a chat); "tail the logs of web"
    and "tail web, last 200 lines" are the logs' own (a word of logs, an amount)."""
    spans = [(a, b) for v, a, b in s.verb_spans if v == "logs"]
    if s.lang != "en" or len(names) != 1 or len(spans) != 1 or len(s.verb_spans) != 1:
        return False
    a, b = spans[0]
    return s.text[a:b].strip().lower() == "tail" and s.text[b:].split()[:1] == [names[0]]


def _tail_said_last_ko(s: Said, names: Sequence[str]) -> bool:
    """(lead27) Korean, the word tail said last after the logs' noun, no amount ("web 로그 tail", "`my-nginx` 로그 tail"):
    the logs followed, as ops chat says it ("… tail 걸어줘", natural.lark `tail_f`) — never dropped."""
    spans = [(a, b) for v, a, b in s.verb_spans if v == "logs"]
    if s.lang != "ko" or len(names) != 1 or len(spans) != 2:
        return False
    a, b = spans[-1]
    return s.text[a:b].strip().lower() == "tail" and not s.text[b:].strip(" .!~")


def _waited_for(s: Said, p: Phrase) -> bool:
    """A duration said as a time to wait (grammar/lexicon.txt `wait_after`, `wait_before`: "10분 뒤에",
    "in 10 minutes"), not as a window of logs ("최근 10분", "since 10m")."""
    if not p.span:
        return False
    after = s.text[p.span[1]:].split()
    before = s.text[:p.span[0]].split()
    said_after = {after[0].lower(), "".join(after[:2])} if after else set()  # "있 ~다가": two morphemes
    return bool(said_after & _WAIT_AFTER or (before and before[-1].lower() in _WAIT_BEFORE))


def _user_asked_en(s: Said, u: Used) -> Used:
    """(f22r) English, the user a container runs as, asked of it with "running as" and a user word (grammar/lexicon.txt
    `as_user`, `user_words`: "is my-nginx running as root? show its details", "is web running as root?"): a property of
    its details (docker inspect shows Config.User) — the `named` phrase used, never a new container's name nor a user a
    command runs as (a verb of running said as a verb of its own is no question: read as before). Korean alike, root
    said with (으)로 and a state of running ("my-nginx 루트로 돌고 있어?", "web 루트 권한으로 실행 중이야?")."""
    if not has(s, u, "running") or s.verbs and set(s.verbs) - {"show", "inspect"}:
        return u
    if s.lang == "ko":
        return u.group("as_root") if has(s, u, "as_root") else u
    if not has(s, u, "named"):
        return u
    p = ph(s, u, "named")[0]
    if (p.span is None or len(p.values) != 1 or p.values[0].lower() not in _LEX["user_words"]
            or s.text[p.span[0]:p.span[1]].split()[0].lower() not in _LEX["as_user"]):
        return u
    return u.group("named")


def inspect(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    if not free(s, u) and "container" in s.nouns and "logs" not in s.verbs:
        return listing(s, u, verb, kind)  # "컨테이너 상태 좀 보여줘": the containers and their state
    if (not free(s, u) and s.lang == "en" and kind is None and "logs" not in s.verbs and has(s, u, "all")
            and not s.nouns):
        return listing(s, u, verb, kind)  # (en12) "status of everything", "everything's status": every container's
    if kind == "volume":
        names, u = targets(s, u, what="volume")
        if not names:
            raise Incomplete("parse.need_target", what="volume")
        # (f22b) several volumes said ("pgdata랑 db 볼륨 상세 보여줘", "inspect the db volume and the pgdata volume"): one
        # docker volume inspect of them all, in the order said (a read: docker takes several)
        return m.VolumeInspect(names[0], more=names[1:], lang=s.lang), u
    if kind == "network":
        name, u = one(s, u, "network")
        return m.NetworkInspect(name, lang=s.lang), u
    if "logs" in s.verbs:
        return logs(s, u, verb, kind)
    several = [a for a in free(s, u) if a.type == "NAME"]
    if (verb != "status" and "inspect" in s.verbs and kind in (None, "container") and len(several) > 1
            and len(several) == len(free(s, u))
            and all(a.kind in (None, "container") and a.prep is None and a.particle in (None, "and", "topic", "obj")
                    for a in several)):
        # "data랑 cache 상세 보여줘", "inspect web and cache": the details of each, one docker inspect (as
        # `docker inspect web cache`), said with a word of details (a show verb alone, "check redis-cli ping on
        # cache", names no details); a complaint's status is of one container (its logs follow)
        names, u = targets(s, u)
        for g in ("attr", "running", "stopped"):
            _, u = use(s, u, g)
        if has(s, u, "all") and (counts := ph(s, u, "count")) and _count_is(s, counts, len(names)):
            _, u = use(s, u, "all")  # (f22a) "cache랑 db 둘 다 상태 봐줘": both, the very names said
        return m.Inspect(names[0], more=names[1:], lang=s.lang), u
    name, u = one(s, u, "image" if kind == "image" else "container")
    if kind == "image":  # "inspect nginx image" · "nginx 이미지 상세 정보" (a container's: its inspect, plan.py)
        return m.ImageInspect(name, lang=s.lang), u
    if kind != "image":
        u = _user_asked_en(s, u)  # (f22r) "is my-nginx running as root?": the user it runs as, in its details
        _, u = use(s, u, "attr")  # "web 헬스체크 상태?": the property of its details asked about
        _, u = use(s, u, "attr_verb")  # "web 몇 번 포트로 열려있어?": the verb of that question
        _, u = use(s, u, "running")  # "멈춰 있는 db 상세 정보": the state describes the name
        _, u = use(s, u, "stopped")
        _, u = use(s, u, "paused")  # (k15ko) "cache 일시정지된 상태야?": the state asked about
        _, u = use(s, u, "alive")  # "cache 상태 괜찮아?": whether it is fine, asked of its details
        if has(s, u, "all") and not has(s, u, "excl") and len([a for a in s.args if a.type == "NAME"]) == 1:
            _, u = use(s, u, "all")  # (f22c) "web 컨테이너 설정 전체 보여주세요", "show all the details of web": all of them
    placed = any(a.value == name and (a.prep in ("in", "at") or a.particle in ("from", "at")) for a in s.args)
    return m.Inspect(name, lang=s.lang, as_place=placed), u


def status(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """A container said to be in trouble, no verb ("web 뻗었어", "is web dead?", "cache 먹통"): its
    status then its last COMPLAINT_TAIL log lines (docker inspect, docker logs --tail), both reads."""
    cmd, u = inspect(s, u, "status", kind)
    if not isinstance(cmd, m.Inspect):
        return cmd, u
    return m.Sequence(steps=(cmd, m.Logs(cmd.target, tail=COMPLAINT_TAIL, lang=s.lang)), lang=s.lang), u


def property_(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """A property of one container asked about (`_property_asked`): its details (docker inspect)."""
    name, u = one(s, u, "container")
    return m.Inspect(name, lang=s.lang), u


def members(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """What is attached to a network, asked (`_asked_about`): the network's details (docker network inspect);
    whether a container is on it ("backend 네트워크에 web 붙어있나?", `_attached_asked`): the same, both names read."""
    if _attached_asked(s, u, []):
        net = next(a for a in s.args if a.particle == "at")
        return m.NetworkInspect(net.value, lang=s.lang), u.arg(*s.args)
    if _on_network_asked_en(s, [v for v, _, _ in s.verb_spans]):  # (k15en) "is web on the backend network?"
        return m.NetworkInspect(s.args[1].value, lang=s.lang), u.arg(*s.args)
    name, u = one(s, u, "network")
    return m.NetworkInspect(name, lang=s.lang), u


def touch(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"touch web": no docker action (it only says which names are left alone: `_not_these`)."""
    raise Incomplete("parse.no_verb")


def listing(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    named = ph(s, u, "named")
    kinds = tuple(dict.fromkeys(s.nouns))
    if (len(kinds) > 1 and set(kinds) <= {"volume", "network", "image", "container"} and set(s.verbs) <= {"show", "list"}
            and not s.args and not s.phrases):
        # (f23a) lists of two kinds or more said together ("list volumes and networks", "볼륨 목록하고 네트워크 목록"):
        # each kind's list, in the order said — never the first alone
        lists = {"volume": m.VolumeList(lang=s.lang), "network": m.NetworkList(lang=s.lang),
                 "image": m.ListImages(lang=s.lang), "container": m.ListContainers(lang=s.lang)}
        return m.Sequence(steps=tuple(lists[k] for k in kinds), lang=s.lang), u
    if (s.lang == "en" and kind in ("container", "volume", "network") and not free(s, u) and len(named) == 1
            and len(named[0].values) == 1 and not named[0].values[0].isdigit()):
        # (en14) one thing of a kind asked for by its name ("is there a container called data" · "do we have a volume
        # named pgdata" · "any network called backend?"): its details, a read — the plan says when there is none
        name = named[0].values[0]
        check_name(name, kind)
        _, u = take(s, u, "named")
        if kind == "volume":
            return m.VolumeInspect(name, lang=s.lang), u
        if kind == "network":
            return m.NetworkInspect(name, lang=s.lang), u
        return m.Inspect(name, lang=s.lang), u
    if free(s, u):
        # "show web" -> inspect web; "web 환경변수 확인" -> exec env
        return show(s, u, verb, kind)
    if kind in ("volume", "network", "image") and set(s.verbs) <= {"show", "list"}:
        # (lead19) the unused ones asked for, not pruned: "안 쓰는 볼륨 있어?" · "안 쓰는 이미지 있나 봐줘" · "list unused
        # networks" — the list (fresh17's rows; docker's list of them says which are used no more than any other)
        dangling = _dangling_said(s, u)
        _, u = use(s, u, "unused")
        if dangling and kind == "image":  # "show dangling images": docker's own word, its own filter
            return m.ListImages(filters=m.DANGLING_ONLY, lang=s.lang), u
    if kind == "volume":
        _, u = use(s, u, "all")  # "list all the volumes": every volume is listed anyway
        return m.VolumeList(lang=s.lang), u
    if kind == "network":
        _, u = use(s, u, "all")
        return m.NetworkList(lang=s.lang), u
    if kind == "image":
        _, u = use(s, u, "ip")  # "로컬 이미지 리스트": the engine's own images
        every, u = use(s, u, "all")
        return m.ListImages(all=every, lang=s.lang), u
    if "env" in s.nouns:
        raise Incomplete("parse.need_target", what="container")
    every, u = use(s, u, "all")
    by_name, u = _name_filter(s, u)
    made_only = _made_only(s, u)
    both = _states_said(s, u)
    stopped, u = use(s, u, "stopped")
    if stopped and made_only and not s.args:
        # (lead19) "한번도 안 뜬 컨테이너 보여줘", "list the containers that never started": docker's status created
        return m.ListContainers(all=True, filters=(("status", _LEX["made_status"][0]),), lang=s.lang), u
    if not stopped and not s.args and s.lang == "en" and "container" in s.nouns:
        stopped, u = use(s, u, "down")  # "any containers down?": the stopped ones are asked for
    running, u = use(s, u, "running")
    every, running = every or both, running and not both  # (f23x) "show stopped and running containers": all of them
    if not running and s.lang == "en" and "container" in s.nouns:
        running, u = use(s, u, "alive")  # (f12en) "which containers are alive?": the running ones
    if not stopped and not running and not s.args and has(s, u, "paused"):
        # (blind14) "show paused containers only", "일시정지된 컨테이너만": the paused ones (docker ps shows them)
        _, u = use(s, u, "paused")
        return m.ListContainers(all=every, filters=(("status", "paused"),) + by_name, lang=s.lang), u
    if stopped and not running and not every and not s.args and (_only_listed(s) or _status_named(s)):
        # (blind14) "종료된 것만 보여줘", "list only the exited ones": the exited ones alone
        return m.ListContainers(all=True, filters=(("status", "exited"),) + by_name, lang=s.lang), u
    quiet, u = use(s, u, "ids_only")  # (k15en) "just the container IDs": docker ps -q
    return m.ListContainers(all=(every or stopped) and not running, quiet=bool(quiet), filters=by_name, lang=s.lang), u


def _states_said(s: Said, u: Used) -> bool:
    """(f23x) Both states of a listing said together ("stopped and running containers", "꺼진 거랑 실행 중인 거": every
    container), the words between them those of grammar/lexicon.txt `states_joined` and `states_between`."""
    stopped, running = ph(s, u, "stopped"), ph(s, u, "running")
    if len(stopped) != 1 or len(running) != 1 or stopped[0].span is None or running[0].span is None:
        return False
    first, second = sorted((stopped[0].span, running[0].span))
    gap = set(s.text[first[1]:second[0]].lower().replace(",", " , ").split())
    return gap <= set(_LEX["states_joined"]) | set(_LEX["states_between"]) and bool(gap & set(_LEX["states_joined"]))


def _name_filter(s: Said, u: Used) -> tuple[tuple[tuple[str, str], ...], Used]:
    """(f23x) The containers whose name holds a word (natural.lark `name_has`: "이름에 nginx 들어간 컨테이너", "whose name
    contains cache"): docker ps --filter name=WORD; () when none is said."""
    said, u = take(s, u, "name_has")
    return tuple(("name", p.values[0]) for p in said[:1] if p.values), u


def _status_named(s: Said) -> bool:
    """(inc21) A stopped state said with the word of a status (grammar/lexicon.txt `status_said`: "stopped 상태인 컨테이너
    있나?", "종료 상태인 컨테이너 목록"): docker's status exited named, the list of it alone."""
    return any(set(said(s, p).lower().split()) & set(_LEX["status_said"]) for p in s.phrases if p.group == "stopped")


def _only_listed(s: Said) -> bool:
    """Whether a word of "only" (grammar/lexicon.txt `only_listed`) is said in the sentence."""
    return not set(s.text.lower().split()).isdisjoint(_LEX["only_listed"])


def show(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    if "logs" in s.verbs:
        return logs(s, u, verb, kind)
    said_get = {s.text[a:b].strip().lower() for v, a, b in s.verb_spans if v == "show"}
    if (said_get and said_get <= set(_LEX["get_image"]) and len(s.args) == 1 and s.args[0].type == "NAME"
            and s.args[0].kind in (None, "image") and not s.phrases and not CONTAINER_NAME.fullmatch(s.args[0].value)
            and IMAGE_REF.fullmatch(s.args[0].value)):
        # "get me ubuntu:focal", "grab nginx:1.25": an image ref with its tag or registry, which no container is
        # named — fetched (docker pull); "get me redis" stays a look (a container or an image? asked by the plan)
        return images(s, u, "pull", "image")
    if "env" in s.nouns and free(s, u):
        name, u = one(s, u, "container")
        words = set(_said_words(s))
        if words & set(_LEX["wh"]) and words & set(_LEX["have_q"]):
            return m.Inspect(name, lang=s.lang), u  # "what env vars does db have": its Config.Env, running or not
        if s.lang == "ko" and set(s.text.split()) & set(_LEX["wh"]):
            # asked with a question word in Korean (the morpheme stream: 뭐야 -> 뭐): "data 환경변수 뭐 있어",
            # "web 환경변수 뭐야?", "data 환경변수 뭐 들어있어" — its Config.Env (a read, stopped or not);
            # asked to be shown ("cache 환경변수 보여줘") it is `env` run in it
            return m.Inspect(name, lang=s.lang), u
        return m.Exec(name, ("env",), lang=s.lang, env_asked=True), u
    paths = [a for a in free(s, u) if a.type == "PATH"]
    names = [a for a in free(s, u) if a.type == "NAME" and a.kind in (None, "container")]
    if (len(paths) == 1 and len(names) == 1 and not kind and names[0].particle in (None, "from", "topic")
            and ((s.lang == "ko" and set(s.text.split()) & set(_LEX["wh"]))
                 or (s.lang == "en" and _dir_asked(s) and names[0].prep in ("in", "at")))):
        # "web 안에 /etc/nginx 뭐 있는지 봐줘", "data /tmp에 뭐 있어 보여줘": what a directory of a container holds,
        # asked — its listing run there (grammar/lexicon.txt `list_dir`), a read of the container's files
        check_name(names[0].value, "container")
        return m.Exec(names[0].value, (*_LEX["list_dir"], paths[0].value), lang=s.lang), u.arg(paths[0], names[0])
    if (verb == "list" and len(paths) == 1 and len(names) == 1 and len(free(s, u)) == 2 and not kind
            and paths[0].kind in (None, "dir") and paths[0].particle in (None, "of", "topic")
            and (names[0].particle in (None, "from", "topic") or names[0].prep in ("in", "at"))):
        # "web 안에 /usr/share/nginx/html 파일 목록 보여줘요", "list files in /etc on web": the listing of a directory
        # of one container — its listing run there (grammar/lexicon.txt `list_dir`), a read of its files
        check_name(names[0].value, "container")
        return m.Exec(names[0].value, (*_LEX["list_dir"], paths[0].value), lang=s.lang), u.arg(paths[0], names[0])
    if s.lang == "en" and len(names) == 2 and len(free(s, u)) == 2 and not kind and verb == "show":
        program = [a for a in names if a.prep is None and a.value in _LEX["known_programs"]]
        place = [a for a in names if a.prep == "in"]
        if len(program) == 1 and len(place) == 1:
            # (lead27) "print hostname inside cache", "show uptime in web": a program's output shown, run in the
            # container said with `in` (docker exec cache hostname) — never two containers' details
            check_name(place[0].value, "container")
            return m.Exec(place[0].value, (program[0].value,), lang=s.lang), u.arg(program[0], place[0])
        procs = [a for a in names if a.prep is None and a.value in _LEX["top_word_en"]]
        if len(procs) == 1 and names[0] is procs[0]:
            # (lead27) "show top for web": its processes, as `docker top` shows them
            other = names[1]
            check_name(other.value, "container")
            return m.Top(other.value, lang=s.lang), u.arg(procs[0], other)
    files = any(v == "list" and set(s.text[a:b].lower().split()) & set(_LEX["files_listed"]) for v, a, b in s.verb_spans)
    if (files and len(names) == 1 and len(free(s, u)) == 1 and not kind
            and (names[0].particle in (None, "from", "topic", "at") or names[0].prep in ("in", "at"))):
        # (lead27) "data 파일 목록", "data 안에 파일 뭐 있어요?", "list files in data": the files of one container, no
        # directory said — its listing run there (its working directory), never its details with the files dropped
        check_name(names[0].value, "container")
        return m.Exec(names[0].value, tuple(_LEX["list_dir"]), lang=s.lang), u.arg(names[0])
    inside = [a for a in free(s, u) if a.type == "NAME" and a.kind in (None, "container") and a.prep == "in"]
    if (s.lang == "en" and len(inside) == 1 and len(free(s, u)) == 1 and not kind
            and {s.text[a:b].strip().lower() for _, a, b in s.verb_spans} <= set(_LEX["procs_listed"])):
        return top(s, u, verb, kind)  # "ps inside my-nginx", "ps in web": the processes in it (docker top)
    if free(s, u):
        return inspect(s, u, verb, kind)
    return listing(s, u, verb, kind)


def stats(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"cache cpu 사용량", "web 메모리 얼마나 먹어?", "how much memory is web using", "리소스 사용량", "which
    container eats the most cpu": `docker stats --no-stream` of the containers named, else of every running one."""
    uses = [p.span for g in ("usage", "memory") for p in ph(s, u, g) if p.span]
    troubles = [p.span for p in ph(s, u, "complaint") if p.span]
    if uses and troubles and all(any(t0 >= e for _, e in uses) for t0, _ in troubles):
        # (f12ko) a trouble said of the use, asked ("cache 메모리 터짐?", "web cpu 터졌나?"): how much it uses
        u = u.group("complaint")
    for g in ("usage", "usage_verb", "much", "when_asked", "memory", "attr_verb", "running", "all", "alive"):
        u = u.group(g)
    names, u = targets(s, u, what="container")
    return m.Stats(names, lang=s.lang), u


def _history_kinds(s: Said) -> list[str | None]:
    """The kinds of the names said with an image's history (f22c): a name right after the noun with no "of" ("image
    history for alpine", "history for redis": `for` is filler) takes the noun's kind, and is the one whose history it
    is — no kind of its own, as "history of alpine"."""
    return [None if a.kind == "layers" else a.kind for a in s.args if a.type == "NAME"]


def history(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """(hist17) "redis 이미지 히스토리", "show the history of the nginx image": `docker history` of one image."""
    bare = _history_kinds(s) == [None]
    name, u = one(s, u, "image")
    return m.History(name, lang=s.lang, bare=bare), u


def top(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"processes in web", "web 프로세스 보여줘": `docker top` of one container; (f22b34) of each of several said joined
    ("web이랑 cache 프로세스 보여줘", "show processes of web and my-nginx": `joined_containers`), one after the other."""
    if joined_containers(s):
        names, u = targets(s, u, what="container")
        return m.Sequence(steps=tuple(m.Top(n, lang=s.lang) for n in names), lang=s.lang), u
    name, u = one(s, u, "container")
    return m.Top(name, lang=s.lang), u


def port_(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """"what ports does web publish", "show the ports of web", "web 포트 보여줘": `docker port` of one container; (f22b34)
    of each of several said joined ("web하고 cache 포트 보여줘", "show the ports of web and cache"), one after the other."""
    if joined_containers(s):
        names, u = targets(s, u, what="container")
        u = u.group("port")
        return m.Sequence(steps=tuple(m.Port(n, lang=s.lang) for n in names), lang=s.lang), u.group("attr")
    name, u = one(s, u, "container")
    # (lead27) the container's port said by its number ("db 컨테이너 3306 포트 매핑 돼 있어?", "web 80번 포트가 호스트 몇 번에
    # 매핑돼 있어?"): all its mappings, that one among them (as "is web on port 80?" is answered)
    u = u.group("port")
    return m.Port(name, lang=s.lang), u.group("attr")


def help_(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    _, u = take(s, u, "help")
    return m.Help(topic=_help_on(s, u) or None, lang=s.lang), u


# the phrases a question about the way to do a verb may hold besides it ("how do I remove all the stopped
# containers?", "재시작 어떻게 해요?"): read as part of the question
_HELP_SAID = ("help", "question", "all", "running", "stopped")


def _help_on(s: Said, u: Used) -> str | None:
    """The verb whose help is asked ("" for gorae's help as a whole), or None when none is.

    Asked with the grammar's `help` ("help restart", "로그 보는 법", "재시작 방법 알려줘") or a how-question
    (`how_to`: "how do I restart a container?", "재시작 어떻게 해?") of one verb (a verb of showing is the asking:
    "사용법 알려줘"), with no name, no negation and nothing else said: the same words with a name are the
    verb's question ("how do i restart web" asks back), and a word of anything else is read as before."""
    how = any(isinstance(t, Tree) and t.data == "how_to" for p in ph(s, u, "question") for t in p.subs)
    if not (has(s, u, "help") or how) or s.args or s.excluded:
        return None
    if any(p.group not in _HELP_SAID for p in s.phrases):
        return None
    verbs = list(dict.fromkeys(s.verbs))
    asked = [v for v in verbs if v != "show"] or ([] if not how else verbs)
    if len(asked) == 1 and asked[0] in VERBS:
        return asked[0]
    return "" if not asked and has(s, u, "help") and verbs else None


# --------------------------------------------------------------------------- images


def images(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """pull, push (rmi is `remove` with an image). Several images said to be pulled ("pull busybox and alpine") are
    pulled one after the other, in the order said (docker pull takes one image): a `Sequence` of pulls; a push is
    of one image."""
    if (spaced := _namespace_spaced(s, u)) is not None:
        # (en15) "push the fastcampus hello-world image": the repository's namespace said as a word of its own
        owner, repo = spaced
        u = u.arg(owner, repo)
        if verb == "push":
            u = _pushed_to_hub(s, u)
        name = f"{owner.value}/{repo.value}"
        return (m.Pull(name, lang=s.lang) if verb == "pull" else m.Push(name, lang=s.lang)), u
    if verb == "pull":
        u = _pulled_from(s, u)
        names, u = targets(s, u, what="image")
        names = _versions_said(names)
        if len(names) > 1:
            return m.Sequence(tuple(m.Pull(n, lang=s.lang) for n in names), lang=s.lang), u
        if not names:
            raise Incomplete("parse.need_target", what="image")
        return m.Pull(names[0], lang=s.lang), u
    u = _pushed_to_hub(s, u)
    if s.lang == "en" and any(p.span is not None and s.text[p.span[0]:p.span[1]].strip().lower() in _LEX["pushed_up"]
                              for p in ph(s, u, "running")):
        _, u = use(s, u, "running")  # (en14) "push hello-world up to the hub": pushed up, as pushed
    name, u = one(s, u, "image")
    return (m.Pull(name, lang=s.lang) if verb == "pull" else m.Push(name, lang=s.lang)), u


# --------------------------------------------------------------------------- tag


def tag(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """docker tag SOURCE TARGET: two images said — the one the tag goes on and the name it gets. Korean says the
    roles with particles: the image the tag is hung on with 에 ("nginx 이미지에 nginx:prod 태그 달아줘"), the new name
    with (으)로 ("redis 이미지를 redis:backup으로 태그해줘"); English says the new name after as/with ("tag nginx as
    nginx:stable", `named`'s as). Said bare, the first is the source, in docker's order ("busybox 태그 busybox:v20",
    "tag alpine alpine:base"). Exactly two names: one alone is asked for the other (`parse.tag_needs_two`), a third
    is never a guess (`parse.tag_one_source`). A new name said with neither a tag nor a path ("nginx에 v2 태그
    달아줘": nginx:v2, or an image called v2?) is asked (`parse.tag_bare`), never made an image of that name."""
    new: list[str] = []
    named, u = use(s, u, "named")
    if named:  # "tag redis as redis:v14"
        new = [p.values[-1] for p in ph(s, u, "named") if p.values]
    names = [a for a in free(s, u) if a.type != "ALL_RUNNING"]
    if any(a.type != "NAME" for a in names):
        raise Incomplete("parse.tag_needs_two")
    if not new:
        as_new = [a for a in names if a.particle == "as" or a.prep == "with"]  # "…를 redis:backup으로", "with nginx:prod"
        onto = [a for a in names if a.particle == "at" or a.prep == "at"]  # "nginx 이미지에 …", "… onto nginx"
        if len(names) == 2 and len(as_new) == 1:
            names = [a for a in names if a is not as_new[0]] + as_new
        elif len(names) == 2 and len(onto) == 1:
            other = next(a for a in names if a is not onto[0])
            # (k16en) "tag the redis image to redis:test": the name said with to is the new one when it is a tag of
            # the other's repository, the other said bare (an image is never tagged onto a tag of itself)
            new_of_other = (":" in onto[0].value.rsplit("/", 1)[-1] and ":" not in other.value.rsplit("/", 1)[-1]
                            and onto[0].value.rsplit(":", 1)[0] == other.value)
            names = [other, onto[0]] if new_of_other else [onto[0], other]
        elif len(names) != 2 or as_new or onto:
            names = []
        if names and names[-1].kind not in (None, "image"):
            names = []  # "nginx를 web 컨테이너로 태그": a container is no name of an image
        if names:  # else docker's order: SOURCE TARGET
            u = u.arg(names[-1])
            new = [names.pop().value]
    if len(new) != 1 or not names:
        raise Incomplete("parse.tag_needs_two")
    if len(names) > 1:
        raise Incomplete("parse.tag_one_source", names=", ".join(a.value for a in names))
    source, target = names[0], new[0]
    for value in (source.value, target):
        check_name(value, "image")
    if source.kind not in (None, "image"):
        raise Incomplete("parse.tag_needs_two")
    try:
        docker_values.new_reference(target)  # "tag nginx as MyApp:1": docker's invalid reference, never sent
    except docker_values.ValueRejected as e:
        raise Incomplete(e.key, **e.params) from None
    if ":" not in target.rsplit("/", 1)[-1] and "/" not in target:
        # "nginx에 v2 태그 달아줘": the tag v2 of nginx, or a new image v2:latest — asked, never guessed
        repo = source.value.split("@", 1)[0]
        repo = repo.rsplit(":", 1)[0] if ":" in repo.rsplit("/", 1)[-1] else repo
        raise Incomplete("parse.tag_bare", source=source.value, word=target,
                         proposal=m.Tag(source.value, f"{repo}:{target}", lang=s.lang))
    return m.Tag(source.value, target, lang=s.lang), u.arg(source)


def _namespace_spaced(s: Said, u: Used) -> tuple[Arg, Arg] | None:
    """(en15) English: two bare names, then the word image said of the second, nothing else said ("push the
    fastcampus hello-world image", "pull the bitnami redis image"): the namespace and the repository of one image
    (docker reads it `fastcampus/hello-world`), never two images. None when not so said."""
    names = free(s, u)
    if s.lang != "en" or len(names) != 2 or s.phrases or s.excluded:
        return None
    owner, repo = names
    if (owner.type != "NAME" or repo.type != "NAME" or owner.kind is not None or repo.kind != "image"
            or any(a.prep is not None or a.particle is not None for a in names)
            or not re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", owner.value) or "/" in repo.value
            or s.text[owner.pos + len(owner.value):repo.pos].strip()):
        return None
    return owner, repo


def _pushed_to_hub(s: Said, u: Used) -> Used:
    """(en13) Docker Hub said as where an image is pushed to ("push hello-world up to the hub", "push
    fastcampus/hello-world to docker hub"; grammar/lexicon.txt `hub_said`): where docker pushes an image of that name
    anyway — its words are read, never a second image. Any other place after to stays a word of the push (refused as
    before: `one` takes one image)."""
    if s.lang != "en":
        return u
    source = _names_after_prep(s, u, "at")  # "to" is e_at
    if source and "~".join(a.value.lower() for a in source) in _LEX["hub_said"]:
        return u.arg(*source)
    return u


def _names_after_prep(s: Said, u: Used, prep: str) -> list[Arg]:
    """The words of a place said after a preposition (`prep`: "at" for to, "from" for from/off): the first free name
    said with it and the bare names right after it ("docker hub", "the hub"); [] when none is said."""
    args = sorted(free(s, u), key=lambda a: a.pos)
    first = next((i for i, a in enumerate(args) if a.prep == prep and a.type == "NAME"), None)
    if first is None:
        return []
    source = [args[first]]
    for a in args[first + 1:]:
        if a.type != "NAME" or a.prep is not None or a.particle is not None:
            break
        source.append(a)
    return source


_VERSION = re.compile(r"\d+(\.\d+)*")


def _versions_said(names: tuple[str, ...]) -> tuple[str, ...]:
    """(en13) A version said as a word after the image it is of ("fetch ubuntu 22.04", "pull redis 7", "grab nginx
    1.25 pls"): the image's tag (ubuntu:22.04), never one more image pulled by the number's name (docker has no image
    named 22.04 to pull: `docker pull ubuntu`, `docker pull 22.04` was planned). A number first, or after an image
    that has its tag already, stays as said."""
    out: list[str] = []
    for n in names:
        if out and _VERSION.fullmatch(n) and ":" not in out[-1].split("/")[-1] and not _VERSION.fullmatch(out[-1]):
            out[-1] = f"{out[-1]}:{n}"
        else:
            out.append(n)
    return tuple(out)


# --------------------------------------------------------------------------- rename


_ASKED_OF_RENAME = frozenset({"asked", "question"})  # (brk21) the phrases of a permission asked with a rename's verb


def _renamed_ko(s: Said) -> bool:
    """(rename20) Korean, 이름 said with its new name (grammar/natural.lark `named`: "이름 web-blue로", "이름을 web-old로")
    of one container, and the verb a change (v_update's 바꾸다/변경) or none: the container renamed ("web 이름 web-blue로
    변경", "web 컨테이너의 이름을 web-old로 바꾸어 주십시오", "data 이름을 archive로") — never a service updated to an
    image named so, never a run. Nothing else said (a schedule, a negation: read as before, and nothing runs) but
    (brk21) whether it may be done, asked with the verb ("web 이름 web2로 바꿔도 돼?": it answered with a service
    update's refusal) — the rename read, then asked back as any permission asked; with no verb the new name is said
    with (으)로."""
    if s.lang != "ko" or set(s.verbs) - {"update"} or len(s.verbs) > 1 or parse_swarm.about_services(s):
        return False
    named = [p for p in s.phrases if p.group == "named"]
    rest = {p.group for p in s.phrases if p.group != "named"}
    if len(named) != 1 or named[0].span is None or (rest and (rest - _ASKED_OF_RENAME or not s.verbs)):
        return False
    a, b = named[0].span
    said_as = s.text[a:b].split()
    if not said_as or said_as[0] not in _LEX["rename_noun_ko"] or (not s.verbs and said_as[-1] not in _LEX["renamed_as_ko"]):
        return False
    return len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container")


def _renamed_en(s: Said) -> bool:
    """(rename20) English, a name given to one container, no verb: "give cache the name cache2" (grammar/lexicon.txt
    `rename_given_en` first, then the container, then `named`'s "name NEW") — the container renamed. A name given
    with named/called ("give me a redis called q11") is a new container's: never this."""
    if s.lang != "en" or s.verbs or len(s.phrases) != 1 or s.phrases[0].group != "named" or s.phrases[0].span is None:
        return False
    words = s.text.lower().split()
    a, b = s.phrases[0].span
    if not words or words[0] not in _LEX["rename_given_en"] or s.text[a:b].split()[:1] != ["name"]:
        return False
    return len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind in (None, "container") and s.args[0].pos < a


def rename(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """docker rename CONTAINER NEW_NAME: one container and the name it gets. Korean says the roles with particles:
    the container first or with 을/를, the new name with (으)로 ("web을 my-web으로 이름 바꿔줘", "my-nginx rename 해서
    edge-old로") or as 이름's value (`named`: "web 이름 web-blue로 변경"); English says the new name after to/as
    ("rename my-nginx to proxy", "rename cache as cache2", "change data's name to archive"). Said bare, the two are in
    docker's order ("rename data data-old"). Exactly two names: one alone is asked for the other
    (`parse.rename_needs_two`), a second container is never a guess (`parse.rename_one_container`); a volume, a network
    or an image is never renamed (docker renames containers only)."""
    # "change data's name to archive": the container said inside the verb's words (grammar/natural.lark `v_rename`)
    inside = [w[1] for w in (s.text[a:b].split() for v, a, b in s.verb_spans if v == "rename")
              if len(w) == 3 and w[2].lower() == "name"]
    named, u = take(s, u, "named")
    new = [p.values[-1] for p in named if p.values]
    names = [a for a in free(s, u) if a.type != "ALL_RUNNING"]
    if any(a.type != "NAME" for a in names) or len(inside) > 1:
        raise Incomplete("parse.rename_needs_two")
    if inside:  # the new name is the one name said after it ("to archive")
        if new or len(names) != 1 or names[0].kind is not None:
            raise Incomplete("parse.rename_needs_two")
        check_name(inside[0], "container")
        return m.Rename(inside[0], _new_container_name(names[0].value), lang=s.lang), u.arg(names[0])
    said_names = list(names)
    if not new:
        as_new = [a for a in names if a.particle == "as" or a.prep == "at"]  # "…을 my-web으로", "to proxy"
        if len(names) == 2 and len(as_new) == 1:
            names = [a for a in names if a is not as_new[0]] + as_new
        elif len(names) != 2 or as_new or not _docker_order_said(s, names):
            names = []
        if names:  # else docker's order: CONTAINER NEW_NAME
            u = u.arg(names[-1])
            new = [names.pop().value]
    if len(new) != 1 or not names:
        if not new and len(said_names) == 1 and (s.text.rstrip().endswith("?") or any(
                p.group in _ASKED_OF_RENAME for p in s.phrases)):
            # (brk21) "web 이름 바꿀 수 있어?", "web 이름 바꿔도 돼?": whether it can be renamed, asked: yes, with a name
            raise Incomplete("parse.rename_asked", name=said_names[0].value)
        raise Incomplete("parse.rename_needs_two")
    if len(names) > 1:
        raise Incomplete("parse.rename_one_container", names=", ".join(a.value for a in names))
    source = names[0]
    if source.kind not in (None, "container"):
        raise Incomplete("parse.rename_not_container", name=source.value, kind=source.kind)
    check_name(source.value, "container")
    return m.Rename(source.value, _new_container_name(new[0]), lang=s.lang), u.arg(source)


def _docker_order_said(s: Said, names: list[Arg]) -> bool:
    """(lead20) Two bare names of a rename in docker's order only when said right after the verb, one after the other,
    nothing after them but words that change nothing ("rename data data-old", "please rename data data-old") — never
    a word after a name ("would renaming web break anything?" and "renaming web failed" planned `docker rename web
    break`, `docker rename web failed`)."""
    first, second = sorted(names, key=lambda a: a.pos)
    ends = [b for v, a, b in s.verb_spans if v == "rename" and s.text[a:b].strip().lower() in _LEX["rename_bare"]]
    end_first = first.pos + len(first.value)
    tail = s.text[second.pos + len(second.value):].lower().split()
    return (any(not s.text[b:first.pos].strip() for b in ends) and not s.text[end_first:second.pos].strip()
            and all(w.strip(".!?,") in _LEX["rename_tail_ok_en"] for w in tail))


def _new_container_name(value: str) -> str:
    """A container's new name, checked as docker checks one (`docker_values.container_name`): refused here, never
    sent for the engine to refuse."""
    try:
        return docker_values.container_name(value)
    except docker_values.ValueRejected as e:
        raise Incomplete(e.key, **e.params) from None


def _pulled_from(s: Said, u: Used) -> Used:
    """(en12) The place an image is pulled from, said after from/off ("fetch httpd from docker hub", "grab redis off
    the hub"): Docker Hub (grammar/lexicon.txt `hub_said`) is where docker pulls from anyway — its words are read;
    any other place ("pull hello-world from fastcampus", "pull nginx from web") is asked, never pulled as an image."""
    source = _names_after_prep(s, u, "from") if s.lang == "en" else []
    # (en15) "do the pull of alpine", "fire off a pull of redis": `of` right after the verb's noun names what is pulled
    source = [a for a in source if not any(v == "pull" and s.text[b:a.pos].split() == list(_LEX["verb_noun_of"])
                                            for v, _, b in s.verb_spans)]
    if not source:
        return u
    words = "~".join(a.value.lower() for a in source)
    if words in _LEX["hub_said"]:
        return u.arg(*source)
    raise Incomplete("parse.unused", words=", ".join(f"`{a.value}`" for a in source))


# --------------------------------------------------------------------------- network


def _net_and_container(s: Said, u: Used, roles: tuple[str, ...]) -> tuple[str, str, Used]:
    net, container, _, u = _net_and_container_either(s, u, roles)
    return net, container, u


def _net_and_container_either(s: Said, u: Used, roles: tuple[str, ...]) -> tuple[str, str, bool, Used]:
    """The network and the container of a connect or a disconnect, and whether the two may be the other way round
    (f12en): two names said bare, no role telling which ("connect web backend", "web backend 커넥트": the container
    first, as said), or the network told only by the kind word said of a name while the other is bare ("cache
    네트워크 커넥트 backend": docker's `network connect` said in Hangul after the container) — the plan decides
    by the engine (NetworkConnect.either)."""
    names = [a for a in free(s, u) if a.type == "NAME"]
    nets = [a for a in names if a.kind == "network"]
    either = False
    if not nets:
        nets = [a for a in names if a.prep in roles or a.particle in roles]
        bare = [a for a in names if a.kind is None and a.prep is None and a.particle is None]
        if not nets and len(names) == 2 and bare == names:
            nets, either = [names[1]], True
    elif len(nets) == 1 and len(names) == 2 and all(a.prep is None and a.particle is None for a in names):
        either = True
    conts = [a for a in names if a not in nets[:1]]
    if len(nets) < 1 or len(conts) != 1:
        raise Incomplete("parse.need_network_and_container")
    for a in (nets[0], conts[0]):
        check_name(a.value, "container")
    return nets[0].value, conts[0].value, either, u.arg(nets[0], conts[0])


def _containers_connected(s: Said, u: Used, roles: tuple[str, ...]) -> tuple[Arg, list[Arg]] | None:
    """(inc21) One network told by its role (에, to, or its kind word) and two or more containers said together before
    or after it, bare or joined (랑, and, 를): the network and the containers, in the order said; None for any other
    shape (one container, or no network told: `_net_and_container_either`)."""
    names = [a for a in free(s, u) if a.type == "NAME"]
    nets = [a for a in names if a.kind == "network" or a.prep in roles or a.particle in roles]
    conts = [a for a in names if a not in nets]
    if len(nets) != 1 or len(conts) < 2 or len(conts) > MAX_LOGS or len(names) != len(free(s, u)):
        return None
    if not all(a.kind in (None, "container") and a.prep is None and a.particle in (None, "and", "obj", "topic")
               for a in conts):
        return None
    return nets[0], conts


def joined_containers(s: Said) -> bool:
    """(f22b34) Two to MAX_LOGS containers' names said joined and nothing else named: in Korean each before the last
    with the particle and ("web이랑 cache 프로세스 보여줘", "web하고 cache 포트"), in English by a word of
    grammar/lexicon.txt `joined_names_en` between each two as typed ("show processes of web and my-nginx", "ports of web,
    cache and data"); the first may be said with of/for/in, the others bare. Never two names said side by side
    ("processes of web zzz": a word of the sentence read as a name) nor with another kind or a phrase other than a
    question or an attribute."""
    names = [a for a in s.args if a.type == "NAME"]
    if not 2 <= len(names) <= MAX_LOGS or len(names) != len(s.args):
        return False
    if [p for p in s.phrases if p.group not in ("attr", "question", "running")]:
        return False
    if any(a.kind not in (None, "container", *(("proc",) if not i else ())) or (a.prep is not None and i)
           or a.particle not in (None, "and", "topic") for i, a in enumerate(names)):
        return False
    if s.lang == "ko":
        return all(a.particle == "and" for a in names[:-1])
    joins = {w.replace("_", " ") for w in _LEX["joined_names_en"]}
    return all(" ".join(s.text[a.pos + len(a.value):b.pos].lower().split()) in joins for a, b in zip(names, names[1:]))


def network(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """connect, disconnect (network create/rm are `create` and `remove` with a network)."""
    if verb == "connect":
        ups = ph(s, u, "running")
        if ups and all(said(s, p) in _LEX["verb_up"] for p in ups):
            u = u.group("running")  # "hook data up to backend"
        several = _containers_connected(s, u, ("at", "as"))
        if several is not None:
            # (inc21) "data랑 cache를 backend에 연결", "connect data and cache to backend": docker network connect takes
            # one container — each connected, in the order said (two steps, confirmed as one)
            net_arg, conts = several
            for a in (net_arg, *conts):
                check_name(a.value, "container")
            _, u = use(s, u, "all")  # "data cache 둘 다 backend에 붙여"
            return m.Sequence(steps=tuple(m.NetworkConnect(net_arg.value, c.value, lang=s.lang) for c in conts),
                              lang=s.lang), u.arg(net_arg, *conts)
        net, container, either, u = _net_and_container_either(s, u, ("at", "as"))
        return m.NetworkConnect(net, container, either=either, lang=s.lang), u
    said_verb = [s.text[a:b].strip().lower() for v, a, b in s.verb_spans if v == "disconnect"]
    # "yank busybox": one bare name, no network nor place said — an image pulled out as well (the plan finds it; a
    # container's name is no image: refused there, never a disconnect guessed)
    alone = (len(s.args) == 1 and s.args[0].type == "NAME" and s.args[0].kind is None and s.args[0].prep is None
             and s.args[0].particle in (None, "obj") and "network" not in s.nouns)
    if (kind_of(s) == "image" or alone) and said_verb and set(said_verb) <= set(_LEX["yank_image"]):
        return remove(s, u, "rm", "image")  # "yank the alpine image": no network is said, an image is pulled out
    several = _containers_connected(s, u, ("from",))
    if several is not None and not set(_said_words(s)) & set(_LEX["disconnect_one_only_en"]):
        # (f22b34) "web과 cache를 backend에서 빼줘", "disconnect web and cache from backend": each disconnected, in the
        # order said, as a connect of several is
        net_arg, conts = several
        for a in (net_arg, *conts):
            check_name(a.value, "container")
        _, u = use(s, u, "all")
        force, u = use(s, u, "force")
        return m.Sequence(steps=tuple(m.NetworkDisconnect(net_arg.value, c.value, force=force, lang=s.lang)
                                      for c in conts), lang=s.lang), u.arg(net_arg, *conts)
    net, container, either, u = _net_and_container_either(s, u, ("from",))
    force, u = use(s, u, "force")
    return m.NetworkDisconnect(net, container, force=force, either=either, lang=s.lang), u


def _driver(s: Said, u: Used) -> tuple[str | None, Used]:
    said_driver, u = use(s, u, "driver")
    if said_driver:
        p = ph(s, u, "driver")[0]
        if p.values:
            return p.values[0], u.group("driver")
        said = s.text[p.span[0]:p.span[1]].strip() if p.span else ""
        return _DRIVERS_KO.get(said), u.group("driver")  # "mynet 브리지 네트워크 생성"
    for a in free(s, u):
        if a.kind == "driver":
            return a.value, u.arg(a)
    return None, u


def _described(s: Said, u: Used, kind: str) -> Used:
    """(lead29) "make a test network called qa2", "create a scratch volume named v9": a word of what the thing is for
    (grammar/lexicon.txt `described_as_en`) said before its kind noun while its name is said with called/named — the
    name is the one called, that word describes it (used, never a second name)."""
    for a in free(s, u):
        if _describes(a, kind):
            u = u.arg(a)
    return u


def _counted_after(s: Said, word: str) -> bool:
    """(f22r) Whether `word` is said right before a count of one (grammar/lexicon.txt `one_counted_ko`: "postgres:16으로
    DB 하나 5433 포트로 띄워": one DB, a kind of thing — never a container named DB)."""
    at = s.text.find(word)
    after = s.text[at + len(word):].split() if at >= 0 else []
    return bool(after) and after[0] in _LEX["one_counted_ko"]


_DOTTED_VERSION = re.compile(r"\d+(?:\.\d+)+")


def _version_after_image(s: Said, u: Used) -> tuple[Said, Used]:
    """(f22r) A run's image said first, then its version as a dotted number of its own, nothing between ("nginx 1.25로
    8093포트에 띄워", "run nginx 1.25 on port 8093", "run alpine 3.19 echo hi"): the image's tag (nginx:1.25) — as a pull
    reads it (`_versions_said`) — never an image named by the number nor the first word of a command (it ran `alpine`
    with `3.19 echo hi`). Only for the first name said, with no tag of its own; a number with no dot ("redis 7") stays
    as read (a port, a count). `s` with the two said as one, and `u` with the number read."""
    names = sorted((a for a in free(s, u) if a.type in ("NAME", "INT") and a.pos >= 0), key=lambda a: a.pos)
    if len(names) < 2:
        return s, u
    a, b = names[0], names[1]
    if (a.type != "NAME" or ":" in a.value.rsplit("/", 1)[-1] or _DOTTED_VERSION.fullmatch(a.value)
            or not _DOTTED_VERSION.fullmatch(b.value) or a.particle is not None or a.prep is not None or b.prep is not None
            or b.kind is not None or [it for it in s.items if a.pos < it[0] < b.pos]):
        return s, u
    tagged = replace(a, value=f"{a.value}:{b.value}", particle=b.particle, kind=a.kind)
    return replace(s, args=tuple(tagged if x is a else x for x in s.args if x is not b),
                   items=tuple((st, en, n, tagged if w is a else w) for st, en, n, w in s.items if w is not b)), u.arg(b)


def _described_image(s: Said, u: Used) -> Used:
    """(f22r) English, a word of what a new container is for (grammar/lexicon.txt `described_as_en`) said bare between
    an article (`start_new_article_en`) and the image's name, nothing between ("spin up a scratch redis on 6391 called
    redis22", "run a test nginx on 8089", "start a demo httpd"): it describes the container (used), never an image —
    the image is the name after it, and the container a new one (`fresh`: "run a test web" never starts the container
    web). Any other place ("run test redis") stays as read."""
    if s.lang != "en":
        return u
    names = sorted((a for a in free(s, u) if a.type == "NAME"), key=lambda a: a.pos)
    for a, b in zip(names, names[1:]):
        if (_describes(a, None) and b.kind in (None, "image", "container") and b.prep is None and b.particle is None
                and a.pos >= 0 and (s.text[:a.pos].split() or [""])[-1].lower() in _LEX["start_new_article_en"]
                and not [it for it in s.items if a.pos < it[0] < b.pos]):
            return u.arg(a).group("fresh")  # a new one: never a start of a container of the name after it
    return u


def _describes(a: Arg, kind: str | None) -> bool:
    """Whether `a` is a word of grammar/lexicon.txt `described_as_en` said bare before the kind noun `kind` ("a test
    network", "a test container")."""
    return (a.type == "NAME" and a.kind == kind and a.prep is None and a.particle is None
            and a.value.lower() in _LEX["described_as_en"])


def _one_more_of(s: Said, u: Used, kind: str, name: str) -> Used:
    """(lead29) "pgdata 볼륨 하나 더 만들어, 이름 pgdata2": one more (natural.lark `fresh`: 하나 더, another) of the kind of a
    thing said by its name, the new one named: the thing said is what the new one is one more of (used), never a second
    name — only with the new name said (`named`), one such thing, of that kind."""
    others = [a for a in free(s, u) if a.type == "NAME" and a.kind == kind and a.value != name and a.prep is None]
    if len(others) == 1 and has(s, u, "fresh"):
        return u.arg(others[0]).group("fresh")
    return u


def _network_create(s: Said, u: Used) -> tuple[m.Command, Used]:
    driver, u = _driver(s, u)
    if len(ph(s, u, "named")) > 1:
        raise Incomplete("parse.one_target")  # (breaker29) "make a network called qa2 and a network called qa3": one made, one dropped
    named, u = use(s, u, "named")
    if named:
        name = ph(s, u, "named")[0].values[0]
        u = _described(s, u, "network")
        for a in free(s, u):
            if a.kind == "network" and a.value in _DRIVERS and driver is None:
                driver = a.value
                u = u.arg(a)
    else:
        words = [a for a in free(s, u) if a.type == "NAME"]
        drivers = [a for a in words if a.value in _DRIVERS]
        if driver is None and len(words) == 2 and len(drivers) == 1:
            driver = drivers[0].value  # "create an overlay network my-net" · "mynet bridge 네트워크 생성"
            u = u.arg(drivers[0])
        name, u = one(s, u, "network")
    check_name(name, "container")
    return m.NetworkCreate(name, driver=driver, lang=s.lang), u


# --------------------------------------------------------------------------- volume


def volume_create(s: Said, u: Used) -> tuple[m.Command, Used]:
    if len(ph(s, u, "named")) > 1:
        raise Incomplete("parse.one_target")  # (breaker29) two named: one made, one dropped — asked
    named, u = use(s, u, "named")
    if named:
        name = ph(s, u, "named")[0].values[0]
        u = _described(s, u, "volume")
        u = _one_more_of(s, u, "volume", name)
    else:
        names, u = targets(s, u, what="volume")
        if not names:
            raise Incomplete("parse.need_target", what="volume")
        if len(names) > 1 and not _listed(s, [a for a in s.args if a.value in names]):
            raise Incomplete("parse.one_target", what="volume", names=", ".join(names))  # "new volume for mysql backups: …"
        if len(names) > 1:
            # (f22b) several bare names ("create volumes vol22c and vol22d", "vol1, vol2 볼륨 만들어줘"): one docker volume
            # create a name, in the order said (docker makes one a call)
            driver, u = _driver(s, u)
            return m.Sequence(steps=tuple(m.VolumeCreate(n, driver=driver, lang=s.lang) for n in names),
                              lang=s.lang), u
        name = names[0]
    driver, u = _driver(s, u)
    return m.VolumeCreate(name, driver=driver, lang=s.lang), u


def _listed(s: Said, args: list[Arg]) -> bool:
    """(f22b) Whether `args` are said one after another as a list, a word of grammar/lexicon.txt `list_join` (and, a
    comma, 랑, 이랑, 하고 …) and nothing else between two of them, no preposition on any nor right before the first:
    "vol22c and vol22d", "vol1이랑 vol2" — never "new volume for mysql backups: mysql-bk" (a purpose said, one volume)."""
    args = sorted(args, key=lambda a: a.pos)
    if len(args) < 2 or any(a.prep is not None for a in args):
        return False
    joins = set(_LEX["list_join"])
    before = s.text[:args[0].pos].split()[-1:]
    if before and before[0].lower() in _LEX["aside_preposition_en"]:
        return False  # "create volumes for web and cache": what they are for
    for a, b in zip(args, args[1:]):
        between = s.text[a.pos + len(a.value):b.pos].replace(",", " , ").split()
        if not between or not all(w.lower() in joins for w in between):
            return False  # "mysql backups": two words of one phrase, never two names listed
    return True


# --------------------------------------------------------------------------- the command to run

# phrases that may stand inside a command to run ("ls -a", "tail -n 5", "echo all good")
ABSORBED = {"all", "tail", "since", "force", "running", "stopped", "help", "noun", "readonly",
            "env", "ip", "port", "host_port", "container_port", "random_port", "detach", "brief",
            "bare_flag", "timestamps"}
# phrases whose words may alone be a command run "on X" ("run uptime on web", "run env on cache": `_image_arg`)
_WORD_COMMANDS = {"attr", "noun"}
# phrases that, typed right after an image's command, are more of its words ("run busybox ping -c 1 127.0.0.1")
TYPED_ARGS = {"ip", "tail", "since", "bare_flag", "timestamps"}
# phrases with a role of their own at either end of a command's stretch
ROLES = {"named", "rm_after", "restart_policy", "volumes_from", "entrypoint"}
# phrases that only a new container has: with one of them "on NAME" is its network (`_run_options_said`)
RUN_OPTIONS = {"named", "name_as", "restart_policy", "volumes_from", "entrypoint", "detach"}


def _args_words(s: Said, p: Phrase) -> tuple[str, ...]:
    """"인자는 hello world", "and arguments hi there": the words as typed, to the next phrase."""
    if not p.span:
        return p.values
    end = next((start for start, _, _, _ in s.items if start >= p.span[1]), len(s.text))
    region = s.text[p.span[0]:end]
    try:  # a quoted argument is one argument without its quotes, as a shell reads it ("args -c 'echo hi'")
        words = shlex.split(region)
    except ValueError:
        words = region.split()
    first_value = _unquote(p.values[0]) if p.values else None
    first = words.index(first_value) if first_value in words else 1
    return tuple(w for w in words[first:] if not HANGUL.search(w))


def _placed_region(s: Said, placed: Arg) -> tuple[int, int] | None:
    """Where the command is when its container/image was placed: between "X에서" and the verb
    (실행) in Korean, between the verb (run) and "in X" in English — everything said there is
    the command's text: ports, hosts, KEY=VALUE, paths and verbs too."""
    run_verbs = {"v_run", "v_exec", "v_create"}
    at = next((it for it in s.items if it[3] is placed), None)
    if at is None:
        return None
    if placed.particle in ("from", "at"):  # "web에서 curl -s http://… 실행", "cache에 redis-cli info 쳐줘"
        if not any(it[2] in run_verbs for it in s.items):
            run_verbs = {"v_show"}  # "web에서 cat /etc/hosts 보여줘": show what the command prints
        typed = _typed_in_place(s)  # "web에서 echo set up 실행": `set up` is the command's, 실행 runs it
        verb = next((it for it in s.items if it[2] in run_verbs and it[0] >= at[1] and it[0] not in typed), None)
        if verb is None:
            return None
        # phrases with a Korean role at either end are not the command's ("e2e-1라는 이름으로",
        # "80포트로"): the command is the stretch between them
        begin, end = at[1], verb[0]
        inside = sorted((it for it in s.items if begin <= it[0] < end), key=lambda it: it[0])
        # (quoted text is the command's, Hangul and all: "web에서 echo '재시작' 실행")
        while inside and HANGUL.search(s.text[inside[0][0]:inside[0][1]]) and not _quoted(inside[0][3]):
            begin = inside.pop(0)[1]
        while inside and HANGUL.search(s.text[inside[-1][0]:inside[-1][1]]) and not _quoted(inside[-1][3]):
            end = inside.pop()[0]
        if inside and HANGUL.search(s.text[begin:inside[0][0]]):
            # "web 안에 들어가서 env 쳐봐": a particle of the place said twice (안에 … 들어가서) is the place's,
            # read there — a command never begins with a Korean word
            begin = inside[0][0]
        return (begin, end) if inside else None
    if placed.prep in ("in", "at"):
        verb = next((it for it in s.items if it[2] in run_verbs), None)
        if verb is None:
            return None
        if verb[0] < at[0]:  # "run ping -c 1 localhost in data"
            preps = [it[0] for it in s.items if it[2].startswith("e_") and verb[1] <= it[0] < at[0]]
            return _trim_roles(s, verb[1], _with_role(s, verb[1], max(preps) if preps else at[0]))
        return _trim_roles(s, verb[1], len(s.text))  # "in cache run redis-cli -h 127.0.0.1 ping"
    return None


def _quoted(what: Arg | Phrase | None) -> bool:
    """A quoted string typed as it is (a command's text, whatever its script)."""
    return isinstance(what, Arg) and what.type == "STRING"


def _with_role(s: Said, begin: int, end: int) -> int:
    """Where an English command's stretch ends when `with` brings a phrase of a role of its own into it:
    "run env with DEBUG=1 in cache" — `with DEBUG=1` is the command's environment (-e), never its words."""
    inside = sorted((it for it in s.items if begin <= it[0] < end), key=lambda it: it[0])
    for this, after in zip(inside, inside[1:]):
        if this[2] == "e_with" and (after[2] == "env" or after[2] in ROLES):
            return this[0]
    return end


def _trim_roles(s: Said, begin: int, end: int) -> tuple[int, int] | None:
    """"run echo hi named n2 in alpine": a phrase with a role of its own at either end of the
    command's stretch (named, --rm, a restart policy…) is not the command's."""
    inside = sorted((it for it in s.items if begin <= it[0] < end), key=lambda it: it[0])
    while inside and inside[0][2] in ROLES:
        begin = inside.pop(0)[1]
    while inside and inside[-1][2] in ROLES:
        end = inside.pop()[0]
    return (begin, end) if inside else None


def _absorb(u: Used, inside: list[Arg | Phrase | None]) -> Used:
    """What the command's text holds is the command's, nothing else's."""
    u = u.arg(*(w for w in inside if isinstance(w, Arg)))
    return Used(u.args, u.groups, u.absorbed | {w.index for w in inside if isinstance(w, Phrase)}, u.added, u.as_run)


def _command_words(s: Said, u: Used, placed: Arg | None = None) -> tuple[tuple[str, ...], Used]:
    """The command to run: the stretch of the sentence from its first word to the next phrase
    that has another role (the image: "in alpine", "alpine에서"; the verb: 실행), cut from the
    text as typed — so "echo it works", "ls -l /" and "tail -n 5 x" stay whole.

    Words that are also gorae verbs ("ls", "ps", "stop") count as command words
    here: in "web에서 ls /etc 실행" the verb is 실행 and `ls /etc` the command.
    """
    region_at = _placed_region(s, placed) if placed is not None else None
    if region_at is not None:
        begin, end = region_at
        u = _absorb(u, [what for start, _, _, what in s.items if begin <= start < end])
        return _words(s.original(begin, end).strip()), u
    after_run = {"rm"} if has(s, u, "rm_after") or _rm_after_run(s) else set()
    main = MODIFIERS | {"run", "create", "exec"} | u.as_run | after_run
    seed_args = {a.index for a in free(s, u) if a.kind is None and a.prep is None and a.particle is None}
    verb_seeds = [(a, b) for v, a, b in s.verb_spans
                  if v not in main and re.fullmatch(r"[A-Za-z][\w.\-]*", s.text[a:b])]
    starts = [a.pos for a in free(s, u) if a.index in seed_args] + [a for a, _ in verb_seeds]
    if not starts:
        return (("env",) if "env" in s.nouns and not has(s, u, "env") else ()), u
    begin = min(starts)
    end = _said_end(s)
    inside: list[Arg | Phrase | None] = []
    for start, stop, name, what in s.items:
        if start < begin:
            continue
        seed = (name == "arg" and isinstance(what, Arg) and what.index in seed_args) or (
            name.startswith("v_") and name[2:] not in main)
        # a phrase said in Korean ("sleep 3600 백그라운드로 실행") is the sentence's, never the
        # command's text: it ends the command (a Hangul word at its end would be dropped unread)
        if seed or (name in ABSORBED and not HANGUL.search(s.text[start:stop])):
            inside.append(what)
            continue
        if inside and _bare_word_phrase(s, name, start, stop):
            inside.append(what)  # (en15) "have cache run redis-cli info memory"
            continue
        end = start
        break
    # a courtesy last in the stretch ("run echo hello please in data", "have cache run redis-cli info memory
    # please") is the request's, as a chat typer means it; only docker's own order ("exec web echo please",
    # exec_'s `_exec_as_docker`) keeps it as the command's text
    return _words(s.original(begin, end).strip()), _absorb(u, inside)


_QUOTING = re.compile(r"[\"'\\]")  # what shlex reads as quoting (as parse_cli's)
_GLUED_ASCII = re.compile(r"([!-~]*[A-Za-z0-9])[\uac00-\ud7a3]")  # (pre33) "ping날려줘": the ASCII word before the Hangul
_BLANKS = re.compile(r"[ \t\r\n]+")  # shlex's whitespace


def _words(region: str, courtesy_kept: bool = False) -> tuple[str, ...]:
    described = re.fullmatch(r"((?:[^\s\"']+\s+)+)(\"[^\"]*\"|'[^']*')\s*", region.strip())
    if described and all(w.lower() in _LEX["command_said"] for w in described.group(1).split()):
        # (w17) "shell command 'date'", "the command 'date'", "명령어 'date'": the words before a quoted command
        # that say what it is are not its words — the quotes hold the whole command
        region = described.group(2)
    quoted = re.fullmatch(r"\"([^\"]*)\"|'([^']*)'", region.split(" ")[0] if " " not in region else region)
    if quoted:  # run "echo hello world" in alpine: the quotes hold the whole command
        region = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
    if not _QUOTING.search(region):  # no quote, no backslash: shlex's words are the blank-separated runs
        words = _BLANKS.split(region.strip(" \t\r\n")) if region.strip(" \t\r\n") else []
    else:
        try:
            words = shlex.split(region)
        except ValueError:
            words = region.split()
    last_quoted = region.rstrip().endswith(("'", '"'))  # "echo '재시작'": the quoted word is the command's
    # (lead27) only words typed after the last quote may be the sentence's: "echo '안녕' 한번" popped 한번, then the
    # quoted 안녕 too (it ran `echo` alone)
    last_quote = max(region.rfind("'"), region.rfind('"'))
    unquoted = len(region[last_quote + 1:].split()) if last_quote >= 0 else len(words)
    while not quoted and not last_quoted and words and unquoted > 0 and (
            HANGUL.search(words[-1]) or words[-1].lower() in _JOINS or (
            words[-1].lower() in _TRAILING and not courtesy_kept)):
        glued = _GLUED_ASCII.match(words[-1])
        if glued:
            # (pre33) "cache에서 redis-cli ping날려줘": an ASCII word glued to the Hangul after it is a word of its own —
            # the command's, the Hangul the sentence's (it ran `redis-cli` alone, ping dropped)
            words[-1] = glued.group(1)
            break
        words.pop()  # "…실행해줘" endings, "please", the `and` of "… and remove it"
        unquoted -= 1
    return tuple(words)


def exec_(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    said_names = free(s, u)
    if not said_names:
        raise Incomplete("parse.need_target", what="container")
    target = next((a for a in said_names if a.prep == "in" or a.particle == "from"), None) or _probe_from(s)
    if target is None and len(said_names) > 1 and said_names[-1].prep == "at" and said_names[-1].type == "NAME":
        target = said_names[-1]  # "exec ps aux on data": the container said last, with on/at
    target = target or said_names[0]
    u = u.arg(target)
    check_name(target.value, "container")
    user, u = _exec_as(s, u)
    at = next((i for i, it in enumerate(s.items) if it[3] is target), None)
    if at is not None and at + 1 < len(s.items) and s.items[at + 1][2] == "e_with":
        # "exec into cache with redis-cli info memory": the command is all that is said after `with`
        region = _trim_roles(s, s.items[at + 1][1], len(s.text))
        if region is not None:
            begin, end = region
            u = _absorb(u, [what for start, _, _, what in s.items if begin <= start < end])
            words = _words(s.original(begin, end).strip())
            if not words:
                raise Incomplete("parse.need_command")
            return m.Exec(target.value, words, lang=s.lang, user=user), u
    words, u = _command_words(s, u, target)
    if _exec_as_docker(s, target):
        # (f17en) "exec web echo please" (docker's own order: exec, the container, the command): every word after the
        # container is the command's, as docker reads it — a courtesy last is its text (it ran `docker exec web echo`)
        words = _words(s.original(target.pos + len(target.value), _said_end(s)).strip(), courtesy_kept=True) or words
    if not words:
        raise Incomplete("parse.need_command")
    return m.Exec(target.value, words, lang=s.lang, user=user), u


def _exec_as_docker(s: Said, target: Arg) -> bool:
    """(f17en) English, exec said in docker's order: the verb exec first, then the container, then the command ("exec
    web echo please"), with nothing else between them."""
    if s.lang != "en" or not s.verb_spans or s.verb_spans[0][0] != "exec":  # a verb said after it is the command's
        return False
    _, a, b = s.verb_spans[0]
    return not s.text[:a].strip() and s.text[a:b].strip().lower() == "exec" and not s.text[b:target.pos].strip()


def _exec_as(s: Said, u: Used) -> tuple[str | None, Used]:
    """(en14) English "exec into web as root and run id": one `named` phrase said with `as` (grammar/lexicon.txt
    `as_user`) of a user word (`user_words`: root, nobody…) in an exec — the user the command runs as (-u)."""
    named = ph(s, u, "named")
    if s.lang != "en" or len(named) != 1 or len(named[0].values) != 1:
        return None, u
    p = named[0]
    span = p.span
    if (span is None or s.text[span[0]:span[1]].split()[0].lower() not in _LEX["as_user"]
            or p.values[0].lower() not in _LEX["user_words"]):
        return None, u
    _, u = take(s, u, "named")
    return p.values[0], u


# --------------------------------------------------------------------------- run / create


def create(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    """create: a volume, a network, or a container (`docker create`)."""
    if kind == "volume":
        return volume_create(s, u)
    if kind == "network":
        return _network_create(s, u)
    return _run(s, u, create=True)


def run(s: Said, u: Used, verb: str, kind: str | None) -> tuple[m.Command, Used]:
    if kind in ("volume", "network") and not _image_candidates(s, u) and has(s, u, "named"):
        return create(s, u, "create", kind)  # "spin up a network called front": a network is made, not run
    if kind == "volume" and not _image_candidates(s, u):
        raise Incomplete("parse.need_image")
    return _run(s, u, create=False)


def _published_to(s: Said, u: Used) -> Used:
    """English "publishing 8443 to 443", "map 8080 to 80": a publish verb, a number, then "to" (grammar/lexicon.txt
    `port_to`) and another: the host's port to the container's (`-p 8443:443`), as docker's -p reads HOST:CONTAINER."""
    ints = [a for a in free(s, u) if a.type == "INT"]
    if s.lang != "en" or "publish" not in s.verbs:
        return u
    plain = ph(s, u, "port")
    if (len(ints) == 1 and len(plain) == 1 and plain[0].types == ("INT",) and plain[0].span is not None
            and ints[0].prep == "at" and _publish_then_to(s, plain[0].span[1], ints[0].pos)):
        # (en14) "run nginx with port 8444 mapped to 80": the host's port said as a port, published to the number
        u = _absorb(u, [plain[0], ints[0]])  # read as the pair, never again as a port of its own
        return u.add("port", (f"{plain[0].values[0]}:{ints[0].value}",), ("PORTMAP",))
    if len(ints) != 2 or ints[0].prep not in (None, "with"):
        return u
    host, cont = ints
    if cont.prep != "at":
        return u
    between = s.text[host.pos:cont.pos].split()[1:]
    if between != list(_LEX["port_to"]) and (plain or not _publish_then_to(s, host.pos + len(host.value), cont.pos)):
        return u
    return u.add("port", (f"{host.value}:{cont.value}",), ("PORTMAP",)).arg(host).arg(cont)


def _publish_then_to(s: Said, begin: int, end: int) -> bool:
    """(en14) Between two columns, a publish verb said after the host's port, then "to" (grammar/lexicon.txt
    `port_to`): "8444 mapped to 80", "port 8080 forwarded to 80" — the host's port, then the container's."""
    if s.text[begin:end].split()[1:] != list(_LEX["port_to"]):
        return False
    return any(v == "publish" and begin <= a and b <= end for v, a, b in s.verb_spans)


def _image_candidates(s: Said, u: Used) -> list[Arg]:
    return [a for a in free(s, u) if a.type in ("NAME", "STRING")]


def _size_as_memory(s: Said, u: Used) -> tuple[Said, Used]:
    """"run redis with 1g ram", "run redis with 256mb of ram": a size typed as a word (a NAME to the grammar) after
    "with", then "ram" or "memory" alone (read as `usage`, "cache ram usage") — the memory limit, `-m` as docker reads
    the size (docker_values.ram_bytes; a word that is no size stays a name). `s` with a `memory` phrase of that size
    and `u` with the name and the usage said used; else both as they are."""
    for i, (start, _stop, _name, what) in enumerate(s.items):
        if not (isinstance(what, Arg) and what.type == "NAME" and what.prep == "with" and what.index not in u.args):
            continue
        rest = s.items[i + 1:]
        if rest and rest[0][2] == "e_from":
            rest = rest[1:]  # "with 1g of ram"
        if not rest or rest[0][2] not in ("usage", "memory") or not isinstance(rest[0][3], Phrase) or rest[0][3].values:
            continue
        try:
            docker_values.ram_bytes(what.value)
        except docker_values.ValueRejected:
            continue
        said_as = rest[0][3]
        mem = Phrase("memory", (what.value,), ("NAME",), (), (start, rest[0][1]), len(s.phrases))
        items = tuple((a, b, "memory", mem) if w is said_as else (a, b, n, w)
                      for a, b, n, w in s.items if w is not what)
        phrases = tuple(p for p in s.phrases if p is not said_as) + (mem,)
        return replace(s, args=tuple(a for a in s.args if a is not what), phrases=phrases, items=items), \
            u.arg(what).group(said_as.name)
    return s, u


def _bare_port(s: Said, u: Used) -> tuple[Arg | None, Arg | None]:
    """A port said bare, no particle and no word of a port, right after the image of a run — and the bare name
    between them, the new container's (None when not said). Said so:
    - (f12en) in Korean with the run's verb ("nginx 런 8080", "redis r22 6394 띄워"), in English terse with no verb
      at all ("httpd 8098", "httpd 9095 name edge12", "redis r21 6393": `_terse_port_run`): only a number a port is
      typed as (grammar/lexicon.txt `bare_port_least`: "nginx 2개 띄워" is a count), one of them, nothing typed
      after it;
    - (f12ko) in Korean as nothing but "IMAGE N VERB" ("nginx 80 띄워", "redis 6390 올려줘", "postgres 16 띄워":
      `_image_number_verb`): any number — the plan reads it as a port only when it can be no tag of the image
      (bot/engine/plan.py `_number_said`: "postgres 16 띄워" is asked).
    A Korean bare port is always checked by the plan (`number_said="bare"` in `_run`)."""
    if _placed_any(s) or has(s, u, "port") or has(s, u, "host_port") or has(s, u, "container_port"):
        return None, None
    if not (s.lang == "ko" and set(s.verbs) <= {"run"} and s.verbs) and not (s.lang == "en" and not s.verbs):
        return None, None
    args = free(s, u)
    ints = [a for a in args if a.type == "INT"]
    if len(ints) != 1 or ints[0].prep is not None or ints[0].particle is not None or ints[0] is not args[-1]:
        return None, None
    if not (int(_LEX["bare_port_least"][0]) <= int(ints[0].value) <= 65535 or _image_number_verb(s)):
        return None, None
    names = [a for a in args[:-1] if a.type == "NAME" and a.prep is None and a.particle in (None, "obj", "topic")]
    if len(names) != len(args) - 1 or not 1 <= len(names) <= 2 or (len(names) == 2 and has(s, u, "named")):
        return None, None
    if s.lang == "ko" and has(s, u, "named"):
        return None, None  # "redis 6380 띄워 이름은 cache" (wordings_break: a name said after the verb — refused)
    return ints[0], (names[1] if len(names) == 2 else None)


def _image_number_verb(s: Said) -> bool:
    """(f12ko) Korean "IMAGE N VERB" and nothing else ("nginx 8080 띄워", "redis 6390 올려줘"): one bare name of no
    kind, one bare number, one run verb of grammar/lexicon.txt `bare_port_verbs` — the shape in which `_bare_port`
    takes a number of any size (the plan decides)."""
    if s.lang != "ko" or len(s.args) != 2 or s.phrases or s.nouns:
        return False
    name, num = s.args
    if not (name.type == "NAME" and name.kind is None and name.particle is None and name.prep is None
            and num.type == "INT" and num.particle is None and num.prep is None):
        return False
    items = [it[2] for it in s.items]
    if items[:2] != ["arg", "arg"] or not all(i.startswith("v_") for i in items[2:]) or len(items) != 3:
        return False
    return all(v == "run" and s.text[a:b].strip() in _LEX["bare_port_verbs"] for v, a, b in s.verb_spans)


def _terse_port_run(s: Said, u: Used) -> bool:
    """(f12en) English terse, no verb: an image, a port said bare, at most a name ("httpd 8098", "httpd 9095 name
    edge12", "redis r21 6393") — a new container of the image run there, proposed (`build`; the plan refuses a
    container's name as the image). Asked, negated or said with any other word, it is not."""
    if (s.lang != "en" or s.verbs or "?" in s.text or has(s, u, "question") or has(s, u, "asked") or has(s, u, "neg")
            or any(p.name != "named" for p in s.phrases)):
        return False
    said_items = {w for a, b, _, _ in s.items for w in re.findall(r"[a-z']+", s.text[a:b].lower())}
    if not set(_said_words(s)) <= said_items | set(_LEX["terse_courtesy"]):
        return False
    port, _ = _bare_port(s, u)
    return port is not None




def _docker_said_as_image(image_arg: Arg, command: tuple[str, ...]) -> None:
    """(break8) `docker` then one of docker's commands, said as the image of a run in a sentence ("run alpine and run
    docker rm web", "run busybox, then run docker stop cache"): a docker command line typed inside the sentence, never
    a new container of the image `docker` running `rm web` (it planned `docker run --rm docker rm web`). Asked
    (parse.stray_words), never guessed either way. Raises Incomplete."""
    if image_arg.value.lower() != "docker" or not command:
        return
    from bot.language.parse_cli import command_path

    if command_path(list(command)) is not None:
        raise Incomplete("parse.stray_words", words=f"`docker {' '.join(command)}`")





def _hedged_name(s: Said) -> None:
    """(break8) English: a word of doubt (grammar/lexicon.txt `hedge_before_name_en`) said right before a name ("restart
    web and possibly cache"): that one is not surely meant — asked (parse.unused), never written with the others.
    Raises Incomplete."""
    if s.lang != "en":
        return
    for a in s.args:
        before = s.text[:a.pos].split()[-1:]
        if a.type == "NAME" and before and before[0].lower() in _LEX["hedge_before_name_en"]:
            raise Incomplete("parse.unused", words=f"`{before[0]} {a.value}`")


def _besides(s: Said) -> None:
    """(break8) A name left out, then "also": one more, not one less (grammar/lexicon.txt `besides_*`): "web 말고도 cache
    재시작해", "web 외에도 cache 재시작", "besides web, restart cache too" restarted cache alone, web dropped — both, or
    the other only? asked (parse.unused). "web 말고 cache 재시작" and "restart all besides web" read as before.
    Raises Incomplete."""
    for x in s.excluded:
        after = s.text[x.pos + len(x.value):].split()[:3]
        before = s.text[:x.pos].split()[-1:]
        if (after and after[0] in _LEX["besides_ko"] and set(after[1:]) & set(_LEX["besides_also_ko"])) or (
                before and before[0].lower() in _LEX["besides_en"]
                and set(s.text.lower().replace(",", " ").split()) & set(_LEX["besides_also_en"])):
            raise Incomplete("parse.unused", words=f"`{x.value}`")


def _not_x_only(s: Said) -> bool:
    """(break8) Korean: every exclusion said is 말고 ("not X"), none 빼고/제외하고 ("leaving X out"): "web 말고 재시작해",
    "web 말고 꺼" say what is not meant, not that everything else is — asked which (parse.exclusion_all), never every
    other running container (it planned `docker restart my-nginx cache my-volume data`). With a quantity ("web 말고 다
    꺼") or another name ("web 말고 cache 꺼") it reads as before."""
    said_words = []
    for x in s.excluded:
        after = s.text[x.pos + len(x.value):].split()
        said_words += [w for w in after if w in _LEX["excl_not_x_ko"] or w in _LEX["excl_leave_out_ko"]][:1]
    return bool(said_words) and all(w in _LEX["excl_not_x_ko"] for w in said_words)



def _flags_of_the_command(s: Said, image_arg: Arg, command: tuple[str, ...], taken: set[str]) -> None:
    """(break8) An option of a new container that the reading TAKEN (the groups of `named`, `restart_policy`,
    `volumes_from`, `entrypoint` that set a value) typed as docker's flag AFTER a word of the command is the
    command's, as docker reads it ("run busybox sleep 5 --name cache", "busybox에서 echo --restart always 실행",
    "run busybox echo --volumes-from web"): it planned `--name cache` on the new container too, or dropped `--restart
    always` from the command. Never both the command's and the run's — asked (parse.unused). Said before the command ("run alpine --name x1 echo hi") or
    with no command ("run nginx --name x2") it is the run's, as before. Raises Incomplete."""
    if not command:
        return
    after_image = image_arg.pos + len(image_arg.value)
    for p in s.phrases:
        if p.span is None or p.span[0] <= after_image or p.group not in taken:
            continue
        flag = s.text[p.span[0]:p.span[1]].strip()
        if not flag.startswith("-"):
            continue
        between = s.text[after_image:p.span[0]].split()
        if any(not w.startswith("-") for w in between):
            raise Incomplete("parse.unused", words=f"`{flag}`")


def _run(s: Said, u: Used, *, create: bool) -> tuple[m.Command, Used]:
    if s.lang == "en" and has(s, u, "named") and any(_describes(a, "container") for a in s.args):
        # (breaker29) "make a test container called qa2": what the container is for, never an image named test (it
        # planned `docker create --name qa2 test`) — which image, asked
        raise Incomplete("parse.need_image")
    s, u = _size_as_memory(s, u)
    s, u = _version_after_image(s, u)
    u = _published_to(s, u)
    u = _described_image(s, u)
    for a in free(s, u):
        if a.type == "INT" and (a.particle in ("at", "as") or a.prep == "at" or (
                ("publish" in s.verbs or ("expose" in s.verbs and has(s, u, "random_port")))
                and a.particle is None and a.prep is None and not _placed_any(s))):
            # "nginx 8080에 띄워", "run nginx on 8080", "8080 열어서 nginx 실행": a port; exposed on a random host
            # port it is published ("run redis exposing 6379 on a random host port": `_ports`)
            u = u.add("port", (a.value,), ("INT",)).arg(a)
    bare, bare_name = _bare_port(s, u)
    if bare is not None:  # "httpd 8098", "redis r21 6393", "nginx 8080 띄워": a port (in Korean the plan checks it)
        u = u.add("port", (bare.value,), ("INT",)).arg(bare)
    whiles = ph(s, u, "while_doing")
    if whiles and all(p.span and any(v in ("run", "create") and b <= p.span[0] for v, a, b in s.verb_spans)
                      for p in whiles):
        u = u.group("while_doing")  # "nginx 띄울 때 pgdata 볼륨을 /data에 마운트해줘": the run's options said after it
    nums = ph(s, u, "port_num")
    if nums and ({"publish", "connect"} & set(s.verbs) or all(p.subs for p in nums)):  # (subs: its particle)
        # "nginx를 8090번으로 열어서", "httpd 9002번 열어서": a number with 번 is a port said with its particle or a
        # publish verb; "nginx 2번 띄워" (twice) is left unread
        for p in nums:
            u = u.add("port", p.values[:1], ("INT",))
        u = u.group("port_num")
    volumes, u = _volumes(s, u)
    volumes_from, u = _volumes_from(s, u)
    net = None
    for a in free(s, u):
        if a.kind == "network":
            net = a.value
            u = u.arg(a)
    if net is None and ("connect" in s.verbs or (s.lang == "en" and _run_options_said(s))):
        to = [a for a in free(s, u) if a.type == "NAME" and a.kind is None
              and (a.prep == "at" or a.particle == "at")]
        if len(to) == 1:  # "run redis connected to backend", "run redis with restart policy always on backend"
            net = to[0].value
            u = u.arg(to[0])
    name = None
    user = None
    if has(s, u, "named") and _as_user(s, u):
        named, u = take(s, u, "named")
        user = named[0].values[0]  # "run whoami as root in data": the user the command runs as (-u)
    elif has(s, u, "named"):
        named, u = take(s, u, "named")
        name = named[0].values[0]
        if (s.lang == "en" and named[0].span is not None and (name.lower() in _LEX["user_words"] or name.isdigit())
                and s.text[named[0].span[0]:named[0].span[1]].split()[0].lower() in _LEX["as_user"]):
            # "run nginx as root": a user said, no container to run in — its user or its name? ask
            raise Incomplete("parse.unused", words=f"`{_shown_phrase(s, named[0])}`")
    elif has(s, u, "name_as"):
        name, u = _name_before(s, u, ph(s, u, "name_as")[0])
    as_user = _user_as(s, u)
    if as_user is not None:  # "web에서 root로 id 실행": the user the command runs as (-u)
        user = as_user.value
        u = u.arg(as_user)
    elif user is None and has(s, u, "as_root") and any(a.particle in ("from", "at") and a.type == "NAME"
                                                       for a in free(s, u)):
        _, u = use(s, u, "as_root")  # "web에서 루트로 id 실행": root said in Hangul (natural.lark `as_root`)
        user = _LEX["user_words"][0]
    if name is None and bare_name is not None:
        name = bare_name.value  # (f12en) "redis r21 6393": the image, the new container's name, its port
        u = u.arg(bare_name)
    if name is None and (s.lang == "en" or create or _made_then_run(s)):
        # Korean too when the verb makes a container ("redis 컨테이너 r15 만들어만 둬", "nginx 컨테이너 n24 생성만",
        # "redis 새 컨테이너로 r23 만들어서 실행"): the image before the kind, the new name after it (said the other
        # way round, "web2 컨테이너 nginx 만들어", the plan asks: plan.name_is_image)
        kin = _image_container_name(s, u) or _named_as_ko(s, u, create)
        if kin is not None:
            name = kin.value  # "create a redis container r3": the name after the kind, the image before it
            u = u.arg(kin)
    if name is None and s.lang == "ko" and not create and (kin := _named_as_ko(s, u, False)) is not None:
        name = kin.value  # (k15ko) "httpd 컨테이너 edge3로 실행해주세요": the new container's name said with 로
        u = u.arg(kin)
    if s.lang == "en" and name is None and create and any(p.name == "no_start" for p in s.phrases):
        two = [a for a in free(s, u) if a.type == "NAME" and a.kind is None and a.prep is None and a.particle is None]
        if len(two) == 2 and len(free(s, u)) == 2 and not [it for it in s.items if two[0].pos < it[0] < two[1].pos]:
            # (f12en) "create redis r14 no start": made, not started, two bare names — the image, then the new
            # container's name (typed docker CLI, "docker create redis r14", stays as typed: r14 is its command)
            name = two[1].value
            u = u.arg(two[1])
    image_arg, in_container, placed = _image_arg(s, u)
    u = u.arg(image_arg)
    if name is None and not in_container and (create or (s.lang == "ko" and image_arg.kind == "image")):
        # "alpine으로 staging 컨테이너 생성": the container word names the new container; so it does in a run
        # from an image said as one ("redis 이미지로 r20 컨테이너를 6394 포트로 기동 바랍니다", "nginx 이미지로
        # edge4 컨테이너 띄워줘", "httpd 이미지를 써서 site2 컨테이너를 8088 포트로 실행해")
        containers = [a for a in free(s, u) if a.kind == "container" and a.type == "NAME"
                      and a.particle in (None, "obj", "topic")]
        if len(containers) == 1:
            name = containers[0].value
            u = u.arg(containers[0])
    if (exposed := _bare_exposed(s)) is not None:
        u = u.arg(exposed)  # (lead32c) "run redis exposing 6379 only": the port exposed (`_ports`), never a stray word
    quoted = any(a.type == "STRING" for a in free(s, u))
    typed = not (placed or quoted) and _command_after_image(s, u, image_arg)
    if typed:  # "run alpine echo hi and clean up after": the words right after the image are its command
        command, u = _typed_command(s, u, image_arg)
    if not (placed or quoted) and free(s, u):
        # "run nginx named x with restart policy always": words gorae did not read are
        # never a command to run; say which ones (the docker CLI reading is tried next)
        raise Incomplete("parse.stray_words", words=", ".join(f"`{a.value}`" for a in free(s, u)))
    if not typed:
        command = ()
    en_dir = _workdir(s, u, image_arg) if placed and not quoted else None
    if placed or quoted:
        command, u = _command_words(s, u, image_arg if placed else None)
    if not command and s.lang == "ko" and (image_arg.particle in ("at", "from") or (placed and image_arg.particle == "of")
                                            or (image_arg.particle == "as" and image_arg.kind == "image")):
        # (f22c) … and after its image said as one with (으)로: "alpine 이미지로 ls 돌려봐" ran `docker run -d alpine`
        # "data에 ls 실행", "data에 ps 쳐줘": a program that is also a verb of gorae's, typed alone after the container
        # it runs in — the command, never a verb dropped (it planned `docker start data`)
        programs = [s.text[a:b] for v, a, b in s.verb_spans
                    if a > image_arg.pos and s.text[a:b].lower() in _LEX["verb_programs"]]
        if len(programs) == 1:
            command, placed = (programs[0],), True
        elif programs:
            raise Incomplete("parse.unused", words=", ".join(f"`{w}`" for w in programs))
    workdir = None
    dirs = [a for a in free(s, u) if a.type == "PATH" and a.particle == "from" and a.kind in (None, "dir")]
    if (placed and command and image_arg.particle in ("from", "of") and len(dirs) == 1
            and dirs[0].pos > image_arg.pos):
        # "data에서 /tmp에서 ls 실행", "my-volume에서 /tmp 디렉토리에서 ls 실행" (its kind said): a directory said as a
        # second place, where it runs (-w)
        workdir = dirs[0].value
        u = u.arg(dirs[0])
    if en_dir is not None:
        # "run ls in /etc on web": the directory said with `in` is where the command runs (-w), never its words
        command = _without_dir(command, en_dir.value)
        u = u.arg(en_dir)
        workdir = en_dir.value
    if (placed and not quoted and image_arg.particle == "as" and len(command) == 1
            and all(s.text[a:b].strip() in LAUNCH for v, a, b in s.verb_spans if v == "run")):
        tagged = ":" in image_arg.value.rsplit("/", 1)[-1]  # (f22r) "nginx 1.25로 …", "nginx:1.25로 …": an image's tag
        if ((image_arg.kind != "image" and not tagged) or name is not None or not CONTAINER_NAME.fullmatch(command[0])
                or len(command[0]) < 2 or command[0] in _PROGRAMS_SAID
                or (tagged and image_arg.kind != "image" and (command[0].lower() in _LEX["known_programs"]
                                                              or command[0].isupper() or _counted_after(s, command[0])))):
            # "busybox로 httpd 띄워": launched from an image, one word — its name or its command? ask
            raise Incomplete("parse.stray_words", words=f"`{command[0]}`")
        # "nginx:1.25 이미지로 edge8 띄우자": launched from the image said as one (or with its tag, no container's name
        # has: "nginx 1.25로 8093포트에 qa22old 띄워주세요"), one word — the container launched
        name, command = command[0], ()
    if (placed and not quoted and s.lang == "ko" and image_arg.particle == "as" and len(command) == 1
            and CONTAINER_NAME.fullmatch(command[0])
            and command[0].lower() not in _PROGRAMS_SAID | frozenset(_LEX["known_programs"])):
        # (w2fix) "httpd로 edge3 실행", "nginx로 web2 돌려": run from an image, one word that is no program
        # (grammar/lexicon.txt known_programs, verb_programs, shells, probe_from) — the new container's name or a
        # command? ask, never a command guessed ("busybox로 date 실행" runs date)
        raise Incomplete("parse.stray_words", words=f"`{command[0]}`")
    dangling = _dangling_place(s)
    if dangling is not None:  # "then run echo ok in it": in what? never the image said before it, guessed
        raise Incomplete("parse.unused", words=f"`{dangling}`")
    entrypoint = None
    if has(s, u, "entrypoint"):
        eps, u = take(s, u, "entrypoint")
        entrypoint = eps[0].values[0]
    if has(s, u, "args"):
        argv, u = take(s, u, "args")
        command = command + _args_words(s, argv[0])
    envs, u = take(s, u, "env")
    pairs = _env_pairs(envs)
    env: tuple[tuple[str, str | None], ...] = tuple((k, _unquote(v)) for k, v in pairs)
    ports, expose, u = _ports(s, u)
    restart, u = _restart_policy(s, u)
    options: tuple[tuple[str, str], ...] = ()
    if any(p.values for p in ph(s, u, "memory")):  # "run nginx with memory limit 128m": -m, a size as docker reads it
        mems, u = take(s, u, "memory")
        if len(mems) != 1 or not mems[0].values:
            raise Incomplete("parse.unused", words=", ".join(f"`{_shown_phrase(s, p)}`" for p in mems))
        try:
            docker_values.ram_bytes(mems[0].values[-1])
        except docker_values.ValueRejected as e:
            raise Incomplete(e.key, **e.params) from None
        options = (("memory", mems[0].values[-1]),)
    workdir, user, u = _dir_and_user_said(s, u, workdir, user)
    detached, u = use(s, u, "detach")
    detach = True if detached else None
    if command and not detached:
        _, u = use(s, u, "attached")  # "run alpine w/o detaching and echo hi": attached, as any run of a command
    if not in_container or create:
        _flags_of_the_command(s, image_arg, command, {g for g, v in (
            ("named", name), ("restart_policy", restart), ("volumes_from", volumes_from), ("entrypoint", entrypoint)) if v})
    if in_container and not create:
        # "my-nginx 컨테이너에서 env 실행": run a command in an existing container
        if not command:
            raise Incomplete("parse.need_command")
        return m.Exec(image_arg.value, command, user=user, workdir=workdir, lang=s.lang), u
    check_name(image_arg.value, "image")
    _docker_said_as_image(image_arg, command)
    if user is not None and not command and not has(s, u, "run_user"):
        raise Incomplete("parse.unused", words=f"`{user}`")  # a user said, no command to run as them
    number_said = ""
    if (s.lang == "ko" and image_arg.kind is None and image_arg.particle is not None and not ports
            and not command and _GLUED_NUMBER.fullmatch(image_arg.value)):
        # "nginx8080으로띄워": the image nginx8080, or nginx on port 8080? the plan reads it only when the engine has
        # nginx and no nginx8080 (bot/engine/plan.py `_number_said`); otherwise asked, never guessed
        number_said = "glued"
    if bare is not None and s.lang == "ko" and ports:
        number_said = "bare"  # a Korean bare number after the image: a port only when the plan's engine says so
    if name is not None:
        check_name(name, "container")
        if len(name) < 2:  # docker's names are [a-zA-Z0-9][a-zA-Z0-9_.-]+: "x라는 이름으로" names nothing
            raise Incomplete("parse.invalid_name", name=name)
    rm_after, u = use(s, u, "rm_after")
    return m.RunContainer(
        number_said=number_said,
        image=image_arg.value,
        command=command,
        name=name,
        remove=rm_after or _rm_after_run(s),
        create_only=create,
        detach=detach,
        env=env,
        entrypoint=entrypoint,
        restart=restart,
        options=options,
        network=net,
        ports=ports,
        expose=expose,
        volumes=volumes,
        volumes_from=volumes_from,
        # "web 이미지로 컨테이너 하나 더 띄워": said as an image, never a start of the container named so
        # (lead21) … and the image noun said apart from the name ("최신 이미지로 web 띄워", "run web from the image"): a new
        # container of an image, never a start of the container web (the words of the image were dropped)
        fresh="fresh" in u.groups or image_arg.kind == "image" or (image_arg.kind is None and "image" in s.nouns)
        or _one_of_image_en(s, image_arg),
        # ("cache 이미지 6380으로 띄워" names no new container: the image cache, as said)
        said_image=image_arg.kind == "image" and image_arg.particle == "as" and "container" in s.nouns,
        placed=not create and ((not s.verbs and _said_in_place(s)) or _only_typed_in_place(s)),
        user=user,
        workdir=workdir,
        lang=s.lang,
    ), u


def _dir_and_user_said(s: Said, u: Used, workdir: str | None, user: str | None) -> tuple[str | None, str | None, Used]:
    """(en13) The working directory and the user said in words (natural.lark `run_dir`, `run_user`: "run alpine with
    workdir /app", "run nginx as user 101"): -w and -u of the run or exec. Said twice, or beside another directory or
    user already read: asked (parse.unused), never one of them guessed. Raises Incomplete."""
    dirs, u = take(s, u, "run_dir")
    users = ph(s, u, "run_user")
    if len(dirs) > 1 or len(users) > 1 or (dirs and workdir is not None) or (users and user is not None):
        raise Incomplete("parse.unused", words=", ".join(f"`{_shown_phrase(s, p)}`" for p in dirs + users))
    if dirs:
        workdir = dirs[0].values[-1]
    if users:
        user = users[0].values[-1]
        u = u.group("run_user")
    return workdir, user, u


def _env_pairs(envs: list[Phrase]) -> list[list[str]]:
    """KEY=VALUE of each `env` phrase; (en12) "TZ set to UTC" (natural.lark `env`: two words, no =) is TZ=UTC — a key
    that is no variable's name ("nginx:1 set to x") is asked. Raises Incomplete."""
    pairs: list[list[str]] = []
    for p in envs:
        if len(p.values) == 2 and "=" not in p.values[0]:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p.values[0]):
                raise Incomplete("parse.unused", words=f"`{p.values[0]}`")
            pairs.append([p.values[0], p.values[1]])
        else:
            pairs += [kv.split("=", 1) for kv in p.values]
    return pairs


def _made_then_run(s: Said) -> bool:
    """Korean "made, then started" (grammar/natural.lark `v_run`: 만들어서 실행, 생성해서 띄워): a new container made."""
    return s.lang == "ko" and (any(v == "run" and any(w in s.text[a:b] for w in _LEX["made_words"])
                                   for v, a, b in s.verb_spans) or _made_then_started(s))


def _made_then_started(s: Said) -> bool:
    """(run21) Korean, a verb of making, ~서 (grammar/lexicon.txt `made_then`), then a verb of starting, and nothing
    else done ("redis 컨테이너 하나 만들어서 켜줘", "httpd 만들어서 시작해"): one new container run. A volume or a
    network made is never started ("v3 볼륨 만들어서 켜")."""
    return (s.lang == "ko" and len(s.verb_spans) == 2 and s.verb_spans[0][0] == "create"
            and s.verb_spans[1][0] in ("start", "run") and kind_of(s) not in ("volume", "network")
            and s.text[s.verb_spans[0][2]:s.verb_spans[1][1]].strip() in _LEX["made_then"])


def _named_as_ko(s: Said, u: Used, create: bool) -> Arg | None:
    """(k15ko) Korean, a new container's name said with (으)로 ("as"), the image said first: "nginx로 n30 생성만 해" ·
    "create만 해줘 httpd h10으로" (made only: either name may carry the 로, the image is the first) · "httpd 컨테이너
    edge3로 실행해주세요" (run: only with the kind word after the image — "httpd로 edge3 실행" stays a command run in
    httpd). Exactly two names, nothing else named; the second, or None. Said the other way round ("n30으로 nginx
    생성") the plan asks (plan.name_is_image), never a pull of a name as an image."""
    args = free(s, u)
    if (s.lang != "ko" or len(args) != 2 or s.excluded
            or any(a.type != "NAME" or a.prep is not None or a.value.lower() in _LEX["drivers"] for a in args)):
        return None  # "overlay 말고 bridge로 app-net 생성": a network's driver, never an image
    first, second = args
    if second.kind is not None or first.kind not in ((None, "image", "container") if create else ("container",)):
        return None
    if create:
        return second if {first.particle, second.particle} == {"as", None} else None
    return second if first.particle is None and second.particle == "as" else None


def _image_container_name(s: Said, u: Used) -> Arg | None:
    """English "IMAGE container NAME" ("create a redis container r3", "prepare a redis container r6 without
    starting it"): the grammar puts the kind on the name before it (IMAGE), and in English the name after a
    kind is its own — the bare name right after it is the new container's name. None when not so said."""
    args = free(s, u)
    for a, b in zip(args, args[1:]):
        if (a.kind == "container" and a.type == "NAME" and a.prep is None and a.particle is None
                and b.type == "NAME" and b.kind is None and b.prep is None and b.particle is None
                and not [it for it in s.items if a.pos < it[0] < b.pos and it[3] is not a]):
            return b
        if (s.lang == "ko" and a.kind is None and a.type == "NAME" and a.particle is None and a.prep is None
                and b.type == "NAME" and b.kind is None and b.prep is None and b.particle is None):
            # Korean "IMAGE 새 컨테이너로 NAME" ("redis 새 컨테이너로 r23 만들어서 실행"): the kind said as a noun of
            # its own between the two names (with its particle, `fresh` before it)
            between = [it for it in s.items if a.pos < it[0] < b.pos]
            if (any(it[2] == "noun" and s.text[it[0]:it[1]].startswith(tuple(_LEX["made_kind"])) for it in between)
                    and all(it[2] in ("noun", "fresh") for it in between)):
                return b
    return None


def _workdir(s: Said, u: Used, place: Arg) -> Arg | None:
    """English: the one directory said with `in` (or `from`) in a command placed in a container or an image with
    on/at ("run ls in /etc on web", "run pwd on data in /tmp", "run pwd in web from /tmp"): where the command runs (docker exec/run -w), an
    absolute path; None when there is no such directory (a mount's path is the mount's: read before)."""
    if s.lang != "en" or place.prep not in ("at", "in"):
        return None
    # "in web, run ls from /var/log": said with `from` after the command, the same directory (never the words
    # `from /var/log` handed to ls)
    dirs = [a for a in free(s, u) if a.type == "PATH" and a.prep in ("in", "from") and a.value.startswith("/")
            and a is not place and (a.prep == "in" or a.pos > place.pos or _said_after_command(s, a))]
    return dirs[0] if len(dirs) == 1 else None


def _without_dir(command: tuple[str, ...], path: str) -> tuple[str, ...]:
    """The command's words without the directory it runs in, said in English after them ("ls in /etc",
    "ls from the /tmp dir": `ls`). Raises Incomplete when words of the command come after the directory (which
    are the command's, which the phrase's? asked, never guessed)."""
    if path not in command:
        return command
    at = command.index(path)
    start = at
    while start > 1 and command[start - 1].lower() in _LEX["dir_said"]:
        start -= 1
    tail = command[at + 1:]
    if start == at or start == 0 or any(w.lower() not in _LEX["dir_noun"] for w in tail):
        raise Incomplete("parse.stray_words", words=", ".join(f"`{w}`" for w in command[start:]))
    return command[:start]


def _said_after_command(s: Said, a: Arg) -> bool:
    """A directory said with `from` after the verb run ("run ls from /var/log in web"): a word of the command
    before it."""
    return any(v == "run" and stop <= a.pos for v, _, stop in s.verb_spans)


def _dangling_place(s: Said) -> str | None:
    """An English place said with nothing after it ("run echo ok in it", "… in it and …"): its words;
    None when every "in"/"from" is followed by a name or a phrase ("in the background", "in a throwaway
    alpine")."""
    for i, (start, stop, name, _) in enumerate(s.items):
        # "run nginx on it" (on what? never the network made before, dropped) likewise
        if name in ("e_in", "e_from", "e_at") and (i + 1 >= len(s.items) or s.items[i + 1][2].startswith("v_")):
            return s.original(start, stop).strip()
    return None


def _as_user(s: Said, u: Used) -> bool:
    """English "run CMD as USER in X": a `named` phrase said with `as` (grammar/lexicon.txt `as_user`)
    between the verb run and a place said with in/inside, words of a command before it — the user
    the command runs as, never the name of a new container ("run nginx as web" names one)."""
    if s.lang != "en":
        return False
    p = ph(s, u, "named")[0]
    if p.span is None or s.text[p.span[0]:p.span[1]].split()[0].lower() not in _LEX["as_user"]:
        return False
    if _exec_into(s) and len(p.values) == 1 and p.values[0].lower() in _LEX["user_words"]:
        return True  # (en14) "exec into web as root and run id": a user word, in the container gone into
    # the place after the user ("run whoami as root in data", "run id as root on data") or before it ("run env in
    # web as root"); with on/at only a user word ("start nginx as edge5 on 8081" names a container, on a port)
    place = [a for a in s.args if a.prep == "in"
             or (a.prep == "at" and a.type == "NAME" and p.values and p.values[0].lower() in _LEX["user_words"])]
    first = min([p.span[0]] + [a.pos for a in place])
    words = [a for a in s.args if a.prep is None and a.particle is None and a.kind is None and a.pos < first]
    # or a word typed between run and there that gorae also knows ("run env in web as root", "run ls in …")
    run_at = min((a for v, a, _ in s.verb_spans if v == "run"), default=first)
    # or a verb typed as the command ("run restart as root in data": the program named restart)
    typed = [name for start, _, name, _ in s.items if run_at < start < first
             and (name.startswith("v_") or (name == "noun" and "env" in s.nouns))]
    return bool(place) and bool(words or typed)


def _user_as(s: Said, u: Used) -> Arg | None:
    """Korean "X에서 USER로 CMD": a user (grammar/lexicon.txt `user_words`) said with (으)로 beside a
    command placed in X with 에서 — the user the command runs as (-u), never an image to run ("web에서 root로
    id 실행", "web에서 whoami를 root로"; with 에 too, lead27: "web에 root로 whoami 실행해 줘"). None when there is no
    such word."""
    if s.lang != "ko" or not any(a.particle in ("from", "at") and a.type == "NAME" for a in free(s, u)):
        return None
    users = [a for a in free(s, u) if a.particle == "as" and a.type == "NAME" and a.kind is None
             and a.value in _LEX["user_words"]]
    return users[0] if len(users) == 1 else None


def _run_options_said(s: Said) -> bool:
    """An option of a new container said (a restart policy, a name, a port…: RUN_OPTIONS): "on NAME"
    is then where the container goes (its network: "run redis with restart policy always on
    backend"), never a container a command runs in ("run df -h on my-volume"). The plan checks
    that the network is one (plan.unknown)."""
    return any(p.group in RUN_OPTIONS and not _user_said(s, p) for p in s.phrases)


def _user_said(s: Said, p: Phrase) -> bool:
    """English: a `named` phrase that says a user (grammar/lexicon.txt `as_user` then `user_words`: "as root"),
    which names no new container — "run id as root on data" runs id in data as root (-u)."""
    return (s.lang == "en" and p.name == "named" and p.span is not None and bool(p.values)
            and s.text[p.span[0]:p.span[1]].split()[0].lower() in _LEX["as_user"]
            and p.values[0].lower() in _LEX["user_words"])


def _command_after_image(s: Said, u: Used, image: Arg) -> bool:
    """English, the image said right after the verb run and bare words right after it, none of
    them a word of a sentence (grammar/lexicon.txt `not_command`): "run alpine echo hi and clean up
    after", "run busybox sleep 3600 in the background" — as the docker CLI reads `run IMAGE CMD`."""
    if s.lang != "en" or image.prep is not None or image.particle is not None or image.kind is not None:
        return False
    at = next((i for i, it in enumerate(s.items) if it[3] is image), None)
    if at is None or at == 0 or _run_before(s, at) is None:
        return False
    at = _past_attached(s, at)
    if at + 1 >= len(s.items):
        return False
    if not (_joined(s.text[s.items[at][1]:s.items[at + 1][0]]) or _and_prints(s, at)):
        return False  # "run busybox and ping localhost": words between them, no command typed after it
    nxt = s.items[at + 1][3]
    if s.items[at + 1][0] in _typed_verbs(s) and not any(a.value.lower() in _NOT_COMMAND for a in free(s, u)):
        return True  # "run ubuntu:focal ls / and remove it afterwards": `ls` is the command's first word
    if any(isinstance(what, Arg) and what.prep is not None for _, _, _, what in s.items[at + 1:]):
        return False  # "run echo hi in alpine": a place said after it, the first name may be no image
    bare = [a for a in free(s, u) if a.kind is None and a.prep is None and a.particle is None]
    ends = next((i for i in range(at + 1, len(s.items)) if not (isinstance(s.items[i][3], Arg) and s.items[i][3] in bare)), None)
    if (ends == at + 2 and s.items[ends][2].startswith("e_")
            and (ends + 1 >= len(s.items) or not isinstance(s.items[ends + 1][3], Arg))):
        return False  # "run redis limited to 128m memory": a word and a preposition of no name, no command line
    # a command starts with a program's name ("w/" of "run nginx w/ restart policy …" is none)
    return (isinstance(nxt, Arg) and nxt in bare and nxt.type == "NAME" and _PROGRAM.fullmatch(nxt.value) is not None
            and not any(a.value.lower() in _NOT_COMMAND for a in bare))


# the items said between the verb run and its image ("run a one-off alpine …", "run a fresh alpine …")
_BEFORE_IMAGE = {"rm_after", "fresh"}


def _run_before(s: Said, at: int) -> int | None:
    """The index of the verb run said right before the item at `at` (only a throwaway or fresh word between
    them: "run a one-off alpine"), or None."""
    i = at - 1
    while i >= 0 and s.items[i][2] in _BEFORE_IMAGE:
        i -= 1
    return i if i >= 0 and s.items[i][2] == "v_run" else None


def _past_attached(s: Said, at: int) -> int:
    """The index of the last `attached` phrase said right after the image at `at` ("run alpine w/o detaching and
    echo hi"), or `at`: the command is read after it."""
    while at + 1 < len(s.items) and s.items[at + 1][2] == "attached":
        at += 1
    return at


def _and_prints(s: Said, at: int) -> bool:
    """English: "and" alone between the image at `at` and a program of printing with words of its own after it
    (grammar/lexicon.txt `print_and`): "run a throwaway alpine and echo hi" runs `echo hi` in it."""
    between = " ".join(s.text[s.items[at][1]:s.items[at + 1][0]].lower().split())
    if between not in _LEX["print_and"] or at + 2 >= len(s.items):
        return False
    nxt, after = s.items[at + 1][3], s.items[at + 2][3]
    return (isinstance(nxt, Arg) and nxt.type == "NAME" and nxt.kind is None and nxt.prep is None
            and nxt.particle is None and nxt.value.lower() in set(_LEX["prints"]) | set(_LEX["prints_as"])
            and isinstance(after, Arg) and after.kind is None and after.prep is None and after.particle is None)


def _joined(between: str) -> bool:
    """Nothing said between an image and its command but blanks or a join (grammar/lexicon.txt `command_join`:
    "run busybox and have it ping -c 1 127.0.0.1")."""
    said = " ".join(between.lower().split())
    return not said or said in {j.replace("~", " ") for j in _LEX["command_join"]}


def _typed_verbs(s: Said) -> set[int]:
    """English, "run IMAGE CMD …": the starts of the gorae verbs said as the command's words, right
    after the image that is right after run ("run ubuntu:focal ls / and remove it afterwards": `ls` is
    the command, never a second verb). A command's first word is a program's name (`_PROGRAM`)."""
    if s.lang != "en":
        return set()
    at = next((i for i, it in enumerate(s.items) if it[2] == "v_run"), None)
    while at is not None and at + 1 < len(s.items) and s.items[at + 1][2] in _BEFORE_IMAGE:
        at += 1  # "run a one-off ubuntu:focal ls /"
    if at is None or at + 2 >= len(s.items):
        return set()
    image = s.items[at + 1][3]
    if not (isinstance(image, Arg) and image.type == "NAME" and image.kind is None and image.prep is None
            and image.particle is None):
        return set()
    start, stop, name, _ = s.items[at + 2]
    after = s.items[at + 3][3] if at + 3 < len(s.items) else None
    # with its own words after it ("ls /"): alone ("run alpine ls", "run busybox stop") it may be a
    # second verb — asked, never dropped
    if (name.startswith("v_") and name[2:] not in MODIFIERS | {"run", "create", "exec"} and _PROGRAM.fullmatch(s.text[start:stop])
            and isinstance(after, Arg) and after.kind is None and after.prep is None and after.particle is None):
        return {start}
    return set()


def _typed_flag(text: str) -> bool:
    """Is this phrase a flag as typed (`-p 80`, `--name x`, `-e K=V`), ASCII only?"""
    return text.lstrip().startswith("-") and not HANGUL.search(text)


def _typed_command(s: Said, u: Used, image: Arg) -> tuple[tuple[str, ...], Used]:
    """The bare words said one after the other right after the image (nothing between them but
    blanks), as typed: the command of "run alpine echo hi and clean up after" is `echo hi`."""
    at = _past_attached(s, next(i for i, it in enumerate(s.items) if it[3] is image))
    begin = s.items[at][1]
    end = len(s.text)
    verbs = _typed_verbs(s)
    inside: list[Arg | Phrase | None] = []
    for start, stop, name, what in s.items[at + 1:]:
        if start in verbs:
            continue  # "run ubuntu:focal ls / …": a gorae verb said as the command's word
        if isinstance(what, Arg) and what.kind is None and what.prep is None and what.particle is None \
                and what.index not in u.args:
            inside.append(what)
            continue
        if name in TYPED_ARGS and isinstance(what, Phrase) and not HANGUL.search(s.text[start:stop]):
            inside.append(what)  # "run busybox ping -c 1 127.0.0.1", "run alpine sleep 10m": the command's words
            continue
        if inside and isinstance(what, Phrase) and _typed_flag(s.text[start:stop]):
            # "run alpine echo -p 80": a flag typed after the command's first word is the command's, as docker reads
            # `docker run alpine echo -p 80` — never a run option (it planned `docker run -p 80:80 alpine echo`)
            inside.append(what)
            continue
        end = start
        break
    words = _words(s.original(begin, end).strip())
    for join in sorted((j.split("~") for j in _LEX["command_join"]), key=len, reverse=True):
        if [w.lower() for w in words[:len(join)]] == join:
            words = words[len(join):]  # "run busybox and have it ping -c 1 127.0.0.1"
            if " ".join(join) in _LEX["print_join"] and not (words and words[0].lower() in _LEX["prints"]):
                raise Incomplete("parse.stray_words", words=f"`{' '.join(words)}`")  # "run nginx that serves x"
            break
    if (len(words) > 2 and words[0].lower() in _LEX["print_and"]
            and words[1].lower() in set(_LEX["prints"]) | set(_LEX["prints_as"])):
        words = words[1:]  # "run a throwaway alpine and echo hi" (`_and_prints`)
    if len(words) > 1 and words[0].lower() in _LEX["prints"]:
        if words[1].lower() in _LEX["printed_described"]:
            # "… that prints the date", "… that prints its hostname": what is printed, described — which program
            # prints it? asked, never `echo the date`
            raise Incomplete("parse.stray_words", words=f"`{' '.join(words[1:])}`")
        words = (*_LEX["prints_as"], *words[1:])  # "run a one-off alpine that prints hello": echo hello
    return words, _absorb(u, inside)


def _name_before(s: Said, u: Used, p: Phrase) -> tuple[str, Used]:
    """"edge3 이름으로": the name said right before `이름으로` (nothing between them)."""
    at = p.span[0] if p.span else -1
    # (run25) given as a name tag, the name may keep its (으)로: "redis를 r9로 이름 붙여서 띄워" (never "r9로 이름으로")
    said = s.text[p.span[0]:p.span[1]].split() if p.span else []
    tag = len(said) > 1 and said[1] not in _LEX["name_tag_particle_ko"]
    before = [a for a in free(s, u) if a.type == "NAME" and a.kind is None and a.pos < at and (
        (a.particle is None and not s.text[a.pos + len(a.value):at].strip())
        or (tag and a.particle == "as" and s.text[a.pos + len(a.value):at].strip() in _LEX["name_tag_particle_ko"]))]
    if not before:
        raise Incomplete("parse.unused", words=f"`{_shown_phrase(s, p)}`")
    return before[-1].value, u.arg(before[-1]).group("name_as")


def _dir_of_place(s: Said, a: Arg) -> Arg | None:
    """(w2ko) The directory said right after a container with 의 and said with 에서 ("my-volume의 /tmp에서 ls"):
    where in the container a command runs."""
    after = [b for b in s.args if b.pos > a.pos]
    nxt = min(after, key=lambda b: b.pos, default=None)
    if nxt is not None and nxt.type == "PATH" and nxt.particle == "from" and nxt.kind in (None, "dir"):
        return nxt
    return None


def _one_of_image_en(s: Said, a: Arg) -> bool:
    """(f22r) English, the place a command runs in said as one of a kind, the indefinite article right before its name
    and the container noun right after it ("run uname -a in an alpine container", "run date inside a busybox
    container"): a new container of that image, as "in a new alpine container" — never the container of that name
    (one of that name here is asked about: bot/engine/plan.py `fresh_of_container`); "in the alpine container" and "in
    alpine" stay as read. The articles: grammar/lexicon.txt `one_of_image_article_en`."""
    if s.lang != "en" or a.kind != "container" or a.prep != "in" or a.pos < 0 or a.value.lower() in keywords():
        return False  # "in a running container": a state, never an image's name
    before = s.text[:a.pos].split()
    return bool(before) and before[-1].lower() in _LEX["one_of_image_article_en"]


def _image_arg(s: Said, u: Used) -> tuple[Arg, bool, bool]:
    """The image (or container) to run in: (arg, it is a container, it was placed).

    Placed: "in X", "X에서", "X로 (echo hi) 실행" — then the other words are the command.
    """
    cands = [a for a in _image_candidates(s, u) if a.type == "NAME" and a.kind in (None, "image", "container")]
    if not cands:
        raise Incomplete("parse.need_image")
    throwaway = has(s, u, "rm_after")
    # typed into it ("cache에 redis-cli info 쳐줘") or sent to it ("web에 nginx -s reload 날려": 날리, read as run)
    sent = any(s.text[a:b].strip() in TYPE_INTO | SEND for v, a, b in s.verb_spans if v in ("run", "rm"))
    placed = [a for a in cands if a.prep in ("in", "from") or a.particle == "from"]
    as_user = s.lang == "ko" and any(a.particle == "as" and a.type == "NAME" and a.value in _LEX["user_words"]
                                     for a in s.args) or any(p.name == "as_root" for p in s.phrases)
    # (lead27) "web에 root로 whoami 실행해 줘", "web에 루트로 id 실행": a user to run it as
    if not placed and cands[0].particle == "at" and (cands[0].kind == "container" or sent or as_user
                                                     or _program_sent_into(s)) and any(
            b.particle is None and b.kind is None and b.prep is None for b in cands[1:]):
        placed = [cands[0]]  # "cache에 redis-cli info 쳐줘", "my-volume 컨테이너에 whoami 실행시켜줘"
    if not placed and s.lang == "ko":
        # (w2ko) "my-volume의 /tmp에서 ls 해봐": the container's directory (의) is where the command runs — the
        # container is its place (the directory its -w: `_dir_of_place`)
        placed = [a for a in cands if a.particle == "of" and a.kind in (None, "container") and _dir_of_place(s, a)][:1]
    run_at = min((a for v, a, _ in s.verb_spans if v == "run"), default=-1)
    said_after = len(cands) > 1 or any(a > run_at for v, a, _ in s.verb_spans if v not in ("run", "create", "exec"))
    if (not placed and s.lang == "en" and said_after and cands[0].prep == "at" and cands[0].type == "NAME"
            and 0 <= cands[0].pos < run_at and all(b.prep is None and b.particle is None and b.kind is None
                                                   and b.pos > run_at for b in cands[1:])):
        placed = [cands[0]]  # "on data, run df -h": the place said first, the command after the verb
    if (not placed and len(cands) > 1 and cands[-1].prep == "at" and cands[0].prep is None
            and not _run_options_said(s)):
        placed = [cands[-1]]  # "run df -h on my-volume": the command before, its place after
    if (not placed and s.lang == "en" and len(cands) == 1 and cands[0].prep == "at" and cands[0].pos > run_at >= 0
            and not _run_options_said(s)):
        # "run uptime on web", "run env on cache": the command is a word gorae also reads (a property, a
        # kind), said between the verb and "on X" — X is where it runs, as "run df -h on my-volume"
        # ("run ls in /etc on web": a program gorae reads as a verb, and the directory it runs in)
        between = [it for it in s.items if run_at < it[0] < cands[0].pos
                   and not (isinstance(it[3], Arg) and it[3].type == "PATH" and it[3].prep == "in")]
        words = [it for it in between if not it[2].startswith("e_")]
        program = (words and (words[0][2] in _WORD_COMMANDS or (words[0][2].startswith("v_") and s.text[
            words[0][0]:words[0][1]].strip().lower() in _LEX["verb_programs"])))
        if (program and between[-1][2] == "e_at"
                and all(it[2] in _WORD_COMMANDS | ABSORBED or it[2].startswith("v_")
                        or (isinstance(it[3], Arg) and it[3].type in ("PATH", "FLAGWORD", "INT") and it[3].prep is None)
                        for it in words[1:])):
            placed = [cands[0]]
    if placed:
        a = placed[0]
        # (run25) a new one is never the container of that name: "run cat /etc/issue in a new alpine container"
        # (f22r) nor is one said with the indefinite article: "run uname -a in an alpine container" (`_one_of_image_en`)
        return a, a.kind == "container" and not throwaway and not has(s, u, "fresh") and not _one_of_image_en(s, a), True
    marked = [a for a in cands if a.particle in ("obj", "as") or a.kind == "image"]
    plain = [a for a in cands if a.kind != "container"]
    a = marked[0] if marked else (plain[0] if plain else cands[0])
    # "alpine으로 echo hi 실행": (으)로 places the image when words are left for a command — a
    # command word that is also a gorae verb too ("web으로 ls 찍어": never a silent start of web)
    return a, False, a.particle == "as" and (len(_image_candidates(s, u)) > 1 or _command_placed(s, ("as",)))


def _volumes(s: Said, u: Used) -> tuple[tuple[m.VolumeSpec, ...], Used]:
    specs: list[m.VolumeSpec] = []
    ro = has(s, u, "readonly")
    sources: list[Arg] = []
    dests: list[Arg] = []
    for a in free(s, u):
        if a.type == "PATH" and ":" in a.value and not a.value.startswith(":"):
            parts = a.value.split(":")
            specs.append(m.VolumeSpec(parts[0], parts[1],
                                      read_only=(len(parts) > 2 and parts[2] == "ro") or ro))
            u = u.arg(a)
        elif a.type == "PATH" and (a.particle == "at" or a.prep == "at"):
            dests.append(a)
        elif (s.lang == "ko" and a.type == "PATH" and a.particle == "as" and ":" not in a.value
              and ("mount" in s.verbs or "connect" in s.verbs) and _source_said_before(s, a)):
            # (run21) "/var/log/app을 /logs로 마운트해서 busybox 띄워": the path said with (으)로 after what is
            # mounted (을/를) is where it is mounted, as 에 is ("/logs에 마운트")
            dests.append(a)
        elif a.kind in ("volume", "dir") or (a.type == "PATH" and (a.particle == "obj" or a.prep == "with")) or (
                a.type == "NAME" and a.prep == "with" and ("mount" in s.verbs or _place_of_mount_next(s, a))
                and ("mount" in s.verbs or a.value not in _LEX["known_programs"])):
            # (run21) "run postgres:16 with pgdata at /var/lib/postgresql/data": with X, right before the path it is
            # at, is X mounted there (no verb of mounting said); (brk22) never a program's name ("run busybox with du
            # at /var" planned a volume `du` at /var: which is mounted where? asked)
            sources.append(a)
        elif a.type == "PATH" and "mount" in s.verbs and not a.particle and not a.prep and not dests:
            # "run nginx mounting /opt/html to /usr/share/nginx/html" (a bare path after the place it is
            # mounted at is a command's: "uploads 볼륨 /data에 마운트해서 alpine으로 ls /data 실행")
            sources.append(a)
        elif (s.lang == "en" and a.type == "NAME" and not a.particle and not a.prep and not a.kind
              and _right_after(s, a, "v_mount")):
            sources.append(a)  # "spin up nginx mounting pgdata at /data": the volume said right after mounting
        elif (s.lang == "en" and a.type == "NAME" and not a.particle and not a.prep and not a.kind
              and (_right_before(s, a, "v_mount") or (_place_of_mount_next(s, a) and a.value not in _LEX["known_programs"]))
              and _after_and(s, a)):
            # (run26) "run postgres:16 with POSTGRES_PASSWORD=pw and pgdata mounted at /data", "… and pgdata at /data": a
            # second option after and, the volume said right before mounted or the path it is at (never a program's
            # name: "… and du at /var" is asked, as after with)
            sources.append(a)
        elif s.lang == "en" and a.type in ("PATH", "NAME") and a.prep == "from" and not a.kind and _mount_of(s, a):
            sources.append(a)  # (en15) "run nginx, read-only mount of /etc/nginx-conf at /etc/nginx/conf.d"
        elif (s.lang == "ko" and "mount" in s.verbs and a.type == "NAME" and not a.particle and not a.prep
              and a.kind is None and _place_of_mount_next(s, a)):
            sources.append(a)  # (fix13) "alpine을 v9 /data에 마운트해서 실행": the volume said right before its path
        elif (s.lang == "ko" and ("mount" in s.verbs or "connect" in s.verbs) and a.type == "NAME"
              and a.particle == "obj" and a.kind is None and _place_of_mount_next(s, a)):
            # (run26) "pgdata를 /data에 붙여서 alpine 띄워", "pgdata를 /data에 마운트해서 alpine 띄워": the volume said with
            # 을/를 right before the path it is mounted at (붙이다 next to a path is a mount, as next to a network a connect)
            sources.append(a)
    if dests:
        if len(sources) != len(dests):
            raise Incomplete("parse.mount_pairs")
        for src, dst in zip(sources, dests):
            u = u.arg(src, dst)
            specs.append(m.VolumeSpec(src.value, dst.value, read_only=ro))
    if specs:
        _, u = use(s, u, "readonly")
    elif "mount" in s.verbs and not sources and not dests:
        # (session 13) a mount said with nothing to mount where ("nginx에 pgdata 마운트해서 띄워" planned `docker run nginx
        # pgdata`: the volume run as the command, the mount dropped): which volume where? asked
        raise Incomplete("parse.mount_pairs")
    return tuple(specs), u


def _mount_of(s: Said, a: Arg) -> bool:
    """(en15) English "a mount of SRC at DST": the noun mount, then `of` alone (grammar/lexicon.txt `mount_of`), then the
    source — what is mounted, never a place it is read from."""
    return any(v == "mount" and s.text[b:a.pos].split() == list(_LEX["mount_of"]) for v, _, b in s.verb_spans)


def _place_of_mount_next(s: Said, a: Arg) -> bool:
    """(fix13) The name `a` is said right before a path with 에 and no particle of its own ("v9 /data에 마운트"): the
    volume (or directory) mounted at that path, as "v9:/data" typed — the image is the other name. (run21) English
    "with pgdata at /var/lib/postgresql/data": the path's preposition at."""
    at = next((i for i, it in enumerate(s.items) if it[3] is a), None)
    if at is None or at + 1 >= len(s.items):
        return False
    nxt = s.items[at + 1][3]
    if s.lang == "en" and s.items[at + 1][2] == "e_at" and at + 2 < len(s.items):
        nxt = s.items[at + 2][3]  # "pgdata at /data": the preposition said between
    return (isinstance(nxt, Arg) and nxt.type == "PATH" and (nxt.particle == "at" or nxt.prep == "at")
            and ":" not in nxt.value)


def _source_said_before(s: Said, a: Arg) -> bool:
    """(run21) A path or a volume with 을/를 is said before the path `a` ("/var/log/app을 /logs로 마운트"): what is
    mounted at `a`."""
    return any(b.pos < a.pos and b.particle == "obj" and (b.type == "PATH" or b.kind == "volume") for b in s.args)


def _right_after(s: Said, a: Arg, rule: str) -> bool:
    """The name `a` is said right after a phrase of `rule` ("mounting pgdata")."""
    at = next((i for i, it in enumerate(s.items) if it[3] is a), None)
    return at is not None and at > 0 and s.items[at - 1][2] == rule


def _mount_placed_en(s: Said) -> bool:
    """(run26) English, a mount said with the path it is mounted at ("start alpine with pgdata mounted on /pg", "start
    nginx mounting /opt/html at /usr/share/nginx/html"): a volume is mounted when a container is made — with start,
    a new one of the image is run (as with a port or a name: `lifecycle`; a container said as the image is refused by
    the plan, plan.not_an_image)."""
    return s.lang == "en" and "mount" in s.verbs and any(
        a.type == "PATH" and a.prep == "at" for a in s.args)


def _right_before(s: Said, a: Arg, rule: str) -> bool:
    """(run26) The name `a` is said right before a phrase of `rule` ("pgdata mounted")."""
    at = next((i for i, it in enumerate(s.items) if it[3] is a), None)
    return at is not None and at + 1 < len(s.items) and s.items[at + 1][2] == rule


def _after_and(s: Said, a: Arg) -> bool:
    """(run26) The name `a` follows the item before it by `and` or a comma alone (grammar/lexicon.txt `and_words`): a
    phrase of its own, never the object of what is said before it."""
    at = next((i for i, it in enumerate(s.items) if it[3] is a), None)
    if at is None or at == 0:
        return False
    gap = s.text[s.items[at - 1][1]:a.pos].replace(",", " , ").split()
    return bool(gap) and all(w.lower() in _LEX["option_join_en"] or w == "," for w in gap)


def _volumes_from(s: Said, u: Used) -> tuple[tuple[str, ...], Used]:
    phs, u = take(s, u, "volumes_from")
    out = [p.values[0] for p in phs]
    # "my-volume 컨테이너의 볼륨을 공유해서", "my-volume의 볼륨으로"
    if "share" in s.verbs or "volume" in s.nouns:
        for a in free(s, u):
            of = (a.particle == "of" or a.prep == "with") and a.kind in (None, "container")
            shared = "share" in s.verbs and a.kind in ("container", "volume") and a.particle != "from"
            if a.type == "NAME" and (of or shared):
                out.append(a.value)
                u = u.arg(a)
    return tuple(out), u


def _restart_policy(s: Said, u: Used) -> tuple[str | None, Used]:
    phs, u = take(s, u, "restart_policy")
    if not phs:
        return None, u
    p = phs[0]
    if p.name == "rp_named":
        value = next(sub for sub in p.subs if sub.data.startswith("rv_"))
        if value.data == "rv_name":
            return str(value.children[0]), u
        return value.data[3:].replace("_", "-"), u
    return {"rp_always": "always", "rp_unless_stopped": "unless-stopped",
            "rp_on_failure": "on-failure"}[p.name], u


def _bare_exposed(s: Said) -> Arg | None:
    """(lead32c) The one number said right after a verb of exposing, no port word with it ("run redis exposing 6379 only,
    nothing published"): the port exposed (`_ports`); None when there is none (or more than one)."""
    if "expose" not in s.verbs or any(p.name in ("port", "host_port", "container_port") for p in s.phrases):
        return None
    bare = [a for a in s.args if a.type == "INT" and a.prep is None and a.particle is None and a.kind is None
            and 0 < int(a.value) < 65536
            and any(v == "expose" and b <= a.pos and not s.text[b:a.pos].strip() for v, _, b in s.verb_spans)]
    return bare[0] if len(bare) == 1 else None


def _ports(s: Said, u: Used) -> tuple[tuple[m.PortSpec, ...], tuple[int, ...], Used]:
    ip = None
    ips = ph(s, u, "ip")
    for p in ips:
        ip = p.values[0] if p.values else "127.0.0.1"
    if ips and any(ph(s, u, g) for g in ("host_port", "container_port", "port", "random_port")):
        u = u.group("ip")  # an address said without a port is left unread ("run busybox and ping localhost")
    host_phs, u = take(s, u, "host_port")
    hosts = [_port_of(p.subs[0]) for p in host_phs]
    cont_phs, u = take(s, u, "container_port")
    conts = [_port_of(p.subs[0]) for p in cont_phs]
    plain_phs, u = take(s, u, "port")
    for p in plain_phs:
        _no_clock_time(s, p)
    plain = [_port_of_phrase(p.values, p.types) for p in plain_phs]
    random, u = use(s, u, "random_port")
    mapped_phs, u = take(s, u, "port_to_host")
    if mapped_phs:
        # "80번 포트를 8082로 매핑해서": the container's port said as the object, the host's after 로 — with a
        # publish verb only (`port_to_host` in grammar/natural.lark); said once, with no other port
        if len(mapped_phs) > 1 or not {"publish", "connect"} & set(s.verbs) or random or host_phs or cont_phs:
            raise Incomplete("parse.port_pairs")
        cont_num, host_num = (_port_number(v) for v in mapped_phs[0].values)
        plain.append((m.PortSpec(host_num, cont_num), None))
    if "expose" in s.verbs and not random:
        # (exposed on a random host port, "run redis exposing 6379 on a random host port", it is published: -p 6379)
        nums = [p[1] for p in plain + conts + hosts if p[1] is not None]
        if not nums:
            # (lead32c) the number said right after the verb, its port word left out: "run redis exposing 6379 only,
            # nothing published" (what else does one expose?)
            bare = _bare_exposed(s)
            if bare is not None:
                return (), (int(bare.value),), u.arg(bare)
            raise Incomplete("parse.need_port")
        return (), tuple(nums), u
    # "mapping 127.0.0.1 port 8080 to container port 80": a plain port pairs with the other side
    if conts and not hosts and len(plain) == 1 and plain[0][0] is None and not random:
        hosts, plain = plain, []
    elif hosts and not conts and len(plain) == 1 and plain[0][0] is None and [h[1] for h in hosts] == [plain[0][1]]:
        plain = []  # (f23a) "nginx 8097포트에 띄워줘, 호스트 포트 8097번": the host port said twice is one host port
    elif hosts and not conts and len(plain) == 1 and plain[0][0] is None:
        conts, plain = plain, []
    if len([1 for mapped, _ in plain if mapped is None]) > 1:
        # "nginx 80포트 8080으로", "on port 8080 to 80": which is the host's? ask, don't guess
        raise Incomplete("parse.port_pairs")
    specs: list[m.PortSpec] = []
    for mapped, num in plain:
        if mapped is not None:
            specs.append(mapped)
        elif random:
            specs.append(m.PortSpec(container_port=num, random_host=True, host_ip=ip))
        else:
            specs.append(m.PortSpec(host_port=num, host_ip=ip))
    if random and conts and not hosts:
        # "publish container port 80 on a random host port"
        specs += [m.PortSpec(container_port=c[1], random_host=True, host_ip=ip) for c in conts]
        conts = []
    if hosts or conts:
        if random or len(hosts) > 1 or len(conts) > 1:
            raise Incomplete("parse.port_pairs")
        h = hosts[0][1] if hosts else None
        c = conts[0][1] if conts else None
        # a host port alone is like one port: the container side comes from the image's EXPOSE
        specs.append(m.PortSpec(host_port=h, container_port=c,
                                host_ip=ip, random_host=h is None))
    if random and not specs:
        # "nginx 랜덤 포트로 실행": the container side comes from the image's EXPOSE (plan)
        specs.append(m.PortSpec(random_host=True, host_ip=ip))
    if ip is not None:
        specs = [sp if sp.host_ip else m.PortSpec(sp.host_port, sp.container_port, ip, sp.proto, sp.random_host)
                 for sp in specs]
    return tuple(specs), (), u


# (break7) a pair of numbers that reads as a clock time, 0–23 then two digits of minutes ("14:02", "9:45")
_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")


def _no_clock_time(s: Said, p: Phrase) -> None:
    """(break7) A pair of numbers said alone that reads as a clock time ("14:02 nginx 띄워", "run nginx at 10:30",
    "nginx 띄워 9:45") is a time — when the order was logged, or when it should run — never a port mapping
    (`docker run -p 14:2` was planned): refused as a schedule. With a port word it is a port ("nginx 22:22 포트로",
    "-p 14:02", as docker reads it); a pair that no clock reads ("8080:80", "53:53/udp") is a port as before."""
    if p.types != ("PORTMAP",) or not _CLOCK_TIME.fullmatch(p.values[0]):
        return
    said_text = (s.text[p.span[0]:p.span[1]] if p.span else p.values[0]).lower()
    if not any(w in said_text for w in _LEX["port_said"]):  # a port word said with it (grammar/lexicon.txt)
        raise Incomplete("parse.no_schedule", when=p.values[0])


def _port_of(port_tree: Tree[Any]) -> tuple[m.PortSpec | None, int | None]:
    toks = [c for c in port_tree.children if isinstance(c, Token)]
    return _port_of_phrase(tuple(str(x) for x in toks), tuple(x.type for x in toks))


def _port_of_phrase(values: tuple[str, ...], types: tuple[str, ...]) -> tuple[m.PortSpec | None, int | None]:
    tok, typ = values[0], types[0]
    if typ == "IPPORT":  # "127.0.0.1:9090": that host address and port, the container's from EXPOSE
        ip, port = tok.rsplit(":", 1)
        return m.PortSpec(_port_number(port), None, ip), None
    if typ == "PORTMAP":
        return portmap(tok), None
    if len(values) == 2 and typ == "IP" and types[1] == "INT":  # "127.0.0.1 9090": that address, the container's
        return m.PortSpec(_port_number(values[1]), None, tok), None  # port from EXPOSE
    return None, _port_number(tok)



def _port_number(text: str) -> int:
    n = int(text)
    if not 0 < n < 65536:
        raise Incomplete("parse.bad_port", port=text)
    return n


def portmap(text: str) -> m.PortSpec:
    """'8080:80' · '127.0.0.1:8080:80' · 'localhost:8080' · '53:53/udp' · '80' (random host port)."""
    proto = "tcp"
    if "/" in text:
        text, proto = text.split("/", 1)
    if text.startswith("localhost:"):
        text = "127.0.0.1:" + text[len("localhost:"):]
        if text.count(":") == 1:  # localhost:8080 -> host port 8080 on 127.0.0.1, container side from EXPOSE
            return m.PortSpec(_port_number(text.split(":")[1]), None, "127.0.0.1", proto)
    parts = text.split(":")
    if len(parts) == 1:
        return m.PortSpec(container_port=_port_number(parts[0]), random_host=True, proto=proto)
    if len(parts) == 2:
        return m.PortSpec(_port_number(parts[0]), _port_number(parts[1]), proto=proto)
    ip = ":".join(parts[:-2])
    host = _port_number(parts[-2]) if parts[-2] else None
    return m.PortSpec(host, _port_number(parts[-1]), ip, proto, random_host=host is None)


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


# --------------------------------------------------------------------------- dispatch

# the verb `main_verb` decides -> the reading of its family
FAMILIES: dict[str, Family] = {
    "start": lifecycle, "stop": lifecycle, "kill": lifecycle, "pause": lifecycle,
    "unpause": lifecycle, "restart": lifecycle,
    "rm": remove,
    "prune": prune,
    "logs": logs,
    "inspect": inspect, "status": status, "list": listing, "show": show, "help": help_,
    "pull": images, "push": images, "tag": tag, "rename": rename,
    "connect": network, "disconnect": network,
    "exec": exec_, "shell": shell, "touch": touch, "property": property_, "members": members, "ancestor": ancestor,
    "image_present": image_present,
    "where_mounted": where_mounted, "top": top, "history": history, "port": port_, "stats": stats,
    "run": run, "create": create,
}


def _env_word_unread(s: Said, cmd: m.Command) -> list[str]:
    """The env nouns typed in Latin letters ("env", "vars") that a new container's run left unread: the run has
    no command and the word is not the head of an environment phrase right after it ("with env TZ=UTC").
    Empty when there is none. A Hangul noun (환경변수) is the phrase's own word, never a program."""
    if not isinstance(cmd, m.RunContainer) or cmd.command or " -" in s.text:
        return []  # docker-run options typed ("run ubuntu:focal -e A=1 env"): bot/language/parse.py `_command_kept`
    nouns = [(i, a, b) for i, (a, b, name, _) in enumerate(s.items) if name == "noun"]
    out = []
    for (i, a, b), kind in zip(nouns, s.nouns):
        word = s.original(a, b).strip()
        rest = [it for it in s.items[i + 1:] if it[2] != "noun"][:1]  # "with env vars A=1": the nouns, then it
        heads_env = bool(rest) and isinstance(rest[0][3], Phrase) and rest[0][3].group == "env"
        if kind == "env" and word and not HANGUL.search(word) and not heads_env:
            out.append(word)
    return out


def _rest_of_nothing(s: Said, cmd: m.Command) -> list[str]:
    """The words of "the rest" (grammar/lexicon.txt `rest_words`) said as the `all` of a write when nothing
    was left out before it (no exclusion): the rest of what? Empty when there is none."""
    if "all" not in s.by_group:
        return []  # no `all` said (most sentences): nothing below can be found (the words are an `all`'s)
    if reads_only(cmd) or s.excluded or s.by_group.get("excl"):
        return []
    if isinstance(cmd, m.ContainerAction) and cmd.exclude:
        return []
    if set(re.findall(r"[\w]+", s.text.lower())) & set(_LEX["rest_kept"]) or s.by_group.get("neg"):
        return []  # "restart web only, leave the rest alone", "web, cache 재시작하고 나머지는 그대로": the rest kept
    out = []
    for p in s.by_group.get("all", ()):
        if p.span is None:
            continue
        words = s.original(*p.span).strip()
        if set(re.findall(r"[\w]+", words.lower())) & set(_LEX["rest_words"]):
            out.append(words)
    return out


_KINDS = ("container", "image", "volume", "network")


def _kinds_mixed(s: Said, cmd: m.Command) -> list[str]:
    """The names of a removal or a container action said with words of two or more kinds (container, image,
    volume, network: "pgdata 볼륨이랑 db 컨테이너 지워"); empty when they are of one kind (or unsaid)."""
    if not isinstance(cmd, (m.ContainerAction, m.RemoveImage, m.VolumeRemove, m.NetworkRemove)) or reads_only(cmd):
        return []
    left_out = {a.index for a in s.excluded}  # "web 컨테이너 말고 web 이미지": the one left out is not acted on
    named = [a for a in s.args if a.type == "NAME" and a.kind in _KINDS and a.index not in left_out]
    return [a.value for a in named] if len({a.kind for a in named}) > 1 else []

