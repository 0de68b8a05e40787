"""bot/engine/execute_run.py without an engine: run/create (auto-pull), pull and push through the real
docker SDK against canned Engine API answers (tests/fake_docker.py, payloads as dockerd 20.10 sends
them), and the stream readers on a local socket pair. What was asked of the engine is checked.

Attached runs (attach, wait, exit code) and everything else against the real engine:
tests/test_execute.py; the create request equal to the SDK's public one: tests/test_execute_units.py.
"""
from __future__ import annotations

import socket
import time
from pathlib import Path

import docker.errors
import pytest
from fake_docker import FakeEngine, Stream, fake_client

from bot.engine import execute_run
from bot.engine.context import Ctx
from bot.engine.execute_run import (
    LayerProgress,
    TailBuffer,
    close_stream,
    pull_image,
    push_image,
    read_stream,
    run_container,
    symlinked_bind,
)
from bot.model import Call, Msg

CID = "4f" * 32
DIGEST = "sha256:" + "9e" * 32
GONE = "0001-01-01T00:00:00Z"


def ctx_of(engine: FakeEngine, lines: list[str] | None = None, lang: str = "en") -> Ctx:
    return Ctx(fake_client(engine), (lines if lines is not None else []).append, lang)


@pytest.fixture(autouse=True)
def completions_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress lines only when a layer completes (never by the clock), so that they are exact."""
    monkeypatch.setattr(execute_run, "PROGRESS_EVERY", float("inf"))


def pull_stream(tag: str = "1.25") -> Stream:
    return Stream([
        {"status": "Pulling from library/nginx", "id": tag},
        {"status": "Pulling fs layer", "progressDetail": {}, "id": "a2abf6c4d29d"},
        {"status": "Pulling fs layer", "progressDetail": {}, "id": "a9edb18cadd1"},
        {"status": "Downloading", "progressDetail": {"current": 1_000_000, "total": 31_357_311},
         "progress": "[=>      ]      1MB/31.36MB", "id": "a2abf6c4d29d"},
        {"status": "Downloading", "progressDetail": {"current": 25_350_007, "total": 25_350_007}, "id": "a9edb18cadd1"},
        {"status": "Download complete", "progressDetail": {}, "id": "a9edb18cadd1"},
        {"status": "Pull complete", "progressDetail": {}, "id": "a9edb18cadd1"},
        {"status": "Downloading", "progressDetail": {"current": 31_357_311, "total": 31_357_311}, "id": "a2abf6c4d29d"},
        {"status": "Pull complete", "progressDetail": {}, "id": "a2abf6c4d29d"},
        {"status": f"Digest: {DIGEST}"},
        {"status": f"Status: Downloaded newer image for nginx:{tag}"},
    ])


# --------------------------------------------------------------------------- pull / push


def test_pull_streams_layer_progress_and_names_the_image_pulled() -> None:
    engine = FakeEngine().on("POST", r"/images/create", 200, pull_stream())
    engine.on("GET", r"/images/nginx:1.25/json", 200, {"Id": DIGEST, "RepoTags": ["nginx:1.25"]})
    lines: list[str] = []
    out = pull_image(Call.of("images.pull", None, repository="nginx", tag="1.25"), ctx_of(engine, lines))
    assert out.ok and out.message == Msg.of("done.pull", image="nginx:1.25", id="9e" * 6)
    assert engine.asked("POST", "/images/create") == [({"fromImage": ["nginx"], "tag": ["1.25"]}, None)]
    assert lines == ["Pulling `nginx:1.25`: 1/2 layers, 26.4MB/56.7MB",
                     "Pulling `nginx:1.25`: 2/2 layers, 56.7MB/56.7MB"]


def test_pull_without_a_tag_pulls_latest_and_in_korean() -> None:
    engine = FakeEngine().on("POST", r"/images/create", 200, pull_stream("latest"))
    engine.on("GET", r"/images/nginx:latest/json", 200, {"Id": DIGEST})
    lines: list[str] = []
    out = pull_image(Call.of("images.pull", "nginx"), ctx_of(engine, lines, "ko"))
    assert out.ok and out.message == Msg.of("done.pull", image="nginx:latest", id="9e" * 6)
    assert engine.asked("POST", "/images/create")[0][0] == {"fromImage": ["nginx"], "tag": ["latest"]}
    assert lines[-1] == "`nginx:latest` 받는 중: 레이어 2/2, 56.7MB/56.7MB"


def test_an_error_inside_the_pull_stream_is_the_outcome() -> None:
    """The engine answers 200 and says the error in the stream (pull never raises on it)."""
    said = "manifest for nginx:nope not found: manifest unknown: manifest unknown"
    engine = FakeEngine().on("POST", r"/images/create", 200, Stream([
        {"status": "Pulling from library/nginx", "id": "nope"},
        {"errorDetail": {"message": said}, "error": said},
    ]))
    out = pull_image(Call.of("images.pull", None, repository="nginx", tag="nope"), ctx_of(engine))
    assert not out.ok and out.message == Msg.of("err.not_in_registry", image="nginx:nope")
    assert not engine.asked("GET", "/images/nginx:nope/json")  # nothing looked up after the error


def test_push_streams_progress_and_says_what_was_pushed() -> None:
    engine = FakeEngine().on("POST", r"/images/127.0.0.1:5000/team/app/push", 200, Stream([
        {"status": "The push refers to repository [127.0.0.1:5000/team/app]"},
        {"status": "Preparing", "progressDetail": {}, "id": "5f70bf18a086"},
        {"status": "Pushing", "progressDetail": {"current": 512, "total": 1024}, "id": "5f70bf18a086"},
        {"status": "Pushed", "progressDetail": {}, "id": "5f70bf18a086"},
        {"status": "Layer already exists", "progressDetail": {}, "id": "e2eb06d8af82"},
        {"status": f"1: digest: {DIGEST} size: 528"},
    ]))
    lines: list[str] = []
    out = push_image(Call.of("images.push", None, repository="127.0.0.1:5000/team/app", tag="1"),
                     ctx_of(engine, lines))
    assert out.ok and out.message == Msg.of("done.push", image="127.0.0.1:5000/team/app:1")
    assert engine.asked("POST", "/images/127.0.0.1:5000/team/app/push")[0][0] == {"tag": ["1"]}
    assert lines == ["Pushing `127.0.0.1:5000/team/app:1`: 1/1 layers",
                     "Pushing `127.0.0.1:5000/team/app:1`: 2/2 layers"]


def test_layer_progress_ignores_lines_that_are_not_layers() -> None:
    lines: list[str] = []
    tracker = LayerProgress(Ctx(None, lines.append), "nginx:1.25", "progress.pull")
    for item in ({"status": "Pulling from library/nginx", "id": "1.25"}, {"status": f"Digest: {DIGEST}"},
                 {"status": "Status: Image is up to date for nginx:1.25"}, {"status": "Waiting"}):
        tracker.feed(item)
    assert tracker.layers == {} and lines == []
    tracker.feed({"status": "Already exists", "progressDetail": {}, "id": "a2abf6c4d29d"})
    tracker.feed({"status": "Already exists", "progressDetail": {}, "id": "a2abf6c4d29d"})  # said once
    assert lines == ["Pulling `nginx:1.25`: 1/1 layers, -"]


# --------------------------------------------------------------------------- run / create


def created(engine: FakeEngine) -> dict:
    [(_, body)] = engine.asked("POST", "/containers/create")
    return body


def test_run_detached_creates_starts_and_reports_the_published_ports() -> None:
    engine = FakeEngine().on("POST", r"/containers/create", 201, {"Id": CID, "Warnings": []})
    engine.on("POST", rf"/containers/{CID}/start", 204)
    engine.on("GET", rf"/containers/{CID}/json", 200, {"Id": CID, "Name": "/web2", "NetworkSettings": {
        "Ports": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}}})
    call = Call.of("containers.run", None, image="nginx:1.25", name="web2", detach=True,
                   ports={"80/tcp": ("127.0.0.1", 8080)}, environment=["MODE=prod"], labels={})
    out = run_container(call, ctx_of(engine))
    assert out.ok and out.message == Msg.of("done.run_ports", name="web2", id="4f" * 6, ports="127.0.0.1:8080->80/tcp")
    body = created(engine)
    assert body["Image"] == "nginx:1.25" and body["Env"] == ["MODE=prod"] and "Labels" not in body  # {}: not sent
    assert body["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}
    assert engine.asked("POST", f"/containers/{CID}/start") == [({}, None)]
    assert engine.asked("POST", "/containers/create")[0][0] == {"name": ["web2"]}


def test_run_without_ports_and_gone_already_with_rm() -> None:
    engine = FakeEngine().on("POST", r"/containers/create", 201, {"Id": CID})
    engine.on("POST", rf"/containers/{CID}/start", 204)
    engine.on("GET", rf"/containers/{CID}/json", 404, {"message": f"No such container: {CID}"})
    out = run_container(Call.of("containers.run", None, image="alpine", command=["true"], auto_remove=True),
                        ctx_of(engine))
    assert out.ok and out.message == Msg.of("done.run", name="4f" * 6, id="4f" * 6)
    assert created(engine)["HostConfig"]["AutoRemove"] is True


def test_create_only_creates_and_names_the_container() -> None:
    engine = FakeEngine().on("POST", r"/containers/create", 201, {"Id": CID})
    engine.on("GET", rf"/containers/{CID}/json", 200, {"Id": CID, "Name": "/job"})
    out = run_container(Call.of("containers.create", None, image="alpine", name="job", command=["sleep", "60"],
                                expose=[80, "53/udp"], stop_timeout=5, anonymous_volumes=["/data"]), ctx_of(engine))
    assert out.ok and out.message == Msg.of("done.create", name="job", id="4f" * 6)
    assert not engine.asked("POST", f"/containers/{CID}/start")
    body = created(engine)
    assert body["ExposedPorts"] == {"80/tcp": {}, "53/udp": {}}  # --expose: declared, not published
    assert body["StopTimeout"] == 5 and body["Volumes"] == {"/data": {}} and body["Cmd"] == ["sleep", "60"]


def test_a_missing_image_is_pulled_then_the_container_created() -> None:
    tries = []

    def create(_m, _q, _body):
        tries.append(1)
        return (404, {"message": "No such image: nginx:1.25"}) if len(tries) == 1 else (201, {"Id": CID})

    engine = FakeEngine().on("POST", r"/containers/create", create)
    engine.on("POST", r"/images/create", 200, pull_stream())
    engine.on("POST", rf"/containers/{CID}/start", 204)
    engine.on("GET", rf"/containers/{CID}/json", 200, {"Id": CID, "Name": "/web2"})
    lines: list[str] = []
    out = run_container(Call.of("containers.run", None, image="nginx:1.25", name="web2", detach=True),
                        ctx_of(engine, lines))
    assert out.ok and out.message == Msg.of("done.run", name="web2", id="4f" * 6)
    assert len(tries) == 2 and engine.asked("POST", "/images/create")[0][0] == {"fromImage": ["nginx"], "tag": ["1.25"]}
    assert lines[0] == "Image `nginx:1.25` is not here; pulling it…" and lines[-1].endswith("2/2 layers, 56.7MB/56.7MB")


def test_a_missing_image_that_cannot_be_pulled_creates_nothing() -> None:
    engine = FakeEngine().on("POST", r"/containers/create", 404, {"message": "No such image: nginx:nope"})
    engine.on("POST", r"/images/create", 200, Stream([
        {"errorDetail": {"message": "manifest for nginx:nope not found"}, "error": "manifest for nginx:nope not found"}]))
    out = run_container(Call.of("containers.run", None, image="nginx:nope", detach=True), ctx_of(engine))
    assert not out.ok and out.message == Msg.of("err.not_in_registry", image="nginx:nope")
    assert len(engine.asked("POST", "/containers/create")) == 1


def test_a_container_that_fails_to_start_is_removed_and_the_error_raised() -> None:
    engine = FakeEngine().on("POST", r"/containers/create", 201, {"Id": CID})
    engine.on("POST", rf"/containers/{CID}/start", 500, {
        "message": "driver failed programming external connectivity: Bind for 127.0.0.1:8080 failed: port is already allocated"})
    engine.on("DELETE", rf"/containers/{CID}", 204)
    with pytest.raises(docker.errors.APIError, match="port is already allocated"):
        run_container(Call.of("containers.run", None, image="nginx", detach=True, ports={"80/tcp": ("127.0.0.1", 8080)}),
                      ctx_of(engine))
    assert engine.asked("DELETE", f"/containers/{CID}") == [({"force": ["True"], "v": ["False"], "link": ["False"]}, None)]


def test_a_bind_through_a_symlink_is_refused_before_anything_is_created(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    engine = FakeEngine()
    out = run_container(Call.of("containers.run", None, image="alpine", detach=True,
                                volumes=[f"{tmp_path}/link/sub:/data"]), ctx_of(engine))
    assert out.message == Msg.of("err.bind_symlink", path=f"{tmp_path}/link/sub", real=f"{tmp_path}/real/sub")
    assert not out.ok and engine.requests == []


def test_symlinked_bind_looks_only_at_host_paths_on_a_local_engine(tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to("/")
    local = ctx_of(FakeEngine())
    assert symlinked_bind([str(tmp_path / "link")], local) == (str(tmp_path / "link"), "/")
    assert symlinked_bind({str(tmp_path): {"bind": "/x"}}, local) is None  # its own real path
    assert symlinked_bind(["pgdata", "./rel"], local) is None  # volume names (and not host paths)
    remote = Ctx(docker.DockerClient(base_url="tcp://127.0.0.1:1", version="1.41"), lambda _l: None)
    assert symlinked_bind([str(tmp_path / "link")], remote) is None  # its files are not ours to see


# --------------------------------------------------------------------------- output of an attached run


def test_the_tail_buffer_keeps_the_last_bytes_and_says_it_cut() -> None:
    buf = TailBuffer(limit=10)
    buf.write(b"0123456789")
    assert buf.text() == "0123456789" and buf.dropped == 0 and buf.note() == ()
    buf.write(b"abcdefghijklm")
    assert buf.text() == "defghijklm" and buf.dropped == 13
    assert buf.note() == (Msg.of("note.output_cut", size="10B"),)
    buf.write(b"\xec\x9e\xac\xec\x8b")  # a character cut in two at the end
    assert buf.text().endswith("재\ufffd") and len(buf._buf) <= 20


def frame(stream: int, data: bytes) -> bytes:
    return bytes([stream, 0, 0, 0]) + len(data).to_bytes(4, "big") + data


def test_read_stream_demultiplexes_stdout_and_stderr_in_order() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        payload = frame(1, b"hello\n") + frame(2, b"warn: x\n") + frame(1, b"bye\n")
        theirs.sendall(payload[:5])  # a frame split across reads
        theirs.sendall(payload[5:])
        theirs.shutdown(socket.SHUT_WR)
        out = TailBuffer()
        assert read_stream(ours, time.monotonic() + 60, out) is True
    assert out.text() == "hello\nwarn: x\nbye\n"


def test_read_stream_with_a_tty_keeps_the_bytes_as_they_come() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(b"\x01\x00raw tty\r\n")
        theirs.shutdown(socket.SHUT_WR)
        out = TailBuffer()
        assert read_stream(ours, time.monotonic() + 60, out, tty=True) is True
    assert out.text() == "\x01\x00raw tty\r\n"


def test_read_stream_past_its_deadline_reads_nothing_and_says_so() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(frame(1, b"late\n"))
        out = TailBuffer()
        assert read_stream(ours, time.monotonic() - 1, out) is False
    assert out.text() == ""


def test_close_stream_closes_the_socket_and_its_response_and_never_raises() -> None:
    closed: list[str] = []

    class Response:
        def close(self) -> None:
            closed.append("response")

    class Sock:
        _response = Response()

        def close(self) -> None:
            closed.append("socket")
            raise OSError("already closed")

    close_stream(Sock())
    assert closed == ["socket", "response"]
