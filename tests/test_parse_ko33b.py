"""(ko33b) Kinds of fresh21 read in session 33: an order corrected after it was said (the last word wins, the order
taken back never runs), formal business Korean (a purpose or a matter said first, the ones set up, thanks after -면),
counts (the containers made last: docker ps -n N / -l; digits glued to 천/백), superlatives and comparisons (an order
said with 순서, the top N of a use, one name using more than another, image sizes compared), a reason said first in
English, and dangling typed in ASCII before 이미지. Each kind with the table's wordings, others of its own, and near
wordings that must not run the write."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # correction: the order said again (it = the name taken back), a name, A 말고 B, A 빼고, a number said again
    ("stop data... actually pause it instead", ["docker pause data"]),
    ("stop web actually pause cache instead", ["docker pause cache"]),
    ("stop my-nginx — wait, no, restart it", ["docker restart my-nginx"]),
    ("kill cache, no wait, stop it", ["docker stop cache"]),
    ("restart cache. scratch that, restart data", ["docker restart data"]),
    ("show me web logs, i mean my-nginx", ["docker logs my-nginx"]),
    ("restart data, actually my-volume", ["docker restart my-volume"]),
    ("not web, cache. restart it pls", ["docker restart cache"]),
    ("cache 로그 보여줘 아 아니다 cache 말고 db", ["docker logs db"]),
    ("cache 꺼줘 아 오타 cache 말고 data", ["docker stop data"]),
    ("web 재시작해줘 아니다 web 말고 my-nginx", ["docker restart my-nginx"]),
    ("web cache 재시작 아 cache는 빼고", ["docker restart web"]),
    ("web data 꺼줘 아 data 빼고", ["docker stop web"]),
    ("cache 재시작 해줘 (아 잘못 말함 db임)", ["docker restart db"]),
    ("web 로그 보여줘 아 잘못 말했다 cache", ["docker logs cache"]),
    ("web 로그 100줄, 아니 50줄", ["docker logs --tail 50 web"]),
    ("web 로그 30줄 - 정정: 300줄", ["docker logs --tail 300 web"]),
    ("cache 로그 20줄 아 아니 200줄", ["docker logs --tail 200 cache"]),
    ("nginx 9092포트로 띄워줘 아 9093으로", ["docker run -d -p 9093:80 nginx"]),
    ("data 삭제 아니고 정지요", ["docker stop data"]),
    # formal
    ("점검을 위하여 data 컨테이너를 일시 중지해 주시기 바랍니다.", ["docker pause data"]),
    ("테스트를 위해 cache 로그 보여줘", ["docker logs cache"]),
    ("배포와 관련해 web 재시작 부탁드립니다", ["docker restart web"]),
    ("금일 장애 관련하여 my-nginx 컨테이너의 최근 1시간 로그를 공유해 주시기 바랍니다.", ["docker logs --since 1h my-nginx"]),
    ("현재 구성된 네트워크 목록을 보고하여 주시기 바랍니다.", ["docker network ls"]),
    ("구성된 볼륨 목록 보여줘", ["docker volume ls"]),
    ("번거로우시겠지만 web, cache 컨테이너의 메모리 사용량을 비교하여 주시면 감사하겠습니다.",
     ["docker stats --no-stream web cache"]),
    ("data랑 db 메모리 사용량을 비교해 주시면 감사하겠습니다", ["docker stats --no-stream data db"]),
    # count
    ("최근에 만든 컨테이너 3개 보여줘", ["docker ps -n 3"]),
    ("최근 2개 컨테이너만 보여줘", ["docker ps -n 2"]),
    ("최근에 띄운 컨테이너 두 개만 보여줘", ["docker ps -n 2"]),
    ("제일 최근에 만든 컨테이너 하나만", ["docker ps -l"]),
    ("가장 최근 생성된 컨테이너 알려줘", ["docker ps -l"]),
    ("show me the last 3 containers created", ["docker ps -n 3"]),
    ("last 5 containers", ["docker ps -n 5"]),
    ("the latest container", ["docker ps -l"]),
    ("web 로그 2천 줄", ["docker logs --tail 2000 web"]),
    ("web 로그 3백줄", ["docker logs --tail 300 web"]),
    ("cache 로그 1천줄만", ["docker logs --tail 1000 cache"]),
    # superlative and compare
    ("the most recently created container", ["docker ps -l"]),
    ("the biggest image?", ["docker images"]),
    ("the oldest container", ["docker ps -a"]),
    ("top 3 memory hogs right now", ["docker stats --no-stream"]),
    ("top 5 cpu users", ["docker stats --no-stream"]),
    ("이미지 큰 순서대로 보여줘", ["docker images"]),
    ("cpu 많이 먹는 순서로 컨테이너 보여줘", ["docker stats --no-stream"]),
    ("메모리 순서대로 정렬해줘", ["docker stats --no-stream"]),
    ("제일 먼저 띄운 컨테이너가 뭐였지", ["docker ps -a"]),
    ("my-nginx uses more ram than web, right?", ["docker stats --no-stream my-nginx web"]),
    ("cache eats more cpu than db", ["docker stats --no-stream cache db"]),
    ("nginx랑 nginx:1.25 중에 뭐가 더 커?", ["docker images"]),
    ("httpd vs busybox image size", ["docker images"]),
    ("ubuntu:focal 이미지 용량 어느 정도야", ["docker images ubuntu:focal"]),
    ("pgdata 볼륨 크기 어느 정도 돼?", ["docker volume inspect pgdata"]),
    # courtesy-if: a reason said first
    ("since cache is hung, kill it", ["docker kill cache"]),
    ("because web is down, restart it", ["docker restart web"]),
    ("as the db container is stuck, restart it", ["docker restart db"]),
    # formal English
    ("I would be grateful if you could provide the status of my-nginx.", ["docker inspect my-nginx"]),
    ("Kindly provide a list of all containers, including the stopped ones.", ["docker ps -a"]),
    ("please provide the logs of cache", ["docker logs cache"]),
    ("We kindly request that the cache container be restarted.", ["docker restart cache"]),
    ("I ask that web be stopped", ["docker stop web"]),
    ("Kindly pause my-volume for the duration of the audit.", ["docker pause my-volume"]),
    ("stop cache for the duration of the migration", ["docker stop cache"]),
    ("I'd appreciate a memory usage report for web at your earliest convenience.", ["docker stats --no-stream web"]),
    ("i would appreciate it if you could restart web", ["docker restart web"]),
    ("a status report for cache please", ["docker inspect cache"]),
    # count: a window by both its ends, names then a dash and the verb, the images related to a name
    ("cache logs between 2 hours ago and 1 hour ago", ["docker logs --since 2h --until 1h cache"]),
    ("cache logs from 1h ago to 30 min ago", ["docker logs --since 1h --until 30m cache"]),
    ("web logs between 2 hours ago and an hour ago", ["docker logs --since 2h --until 1h web"]),
    ("these 3: web, cache, data — restart", ["docker restart web cache data"]),
    ("web cache — stop them", ["docker stop web cache"]),
    ("web and cache - kill", ["docker kill web cache"]),
    ("이미지 중에 nginx 관련된 것만 보여줘", ["docker images nginx"]),
    ("nginx 관련 이미지 목록", ["docker images nginx"]),
    # exec, volume, ko-ops
    ("data 컨테이너 df -h 결과 보여줘", ["docker exec data df -h"]),
    ("web 컨테이너 hostname 결과 알려줘", ["docker exec web hostname"]),
    ("web 컨테이너 ls /tmp 결과를 보여줘", ["docker exec web ls /tmp"]),
    ("what's the hostname inside data", ["docker exec data hostname"]),
    ("tell me the hostname of cache", ["docker exec cache hostname"]),
    ("db 볼륨 마운트 위치 좀 봐줘", ["docker volume inspect db"]),
    ("pgdata 마운트 경로 알려줘", ["docker volume inspect pgdata"]),
    ("web 종료 유예시간 10초 주고 꺼줘", ["docker stop -t 10 web"]),
    ("cache 유예 시간 5초 두고 멈춰", ["docker stop -t 5 cache"]),
    # image
    ("dangling 이미지만 보여줘", ["docker images --filter dangling=true"]),
    ("untagged 이미지 목록 보여줘", ["docker images --filter dangling=true"]),
    ("dangling 이미지 지워줘", ["docker image prune"]),
]

NOT_RUN = [
    # an order taken back, or a correction that is not sure: nothing runs
    "web 지워줘 아 잠깐 취소",
    "restart web. nvm",
    "cache 재시작… 아니다 하지 마",
    "kill cache. jk dont",
    "rm data 아 아니 rm 하지마",
    "restart web. scratch that, don't restart anything",
    "restart web never mind cache",  # a name alone after calling off: instead, or besides?
    "web 재시작 정정 cache",  # (lead31) a name alone after a slip
    "web 꺼줘 아차 cache",
    "restart web, actually restart cache too",  # one more, said so
    "since cache is hung, kill it and web",
    "since cache is hung, kill web",
    "since cache is hung, don't kill it",
    "not web, cache",
    # a write on the containers made last, or on a superlative: never
    "최근에 만든 컨테이너 3개 지워줘",
    "remove the last 3 containers",
    "restart the biggest container",
    "제일 먼저 띄운 컨테이너 지워",
    # formal: advice, or a ban, said as a request that it be done
    "we suggest that web be restarted",
    "We kindly request that the cache container not be restarted.",
    "i would appreciate it if you could not restart web",
    # a count announced that is not the names'; a window of a write
    "these 2: web, cache, data — restart",
    "restart web from 2 hours ago to 1 hour ago",
    "nginx 관련 이미지 지워줘",
    # a command's result asked of a program that is none of the known ones
    "web 컨테이너 rm -rf / 결과 보여줘",
    # a name said in the purpose clause
    "web을 위해 cache 지워줘",
    "web 관련하여 cache 재시작",
    "점검을 위하여 data 컨테이너를 일시 중지하지 마세요",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: list[str]) -> None:
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, ans
