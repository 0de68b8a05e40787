"""(safe34ko) Korean wrong writes a breaker found, each fixed as a kind: "next time" said after a name or a thing (web
다음에 재시작하자, cache 지우는 건 다음에, 지금은 web 재시작); the speaker's promise with 주다 + -ㄹ게 (web 재시작 전에
알려줄게) and a removal announced with -겠- (cache 지우겠습니다); a write's time or result asked (web 종료 시간 보여줘, web
컨테이너 reboot 결과 보여줘, redis-cli flushall 결과 보여줘); a request naming nothing after a negated copula or with a
removal guessed from the context (우리 서비스는 web 아니에요. 재시작해줘, data 담당입니다. 지워주세요); a ban typed with a
slip (web 재시작 하지먀); a removal said after a title or a kin word (팀장님 cache 지워주세요); a quoted write agreed with
(> rm data / 저도) or asked "same for all"; 날리다 after a program's words (redis-cli ping 날려봐: sent, in the
container of the step before when there is one). Beside each, what
stays a request."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

# text -> nothing planned, nothing offered (refused)
REFUSED = [
    # next time, after a name
    "web 다음에 재시작하자",
    "cache 다음에 지워",
    "data 다음에 삭제해줘",
    # the speaker's promise: 주다 + -ㄹ게
    "web 재시작 전에 알려줄게",
    "web 끄기 전에 알려줄게요",
    "web 재시작해줄게",
    "cache 지워줄게요",
    # a write's time asked
    "web 종료 시간 보여줘",
    "web 컨테이너 종료 시간 보여줘",
    "cache 삭제 날짜 알려줘",
    "web 정지 시간 알려줘",
    # a request naming nothing after a sentence of context
    "우리 서비스는 web 아니에요. 재시작해줘",
    "우리 앱은 web 아닙니다. 지워주세요",
    "data 담당입니다. 지워주세요",
    "web 담당자입니다. 지워줘",
    # a ban typed with a slip
    "web 재시작 하지먀",
    "web 재시작 하지먀라",
    "cache 지우지머",
    "web 재시작 하지뫄",
    # a quoted write agreed with, or "same for all"
    "> rm data\n저도",
    "> restart web\n나도",
    "> stop web\nsame for all",
    "> stop web\nsame for everything pls",
    # 날리다 after a program's words: sent, never removed
    "redis-cli ping 날려봐",
    "web 지우고 redis-cli ping 날려",
    "cache 재시작하고 redis-cli info 날려줘",
]

# text -> the command(s) offered back (asked, never run on the words)
OFFERED = [
    ("cache 컨테이너 redis-cli flushall 결과 보여줘", ["docker exec cache redis-cli flushall"]),
    ("cache redis-cli flushdb 결과 알려줘", ["docker exec cache redis-cli flushdb"]),
    ("web 컨테이너 reboot 결과 보여줘", ["docker restart web"]),
    ("web restart 결과 보여줘", ["docker restart web"]),
    ("cache 지우겠습니다", ["docker rm cache"]),
    ("data 삭제하겠습니다", ["docker rm data"]),
    ("cache 재시작하고 redis-cli flushall 날려봐", ["docker restart cache", "docker exec cache redis-cli flushall"]),
    ("팀장님 cache 지워주세요", ["docker rm cache"]),
    ("형 cache 지워주세요", ["docker rm cache"]),
    ("누나 data 삭제해줘", ["docker rm data"]),
    ("과장님, web 지워주세요", ["docker rm web"]),
]

# text -> what runs (the near wordings that stay requests)
STAYS = [
    ("cache 지우는 건 다음에, 지금은 web 재시작", ["docker restart web"]),
    ("data 지우는 건 다음에 하고 지금은 web 꺼줘", ["docker stop web"]),
    ("web 재시작 다음에 로그 실시간으로", ["docker restart web", "docker logs -f web"]),
    ("cache 지운 다음에 web 재시작", ["docker rm cache", "docker restart web"]),
    ("web 끄고 그 다음에 cache 켜", ["docker stop web", "docker start cache"]),
    ("data 시작할게요", ["docker start data"]),
    ("볼륨 목록 좀 부탁드릴게요", ["docker volume ls"]),
    ("web 재시작해야겠다", ["docker restart web"]),
    ("web 재시작하겠습니다", ["docker restart web"]),
    ("백엔드팀 요청으로 cache 컨테이너를 재시작하겠습니다", ["docker restart cache"]),
    ("busybox 이미지 삭제 처리 부탁드리겠습니다.", ["docker rmi busybox"]),
    ("cache 재시작해 주시면 좋겠습니다", ["docker restart cache"]),
    ("web 재시작 전에 로그 보여줘", ["docker logs web", "docker restart web"]),
    ("data 컨테이너 df -h 결과 보여줘", ["docker exec data df -h"]),
    ("web inspect 결과 보여줘", ["docker inspect web"]),
    ("web 멈춘 시간 알려줘", ["docker inspect web"]),
    ("db 생성 시각 알려줘", ["docker inspect db"]),
    ("web 종료 유예시간 10초 주고 꺼줘", ["docker stop -t 10 web"]),
    ("cache 유예 시간 5초 두고 멈춰", ["docker stop -t 5 cache"]),
    ("my-volume 일시 정 지", ["docker pause my-volume"]),
    ("우리 api는 web 컨테이너에서 돌아요. 재시작 부탁해요", ["docker restart web"]),
    ("data 컨테이너 일시정지해 둠. 마이그레이션 끝났으니 다시 풀어주세요", ["docker unpause data"]),
    ("web 로그 마지막 10줄 보여줘", ["docker logs --tail 10 web"]),
    ("dangling 이미지만 보여줘", ["docker images --filter dangling=true"]),
    ("형 cache 좀 재시작해줘", ["docker restart cache"]),
    ("선배님 web 좀 꺼주세요", ["docker stop web"]),
    ("팀장님 cache 로그 보여주세요", ["docker logs cache"]),
    ("> stop web\nsame for cache", ["docker stop cache"]),
    ("> web 재시작해줘\n이거 다시", ["docker restart web"]),
    ("> web 로그 보여줘\n저도 이거 보고 싶어요", ["docker logs web"]),
    ("cache에서 redis-cli ping 날려봐", ["docker exec cache redis-cli ping"]),
    ("cache 재시작 후에 redis-cli ping 날려봐", ["docker restart cache", "docker exec cache redis-cli ping"]),
    ("cache 재시작하고 redis-cli dbsize 날려줘", ["docker restart cache", "docker exec cache redis-cli dbsize"]),
    ("cache 날려줘", ["docker rm cache"]),
]


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text: str) -> None:
    a = answer(text)
    assert not a.cli and not a.proposal, a


@pytest.mark.parametrize(("text", "offered"), OFFERED)
def test_offered_back(text: str, offered: list[str]) -> None:
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, a


@pytest.mark.parametrize(("text", "cli"), STAYS)
def test_stays_a_request(text: str, cli: list[str]) -> None:
    a = answer(text)
    assert list(a.cli) == cli, a
