"""(lead32) bot/language/step_order.py: a step said last but meant first is read first ("restart web after restarting
cache", "cache 꺼줘 web 재시작한 다음에"); a need told after an order ("db 켜줘, etl 돌려야 함") offers the order
alone back, the need unread. Beside each, what must stay as it was."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # English: "after" + a step said after the order
    ("restart web after restarting cache", ["docker restart cache", "docker restart web"]),
    ("restart web after stopping cache", ["docker stop cache", "docker restart web"]),
    ("restart cache after you stop web", ["docker stop web", "docker restart cache"]),
    ("stop web, after restarting cache", ["docker restart cache", "docker stop web"]),
    ("restart data after you pause cache", ["docker pause cache", "docker restart data"]),
    # Korean: -ㄴ 다음에 / 뒤에 / 후에 closing the sentence after an order
    ("cache 꺼줘 web 재시작한 다음에", ["docker restart web", "docker stop cache"]),
    ("cache 꺼주세요. web 재시작한 뒤에", ["docker restart web", "docker stop cache"]),
    ("cache 꺼줘 web 재시작 후에요", ["docker restart web", "docker stop cache"]),
    ("my-nginx 지워줘, 멈춘 다음에", ["docker stop my-nginx", "docker rm my-nginx"]),
    # said first, as before
    ("after restarting cache, restart web", ["docker restart cache", "docker restart web"]),
    ("web 재시작한 다음에 cache 꺼줘", ["docker restart web", "docker stop cache"]),
    ("cache 끈 다음에 지워줘", ["docker stop cache", "docker rm cache"]),
    ("restart web. after that, follow cache logs", ["docker restart web", "docker logs -f cache"]),  # the step before
    # a step said with "before": the order first, then the step
    ("restart web before stopping cache", ["docker restart web", "docker stop cache"]),
    ("before stopping cache, restart web", ["docker restart web", "docker stop cache"]),
    ("restart web before you stop cache", ["docker restart web", "docker stop cache"]),
    ("cache 끄기 전에 web 재시작해줘", ["docker restart web", "docker stop cache"]),
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_steps_in_the_order_meant(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, (text, a)


NOT_RUN = [
    "restart cache after lunch",  # a time after which: refused as before
    "restart my-nginx after midnight",
    "restart web after the deploy",
    "stop web after 30s",
    "web 재시작 다음에",
    "web 꺼줘 배포 끝나고 나서",
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_a_time_after_which_is_never_run(text):
    a = answer(text)
    assert not a.cli and not a.proposal, (text, a)


ASKED = [
    # no verb in the after-clause, but it names a thing the write acts on: the same write done to it, or a time taken
    # for a name, is a guess
    ("restart web after cache", ["docker restart cache web"]),
    ("remove web after cache", ["docker rm cache web"]),
    ("after cache, restart web", ["docker restart cache web"]),
]


ASKED += [
    ("cache 꺼줘 web 재시작한 다음에?", ["docker restart web", "docker stop cache"]),  # asked: in the order meant
    ("nginx 띄우기 전에 web 꺼", ["docker stop web", "docker run -d nginx"]),  # a run said with before: a step, or its time?
]

READ_FIRST = [
    # (session 33, ko33a) a read said before a write: both steps, the read first, shown and confirmed together — the read
    # alone (session 32, break8's convention) dropped a write that was asked for; break8 accepts this sequence too
    ("web 재시작 전에 로그 보여줘", ["docker logs web", "docker restart web"]),
    ("web 재시작하기 전에 로그 좀", ["docker logs web", "docker restart web"]),
    ("show logs of web before restarting web", ["docker logs web", "docker restart web"]),
    ("QA 돌리기 전에 cache 한 번 재시작 부탁드려요", ["docker restart cache"]),  # QA is no step of gorae's: its time
]


@pytest.mark.parametrize(("text", "cli"), READ_FIRST)
def test_the_read_before_a_write_comes_first(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize(("text", "offered"), ASKED)
def test_after_a_name_alone_is_asked(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, (text, a)


REFUSED = [
    "restart web after restarting cache and then stop data",  # the after-step cannot be said first: web ran first
    "restart web, not after restarting cache",
    "after the demo, remove data",  # a time taken for a name (a container `demo` would have been removed)
    "remove data after the demo",
    # a time's preposition dropped, its word taken for a name the write acts on
    "stop cache during lunch",
    "restart cache by noon",
    "restart web around midnight",
    "restart web before lunch",
    "pull nginx by digest",
    # (breaker32) the step said with after/before is someone else's, the speaker's, or a thing that happens
    "web 재시작해줘 제가 cache 지운 다음에",
    "web 재시작해줘 팀장님이 cache 지우신 다음에",
    "cache 꺼줘 팀장님이 web 지운 다음에",
    "제가 cache 지운 다음에 web 재시작해주세요",
    "db 켜줘 cache가 꺼진 다음에",
    "before I remove data, stop web",
    "restart web before I kill cache",
    "after I remove cache, restart web",
    # the order taken back
    "web 재시작해줘 cache 지우기 전에 말고 다음에",
    "db 켜줘 cache 끄기 전에 말고 후에",
]


@pytest.mark.parametrize("text", REFUSED)
def test_an_order_unclear_is_never_run(text):
    assert not answer(text).cli


NEED = [
    ("db 켜줘, etl 돌려야 함", ["docker start db"]),
    ("db 켜줘 etl 돌려야 돼", ["docker start db"]),
    ("web 재시작해줘, cache 꺼야 함", ["docker restart web"]),
    ("data 멈춰줘 my-nginx 재시작해야 됨", ["docker stop data"]),
]


@pytest.mark.parametrize(("text", "offered"), NEED)
def test_a_need_told_after_an_order_offers_the_order_alone(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, (text, a)


KEPT = [
    ("cache 재시작해야 됨", ["docker restart cache"]),  # a need alone is the request (the tables' convention)
    ("web 로그 100줄만 줘 장애 보고서 써야 돼", ["docker logs --tail 100 web"]),  # a reason with no verb of gorae's
    ("db 켜주세요, 쿼리 돌려야 해서요", ["docker start db"]),
]


@pytest.mark.parametrize(("text", "cli"), KEPT)
def test_kept(text, cli):
    assert list(answer(text).cli) == cli
