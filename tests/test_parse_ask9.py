"""Questions about an object and complaints about a container (issue 8, ask9): the rows of the held-out
tables (tests/data/wordings_fresh7.yaml, wordings_fresh8.yaml) that gorae refused, each a KIND, with other
wordings of the same kind written before the fix. Read through Gorae.explain over the fake corpus world
(tests/fakes.py; the checks are test_parse_blind6.check's). `None`: nothing may run and no write is proposed.

- a question about a container's state or property is its details (docker inspect); a volume's is docker
  volume inspect, a network's members docker network inspect, an image's presence docker images NAME;
- a complaint (slow, won't respond, 안 돼, 이상해, 느려, why is it down) is its status and its last 20 log
  lines: two reads, nothing changed;
- a question with a write verb ("web 지워도 돼?", "should I restart web?") is never a write.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

STATUS = ["docker inspect {}", "docker logs --tail 20 {}"]


def _status(name: str) -> list[str]:
    return [c.format(name) for c in STATUS]


PROPERTY = [
    # a property noun of one container, asked (ID, uptime, health, volumes attached): its details
    ("cache 컨테이너 ID 알려줘", ["docker inspect cache"]),  # fresh7
    ("web id 뭐야", ["docker inspect web"]),
    ("what's the id of data", ["docker inspect data"]),
    ("db 컨테이너 아이디 알려줘", ["docker inspect db"]),
    ("web 헬스체크 괜찮아?", ["docker inspect web"]),  # fresh8
    ("cache 상태 괜찮아?", ["docker inspect cache"]),
    ("db 괜찮아?", ["docker inspect db"]),
    ("how long has web been up", ["docker inspect web"]),  # fresh8
    ("how long has cache been running", ["docker inspect cache"]),
    ("web 얼마나 떠 있었어?", ["docker inspect web"]),
    ("did web crash?", ["docker inspect web"]),  # fresh8
    ("did cache die?", ["docker inspect cache"]),
    ("web uptime", ["docker inspect web"]),  # a property said last, no verb: asked
    ("web 가동 시간", ["docker inspect web"]),
    ("cache id?", ["docker inspect cache"]),
    ("my-volume 볼륨 뭐 붙어있어", ["docker inspect my-volume"]),  # fresh8
    ("data 볼륨 뭐 붙어 있어?", ["docker inspect data"]),
]

SEVERAL = [
    # the details of several containers said together: one docker inspect of them all
    ("data랑 cache 상세 보여줘", ["docker inspect data cache"]),  # fresh8
    ("web하고 db 상세 정보 보여줘", ["docker inspect web db"]),
    ("inspect web and cache", ["docker inspect web cache"]),
]

OBJECTS = [
    # a network's members, a volume's place on disk, an image's presence, the containers of an image
    ("backend에 누구누구 붙어있어", ["docker network inspect backend"]),  # fresh8
    ("who's on backend", ["docker network inspect backend"]),  # fresh8
    ("who's connected to backend?", ["docker network inspect backend"]),
    ("backend 네트워크에 누가 있어?", ["docker network inspect backend"]),
    ("pgdata 어디에 저장돼 있어?", ["docker volume inspect pgdata"]),  # fresh8
    ("where does pgdata live on disk", ["docker volume inspect pgdata"]),  # fresh8
    ("where is pgdata stored", ["docker volume inspect pgdata"]),
    ("httpd 이미지 있나?", ["docker images httpd"]),  # fresh7
    ("redis 이미지 있어?", ["docker images redis"]),
    ("do we have the nginx image?", ["docker images nginx"]),
    ("redis 이미지 받아져 있어?", ["docker images redis"]),  # pulled, a state asked: it planned `docker pull redis`
    ("nginx 이미지 내려받아져 있나", ["docker images nginx"]),
    ("nginx 이미지로 뜬 컨테이너 뭐 있어", ["docker ps --filter ancestor=nginx"]),  # fresh8
    ("redis로 뜬 컨테이너 있어?", ["docker ps --filter ancestor=redis"]),
    # (the stopped ones, as "which containers are stopped?" is read: docker ps -a, the table's alt)
    ("any containers down?", ["docker ps -a"]),  # fresh8
    ("are any containers down", ["docker ps -a"]),
    ("port mappings for web", ["docker port web"]),  # fresh8
    ("what are cache's port mappings", ["docker port cache"]),
]

COMPLAINT = [
    # said as trouble: the status and the recent logs (two reads)
    ("web 안 돼", _status("web")),  # fresh8
    ("data 안 돼요", _status("data")),
    ("web 왜 안 돼?", _status("web")),
    ("cache 왜 안 되지", _status("cache")),
    ("cache is super slow today", _status("cache")),  # fresh8
    ("db is slow", _status("db")),
    ("web won't respond", _status("web")),  # fresh8
    ("my-nginx isn't responding", _status("my-nginx")),
    ("why won't db start", _status("db")),  # fresh8
    ("why won't cache start?", _status("cache")),
    ("db 왜 꺼져 있지?", _status("db")),  # fresh8
    ("db 왜 안 떠 있어?", _status("db")),  # fresh8
    ("cache 왜 안 올라와 있어?", _status("cache")),
    ("web 왜 죽어 있어?", _status("web")),
    ("why is web down", _status("web")),
]

THEN_CHECK = [
    # a write then a look at it: two steps
    ("restart cache and check it's healthy", ["docker restart cache", "docker inspect cache"]),  # fresh8
    ("restart web and check it's running", ["docker restart web", "docker inspect web"]),
]

NEVER = [
    # a question with a write verb stays a question (nothing runs; "may I?" is proposed for a yes, as any
    # `asked`); a prohibition with a verb stays one; a question to gorae is no complaint
    ("web 지워도 돼?", None),
    ("should I restart web?", None),
    ("should we remove cache?", None),
    ("web 재시작하면 안 돼", None),
    ("web 지우면 안 돼", None),
    ("did db start?", None),
    ("did you restart cache?", None),
    ("web 재시작 안 돼", None),
    ("web 안 돼 재시작해", None),
    ("안 돼", None),
    ("why won't you restart web", None),
    ("web 재시작 괜찮아?", None),
    ("web 왜 안 돼 재시작해", None),
    ("restart web uptime", None),
    ("why is cache slow", None),  # fresh3: what happened, asked — its reads are proposed, never run
    ("web 왜 죽었어?", None),
    ("web 지우는 거 괜찮아?", None),
    ("where is pgdata stored? delete it", None),
    ("who's on backend? disconnect them", None),
]


READS = PROPERTY + SEVERAL + OBJECTS + COMPLAINT + THEN_CHECK


@pytest.mark.parametrize("text, want", READS, ids=[t for t, _ in READS])
def test_ask9_reads(text, want):
    check(text, want)


@pytest.mark.parametrize("text", [t for t, _ in NEVER])
def test_ask9_runs_nothing(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"


def test_docker_images_name_typed():
    """`docker images NAME` typed: the images of that repository (the API's `name`), a read."""
    check("docker images httpd", ["docker images httpd"])
    check("docker images -a nginx", ["docker images -a nginx"])
    assert not answer("docker images a b").cli
