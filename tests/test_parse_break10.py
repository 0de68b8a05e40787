"""Wrong writes found by branch `break10` (issue 8), each fixed as a kind; the rows of
tests/data/wordings_break3.yaml hold the sentences, these tests the kinds, with other wordings.

- Slack's strikethrough (~web~, ~~web~~) is a word crossed out, never one more name; *bold* is emphasis
  (bot/language/normalize.py).
- The program `env` (or `vars`) typed as a word in a run of an image with no command is never dropped:
  asked (bot/language/parse_natural.py `_env_word_unread`), while "alpine에서 env 실행" runs it.
- A choice between names (또는 / 혹은 / 아니면 / 이나 / -든) is a question of which, never both
  (grammar/morphemes.txt, grammar/lexicon.txt never_unread).
- "run X" typed without `docker` (the CLI reading of a sentence) with a container X here is that container
  (`docker start X`, as "run web" is), never a new container of an image named X (bot/language/parse_cli.py).
"""
from __future__ import annotations

import pytest
from fakes import CONTAINERS, FakeGorae, FakeView
from test_wordings_fresh import answer

from bot.language.normalize import normalize
from bot.model import Plan


@pytest.mark.parametrize("text, want", [
    ("~web~ cache 재시작", ["docker restart cache"]),
    ("restart ~cache~ web", ["docker restart web"]),
    ("restart ~~cache~~ web", ["docker restart web"]),
    ("~my-nginx~ data 꺼줘", ["docker stop data"]),
    ("stop ~web~ ~cache~ my-nginx", ["docker stop my-nginx"]),
    ("restart *web* pls", ["docker restart web"]),
    ("*cache* 로그 보여줘", ["docker logs cache"]),
])
def test_struck_words_are_crossed_out_and_bold_is_emphasis(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["stop ~web~", "~cache~ 재시작해", "~~data~~ 지워"])
def test_a_sentence_whose_only_name_is_struck_runs_nothing(text):
    assert not answer(text).cli


@pytest.mark.parametrize("text, want", [
    ("run alpine ls ~/x ~/y", "run alpine ls ~/x ~/y"),  # home paths, never a strikethrough
    ("web 재시작해줘~", "web 재시작해줘"),  # a tilde closing a word (tone)
    ("rm *.log in data", "rm *.log in data"),  # a glob inside a word
    ('echo "~a~" in web', 'echo "~a~" in web'),  # quoted: as typed
    ("2*3*4", "2*3*4"),
])
def test_tilde_and_star_that_are_no_slack_markup_stay(text, want):
    assert normalize(text) == want


@pytest.mark.parametrize("text", [
    "alpine을 env 실행", "alpine env 실행", "alpine을 MSG=hi 환경변수로 env 실행",
    'alpine을 MSG="stop web" 환경변수로 env 실행', "ubuntu:focal로 env 돌려", "run alpine with MSG=hi and env",
])
def test_the_program_env_is_never_dropped_from_a_run(text):
    ans = answer(text)
    assert not ans.cli or any(c.split()[-1] == "env" for c in ans.cli), (text, ans.cli)


@pytest.mark.parametrize("text, want", [
    ("alpine에서 env 실행", ["docker run alpine env"]),
    ("run env in alpine", ["docker run alpine env"]),
    ("run alpine with env TZ=UTC", ["docker run -d -e TZ=UTC alpine"]),
    ("run nginx with env vars A=1 B=2", ["docker run -d -e A=1 -e B=2 nginx"]),
    ("nginx를 환경변수 A=1로 띄워", ["docker run -d -e A=1 nginx"]),
])
def test_env_said_as_a_run_option_or_a_command_in_place_still_reads(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "web 또는 cache 재시작", "web 혹은 cache 재시작", "web, cache 또는 data 꺼", "web이나 cache 재시작",
    "web 이나 cache 꺼줘", "web이든 cache든 재시작", "my-nginx 아니면 data 꺼", "web 또는 cache 로그",
    "restart web or cache", "stop web or my-nginx",
])
def test_a_choice_between_names_is_never_both(text):
    ans = answer(text)
    assert not ans.cli, (text, ans.cli)
    assert not ans.proposal, (text, ans.proposal)


@pytest.mark.parametrize("text, want", [
    ("web이랑 cache 재시작", ["docker restart web cache"]),
    ("web 와 cache 재시작", ["docker restart web cache"]),
    ("web 또 재시작", ["docker restart web"]),  # 또 (again) alone stays a filler
    ("web 재시작 또 해줘", ["docker restart web"]),
])
def test_and_between_names_and_again_still_read(text, want):
    assert list(answer(text).cli) == want


VERB_NAMED = FakeGorae(FakeView(containers=list(CONTAINERS) + [
    ("stop", "alpine", "exited"), ("logs", "nginx", "exited"), ("restart", "busybox", "exited")]))


@pytest.mark.parametrize("text, want", [
    ("run stop", ["docker start stop"]),
    ("run logs", ["docker start logs"]),
    ("run restart", ["docker start restart"]),
    ("Run logs", ["docker start logs"]),
    ("docker run stop", ["docker run -d stop"]),  # typed docker CLI runs as typed
    ("run nginx", ["docker run -d nginx"]),
    ("run busybox", ["docker run -d busybox"]),
])
def test_run_of_a_name_that_is_a_verb_is_the_container_of_that_name(text, want):
    planned = VERB_NAMED.explain(text).planned
    assert isinstance(planned, Plan), (text, planned)
    assert list(planned.cli) == want


