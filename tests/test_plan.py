"""plan: utterance -> docker CLI against a fake engine holding the corpus world.

The fake answers only name look-ups (tests/fakes.py); the docker-marked tests
check the same plans on a real engine.
"""
import os

import pytest
import yaml
from corpus_check import plan_key
from fakes import FakeView

from bot.engine.plan import plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood, Plan, Unresolved, VerbClass

HERE = os.path.dirname(__file__)
CORPUS = yaml.safe_load(open(os.path.join(HERE, "corpus", "dev.yaml"), encoding="utf-8"))


def planned(text, view=None):
    cmd = parse(normalize(text))
    if isinstance(cmd, NotUnderstood):
        return cmd
    return plan(cmd, view or FakeView())


@pytest.mark.parametrize("case", CORPUS, ids=[c["text"] for c in CORPUS])
def test_dev_corpus(case):
    res = planned(case["text"])
    got = list(res.cli) if isinstance(res, Plan) else []
    if case["expect"] == "none":
        assert not got, f"planned {got} for {case['text']!r}"
    else:
        wanted = {plan_key(w) for w in [case["expect"]] + case.get("alt", [])}
        assert got and plan_key(got) in wanted, (got, case["expect"])


# other wordings of the same constructs: politeness, spacing, synonyms, word order
VARIANTS = [
    ("web 재시작해줘", "docker restart web"),
    ("web을 재기동해 주세요", "docker restart web"),
    ("web 리스타트 해 주시겠어요?", "docker restart web"),
    ("web, cache 재시작", "docker restart web cache"),
    ("web과 cache를 재시작해", "docker restart web cache"),
    ("restart web, cache", "docker restart web cache"),
    ("nginx 띄워줘", "docker run -d nginx"),
    ("redis 올려 주세요", "docker run -d redis"),
    ("nginx 80 포트로 실행", "docker run -d -p 80:80 nginx"),
    ("nginx 8080번 포트로 띄워", "docker run -d -p 8080:80 nginx"),
    ("８０８０포트로 nginx 실행", "docker run -d -p 8080:80 nginx"),
    ("spin up nginx on port 8080", "docker run -d -p 8080:80 nginx"),
    ("launch redis", "docker run -d redis"),
    ("web 꺼줘", "docker stop web"),
    ("web 내려", "docker stop web"),
    ("shut down web", "docker stop web"),
    ("web 지워줘", "docker rm web"),
    ("web 제거", "docker rm web"),
    ("delete web", "docker rm web"),
    ("web 죽여", "docker kill web"),
    ("다 꺼줘", "docker stop $(docker ps -q)"),
    ("stop everything", "docker stop $(docker ps -q)"),
    ("cache 로그 20줄", "docker logs --tail 20 cache"),
    ("web 로그 최근 30분", "docker logs --since 30m web"),
    ("tail web", "docker logs -f web"),  # (session 21, inc21) tail said bare before one name follows it (fresh18)
    ("show me the last 20 lines of web logs", "docker logs --tail 20 web"),
    ("web logs from the last 10 minutes", "docker logs --since 10m web"),
    ("컨테이너 보여줘", "docker ps"),
    ("모든 컨테이너 보여줘", "docker ps -a"),
    ("show running containers", "docker ps"),
    ("web에서 ls /etc 실행", "docker exec web ls /etc"),
    ("run ls in web", "docker exec web ls"),
    ("exec web ls /etc", "docker exec web ls /etc"),
    ("redis 이미지 받아", "docker pull redis"),
    ("download alpine", "docker pull alpine"),
    ("db2 볼륨 만들어줘", "docker volume create db2"),
    ("create volume data2", "docker volume create data2"),
    ("create a network called my-net with driver bridge", "docker network create -d bridge my-net"),
    ("connect web to backend", "docker network connect backend web"),
    ("web 컨테이너를 backend 네트워크에서 분리", "docker network disconnect backend web"),
    ("disconnect web from the backend network", "docker network disconnect backend web"),
    ("run nginx on localhost port 8080", "docker run -d -p 127.0.0.1:8080:80 nginx"),
    ("docker logs -n 20 web", "docker logs --tail 20 web"),
    ("docker image ls", "docker images"),
    ("docker container ls -a", "docker ps -a"),
    ("docker run --publish=8080:80 nginx", "docker run -d -p 8080:80 nginx"),
    ("docker run -p 8080 nginx", "docker run -d -p 8080 nginx"),
    ("docker run -d --name x1 -e A=1 -e B=2 -p 127.0.0.1:8080:80 -v db:/data:ro --restart always "
     "--network backend nginx",
     "docker run -d --name x1 -e A=1 -e B=2 -p 127.0.0.1:8080:80 -v db:/data:ro --restart always "
     "--network backend nginx"),
    ("docker run --rm alpine echo hi", "docker run --rm alpine echo hi"),
    ("docker exec web ls /etc", "docker exec web ls /etc"),
    ("docker kill -s HUP web", "docker kill -s HUP web"),
    ("web 재시작해 주시겠어요?", "docker restart web"),
    ("web 좀 재시작해 주실래요?", "docker restart web"),
    ("web 다시 시작해줘", "docker restart web"),
    ("nginx 켜줘", "docker run -d nginx"),
    ("bring up redis on port 6380", "docker run -d -p 6380:6379 redis"),
    ("launch nginx on port 8080 named edge2", "docker run -d --name edge2 -p 8080:80 nginx"),
    ("nginx 포트 8080번으로 띄워", "docker run -d -p 8080:80 nginx"),
    ("nginx 이름은 edge로 8080포트에 실행", "docker run -d --name edge -p 8080:80 nginx"),
    ("run redis with environment TZ=UTC and LANG=C", "docker run -d -e TZ=UTC -e LANG=C redis"),
    ("busybox에서 echo hi 실행", "docker run busybox echo hi"),  # (alpine: data runs it — asked which, branch wrong10)
    ("web 안에서 env 실행", "docker exec web env"),
    ("show env of web", "docker exec web env"),
    ("what's running", "docker ps"),
    ("list stopped containers", "docker ps -a"),
    ("images", "docker images"),
    ("rmi alpine", "docker rmi alpine"),
    ("bridge 드라이버로 my-net 네트워크 생성", "docker network create -d bridge my-net"),
    ("web을 backend에 연결", "docker network connect backend web"),
    ("remove the pgdata volume", "docker volume rm pgdata"),
    ("web 일시 중지 해제", "docker unpause web"),
    ("clean up stopped containers", "docker container prune"),
    ("stop web cache", "docker stop web cache"),
    ("tail 20 web", "docker logs --tail 20 web"),
    ("show logs of web for the last hour", "docker logs --since 1h web"),
    ("최근 5분 web 로그", "docker logs --since 5m web"),
    ("create volume logs", "docker volume create logs"),
    ("run nginx restart always", "docker run -d --restart always nginx"),
    ("web logs since 10m", "docker logs --since 10m web"),
    ("run nginx mapping 127.0.0.1 port 8080 to container port 80", "docker run -d -p 127.0.0.1:8080:80 nginx"),
    ("run nginx named xy with restart policy always", "docker run -d --name xy --restart always nginx"),
    ("run echo hi in alpine then delete it", "docker run --rm alpine echo hi"),
    ("alpine에서 echo hi 실행 후 삭제", "docker run --rm alpine echo hi"),
    ("alpine으로 staging 컨테이너 생성", "docker create --name staging alpine"),
    ("my-volume의 볼륨으로 nginx 실행", "docker run -d --volumes-from my-volume nginx"),
    ("nginx를 9090포트 expose로 실행", "docker run -d --expose 9090 nginx"),
    ("run echo hi in a throwaway alpine container", "docker run --rm alpine echo hi"),
    ("web 1초 안에 종료", "docker stop -t 1 web"),
    ("stop web within 5 seconds", "docker stop -t 5 web"),
    ("alpine에서 cat /data/x 실행, db 볼륨을 /data에 연결", "docker run -v db:/data alpine cat /data/x"),
    ("nginx를 localhost의 8080포트로 실행", "docker run -d -p 127.0.0.1:8080:80 nginx"),
    ("run nginx on localhost:8080", "docker run -d -p 127.0.0.1:8080:80 nginx"),
    ("docker run alpine ls -l /", "docker run alpine ls -l /"),
    ("docker exec web ls -l /", "docker exec web ls -l /"),
    ("execute env in web", "docker exec web env"),
    ("web container랑 cache container 재시작해줘", "docker restart web cache"),
    ("run ubuntu:focal echo hi", "docker run ubuntu:focal echo hi"),
    # the words right after the image are its command, as docker reads `run IMAGE CMD` (wordings_fresh6)
    ("run alpine echo hi and remove it afterwards", "docker run --rm alpine echo hi"),
]


