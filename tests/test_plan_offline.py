"""Planning with no engine to ask (bot/engine/view.py NullView): what only the engine knows is never guessed.

Found after session 8 (the development corpus read with the engine down): "run nginx named edge on port 8080"
planned `-p 8080:8080` (nginx EXPOSEs 80) and 'run "ls /etc" inside web' a run of an image `web` (web is a
container: exec). Without an engine both are refused, saying what to type; what needs no engine still plans.
"""
from __future__ import annotations

import pytest

from bot.engine.plan import plan
from bot.engine.view import NullView
from bot.language.parse import parse
from bot.model import Plan, Unresolved


@pytest.mark.parametrize("text, key", [
    ("run nginx named edge on port 8080", "plan.offline_port_unknown"),
    ("nginx 80포트로 실행", "plan.offline_port_unknown"),
    ("run mysql:5.7 on 3307", "plan.offline_port_unknown"),
    ('run "ls /etc" inside web', "plan.offline_place_unknown"),
    ("web에서 ls /etc 실행", "plan.offline_place_unknown"),
])
def test_what_only_the_engine_knows_is_refused(text, key):
    got = plan(parse(text), NullView())
    assert isinstance(got, Unresolved) and got.reason.key == key, got


@pytest.mark.parametrize("text, cli", [
    ("run nginx on 8080:80", "docker run -d -p 8080:80 nginx"),  # the container port said
    ("run uname -a in ubuntu:focal", "docker run ubuntu:focal uname -a"),  # a tag: an image, never a container
    ("docker run web ls /etc", "docker run web ls /etc"),  # typed docker CLI runs as typed
    ("restart web", "docker restart web"),
])
def test_what_needs_no_engine_still_plans(text, cli):
    got = plan(parse(text), NullView())
    assert isinstance(got, Plan) and list(got.cli) == [cli], got
