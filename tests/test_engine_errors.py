"""Real engine error payloads (Engine 20.10 and 26.1) -> the sentence the asker reads, ko and en.

tests/data/engine_errors.yaml holds what two real engines answered to the same failing
calls (captured by tests/capture_engine_errors.py: HTTP status, message, and the reads of
the engine's state that translate made right after). Here each payload is translated
offline, replaying those reads, and must give the same sentence on both engines; and the
wording alone (no state: the last resort) must still recognise the kind.
"""
from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

import pytest
import requests
import yaml
from docker import errors

from bot.engine.docker_errors import ContainerState, stream_error, translate
from bot.messages import text
from bot.model import Call, Msg

DATA = os.path.join(os.path.dirname(__file__), "data", "engine_errors.yaml")
with open(DATA, encoding="utf-8") as _f:
    PAYLOADS: list[dict[str, Any]] = yaml.safe_load(_f)["payloads"]

ENGINES = ("20.10", "26.1")

LONG = "cap-" + "a" * 300 + ":1"  # tag_name_too_long's new name

# case -> (key, English, Korean): the same sentence whichever engine answered.
EXPECTED: dict[str, tuple[str, str, str]] = {
    "remove_running": (
        "err.remove_running",
        "Container `cap-run` is running, so it cannot be removed; stop it first (`stop cap-run`) or force it "
        "(`docker rm -f cap-run`).",
        "`cap-run` 컨테이너가 실행 중이라 삭제할 수 없습니다. 먼저 중지하거나(`cap-run 중지`) 강제 삭제해 주세요(`cap-run 강제 삭제`)."),
    "remove_paused": (
        "err.remove_paused",
        "Container `cap-paused` is paused, so it cannot be removed; unpause it first (`docker unpause cap-paused`) "
        "or force it (`docker rm -f cap-paused`).",
        "`cap-paused` 컨테이너가 일시 정지 상태라 삭제할 수 없습니다. 먼저 재개하거나(`docker unpause cap-paused`) "
        "강제 삭제해 주세요(`cap-paused 강제 삭제`)."),
    "name_in_use": (
        "err.name_in_use",
        "A container named `cap-name` already exists; use another name (for example `cap-name-2`) or remove the old "
        "one first (`docker rm cap-name`).",
        "`cap-name` 이름의 컨테이너가 이미 있습니다. 다른 이름(예: `cap-name-2`)을 쓰거나 기존 컨테이너를 먼저 "
        "삭제해 주세요(`docker rm cap-name`)."),
    "pause_paused": (
        "err.already_paused",
        "Container `cap-paused` is already paused; to resume it, ask for `docker unpause cap-paused`.",
        "`cap-paused` 컨테이너는 이미 일시 정지되어 있습니다. 재개하려면 `docker unpause cap-paused`을 요청해 주세요."),
    "pause_created": (
        "err.not_running",
        "Container `cap-created` is not running; start it first (`start cap-created`).",
        "`cap-created` 컨테이너가 실행 중이 아닙니다. 먼저 시작해 주세요(`cap-created 시작`)."),
    "unpause_running": (
        "err.not_paused",
        "Container `cap-run` is not paused, so nothing changed; check its state with `docker ps -a`.",
        "`cap-run` 컨테이너는 일시 정지 상태가 아니라 바꾼 것이 없습니다. 상태는 `docker ps -a`로 확인해 주세요."),
    "exec_created": (
        "err.not_running",
        "Container `cap-created` is not running; start it first (`start cap-created`).",
        "`cap-created` 컨테이너가 실행 중이 아닙니다. 먼저 시작해 주세요(`cap-created 시작`)."),
    "exec_paused": (
        "err.paused",
        "Container `cap-paused` is paused; unpause it first (`docker unpause cap-paused`).",
        "`cap-paused` 컨테이너가 일시 정지 상태입니다. 먼저 재개해 주세요(`docker unpause cap-paused`)."),
    "kill_created": (
        "err.not_running",
        "Container `cap-created` is not running; start it first (`start cap-created`).",
        "`cap-created` 컨테이너가 실행 중이 아닙니다. 먼저 시작해 주세요(`cap-created 시작`)."),
    "image_in_use": (
        "err.image_in_use_by",
        "Image `cap-image:latest` is in use (containers: cap-user), so it cannot be removed; remove those "
        "containers first or force it (`docker rmi -f cap-image:latest`).",
        "`cap-image:latest` 이미지를 쓰는 컨테이너(cap-user)가 있어 삭제할 수 없습니다. 그 컨테이너를 먼저 "
        "삭제하거나 강제 삭제(`docker rmi -f cap-image:latest`)해 주세요."),
    "volume_in_use": (
        "err.volume_in_use_by",
        "Volume `cap-vol` is in use (containers: cap-vol-user), so it cannot be removed; remove those containers first.",
        "`cap-vol` 볼륨을 쓰는 컨테이너(cap-vol-user)가 있어 삭제할 수 없습니다. 그 컨테이너를 먼저 삭제해 주세요."),
    "network_in_use": (
        "err.network_in_use_by",
        "Network `cap-net` still has containers attached (cap-member), so it cannot be removed; disconnect them "
        "first (`docker network disconnect cap-net CONTAINER`).",
        "`cap-net` 네트워크에 연결된 컨테이너(cap-member)가 있어 삭제할 수 없습니다. 먼저 연결을 끊어 주세요"
        "(`docker network disconnect cap-net 컨테이너`)."),
    "network_predefined": (
        "err.network_predefined",
        "`bridge` is one of Docker's built-in networks and cannot be removed; only networks you created can be "
        "(`docker network ls`).",
        "`bridge`은(는) Docker에 기본으로 있는 네트워크라 삭제할 수 없습니다. 직접 만든 네트워크만 삭제할 수 "
        "있습니다(`docker network ls`)."),
    "network_exists": (
        "err.network_exists",
        "A network named `cap-net` already exists; use another name or use that one.",
        "`cap-net` 네트워크가 이미 있습니다. 다른 이름을 쓰거나 그대로 사용해 주세요."),
    "already_connected": (
        "err.already_connected",
        "Container `cap-member` is already connected to network `cap-net`, so nothing changed.",
        "`cap-member` 컨테이너는 이미 `cap-net` 네트워크에 연결되어 있어 바꾼 것이 없습니다."),
    "not_connected": (
        "err.not_connected",
        "Container `cap-member` is not connected to network `cap-net`, so nothing changed.",
        "`cap-member` 컨테이너는 `cap-net` 네트워크에 연결되어 있지 않아 바꾼 것이 없습니다."),
    "no_such_container": (
        "err.no_such_container",
        "There is no container named `cap-nosuch`; check the name with `docker ps -a`.",
        "`cap-nosuch` 컨테이너가 없습니다. `docker ps -a`로 이름을 확인해 주세요."),
    "connect_no_such_container": (
        "err.no_such_container",
        "There is no container named `cap-nosuch`; check the name with `docker ps -a`.",
        "`cap-nosuch` 컨테이너가 없습니다. `docker ps -a`로 이름을 확인해 주세요."),
    "no_such_image": (
        "err.no_such_image",
        "There is no image `cap-nosuch:1` on this engine; pull it first with `docker pull cap-nosuch:1`.",
        "`cap-nosuch:1` 이미지가 이 엔진에 없습니다. 먼저 `docker pull cap-nosuch:1`으로 받아 주세요."),
    "no_such_volume": (
        "err.no_such_volume",
        "There is no volume named `cap-nosuch`; check the name with `docker volume ls`.",
        "`cap-nosuch` 볼륨이 없습니다. `docker volume ls`로 이름을 확인해 주세요."),
    "no_such_network": (
        "err.no_such_network",
        "There is no network named `cap-nosuch`; check the name with `docker network ls`.",
        "`cap-nosuch` 네트워크가 없습니다. `docker network ls`로 이름을 확인해 주세요."),
    "connect_no_such_network": (
        "err.no_such_network",
        "There is no network named `cap-nosuchnet`; check the name with `docker network ls`.",
        "`cap-nosuchnet` 네트워크가 없습니다. `docker network ls`로 이름을 확인해 주세요."),
    "run_no_such_network": (
        "err.no_such_network",
        "There is no network named `cap-nosuchnet`; check the name with `docker network ls`.",
        "`cap-nosuchnet` 네트워크가 없습니다. `docker network ls`로 이름을 확인해 주세요."),
    "command_not_found": (
        "err.command_not_found",
        "Could not start: there is no `cap-nosuch-cmd` command in image `alpine`; check the command name "
        "(for example `sh -c '…'`).",
        "`cap-nosuch-cmd` 명령을 `alpine` 이미지 안에서 찾을 수 없어 시작하지 못했습니다. 명령 이름을 확인해 "
        "주세요(예: `sh -c '…'`)."),
    "invalid_reference": (
        "err.invalid_reference",
        "`Cap-Bad!` is not a valid image name; write it like `nginx` or `nginx:1.25`.",
        "`Cap-Bad!`은(는) 올바른 이미지 이름이 아닙니다. `nginx`나 `nginx:1.25`처럼 적어 주세요."),
    "pull_not_in_registry": (
        "err.not_in_registry",
        "The registry has no image `127.0.0.1:5000/library/cap-nosuch:latest`; check the image name and tag.",
        "레지스트리에 `127.0.0.1:5000/library/cap-nosuch:latest` 이미지가 없습니다. 이미지 이름과 태그를 확인해 주세요."),
    # `docker tag`: the source gone between the plan and the call; a new name the engine refuses (the new name is
    # named, never the source: upper case, a tag with a space, a name over 255 characters)
    "tag_no_such_image": (
        "err.no_such_image",
        "There is no image `cap-nosuch:1` on this engine; pull it first with `docker pull cap-nosuch:1`.",
        "`cap-nosuch:1` 이미지가 이 엔진에 없습니다. 먼저 `docker pull cap-nosuch:1`으로 받아 주세요."),
    "tag_invalid_reference": (
        "err.tag_invalid",
        "`Cap-Bad:1` cannot name an image, so `cap-image:latest` was not tagged; write it like `nginx:prod` (a "
        "lowercase name of up to 255 characters, a tag of letters, digits, `_`, `.` and `-`, up to 128).",
        "`Cap-Bad:1`은(는) 이미지 태그로 쓸 수 없어 `cap-image:latest`에 태그를 달지 않았습니다. `nginx:prod`처럼 적어 "
        "주세요(이름은 소문자로 255자까지, 태그는 영문·숫자·`_`·`.`·`-`로 128자까지)."),
    "tag_invalid_tag": (
        "err.tag_invalid",
        "`cap-image:bad tag` cannot name an image, so `cap-image:latest` was not tagged; write it like `nginx:prod` "
        "(a lowercase name of up to 255 characters, a tag of letters, digits, `_`, `.` and `-`, up to 128).",
        "`cap-image:bad tag`은(는) 이미지 태그로 쓸 수 없어 `cap-image:latest`에 태그를 달지 않았습니다. "
        "`nginx:prod`처럼 적어 주세요(이름은 소문자로 255자까지, 태그는 영문·숫자·`_`·`.`·`-`로 128자까지)."),
    "tag_name_too_long": (
        "err.tag_invalid",
        f"`{LONG}` cannot name an image, so `cap-image:latest` was not tagged; write it like `nginx:prod` "
        "(a lowercase name of up to 255 characters, a tag of letters, digits, `_`, `.` and `-`, up to 128).",
        f"`{LONG}`은(는) 이미지 태그로 쓸 수 없어 `cap-image:latest`에 태그를 달지 않았습니다. "
        "`nginx:prod`처럼 적어 주세요(이름은 소문자로 255자까지, 태그는 영문·숫자·`_`·`.`·`-`로 128자까지)."),
    # an unknown wording: the engine's own message, quoted, and where to look next
    "unknown_network_driver": (
        "err.engine_said",
        "The Docker engine refused the request (HTTP 404): “plugin \"cap-nosuch-driver\" not found”. "
        "Check the state with `docker network ls` and ask again.",
        "Docker 엔진이 요청을 거절했습니다(HTTP 404): “plugin \"cap-nosuch-driver\" not found”. "
        "`docker network ls`로 상태를 확인한 뒤 다시 요청해 주세요."),
}
PORT_CASES = ("port_taken_by_container", "port_taken_by_process")  # the port differs per capture

