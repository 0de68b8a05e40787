"""bot/language/parse_natural.py: the phrase list is an immutable value and the verb families are
pure functions over it (same input, same output; what they read is returned, never stored)."""
from __future__ import annotations

import dataclasses

import pytest

from bot import model as m
from bot.language import grammar
from bot.language import parse_natural as pn
from bot.language.parse import Incomplete


def _said(text: str) -> pn.Said:
    tree = grammar.natural().parse(text)
    return pn.collect([c for c in tree.children if not pn._is(c, "seq")], "en", text)


def test_every_verb_the_reader_decides_has_a_family() -> None:
    from bot.language import parse_swarm

    decided = (set(pn.VERBS) - pn.MODIFIERS) | {"connect", "help"}
    # scale / update / rollback are a service's only: bot/language/parse_swarm.py reads them
    assert decided - set(parse_swarm.SERVICE_VERBS) <= set(pn.FAMILIES)


def test_the_phrase_list_is_frozen() -> None:
    s = _said("run nginx named web2 on port 8080")
    assert isinstance(s.args, tuple) and isinstance(s.phrases, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.args[0].value = "redis"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.phrases[0].name = "x"  # type: ignore[misc]
    assert [p.index for p in s.phrases] == list(range(len(s.phrases)))
    assert [a.index for a in s.args] == list(range(len(s.args)))


@pytest.mark.parametrize("text, want", [
    ("run nginx named web2 on port 8080", m.RunContainer),
    ("stop web within 5 seconds", m.Stop),
    ("show the last 50 lines of logs from cache", m.Logs),
    ("connect web to backend", m.NetworkConnect),
    ("remove the volume pgdata", m.VolumeRemove),
])
def test_a_family_is_a_pure_function(text: str, want: type) -> None:
    s = _said(text)
    u0 = pn.Used()
    verb, u = pn.main_verb(s, u0)
    first = pn.FAMILIES[verb](s, u, verb, pn.kind_of(s))
    again = pn.FAMILIES[verb](s, u, verb, pn.kind_of(s))
    assert first == again and isinstance(first[0], want)
    assert u0 == pn.Used()  # nothing stored in what it was given
    pn.check_all_used(s, first[1])  # everything said was read


def test_what_a_family_did_not_read_is_refused() -> None:
    s = _said("restart web within 5 seconds")
    verb, u = pn.main_verb(s, pn.Used())
    cmd, used = pn.FAMILIES[verb](s, u, verb, pn.kind_of(s))
    assert cmd == pn.build(s, pn.Used())
    with pytest.raises(Incomplete) as e:
        pn.check_all_used(s, dataclasses.replace(used, groups=used.groups - {"since"}))
    assert e.value.msg.key == "parse.unused"
