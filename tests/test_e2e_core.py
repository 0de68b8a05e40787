"""Issue 2 end to end: Korean, English and docker-CLI requests through the whole pipeline,
on the real engine, each checked by looking at the engine afterwards.

    text -> Gorae.handle (normalize, parse, plan, authorize, execute, render) -> Reply
                                        \\-> status "confirm": Gorae.confirm(yes=True)

Every test checks the ENGINE (docker inspect through the SDK, an HTTP GET to a port
published on 127.0.0.1, a volume's content read by another container, a network's
members), the reply's docker command (`cli`) and the reply's language (a Korean request
gets Hangul back, an English or docker-CLI one gets none). Some go through the real
console script (`gorae say`, `gorae explain`) and check its exit codes (0 / 1 / 2).

Names are unique per test (`e2e-<hex8>`), ports are free high ports; `cleanup` removes
what a test makes. "Stop every running container" and "container prune" run against a
client whose *listing* is scoped to this test's containers (the engine is shared with
other test runs); GORAE_E2E_GLOBAL=1 also runs the unscoped "stop all", which stops the
fixture world too and repairs it at once.

The regression tests at the end are bugs these tests found in bot/, now fixed: they check the
plan first, so a wrong plan fails before anything runs.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from conftest import http_get, pick_free_port
from corpus_check import plan_key

from bot import messages
from bot.model import Actor, Plan, Reply, Request
from bot.pipeline import Gorae

pytestmark = [pytest.mark.docker, pytest.mark.all_engines]  # every test on Engine 20.10 and 26.1

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTOR = Actor("local:test", local=True)
CHANNEL = "terminal"
HANGUL = re.compile(r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]
REGISTRY = "127.0.0.1:5000"
NGINX_WELCOME = "Welcome to nginx!"
SHARED_PAGE = "<h1>shared by my-volume</h1>"  # what the world's my-volume serves (fixtures_engine)
HELLO_PULL_TEXT = "Hello from hello-pull"
LANGS = ["ko", "en", "cli"]


# =========================================================================== helpers


def uid() -> str:
    return "e2e-" + uuid.uuid4().hex[:8]


class Bot:
    """One Gorae, driven like a front end: handle(), and confirm() when asked."""

    def __init__(self, client: Any = None) -> None:
        self.gorae = Gorae()
        if client is not None:
            self.gorae._client = client
        self.asked: list[Reply] = []  # the confirmation questions of this bot

    def say(self, text: str, *, yes: bool = True, progress: Callable[[str], None] | None = None) -> Reply:
        req = Request(text, ACTOR, channel=CHANNEL, source="cli")
        reply = self.gorae.handle(req, progress=progress)
        if reply.status == "confirm":
            assert reply.pending, reply
            self.asked.append(reply)
            if yes:
                reply = self.gorae.confirm(reply.pending, ACTOR, CHANNEL, yes=True, progress=progress)
        return reply

    def plan_cli(self, text: str) -> list[str]:
        """What gorae would run (parse + plan only): [] when it would run nothing."""
        ex = self.gorae.explain(text)
        return list(ex.planned.cli) if isinstance(ex.planned, Plan) else []


def reply_words(reply: Reply) -> str:
    return " ".join((reply.headline, *reply.notes))


def check(reply: Reply, lang: str, *, cli: str | list[str] | None = None, status: str | None = "done") -> None:
    """The reply's status, docker command and language (Korean -> Hangul; English/CLI -> none)."""
    want = "ko" if lang == "ko" else "en"
    assert reply.lang == want, reply
    if want == "ko":
        assert HANGUL.search(reply.headline), f"Korean request, reply without Hangul: {reply.headline!r}"
    else:
        assert not HANGUL.search(reply_words(reply)), f"English request, Korean in reply: {reply_words(reply)!r}"
    assert "Traceback" not in reply_words(reply)
    if status is not None:
        assert reply.status == status, reply
    if cli is not None:
        want_cli = [cli] if isinstance(cli, str) else list(cli)
        assert plan_key(list(reply.cli)) == plan_key(want_cli), (reply.cli, want_cli)


def said_nothing_ran(reply: Reply) -> bool:
    words = reply_words(reply).lower()
    return "nothing" in words or "아무것도" in words or "실행하지 않았" in words


def inspect(client: Any, name: str) -> dict:
    return client.api.inspect_container(name)


def exists(client: Any, name: str) -> bool:
    return bool(client.api.containers(all=True, filters={"name": f"^/{name}$"}))


def container_names(client: Any) -> set[str]:
    """The names of every container on the engine, running or not."""
    return {c["Names"][0].lstrip("/") for c in client.api.containers(all=True)}


def started_at(client: Any, name: str) -> str:
    return inspect(client, name)["State"]["StartedAt"]


def wait_for(pred: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def wait_gone(client: Any, name: str, timeout: float = 30.0) -> None:
    wait_for(lambda: not exists(client, name), timeout, f"{name} to be removed")


def run_sdk(client: Any, cleanup: Any, image: str = "alpine", *, name: str | None = None,
            command: Any = None, start: bool = True, **kw: Any) -> str:
    """A container made directly with the SDK (a test's setup, not under test)."""
    name = name or uid()
    cleanup.container(name)
    if image in ("alpine", "busybox", "ubuntu:focal") and command is None:
        command = IDLE
    if start:
        client.containers.run(image, command, name=name, detach=True, **kw)
    else:
        client.containers.create(image, command, name=name, **kw)
    return name


def nothing_ran(reply: Any) -> None:
    """A refusal or a question: no yes was asked for, nothing done."""
    assert reply.status not in ("done", "confirm"), reply


def running_since(client: Any, name: str) -> str:
    """`name`'s StartedAt, asserting it runs."""
    state = inspect(client, name)["State"]
    assert state["Running"], state
    return started_at(client, name)


def assert_touches_nothing(bot: Any, client: Any, said: str, names: tuple[str, ...] = ("web", "cache")) -> None:
    """`said`, unanswered, plans and runs nothing: `names` still run since the same start, no container is new."""
    before = {n: started_at(client, n) for n in names}
    count = len(client.containers.list(all=True))
    reply = bot.say(said, yes=False)
    assert reply.status not in ("done", "confirm") and not reply.cli, (said, reply)
    for n in names:
        assert inspect(client, n)["State"]["Running"] and started_at(client, n) == before[n], n
    assert len(client.containers.list(all=True)) == count  # no new container either


def run_tracked(client: Any, cleanup: Any, image: str = "alpine") -> tuple[str, str]:
    """A running container of the test's own (name, ID), tracked by ID too, so that it is removed whatever its name
    becomes (a rename under test)."""
    name = run_sdk(client, cleanup, image)
    cid = inspect(client, name)["Id"]
    cleanup.container(cid)
    return name, cid


class Pair:
    """Two running containers of a test's own, `a` and `b`, each with the StartedAt it had when made: a test says a
    text naming them and then asks which of the two were started again."""

    def __init__(self, client: Any, cleanup: Any) -> None:
        self.client = client
        self.names = (run_tracked(client, cleanup)[0], run_tracked(client, cleanup)[0])
        self.starts = tuple(running_since(client, n) for n in self.names)

    def restarted(self) -> set[str]:
        """The names of the pair started again since they were made, asserting that both still run."""
        return {n for n, s in zip(self.names, self.starts) if running_since(self.client, n) != s}


def unanswered(reply: Any) -> None:
    """A reply to a text said with yes=False that ran nothing: a question waiting for its yes/no, or a refusal."""
    if reply.status == "confirm":
        assert reply.pending, reply
    else:
        nothing_ran(reply)


def published_port(client: Any, name: str, port: str = "80/tcp") -> int:
    """The host port docker picked for PORT (IPv4 binding)."""
    binds = inspect(client, name)["NetworkSettings"]["Ports"][port]
    return int(next(b["HostPort"] for b in binds if ":" not in b["HostIp"]))


def volume_files(client: Any, volume: str) -> dict[str, str]:
    """name -> content of the files at the top of VOLUME, read by a throwaway busybox."""
    out = client.containers.run(
        "busybox", ["sh", "-c", "for f in /v/*; do [ -f \"$f\" ] && echo \"== ${f#/v/}\" && cat \"$f\"; done; true"],
        volumes={volume: {"bind": "/v", "mode": "ro"}}, remove=True)
    files: dict[str, str] = {}
    current = None
    for line in out.decode().splitlines():
        if line.startswith("== "):
            current = line[3:]
            files[current] = ""
        elif current is not None:
            files[current] += line + "\n"
    return files


def registry_tags(repo: str) -> list[str]:
    """GET http://127.0.0.1:5000/v2/REPO/tags/list (never through a proxy)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"http://{REGISTRY}/v2/{repo}/tags/list", timeout=5) as r:
            return json.load(r).get("tags") or []
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return []
        raise


def field(reply: Reply, key: str) -> str:
    """An inspect summary field by its message key ("field.state"), in the reply's language."""
    label = messages.t(key, reply.lang)
    found = [v for k, v in reply.fields if k == label]
    assert found, (label, reply.fields)
    return found[0]


def remove_image(client: Any, ref: str) -> None:
    from docker.errors import ImageNotFound

    try:
        client.api.remove_image(ref, force=True)
    except ImageNotFound:
        pass


def tcp_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def gorae_cmd() -> list[str]:
    exe = os.path.join(ROOT, ".venv", "bin", "gorae")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "bot"]


def gorae_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
              timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([*gorae_cmd(), *args], input=stdin if stdin is not None else "", capture_output=True,
                          text=True, timeout=timeout, env=full_env, cwd=ROOT)


