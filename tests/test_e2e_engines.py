"""Named engines on real engines: every verb family on a named engine, checked there with
inspect, and the other engine checked untouched; ssh://; every engine at once; a silent engine.

Engines (scripts/engine.sh; `make test` starts them, under CI=true a missing one fails):
    first     the first engine (DOCKER_HOST or the default socket, Engine 20.10)
    second    the second engine (unix:///var/run/docker-b.sock, Engine 26.1: start-b)
    over-ssh  the first engine again, reached over ssh:// through the local sshd (start-ssh)
Each test makes its own `engt-*` containers (the same names on both engines: `pair`, keyed
"a" for the first and "b" for the second) and removes them.
Run under `flock /tmp/gorae-e2e.lock`.
"""
from __future__ import annotations

import os
import socket
import tempfile
import threading
import uuid
from typing import Any

import pytest

from bot.engine import view as engine_mod
from bot.engine.named import Engines, EngineSpec
from bot.messages import text
from bot.model import Actor, Reply, Request
from bot.pipeline import Gorae

B_HOST = os.environ.get("GORAE_ENGINE_B_HOST") or "unix:///var/run/docker-b.sock"
SSH_HOST = os.environ.get("GORAE_ENGINE_SSH_HOST") or "ssh://gorae-ssh:2222"
ACTOR = Actor("local:tester", local=True)
IDLE = "echo started-$MARK; echo mark-$MARK > /mark; trap 'exit 0' TERM INT; while :; do sleep 1; done"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(what: str, how: str, e: Exception) -> None:
    msg = f"{what} not reachable ({e}); start it: sudo scripts/engine.sh {how}"
    if _ci():
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


@pytest.fixture(scope="module")
def client_b(docker_client: Any) -> Any:
    import docker

    try:
        c = docker.DockerClient(base_url=B_HOST, version="auto", timeout=60)
        c.ping()
    except Exception as e:
        _need("the second engine", "start-b images-b", e)
    yield c
    c.close()


@pytest.fixture(scope="module")
def ssh_ok(docker_client: Any) -> str:
    import docker

    try:
        c = docker.DockerClient(base_url=SSH_HOST, use_ssh_client=True, version="auto", timeout=30)
        c.ping()
        c.close()
    except Exception as e:
        _need("the ssh:// engine", "start-ssh", e)
    return SSH_HOST


def engines(*names: str) -> Engines:
    hosts = {"first": os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock", "second": B_HOST,
             "over-ssh": SSH_HOST}
    return Engines({n: EngineSpec(n, hosts.get(n, n), source="config") for n in names}, names[0])


def say(g: Gorae, sentence: str, *, yes: bool = True) -> Reply:
    reply = g.handle(Request(sentence, ACTOR, "terminal", source="cli"))
    if reply.status == "confirm" and yes:
        reply = g.confirm(reply.pending, ACTOR, "terminal", yes=True)
    return reply


def _rm(client: Any, name: str) -> None:
    try:
        client.api.remove_container(name, force=True, v=True)
    except Exception:
        pass


@pytest.fixture
def pair(docker_client: Any, client_b: Any) -> Any:
    """`engt-web` on a (MARK=a) and on b (MARK=b), running; removed afterwards with the rest."""
    made: list[tuple[Any, str, str]] = []
    for client, mark in ((docker_client, "a"), (client_b, "b")):
        _rm(client, "engt-web")
        client.containers.run("alpine", ["sh", "-c", IDLE], name="engt-web", detach=True,
                              environment={"MARK": mark}, labels={"gorae.test": "engines"})
    yield {"a": docker_client, "b": client_b}
    for client in (docker_client, client_b):
        for c in client.containers.list(all=True, filters={"label": "gorae.test=engines"}):
            _rm(client, c.id)
        for name in ("engt-new",):
            _rm(client, name)
        for vol in ("engt-vol",):
            try:
                client.api.remove_volume(vol, force=True)
            except Exception:
                pass
        for net in ("engt-net",):
            try:
                client.api.remove_network(net)
            except Exception:
                pass
    del made


def state(client: Any, name: str = "engt-web") -> dict[str, Any]:
    return client.api.inspect_container(name)["State"]


def exists(client: Any, kind: str, name: str) -> bool:
    import docker

    try:
        {"container": client.api.inspect_container, "volume": client.api.inspect_volume,
         "network": client.api.inspect_network}[kind](name)
        return True
    except docker.errors.NotFound:
        return False


def _started(client: Any) -> str:
    return str(state(client)["StartedAt"])


# ----------------------------------------------------------------------------- verb families on b


