"""The docker-CLI dialect on the real engine: gorae and the docker CLI, same command, same container.

For a sample of each group of docker's syntax (port ranges, IPv6 host IPs, `--mount`
bind/volume/tmpfs, `-v` modes and the same source twice, env values with punctuation,
`--entrypoint ""`, options of the table), the same `docker create …` is run through gorae
(the whole pipeline) and through the docker CLI (the `docker` client, negotiating with the
engine), and the two containers' `docker inspect` HostConfig/Config fields are compared.
Containers are created, never started (nothing listens); everything made carries the label
`gorae-e2e-cli=<run id>` and is removed afterwards. Run under the e2e lock:

    flock /tmp/gorae-e2e.lock .venv/bin/pytest -q -m docker tests/test_e2e_cli.py
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import uuid
from typing import Any

import pytest
from conftest import pick_free_port

from bot.model import Actor, Request
from bot.pipeline import Gorae

pytestmark = [pytest.mark.docker, pytest.mark.all_engines]  # Engine 20.10 and 26.1

ACTOR = Actor("local:test", local=True)
LABEL = "gorae-e2e-cli"

HOST_FIELDS = ("PortBindings", "Binds", "Mounts", "RestartPolicy", "AutoRemove", "Tmpfs", "Memory", "NanoCpus",
               "Ulimits", "Privileged", "ShmSize", "ExtraHosts", "ReadonlyRootfs", "Init", "DeviceRequests",
               "Sysctls", "Dns", "CapDrop", "LogConfig", "PidsLimit", "NetworkMode", "VolumesFrom")
CONFIG_FIELDS = ("Env", "Cmd", "Entrypoint", "ExposedPorts", "Labels", "Tty", "OpenStdin", "Healthcheck", "Image",
                 "StopSignal", "WorkingDir", "User", "StopTimeout", "Volumes")


def _cases() -> list[tuple[str, str]]:
    p = pick_free_port()
    return [
        ("port range", f"-p 127.0.0.1:{p}-{p + 2}:80-82 nginx"),
        ("host port range", f"-p 127.0.0.1:{p}-{p + 5}:80 nginx"),
        ("random host port, udp", "-p 127.0.0.1::80/udp -p 127.0.0.1::53/sctp nginx"),
        ("IPv6 host IP", f"-p [::1]:{p}:80 nginx"),
        ("long --publish", f"--publish target=80,published={p},protocol=udp nginx"),
        ("--mount bind", "--mount type=bind,source=/tmp,target=/data,readonly,bind-propagation=rslave nginx"),
        ("--mount volume", "--mount type=volume,source=pgdata,target=/data,volume-nocopy nginx"),
        ("--mount tmpfs", "--mount type=tmpfs,target=/run/x,tmpfs-size=64m,tmpfs-mode=1770 nginx"),
        ("anonymous volume, volumes-from", "-v /data --volumes-from my-volume:ro nginx"),
        ("-v modes, same source twice", "-v /tmp:/a:ro,rprivate -v /tmp:/b -v pgdata:/c -v pgdata:/d:nocopy nginx"),
        ("env with punctuation", "-e 'GREETING=hello, world!' -e Q=why? -e 'A=x  y' -e \"B=bob's\" "
                                 "-e GORAE_E2E_UNSET alpine env"),
        ("command words as typed", "alpine echo STOP hello. \"bob's\" 'a  b'"),
        ("entrypoint cleared", "--entrypoint '' alpine echo hi"),
        ("entrypoint one word", "--entrypoint 'sh -c' alpine 'echo hi'"),
        ("restart and table options", "--restart on-failure:3 -l a=b -l c -h box -m 64m --cpus 0.5 --shm-size 32m "
                                      "--add-host db:10.0.0.5 --init --read-only nginx"),
        ("healthcheck", "--health-cmd 'true' --health-interval 1m30s --health-retries 2 nginx"),
        ("ulimit, tmpfs option", "--ulimit nofile=1024:2048 --tmpfs /run:rw,size=64m nginx"),
        ("tty and stdin", "-it alpine"),
        ("name case", "--stop-signal SIGQUIT -w /Srv -u Nobody nginx"),
        ("network alias, stop timeout", "--network backend --network-alias api-x --stop-timeout 30 nginx"),
        ("gpus, sysctl, dns, log options", "--gpus all --sysctl net.core.somaxconn=1024 --dns 1.1.1.1 --cap-drop ALL "
                                           "--log-driver json-file --log-opt max-size=10m --pids-limit 100 nginx"),
    ]


@pytest.fixture
def run_id(docker_client: Any) -> Any:
    rid = uuid.uuid4().hex[:8]
    yield rid
    for c in docker_client.api.containers(all=True, filters={"label": f"{LABEL}={rid}"}):
        docker_client.api.remove_container(c["Id"], force=True)


def _docker_cli() -> str:
    path = shutil.which("docker")
    if path is None:
        pytest.fail("the docker client is needed (scripts/engine.sh install)")
    return path


def _pick(info: dict, fields: tuple[str, ...]) -> dict:
    def clean(v: Any) -> Any:  # the CLI and the SDK send "nothing" differently (null, [], {})
        if isinstance(v, dict):
            out = {k: clean(x) for k, x in v.items()}
            return {k: x for k, x in out.items() if x not in (None, [], {}, "", False, 0)} or None
        if isinstance(v, list):
            return [clean(x) for x in v] or None
        return v if v not in ("", False, 0) else None
    out = {f: clean(info.get(f)) for f in fields}
    for f in ("Binds", "Env"):  # the docker CLI sends these in its own (map) order: compare as sets
        if isinstance(out.get(f), list):
            out[f] = sorted(out[f])
    if "RestartPolicy" in out and out["RestartPolicy"] in (None, {"Name": "no"}):
        out["RestartPolicy"] = None  # the engine's "" and docker's "no" are the same policy
    return out


def _env_without_unset() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "GORAE_E2E_UNSET"}
    return env


@pytest.mark.parametrize("case", range(len(_cases())), ids=[c[0] for c in _cases()])
def test_same_container_as_the_docker_cli(case: int, docker_client: Any, world: Any, run_id: str) -> None:
    _group, args = _cases()[case]
    ours, theirs = f"gorae-cli-{run_id}-{case}-a", f"gorae-cli-{run_id}-{case}-b"
    head = f"docker create --label {LABEL}={run_id}"
    gorae = Gorae()
    reply = gorae.handle(Request(f"{head} --name {ours} {args}", ACTOR, source="cli"))
    if reply.status == "confirm":
        reply = gorae.confirm(reply.pending, ACTOR, "terminal", yes=True)
    assert reply.status == "done", reply
    cli = [_docker_cli(), *shlex.split(f"create --label {LABEL}={run_id} --name {theirs} {args}")]
    done = subprocess.run(cli, capture_output=True, text=True, env=_env_without_unset(), timeout=60)
    assert done.returncode == 0, done.stderr
    a = docker_client.api.inspect_container(ours)
    b = docker_client.api.inspect_container(theirs)
    assert _pick(a["HostConfig"], HOST_FIELDS) == _pick(b["HostConfig"], HOST_FIELDS)
    assert _pick(a["Config"], CONFIG_FIELDS) == _pick(b["Config"], CONFIG_FIELDS)
    assert _networks(a) == _networks(b)


def _networks(info: dict) -> dict:
    """Network -> (aliases but the container's own id/name, IPAM config), as created."""
    out = {}
    for net, ep in ((info.get("NetworkSettings") or {}).get("Networks") or {}).items():
        own = {info["Id"][:12], info["Name"].lstrip("/")}
        out[net] = (sorted(set(ep.get("Aliases") or []) - own), ep.get("IPAMConfig") or None)
    return out


def test_env_value_reaches_the_process_as_typed(docker_client: Any, world: Any, run_id: str) -> None:
    """Attached run: the container prints the value it got; every character is there."""
    value = "hi! a  b? it's ~/x, $5 (ok)."
    gorae = Gorae()
    text = f"docker run --rm --label {LABEL}={run_id} -e {shlex.quote('X=' + value)} alpine sh -c 'echo \"$X\"'"
    reply = gorae.handle(Request(text, ACTOR, source="cli"))
    if reply.status == "confirm":
        reply = gorae.confirm(reply.pending, ACTOR, "terminal", yes=True)
    assert reply.status == "done", reply
    assert reply.code is not None and reply.code.rstrip("\n") == value


def test_refused_values_create_nothing(docker_client: Any, world: Any, run_id: str) -> None:
    """What docker refuses, gorae refuses: nothing is created on the engine."""
    gorae = Gorae()
    for args in ("-p 256.0.0.1:80:80 nginx", "-p localhost:1234:1234 nginx", "--restart on-failure:-1 nginx",
                 "-v /path:ro nginx", "-v ./x:/x nginx", "--rm --restart always nginx",
                 "-v /tmp:/a -v /srv:/a nginx"):
        reply = gorae.handle(Request(f"docker run -d --label {LABEL}={run_id} {args}", ACTOR, source="cli"))
        assert reply.status == "not_understood", (args, reply)
    assert docker_client.api.containers(all=True, filters={"label": f"{LABEL}={run_id}"}) == []


def _say(text: str) -> Any:
    gorae = Gorae()
    reply = gorae.handle(Request(text, ACTOR, source="cli"))
    if reply.status == "confirm":
        reply = gorae.confirm(reply.pending, ACTOR, "terminal", yes=True)
    return reply


def test_ps_filter_exec_detached_and_logs_window(docker_client: Any, world: Any, run_id: str) -> None:
    """Options of the other subcommands, on the engine: ps --filter / -n, exec -d, exec -e, logs --since."""
    name = f"gorae-cli-{run_id}-x"
    subprocess.run([_docker_cli(), "run", "-d", "--label", f"{LABEL}={run_id}", "--name", name, "alpine", "sh", "-c",
                    "echo started; trap 'exit 0' TERM; while :; do sleep 1; done"],
                   check=True, capture_output=True, timeout=60)
    reply = _say(f"docker ps -a --filter label={LABEL}={run_id} -n 50")
    assert reply.status == "done", reply
    assert reply.table is not None and any(name in " ".join(row) for row in reply.table.rows), reply.table
    assert len(reply.table.rows) == 1  # only this run's container: the filter reached the engine
    reply = _say(f"docker exec -d {name} touch /tmp/made-by-gorae")
    assert reply.status == "done", reply
    for _ in range(50):
        probe = subprocess.run([_docker_cli(), "exec", name, "ls", "/tmp/made-by-gorae"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            break
    assert probe.returncode == 0, probe.stderr
    reply = _say(f"docker exec -e 'K=a  b! it'\"'\"'s' {name} sh -c 'echo \"$K\"'")
    assert reply.status == "done", reply
    assert (reply.code or "").rstrip("\n") == "a  b! it's"  # docker exec keeps its -e, every character
    reply = _say(f"docker logs --since 1h30m {name}")
    assert reply.status == "done", reply
    assert "started" in (reply.code or "")


def test_port_range_is_reachable_on_127_0_0_1(docker_client: Any, world: Any, run_id: str) -> None:
    """`-p 127.0.0.1:P-P+1:80-81`, run through gorae: the engine binds both, nginx answers on P."""
    from conftest import http_get

    p = pick_free_port()
    while True:  # P and P+1 both free
        try:
            import socket

            with socket.socket() as s:
                s.bind(("127.0.0.1", p + 1))
            break
        except OSError:
            p = pick_free_port()
    name = f"gorae-cli-{run_id}-ports"
    reply = _say(f"docker run -d --label {LABEL}={run_id} --name {name} -p 127.0.0.1:{p}-{p + 1}:80-81 nginx")
    assert reply.status == "done", reply
    ports = docker_client.api.inspect_container(name)["NetworkSettings"]["Ports"]
    assert ports["80/tcp"] == [{"HostIp": "127.0.0.1", "HostPort": str(p)}]
    assert ports["81/tcp"] == [{"HostIp": "127.0.0.1", "HostPort": str(p + 1)}]
    assert "Welcome to nginx!" in http_get(p).body
