"""bot.engine.execute against the real engine: plans built by hand, the engine checked afterwards.

Every container, image, volume and network a test makes is named `gx-<random>`
and registered with `cleanup`. Error translations are reproduced for real and
the sentence is checked in Korean and in English.
"""
from __future__ import annotations

import json
import time
import urllib.request
import uuid
from typing import Any

from bot.engine.execute import execute, since_to_datetime
from bot.messages import text
from bot.model import Call, Command, Msg, Outcome, Plan, Target, VerbClass

IDLE = ["sh", "-c", "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"]
REGISTRY = "127.0.0.1:5000"


def uid() -> str:
    return "gx-" + uuid.uuid4().hex[:8]


def plan(*calls: Call, verb: str = "x", lang: str = "en", targets: tuple[Target, ...] = ()) -> Plan:
    return Plan(command=Command(lang=lang), calls=calls, cli=("docker " + verb,), verb=verb,
                verb_class=VerbClass.OPERATE, targets=targets)


def run(client: Any, *calls: Call, **kw: Any) -> Outcome:
    return execute(plan(*calls), client, **kw)


def say(msg: Msg | None) -> tuple[str, str]:
    assert msg is not None
    return text(msg, "ko"), text(msg, "en")


def idle(client: Any, cleanup: Any, name: str | None = None, **kw: Any) -> str:
    """A running alpine container that stops at once on SIGTERM."""
    name = name or uid()
    out = run(client, Call.of("containers.run", image="alpine", command=IDLE, name=name, detach=True, **kw))
    cleanup.container(name)
    assert out.ok, out
    return name


def state(client: Any, name: str) -> dict[str, Any]:
    return client.api.inspect_container(name)["State"]


# ---------------------------------------------------------------------------- run / create


def test_run_detached_publishes_port_and_serves(docker_client, world, cleanup, free_port, http_get):
    name = uid()
    out = run(docker_client, Call.of("containers.run", image="nginx", name=name, detach=True,
                                     ports={"80/tcp": ("127.0.0.1", free_port)}))
    cleanup.container(name)
    assert out.ok
    assert out.message.key == "done.run_ports"
    assert f"127.0.0.1:{free_port}->80/tcp" in text(out.message, "en")
    assert state(docker_client, name)["Running"]
    assert http_get(free_port).status == 200


def test_run_port_already_allocated(docker_client, world, cleanup, free_port):
    first = idle(docker_client, cleanup, ports={"80/tcp": ("127.0.0.1", free_port)})
    second = uid()
    out = run(docker_client, Call.of("containers.run", image="alpine", command=IDLE, name=second, detach=True,
                                     ports={"80/tcp": ("127.0.0.1", free_port)}))
    cleanup.container(second)
    assert not out.ok and out.message.key == "err.port_allocated"
    kw = out.message.kw()
    assert kw["port"] == free_port and kw["suggest"] != free_port
    assert say(out.message) == (
        f"호스트 포트 {free_port}번은 이미 사용 중입니다. 다른 포트(예: {kw['suggest']})로 다시 요청해 주세요.",
        f"Host port {free_port} is already in use; ask again with another port, for example {kw['suggest']}.",
    )
    # the half-made container is not left behind, the first one is untouched
    assert not docker_client.api.containers(all=True, filters={"name": f"^/{second}$"})
    assert state(docker_client, first)["Running"]


def test_run_name_in_use(docker_client, world, cleanup):
    name = idle(docker_client, cleanup)
    out = run(docker_client, Call.of("containers.run", image="alpine", command=IDLE, name=name, detach=True))
    assert not out.ok and out.message.key == "err.name_in_use"
    assert say(out.message) == (
        f"`{name}` 이름의 컨테이너가 이미 있습니다. 다른 이름(예: `{name}-2`)을 쓰거나 기존 컨테이너를 먼저 삭제해 주세요(`docker rm {name}`).",
        f"A container named `{name}` already exists; use another name (for example `{name}-2`) or remove the old one first (`docker rm {name}`).",
    )