@pytest.mark.parametrize("sentence", ["engt-web 재시작해줘 (second)", "restart engt-web on second",
                                      "docker --context second restart engt-web", "second에서 engt-web 재시작"])
def test_restart_on_b_only(pair, sentence):
    a0, b0 = _started(pair["a"]), _started(pair["b"])
    reply = say(Gorae(engines=engines("first", "second")), sentence)
    assert reply.status == "done", reply
    assert reply.cli == ("docker --context second restart engt-web",)
    assert _started(pair["b"]) != b0 and state(pair["b"])["Running"]
    assert _started(pair["a"]) == a0 and state(pair["a"])["Running"]


@pytest.mark.parametrize("sentence, check", [
    ("stop engt-web on second", lambda s: s["Status"] == "exited"),
    ("second에서 engt-web 강제 종료", lambda s: s["Status"] == "exited"),
    ("docker --context second pause engt-web", lambda s: s["Status"] == "paused"),
])
def test_lifecycle_on_b_only(pair, sentence, check):
    reply = say(Gorae(engines=engines("first", "second")), sentence)
    assert reply.status == "done", reply
    assert all(c.startswith("docker --context second ") for c in reply.cli)
    assert check(state(pair["b"]))
    assert state(pair["a"])["Status"] == "running"


def test_start_and_unpause_on_b_only(pair):
    g = Gorae(engines=engines("first", "second"))
    for c in pair.values():
        c.api.stop("engt-web", timeout=5)
    assert say(g, "docker --context second start engt-web").status == "done"
    assert state(pair["b"])["Status"] == "running" and state(pair["a"])["Status"] == "exited"
    pair["a"].api.start("engt-web")
    for c in pair.values():
        c.api.pause("engt-web")
    assert say(g, "unpause engt-web on second").status == "done"
    assert state(pair["b"])["Status"] == "running" and state(pair["a"])["Status"] == "paused"
    pair["a"].api.unpause("engt-web")


def test_remove_on_b_only(pair):
    reply = say(Gorae(engines=engines("first", "second")), "second에서 engt-web 강제 삭제")
    assert reply.status == "done", reply
    assert not exists(pair["b"], "container", "engt-web")
    assert exists(pair["a"], "container", "engt-web")


def test_reads_on_b_show_b(pair):
    g = Gorae(engines=engines("first", "second"))
    b_id, a_id = pair["b"].api.inspect_container("engt-web")["Id"], pair["a"].api.inspect_container("engt-web")["Id"]
    logs = say(g, "second에서 engt-web 로그 보여줘")
    assert logs.status == "done" and "started-b" in (logs.code or "") and "started-a" not in (logs.code or "")
    out = say(g, "docker --context second exec engt-web cat /mark")
    assert out.status == "done" and "mark-b" in (out.code or "")
    info = say(g, "inspect engt-web on second")
    shown = " ".join(v for _, v in info.fields)
    assert info.status == "done" and b_id[:12] in shown and a_id[:12] not in shown
    ps = say(g, "ps -a on second")
    ids = {row[0] for row in ps.table.rows}
    assert b_id[:12] in ids and a_id[:12] not in ids
    images = say(g, "docker --context second images")
    b_images = {i.short_id.split(":", 1)[1][:12] for i in pair["b"].images.list()}
    assert images.status == "done" and {r[2] for r in images.table.rows} <= b_images | {"<none>"}


def test_run_volume_network_on_b_only(pair):
    g = Gorae(engines=engines("first", "second"))
    reply = say(g, "docker --context second run -d --name engt-new --label gorae.test=engines alpine sleep 300")
    assert reply.status == "done", reply
    assert exists(pair["b"], "container", "engt-new") and not exists(pair["a"], "container", "engt-new")
    assert say(g, "docker --context second volume create engt-vol").status == "done"
    assert exists(pair["b"], "volume", "engt-vol") and not exists(pair["a"], "volume", "engt-vol")
    assert say(g, "second에서 engt-net 네트워크 생성").status == "done"
    assert exists(pair["b"], "network", "engt-net") and not exists(pair["a"], "network", "engt-net")
    pair["a"].api.create_network("engt-net")
    assert say(g, "docker --context second network connect engt-net engt-web").status == "done"
    assert "engt-net" in pair["b"].api.inspect_container("engt-web")["NetworkSettings"]["Networks"]
    assert "engt-net" not in pair["a"].api.inspect_container("engt-web")["NetworkSettings"]["Networks"]
    pair["a"].api.create_volume("engt-vol")
    assert say(g, "docker --context second volume rm engt-vol").status == "done"
    assert not exists(pair["b"], "volume", "engt-vol") and exists(pair["a"], "volume", "engt-vol")


