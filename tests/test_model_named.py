"""bot/model.py `named`: the typed readers of the fields that name things (issue 10: no getattr by
field name over the Command variants). Every variant that has such a field is in its tuple, so a
new variant cannot be read as naming nothing."""
from __future__ import annotations

import dataclasses

import pytest

from bot import model as m

FIELDS = {"targets": m.WITH_TARGETS, "names": m.WITH_NAMES, "target": m.WITH_TARGET, "name": m.WITH_NAME,
          "container": m.WITH_CONTAINER, "network": m.WITH_NETWORK}


def _variants(cls: type[m.Command] = m.Command) -> list[type[m.Command]]:
    out: list[type[m.Command]] = []
    for sub in cls.__subclasses__():
        out += [sub, *_variants(sub)]
    return out


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_every_variant_with_the_field_is_read(field: str) -> None:
    having = {c for c in _variants() if field in {f.name for f in dataclasses.fields(c)}}
    read = {c for c in _variants() if issubclass(c, FIELDS[field])}
    assert having == read, f"{field}: listed but lacking {read - having}, having but not listed {having - read}"


def test_named_reads_each_field() -> None:
    assert m.named(m.Restart(targets=("web", "db"))) == m.Named(targets=("web", "db"))
    assert m.named(m.VolumeRemove(names=("a", "b"))) == m.Named(names=("a", "b"))
    assert m.named(m.Logs("web", tail=100)) == m.Named(target="web")
    assert m.named(m.NodeUpdate("n1", "drain")) == m.Named(target="n1")
    assert m.named(m.RunContainer("nginx", name="w", network="backend")) == m.Named(name="w", network="backend")
    assert m.named(m.RunContainer("nginx")) == m.Named()
    assert m.named(m.NetworkConnect("backend", "web")) == m.Named(container="web", network="backend")
    assert m.named(m.VolumeCreate("data")) == m.Named(name="data")
    assert m.named(m.RemoveImage(images=("nginx",))) == m.Named()  # images are not "named" here
    assert m.named(m.Sequence(steps=(m.Logs("web"),))) == m.Named()  # a sequence: read its steps
