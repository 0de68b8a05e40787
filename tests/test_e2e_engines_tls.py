"""A real tcp:// engine with TLS client certificates: the second engine (Engine 26.1) also
listens on tcp://127.0.0.1:2376 with --tlsverify (scripts/engine.sh start-b; the CA, server
and client certificates are made with openssl in $GORAE_ENGINE_DIR/tls-b, and wrong/ holds a
client certificate of another CA).

It is reached twice: as an `engines:` entry of gorae's config with `tls: {ca, cert, key}`, and
as a docker CLI context made by the real `docker context create` with those TLS files. A verb
family runs through it and is checked on the engine (through its unix socket) with inspect;
the first engine is checked untouched. A client certificate the engine does not trust is
refused with one sentence and changes nothing.
Run under `flock /tmp/gorae-e2e.lock`; under CI=true a missing listener is a failure.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.engine.named import Engines, load_engines
from bot.messages import text
from bot.model import Actor, Reply, Request
from bot.pipeline import Gorae

pytestmark = pytest.mark.docker

STATE_DIR = Path(os.environ.get("GORAE_ENGINE_DIR") or "/var/lib/gorae-engine")
TLS_DIR = STATE_DIR / "tls-b"
TLS_HOST = f"tcp://127.0.0.1:{os.environ.get('GORAE_ENGINE_B_TLS_PORT') or '2376'}"
B_HOST = os.environ.get("GORAE_ENGINE_B_HOST") or "unix:///var/run/docker-b.sock"
A_HOST = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
ACTOR = Actor("local:tester", local=True)
IDLE = "echo started-$MARK; echo mark-$MARK > /mark; trap 'exit 0' TERM INT; while :; do sleep 1; done"
NAME = "engtls-web"


def _need(what: str, e: Exception | str) -> None:
    msg = f"{what} ({e}); start it: sudo scripts/engine.sh start-b"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


def _tls(d: Path) -> dict[str, str]:
    return {"ca": str(d / "ca.pem"), "cert": str(d / "cert.pem"), "key": str(d / "key.pem")}


@pytest.fixture(scope="module")
def tls_b() -> Path:
    """The TLS directory, once the engine answers on TLS_HOST with its client certificate."""
    import docker
    from docker.tls import TLSConfig

    if not (TLS_DIR / "cert.pem").is_file():
        _need("no TLS files for the second engine", TLS_DIR)
    try:
        c = docker.DockerClient(base_url=TLS_HOST.replace("tcp://", "https://"), version="1.41", timeout=30,
                                tls=TLSConfig(client_cert=(str(TLS_DIR / "cert.pem"), str(TLS_DIR / "key.pem")),
                                              ca_cert=str(TLS_DIR / "ca.pem"), verify=True))
        c.api.trust_env = False  # not $REQUESTS_CA_BUNDLE instead of the engine's CA (psf/requests#3829)
        c.ping()
        c.close()
    except Exception as e:
        _need(f"the second engine's TLS listener {TLS_HOST} does not answer", e)
    return TLS_DIR


def _client(host: str) -> Any:
    import docker

    try:
        c = docker.DockerClient(base_url=host, version="auto", timeout=60)
        c.ping()
    except Exception as e:
        _need(f"no engine on {host}", e)
    return c


def _rm(client: Any, name: str) -> None:
    try:
        client.api.remove_container(name, force=True, v=True)
    except Exception:
        pass


@pytest.fixture
def pair(tls_b: Path) -> Any:
    """NAME on the first engine (MARK=a) and on the second (MARK=b), running; removed afterwards."""
    clients = {"a": _client(A_HOST), "b": _client(B_HOST)}
    for mark, client in clients.items():
        _rm(client, NAME)
        client.containers.run("alpine", ["sh", "-c", IDLE], name=NAME, detach=True,
                              environment={"MARK": mark}, labels={"gorae.test": "engines-tls"})
    yield clients
    for client in clients.values():
        for c in client.containers.list(all=True, filters={"label": "gorae.test=engines-tls"}):
            _rm(client, c.id)
        _rm(client, "engtls-new")
        client.close()


def say(g: Gorae, sentence: str) -> Reply:
    reply = g.handle(Request(sentence, ACTOR, "terminal", source="cli"))
    if reply.status == "confirm":
        reply = g.confirm(reply.pending, ACTOR, "terminal", yes=True)
    return reply


def state(client: Any, name: str = NAME) -> dict[str, Any]:
    return dict(client.api.inspect_container(name)["State"])


def _verb_family(g: Gorae, ctx: str, pair: Any) -> None:
    """restart, stop, start, pause, unpause, exec, logs, inspect, run, rm through `ctx` (the TLS
    engine), each checked on the second engine by inspect, the first untouched."""
    a, b = pair["a"], pair["b"]
    a0 = state(a)["StartedAt"]
    b0 = state(b)["StartedAt"]
    r = say(g, f"{ctx}에서 {NAME} 재시작")
    assert r.status == "done" and r.cli == (f"docker --context {ctx} restart {NAME}",), r
    assert state(b)["StartedAt"] != b0 and state(b)["Running"]
    assert say(g, f"stop {NAME} on {ctx}").status == "done"
    assert state(b)["Status"] == "exited"
    assert say(g, f"docker --context {ctx} start {NAME}").status == "done"
    assert state(b)["Status"] == "running"
    assert say(g, f"docker --context {ctx} pause {NAME}").status == "done"
    assert state(b)["Status"] == "paused"
    assert say(g, f"unpause {NAME} on {ctx}").status == "done"
    assert state(b)["Status"] == "running"
    out = say(g, f"docker --context {ctx} exec {NAME} cat /mark")
    assert out.status == "done" and "mark-b" in (out.code or "") and "mark-a" not in (out.code or "")
    logs = say(g, f"{ctx}에서 {NAME} 로그 보여줘")
    assert logs.status == "done" and "started-b" in (logs.code or "")
    info = say(g, f"inspect {NAME} on {ctx}")
    shown = " ".join(v for _, v in info.fields)
    assert b.api.inspect_container(NAME)["Id"][:12] in shown
    assert a.api.inspect_container(NAME)["Id"][:12] not in shown
    run = say(g, f"docker --context {ctx} run -d --name engtls-new --label gorae.test=engines-tls alpine sleep 300")
    assert run.status == "done", run
    assert state(b, "engtls-new")["Running"]
    assert say(g, f"docker --context {ctx} rm -f engtls-new").status == "done"
    assert not b.containers.list(all=True, filters={"name": "^/engtls-new$"})
    # the first engine: the same name, never touched
    assert state(a)["StartedAt"] == a0 and state(a)["Status"] == "running"
    assert not a.containers.list(all=True, filters={"name": "^/engtls-new$"})


def test_an_engines_entry_with_tls_client_certificates_runs_a_verb_family(pair, tls_b):
    engines = load_engines({"HOME": "/nonexistent", "DOCKER_CONFIG": "/nonexistent"}, {
        "engines": {"first": A_HOST, "secure-b": {"host": TLS_HOST, "tls": _tls(tls_b)}},
        "default_engine": "first"})
    assert engines.get("secure-b") is not None and engines.get("secure-b").tls is not None  # type: ignore[union-attr]
    _verb_family(Gorae(engines=engines), "secure-b", pair)


def test_a_docker_context_with_tls_files_runs_a_verb_family(pair, tls_b, tmp_path):
    docker_cli = shutil.which("docker")
    assert docker_cli, "the docker CLI (scripts/engine.sh install) is needed to make the context"
    env = {**os.environ, "DOCKER_CONFIG": str(tmp_path / "docker")}
    env.pop("DOCKER_HOST", None)
    env.pop("DOCKER_CONTEXT", None)
    t = _tls(tls_b)
    subprocess.run([docker_cli, "context", "create", "tls-ctx", "--docker",
                    f"host={TLS_HOST},ca={t['ca']},cert={t['cert']},key={t['key']}"],
                   env=env, check=True, capture_output=True, timeout=60)
    # the CLI itself reaches the engine through the context (the files it copied are right)
    cli = subprocess.run([docker_cli, "--context", "tls-ctx", "inspect", "-f", "{{.Id}}", NAME],
                         env=env, check=True, capture_output=True, text=True, timeout=60)
    assert cli.stdout.strip() == pair["b"].api.inspect_container(NAME)["Id"]
    engines = load_engines({"HOME": str(tmp_path), "DOCKER_CONFIG": env["DOCKER_CONFIG"],
                            "DOCKER_HOST": A_HOST}, {})
    spec = engines.get("tls-ctx")
    assert spec is not None and spec.source == "context" and spec.tls is not None and spec.tls.cert
    _verb_family(Gorae(engines=engines), "tls-ctx", pair)


def test_a_client_certificate_the_engine_does_not_trust_is_refused_in_one_sentence(pair, tls_b):
    wrong = tls_b / "wrong"
    engines: Engines = load_engines({"HOME": "/nonexistent", "DOCKER_CONFIG": "/nonexistent"}, {
        "engines": {"first": A_HOST,
                    # the right CA for the engine's certificate; a client certificate of another CA
                    "secure-b": {"host": TLS_HOST, "tls": {"ca": str(tls_b / "ca.pem"),
                                                          "cert": str(wrong / "cert.pem"),
                                                          "key": str(wrong / "key.pem")}}},
        "default_engine": "first"})
    b0 = state(pair["b"])["StartedAt"]
    a0 = state(pair["a"])["StartedAt"]
    reply = say(Gorae(engines=engines), f"restart {NAME} on secure-b")
    assert reply.status != "done"
    expected = text("engine.tls_refused", "en", where=f"secure-b ({TLS_HOST})")
    assert reply.headline == expected, reply
    assert expected.count(". ") == 0 and "\n" not in expected  # one sentence
    ko = Gorae(engines=engines).handle(Request(f"secure-b에서 {NAME} 재시작", ACTOR, "terminal", source="cli"))
    assert ko.headline == text("engine.tls_refused", "ko", where=f"secure-b ({TLS_HOST})")
    assert state(pair["b"])["StartedAt"] == b0 and state(pair["a"])["StartedAt"] == a0


def test_no_client_certificate_at_all_is_refused_too(pair, tls_b):
    engines = load_engines({"HOME": "/nonexistent", "DOCKER_CONFIG": "/nonexistent"}, {
        "engines": {"first": A_HOST, "secure-b": {"host": TLS_HOST, "tls": {"ca": str(tls_b / "ca.pem")}}},
        "default_engine": "first"})
    b0 = state(pair["b"])["StartedAt"]
    reply = say(Gorae(engines=engines), f"docker --context secure-b restart {NAME}")
    assert reply.status != "done"
    assert reply.headline == text("engine.tls_refused", "en", where=f"secure-b ({TLS_HOST})"), reply
    assert state(pair["b"])["StartedAt"] == b0


# --------------------------------------------------------------------------- the environment's TLS engine
# DOCKER_HOST + DOCKER_TLS_VERIFY + DOCKER_CERT_PATH (and DOCKER_CONTEXT of a TLS context), as the
# docker CLI reads them, on a machine whose REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE name another CA:
# requests would put that CA in place of the engine's (psf/requests#3829). The engine's files alone
# decide, as for the docker CLI (bot/engine/named.py client_for, the one place clients are made).


def _gorae_env(**set_: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_TLS", "DOCKER_CERT_PATH", "DOCKER_CONTEXT")}
    return {**env, "GORAE_LANG": "en", **set_}


def _gorae(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    import sys

    return subprocess.run([sys.executable, "-m", "bot", *argv], env=env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def _other_ca(tls_b: Path) -> str:
    """A CA bundle that does not vouch for the engine (the CA of wrong/), as REQUESTS_CA_BUNDLE."""
    other = tls_b / "wrong" / "ca.pem"
    assert other.is_file() and other.read_bytes() != (tls_b / "ca.pem").read_bytes()
    return str(other)


def test_the_environment_s_tls_engine_answers_say_and_explain_with_requests_ca_bundle_set(pair, tls_b):
    b = pair["b"]
    b.containers.run("alpine", ["sleep", "300"], name="engtls-only", detach=True,
                     labels={"gorae.test": "engines-tls"})
    env = _gorae_env(DOCKER_HOST=TLS_HOST, DOCKER_TLS_VERIFY="1", DOCKER_CERT_PATH=str(tls_b),
                     REQUESTS_CA_BUNDLE=_other_ca(tls_b), CURL_CA_BUNDLE=_other_ca(tls_b))
    # the docker CLI reaches it with the same files (the fixture's premise)
    cli = subprocess.run(["docker", "inspect", "-f", "{{.Id}}", NAME], env=env, capture_output=True,
                         text=True, timeout=60)
    assert cli.returncode == 0 and cli.stdout.strip() == b.api.inspect_container(NAME)["Id"], cli.stderr
    ps = _gorae(env, "say", "ps")
    assert ps.returncode == 0, ps.stdout + ps.stderr
    assert b.api.inspect_container(NAME)["Id"][:12] in ps.stdout
    assert pair["a"].api.inspect_container(NAME)["Id"][:12] not in ps.stdout  # the TLS engine's, not the first's
    assert "engtls-only" in ps.stdout
    # explain plans on the engine: a container that exists only there is found
    explained = _gorae(env, "explain", "stop engtls-only")
    assert explained.returncode == 0, explained.stdout + explained.stderr
    assert "$ docker stop engtls-only" in explained.stdout and "Cannot reach" not in explained.stdout
    nowhere = _gorae(env, "explain", "stop engtls-nowhere")  # and one that is nowhere is not
    assert "docker stop engtls-nowhere" not in nowhere.stdout
    # a write through the same route, checked on the engine
    b0, a0 = state(b)["StartedAt"], state(pair["a"])["StartedAt"]
    restarted = _gorae(env, "say", "--yes", f"restart {NAME}")
    assert restarted.returncode == 0, restarted.stdout + restarted.stderr
    assert state(b)["StartedAt"] != b0 and state(b)["Running"]
    assert state(pair["a"])["StartedAt"] == a0


def test_the_environment_s_tls_engine_refuses_a_wrong_client_certificate_in_one_sentence(pair, tls_b, tmp_path):
    wrong = tmp_path / "certs"  # the engine's CA, a client certificate of another CA
    wrong.mkdir()
    shutil.copy(tls_b / "ca.pem", wrong / "ca.pem")
    shutil.copy(tls_b / "wrong" / "cert.pem", wrong / "cert.pem")
    shutil.copy(tls_b / "wrong" / "key.pem", wrong / "key.pem")
    env = _gorae_env(DOCKER_HOST=TLS_HOST, DOCKER_TLS_VERIFY="1", DOCKER_CERT_PATH=str(wrong),
                     REQUESTS_CA_BUNDLE=_other_ca(tls_b))
    b0 = state(pair["b"])["StartedAt"]
    for argv in (("say", "ps"), ("say", "--yes", f"restart {NAME}")):
        p = _gorae(env, *argv)
        assert p.returncode != 0
        sentence = text("engine.tls_refused_env", "en", where=TLS_HOST)
        assert sentence in p.stdout + p.stderr, p.stdout + p.stderr
        assert "Traceback" not in p.stderr
    import sys

    shell = subprocess.run([sys.executable, "-m", "bot", "shell"], env=env, input="exit\n", capture_output=True,
                           text=True, timeout=120)
    assert text("engine.tls_refused_env", "en", where=TLS_HOST) in shell.stdout + shell.stderr  # not "start one"
    assert state(pair["b"])["StartedAt"] == b0


def test_a_current_docker_context_with_tls_answers_with_requests_ca_bundle_set(pair, tls_b, tmp_path):
    docker_cli = shutil.which("docker")
    assert docker_cli, "the docker CLI (scripts/engine.sh install) is needed to make the context"
    env = _gorae_env(DOCKER_CONFIG=str(tmp_path / "docker"), REQUESTS_CA_BUNDLE=_other_ca(tls_b),
                     CURL_CA_BUNDLE=_other_ca(tls_b))
    t = _tls(tls_b)
    subprocess.run([docker_cli, "context", "create", "tls-ctx", "--docker",
                    f"host={TLS_HOST},ca={t['ca']},cert={t['cert']},key={t['key']}"],
                   env=env, check=True, capture_output=True, timeout=60)
    ps = _gorae({**env, "DOCKER_CONTEXT": "tls-ctx"}, "say", "ps")
    assert ps.returncode == 0, ps.stdout + ps.stderr
    assert pair["b"].api.inspect_container(NAME)["Id"][:12] in ps.stdout
    assert pair["a"].api.inspect_container(NAME)["Id"][:12] not in ps.stdout


def test_the_start_up_check_and_the_env_client_use_the_engine_s_ca_not_requests_ca_bundle(pair, tls_b, monkeypatch):
    """In process: bot.config.check_engine (`gorae slack` at start), bot.engine.view.docker_client
    (alerts, health, the pipeline's default engine) with REQUESTS_CA_BUNDLE naming another CA."""
    from bot.config import check_engine
    from bot.engine.view import docker_client

    for k, v in {"DOCKER_HOST": TLS_HOST, "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(tls_b),
                 "REQUESTS_CA_BUNDLE": _other_ca(tls_b), "CURL_CA_BUNDLE": _other_ca(tls_b)}.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("DOCKER_CONTEXT", raising=False)
    assert check_engine() is None
    client = docker_client(timeout=30)
    try:
        assert client.api.inspect_container(NAME)["Id"] == pair["b"].api.inspect_container(NAME)["Id"]
    finally:
        client.close()
