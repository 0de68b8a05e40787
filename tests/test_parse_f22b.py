"""(f22b) Kinds of issue 8 read for fresh22 in session 33 — jamo typos, a negation in the middle of a request, a deploy
window's context — each with the table's row, wordings of its own, and never-cases (a write never planned from what is
forbidden, told or not needed)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # jamo: a consonant typed as a key of its own, put back (fresh22 jamo "web 재시자ㄱ", "네트워크 목로ㄱ", "볼륨 목록 보여ㅈ줘")
    ("web 재시자ㄱ", "docker restart web"),
    ("네트워크 목로ㄱ", "docker network ls"),
    ("컨테이너 목로ㄱ 보여줘", "docker ps"),
    ("볼륨 목록 보여ㅈ줘", "docker volume ls"),
    ("cache 로그 보여ㅈ줘", "docker logs cache"),
    # … a verb spelt as it sounds (fresh22 "data 일시정지 푸러줘", "nginx 이미지 바다줘", "db 상태 화긴")
    ("data 일시정지 푸러줘", "docker unpause data"),
    ("cache 일시정지 푸러", "docker unpause cache"),
    ("nginx 이미지 바다줘", "docker pull nginx"),
    ("redis 이미지 바다", "docker pull redis"),
    ("db 상태 화긴", "docker inspect db"),
    ("web 상태 화긴해줘", "docker inspect web"),
    # … a unit typed with shift held, a particle without its final, 해 slipped (fresh22 "cache 로그 50쭐", "web 로그르
    # 100줄", "my-nginx 강제종료햐")
    ("cache 로그 50쭐", "docker logs --tail 50 cache"),
    ("web 로그 30쭐 보여줘", "docker logs --tail 30 web"),
    ("web 로그르 100줄", "docker logs --tail 100 web"),
    ("cache 로그르 보여줘", "docker logs cache"),
    ("my-nginx 강제종료햐", "docker kill my-nginx"),
    ("web 재시작헤", "docker restart web"),
    # mid-negation: a pull with the run of it forbidden is the pull (fresh22 "nginx 이미지 받기만 하고 띄우지는 마",
    # "pull the redis image, but do not run it")
    ("nginx 이미지 받기만 하고 띄우지는 마", "docker pull nginx"),
    ("nginx 이미지 받기만 하고 실행은 하지 마", "docker pull nginx"),
    ("redis 이미지 받아두기만 하고 띄우지 마", "docker pull redis"),
    ("pull the redis image, but do not run it", "docker pull redis"),
    ("pull the redis image, but don't run it", "docker pull redis"),
    ("pull httpd but don't start it", "docker pull httpd"),
    ("create nginx named n5 but don't start it", "docker create --name n5 nginx"),
    ("httpd로 컨테이너 만들어만 두고 시작은 하지 마", "docker create httpd"),
    # Korean negates the verb said before it: the create or the pull is what is forbidden, the run asked
    ("redis 이미지 받지 말고 띄워", "docker run -d redis"),
    ("redis 컨테이너 만들지 말고 바로 띄워", "docker run -d redis"),
    # … a verb said not needed, then a request (fresh22 "web 재시작 안 해도 돼, 대신 로그 보여줘", "cache 로그는 필요 없고
    # 프로세스만")
    ("web 재시작 안 해도 돼, 대신 로그 보여줘", "docker logs web"),
    ("web 재시작은 안 해도 돼 로그만 보여줘", "docker logs web"),
    ("cache 로그는 필요 없고 프로세스만", "docker top cache"),
    ("data 지우지 않아도 돼, 멈춰줘", "docker stop data"),
    ("cache 재시작 필요 없어, 로그 보여줘", "docker logs cache"),
    # deploy: a reason with the copula's -라/-라서, a work event just before or prepared for (fresh22 "배포 직전이라 web 로그
    # 실시간으로 따라가줘", "롤백 대비로 nginx 이미지 최신으로 다시 pull")
    ("배포 직전이라 web 로그 실시간으로 따라가줘", "docker logs -f web"),
    ("배포 중이라서 web 로그 보여줘", "docker logs web"),
    ("점검 중이라 cache 재시작해줘", "docker restart cache"),
    ("배포 직전에 web 로그 보여줘", "docker logs web"),
    ("롤백 대비로 nginx 이미지 최신으로 다시 pull", "docker pull nginx"),
    ("배포 대비로 redis 이미지 받아줘", "docker pull redis"),
    # … a work event told done, the request after it (fresh22 "Deploy's done, clean up the stopped containers")
    ("Deploy's done, clean up the stopped containers", "docker container prune"),
    ("deploy is done, restart web", "docker restart web"),
    ("the deploy's done, restart web", "docker restart web"),
    ("the migration is done, remove the db volume", "docker volume rm db"),
    ("deploy done, restart web and my-nginx", "docker restart web my-nginx"),
    # passive: a need said with has to / ought to / got to (fresh22 "my-nginx has to be stopped now")
    ("my-nginx has to be stopped now", "docker stop my-nginx"),
    ("web has to be restarted now", "docker restart web"),
    ("cache has got to be paused", "docker pause cache"),
    ("have cache restarted please", "docker restart cache"),
    # list-and: several volumes inspected in one command, several made one a command (fresh22 "pgdata랑 db 볼륨 상세
    # 보여줘", "please inspect the db volume and the pgdata volume", "create volumes vol22c and vol22d")
    ("pgdata랑 db 볼륨 상세 보여줘", "docker volume inspect pgdata db"),
    ("pgdata 볼륨이랑 db 볼륨 상세 보여줘", "docker volume inspect pgdata db"),
    ("please inspect the db volume and the pgdata volume", "docker volume inspect db pgdata"),
    ("inspect the db and pgdata volumes", "docker volume inspect db pgdata"),
    ("create volumes vol22c and vol22d", "docker volume create vol22c ; docker volume create vol22d"),
    ("vol1이랑 vol2 볼륨 만들어줘", "docker volume create vol1 ; docker volume create vol2"),
    # modal: the write said as a noun the names get, or as having it done after mind (fresh22 "could cache get a
    # restart?", "would you mind having my-nginx restarted?")
    ("could cache get a restart?", "docker restart cache"),
    ("can web get a quick restart", "docker restart web"),
    ("would you mind having my-nginx restarted?", "docker restart my-nginx"),
    ("would you mind having cache stopped?", "docker stop cache"),
    # words-num: a ten and a digit said together, a dozen (fresh22 "db logs from the past forty-five minutes", "web logs,
    # a dozen lines")
    ("db logs from the past forty-five minutes", "docker logs --since 45m db"),
    ("web logs, twenty five lines", "docker logs --tail 25 web"),
    ("show the last thirty-two lines of cache logs", "docker logs --tail 32 cache"),
    ("web logs, a dozen lines", "docker logs --tail 12 web"),
    # run-opts: a test said as what the run is for (fresh22 "spin up httpd on localhost 8090 for the smoke test")
    ("spin up httpd on localhost 8090 for the smoke test", "docker run -d -p 127.0.0.1:8090:80 httpd"),
    ("run redis on a random host port for the test suite", "docker run -d -p 6379 redis"),
    ("run nginx on 8092 for the load test", "docker run -d -p 8092:80 nginx"),
    # codemix: all at once said in chat (fresh22 "web이랑 cache restart 한방에")
    ("web이랑 cache restart 한방에", "docker restart web cache"),
    ("web이랑 cache 한방에 재시작", "docker restart web cache"),
    ("종료된 컨테이너 한방에 지워줘", "docker container prune"),
    # 안 before a verb negates that verb: the create stays (fresh7)
    ("redis 컨테이너 만들어만 둬 안 켜고", "docker create redis"),
]

NOT_RUN = [
    "web 재시자ㄱ 하지 마",  # a typo of a write still forbidden: never the restart
    "web 재시작햐지 마",
    "web 재시작했",  # told, never 해
    "web 재시작 안 해도 돼",  # not needed: nothing asked
    "web 재시작 안 해도 돼?",
    "web 재시작 안 해도 돼, cache 재시작해",  # the verb not needed said again: which? asked
    "redis 컨테이너 r5 만들지 말고 실행해",  # never the create it forbids
    "퇴근 직전에 web 재시작해",  # a time of the day, never a work event: a schedule
    "내일 배포라 web 재시작해",
    "I already did: run echo hi in data",  # told done by the speaker
    "deploy is done, I restarted web",
    "web has stopped",  # told
    "web has been stopped",
    "my-nginx has to be paused?",  # asked
    "web has to be restarted?",
    "web had to be restarted yesterday",
    "did cache get a restart?",  # asked whether it happened
    "new volume for mysql backups: mysql-bk",  # a purpose said: one volume, never mysql and backups made (fresh18)
    "create volumes for web and cache",  # what they are for
    "create volume vol1 vol2",  # no list said: asked
    "restart web before the test",  # a write with an event after it may be a time: asked
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