class ScopedAPI:
    """The real low-level API, except that container *listings* and prune see only LABEL.

    So "stop every running container" and "container prune" run for real, through the whole
    pipeline, on this test's containers, without touching other runs sharing the engine.
    """

    def __init__(self, api: Any, label: str) -> None:
        self._api, self._label = api, label

    def __getattr__(self, name: str) -> Any:
        return getattr(self._api, name)

    def _scope(self, filters: dict | None) -> dict:
        f = dict(filters or {})
        have = f.get("label") or []
        f["label"] = [*([have] if isinstance(have, str) else have), self._label]
        return f

    def containers(self, *args: Any, filters: dict | None = None, **kw: Any) -> Any:
        return self._api.containers(*args, filters=self._scope(filters), **kw)

    def prune_containers(self, filters: dict | None = None) -> Any:
        return self._api.prune_containers(filters=self._scope(filters))


class ScopedClient:
    def __init__(self, client: Any, label: str) -> None:
        self._client = client
        self.api = ScopedAPI(client.api, label)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def scoped_bot(client: Any, cleanup: Any, running: int = 0) -> tuple[Bot, list[str]]:
    """A bot whose "all"/"every" reaches only the containers of one test (labelled gorae.e2e=<uid>), and the
    names of `running` idle alpine containers made with that label (`run_sdk`)."""
    tag = uid()
    label = {"gorae.e2e": tag}
    up = [run_sdk(client, cleanup, labels=label) for _ in range(running)]
    return Bot(ScopedClient(client, f"gorae.e2e={tag}")), up


# =========================================================================== run: -d, --name, -p (four forms)

RUN_ON_IP = {
    "ko": "nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행",
    "ko-localhost": "nginx를 {n}라는 이름으로 localhost {p}포트에 띄워줘",
    "en": "run nginx named {n} on 127.0.0.1 port {p}",
    "en-localhost": "spin up nginx named {n} on localhost port {p}",
    "cli": "docker run -d --name {n} -p 127.0.0.1:{p}:80 nginx",
}


@pytest.mark.parametrize("case", list(RUN_ON_IP))
def test_run_detached_named_ip_host_container_port(case, bot, docker_client, world, cleanup, free_port):
    """-d, --name, -p IP:HOST:CONTAINER; the EXPOSE rule picks container port 80 for nginx."""
    lang, n, p = case.split("-")[0], cleanup.container(uid()), free_port
    reply = bot.say(RUN_ON_IP[case].format(n=n, p=p))
    check(reply, lang, cli=f"docker run -d --name {n} -p 127.0.0.1:{p}:80 nginx")
    assert f"127.0.0.1:{p}->80/tcp" in reply.headline
    info = inspect(docker_client, n)
    assert info["State"]["Running"] and info["Config"]["Image"] == "nginx"
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(p)}]}
    assert NGINX_WELCOME in http_get(p).body


RUN_HOST_TO_CONTAINER = {
    "ko": "호스트 {p} 포트를 컨테이너 80 포트에 연결해서 nginx를 {n}라는 이름으로 실행",
    "ko-expose-rule": "nginx를 {n}라는 이름으로 {p}포트로 실행",
    "en": "run nginx named {n} mapping host port {p} to container port 80",
    "en-expose-rule": "run nginx named {n} on port {p}",
    "cli": "docker run -d --name {n} -p {p}:80 nginx",
}


@pytest.mark.parametrize("case", list(RUN_HOST_TO_CONTAINER))
def test_run_publish_host_to_container(case, bot, docker_client, world, cleanup, free_port):
    """-p HOST:CONTAINER, said outright or by one port N with an image that EXPOSEs 80."""
    lang, n, p = case.split("-")[0], cleanup.container(uid()), free_port
    reply = bot.say(RUN_HOST_TO_CONTAINER[case].format(n=n, p=p))
    check(reply, lang, cli=f"docker run -d --name {n} -p {p}:80 nginx")
    info = inspect(docker_client, n)
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": str(p)}]}
    assert NGINX_WELCOME in http_get(p).body  # reached on 127.0.0.1 only


RUN_N_TO_N = {
    "ko": "mysql:5.7을 {n}라는 이름으로 {p}포트로 실행",
    "en": "run mysql:5.7 named {n} on port {p}",
}


@pytest.mark.parametrize("lang", list(RUN_N_TO_N))
def test_run_publish_n_to_n(lang, bot, docker_client, world, cleanup, free_port):
    """-p N:N: mysql:5.7 EXPOSEs two ports, so one port N stays N:N (design §2)."""
    n, p = cleanup.container(uid()), free_port
    reply = bot.say(RUN_N_TO_N[lang].format(n=n, p=p))
    check(reply, lang, cli=f"docker run -d --name {n} -p {p}:{p} mysql:5.7")
    info = inspect(docker_client, n)
    assert info["State"]["Running"]
    assert info["HostConfig"]["PortBindings"] == {f"{p}/tcp": [{"HostIp": "", "HostPort": str(p)}]}
    assert f"{p}/tcp" in info["Config"]["ExposedPorts"]
    assert tcp_open(p)  # the engine listens on the host port


def test_run_publish_n_to_n_cli_serves(bot, docker_client, world, cleanup, free_port):
    """docker run -d -p N:N IMAGE CMD: a busybox httpd inside listens on N, reached on 127.0.0.1:N."""
    n, p = cleanup.container(uid()), free_port
    reply = bot.say(f"docker run -d --name {n} -p {p}:{p} alpine httpd -f -p {p}")
    check(reply, "cli", cli=f"docker run -d --name {n} -p {p}:{p} alpine httpd -f -p {p}")
    info = inspect(docker_client, n)
    assert info["HostConfig"]["PortBindings"] == {f"{p}/tcp": [{"HostIp": "", "HostPort": str(p)}]}
    assert info["Config"]["Cmd"] == ["httpd", "-f", "-p", str(p)]
    assert http_get(p, "/etc/hostname").body.strip() == info["Id"][:12]  # httpd serves / from the container


