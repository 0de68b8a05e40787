"""run21: new containers said with options in words, and the inputs of the brief not yet read (port questions, DBA
volume sentences), read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain`
reads them. `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer, is_write, plan_key

# A mount said with (으)로 for its place, after what is mounted (을/를): as 에 ("/logs에 마운트"). English "with X at
# /path", no verb of mounting: X mounted at /path (it asked mount_pairs).
MOUNT_SAID = [
    ("/var/log/app을 /logs로 마운트해서 busybox 띄워", ["docker run -d -v /var/log/app:/logs busybox"]),
    ("/srv/www를 /usr/share/nginx/html로 붙여서 nginx 띄워", ["docker run -d -v /srv/www:/usr/share/nginx/html nginx"]),
    ("pgdata 볼륨을 /data로 마운트해서 redis 띄워", ["docker run -d -v pgdata:/data redis"]),
    ("/var/log/app을 /logs에 마운트해서 busybox 띄워", ["docker run -d -v /var/log/app:/logs busybox"]),
    ("run postgres:16 with pgdata at /var/lib/postgresql/data and POSTGRES_PASSWORD=s3cret",
     ["docker run -d -v pgdata:/var/lib/postgresql/data -e POSTGRES_PASSWORD=s3cret postgres:16"]),
    ("run redis with cachevol at /data", ["docker run -d -v cachevol:/data redis"]),
    ("run mysql:5.7 with db at /var/lib/mysql", ["docker run -d -v db:/var/lib/mysql mysql:5.7"]),
    ("run alpine with /srv at /srv", ["docker run -d -v /srv:/srv alpine"]),
    ("nginx에 pgdata 마운트해서 띄워", None),  # which volume where? still asked
]

# A volume made, then one run that mounts it (the mount said as a step of its own, "붙여"): two steps, as "X 중지하고
# 삭제해" is; made and started (만들어서 켜) is still one run.
MADE_THEN_MOUNTED = [
    ("redis-data 볼륨 만들어서 /data에 붙여 redis 띄워",
     ["docker volume create redis-data", "docker run -d -v redis-data:/data redis"]),
    ("볼륨 tmpdata 만들고 alpine 띄워서 /work에 붙여", ["docker volume create tmpdata", "docker run -d -v tmpdata:/work alpine"]),
    ("redis-data 볼륨 만들고 /data에 붙여서 redis 띄워",
     ["docker volume create redis-data", "docker run -d -v redis-data:/data redis"]),
    ("uploads 볼륨 만들고 nginx 띄워서 /srv에 마운트해", ["docker volume create uploads", "docker run -d -v uploads:/srv nginx"]),
    ("cachevol 볼륨 생성하고 /data에 마운트해서 redis 실행",
     ["docker volume create cachevol", "docker run -d -v cachevol:/data redis"]),
    ("create volume v5 and run alpine with it at /v", ["docker volume create v5", "docker run -d -v v5:/v alpine"]),
    ("redis-data 볼륨 만들어서 redis 띄워", ["docker volume create redis-data", "docker run -d redis"]),
    ("v8 볼륨 만들고 /data에 붙여서 web 시작해", None),  # an existing container is never given a mount
    ("v3 볼륨 만들어서 켜", None),  # a volume is never started
    ("redis 컨테이너 하나 만들어서 켜줘", ["docker run -d redis"]),
    ("httpd 만들어서 시작해", ["docker run -d httpd"]),
    ("alpine 컨테이너 생성해서 켜", ["docker run -d alpine"]),
    ("redis 새 컨테이너로 r23 만들어서 실행", ["docker run -d --name r23 redis"]),
    ("front 네트워크 만들고 web 연결해줘", ["docker network create front", "docker network connect front web"]),
]

# Whether a host port is taken, asked in English with is first: the containers published on it (a read).
PORT_TAKEN = [
    ("is port 8080 taken?", ["docker ps --filter publish=8080"]),
    ("is port 8080 in use", ["docker ps --filter publish=8080"]),
    ("is port 5432 already used", ["docker ps --filter publish=5432"]),
    ("are port 80 taken", ["docker ps --filter publish=80"]),
    ("is port 8080 taken by web", None),
    ("is web taken", None),
    ("8080 포트 쓰는 컨테이너", ["docker ps --filter publish=8080"]),
]

# Inputs of the brief not read yet (run21 ran out of time): each is refused or read as meant, never another write.
NOT_YET = [
    ("run httpd with host port 8080 going to container port 80", ["docker run -d -p 8080:80 httpd"]),
    ("nginx 컨테이너 하나 proxy2라는 이름으로 backend 네트워크에 8096포트로",
     ["docker run -d --name proxy2 --network backend -p 8096:80 nginx"]),
    ("alpine으로 sleep 300 하는 컨테이너 띄워", ["docker run -d alpine sleep 300"]),
    ("redis 이미지를 사용하여 새 컨테이너를 실행하여 주십시오.", ["docker run -d redis"]),
    ("Open new container with nginx on 8095 port", ["docker run -d -p 8095:80 nginx"]),
    ("run alpine and print the date, then clean up", ["docker run --rm alpine date"]),
    ("alpine 한 번만 돌려서 echo hi 출력하고 끝", ["docker run --rm alpine echo hi"]),
    ("is anyone using port 80", ["docker ps --filter publish=80"]),
    ("is web on port 80?", ["docker port web"]),
    ("db 컨테이너 3306 포트 매핑 돼 있어?", ["docker port db"]),
    ("db 볼륨 지워줘, 컨테이너 말고", ["docker volume rm db"]),
    ("db 삭제해 (볼륨 말고 컨테이너)", ["docker rm db"]),
    ("pgdata 볼륨 하나 더 만들어, 이름 pgdata2", ["docker volume create pgdata2"]),
    ("new volume for mysql backups: mysql-bk", ["docker volume create mysql-bk"]),
    ("cache 볼륨 마운트 돼 있어?", ["docker inspect cache"]),
    ("pgdata 볼륨 만든 날짜", ["docker volume inspect pgdata"]),
]


@pytest.mark.parametrize("text, want", MOUNT_SAID, ids=[t for t, _ in MOUNT_SAID])
def test_mount_said(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", MADE_THEN_MOUNTED, ids=[t for t, _ in MADE_THEN_MOUNTED])
def test_volume_made_then_mounted(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", NOT_YET, ids=[t for t, _ in NOT_YET])
def test_not_yet_never_a_wrong_write(text, want):
    ans = answer(text)
    if ans.cli:
        assert plan_key(list(ans.cli)) == plan_key(want), f"{text!r}: planned {list(ans.cli)}, want {want}"
    elif ans.proposal and is_write(list(ans.proposal)):
        assert plan_key(list(ans.proposal)) == plan_key(want), f"{text!r}: proposes {list(ans.proposal)}"


@pytest.mark.parametrize("text, want", PORT_TAKEN, ids=[t for t, _ in PORT_TAKEN])
def test_port_taken(text, want):
    check(text, want)