@pytest.mark.parametrize("text", [
    "run nginx read-only",                          # read-only of what? nothing to apply it to
    "what should I eat for lunch",
    "run nginx named x please thanks a lot",
])
def test_unread_words_run_nothing(text):
    assert not isinstance(planned(text), Plan)


def test_a_sentence_never_falls_back_to_a_docker_command():
    # read as a sentence with a missing part: it must not become `docker create volume …`
    res = planned("create volume")
    assert not isinstance(res, Plan)


@pytest.mark.parametrize("text, cli", VARIANTS)
def test_variants(text, cli):
    res = planned(text)
    assert isinstance(res, Plan), res
    assert plan_key(list(res.cli)) == plan_key([cli])


def test_expose_rule_uses_the_image_port():
    assert planned("nginx 8080포트로 실행").cli == ("docker run -d -p 8080:80 nginx",)
    assert planned("redis 6380포트로 실행").cli == ("docker run -d -p 6380:6379 redis",)
    # several EXPOSEd ports: host N -> container N
    assert planned("mysql:5.7 3307포트로 실행").cli == ("docker run -d -p 3307:3307 mysql:5.7",)


def test_unknown_image_ports_follow_the_registry_expose():
    # not on the engine: the EXPOSE rule reads the image's config in the registry (issue 8)
    view = FakeView(registry={"hello-pull:latest": (), "web-image:latest": ("80/tcp",),
                              "duo:latest": ("80/tcp", "443/tcp")})  # (two: a count word, natural.lark)
    res = planned("run hello-pull on port 8080", view)
    assert res.cli == ("docker run -d -p 8080:8080 hello-pull",)  # EXPOSEs nothing: N:N by the rule
    assert [n.key for n in res.notes] == ["plan.will_pull"]
    res = planned("web-image 8080포트로 실행", view)
    assert res.cli == ("docker run -d -p 8080:80 web-image",)
    assert dict(res.calls[0].kwargs)["ports"] == {"80/tcp": 8080}
    assert planned("duo 8080포트로 실행", view).cli == ("docker run -d -p 8080:8080 duo",)
    assert planned("web-image 랜덤 포트로 실행", view).cli == ("docker run -d -p 80 web-image",)


