"""(pre33) Kinds of issue 8 read in session 33 from fresh22's misses, each with wordings of its own beside the table's
row, and each kind's never-cases beside it (a write never planned from what is only told, stated or set aside)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # a word stated by the copula in a first sentence of its own is never the next sentence's target (fresh22 dba:
    # "DBA입니다. mysql 5.7 이미지 다시 당겨주세요" pulled DBA)
    ("DBA입니다. mysql 5.7 이미지 다시 당겨주세요", "docker pull mysql:5.7"),
    ("SRE입니다. redis 이미지 받아주세요", "docker pull redis"),
    ("QA예요. nginx 이미지 pull 해주세요", "docker pull nginx"),
    ("저는 DBA입니다. postgres 16 이미지 받아줘", "docker pull postgres:16"),
    ("DBA인데요, alpine 이미지 당겨주세요", "docker pull alpine"),
    ("QA입니다. web 재시작해주세요", "docker restart web"),
    ("SRE임. cache 로그 보여줘", "docker logs cache"),
    ("PM입니다. my-nginx 일시정지 부탁드립니다", "docker pause my-nginx"),
    ("DBA입니다. db 로그 100줄 보여주세요", "docker logs --tail 100 db"),
    ("web이에요. 재시작해주세요", "docker restart web"),
    ("web이에요. web 재시작해주세요", "docker restart web"),  # the request says it again itself  # the rest names nothing: the word stated is what it is of
    # an ASCII word glued to the Hangul after it is a word of the command (fresh22 nospace: ping dropped)
    ("cache에서redis-cli ping날려줘", "docker exec cache redis-cli ping"),
    ("cache에서 redis-cli ping날려줘", "docker exec cache redis-cli ping"),
    ("cache에서 redis-cli ping좀 날려줘", "docker exec cache redis-cli ping"),
    ("web에서 ls -la날려줘", "docker exec web ls -la"),
    ("cache에서 redis-cli info memory실행해줘", "docker exec cache redis-cli info memory"),
    ("data에서 hostname실행해줘", "docker exec data hostname"),
    ("web에서 ls를 실행해줘", "docker exec web ls"),
    # the same read said twice in a row is one read (fresh22 first-day, codemix)
    ("신입 김하늘입니다. backend 네트워크 구성이 궁금해서요, 상세 정보 보여주실 수 있나요?", "docker network inspect backend"),
    ("backend 네트워크 구성이 궁금해서요, 상세 정보 보여주실 수 있나요?", "docker network inspect backend"),
    ("my-nginx inspect 해서 IP 알려줘", "docker inspect my-nginx"),
    # a look said with 만 (only), or after a person away (안 계셔서), is that look alone — no complaint's logs
    ("사수님이 자리에 안 계셔서요… data 컨테이너 상태만 확인 부탁드립니다", "docker inspect data"),
    ("팀장님이 안 계셔서 web 좀 봐주세요", "docker inspect web"),
    ("사이트가 안 열려요 web 상태만 봐주세요", "docker inspect web"),
    ("사이트가 안 열려요 web 좀 봐주세요", "docker inspect web ; docker logs --tail 20 web"),  # a complaint still is
    # 다 같이 (all of us, together) is never every container (fresh22 teach)
    ("다 같이 봅시다, web 상태 확인", "docker inspect web"),
    ("다같이 cache 로그 보자", "docker logs cache"),
    ("다 같이 web 로그 봅시다", "docker logs web"),
    ("컨테이너 다 보여줘", "docker ps -a"),  # 다 alone is still all
    # a state asked, then a read of the same thing in a sentence of its own: both (fresh22 embedded)
    ("is web up? also show me its last 10 log lines", "docker inspect web ; docker logs --tail 10 web"),
    ("is web running? also show its logs", "docker inspect web ; docker logs web"),
    ("is cache up? also its processes", "docker inspect cache ; docker top cache"),
    ("web 살아있어? 로그 10줄도 보여줘", "docker inspect web ; docker logs --tail 10 web"),
    ("cache 살아있어? 메모리 사용량도 보여줘", "docker inspect cache ; docker stats --no-stream cache"),
    # context said before the request, Korean: who speaks or the situation, a clause or a sentence of its own that names
    # nothing and asks nothing (fresh22 first-day, dba, relay, audit, teach)
    ("신입입니다! 아무것도 안 건드리고 이미지 목록만 보고 싶어요", "docker images"),
    ("신입이에요. 아무것도 안 건드리고 볼륨 목록만 보여주세요", "docker volume ls"),
    ("아무것도 안 건드리고 네트워크 목록만 보여줘", "docker network ls"),
    ("신입입니다. 선배님 말씀대로 my-nginx 일시정지 부탁드립니다", "docker pause my-nginx"),
    ("팀장님 지시대로 cache 재시작 부탁드립니다", "docker restart cache"),
    ("선배님 말씀대로 web 로그 100줄 보여주세요", "docker logs --tail 100 web"),
    ("DB 담당인데요, db 컨테이너 로그 최근 한 시간치 보여주세요", "docker logs --since 1h db"),
    ("QA 담당입니다. web 로그 50줄 보여주세요", "docker logs --tail 50 web"),
    ("SRE 팀인데요, cache 재시작 부탁드려요", "docker restart cache"),
    ("고객센터입니다. 고객님들이 사이트가 안 열린다고 하세요, web 좀 봐주세요",
     "docker inspect web ; docker logs --tail 20 web"),
    ("고객님들이 결제가 안 된다고 하세요, cache 로그 보여주세요", "docker logs cache"),
    ("교육 중입니다. 네트워크 목록 보여주세요", "docker network ls"),
    ("신입입니다. 볼륨 목록 보여주세요", "docker volume ls"),
    ("오늘 처음 왔는데요, 컨테이너 목록 보여주세요", "docker ps"),
    ("보안 점검 중입니다. 이미지 목록 보여주세요", "docker images"),
    ("야간 당직입니다. web 재시작 부탁드려요", "docker restart web"),
    # … English: a setting of the speaker's own, or a label, said first (fresh22 first-day, dba, relay, audit, autocorrect)
    ("Im on my phone, restart web", "docker restart web"),
    ("i'm on call, restart cache please", "docker restart cache"),
    ("new hire here — please inspect the pgdata volume", "docker volume inspect pgdata"),
    ("new hire question: where does the pgdata volume live on disk?", "docker volume inspect pgdata"),
    ("support here — customers report 504s on checkout, can you look at web?", "docker inspect web"),
    ("I'm on the database team; how much CPU are db and cache using?", "docker stats --no-stream db cache"),
    ("It's my first day, sorry if this is basic: can you show me the images we have?", "docker images"),
    ("New starter: may I ask you to list every container, stopped ones too?", "docker ps -a"),
    ("oncall here; kill my-nginx", "docker kill my-nginx"),
    ("we are the dba team; pause cache please", "docker pause cache"),
    ("it's late here, show me web logs", "docker logs web"),
    ("Apologies if this is a silly ask on day one, but could you show the processes running in cache?", "docker top cache"),
    ("A customer says the site's been flaky since noon; web logs for the past 2h please", "docker logs --since 2h web"),
]

NOT_RUN = [
    # a name stated in a sentence of its own, then a request that names its own: never both acted on
    "web입니다. cache 재시작해주세요",
    "cache예요. web 지워주세요",
    "my-nginx입니다. cache 재시작해주세요",  # a name Kiwi splits in pieces (my, -, nginx) is the name typed
    "e2e-3a1입니다. cache 재시작해주세요",
    "DBA입니다. 이미지 당겨주세요",  # the role alone said: no image to pull
    # touch nothing, then a write: never run
    "아무것도 안 건드리고 web 재시작해줘",
    "신입입니다. 아무것도 안 건드리고 cache 지워주세요",
    # 다 같이 + a write names nothing: never every container
    "다 같이 재시작해줘",
    "다 같이 지워줘",
    # a question of a state then a write: never the write on the question
    "is web up? restart it",
    "is web up? if not, start it",
    # a write after a setting that is a thing's state, a scope, a ban, a condition or what was said
    "web is down, restart cache",
    "for web: restart everything",
    "for the test env: stop everything",
    "don't touch web: restart cache",
    "if web is down: restart it",
    "my boss said: remove web",
    "someone told me, restart web",
    "we already did it: restart web",  # done already: the setting is no setting of the speaker's own
    "i already did that, restart cache",
    "고객님이 web 재시작하라고 하세요, 해주세요",
    "DB 담당인데요, 전부 재시작해 주세요",  # the request names nothing: the clause is never left out
]

OTHER_READ_NEVER = [
    # a nameless read after a thing's state said with a comma: never every container's
    ("cache oom, stats", "docker stats --no-stream"),
    ("my app is cache, can you check if it's up?", "docker ps"),  # the pronoun leans on the setting
    ("the site is down, web is returning 502", "docker inspect web ; docker logs --tail 20 web"),  # site may be a name
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans


@pytest.mark.parametrize(("text", "cli"), OTHER_READ_NEVER)
def test_never_that_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert " ; ".join(ans.cli) != cli, ans


def test_same_write_twice_is_as_said() -> None:
    ans = answer("web 재시작하고 재시작해줘")
    assert list(ans.cli) == ["docker restart web", "docker restart web"] or not ans.planned, ans


@pytest.mark.parametrize("text", ["gim;me the last 50 log lines of cache", "restart w;eb", "show:me web logs",
                                  "Im on my phone;restart web"])
def test_a_mark_inside_a_word_ends_no_setting(text):
    """(lead33) tests/test_properties.py found "gim;me the last 50 log lines of cache" planned the logs: the setting was
    split at a semicolon inside a word — a shell meta, refused as before; no write from it."""
    assert not answer(text).writes
    if ";" in text:
        assert not answer(text).cli