RUN_RANDOM = {
    "ko": "nginx를 {n}라는 이름으로 80포트를 호스트의 임의 포트로 공개해서 실행",
    "en": "run nginx named {n} and publish container port 80 on a random host port",
    "cli": "docker run -d --name {n} -p 80 nginx",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_publish_random_host_port(lang, bot, docker_client, world, cleanup):
    """-p CONTAINER: docker picks the host port; the reply says which."""
    n = cleanup.container(uid())
    reply = bot.say(RUN_RANDOM[lang].format(n=n))
    check(reply, lang, cli=f"docker run -d --name {n} -p 80 nginx")
    info = inspect(docker_client, n)
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": ""}]}
    port = published_port(docker_client, n)
    assert f":{port}->80/tcp" in reply.headline, reply.headline
    assert NGINX_WELCOME in http_get(port).body


RUN_EXPOSE = {
    "ko": "nginx를 {n}라는 이름으로 실행하고 9090 포트는 expose만 해줘",
    "en": "run nginx named {n}, only exposing port 9090",
    "cli": "docker run -d --name {n} --expose 9090 nginx",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_expose_only(lang, bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    reply = bot.say(RUN_EXPOSE[lang].format(n=n))
    check(reply, lang, cli=f"docker run -d --name {n} --expose 9090 nginx")
    info = inspect(docker_client, n)
    assert {"80/tcp", "9090/tcp"} <= set(info["Config"]["ExposedPorts"])
    assert not info["HostConfig"]["PortBindings"]  # documented, not published
    assert info["NetworkSettings"]["Ports"]["9090/tcp"] is None


# =========================================================================== run: -e, --entrypoint, --rm, --restart, --network

RUN_ENV = {
    "ko": "환경변수 E2E_A=1 E2E_B=two 넣어서 nginx를 {n}라는 이름으로 실행",
    "en": "run nginx named {n} with env E2E_A=1 and env E2E_B=two",
    "cli": "docker run -d --name {n} -e E2E_A=1 -e E2E_B=two nginx",
}
EXEC_ENV = {"ko": "{n}에서 env 실행", "en": "show the environment of {n}", "cli": "docker exec {n} env"}


@pytest.mark.parametrize("lang", LANGS)
def test_run_with_several_env_then_exec_env(lang, bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    reply = bot.say(RUN_ENV[lang].format(n=n))
    check(reply, lang, cli=f"docker run -d --name {n} -e E2E_A=1 -e E2E_B=two nginx")
    env = inspect(docker_client, n)["Config"]["Env"]
    assert "E2E_A=1" in env and "E2E_B=two" in env
    reply = bot.say(EXEC_ENV[lang].format(n=n))
    check(reply, lang, cli=f"docker exec {n} env")
    assert "E2E_A=1\n" in reply.code and "E2E_B=two\n" in reply.code


RUN_ENTRYPOINT = {
    "ko": "ubuntu:focal을 {n}라는 이름으로 엔트리포인트 echo로 실행, 인자는 hello {t}",
    "en": "run ubuntu:focal named {n} with entrypoint echo and arguments hello {t}",
    "cli": "docker run --name {n} --entrypoint echo ubuntu:focal hello {t}",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_entrypoint_with_arguments_attached(lang, bot, docker_client, world, cleanup):
    """--entrypoint plus arguments: attached (a command was given), output and exit code shown."""
    n, t = cleanup.container(uid()), uuid.uuid4().hex[:6]
    reply = bot.say(RUN_ENTRYPOINT[lang].format(n=n, t=t))
    check(reply, lang, cli=f"docker run --name {n} --entrypoint echo ubuntu:focal hello {t}")
    assert reply.code == f"hello {t}\n"
    info = inspect(docker_client, n)
    assert info["Config"]["Entrypoint"] == ["echo"] and info["Config"]["Cmd"] == ["hello", t]
    assert info["State"]["Status"] == "exited" and info["State"]["ExitCode"] == 0


RUN_RM = {
    "ko": "ubuntu:focal에서 {n}라는 이름으로 echo hello {t} 실행하고 끝나면 삭제",
    "en": 'run "echo hello {t}" in ubuntu:focal named {n} and remove it when it finishes',
    "cli": "docker run --rm --name {n} ubuntu:focal echo hello {t}",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_rm_attached_shows_output_and_removes(lang, bot, docker_client, world, cleanup):
    n, t = cleanup.container(uid()), uuid.uuid4().hex[:6]
    since = int(time.time()) - 1
    reply = bot.say(RUN_RM[lang].format(n=n, t=t))
    check(reply, lang, cli=f"docker run --rm --name {n} ubuntu:focal echo hello {t}")
    assert reply.code == f"hello {t}\n"
    wait_gone(docker_client, n)
    destroyed = list(docker_client.events(since=since, until=int(time.time()) + 1, decode=True,
                                          filters={"type": "container", "event": "destroy", "container": n}))
    assert len(destroyed) == 1  # it existed, ran, and --rm removed it


RUN_FAIL = {  # busybox cat of a missing file: a message on stderr and exit code 1
    "ko": "alpine에서 {n}라는 이름으로 cat /nonexistent-{t} 실행하고 끝나면 삭제",
    "en": 'run "cat /nonexistent-{t}" in alpine named {n} and remove it when it finishes',
    "cli": "docker run --rm --name {n} alpine cat /nonexistent-{t}",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_attached_nonzero_exit_code(lang, bot, docker_client, world, cleanup):
    n, t = cleanup.container(uid()), uuid.uuid4().hex[:6]
    reply = bot.say(RUN_FAIL[lang].format(n=n, t=t))
    check(reply, lang, cli=f"docker run --rm --name {n} alpine cat /nonexistent-{t}", status="failed")
    assert f"/nonexistent-{t}" in reply.code and "No such file" in reply.code
    assert "1" in reply.headline and reply.exit_code == 1, reply
    wait_gone(docker_client, n)


RUN_RESTART = {
    "ko": ("nginx를 {n}라는 이름으로 항상 재시작하도록 실행", "--restart always", "always", 0),
    "en": ("run nginx named {n} with restart unless-stopped", "--restart unless-stopped", "unless-stopped", 0),
    "cli": ("docker run -d --name {n} --restart on-failure:3 nginx", "--restart on-failure:3", "on-failure", 3),
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_restart_policy(lang, bot, docker_client, world, cleanup):
    text, flag, policy, retries = RUN_RESTART[lang]
    n = cleanup.container(uid())
    reply = bot.say(text.format(n=n))
    check(reply, lang, cli=f"docker run -d --name {n} {flag} nginx")
    info = inspect(docker_client, n)
    assert info["HostConfig"]["RestartPolicy"] == {"Name": policy, "MaximumRetryCount": retries}
    if policy in ("always", "unless-stopped"):  # the policy really acts: PID 1 exits 0 on TERM, docker restarts it
        docker_client.api.exec_start(docker_client.api.exec_create(n, ["kill", "-TERM", "1"])["Id"])
        wait_for(lambda: inspect(docker_client, n)["RestartCount"] >= 1, 60, "the restart policy to restart it")
        wait_for(lambda: inspect(docker_client, n)["State"]["Running"], 60, "it to run again")


RUN_NETWORK = {
    "ko": "redis를 {n}라는 이름으로 backend 네트워크에서 실행",
    "en": "run redis named {n} on the backend network",
    "cli": "docker run -d --name {n} --network backend redis",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_on_network(lang, bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    reply = bot.say(RUN_NETWORK[lang].format(n=n))
    check(reply, lang, cli=f"docker run -d --name {n} --network backend redis")
    info = inspect(docker_client, n)
    assert set(info["NetworkSettings"]["Networks"]) == {"backend"}
    members = docker_client.api.inspect_network("backend")["Containers"] or {}
    assert info["Id"] in members and members[info["Id"]]["Name"] == n


def test_expose_rule_redis_answers_ping(bot, docker_client, world, cleanup, free_port):
    """One port N for redis (EXPOSE 6379) -> N:6379; the stand-in answers PING on 127.0.0.1:N."""
    n, p = cleanup.container(uid()), free_port
    reply = bot.say(f"redis를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행")
    check(reply, "ko", cli=f"docker run -d --name {n} -p 127.0.0.1:{p}:6379 redis")
    assert inspect(docker_client, n)["HostConfig"]["PortBindings"] == {
        "6379/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(p)}]}
    deadline = time.monotonic() + 60  # a bound for a loaded machine: the loop ends at the first PONG
    while True:
        try:
            with socket.create_connection(("127.0.0.1", p), timeout=3) as s:
                s.sendall(b"PING\r\n")
                got = s.recv(64)
            if got.startswith(b"+PONG"):
                break
        except OSError:
            pass
        assert time.monotonic() < deadline, "redis stand-in never answered PONG"
        time.sleep(0.2)


# =========================================================================== run: -v bind / named / :ro, --volumes-from

RUN_BIND = {
    ("ko", False): "{d} 디렉토리를 /usr/share/nginx/html에 마운트해서 nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행",
    ("ko", True): "{d} 디렉토리를 /usr/share/nginx/html에 읽기 전용으로 마운트해서 nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행",
    ("en", False): "run nginx named {n} with {d} mounted at /usr/share/nginx/html on 127.0.0.1 port {p}",
    ("en", True): "run nginx named {n} with {d} mounted read-only at /usr/share/nginx/html on 127.0.0.1 port {p}",
    ("cli", False): "docker run -d --name {n} -p 127.0.0.1:{p}:80 -v {d}:/usr/share/nginx/html nginx",
    ("cli", True): "docker run -d --name {n} -p 127.0.0.1:{p}:80 -v {d}:/usr/share/nginx/html:ro nginx",
}
EXEC_TOUCH = {"ko": "{n}에서 touch {f} 실행", "en": "run touch {f} inside {n}", "cli": "docker exec {n} touch {f}"}


@pytest.fixture
def host_dir():
    d = tempfile.mkdtemp(prefix="gorae-e2e-", dir="/tmp")
    os.chmod(d, 0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("lang, ro", list(RUN_BIND), ids=[f"{k[0]}-{'ro' if k[1] else 'rw'}" for k in RUN_BIND])
def test_run_bind_mount(lang, ro, bot, docker_client, world, cleanup, free_port, host_dir):
    n, p, t = cleanup.container(uid()), free_port, uuid.uuid4().hex[:8]
    with open(os.path.join(host_dir, "index.html"), "w") as f:
        f.write(f"<h1>host page {t}</h1>\n")
    reply = bot.say(RUN_BIND[(lang, ro)].format(n=n, p=p, d=host_dir))
    suffix = ":ro" if ro else ""
    check(reply, lang, cli=f"docker run -d --name {n} -p 127.0.0.1:{p}:80 -v {host_dir}:/usr/share/nginx/html{suffix} nginx")
    (mount,) = inspect(docker_client, n)["Mounts"]
    assert (mount["Type"], mount["Source"], mount["Destination"], mount["RW"]) == (
        "bind", host_dir, "/usr/share/nginx/html", not ro)
    assert http_get(p).body == f"<h1>host page {t}</h1>\n"  # the host's file, served by the container
    reply = bot.say(EXEC_TOUCH[lang].format(n=n, f="/usr/share/nginx/html/written.txt"))
    check(reply, lang, cli=f"docker exec {n} touch /usr/share/nginx/html/written.txt", status=None)
    assert os.path.exists(os.path.join(host_dir, "written.txt")) is (not ro)
    assert (reply.status == "done") is (not ro), reply  # read-only: touch fails with a non-zero exit code


RUN_NAMED_VOLUME = {
    ("ko", False): "{v} 볼륨을 /usr/share/nginx/html에 연결해서 nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행",
    ("ko", True): "{v} 볼륨을 /usr/share/nginx/html에 읽기 전용으로 연결해서 nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행",
    ("en", False): "run nginx named {n} with volume {v} mounted at /usr/share/nginx/html on 127.0.0.1 port {p}",
    ("en", True): "run nginx named {n} with volume {v} mounted read-only at /usr/share/nginx/html on 127.0.0.1 port {p}",
    ("cli", False): "docker run -d --name {n} -p 127.0.0.1:{p}:80 -v {v}:/usr/share/nginx/html nginx",
    ("cli", True): "docker run -d --name {n} -p 127.0.0.1:{p}:80 -v {v}:/usr/share/nginx/html:ro nginx",
}


@pytest.mark.parametrize("lang, ro", list(RUN_NAMED_VOLUME),
                         ids=[f"{k[0]}-{'ro' if k[1] else 'rw'}" for k in RUN_NAMED_VOLUME])
def test_run_named_volume(lang, ro, bot, docker_client, world, cleanup, free_port):
    n, p, v = cleanup.container(uid()), free_port, uid()
    cleanup.volume(v)
    docker_client.volumes.create(v)
    reply = bot.say(RUN_NAMED_VOLUME[(lang, ro)].format(n=n, p=p, v=v))
    suffix = ":ro" if ro else ""
    check(reply, lang, cli=f"docker run -d --name {n} -p 127.0.0.1:{p}:80 -v {v}:/usr/share/nginx/html{suffix} nginx")
    (mount,) = inspect(docker_client, n)["Mounts"]
    assert (mount["Type"], mount["Name"], mount["Destination"], mount["RW"]) == (
        "volume", v, "/usr/share/nginx/html", not ro)
    # an empty named volume is filled from the image: the page is served from the volume
    assert NGINX_WELCOME in http_get(p).body
    assert NGINX_WELCOME in volume_files(docker_client, v)["index.html"]
    reply = bot.say(EXEC_TOUCH[lang].format(n=n, f="/usr/share/nginx/html/written.txt"))
    check(reply, lang, cli=f"docker exec {n} touch /usr/share/nginx/html/written.txt", status=None)
    assert ("written.txt" in volume_files(docker_client, v)) is (not ro)


RUN_VOLUMES_FROM = {
    "ko": "my-volume 컨테이너의 볼륨을 공유해서 nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행",
    "en": "run nginx named {n} with the volumes from my-volume on 127.0.0.1 port {p}",
    "cli": "docker run -d --name {n} -p 127.0.0.1:{p}:80 --volumes-from my-volume nginx",
}


@pytest.mark.parametrize("lang", LANGS)
def test_run_volumes_from(lang, bot, docker_client, world, cleanup, free_port):
    n, p = cleanup.container(uid()), free_port
    reply = bot.say(RUN_VOLUMES_FROM[lang].format(n=n, p=p))
    check(reply, lang, cli=f"docker run -d --name {n} -p 127.0.0.1:{p}:80 --volumes-from my-volume nginx")
    info = inspect(docker_client, n)
    assert info["HostConfig"]["VolumesFrom"] == ["my-volume"]
    (shared,) = inspect(docker_client, "my-volume")["Mounts"]
    assert [m["Name"] for m in info["Mounts"]] == [shared["Name"]]
    assert SHARED_PAGE in http_get(p).body  # the page my-volume wrote into its volume


# =========================================================================== create, start and the lifecycle

CREATE = {
    "ko": ("nginx로 {n}라는 이름의 컨테이너를 127.0.0.1의 {p}포트로 생성", "{n} 시작"),
    "en": ("create a container named {n} from nginx on 127.0.0.1 port {p}", "start {n}"),
    "cli": ("docker create --name {n} -p 127.0.0.1:{p}:80 nginx", "docker start {n}"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_create_then_start(lang, bot, docker_client, world, cleanup, free_port):
    n, p = cleanup.container(uid()), free_port
    make, start = CREATE[lang]
    reply = bot.say(make.format(n=n, p=p))
    check(reply, lang, cli=f"docker create --name {n} -p 127.0.0.1:{p}:80 nginx")
    info = inspect(docker_client, n)
    assert info["State"]["Status"] == "created"
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(p)}]}
    reply = bot.say(start.format(n=n))
    check(reply, lang, cli=f"docker start {n}")
    assert inspect(docker_client, n)["State"]["Running"]
    assert NGINX_WELCOME in http_get(p).body


LIFECYCLE = {  # stop, start, pause, unpause, restart, kill, rm
    "ko": ["{n} 종료", "{n} 시작", "{n} 일시 중지", "{n} 재개", "{n} 재시작", "{n} 강제 종료", "{n} 삭제"],
    "ko-synonyms": ["{n} 꺼줘", "{n} 켜줘", "{n} 일시정지", "{n} 재개해 주세요", "{n} 리스타트 해 주세요", "{n} 죽여",
                    "{n} 지워줘"],
    "en": ["stop {n}", "start {n}", "pause {n}", "unpause {n}", "restart {n}", "kill {n}", "remove {n}"],
    "en-synonyms": ["shut down {n}", "bring up {n}", "pause {n}", "resume {n}", "bounce {n}", "kill {n}", "delete {n}"],
    "cli": ["docker stop {n}", "docker start {n}", "docker pause {n}", "docker unpause {n}", "docker restart {n}",
            "docker kill {n}", "docker rm {n}"],
}


@pytest.mark.parametrize("case", list(LIFECYCLE))
def test_lifecycle(case, bot, docker_client, world, cleanup, free_port):
    """stop (SIGTERM: the fixture exits 0 at once), start, pause, unpause, restart, kill (SIGKILL: 137), rm."""
    lang = case.split("-")[0]
    stop, start, pause, unpause, restart, kill, rm = LIFECYCLE[case]
    p = free_port
    n = run_sdk(docker_client, cleanup, "nginx", ports={"80/tcp": ("127.0.0.1", p)})
    state = lambda: inspect(docker_client, n)["State"]  # noqa: E731

    check(bot.say(stop.format(n=n)), lang, cli=f"docker stop {n}")
    # TERM, trapped: a clean exit (the SIGKILL after the 10 s timeout would give 137; no clock needed)
    assert state()["Status"] == "exited" and state()["ExitCode"] == 0

    check(bot.say(start.format(n=n)), lang, cli=f"docker start {n}")
    assert state()["Running"] and NGINX_WELCOME in http_get(p).body

    # the engine records paused / running from containerd's event, after its API call returns (dockerd's monitor:
    # seen once on Engine 26.1 under load, inspect still "paused" right after the unpause): waited for, not raced
    check(bot.say(pause.format(n=n)), lang, cli=f"docker pause {n}")
    wait_for(lambda: state()["Status"] == "paused", timeout=10, what=f"{n} paused")

    check(bot.say(unpause.format(n=n)), lang, cli=f"docker unpause {n}")
    wait_for(lambda: state()["Status"] == "running", timeout=10, what=f"{n} running again")
    assert NGINX_WELCOME in http_get(p).body

    before = state()["StartedAt"]
    check(bot.say(restart.format(n=n)), lang, cli=f"docker restart {n}")
    assert state()["Running"] and state()["StartedAt"] != before and NGINX_WELCOME in http_get(p).body

    asked = len(bot.asked)
    check(bot.say(kill.format(n=n)), lang, cli=f"docker kill {n}")
    assert len(bot.asked) == asked + 1  # destructive: a yes was asked first
    assert state()["Status"] == "exited" and state()["ExitCode"] == 137  # SIGKILL

    check(bot.say(rm.format(n=n)), lang, cli=f"docker rm {n}")
    assert len(bot.asked) == asked + 2
    assert not exists(docker_client, n)


def test_stop_escalates_to_sigkill_after_the_timeout(bot, docker_client, world, cleanup):
    """A process that ignores SIGTERM: docker stop -t 1 kills it after 1 s (exit 137)."""
    n = run_sdk(docker_client, cleanup, "alpine", command=["sh", "-c", "trap '' TERM; while :; do sleep 1; done"])
    since = int(time.time()) - 1  # the engine runs on this host: one clock for `docker events --since/--until`
    check(bot.say(f"docker stop -t 1 {n}"), "cli", cli=f"docker stop -t 1 {n}")
    st = inspect(docker_client, n)["State"]
    assert st["Status"] == "exited" and st["ExitCode"] == 137
    # The engine's own record of the stop: TERM, then KILL once the 1 s had passed — its event times
    # (not this test's clock, which a loaded machine stretches), not the default 10 s
    events = docker_client.api.events(since=since, until=int(time.time()) + 1,
                                      filters={"container": n, "event": "kill"}, decode=True)
    kills = [(e["Actor"]["Attributes"]["signal"], e["timeNano"]) for e in events]
    assert [sig for sig, _ in kills] == ["15", "9"], kills
    assert 0.9e9 <= kills[1][1] - kills[0][1] < 9e9, kills


FORCE_RM = {"ko": "{n} 강제 삭제", "en": "force remove {n}", "cli": "docker rm -f {n}"}
RM = {"ko": "{n} 삭제", "en": "remove {n}", "cli": "docker rm {n}"}


@pytest.mark.parametrize("lang", LANGS)
def test_rm_running_refused_then_rm_f(lang, bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    before = started_at(docker_client, n)
    reply = bot.say(RM[lang].format(n=n))
    check(reply, lang, cli=f"docker rm {n}", status="failed")
    assert f"`{n}`" in reply.headline and ("실행 중" in reply.headline if lang == "ko" else "running" in reply.headline)
    assert inspect(docker_client, n)["State"]["Running"] and started_at(docker_client, n) == before
    reply = bot.say(FORCE_RM[lang].format(n=n))
    check(reply, lang, cli=f"docker rm -f {n}")
    assert not exists(docker_client, n)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_confirmed_removal_of_a_container_that_vanished_meanwhile(lang, bot, docker_client, world, cleanup):
    """Asked, then the container went (removed by someone else): the yes runs nothing and says so."""
    n = run_sdk(docker_client, cleanup, start=False)
    other = run_sdk(docker_client, cleanup, start=False)
    reply = bot.say(RM[lang].format(n=n), yes=False)
    check(reply, lang, cli=f"docker rm {n}", status="confirm")
    docker_client.api.remove_container(n)
    reply = bot.gorae.confirm(reply.pending, ACTOR, CHANNEL, yes=True)
    check(reply, lang, status=None)
    assert reply.status in ("failed", "info", "question"), reply
    assert not exists(docker_client, n) and exists(docker_client, other)


SEVERAL = {
    "ko": "{a}이랑 {b} 재시작",
    "ko-2": "{a}과 {b}를 재기동해 주세요",
    "ko-3": "{a} 컨테이너랑 {b} 컨테이너 재시작",
    "ko-mixed": "{a}랑 {b} container 재시작해줘",
    "en": "restart {a} and {b}",
    "en-2": "bounce {a} and {b}",
    "en-3": "restart the {a} and {b} containers",
    "cli": "docker restart {a} {b}",
}


@pytest.mark.parametrize("case", list(SEVERAL))
def test_several_targets_in_one_sentence(case, bot, docker_client, world, cleanup):
    lang = case.split("-")[0]
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    before = {x: started_at(docker_client, x) for x in (a, b)}
    reply = bot.say(SEVERAL[case].format(a=a, b=b))
    check(reply, lang, cli=f"docker restart {a} {b}")
    assert a in reply.headline and b in reply.headline
    for x in (a, b):
        assert inspect(docker_client, x)["State"]["Running"]
        assert started_at(docker_client, x) != before[x], f"{x} was not restarted"


STOP_ALL = {"ko": "모든 컨테이너 종료", "ko-2": "다 꺼줘", "en": "stop all containers", "en-2": "stop everything",
            "cli": "docker stop $(docker ps -q)"}


@pytest.mark.parametrize("case", list(STOP_ALL))
def test_stop_every_running_container(case, docker_client, world, cleanup):
    """Stop all, for real, on a listing scoped to this test (other runs share the engine)."""
    lang, tag = case.split("-")[0], uid()
    label = {"gorae.e2e": tag}
    running = [run_sdk(docker_client, cleanup, labels=label) for _ in range(3)]
    idle_one = run_sdk(docker_client, cleanup, start=False, labels=label)
    bot = Bot(ScopedClient(docker_client, f"gorae.e2e={tag}"))
    reply = bot.say(STOP_ALL[case])
    check(reply, lang, cli="docker stop $(docker ps -q)")
    assert len(bot.asked) == 1  # every running container: confirmed first
    assert all(n in reply_words(bot.asked[0]) for n in running), bot.asked[0]  # the question names them
    for n in running:
        st = inspect(docker_client, n)["State"]
        assert st["Status"] == "exited" and st["ExitCode"] == 0, (n, st)
    assert inspect(docker_client, idle_one)["State"]["Status"] == "created"
    # nothing left running: asked again, gorae says so, asks nothing and runs nothing
    reply = bot.say(STOP_ALL[case])
    check(reply, lang, status=None)
    assert reply.status in ("info", "failed", "question") and not reply.cli and len(bot.asked) == 1, reply
    assert inspect(docker_client, idle_one)["State"]["Status"] == "created"


@pytest.mark.skipif(os.environ.get("GORAE_E2E_GLOBAL") != "1",
                    reason="stops every container on the engine (other runs too); set GORAE_E2E_GLOBAL=1")
def test_stop_all_really_stops_everything_then_world_repaired(bot, docker_client, world, cleanup):
    import fixtures_engine

    mine = [run_sdk(docker_client, cleanup) for _ in range(2)]
    was_running = {c["Id"] for c in docker_client.api.containers()}
    reply = bot.say("stop all containers")
    check(reply, "en", cli="docker stop $(docker ps -q)")
    for cid in was_running:
        try:
            assert inspect(docker_client, cid)["State"]["Running"] is False
        except Exception as e:  # removed meanwhile by its own test
            assert "No such container" in str(e)
    assert all(inspect(docker_client, n)["State"]["Status"] == "exited" for n in mine)
    fixtures_engine.ensure_world(docker_client)  # the world runs again at once
    assert inspect(docker_client, "web")["State"]["Running"]


PRUNE = {"ko": "중지된 컨테이너 모두 삭제", "en": "remove all stopped containers", "cli": "docker container prune"}


@pytest.mark.parametrize("lang", LANGS)
def test_container_prune(lang, docker_client, world, cleanup):
    tag = uid()
    label = {"gorae.e2e": tag}
    keep = run_sdk(docker_client, cleanup, labels=label)
    stopped = [run_sdk(docker_client, cleanup, labels=label) for _ in range(2)]
    for n in stopped:
        docker_client.api.stop(n, timeout=5)
    created = run_sdk(docker_client, cleanup, start=False, labels=label)
    bot = Bot(ScopedClient(docker_client, f"gorae.e2e={tag}"))
    reply = bot.say(PRUNE[lang])
    check(reply, lang, cli="docker container prune")
    assert len(bot.asked) == 1
    assert "3" in reply.headline, reply.headline
    for n in (*stopped, created):
        assert not exists(docker_client, n), n
    assert inspect(docker_client, keep)["State"]["Running"]


# =========================================================================== ps, inspect, logs, exec

PS = {
    "ko": ("실행중인 컨테이너 보여줘", "전체 컨테이너 목록"),
    "en": ("list containers", "list all containers"),
    "cli": ("docker ps", "docker ps -a"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_ps_and_ps_a(lang, bot, docker_client, world, cleanup, free_port):
    up = run_sdk(docker_client, cleanup, "nginx", ports={"80/tcp": ("127.0.0.1", free_port)})
    down = run_sdk(docker_client, cleanup, start=False)
    running, every = PS[lang]

    reply = bot.say(running)
    check(reply, lang, cli="docker ps")
    rows = {r[-1]: r for r in reply.table.rows}
    assert reply.table.columns == ("CONTAINER ID", "IMAGE", "COMMAND", "STATUS", "PORTS", "NAMES")
    assert up in rows and down not in rows and "web" in rows
    assert rows[up][0] == inspect(docker_client, up)["Id"][:12] and rows[up][1] == "nginx"
    assert rows[up][3].startswith("Up") and rows[up][4] == f"127.0.0.1:{free_port}->80/tcp"
    assert all(not r[3].startswith(("Exited", "Created")) for r in reply.table.rows)

    reply = bot.say(every)
    check(reply, lang, cli="docker ps -a")
    rows = {r[-1]: r for r in reply.table.rows}
    assert up in rows and down in rows and "db" in rows  # db: created, never started
    assert rows[down][3] == "Created"


INSPECT = {"ko": "{n} 컨테이너 상세 정보", "en": "inspect {n}", "cli": "docker inspect {n}"}


@pytest.mark.parametrize("lang", LANGS)
def test_inspect_summary(lang, bot, docker_client, world, cleanup, free_port):
    v = uid()
    cleanup.volume(v)
    n = run_sdk(docker_client, cleanup, "nginx", ports={"80/tcp": ("127.0.0.1", free_port)}, network="backend",
                restart_policy={"Name": "always"}, volumes={v: {"bind": "/data", "mode": "rw"}},
                healthcheck={"test": ["CMD", "true"], "interval": 200_000_000, "retries": 1})
    wait_for(lambda: inspect(docker_client, n)["State"]["Health"]["Status"] == "healthy", 60, "healthy")
    reply = bot.say(INSPECT[lang].format(n=n))
    check(reply, lang, cli=f"docker inspect {n}")
    info = inspect(docker_client, n)
    assert field(reply, "field.name") == n
    assert field(reply, "field.id") == info["Id"][:12]
    assert field(reply, "field.image") == "nginx"
    assert field(reply, "field.state").startswith("running")
    assert field(reply, "field.health") == "healthy"
    assert field(reply, "field.restarts") == str(info["RestartCount"])
    assert field(reply, "field.restart_policy") == "always"
    assert field(reply, "field.ports") == f"127.0.0.1:{free_port}->80/tcp"
    assert v in field(reply, "field.mounts") and "/data" in field(reply, "field.mounts")
    ip = info["NetworkSettings"]["Networks"]["backend"]["IPAddress"]
    assert field(reply, "field.networks") == f"backend {ip}"
    assert not any(val.lstrip().startswith(("{", "[")) for _, val in reply.fields)  # never a JSON dump


LOGS_TAIL = {
    "ko": "{n} 로그 마지막 2줄",
    "en": "show the last 2 lines of logs from {n}",
    "cli": "docker logs --tail 2 {n}",
    "cli-n": "docker logs -n 2 {n}",
}


@pytest.mark.parametrize("case", list(LOGS_TAIL))
def test_logs_tail(case, bot, docker_client, world, cleanup):
    lang = case.split("-")[0]
    n = run_sdk(docker_client, cleanup, command=["sh", "-c", "for i in 1 2 3 4 5; do echo line$i; done; " + IDLE[2]])
    wait_for(lambda: b"line5" in docker_client.api.logs(n), 60, "the log lines")
    reply = bot.say(LOGS_TAIL[case].format(n=n))
    check(reply, lang, cli=f"docker logs --tail 2 {n}")
    assert reply.code == "line4\nline5\n" == docker_client.api.logs(n, tail=2).decode()


def test_logs_since_in_three_dialects_in_seoul_time(bot, docker_client, world, cleanup, monkeypatch):
    """--since keeps what came after the cut and drops what came before, with the clock in KST."""
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    try:
        # "late" again every 0.5 s after the 4 s: whenever a question comes (later on a loaded machine),
        # the last 3 s hold late lines and never the early one
        n = run_sdk(docker_client, cleanup, command=[
            "sh", "-c", "trap 'exit 0' TERM INT; echo early; sleep 4; while :; do echo late; sleep 0.5; done"])
        wait_for(lambda: b"late" in docker_client.api.logs(n), 30, "the late line")
        asks = {"ko": f"{n} 최근 3초 로그", "en": f"{n} logs from the last 3 seconds", "cli": f"docker logs --since 3s {n}"}
        for lang, text in asks.items():
            reply = bot.say(text)
            check(reply, lang, cli=f"docker logs --since 3s {n}")
            assert reply.code and set(reply.code.splitlines()) == {"late"}, (lang, reply.code)
        for lang, text, since in (("ko", f"{n} 최근 10분 로그", "10m"), ("en", f"show logs of {n} from the last hour", "1h"),
                                  ("ko", f"{n} 로그 1시간 전부터", "1h")):
            reply = bot.say(text)
            check(reply, lang, cli=f"docker logs --since {since} {n}")
            lines = reply.code.splitlines()
            assert lines[:2] == ["early", "late"] and set(lines[1:]) == {"late"}, (lang, reply.code)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


EXEC = {
    "ko": ("{n}에서 cat /etc/hostname 실행", "{n}에서 \"sh -c 'exit 3'\" 실행", "{n}에서 touch /tmp/{t} 실행"),
    "en": ('run "cat /etc/hostname" inside {n}', "run \"sh -c 'exit 3'\" inside {n}", "execute touch /tmp/{t} in {n}"),
    "cli": ("docker exec {n} cat /etc/hostname", "docker exec {n} sh -c 'exit 3'", "docker exec {n} touch /tmp/{t}"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_exec_output_and_exit_code(lang, bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    t = uuid.uuid4().hex[:8]
    cat, fail, touch = (x.format(n=n, t=t) for x in EXEC[lang])
    reply = bot.say(cat)
    check(reply, lang, cli=f"docker exec {n} cat /etc/hostname")
    assert reply.code == inspect(docker_client, n)["Id"][:12] + "\n" and reply.exit_code == 0

    reply = bot.say(fail)
    check(reply, lang, cli=f"docker exec {n} sh -c 'exit 3'", status="failed")
    assert "3" in reply.headline and reply.exit_code == 1

    reply = bot.say(touch)
    check(reply, lang, cli=f"docker exec {n} touch /tmp/{t}")
    res = docker_client.containers.get(n).exec_run(["ls", f"/tmp/{t}"])
    assert res.exit_code == 0  # the command really ran inside the container


# =========================================================================== images: pull, auto-pull, push, images, rmi

PULL_HELLO = {"ko": "hello-pull 이미지 받아줘", "en": "pull hello-pull", "cli": "docker pull hello-pull"}


@pytest.mark.parametrize("lang", LANGS)
def test_pull_with_progress_default_tag_and_registry(lang, bot, docker_client, world, cleanup):
    """hello-pull is only in the registry mirror: latest, from 'Docker Hub' (the mirror)."""
    remove_image(docker_client, "hello-pull:latest")
    cleanup.image("hello-pull:latest")
    lines: list[str] = []
    reply = bot.say(PULL_HELLO[lang], progress=lines.append)
    check(reply, lang, cli="docker pull hello-pull")
    assert lines and all("hello-pull" in line for line in lines), lines
    assert all(bool(HANGUL.search(line)) is (lang == "ko") for line in lines), lines
    img = docker_client.api.inspect_image("hello-pull:latest")
    assert "hello-pull:latest" in img["RepoTags"]
    assert any(d.startswith("hello-pull@sha256:") for d in img["RepoDigests"])  # docker.io/library/hello-pull


RUN_PULLS = {"ko": "hello-pull을 {n}라는 이름으로 실행", "en": "run hello-pull named {n}",
             "cli": "docker run -d --name {n} hello-pull"}


@pytest.mark.parametrize("lang", LANGS)
def test_run_pulls_a_missing_image(lang, bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    remove_image(docker_client, "hello-pull:latest")
    cleanup.image("hello-pull:latest")
    lines: list[str] = []
    reply = bot.say(RUN_PULLS[lang].format(n=n), progress=lines.append)
    check(reply, lang, cli=f"docker run -d --name {n} hello-pull")
    assert reply.notes and "hello-pull" in reply.notes[0]  # "not here: it will be pulled first"
    assert lines and "hello-pull" in lines[0], lines
    assert docker_client.api.inspect_image("hello-pull:latest")
    assert inspect(docker_client, n)["Config"]["Image"] == "hello-pull"
    wait_for(lambda: inspect(docker_client, n)["State"]["Status"] == "exited", 60, "hello-pull to finish")
    assert HELLO_PULL_TEXT in docker_client.api.logs(n).decode()


PUSH_PULL = {
    "ko": ("{r} 이미지 푸시해줘", "{r} 이미지 받아줘"),
    "en": ("push {r}", "pull {r}"),
    "cli": ("docker push {r}", "docker pull {r}"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_push_then_pull_from_the_local_registry(lang, bot, docker_client, world, cleanup):
    u = uid()
    repo, ref = f"e2e/{u}", f"{REGISTRY}/e2e/{u}:1"
    maker = run_sdk(docker_client, cleanup, "busybox", command=["sh", "-c", f"echo {u} > /stamp"], start=False)
    docker_client.api.start(maker)
    docker_client.api.wait(maker, timeout=30)
    docker_client.api.commit(maker, repository=f"{REGISTRY}/e2e/{u}", tag="1")  # a layer of its own
    cleanup.image(ref)
    push, pull = (x.format(r=ref) for x in PUSH_PULL[lang])

    reply = bot.say(push)
    check(reply, lang, cli=f"docker push {ref}")
    assert registry_tags(repo) == ["1"]

    docker_client.api.remove_image(ref)
    lines: list[str] = []
    reply = bot.say(pull, progress=lines.append)
    check(reply, lang, cli=f"docker pull {ref}")
    assert lines, "no progress"
    assert all(bool(HANGUL.search(line)) is (lang == "ko") for line in lines), lines
    assert ref in docker_client.api.inspect_image(ref)["RepoTags"]
    out = docker_client.containers.run(ref, ["cat", "/stamp"], remove=True)
    assert out.decode().strip() == u  # the very image that was pushed


IMAGES = {
    "ko": ("이미지 목록", "{i} 이미지 삭제"),
    "en": ("list images", "remove image {i}"),
    "cli": ("docker images", "docker rmi {i}"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_images_and_rmi(lang, bot, docker_client, world, cleanup):
    from docker.errors import ImageNotFound

    repo = uid()
    docker_client.api.tag("busybox", repo, "1")
    cleanup.image(f"{repo}:1")
    ls, rmi = IMAGES[lang]
    reply = bot.say(ls)
    check(reply, lang, cli="docker images")
    assert reply.table.columns == ("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE")
    row = next(r for r in reply.table.rows if r[0] == repo)
    busybox_id = docker_client.api.inspect_image("busybox")["Id"]
    assert row[1] == "1" and busybox_id.split(":")[1].startswith(row[2])

    reply = bot.say(rmi.format(i=f"{repo}:1"))
    check(reply, lang, cli=f"docker rmi {repo}:1")
    with pytest.raises(ImageNotFound):
        docker_client.api.inspect_image(f"{repo}:1")
    assert docker_client.api.inspect_image("busybox")["Id"] == busybox_id  # only the tag went


# =========================================================================== volumes and networks

VOLUMES = {
    "ko": ["{v} 볼륨 생성", "볼륨 목록", "{v} 볼륨 정보", "{v} 볼륨 삭제"],
    "en": ["create volume {v}", "list volumes", "inspect volume {v}", "delete volume {v}"],
    "cli": ["docker volume create {v}", "docker volume ls", "docker volume inspect {v}", "docker volume rm {v}"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_volume_create_ls_inspect_rm(lang, bot, docker_client, world, cleanup):
    from docker.errors import NotFound

    v = cleanup.volume(uid())
    create, ls, insp, rm = (x.format(v=v) for x in VOLUMES[lang])
    check(bot.say(create), lang, cli=f"docker volume create {v}")
    vol = docker_client.api.inspect_volume(v)
    assert vol["Driver"] == "local"

    reply = bot.say(ls)
    check(reply, lang, cli="docker volume ls")
    assert ("local", v) in reply.table.rows

    # something uses it: a container writes into it (content read back by another container)
    t = uuid.uuid4().hex[:8]
    user = run_sdk(docker_client, cleanup, command=["sh", "-c", f"echo {t} > /data/stamp; " + IDLE[2]],
                   volumes={v: {"bind": "/data", "mode": "rw"}})
    wait_for(lambda: volume_files(docker_client, v).get("stamp") == f"{t}\n", 60, "the stamp in the volume")
    reply = bot.say(insp)
    check(reply, lang, cli=f"docker volume inspect {v}")
    assert field(reply, "field.name") == v and field(reply, "field.driver") == "local"
    assert field(reply, "field.mountpoint") == vol["Mountpoint"]
    assert field(reply, "field.used_by") == user

    reply = bot.say(rm)  # in use: refused, in the asker's language
    check(reply, lang, cli=f"docker volume rm {v}", status="failed")
    assert ("컨테이너" in reply.headline) if lang == "ko" else ("is in use" in reply.headline)
    assert user in reply.headline  # the fresh read names the container that uses it
    assert docker_client.api.inspect_volume(v)
    docker_client.api.remove_container(user, force=True)

    check(bot.say(rm), lang, cli=f"docker volume rm {v}")
    with pytest.raises(NotFound):
        docker_client.api.inspect_volume(v)


NETWORKS = {
    "ko": ["{net} 네트워크를 bridge 드라이버로 생성", "네트워크 목록", "{c} 컨테이너를 {net} 네트워크에 연결", "{net} 네트워크 정보",
           "{c} 컨테이너를 {net} 네트워크에서 분리", "{net} 네트워크 삭제"],
    "en": ["create a bridge network called {net}", "list networks", "connect {c} to {net}", "inspect the {net} network",
           "disconnect {c} from {net}", "remove network {net}"],
    "cli": ["docker network create -d bridge {net}", "docker network ls", "docker network connect {net} {c}",
            "docker network inspect {net}", "docker network disconnect {net} {c}", "docker network rm {net}"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_network_create_ls_connect_inspect_disconnect_rm(lang, bot, docker_client, world, cleanup):
    from docker.errors import NotFound

    net = cleanup.network(uid())
    c = run_sdk(docker_client, cleanup)
    create, ls, connect, insp, disconnect, rm = (x.format(net=net, c=c) for x in NETWORKS[lang])
    members = lambda: {m["Name"] for m in (docker_client.api.inspect_network(net)["Containers"] or {}).values()}  # noqa: E731

    check(bot.say(create), lang, cli=f"docker network create -d bridge {net}")
    info = docker_client.api.inspect_network(net)
    assert info["Driver"] == "bridge" and members() == set()

    reply = bot.say(ls)
    check(reply, lang, cli="docker network ls")
    assert any(r[1] == net and r[2] == "bridge" and info["Id"].startswith(r[0]) for r in reply.table.rows)

    check(bot.say(connect), lang, cli=f"docker network connect {net} {c}")
    assert members() == {c}
    assert net in inspect(docker_client, c)["NetworkSettings"]["Networks"]

    reply = bot.say(insp)
    check(reply, lang, cli=f"docker network inspect {net}")
    ip = inspect(docker_client, c)["NetworkSettings"]["Networks"][net]["IPAddress"]
    assert field(reply, "field.driver") == "bridge"
    assert field(reply, "field.subnet") == docker_client.api.inspect_network(net)["IPAM"]["Config"][0]["Subnet"]
    assert field(reply, "field.members").startswith(f"{c} {ip}")

    check(bot.say(disconnect), lang, cli=f"docker network disconnect {net} {c}")
    assert members() == set() and net not in inspect(docker_client, c)["NetworkSettings"]["Networks"]

    check(bot.say(rm), lang, cli=f"docker network rm {net}")
    with pytest.raises(NotFound):
        docker_client.api.inspect_network(net)


# =========================================================================== resolution against the engine


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_container_wins_over_an_image_of_the_same_name(lang, bot, docker_client, world, cleanup):
    """`X 시작` / `start X`: the container X when there is one; the image X otherwise (design §2)."""
    x = uid()
    docker_client.api.tag("busybox", x, "latest")
    cleanup.image(f"{x}:latest")
    run_sdk(docker_client, cleanup, "alpine", name=x, start=False)  # a container named like the image
    text = f"{x} 시작" if lang == "ko" else f"start {x}"
    reply = bot.say(text)
    check(reply, lang, cli=f"docker start {x}")
    assert inspect(docker_client, x)["State"]["Running"] and inspect(docker_client, x)["Config"]["Image"] == "alpine"

    docker_client.api.remove_container(x, force=True)  # now only the image is called x
    reply = bot.say(text)
    check(reply, lang, cli=f"docker run -d {x}")
    # the tag shares busybox's image id, so filter on the name the container was made from
    made = [c for c in docker_client.api.containers(all=True, filters={"ancestor": f"{x}:latest"}) if c["Image"] == x]
    for c in made:
        cleanup.container(c["Id"])
    assert len(made) == 1


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_unique_prefix_ambiguity_and_did_you_mean(lang, bot, docker_client, world, cleanup):
    base = uid()
    alpha = run_sdk(docker_client, cleanup, name=f"{base}-alpha")
    beta = run_sdk(docker_client, cleanup, name=f"{base}-beta")
    starts = lambda: {x: started_at(docker_client, x) for x in (alpha, beta)}  # noqa: E731
    restart = "{} 재시작" if lang == "ko" else "restart {}"

    # a unique prefix: for a change never a container (docker resolves names exactly: "rm my-n" removed my-nginx,
    # branch wrong10) — the whole name asked, nothing restarted; for a read, that one container
    before = starts()
    reply = bot.say(restart.format(f"{base}-al"))
    check(reply, lang, status=None)
    assert reply.status in ("question", "failed") and not reply.cli, reply
    assert alpha in reply.choices or alpha in reply_words(reply)
    assert starts() == before
    reply = bot.say(f"{base}-al 로그" if lang == "ko" else f"logs of {base}-al")
    check(reply, lang, cli=f"docker logs {alpha}")

    # several matches: a question, with the choices, and nothing changed in the engine
    before = starts()
    count = len(docker_client.api.containers(all=True, filters={"name": base}))
    reply = bot.say(restart.format(base))
    check(reply, lang, status="question")
    assert not reply.cli and set(reply.choices) == {alpha, beta} and said_nothing_ran(reply)
    assert starts() == before and len(docker_client.api.containers(all=True, filters={"name": base})) == count

    # a typo: "did you mean" from the engine's real names, nothing changed
    reply = bot.say(restart.format(f"{base}-alhpa"))
    check(reply, lang, status=None)
    assert reply.status in ("question", "failed") and not reply.cli
    assert alpha in reply.choices or alpha in reply_words(reply)
    assert starts() == before


# =========================================================================== engine errors as one sentence


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_such_container(lang, bot, docker_client, world, cleanup):
    n = uid()
    for text in ((f"{n} 재시작", f"{n} 로그 마지막 5줄") if lang == "ko" else (f"restart {n}", f"logs of {n}")):
        reply = bot.say(text)
        check(reply, lang, status=None)
        assert reply.status in ("failed", "question") and reply.exit_code == 1
        assert f"`{n}`" in reply.headline and said_nothing_ran(reply)
        assert ("없습니다" in reply.headline) if lang == "ko" else ("no container" in reply.headline.lower())
    assert not exists(docker_client, n)


@pytest.mark.parametrize("lang", LANGS)
def test_port_already_allocated(lang, bot, docker_client, world, cleanup, free_port):
    p = free_port
    first, second = cleanup.container(uid()), cleanup.container(uid())
    check(bot.say(RUN_ON_IP[lang].format(n=first, p=p)), lang)
    reply = bot.say(RUN_ON_IP[lang].format(n=second, p=p))
    check(reply, lang, cli=f"docker run -d --name {second} -p 127.0.0.1:{p}:80 nginx", status="failed")
    assert str(p) in reply.headline and reply.headline.count(".") <= 3  # one sentence, no traceback
    assert ("사용 중" in reply.headline) if lang == "ko" else ("in use" in reply.headline)
    assert not exists(docker_client, second)  # not left half-made
    assert inspect(docker_client, first)["State"]["Running"] and NGINX_WELCOME in http_get(p).body


NAME_IN_USE = {"ko": "alpine을 {n}라는 이름으로 실행", "en": "run alpine named {n}", "cli": "docker run -d --name {n} alpine"}


@pytest.mark.parametrize("lang", LANGS)
def test_name_already_in_use(lang, bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "nginx")
    before = inspect(docker_client, n)
    reply = bot.say(NAME_IN_USE[lang].format(n=n))
    if lang == "cli":  # typed docker CLI runs as typed: docker's 409 Conflict, translated
        check(reply, lang, cli=f"docker run -d --name {n} alpine", status="failed")
    else:  # (lead22) said in words, the name a container has is seen before: nothing runs (plan.run_name_taken)
        assert reply.status not in ("done", "confirm") and not reply.cli, reply
    assert f"`{n}`" in reply.headline and f"{n}-2" in reply.headline  # says what to do next
    after = inspect(docker_client, n)
    assert after["Id"] == before["Id"] and after["Config"]["Image"] == "nginx"
    assert after["State"]["StartedAt"] == before["State"]["StartedAt"]


NOT_IN_REGISTRY = {"ko": "{r}를 {n}라는 이름으로 실행", "en": "run {r} named {n}", "cli": "docker run -d --name {n} {r}"}


@pytest.mark.parametrize("lang", LANGS)
def test_image_not_found_in_the_registry(lang, bot, docker_client, world, cleanup):
    n, ref = cleanup.container(uid()), f"{REGISTRY}/e2e/{uid()}:1"
    reply = bot.say(NOT_IN_REGISTRY[lang].format(n=n, r=ref))
    check(reply, lang, cli=f"docker run -d --name {n} {ref}", status="failed")
    assert f"`{ref}`" in reply.headline
    assert ("레지스트리" in reply.headline) if lang == "ko" else ("registry" in reply.headline)
    assert not exists(docker_client, n)
    pull = {"ko": f"{ref} 이미지 받아줘", "en": f"pull {ref}", "cli": f"docker pull {ref}"}[lang]
    reply = bot.say(pull)
    check(reply, lang, cli=f"docker pull {ref}", status="failed")
    assert f"`{ref}`" in reply.headline


@pytest.mark.parametrize("lang, text", [("ko", "web 재시작"), ("en", "restart web")])
def test_engine_unreachable_through_gorae_say(lang, text, docker_client, world):
    before = started_at(docker_client, "web")
    proc = gorae_cli("say", "--yes", text, env={"DOCKER_HOST": "unix:///nonexistent.sock"})
    assert proc.returncode == 1, proc
    out = proc.stdout.strip()
    assert "unix:///nonexistent.sock" in out and "docker restart web" in out
    assert bool(HANGUL.search(out)) is (lang == "ko"), out
    assert "Traceback" not in proc.stdout + proc.stderr
    assert started_at(docker_client, "web") == before


# =========================================================================== nothing runs: negations, nonsense, metacharacters

NOTHING = [
    ("ko", "{a} 재시작하지 마", "info"),
    ("ko", "{a} 재시작 안 돼", "info"),
    ("en", "don't restart {a}", "info"),
    ("en", "never stop {b}", "info"),
    ("ko", "오늘 점심 뭐 먹지", "not_understood"),
    ("cli", "rm -rf /", "not_understood"),
    ("en", "restart {a}; docker rm -f {b}", "not_understood"),
    ("en", "restart {a} && docker rm -f {b}", "not_understood"),
    ("ko", "{a} | {b} 재시작", "not_understood"),
    ("en", "restart `docker rm -f {b}`", "not_understood"),
    ("en", "run nginx named {a}$(id)", "not_understood"),
    ("cli", 'docker run -d --name "{a};x" nginx', "not_understood"),
    ("cli", "docker run -it --name {a}-it ubuntu:focal bash", "failed"),
]


@pytest.fixture(scope="module")
def pair(docker_client: Any):
    """Two running containers shared by the nothing-runs cases (removed at the end of the module)."""
    tag = uid()
    names = [f"{tag}-a", f"{tag}-b"]
    try:
        for n in names:
            docker_client.containers.run("alpine", IDLE, name=n, detach=True, labels={"gorae.e2e": tag})
        yield tag, names[0], names[1]
    finally:
        for n in names:
            try:
                docker_client.api.remove_container(n, force=True, v=True)
            except Exception:
                pass


@pytest.mark.parametrize("lang, text, status", NOTHING, ids=[t for _, t, _ in NOTHING])
def test_nothing_runs(lang, text, status, pair, bot, docker_client, world, cleanup):
    tag, a, b = pair
    cleanup.container(f"{a}-it")  # only if a bug made it

    def snapshot() -> tuple:
        mine = docker_client.api.containers(all=True, filters={"label": f"gorae.e2e={tag}"})
        return (sorted((c["Names"][0], c["State"]) for c in mine),
                {x: started_at(docker_client, x) for x in (a, b)},
                len(docker_client.api.containers(all=True, filters={"name": tag})))

    before = snapshot()
    reply = bot.say(text.format(a=a, b=b))
    check(reply, lang, status=status)
    assert not reply.cli and not bot.asked and reply.exit_code in (0, 1, 2)
    assert said_nothing_ran(reply) or status == "failed", reply
    assert snapshot() == before


# =========================================================================== the console script


def test_gorae_say_runs_and_removes_with_exit_codes(docker_client, world, cleanup, free_port):
    n, p = cleanup.container(uid()), free_port
    proc = gorae_cli("say", "--yes", f"nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행")
    assert proc.returncode == 0, proc
    assert f"docker run -d --name {n} -p 127.0.0.1:{p}:80 nginx" in proc.stdout and HANGUL.search(proc.stdout)
    assert inspect(docker_client, n)["State"]["Running"] and NGINX_WELCOME in http_get(p).body

    # the same again: the name is taken -> failed, exit 1, nothing changed
    before = started_at(docker_client, n)
    proc = gorae_cli("say", "--yes", f"run nginx named {n} on 127.0.0.1 port {pick_free_port()}")
    assert proc.returncode == 1, proc
    assert f"`{n}`" in proc.stdout and not HANGUL.search(proc.stdout)
    assert started_at(docker_client, n) == before

    # destructive without --yes and without a terminal: not confirmed, exit 1, still there
    proc = gorae_cli("say", f"docker rm -f {n}")
    assert proc.returncode == 1, proc
    assert inspect(docker_client, n)["State"]["Running"]

    # not understood: exit 2, nothing run
    proc = gorae_cli("say", "--yes", "오늘 점심 뭐 먹지")
    assert proc.returncode == 2, proc
    assert inspect(docker_client, n)["State"]["Running"]

    # --yes: removed, exit 0; --json reply in English for docker-CLI input
    proc = gorae_cli("say", "--yes", "--json", f"docker rm -f {n}")
    assert proc.returncode == 0, proc
    data = json.loads(proc.stdout)
    assert data["status"] == "done" and data["cli"] == [f"docker rm -f {n}"] and data["lang"] == "en"
    assert not exists(docker_client, n)


def test_gorae_say_exec_exit_code_and_prohibition(docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup)
    proc = gorae_cli("say", "--json", f"{n}에서 \"sh -c 'exit 4'\" 실행")
    data = json.loads(proc.stdout)
    assert proc.returncode == 1 and data["status"] == "failed" and "4" in data["headline"], proc
    proc = gorae_cli("say", f"{n}에서 cat /etc/hostname 실행")
    assert proc.returncode == 0 and inspect(docker_client, n)["Id"][:12] in proc.stdout, proc
    before = started_at(docker_client, n)
    proc = gorae_cli("say", "--yes", f"{n} 재시작하지 마")
    assert proc.returncode == 0 and "아무것도" in proc.stdout, proc
    assert started_at(docker_client, n) == before


def test_gorae_explain_json_changes_nothing(docker_client, world, cleanup, free_port):
    n, p = cleanup.container(uid()), free_port
    lines = [f"nginx를 {n}라는 이름으로 127.0.0.1의 {p}포트로 실행", f"run nginx named {n} on 127.0.0.1 port {p}",
             "web 재시작", "docker rm -f cache", "오늘 점심 뭐 먹지"]
    web, cache = started_at(docker_client, "web"), started_at(docker_client, "cache")
    proc = gorae_cli("explain", "--json", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [g["lang"] for g in got] == ["ko", "en", "ko", "cli", "ko"]
    assert got[0]["cli"] == got[1]["cli"] == [f"docker run -d --name {n} -p 127.0.0.1:{p}:80 nginx"]
    assert got[2]["cli"] == ["docker restart web"] and got[3]["cli"] == ["docker rm -f cache"]
    assert got[3]["destructive"] is True
    assert got[4]["understood"] is False and got[4]["cli"] == [] and got[4]["error"] and got[4]["suggestions"]
    proc = gorae_cli("explain", "--json", "restart", "web")
    assert proc.returncode == 0 and json.loads(proc.stdout)["cli"] == ["docker restart web"]
    # nothing ran: no container, no port, web and cache untouched
    assert not exists(docker_client, n) and not tcp_open(p)
    assert started_at(docker_client, "web") == web and started_at(docker_client, "cache") == cache
    assert inspect(docker_client, "cache")["State"]["Running"]


# =========================================================================== regressions: bugs found by these tests, fixed in bot/
# Each checks the plan first: a wrong plan fails before anything runs on the engine.


def _plan_then_run(bot: Bot, text: str, want: str) -> Reply:
    got = bot.plan_cli(text)
    assert plan_key(got) == plan_key([want]), f"{text!r}: planned {got}, want {want!r}"
    return bot.say(text)


def test_regression_english_ip_host_container_mapping(bot, docker_client, world, cleanup, free_port):
    n, p = cleanup.container(uid()), free_port
    _plan_then_run(bot, f"run nginx named {n} mapping 127.0.0.1 port {p} to container port 80",
                   f"docker run -d --name {n} -p 127.0.0.1:{p}:80 nginx")
    assert inspect(docker_client, n)["HostConfig"]["PortBindings"] == {
        "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(p)}]}


def test_regression_restart_policy_wording(bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    _plan_then_run(bot, f"run nginx named {n} with restart policy always",
                   f"docker run -d --name {n} --restart always nginx")
    assert inspect(docker_client, n)["HostConfig"]["RestartPolicy"]["Name"] == "always"


@pytest.mark.parametrize("text", ['run "echo hello {t}" in ubuntu:focal named {n} and remove it afterwards',
                                  "run echo hello {t} in ubuntu:focal named {n}, then delete it"],
                         ids=["remove-it-afterwards", "then-delete-it"])
def test_regression_english_rm_wordings(text, bot, docker_client, world, cleanup):
    n, t = cleanup.container(uid()), uuid.uuid4().hex[:6]
    reply = _plan_then_run(bot, text.format(n=n, t=t), f"docker run --rm --name {n} ubuntu:focal echo hello {t}")
    assert reply.code == f"hello {t}\n"
    wait_gone(docker_client, n)


def test_regression_korean_run_then_delete(bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    _plan_then_run(bot, f"ubuntu:focal에서 {n}라는 이름으로 echo hi 실행 후 삭제",
                   f"docker run --rm --name {n} ubuntu:focal echo hi")
    wait_gone(docker_client, n)


def test_regression_korean_create_with_bare_name(bot, docker_client, world, cleanup):
    n = cleanup.container(uid())
    _plan_then_run(bot, f"alpine으로 {n} 컨테이너 생성", f"docker create --name {n} alpine")
    assert inspect(docker_client, n)["State"]["Status"] == "created"


def test_regression_korean_volumes_from_short_wording(bot, docker_client, world):
    got = bot.plan_cli("my-volume의 볼륨으로 nginx 실행")
    assert not any(c.startswith("docker exec") for c in got), got
    assert got in ([], ["docker run -d --volumes-from my-volume nginx"]), got


def test_regression_korean_expose_wording(bot, docker_client, world):
    got = bot.plan_cli("nginx를 9090포트 expose로 실행")
    assert got in ([], ["docker run -d --expose 9090 nginx"]), got


def test_regression_english_throwaway_container(bot, docker_client, world):
    got = bot.plan_cli("run echo hi in a throwaway alpine container")
    assert got in ([], ["docker run --rm alpine echo hi"]), got


def test_regression_korean_stop_timeout_dropped(bot, docker_client, world, cleanup):
    n = run_sdk(docker_client, cleanup, "alpine", command=["sh", "-c", "trap '' TERM; while :; do sleep 1; done"])
    _plan_then_run(bot, f"{n} 1초 안에 종료", f"docker stop -t 1 {n}")
    assert inspect(docker_client, n)["State"]["ExitCode"] == 137


def test_regression_volume_with_command_on_its_path(bot, docker_client, world, cleanup):
    v, n, t = cleanup.volume(uid()), cleanup.container(uid()), uuid.uuid4().hex[:6]
    _plan_then_run(bot, f"{v} 볼륨을 /v에 연결해서 busybox에서 {n}라는 이름으로 touch /v/{t} 실행하고 끝나면 삭제",
                   f"docker run --rm --name {n} -v {v}:/v busybox touch /v/{t}")
    assert t in volume_files(docker_client, v)


@pytest.mark.parametrize("text", ["nginx를 {n}라는 이름으로 localhost의 {p}포트로 실행",
                                  "nginx를 {n}라는 이름으로 localhost:{p}으로 실행"], ids=["localhost의", "localhost:N"])
def test_regression_korean_localhost_with_particle(text, bot, docker_client, world, cleanup, free_port):
    n, p = cleanup.container(uid()), free_port
    _plan_then_run(bot, text.format(n=n, p=p), f"docker run -d --name {n} -p 127.0.0.1:{p}:80 nginx")
    assert inspect(docker_client, n)["HostConfig"]["PortBindings"] == {
        "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(p)}]}


@pytest.mark.parametrize("text", ["docker run --rm --name {n} alpine ls -l /etc/hostname",
                                  "docker exec {c} ls -l /etc/hostname",
                                  "docker run -d --name {n} alpine httpd -f -h /etc"], ids=["run-ls-l", "exec-ls-l", "run-h"])
def test_regression_cli_command_arguments_that_look_like_flags(text, bot, docker_client, world, cleanup):
    n, c = cleanup.container(uid()), run_sdk(docker_client, cleanup)
    reply = _plan_then_run(bot, text.format(n=n, c=c), text.format(n=n, c=c))
    assert reply.status == "done", reply


@pytest.mark.parametrize("text", ["execute env in {c}", "run env inside {c}"], ids=["execute-env-in", "run-env-inside"])
def test_regression_english_exec_env(text, bot, docker_client, world, cleanup):
    c = run_sdk(docker_client, cleanup, environment={"E2E_X": "1"})
    reply = _plan_then_run(bot, text.format(c=c), f"docker exec {c} env")
    assert "E2E_X=1" in reply.code


def test_regression_english_nonsense_reply(bot, docker_client, world):
    reply = bot.say("what should I eat for lunch")
    assert not reply.cli and reply.status == "not_understood"
    assert said_nothing_ran(reply), reply


def test_regression_mixed_container_word_with_particle(bot, docker_client, world, cleanup):
    a, b = run_sdk(docker_client, cleanup), run_sdk(docker_client, cleanup)
    before = {x: started_at(docker_client, x) for x in (a, b)}
    _plan_then_run(bot, f"{a} container랑 {b} container 재시작해줘", f"docker restart {a} {b}")
    assert all(started_at(docker_client, x) != before[x] for x in (a, b))


# =========================================================================== the engine itself


API_OF = {"20.10": "1.41", "26.1": "1.45"}  # Engine version -> the API version gorae must speak to it


def test_gorae_speaks_the_engines_api_version(bot, docker_client, engine, world):
    """gorae's own clients (SDK and the read-only one) reach this engine and negotiate its API version."""
    from bot.engine.view import raw_client

    version = docker_client.version()
    if engine.label:
        assert version["Version"].startswith(engine.label + "."), version["Version"]
        assert bot.gorae.client().api.api_version == API_OF[engine.label]
        raw = raw_client()
        assert raw is not None and raw.api.version == API_OF[engine.label]
    reply = bot.say("docker ps")
    assert reply.status == "done" and reply.table is not None
    web_id = docker_client.api.inspect_container("web")["Id"][:12]
    assert any(row[0] == web_id and row[-1] == "web" for row in reply.table.rows)  # this engine's web
    assert bot.gorae.client().version()["Version"] == version["Version"]
