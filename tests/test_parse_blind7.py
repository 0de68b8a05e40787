"""The kinds of phrasing that wordings_fresh7.yaml (the seventh table, written blind) found missed or
wrongly read, each fixed as a kind in grammar/ or bot/language/: the failing input of the table
and other wordings of the same kind (not in any table), read through normalize -> parse -> plan
against the fake corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question or
a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # a count of new containers (두 개, two) was dropped: one container ran. gorae runs one at a time:
    # refused, never one (grammar/natural.lark `count`); a count with names says how many they are
    ("nginx 컨테이너 두 개 띄워줘", None),
    ("redis 컨테이너 세 개 만들어줘", None),
    ("run two nginx containers", None),
    ("spin up three redis containers", None),
    ("nginx 컨테이너 하나만 띄워", ["docker run -d nginx"]),  # one is one
    ("web cache data 세 개 다 재시작", ["docker restart web cache data"]),
    ("web이랑 cache 둘 다 꺼", ["docker stop web cache"]),
    # a name said as an image (X 이미지로) is never the start of the container named so; said with 로 and a new
    # container, it is that container's image when there is no image of the name (ko9run: the plan says so)
    ("web 이미지로 컨테이너 하나 더 띄워", ["docker run -d nginx"]),
    ("cache 이미지로 새 컨테이너 올려줘", ["docker run -d redis"]),
    ("nginx 이미지로 컨테이너 올려줘", ["docker run -d nginx"]),
    # launched from an image with one word between (IMAGE로 WORD 띄워): its name or a command? asked — unless the
    # image is said as one (IMAGE 이미지로 WORD 띄워, ko9run): the container launched, never a known program
    ("nginx:1.25 이미지로 edge8 띄우자", ["docker run -d --name edge8 nginx:1.25"]),
    ("alpine 이미지로 top 띄워", None),
    ("httpd로 edge11 올려줘", None),
    ("alpine으로 echo hi 실행", ["docker run alpine echo hi"]),  # 실행: a command
    ("busybox로 date 찍어봐", ["docker run busybox date"]),
    # 풀다 (release) after a pause is unpause; the noun 풀 (a loanword) is pull
    ("my-nginx 일시정지했다가 다시 풀어", ["docker pause my-nginx", "docker unpause my-nginx"]),
    ("cache 얼렸다가 풀어줘", ["docker pause cache", "docker unpause cache"]),
    ("redis 풀받아줘", ["docker pull redis"]),
    ("nginx 이미지 풀 해줘", ["docker pull nginx"]),
    # a step that takes back the one before it, or acts on what it removed: two verbs that conflict
    ("web 켜고 꺼", None),
    ("start and stop cache", None),
    ("remove and restart web", None),
    ("restart web and then kill it", None),
    ("web 지우고 로그 보여줘", None),
    ("web 껐다 켜", ["docker restart web"]),  # off then on: the restart idiom
    ("pause cache, then unpause it", ["docker pause cache", "docker unpause cache"]),
    ("remove web and run nginx named web", ["docker rm web", "docker run -d --name web nginx"]),
    # English: words between the image and its command are no command typed after it, unless they join it
    # (grammar/lexicon.txt command_join, en9: "and have it"); an address typed in the command is the command's
    # (it was dropped)
    ("run busybox and have it ping -c 1 127.0.0.1", ["docker run busybox ping -c 1 127.0.0.1"]),
    ("run busybox and ping localhost", None),
    ("run busybox ping -c 1 127.0.0.1", ["docker run busybox ping -c 1 127.0.0.1"]),
    ("run alpine sleep 10m", ["docker run alpine sleep 10m"]),
    ("run nginx on localhost", None),  # an address and no port: which port? never dropped
    # a place said with nothing after it ("in it"): in what? asked — unless the step before pulled one image
    # (en8: "it" is that image, tests/test_parse_en8.py)
    ("first pull alpine, then run echo ok in it", ["docker pull alpine", "docker run alpine echo ok"]),
    ("run echo hi in it", None),
    ("run busybox sleep 3600 in the background", ["docker run -d busybox sleep 3600"]),
    # a quoted docker command asked about is not a request to run it
    ("what does 'docker stop cache' do", None),
    ('what does "docker rm -f web" do?', None),
    ("run `docker restart web`", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # a step left out of a proposal: a correction (아니) and a recurrence (매일, every night) are never unread
    ("cache 꺼 아니 켜", ["docker start cache"]),  # corr24: the second verb, whole, is meant
    ("매일 web 재시작해줘", None),
    ("매주 cache 재시작", None),
    ("restart cache every hour", None),
    ("remove db next week", None),
    # not A but B said with the copula's negation (아니라 / 아니고), and 지우지는 말고
    ("cache 재시작이 아니라 중지", ["docker stop cache"]),
    ("web 삭제 아니고 재시작", ["docker restart web"]),
    ("my-nginx 중지가 아니라 재시작해줘", ["docker restart my-nginx"]),
    ("web 지우지는 말고 그냥 재시작만", ["docker restart web"]),
    ("cache 끄지는 마", None),
    # a reminder asks for it (forgetting negated); the plain negation stays a prohibition
    ("web 재시작 잊지 마", ["docker restart web"]),
    ("web 재시작하는 거 까먹지 말고 해줘", ["docker restart web"]),
    ("cache 로그 확인하는 거 잊지 말고", ["docker logs cache"]),
    ("don't forget to restart web", ["docker restart web"]),
    ("do not forget to stop cache pls", ["docker stop cache"]),
    ("make sure you restart cache", ["docker restart cache"]),
    ("don't restart web", None),
    ("do not restart web", None),
    # loanwords and idioms by kind: 퍼즈/언퍼즈, 재가동, recycle, power-cycle, zap, dump
    ("web 퍼즈", ["docker pause web"]),
    ("cache 퍼즈 걸어줘", ["docker pause cache"]),
    ("web 언퍼즈", ["docker unpause web"]),
    ("my-volume 재가동 바랍니다", ["docker restart my-volume"]),
    ("cache 재가동해", ["docker restart cache"]),
    ("recycle cache", ["docker restart cache"]),
    ("power-cycle web", ["docker restart web"]),
    ("zap busybox image", ["docker rmi busybox"]),
    ("dump web logs", ["docker logs web"]),
    ("dump the logs of cache", ["docker logs cache"]),
    # the tail of a log said as 꼬리 / 테일, and 딱 (exactly) changes nothing
    ("web 로그 꼬리 30줄만", ["docker logs --tail 30 web"]),
    ("cache 로그 꼬리 10줄", ["docker logs --tail 10 cache"]),
    ("web 컨테이너 로그 테일 30", ["docker logs --tail 30 web"]),
    ("web 로그 딱 5줄", ["docker logs --tail 5 web"]),
    # wanting to know (알고 싶다) is a look
    ("cache 상태 알고 싶음", ["docker inspect cache"]),
    ("web 정보 알고 싶어요", ["docker inspect web"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_as_meant(text, want):
    check(text, want)


MORE = [
    # the end of a window of logs (docker logs --until); 다 with logs is the whole log
    ("web 로그 1시간 전까지", ["docker logs --until 1h web"]),
    ("cache 로그 30분 전까지만", ["docker logs --until 30m cache"]),
    ("logs of web until 10 minutes ago", ["docker logs --until 10m web"]),
    ("web logs until 2h ago", ["docker logs --until 2h web"]),
    ("my-volume 로그 다 보여줘", ["docker logs my-volume"]),
    ("cache 로그 전부 보여줘", ["docker logs cache"]),
    # not A but B in English: a negation of one verb, a comma, the request (on A's names when it names none)
    ("not remove, just stop cache", ["docker stop cache"]),
    ("not stop, restart web", ["docker restart web"]),
    ("don't kill cache, restart it", ["docker restart cache"]),
    ("never remove db, just stop it", ["docker stop db"]),
    ("don't kill cache restart it", None),  # no comma: the prohibition stands
    # names keep their case; a name no container has, in another case than the one container that has it, is that
    # container, said in the reply (en8: bot/engine/plan.py Resolver.by_case; never for typed docker CLI)
    ("STOP CACHE PLS", ["docker stop cache"]),
    ("DON'T RESTART WEB", None),
]


@pytest.mark.parametrize("text, want", MORE, ids=[t for t, _ in MORE])
def test_more_kinds(text, want):
    check(text, want)


CHAT = [
    # chat spellings Kiwi misreads (grammar/ko_words.txt): 햬줘 / 해듀 (a key beside), 내려받아 + an
    # auxiliary (it split into 내리 + 받: stop and pull), -셈 on 버리다; 형 (bro) and "~할 분" are chat
    ("web 재시작햬줘", ["docker restart web"]),
    ("cache 재시작해듀", ["docker restart cache"]),
    ("alpine 이미지 내려받아 둬", ["docker pull alpine"]),
    ("redis 이미지 내려받아 놔", ["docker pull redis"]),
    ("my-volume 재시작해 버리셈", ["docker restart my-volume"]),
    ("형 cache 좀 재시작해줘", ["docker restart cache"]),
    ("cache 재시작 해주실 분", ["docker restart cache"]),
    ("web 10분 로그", ["docker logs --since 10m web"]),  # 분 after a number is still minutes
    # 최신 버전 (the latest version) of an image pulled is its default tag
    ("redis 최신 버전 땡겨와", ["docker pull redis"]),
    ("nginx 최신 버전으로 받아줘", ["docker pull nginx"]),
    # a log with its times said with 시간이랑 alone
    ("web 로그 마지막 3줄 시간이랑", ["docker logs --tail 3 -t web"]),
    # complaints: slow (느리다), seems/looks + a state, acting up, something wrong with, throwing errors —
    # the status and the last log lines (two reads), never a write; with a verb, the verb
    ("cache 느려 터졌어", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web seems dead", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache looks stuck", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web is acting up again", ["docker inspect web", "docker logs --tail 20 web"]),
    ("something's wrong with cache", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx is throwing 502s", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("cache is flaky, restart it", ["docker restart cache"]),
    ("remove something from web", None),  # no complaint: a thing removed from web, never `docker rm web`
]


@pytest.mark.parametrize("text, want", CHAT, ids=[t for t, _ in CHAT])
def test_chat_kinds(text, want):
    check(text, want)
