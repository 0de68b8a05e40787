"""(safe33ko) Korean wrong writes an attack found, each fixed as a kind: a name said first as the topic or the object
before another name's step ("data는 web 끈 다음에 지워줘") asked back with each name at its step; a purpose or the
speaker's plan told beside an order ("web 꺼줘 data 지울 수 있도록", "data 지울 거야. web 꺼줘") never run, the order
alone offered; the past before -길래 and the weighed -느니 told ("cache 지웠길래 …", "cache 지우느니 …"); two names each
with its own verb never one command ("data 강제종료 web 정지"); an event after an order never one more target ("cache
꺼줘 web 죽은 다음에"); "the rest" after a step never the step's name ("web 재시작한 다음에 나머지 지워"). Beside each,
what stays a request."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

# text -> the steps offered back (asked, never run on the words)
OFFERED = [
    # a topic name, then another name's step, the last verb naming nothing
    ("data는 web 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
    ("data는 web 끈 뒤에 지워줘", ["docker stop web", "docker rm data"]),
    ("data 좀 web 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
    ("data를 web 끈 다음에 지워주세요", ["docker stop web", "docker rm data"]),
    ("data은 web 중지한 후에 삭제해줘", ["docker stop web", "docker rm data"]),
    ("data는 web 멈춘 뒤 지워", ["docker stop web", "docker rm data"]),
    ("data는 web 끄고 지워줘", ["docker stop web", "docker rm data"]),
    ("web은 cache 끈 다음에 재시작해줘", ["docker stop cache", "docker restart web"]),
    # a purpose told after an order: the order alone
    ("web 꺼줘 data 지울 수 있도록", ["docker stop web"]),
    ("web 꺼줘 data 지우도록", ["docker stop web"]),
    ("web 좀 꺼주세요 data 삭제할 수 있도록요", ["docker stop web"]),
    # the speaker's plan told, then an order: the order alone
    ("data 지울 거야. web 꺼줘", ["docker stop web"]),
    ("data 지울 거야 web 꺼줘", ["docker stop web"]),
    ("data 지울 거예요. web 꺼주세요", ["docker stop web"]),
    ("data 지울 겁니다. web 꺼주세요", ["docker stop web"]),
    ("data 지울 거임 web 꺼줘", ["docker stop web"]),
    # a purpose said first, right before the order's name
    ("data 지울 수 있도록 web 꺼줘", ["docker stop web"]),
    ("data는 web 꺼주고 지워줘", ["docker stop web", "docker rm data"]),
    ("data는, web 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
    ("data는 web 정지하고 나서 삭제 부탁해요", ["docker stop web", "docker rm data"]),
    ("data를 web 컨테이너 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
    ("data 컨테이너는 web 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
    ("data는 web을 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
    ("data는 web 먼저 끈 다음에 지워줘", ["docker stop web", "docker rm data"]),
]

# text -> nothing planned, nothing offered (refused)
REFUSED = [
    "cache를 web 재시작한 다음에 꺼줘",
    "cache는 web 재시작하고 나서 꺼줘",
    "data는 web 로그 본 다음에 지워줘",
    "web 꺼줘 data 지울 수 있게",
    "web 꺼줘 data 지우려고",
    "web 꺼줘, data 지우게",
    # rather than
    "cache 지우느니 web 재시작하자",
    "cache 지우느니 web 재시작해줘",
    "cache 지우느니 차라리 web 재시작해",
    "cache 지우느니보다 web 재시작해줘",
    # the past told before a reason
    "cache 지웠길래 web 재시작해줘",
    "cache 껐길래 web 재시작해줘",
    "cache 재시작했더니 web 꺼줘",
    "data 삭제할 거니까 web 꺼줘",
    "data 지울 건데 web 꺼줘",
    "data 지울 거야? web 꺼줘",
    # two names, each with a verb of its own
    "data 강제종료 web 정지",
    "data 강제종료, web 정지",
    "data 강제 종료 web 중지",
    "data 강제종료 web 정지해줘",
    "web 중지 cache 강제종료해주세요",
    "web 재시작 cache 정지",
    # an event told after (or before) an order
    "cache 꺼줘 web 죽은 다음에",
    "web 죽은 다음에 cache 꺼줘",
    "cache 꺼줘 web 꺼진 다음에",
    "cache 꺼줘 web 종료된 다음에",
    "web 재시작해줘 cache 죽은 뒤",
    "cache 재시작해줘 web 올라온 뒤에",
    # the rest after a step
    "web 재시작한 다음에 나머지 지워",
    "web 재시작하고 나머지 지워",
    "web 재시작한 뒤 나머지도 꺼",
    "web 재시작해 주고 나머지는 삭제해 주세요",
    "web 재시작하고 남은 거 지워",
    "data 지울 수 있게 web 꺼줘",
    "data 지우려고 web 꺼줘",
    "cache 지웠기에 web 재시작해줘",
    "cache 지웠으므로 web 재시작해",
    "cache 삭제했길래 web 재시작해",
    "cache 지울 바에야 web 재시작해줘",
    "data 강제종료 web 재시작",
    "data 정지 web 강제 종료해",
    "web 꺼진 다음에 cache 꺼줘",
    "web 죽은 뒤에 cache 재시작",
    "web 재시작한 다음에 나머지 다 지워줘",
    "web 재시작한 다음에 다른 애들 지워",
    # someone else called first: an order relayed to them, never run nor offered (the tables' `reported` rows)
    "민수씨 web 재시작해 주세요",
    "민수님 cache 지워주세요",
    "민수님 cache 재시작 좀 해주세요",
    "지수야 web 꺼줘",
    "영희야, cache 지워",
    "철수 씨, data 삭제해 주세요",
    "박팀장님 cache 지워주세요",
    "현우님, web 재시작 부탁드려요",
    "수진아 cache 지워",  # 수진 read as a pull: docker pull cache, docker rm cache
    "얘들아 web 꺼",
    # … and in English, no link between the steps
    "kill data stop web",
    "data kill web stop",
    "stop web kill data",
]

# what stays a request
KEPT = [
    ("web 끈 다음에 data 지워줘", ["docker stop web", "docker rm data"]),
    ("data는 끈 다음에 지워줘", ["docker stop data", "docker rm data"]),
    ("data는 지워줘", ["docker rm data"]),
    ("data 죽이고 web 정지", ["docker kill data", "docker stop web"]),
    ("web 재시작 cache 재시작", ["docker restart web cache"]),
    ("web 정지 cache 중지", ["docker stop web cache"]),
    ("cache 지웠으니까 web 재시작해줘", ["docker restart web"]),
    ("cache 꺼줘 web 재시작한 다음에", ["docker restart web", "docker stop cache"]),
    ("cache 꺼줘 web 멈춘 다음에", ["docker stop web", "docker stop cache"]),
    ("web 빼고 나머지 재시작", ["docker restart my-nginx cache my-volume data"]),
    ("web만 재시작하고 나머지는 그대로", ["docker restart web"]),
    ("web은 그대로 두고 나머지 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    ("고래야 cache 지워줘", ["docker rm cache"]),
    ("고래님 cache 지워주세요", ["docker rm cache"]),
    ("gorae야 cache 꺼줘", ["docker stop cache"]),
    ("web 꺼줘 cache 켜줘", ["docker stop web", "docker start cache"]),
    ("web도 cache도 재시작", ["docker restart web cache"]),
    ("cache는 재시작하고 web은 꺼줘", ["docker restart cache", "docker stop web"]),
    ("data는 web이랑 같이 지워줘", ["docker rm data web"]),
    ("kill data, stop web", ["docker kill data", "docker stop web"]),
    ("kill data and stop web", ["docker kill data", "docker stop web"]),
    ("kill web and cache", ["docker kill web cache"]),
    ("force remove web and cache", ["docker rm -f web cache"]),
    ("data 강제종료랑 web 정지", ["docker kill data", "docker stop web"]),
    ("web 멈춰 cache 죽여", ["docker stop web", "docker kill cache"]),
    ("db 켠 다음에 backend에 붙여주세요", ["docker start db", "docker network connect backend db"]),
    ("web을 my-web으로 이름 바꿔줘", ["docker rename web my-web"]),
    ("cache를 backend에 연결하고 재시작", ["docker network connect backend cache", "docker restart cache"]),
    ("nginx 항상 재시작하도록 띄워", ["docker run -d --restart always nginx"]),
    ("web 쉬도록 잠시 멈춰", ["docker pause web"]),
    # a title said first reads as said to gorae (the tables: fresh7, fresh10, fresh12, fresh16)
    ("선배님 cache 재시작 좀 해주세요", ["docker restart cache"]),
    ("형 cache 좀 재시작해줘", ["docker restart cache"]),
    ("고래야 web 재시작", ["docker restart web"]),
    ("고래야 데이터 컨테이너 재시작해 줘", ["docker restart data"]),
]


@pytest.mark.parametrize(("text", "offered"), OFFERED)
def test_asked_back_with_the_steps_meant(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal or ()) == offered, (text, a)


@pytest.mark.parametrize("text", REFUSED)
def test_refused_nothing_planned_or_offered(text):
    a = answer(text)
    assert not a.cli and not a.proposal, (text, a)


@pytest.mark.parametrize(("text", "cli"), KEPT)
def test_still_a_request(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, (text, a)
