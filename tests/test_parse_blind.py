"""The kinds of phrasing that wordings_fresh5.yaml (the table written blind) found missed or
wrongly read, each fixed as a kind in grammar/ or bot/language/: the failing input of the table
and other words of the same kind, read through Gorae.explain against the fake
corpus world (tests/fakes.py). `None`: nothing may run (a refusal, a question or a proposal that
is no write are all fine).
"""
from __future__ import annotations

import pytest
from corpus_check import is_write, plan_key
from test_wordings_fresh import answer

READ = [
    # hearsay endings glued on (-다던데, -라더라, -자던데): a report, never a request
    ("cache 지운다던데", None),
    ("web 재시작한다더라", None),
    ("cache 재시작하라던데", None),
    ("web 지운다던데요", None),
    ("db 켜자던데", None),
    # chat verbs and idioms, by lemma whatever the ending: 파다 (dig one = make), 꽂다 (plug in),
    # 리부트, "take X offline", "blow away", "clear out", SIGKILL, prep
    ("uploads2 볼륨 하나 파줘", ["docker volume create uploads2"]),
    ("logs3 볼륨 파 주세요", ["docker volume create logs3"]),
    ("cache를 backend에 꽂아줘", ["docker network connect backend cache"]),
    ("web backend 네트워크에 꽂아 놔", ["docker network connect backend web"]),
    ("cache 리부트", ["docker restart cache"]),
    ("web 리부트 해주세요", ["docker restart web"]),
    ("take my-nginx offline", ["docker stop my-nginx"]),
    ("take cache offline pls", ["docker stop cache"]),
    ("blow away the pgdata volume", ["docker volume rm pgdata"]),
    ("blow away data", ["docker rm data"]),
    ("clear out the stopped containers", ["docker container prune"]),
    ("clear out exited containers", ["docker container prune"]),
    ("SIGKILL web", ["docker kill web"]),
    ("sigkill cache", ["docker kill cache"]),
    ("prep an httpd container named stage8, don't run it yet", ["docker create --name stage8 httpd"]),
    ("prep a redis container named r9", ["docker create --name r9 redis"]),
    # 망 is a network; "any" before every kind of a listing
    ("backend 망에 cache 붙여줘", ["docker network connect backend cache"]),
    ("web을 backend 망에서 빼줘", ["docker network disconnect backend web"]),
    ("any volumes?", ["docker volume ls"]),
    ("any images?", ["docker images"]),
    ("any networks?", ["docker network ls"]),
    # 말고 right after a verb (nothing named after it) is "not A (but B)": the verb before it is never done
    ("cache 재시작 말고 로그만 보여줘", ["docker logs cache"]),
    ("data 종료 말고 일시정지", ["docker pause data"]),
    ("web 삭제 말고 재시작해", ["docker restart web"]),
    ("httpd로 stage9 컨테이너 만들어 둬 실행은 말고", ["docker create --name stage9 httpd"]),
    ("redis로 q8 컨테이너 생성해 시작은 말고", ["docker create --name q8 redis"]),
    ("web 재시작 말고", None),
    # chat spellings of the request (조 = 줘, 여 = 요), 보다 of trying after a verb, 까봐 (pull)
    ("my-nginx 꺼조", ["docker stop my-nginx"]),
    ("cache 지워조", ["docker rm cache"]),
    ("cache 좀 꺼 주실래여", ["docker stop cache"]),
    ("web 재시작 해주세여", ["docker restart web"]),
    ("web 재시작해 봐줘", ["docker restart web"]),
    ("data 꺼 봐", ["docker stop data"]),
    ("web 로그 좀 봐줘", ["docker logs web"]),
    ("httpd 이미지 까봐", ["docker pull httpd"]),
    ("alpine:3.19 까봐", ["docker pull alpine:3.19"]),
    # neutral words: the bot's name called (고래야), urgency (급해요), which (어떤/어느), how many (몇 개)
    ("cache 재시작 급해요", ["docker restart cache"]),
    ("고래야 web 재시작", ["docker restart web"]),
    ("고래아 cache 꺼줘", ["docker stop cache"]),
    ("어떤 컨테이너 떠있어?", ["docker ps"]),
    ("어느 볼륨 있어?", ["docker volume ls"]),
    ("네트워크 몇 개야?", ["docker network ls"]),
    # a count said with a determiner: the names say which
    ("web cache my-nginx 세 개 다 재시작", ["docker restart web cache my-nginx"]),
    ("data랑 cache 두 개 다 꺼", ["docker stop data cache"]),
    # a step after a network connect/disconnect acts on its container ("it" is never the network)
    ("web을 backend에서 빼고 다시 연결해", ["docker network disconnect backend web", "docker network connect backend web"]),
    ("cache backend에서 떼고 다시 붙여줘", ["docker network disconnect backend cache", "docker network connect backend cache"]),
    ("connect cache to backend and then restart it", ["docker network connect backend cache", "docker restart cache"]),
    ("disconnect data from backend and remove it", ["docker network disconnect backend data", "docker rm data"]),
    # the state of a named container describes it, for a read too
    ("실행 중인 web 로그 보여줘", ["docker logs web"]),
    ("멈춰 있는 db 로그", ["docker logs db"]),
    ("멈춰 있는 db 상세 정보", ["docker inspect db"]),
    ("resume the paused web container", ["docker unpause web"]),
    ("일시정지된 cache 재개", ["docker unpause cache"]),
    ("unpause the paused data", ["docker unpause data"]),
    # never a plain ps: the paused ones alone, by docker's status filter (blind14: the listing reads the filter now;
    # before it, nothing ran — the expectation was None for want of a filter)
    ("list paused containers", ["docker ps --filter status=paused"]),
    # state by a relative clause: 실행되고 있는; "것도 다" = all
    ("실행되고 있는 컨테이너 뭐 있어", ["docker ps"]),
    ("동작되고 있는 컨테이너 목록", ["docker ps"]),
    ("꺼져 있는 것도 다 보여줘", ["docker ps -a"]),
    ("죽은 것도 다 보여줘", ["docker ps -a"]),
    ("are there any stopped containers?", ["docker ps -a"]),
    ("any exited containers?", ["docker ps -a"]),
    # a log's times printed; any port grabbed; a restart policy's value said before its name
    ("web 로그 시간 찍어서 보여줘", ["docker logs -t web"]),
    ("cache 로그 시간 찍어줘", ["docker logs -t cache"]),
    ("nginx 아무 포트나 잡아서 띄워", ["docker run -d -p 80 nginx"]),
    ("httpd 랜덤 포트 잡아서 실행", ["docker run -d -p 80 httpd"]),
    ("redis를 unless-stopped 재시작 정책으로 띄워", ["docker run -d --restart unless-stopped redis"]),
    ("httpd always 재시작 정책으로 실행", ["docker run -d --restart always httpd"]),
    ("nginx on-failure 재시작 정책으로 띄워", ["docker run -d --restart on-failure nginx"]),
    # exclusion: apart from
    ("restart all containers apart from my-nginx", ["docker restart web cache my-volume data"]),
    ("stop everything apart from web and cache", ["docker stop my-nginx my-volume data"]),
    # lines are a log's: a verb of pulling with a count of lines or a time reads the logs
    ("grab the last 200 lines from my-nginx", ["docker logs --tail 200 my-nginx"]),
    ("pull the last 30 lines from web", ["docker logs --tail 30 web"]),
    # no spacing at all: a name glued to a port number glued to 포트
    ("nginx8081포트로띄워줘", ["docker run -d -p 8081:80 nginx"]),
    ("redis6380포트로 올려", ["docker run -d -p 6380:6379 redis"]),
    # the image nginx8080, or nginx on 8080? read by the engine (f12ko, bot/engine/plan.py `_number_said`): no image
    # nginx8080 and nginx here — nginx on 8080; a word whose head is no image here is asked (tests/test_parse_f12ko.py)
    ("nginx8080으로띄워", ["docker run -d -p 8080:80 nginx"]),
    # what was pulled, asked: the images; a few lines: the logs
    ("이미지 뭐 받아놨지?", ["docker images"]),
    ("이미지 뭐 받았더라?", ["docker images"]),
    ("nginx 이미지 받았어?", None),
    ("web 로그 마지막 몇 줄만 보여줘", ["docker logs --tail 10 web"]),  # a few lines: the last 10 (blind9, as wordings_fresh5 expects)
    # arguments said after "args": a flag is a word, a quoted one is one argument without its quotes
    ("run busybox with entrypoint sh and args -c 'echo hi'", ["docker run --entrypoint sh busybox -c 'echo hi'"]),
    ("run ubuntu:focal with entrypoint echo and arguments 'hello world'",
     ["docker run --entrypoint echo ubuntu:focal 'hello world'"]),
    # English: peek (a look), the engine said as a place ("on this box")
    ("peek at web's logs", ["docker logs web"]),
    ("peek at cache", ["docker inspect cache"]),
    ("what's running on this box", ["docker ps"]),
    ("restart web on this machine", ["docker restart web"]),
    # a state said of a name at the end of a question ("꺼져 있나?"): its status, never a write
    ("db 지금 꺼져 있나?", ["docker inspect db"]),
    ("db 꺼져 있어?", ["docker inspect db"]),
    ("web 멈춰 있어", ["docker inspect web"]),
    # neutral words: uh, already, 그대로 (as it is)
    ("uh stop data", ["docker stop data"]),
    ("just restart web already", ["docker restart web"]),
    ("web 그대로 재시작", ["docker restart web"]),
    ("my-nginx는 그대로 두고 나머지 재시작", ["docker restart web cache my-volume data"]),
    ("did you restart web already?", None),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_as_meant(text, want):
    ans = answer(text)
    if want is None:
        assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
        assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"
        return
    assert ans.cli, f"{text!r}: {ans.refusal}"
    assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"


NO_WRITE_PROPOSED = [
    # a conditional clause (~면) asks what happens: the word after it is never left out of a proposal
    "db 지우면 복구 돼?",
    "web 재시작하면 접속 끊겨?",
    "cache 끄면 세션 날아가나",
    # not A but B inside a sequence: which step does B replace? a question, never a guess
    "web 시작하고 삭제하고 재시작하지 말고 꺼",
    "cache 끄고 지우고 재시작 말고 켜",
    # a count or a unit left unread changes the meaning: never proposed without it
    "web 두 번 재시작",
    "web 몇 분 뒤에 재시작",
    "cache 세 시간 뒤에 꺼",
]


@pytest.mark.parametrize("text", NO_WRITE_PROPOSED)
def test_no_write_is_proposed(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"
