"""The docker-CLI dialect against gorae's copy of docker's own table tests.

tests/data/docker_cli_cases.yaml holds the facts of go-connections nat_test.go, docker/cli
opts/*_test.go and moby linux_parser_test.go (and docker's flag syntax): each docker-accepted
command line must plan the one engine call docker would make (the SDK kwargs are compared,
not only the text shown); each rejected one plans nothing and says docker's reason. This is
bot/language/parse_cli.py's table (the guards over it: test_guards.py; the options table:
test_docker_options.py).
"""
from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
import yaml
from fakes import FakeView
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.plan import plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import CATALOG
from bot.model import NotUnderstood, Plan, Unresolved

CASES = yaml.safe_load((Path(__file__).parent / "data" / "docker_cli_cases.yaml").read_text(encoding="utf-8"))
ROWS = [(group, case) for group, cases in CASES.items() for case in cases]


def _plain(value):
    """Tuples as lists, so YAML can say what the SDK gets."""
    return json.loads(json.dumps(value))


def planned(text: str):
    cmd = parse(normalize(text))
    if isinstance(cmd, NotUnderstood):
        return cmd
    return plan(cmd, FakeView())


@pytest.mark.parametrize("group, case", ROWS, ids=[f"{g}:{c['cli']}" for g, c in ROWS])
def test_docker_table(group, case):
    res = planned(case["cli"])
    if "error" in case:
        assert not isinstance(res, Plan), f"planned {res.cli} for {case['cli']!r}"
        reason = res.reason
        assert reason.key == case["error"], (case["cli"], reason)
        assert reason.key in CATALOG
        return
    assert isinstance(res, Plan), (case["cli"], res)
    assert len(res.calls) == 1
    call = res.calls[0]
    assert call.op == case.get("op", "containers.run")
    kw = _plain(call.kw())
    for key, want in case["sdk"].items():
        assert kw.get(key) == want, (case["cli"], key, kw.get(key))


def test_table_is_large_and_balanced():
    accepted = [c for _, c in ROWS if "sdk" in c]
    rejected = [c for _, c in ROWS if "error" in c]
    assert len(accepted) >= 80 and len(rejected) >= 70


# --------------------------------------------------------------------------- property: values as typed

_VALUE_CHARS = string.ascii_letters + string.digits + " !?.,:;-_+=@#%^*()[]{}<>/|&~'\"`$\\"
values = st.text(alphabet=_VALUE_CHARS, min_size=0, max_size=30)
names = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{1,20}", fullmatch=True)


def _single_quoted(v: str) -> str:
    return "'" + v.replace("'", "'\"'\"'") + "'"


