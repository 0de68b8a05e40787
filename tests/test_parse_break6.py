"""Branch break6 (session 12, issue 8): the wrong writes of tests/data/wordings_break6.yaml, fixed as kinds. Each kind
holds the table's input and two or three wordings of the same kind that were not in the table. Read through
`Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.py `answer`), as the tables are."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer


def _refused(text: str) -> None:
    a = answer(text)
    assert not a.cli, (text, a.cli)


# "the rest" (나머지) beside a name that no word leaves out: every OTHER container, never the name's
# (parse_natural.py `_rest_beside_a_name`; "cache는 그대로, 나머지 재시작" restarted cache alone)
@pytest.mark.parametrize("text", ["cache는 그대로, 나머지 재시작", "db는 그대로, 나머지 다 꺼", "cache 그대로 나머지 재시작",
                                  "web은 멀쩡해 나머지 다 재시작", "data는 괜찮으니 나머지 꺼줘", "my-volume 그대로 나머지 지워"])
def test_rest_beside_a_name_is_never_the_name(text):
    _refused(text)


@pytest.mark.parametrize("text,cli", [("web은 그대로 두고 나머지 다 꺼", ["docker stop my-nginx cache my-volume data"]),
                                      ("web 빼고 나머지 다 꺼줘", ["docker stop my-nginx cache my-volume data"])])
def test_rest_with_a_word_that_leaves_the_name_out_still_reads(text, cli):
    assert list(answer(text).cli) == cli


# an English name said first, addressed ("web: restart cache") or its state told ("db is ok, remove web"), beside a
# verb with a name after it: never one more target (parse_natural.py `_addressed_or_told`; it restarted/removed both)
@pytest.mark.parametrize("text", ["web: restart cache", "cache: rm web", "data: stop cache", "my-nginx: kill web",
                                  "web restart cache", "cache: pause data and web"])
def test_addressed_name_is_no_target(text):
    _refused(text)


@pytest.mark.parametrize("text,cli", [("db is ok, remove web", ["docker rm web"]),
                                      ("web's ok, restart cache", ["docker restart cache"]),
                                      ("my-nginx is fine, stop data", ["docker stop data"]),
                                      ("cache's alright, restart web", ["docker restart web"])])
def test_a_name_told_ok_is_context(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text,cli", [("web: nginx -s reload", ["docker exec web nginx -s reload"]),
                                      ("web: stop", ["docker stop web"]),
                                      ("restart web and cache", ["docker restart web cache"]),
                                      ("web and cache restart", ["docker restart web cache"])])
def test_addressed_and_lists_still_read(text, cli):
    assert list(answer(text).cli) == cli


# a wish (-면 좋겠다) asked: whether it would be good is a question, never the request (parse.py `_wish_asked`)
@pytest.mark.parametrize("text", ["web 지우면 좋겠어?", "web 지우면 좋겠니?", "web 재시작하면 좋겠어요?", "cache 꺼주면 좋겠니",
                                  "db 지워주면 좋겠어?", "my-nginx 멈추면 좋겠니"])
def test_wish_asked_runs_nothing(text):
    a = answer(text)
    assert not a.cli and not a.proposal, (text, a)


@pytest.mark.parametrize("text,cli", [("db 지워주면 좋겠다", ["docker rm db"]),
                                      ("web 재시작해주면 좋겠어요", ["docker restart web"])])
def test_wish_said_still_requests(text, cli):
    assert list(answer(text).cli) == cli


# an image name glued to a number, no image of that whole name here and the name before the digits one: a port or a
# tag glued, asked (plan.py `_run`: plan.bare_number) — never an image "nginx8080" pulled and run
@pytest.mark.parametrize("text", ["nginx8080띄워", "run nginx8080", "alpine3 띄워", "httpd8081 실행해줘", "busybox1 띄워"])
def test_glued_number_is_asked(text):
    a = answer(text)
    assert not a.cli, (text, a.cli)
    assert a.refusal is not None and "bare_number" in a.refusal, (text, a.refusal)


def test_glued_number_with_its_particle_is_the_port():
    assert list(answer("redis6380으로 실행해줘").cli) == ["docker run -d -p 6380:6379 redis"]


def test_glued_number_typed_as_docker_cli_runs_as_typed():
    assert list(answer("docker run -d nginx8080").cli) == ["docker run -d nginx8080"]


# after -고 (and), a name with only its state and no verb of its own ("cache 쉬게 하고 web 돌아가게": let web run) is a
# clause of its own, never one more target of the first verb (parse_natural.py `_set_apart`; it paused both)
@pytest.mark.parametrize("text", ["cache 쉬게 하고 web 돌아가게", "web 쉬게 하고 cache 돌아가게", "data 멈추고 my-nginx 돌아가게",
                                  "cache 재시작하고 web 실행 중"])
def test_a_state_said_of_a_name_after_and_is_no_target(text):
    a = answer(text)
    assert not a.cli, (text, a.cli)


@pytest.mark.parametrize("text,cli", [("web 쉬게 해줘", ["docker pause web"]),
                                      ("web 쉬게 했다가 다시 돌아가게 해", ["docker pause web", "docker unpause web"])])
def test_causatives_still_read(text, cli):
    assert list(answer(text).cli) == cli
