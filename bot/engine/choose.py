"""Which engine(s) a command runs on, and its plan there: one named engine, every engine, or a search.

    Command.engine = "prod-1"  -> planned against prod-1; shown as `docker --context prod-1 …`
    Command.engine = "*"       -> planned on every engine side by side: one Plan whose `steps`
                                  are one plan per engine (authorized each, confirmed once)
    Command.engine = None      -> one engine known: as before (nothing shown of engines).
                                  Several: a command on named things (restart web, logs web)
                                  is looked up on every engine; found on one -> that one,
                                  on several -> asked which (choices: the request + "(NAME)"),
                                  on none -> the default engine's answer. Others: the default.

An engine that does not answer (its view is a NullView) is left out of a search and of a
fan-out, with a note naming it and why; a named one that does not answer is planned unchecked
and the run says, within its bound, that it did not answer (bot/engine/named.py client_for).
No I/O of its own: views come from `view_of`, plans from bot.engine.plan.plan.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot import model as m
from bot.engine.named import Engines, side_by_side, with_context
from bot.engine.plan import plan as make_plan
from bot.engine.view import EngineView, NullView
from bot.language.engine_clause import EVERY, Clause
from bot.messages.policy import expand
from bot.model import Msg, Plan, Unresolved

ViewOf = Callable[[str], EngineView]
Result = Plan | Unresolved

# commands on things that already exist by name: looked up on every engine when none is named
SEARCHED = (m.ContainerAction, m.Inspect, m.Top, m.Port, m.Logs, m.Exec, m.VolumeInspect, m.VolumeRemove,
            m.NetworkInspect, m.NetworkRemove, m.NetworkConnect, m.NetworkDisconnect)


def unknown(cmd: m.Command, name: str, engines: Engines) -> Unresolved:
    """An engine name that is not known: refused, with the known ones."""
    return Unresolved(cmd, Msg.of("engines.unknown", name=name, known=", ".join(engines.names())),
                      suggestions=tuple(engines.names()))


def unread_place(cmd: m.Command, clause: Clause) -> Unresolved | None:
    """(w35c) A loose clause ("… in progress", "… at midnight", "… on friday") whose name is a plain word (letters
    only: no digit, dash, underscore or dot) and no configured engine, said of a time (grammar/lexicon.txt
    `engine_time_en`: a schedule gorae does not keep) or of a state (`engine_status_en`: a report, unread) — never an
    engine, never offered as one. None otherwise ("on prod-9", "on staging": an unknown engine, as before)."""
    if not clause.loose or not clause.engine.isalpha():
        return None
    from bot.language.grammar import words

    if clause.engine.lower() in words("engine_time_en"):
        return Unresolved(cmd, Msg.of("parse.no_schedule", when=clause.said))
    if clause.engine.lower() in words("engine_status_en"):
        return Unresolved(cmd, Msg.of("parse.unknown_word", word=clause.said))
    return None


# a clause at the end right after one of these words excludes the engine ("restart web except
# on prod-1", "… but not on prod-1"): never read as naming it
EXCLUDING = ("except", "excluding", "not", "but", "besides", "without", "apart")


def read_of_a_thing(rest: m.Command, name: str, view: EngineView) -> m.Command | None:
    """(w2en) A loose clause ("… on backend") naming no known engine, said of a read of every container: the list of
    containers said on a network of the engine is that network's containers ("which containers are on backend?",
    "containers on backend": docker network inspect backend, which lists them), the use of the machine said on a
    container that container's ("how's the cpu on web": docker stats --no-stream web); None otherwise (refused as an unknown
    engine, as before). Reads only: never a write, never a container guessed."""
    if (isinstance(rest, m.ListContainers) and not rest.filters and rest.uses is None and rest.last is None
            and not rest.latest and not rest.quiet and name in view.networks()):
        return m.NetworkInspect(name, lang=rest.lang)
    if isinstance(rest, m.Stats) and not rest.targets and not rest.all and (
            view.container(name) is not None or any(c.name == name for c in view.containers())):
        return replace(rest, targets=(name,))  # "how's the cpu on web", "memory usage on cache": that container's
    return None


def conflict(cmd: m.Command, clause: Clause, text: str) -> Unresolved | None:
    """A sentence that names its engine twice, differently (`docker --context prod-1 restart
    web on staging-1`), or excludes the engine its clause names: refused, nothing planned."""
    if cmd.engine is not None and cmd.engine != clause.engine:
        return Unresolved(cmd, Msg.of("engines.two_named", first=cmd.engine,
                                      second="every engine" if clause.engine == EVERY else clause.engine))
    said = excluded_said(clause, text)
    if said is not None:
        return Unresolved(cmd, Msg.of("engines.excluded", said=said))
    return None


def excluded_said(clause: Clause, text: str) -> str | None:
    """The words that exclude the clause's engine ("except on prod-1", "but not on staging-1"), or None."""
    before = clause.rest.split()
    if text.rstrip().endswith(clause.said) and before and before[-1].lower() in EXCLUDING:
        return f"{before[-1]} {clause.said}"
    return None