def as_slack_sends(text: str) -> str:
    """What arrives from Slack when a person types `text` (Slack escapes & < >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@settings(max_examples=300, deadline=None)
@given(key=st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,10}", fullmatch=True), value=values, word=values)
def test_env_and_command_values_reach_the_sdk_as_typed(key, value, word):
    text = f"docker run --rm -e {_single_quoted(key + '=' + value)} alpine echo {_single_quoted(word)}"
    res = planned(as_slack_sends(text))
    assert isinstance(res, Plan), (text, res)
    kw = res.calls[0].kw()
    assert kw["environment"] == [f"{key}={value}"]
    assert kw["command"] == ["echo", word]


@settings(max_examples=200, deadline=None)
@given(name=names, label=values)
def test_names_and_labels_keep_case_and_punctuation(name, label):
    text = f"docker run -d --name {name} -l {_single_quoted('k=' + label)} nginx"
    res = planned(as_slack_sends(text))
    assert isinstance(res, Plan), (text, res)
    kw = res.calls[0].kw()
    assert kw["name"] == name
    assert kw["labels"] == {"k": label}


@settings(max_examples=100, deadline=None)
@given(value=values)
def test_exec_env_kept(value):
    text = f"docker exec -e {_single_quoted('K=' + value)} web env"
    res = planned(as_slack_sends(text))
    assert isinstance(res, Plan), (text, res)
    assert res.calls[0].kw()["environment"] == [f"K={value}"]


@pytest.mark.parametrize("typed, meant", [
    ("docker ps —all", "docker ps --all"),
    ("docker ps –all", "docker ps -a"),
    ("docker ps ‒all", "docker ps -a"),
    ("docker run —rm alpine echo “hi there”", 'docker run --rm alpine echo "hi there"'),
    ("docker run --rm alpine echo “bob’s”", "docker run --rm alpine echo \"bob's\""),
    ("docker run --rm alpine echo wait…", "docker run --rm alpine echo wait..."),
])
def test_phone_autocorrect_reads_as_typed_ascii(typed, meant):
    got, want = planned(typed), planned(meant)
    assert isinstance(got, Plan) and isinstance(want, Plan), (got, want)
    assert got.calls == want.calls


def test_unresolved_is_not_a_plan():
    assert isinstance(planned("docker run -d --network HOST nginx"), Unresolved)


# --------------------------------------------------------------------------- Korean around a docker command


@pytest.mark.parametrize("text, op, kwargs", [
    ("docker restart web 해줘", "container.restart", {}),
    ("docker restart web 해 주세요", "container.restart", {}),
    ("docker ps -a 좀", "containers.list", {"all": True}),
    # a Korean word inside the command is an argument, never dropped
    ("docker run --rm alpine echo 안녕", "containers.run", {"command": ["echo", "안녕"]}),
    ("docker run --rm alpine echo 안녕 해줘", "containers.run", {"command": ["echo", "안녕"]}),
    ("docker run -d -e 'MSG=안녕 세상' nginx 실행해 주세요", "containers.run", {"environment": ["MSG=안녕 세상"]}),
])
def test_korean_request_around_a_docker_command(text, op, kwargs):
    res = planned(text)
    assert isinstance(res, Plan), (text, res)
    call = res.calls[0]
    assert call.op == op
    for k, v in kwargs.items():
        assert call.kw()[k] == v
    assert res.command.lang == "ko"


# --------------------------------------------------------------------------- never raises

_CLI_CHARS = "abcdefgnrmpstvxzAPT0123456789 -=:,./'\"\\$~[]@#!?—–“”‘’…안녕"


@settings(max_examples=400, deadline=None)
@given(tail=st.text(alphabet=_CLI_CHARS, max_size=40),
       sub=st.sampled_from(["run", "create", "exec web", "ps", "logs", "rm", "stop", "volume create",
                            "network connect", "images", "rmi", "kill", "start", "pull"]))
def test_parse_and_plan_never_raise_on_docker_lines(sub, tail):
    text = f"docker {sub} {tail}"
    res = planned(text)
    assert isinstance(res, (Plan, Unresolved, NotUnderstood))
    if isinstance(res, NotUnderstood):
        assert res.reason.key in CATALOG, res.reason


def test_same_source_twice_is_a_list_in_every_dialect():
    """issue 8: `-v SRC:/a -v SRC:/b` mounts both — the SDK gets a list, never a dict keyed by source."""
    from bot import model as m

    cmd = m.RunContainer(image="nginx", volumes=(m.VolumeSpec("/srv", "/a"), m.VolumeSpec("/srv", "/b", read_only=True)),
                         lang="en")
    res = plan(cmd, FakeView())
    assert isinstance(res, Plan)
    assert res.calls[0].kw()["volumes"] == ["/srv:/a", "/srv:/b:ro"]
    assert res.cli == ("docker run -d -v /srv:/a -v /srv:/b:ro nginx",)


@pytest.mark.parametrize("said, flag", [
    ("nginx를 /tmp/x:/data 볼륨 붙여서 띄워", "-v /tmp/x:/data "),  # the report (nc9doc, item 5)
    ("run nginx with /srv/app mounted at /app", "-v /srv/app:/app "),
    ("nginx 띄우고 /tmp/x를 /data에 마운트해줘", "-v /tmp/x:/data "),
    ("run nginx with /srv/app mounted read-only at /app", "-v /srv/app:/app:ro "),
])
def test_a_bind_said_in_words_is_shown_as_typed_without_an_added_rw(said: str, flag: str) -> None:
    """Read-write is docker's default for a bind: gorae adds no `:rw` the user did not say (README: nothing
    typed is rewritten); read-only is said, so `:ro` is shown."""
    res = plan(parse(said), FakeView())
    assert isinstance(res, Plan) and len(res.cli) == 1, res
    assert flag in res.cli[0] and ":rw" not in res.cli[0]