# ----------------------------------------------------------------------------- ssh://


def test_ssh_engine_reaches_its_engine_and_not_the_other(pair, ssh_ok):
    g = Gorae(engines=engines("over-ssh", "second"))
    a0, b0 = _started(pair["a"]), _started(pair["b"])
    reply = say(g, "over-ssh에서 engt-web 재시작")
    assert reply.status == "done", reply
    assert reply.cli == ("docker --context over-ssh restart engt-web",)
    assert _started(pair["a"]) != a0 and _started(pair["b"]) == b0  # s is the first engine over ssh
    ps = say(g, "ps -a on over-ssh")
    a_id = pair["a"].api.inspect_container("engt-web")["Id"][:12]
    assert a_id in {row[0] for row in ps.table.rows}
    out = say(g, "docker --context over-ssh exec engt-web cat /mark")
    assert out.status == "done" and "mark-a" in (out.code or "")


# ----------------------------------------------------------------------------- every engine, and which one


def test_restart_on_every_host_is_confirmed_then_runs_on_each(pair):
    g = Gorae(engines=engines("first", "second"))
    a0, b0 = _started(pair["a"]), _started(pair["b"])
    asked = say(g, "모든 서버에서 engt-web 재시작", yes=False)
    assert asked.status == "confirm" and asked.cli == ("docker --context first restart engt-web",
                                                       "docker --context second restart engt-web")
    assert _started(pair["a"]) == a0 and _started(pair["b"]) == b0  # nothing before the yes
    done = g.confirm(asked.pending, ACTOR, "terminal", yes=True)
    assert done.status == "done", done
    assert _started(pair["a"]) != a0 and _started(pair["b"]) != b0


def test_ps_on_all_hosts_is_one_table_with_an_engine_column(pair):
    reply = say(Gorae(engines=engines("first", "second")), "전체 서버 컨테이너 목록")
    assert reply.status == "done" and reply.table is not None
    assert reply.table.columns[0] == "ENGINE"
    names = reply.table.columns.index("NAMES")
    rows = {(r[0], r[names]) for r in reply.table.rows}
    assert {("first", "engt-web"), ("second", "engt-web")} <= rows


def test_a_name_on_both_engines_asks_which_and_runs_nothing(pair):
    g = Gorae(engines=engines("first", "second"))
    a0, b0 = _started(pair["a"]), _started(pair["b"])
    reply = say(g, "restart engt-web")
    assert reply.status == "question" and reply.choices == ("restart engt-web (first)", "restart engt-web (second)")
    assert _started(pair["a"]) == a0 and _started(pair["b"]) == b0
    chosen = say(g, reply.choices[1])  # the button: the asker's choice as a request of its own
    assert chosen.status == "done" and _started(pair["b"]) != b0 and _started(pair["a"]) == a0


def test_an_unknown_engine_changes_nothing(pair):
    a0, b0 = _started(pair["a"]), _started(pair["b"])
    reply = say(Gorae(engines=engines("first", "second")), "restart engt-web on prod-9")
    assert reply.status != "done" and "prod-9" in reply.headline and "first, second" in reply.headline
    assert _started(pair["a"]) == a0 and _started(pair["b"]) == b0


@pytest.mark.parametrize("prompt", ["root@second:~# ", "[deploy@second srv]$ ", "me@second.corp:/srv$ sudo "])
def test_a_pasted_prompt_runs_on_its_host(pair, prompt):
    """(lead27) a docker command pasted with the prompt of a known engine's host runs there, never on the default."""
    a0, b0 = _started(pair["a"]), _started(pair["b"])
    reply = say(Gorae(engines=engines("first", "second")), prompt + "docker restart engt-web")
    assert reply.status == "done" and reply.cli == ("docker --context second restart engt-web",), reply
    assert _started(pair["b"]) != b0 and _started(pair["a"]) == a0


def test_a_pasted_prompt_of_an_unknown_host_writes_nothing(pair):
    """(lead27) "root@prod-9:~# docker rm engt-web" with two engines and none named prod-9: it removed the default
    engine's container; now refused, the engine asked for — both containers are still there."""
    reply = say(Gorae(engines=engines("first", "second")), "root@prod-9:~# docker rm -f engt-web")
    assert reply.status != "done" and "prod-9" in reply.headline and "first, second" in reply.headline, reply
    assert exists(pair["a"], "container", "engt-web") and exists(pair["b"], "container", "engt-web")
    reads = say(Gorae(engines=engines("first", "second")), "root@prod-9:~# docker ps -a")
    assert reads.status == "done", reads  # a read: as before, on the default


