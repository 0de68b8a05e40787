"""bot/language/got_done_en.py: a thing asked to be got done ("get web and cache restarted") is the request of that
verb — it planned `docker inspect web` then `docker restart cache` (a read, and a write other than the one meant), and a
state word read it as a state ("can we get cache stopped?" planned `docker inspect cache`). Found by the lead's
break run of session 19; read through the tables' path (`answer`)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer, is_write

from bot import model as m
from bot.language.got_done_en import got_done


@pytest.mark.parametrize("text,want", [
    ("get web and cache restarted", ["docker restart web cache"]),
    ("can we get web and cache restarted?", ["docker restart web cache"]),
    ("can we get cache stopped?", ["docker stop cache"]),
    ("could we get web stopped please", ["docker stop web"]),
    ("can we get data paused?", ["docker pause data"]),
    ("let's get the alpine image pulled", ["docker pull alpine"]),
    ("can we get redis pulled?", ["docker pull redis"]),
    ("can we get web killed?", ["docker kill web"]),
    ("get web restarted asap", ["docker restart web"]),
])
def test_a_thing_got_done_is_the_request(text: str, want: list[str]) -> None:
    ans = answer(text)
    assert list(ans.cli) == want, (text, ans)


@pytest.mark.parametrize("text", ["don't get web restarted", "we get web restarted every night",
                                  "did you get web restarted?"])
def test_a_negation_a_habit_or_a_deed_asked_runs_nothing(text: str) -> None:
    assert not is_write(answer(text).cli), text


@pytest.mark.parametrize("text,want", [
    ("get the logs of web", ["docker logs web"]), ("can i get the stopped containers", ["docker ps -a"]),
])
def test_a_read_got_stays_a_read(text: str, want: list[str]) -> None:
    assert list(answer(text).cli) == want


def test_only_a_write_of_that_verb_replaces_the_first_reading() -> None:
    first = m.ListContainers(lang="en")
    assert got_done("get the containers listed", first, lambda said: m.ListContainers(lang="en")) is first
    assert got_done("get web restarted", first, lambda said: m.NotUnderstood(said, "en", m.Msg.of("parse.no_verb"))) \
        is first
    restart = m.Restart(targets=("web",), lang="en")
    assert got_done("get web restarted", first, lambda said: restart if said == "restart web" else first) is restart
