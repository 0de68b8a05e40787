"""(lead32a) Korean chat kinds of fresh20 read in session 32, each with wordings of its own and the near wordings that
must still run nothing (or only be asked back)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # a junior's guess said first (아마 …것 같은데), then a request that closes it
    ("아마 web 재시작하면 될 것 같은데 해주실 수 있으세요?", "docker restart web"),
    ("아마도 web 로그 보면 될 것 같은데 보여주실래요?", "docker logs web"),
    # a request asked as a question, then its reason in a sentence of its own
    ("data 컨테이너 잠깐 멈춰주실 수 있을까요? 테스트 좀 하려고요", "docker pause data"),
    ("이미지 목록 볼 수 있을까요? 처음이라서요", "docker images"),
    ("web 재시작해 주실래요? 배포가 반영이 안 돼서요", "docker restart web"),
    # the asker's wording asked about first, then the order
    ("이렇게 말하는 게 맞나요? redis 6380 포트로 실행", "docker run -d -p 6380:6379 redis"),
    ("이렇게 쓰면 되나요? web 재시작", "docker restart web"),
    ("am i saying this right? restart web", "docker restart web"),
    # a foreigner's nominal request: -기 (를) 원하다
    ("redis를 6390 포트에서 실행하기 원합니다", "docker run -d -p 6390:6379 redis"),
    ("web 재시작하기를 원합니다", "docker restart web"),
    ("cache 로그 보기 원해요", "docker logs cache"),
    # a want told, then whether it can be done asked
    ("my-nginx 재시작 하고 싶어요, 가능해요?", "docker restart my-nginx"),
    ("web 로그 보고 싶은데 가능한가요?", "docker logs web"),
    # a product's image said by its Hangul name before 이미지, here (bot/pipeline.py `_loan_read`)
    ("알파인 이미지 삭제하기", "docker rmi alpine"),
    ("알파인 이미지 지워줘", "docker rmi alpine"),
    ("레디스 이미지 받아줘", "docker pull redis"),
    # Gen-Z: died (사망), a reason between the name and the order, 각 (it's time to)
    ("my-nginx 사망함 ㅠㅠ", "docker inspect my-nginx ; docker logs --tail 20 my-nginx"),
    ("web 사망했어", "docker inspect web ; docker logs --tail 20 web"),
    ("cache 현타와서 재시작 ㄱ", "docker restart cache"),
    ("cache 짜증나서 재시작해줘", "docker restart cache"),
    ("web 피곤해서 꺼줘", "docker stop web"),
    ("web 리부트 각 ㄱㄱ", "docker restart web"),
    ("cache 재시작 각", "docker restart cache"),
    ("web 로그 각", "docker logs web"),
    # a docker command typed in without docker, then 치다
    ("ps 한번 쳐봐", "docker ps"),
    ("images 쳐줘", "docker images"),
    ("ps -a 쳐봐", "docker ps -a"),
    # a reason after the order: a thing not working, an intent clipped to -거라, after the go-sign
    ("web 재시작해줘 배포한 거 반영 안 돼서", "docker restart web"),
    ("cache 재시작 부탁해요 접속이 안 돼서", "docker restart cache"),
    ("cache 일시정지 해줘요 메모리 덤프 뜰 거라", "docker pause cache"),
    ("db 지워줘 새로 만들 거라", "docker rm db"),
    ("data 재시작 ㄱ 아까부터 응답이 없음", "docker restart data"),
    ("web 재시작 ㄱ 설정 반영이 안 돼서", "docker restart web"),
    # a pronoun in a later step after the sentence's one name
    ("cache 재시작하고 그 다음에 걔 로그 보여줘", "docker restart cache ; docker logs cache"),
    ("db 켜고 그놈 로그 보여줘", "docker start db ; docker logs db"),
    ("db 켜고 그놈의 로그 보여줘", "docker start db ; docker logs db"),
    # a state asked with 아직, then the request asked for
    ("db 아직 안 켜져 있지? 켜줘", "docker start db"),
    ("db 아직 꺼져 있지? 켜줘", "docker start db"),
    ("web 아직 살아있어? 재시작해 주세요", "docker restart web"),
    # a pause said as its purpose beside a brief stop
    ("data 좀 쉬게 잠깐 멈춰놔", "docker pause data"),
    ("web 쉬도록 잠시 멈춰", "docker pause web"),
    # whether a log holds an error, looked at
    ("web 로그에 에러 있나 봐줘", "docker logs web"),
    ("cache 로그에 오류 없는지 확인해줘", "docker logs cache"),
    ("web 로그에 에러가 있는지 봐줘", "docker logs web"),
    # 다시 돌리다 said of its names alone: made to go again by the state (running here: a restart)
    ("my-volume 다시 돌려줘", "docker restart my-volume"),
    ("cache다시돌려", "docker restart cache"),
    # a stop sign with a stop agrees
    ("data 꺼줘 🛑", "docker stop data"),
    ("kill cache :octagonal_sign:", "docker kill cache"),
]

NOT_RUN = [
    # the guess alone asks nothing
    "아마 web 재시작하면 될 것 같은데",
    # a question after the question, or a name in the reason
    "web 재시작해 주실래요? cache 때문에요",
    "web 재시작해 주실래요? cache 지우려고요",
    "web 재시작해도 될까요? 테스트하려고요",
    # the wording asked after the order, or alone
    "web 재시작, 이렇게 말하면 되나요?",
    "이렇게 말하는 게 맞나요?",
    "이렇게 말하는 게 맞나요? web 지우지 마",
    # the question of whether it can be done alone stays asked
    "my-nginx 재시작 가능해요?",
    "web 지우고 싶지 않아요, 가능해요?",
    # a Hangul name not said as an image, or as a container; an image not here (asked)
    "우분투 이미지 지워 줘",
    "우분투 이미지 받아 줘",
    "알파인 삭제",
    "캐시 이미지 삭제",
    "알파인 컨테이너 삭제",
    "알파인 이미지 삭제하지 마",
    # a name in the reason told after the order, a take-back, a write of its own
    "web 재시작해줘 cache 반영 안 돼서",
    "web 지워줘 아니 안 돼",
    "web 재시작해줘 아니 안 돼서",
    "data 재시작 ㄱ cache 응답이 없음",
    "web 꺼줘 db 지울 거라",
    "data 재시작 ㄱ 내일 다시 봄",
    # another name after the reason between, a deed there (a step of its own), a verb of gorae's or a time
    "web 안 돼서 cache 재시작",
    "web 백업해서 지워",
    "web 시간 정해서 재시작해",
    "web 재시작 시간 정해서 재시작해",
    # 각 asked
    "web 삭제 각?",
    # 치다 with no docker command
    "web 쳐봐",
    "ps 쳐보지 마",
    # a pronoun with no name before it, or after two names, or set apart
    "걔 로그 보여줘",
    "web 재시작하고 cache 켜고 걔 로그 보여줘",
    # 아직 with the write itself, or 그럼 (it hangs on the answer)
    "web 아직 꺼",
    "db 아직 안 켜져 있지? 그럼 켜줘",
    "db 켜줘? 아직 켜줘",
    # a stop with two verbs apart
    "data 쉬게 멈춰",
    # 다시 돌리다 with a state told, or a step after it: which one? asked
    "web 죽었는데 다시 돌려",
    "멈춰둔 data 다시 돌려 그리고 지워",
    # an error told, or a condition
    "web 로그에 에러 있어",
    "web 로그에 에러 있으면 재시작해",
    # a stop sign with another verb, or between two names; a no emoji after a stop
    "web 재시작 🛑",
    "🛑 web 삭제",
    "🛑 stop web",  # said first it may be a no (the merge with lead32c: "⛔ cache 꺼", break3)
    ":no_entry: cache 꺼",
    "data 🛑 cache 꺼줘",
    "data 꺼줘 ❌",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