# ----------------------------------------------------------------------------- a silent engine


class SilentSocket:
    """A unix socket that accepts and never answers (until `release`)."""

    def __init__(self) -> None:
        self.path = os.path.join(tempfile.mkdtemp(prefix="gorae-mute-"), f"{uuid.uuid4().hex[:8]}.sock")
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(self.path)
        self.server.listen(16)
        self.accepted = threading.Event()
        self.closed = False
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            if self.closed:  # released: nothing is held any more, and nothing listens
                conn.close()
                continue
            self.held.append(conn)
            self.accepted.set()

    def release(self) -> None:
        """Hang up every held connection and stop listening (later connections are refused)."""
        self.closed = True
        for c in self.held:
            c.close()
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the thread
        except OSError:
            pass
        self.server.close()
        if os.path.exists(self.path):
            os.unlink(self.path)


def test_a_silent_engine_answers_within_its_bound_and_blocks_no_other(client_b, monkeypatch):
    held, bounded = SilentSocket(), SilentSocket()
    try:
        def gorae() -> Gorae:
            return Gorae(engines=Engines({"second": EngineSpec("second", B_HOST, source="config"),
                                          "held": EngineSpec("held", f"unix://{held.path}", source="config"),
                                          "mute": EngineSpec("mute", f"unix://{bounded.path}", source="config")},
                                         "second"))

        # 1. a request to a silent engine is pending; another engine serves meanwhile
        monkeypatch.setattr(engine_mod, "ANSWER_TIMEOUT", 120.0)
        pending: list[Reply] = []
        t = threading.Thread(target=lambda: pending.append(say(gorae(), "ps on held")), daemon=True)
        t.start()
        assert held.accepted.wait(60)
        served = say(gorae(), "ps -a on second")
        assert served.status == "done" and served.table is not None
        assert t.is_alive() and not pending  # still waiting on the silent one (its bound is 120 s)
        held.release()
        t.join(60)
        assert pending and pending[0].status == "failed"

        # 2. with its bound, a silent engine answers one sentence naming it and the bound
        monkeypatch.setattr(engine_mod, "ANSWER_TIMEOUT", 1.0)
        reply = say(gorae(), "ps on mute")
        assert reply.status == "failed"
        assert reply.headline == text("engine.no_answer", "en", where=f"mute (unix://{bounded.path})", seconds=1)

        # 3. every engine at once: the others' rows, and the silent one said (a bound the real engine
        # keeps on a loaded machine too: with 1 s, a slow answer of the second engine read as a silence)
        monkeypatch.setattr(engine_mod, "ANSWER_TIMEOUT", 5.0)
        both = say(gorae(), "ps -a on all hosts")
        assert both.table is not None and {r[0] for r in both.table.rows} == {"second"}
        assert any("mute" in n for n in both.notes)
    finally:
        held.release()
        bounded.release()


# ----------------------------------------------------------------------------- alerts from every engine


def test_watch_follows_every_engine_and_labels_its_alerts(docker_client, client_b, tmp_path, monkeypatch):
    import io
    import time

    from bot.alerts.incidents import Thresholds, Tracker
    from bot.alerts.watch import TerminalSink, Watcher, WatchStore, watched_engines

    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"engines:\n  second: {B_HOST}\n")
    monkeypatch.setenv("GORAE_CONFIG", str(cfg))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path / "docker"))
    targets, down = watched_engines(timeout=30)
    assert [n for n, _ in targets] == ["default", "second"] and down == []
    out = io.StringIO()
    store = WatchStore(":memory:")
    watchers = [Watcher(c, Tracker(Thresholds(), engine=n), store, TerminalSink(c, out=out, label=True),
                        fresh_since=time.time() - 1).start() for n, c in targets]
    name = f"engt-die-{uuid.uuid4().hex[:6]}"
    try:
        for w in watchers:
            assert w.connected.wait(30)
        client_b.containers.run("alpine", ["sh", "-c", "echo bye; exit 3"], name=name, detach=True,
                                labels={"gorae.test": "engines"})
        deadline = time.monotonic() + 60
        while name not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.2)
        heads = [line for line in out.getvalue().splitlines() if name in line and not line.startswith(" ")]
        assert heads and all(line.startswith("[second] ") for line in heads), out.getvalue()
    finally:
        for w in watchers:
            w.stop()
        store.close()
        _rm(client_b, name)
        for _, c in targets:
            c.close()
