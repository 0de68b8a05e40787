"""Kinds of fresh17's questions (tests/data/wordings_fresh17.yaml, branch q17): a question that asks for a write
is the request ("재시작해 주실 수 있나요?"; English "could you maybe…", "would it be possible to…" are still refused:
as noise sequences of the grammar they took "can you restart web", "would it be okay if …" from their rules) — while a question about
the past, a permission asked, a hypothetical or a negation stays a non-write.

Every case goes through `Gorae.explain` over the fake corpus world (tests/fakes.py), as the tables do. End to end
on the real engine: tests/test_e2e_q17.py.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

# the table's rows first, then unseen wordings of the same kind (both languages)
INDIRECT = [
    ("web 재시작해 주실 수 있나요?", "docker restart web"),
    ("혹시 cache 재시작해 주실 수 있을까요?", "docker restart cache"),
    ("data 좀 멈춰 주실 수 있으세요?", "docker stop data"),
    ("redis 받아 주실 수 있나요?", "docker pull redis"),
]


@pytest.mark.parametrize(("text", "cli"), INDIRECT)
def test_an_indirect_request_is_the_request(text, cli):
    ans = answer(text)
    assert ans.cli == (cli,), ans


# the same openers around what stays a non-write: a negation, the past, a permission asked, a condition, a doubt
# said before a name, a doubt alone
NOT_A_WRITE = [
    "could you maybe not restart cache?",
    "would it be possible to restart web if db dies?",
    "would you be able to restart web yesterday?",
    "restart web and maybe cache",
    "maybe restart cache",
    "cache 재시작해 주실 수 있었나요?",
    "web 재시작하지 마",
]


@pytest.mark.parametrize("text", NOT_A_WRITE)
def test_around_a_non_write_the_openers_write_nothing(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"
    assert not ans.proposal or "maybe" in text.split(), ans


# a negated be first in a one-sentence question about a thing asks what the plain question asks: a read, never a ban
NEGATED_QUESTION = [
    ("isn't web running?", ("docker inspect web",)),
    ("why isn't db up?", ("docker inspect db",)),
    ("aren't there any stopped containers?", ("docker ps -a",)),
    ("Isn’t my-nginx up?", ("docker inspect my-nginx",)),
    ("isn't cache running right now?", ("docker inspect cache",)),
]


@pytest.mark.parametrize(("text", "cli"), NEGATED_QUESTION)
def test_a_negated_question_of_a_state_is_a_read(text, cli):
    assert answer(text).cli == cli, answer(text)


# …while a person asked, a second sentence, a duty asked or an order stays as said: nothing written
NEGATED_NOT_A_WRITE = [
    "aren't you going to restart web?", "isn't web supposed to be restarted?", "isn't it time to restart web?",
    "isn't web running? restart it", "isn't web running. restart it", "isn't web supposed to be removed?",
    "why isn't cache restarted?", "shouldn't we restart cache?", "you didn't restart web, right?",
    "don't restart web", "cache 안 지웠지?",
]


@pytest.mark.parametrize("text", NEGATED_NOT_A_WRITE)
def test_around_a_negated_question_nothing_is_written(text):
    ans = answer(text)
    assert not ans.cli and not ans.proposal, ans


# a superlative said where the image of "which containers use X" goes asks which of them all: their list
SUPERLATIVE = [
    ("which container has been up the longest?", ("docker ps",)),
    ("which container has been running the longest?", ("docker ps",)),
    ("which containers use nginx", ("docker ps --filter ancestor=nginx",)),  # an image said stays the filter
]


@pytest.mark.parametrize(("text", "cli"), SUPERLATIVE)
def test_a_superlative_asked_is_the_list(text, cli):
    assert answer(text).cli == cli, answer(text)


@pytest.mark.parametrize("text", [
    "which container has been up the longest? restart it", "restart the container that has been up the longest",
    "가장 오래된 컨테이너 지워", "remove the oldest container",
])
def test_a_superlative_names_nothing_to_write(text):
    ans = answer(text)
    assert not ans.cli and not ans.proposal, ans


# "not running" said right after the containers, asked or listed: the list with the stopped ones
NOT_RUNNING = [
    ("any containers not running?", ("docker ps -a",)),
    ("are any containers not up?", ("docker ps -a",)),
    ("list containers not running", ("docker ps -a",)),
    ("containers not running?", ("docker ps -a",)),
]


@pytest.mark.parametrize(("text", "cli"), NOT_RUNNING)
def test_containers_not_running_asked_are_listed(text, cli):
    assert answer(text).cli == cli, answer(text)


# after a name, or with a verb of its own, "not" stays what it was: nothing written
@pytest.mark.parametrize("text", [
    "restart web not running", "stop web not running", "web not running", "don't restart containers not running",
    "restart containers not running", "start containers not running",
])
def test_not_running_after_a_name_writes_nothing(text):
    ans = answer(text)
    assert not ans.cli and not ans.proposal, ans