def without_exclusion(clause: Clause) -> str:
    """The clause's rest without the exclusion words at its end ("restart web but not" -> "restart web"):
    what the sentence asks, read only to refuse it with `engines.excluded`."""
    words = clause.rest.split()
    while words and words[-1].lower() in EXCLUDING:
        words.pop()
    return " ".join(words)


def take_clause(clause: Clause | None, engines: Engines) -> tuple[str | None, bool]:
    """(engine named by the clause, sure): `sure` False for a loose clause ("web에서 …") whose
    name is not a known engine — then it is an ordinary phrase unless the sentence reads
    only without it (the caller decides)."""
    if clause is None:
        return None, True
    if clause.engine == EVERY or engines.get(clause.engine) is not None:
        return clause.engine, True
    return clause.engine, not clause.loose


def searched(cmd: m.Command) -> bool:
    if isinstance(cmd, m.Sequence):
        return any(searched(s) for s in cmd.steps)
    if isinstance(cmd, m.ContainerAction):
        return bool(cmd.targets) and not cmd.all_running
    if isinstance(cmd, m.Stats):
        return bool(cmd.targets)  # `docker stats web`: the engine that has web; none named: the default's
    return isinstance(cmd, SEARCHED)


def stamp(p: Result, name: str, shown: bool) -> Result:
    """`p` as planned on engine `name`: its engine set, its CLI with `--context name` when `shown`."""
    if not isinstance(p, Plan):
        return p
    cli = tuple(with_context(c, name) for c in p.cli) if shown else p.cli
    steps = tuple(s for s in (stamp(s, name, shown) for s in p.steps) if isinstance(s, Plan))
    command = replace(p.command, engine=name) if shown else p.command
    return replace(p, command=command, cli=cli, steps=steps, engine=name if shown else None)


def _available(view: EngineView) -> bool:
    return view.available


def _why(view: EngineView) -> Msg:
    return (view.reason if isinstance(view, NullView) else None) or Msg.of("engine.unreachable", where="?")


def plan_on(cmd: m.Command, engines: Engines, view_of: ViewOf, text: str = "") -> Result:
    """The plan of `cmd` on the engine(s) it names (see the module docstring).

    `text`: the request without its engine clause, for the "which engine?" choices.
    A daemon known by several names (bot/engine/named.py Engines.distinct: the same socket, host
    and port) is one engine for a fan-out and a search; its plan carries the other names
    (`Plan.aliases`) for the policy to decide on each.
    """
    return with_aliases(_plan_on(cmd, engines, view_of, text), engines)


def with_aliases(p: Result, engines: Engines) -> Result:
    """`p` with the other names of its engine's daemon (`Plan.aliases`), its steps' too."""
    if not isinstance(p, Plan):
        return p
    steps = tuple(s for s in (with_aliases(s, engines) for s in p.steps) if isinstance(s, Plan))
    aliases = engines.aliases(p.engine) if p.engine not in (None, EVERY) else ()
    return replace(p, steps=steps, aliases=aliases)


def _plan_on(cmd: m.Command, engines: Engines, view_of: ViewOf, text: str = "") -> Result:
    name = cmd.engine
    if name is None and not engines.many:
        return make_plan(cmd, view_of(engines.default))
    bare = replace(cmd, engine=None)  # bot.engine.plan refuses a command that names an engine
    if name == EVERY:
        return fan_out(bare, engines, view_of)
    if name is not None:
        if engines.get(name) is None:
            return unknown(cmd, name, engines)
        return stamp(make_plan(bare, view_of(name)), name, True)
    if not searched(cmd):
        first = make_plan(bare, view_of(engines.default))
        if isinstance(cmd, m.RunContainer) and isinstance(first, Plan) and first.verb == "exec":
            return _exec_by_name(bare, first, engines, view_of, text)
        return stamp(first, engines.default, True)
    return search(bare, engines, view_of, text)