# Without a state read (the last resort: wording only) these give the general kind, without names.
WORDING_ONLY = {"image_in_use": "err.image_in_use", "volume_in_use": "err.volume_in_use",
                "network_in_use": "err.network_in_use"}


class Replay:
    """An EngineState answering exactly what the real engine answered at capture time."""

    def __init__(self, reads: list[list[Any]]) -> None:
        self.reads = {(method, arg): answer for method, arg, answer in reads}

    def _answer(self, method: str, arg: str) -> Any:
        if (method, arg) not in self.reads:
            raise AssertionError(f"translate asked {method}({arg!r}), not read at capture time: "
                                 "rerun tests/capture_engine_errors.py on both engines")
        return self.reads[(method, arg)]

    def container(self, ref: str) -> ContainerState | None:
        found = self._answer("container", ref)
        return ContainerState(**found) if found else None

    def image_users(self, ref: str) -> tuple[str, ...]:
        return tuple(self._answer("image_users", ref))

    def volume_users(self, name: str) -> tuple[str, ...]:
        return tuple(self._answer("volume_users", name))

    def network_members(self, ref: str) -> tuple[str, ...] | None:
        found = self._answer("network_members", ref)
        return None if found is None else tuple(found)

    def published_ports(self) -> frozenset[int]:
        return frozenset(self._answer("published_ports", ""))


