"""(aside34) A trailing aside, emoji or "ok" after a write is set aside only when it is READ as one of a closed set of
harmless things (a symptom, a cause, a courtesy or urgency; a neutral or urgent emoji); anything else asks the order
back (yes/no, the words named unread) or is refused — never run. Reads stay read."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

RUN = [
    # a symptom or a cause, told after the order (fresh20's rows and kin, both languages)
    ("web 재시작 — 메모리 샘", ["docker restart web"]),
    ("web 재시작 — 메모리 누수", ["docker restart web"]),
    ("cache 재시작 — 응답 없음", ["docker restart cache"]),
    ("web 재시작 — 에러 계속 남", ["docker restart web"]),
    ("web 재시작 — 너무 느려요", ["docker restart web"]),
    ("my-volume 중지 부탁 — 디스크 꽉 참", ["docker stop my-volume"]),
    ("cache 재시작 (사유: 커넥션 풀 고갈)", ["docker restart cache"]),
    ("data 꺼줘, 로그를 너무 많이 찍어서", ["docker stop data"]),
    ("db 컨테이너 기동 부탁드립니다 (배치 작업용)", ["docker start db"]),
    ("restart cache (OOM again)", ["docker restart cache"]),
    ("restart web — hung again", ["docker restart web"]),
    ("restart web — oomkilled again", ["docker restart web"]),
    ("restart cache — crashlooping", ["docker restart cache"]),
    ("stop web — cpu spiking", ["docker stop web"]),
    ("restart cache — stuck", ["docker restart cache"]),
    ("pause data - running a backup on the host", ["docker pause data"]),
    ("stop cache — we're moving to the new redis box", ["docker stop cache"]),
    ("restart web. reason: config reload didn't stick", ["docker restart web"]),
    ("stop my-nginx – it's a duplicate of web anyway", ["docker stop my-nginx"]),
    ("볼륨 프룬 ㄱㄱ 용량 없음", ["docker volume prune"]),
    # a read: its aside changes no write
    ("web 로그 50줄 — 500 원인 찾는 중", ["docker logs --tail 50 web"]),
    ("my-nginx 로그 따라가줘 — 배포 모니터링 중", ["docker logs -f my-nginx"]),
    # neutral or urgent emoji, or one that agrees with the verb
    ("restart web 🙏", ["docker restart web"]),
    ("web 재시작 🔥🔥", ["docker restart web"]),
    ("cache 재시작 😭", ["docker restart cache"]),
    ("restart cache :rotating_light:", ["docker restart cache"]),
    ("my-nginx 꺼줘 :pray::skin-tone-2:", ["docker stop my-nginx"]),
    ("kill cache 💀💀", ["docker kill cache"]),
    ("data 다시 풀어줘 ▶️", ["docker unpause data"]),
    ("data 꺼줘 🛑", ["docker stop data"]),
    ("web 로그 😱", ["docker logs web"]),  # a read
    # a laugh, a sob, an urgency, a plea after a go-sign
    ("web 재시작해줘 (ㅋㅋ)", ["docker restart web"]),
    ("web 재시작 — ㅠㅠ", ["docker restart web"]),
    ("web 재시작 (급함)", ["docker restart web"]),
    ("restart web — asap", ["docker restart web"]),
    ("web 재시작 ㄱㄱ 🙏", ["docker restart web"]),
    ("web 재시작 ㄱㄱ 개급함 ㅠ", ["docker restart web"]),
    ("cache 멈춰 — 백업 중", ["docker stop cache"]),
    ("restart web — it's down", ["docker restart web"]),
    ("restart web — keeps crashing", ["docker restart web"]),
    ("cache 재시작 — 타임아웃 남", ["docker restart cache"]),
    ("web 재시작 부탁 — 502 뜸", ["docker restart web"]),
    ("web 재시작 — 에러 떠서", ["docker restart web"]),
    # the kind of the thing told, read whole as the order alone reads
    ("db 삭제해 (볼륨 말고 컨테이너)", ["docker rm db"]),
    ("web needs a restart — can you handle it", ["docker restart web"]),  # the order asked again
    ("web needs a restart — could you do it", ["docker restart web"]),
    # an English order said first, ok after it
    ("restart web ok", ["docker restart web"]),
]

ASKED = [
    # K8a: a schedule or a condition
    ("web 재시작 — 배포 끝나면", "docker restart web"),
    ("web 재시작 — 승인 나면", "docker restart web"),
    ("cache 중지 — 메모리 차면", "docker stop cache"),
    ("web 재시작 — 금요일", "docker restart web"),
    ("stop cache — eod", "docker stop cache"),
    ("stop cache — tmrw", "docker stop cache"),
    ("restart web — once traffic drains", "docker restart web"),
    ("rm data — pending backup", "docker rm data"),
    ("web 재시작 — 팀장 승인 필요", "docker restart web"),  # read whole by the grammar: its aside dropped
    ("cache 중지 (승인 후)", "docker stop cache"),
    ("stop cache (pending approval)", "docker stop cache"),
    ("data 삭제 ㄱㄱ 하고 싶다", "docker rm data"),  # a wish
    ("restart web — stand by", "docker restart web"),
    ("web 재시작 — 신호 대기", "docker restart web"),
    # K8b: a step first the bot cannot do
    ("data 삭제 — 백업부터", "docker rm data"),
    ("rm data — snapshot first please", None),
    # K8c: done already, someone else's
    ("web 재시작 — 어제 함", "docker restart web"),
    ("web 재시작 — 민수가 할 거임", "docker restart web"),
    ("restart web — bob's got it", "docker restart web"),
    ("restart web - handled it", "docker restart web"),
    ("restart web — on it", "docker restart web"),
    # K8d: taken back, sent by mistake, a test
    ("web 재시작 — 오타", "docker restart web"),
    ("web 재시작 (오발송)", "docker restart web"),
    ("restart web — wrong window", "docker restart web"),
    ("restart web — typo", "docker restart web"),
    ("restart web — disregard", "docker restart web"),
    # K8e: hypothetical, an example
    ("web 재시작 (가정)", "docker restart web"),
    ("restart web — hypothetical", "docker restart web"),
    ("cache 중지 (예시입니다)", None),
    # K8f: asking for opinions
    ("remove data - thoughts?", "docker rm data"),
    ("data 삭제 — 의견 주세요", "docker rm data"),
    ("data 삭제 — 투표", "docker rm data"),
    # K8h: a go-sign then more
    ("data 삭제 ㄱㄱ 하면 큰일남", "docker rm data"),
    ("data 삭제 고고 하면 망함", "docker rm data"),
    ("data 삭제 ㄱㄱ 할 뻔", "docker rm data"),
    # K8i: sarcasm
    ("data 삭제 — 미친 소리", "docker rm data"),
    ("restart web — it's bob's", "docker restart web"),
    ("web 재시작 — 5 뜸", "docker restart web"),  # a number that is no HTTP status: a time?
    # an aside of two clauses, even of harmless words
    ("restart web — stuck, whatever", None),
    # K13: an emoji that warns, doubts or is horrified
    ("data 삭제 ⚠️", "docker rm data"),
    ("data 삭제 :warning:", "docker rm data"),
    ("restart web 🤷", "docker restart web"),
    ("cache 중지 🤷‍♂️", "docker stop cache"),
    ("stop cache :shrug:", "docker stop cache"),
    ("rm data 😱", "docker rm data"),
    ("rm data :scream:", "docker rm data"),
    ("rm data 💀", "docker rm data"),
    ("web 삭제 🫠", "docker rm web"),
    ("rm data 😂", "docker rm data"),  # a laugh emoji after a write, as "rm data lmao"
    ("data 날려버리고 싶다 😂", None),  # venting: its laugh is read first
    # K14: a status report's shape
    ("web 재시작 ok", "docker restart web"),
    ("web restart: ok", "docker restart web"),
    ("cache 중지 ok", "docker stop cache"),
]

REFUSED = [
    "cache 중지 🚫",  # a no-entry sign: forbidden, never a stop
    "stop cache :no_entry_sign:",
    "cache 중지 ⛔",
    "stop cache. reason: not really, testing the bot",
    "restart web — reason: we don't want to",
    "web 재시작 — 내일",
    "restart web — tomorrow",
]


@pytest.mark.parametrize(("text", "cli"), RUN)
def test_run(text, cli):
    a = answer(text)
    assert list(a.cli) == cli, a


@pytest.mark.parametrize(("text", "proposal"), ASKED)
def test_asked_never_run(text, proposal):
    a = answer(text)
    assert not a.cli, a
    if proposal is not None:  # asked back with the order — or refused by another reader (a schedule: "— 금요일")
        assert list(a.proposal) in ([proposal], []), a


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text):
    a = answer(text)
    assert not a.cli and not a.proposal, a


def test_the_unread_aside_is_named():
    from bot.language.normalize import normalize
    from bot.language.parse import parse

    res = parse(normalize("web 재시작 — 배포 끝나면"))
    assert res.unread == ("배포 끝나면",) and res.proposal is not None, res
    res = parse(normalize("rm data 😱"))
    assert res.unread == ("😱",) and res.proposal is not None, res
