"""Kinds of wrong write found by branch `break9` (issue 8: never a wrong action) in the third round of
tests/data/wordings_break2.yaml, each held here with wordings other than the table's rows.

  * a verb said in progress (-고 있다, honorific -고 계시다), told or asked — "nginx 이미지 받고 있어?",
    "web 재시작하고 있어?", "db 지우고 있냐", "web restarting?" — is never a request: it pulled, restarted, stopped
    (grammar/natural.lark `going_on_ko`; grammar/lexicon.txt `progressive_subject`: English with the name as the
    subject and no "is"; "is web restarting?" was refused already; the state a write left, "web 지워져 있어?",
    `past`);
  * a memory limit (or any other option only a new container has) said on a run of an existing container —
    "cache 메모리 1g로 올려", "run web with memory limit 128m" — was dropped into `docker start`: now asked
    (plan.container_not_image), never a start that drops the word;
  * a pull or push said in words of a container's name with no image of that name — "web 이미지 받아", "pull
    web's image", "web 밀어버려" (밀다 is also "wipe out") — pulled or pushed the container's name: now refused
    naming the container's image (plan.image_verb_of_container); typed docker CLI runs as typed.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer), as
`gorae explain --json` does.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

PROGRESSIVE = [
    # the table's rows
    "nginx 이미지 받고 있어?", "web 재시작하고 있어?", "busybox 받고 있니", "redis 땡기고 있음?",
    "web 재시작하고 계신가요?", "my-nginx 껐다 켜고 있어?", "지금 web 재시작하고 있지?", "web 멈추고 있냐고",
    # other wordings of the kind
    "alpine 이미지 내려받고 있어?", "cache 재기동하고 있나", "my-nginx 죽이고 있어?", "db 살리고 있는 거지?",
    "web 일시정지하고 있어요?", "redis 이미지 pull 하고 있어?", "data 볼륨 지우고 있었어?", "cache 꺼 주고 있어?",
    "web 삭제하고 계십니까?", "team/web:2 올리고 있어?",
    # English with the name as the subject and no "is" ("is web restarting?" was refused already)
    "web restarting?", "cache stopping?", "the db container removing?", "web and cache restarting?",
    "my-nginx pausing right now?", "data getting killed?", "both web and cache stopping",
    # the state a write left, said with the passive -어지다 and 있다 (Kiwi drops its 지: "지우 있" read as a removal)
    "web 지워져 있어?", "web 지워져 있나", "web 만들어져 있어?", "cache 날려져 있어?", "db 올려져 있나요?",
    "my-nginx 띄워져 있어?",
]


@pytest.mark.parametrize("text", PROGRESSIVE)
def test_a_verb_said_in_progress_is_never_a_write(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not ans.proposal, f"{text!r} offered {list(ans.proposal)}"


@pytest.mark.parametrize("text, cli", [
    ("web 이미지 뭐 쓰고 있어?", ["docker inspect web"]),  # a property said with 쓰고 있: the longer rule
    ("돌아가고 있는 컨테이너 보여줘", ["docker ps"]),  # a state said with -고 있는
    ("web 중지하고 삭제해줘", ["docker stop web", "docker rm web"]),  # -고 alone is still "and then"
    ("web 재시작하고 상태 확인해줘", ["docker restart web", "docker inspect web"]),
    ("nginx 받고 띄워", ["docker pull nginx", "docker run -d nginx"]),
    ("restarting web", ["docker restart web"]),  # a leading gerund is a request (tests/data/wordings_fresh.yaml)
    ("mind restarting cache?", ["docker restart cache"]),
    ("run nginx always restarting", ["docker run -d --restart always nginx"]),
    ("data에서 /tmp에서 ls 실행", ["docker exec -w /tmp data ls"]),  # a command's working directory is the exec's own
])
def test_the_readings_near_it_stand(text, cli):
    assert list(answer(text).cli) == cli, text


MEMORY_ON_A_CONTAINER = [
    "cache 메모리 1g로 올려", "web 메모리 256m 제한해서 띄워", "web 띄울 때 메모리 256m", "run web with memory limit 128m",
    "cache 메모리 512m로 실행", "db 램 1g로 올려줘",
    # other wordings of the kind (other options a start cannot carry)
    "data 메모리 64m로 실행해", "launch cache with memory 1g", "my-nginx 램 512m 한도로 띄워",
]


@pytest.mark.parametrize("text", MEMORY_ON_A_CONTAINER)
def test_a_memory_limit_said_of_a_container_is_never_dropped_into_a_start(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not ans.proposal, f"{text!r} offered {list(ans.proposal)}"


@pytest.mark.parametrize("text", MEMORY_ON_A_CONTAINER[:6])
def test_it_is_asked_as_a_container_not_an_image(text):
    assert answer(text).refusal == "unresolved: plan.container_not_image (RunContainer)", answer(text)


def test_a_memory_limit_on_a_run_of_an_image_stands():
    assert list(answer("nginx 메모리 256m로 제한해서 실행").cli) == ["docker run -d --memory 256m nginx"]


CONTAINER_AS_IMAGE = [
    ("web 이미지 받아", "pull"), ("pull web's image", "pull"), ("web 이미지 땡겨", "pull"), ("pull web", "pull"),
    ("web 밀어버려", "push"), ("db 밀어", "push"), ("push web", "push"), ("web 레지스트리에 올려", "push"),
    # other wordings of the kind
    ("cache 이미지 내려받아", "pull"), ("grab the image of my-nginx", "pull"), ("push data to the registry", "push"),
    ("my-nginx 레지스트리로 밀어줘", "push"),
]


@pytest.mark.parametrize("text, verb", CONTAINER_AS_IMAGE)
def test_a_pull_or_push_of_a_container_name_is_asked_naming_its_image(text, verb):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not ans.proposal, f"{text!r} offered {list(ans.proposal)}"


@pytest.mark.parametrize("text, cli", [
    ("docker pull web", ["docker pull web"]),  # typed docker CLI runs as typed (docker answers for it)
    ("docker push web", ["docker push web"]),
    ("pull nginx", ["docker pull nginx"]),
    ("team/web:2 밀어", ["docker push team/web:2"]),
    ("postgres 16 버전 받아줘", ["docker pull postgres:16"]),
])
def test_pulls_and_pushes_of_images_stand(text, cli):
    assert list(answer(text).cli) == cli, text


def test_the_refusal_names_the_image_of_the_container():
    from fakes import FakeView

    from bot.engine.plan import plan
    from bot.language.normalize import normalize
    from bot.language.parse import parse
    from bot.model import Unresolved

    view = FakeView(containers=[("web", "nginx", "running")])
    for text, verb in (("web 이미지 받아", "pull"), ("push web", "push")):
        res = plan(parse(normalize(text)), view)
        assert isinstance(res, Unresolved), (text, res)
        assert res.reason.key == "plan.image_verb_of_container", res
        assert res.suggestions == (f"docker {verb} nginx",), res