def _call(entry: dict[str, Any]) -> Call:
    c = entry["call"]
    kwargs = dict(c["kwargs"])
    if "ports" in kwargs:  # YAML keeps ("127.0.0.1", port) as a list
        kwargs["ports"] = {k: tuple(v) if isinstance(v, list) else v for k, v in kwargs["ports"].items()}
    return Call.of(c["op"], c["target"], **kwargs)


def _error(entry: dict[str, Any]) -> errors.APIError:
    resp = requests.Response()
    resp.status_code = entry["status"]
    return errors.APIError(entry["message"], response=resp, explanation=entry["message"])


def _translate(entry: dict[str, Any], *, with_state: bool = True) -> Msg:
    call = _call(entry)
    if "stream_error" in entry:
        msg = stream_error(entry["stream_error"], call)
        assert msg is not None
        return msg
    return translate(_error(entry), call, state=Replay(entry["reads"]) if with_state else None)


def _id(entry: dict[str, Any]) -> str:
    return f"{entry['case']}-{'.'.join(entry['engine'].split('.')[:2])}"


def test_every_case_was_captured_on_both_engines():
    seen = defaultdict(set)
    for entry in PAYLOADS:
        seen[entry["case"]].add(".".join(entry["engine"].split(".")[:2]))
    assert set(seen) == set(EXPECTED) | set(PORT_CASES)
    for case, engines in seen.items():
        assert engines == set(ENGINES), f"{case}: captured on {sorted(engines)}"