def _exec_by_name(cmd: m.Command, first: Plan, engines: Engines, view_of: ViewOf, text: str) -> Result:
    """"web에서 ls 실행" read as an exec in the container `web` of the default engine: when
    another engine has a running `web` too, which one is asked, as for any name on several."""
    each = _plan_each(cmd, engines, view_of)
    execs = [n for n, (v, p) in each.items() if _available(v) and isinstance(p, Plan) and p.verb == "exec"]
    if len(execs) > 1:
        # the choices are the exact commands (a loose "web에서" cannot carry a clause of its own)
        choices = tuple(c for n in execs for c in with_contexts(each[n][1], n))
        return Unresolved(cmd, Msg.of("engines.ambiguous", name=first.targets[0] if first.targets else "?",
                                      engines=", ".join(execs)), choices=choices)
    return stamp(first, engines.default, True)


def _plan_each(cmd: m.Command, engines: Engines, view_of: ViewOf) -> dict[str, tuple[EngineView, Result]]:
    def one(n: str) -> tuple[EngineView, Result]:
        view = view_of(n)
        return view, make_plan(cmd, view)

    return side_by_side(engines.distinct(), one)


def search(cmd: m.Command, engines: Engines, view_of: ViewOf, text: str) -> Result:
    """A command on named things, no engine named: the engines that have them."""
    each = _plan_each(cmd, engines, view_of)
    found = [n for n, (v, p) in each.items() if _available(v) and isinstance(p, Plan)]
    silent = [n for n, (v, _) in each.items() if not _available(v)]
    notes = tuple(Msg.of("engines.skipped", engine=n, why=_why_engine(each[n][0])) for n in silent)
    if len(found) == 1:
        n = found[0]
        p = stamp(each[n][1], n, True)
        return replace(p, notes=p.notes + notes) if isinstance(p, Plan) else p
    if len(found) > 1:
        names = _names_of(cmd)
        choices = tuple(f"{text} ({n})" if text else f"--context {n}" for n in found)
        return Unresolved(cmd, Msg.of("engines.ambiguous", name=names, engines=", ".join(found)),
                          choices=choices)
    _, first = each[engines.default]
    return stamp(first, engines.default, True)


def with_contexts(p: Result, name: str) -> tuple[str, ...]:
    return tuple(with_context(c, name) for c in p.cli) if isinstance(p, Plan) else ()


def _why_engine(view: EngineView) -> str:
    from bot.messages import text

    return text(_why(view), "en")


def _names_of(cmd: m.Command) -> str:
    if isinstance(cmd, m.Sequence):
        return ", ".join(dict.fromkeys(_names_of(s) for s in cmd.steps))
    names = m.named(cmd)
    for many in (names.targets, names.names):
        if many:
            return ", ".join(many)
    for one in (names.target, names.name, names.container, names.network):
        if one is not None:
            return one
    return "?"


def fan_out(cmd: m.Command, engines: Engines, view_of: ViewOf) -> Result:
    """`cmd` on every engine that answers and has what it names: one plan per engine as `steps`."""
    each = _plan_each(cmd, engines, view_of)
    good = [(n, p) for n, (v, p) in each.items() if _available(v) and isinstance(p, Plan)]
    silent = [n for n, (v, _) in each.items() if not _available(v)]
    missing = [n for n, (v, p) in each.items() if _available(v) and not isinstance(p, Plan)]
    notes = tuple(Msg.of("engines.skipped", engine=n, why=_why_engine(each[n][0])) for n in silent)
    if missing:
        notes += (Msg.of("engines.not_there", engines=", ".join(missing)),)
    if not good:
        if missing:
            return each[missing[0]][1]
        return Unresolved(cmd, Msg.of("engines.none_reachable", engines=", ".join(silent)))
    steps = tuple(s for s in (stamp(p, n, True) for n, p in good) if isinstance(s, Plan))
    first = steps[0]
    targets = tuple(dict.fromkeys(t for s in steps for t in s.targets))
    summary = expand("engines.fanout", count=len(steps), summary=first.summary) if first.summary else None
    return Plan(replace(cmd, engine=EVERY), tuple(c for s in steps for c in s.calls),
                tuple(c for s in steps for c in s.cli), first.verb, first.verb_class, targets,
                writes=any(s.writes for s in steps), destructive=any(s.destructive for s in steps),
                summary=summary, notes=notes + first.notes, steps=steps, engine=EVERY)
