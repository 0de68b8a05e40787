"""Wrong writes found by branch `break4` (issue 8), each fixed as a kind; the rows of
tests/data/wordings_break4.yaml hold the sentences, these tests the kinds, with other wordings.

- The Korean typed after a docker command line is read by morphemes, never by its first syllables
  (bot/language/parse_cli.py `_asks_it`, grammar/lexicon.txt `cli_tail_barred`): a question whether to
  ("docker rm web 해볼까"), something done ("docker stop web 해봤어"), someone else's words ("실행하래"), a
  negation or a permission asked is no request — the command typed is never run for it.
- No program is named in Hangul: "docker run nginx 띄워줘", "docker run nginx 8080포트" ran nginx with the
  command `띄워줘` / `8080포트` (bot/language/parse_cli.py `_program`); Hangul later in a command stays an argument.
- Hearsay said with -는데 / -네 / -서 or before a noun ("web 재시작하라는데요", "cache 꺼달라는데", "web 지운다네")
  is reported speech, and a supposition (-ㄴ다면, -라면: "web 지운다면?") is a condition (grammar/morphemes.txt):
  both planned the write.
"""
from __future__ import annotations

import pytest
from corpus_check import is_write
from test_wordings_fresh import answer


def _no_write(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


# --------------------------------------------------------------------------- the Korean tail of a docker command

@pytest.mark.parametrize("text", [
    "docker rm web 해볼까",  # shall I? — asked whether
    "docker rm -f web 부탁할까",
    "docker stop web 돌려볼까",
    "docker stop web 실행할까",
    "docker stop web 쳐볼까",
    "docker exec web ls 실행해볼까",
    "network rm backend 해볼까",  # a bare command, no `docker`
    "docker stop web 해봤어",  # done
    "docker stop web 해줬어",
    "docker stop web 실행했어",
    "volume rm pgdata 했어",
    "docker restart cache 실행하래",  # someone else's words
    "docker restart cache 실행하라는데",
    "docker kill cache 해도 돼?",  # a permission asked
    "docker rm web 실행하지 마",  # a negation
    "docker rm web 실행 안 해",
])
def test_a_korean_tail_that_asks_nothing_never_runs_the_command(text):
    _no_write(text)


@pytest.mark.parametrize("text, want", [
    ("docker stop web 해줘", ["docker stop web"]),
    ("docker rm web 해주세요", ["docker rm web"]),
    ("docker restart web 좀", ["docker restart web"]),
    ("docker stop web 쳐줘", ["docker stop web"]),
    ("docker restart web 부탁해요", ["docker restart web"]),
    ("docker ps 보여줘", ["docker ps"]),
    ("network ls 해줘", ["docker network ls"]),
])
def test_a_korean_request_after_a_docker_command_still_runs_it(text, want):
    assert list(answer(text).cli) == want


# --------------------------------------------------------------------------- a program named in Hangul

@pytest.mark.parametrize("text", [
    "docker run nginx 띄워줘",
    "docker run nginx 8080포트",
    "docker run nginx 포트 80",
    "docker run -p 80:80 nginx 백그라운드로",
    "docker run nginx 이름 edge",
    "docker create redis 만들어",
    "docker exec web 지워",
    "docker exec cache 재시작",
])
def test_hangul_is_never_the_program_of_a_typed_run_or_exec(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


@pytest.mark.parametrize("text, want", [
    ("docker run alpine echo 안녕", ["docker run alpine echo '안녕'"]),
    ("docker exec web echo 지워", ["docker exec web echo '지워'"]),
    ("docker run -d nginx 해줘", ["docker run -d nginx"]),
])
def test_hangul_after_the_program_is_its_argument(text, want):
    assert list(answer(text).cli) == want


# --------------------------------------------------------------------------- hearsay and supposition

@pytest.mark.parametrize("text", [
    "web 재시작하라는데요",
    "web 재시작하라는데",
    "web 지우라는데요",
    "cache 꺼달라는데",
    "web 재시작해 달라는데요",
    "cache 재시작한다는데",
    "web 지운다네",
    "web 지우라 함",
    "web 지우라길래",
    "web 지우래서",
    "web 재시작하라는",
    "remove web 하라는데",
])
def test_hearsay_is_reported_never_requested(text):
    _no_write(text)


@pytest.mark.parametrize("text", [
    "web 지운다면?",
    "web 재시작한다면",
    "cache 멈춘다면?",
    "web 삭제한다면",
    "web 지운다면 어떻게 돼",
    "web 지울 거라면",
    "data 꺼버린다면",
])
def test_a_supposition_is_a_condition_never_a_request(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


@pytest.mark.parametrize("text, want", [
    ("nginx를 web2라는 이름으로 실행", ["docker run -d --name web2 nginx"]),  # 라는 after a name: the naming
    ("edge라는 이름으로 nginx 띄워", ["docker run -d --name edge nginx"]),
    ("web 재시작해", ["docker restart web"]),
])
def test_naming_and_requests_are_unchanged(text, want):
    assert list(answer(text).cli) == want


# --------------------------------------------------------------------------- the chat nominal -ㅁ that tells

@pytest.mark.parametrize("text", [
    "web 재시작함", "web 재시작 함", "cache 끔", "web 지움", "web 삭제함", "web 재시작해 둠", "web 재시작해드림",
    "web 지워놓음", "data 죽임", "nginx 받음", "nginx 80포트로 띄움", "my-nginx 중지함", "cache 날림",
])
def test_the_chat_nominal_tells_what_was_done(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


@pytest.mark.parametrize("text, want", [
    ("web 재시작 부탁함", ["docker restart web"]),  # the request said: 부탁 / 요청
    ("data 재시작 요청함", ["docker restart data"]),
    ("cache 재시작 ㅠㅠ 급함", ["docker restart cache"]),  # a state: 급하다
    ("떠 있는 거 뭐 있음", ["docker ps"]),
    ("web 뻗음", ["docker inspect web", "docker logs --tail 20 web"]),  # a complaint
])
def test_the_nominal_of_a_request_or_a_state_is_unchanged(text, want):
    assert list(answer(text).cli) == want


# --------------------------------------------------------------------------- tag questions

@pytest.mark.parametrize("text, proposed", [
    ("restart web ok?", "docker restart web"),
    ("remove web, ok?", "docker rm web"),
    ("stop cache alright?", "docker stop cache"),
    ("kill cache okay?", "docker kill cache"),
    ("restart web yeah?", "docker restart web"),
    ("web 지울게?", "docker rm web"),
    ("web 지운다?", "docker rm web"),
    ("cache 끈다?", "docker stop cache"),
    ("web 재시작할게요?", "docker restart web"),
    ("data 멈춥니다?", "docker stop data"),
])
def test_a_tag_question_is_asked_back_never_run(text, proposed):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert list(ans.proposal) == [proposed]


@pytest.mark.parametrize("text, want", [
    ("restart web right now", ["docker restart web"]),
    ("ok restart web", ["docker restart web"]),
    ("restart web ok", ["docker restart web"]),
    ("web 지울게", ["docker rm web"]),
    ("data 시작할게요", ["docker start data"]),
])
def test_without_the_question_it_is_still_a_request(text, want):
    assert list(answer(text).cli) == want


# --------------------------------------------------------------------------- emoji, notices, proposals

@pytest.mark.parametrize("text", [
    "web 삭제 🤔", "stop web 🤔", "web 재시작 ✅", "✅ web 삭제 완료", "restart web :thinking_face:",
    "remove cache :white_check_mark:", "web 재시작 ✔️", "cache 꺼 ❓", "🧐 data 재시작", "kill cache :question:",
    "FYI removing cache", "fyi restarting web now", "heads up, stopping data",
])
def test_doubt_done_or_a_notice_runs_nothing_and_offers_nothing(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


# ("stop everything save web" is read since session 35 as the table wants it, every container but web: w35c,
# tests/test_parse_w35c.py; "save" is except only right after every container)
@pytest.mark.parametrize("text", [
    "stop all containers minus web", "restart everything bar cache",
    "stop all containers sans web", "kill everything but keep web", "skip the restart of web",
    "refrain from removing web", "restart web? nah", "suppose we remove web", "explain docker rm web",
    "[완료] web 재시작", "web 재시작 완료", "[공지] cache 재시작", "web restart done",
])
def test_a_word_that_may_reverse_the_meaning_is_never_left_out_of_a_proposal(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"
