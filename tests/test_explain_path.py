"""The kinds found by reading every table row through `Gorae.explain` (the path of `gorae explain --json`)
instead of normalize -> parse -> plan (tests/compare_paths.py lists where the two differ).

1. A number after "on" is the port a new container publishes, never an engine: "fire up redis on 6380".
   A name that is no known engine after "on" is still refused as an unknown engine ("restart web on prod-9").
2. An English word left out as "names no container" ("stop the flibber web" → proposes `docker stop web`)
   is never offered when the sentence says a time, a report, a supposition or a take-back
   ("restart web every night", "he said to stop web"): no "run it now?" for what was not asked now.
"""
from __future__ import annotations

import pytest
from corpus_check import plan_key
from fakes import FakeGorae

from bot.model import NotUnderstood, Plan, Unresolved


def explain(text):
    return FakeGorae().explain(text)


@pytest.mark.parametrize("text, cli", [
    ("fire up redis on 6380", ["docker run -d -p 6380:6379 redis"]),
    ("run nginx on 8082", ["docker run -d -p 8082:80 nginx"]),
    ("start a new nginx container on 8071", ["docker run -d -p 8071:80 nginx"]),
    ("spin up nginx called gw1 on 8083", ["docker run -d --name gw1 -p 8083:80 nginx"]),
    ("run nginx bound to localhost on 8081", ["docker run -d -p 127.0.0.1:8081:80 nginx"]),
    ("fire up a postgres:16 with POSTGRES_PASSWORD=hunter2 on 5433",
     ["docker run -d -e POSTGRES_PASSWORD=hunter2 -p 5433:5432 postgres:16"]),
    ("pull redis then run it on 6380", ["docker pull redis", "docker run -d -p 6380:6379 redis"]),
])
def test_a_number_after_on_is_the_port(text, cli):
    ex = explain(text)
    assert isinstance(ex.planned, Plan), (text, ex.planned)
    assert plan_key(list(ex.planned.cli)) == plan_key(cli)


@pytest.mark.parametrize("text", ["restart web on prod-9", "stop cache on staging"])
def test_an_unknown_engine_is_still_refused(text):
    ex = explain(text)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.unknown", (text, ex.planned)


@pytest.mark.parametrize("text", ["restart web on 5433", "stop cache on 6379", "restart web on 8080"])
def test_a_number_after_on_for_a_restart_is_refused(text):
    # (session 14: k16en) a number after "on" is never an engine's name ("which container is listening on 6379"); for
    # a verb that takes no port it is a word nothing reads: refused, nothing planned or proposed
    ex = explain(text)
    assert not isinstance(ex.planned, Plan) and not isinstance(ex.proposed, Plan), (text, ex.planned, ex.proposed)


@pytest.mark.parametrize("text", [
    "restart web every night", "remove db next week", "he said to stop web", "someone said restart web",
    "the ticket says remove db", "he told me to kill cache", "stop web... nvm", "would restarting cache fix it?",
])
def test_no_proposal_for_what_was_not_asked_now(text):
    ex = explain(text)
    assert not isinstance(ex.planned, Plan) and not isinstance(ex.proposed, Plan), (text, ex.planned, ex.proposed)


@pytest.mark.parametrize("text, cli", [
    ("restart the flibber web", "docker restart web"),
    ("delete the web spreadsheet", "docker rm web"),
])
def test_an_unknown_word_is_still_proposed(text, cli):
    ex = explain(text)
    assert isinstance(ex.parsed, NotUnderstood) and isinstance(ex.proposed, Plan), (text, ex)
    assert list(ex.proposed.cli) == [cli]
