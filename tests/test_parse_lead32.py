"""(lead32) Wrong writes session 31 saw and left, each fixed as a kind: English disbelief or an echo of the request
("what, rm cache?", "you want me to rm cache?") asked back; the chat -남 and -려나 보다 ("web 재시작하남", "web
재시작하려나 봐": a question, a guess) never run. Beside each, what stays a request."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

ASKED = [
    ("what, rm cache?", "docker rm cache"),
    ("wait what, restart web?", "docker restart web"),
    ("you want me to rm cache?", "docker rm cache"),
    ("u want me to stop web?", "docker stop web"),
    ("huh, kill data?", "docker kill data"),
    # (breaker32) the order echoed without "?", or asked incredulous
    ("u want me to rm cache", "docker rm cache"),
    ("you want me to rm cache!", "docker rm cache"),
    ("rm cache?!", "docker rm cache"),
    ("wtf, rm cache?", "docker rm cache"),
    # the speaker's own plan told as a reason with nothing after it
    ("cache 지울 거거든", "docker rm cache"),
    # (breaker32) a question on the future's bound noun with no "?"
    ("data 지울 겁니까", "docker rm data"),
    ("data 지울 거지", "docker rm data"),
    ("web 재시작할 거라서요", "docker restart web"),
    ("web 재시작할 거거든요", "docker restart web"),
]


ASKED_STEPS = [
    # (breaker32) steps ordered with after or before, asked with "?"
    ("restart web after stopping cache?", ["docker stop cache", "docker restart web"]),
    ("remove web after stopping cache?", ["docker stop cache", "docker rm web"]),
    ("restart web before stopping cache?", ["docker restart web", "docker stop cache"]),
]


@pytest.mark.parametrize(("text", "offered"), ASKED_STEPS)
def test_steps_ordered_asked_are_asked_back(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, (text, a)


@pytest.mark.parametrize(("text", "cli"), ASKED)
def test_disbelief_asked_back(text, cli):
    a = answer(text)
    assert not a.cli and list(a.proposal) == [cli], (text, a)


NOT_RUN = [
    # (breaker32) a write marked as an example, a reference or taken back in a bracket
    "docker rm cache (예시)",
    "docker rm cache (참고)",
    "rm cache (strike that)",
    "web 재시작 (예시)",
    "db 켜줘 cache 끄기 전에 아니 후에",  # the order taken back: which first?
    # (breaker32) a name said as the subject or the place of a relative clause describing what is acted on
    "web이 만든 거 지워",
    "web이 만든 cache 죽여",
    "data가 만든 web 지워",
    "web에 물린 cache 꺼",
    # asked without "?", or hearsay
    "data 지울 건지",
    "cache 끄남",
    "cache 멈추남",
    "cache 지운다면서",
    # (breaker32) a name said to be kept as it is, which the write acts on, or beside a write on every container
    "다 지워 web은 그대로",
    "전체 삭제 web 그대로",
    "다 죽여 web은 그대로",
    "모두 중지 web은 그대로",
    "web은 그대로 다 꺼",
    "다 꺼 web은 켜둬",
    "다 꺼 web은 남겨",
    "kill all (web excluded)",
    "stop all (excluding web)",
    "stop all (web stays)",
    "web, cache 지워 근데 cache는 냅둬",
    # a name said as where the next one is, or what uses it: the second described, never both
    "web에 있는 cache 재시작",
    "web 안에 있는 cache 꺼",
    "web에서 쓰는 cache 지워",
    "web 안의 cache 재시작",
    "web fine cache 재시작",
    "web 재시작하남",
    "재시작하남 web",
    "cache 지우남",
    "web 재시작하려나 봐",
    "cache 삭제되려나 보네",
    "web 로그 봐서 재시작해줘",  # depending on the logs: a condition left to gorae (Kiwi tags that 보 an auxiliary)
    "cache 상태 봐서 지워줘",
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_a_question_or_a_guess_never_runs(text):
    a = answer(text)
    assert not a.cli, (text, a)


KEPT = [
    ("web에 배포한 게 반영이 안 된 것 같은데 재시작 한번 해주실래요?", ["docker restart web"]),  # 게: no object
    ("백엔드팀 요청으로 cache 컨테이너를 재시작하겠습니다", ["docker restart cache"]),  # -겠습니다: the request (fresh15)
    ("web 재시작 부탁드리겠습니다", ["docker restart web"]),
    ("web은 놔두고 다 꺼", ["docker stop my-nginx cache my-volume data"]),  # the one kept is left out
    ("다 끄는데 my-volume은 놔둬", ["docker stop web my-nginx cache data"]),
    ("stop all except for my-nginx", ["docker stop web cache my-volume data"]),
    ("restart cache, leave web alone", ["docker restart cache"]),
    ("cache 꺼줘 web 켜둬", ["docker stop cache", "docker start web"]),  # kept on: a start
    ("what containers are running?", ["docker ps"]),
    ("nginx 하나 띄워", ["docker run -d nginx"]),
    ("stop web?", ["docker stop web"]),  # an English imperative asked is the request (the tables' convention)
    ("web 재시작해줘", ["docker restart web"]),
    ("my-nginx 지워줘 이제 안 쓸 거거든", ["docker rm my-nginx"]),  # the reason after the order
    ("web 로그 보고 재시작해줘", ["docker logs web", "docker restart web"]),  # a sequence, said as one
]


@pytest.mark.parametrize(("text", "cli"), KEPT)
def test_kept(text, cli):
    assert list(answer(text).cli) == cli