def test_run_attached_rm_returns_output_and_exit_code(docker_client, world, cleanup):
    name = uid()
    cleanup.container(name)
    out = run(docker_client, Call.of("containers.run", image="alpine", name=name, detach=False, auto_remove=True,
                                     command=["sh", "-c", "echo hello; echo oops >&2; exit 3"]))
    assert out.ok and out.exit_code == 3
    assert sorted(out.text.splitlines()) == ["hello", "oops"]  # stdout and stderr: order not guaranteed
    assert say(out.message)[1] == "`alpine` finished with exit code 3."
    assert not docker_client.api.containers(all=True, filters={"name": f"^/{name}$"})  # --rm honoured


def test_run_attached_without_rm_keeps_container(docker_client, world, cleanup):
    name = uid()
    cleanup.container(name)
    out = run(docker_client, Call.of("containers.run", image="busybox", name=name, detach=False,
                                     command=["echo", "안녕 고래"]))
    assert out.ok and out.exit_code == 0 and out.text == "안녕 고래\n"
    assert state(docker_client, name)["Status"] == "exited"


def test_run_attached_timeout(docker_client, world, cleanup):
    keep, gone = uid(), uid()
    cleanup.container(keep)
    cleanup.container(gone)
    cmd = ["sh", "-c", "echo started; trap 'exit 0' TERM; sleep 60 & wait $!"]
    # 4 s from the start: room for the shell's first line on a loaded machine (1.5 s left little)
    out = run(docker_client, Call.of("containers.run", image="alpine", name=keep, detach=False, command=cmd),
              attach_timeout=4)
    assert not out.ok and out.message.key == "err.run_timeout" and out.text == "started\n"
    assert state(docker_client, keep)["Running"]  # told the user it keeps running
    out = run(docker_client, Call.of("containers.run", image="alpine", name=gone, detach=False, command=cmd,
                                     auto_remove=True), attach_timeout=4)
    assert not out.ok and out.message.key == "err.run_timeout_removed"
    assert "--rm" in text(out.message, "ko")
    assert not docker_client.api.containers(all=True, filters={"name": f"^/{gone}$"})


def test_expose_is_declared_not_published(docker_client, world, cleanup):
    name = idle(docker_client, cleanup, expose=[9090, 9091])
    info = docker_client.api.inspect_container(name)
    assert {"9090/tcp", "9091/tcp"} <= set(info["Config"]["ExposedPorts"])
    assert not info["HostConfig"].get("PortBindings")


def test_create_applies_options(docker_client, cleanup, world):
    name, vol = uid(), uid()
    cleanup.container(name)
    cleanup.volume(vol)
    out = run(docker_client, Call.of(
        "containers.create", image="alpine", name=name, command=["env"],
        environment={"MODE": "prod"}, restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        network="backend", volumes={vol: {"bind": "/data", "mode": "ro"}}, working_dir="/data",
        user="nobody", ports={"8080/tcp": None}, entrypoint=None,
    ))
    assert out.ok and out.message.key == "done.create"
    info = docker_client.api.inspect_container(name)
    assert info["State"]["Status"] == "created"
    assert "MODE=prod" in info["Config"]["Env"]
    assert info["HostConfig"]["RestartPolicy"] == {"Name": "on-failure", "MaximumRetryCount": 3}
    assert "backend" in info["NetworkSettings"]["Networks"]
    assert info["Config"]["WorkingDir"] == "/data" and info["Config"]["User"] == "nobody"
    mount = info["Mounts"][0]
    assert mount["Name"] == vol and mount["Destination"] == "/data" and mount["RW"] is False


def _push_throwaway(client: Any, cleanup: Any) -> tuple[str, str]:
    """busybox plus a layer of its own, as 127.0.0.1:5000/gorae-exec/throwaway:<random>, pushed, deleted locally."""
    repo, t = f"{REGISTRY}/gorae-exec/throwaway", uid()
    maker = client.api.create_container("busybox", ["sh", "-c", f"echo {repo}:{t} > /stamp"])
    client.api.start(maker)
    client.api.wait(maker, timeout=30)
    client.api.commit(maker, repository=repo, tag=t)
    client.api.remove_container(maker, force=True)
    cleanup.image(f"{repo}:{t}")
    out = execute(plan(Call.of("image.push", repository=repo, tag=t)), client)
    assert out.ok and say(out.message)[1] == f"Pushed image `{repo}:{t}`."
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 only, never a proxy
    with no_proxy.open(f"http://{REGISTRY}/v2/{repo.split('/', 1)[1]}/tags/list", timeout=5) as r:
        assert t in json.load(r)["tags"]
    client.api.remove_image(f"{repo}:{t}")
    return repo, t


