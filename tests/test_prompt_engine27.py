"""lead27: a docker command pasted with its shell prompt ("root@prod-9:~# docker rm web") was run on gorae's default
engine whatever host the prompt named. Now it runs on the engine of that name (bot/pipeline.py `_prompt_engine`); with
several engines and none of that name a write is refused (the engine asked for), a read answered as before; with one
engine, as before. Over fake views (tests/test_engines_eng17.py's way); on the real engines: tests/test_e2e_engines.py."""
from __future__ import annotations

import pytest
from fakes import FakeView

from bot.engine.named import Engines, EngineSpec
from bot.language.normalize import prompt_host
from bot.model import Actor, Plan, Request, Unresolved
from bot.pipeline import Gorae

WEB = [("web", "nginx", "running"), ("cache", "redis", "running")]


class ViewsGorae(Gorae):
    def view(self, engine=None):
        return FakeView(containers=WEB)


def gorae(*names: str) -> ViewsGorae:
    hosts = {"default": "unix:///var/run/docker.sock", "prod-9": "ssh://deploy@10.0.0.9", "staging": "tcp://10.0.0.7"}
    return ViewsGorae(engines=Engines({n: EngineSpec(n, hosts[n], source="config") for n in names}, names[0]))


ME = Actor("local:me", local=True)


def explain(g, sentence):
    return g.explain(sentence, Request(sentence, ME, "terminal", source="terminal"))


@pytest.mark.parametrize("text,host", [
    ("root@prod-9:~# docker rm web", "prod-9"),
    ("[deploy@web-1 srv]$ docker ps", "web-1"),
    ("ubuntu@ip-10-0-0-5:~$ docker logs cache", "ip-10-0-0-5"),
    ("root@prod-9.corp:/srv# sudo docker stop web", "prod-9.corp"),
    ("`root@prod:~# docker ps`", "prod"),
    ("$ docker ps", None),
    ("~/infra $ docker restart web", None),
    ("mail me@x.com docker ps", None),
    ("restart web", None),
])
def test_prompt_host(text, host):
    assert prompt_host(text) == host


@pytest.mark.parametrize("text", ["root@prod-9:~# docker restart web", "me@prod-9.corp:/srv$ sudo docker restart web",
                                  "[deploy@prod-9 ~]# docker restart web"])
def test_the_prompts_engine(text):
    e = explain(gorae("default", "prod-9"), text)
    assert isinstance(e.planned, Plan) and e.planned.cli == ("docker --context prod-9 restart web",), e.planned


def test_an_engine_said_in_the_request_is_kept():
    e = explain(gorae("default", "prod-9", "staging"), "root@prod-9:~# docker --context staging restart web")
    assert isinstance(e.planned, Plan) and e.planned.cli == ("docker --context staging restart web",), e.planned


def test_an_unknown_host_with_several_engines_refuses_a_write():
    e = explain(gorae("default", "staging"), "root@prod-9:~# docker rm web")
    assert isinstance(e.planned, Unresolved) and e.planned.reason.key == "engines.prompt_unknown", e.planned
    assert isinstance(explain(gorae("default", "staging"), "root@prod-9:~# docker ps").planned, Plan)


def test_one_engine_runs_as_before():
    e = explain(gorae("default"), "root@laptop:~# docker restart web")
    assert isinstance(e.planned, Plan) and e.planned.cli == ("docker restart web",), e.planned
