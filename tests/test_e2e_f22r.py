"""f22r on the real engine: the writes of this session's fresh22 kinds run as meant, and their near wordings run
nothing without a yes — a task told then taken up ("… asked me to restart X, could you help?"), a setting opened by an
apology with the request's own pronoun, a command run in "an IMAGE container" (a new container of the image, never the
container of that name), a new container said with what it is for ("a test nginx"), an image's dotted version said apart
("mysql 5.7로 NAME 띄워줘"), and a removal beside a step of images (the image removed, never refused)."""
from __future__ import annotations

import pytest
from test_e2e_core import Pair, exists, inspect, run_tracked, uid, unanswered

pytestmark = [pytest.mark.docker]


@pytest.mark.parametrize("form", [
    "my lead asked me to restart {a}, could you help?",
    "the runbook says to restart {a}, can you do it?",
])
def test_a_task_told_then_taken_up_runs_it(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, _ = pair.names
    reply = bot.say(form.format(a=a))
    assert reply.status == "done" and list(reply.cli) == [f"docker restart {a}"], reply
    assert pair.restarted() == {a}


def test_an_apology_first_then_the_request_of_its_own_thing(bot, docker_client, world, cleanup):
    a, _ = run_tracked(docker_client, cleanup)
    docker_client.api.pause(a)
    reply = bot.say(f"Sorry, first day: I think I accidentally paused {a} earlier, can you unpause it?")
    assert reply.status == "done" and list(reply.cli) == [f"docker unpause {a}"], reply
    assert not inspect(docker_client, a)["State"]["Paused"]


def test_a_command_in_an_image_container_runs_a_new_one(bot, docker_client, world, cleanup):
    before = {c.id for c in docker_client.containers.list(all=True)}
    reply = bot.say("run uname -a in an alpine container")
    assert reply.status == "done" and list(reply.cli) == ["docker run alpine uname -a"], reply
    for c in docker_client.containers.list(all=True):
        if c.id not in before:
            cleanup.container(c.id)  # the attached run's container, whatever its name


@pytest.mark.parametrize("form", [
    "run ls in a {a} container",  # a new container of an image named as a container here: never run unasked
    "{a} 재시작해줘, {b} 지우게요",  # a purpose told: the removal never runs
    "the runbook says not to restart {a}, could you do it?",
])
def test_never_run_without_a_yes(bot, docker_client, world, cleanup, form):
    pair = Pair(docker_client, cleanup)
    a, b = pair.names
    reply = bot.say(form.format(a=a, b=b), yes=False)
    unanswered(reply)
    assert not pair.restarted() and exists(docker_client, a) and exists(docker_client, b)


def test_a_new_container_said_with_what_it_is_for(bot, docker_client, world, cleanup):
    name = uid()
    cleanup.container(name)
    reply = bot.say(f"spin up a test nginx called {name}")
    assert reply.status == "done" and list(reply.cli) == [f"docker run -d --name {name} nginx"], reply
    assert inspect(docker_client, name)["Config"]["Image"] == "nginx"


def test_a_new_container_said_as_a_teams_need(bot, docker_client, world, cleanup, free_port):
    name = uid()
    cleanup.container(name)
    reply = bot.say(f"QA needs an nginx on {free_port} named {name}")
    assert reply.status == "done" and list(reply.cli) == [f"docker run -d --name {name} -p {free_port}:80 nginx"], reply
    assert inspect(docker_client, name)["State"]["Running"]


def test_an_image_version_said_apart_is_its_tag(bot, docker_client, world, cleanup):
    name = uid()
    cleanup.container(name)
    reply = bot.say(f"mysql 5.7로 {name} 띄워줘")
    assert reply.status == "done" and list(reply.cli) == [f"docker run -d --name {name} mysql:5.7"], reply
    assert inspect(docker_client, name)["Config"]["Image"] == "mysql:5.7"


def test_a_removal_beside_a_step_of_images_removes_the_image(bot, docker_client, world, cleanup):
    tag = uid()
    docker_client.images.get("busybox:latest").tag(tag, "latest")
    cleanup.image(f"{tag}:latest")
    reply = bot.say(f"remove {tag} and list images")
    assert reply.status == "done" and list(reply.cli) == [f"docker rmi {tag}", "docker images"], reply
    assert not [i for i in docker_client.images.list() if f"{tag}:latest" in i.tags]