def test_push_then_run_pulls_missing_image_with_progress(docker_client, world, cleanup):
    repo, t = _push_throwaway(docker_client, cleanup)
    name = uid()
    cleanup.container(name)
    lines: list[str] = []
    out = execute(plan(Call.of("containers.run", image=f"{repo}:{t}", name=name, detach=False, auto_remove=True,
                               command=["echo", "pulled"]), lang="ko"), docker_client, progress=lines.append)
    assert out.ok and out.text == "pulled\n"
    assert lines[0] == f"`{repo}:{t}` 이미지가 없어 받는 중입니다…"
    assert lines[-1].startswith(f"`{repo}:{t}` 받는 중: 레이어 2/2, "), lines
    assert docker_client.api.inspect_image(f"{repo}:{t}")


def test_create_also_pulls(docker_client, world, cleanup):
    repo, t = _push_throwaway(docker_client, cleanup)
    name = uid()
    cleanup.container(name)
    out = run(docker_client, Call.of("containers.create", image=f"{repo}:{t}", name=name))
    assert out.ok and state(docker_client, name)["Status"] == "created"


def test_images_pull_reports_progress(docker_client, world, cleanup):
    repo, t = _push_throwaway(docker_client, cleanup)
    lines: list[str] = []
    out = execute(plan(Call.of("images.pull", repository=repo, tag=t)), docker_client, progress=lines.append)
    assert out.ok and out.message.key == "done.pull"
    assert lines and lines[-1].startswith(f"Pulling `{repo}:{t}`: 2/2 layers"), lines


def test_image_not_in_registry(docker_client, cleanup):
    ref = f"{REGISTRY}/gorae-exec/{uid()}"
    for call in (Call.of("containers.run", image=ref + ":1", detach=True),
                 Call.of("images.pull", repository=ref, tag="1")):
        out = run(docker_client, call)
        assert not out.ok and out.message.key == "err.not_in_registry", out
        assert say(out.message) == (
            f"레지스트리에 `{ref}:1` 이미지가 없습니다. 이미지 이름과 태그를 확인해 주세요.",
            f"The registry has no image `{ref}:1`; check the image name and tag.",
        )


def test_push_failure_is_reported(docker_client, world, cleanup, free_port):
    out = run(docker_client, Call.of("image.push", repository=f"{REGISTRY}/gorae-exec/{uid()}", tag="nope"))
    assert not out.ok and out.message.key == "err.no_such_image"
    repo = f"127.0.0.1:{free_port}/gorae-exec/x"  # nothing listens there
    docker_client.api.tag("busybox", repo, "t")
    cleanup.image(f"{repo}:t")
    out = run(docker_client, Call.of("image.push", repository=repo, tag="t"))
    assert not out.ok and out.message.key == "err.registry_unreachable"


# ---------------------------------------------------------------------------- lifecycle


def test_lifecycle_ops_change_state(docker_client, world, cleanup):
    name = idle(docker_client, cleanup)
    for op, expect in (("container.stop", "exited"), ("container.start", "running"), ("container.pause", "paused"),
                       ("container.unpause", "running"), ("container.kill", "exited")):
        out = run(docker_client, Call.of(op, name, **({"timeout": 2} if op == "container.stop" else {})))
        assert out.ok, out
        assert state(docker_client, name)["Status"] == expect, op
    run(docker_client, Call.of("container.start", name))
    started = state(docker_client, name)["StartedAt"]
    out = run(docker_client, Call.of("container.restart", name, timeout=2))
    assert out.ok and say(out.message) == (f"{name} 컨테이너를 재시작했습니다.", f"Restarted {name}.")
    assert state(docker_client, name)["StartedAt"] != started


def test_fan_out_reports_each_target(docker_client, world, cleanup):
    a, b = idle(docker_client, cleanup), idle(docker_client, cleanup)
    out = run(docker_client, Call.of("container.restart", a, timeout=1), Call.of("container.restart", b, timeout=1))
    assert out.ok and text(out.message, "en") == f"Restarted {a}, {b}."
    out = run(docker_client, Call.of("container.stop", a, timeout=1), Call.of("container.stop", "gx-nosuch", timeout=1))
    assert not out.ok and out.message.key == "err.partial"
    assert text(out.message, "en") == "1 done, 1 failed: gx-nosuch. See the details below."
    assert [m.key for m in out.details] == ["done.stop", "err.no_such_container"]
    assert state(docker_client, a)["Status"] == "exited"


