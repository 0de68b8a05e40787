"""The kinds that wordings_fresh14.yaml (the fourteenth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # the chat nominal -ㅁ of 켜다 and its spoken 키다 closes a statement of what was done (grammar/morphemes.txt ~음,
    # as "cache 끔"): told, never a start — "db킴" planned `docker start db`; Kiwi splits 켬 as 켜 + 어 + a coda ㅁ
    ("db킴", None),
    ("db 켬", None),
    ("web켬", None),
    ("cache 켜줌", None),
    # the request stays one
    ("db 켜", ["docker start db"]),
    ("db 켜줘", ["docker start db"]),
    ("db 키자", ["docker start db"]),
    # a coda ㅁ after 요 is a cute spelling of 요 ("켜주세욤"): the request
    ("db 켜주세욤", ["docker start db"]),
    ("db 켜줘염", ["docker start db"]),
    # 다시 돌리다 of a container is "make it go again": resume, restart or start by a state the sentence does not say —
    # asked back (parse.again_which), never a start of a running container: "cache다시돌려" planned `docker start cache`
    # (grammar/lexicon.txt again_which)
    # (lead32a) … said of its names alone it is made to go again, decided by the plan by the container's state
    # (m.Start.again): running here, a restart — never a start of a running container
    ("cache다시돌려", ["docker restart cache"]),
    ("cache 다시 돌려", ["docker restart cache"]),
    ("web 다시 한번 돌려줘", ["docker restart web"]),
    ("web 죽었는데 다시 돌려", None),  # a state told: which one? still asked
    ("my-nginx 다시 돌려주세요", None),
    # 다시 with start/띄우 is still the restart, 돌리 alone still a start, and an unpause said beside it is the unpause
    ("web 다시 띄워", ["docker restart web"]),
    ("db 돌려", ["docker start db"]),
    ("my-nginx 다시 돌려 일시정지 풀고", ["docker unpause my-nginx"]),
    ("cache 다시 돌아가게 해줘", ["docker unpause cache"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # the record head of an incident order — a ticket or severity id and the clock time it was logged at — is no part
    # of the order (bot/language/normalize.py `_RECORD_HEAD`): "[INC-231] 14:02 cache 재시작" is the restart now
    ("[INC-231] 14:02 cache 재시작", ["docker restart cache"]),
    ("[OPS-12] 09:15 my-nginx 재시작", ["docker restart my-nginx"]),
    ("(CHG-9) restart data", ["docker restart data"]),
    ("INC-4 | 10:00 | web 로그 마지막 10줄", ["docker logs --tail 10 web"]),
    ("[P1] 02:00 stop cache", ["docker stop cache"]),
    ("#OPS-77: data 삭제해줘", ["docker rm data"]),
    ("[INC-5] 10:20:33 cache 일시정지", ["docker pause cache"]),
    # what follows the head is read as ever: done, forbidden, announced — and a tag of words or a time said with a
    # particle is no record head (kept: refused as before)
    ("[INC-231] 14:30 cache 재시작 완료", None),
    ("[INC-9] 03:00 web 재시작하지 마", None),
    ("[INC-9] 03:00 web 지웠음", None),
    ("[FYI] restart web", None),
    ("[INC-5] 23:00에 cache 재시작", None),
    ("14:02 cache 재시작", None),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)


COURTESY = [
    # a sentence of courtesy of its own — a greeting, a thanks, a good day wished — before or after the request is
    # dropped (bot/language/normalize.py `_courtesy_dropped`, grammar/lexicon.txt courtesy_head/courtesy_word)
    ("좋은 아침입니다! cache 로그 마지막 30줄 보여주세요. 고맙습니다.", ["docker logs --tail 30 cache"]),
    ("hello gorae. stop my-nginx. thx", ["docker stop my-nginx"]),
    ("좋은 오후예요. web 로그 마지막 10줄 주세요. 감사해요!", ["docker logs --tail 10 web"]),
    ("Good afternoon team. Pause cache please. Thanks!", ["docker pause cache"]),
    ("hey! restart my-volume. much appreciated", ["docker restart my-volume"]),
    ("Morning all! Stop data. Cheers.", ["docker stop data"]),
    ("좋은 아침이에요! db 켜주세요. 수고하세요~", ["docker start db"]),
    # the request left is read as ever: a negation, a permission asked, a thanks for something done
    ("안녕하세요. web 지우지 마세요. 감사합니다", None),
    ("반갑습니다. web 재시작 하지 마세요.", None),
    ("hi. thanks for removing web.", None),
    ("thanks. 안녕", None),
]


@pytest.mark.parametrize("text, want", COURTESY, ids=[t for t, _ in COURTESY])
def test_courtesy_sentences(text, want):
    check(text, want)


GO_AHEAD = [
    # a permission asked, then the go-ahead after it, is the request asked about (bot/language/parse.py
    # `_asked_then_go_ahead`, grammar/lexicon.txt go_ahead/permission_ko): only the very command the question proposed
    ("web 재시작해도 될까요? 해주세요", ["docker restart web"]),
    ("is it ok to restart web? go ahead", ["docker restart web"]),
    ("cache 멈춰도 돼요? 멈춰주세요", ["docker stop cache"]),
    ("web 지워도 될까요? 지워주세요", ["docker rm web"]),
    ("can I stop data? please do it", ["docker stop data"]),
    ("data 지워도 괜찮아? 지워줘", ["docker rm data"]),
    ("my-nginx 로그 봐도 돼요? 보여주세요", ["docker logs my-nginx"]),
    # the question alone stays one; a tail that forbids, schedules or asks another verb is no go-ahead
    ("web 재시작해도 될까요? 하지 마세요", None),
    ("web 지워도 돼? 켜줘", None),
    ("can I stop web? do it later", None),
    ("can I stop web? don't do it", None),
    ("web 재시작해도 될까요? 해주세요 나중에", None),
]


@pytest.mark.parametrize("text, want", GO_AHEAD, ids=[t for t, _ in GO_AHEAD])
def test_permission_then_go_ahead(text, want):
    check(text, want)


PASTED_PS = [
    # rows of `docker ps` pasted, then the request about "this one": the container of the NAMES column (bot/language/
    # parse.py `_after_pasted_ps`, grammar/lexicon.txt pasted_this_ko/pasted_here_ko/pasted_this_en/pasted_these_en)
    ("a1b2c3d4e5f6   nginx   \"/docker-entrypoint.…\"   2 hours ago   Up 2 hours   0.0.0.0:8080->80/tcp   web\n"
     "이거 재시작해줘", ["docker restart web"]),
    ("d3adb33fc0de redis Up 5 hours cache 이거 재시작 부탁해요", ["docker restart cache"]),
    ("1234567890ab nginx Up About an hour web -> logs for this one", ["docker logs web"]),
    ("abcdefabcdef alpine Exited (137) 3 minutes ago data 이거 다시 켜줘", ["docker start data"]),
    ("a1b2c3d4e5f6 nginx Up 2 hours web\n0c1d2e3f4a5b nginx Up 2 hours my-nginx stop these",
     ["docker stop web my-nginx"]),
    ("a1b2c3d4e5f6 nginx Up 2 hours web 여기서 ls /etc 해줘", ["docker exec web ls /etc"]),
    # the request after the paste is read as ever: forbidden, done, a name the engine lacks
    ("a1b2c3d4e5f6 nginx Up 2 hours web 이거 지우지 마", None),
    ("a1b2c3d4e5f6 nginx Up 2 hours web 이거 지웠어?", None),
    ("a1b2c3d4e5f6 nginx Up 2 hours ghost 재시작", None),
]


@pytest.mark.parametrize("text, want", PASTED_PS, ids=[t for t, _ in PASTED_PS])
def test_pasted_ps_rows(text, want):
    check(text, want)


STATE_LISTED = [
    # a listing of the containers in a state said with "only" (grammar/lexicon.txt `only_listed`) is those alone,
    # `docker ps -a --filter status=exited` (bot/language/parse_natural.py `listing`); without it, all with their state
    ("종료된 것만 보여줘", ["docker ps -a --filter status=exited"]),
    ("list only the exited ones", ["docker ps -a --filter status=exited"]),
    ("멈춘 컨테이너만 보여줘", ["docker ps -a --filter status=exited"]),
    ("just the stopped containers", ["docker ps -a --filter status=exited"]),
    ("종료된 컨테이너 보여줘", ["docker ps -a"]),
    ("종료된 것도 다 보여줘", ["docker ps -a"]),
    ("중지된 것만 지워줘", ["docker container prune"]),
    # the paused ones listed: `docker ps --filter status=paused`
    ("show paused containers only", ["docker ps --filter status=paused"]),
    ("일시정지된 컨테이너 보여줘", ["docker ps --filter status=paused"]),
    ("how many containers are paused?", ["docker ps --filter status=paused"]),
]


@pytest.mark.parametrize("text, want", STATE_LISTED, ids=[t for t, _ in STATE_LISTED])
def test_state_listed(text, want):
    check(text, want)


QUOTED_NAMES = [
    # a name quoted alone, as chat marks a name, is the name when the quoted reading does not read (bot/language/
    # parse.py `_names_unquoted`); a quoted keyword stays a command's text, and a command quoted whole stays one
    ('"backend" 네트워크에 "cache" 연결', ["docker network connect backend cache"]),
    ('connect "data" to "backend"', ["docker network connect backend data"]),
    ("`web`에서 `ls -la /etc/nginx` 실행", ["docker exec web ls -la /etc/nginx"]),
    ("connect 'my-volume' to 'backend'", ["docker network connect backend my-volume"]),
    ("'cache'에서 redis-cli ping", ["docker exec cache redis-cli ping"]),
    ('"web"을 "backend"에 연결해줘', ["docker network connect backend web"]),
    ("web에서 'restart' 실행", ["docker exec web restart"]),
    ("`web` 프로세스 보여줘", ["docker top web"]),
    ("'cache' 프로세스 보여줘", ["docker top cache"]),
    ('web에서 echo "cache" 실행', ["docker exec web echo cache"]),
    ("'cache' 재시작하지 마", None),
    ("'web'에 'rm' 보내", None),
]


@pytest.mark.parametrize("text, want", QUOTED_NAMES, ids=[t for t, _ in QUOTED_NAMES])
def test_quoted_names(text, want):
    check(text, want)


HANGUL_ALL = [
    # "all" said in Hangul (올): Kiwi reads it 오다 + -ㄹ, and the verb was dropped with it — a word lost (grammar/
    # morphemes.txt `ETM ᆯ 올 <VV:오`, natural.lark `all`); 올리다 stays the verb it is
    ("컨테이너 리스트 올", ["docker ps -a"]),
    ("이미지 올 리스트", ["docker images -a"]),
    ("web 올려줘", ["docker start web"]),
    ("nginx 올려", ["docker run -d nginx"]),
]


@pytest.mark.parametrize("text, want", HANGUL_ALL, ids=[t for t, _ in HANGUL_ALL])
def test_all_in_hangul(text, want):
    check(text, want)
