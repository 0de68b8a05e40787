"""Korean kinds found by the twelfth held-out table tests/data/wordings_fresh12.yaml (issue 8, branch w2ko), each
fixed as a kind: the row of the table first, then wordings of the same kind it does not hold, read through
Gorae.explain against the fake corpus world (tests/fakes.py). `None`: nothing may run and no write is proposed.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # A. a manager's status question: "running" said closing the question — -고 있다 with no relative ending
    # (돌아가고 있어요?) and 실행/동작/구동/가동 중 with the copula (중이야?, 중인가요?), 몇 대 as 몇 개
    # (grammar/natural.lark `running`, the filler 몇 대). With no name it is the listing, with a name in 에서 its
    # processes, with a name the container's state (they were refused: parse.incomplete, parse.unknown_word)
    ("지금 컨테이너 몇 개 돌아가고 있어요?", ["docker ps"]),
    ("지금 뭐가 돌아가고 있어요?", ["docker ps"]),
    ("컨테이너 몇 대 떠 있어요?", ["docker ps"]),
    ("가동 중인 컨테이너 목록 보여줘", ["docker ps"]),
    ("data에서 뭐 돌아가고 있어?", ["docker top data"]),
    ("cache에서 뭐 돌아가고 있나요?", ["docker top cache"]),
    ("cache 컨테이너 지금 정상 동작 중인가요?", ["docker inspect cache"]),
    ("web 실행 중이야?", ["docker inspect web"]),
    ("my-nginx 지금 가동 중이에요?", ["docker inspect my-nginx"]),
    # … the state said before a write is still the write's (not a question)
    ("돌아가고 있는 컨테이너 다 꺼", ["docker stop $(docker ps -q)"]),
    ("실행 중 컨테이너 다 재시작", ["docker restart $(docker ps -q)"]),
    # … and a stop said with 실행 중지 is never read as running
    ("web 실행 중지해", None),
    # C. the last N log lines said with no unit after 마지막, spaced or typed glued on a phone (grammar/natural.lark
    # `tail`; they were refused: parse.incomplete). 최근 N with no unit stays unread (a time or lines: never guessed)
    ("cache로그마지막30", ["docker logs --tail 30 cache"]),
    ("cache 로그 마지막 30", ["docker logs --tail 30 cache"]),
    ("my-nginx 로그 마지막 15 보여줘", ["docker logs --tail 15 my-nginx"]),
    ("web 로그 마지막 것 50", ["docker logs --tail 50 web"]),
    ("data로그마지막5만", ["docker logs --tail 5 data"]),
    ("cache 로그 최근 30", None),
    # D. docker's subcommands written in Hangul by a konglish user: 스탯 (stats) after 도커, 이미지스 (images) the
    # images' listing (grammar/natural.lark `_docker_ko`, grammar/ko_words.txt; they were refused)
    ("도커 스탯", ["docker stats --no-stream"]),
    ("도커 스탯 web", ["docker stats --no-stream web"]),
    ("도커 스탯 보여줘", ["docker stats --no-stream"]),
    ("도커 이미지스", ["docker images"]),
    ("이미지스 보여줘", ["docker images"]),
    ("도커 이미지스 좀", ["docker images"]),
    # … never a write with another verb
    ("도커 스탯 꺼", None),
    ("nginx 이미지스 지워", None),
    # E. a container's use of the machine said as a figure, told or asked (100퍼임, 90프로야?): its stats, as "cpu 몇
    # 퍼센트야?" is (grammar/natural.lark `much`; it was refused: parse.unknown_word)
    ("web cpu 100퍼임", ["docker stats --no-stream web"]),
    ("web cpu 100퍼센트야?", ["docker stats --no-stream web"]),
    ("cache cpu 90프로임?", ["docker stats --no-stream cache"]),
    ("cache 메모리 사용량 90프로임?", ["docker stats --no-stream cache"]),
    # … never a write, nor a figure read as a port
    ("web 100퍼 재시작", None),
    ("nginx 80 퍼센트로 띄워", None),
    # F. the user a command runs as, said in Hangul before the command in a container with no verb (루트로 whoami):
    # its -u, as with 실행 (grammar/natural.lark `as_root`, bot/language/parse_natural.py `_said_in_place`; they were
    # refused: parse.no_verb). (root typed in ASCII before 권한 — the table's "web에서 root 권한으로 apt-get update" —
    # stays refused: a literal "root" in the grammar would take the word from every name and user)
    ("web에서 루트로 whoami", ["docker exec -u root web whoami"]),
    ("data에서 루트 권한으로 id", ["docker exec -u root data id"]),
    ("cache에서 루트 계정으로 whoami", ["docker exec -u root cache whoami"]),
    ("web에서 root로 id 실행", ["docker exec -u root web id"]),
    # … never a user taken for a name, nor a write with no place said
    ("루트 권한으로 web 재시작", None),
    ("root 권한으로 whoami", None),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)


# Korean kinds found by the fourteenth held-out table tests/data/wordings_fresh14.yaml (session 13, branch w2ko)
KINDS14 = [
    # G. a signal sent to a container, named before 시그널/신호 (grammar/natural.lark `v_kill`, grammar/lexicon.txt
    # signals): docker kill -s (it was refused: parse.unknown_word); English "send HUP to X" too
    ("my-nginx에 HUP 시그널 보내줘", ["docker kill -s HUP my-nginx"]),
    ("web에 SIGTERM 신호 보내", ["docker kill -s SIGTERM web"]),
    ("cache에 USR1 시그널 좀 보내 주세요", ["docker kill -s USR1 cache"]),
    ("send HUP to my-nginx", ["docker kill -s HUP my-nginx"]),
    # … a signal sent with none named is asked (never kill's SIGKILL on the guess), a prohibition runs nothing
    ("cache에 시그널 보내", None),
    ("web에 HUP 시그널 보내지 마", None),
    # H. a log window's lines said with 것/거 and 중 (among them) before the last of them (grammar/natural.lark `since`;
    # it was refused: parse.unused)
    ("cache 로그 최근 20분 것 중 마지막 10줄", ["docker logs --since 20m --tail 10 cache"]),
    ("web 로그 지난 1시간 거 중에서 마지막 50줄", ["docker logs --since 1h --tail 50 web"]),
    ("db 로그 최근 30분 것 중에 끝에 5줄만", ["docker logs --since 30m --tail 5 db"]),
    ("web 로그 최근 10분 것 보여줘", ["docker logs --since 10m web"]),
    # … never a schedule of a write
    ("cache 최근 20분 것 중 재시작", None),
    # I. 돌다's -는 form with its ㄹ dropped (도는), processes running in a container (grammar/natural.lark `running`;
    # it was refused: parse.unknown_word): docker top; the running containers listed or stopped
    ("my-nginx 안에서 도는 프로세스", ["docker top my-nginx"]),
    ("cache에서 도는 프로세스 보여줘", ["docker top cache"]),
    ("data 안에서 지금 도는 프로세스 뭐야", ["docker top data"]),
    ("도는 컨테이너 보여줘", ["docker ps"]),
    ("도는 컨테이너 다 꺼", ["docker stop $(docker ps -q)"]),
    ("web도 재시작", ["docker restart web"]),
    ("web 안에서 도는 프로세스 죽여", None),
    # J. a command run in a container's directory, said with 의 then the directory with 에서 (bot/language/parse_natural.py
    # `_dir_of_place`; it was refused: parse.invalid_name): docker exec -w
    ("my-volume의 /tmp에서 ls 해봐", ["docker exec -w /tmp my-volume ls"]),
    ("web의 /etc에서 ls", ["docker exec -w /etc web ls"]),
    ("data의 /var/log에서 ls -la 실행해줘", ["docker exec -w /var/log data ls -la"]),
    ("cache의 /data에서 du -sh 돌려", ["docker exec -w /data cache du -sh"]),
    # … a gorae verb there is never run on the container
    ("web의 /etc에서 재시작", None),
    ("web의 /etc 보여줘", None),
    # K. English: a log window said between two times ago (grammar/natural.lark `since`, `until`; it was refused:
    # parse.one_target): docker logs --since --until
    ("web logs between 10m ago and 5m ago", ["docker logs --since 10m --until 5m web"]),
    ("cache logs between 2h ago and 1h ago", ["docker logs --since 2h --until 1h cache"]),
    ("show db logs between 30m and 10m ago", ["docker logs --since 30m --until 10m db"]),
    # … "and" between names stays a list, never a window
    ("restart web and cache", ["docker restart web cache"]),
    ("stop web and 5m ago", None),
    # L. the containers a volume is mounted in, said as a relative clause before the noun (마운트한/마운트된/마운트하고 있는
    # 컨테이너: grammar/natural.lark `attr_verb`, bot/language/parse_natural.py `_by_image_ko`; it was refused:
    # parse.unknown_word): docker ps --filter volume
    ("pgdata 마운트한 컨테이너만", ["docker ps --filter volume=pgdata"]),
    ("db 볼륨 마운트된 컨테이너 보여줘", ["docker ps --filter volume=db"]),
    ("pgdata 마운트하고 있는 컨테이너 목록", ["docker ps --filter volume=pgdata"]),
    # … never a write on them
    ("pgdata 마운트한 컨테이너 지워", None),
    ("pgdata 마운트한 컨테이너 재시작", None),
]


@pytest.mark.parametrize("text, want", KINDS14, ids=[t for t, _ in KINDS14])
def test_kinds14(text, want):
    check(text, want)
