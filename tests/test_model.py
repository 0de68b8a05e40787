"""bot/model.py: the values between the stages — frozen, compared by value, and their few helpers
(the reply language, a bind source, a message's and a call's parameters, a decision's kind).

Every stage's tests build and read these values; here are the values' own rules.
"""
from __future__ import annotations

import dataclasses

import pytest

from bot.model import (
    ALLOW,
    Actor,
    Call,
    Command,
    Decision,
    Msg,
    Plan,
    Remove,
    Request,
    Restart,
    RunContainer,
    Target,
    VerbClass,
    VolumeSpec,
    reply_lang,
)


@pytest.mark.parametrize("lang, reply", [("ko", "ko"), ("en", "en"), ("cli", "en")])
def test_a_docker_command_is_answered_in_english(lang, reply) -> None:
    assert reply_lang(lang) == reply


@pytest.mark.parametrize("source, bind", [
    ("/srv/data", True),     # a host path
    ("./site", True),        # relative to where the docker CLI runs
    ("../up", True),
    ("pgdata", False),       # a named volume
    ("", False),             # an anonymous volume (`-v /data`)
])
def test_a_volume_source_is_a_bind_when_it_is_a_path(source: str, bind: bool) -> None:
    assert VolumeSpec(source, "/data").is_bind is bind


def test_a_message_keeps_its_parameters_sorted_so_equal_messages_compare_equal() -> None:
    a = Msg.of("restarted", name="web", count=2)
    b = Msg.of("restarted", count=2, name="web")
    assert a == b and hash(a) == hash(b)
    assert a.params == (("count", 2), ("name", "web"))
    assert a.kw() == {"count": 2, "name": "web"}
    assert Msg.of("done").kw() == {} and Msg.of("done") == Msg("done")


def test_a_call_keeps_its_keyword_arguments_in_the_order_given() -> None:
    call = Call.of("containers.run", None, image="nginx", name="web", detach=True)
    assert call.op == "containers.run" and call.target is None
    assert call.kwargs == (("image", "nginx"), ("name", "web"), ("detach", True))
    assert call.kw() == {"image": "nginx", "name": "web", "detach": True}
    assert Call.of("container.restart", "ab12").kw() == {} and Call.of("container.restart", "ab12").target == "ab12"


@pytest.mark.parametrize("kind, allowed", [("allow", True), ("deny", False), ("confirm", False), ("approve", False)])
def test_only_an_allow_is_allowed(kind, allowed: bool) -> None:
    assert Decision(kind).allowed is allowed


def test_allow_is_a_bare_allow() -> None:
    assert ALLOW == Decision("allow") and ALLOW.reason is None and ALLOW.rule is None and ALLOW.step is None


def test_values_are_frozen() -> None:
    actor = Actor("U0BOB")
    for value, name, new in [(actor, "user", "U0EVE"), (Request("restart web", actor), "text", "rm web"),
                             (Msg.of("x"), "key", "y"), (Decision("deny"), "kind", "allow"),
                             (Restart(targets=("web",)), "targets", ("db",))]:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, new)


def test_a_request_and_an_actor_default_to_the_terminal() -> None:
    r = Request("ps", Actor("local:me", local=True))
    assert (r.channel, r.source, r.request_id) == ("terminal", "cli", "")
    assert Actor("U0BOB") == Actor("U0BOB", (), False, False) and not Actor("U0BOB").external


def test_how_a_command_was_typed_does_not_change_what_it_is() -> None:
    """`as_typed` is not compared (issue 15): the same command parsed from docker CLI or from words is equal;
    the language, the engine and a -H flag are part of the command."""
    assert Restart(targets=("web",), as_typed=True) == Restart(targets=("web",))
    assert Restart(targets=("web",), lang="ko") != Restart(targets=("web",))
    assert Restart(targets=("web",), engine="prod-1") != Restart(targets=("web",))
    assert Remove(targets=("web",)) != Restart(targets=("web",))  # another verb
    with pytest.raises(TypeError):
        Command("en")  # type: ignore[misc]  # lang is keyword-only


def test_a_plan_is_a_value() -> None:
    def plan() -> Plan:
        return Plan(RunContainer(image="nginx", name="web"), (Call.of("containers.run", None, image="nginx"),),
                    ("docker run -d --name web nginx",), "run", VerbClass.DEPLOY,
                    (Target("image", "nginx"),))
    p = plan()
    assert p == plan() and hash(p) == hash(plan())
    assert (p.writes, p.destructive, p.steps, p.engine, p.notes) == (True, False, (), None, ())
    assert VerbClass("destroy") is VerbClass.DESTROY and VerbClass.READ == "read"


def test_changed_is_replace_for_every_command_field() -> None:
    """model.changed (perf11): the value dataclasses.replace gives — equal, same repr and hash, same attribute
    order — for each field of RunContainer and Sequence changed; the original untouched."""
    from bot import model as m

    run = m.RunContainer(image="nginx", command=("echo", "hi"), name="web", detach=None, lang="ko")
    seq = m.Sequence(steps=(m.Restart(targets=("web",)), run), lang="en")
    for obj in (run, seq):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            new_value = ("x",) if isinstance(value, tuple) else (not value if isinstance(value, bool) else "x")
            want = dataclasses.replace(obj, **{f.name: new_value})
            got = m.changed(obj, **{f.name: new_value})
            assert got == want and repr(got) == repr(want) and hash(got) == hash(want)
            assert list(vars(got)) == list(vars(want)) and type(got) is type(want)
    assert run == m.RunContainer(image="nginx", command=("echo", "hi"), name="web", detach=None, lang="ko")


def test_changed_falls_back_to_replace() -> None:
    """A dataclass with a __post_init__ is made by replace (its __init__ runs); a name that is no field is
    replace's TypeError."""
    from bot import model as m

    @dataclasses.dataclass(frozen=True)
    class Doubled:
        n: int
        twice: int = 0

        def __post_init__(self) -> None:
            object.__setattr__(self, "twice", 2 * self.n)

    assert m.changed(Doubled(1), n=5).twice == 10
    with pytest.raises(TypeError):
        m.changed(m.RunContainer(image="nginx"), no_such_field=1)
