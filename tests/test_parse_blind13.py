"""The kinds that wordings_fresh13.yaml (the thirteenth table, written blind) found, each fixed as a kind: the
failing input of the table and other wordings of the same kind (not in any table, written before the fix),
read through `Gorae.explain` against the fake corpus world (tests/fakes.py), as `gorae explain` reads them.
`None`: nothing may run and no write is offered (a refusal, a question or a read proposal are all fine).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

WRONG_WRITES = [
    # 말고 right after a word of brevity takes the brevity back ("not for a moment, for good"): a stop of the name
    # said, never an exclusion of it — "cache 잠시 말고 완전히 멈춰" planned `docker pause web my-nginx my-volume data`
    # (parse_natural.py `_brief_taken_back`)
    ("cache 잠시 말고 완전히 멈춰", ["docker stop cache"]),
    ("cache 잠깐 말고 아예 꺼줘", ["docker stop cache"]),
    ("data 잠깐만 말고 완전히 정지해줘", ["docker stop data"]),
    ("web 잠시 말고 그냥 꺼", ["docker stop web"]),
    ("my-nginx 잠깐 말고 아예 중지해 주세요", ["docker stop my-nginx"]),
    # the brevity kept: a pause; an exclusion said of a name stays one
    ("web 잠깐 멈춰", ["docker pause web"]),
    ("web 말고 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    # a wish said plainly with a laugh is venting or a joke: nothing runs, no write is offered (parse.py `_vented`)
    ("web 죽이고 싶다 진짜 ㅋㅋ", None),
    ("web 재시작하고 싶다 ㅋㅋ", None),
    ("my-nginx 지워버리고 싶음 ㅋㅋㅋ", None),
    ("cache 꺼버리고 싶네 ㅎㅎ", None),
    ("data 날려버리고 싶다 😂", None),
    # said politely it stays a request; without a laugh a wish is a request; a read is answered
    ("web 재시작하고 싶어요 ㅋㅋ", ["docker restart web"]),
    ("web 재시작하고 싶다", ["docker restart web"]),
    ("cache 상태 알고 싶다 ㅋㅋ", ["docker inspect cache"]),
]


@pytest.mark.parametrize("text, want", WRONG_WRITES, ids=[t for t, _ in WRONG_WRITES])
def test_wrong_write_kinds(text, want):
    check(text, want)


READ = [
    # a compose word in ASCII before the light verb 하다/시키다 is the Hangul verbal noun it means (grammar/lexicon.txt
    # `ascii_loan_do`): up = start, down = stop (one container is stopped, never removed)
    ("web up 해줘", ["docker start web"]),
    ("db up 시켜줘", ["docker start db"]),
    ("cache down 해주세요", ["docker stop cache"]),
    ("my-nginx down 시켜", ["docker stop my-nginx"]),
    ("web up 했어", None),
    ("db up 하지 마", None),
    # a first bare "show" shows what the look after it names (parse_natural.py `_sequence_parts`)
    ("can u 보여줘 web 로그", ["docker logs web"]),
    ("보여줘 web 로그", ["docker logs web"]),
    ("보여줘요 cache 로그 좀", ["docker logs cache"]),
    ("please 보여줘 my-nginx 상세정보", ["docker inspect my-nginx"]),
    # 몇 번 after the port said is the port's number asked (docker port), never how often
    ("cache 포트 몇 번으로 열려 있어?", ["docker port cache"]),
    ("web 포트 몇 번으로 열려있어", ["docker port web"]),
    ("my-nginx 포트 몇번으로 열려 있나요?", ["docker port my-nginx"]),
    ("cache 몇 번 재시작했어?", ["docker inspect cache"]),
]


@pytest.mark.parametrize("text, want", READ, ids=[t for t, _ in READ])
def test_read_kinds(text, want):
    check(text, want)


STEPS = [
    # numbered steps in order from the first word are an ordered plan of their steps (bot/language/parse.py
    # `_numbered_steps`; digits with ) or ., circled digits, letters, "step N", 첫째/둘째): each step read alone, or
    # the steps said as one sentence when a step needs the one before it; the table's inputs, then other wordings
    ("1) web 멈추고 2) 로그 보여줘", ["docker stop web", "docker logs web"]),
    ("1. cache 정지 2. cache 삭제", ["docker stop cache", "docker rm cache"]),
    ("① db 켜고 ② backend 네트워크에 연결", ["docker start db", "docker network connect backend db"]),
    ("step 1: stop cache, step 2: start cache", ["docker stop cache", "docker start cache"]),
    ("1. pull nginx:1.25 2. run it on 8084", ["docker pull nginx:1.25", "docker run -d -p 8084:80 nginx:1.25"]),
    ("1) web 재시작 2) cache 로그 50줄", ["docker restart web", "docker logs --tail 50 cache"]),
    ("1. my-nginx 일시정지 2. my-nginx 프로세스 보여줘", ["docker pause my-nginx", "docker top my-nginx"]),
    ("step 1: pull alpine, step 2: remove the busybox image", ["docker pull alpine", "docker rmi busybox"]),
    ("① cache 멈추고 ② 지워줘", ["docker stop cache", "docker rm cache"]),
    ("첫째 db 켜기, 둘째 db 로그 보기", ["docker start db", "docker logs db"]),
    ("a) stop web b) remove web", ["docker stop web", "docker rm web"]),
    # a step that forbids, is told, is scheduled, or steps out of order: nothing runs, no write is offered
    ("1) web 재시작 2) 아니 하지 마", None),
    ("1) web 지워 3) cache 지워", None),
    ("1) web 재시작 2) 내일 cache 재시작", None),
    ("1) web 재시작 2) cache 재시작했어", None),
    ("1. web 지워 2. 농담", None),
    # a number that is no step stays what it was
    ("nginx:1.25 이미지 받아줘", ["docker pull nginx:1.25"]),
]


@pytest.mark.parametrize("text, want", STEPS, ids=[t for t, _ in STEPS])
def test_numbered_steps(text, want):
    check(text, want)


CONTEXT = [
    # a leading phrase of nouns that says what the request is for or before (grammar/lexicon.txt `context_noun_end`:
    # 전에, 때문에, 차원에서, 용으로, 준비로, 차; with 전, a work event of `context_event`) changes nothing; a connective
    # made polite with 요 ("떠서요,") ends a context clause; a condition that is the request's politeness ("-시면
    # 감사하겠습니다", `context_polite_if`) leaves the clause to be cut (bot/language/context_clause.py)
    ("배포 전에 web 컨테이너 한 번 재시작 부탁드립니다", ["docker restart web"]),
    ("보안 점검 때문에 web 안에서 돌고 있는 프로세스 목록 좀 부탁드려요", ["docker top web"]),
    ("회의 전에 db 켜 두시면 감사하겠습니다", ["docker start db"]),
    ("모니터링 알람이 떠서요, cache 메모리 사용량 좀 봐주시겠어요?", ["docker stats --no-stream cache"]),
    ("점검 전에 cache 로그 100줄 보여주세요", ["docker logs --tail 100 cache"]),
    ("보안 감사 때문에 my-nginx 상세 정보 부탁드립니다", ["docker inspect my-nginx"]),
    ("테스트 준비로 redis를 r20 이름으로 띄워주세요", ["docker run -d --name r20 redis"]),
    ("용량 확보 차원에서 중지된 컨테이너 정리 부탁드려요", ["docker container prune"]),
    ("점검용으로 backend 네트워크 정보 보여주세요", ["docker network inspect backend"]),
    ("확인차 web 포트 보여주세요", ["docker port web"]),
    ("알람이 떠서요, web 재시작 부탁드려요", ["docker restart web"]),
    # before a time of the day (a schedule), a ban, a time after, the past, a wish: nothing runs, no write is offered
    ("퇴근 전에 web 꺼줘", None),
    ("자정 전에 cache 재시작", None),
    ("배포 전에 web 재시작하지 마세요", None),
    ("배포 끝나면 web 재시작", None),
    ("회의 전에 web 지웠어요", None),
    ("배포 전에 web 껐으면 좋았을 텐데", None),
    ("내일 배포 전에 web 재시작 부탁드립니다", None),
    ("web 때문에 cache 재시작해줘", None),
]


@pytest.mark.parametrize("text, want", CONTEXT, ids=[t for t, _ in CONTEXT])
def test_context_before_the_request(text, want):
    check(text, want)


PASTED = [
    # part of an error pasted, then the request (bot/language/parse.py `_after_pasted_error`; grammar/lexicon.txt
    # `error_said`, `error_shown_ko`, `error_head_barred`): the request alone; the table's inputs, then others
    ("Error response from daemon: Container web is not running — web 켜줘", ["docker start web"]),
    ("502 Bad Gateway 뜨는데 my-nginx 로그 마지막 20줄 보여줘", ["docker logs --tail 20 my-nginx"]),
    ("`No such container: chache` lol typo, restart cache", ["docker restart cache"]),
    ("Error response from daemon: Container my-nginx is not running — my-nginx 켜줘", ["docker start my-nginx"]),
    ("No such container: cahce 라고 뜨네요 cache 로그 보여줘", ["docker logs cache"]),
    ("503 Service Unavailable 나와요 my-nginx 로그 30줄", ["docker logs --tail 30 my-nginx"]),
    ("`connection timed out` again, restart cache", ["docker restart cache"]),
    ("got `OCI runtime create failed` — show me web's logs", ["docker logs web"]),
    # the asker's condition, time or ban before the request, a Korean verb of gorae's in it, the past after it: nothing
    ("if it fails, restart web", None),
    ("when it errors, stop web", None),
    ("Error: container failed 뜨면 web 재시작해줘", None),
    ("`Error: no such container` — web 지우지 마", None),
    ("error 뜨는데 web 재시작했어", None),
    ("web 재시작 에러 나옴, cache 재시작", None),
    ("Cannot connect to the Docker daemon 이거 왜 그래?", None),
]


@pytest.mark.parametrize("text, want", PASTED, ids=[t for t, _ in PASTED])
def test_pasted_error_then_the_request(text, want):
    check(text, want)


PLACED_WHOLE = [
    # a command typed between its container and a Korean verb runs with every word: a word of it that is a word of
    # gorae's ("which") was dropped — "cache에서 which redis-server 해봐" planned `docker exec cache redis-server`
    # (bot/language/parse.py `_placed_whole`); an English verb said last before the Korean 해줘 is the request's
    ("cache에서 which redis-server 해봐", ["docker exec cache which redis-server"]),
    ("web에서 which nginx 해줘", ["docker exec web which nginx"]),
    ("my-volume에서 which ls 돌려봐", ["docker exec my-volume which ls"]),
    ("`redis-server: command not found` 래, cache에서 which redis-server 해봐", ["docker exec cache which redis-server"]),
    ("web에서 ls -al /tmp run 해줘", ["docker exec web ls -al /tmp"]),
    ("data에서 hostname execute 해줘", ["docker exec data hostname"]),
    ("data에서 ls logs 해줘", ["docker exec data ls logs"]),
]


@pytest.mark.parametrize("text, want", PLACED_WHOLE, ids=[t for t, _ in PLACED_WHOLE])
def test_placed_command_runs_whole(text, want):
    check(text, want)


CONTEXT_EN = [
    # English context said before the request, set off by a comma, colon or dash or before a word that opens it
    # (bot/language/parse.py `_without_context_en`; grammar/lexicon.txt `context_barred_en`, `context_event_en`,
    # `polite_when_en`, `request_opener_en`): the request alone; the table's inputs, then other wordings
    ("before the deploy could you restart web real quick", ["docker restart web"]),
    ("per the change request, please create volume cr-42", ["docker volume create cr-42"]),
    ("once you get a chance, please attach my-volume to the backend network", ["docker network connect backend my-volume"]),
    ("hey team, ahead of the release can someone pull nginx:1.25 for me", ["docker pull nginx:1.25"]),
    ("ahead of the rollout, could you restart cache", ["docker restart cache"]),
    ("for the retro, please show the logs of web", ["docker logs web"]),
    ("hi all, could you list the volumes", ["docker volume ls"]),
    ("when you get a chance, please stop data", ["docker stop data"]),
    ("prior to the upgrade please pull nginx:1.25", ["docker pull nginx:1.25"]),
    # a condition, a time, an option or a place said first, and words after the request: never left out
    ("if it crashes again, restart web", None),
    ("after the deploy, restart web", None),
    ("tomorrow morning, stop cache", None),
    ("in 5 minutes, restart web", None),
    ("before lunch could you stop cache", None),
    ("once the deploy is done, restart web", None),
    ("when the migration finishes, stop cache", None),
    ("delete db — scratch that", None),
    ("as root, run id in data", None),
    # an emoji said first (no, doubt), a report of something done before a command that is no request: nothing
    ("❌ restart web", None),
    ("🤔 stop cache", None),
    ("I already did: run echo hi in data", None),
    ("we already did it: restart web", None),
    # told, then asked with an opener: the request
    ("migration finished, please delete the db volume", ["docker volume rm db"]),
]


@pytest.mark.parametrize("text, want", CONTEXT_EN, ids=[t for t, _ in CONTEXT_EN])
def test_english_context_before_the_request(text, want):
    check(text, want)



SERVICE_WORD = [
    # compose's word for one container, "X 서비스" / "the X service", on an engine that is no Swarm manager (the fake
    # world: no service at all) names the container (bot/pipeline.py `explain`, bot/language/parse.py
    # `without_service_word`): a look, a start, stop, restart or pause; never a removal on that word alone
    ("web 서비스 로그 보여줘", ["docker logs web"]),
    ("cache 서비스 재시작 부탁해", ["docker restart cache"]),
    ("restart the cache service", ["docker restart cache"]),
    ("show me the logs of the web service", ["docker logs web"]),
    ("db 서비스 상태 어때", ["docker inspect db"]),
    ("stop the my-nginx service", ["docker stop my-nginx"]),
    ("pause the data service", ["docker pause data"]),
    ("my-volume 서비스 프로세스 보여줘", ["docker top my-volume"]),
    ("unpause the cache service", ["docker unpause cache"]),
    ("web 서비스 지워", None),
    ("remove the web service", None),
    ("web 서비스 3개로 늘려", None),
]


@pytest.mark.parametrize("text, want", SERVICE_WORD, ids=[t for t, _ in SERVICE_WORD])
def test_service_word_of_a_container_off_swarm(text, want):
    check(text, want)


PORT_ASKED = [
    # the port a container is open on, asked as an embedded question with a look ("…열려있는지 확인해줘") or as the port it
    # keeps open ("…열어두고 있는지"): docker port (parse_natural.py `_open_on_asked`)
    ("방화벽 작업 전에 web이 어떤 포트 열어두고 있는지 확인 부탁드립니다", ["docker port web"]),
    ("web이 어떤 포트로 열려있는지 확인해줘", ["docker port web"]),
    ("my-nginx가 어떤 포트 열어두고 있는지 봐줘", ["docker port my-nginx"]),
    ("cache가 어떤 포트 열려 있는지 확인 부탁드립니다", ["docker port cache"]),
    ("web 상태 확인해줘", ["docker inspect web"]),
]


@pytest.mark.parametrize("text, want", PORT_ASKED, ids=[t for t, _ in PORT_ASKED])
def test_port_asked_as_an_embedded_question(text, want):
    check(text, want)
