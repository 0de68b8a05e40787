"""(f22r) Kinds of issue 8 read for fresh22 in session 35 (and fresh15's chain of images) — each with the table's row,
wordings of its own, and never-cases (a near wording that must not plan the write)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # list-and: docker's verb top said first, before names joined by and (fresh22 "top for web and my-nginx")
    ("top for web and my-nginx", "docker top web ; docker top my-nginx"),
    ("top of web, cache and data", "docker top web ; docker top cache ; docker top data"),
    ("top web and my-nginx", "docker top web ; docker top my-nginx"),
    ("top for web", "docker top web"),
    # first-day: a command run in a container said with the indefinite article — a new container of that image (fresh22
    # "I just started. Could you run uname -a in an alpine container for me?")
    ("I just started. Could you run uname -a in an alpine container for me?", "docker run alpine uname -a"),
    ("run date inside a busybox container", "docker run busybox date"),
    ("could you run cat /etc/os-release in an ubuntu:focal container", "docker run ubuntu:focal cat /etc/os-release"),
    ("run env in a redis container", "docker run redis env"),
    # first-day: a task a doc or a person told (says to / says: / asked me to), taken up by the ask alone or with help
    # (fresh22 "Onboarding task says to inspect the backend network, could you do that for me?", "My onboarding checklist
    # says: start fastcampus/hello-world on port 8082. Could you?", "I'm the new intern, my mentor asked me to get the
    # last 25 lines of cache's logs, could you help?")
    ("Onboarding task says to inspect the backend network, could you do that for me?", "docker network inspect backend"),
    ("My onboarding checklist says: start fastcampus/hello-world on port 8082. Could you?",
     "docker run -d -p 8082:80 fastcampus/hello-world"),
    ("I'm the new intern, my mentor asked me to get the last 25 lines of cache's logs, could you help?",
     "docker logs --tail 25 cache"),
    ("my lead asked me to restart web, could you help?", "docker restart web"),
    ("the runbook says to restart web, can you do it?", "docker restart web"),
    ("my lead asked me to restart web, could you?", "docker restart web"),
    ("the checklist says to list the volumes, could you help me?", "docker volume ls"),
    # first-day: the speaker's apology opening the setting, the request's pronoun of a thing it names itself (fresh22
    # "Sorry, first day: I think I accidentally paused data earlier, can you unpause it?")
    ("Sorry, first day: I think I accidentally paused data earlier, can you unpause it?", "docker unpause data"),
    ("first day here: I think I accidentally paused data earlier, can you unpause it?", "docker unpause data"),
    ("sorry, on my phone: restart web", "docker restart web"),
    # dba: a word of what a new container is for, between its article and the image (fresh22 "Spin up a scratch redis on
    # 6391 called redis22 so I can test a restore")
    ("Spin up a scratch redis on 6391 called redis22 so I can test a restore",
     "docker run -d --name redis22 -p 6391:6379 redis"),
    ("spin up a test redis on 6391", "docker run -d -p 6391:6379 redis"),
    ("run a demo nginx on 8089 named demo1", "docker run -d --name demo1 -p 8089:80 nginx"),
    ("spin up a demo httpd on 8097", "docker run -d -p 8097:80 httpd"),
    # list-and / chain: a removal beside a step of images, of a name that is only an image here (fresh22 "pull httpd and
    # remove busybox", fresh15 "alpine 받고 busybox 지우고 이미지 목록 보여줘")
    ("pull httpd and remove busybox", "docker pull httpd ; docker rmi busybox"),
    ("alpine 받고 busybox 지우고 이미지 목록 보여줘", "docker pull alpine ; docker rmi busybox ; docker images"),
    ("remove busybox and list images", "docker rmi busybox ; docker images"),
    ("busybox 지우고 httpd 받아줘", "docker rmi busybox ; docker pull httpd"),
    ("pull nginx and remove web", "docker pull nginx ; docker rm web"),  # web is a container: as said
    # run-opts: a run's image then its dotted version said apart (fresh22 "nginx 1.25로 8093포트에 qa22old 띄워주세요,
    # 비교해보게요"), the one word launched from a tagged image the new container's name, the trying auxiliary in the
    # reason after it no look asked
    ("nginx 1.25로 8093포트에 qa22old 띄워주세요, 비교해보게요", "docker run -d --name qa22old -p 8093:80 nginx:1.25"),
    ("run nginx 1.25 on port 8093", "docker run -d -p 8093:80 nginx:1.25"),
    ("nginx 1.25로 띄워줘", "docker run -d nginx:1.25"),
    ("run nginx 1.25 named qa22old on 8093", "docker run -d --name qa22old -p 8093:80 nginx:1.25"),
    ("nginx:1.25로 qa22old 띄워줘", "docker run -d --name qa22old nginx:1.25"),
    ("redis:7로 r7 띄워줘", "docker run -d --name r7 redis:7"),
    ("web 재시작해주세요, 비교해보게요", "docker restart web"),
    ("nginx 8093포트에 띄워주세요, 비교해보게요", "docker run -d -p 8093:80 nginx"),
    ("web 재시작해줘, 테스트해 보려고", "docker restart web"),
    # list-and: two names or more said first, a colon, then a read of "their" noun (fresh22 "both web and my-nginx: show
    # their ports")
    ("both web and my-nginx: show their ports", "docker port web ; docker port my-nginx"),
    ("web and cache: show their ports", "docker port web ; docker port cache"),
    ("both web and cache: show their processes", "docker top web ; docker top cache"),
    ("both web and cache: restart", "docker restart web cache"),
    # deploy: a label of letters joined by a hyphen before a read of a thing named (fresh22 "post-deploy sanity check: web
    # logs from the last 15m")
    ("post-deploy sanity check: web logs from the last 15m", "docker logs --since 15m web"),
    ("post-deploy sanity check: web logs since 15m", "docker logs --since 15m web"),
    ("pre-release check: web logs from the last 10m", "docker logs --since 10m web"),
    # passive: the rest after the passive request set off by a long dash (fresh22 "web's logs should be looked at — show
    # me the last 50 lines")
    ("web's logs should be looked at — show me the last 50 lines", "docker logs --tail 50 web"),
    ("the backend network should be inspected — details please", "docker network inspect backend"),
    ("cache's logs should be looked at – last 20 lines", "docker logs --tail 20 cache"),
    # run-opts: a new container said as one's or a team's need, with an option of a run (fresh22 "QA needs an nginx on
    # 8089 named qa22")
    ("QA needs an nginx on 8089 named qa22", "docker run -d --name qa22 -p 8089:80 nginx"),
    ("I need a redis on 6390", "docker run -d -p 6390:6379 redis"),
    ("we want an httpd on 8097", "docker run -d -p 8097:80 httpd"),
    ("nginx 하나 8089포트로 필요해", "docker run -d -p 8089:80 nginx"),
    ("redis 하나 6390포트로 필요합니다", "docker run -d -p 6390:6379 redis"),
    # deploy: the reason after a write, its users not using it, said with be and -ing (fresh22 "As release manager I'm
    # calling it: remove the httpd image, we're not shipping it" — its opening is left: a setting not known neutral)
    ("remove the httpd image, we're not shipping it", "docker rmi httpd"),
    ("delete web, we are not using it", "docker rm web"),
    ("stop data, i'm not using it", "docker stop data"),
    # audit: the user a container runs as, asked (fresh22 "is my-nginx running as root? show its details")
    ("is my-nginx running as root? show its details", "docker inspect my-nginx"),
    ("is web running as root", "docker inspect web"),
    ("my-nginx 루트로 돌고 있어?", "docker inspect my-nginx"),
    ("web 루트 권한으로 실행 중이야?", "docker inspect web"),
    ("web에서 루트로 id 실행", "docker exec -u root web id"),  # a command run as root: as before
]

NOT_RUN = [
    "run ls in a running container",  # a state, never an image named running
    "run ls in a stopped container",
    "run ls in a web container",  # a new container of an image named as a container here: asked
    "run a scratch web",
    "the runbook says not to restart web, could you do it?",  # a ban told
    "the runbook says to restart web",  # told, not taken up
    "Sorry, web is down: restart cache",  # a thing's state said first, never set aside before a write
    "stop web and remove busybox",  # no step of images: busybox is no container — refused as before
    "pull httpd and remove busybox -f",  # a container's removal flag
    "busybox로 httpd 띄워",  # an image said bare: its name or its command? asked
    "alpine:3.19로 date 띄워",  # a program's name: asked
    "postgres:16으로 DB 하나 5433 포트로 띄워 주세요. 테스트용이에요",  # one DB: a kind of thing, never a name
    "postgres:16으로 db 하나 5433 포트로 띄워 주세요",
    "nginx:1.25로 QA 띄워줘",  # an acronym: asked
    "web 재시작해줘, cache 지우게요",  # a purpose told: the removal is the aim, never asked for
    "web 재시작해줘, cache 지워보게요",
    "web 꺼줘 data 지우게요",
    "both web and cache: remove their volumes",  # a write of theirs: never read so
    "both web, cache and data: restart",  # both, of three names: asked
    "post-deploy check: restart web",  # a hyphenated word may be a name: never left out before a write
    "web should be restarted — no wait",  # taken back
    "web needs to be removed — after the deploy",  # a time: never now
    "QA needs an nginx on 8089 tomorrow",  # a time: never now
    "web needs a redis on 6390?",  # asked
    "QA needs an nginx",  # no option of a run: a verb dropped, asked
    "I need a web on 8089",  # a container's name: asked by the plan
    "nginx 하나 8089포트로 필요해요?",
    "nginx 하나 8089포트로 필요했어",  # the past: told
    "remove web, we're not using cache",  # another thing's: never left out
    "we're not removing web",
    "restart web as root",  # a user said with a write: never dropped
    "start web as root",
    "web 루트로 실행해줘",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
