"""(lead32b) Kinds of fresh20's misses read in session 32: the operators' Sino-Korean register, prune said by its
nouns and its adverb, Korean units and run options, and output pasted before a request — each table row kept with
other wordings of its kind, and the near wordings that must not plan the write."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # the Sino-Korean operator register (명사 + 명사)
    ("종료 상태 컨테이너 일괄 삭제", ["docker container prune"]),
    ("정지 상태 컨테이너 정리", ["docker container prune"]),
    ("종료 상태 컨테이너 보여줘", ["docker ps -a --filter status=exited"]),
    ("cache 제외 전 컨테이너 중지", ["docker stop web my-nginx my-volume data"]),
    ("cache 빼고 전 컨테이너 중지", ["docker stop web my-nginx my-volume data"]),
    ("web 최근 30분 로그 추출", ["docker logs --since 30m web"]),
    ("cache 로그 100줄 추출해줘", ["docker logs --tail 100 cache"]),
    ("data 컨테이너 SIGHUP 전송", ["docker kill -s SIGHUP data"]),
    ("web에 HUP 시그널 전송해줘", ["docker kill -s HUP web"]),
    ("cache에 SIGUSR1 전송", ["docker kill -s SIGUSR1 cache"]),
    # prune said by its nouns and its adverb
    ("안 쓰는 네트워크 싹", ["docker network prune"]),
    ("안 쓰는 볼륨 싹", ["docker volume prune"]),
    ("중지된 컨테이너 싹", ["docker container prune"]),
    ("이미지 찌꺼기 정리 좀", ["docker image prune"]),
    ("볼륨 찌꺼기 싹 비워", ["docker volume prune"]),
    ("네트워크 쓰레기 청소", ["docker network prune"]),
    # … and its reason told after the go-sign: the lack of room is no negation
    ("볼륨 프룬 ㄱㄱ 용량 없음", ["docker volume prune"]),
    ("중지된 컨테이너 정리 ㄱㄱ 디스크 공간 없어서", ["docker container prune"]),
    ("web 재시작 — 용량 없음", ["docker restart web"]),
    ("web 재시작 ㄱㄱ 메모리 샘", ["docker restart web"]),
    # units and run options
    ("nginx 1기가 메모리로 실행", ["docker run -d --memory 1g nginx"]),
    ("redis 512메가 램으로 띄워", ["docker run -d --memory 512m redis"]),
    ("alpine 1.5기가 메모리로 띄워줘", ["docker run -d --memory 1.5g alpine"]),
    ("로컬호스트 8130에만 nginx 열어줘", ["docker run -d -p 127.0.0.1:8130:80 nginx"]),
    ("localhost 8131에만 httpd 열어주세요", ["docker run -d -p 127.0.0.1:8131:80 httpd"]),
    ("nginx 8130포트로 열어줘", ["docker run -d -p 8130:80 nginx"]),
    ("nginx:1.25 8160포트로", ["docker run -d -p 8160:80 nginx:1.25"]),
    ("alpine에서 date 출력", ["docker run alpine date"]),
    ("busybox로 hostname 출력", ["docker run busybox hostname"]),
    ("web에서 date 출력해줘", ["docker exec web date"]),
    ("busybox로 nobody 유저로 id 실행", ["docker run -u nobody busybox id"]),
    ("busybox에서 nobody 유저로 id 실행", ["docker run -u nobody busybox id"]),
    ("data에서 root 계정으로 apk update", ["docker exec -u root data apk update"]),
    ("web에서 nobody 유저로 id 실행", ["docker exec -u nobody web id"]),
    ("busybox를 nobody 유저로 id 실행", ["docker run -u nobody busybox id"]),
    ("alpine을 1000 유저로 whoami 실행해줘", ["docker run -u 1000 alpine whoami"]),
    ("busybox를 id 실행", ["docker run busybox id"]),
    ("alpine 띄워서 /tmp에서 pwd 찍어줘", ["docker run -w /tmp alpine pwd"]),
    ("busybox 실행해서 hostname 출력", ["docker run busybox hostname"]),
    # output pasted before a request: the request alone
    ("2026-12-05T03:12:44Z panic: runtime error\nweb 상태 확인 부탁", ["docker inspect web"]),
    ("2026-12-05 03:12:44 ERROR conn reset\n2026-12-05 03:12:45 ERROR conn reset\nrestart cache",
     ["docker restart cache"]),
    ('Error response from daemon: conflict: unable to remove repository reference "alpine" — 그러면 alpine 쓰는 '
     "컨테이너 보여줘", ["docker ps --filter ancestor=alpine"]),
    ("Error response from daemon: No such container: web2\nweb 재시작", ["docker restart web"]),
    ("redis-cli: Could not connect to Redis at 127.0.0.1:6379 → cache 재시작 부탁", ["docker restart cache"]),
    ("build failed -> restart web", ["docker restart web"]),
    ("```\nweb   nginx   Restarting (1) 5 seconds ago\n```\nweb 로그 봐줘", ["docker logs web"]),
    ("그러면 web 재시작", ["docker restart web"]),
]

NOT_WRITTEN = [
    # a write inside a paste never runs
    ("```docker rm web```\nweb 로그 봐줘", ["docker logs web"]),
    ("[2026-12-05 03:12:44] docker rm web\nweb 로그 보여줘", ["docker logs web"]),
    # (en33) a fence of one docker command with a request pointing at it ("이거 실행해줘") is the command asked to run, no
    # paste (fresh21 kind `codeblock`: "```\ndocker restart cache\n```\n이거 돌려줘"); asked whether, it runs nothing
    ("```\ndocker rm web\n```\n이거 실행해줘", ["docker rm web"]),
    ("```\ndocker rm web\n```\n이거 실행해도 돼?", None),
    # the adverb alone names nothing a prune takes, or is asked: the listing stays
    ("이미지 싹", ["docker images -a"]),
    ("컨테이너 싹", ["docker ps -a"]),
    ("안 쓰는 네트워크 싹?", ["docker network ls"]),
    ("web 싹", None),
    # a container's state said with 상태 after its name stays its details
    ("web 종료 상태 확인", ["docker inspect web"]),
    ("web 종료 상태야?", ["docker inspect web"]),
    # a bare image and a port with no verb is asked; a container's port opened is asked
    ("nginx 80포트로", None),
    ("nginx 열어줘", None),
    ("web 8130 포트 열어줘", None),
    ("nginx 8130에 열어줘?", None),
    # the negation stays
    ("nginx 2기가 메모리로 실행하지 마", None),
    ("web에 SIGTERM 전송하지 마", None),
    ("안 쓰는 네트워크 싹 지우지 마", None),
    ("전 컨테이너 중지", None),
    ("busybox를 nobody 유저로 id 실행하지 마", None),
    ("alpine 띄워서 /tmp에서 pwd 찍지 마", None),
    ("web 재시작 ㄱㄱ 필요 없음", None),  # no need: never the restart
    ("볼륨 프룬 ㄱㄱ 하지 마", None),
    ("web 재시작 ㄱㄱ 용량 없어?", None),
]


@pytest.mark.parametrize(("text", "cli"), READ + NOT_WRITTEN)
def test_read(text: str, cli: list[str] | None) -> None:
    a = answer(text)
    if cli is None:
        assert not a.cli, (text, a)
    else:
        assert list(a.cli) == cli, (text, a)
