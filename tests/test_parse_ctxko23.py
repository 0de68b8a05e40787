"""ctxko23: one Korean order inside business context (issue 8), read through the fake corpus world (tests/fakes.py) as
`gorae explain` reads them. `None`: nothing may run and no write is offered (a refusal, a question or a read proposal
are all fine).

A. Business courtesy around the request changes nothing: the listener's trouble owned to ("바쁘신 와중에"), the humblest
   apology ("송구하오나": natural.lark `_filler`), by whose request or for which work ("고객사 요청에 따라", "팀장님 지시에
   따라", "금일 점검 관계로": grammar/lexicon.txt `context_noun_end`), thanks made greater in the polite close ("… 주시면
   대단히 감사하겠습니다").
B. Near-misses that stay what they are: thanks for what was done (told, even made greater: natural.lark `thanks_more`),
   a report of the past, a ban, a schedule, a question — under the same courtesy.
C. A rant said of one container (no order) is the complaint's reading, its status and recent logs: a rant's closing word
   after the complaint, vexation after it ("… 죽었네 짜증나": natural.lark `complaint`), "아 진짜" first; (lead24) vexation
   caused by it ("cache 때문에 미치겠네": 때문에 names the cause) is a complaint too (tests/test_parse_lead24.py).
D. A requester, a need or a suggestion said around the order changes nothing: a requester's clause closed by a colon
   ("민수 요청입니다: …": context_clause `_CLAUSE_WORD`), a need told after the request ("… 장애 보고서 써야 돼":
   lexicon `reason_after_must`), a chat request closed by 좀 then its reason ("cache 재시작 좀, 캐시가 꼬인 듯":
   `reason_after_request_brief`), the request suggested as a guess after a context clause ("데모 전에 … 해두면 좋을 것
   같아요": `context_polite_if_guess`).
E. A leading clause may say the name the request itself says ("앱이 cache랑 통신이 안 되는데 cache 상태 좀 봐주실래요?", "web
   서비스 장애로 인해 web 컨테이너 로그 …"): context_clause `_clause_ok(named=…)`; a clause naming another container, or
   holding a verb of gorae's not told done, a ban, a schedule, a condition or someone's order, is never left out.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

# A: wordings of our own of the kind (other names, other verbs), and fresh19's business rows
COURTESY = [
    ("바쁘신 와중에 죄송하지만 cache 로그 확인 부탁드립니다.", ["docker logs cache"]),
    ("바쁘신 와중에 web 재시작 부탁드려요", ["docker restart web"]),
    ("바쁘신 와중에 죄송하지만 db 컨테이너 켜 주세요", ["docker start db"]),
    ("송구하오나 data 컨테이너를 삭제해 주실 수 있을까요?", ["docker rm data"]),
    ("송구하오나 cache 로그 좀 보여주실 수 있을까요?", ["docker logs cache"]),
    ("송구하오나 my-nginx 정지 부탁드립니다", ["docker stop my-nginx"]),
    ("고객사 요청에 따라 alpine 이미지 최신으로 받아 주시기 바랍니다.", ["docker pull alpine"]),
    ("팀장님 지시에 따라 web 재시작 부탁드립니다", ["docker restart web"]),
    ("고객 요청에 따라 cache 프로세스 목록 보여주세요", ["docker top cache"]),
    ("금일 점검 관계로 my-nginx 정지 부탁드리겠습니다.", ["docker stop my-nginx"]),
    ("배포 작업 관계로 cache 로그 확인 부탁드립니다", ["docker logs cache"]),
    ("점검 관계로 data 컨테이너 일시정지 부탁드립니다", ["docker pause data"]),
    ("my-volume 컨테이너를 잠시 일시정지해 주시면 대단히 감사하겠습니다.", ["docker pause my-volume"]),
    ("cache 로그 보여주시면 정말 감사하겠습니다", ["docker logs cache"]),
    ("web 컨테이너 재시작해 주시면 대단히 감사하겠습니다", ["docker restart web"]),
]

# B: the same courtesy around what is no order
NEAR = [
    ("web 재시작해 주셔서 대단히 감사합니다", None),  # thanks for what was done (it planned the restart)
    ("cache 꺼 주셔서 정말 감사합니다", None),
    ("web 지워줘서 너무 고마워", None),
    ("web 재시작해 주셔서 감사합니다", None),
    ("금일 점검 관계로 my-nginx 정지했습니다", None),  # a report of the past
    ("고객사 요청에 따라 web 지우지 마세요", None),  # a ban
    ("송구하오나 web 재시작은 나중에 해 주세요", None),  # a schedule
    ("점검 관계로 web 내일 꺼 주세요", None),
    ("바쁘신 와중에 죄송하지만 web 재시작 하셨나요?", None),  # a question of the past
    ("고객사 요청에 따라 web 재시작했대요", None),  # someone's report
    ("바쁘신 와중에 죄송합니다", None),  # courtesy alone
    ("금일 점검 관계로", None),
]


def _complaint(name: str) -> list[str]:
    return [f"docker inspect {name}", f"docker logs --tail 20 {name}"]


# C: rants of our own, and a rant with an order after it (the order is read, the rant changes nothing)
RANT = [
    ("web 또 죽었네 진짜 짜증나", _complaint("web")),
    ("web 또 뻗었네 진짜", _complaint("web")),
    ("cache 또 죽었네 정말", _complaint("cache")),
    ("cache 또 뻗었네 짜증나", _complaint("cache")),
    ("아 정말 web 또 죽었네", _complaint("web")),
    ("아 진짜 my-nginx 또 뻗었네 짜증나", _complaint("my-nginx")),
    ("아 진짜 web 또 죽었네 재시작해", ["docker restart web"]),
    ("짜증나", None),  # nothing named
    ("아 진짜", None),
    ("web 재시작 진짜", None),  # no complaint: the 진짜 after a verb is not read
    ("cache 때문에 미치겠네", ["docker inspect cache", "docker logs --tail 20 cache"]),  # (lead24) caused by it
    ("data 짜증나", None),
    ("web 또 죽었네 지우지는 마 짜증나", None),  # a ban stays a ban
    ("민수가 web 또 죽었대 짜증나", None),  # someone's report
]


# D: wordings of our own of the kind, and near-misses
AROUND = [
    ("민수 요청입니다: web 로그 100줄 보여주세요", ["docker logs --tail 100 web"]),
    ("수진 요청입니다: cache 재시작 부탁해요", ["docker restart cache"]),
    ("대리님 요청 건 처리 부탁해요: my-nginx 로그 마지막 30줄", ["docker logs --tail 30 my-nginx"]),
    ("팀장님 요청입니다: data 컨테이너 일시정지 부탁드립니다", ["docker pause data"]),
    ("web 로그 100줄만 줘 장애 보고서 써야 돼", ["docker logs --tail 100 web"]),
    ("cache 로그 보여줘 원인 찾아야 해", ["docker logs cache"]),
    ("cache 재시작 좀, 캐시가 꼬인 듯", ["docker restart cache"]),
    ("my-nginx 재시작 좀, 설정이 안 먹은 듯", ["docker restart my-nginx"]),
    ("데모 전에 web 한번 재시작 해두면 좋을 것 같아요", ["docker restart web"]),
    ("배포 전에 cache 로그 봐주시면 좋을 것 같아요", ["docker logs cache"]),
    ("나중에: web 지워", None),  # a schedule, even closed by a colon
    ("주의: web 지우지 마", None),  # a ban
    ("민수 요청입니다: web 재시작했어요", None),  # a report of the past
    ("web 재시작해줘 지워야 돼", None),  # a write of gorae's in the need: never left out
    ("web 재시작 좀 cache 지울 거라서", None),
    ("web 재시작 좀, 아니 됐어", None),  # taken back
    ("web 재시작 좀 해 줘, 방금 설정 파일 바꿨어", ["docker restart web"]),  # the request goes on after 좀
    ("web 껐으면 좋았을 텐데", None),  # a wish of the past
    ("데모 전에 web 재시작 해뒀으면 좋았을 것 같아요", None),
    ("web 지우면 좋을 것 같아?", None),  # the wish guessed, asked (it planned docker rm web on main)
    ("데모 전에 web 지우면 좋을 것 같아?", None),
    ("데모 전에 cache 재시작하면 좋을 것 같아요?", None),
    ("web 로그 보면 좋을 것 같아?", ["docker logs web"]),  # a read asked so is answered
]


# E: wordings of our own, and near-misses
NAMED = [
    ("web 서비스 장애로 인해 web 컨테이너 로그 마지막 200줄 전달 부탁드립니다.", ["docker logs --tail 200 web"]),
    ("점검으로 인해 cache 정지 부탁드립니다", ["docker stop cache"]),
    ("db 서비스 장애로 인해 db 로그 50줄 부탁드립니다", ["docker logs --tail 50 db"]),
    ("web이 꺼져 있는데 web 켜줘", ["docker start web"]),
    ("cache 재시작했는데 cache 로그 보여줘", ["docker logs cache"]),
    ("web 지웠는데 web 로그 보여줘", ["docker logs web"]),
    ("web 껐는데 web 지워줘", ["docker rm web"]),
    ("web이 죽어서 web 재시작해줘", ["docker restart web"]),
    ("web은 나중에 지우고 web 재시작해", None),  # a schedule said in the clause
    ("web 지우면 web 재시작해", None),  # a condition
    ("민수가 web 재시작하래서 web 로그 보여줘", None),  # someone's order (kept as it was: no reading)
    ("cache랑 통신이 안 되는데 web 재시작해줘", None),  # the clause names another container
    ("web 안 쓰는데 web 지워줘", None),
    ("web은 건드리지 말고 web 로그만", ["docker logs web"]),  # a read, as before
]


@pytest.mark.parametrize("text,want", COURTESY + NEAR + RANT + AROUND + NAMED)
def test_ctxko23(text, want):
    check(text, want)