@pytest.mark.parametrize("entry", [e for e in PAYLOADS if e["case"] in EXPECTED], ids=_id)
def test_payload_to_sentence(entry):
    key, en, ko = EXPECTED[entry["case"]]
    msg = _translate(entry)
    assert msg.key == key, entry["message"] if "message" in entry else entry["stream_error"]
    assert text(msg, "en") == en
    assert text(msg, "ko") == ko


@pytest.mark.parametrize("entry", [e for e in PAYLOADS if e["case"] in PORT_CASES], ids=_id)
def test_port_taken_names_the_port_asked_for(entry):
    msg = _translate(entry)
    (_host_ip, port), = _call(entry).kw()["ports"].values()
    assert msg.key == "err.port_allocated" and msg.kw()["port"] == port
    assert msg.kw()["suggest"] != port
    assert text(msg, "en").startswith(f"Host port {port} is already in use; ask again with another port")
    assert text(msg, "ko").startswith(f"호스트 포트 {port}번은 이미 사용 중입니다.")


@pytest.mark.parametrize("entry", [e for e in PAYLOADS if "status" in e], ids=_id)
def test_wording_alone_still_recognises_the_kind(entry):
    """The last resort, for when the state cannot be read: every wording of both engines."""
    case = entry["case"]
    want = WORDING_ONLY.get(case) or ("err.port_allocated" if case in PORT_CASES else EXPECTED[case][0])
    assert _translate(entry, with_state=False).key == want, entry["message"]


def test_the_state_decides_not_the_wording():
    """A refusal in a wording no engine ever used is still read from the state."""
    entry = next(e for e in PAYLOADS if e["case"] == "remove_running" and e["engine"].startswith("26.1"))
    odd = dict(entry, message="Das Entfernen ist nicht möglich")
    assert _translate(odd).key == "err.remove_running"
    assert _translate(odd, with_state=False).key == "err.engine_said"


def test_a_refusal_the_state_does_not_explain_quotes_the_engine():
    """remove refused, yet the fresh read says the container is stopped: no guess, the engine's words."""
    entry = next(e for e in PAYLOADS if e["case"] == "remove_running" and e["engine"].startswith("20.10"))
    stopped = [[m, a, dict(v, status="exited") if m == "container" else v] for m, a, v in entry["reads"]]
    odd = dict(entry, message="removal of container cap-run is already in progress", reads=stopped)
    msg = _translate(odd)
    assert msg.key == "err.engine_said" and msg.kw()["check"] == "docker ps -a" and msg.kw()["status"] == 409
    assert "“removal of container cap-run is already in progress”" in text(msg, "en")
    assert "“removal of container cap-run is already in progress”" in text(msg, "ko")
