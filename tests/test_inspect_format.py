"""(lead34) `docker inspect --format` / `-f`, `docker volume inspect --format`, `docker network inspect --format`: the
part of Go's text/template gorae prints (a field path, `{{json .X}}`, `json`), read by
bot/language/docker_values.py `go_template` and printed by bot/engine/docker_format.py `go_format`; anything else in
a template (range, index, if) is refused, never run in part; and the quiet listings `docker volume ls -q` / `docker
network ls -q`. The end-to-end tests check the printed values against the engine's own."""
from __future__ import annotations

import json

import pytest
from test_e2e_core import check, inspect, run_tracked, uid
from test_wordings_fresh import answer

from bot.engine.docker_format import go_format
from bot.language.docker_values import ValueRejected, go_template

PAYLOAD = {"Name": "/web", "State": {"Status": "running", "Running": True, "Pid": 42, "Error": ""},
           "NetworkSettings": {"IPAddress": "172.17.0.2", "Ports": {"80/tcp": None}},
           "Config": {"Env": ["A=1", "B=2"], "Labels": {"z": "1", "a": "2"}}, "HostConfig": {"Links": None}}


@pytest.mark.parametrize(("template", "printed"), [
    ("{{.State.Status}}", "running"),
    ("{{.NetworkSettings.IPAddress}}", "172.17.0.2"),
    ("{{ .State.Running }}", "true"),
    ("{{.State.Pid}}", "42"),
    ("{{.Name}} is {{.State.Status}}", "/web is running"),
    ("{{.Config.Env}}", "[A=1 B=2]"),
    ("{{.Config.Labels}}", "map[a:2 z:1]"),
    ("{{.HostConfig.Links}}", "<nil>"),
    ("{{.State.Nope}}", "<no value>"),
    ("{{json .Config.Labels}}", '{"z": "1", "a": "2"}'),
    ("{{json .NetworkSettings.Ports}}", '{"80/tcp": null}'),
])
def test_a_field_path_prints_as_go_does(template, printed):
    assert go_template(template) == template
    assert go_format(template, PAYLOAD) == printed


def test_json_is_the_whole_object():
    assert json.loads(go_format(go_template("json"), PAYLOAD)) == PAYLOAD


@pytest.mark.parametrize("template", [
    "{{range .Mounts}}{{.Source}}{{end}}", "{{index .Config.Labels \"a\"}}", "{{if .State.Running}}up{{end}}",
    "{{.State.Status", "State}}", "plain text", "{{upper .Name}}", "{{.State.Status | printf}}", "{{$x := .Name}}",
])
def test_any_other_template_is_refused(template):
    with pytest.raises(ValueRejected):
        go_template(template)
    a = answer(f"docker inspect -f '{template}' web")
    assert not a.cli and a.refusal == "not understood: cli.template_unsupported", a


@pytest.mark.parametrize(("text", "cli"), [
    ("docker inspect -f '{{.NetworkSettings.IPAddress}}' web", "docker inspect --format '{{.NetworkSettings.IPAddress}}' web"),
    ("docker inspect --format='{{.State.Status}}' web cache", "docker inspect --format '{{.State.Status}}' web cache"),
    ("docker container inspect -f json data", "docker inspect --format json data"),
    ("docker volume inspect --format json pgdata", "docker volume inspect --format json pgdata"),
    ("docker network inspect -f '{{json .IPAM}}' backend", "docker network inspect --format '{{json .IPAM}}' backend"),
])
def test_the_plan_shows_the_format(text, cli):
    assert list(answer(text).cli) == [cli]


@pytest.mark.docker
def test_inspect_format_prints_the_engines_values(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    b, _ = run_tracked(docker_client, cleanup)
    reply = bot.say(f"docker inspect -f '{{{{.State.Status}}}} {{{{.Config.Image}}}}' {a} {b}")
    check(reply, "cli", cli=f"docker inspect --format '{{{{.State.Status}}}} {{{{.Config.Image}}}}' {a} {b}")
    assert reply.code is not None and reply.code.splitlines() == ["running alpine", "running alpine"], reply
    ip = inspect(docker_client, a)["NetworkSettings"]["IPAddress"]
    reply = bot.say(f"docker inspect --format '{{{{json .NetworkSettings.IPAddress}}}}' {a}")
    assert reply.status == "done" and reply.code == json.dumps(ip), reply


@pytest.mark.docker
def test_volume_and_network_inspect_format_json(bot, docker_client, world, cleanup):
    vol, net = cleanup.volume(uid()), cleanup.network(uid())
    docker_client.volumes.create(name=vol, labels={"team": "ops"})
    docker_client.networks.create(net, driver="bridge")
    reply = bot.say(f"docker volume inspect --format json {vol}")
    assert reply.status == "done" and reply.code is not None, reply
    got = json.loads(reply.code)
    assert got["Name"] == vol and got["Labels"] == {"team": "ops"} and got["Driver"] == "local"
    reply = bot.say(f"docker network inspect -f '{{{{.Driver}}}}' {net}")
    assert reply.status == "done" and reply.code == "bridge", reply


@pytest.mark.parametrize(("text", "cli"), [
    ("docker volume ls --quiet", "docker volume ls -q"),
    ("docker volume ls -q", "docker volume ls -q"),
    ("docker network ls -q", "docker network ls -q"),
    ("docker network ls --quiet --filter driver=bridge", "docker network ls --filter driver=bridge -q"),
])
def test_a_quiet_listing_shows_its_flag(text, cli):
    assert list(answer(text).cli) == [cli]


@pytest.mark.docker
def test_volume_and_network_ls_quiet_print_one_a_line(bot, docker_client, world, cleanup):
    """`docker volume ls -q`: the names, one a line; `docker network ls -q`: the short IDs — as docker prints them."""
    vol, net = cleanup.volume(uid()), cleanup.network(uid())
    docker_client.volumes.create(name=vol)
    made = docker_client.networks.create(net, driver="bridge")
    reply = bot.say("docker volume ls -q")
    assert reply.status == "done" and reply.code is not None and vol in reply.code.splitlines(), reply
    assert set(reply.code.splitlines()) == {v.name for v in docker_client.volumes.list()}
    reply = bot.say(f"docker network ls -q --filter name={net}")
    assert reply.status == "done" and reply.code == made.id[:12], reply
