"""The kinds of phrasing that wordings_fresh6.yaml (the sixth table, written blind) found missed or
wrongly read, each fixed as a kind in grammar/ or bot/language/: the failing input of the table
and other wordings of the same kind (not in any table), read through Gorae.explain
against the fake corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question or
a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer

WRONG_WRITES = [
    # a Korean word after a command to run is the sentence's, never the command's text (it was
    # absorbed into the command, then dropped as a Hangul word: the -d was lost)
    ("busybox로 sleep 3600 백그라운드 실행", ["docker run -d busybox sleep 3600"]),
    ("alpine으로 sleep 600 백그라운드로 실행", ["docker run -d alpine sleep 600"]),
    ("ubuntu:focal에서 sleep 100 백그라운드 실행해줘", ["docker run -d ubuntu:focal sleep 100"]),
    # 잠깐 / 잠시 before a comma is "hold on", not brevity: the stop said after it is a stop
    ("잠깐, web 꺼줘", ["docker stop web"]),
    ("잠깐, my-nginx 꺼", ["docker stop my-nginx"]),
    ("잠시, cache 재시작해줘", ["docker restart cache"]),
    ("web 잠깐 꺼", ["docker pause web"]),  # brevity said of the stop is still a pause
    # a wondering question (-려나, -ㄴ가): asked, not requested
    ("web 재시작하면 되려나", None),
    ("cache 지우면 되려나", None),
    ("db 켜면 되는 건가?", None),
    # "against" names the container a command is run in (English): an exec, never a run of an
    # image named after the command
    ("run redis-cli ping against cache", ["docker exec cache redis-cli ping"]),
    ("run nginx -t against web", ["docker exec web nginx -t"]),
    ("run df -h against data", ["docker exec data df -h"]),
    # a new container said of a name that is a container, not an image: a question, never the
    # start of the container that is there (it planned `docker start web`)
    ("spin up a new web container", None),
    ("start a fresh cache container", None),
    ("web 새로 띄워", None),
    ("new redis container pls", ["docker run -d redis"]),  # an image: a new container of it
    ("a fresh nginx container named w9", ["docker run -d --name w9 nginx"]),
    ("db 실행", ["docker start db"]),  # not said as new: the container db is started
    # a duration said as a time to wait is a schedule, never a window of logs (it read as --since)
    ("10분 뒤에 web 로그 보여줘", None),
    ("cache 30분 있다가 로그 보여줘", None),
    ("show web logs in 10 minutes", None),
    ("show me cache logs 5 minutes from now", None),
    ("web logs for the past 10 minutes", ["docker logs --since 10m web"]),
    ("web 최근 10분 로그 보여줘", ["docker logs --since 10m web"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


def check(text: str, want: list[str] | None) -> None:
    ans = answer(text)
    if want is None:
        assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
        assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"
        return
    assert ans.cli, f"{text!r}: {ans.refusal}"
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"


READ = [
    # verbs by lemma beyond the textbook, and chat-ops loanwords (grammar/natural.lark, ko_words.txt)
    ("db 일으켜 줘", ["docker start db"]),
    ("my-nginx 일으켜", ["docker start my-nginx"]),
    ("data 가동 부탁해요", ["docker start data"]),
    ("web 살펴봐", ["docker inspect web"]),
    ("my-nginx 살펴봐줘", ["docker inspect my-nginx"]),
    ("cache 들여다봐", ["docker inspect cache"]),
    ("web 로그 긁어줘", ["docker logs web"]),
    ("web 로그 떠줘", ["docker logs web"]),
    ("busybox 이미지 리무브해줘", ["docker rmi busybox"]),
    ("컨테이너 프룬 ㄱㄱ", ["docker container prune"]),
    ("logs2 볼륨 크리에이트", ["docker volume create logs2"]),
    ("data 컨테이너 인포 좀", ["docker inspect data"]),
    ("db 재시작시켜", ["docker restart db"]),  # 시키다 after a verbal noun (Kiwi split it 시 + 켜)
    ("cache 정지시켜줘", ["docker stop cache"]),
    # chat endings and courtesy: 염 (요), 플리즈, 필요, -면 고맙겠다, 봐봐
    ("web 재시작 부탁염", ["docker restart web"]),
    ("cache 재시작 플리즈~", ["docker restart cache"]),
    ("web 재시작 필요해", ["docker restart web"]),
    ("cache 꺼주면 고맙겠어", ["docker stop cache"]),
    ("my-nginx 꺼 봐봐", ["docker stop my-nginx"]),
    ("web 재시작 고마워", None),  # thanks for something done: nothing to run
    ("web 재시작 필요 없어", None),
    # 내렸다 (다시) 올려 = restart; 뒤에서 N줄 = the last N lines
    ("web 내렸다 올려", ["docker restart web"]),
    ("cache 내렸다 다시 올려", ["docker restart cache"]),
    ("my-nginx 로그 뒤에서 30줄", ["docker logs --tail 30 my-nginx"]),
    # English ops idioms
    ("bring back db", ["docker start db"]),
    ("power up db", ["docker start db"]),
    ("power off cache", ["docker stop cache"]),
    ("force-kill web", ["docker kill web"]),
    ("toss the busybox image", ["docker rmi busybox"]),
    ("yank cache off backend", ["docker network disconnect backend cache"]),
    ("deets on cache", ["docker inspect cache"]),
    ("tell me about web", ["docker inspect web"]),
    ("pull up the logs for web", ["docker logs web"]),
    ("remove data even though it's running", ["docker rm -f data"]),
    ("jump into data and run df -h", ["docker exec data df -h"]),
    ("shell into web and run whoami", ["docker exec web whoami"]),
    # a complaint shows the status, never a write
    ("data 이상해", ["docker inspect data", "docker logs --tail 20 data"]),
    ("cache 응답이 없네", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("my-nginx keeps dying", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web seems frozen", ["docker inspect web", "docker logs --tail 20 web"]),
    ("is web dead or what", ["docker inspect web", "docker logs --tail 20 web"]),
    # the port a container is on, asked: its details (a read); "how many" asks for a listing
    ("what port is web on?", ["docker inspect web"]),
    ("which ports is cache on", ["docker inspect cache"]),
    ("web 몇 번 포트야?", ["docker inspect web"]),
    ("cache 무슨 포트로 떠 있어?", ["docker inspect cache"]),
    ("what image is cache running", ["docker inspect cache"]),
    ("which network is data on", ["docker inspect data"]),
    ("what network is web on?", ["docker inspect web"]),
    ("what images are there", ["docker images"]),
    ("what networks exist", ["docker network ls"]),  # the plural lists
    ("how many containers are running", ["docker ps"]),
    ("how many images do we have", ["docker images"]),
    ("how many volumes are there", ["docker volume ls"]),
    # a random host port said with 아무거나; 포트는 N (the topic particle on 포트)
    ("nginx 띄워 호스트 포트는 아무거나", ["docker run -d -p 80 nginx"]),
    ("httpd 올려줘 포트는 아무거나", ["docker run -d -p 80 httpd"]),
    ("nginx 이름은 web2 포트는 8080으로 실행", ["docker run -d --name web2 -p 8080:80 nginx"]),
    ("redis 포트는 6390으로 띄워", ["docker run -d -p 6390:6379 redis"]),
    # the verb said as a thing asked for ("멈추는 거 부탁")
    ("cache 멈추는 거 부탁", ["docker stop cache"]),
    # a phone's slip of 해 (햐); a restart policy said with -게 (so that it always restarts)
    ("web 재시작햐줘", ["docker restart web"]),
    ("db 시작햐줘", ["docker start db"]),
    ("redis 항상 재시작하게 띄워", ["docker run -d --restart always redis"]),
    ("nginx 8090 포트에 edge9 이름으로 항상 재시작하게 실행", ["docker run -d --name edge9 -p 8090:80 --restart always nginx"]),
    ("web 재시작하는 거 부탁해요", ["docker restart web"]),
    # ";;" closing a Korean sentence is chat (a sweat drop), no shell; elsewhere it still is
    ("web 재시작 좀;;", ["docker restart web"]),
    ("cache 꺼줘;;;", ["docker stop cache"]),
    ("restart web;;", None),
    ("web 재시작;; docker rm db", None),
    ("web 재시작; rm -rf /", None),
    # a docker command of two words or more typed without `docker`, a Korean request after it;
    # one word may be a sentence's verb ("kill web 실행": two verbs, nothing runs)
    ("network ls 해줘", ["docker network ls"]),
    ("volume ls 좀", ["docker volume ls"]),
    ("container prune 해줘", ["docker container prune"]),
    ("network create front 해줘", ["docker network create front"]),
    ("kill web 실행", None),
    ("stop web 실행", None),
    # English: the words right after the image are its command, as docker reads `run IMAGE CMD`,
    # with the sentence's roles after them (never its `and`)
    ("run alpine echo hi and clean up after", ["docker run --rm alpine echo hi"]),
    ("run busybox sleep 3600 in the background", ["docker run -d busybox sleep 3600"]),
    ("run alpine echo hi and remove it", ["docker run --rm alpine echo hi"]),
    ('run alpine echo "hi there" and remove it', ["docker run --rm alpine echo 'hi there'"]),
    ("run alpine echo hi there", ["docker run alpine echo hi there"]),
    # `w/` is no program, never a command: (en13) it is read as "with" (grammar/lexicon.txt chat_spelling)
    ("run nginx w/ restart policy unless-stopped", ["docker run -d --restart unless-stopped nginx"]),
    ("run redis twice", None),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_as_meant(text, want):
    check(text, want)


CLI_FROM_A_PHONE = [
    # the sentence's closing typed after a docker command is no part of it (a name never ends in !)
    ("docker stop web.", ["docker stop web"]),
    ("docker restart web!", ["docker restart web"]),
    ("docker logs web!", ["docker logs web"]),
    ("docker rm db.", ["docker rm db"]),
    ("docker ps …", ["docker ps"]),
    ("docker ps -a…", ["docker ps -a"]),
    ("docker pull alpine:3.19!", ["docker pull alpine:3.19"]),
    # … but a command run in a container or an image keeps its words as typed
    ("docker exec web echo hi!", ["docker exec web echo 'hi!'"]),
    ("docker exec web ls .", ["docker exec web ls ."]),
    ("docker run alpine echo done.", ["docker run alpine echo done."]),
    # a phone's hyphen (U+2010) is the ASCII one
    ("docker run ‐d ‐p 8086:80 nginx", ["docker run -d -p 8086:80 nginx"]),
    ("docker stop ‐t 5 web", ["docker stop -t 5 web"]),
]


@pytest.mark.parametrize("text, want", CLI_FROM_A_PHONE, ids=[t for t, _ in CLI_FROM_A_PHONE])
def test_cli_from_a_phone(text, want):
    check(text, want)
