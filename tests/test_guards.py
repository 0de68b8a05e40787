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
