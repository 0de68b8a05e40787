"""Kinds found by tests/data/wordings_fresh16.yaml that planned another read (branch w2vol, issue 8), each fixed as a
kind: the table's row first, then wordings of the same kind no table holds, read through Gorae.explain against the
fake corpus world (tests/fakes.py). `None`: nothing may run and no write is proposed.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # A. the containers that use or mount a volume, asked: with the verb mount after the container noun, with who
    # (누구) and no noun, with a use said as a relative clause before the noun (쓰는 컨테이너), in the passive (used by
    # anything) — docker ps --filter volume= (of a name of no kind said, whichever the engine has). They planned
    # `docker volume inspect pgdata` or were refused
    ("pgdata 볼륨 누가 쓰고 있어요?", ["docker ps --filter volume=pgdata"]),
    ("which containers mount pgdata", ["docker ps --filter volume=pgdata"]),
    ("which containers use the db volume", ["docker ps --filter volume=db"]),
    ("pgdata 쓰는 컨테이너 뭐야", ["docker ps --filter volume=pgdata"]),
    ("containers that mount pgdata", ["docker ps --filter volume=pgdata"]),
    ("is pgdata used by anything", ["docker ps --filter volume=pgdata"]),
    ("pgdata 볼륨 쓰는 컨테이너 있어?", ["docker ps --filter volume=pgdata"]),
    ("누가 pgdata 볼륨 쓰고 있어?", ["docker ps --filter volume=pgdata"]),
    ("db 볼륨 누가 써?", ["docker ps --filter volume=db"]),
    ("db 볼륨 쓰는 컨테이너 목록", ["docker ps --filter volume=db"]),
    ("what containers are mounting the db volume", ["docker ps --filter volume=db"]),
    ("show containers based on the pgdata volume", ["docker ps --filter volume=pgdata"]),
    ("is the db volume used by anything", ["docker ps --filter volume=db"]),
    ("nginx 이미지 누가 쓰고 있어?", ["docker ps --filter ancestor=nginx"]),
    ("is nginx used by anything?", ["docker ps --filter ancestor=nginx"]),
    ("nginx 쓰는 컨테이너 보여줘", ["docker ps --filter ancestor=nginx"]),
    # … never a write: the volume's own verbs stay theirs, and a write said of such containers is not guessed
    ("pgdata 볼륨 지워", ["docker volume rm pgdata"]),
    ("nuke the pgdata volume", ["docker volume rm pgdata"]),
    ("pgdata 볼륨 쓰는 컨테이너 다 지워", None),
    ("mount pgdata into web", None),
    ("is pgdata used by web", None),
    ("누가 web 썼어?", None),
    # B. the containers of an image said with its kind noun and no relation verb: from/of in English, the image right
    # before the container noun in Korean — docker ps --filter ancestor= (they planned `docker image inspect nginx`)
    ("list containers from the nginx image", ["docker ps --filter ancestor=nginx"]),
    ("nginx 이미지 컨테이너 보여줘", ["docker ps --filter ancestor=nginx"]),
    ("show containers of the redis image", ["docker ps --filter ancestor=redis"]),
    ("redis 이미지 쓰는 컨테이너", ["docker ps --filter ancestor=redis"]),
    ("redis 이미지 컨테이너 목록", ["docker ps --filter ancestor=redis"]),
    ("containers from the httpd image", ["docker ps --filter ancestor=httpd"]),
    ("alpine 이미지 컨테이너 뭐 있어?", ["docker ps --filter ancestor=alpine"]),
    # … a write said of those containers is asked, never the image removed (it planned `docker rmi nginx`)
    ("remove containers from the nginx image", None),
    ("stop containers of the redis image", None),
    ("delete the containers of the redis image", None),
    ("nginx 이미지 컨테이너 지워", None),
    # … the image's own verbs stay the image's
    ("nginx 이미지 지워", ["docker rmi nginx"]),
    ("nginx 이미지 정보 보여줘", ["docker image inspect nginx"]),
    # C. a time word said before a complaint (방금 … 에러 떴는데) dates the trouble, not the request: the thing named
    # is shown (it planned `docker ps`, the clause dropped as a pasted error's)
    ("방금 web 로그에 에러 떴는데 보여줘", ["docker logs web"]),
    ("아까 cache 로그에 에러 났는데 보여줘", ["docker logs cache"]),
    ("방금 db 로그에 에러 떴는데 좀 보여줄래?", ["docker logs db"]),
    ("아까 web 에러 났는데 로그 보여줘", ["docker logs web"]),
    # … told alone it stays told
    ("방금 web 로그에 에러 떴는데", None),
    # D. Korean steps joined by 그리고 alone after a verbal noun: a sequence, as with a comma (it was refused: two verbs)
    ("cache 재시작 그리고 상태 보여줘", ["docker restart cache", "docker inspect cache"]),
    ("cache 재시작 그리고 로그 보여줘", ["docker restart cache", "docker logs cache"]),
    ("db 재시작 그리고 상태 확인", ["docker restart db", "docker inspect db"]),
    ("web 로그 그리고 cache 로그 보여줘", ["docker logs web", "docker logs cache"]),
    # … a ban after it is no step
    ("web 재시작 그리고 삭제는 하지 마", None),
]


@pytest.mark.parametrize(("text", "want"), KINDS, ids=[t for t, _ in KINDS])
def test_w2vol_kind(text: str, want: list[str] | None) -> None:
    check(text, want)