def test_target_ids_are_shown_by_name(docker_client, world, cleanup):
    name = idle(docker_client, cleanup)
    cid = docker_client.api.inspect_container(name)["Id"]
    p = plan(Call.of("container.restart", cid, timeout=1), targets=(Target("container", name, cid),))
    assert text(execute(p, docker_client).message, "en") == f"Restarted {name}."


def test_no_such_container(docker_client):
    for op in ("container.restart", "container.logs", "container.inspect", "container.remove"):
        out = run(docker_client, Call.of(op, "gx-nosuch"))
        assert not out.ok and say(out.message) == (
            "`gx-nosuch` 컨테이너가 없습니다. `docker ps -a`로 이름을 확인해 주세요.",
            "There is no container named `gx-nosuch`; check the name with `docker ps -a`.",
        ), op


def test_remove_running_then_force(docker_client, world, cleanup):
    name = idle(docker_client, cleanup)
    out = run(docker_client, Call.of("container.remove", name))
    assert not out.ok and say(out.message) == (
        f"`{name}` 컨테이너가 실행 중이라 삭제할 수 없습니다. 먼저 중지하거나(`{name} 중지`) 강제 삭제해 주세요(`{name} 강제 삭제`).",
        f"Container `{name}` is running, so it cannot be removed; stop it first (`stop {name}`) or force it (`docker rm -f {name}`).",
    )
    assert state(docker_client, name)["Running"]
    out = run(docker_client, Call.of("container.remove", name, force=True, v=True))
    assert out.ok and text(out.message, "en") == f"Removed {name}."
    assert not docker_client.api.containers(all=True, filters={"name": f"^/{name}$"})


def test_state_errors(docker_client, world, cleanup):
    created = uid()
    cleanup.container(created)
    assert run(docker_client, Call.of("containers.create", image="alpine", name=created, command=IDLE)).ok
    out = run(docker_client, Call.of("container.exec", created, cmd=["true"]))
    assert out.message.key == "err.not_running" and f"`{created}`" in text(out.message, "ko")
    assert run(docker_client, Call.of("container.pause", created)).message.key == "err.not_running"
    name = idle(docker_client, cleanup)
    assert run(docker_client, Call.of("container.unpause", name)).message.key == "err.not_paused"
    assert run(docker_client, Call.of("container.pause", name)).ok
    assert run(docker_client, Call.of("container.pause", name)).message.key == "err.already_paused"
    assert run(docker_client, Call.of("container.exec", name, cmd=["true"])).message.key == "err.paused"


def test_prune_scoped_by_label(docker_client, world, cleanup):
    label = uid()
    names = [uid(), uid()]
    for n in names:
        cleanup.container(n)
        run(docker_client, Call.of("containers.create", image="alpine", name=n, labels={"gorae.test": label}))
    out = run(docker_client, Call.of("containers.prune", filters={"label": [f"gorae.test={label}"]}))
    assert out.ok and out.message.kw()["count"] == 2
    assert not docker_client.api.containers(all=True, filters={"label": f"gorae.test={label}"})


# ---------------------------------------------------------------------------- reads


def test_ps_table(docker_client, world, cleanup, free_port):
    name = idle(docker_client, cleanup, ports={"80/tcp": ("127.0.0.1", free_port)})
    out = run(docker_client, Call.of("containers.list", all=True))
    assert out.table.columns == ("CONTAINER ID", "IMAGE", "COMMAND", "STATUS", "PORTS", "NAMES")
    row = next(r for r in out.table.rows if r[-1] == name)
    assert row[1] == "alpine" and row[3].startswith("Up") and row[4] == f"127.0.0.1:{free_port}->80/tcp"


def test_inspect_summary(docker_client, cleanup, world):
    name = idle(docker_client, cleanup, network="backend", restart_policy={"Name": "unless-stopped"})
    out = run(docker_client, Call.of("container.inspect", name))
    fields = dict(out.fields)
    assert fields["field.name"] == name and fields["field.image"] == "alpine"
    assert fields["field.state"].startswith("running, since ")
    assert fields["field.restart_policy"] == "unless-stopped"
    # The address is whatever the engine gave (its default pools skip ranges the host already routes —
    # the second and swarm engines take some — so 192.168.x is normal): compare with the engine's own answer.
    ip = docker_client.api.inspect_container(name)["NetworkSettings"]["Networks"]["backend"]["IPAddress"]
    assert ip and fields["field.networks"] == f"backend {ip}"
    assert not any(v.startswith("{") for v in fields.values())  # never a JSON dump


