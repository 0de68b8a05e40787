"""Issue 9, "Nothing hangs, nothing is dropped, nothing is left behind" (all but Slack).

- an engine that accepts and never answers: one sentence, in seconds (a real unix-socket
  server that accepts and holds the connection), the client kept and used again;
- exec bounded by the run limit, output in a bounded buffer; logs read a bounded tail;
- restart sends no `t` unless given (seen on the wire by a recording proxy to the real
  engine); a stop longer than the HTTP timeout is waited for;
- an attached `run --rm` survives `kill -9` of gorae (the engine's AutoRemove);
- `gorae explain` on stdin survives a closed pipe and invalid UTF-8.

No timing assertions: each test asserts what was said and what the engine holds afterwards.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from bot.engine import view as engine
from bot.engine.execute import LOGS_TAIL, execute
from bot.messages import text
from bot.model import Actor, Call, Command, Msg, Plan, Request, VerbClass
from bot.pipeline import Gorae

pytestmark = pytest.mark.all_engines  # the engine tests run on Engine 20.10 and 26.1 (conftest.ENGINES)

PROJECT = Path(__file__).resolve().parent.parent
IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]


def uid() -> str:
    return "gl-" + uuid.uuid4().hex[:8]


def plan(*calls: Call) -> Plan:
    return Plan(command=Command(lang="en"), calls=calls, cli=("docker x",), verb="x", verb_class=VerbClass.OPERATE)


def req(text_: str) -> Request:
    return Request(text=text_, actor=Actor(user="local:t", local=True), channel="terminal", source="cli")


class EngineStandIn:
    """A unix socket in front of the real engine at `upstream` (a unix:// host). mode "hold":
    accept and never answer; "pass": forward both ways to the engine, recording each request's
    first line."""

    def __init__(self, path: Path, mode: str = "hold", upstream: str = "unix:///var/run/docker.sock") -> None:
        self.path, self.mode = str(path), mode
        self.upstream = upstream[len("unix://"):]
        self.requests: list[str] = []
        self._held: list[socket.socket] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(self.path)
        self._server.listen(64)
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def host(self) -> str:
        return "unix://" + self.path

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            if self.mode == "hold":
                self._held.append(conn)  # accepted, never answered
                continue
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(self.upstream)
            threading.Thread(target=self._pipe, args=(conn, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, conn, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, record: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if record:
                    for line in data.split(b"\r\n"):
                        if line[:5] in (b"GET /", b"POST ", b"DELET", b"PUT /", b"HEAD "):
                            self.requests.append(line.decode("latin-1"))
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self._stop = True
        self._server.close()
        for c in self._held:
            c.close()


@pytest.fixture
def quick_engine_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "ANSWER_TIMEOUT", 1.0)
    engine._silent_until.clear()
    yield
    engine._silent_until.clear()


@pytest.fixture
def silent_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_engine_timeout: None) -> Any:
    stand_in = EngineStandIn(tmp_path / "silent.sock", "hold")
    monkeypatch.setenv("DOCKER_HOST", stand_in.host)
    yield stand_in
    stand_in.close()


# ---------------------------------------------------------------------------- a silent engine


def test_silent_engine_gets_one_sentence(silent_engine: EngineStandIn) -> None:
    g = Gorae()
    reply = g.handle(req("docker ps"))
    assert reply.status == "failed"
    assert reply.headline == text(Msg.of("engine.no_answer", where=silent_engine.host, seconds=1), "en")
    assert reply.headline == f"The engine at {silent_engine.host} did not answer within 1 s; " \
                             "check whether it is stuck (`systemctl status docker`)."
    ko = g.handle(req("컨테이너 목록 보여줘"))
    assert ko.headline.startswith(f"Docker 엔진({silent_engine.host})이 1초 안에 응답하지 않았습니다")


def test_explain_without_an_engine_says_names_were_not_checked(silent_engine: EngineStandIn) -> None:
    ex = Gorae().explain("restart web")
    assert ex.unchecked is not None and ex.unchecked.key == "engine.no_answer"
    env = {**os.environ, "DOCKER_HOST": silent_engine.host, "GORAE_ENGINE_TIMEOUT": "1"}
    proc = subprocess.run([sys.executable, "-m", "bot", "explain", "--json", "restart web"], capture_output=True,
                          text=True, env=env, cwd=PROJECT, timeout=120)
    data = json.loads(proc.stdout)
    assert data["cli"] == ["docker restart web"]
    assert "names of containers and images were not checked" in data["unchecked"]
    assert "did not answer within 1 s" in data["unchecked"]


def test_nothing_listening_is_unreachable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          quick_engine_timeout: None) -> None:
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/none.sock")
    reply = Gorae().handle(req("docker ps"))
    assert reply.headline == text(Msg.of("engine.unreachable", where=f"unix://{tmp_path}/none.sock"), "en")


def test_client_is_kept_and_used_again_after_a_silence(docker_client: Any, engine: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       quick_engine_timeout: None) -> None:
    stand_in = EngineStandIn(tmp_path / "e.sock", "pass", engine.host)
    monkeypatch.setenv("DOCKER_HOST", stand_in.host)
    try:
        g = Gorae()
        assert g.handle(req("docker ps")).status == "done"
        client = g._client
        stand_in.mode = "hold"  # the engine stops answering
        reply = g.handle(req("docker ps"))
        assert reply.headline.startswith(f"The engine at {stand_in.host} did not answer within 1 s")
        assert g._client is client
        stand_in.mode = "pass"  # and comes back
        time.sleep(1.1)  # the silence is trusted for ANSWER_TIMEOUT seconds, then probed again
        reply = g.handle(req("docker ps"))
        assert reply.status == "done" and g._client is client
    finally:
        stand_in.close()


# ---------------------------------------------------------------------------- exec and logs


@pytest.fixture
def idle(docker_client: Any, world: Any, cleanup: Any) -> str:
    name = uid()
    c = docker_client.containers.run("alpine", IDLE, name=name, detach=True)
    cleanup.container(c)
    return name


def test_exec_past_the_limit_keeps_running_and_shows_output_so_far(docker_client: Any, idle: str) -> None:
    call = Call.of("container.exec", idle, cmd=["sh", "-c", "echo started; echo to-err >&2; sleep 40; echo late"])
    out = execute(plan(call), docker_client, attach_timeout=4)  # room for the first lines on a loaded machine
    assert not out.ok and out.message is not None and out.message.key == "err.exec_timeout"
    assert "started\n" in out.text and "to-err\n" in out.text and "late" not in out.text
    assert text(out.message, "en").startswith(f"The command in `{idle}` was still running after 4 s; "
                                              "the process keeps running in the container")
    assert "프로세스는 컨테이너 안에서 계속 실행 중입니다" in text(out.message, "ko")
    procs = docker_client.api.top(idle, ps_args="-o pid,args")["Processes"]
    assert any("sleep 40" in " ".join(p) for p in procs), procs  # still running in the container


def test_exec_output_is_a_bounded_tail(docker_client: Any, idle: str) -> None:
    # 3 MB of output: gorae keeps the last 1 MiB and says so
    call = Call.of("container.exec", idle, cmd=["sh", "-c", "yes 0123456789abcdef | head -c 3000000; echo; echo END"])
    out = execute(plan(call), docker_client)
    assert out.ok and out.exit_code == 0
    assert out.text.endswith("END\n") and len(out.text.encode()) <= 1 << 20
    assert [d.key for d in out.details] == ["note.output_cut"]


def test_logs_without_a_count_read_a_bounded_tail(docker_client: Any, world: Any, cleanup: Any) -> None:
    name = uid()
    cmd = ["sh", "-c", "i=0; while [ $i -lt 500 ]; do echo line$i; i=$((i+1)); done; " + IDLE[2]]
    cleanup.container(docker_client.containers.run("alpine", cmd, name=name, detach=True))
    deadline = time.monotonic() + 30
    while b"line499" not in docker_client.api.logs(name, tail=1) and time.monotonic() < deadline:
        time.sleep(0.1)
    out = execute(plan(Call.of("container.logs", name)), docker_client)
    lines = out.text.splitlines()
    assert len(lines) == LOGS_TAIL == 200 and lines[0] == "line300" and lines[-1] == "line499"
    assert out.message is not None and out.message.key == "done.logs_tail"
    assert "at most 200 when no count is given" in text(out.message, "en")
    out = execute(plan(Call.of("container.logs", name, tail=300)), docker_client)
    assert len(out.text.splitlines()) == 300 and out.message.key == "done.logs"


# ---------------------------------------------------------------------------- restart and stop


def test_restart_sends_no_t_unless_given(docker_client: Any, engine: Any, world: Any, cleanup: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, quick_engine_timeout: None) -> None:
    import docker

    name = uid()
    cleanup.container(docker_client.containers.run("alpine", IDLE, name=name, detach=True, stop_signal="TERM"))
    stand_in = EngineStandIn(tmp_path / "rec.sock", "pass", engine.host)
    monkeypatch.setenv("DOCKER_HOST", stand_in.host)
    client = docker.DockerClient(base_url=stand_in.host, version="1.41", timeout=30)
    try:
        before = docker_client.api.inspect_container(name)["State"]["StartedAt"]
        assert execute(plan(Call.of("container.restart", name)), client).ok
        assert execute(plan(Call.of("container.restart", name, timeout=3)), client).ok
    finally:
        client.close()
        stand_in.close()
    restarts = [r for r in stand_in.requests if "/restart" in r]
    assert len(restarts) == 2
    assert "t=" not in restarts[0]  # the container's own stop timeout applies, as with the docker CLI
    assert "t=3" in restarts[1]
    assert docker_client.api.inspect_container(name)["State"]["StartedAt"] != before


def test_a_stop_longer_than_the_http_timeout_is_waited_for(docker_client: Any, engine: Any, world: Any,
                                                           cleanup: Any) -> None:
    import docker

    name = uid()
    # ignores SIGTERM: the stop lasts the container's StopTimeout (3 s), longer than the client's 1 s
    stubborn = ["sh", "-c", "trap '' TERM; while :; do sleep 1; done"]
    made = docker_client.api.create_container("alpine", stubborn, name=name, stop_signal="TERM", stop_timeout=3)
    cleanup.container(made["Id"])
    docker_client.api.start(made["Id"])
    client = docker.DockerClient(base_url=engine.host, version="1.41", timeout=1)
    try:
        out = execute(plan(Call.of("container.stop", name)), client)
    finally:
        client.close()
    assert out.ok, out
    assert docker_client.api.inspect_container(name)["State"]["Status"] == "exited"


# ---------------------------------------------------------------------------- run --rm and kill -9


def test_attached_run_rm_survives_kill_9_of_gorae(docker_client: Any, world: Any, tmp_path: Path) -> None:
    from docker.errors import NotFound

    name = uid()
    env = {**os.environ, "GORAE_AUDIT": str(tmp_path / "audit.db"), "XDG_CONFIG_HOME": str(tmp_path),
           "HOME": str(tmp_path), "GORAE_POLICY": ""}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "say", f"docker run --rm --name {name} alpine sleep 4"],
                            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        running = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                running = docker_client.api.inspect_container(name)["State"]["Running"]
            except NotFound:
                running = False
            if running:
                break
            time.sleep(0.1)
        assert running, "the container never ran"
        assert docker_client.api.inspect_container(name)["HostConfig"]["AutoRemove"] is True
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
    deadline = time.monotonic() + 60
    gone = False
    while time.monotonic() < deadline and not gone:
        try:
            docker_client.api.inspect_container(name)
            time.sleep(0.2)
        except NotFound:
            gone = True
    assert gone, "the --rm container was left behind"
    again = docker_client.api.create_container("alpine", ["true"], name=name)  # the name is free again
    docker_client.api.remove_container(again["Id"], force=True)


def test_attached_run_rm_still_returns_output_and_exit_code(docker_client: Any, world: Any) -> None:
    from docker.errors import NotFound

    name = uid()
    out = execute(plan(Call.of("containers.run", image="alpine", name=name, detach=False, auto_remove=True,
                               command=["sh", "-c", "echo out; echo err >&2; exit 3"])), docker_client)
    assert out.ok and out.exit_code == 3 and "out\n" in out.text and "err\n" in out.text
    with pytest.raises(NotFound):
        docker_client.api.inspect_container(name)


# ---------------------------------------------------------------------------- explain on stdin


def test_explain_stdin_invalid_utf8_gives_json_for_every_line(tmp_path: Path, quick_engine_timeout: None) -> None:
    data = b"restart web\n\xff\xfe broken \xc3\nweb \xec\xa7 logs\n\n" + "web 재시작\n".encode()
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/none.sock"}
    proc = subprocess.run([sys.executable, "-m", "bot", "explain", "--json"], input=data, capture_output=True,
                          env=env, cwd=PROJECT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    answers = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(answers) == 5
    assert answers[0]["cli"] == ["docker restart web"] and answers[4]["cli"] == ["docker restart web"]
    assert "\ufffd" in answers[1]["text"] and not answers[1]["understood"]


def test_explain_stdin_survives_a_closed_pipe(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("restart web\n" * 5000)
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/none.sock"}
    with source.open("rb") as stdin:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "explain", "--json"], stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=PROJECT)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # the reader goes away, as `| head -1` does
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
    assert json.loads(first)["cli"] == ["docker restart web"]
    assert code == 0 and b"Traceback" not in err and b"BrokenPipe" not in err, err
