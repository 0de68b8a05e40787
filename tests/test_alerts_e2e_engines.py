"""On-call alerts from every engine, labelled with it, on real engines and the fake Slack Web API
(engines2; the unit test is tests/test_slack_alerts.py test_a_slack_alert_of_several_engines_names_its_engine).

`gorae slack`'s alert service (bot/front/slack/alerts.py start) watches every configured engine:
here the first engine (`default`), the second one over its unix socket (`second`) and the second
one again over tcp:// with TLS client certificates (`secure-b`, scripts/engine.sh start-b). A
container that dies on one engine is one alert in #ops whose text (after the route's mention) and first block say
`[ENGINE] NAME`; it is never reported as another engine's.
Containers are named al-* (the route of tests/data/alerts-policy.yaml).
Run under `flock /tmp/gorae-e2e.lock`.
"""
from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from slack_fake import FakeSlack
from slack_harness import Harness

from bot.front.slack.alerts import start as start_alerts
from bot.pipeline import Gorae
from bot.policy.check import load_authorizer
from bot.state.pending import MemoryPending

pytestmark = pytest.mark.docker

POLICY = Path(__file__).parent / "data" / "alerts-policy.yaml"
B_HOST = os.environ.get("GORAE_ENGINE_B_HOST") or "unix:///var/run/docker-b.sock"
A_HOST = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
TLS_DIR = Path(os.environ.get("GORAE_ENGINE_DIR") or "/var/lib/gorae-engine") / "tls-b"
TLS_HOST = f"tcp://127.0.0.1:{os.environ.get('GORAE_ENGINE_B_TLS_PORT') or '2376'}"


def _need(what: str, e: Exception | str) -> None:
    msg = f"{what} ({e}); start it: sudo scripts/engine.sh start-b"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


@pytest.fixture
def client_b() -> Any:
    import docker

    try:
        c = docker.DockerClient(base_url=B_HOST, version="auto", timeout=60)
        c.ping()
    except Exception as e:
        _need("no second engine", e)
    yield c
    c.close()


@pytest.fixture
def fake():
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture
def h(fake, tmp_path):
    g = Gorae(authorizer=load_authorizer(str(POLICY)), pending=MemoryPending())
    harness = Harness.start(g, fake=fake, dedup_path=tmp_path / "dedup.sqlite")
    yield harness, g
    harness.stop()


def blob(m: dict) -> str:
    return json.dumps(m.get("blocks"), ensure_ascii=False) + m.get("text", "")


def alerts_about(fake: FakeSlack, name: str) -> list[dict]:
    return [m for m in fake.messages("C0OPS").values() if not m.get("thread_ts") and f"*{name}*" in blob(m)]


def wait_for_alert(fake: FakeSlack, name: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = alerts_about(fake, name)
        if got:
            return got[0]
        time.sleep(0.2)
    raise AssertionError(f"no alert about {name} in #ops: {list(fake.messages('C0OPS').values())}")


def _service(h: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engines_yaml: str) -> Any:
    harness, g = h
    cfg = tmp_path / "config.yaml"
    cfg.write_text(engines_yaml)
    monkeypatch.setenv("GORAE_CONFIG", str(cfg))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path / "docker"))  # no contexts of the machine's
    monkeypatch.setenv("DOCKER_HOST", A_HOST)
    svc = start_alerts(harness.app, harness.frontend, harness.frontend.client, g,
                       store_path=str(tmp_path / "alerts.sqlite"), fresh_since=time.time() - 1)
    assert svc is not None
    for s in [svc, *svc.others]:
        assert s.watcher.connected.wait(30), "a watcher did not connect to its engine"
    return svc


def _stop(svc: Any) -> None:
    for s in [svc, *svc.others]:
        s.stop()


def _die(client: Any, name: str) -> None:
    client.containers.run("alpine", ["sh", "-c", "echo the last words; exit 3"], name=name, detach=True,
                          labels={"gorae.test": "alerts-engines"})


def _rm(client: Any, name: str) -> None:
    try:
        client.api.remove_container(name, force=True)
    except Exception:
        pass


def test_an_alert_from_each_engine_is_labelled_with_it(h, fake, client_b, docker_client, tmp_path, monkeypatch):
    svc = _service(h, tmp_path, monkeypatch, f"engines:\n  second: {B_HOST}\n")
    tag = uuid.uuid4().hex[:6]
    on_b, on_a = f"al-engb-{tag}", f"al-enga-{tag}"
    try:
        _die(client_b, on_b)
        m = wait_for_alert(fake, on_b)
        assert f"[second] {on_b}" in m["text"] and "[second] " in m["blocks"][0]["text"]["text"], m
        assert "exit code 3" in blob(m) and "the last words" in blob(m)
        assert client_b.api.inspect_container(on_b)["State"]["ExitCode"] == 3
        _die(docker_client, on_a)
        m = wait_for_alert(fake, on_a)
        assert f"[default] {on_a}" in m["text"] and "[second]" not in m["text"], m
        assert len(alerts_about(fake, on_b)) == 1 and len(alerts_about(fake, on_a)) == 1
    finally:
        _stop(svc)
        _rm(client_b, on_b)
        _rm(docker_client, on_a)


def test_an_alert_from_a_tls_engine_is_labelled_with_it(h, fake, client_b, docker_client, tmp_path, monkeypatch):
    if not (TLS_DIR / "cert.pem").is_file():
        _need("no TLS files for the second engine", TLS_DIR)
    svc = _service(h, tmp_path, monkeypatch,
                   f"engines:\n  secure-b:\n    host: {TLS_HOST}\n    tls:\n"
                   f"      ca: {TLS_DIR / 'ca.pem'}\n      cert: {TLS_DIR / 'cert.pem'}\n"
                   f"      key: {TLS_DIR / 'key.pem'}\n")
    name = f"al-engtls-{uuid.uuid4().hex[:6]}"
    try:
        _die(client_b, name)
        m = wait_for_alert(fake, name)
        assert f"[secure-b] {name}" in m["text"] and "[secure-b] " in m["blocks"][0]["text"]["text"], m
        assert len(alerts_about(fake, name)) == 1
    finally:
        _stop(svc)
        _rm(client_b, name)
