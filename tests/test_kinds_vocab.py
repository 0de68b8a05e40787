"""The kinds left from issue 8's last session (the `vocab` pass), each with its inputs kept as tests.

- a question about permission or ability ("can i stop web", "web 꺼도 돼?", "may I remove cache?"):
  a write is never run; its plan is proposed as a yes/no question bound to the asker (the same path
  as a partial reading), or — when the policy refuses it — the answer says it is not allowed. A
  real operator who asks "can I restart web?" wants to know whether, and to have it done if so: one
  question with the exact command answers both, and a "no" from the policy is said, not guessed.
  A read asked about ("can i see the logs of web?") is simply answered.
- state said as a complaint ("web 뻗었어", "web is down", "is web dead?"): a read of its status
  (docker inspect), never a write; said with a verb, the verb is done ("web crashed, restart it").

Read against the fake corpus world (tests/fakes.py): web, my-nginx, cache, db, my-volume, data.
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_propose import ANN, BOB, READ, ask, make_bot, ran  # noqa: F401  (ran: a fixture)
from test_wordings_fresh import answer

from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Msg, NotUnderstood

# --------------------------------------------------------------------------- asked whether it may be done

ASKED = [
    ("can i stop web", "docker stop web"),
    ("do i restart web", "docker restart web"),
    ("web 꺼도 돼?", "docker stop web"),
    ("may I remove cache?", "docker rm cache"),
    ("May I remove cache?", "docker rm cache"),
    ("can we restart web?", "docker restart web"),
    ("could i kill cache", "docker kill cache"),
    ("should i restart cache?", "docker restart cache"),
    ("am i allowed to remove cache", "docker rm cache"),
    ("is it ok to restart web?", "docker restart web"),
    ("web 재시작해도 될까요?", "docker restart web"),
    ("cache 지워도 괜찮아?", "docker rm cache"),
    ("db 꺼도 되나요", "docker stop db"),
    ("my-nginx 재시작해도 돼", "docker restart my-nginx"),
    ("web 꺼도 상관없어?", "docker stop web"),
    ("web 꺼도 되지?", "docker stop web"),
    ("web 지워도 됨?", "docker rm web"),
    ("is it okay if i restart web", "docker restart web"),
    ("mind if i restart web?", "docker restart web"),
    ("am i able to restart web", "docker restart web"),
    ("would it be ok to restart web", "docker restart web"),
    ("can I restart web please", "docker restart web"),
    # a sequence asked about is proposed whole, never one step of it
    ("can i stop web and remove it", "docker stop web ;; docker rm web"),
    ("web 끄고 지워도 돼?", "docker stop web ;; docker rm web"),
]


@pytest.mark.parametrize("said, cli", ASKED)
def test_a_write_asked_about_is_proposed_never_run(said, cli):
    ans = answer(said)
    assert not ans.cli, f"{said!r} planned {list(ans.cli)}: a question must run nothing"
    assert ans.refusal == "not understood: parse.asked"
    assert plan_key(list(ans.proposal)) == plan_key(cli.split(" ;; "))
    parsed = parse(normalize(said))
    assert isinstance(parsed, NotUnderstood) and parsed.unread == ()


@pytest.mark.parametrize("said, cli", [
    ("can i see the logs of web?", "docker logs web"),
    ("could i get the logs of web", "docker logs web"),
    ("can i list the containers", "docker ps"),
    ("can you restart web", "docker restart web"),  # "can you": a polite request, not a question of permission
    ("can you stop web for a sec", "docker pause web"),
])
def test_a_read_asked_about_is_answered_and_a_request_is_a_request(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key([cli]), (said, ans)


@pytest.mark.parametrize("said", ["how do i restart web", "can i not stop web", "web 안 꺼도 돼?",
                                  "can i restart web tomorrow"])
def test_how_to_a_negation_or_a_schedule_asked_is_no_proposal(said):
    ans = answer(said)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (said, ans)


def test_asked_is_a_yes_no_question_bound_to_the_asker(tmp_path, ran):  # noqa: F811
    bot = make_bot(tmp_path)
    q = ask(bot, "can i stop web", BOB)
    assert q.status == "confirm" and q.pending and q.proposal and ran == []
    assert q.headline == "`docker stop web` — you asked whether you may. Run it now?"
    assert q.cli == ("docker stop web",)
    assert bot.confirm(q.pending, ANN, "C0OPS").status != "done" and ran == []  # not the asker's yes
    done = bot.confirm(q.pending, BOB, "C0OPS")
    assert done.status == "done" and [p.cli for p in ran] == [("docker stop web",)]


def test_asked_in_korean_is_asked_back_in_korean(tmp_path, ran):  # noqa: F811
    bot = make_bot(tmp_path)
    q = ask(bot, "web 꺼도 돼?", BOB)
    assert q.lang == "ko" and q.status == "confirm" and ran == []
    assert q.headline == "`docker stop web` — 해도 되는지 물으셨습니다. 지금 실행할까요?"


def test_asked_by_someone_the_policy_refuses_is_told_no(tmp_path, ran):  # noqa: F811
    bot = make_bot(tmp_path)
    r = ask(bot, "can i stop web", READ)  # a reader may not stop anything: the answer is no
    assert r.status == "not_understood" and r.pending is None and ran == []
    assert text(Msg.of("proposal.not_allowed", cli="docker stop web"), "en") in r.notes


def test_explain_json_shows_the_proposal():
    import json
    import subprocess
    import sys

    code = "import sys; from bot.front.cli import main; sys.exit(main(sys.argv[1:]))"
    out = subprocess.run([sys.executable, "-c", code, "explain", "--json", "can i stop web"],
                         capture_output=True, text=True, check=True,
                         env={"DOCKER_HOST": "unix:///nonexistent/docker.sock", "PATH": "/usr/bin:/bin",
                              "HOME": "/tmp"})
    data = json.loads(out.stdout)
    assert data["understood"] is False and data["cli"] == [] and data["unread"] == []
    assert data["proposal"]["cli"] == ["docker stop web"] and data["proposal"]["writes"] is True


# --------------------------------------------------------------------------- state said as a complaint

def _trouble(name: str) -> list[str]:
    """A container said to be in trouble: its status, then its last 20 log lines (two reads)."""
    return [f"docker inspect {name}", f"docker logs --tail 20 {name}"]


COMPLAINTS = [
    ("web 뻗었어", _trouble("web")),
    ("web 먹통이야", _trouble("web")),
    ("cache 죽었나?", _trouble("cache")),
    ("web is down", _trouble("web")),
    ("is web dead?", _trouble("web")),
    ("web 터졌어", _trouble("web")),
    ("cache is stuck", _trouble("cache")),
    ("db crashed", _trouble("db")),
    # a state asked, no trouble said: the status only
    ("web 살아 있어?", ["docker inspect web"]),
    ("is web running?", ["docker inspect web"]),
    ("my-nginx 맛 갔어", _trouble("my-nginx")),
]


@pytest.mark.parametrize("said, cli", COMPLAINTS)
def test_a_complaint_shows_the_status_never_writes(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key(cli), (said, ans)
    assert not is_write(list(ans.cli))


@pytest.mark.parametrize("said, cli", [
    ("web crashed, restart it", "docker restart web"),
    ("web 죽었어 재시작해줘", "docker restart web"),
    ("web 뻗었는데 재시작 좀", "docker restart web"),
])
def test_a_complaint_with_a_verb_does_the_verb(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key([cli]), (said, ans)


def test_a_state_asked_for_is_no_status():
    """"have cache stopped" asks for it done (grammar/lexicon.txt get_done): never its status."""
    assert answer("have cache stopped").cli in ((), ("docker stop cache",))


@pytest.mark.parametrize("said", ["cache is down, bring it back", "web 죽었어", "web died"])
def test_a_complaint_never_restarts_by_itself(said):
    ans = answer(said)
    assert not ans.writes and not (ans.proposal and is_write(list(ans.proposal))), (said, ans)


# --------------------------------------------------------------------------- exclusion by keeping

KEPT = [
    ("web은 두고 cache만 꺼", "docker stop cache", "web"),
    ("web 놔두고 나머지 다 재시작", "docker restart my-nginx cache my-volume data", "web"),
    ("leave web alone and stop cache", "docker stop cache", "web"),
    ("db는 놔두고 나머지 재시작해줘", "docker restart web my-nginx cache my-volume data", "db"),
    ("web 그냥 두고 cache 재시작", "docker restart cache", "web"),
    ("web 냅두고 cache 꺼", "docker stop cache", "web"),
    ("web을 두고 cache 꺼", "docker stop cache", "web"),
    ("restart everything but leave web alone", "docker restart my-nginx cache my-volume data", "web"),
    ("leave web and cache alone, restart the rest", "docker restart my-nginx my-volume data", "web"),
    ("cache 놔두고 다 꺼", "docker stop web my-nginx my-volume data", "cache"),
]


@pytest.mark.parametrize("said, cli, kept", KEPT)
def test_the_kept_one_is_never_touched(said, cli, kept):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key([cli]), (said, ans)
    assert all(kept not in c.split() for c in ans.cli)


@pytest.mark.parametrize("said, cli", [
    ("web 멈춰 둬", "docker stop web"),  # 두다 after a verb is aspect, not keeping
    ("web 지워 놔", "docker rm web"),
    ("set up a redis container named q3 but leave it stopped", "docker create --name q3 redis"),
    ("web 잠깐 멈춰만 두고 로그 보여줘", "docker pause web ;; docker logs web"),  # 만 after a verb: aspect
    ("nginx로 stage3 컨테이너 만들어만 놔, 실행은 하지 말고", "docker create --name stage3 nginx"),
])
def test_aspect_and_leave_it_stopped_are_not_keeping(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key(cli.split(" ;; ")), (said, ans)


@pytest.mark.parametrize("said", ["web 그대로 놔둬", "leave web alone"])
def test_keeping_alone_writes_nothing(said):
    assert not answer(said).writes


# --------------------------------------------------------------------------- backtick-quoted commands (Slack code)

BACKTICKS = [
    ("`docker ps -a`", "docker ps -a"),
    ("run `docker restart web`", "docker restart web"),
    ("```docker logs web```", "docker logs web"),
    ("web에서 `ls -la /tmp` 실행", "docker exec web ls -la /tmp"),
    ("`docker restart web` 실행해줘", "docker restart web"),
    ("please run `docker ps -a`", "docker ps -a"),
    ("execute `docker stop cache` pls", "docker stop cache"),
    ("run `ls /etc` in web", "docker exec web ls /etc"),
    ("web에서 ```ls -la``` 실행", "docker exec web ls -la"),
    ("cache에서 `redis-cli ping` 실행해줘", "docker exec cache redis-cli ping"),
    ("run `echo don't stop` in web", "docker exec web echo \"don't\" stop"),
]


@pytest.mark.parametrize("said, cli", BACKTICKS)
def test_the_quoted_text_is_the_command_exactly(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key([cli]), (said, ans)


@pytest.mark.parametrize("said", [
    "dont run `docker restart web`",  # the words around say more than "run it": never the bare command
    "run `docker restart web` tomorrow",
    "`docker stop cache` 하지 마",
    "run `docker stop cache; docker rm cache`",  # a shell character inside: refused as ever
    "can i run `docker rm cache`",
])
def test_a_quoted_command_with_more_said_is_not_run(said):
    ans = answer(said)
    assert not ans.writes, (said, ans)


# --------------------------------------------------------------------------- an English word that names nothing

@pytest.mark.parametrize("said, cli", [
    ("restart web quickly pls thx", "docker restart web"),
    ("restart web real quick pls", "docker restart web"),
    ("stop cache cheers", "docker stop cache"),
    ("restart web fast bro", "docker restart web"),
    ("btw restart cache thx mate", "docker restart cache"),
])
def test_chat_noise_changes_nothing(said, cli):
    ans = answer(said)
    assert ans.cli and plan_key(list(ans.cli)) == plan_key([cli]), (said, ans)


@pytest.mark.parametrize("said, cli, unread", [
    ("stop the flibber web", "docker stop web", "flibber"),
    ("stop web flibber", "docker stop web", "flibber"),
    ("restart the zorp web and cache", "docker restart web cache", "zorp"),
])
def test_a_word_that_names_nothing_is_proposed_without_it(tmp_path, ran, said, cli, unread):  # noqa: F811
    bot = make_bot(tmp_path)
    ex = bot.explain(said)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.unread == (unread,) and ex.planned is None
    assert ex.proposed is not None and list(ex.proposed.cli) == [cli]
    q = ask(bot, said, BOB)
    assert q.status == "confirm" and q.proposal and ran == []
    assert q.headline == f"`{cli}` — I did not read `{unread}`. Run it?"
    assert bot.confirm(q.pending, BOB, "C0OPS").status == "done" and [p.cli for p in ran] == [(cli,)]


# (break5) a word that names nothing said right after one of several names ("restart web zorp cache", "remove web err
# cache": a correction?) puts that name in doubt — never offered on all of them; refused (no such container)
@pytest.mark.parametrize("said", ["stop flibber", "stop zorp flibber", "web이랑 flibber 재시작", "restart web zorp cache",
                                  "docker stop flibber web", "stop web my-flibber"])
def test_a_name_alone_or_typed_as_a_name_is_no_proposal(tmp_path, said):
    """A sole target, two unknown words, Korean, typed docker CLI, a name-like word: the refusal stands
    (no such container) — only a bare English word beside a real name is taken for chat."""
    ex = make_bot(tmp_path).explain(said)
    assert ex.proposed is None and not isinstance(ex.parsed, NotUnderstood)