def test_unknown_image_unreadable_registry_guesses_nothing():
    view = FakeView()  # the registry does not answer for it
    res = planned("web-image 8080포트로 실행", view)
    assert isinstance(res, Unresolved), res
    assert res.reason.key == "plan.registry_port_unknown"
    assert dict(res.reason.params)["example"] == "-p 8080:8080"
    assert view.registry_reads == ["web-image"]


def test_registry_is_read_only_when_needed():
    view = FakeView(registry={"web-image:latest": ("80/tcp",)})
    assert planned("nginx 8080포트로 실행", view).cli == ("docker run -d -p 8080:80 nginx",)  # local
    assert planned("web-image 8080:3000포트로 실행", view).cli == ("docker run -d -p 8080:3000 web-image",)
    assert planned("run web-image", view).cli == ("docker run -d web-image",)
    assert view.registry_reads == []


def test_start_of_an_image_runs_it():
    assert planned("redis 시작").cli == ("docker run -d redis",)
    assert planned("db 시작").cli == ("docker start db",)


def test_unique_prefix_resolves():
    view = FakeView(containers=[("web-1-abc", "nginx", "running"), ("cache", "redis", "running")])
    res = planned("logs of web-1", view)
    assert res.cli == ("docker logs web-1-abc",)
    assert res.targets[0].id  # frozen to the container id
    # a change never by a prefix: docker resolves names exactly (branch wrong10: "rm my-n" removed my-nginx)
    res = planned("restart web-1", view)
    assert isinstance(res, Unresolved) and res.reason.key == "plan.prefix_for_write" and res.suggestions == ("web-1-abc",)


def test_several_matches_ask_and_run_nothing():
    view = FakeView(containers=[("web-1", "nginx", "running"), ("web-2", "nginx", "running")])
    res = planned("web 재시작", view)
    assert isinstance(res, Unresolved)
    assert res.choices == ("web-1", "web-2")


def test_unknown_name_suggests_real_names():
    res = planned("restart wbe")
    assert isinstance(res, Unresolved) and res.reason.key == "plan.no_such_container"
    assert "web" in res.suggestions


def test_exec_needs_a_running_container():
    res = planned("docker exec db ls")
    assert isinstance(res, Unresolved) and res.reason.key == "plan.not_running"


def test_interactive_is_refused():
    res = planned("docker run -it ubuntu:focal bash")
    assert isinstance(res, Unresolved) and res.reason.key == "parse.interactive"


def test_stop_all_freezes_the_running_containers():
    res = planned("stop all containers")
    assert res.destructive
    assert {t.name for t in res.targets} == {"web", "my-nginx", "cache", "my-volume", "data"}
    assert len(res.calls) == 5


def test_nothing_running_is_said():
    view = FakeView(containers=[("db", "mysql:5.7", "exited")])
    res = planned("모든 컨테이너 종료", view)
    assert isinstance(res, Unresolved) and res.reason.key == "plan.nothing_running"


def test_verb_classes_and_writes():
    assert planned("docker ps").verb_class is VerbClass.READ and not planned("docker ps").writes
    assert planned("restart web").verb_class is VerbClass.OPERATE
    assert planned("web 강제 삭제").verb_class is VerbClass.DESTROY and planned("web 강제 삭제").destructive
    assert planned("nginx 실행").verb_class is VerbClass.DEPLOY
    assert planned("docker exec web env").verb_class is VerbClass.EXEC


def test_sdk_calls_for_a_run():
    res = planned("nginx를 hello라는 이름으로 8080포트에 띄워줘")
    call = res.calls[0]
    assert call.op == "containers.run"
    assert call.kw() == {"image": "nginx", "detach": True, "name": "hello", "ports": {"80/tcp": 8080}}
