"""bot/engine/execute.py without an engine: plans run through the real docker SDK against
canned Engine API answers (tests/fake_docker.py); what was asked of the engine is checked."""
from __future__ import annotations

import pytest
from fake_docker import FakeEngine, fake_client
from fakes import FakeView

from bot.engine.execute import execute
from bot.engine.plan import plan
from bot.language.parse import parse
from bot.model import Plan

VIEW = FakeView()


def planned(text: str) -> Plan:
    res = plan(parse(text), VIEW)
    assert isinstance(res, Plan), res
    return res


def cid(name: str) -> str:
    return next(c.id for c in VIEW.containers() if c.name == name)


def test_restart_posts_restart_without_t_when_none_was_given():
    web = cid("web")
    engine = FakeEngine().on("GET", rf"/containers/{web}/json", 200, {"Id": web, "Name": "/web", "Config": {}})
    engine.on("POST", rf"/containers/{web}/restart", 204)
    out = execute(planned("restart web"), fake_client(engine))
    assert out.ok and out.message is not None and out.message.key == "done.restart"
    assert engine.asked("POST", f"/containers/{web}/restart") == [({}, None)]


def test_stop_with_a_timeout_sends_t():
    web = cid("web")
    engine = FakeEngine().on("POST", rf"/containers/{web}/stop", 204)
    out = execute(planned("docker stop -t 3 web"), fake_client(engine))
    assert out.ok
    assert engine.asked("POST", f"/containers/{web}/stop") == [({"t": ["3"]}, None)]


def test_a_container_gone_meanwhile_is_one_sentence():
    web = cid("web")
    gone = {"message": f"No such container: {web}"}
    engine = FakeEngine().on("GET", rf"/containers/{web}/json", 404, gone)
    engine.on("POST", rf"/containers/{web}/restart", 404, gone)
    out = execute(planned("restart web"), fake_client(engine))
    assert not out.ok and out.message is not None and out.message.key == "err.no_such_container"
    assert out.message.kw()["name"] == "web"


def test_removing_a_running_container_says_stop_it_first_from_a_fresh_read():
    web = cid("web")
    engine = FakeEngine().on("DELETE", rf"/containers/{web}", 409, {
        "message": f"You cannot remove a running container {web}. Stop the container before attempting removal"})
    engine.on("GET", r"/containers/web/json", 200, {"Id": web, "Name": "/web", "State": {"Status": "running"}})
    out = execute(planned("docker rm web"), fake_client(engine))
    assert not out.ok and out.message is not None and out.message.key == "err.remove_running"
    assert engine.asked("GET", "/containers/web/json")  # the fresh, read-only look, by the name shown


def test_ps_lists_what_the_engine_answers_as_docker_does():
    engine = FakeEngine().on("GET", r"/containers/json", 200, [
        {"Id": "a" * 64, "Names": ["/web"], "Image": "nginx", "Command": "nginx -g 'daemon off;'",
         "Created": 1_700_000_000, "State": "running", "Status": "Up 2 hours", "Ports": [
             {"IP": "127.0.0.1", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}]},
    ])
    out = execute(planned("docker ps"), fake_client(engine))
    assert out.ok and out.table is not None
    assert "NAMES" in out.table.columns
    row = dict(zip(out.table.columns, out.table.rows[0]))
    assert row["NAMES"] == "web" and row["CONTAINER ID"] == "a" * 12
    [(query, _)] = engine.asked("GET", "/containers/json")
    assert query.get("all") == ["0"]  # `docker ps`: running containers only


def test_several_containers_all_run_and_each_is_reported():
    web, cache = cid("web"), cid("cache")
    engine = FakeEngine().on("POST", rf"/containers/{web}/start", 204)
    engine.on("POST", rf"/containers/{cache}/start", 500, {"message": "driver failed programming external "
                                                                     "connectivity on endpoint cache"})
    engine.on("GET", rf"/containers/{cache}/json", 200, {"Id": cache, "Name": "/cache", "State": {"Status": "exited"}})
    out = execute(planned("docker start web cache"), fake_client(engine))
    assert not out.ok and out.message is not None and out.message.key == "err.partial"
    assert engine.asked("POST", f"/containers/{web}/start") and engine.asked("POST", f"/containers/{cache}/start")


# --------------------------------------------------------------------------- docker-py's private create path


CREATE_TEXTS = [
    "docker create --name edge -p 8080:80 -e A=1 --restart unless-stopped -l team=ops nginx",
    "docker create --name job --memory 64m --cpus 0.5 --network backend --hostname job1 alpine sleep 60",
    "docker create --name pinned -p 127.0.0.1:9000:9000/udp --user 1000:1000 -w /srv --entrypoint sh alpine",
]


def _create_body(engine: FakeEngine) -> tuple[dict, object]:
    [(query, body)] = engine.asked("POST", "/containers/create")
    return query, body


def _engine_that_creates() -> FakeEngine:
    cid = "c" * 64
    engine = FakeEngine().on("POST", r"/containers/create", 201, {"Id": cid, "Warnings": []})
    engine.on("GET", rf"/containers/{cid}/json", 200, {"Id": cid, "Name": "/x", "Config": {}, "State": {}})
    return engine


@pytest.mark.parametrize("text", CREATE_TEXTS)
def test_gorae_creates_exactly_what_the_sdks_public_create_sends(text):
    """execute_run builds the request with docker-py's private `_create_container_args` and
    `api._version` (to add what `containers.run` cannot say); the request must be the one the
    public `client.containers.create(**kwargs)` sends for the same arguments."""
    p = planned(text)
    [call] = p.calls
    ours = _engine_that_creates()
    assert execute(p, fake_client(ours)).ok
    public = _engine_that_creates()
    fake_client(public).containers.create(**call.kw())
    assert _create_body(ours) == _create_body(public)


def _port_engine(ports: dict) -> FakeEngine:
    web = cid("web")
    return FakeEngine().on("GET", rf"/containers/{web}/json", 200,
                           {"Id": web, "Name": "/web", "NetworkSettings": {"Ports": ports}})


def test_docker_port_counts_ports_not_the_lines_of_their_ipv4_and_ipv6_bindings():
    """One port bound on 0.0.0.0 and [::] is two lines (as `docker port` prints them) but one port."""
    out = execute(planned("docker port web"), fake_client(_port_engine({
        "80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}, {"HostIp": "::", "HostPort": "8080"}]})))
    assert out.ok and out.text == "80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080"
    assert out.message is not None and out.message.key == "done.port_bindings"
    assert out.message.kw()["count"] == 1 and out.message.kw()["bindings"] == 2
    from bot.messages import text
    assert text(out.message, "en") == ("Ports published by `web`: 1 (2 host bindings, one line each as "
                                       "`docker port` lists them)")


def test_docker_port_one_line_a_port_keeps_the_plain_count():
    out = execute(planned("docker port web"), fake_client(_port_engine({
        "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}],
        "443/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8443"}], "9000/tcp": None})))
    assert out.ok and out.message is not None and out.message.key == "done.port"
    assert out.message.kw()["count"] == 2 and len(out.text.splitlines()) == 2