def test_logs_tail_since_and_exec(docker_client, world, cleanup):
    name = uid()
    cleanup.container(name)
    cmd = ["sh", "-c", "echo bad >&2; sleep 0.3; for i in 1 2 3 4 5; do echo line$i; done; " + IDLE[2]]
    assert run(docker_client, Call.of("containers.run", image="alpine", name=name, command=cmd, detach=True)).ok
    # the lines are written after `sleep 0.3`, later on a loaded machine: wait until the engine has all 5
    deadline = time.monotonic() + 60
    while b"line5" not in docker_client.api.logs(name) and time.monotonic() < deadline:
        time.sleep(0.1)
    out = run(docker_client, Call.of("container.logs", name, tail=2))
    assert out.text == "line4\nline5\n" and text(out.message, "ko") == f"`{name}` 로그 2줄"
    out = run(docker_client, Call.of("container.logs", name, since="10m", timestamps=True))
    assert out.text.count("\n") == 6 and out.text.startswith("20")
    assert run(docker_client, Call.of("container.logs", name, since="1s", tail=0)).message.key == "done.logs_empty"
    out = run(docker_client, Call.of("container.exec", name, cmd=["sh", "-c", "echo out; echo err >&2; exit 4"],
                                     workdir="/tmp", user="nobody"))
    assert out.ok and out.exit_code == 4 and "out\n" in out.text and "err\n" in out.text
    out = run(docker_client, Call.of("container.exec", name, cmd=["sh", "-c", "pwd; id -un"], workdir="/tmp",
                                     user="nobody"))
    assert out.text == "/tmp\nnobody\n"


def test_since_parsing():
    from datetime import datetime

    now = datetime(2024, 5, 1, 12, 0, 0)
    assert since_to_datetime("10m", now) == datetime(2024, 5, 1, 11, 50)
    assert since_to_datetime("2d", now) == datetime(2024, 4, 29, 12, 0)
    assert since_to_datetime("30s", now) == datetime(2024, 5, 1, 11, 59, 30)
    assert since_to_datetime("1700000000") == 1700000000
    assert since_to_datetime(None) is None


def test_images_list_and_remove(docker_client, world, cleanup):
    repo = f"gx-img-{uuid.uuid4().hex[:6]}"
    docker_client.api.tag("busybox", repo, "v1")
    cleanup.image(f"{repo}:v1")
    out = run(docker_client, Call.of("images.list"))
    assert out.table.columns == ("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE")
    assert any(r[0] == repo and r[1] == "v1" for r in out.table.rows)
    name = uid()
    cleanup.container(name)
    run(docker_client, Call.of("containers.create", image=f"{repo}:v1", name=name))
    docker_client.api.tag("busybox", repo, "v2")  # a second tag: untagging v1 is not an in-use conflict
    cleanup.image(f"{repo}:v2")
    assert run(docker_client, Call.of("image.remove", f"{repo}:v1")).ok
    out = run(docker_client, Call.of("image.remove", "gx-nosuch-image:1"))
    assert out.message.key == "err.no_such_image"


def test_image_in_use(docker_client, world, cleanup):
    repo = f"gx-img-{uuid.uuid4().hex[:6]}"
    # an image of its own (not shared with busybox), so that removing it meets only our container
    docker_client.api.commit(idle(docker_client, cleanup), repository=repo, tag="v1")
    cleanup.image(f"{repo}:v1")
    name = uid()
    cleanup.container(name)
    run(docker_client, Call.of("containers.create", image=f"{repo}:v1", name=name))
    out = run(docker_client, Call.of("image.remove", f"{repo}:v1"))
    assert not out.ok and out.message.key == "err.image_in_use_by", out
    assert out.message.kw()["containers"] == name  # the fresh read names the container that uses it


