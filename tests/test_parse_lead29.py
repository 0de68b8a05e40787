"""(lead29) Kinds of issue 8 read in session 29, each with wordings of its own beside the table's row; each kind's
never-cases beside it (a write never planned from what is only told, asked or scheduled)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # kill's own signal named, sent with 보내 (fresh19 ko-chat "web에 SIGKILL 보내"): never asked which signal
    ("web에 SIGKILL 보내", "docker kill web"),
    ("cache에 SIGKILL 보내줘", "docker kill cache"),
    ("web에 SIGHUP 보내", "docker kill -s SIGHUP web"),
    # 찍다 of a read: printed out (fresh16 sre "stats 찍어줘")
    ("stats 찍어줘", "docker stats --no-stream"),
    ("web stats 찍어줘", "docker stats --no-stream web"),
    ("web 메모리 찍어줘", "docker stats --no-stream web"),
    ("컨테이너 목록 찍어줘", "docker ps"),
    ("이미지 목록 찍어줘", "docker images"),
    ("web 상태 찍어줘", "docker inspect web"),
    # a command typed into a container with 찍 stays its command
    ("busybox로 echo hi 찍어봐", "docker run busybox echo hi"),
    ("web에서 ps 찍어", "docker exec web ps"),
    # 몇기가 glued (Kiwi: 몇 기 가) as how many gigabytes (fresh18 incident)
    ("cache 지금 메모리 몇기가 쓰고있냐", "docker stats --no-stream cache"),
    ("web 메모리 몇기가야", "docker stats --no-stream web"),
    ("cache 메모리 몇 기가 써?", "docker stats --no-stream cache"),
    # what a network or volume is for, said before its kind while it is named (fresh16 qa)
    ("can you make a test network called qa2", "docker network create qa2"),
    ("create a scratch volume named v9", "docker volume create v9"),
    ("make a throwaway network called tmp-net", "docker network create tmp-net"),
    ("create a test network", "docker network create test"),  # no other name: the word is its name
    # finished, said of containers: exited (fresh16 qa "테스트 끝난 컨테이너들 정리 좀")
    ("테스트 끝난 컨테이너들 정리 좀", "docker container prune"),
    ("끝난 컨테이너 정리해줘", "docker container prune"),
    ("작업 끝난 컨테이너 지워", "docker container prune"),
    # where the asker looked, said first (fresh16 markup, fresh19 slack)
    ("grafana 보니까 web 느린데 로그 좀", "docker logs web"),
    ("<https://grafana.internal/d/abc|grafana> 보니까 web 느린데 로그 좀", "docker logs web"),
    ("모니터링 봤더니 web 느린데 로그 좀", "docker logs web"),
    ("대시보드 보니까 cache 로그 보여줘", "docker logs cache"),
    # Kiwi tags 보 after a name an auxiliary: it was dropped, "grafana 보니 cache 재시작해줘" planned `docker restart
    # grafana cache` (grammar/morphemes.txt: VX 보 after a noun is the verb of seeing)
    ("grafana 보니 cache 재시작해줘", "docker restart cache"),
    ("web 보니 cache 로그 보여줘", "docker logs cache"),
    ("e2e-b9f3a1 보니 web 재시작해줘", "docker restart web"),  # a name Kiwi splits into letters and digits
    # a folder of one container asked (fresh15 ko-chat "data /etc 폴더에 뭐 들었어?")
    ("data /etc 폴더에 뭐 들었어?", "docker exec data ls /etc"),
    ("web /tmp 밑에 뭐 있어", "docker exec web ls /tmp"),
    ("data /etc 폴더 안에 뭐가 있지?", "docker exec data ls /etc"),
    # where to see it, asked: it is shown (fresh17 junior "web 로그는 어디서 봐요?")
    ("web 로그는 어디서 봐요?", "docker logs web"),
    ("web 로그 어디서 볼 수 있어요?", "docker logs web"),
    ("cache 로그 어디에서 확인해요?", "docker logs cache"),
    # a listing or logs received (받아보다), never a pull (fresh17 indirect)
    ("volume 목록 좀 받아볼 수 있을까요?", "docker volume ls"),
    ("볼륨 목록 받아볼 수 있을까요?", "docker volume ls"),
    ("web 로그 받아볼 수 있을까요?", "docker logs web"),
    ("alpine 받아줘", "docker pull alpine"),
    # the aim said first, before a colon, a dash or a comma (fresh16 qa)
    ("reset the test env: restart web and cache", "docker restart web cache"),
    ("clean slate pls — remove all stopped containers", "docker container prune"),
    ("clean slate: restart cache", "docker restart cache"),
    ("prep the demo env, stop web", "docker stop web"),
    # reset, said as what the write is for (fresh16 qa)
    ("테스트 끝났으니까 web이랑 cache 재시작해서 초기화해줘", "docker restart web cache"),
    ("cache 재시작해서 리셋해줘", "docker restart cache"),
    ("pgdata 볼륨 초기화하고 싶어요, 지워주세요", "docker volume rm pgdata"),
    # dialect and chat (fresh19 satoori): 함 (once), 와 이리 (why so), -어야 쓰다 (must)
    ("web 로그 함 보자", "docker logs web"),
    ("my-nginx 와 이리 느리노", "docker inspect my-nginx ; docker logs --tail 20 my-nginx"),
    ("web 왜 이리 느려", "docker inspect web ; docker logs --tail 20 web"),
    ("web 로그 좀 봐야 쓰것는디", "docker logs web"),
    ("web 로그 봐야 쓰겄어", "docker logs web"),
    # one name and its state, asked with "?" and nothing else (fresh16 sre "cache down??")
    ("cache down??", "docker inspect cache ; docker logs --tail 20 cache"),
    ("web up?", "docker inspect web"),
    ("db dead?", "docker inspect db ; docker logs --tail 20 db"),
    # a ticket id said first or last (fresh18 incident "INC-4412 my-nginx 재기동": it restarted INC-4412 too)
    ("INC-4412 my-nginx 재기동", "docker restart my-nginx"),
    ("my-nginx 재기동 INC-4412", "docker restart my-nginx"),
    ("INC-4412 restart my-nginx", "docker restart my-nginx"),
    ("restart my-nginx (INC-4412)", "docker restart my-nginx"),
    ("JIRA-123 web 로그", "docker logs web"),
    # kubectl's pods and namespaces said in Korean (fresh19 k8s): Kiwi split 파드 after 전체
    ("전체 파드 보여줘", "docker ps -a"),
    ("네임스페이스 전체 파드 보여줘", "docker ps -a"),
    ("모든 네임스페이스 파드 목록", "docker ps -a"),
    # its errors, asked to be looked at (fresh19 slack "web 에러 봐주세요 https://…"): status and recent logs
    ("web 에러 봐주세요", "docker inspect web ; docker logs --tail 20 web"),
    ("web 에러 봐주세요 https://sentry.io/issues/123", "docker inspect web ; docker logs --tail 20 web"),
    ("cache 오류 확인 부탁", "docker inspect cache ; docker logs --tail 20 cache"),
    ("web 에러 로그 봐줘", "docker logs web"),
    # errors shown, told of one thing, then a look naming nothing (fresh19 ko-chat): it read `docker ps`, data dropped
    ("data 로그에 에러 찍히는데 봐줄 수 있어?", "docker inspect data ; docker logs --tail 20 data"),
    ("data 에러 찍히는데 봐줄 수 있어?", "docker inspect data ; docker logs --tail 20 data"),
    ("port is already allocated 에러 나는데 nginx 8082로 띄워줘", "docker run -d -p 8082:80 nginx"),
    # wanted (원하다), said of what is asked (fresh15 enko "저는 cache 로그 원해요")
    ("저는 cache 로그 원해요", "docker logs cache"),
    ("cache 로그 원해", "docker logs cache"),
    # no answer, asked why (fresh17 negq): a trouble that does not come about — its status and recent logs
    ("my-nginx 왜 응답을 안 해?", "docker inspect my-nginx ; docker logs --tail 20 my-nginx"),
    ("cache 왜 안 떠?", "docker inspect cache ; docker logs --tail 20 cache"),
    # installed, of what is there (fresh15 ko-chat "이미지 뭐 깔려 있는지 궁금함")
    ("이미지 뭐 깔려 있는지 궁금함", "docker images"),
    ("이미지 뭐 깔려 있어?", "docker images"),
    # a courtesy word's slip (fresh19 typo "restart web pleasse"): never a second name, the slip said
    ("restart web pleasse", "docker restart web"),
    ("stop cache plese", "docker stop cache"),
    ("restart web thnaks", "docker restart web"),
    # the infinitive's to after please (fresh17 esl)
    ("please to delete network backend", "docker network rm backend"),
    # the volumes one container uses, said by a relative clause (fresh19 ko-chat "web이 쓰는 볼륨 뭐야?"): its details
    ("web이 쓰는 볼륨 뭐야?", "docker inspect web"),
    ("web에 마운트된 볼륨 알려줘", "docker inspect web"),
    ("web 로그 좀", "docker logs web"),  # 좀 after 로그 stays a filler (a verb after it is no part of the logs' word)
    # made only, then a ban on the start: a create (an alternative of natural.lark's `stopped` starting with 만들 만 ~고
    # made LALR take this for a state: lead29g reverted)
    ("redis로 컨테이너 만들어만 두고 실행은 하지 마", "docker create redis"),
    # one more of the kind of a volume said by its name, the new one named (fresh18 dba)
    ("pgdata 볼륨 하나 더 만들어, 이름 pgdata2", "docker volume create pgdata2"),
]

PROPOSED = [
    # an image said by its product's name in Hangul, dictated (fresh19 voice): a new container of it, asked
    ("엔진엑스 팔십 포트로 실행해 줘", "docker run -d -p 80:80 nginx"),
    ("레디스 육천삼백팔십 포트로 띄워 줘", "docker run -d -p 6380:6379 redis"),
]

NOT_RUN = [
    # once something has finished, then: a time to come, never now
    "작업 끝난 후에 web 재시작",
    "테스트 끝난 뒤 web 재시작",
    "배포 끝난 다음에 web 재시작해줘",
    # what was looked at is the thing asked of: what was seen matters, never left out
    "web 보니까 web 재시작해줘",
    # a place said with 찍: a program run there, never a read
    "busybox로 stats 찍어봐",
    # tried, then: the write before 보니까 is told done, never a second request (it planned both writes)
    "web 재시작해 보니까 cache 꺼줘",
    "web 재시작해 보니 cache 꺼줘",
    # an auxiliary right after a name (Kiwi's VX) is a word of its own, never dropped: it planned `restart web cache`
    "web 나니 cache 재시작해줘",
    "web 싶어서 cache 재시작해줘",
    # not wanted is a ban, never the write
    "web 재시작 원하지 않아",
    "web 재시작은 원하지 않아요",
    # without "one more" the other name is a second name: asked, never dropped
    "pgdata 볼륨 만들어, 이름 pgdata2",
    # a ticket said beside a ban is still a ban
    "INC-4412 web 지우지 마",
    # a state said without "?" is no question: never "take cache down" either
    "cache down",
    # 와 (wow) before another adverb is no verb's
    "와 진짜 web 재시작해줘",
    # reset alone says no command; where it is done, asked of a write
    "web 초기화해줘",
    "web 어디서 재시작해?",
    "reset the test env: remove it",
    # a signal sent, none named
    "cache에 시그널 보내",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans


@pytest.mark.parametrize(("text", "cli"), PROPOSED)
def test_proposed(text: str, cli: str) -> None:
    ans = answer(text)
    assert not ans.planned and " ; ".join(ans.proposal) == cli, ans


# (breaker29) a subagent's attack on lead29a–h (1,058 wordings, /tmp/breaker29): every wrong write it found, as a kind
BREAKER_NOT_RUN = [
    # what was looked at is what the request is of: the request must name its own things (it stopped/pruned everything)
    "web 보니까 이것도 꺼줘",
    "cache 보니까 같이 재시작해줘",
    "web 로그 보니까 이것도 재시작해줘",
    "data 보니까 볼륨 정리해줘",
    "nginx 보니까 이미지 정리해줘",
    # finished said beside a name acted on: once it has finished, then
    "테스트 끝난 거 보고 web 재시작",
    # received, then another step: what was received is acted on, never a read then the write
    "web 로그 받아서 지워줘",
    "web 로그 받아두고 지워줘",
    "cache 목록 받아서 지워줘",
    # keys decoded into a scope (미ㅣ = all), chat typed over and over, a word typed with a slip: never a write
    "미ㅣ 꺼줘",
    "ㄷㅍㄷ교소ㅑㅜㅎ 꺼",
    "web 재시작 ㄴㄴ요",
    "ㅈ듀 재시작 하지마ㅏ",
    "ㅡㅡ 재시작해줘",
    # an aim that is a scope gorae cannot see, before a write on everything; start/run are no aim
    "reset the test env: stop everything",
    "reset the dev env: kill everything",
    "fresh test env: docker container prune",
    "start, then stop web",
    "run - kill web",
    "start - rm cache",
    # what a container is for is no image
    "make a test container called qa2",
    # two named in one create: one was made, the other dropped (older) — asked
    "make a test network called qa2 and a demo network called qa3",
    "make a network called qa2 and a network called qa3",
    "make a volume named v1 and a volume named v2",
    # together, this one too — with what? (older: every container)
    "같이 꺼줘",
    "이것도 재시작해줘",
    "이것도 꺼줘",
]

BREAKER_READ = [
    # 놓다 / 놓아두다 said of a name keeps it (older: it planned rm web cache, restart web cache)
    ("web은 놓아두고 cache 지워줘", "docker rm cache"),
    ("web 놓아두고 cache 지워", "docker rm cache"),
    ("web은 놓고 cache만 재시작", "docker restart cache"),
    ("web 놓고 cache 재시작", "docker restart cache"),
]


@pytest.mark.parametrize("text", BREAKER_NOT_RUN)
def test_breaker_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans


@pytest.mark.parametrize(("text", "cli"), BREAKER_READ)
def test_breaker_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans
