"""(ko33a) fresh21's kinds incident, mydev, quote and voice, each fixed as a kind: steps said with before / after /
다음에 in either order (a read said before a write is both steps, the read first), urgent noise around an order, a
developer's own service said with its container, a quoted message asked again, Hangul names and Sino-Korean numbers
dictated. Each table row, two or three wordings of the same kind, and near wordings that must not plan the write."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

PLANNED = [
    # incident: the order of steps said with before / after / 다음에 (rows, then other wordings)
    ("cache 재시작하기 전에 로그 50줄만 보여줘", ["docker logs --tail 50 cache", "docker restart cache"]),
    ("web 재시작 다음에 로그 실시간으로", ["docker restart web", "docker logs -f web"]),
    ("data 로그 보기 전에 data 일시정지부터", ["docker pause data", "docker logs data"]),
    ("web 로그 보기 전에 먼저 web 재시작부터 해", ["docker restart web", "docker logs web"]),
    ("db 켜고 다음에 cache 로그 30줄", ["docker start db", "docker logs --tail 30 cache"]),
    ("restart cache after you pull the last 50 lines of its logs", ["docker logs --tail 50 cache", "docker restart cache"]),
    ("before you restart my-nginx, dump its logs", ["docker logs my-nginx", "docker restart my-nginx"]),
    ("after restarting cache, show me its last 30 lines", ["docker restart cache", "docker logs --tail 30 cache"]),
    ("restart db, but before that show me its last 50 lines", ["docker logs --tail 50 db", "docker restart db"]),
    ("web 재시작 전에 로그 보여줘", ["docker logs web", "docker restart web"]),
    ("cache 중지 다음에 삭제", ["docker stop cache", "docker rm cache"]),
    ("web 재시작 다음에 cache 꺼줘", ["docker restart web", "docker stop cache"]),
    ("data 로그 보기 전에 일시정지해", ["docker pause data", "docker logs data"]),
    ("after stopping web, show its logs", ["docker stop web", "docker logs web"]),
    ("after you restart db, show me its stats", ["docker restart db", "docker stats --no-stream db"]),
    ("restart db, but before that show me db logs", ["docker logs db", "docker restart db"]),
    # incident: urgent noise
    ("web 502 뜸 급함", ["docker inspect web", "docker logs --tail 20 web"]),
    ("cache 503 에러 뜸 빨리", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("cache 재시잨 ㅃㄹ", ["docker restart cache"]),
    ("web 로그 ㅃㄹ", ["docker logs web"]),
    ("장애 대응중. my-nginx 로그 200줄", ["docker logs --tail 200 my-nginx"]),
    ("긴급. cache 재시작", ["docker restart cache"]),
    ("sev1!! my-nginx is dead", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web 500 에러 폭주중 재시작 ㄱㄱㄱ", ["docker restart web"]),
    ("cache 에러 폭주", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 재시작해 그리고 나서 상태 확인", ["docker restart web", "docker inspect web"]),
    ("incident: my-nginx 502s. logs pls", ["docker logs my-nginx"]),
    ("web 500s, restart it", ["docker restart web"]),
    ("web logs since 500s", ["docker logs --since 500s web"]),
    # mydev: the developer's own service said with its container
    ("my app is cache, can you check if it's up?", ["docker inspect cache"]),
    ("내 앱(my-nginx) 방금 배포했는데 로그 보여줘", ["docker logs my-nginx"]),
    ("우리 api는 web 컨테이너에서 돌아요. 재시작 부탁해요", ["docker restart web"]),
    ("my app web keeps returning 502", ["docker inspect web", "docker logs --tail 20 web"]),
    ("우리 팀 서비스 cache가 너무 느려요", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("우리 서비스 web 몇 시에 떴어?", ["docker inspect web"]),
    ("I own the data container, could you restart it for me?", ["docker restart data"]),
    ("저희 서비스 web 컨테이너 안에서 nginx -t 돌려주세요", ["docker exec web nginx -t"]),
    ("my app is web. what processes are running inside?", ["docker top web"]),
    ("우리 서비스 db 로그 마지막 30줄", ["docker logs --tail 30 db"]),
    ("우리 서비스 my-nginx 설정 파일 /etc/nginx/nginx.conf 내용 좀 보여줘",
     ["docker exec my-nginx cat /etc/nginx/nginx.conf"]),
    ("우리 서비스 web 재시작 한번 해줘", ["docker restart web"]),
    ("our service is cache, restart it please", ["docker restart cache"]),
    ("저희 앱은 data 컨테이너에서 돌아요. 로그 보여주세요", ["docker logs data"]),
    ("my service (my-nginx) — show me its logs", ["docker logs my-nginx"]),
    ("my service is web: reload the nginx config in it", ["docker exec web nginx -s reload"]),
    ("reload the nginx config in web", ["docker exec web nginx -s reload"]),
    ("reload nginx configuration on my-nginx", ["docker exec my-nginx nginx -s reload"]),
    ("제 서비스가 cache 쓰는데 cache 메모리 얼마나 차있어요?", ["docker stats --no-stream cache"]),
    ("web 메모리 얼마나 차 있어", ["docker stats --no-stream web"]),
    # quote: a quoted message asked again, on a new name, by its pronoun
    ("> web 재시작해줘\n이거 다시", ["docker restart web"]),
    ("> restart cache\nsame again pls", ["docker restart cache"]),
    ("> cache 로그 마지막 50줄\n이거 한 번 더 보여줘", ["docker logs --tail 50 cache"]),
    ("> my-nginx 로그 보여줘\n저도 이거 보고 싶어요", ["docker logs my-nginx"]),
    ("> pause data\nnow unpause it", ["docker unpause data"]),
    ("> web 로그 보여줘\n이번엔 cache 로", ["docker logs cache"]),
    ("> restart web\nsame for cache", ["docker restart cache"]),
    ("> docker restart my-nginx\nrun that again please", ["docker restart my-nginx"]),
    ("> cache 재시작 부탁\n이번엔 data 로", ["docker restart data"]),
    ("> stop web\nsame for db please", ["docker stop db"]),
    ("> web 502 나요\n확인 부탁드려요", ["docker inspect web"]),
    ("> cache 응답없음\ncan you check", ["docker inspect cache"]),
    ("> web is down\nlist containers", ["docker ps"]),
    ("> web is down\nrestart it", ["docker restart web"]),
    ("제 앱이 web 컨테이너에서 도는데 로그 좀 볼 수 있을까요?", ["docker logs web"]),
    ("cache 로그 50줄 떠줘", ["docker logs --tail 50 cache"]),
    ("> cache OOMKilled\ncache 메모리 좀 보여줘", ["docker stats --no-stream cache"]),
    ("cache 메모리 좀 보여줘", ["docker stats --no-stream cache"]),
    ("cache 메모리 빨리 보여줘", ["docker stats --no-stream cache"]),
    ("cache 메모리 좀 제한 얼마야", ["docker inspect cache"]),
    ("cache 재시작하기 전에 로그 50줄만 떠줘", ["docker logs --tail 50 cache", "docker restart cache"]),
    # voice: the stop said, Hangul names, Sino-Korean numbers
    ("restart web full stop", ["docker restart web"]),
    ("stop cache full stop", ["docker stop cache"]),
    ("redis 육천삼백구십이 포트로 띄워 줘", ["docker run -d -p 6392:6379 redis"]),
    ("web 로그 삼십이 줄", ["docker logs --tail 32 web"]),
    ("웹 재시작하고 로그 오십 줄 보여 줘", ["docker restart web", "docker logs --tail 50 web"]),
    ("웹 로그 보여주고 재시작해 줘", ["docker logs web", "docker restart web"]),
    ("마이 볼륨 일시 정지 풀어 줘", ["docker unpause my-volume"]),
]

NOTHING_RUNS = [
    # a deferral stays one ("next time"), the same step done later
    "web 재시작 다음에",
    "web 삭제 다음에 합시다",
    "web 정지 다음에요",
    "다음에 cache 지워줘",
    # mydev with no container named
    "우리 서비스 죽었어요",
    "my app is down",
    "내 서비스 재시작해줘",
    "우리 서비스 재시작 부탁해요",
    # quote: the lines after it acknowledge, ask, take back or forbid it
    "> 어제 web 재시작했어요\n아 그랬구나",
    "> data 지워줘\n이건 하지 마세요",
    "> restart web\nwho asked for this?",
    "> web 재시작 완료했습니다\n👍",
    "> stop my-nginx\ndon't, it's serving traffic",
    "> web 지워줘\n아 잠깐 이거 취소",
    "> cache 재시작 부탁드립니다\n고객사 메일 원문 공유합니다. 검토 후 회신 예정",
    "> 어제 web 재시작했어요\n이거 다시",
    "> restart web\ndon't do it again",
    "> web 로그 보여줘\n이거 다시 하지 마",
    "> restart web\nwhy?",
    "> web 재시작해줘\n안 돼",
    "제 앱이 web에서 안 도는데 재시작해줘",
]

ASKED = [
    # a removal said with before / after is asked, never run
    ("before you remove web, show me its logs", ["docker logs web", "docker rm web"]),
    # a Hangul image name not here stays asked
    ("우분투 띄워 줘", ["docker run -d ubuntu"]),
    # (lead29) a run of an image said by its product's name in Hangul stays asked; (voice22) a read of a name that is
    # two things here (the container db, the volume db) stays asked
    ("엔진엑스 팔공팔일 포트로 띄워 줘", ["docker run -d -p 8081:80 nginx"]),
    ("레디스 육천삼백구십이 포트로 띄워 줘", ["docker run -d -p 6392:6379 redis"]),
    ("디비 로그 백 줄 보여 줘", ["docker logs --tail 100 db"]),
    ("디비 상태 보여 줘", ["docker inspect db"]),
]


@pytest.mark.parametrize(("text", "cli"), PLANNED)
def test_planned(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, (text, a)


@pytest.mark.parametrize("text", NOTHING_RUNS)
def test_nothing_runs(text):
    a = answer(text)
    assert not a.cli, (text, a)


@pytest.mark.parametrize(("text", "offered"), ASKED)
def test_asked_back(text, offered):
    a = answer(text)
    assert not a.cli and list(a.proposal) == offered, (text, a)
