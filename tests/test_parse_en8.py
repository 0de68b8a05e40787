"""The English and docker-CLI kinds that the seventh held-out table (tests/data/wordings_fresh7.yaml) and the
adversarial table (tests/data/wordings_break.yaml) found refused, each fixed as a kind (issue 8, en8): the
tables' input and other wordings of the same kind written before the fix, read through normalize -> parse ->
plan against the fake corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question or a
proposal that is no write). The checks are test_parse_blind6.check's.
"""
from __future__ import annotations

import pytest
from fakes import FakeGorae
from test_parse_blind6 import check

from bot.engine.plan import plan
from bot.model import ImageInspect, Inspect, Msg, Plan, Restart, Unresolved, named
from bot.policy.check import subjects

CASE = [
    # a name typed in another case (a phone's capital, caps lock): the one container that differs in case only
    ("RESTART WEB", ["docker restart web"]),
    ("Restart Web", ["docker restart web"]),
    ("Stop Cache", ["docker stop cache"]),
    ("restart My-Nginx", ["docker restart my-nginx"]),
    ("LOGS OF DATA", ["docker logs data"]),
    # typed as a docker command it is resolved as docker does: as typed
    ("docker restart Web", None),
    ("docker stop CACHE", None),
]

INSPECT = [
    # docker inspect of several containers, as docker accepts
    ("docker inspect web cache", ["docker inspect web cache"]),
    ("docker container inspect data my-nginx web", ["docker inspect data my-nginx web"]),
    ("docker inspect web nope", None),
    # an image's details: docker image inspect, typed or said
    ("docker image inspect nginx", ["docker image inspect nginx"]),
    ("docker image inspect redis:latest", ["docker image inspect redis:latest"]),
    ("inspect nginx image", ["docker image inspect nginx"]),
    ("inspect the redis image", ["docker image inspect redis"]),
    ("alpine 이미지 상세 정보 보여줘", ["docker image inspect alpine"]),
    ("docker inspect nginx", ["docker image inspect nginx"]),  # no container nginx: docker inspects the image
    ("docker image inspect nope", None),
    # a container said with the image noun: its own details (its image among them)
    ("web 이미지 정보 보여줘", ["docker inspect web"]),
]

WHY = [
    # why a lifecycle verb was done or is going on, asked: its details; a state that does not come: + its logs
    ("why did web stop", ["docker inspect web"]),
    ("why did my-nginx restart?", ["docker inspect my-nginx"]),
    ("why is cache restarting", ["docker inspect cache"]),
    ("why is web stopping", ["docker inspect web"]),
    ("why is db not starting", ["docker inspect db", "docker logs --tail 20 db"]),
    ("why didn't data start", ["docker inspect data", "docker logs --tail 20 data"]),
    # why do it, asked: never done
    ("why restart web", None),
    ("why would you stop web", None),
    ("why not restart web", None),
    # how many times it did it: its details (RestartCount)
    ("how many times has web restarted", ["docker inspect web"]),
    ("how many times did cache restart", ["docker inspect cache"]),
]

EXEC_USER = [
    # "run CMD as USER in X": the command's words may be verbs gorae knows, the user a uid
    ("run restart as root in data", ["docker exec -u root data restart"]),
    ("run stop as root in web", ["docker exec -u root web stop"]),
    ("run kill as nobody in cache", ["docker exec -u nobody cache kill"]),
    ("run id as 1000 in data", ["docker exec -u 1000 data id"]),
    ("run id -u as 0 in web", ["docker exec -u 0 web id -u"]),
    # no place: a uid is never a new container's name — asked
    ("run nginx as 1000", None),
    ("restart as root in data", None),
]

CONTRAST = [
    # English "not A, just B" of one verb's names: B; "V A not B": A
    ("restart not web, just cache", ["docker restart cache"]),
    ("don't restart web, just cache", ["docker restart cache"]),
    ("do not stop my-nginx, only data", ["docker stop data"]),
    ("stop not web but cache", ["docker stop cache"]),
    ("don't kill web but cache", ["docker kill cache"]),
    ("not web, just cache, restart", ["docker restart cache"]),
    ("not my-nginx, only web, stop", ["docker stop web"]),
    ("restart web not cache", ["docker restart web"]),
    ("kill data not web", ["docker kill data"]),
    # not only A but B: both
    ("not just cache but web too, restart", ["docker restart cache web"]),
    ("restart not only web but cache", ["docker restart web cache"]),
    # no word that says B instead: which? the prohibition stands
    ("don't restart web, cache", None),
    ("restart not only web, cache", None),
    ("restart not web", None),
    ("don't restart web", None),
]

SEQUENCE = [
    # English lists its steps with commas before the last "then"
    ("kill data, remove it, then list containers", ["docker kill data", "docker rm data", "docker ps"]),
    ("stop cache, restart web, then show the logs of web", ["docker stop cache", "docker restart web", "docker logs web"]),
    ("stop web, remove it", None),  # no "then": two verbs, asked
    ("don't kill data, remove it, then list containers", None),
    # reconnect is connect: the same container and network again
    ("disconnect web from backend and reconnect it", ["docker network disconnect backend web",
                                                      "docker network connect backend web"]),
    ("reconnect cache to backend", ["docker network connect backend cache"]),
    # "it" of a run right after a pull or a network made: the image pulled, the network made
    ("first pull alpine, then run echo ok in it", ["docker pull alpine", "docker run alpine echo ok"]),
    ("pull busybox and then run echo hi there in it", ["docker pull busybox", "docker run busybox echo hi there"]),
    ("create network n9 and run nginx on it", ["docker network create n9", "docker run -d --network n9 nginx"]),
    ("make a network n10 then run redis on it", ["docker network create n10", "docker run -d --network n10 redis"]),
    ("run echo ok in it", None),  # in what? never guessed
    ("pull alpine then run echo $(id) in it", None),
]

