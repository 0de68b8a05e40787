"""(safe33en) Old wrong-write kinds in English and Slack text an attack found in session 32, each fixed as a kind (the
attack's input first, then other wordings of the same kind), with the near wordings that stay requests:

1. it / them after a thing said first as the topic beside another name, or a thing on or of another ("for cache, check
   web's logs then remove it", "the cache on web, remove it": web was removed) — refused, parse.which_it;
2. an order said to someone named first with a comma ("bob, remove cache", "hey alice, restart web") — asked back;
3. a Slack message opening with another user's mention ("<@U0MINSU> restart web": it ran as gorae's) — asked back when
   the Slack front knows gorae's own id; "cc <@U…>" (people copied in) dropped with them, never a name;
4. a courtesy said last after an after-clause ("kill data after stopping web please": one kill of both) — the steps in
   the order meant;
5. "remove cache after you exec ls in it" (exec took `remove` for its command) — asked; "remove db including volumes"
   (`docker volume rm db`) — `docker rm -v db`;
6. a vocative after a write's names ("pull alpine boss" pulled `boss`, "run alpine boss" ran `boss`) — chat noise.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import _GORAE, answer

from bot.model import Actor, NotUnderstood, Request

RUN = [
    # 1. one name only, or the thing's own words
    ("for cache, remove it", ["docker rm cache"]),
    ("check web's logs then remove it", ["docker logs web", "docker rm web"]),
    ("for web, check its logs then restart it", ["docker logs web", "docker restart web"]),
    ("for now, restart web then remove it", ["docker restart web", "docker rm web"]),
    ("the logs of web, then restart it", ["docker logs web", "docker restart web"]),
    # 2. a chat word or gorae said first
    ("gorae, restart web", ["docker restart web"]),
    ("sorry, restart cache", ["docker restart cache"]),
    ("ok, restart web", ["docker restart web"]),
    ("guys, restart web", ["docker restart web"]),
    ("Morning, restart web", ["docker restart web"]),
    ("first, stop web then rm it", ["docker stop web", "docker rm web"]),
    # 3. people copied in
    ("cc <@U0MINSU> restart web", ["docker restart web"]),
    ("<@U0GORAE> cc <@U0MINSU> web 재시작 부탁드립니다", ["docker restart web"]),
    ("<@U0GORAE> restart web cc <@U0MINSU>", ["docker restart web"]),
    ("<@U0GORAE> restart web /cc <@U0MINSU> <@U0JANE>", ["docker restart web"]),
    ("cc: <@U0MINSU>, <@U0JANE> restart web", ["docker restart web"]),
    ("<@U0GORAE> cc <@U0MINSU> cache 지워줘", ["docker rm cache"]),
    # 4. the steps in the order meant, a courtesy said last
    ("kill data after stopping web please", ["docker stop web", "docker kill data"]),
    ("kill data after stopping web pls", ["docker stop web", "docker kill data"]),
    ("kill data after stopping web thanks", ["docker stop web", "docker kill data"]),
    ("kill data after stopping web thank you", ["docker stop web", "docker kill data"]),
    ("kill data after stopping web mate", ["docker stop web", "docker kill data"]),
    ("after stopping web please, kill data", ["docker stop web", "docker kill data"]),
    ("after stopping web pls, kill data", ["docker stop web", "docker kill data"]),
    ("pause web after restarting cache please", ["docker restart cache", "docker pause web"]),
    ("remove cache after stopping web please", ["docker stop web", "docker rm cache"]),
    ("restart web after stopping cache asap", ["docker stop cache", "docker restart web"]),
    ("stop web after killing data plz", ["docker kill data", "docker stop web"]),
    ("kill data after stopping web", ["docker stop web", "docker kill data"]),
    ("restart web after restarting cache", ["docker restart cache", "docker restart web"]),
    # 5. a container with its volumes
    ("remove db including volumes", ["docker rm -v db"]),
    ("remove db including its volume", ["docker rm -v db"]),
    ("delete db including volumes", ["docker rm -v db"]),
    ("rm db incl. its volumes", ["docker rm -v db"]),
    ("list all the containers including the stopped ones", ["docker ps -a"]),
    ("delete please volume pgdata", ["docker volume rm pgdata"]),
    ("remove db with its volumes", ["docker rm -v db"]),
    ("remove the volume db", ["docker volume rm db"]),
    # 6. a vocative after the names
    ("pull alpine boss", ["docker pull alpine"]),
    ("pull alpine sir", ["docker pull alpine"]),
    ("pull alpine chief", ["docker pull alpine"]),
    ("pull alpine guys", ["docker pull alpine"]),
    ("pull alpine fam", ["docker pull alpine"]),
    ("pull alpine lads", ["docker pull alpine"]),
    ("pull alpine yall", ["docker pull alpine"]),
    ("pull alpine mister", ["docker pull alpine"]),
    ("pull alpine captain", ["docker pull alpine"]),
    ("pull alpine redis", ["docker pull alpine", "docker pull redis"]),
    ("pull alpine, redis and busybox", ["docker pull alpine", "docker pull redis", "docker pull busybox"]),
    ("pull alpine, boss", ["docker pull alpine"]),
    ("pull alpine and busybox boss", ["docker pull alpine", "docker pull busybox"]),
    ("run alpine boss", ["docker run -d alpine"]),
    ("restart web boss", ["docker restart web"]),
    ("restart web mate", ["docker restart web"]),
    ("stop cache bro", ["docker stop cache"]),
    ("stop cache pal", ["docker stop cache"]),
    ("rm data dude", ["docker rm data"]),
    ("rm data bruh", ["docker rm data"]),
    ("boss, pull alpine", ["docker pull alpine"]),
    ("quick - restart web", ["docker restart web"]),
    ("team, restart web", ["docker restart web"]),
]

REFUSED = [
    # 1. which is it?
    ("for cache, check web's logs then remove it", "parse.which_it"),
    ("for cache, check web logs then remove it", "parse.which_it"),
    ("regarding cache, check web logs then stop it", "parse.which_it"),
    ("about db, look at web's logs and then restart it", "parse.which_it"),
    ("for cache, restart web then remove it", "parse.which_it"),
    ("the cache on web, remove it", "parse.which_it"),
    ("the cache on web, restart it", "parse.which_it"),
    ("cache on web, remove it", "parse.which_it"),
    ("the volume of db, remove it", "parse.which_it"),
    # 5. the after-clause's step said with it: which step, in what order?
    ("remove cache after you exec ls in it", "parse.step_order"),
    ("restart web after you exec ls in it", "parse.step_order"),
    # 5. the volume named like the container, said with its volumes included: which one?
    ("remove db including the volumes", "parse.volume_of_container"),
    # 4. the after-clause's names and the order's mixed in one step (`docker kill cache data`): asked
    ("kill data after stopping web and cache", "parse.step_order"),
    ("after stopping web and cache, kill data", "parse.step_order"),
    ("kill data after stopping web and cache please", "parse.step_order"),
    ("stop web after killing data and cache", "parse.step_order"),
    ("delete db incl. the volume", "parse.volume_of_container"),
]

ASKED = [
    # 2. said to someone named first: asked back, never run
    ("bob, remove cache", "docker rm cache"),
    ("Bob, remove cache", "docker rm cache"),
    ("jane, stop cache", "docker stop cache"),
    ("hey alice, restart web", "docker restart web"),
    ("minsu, pull alpine", "docker pull alpine"),
    ("Prod, restart web", "docker restart web"),
    ("dave - restart web", "docker restart web"),
    ("dave \u2014 restart web", "docker restart web"),
    ("yo bob, stop cache", "docker stop cache"),
]


@pytest.mark.parametrize("text", ["pull alpine dear", "pull alpine guy", "pull alpine friends"])
def test_a_chat_word_after_the_images_is_no_image(text):
    a = answer(text)
    assert not a.cli and a.refusal == "not understood: parse.partial" and list(a.proposal) == ["docker pull alpine"]


@pytest.mark.parametrize(("text", "cli"), RUN)
def test_runs_as_meant(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize("text", ["bob can you rm cache", "bob pls restart web", "Jane please stop cache",
                                  "hey jane, can you restart web?", "alice, can you restart web", "bob, please rm cache"])
def test_asked_of_someone_is_refused(text):
    """(lead31) a request asked of someone ("can you", "please") stays refused."""
    a = answer(text)
    assert not a.cli and not a.proposal and a.refusal == "not understood: parse.addressed_other", a


def test_the_question_says_whom_it_reads_said_to():
    from bot.model import Actor

    r = _GORAE.handle(Request("bob, remove cache", Actor("local:test", local=True), channel="terminal", source="cli"))
    assert r.status == "confirm" and "said to `bob`" in r.headline and list(r.cli) == ["docker rm cache"], r


@pytest.mark.parametrize(("text", "key"), REFUSED)
def test_refused_never_guessed(text, key):
    a = answer(text)
    assert not a.cli and a.refusal == f"not understood: {key}", a


@pytest.mark.parametrize(("text", "offered"), ASKED)
def test_said_to_someone_is_asked_back(text, offered):
    a = answer(text)
    assert not a.cli and a.refusal == "not understood: parse.addressed_other" and list(a.proposal) == [offered], a


def _slack(text: str, bot_id: str = "U0GORAE"):
    return _GORAE.explain(text, Request(text, Actor("U0ASKER", ()), channel="C1", source="slack", bot_id=bot_id))


MENTIONED_OTHER = [
    ("<@U0MINSU> restart web", "docker restart web"),
    ("<@U0MINSU> web 재시작 해주세요", "docker restart web"),
    ("<@U0MINSU|minsu> rm cache", "docker rm cache"),
    (" <@U0MINSU>, stop cache", "docker stop cache"),
    ("<@U0JANE> kill data", "docker kill data"),
    ("hey <@U0MINSU> restart web", "docker restart web"),
    ("Hey, <@U0MINSU> restart web", "docker restart web"),
    ("<@U0GORAE> <@U0MINSU> restart web", "docker restart web"),
    ("<@U0MINSU> <@U0GORAE> restart web", "docker restart web"),
    ("<@U0GORAE|gorae>, <@U0JANE> stop data", "docker stop data"),
]


@pytest.mark.parametrize(("text", "offered"), MENTIONED_OTHER)
def test_another_users_mention_first_is_asked_back(text, offered):
    ex = _slack(text)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "parse.addressed_other"
    assert ex.planned is None and list(ex.proposed.cli) == [offered]


@pytest.mark.parametrize(("text", "cli"), [
    ("<@U0GORAE> restart web", ["docker restart web"]),
    ("<@U0GORAE|gorae> stop data", ["docker stop data"]),
    ("hey <@U0GORAE> restart web", ["docker restart web"]),
    ("cc <@U0MINSU> restart web", ["docker restart web"]),
    ("<@U0GORAE> cc <@U0MINSU> web 재시작 부탁드립니다", ["docker restart web"]),
    ("<@U0GORAE> web 로그 50줄 뽑아줘 <@U0JANE> 이거 보세요", ["docker logs --tail 50 web"]),
    ("<@U0MINSU> show web logs", ["docker logs web"]),  # a read said to them runs nothing amiss
])
def test_gorae_mentioned_or_copied_in_runs(text, cli):
    assert list(_slack(text).planned.cli) == cli


def test_no_bot_id_a_first_mention_is_goraes():
    """Without gorae's id (the tables, the CLI) a first mention is gorae's, as Slack sends a channel message only when
    gorae is mentioned."""
    assert list(_slack("<@U123> restart web", bot_id="").planned.cli) == ["docker restart web"]
    assert list(answer("<@U123ABC> restart cache").cli) == ["docker restart cache"]


def test_the_slack_front_passes_goraes_id():
    """A mention and a DM reach the pipeline with gorae's own user id (the envelope's authorization, or bolt's
    context): another user's mention first is then asked back (bot/pipeline.py)."""
    from slack_fake import BOT_USER, im, mention
    from slack_harness import FakePipeline, Harness

    h = Harness.start(FakePipeline())
    try:
        assert h.post_event(mention("cc <@U0MINSU> restart web")) == 200
        assert h.post_event(im("<@U0MINSU> restart web")) == 200
        got = h.pipeline.wait(2)
        assert {r.bot_id for r in got} == {BOT_USER}
        h.idle()
    finally:
        h.stop()