def test_volumes(docker_client, world, cleanup):
    vol = uid()
    cleanup.volume(vol)
    assert text(run(docker_client, Call.of("volumes.create", name=vol)).message, "en") == f"Created volume `{vol}`."
    assert any(r == ("local", vol) for r in run(docker_client, Call.of("volumes.list")).table.rows)
    user = idle(docker_client, cleanup, volumes={vol: {"bind": "/v", "mode": "rw"}})
    fields = dict(run(docker_client, Call.of("volume.inspect", vol)).fields)
    assert fields["field.used_by"] == user and fields["field.driver"] == "local"
    out = run(docker_client, Call.of("volume.remove", vol))
    assert out.message.key == "err.volume_in_use_by" and out.message.kw()["containers"] == user
    docker_client.api.remove_container(user, force=True)
    assert run(docker_client, Call.of("volume.remove", vol)).ok
    out = run(docker_client, Call.of("volume.inspect", vol))
    assert say(out.message)[1] == f"There is no volume named `{vol}`; check the name with `docker volume ls`."


def test_networks(docker_client, world, cleanup):
    net = uid()
    out = run(docker_client, Call.of("networks.create", name=net, driver="bridge"))
    cleanup.network(net)
    assert out.ok
    assert run(docker_client, Call.of("networks.create", name=net)).message.key == "err.network_exists"
    assert any(r[1] == net for r in run(docker_client, Call.of("networks.list")).table.rows)
    name = idle(docker_client, cleanup)
    out = run(docker_client, Call.of("network.connect", net, container=name))
    assert text(out.message, "en") == f"Connected `{name}` to network `{net}`."
    assert net in docker_client.api.inspect_container(name)["NetworkSettings"]["Networks"]
    assert run(docker_client, Call.of("network.connect", net, container=name)).message.key == "err.already_connected"
    fields = dict(run(docker_client, Call.of("network.inspect", net)).fields)
    assert fields["field.members"].startswith(name + " ") and fields["field.subnet"] != "-"
    out = run(docker_client, Call.of("network.remove", net))
    assert out.message.key == "err.network_in_use_by" and out.message.kw()["containers"] == name
    assert run(docker_client, Call.of("network.disconnect", net, container=name)).ok
    assert net not in docker_client.api.inspect_container(name)["NetworkSettings"]["Networks"]
    assert run(docker_client, Call.of("network.remove", net)).ok
    out = run(docker_client, Call.of("network.inspect", net))
    assert say(out.message) == (f"`{net}` 네트워크가 없습니다. `docker network ls`로 이름을 확인해 주세요.",
                                f"There is no network named `{net}`; check the name with `docker network ls`.")


# ---------------------------------------------------------------------------- no engine


def test_engine_unreachable(tmp_path, monkeypatch):
    import docker

    sock = tmp_path / "none.sock"
    monkeypatch.setenv("DOCKER_HOST", f"unix://{sock}")
    client = docker.DockerClient(base_url=f"unix://{sock}", version="1.41", timeout=2)
    out = execute(plan(Call.of("container.restart", "web")), client)
    assert not out.ok and say(out.message) == (
        f"Docker 엔진에 연결할 수 없습니다(unix://{sock}). `sudo ./dev engine`(root라면 `./dev engine`)으로 엔진을 시작하거나 DOCKER_HOST를 설정해 주세요.",
        f"Cannot reach the Docker engine at unix://{sock}; start one with `sudo ./dev engine` (`./dev engine` as root) or set DOCKER_HOST.",
    )


def test_unknown_op_is_a_sentence():
    out = execute(plan(Call.of("container.teleport", "web")), client=None)
    assert not out.ok and text(out.message, "en") == "This plan has an operation I cannot run (container.teleport); please tell an admin."


def test_missing_things_named_in_run_options(docker_client, world, cleanup):
    name = uid()
    cleanup.container(name)
    out = run(docker_client, Call.of("containers.run", image="alpine", name=name, command=["nosuchcmd"], detach=True))
    assert say(out.message)[1] == ("Could not start: there is no `nosuchcmd` command in image `alpine`; "
                                   "check the command name (for example `sh -c '…'`).")
    assert not docker_client.api.containers(all=True, filters={"name": f"^/{name}$"})  # not left half-made
    out = run(docker_client, Call.of("containers.run", image="alpine", name=name, network="gx-nonet", detach=True))
    assert out.message == Msg.of("err.no_such_network", name="gx-nonet")
    out = run(docker_client, Call.of("network.connect", "bridge", container="gx-noc"))
    assert out.message == Msg.of("err.no_such_container", name="gx-noc")
