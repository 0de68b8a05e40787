"""The Korean kinds of wordings_fresh13.yaml's misses fixed by f14ko (session 12): the failing input of the table and
other wordings of the same kind (not in any table, written before the fix), read through `Gorae.explain` against the
fake corpus world (tests/fakes.py). `None`: nothing may run and no write is offered.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

KINDS = [
    # a pasted error, then a Korean remark of the asker's that closes a sentence (오타였네, 이거네): the request after it
    # is read alone (bot/language/parse.py `_remark_ends`, grammar/lexicon.txt `error_remark_end_ko`)
    ("Error: No such image: busybo 오타였네 busybox 이미지 삭제해줘", ["docker rmi busybox"]),
    ("Error: No such container: wbe 오타네 web 재시작해줘", ["docker restart web"]),
    ("Error: permission denied 또 이거네 cache 로그 보여줘", ["docker logs cache"]),
    # … "라는데" and "라고 해서(요)" say the error showed, the reason for the request (`_said_so_end`)
    ("pull access denied for my-app, repository does not exist 라는데 이미지 목록 좀", ["docker images"]),
    ("manifest for redis:8 not found 라는데 redis 이미지 받아줘", ["docker pull redis"]),
    ("You cannot remove a running container. Stop the container before attempting removal 라고 해서 web 먼저 멈추고 "
     "지워줘", ["docker stop web", "docker rm web"]),
    ("port is already allocated 라고 해서요 my-nginx 로그 보여줘", ["docker logs my-nginx"]),
    # … a noun of gorae's said of the error (에러 남, 상태래요, 로 나오는데, 찍혀요) is no request (`_verbal_ko`)
    ("network backend has active endpoints 에러 남. backend 네트워크에 뭐 붙어있는지 보여줘",
     ["docker network inspect backend"]),
    ("OOMKilled true 로 나오는데 cache 메모리 얼마나 쓰고 있어?", ["docker stats --no-stream cache"]),
    ("web이 `exited (1) 3 minutes ago` 상태래요 web 상세 정보 보여줘", ["docker inspect web"]),
    ("stack trace에 `ECONNRESET` 계속 찍혀요 cache 로그 좀 같이 봐주세요", ["docker logs cache"]),
    ("로그에 `connection refused` 계속 찍혀요 web 재시작 부탁드려요", ["docker restart web"]),
    # … the words of a quoted error are the screen's, never the asker's condition ("until" inside the backticks)
    ("`Error response from daemon: Container db is restarting, wait until the container is running` 뜨네.. db 상태 좀",
     ["docker inspect db"]),
    ("`connection refused, wait until ready` 떠요 web 상태 좀", ["docker inspect web"]),
    # … and never: a condition, a ban, the past, a remark with no name after it, a write said in the remark
    ("에러 나면 web 재시작해줘", None),
    ("error 나오네 web 재시작 하지 마", None),
    ("Error: No such container: wbe 오타였네 지워줘", None),
    ("`failed` 라고 해서 web 재시작했어", None),
    # a state heard of, given as the reason (-다고 해서(요), 라고 after the copula), before the request is context
    # (context_clause.py `_said_reason`, lexicon.txt `context_said_reason`)
    ("디스크가 부족하다고 해서요. 중지된 컨테이너들 정리 부탁드립니다", ["docker container prune"]),
    ("응답이 없다고 해서요, data 컨테이너 강제로 종료 부탁드립니다", ["docker kill data"]),
    ("장애라고 해서 web 로그 좀", ["docker logs web"]),
    ("사이트가 느리다고 해서 my-nginx 재시작 부탁드립니다", ["docker restart my-nginx"]),
    ("메모리가 부족하다고 하니까 cache 메모리 사용량 좀 봐주세요", ["docker stats --no-stream cache"]),
    # … but a command heard, a report in the request, a reason alone or a name in the clause: nothing runs
    ("재시작하라고 해서 web 재시작", None),
    ("팀장님이 지우라고 해서요 db 지워주세요", None),
    ("디스크가 부족하다고 해서요. web 재시작하래요", None),
    ("디스크가 부족하다고 해서요", None),
    ("web이 느리다고 해서 재시작", None),
    # whose request it is (요청으로, 부탁으로, 지시로), a team said by its acronym (QA팀): context (lexicon.txt
    # `context_noun_end`, `context_team`)
    ("QA팀 요청으로 qa-net 네트워크 하나 만들어 주실 수 있나요?", ["docker network create qa-net"]),
    ("보안팀 요청으로 web 로그 부탁드립니다", ["docker logs web"]),
    ("개발팀 부탁으로 cache 재시작해 주세요", ["docker restart cache"]),
    ("SRE팀 요청으로 my-nginx 재시작 부탁드립니다", ["docker restart my-nginx"]),
    ("WEB팀 요청으로 재시작 부탁드립니다", None),
    ("QA팀 요청으로 web 재시작은 하지 마세요", None),
    # a need of the asker's with -어야 해서 whose verb is no verb of gorae's (넣다 was read as one: the second word of
    # 밀어넣다, context_clause.py `gorae_verbs`)
    ("보고서에 넣어야 해서 네트워크 목록도 같이 부탁드립니다", ["docker network ls"]),
    ("보고서에 넣어야 해서 web 로그 좀 뽑아주세요", ["docker logs web"]),
    ("문서에 적어야 해서 볼륨 목록 부탁드려요", ["docker volume ls"]),
    # logs put up live with 좀 between (natural.lark `follow`), after a polite condition (시간 되시면)
    ("혹시 시간 되시면 cache 로그 실시간으로 좀 띄워 주실 수 있을까요", ["docker logs -f cache"]),
    ("web 로그 실시간으로 좀 띄워줘", ["docker logs -f web"]),
    ("web 로그 실시간 좀 보여줘", ["docker logs -f web"]),
    # a command line typed as a comparison (처럼, 대신, 같은 거 해줘, 말고) then the request in Korean: the request read
    # alone, the typed line supplies nothing (parse.py `_like_typed`, lexicon.txt `typed_like_ko`)
    ("compose logs -f web 처럼 web 로그 따라가줘", ["docker logs -f web"]),
    ("docker compose ps 처럼 컨테이너 목록 보여줘", ["docker ps"]),
    ("compose pull 처럼 redis 이미지 새로 받아줘", ["docker pull redis"]),
    ("compose up -d 대신 nginx 하나 띄워줘", ["docker run -d nginx"]),
    ("docker-compose rm -s my-volume 같은 거 해줘, my-volume 멈추고 지워", ["docker stop my-volume", "docker rm my-volume"]),
    ("compose top 처럼 cache 프로세스 보여줘", ["docker top cache"]),
    ("compose down 대신에 web 만 꺼줘", ["docker stop web"]),
    ("docker stop web 처럼 cache도 멈춰줘", ["docker stop cache"]),
    ("compose rm web 말고 web 재시작", ["docker restart web"]),
    # … a request with no name of its own, or a ban: nothing (the typed line never lends its name)
    ("docker rm -f web 처럼 지워줘", None),
    ("compose down 처럼 하지 마", None),
    ("compose rm web 대신 지워", None),
    # ko-chat: always alive again (죽어도 항상 다시 살아나게) = --restart always (natural.lark `restart_policy`)
    ("nginx 죽어도 항상 다시 살아나게 띄워", ["docker run -d --restart always nginx"]),
    ("redis 늘 다시 살아나게 띄워줘", ["docker run -d --restart always redis"]),
    ("httpd 죽어도 항상 살아나도록 실행", ["docker run -d --restart always httpd"]),
    ("nginx 살아나게 띄워", None),
    # … the port taken, whichever (포트는 아무거나 잡아서) = -p P (natural.lark `random_port`)
    ("httpd 포트는 아무거나 잡아서 띄워줘", ["docker run -d -p 80 httpd"]),
    ("redis 포트 아무거나 잡아서 실행", ["docker run -d -p 6379 redis"]),
    ("nginx 호스트 포트는 아무거나 잡아 띄워", ["docker run -d -p 80 nginx"]),
    # … the containers started from an image, as a relative clause (IMAGE로 띄운/실행한 컨테이너) = ps --filter ancestor;
    # a write on them is refused (natural.lark `attr_verb`)
    ("nginx로 띄운 컨테이너들만 보여줘", ["docker ps --filter ancestor=nginx"]),
    ("redis로 띄운 컨테이너 목록", ["docker ps --filter ancestor=redis"]),
    ("httpd로 실행한 컨테이너 보여줘", ["docker ps --filter ancestor=httpd"]),
    ("nginx로 띄운 컨테이너 지워", None),
    ("nginx로 띄운 컨테이너 다 꺼줘", None),
    ("nginx로 실행한 컨테이너 재시작", None),
    # … its ip address (ip 주소) = its details (natural.lark `attr`)
    ("web ip 주소 뭐야", ["docker inspect web"]),
    ("cache 아이피 주소 알려줘", ["docker inspect cache"]),
    ("db ip 주소 좀", ["docker inspect db"]),
    # … all at once (한꺼번에) changes nothing (natural.lark `_filler`)
    ("종료된 컨테이너들 한꺼번에 지워줘", ["docker container prune"]),
    ("web이랑 cache 한꺼번에 재시작", ["docker restart web cache"]),
    ("중지된 컨테이너 한꺼번에 정리해줘", ["docker container prune"]),
    ("컨테이너 한꺼번에 지워", None),
    # … 보여주다 taken whole by Kiwi is the show verb (morphemes.txt): the stopped ones too, said after it, = -a
    ("컨테이너 전부 다 보여줘 꺼진 것도", ["docker ps -a"]),
    ("컨테이너 전부 다 보여줘 꺼진 것도 포함해서", ["docker ps -a"]),
    ("컨테이너 전부 보여줘 멈춘 것도", ["docker ps -a"]),
    # numbered steps with 거기 (there) after the object of a connect: the network the step before made
    # (morphemes.txt NP 거기, natural.lark `v_connect`)
    ("1) qa4 네트워크 만들고 2) data를 거기 연결해줘", ["docker network create qa4", "docker network connect qa4 data"]),
    ("qa4 네트워크 만들고 data를 거기 연결해줘", ["docker network create qa4", "docker network connect qa4 data"]),
    ("net2 네트워크 만들고 web을 거기 붙여줘", ["docker network create net2", "docker network connect net2 web"]),
    ("data를 거기 연결해줘", None),
    ("web 멈추고 data를 거기 연결해줘", None),
    ("web 멈추고 data를 거기 지워", None),
    # bilingual: the English noun "name" with a Korean particle is 이름 (natural.lark `named`)
    ("volume 하나 만들어줘 name은 bk1", ["docker volume create bk1"]),
    ("httpd 8091 port로 띄워줘 name은 h9", ["docker run -d --name h9 -p 8091:80 httpd"]),
    ("redis 띄워줘 name은 q21", ["docker run -d --name q21 redis"]),
    ("web name은 뭐야", None),
    # 먼저 (first), said of the first of the steps, changes nothing (natural.lark `_filler`, as 우선)
    ("web 먼저 멈추고 지워줘", ["docker stop web", "docker rm web"]),
    ("cache 먼저 재시작하고 로그 보여줘", ["docker restart cache", "docker logs cache"]),
    ("my-nginx 먼저 꺼 줘", ["docker stop my-nginx"]),
    ("web 먼저 지우지 마", None),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)
