"""The kinds that wordings_fresh12.yaml's manager, ko-chat, sre-phone and junior rows found unread (branch f12ko),
each fixed as a kind: the table's input, then other wordings of the same kind (not in any table), read through
`Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run (a refusal, a question or a proposal that is no write are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

CREATE_NAMED = [
    # Korean "IMAGE 컨테이너 NAME" with a verb that makes a container (grammar/lexicon.txt made_words, made_kind;
    # bot/language/parse_natural.py `_image_container_name`): the image before the kind word, the new name after it
    ("redis 컨테이너 r15 만들어만 둬", ["docker create --name r15 redis"]),
    ("httpd 컨테이너 h12 생성해 놔 실행은 하지 말고", ["docker create --name h12 httpd"]),
    ("nginx 컨테이너 n24 생성만", ["docker create --name n24 nginx"]),
    ("redis 새 컨테이너로 r23 만들어서 실행", ["docker run -d --name r23 redis"]),
    ("httpd 컨테이너 h31 만들기만 해", ["docker create --name h31 httpd"]),
    ("redis 컨테이너 q44 생성만 해 주세요", ["docker create --name q44 redis"]),
    ("busybox 컨테이너 bb5 만들어 둬", ["docker create --name bb5 busybox"]),
    ("alpine 새 컨테이너로 a41 생성해서 실행해줘", ["docker run -d --name a41 alpine"]),
    ("nginx 컨테이너 n32 생성해서 띄워", ["docker run -d --name n32 nginx"]),
    # said the other way round (the name first, an image after it): asked, never a pull of a name as an image
    ("web2 컨테이너 nginx 생성만", None),
    ("web2 컨테이너 nginx 만들어서 실행", None),
]


@pytest.mark.parametrize("text, want", CREATE_NAMED, ids=[t for t, _ in CREATE_NAMED])
def test_create_named(text, want):
    check(text, want)


READ = [
    # the causative -게/-도록 하다 of a state verb (grammar/natural.lark `v_pause` 쉬, `v_unpause` 다시 돌아가): let it
    # rest = pause; made to go again = resume (unpause, as the table reads it)
    ("my-volume 잠깐 쉬게 해", ["docker pause my-volume"]),
    ("data 잠시 쉬도록 해줘", ["docker pause data"]),
    ("web 좀 쉬게 해 주세요", ["docker pause web"]),
    ("cache 다시 돌아가게 해줘", ["docker unpause cache"]),
    ("web 다시 돌아가도록 해 주세요", ["docker unpause web"]),
    ("my-nginx 다시 돌아가게 해", ["docker unpause my-nginx"]),
    ("web 못 쉬게 해", None),  # a ban: nothing runs
    ("cache 다시 돌아가게 하지 마", None),
    # a verbal noun and its 하다 typed as they sound (ㄱ+ㅎ = ㅋ: bot/language/typo.py `_spelt_as_said`)
    ("cache 재시자캐줘", ["docker restart cache"]),
    ("web 재시자캐", ["docker restart web"]),
    ("db 시자캐줘", ["docker start db"]),
    ("my-nginx 재시자카자", ["docker restart my-nginx"]),
    ("cache 재시자캐주세요", ["docker restart cache"]),
    # an HTTP error code glued to the name before the word of its showing up (grammar/lexicon.txt glued_error)
    ("web500남", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx502뜸", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web503에러 나요", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache404떠", ["docker inspect cache", "docker logs --tail 20 cache"]),
    # what cannot be got into or opened, complained of (grammar/natural.lark `complaint`)
    ("web 안들어가짐", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx 페이지 안 들어가져요", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web 안 열려", ["docker inspect web", "docker logs --tail 20 web"]),
    ("web 사이트 안 열림", ["docker inspect web", "docker logs --tail 20 web"]),
    # a trouble said of a use, asked: how much it uses (bot/language/parse_natural.py `stats`)
    ("cache 메모리 터짐?", ["docker stats --no-stream cache"]),
    ("web cpu 터짐?", ["docker stats --no-stream web"]),
    ("my-nginx 램 터졌나?", ["docker stats --no-stream my-nginx"]),
    # why it is like this, with -게 before what it is like (grammar/natural.lark `complaint`; 이렇게 as Kiwi's adverb split,
    # grammar/morphemes.txt): its status and recent logs
    ("web 왜 이렇게 느려요?", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache 왜 저렇게 느려", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 왜 이렇게 안 떠", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx 왜 이렇게 느림?", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web 왜 그렇게 느려요", ["docker inspect web", "docker logs --tail 20 web"]),
    # 머, chat for 뭐 (grammar/morphemes.txt)
    ("지금 머 돌아감?", ["docker ps"]),
    ("머 떠 있어?", ["docker ps"]),
    ("컨테이너 머 있어?", ["docker ps"]),
    ("지금 머 돌아가고 있어?", ["docker ps"]),
    # a verb told done (-었는데, -었어), then the request again with 다시 (bot/language/parse_natural.py
    # `_done_then_asked`; 실수로 a filler): the request; a name after the verb done, or no 다시, stays refused
    ("실수로 web 껐는데 다시 켜주세요", ["docker start web"]),
    ("실수로 cache 꺼버렸는데 다시 켜 주세요", ["docker start cache"]),
    ("web 실수로 껐어요 다시 켜줘", ["docker start web"]),
    ("my-nginx 껐었는데 다시 켜 주세요", ["docker start my-nginx"]),
    ("실수로 data 멈췄는데 다시 켜줄래요?", ["docker start data"]),
    # (run26) a report of something done, then a request said as one: the request alone (bot/language/told_then_asked.py)
    ("web 껐는데 cache 꺼줘", ["docker stop cache"]),
    ("web 껐는데 cache 다시 켜줘", ["docker start cache"]),
    ("web 재시작했는데 지워줘", None),
    ("web 껐는데 다시 켜?", None),
    ("web 껐는데 다시 켜지 마", None),
    ("실수로 web 껐어", None),
    # … in English, by mistake a filler (it was read as a container named accidentally)
    ("i accidentally stopped web, can you start it again?", ["docker start web"]),
    ("i mistakenly stopped cache, start it again", ["docker start cache"]),
    ("i accidentally stopped web", None),
    ("i accidentally removed web, restart it", None),
    # -고 싶다 (want) is no "and then" (grammar/lexicon.txt want_link, want_aux); the errors in the logs said with 에서
    # (grammar/natural.lark `v_logs`): the logs
    ("web 로그에서 에러 보고 싶은데 최근 100줄 보여주세요", ["docker logs --tail 100 web"]),
    ("cache 로그 보고 싶은데 마지막 50줄만 보여줘", ["docker logs --tail 50 cache"]),
    ("web 로그 좀 보고 싶은데 최근 20줄 보여 주실래요?", ["docker logs --tail 20 web"]),
    ("web 로그에서 에러 보여줘", ["docker logs web"]),
    ("cache 로그에서 오류 좀 보여줘", ["docker logs cache"]),
    ("my-nginx 로그에서 에러 보고 싶어요", ["docker logs my-nginx"]),
    ("web 로그에서 최근 100줄 보여줘", ["docker logs --tail 100 web"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read(text, want):
    check(text, want)


MANAGER = [
    # 서비스, the everyday word, listed on an engine that is no swarm manager: its containers (bot/engine/swarm_plan.py
    # `_ls`); running or fine said of them (bot/language/parse_swarm.py); on a manager it stays docker service ls
    ("서비스 다 정상인가요?", ["docker ps"]),
    ("서비스 다 괜찮아?", ["docker ps"]),
    ("현재 가동 중인 서비스 목록 보고해 주세요", ["docker ps"]),
    ("가동 중인 서비스 보여줘", ["docker ps"]),
    ("실행 중인 서비스 목록", ["docker ps"]),
    # the server said as where (grammar/natural.lark `_filler`)
    ("팀 서버에 컨테이너 몇 대 떠 있어요?", ["docker ps"]),
    ("우리 서버에 컨테이너 몇 개 떠 있어?", ["docker ps"]),
    ("서버에 뭐 떠 있어?", ["docker ps"]),
    # when it was done, asked of the verb said as a thing (`when_asked`: ~ㄴ 것이 언제): its details
    ("cache 마지막으로 재시작한 게 언제예요?", ["docker inspect cache"]),
    ("web 재시작한 거 언제야?", ["docker inspect web"]),
    ("cache 재시작한 건 언제예요?", ["docker inspect cache"]),
    ("web 재시작한 거 아니야?", None),
    # how often it was done, asked with -었는지 (grammar/morphemes.txt) and today (`today`, read with such questions only)
    ("오늘 web 몇 번 재시작됐는지 알려줘요", ["docker inspect web"]),
    ("web 몇 번 재시작됐는지 알려줘", ["docker inspect web"]),
    ("오늘 cache 몇 번 재시작했어?", ["docker inspect cache"]),
    ("web 오늘 언제 재시작됐어?", ["docker inspect web"]),
    ("cache 몇 번 재시작했는지 보여줘", ["docker inspect cache"]),
    ("web 지웠는지 알려줘", None),
    ("오늘 web 재시작해줘", None),  # a day is no time to run it: read by nothing
]


@pytest.mark.parametrize("text, want", MANAGER, ids=[t for t, _ in MANAGER])
def test_manager(text, want):
    check(text, want)


def test_services_on_a_swarm_manager_are_its_services():
    from fakes import FakeGorae, FakeView

    g = FakeGorae(FakeView(services=["web", "api"]))
    for text in ("서비스 다 정상인가요?", "현재 가동 중인 서비스 목록 보고해 주세요", "서비스 목록"):
        assert list(g.explain(text).planned.cli) == ["docker service ls"], text


def test_services_typed_in_english_on_no_manager_are_refused():
    from fakes import FakeGorae, FakeView

    ex = FakeGorae(FakeView(services=None)).explain("list services")
    assert ex.planned.reason.key == "swarm.not_manager"


EXEC = [
    # a program that is also gorae's word (tail: logs) typed first after the container with words of its own is the
    # command (grammar/lexicon.txt verb_programs); alone or with lines it stays the logs
    ("web에서 tail -n 5 /var/log/nginx/error.log", ["docker exec web tail -n 5 /var/log/nginx/error.log"]),
    ("web에서 tail /etc/passwd", ["docker exec web tail /etc/passwd"]),
    ("data에서 tail -n 20 /var/log/messages", ["docker exec data tail -n 20 /var/log/messages"]),
    ("my-nginx에서 tail -5 /var/log/nginx/access.log", ["docker exec my-nginx tail -5 /var/log/nginx/access.log"]),
    ("web에서 tail 20줄", ["docker logs --tail 20 web"]),
    ("web tail 50", ["docker logs --tail 50 web"]),
    # gone to a directory, then the command (grammar/natural.lark particle (으)로 가서/이동해서; `_typed_in_place`): -w
    ("data에서 /tmp 디렉토리로 가서 ls", ["docker exec -w /tmp data ls"]),
    ("web에서 /usr/share/nginx/html 디렉토리로 이동해서 ls 해줘", ["docker exec -w /usr/share/nginx/html web ls"]),
    ("my-volume에서 /var/log로 가서 ls -la", ["docker exec -w /var/log my-volume ls -la"]),
    ("my-volume에서 /etc로 가서 cat hostname 실행", ["docker exec -w /etc my-volume cat hostname"]),
    ("data에서 /tmp에서 ls", ["docker exec -w /tmp data ls"]),
    ("data에서 /tmp 디렉토리로 가서 stop", None),  # a verb of gorae alone, no program: asked
    # a user's rights or account said after the user (particle 권한으로/계정으로): the user it runs as (-u)
    ("web에서 root 권한으로 apt-get update", ["docker exec -u root web apt-get update"]),
    ("web에서 root로 apt-get update", ["docker exec -u root web apt-get update"]),
    ("data에서 root 계정으로 apk update", ["docker exec -u root data apk update"]),
    ("my-volume에서 root 권한으로 apt-get install curl", ["docker exec -u root my-volume apt-get install curl"]),
    ("cache에서 nobody 권한으로 id 실행", ["docker exec -u nobody cache id"]),
    ("data에서 root 계정으로 whoami", ["docker exec -u root data whoami"]),
    ("web에서 root로 restart cache", None),
]


@pytest.mark.parametrize("text, want", EXEC, ids=[t for t, _ in EXEC])
def test_exec(text, want):
    check(text, want)


PORTS = [
    # a number glued to the image before its particle (RunContainer.number_said "glued", bot/engine/plan.py
    # `_number_said`): a port when the engine has the image before the number and nothing of the word as typed
    ("redis6380으로띄워", ["docker run -d -p 6380:6379 redis"]),
    ("nginx8099로띄워", ["docker run -d -p 8099:80 nginx"]),
    ("httpd9091로 올려줘", ["docker run -d -p 9091:80 httpd"]),
    ("redis6390으로 실행해", ["docker run -d -p 6390:6379 redis"]),
    ("foo8080으로 띄워", None),  # no image foo here: asked, never an image pulled
    # a number said bare right after the image (number_said "bare"): a port only when it can be no version (1024 or
    # more, or a port the image EXPOSEs) and no tag of it is here; else asked
    ("nginx 8080 띄워", ["docker run -d -p 8080:80 nginx"]),
    ("redis 6390 올려줘", ["docker run -d -p 6390:6379 redis"]),
    ("httpd 9001 실행", ["docker run -d -p 9001:80 httpd"]),
    ("nginx 80 띄워", ["docker run -d -p 80:80 nginx"]),
    ("postgres 16 띄워", None),
    ("mysql 8 띄워", None),
    ("web 8080 띄워", None),  # a container: asked
]


@pytest.mark.parametrize("text, want", PORTS, ids=[t for t, _ in PORTS])
def test_ports(text, want):
    check(text, want)


NETWORK = [
    # the kind word said after the container with the network named beside it (bot/engine/plan.py `_network_attach`):
    # no network of the first name and no container of the second — the two the other way round
    ("data 네트워크 backend에서 끊어", ["docker network disconnect backend data"]),
    ("web 네트워크 backend에서 빼줘", ["docker network disconnect backend web"]),
    ("cache 네트워크 backend에 연결해줘", ["docker network connect backend cache"]),
    ("docker network disconnect data backend", None),  # typed docker CLI runs as typed (docker refuses it)
]


@pytest.mark.parametrize("text, want", NETWORK, ids=[t for t, _ in NETWORK])
def test_network(text, want):
    check(text, want)
