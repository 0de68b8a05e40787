"""(f23x) Kinds of issue 8 read for fresh23 in session 35 — numbers with units (`units`), docker ps filters said in words
(`filter`), one field of a container asked (`field`), its network or block I/O (`resources`), a window of logs said by
both its ends or as older than (`window`), the containers on a network (`network`) — each with the table's rows, wordings
of its own, and never-cases (a write never planned from a near wording)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # units: digits grouped with commas, or a thousand's letter, before a unit of lines (fresh23 "cache 로그 1,000줄만
    # 보여줘", "data 로그 1k줄", "last 1k lines of web logs", "cache logs, last 2,000 lines", "give me 5k lines of web logs")
    ("cache 로그 1,000줄만 보여줘", "docker logs --tail 1000 cache"),
    ("data 로그 1k줄", "docker logs --tail 1000 data"),
    ("last 1k lines of web logs", "docker logs --tail 1000 web"),
    ("cache logs, last 2,000 lines", "docker logs --tail 2000 cache"),
    ("give me 5k lines of web logs", "docker logs --tail 5000 web"),
    ("web 로그 3k 줄", "docker logs --tail 3000 web"),
    ("db 로그 마지막 2,500줄", "docker logs --tail 2500 db"),
    ("show the last 10k lines of cache logs", "docker logs --tail 10000 cache"),
    # … hours with their minutes or with a decimal (fresh23 "web 로그 지난 2시간 30분", "web logs from the last 1.5 hrs")
    ("web 로그 지난 2시간 30분", "docker logs --since 150m web"),
    ("web logs from the last 1.5 hrs", "docker logs --since 90m web"),
    ("web 로그 1.5시간치", "docker logs --since 90m web"),
    ("web logs for the past 2 hours and 15 minutes", "docker logs --since 135m web"),
    ("cache 로그 최근 1시간 10분", "docker logs --since 70m cache"),
    ("web 로그 지난 2시간", "docker logs --since 2h web"),
    # … a day's worth split by Kiwi before some verbs (fresh23 "web 로그 하루치 뽑아줘")
    ("web 로그 하루치 뽑아줘", "docker logs --since 24h web"),
    ("cache 로그 하루치 뽑아봐", "docker logs --since 24h cache"),
    # … a stop's grace said with no 시간, as a restart's time waited, or as a wait then a kill (fresh23 "web 중지하는데 유예
    # 30초", "my-nginx 재시작 대기시간 15초로", "data 재시작, 10sec 기다렸다가 강제로" read in Korean units)
    ("web 중지하는데 유예 30초", "docker stop -t 30 web"),
    ("cache 꺼, 여유 10초", "docker stop -t 10 cache"),
    ("my-nginx 재시작 대기시간 15초로", "docker restart -t 15 my-nginx"),
    ("web 재시작 대기 시간 5초", "docker restart -t 5 web"),
    ("data 재시작, 10초 기다렸다가 강제로", "docker restart -t 10 data"),
    ("web 10초 기다렸다가 강제로 꺼", "docker stop -t 10 web"),
    # filter: a part of the name (fresh23 "이름에 nginx 들어간 컨테이너만 보여줘", "이름이 cache인 컨테이너 꺼진 것까지 찾아줘",
    # "이름에 my- 붙은 컨테이너만", "show containers whose name contains cache", "show stopped and running containers with
    # nginx in the name")
    ("이름에 nginx 들어간 컨테이너만 보여줘", "docker ps --filter name=nginx"),
    ("이름이 cache인 컨테이너 꺼진 것까지 보여줘", "docker ps -a --filter name=cache"),
    ("이름에 my- 붙은 컨테이너만", "docker ps --filter name=my-"),
    ("show containers whose name contains cache", "docker ps --filter name=cache"),
    ("show stopped and running containers with nginx in the name", "docker ps -a --filter name=nginx"),
    ("이름에 db 포함된 컨테이너 목록", "docker ps --filter name=db"),
    ("이름이 cache인 컨테이너 보여줘", "docker ps --filter name=cache"),
    ("list all containers with web in their names", "docker ps -a --filter name=web"),
    ("list containers by name web", "docker ps --filter name=web"),
    # … both states said together: all of them
    ("show stopped and running containers", "docker ps -a"),
    ("list containers, running and stopped", "docker ps -a"),
    ("꺼진 거랑 실행 중인 거 다 보여줘", "docker ps -a"),
    ("show running containers", "docker ps"),
    # … picked out (골라서) (fresh23 "종료된 컨테이너만 골라서 보여줘", "redis 이미지 쓰는 컨테이너만 골라서 보여줘")
    ("종료된 컨테이너만 골라서 보여줘", "docker ps -a --filter status=exited"),
    ("redis 이미지 쓰는 컨테이너만 골라서 보여줘", "docker ps --filter ancestor=redis"),
    ("nginx 이미지 쓰는 컨테이너만 골라서 보여줘", "docker ps --filter ancestor=nginx"),
    # field: one field of a container said in words, its details (fresh23 "cache 호스트네임 뭐야", "data PID 뭐야",
    # "my-nginx 실행 명령어가 뭐야", "web 로그 드라이버 뭐 써?", "my-volume 게이트웨이 주소", "what's data's IP address?",
    # "what's the exit code of db?", "what's the memory limit on cache", "what's the MAC address of cache")
    ("cache 호스트네임 뭐야", "docker inspect cache"),
    ("data PID 뭐야", "docker inspect data"),
    ("my-nginx 실행 명령어가 뭐야", "docker inspect my-nginx"),
    ("web 로그 드라이버 뭐 써?", "docker inspect web"),
    ("my-volume 게이트웨이 주소", "docker inspect my-volume"),
    ("what's data's IP address?", "docker inspect data"),
    ("what's the exit code of db?", "docker inspect db"),
    ("what's the memory limit on cache", "docker inspect cache"),
    ("what's the MAC address of cache", "docker inspect cache"),
    ("cache 맥 주소", "docker inspect cache"),
    ("db 종료 코드 뭐야", "docker inspect db"),
    ("what log driver does cache use", "docker inspect cache"),
    ("cache 프로세스 아이디", "docker inspect cache"),
    ("cache ip address?", "docker inspect cache"),  # before: docker exec cache ip address
    # resources: network or block I/O (fresh23 "block I/O of my-volume")
    ("block I/O of my-volume", "docker stats --no-stream my-volume"),
    ("web 디스크 IO 사용량", "docker stats --no-stream web"),
    ("network io for data", "docker stats --no-stream data"),
    ("cache I/O 얼마나 써?", "docker stats --no-stream cache"),
    # window: both ends said ago (fresh23 "web 로그 40분 전부터 20분 전 사이", "logs of web between 90 and 30 minutes ago",
    # "my-nginx logs older than 10 minutes only")
    ("web 로그 40분 전부터 20분 전 사이", "docker logs --since 40m --until 20m web"),
    ("cache 로그 2시간 전부터 1시간 전 사이 보여줘", "docker logs --since 2h --until 1h cache"),
    ("logs of web between 90 and 30 minutes ago", "docker logs --since 90m --until 30m web"),
    ("cache logs from 2 to 1 hours ago", "docker logs --since 2h --until 1h cache"),
    ("my-nginx logs older than 10 minutes only", "docker logs --until 10m my-nginx"),
    ("show web logs older than 2 hours", "docker logs --until 2h web"),
    # network: the containers on a network (fresh23 "which containers sit on backend?")
    ("which containers sit on backend?", "docker network inspect backend"),
    ("backend에 연결된 컨테이너 뭐야", "docker network inspect backend"),
]

NOT_RUN = [
    "이름에 nginx 들어간 컨테이너 지워줘",  # a removal by a part of the name: never guessed
    "remove containers whose name contains web",
    "이름에 web 들어간 컨테이너 재시작",
    "web 10분 대기 후 재시작",  # a wait of minutes before it: a schedule
    "restart web in 5 minutes",
    "run nginx on port 8,080",  # a number grouped before no unit of lines or time: as typed
    "web 로그 좀 보여주세요 에러 찾아야돼서",  # a reason after it, no second verb
    "remove containers with web in the name",
    "web backend에 연결된 거 끊어줘",  # whose connection: asked
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