START_NAMED = [
    # a name is given when a container is made: start IMAGE named N is a run
    ("start redis named cache2", ["docker run -d --name cache2 redis"]),
    ("start a redis called q9", ["docker run -d --name q9 redis"]),
    ("start httpd named edge9 on 8088", ["docker run -d --name edge9 -p 8088:80 httpd"]),
    ("start cache named cache2", None),  # a container is no image: refused by the plan
]

CORRECTION = [
    # a request taken back and said again: what is said after it (on the names before it)
    ("kill cache, actually stop it", ["docker stop cache"]),
    ("kill cache, i mean stop it", ["docker stop cache"]),
    ("stop web, actually remove it", ["docker rm web"]),
    ("restart web, i mean cache", ["docker restart cache"]),
    ("kill cache, or rather stop it", ["docker stop cache"]),
    ("actually, restart web", ["docker restart web"]),
    # taken back with nothing said again, or a negation: nothing runs (never the first request proposed)
    ("restart web, actually never mind", None),
    ("remove web, actually don't", None),
    ("restart web actually", None),
    # a reminder asks for it
    ("remember to stop cache", ["docker stop cache"]),
    ("remember to restart web please", ["docker restart web"]),
]

MORE = [
    # "it" after a command run in a container is the container, never a word of the command
    ("check nginx -t on web, then restart it", ["docker exec web nginx -t", "docker restart web"]),
    ("run ls in data and then stop it", ["docker exec data ls", "docker stop data"]),
    # a verb told going on again and again: what prompted the request, or (alone) its status and logs
    ("web keeps restarting, stop it", ["docker stop web"]),
    ("cache keeps stopping, restart it", ["docker restart cache"]),
    ("web keeps restarting", None),  # told, alone: nothing runs
    # asked for done with gets
    ("everything except data gets restarted", ["docker restart web my-nginx cache my-volume"]),
    ("make sure cache gets stopped", ["docker stop cache"]),
    # a new container's memory limit (-m), a size as docker reads it
    ("run nginx with memory limit 128m", ["docker run -d -m 128m nginx"]),
    ("run redis with a memory limit of 1g", ["docker run -d -m 1g redis"]),
    ("run alpine with memory 64m", ["docker run -d -m 64m alpine"]),
    ("run nginx with memory limit web", None),
    ("restart web with memory limit 128m", None),  # a limit is set when a container is made
    ("exec into cache with redis-cli info memory", ["docker exec cache redis-cli info memory"]),
    # published HOST to CONTAINER with a publish verb
    ("run nginx publishing 8443 to 443", ["docker run -d -p 8443:443 nginx"]),
    ("run httpd mapping 8080 to 80", ["docker run -d -p 8080:80 httpd"]),
    ("publish 8081 to 80 and run httpd", ["docker run -d -p 8081:80 httpd"]),
    ("run nginx on port 8080 to 80", None),  # no publish verb: which is the host's? asked
]


@pytest.mark.parametrize("text,want", CASE + INSPECT + WHY + EXEC_USER + CONTRAST + SEQUENCE + START_NAMED
                         + CORRECTION + MORE)
def test_en8_kind(text, want):
    check(text, want)


def test_a_name_in_another_case_is_said_in_the_reply():
    ex = FakeGorae().explain("Restart Web")
    assert isinstance(ex.planned, Plan)
    assert Msg.of("plan.by_case", said="Web", name="web") in ex.planned.notes


class _TwoCases:
    """A world with `web` and `WEB`: "Web" matches both in case only."""

    def __init__(self) -> None:
        from fakes import FakeView

        self.inner = FakeView()

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def containers(self):
        from bot.engine.view import ContainerInfo

        return [*self.inner.containers(), ContainerInfo(id="f" * 64, name="WEB", image="nginx", status="running")]

    def container(self, name: str):
        return next((c for c in self.containers() if c.name == name), None)


def test_a_name_in_another_case_that_matches_several_is_never_guessed():
    res = plan(Restart(("Web",), lang="en"), _TwoCases())
    assert isinstance(res, Unresolved), res


def test_inspect_of_several_names_each_for_the_policy():
    from fakes import FakeView

    cmd = Inspect("web", more=("cache",), lang="cli")
    assert named(cmd).targets == ("web", "cache")
    p = plan(cmd, FakeView())
    assert isinstance(p, Plan) and not p.writes
    assert [c.op for c in p.calls] == ["container.inspect", "container.inspect"]
    assert {("container", "web"), ("container", "cache")} <= set(subjects(p))


def test_image_inspect_is_a_read_whose_subject_is_the_image():
    from fakes import FakeView

    p = plan(ImageInspect("nginx", lang="en"), FakeView())
    assert isinstance(p, Plan) and not p.writes and p.calls[0].op == "image.inspect"
    assert ("image", "nginx") in subjects(p)
