"""The misses of the eleventh held-out table (tests/data/wordings_fresh11.yaml) fixed as kinds by branch m11:
each kind holds the table's sentence and other wordings of the same kind (written for this file, in no table),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import _GORAE, answer

from bot import messages, render
from bot.model import NotUnderstood, Plan

# a directory said with its kind word (디렉토리, 디렉터리, 폴더, 경로) as the second place of a command run in a
# container is where it runs (-w), as it is without the kind word ("data에서 /tmp에서 ls 실행")
WORKDIR = [
    ("web에서 /etc 디렉토리에서 ls 실행", ["docker exec -w /etc web ls"]),
    ("cache 안에서 /data 폴더에서 ls 돌려줘", ["docker exec -w /data cache ls"]),
    ("data에서 /tmp 디렉터리에서 ls -al 실행해줘", ["docker exec -w /tmp data ls -al"]),
    ("web 컨테이너에서 /var/log 경로에서 ls 실행", ["docker exec -w /var/log web ls"]),
    ("run ls in the /etc directory on web", ["docker exec -w /etc web ls"]),
    ("on web run ls from the /etc folder", ["docker exec -w /etc web ls"]),
]

# the last N log lines said with 끝에 / 뒤에 (at the end)
TAIL = [
    ("web 로그 끝에 20줄", ["docker logs --tail 20 web"]),
    ("cache 로그 뒤에 50줄만 보여줘", ["docker logs --tail 50 cache"]),
    ("db 로그 끝에 10개", ["docker logs --tail 10 db"]),
    ("web 끝에 20줄 로그 보여줘", ["docker logs --tail 20 web"]),
]

# unpause with the pause said after the verb, as an afterthought
UNPAUSE_AFTER = [
    ("web 다시 풀어줘 일시정지", ["docker unpause web"]),
    ("cache 풀어 일시중지", ["docker unpause cache"]),
    ("my-nginx 풀어주세요 일시 정지된 거", ["docker unpause my-nginx"]),
    ("web 풀지마 일시정지", None),
]

# asking whether one may ask (부탁해도 될까요) is the request; asking whether one may do it stays a question
MAY_I_ASK = [
    ("web 재시작 부탁해도 될까요", ["docker restart web"]),
    ("cache 로그 좀 부탁드려도 될까요?", ["docker logs cache"]),
    ("db 켜는 거 부탁해도 돼요?", ["docker start db"]),
    ("web 삭제 부탁해도 괜찮을까요", ["docker rm web"]),
]

# a run from an image said as one (IMAGE 이미지로): the container word names the new container, as in a create
NAMED_BY_KIND = [
    ("redis 이미지로 r20 컨테이너를 6394 포트로 기동 바랍니다", ["docker run -d --name r20 -p 6394:6379 redis"]),
    ("nginx 이미지로 edge4 컨테이너 띄워줘", ["docker run -d --name edge4 nginx"]),
    ("mysql:5.7 이미지로 db2 컨테이너를 기동하여 주십시오", ["docker run -d --name db2 mysql:5.7"]),
    ("busybox 이미지로 tmp1 컨테이너 하나 띄워", ["docker run -d --name tmp1 busybox"]),
    ("alpine으로 staging 컨테이너 생성", ["docker create --name staging alpine"]),
]

# two things of one name, told apart by their kind words: the one left out says which one is meant, never a
# name left out of the one acted on (asked before: parse.excluded_and_named)
KIND_CONTRAST = [
    ("db 컨테이너 말고 db 볼륨 삭제", ["docker volume rm db"]),
    ("db 볼륨 말고 db 컨테이너 삭제해", ["docker rm db"]),
    ("db 볼륨 빼고 db 컨테이너 지워줘", ["docker rm db"]),
    ("db 컨테이너 말고 db 볼륨 상세 정보", ["docker volume inspect db"]),
    ("backend 컨테이너 말고 backend 네트워크 삭제", ["docker network rm backend"]),
    ("remove the db volume, not the db container", ["docker volume rm db"]),
    ("db 빼고 db 컨테이너 기동해줘", None),  # left out with no kind, then named: asked, as before
    ("db 컨테이너 말고 db 볼륨 켜줘", None),  # a volume does not start: never the container
]

# a complaint said of one name, a request said of another in a clause of its own: the complained-of name prompted
# the request and is never one more target (it planned `docker restart site web`, `docker restart cache web`)
COMPLAINED_OF = [
    ("site's broken can someone restart web", ["docker restart web"]),
    ("can someone bounce web, css changes arent live", ["docker restart web"]),
    ("cache crashed, restart web", ["docker restart web"]),
    ("site is broken, please restart my-nginx", ["docker restart my-nginx"]),
    ("cache 죽었어 web 재시작해줘", ["docker restart web"]),
    ("사이트 먹통이야 web 재시작 좀", ["docker restart web"]),
    # said together before the complaint, or named again after it: still the targets
    ("web이랑 cache 죽었어 재시작해줘", ["docker restart web cache"]),
    ("web, cache crashed, restart them", ["docker restart web cache"]),
    ("web crashed, restart web and cache", ["docker restart web cache"]),
    ("web crashed, restart it", ["docker restart web"]),
]

# the state "down" told before a start or a restart prompted it (it was a word left unread)
DOWN_THEN_UP = [
    ("db's down again, start it pls", ["docker start db"]),
    ("web is down, restart it", ["docker restart web"]),
    ("web is down, stop it", None),
    ("web down? restart it", None),  # asked whether it is down: a question (wordings_break2)
    ("website is down, restart my-nginx", None),  # a name told down, another restarted: asked (test_parse_f10en)
]

# a command line with an option typed after X에 (not 에서) is typed into X, as with 에서
TYPED_INTO = [
    ("web에 curl -I localhost 실행해봐", ["docker exec web curl -I localhost"]),
    ("data에 ls -al /tmp 돌려줘", ["docker exec data ls -al /tmp"]),
    ("cache에 redis-cli -n 1 dbsize 실행", ["docker exec cache redis-cli -n 1 dbsize"]),
    ("my-nginx에 nginx -t 실행해줘", ["docker exec my-nginx nginx -t"]),
]

# a glob word typed bare in an English command run in a container is the command's own text (no shell runs it)
GLOB = [
    ("hop into cache and run redis-cli keys *", ["docker exec cache redis-cli keys '*'"]),
    ("in data run ls *.txt", ["docker exec data ls '*.txt'"]),
    ("in cache run redis-cli keys user:*", ["docker exec cache redis-cli keys 'user:*'"]),
    ("run ls /etc/*.conf on web", ["docker exec web ls '/etc/*.conf'"]),
    ("cache에서 redis-cli keys * 실행", ["docker exec cache redis-cli keys '*'"]),
    ("restart *", None),
    ("stop web*", None),
]

# a property asked with no verb: its details (the restart count, the uptime said first then `of`); the error
# logs are the logs (as 에러 로그)
PROPERTY = [
    ("web 재시작 횟수", ["docker inspect web"]),
    ("cache 재시작 횟수 알려줘", ["docker inspect cache"]),
    ("db 재기동 횟수 확인 바랍니다", ["docker inspect db"]),
    ("what's the restart count of data", ["docker inspect data"]),
    ("web restart count?", ["docker inspect web"]),
    ("uptime of my-volume", ["docker inspect my-volume"]),
    ("health of cache", ["docker inspect cache"]),
    ("restart policy of data", ["docker inspect data"]),
    ("show me web's error logs from the last 15 min", ["docker logs --since 15m web"]),
    ("error log of cache", ["docker logs cache"]),
    ("gimme my-nginx error logs", ["docker logs my-nginx"]),
    ("run nginx named error", ["docker run -d --name error nginx"]),
]

# the files of one directory of one container listed: its listing run there (ls PATH, a read of its files)
DIR_LISTED = [
    ("web 안에 /usr/share/nginx/html 파일 목록 보여줘요", ["docker exec web ls /usr/share/nginx/html"]),
    ("web 안에 /etc 목록 보여줘", ["docker exec web ls /etc"]),
    ("data /tmp 파일 리스트", ["docker exec data ls /tmp"]),
    ("list files in /etc on web", ["docker exec web ls /etc"]),
    ("list files in /tmp on data", ["docker exec data ls /tmp"]),
    ("list the containers that are stopped too", ["docker ps -a"]),
    ("list the images", ["docker images"]),
    ("볼륨 목록", ["docker volume ls"]),
    ("what's running", ["docker ps"]),
]

# the host port a container is published on, asked: what it publishes (docker port; its details also show it)
HOST_PORT_ASKED = [
    ("what host port is my-nginx published on", ["docker port my-nginx"]),
    ("what host port is cache mapped to", ["docker port cache"]),
    ("what port is web published on", ["docker port web"]),
    ("run nginx on host port 8081", ["docker run -d -p 8081:80 nginx"]),
]

# English "run IMAGE on NET": no image NET here, NET a network here and IMAGE an image here — run on it (--network)
ON_NETWORK = [
    ("run nginx on backend", ["docker run -d --network backend nginx"]),
    ("spin up redis in backend", ["docker run -d --network backend redis"]),
    ("run redis on backend", ["docker run -d --network backend redis"]),
    ("run ls on backend", None),
    ("run nginx on prod", None),
]

CASES = ON_NETWORK + HOST_PORT_ASKED + DIR_LISTED + PROPERTY + GLOB + DOWN_THEN_UP + TYPED_INTO + COMPLAINED_OF + KIND_CONTRAST + WORKDIR + TAIL + UNPAUSE_AFTER + MAY_I_ASK + NAMED_BY_KIND


@pytest.mark.parametrize("text, want", CASES, ids=[t for t, _ in CASES])
def test_m11_kind(text, want):
    check(text, want)


def test_may_i_do_it_stays_a_question():
    """"web 재시작해도 될까요" asks whether one may restart web: proposed, yes/no, never run."""
    ans = answer("web 재시작해도 될까요")
    assert not ans.cli and list(ans.proposal) == ["docker restart web"]


# an unquoted pipe in a command typed between its container and the Korean verb: the tables disagree (none in the
# first, sixth, seventh, eighth and tenth; `sh -c` in the ninth and eleventh) — never run as said, the `sh -c`
# reading proposed (yes/no); any other shell character is refused bare, as before
PIPED = [
    ("web에서 ps aux | grep nginx 해줘", "docker exec web sh -c 'ps aux | grep nginx'"),
    ("cache에서 redis-cli info | head -5 실행", "docker exec cache sh -c 'redis-cli info | head -5'"),
    ("data에서 cat /etc/passwd | wc -l 돌려봐", "docker exec data sh -c 'cat /etc/passwd | wc -l'"),
    ("web에서 ls | grep x 실행", "docker exec web sh -c 'ls | grep x'"),
]


@pytest.mark.parametrize("text, proposed", PIPED, ids=[t for t, _ in PIPED])
def test_a_pipe_is_proposed_with_sh_c_never_run(text, proposed):
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == [proposed], ans


@pytest.mark.parametrize("text, proposed", PIPED, ids=[t for t, _ in PIPED])
def test_a_pipe_proposed_says_it_runs_through_a_shell(text, proposed):
    """Found following the README (branch w2doc): the `sh -c` proposal was worded as a name with a shell character in
    it ("`|` is a shell metacharacter, not part of a name") and asked "I did not read …. Run it?" — it says the pipe
    is read by a shell in the container, in both languages."""
    ex = _GORAE.explain(text)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "parse.piped", ex.parsed
    assert isinstance(ex.proposed, Plan) and list(ex.proposed.cli) == [proposed]
    question = render.proposal_question(ex.proposed, ex.parsed)
    assert question.key == "proposal.piped"
    for lang in ("ko", "en"):
        said = messages.text(question, lang)
        assert proposed in said and "sh -c" in said and "…" not in said, said
    assert "shell" in messages.text(ex.parsed.reason, "en") and "name" not in messages.text(ex.parsed.reason, "en")


@pytest.mark.parametrize("text", ["web에서 ls; rm -rf / 실행", "web에서 ls && pwd 실행", "web에서 ls || rm x 실행",
                                  "web | sh 재시작", "web 로그 > /tmp/out", "web에서 cat /etc/hosts > /tmp/x 실행"])
def test_other_shell_characters_are_refused_bare(text):
    ans = answer(text)
    assert not ans.cli and not ans.proposal, ans
