"""(lead34) English texts that name a write without asking for it (breaker34's kinds K1–K4; each planned the write),
refused as a question (bot/language/outside.py `named_not_asked_en`, grammar/lexicon.txt `consequence_*_en`,
`verb_setting_en`, `warned_about_en`), or an event noun (bot/language/parse.py `_event_noun_en`):

1. a modal and a demonstrative subject before a verb, either order: what would happen is asked or warned ("could this
   remove data", "this would stop cache");
2. the verb said as the noun of its setting with no number after it ("what's the stop timeout of web");
3. a warning about the write ("mind the web restart");
4. a verb's noun after "after"/"since" with its "of" ("show logs after restart of web": the logs, never a restart).

The near wordings that are requests ("would you stop cache?", "would it be possible to restart web?", "stop web with a
timeout of 30 seconds", "would you mind restarting web") still run.
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

NOT_ASKED = [
    # 1. breaker34 K1, then other wordings of the kind
    "could this remove data",
    "will this remove data?",
    "would that also remove pgdata volume?",
    "would this kill cache",
    "could it prune images",
    "would that pull nginx",
    "could that stop web and cache",
    "careful: this would stop cache",
    "that could stop cache",
    "it would restart web",
    "might this restart cache?",
    "can that really delete data?",
    "these would stop web and cache",
    "would that just kill cache",
    # 2. K2
    "what's the stop timeout of web",
    "what's the kill timeout of db",
    "remove timeout of data",
    "data rm timeout",
    "pause timeout of cache",
    "web start timeout?",
    "start timeout for db",
    "web restart timeout?",
    "what's the stop grace period of cache",
    "cache stop grace?",
    # 3. K3
    "mind the web restart",
    "mind the cache stop",
    "mind the rm of data",
    "careful with the cache stop",
    "watch out for the data removal",
]


@pytest.mark.parametrize("text", NOT_ASKED)
def test_a_write_named_not_asked_never_runs(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


REQUESTS = [
    ("would you stop cache?", ["docker stop cache"]),
    ("could you stop cache?", ["docker stop cache"]),
    ("would it be possible to restart web?", ["docker restart web"]),
    ("can you restart web", ["docker restart web"]),
    ("would you mind restarting web", ["docker restart web"]),
    ("stop cache with a 30 second grace period", ["docker stop -t 30 cache"]),
    ("stop web with a timeout of 30 seconds", ["docker stop -t 30 web"]),
    ("never mind the logs, just restart web", ["docker restart web"]),  # fresh22
    ("how long is the restart timeout on cache", ["docker inspect cache"]),  # its details show it
    # 4. K4: the read alone, the event never done
    ("show logs after restart of web", ["docker logs web"]),
    ("logs of web since the restart", ["docker logs web"]),
]


@pytest.mark.parametrize(("text", "cli"), REQUESTS)
def test_the_requests_near_them_run(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize("text", ["web is slow after restart of cache", "cache died after removal of data"])
def test_an_event_noun_with_its_of_is_never_done(text):
    a = answer(text)
    assert not any(" restart " in c or " rm " in c for c in a.cli) and not a.proposal, a


TRANSCRIPTS = [
    "$ docker volume rm db\ndb",  # breaker34: it removed `db db`
    "```\n$ docker rm data\ndata\n```",
    "root@prod:~# docker stop web\nweb",
    "$ docker kill cache\ncache\n$ docker ps",
    "[deploy@web-1 srv]$ docker restart web\nweb",
]


@pytest.mark.parametrize("text", TRANSCRIPTS)
def test_a_pasted_terminal_session_never_runs(text):
    """A docker command pasted with its prompt, then a line it printed: what happened there (bot/language/pasted.py
    `transcript`), never run again."""
    a = answer(text)
    assert not a.cli and not a.proposal and a.refusal == "not understood: parse.transcript", a


@pytest.mark.parametrize(("text", "cli"), [
    ("$ docker ps", ["docker ps"]),
    ("$ docker run -d \\\n  -p 8090:80 nginx", ["docker run -d -p 8090:80 nginx"]),  # a continued line
    ("root@prod:~# docker restart web", ["docker restart web"]),
    ("> docker restart my-nginx\nrun that again please", ["docker restart my-nginx"]),  # a Slack quote (fresh21)
])
def test_a_prompted_command_alone_runs(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize(("text", "proposed"), [
    # a removal asked possible (grammar/lexicon.txt possible_asked_ko): asked back, as "data 삭제 ㄱ?" is
    ("data 삭제 가능?", "docker rm data"),
    ("data rm 가능?", "docker rm data"),
    ("볼륨 정리 가능?", "docker volume prune"),
    ("cache 지우기 가능해?", "docker rm cache"),
    # the speaker's own act announced, plain declarative (plain_told_ko)
    ("web 재시작한다", "docker restart web"),
    ("cache 끈다!", "docker stop cache"),
    ("data 지운다", "docker rm data"),
    # what would do, said to someone (enough_if_ko)
    ("cache 끄면 되잖아", "docker stop cache"),
    ("그냥 cache 끄면 되는데", "docker stop cache"),
])
def test_asked_back_never_run(text, proposed):
    a = answer(text)
    assert not a.cli and list(a.proposal) == [proposed], a


@pytest.mark.parametrize("text", [
    # the honorific -시- on the verb with an ending that asks or echoes what the addressee does (honored_asked_ko)
    "cache 끄심?", "data 지우심?", "web 재시작하실?", "data 지우신다고요?", "cache 끄신다며?", "web 재시작하셨다며?",
])
def test_the_addressees_act_asked_never_runs(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


@pytest.mark.parametrize(("text", "cli"), [
    ("web 재시작 가능?", ["docker restart web"]),  # the tables' convention: a restart or a stop asked so is the request
    ("cache 정지 가능?", ["docker stop cache"]),
    ("kill cache 가능?", ["docker kill cache"]),
    ("web 재시작해주심?", ["docker restart web"]),  # 주다: asked for the asker
    ("cache 꺼주실?", ["docker stop cache"]),
    ("web 재시작하시겠어요?", ["docker restart web"]),
    ("web 재시작 부탁한다", ["docker restart web"]),
    ("cache 중지 요청한다", ["docker stop cache"]),
    ("web 재시작하면 돼", ["docker restart web"]),
    ("gorae, restart web", ["docker restart web"]),
    # (lead34 kept the tables' convention) a write asked of whoever is in the channel is a request gorae answers (nine
    # tables read it so; the breaker's view, someone else may be on it, is left in the note)
    ("can someone stop cache", ["docker stop cache"]),
    ("누가 좀 web 재시작해줘", ["docker restart web"]),
])
def test_the_requests_beside_them_run(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", [
    # (breaker34) chat's short schedule words: a schedule, never offered to run now
    "restart web tmrw", "stop cache eod", "restart web l8r", "restart web tmr", "web 재시작 다음주에", "web 재시작 퇴근 후에",
])
def test_a_short_schedule_is_refused(text):
    a = answer(text)
    assert not a.cli and not a.proposal and a.refusal == "not understood: parse.no_schedule", a
