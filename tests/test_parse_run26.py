"""run26: run options said in English words after another option or with start, a Korean restart policy said as
"name value" after the run's verb, and a purpose of testing said after the run.

- "run postgres:16 with POSTGRES_PASSWORD=pw and pgdata mounted at /var/lib/postgresql/data": the second option after
  "and" (the volume said right before mounted, or right before the path at) — was parse.mount_pairs.
- "start alpine with pgdata mounted on /pg": a mount is made with a new container, as a port or a name is — start
  of an image runs a new one (was parse.unused).
- "nginx 띄워 이름 web2 포트 8095 재시작 항상": the restart policy said name first, value after (was parse.incomplete);
  with a topic particle (재시작은) it stays the verb's noun.
- "spin up a fresh nginx on 8090 for QA": QA / testing / e2e are work events the request is for (lexicon
  `context_event_en`), as "for the demo" was (was parse.stray_words).
- "pgdata를 /data에 붙여서 alpine 띄워": a volume said with 을/를 right before the path it is mounted at (parse.mount_pairs)."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("run postgres:16 with POSTGRES_PASSWORD=pw and pgdata mounted at /var/lib/postgresql/data",
     ["docker run -d -e POSTGRES_PASSWORD=pw -v pgdata:/var/lib/postgresql/data postgres:16"]),
    ("run mysql:5.7 with MYSQL_ROOT_PASSWORD=x and db mounted on /var/lib/mysql",
     ["docker run -d -e MYSQL_ROOT_PASSWORD=x -v db:/var/lib/mysql mysql:5.7"]),
    ("run redis with MODE=dev, pgdata mounted at /data", ["docker run -d -e MODE=dev -v pgdata:/data redis"]),
    ("run postgres:16 with POSTGRES_PASSWORD=pw and pgdata at /data",
     ["docker run -d -e POSTGRES_PASSWORD=pw -v pgdata:/data postgres:16"]),
    ("run nginx on port 8080 and pgdata at /data", ["docker run -d -p 8080:80 -v pgdata:/data nginx"]),
    ("start alpine with pgdata mounted on /pg", ["docker run -d -v pgdata:/pg alpine"]),
    ("start busybox mounting db at /db", ["docker run -d -v db:/db busybox"]),
    ("start redis with pgdata mounted at /data", ["docker run -d -v pgdata:/data redis"]),
    ("nginx 띄워 이름 web2 포트 8095 재시작 항상", ["docker run -d --name web2 --restart always -p 8095:80 nginx"]),
    ("redis 띄워, 재시작 항상", ["docker run -d --restart always redis"]),
    ("httpd 실행 포트 8096 재시작 always", ["docker run -d --restart always -p 8096:80 httpd"]),
    ("web 재시작은 하지 말고 로그만 확인해줘", ["docker logs web"]),
    ("spin up a fresh nginx on 8090 for QA", ["docker run -d -p 8090:80 nginx"]),
    ("run redis on 6390 for testing", ["docker run -d -p 6390:6379 redis"]),
    ("restart web for QA", ["docker restart web"]),
    # a volume said with 을/를 right before the path it is mounted at (붙이다 next to a path is a mount)
    ("pgdata를 /data에 붙여서 alpine 띄워", ["docker run -d -v pgdata:/data alpine"]),
    ("pgdata를 /data에 마운트해서 alpine 띄워", ["docker run -d -v pgdata:/data alpine"]),
    ("web을 backend에 붙여", ["docker network connect backend web"]),
    # the times said with 도 (too): logs -t
    ("cache 로그 시간도 같이 보여줘", ["docker logs -t cache"]),
    ("web 로그 2시간치 보여줘", ["docker logs --since 2h web"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


NOT_A_WRITE = [
    "run busybox with MODE=x and du at /var",  # a program's name before the path: which is mounted? asked
    "restart web with pgdata mounted at /pg",  # a mount said with a restart: never the restart alone
    "start the container that has pgdata mounted at /pg",
    "web 재시작 항상 해줘",  # no run said: never a restart, never a new container
    "did you start alpine with pgdata mounted on /pg?",
    "don't start alpine with pgdata mounted on /pg",
    "don't restart web for QA",
    "nginx를 /data에 마운트해서 띄워",  # the image with 를 before the path: which is mounted? asked
    "pgdata를 /data에 붙여줘",
]


@pytest.mark.parametrize("text", NOT_A_WRITE)
def test_not_a_write(text):
    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


def test_a_container_said_as_the_image_of_a_start_with_a_mount_is_refused():
    assert answer("start web with pgdata mounted at /pg").refusal  # web is a container: plan.container_not_image
    assert not answer("start web with pgdata mounted at /pg").cli