@pytest.mark.parametrize("text", [
    "🙅 web 재시작", "web 지워 ❌", "web 지워 ❌❌", "restart web 👎", "stop ❌ web", "web 재시작 🚫", "⛔ cache 꺼",
    ":no_entry: cache 꺼", "stop :x: web", "restart cache :thumbsdown:", "web 재시작 :-1:", "data 지워 :no_good:",
])
def test_an_emoji_that_says_no_is_never_dropped(text):
    """A Unicode emoji or a Slack shortcode that says no (grammar/lexicon.txt no_emoji) refuses the sentence
    (it was chat noise: "🙅 web 재시작" restarted web, "web 지워 ❌" removed it)."""
    ans = answer(text)
    assert not ans.cli and not ans.proposal, (text, ans)


@pytest.mark.parametrize("text, want", [
    ("restart cache :fire:", ["docker restart cache"]),
    (":rocket: web 재시작", ["docker restart web"]),
    ("web 로그 좀 :eyes::pray:", ["docker logs web"]),
    ("web 재시작 :+1::skin-tone-2:", ["docker restart web"]),
    ("web 재시작 🔥", ["docker restart web"]),
    ("run nginx on 127.0.0.1:8080", ["docker run -d -p 127.0.0.1:8080:80 nginx"]),  # a colon in a value stays
    ("nginx:latest 실행", ["docker run -d nginx:latest"]),
])
def test_any_other_shortcode_is_chat_noise(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "web 꺼. 아 잠깐 cache도", "앗 잠깐 web 꺼", "web 꺼 아 잠깐", "어 잠깐만 web 꺼", "아 잠시 cache 멈춰",
])
def test_wait_after_an_interjection_is_never_a_pause(text):
    """잠깐 / 잠시 right after an interjection is "wait" (grammar/morphemes.txt): never brevity — "web 꺼. 아 잠깐
    cache도" paused web and cache. Refused, never proposed as a pause."""
    ans = answer(text)
    assert not ans.cli, (text, ans.cli)
    assert not any("pause" in c for c in ans.proposal), (text, ans.proposal)


@pytest.mark.parametrize("text, want", [
    ("web 잠깐 꺼", ["docker pause web"]),  # brevity said of the stop: a pause, as before
    ("잠깐, web 꺼줘", ["docker stop web"]),
    ("어 web 재시작", ["docker restart web"]),  # an interjection alone is chat noise
    ("앗 cache 꺼줘", ["docker stop cache"]),
])
def test_brevity_and_interjections_alone_still_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "stop web, actually cache too", "stop web, actually also cache", "stop web, I mean cache too",
    "stop web actually cache as well",
])
def test_a_correction_that_adds_a_name_never_takes_the_first_back(text):
    """"stop web, actually cache too" stopped cache only (the correction took web back): asked."""
    assert not answer(text).cli


@pytest.mark.parametrize("text, want", [
    ("stop web, actually cache", ["docker stop cache"]),
    ("restart web, i mean cache", ["docker restart cache"]),
    ("kill cache, actually stop it", ["docker stop cache"]),
    ("actually, restart web too", ["docker restart web"]),
])
def test_a_correction_still_takes_back(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "restart the rest", "나머지 재시작", "나머지도 꺼", "restart web and the rest", "나머지는 다 지워",
    "stop everything but web, and restart the rest",
])
def test_the_rest_of_nothing_is_asked(text):
    """"나머지도 꺼" stopped every container, "restart web and the rest" restarted web only: the rest of what?"""
    ans = answer(text)
    assert not ans.cli, (text, ans.cli)


@pytest.mark.parametrize("text, want", [
    ("web 빼고 나머지 다 재시작", ["docker restart my-nginx cache my-volume data"]),
    ("web 말고 나머지 꺼", ["docker stop my-nginx cache my-volume data"]),
    ("web 놔두고 나머지 다 재시작", ["docker restart my-nginx cache my-volume data"]),
    ("나머지는 두고 data만 재시작", ["docker restart data"]),
    ("web만 재시작, 나머지는 건드리지 마", ["docker restart web"]),
])
def test_the_rest_after_an_exclusion_still_reads(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "pgdata 볼륨이랑 db 컨테이너 지워", "db 볼륨이랑 db 컨테이너 지워", "db 컨테이너랑 pgdata 볼륨 지워",
    "remove the db volume and the db container", "remove volume pgdata and container db",
    "remove container db and volume pgdata", "remove the web container and the nginx image",
    "backend 네트워크랑 db 컨테이너 지워",
])
def test_names_of_two_kinds_in_one_removal_are_asked(text):
    """"pgdata 볼륨이랑 db 컨테이너 지워" planned `docker volume rm pgdata db` (the volume db, not the
    container); "remove container db and volume pgdata" proposed `docker rm db` (the volume dropped)."""
    ans = answer(text)
    assert not ans.cli and not ans.proposal, (text, ans)


@pytest.mark.parametrize("text, want", [
    ("db 볼륨 pgdata 볼륨 지워", ["docker volume rm db pgdata"]),
    ("remove volumes db and pgdata", ["docker volume rm db pgdata"]),
    ("web 컨테이너를 backend 네트워크에 연결", ["docker network connect backend web"]),
    ("backend 네트워크에서 web 빼", ["docker network disconnect backend web"]),
    ("remove the db volume", ["docker volume rm db"]),
    ("db 지워", ["docker rm db"]),
])
def test_names_of_one_kind_still_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text, want", [
    ("restart web only, leave the rest alone", ["docker restart web"]),
    ("web, cache 둘 다 재시작하고 나머지는 그대로", ["docker restart web cache"]),
    ("web만 재시작 나머지 두고", ["docker restart web"]),
])
def test_the_rest_kept_as_it_is_still_reads(text, want):
    assert list(answer(text).cli) == want
