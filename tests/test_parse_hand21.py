"""(hand21) Shift handovers and messages of several sentences (bot/language/handover.py, from bot/pipeline.py when
the whole message does not read): the sentences that tell are context and run nothing; the ONE request is read whole.
Read through Gorae.explain over the fake world (tests/test_wordings_fresh.py `answer`), as the tables are:
containers web, my-nginx, cache (running), db (created), my-volume, data (running)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer


def _cli(text: str) -> list[str]:
    return list(answer(text).cli)


# every handover of fresh19 read today, and handovers of my own of each kind
READ = [
    # the request after reports (English)
    ("Handover: web restarted twice overnight, db still in created. cache looks fine. Please start db.",
     ["docker start db"]),
    ("Night shift summary: my-nginx threw some 502s around 3am, I restarted it at 3:10. All quiet since. Can you pull "
     "the last 50 lines of my-nginx logs?", ["docker logs --tail 50 my-nginx"]),
    ("handover from oncall — cache memory was high all night, nothing done yet. restart cache now please.",
     ["docker restart cache"]),
    ("Shift notes: web is slow since midnight. I did not touch anything. Show me web's logs from the last hour.",
     ["docker logs --since 1h web"]),
    ("Handing over. data is paused since 11pm for the migration, migration is done now. Unpause data.",
     ["docker unpause data"]),
    ("Morning. Overnight was quiet, web restarted itself once. What's running right now?", ["docker ps"]),
    ("Quick update. cache was slow all evening. Please restart cache.", ["docker restart cache"]),
    ("Hi all. Deploy went fine, web looks good. Show me the logs of my-nginx.", ["docker logs my-nginx"]),
    ("Back from lunch. data seems stuck. Can you pause data?", ["docker pause data"]),
    # a pronoun: the one name the reports say beside a verb told done
    ("EOD handover. I stopped my-volume at 6pm for the disk check. Please start it again.",
     ["docker start my-volume"]),
    ("Night notes. I paused data for the backup. Please unpause it.", ["docker unpause data"]),
    ("Handover. web crashed and I stopped web around 2am. Start it again please.", ["docker start web"]),
    # the request after reports (Korean)
    ("인수인계: 야간에 web 두 번 재시작했고 cache 메모리 높음. db는 아직 created 상태. cache 로그 좀 봐주세요.",
     ["docker logs cache"]),
    ("야간 근무 인계합니다. web 응답 느림 지속, 원인 미파악. web 로그 최근 30분치 확인 부탁드립니다.",
     ["docker logs --since 30m web"]),
    ("인계사항: data 컨테이너 일시정지해 둠(마이그레이션). 마이그레이션 끝났으니 다시 풀어주세요.", ["docker unpause data"]),
    ("교대합니다~ 밤새 별일 없었고요, db는 원래 안 켜져 있는 거예요. 지금 떠 있는 컨테이너 목록만 한번 보여주세요.",
     ["docker ps"]),
    ("오전 인계: my-volume 디스크 점검 때문에 세워뒀어요. 점검 끝났으니 my-volume 다시 켜주세요.",
     ["docker start my-volume"]),
    ("야간 당직 인계. 특이사항 없음. 다만 cache cpu가 좀 높았음. cache 리소스 사용량 한번 봐주세요.",
     ["docker stats --no-stream cache"]),
    ("인계합니다. web 메모리 누수 의심돼서 모니터링 중이에요. 일단 web 재시작 한 번 해주세요.", ["docker restart web"]),
    ("밤에 web이 두 번 죽었어요. 제가 그때마다 살렸고요. 지금 web 상태 어떤지 확인해주세요.", ["docker inspect web"]),
    ("당직 넘깁니다. 새벽에 data 로그가 엄청 쌓였어요. data 로그 마지막 100줄 보여주세요.",
     ["docker logs --tail 100 data"]),
    ("인계: 백엔드 네트워크에 web 붙여달라는 요청 있었음. 지금 처리해 주세요, web을 backend에 연결.",
     ["docker network connect backend web"]),
    ("인계: web 오후에 배포됐고 이상 없음. 근데 cache 로그 한번 확인 부탁.", ["docker logs cache"]),
    ("인계 드려요. my-nginx 설정 바꿔놨는데 아직 반영 안 됨. my-nginx 재시작 해주세요.", ["docker restart my-nginx"]),
    ("교대합니다. 새벽에 cache 느렸어요. cache 재시작해주세요.", ["docker restart cache"]),
    ("인계요. data 일시정지해 뒀어요. 작업 끝났으니 다시 풀어주세요.", ["docker unpause data"]),
    ("오늘 당직 끝. 그리고 my-nginx 로그 좀 보여주세요.", ["docker logs my-nginx"]),
    # thanks after the request changes nothing
    ("Restart cache. Thanks!", ["docker restart cache"]),
    ("cache 재시작해줘. 감사합니다.", ["docker restart cache"]),
]

# the unsafe neighbours: nothing runs
NOTHING = [
    # no request at all
    "Handover: db was never started, that's expected. web and cache are up. Nothing to do, just FYI.",
    "handover: cache restarted at 02:14 by me, web untouched, db untouched. no action needed",
    "Shift change. I'll leave cache alone until the vendor replies. Nothing for now.",
    "인수인계 드립니다. 새벽 3시에 my-nginx 502 발생해서 재기동했습니다. 이후 이상 없습니다.",
    "인수인계) cache 어제 23시에 재시작함, web 건드리지 않음. 추가 조치 없음.",
    "인수인계 메모: 어제 저녁 alpine 이미지 새로 받아둠. 오늘 할 일은 없음.",
    "인계 사항 공유드립니다. db 컨테이너 오늘 오전 중 기동 예정입니다.",
    "인수인계: cache 재시작 필요하다고 개발팀에서 요청 옴. 아직 안 했음.",
    "Night shift done. I restarted web at 2am. All good now.",
    # a ban or a condition before the write
    "Don't touch web. Restart cache.",
    "If cache dies again, page me. Restart web.",
    "Maybe later. Restart cache.",
    "web 건드리지 마세요. cache 재시작 부탁드립니다.",
    "cache 죽으면 연락주세요. web 재시작해주세요.",
    # words after the write that may take it back
    "Restart cache. Or not.",
    "Restart cache. Hmm, maybe later.",
    "Restart cache. Tomorrow.",
    "Restart cache. After the deploy.",
    "Restart cache. Actually no, cancel that.",
    "cache 재시작해줘. 아 취소.",
    # a pronoun with no one referent
    "Handover: web restarted, cache restarted. Please start it again.",
    "web 재시작함. cache 정지함. 다시 켜주세요.",
    "Quiet night. Please start it again.",
    # two requests (English: refused)
    "Morning team. Restart web. Stop cache.",
    # a request that does not read: nothing else read instead
    "Please flibber web. Restart cache.",
]


@pytest.mark.parametrize("text,want", READ)
def test_the_one_request_is_read(text, want):
    assert _cli(text) == want


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_runs(text):
    assert _cli(text) == []
