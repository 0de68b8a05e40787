"""(lead31c) Wrong-write kinds A, C, D, E, F of session 31's attack (breaker31): a Korean (or English) write said
without ordering it — an embedded question, incredulity, the past in slang, a condition or a later time said after the
order, a hesitation or a hold. Each kind with the attack's wordings and wordings of its own; the reads that must stay
beside them."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

NOT_RUN = [
    # (lead31, the real engine's e2e) F. a hesitation of -기엔 (기 + 에 + ㄴ), or with no topic said
    "web 재시작하기엔 좀 그런데",
    "web 재시작 좀 그런데",
    # A. whether (-는지) right after the write's verb, nothing ordered after it
    "web 재시작해야 하는지",
    "web 재시작하는지 봐",
    "db 켜지는지 봐",
    "cache 꺼지는지 봐줘",
    # C. incredulity: what was said, echoed back (-라니, -ㄴ다니, -자니)
    "cache 지우라니",
    "cache 지우라니요",
    "cache 지운다니",
    "cache 지우자니",
    "cache 삭제라니",
    "db 끄라니",
    "web 재시작한다니",
    "web 재시작하라니",
    "web 재시작이라니",
    "web 죽인다니 ㅋㅋ",
    "db 중지라니",
    # C. what's the point
    "web 재시작해서 뭐해",
    "cache 지워서 뭐 해",
    # D. the past in slang or the chat -ㅁ: tried, did, wrecked; regret
    "web 재시작 때림",
    "cache 삭제 때림",
    "web 재시작 침",
    "web 재시작 해봄",
    "web 재시작도 해봄",
    "cache 지워봄",
    "cache 꺼봄",
    "db 켜봄",
    "web 재시작 돌려봄",
    "cache 날려먹음",
    "cache 지워먹음",
    "web 재시작할 걸",
    "cache 지울걸",
    "docker restart web 실행함",
    "docker rm cache 해봄",
    # E. a later time said after the order, a condition (-거든), a supposition, "depending on what you see"
    "web 꺼줘 배포 끝나고 나서",
    "cache 지워 백업 끝나고 나서",
    "web 꺼줘 점심 먹고 나서",
    "web 꺼 트래픽 빠지고 나서",
    "cache 지워줘 백업하고 나서",
    "web 느리거든 재시작해",
    "web 안 뜨거든 재시작해",
    "db 안 되거든 켜줘",
    "web 죽거든 살려줘",
    "web 재시작한다 치고",
    "봐서 cache 지워",
    "봐서 web 재시작해",
    "로그 봐서 web 재시작",
    "로그 봐가면서 web 재시작",
    "판단해서 cache 지워",
    "상황 봐서 web 재시작",
    "hypothetically, restart web",
    "suppose we rm cache",
    # F. a hesitation or a hold
    "cache 지우긴 좀",
    "cache 지우긴 좀 그런데",
    "web 재시작하기엔 좀",
    "web 재시작하기는 좀",
    "web 재시작은 좀 그런데",
    "web 재시작 잠깐만",
    "web 재시작 잠시만",
    "web 재시작 잠깐만요",
    "web 재시작 잠깐",
    "cache 지워 잠깐만",
]

PROPOSED = [
    # A. the topic closing: what about it?
    ("web 재시작은요", "docker restart web"),
    ("cache 삭제는요?", "docker rm cache"),
    ("web 재시작하는 거지", "docker restart web"),
    # C. echoed back, intent asked with -게?, disbelief first
    ("재시작? web을?", "docker restart web"),
    ("삭제? cache를?", "docker rm cache"),
    ("지금 web 재시작하게?", "docker restart web"),
    ("web 재시작하게?", "docker restart web"),
    ("cache 삭제하게?", "docker rm cache"),
    ("정말요? cache 삭제?", "docker rm cache"),
    ("so we just rm cache?", "docker rm cache"),
    ("seriously, rm cache?", "docker rm cache"),
    ("really, rm cache?", "docker rm cache"),
    ("really, restart web?", "docker restart web"),
]

READ = [
    ("web 재시작해줘", "docker restart web"),
    ("cache 지워", "docker rm cache"),
    ("web 재시작 좀", "docker restart web"),
    ("잠깐 web 멈춰", "docker pause web"),  # 잠깐 before the verb: a pause (the tables' convention)
    ("web 잠깐 멈춰", "docker pause web"),
    ("cache 잠깐만 멈춰", "docker pause cache"),
    ("잠깐, web 꺼줘", "docker stop web"),
    ("web 재시작해 봐", "docker restart web"),  # trying asked, not told
    ("web 재시작 때려", "docker restart web"),
    ("web 재시작 쳐줘", "docker restart web"),
    ("web 재시작할 거야", "docker restart web"),
    ("my-nginx 지워줘 이제 안 쓰거든", "docker rm my-nginx"),  # -거든 closing: the reason
    ("web 끄고 나서 cache 켜줘", "docker stop web ; docker start cache"),
    ("web 로그 봐서 알려줘", "docker logs web"),
    ("web 떠있는지 확인해줘", "docker inspect web"),
    ("cache에 redis-cli ping 한번 날려서 살아있는지 봐줘", "docker exec cache redis-cli ping ; docker inspect cache"),
    ("my-volume 안에 /data 뭐 있는지 봐줘", "docker exec my-volume ls /data"),  # a state before -는지
    ("이거 맞는지 모르겠는데 nginx 8080포트로 하나 띄워주세요", "docker run -d -p 8080:80 nginx"),
    ("data를 freeze해줘 잠깐", "docker pause data"),  # 잠깐 right after the verb: brevity
    ("cache 로그 보고 나서 재시작해", "docker logs cache ; docker restart cache"),
    ("docker restart web 해줘", "docker restart web"),
    ("stop web?", "docker stop web"),  # a bare imperative with "?" (the tables' convention)
    ("so restart web", "docker restart web"),
    ("web 껐다가 cache 켜줘", "docker stop web ; docker start cache"),
    # D. a past sentence before the order: the order alone
    ("cache 지웠어요. web은 재시작 부탁", "docker restart web"),
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans


@pytest.mark.parametrize(("text", "cli"), PROPOSED)
def test_proposed(text: str, cli: str) -> None:
    ans = answer(text)
    assert not ans.planned and " ; ".join(ans.proposal) == cli, ans


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans
