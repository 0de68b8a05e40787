"""bot/policy/guards.py: every guarded docker option hits its guard, in every form it can be written."""
from __future__ import annotations

import pytest
from test_docker_cli_table import planned

from bot.model import Plan

GUARD_TRIGGERS = {  # option -> a value that must hit its guard (bot/policy/guards.py)
    "cap-add": "SYS_ADMIN", "device": "/dev/sda", "ipc": "host", "pid": "host", "network": "host",
    "privileged": None, "security-opt": "seccomp=unconfined", "userns": "host",
    "mount": "type=bind,source=/srv/x,target=/x", "volume": "/srv/x:/x", "gpus": "all", "uts": "host",
}


@pytest.mark.parametrize("name", sorted(GUARD_TRIGGERS))
def test_every_guarded_option_of_the_table_hits_its_guard(name):
    from bot.language import docker_options as do
    from bot.policy import guards

    opt = do.RUN.find("--" + name)
    assert opt is not None and opt.guard, name
    value = GUARD_TRIGGERS[name]
    text = f"docker run -d --{name} nginx" if value is None else f"docker run -d --{name} {value} nginx"
    res = planned(text)
    assert isinstance(res, Plan), (text, res)
    hits = {h.guard for h in guards.check(res, text)}
    assert opt.guard in hits, (text, hits)


@pytest.mark.parametrize("text, guard", [
    ("docker run -d --mount type=volume,target=/x,volume-opt=type=none,volume-opt=o=bind,volume-opt=device=/etc nginx",
     "sensitive_mount"),
    ("docker run -d --device-cgroup-rule 'c 1:3 mr' nginx", "device"),
    ("docker exec --privileged web id", "privileged"),
    ("docker run -d -v /etc:/x:ro nginx", "sensitive_mount"),
    ("docker run -d --mount type=bind,src=/var/run/docker.sock,dst=/s nginx", "sensitive_mount"),
])
def test_guards_see_through_every_form(text, guard):
    from bot.policy import guards

    res = planned(text)
    assert isinstance(res, Plan), (text, res)
    assert guard in {h.guard for h in guards.check(res, text)}


def test_guarded_fields_reads_every_variant_with_a_guarded_field():
    """guards.guarded_fields (typed, per variant) covers every Command variant that has a field an
    option guard reads (`Option.field` of the run/exec tables): a new variant fails here."""
    import dataclasses

    from bot import model as m
    from bot.policy import guards

    read = {o.field for g in guards._OPTION_GUARDS for o in guards._guarded(g) if o.field}
    samples = [m.RunContainer("nginx", privileged=True, cap_add=("SYS_ADMIN",), pid="host", ipc="host", network="host",
                              devices=("/dev/fuse",), security_opt=("seccomp=unconfined",), userns="host"),
               m.Exec("web", ("sh",), privileged=True), m.ServiceCreate("nginx", cap_add=("NET_ADMIN",), network="x"),
               m.NetworkConnect("host", "web"), m.NetworkDisconnect("host", "web")]

    def variants(cls):
        return [v for s in cls.__subclasses__() for v in (s, *variants(s))]

    having = {c: {f.name for f in dataclasses.fields(c)} & read for c in variants(m.Command)}
    assert {c for c, f in having.items() if f} == {type(s) for s in samples}
    for s in samples:
        got = guards.guarded_fields(s)
        assert set(got) == having[type(s)], type(s).__name__
        assert got == {k: dataclasses.asdict(s)[k] for k in got}
    assert guards.guarded_fields(m.NetworkConnect("host", "web")) == {"network": "host"}
    assert [h.guard for h in guards.check_command(m.NetworkConnect("host", "web"))] == ["host_network"]
