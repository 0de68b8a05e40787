"""(f22a) Kinds of issue 8 read for fresh22 in session 34 — a new hire's first day (`first-day`), a DBA's databases
(`dba`), a release manager's deploy window (`deploy`) — each with the table's row, wordings of its own, and never-cases
(a write never planned from what is told, asked, held for later or the speaker's own)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # first-day: a purpose or a work event said after an English request — my sandbox, the nightly dumps, my onboarding
    # exercise (fresh22 "First week here. Could you create a volume called newbie22 for my sandbox?", "First day on the
    # team. Could you pull the redis image for my onboarding exercise?", "Create a volume named pgbackup22 for the nightly
    # dumps")
    ("First week here. Could you create a volume called newbie22 for my sandbox?", "docker volume create newbie22"),
    ("First day on the team. Could you pull the redis image for my onboarding exercise?", "docker pull redis"),
    ("Create a volume named pgbackup22 for the nightly dumps", "docker volume create pgbackup22"),
    ("pull redis for the smoke test", "docker pull redis"),
    ("pull the alpine image for my onboarding", "docker pull alpine"),
    ("create a network called lab3 for my sandbox", "docker network create lab3"),
    ("make a volume named bk7 for the backups", "docker volume create bk7"),
    ("first week here, could you list the images?", "docker images"),
    ("I just started, could you list the networks?", "docker network ls"),
    # … a Korean worry said first, -ㄹ까 봐 then a word of fear: no question (fresh22 "제가 뭘 망가뜨릴까 봐 무서워서요… 볼륨
    # 목록만 부탁드려요")
    ("제가 뭘 망가뜨릴까 봐 무서워서요… 볼륨 목록만 부탁드려요", "docker volume ls"),
    ("실수할까 봐 걱정돼서요, 이미지 목록 보여주세요", "docker images"),
    ("뭘 망가뜨릴까 봐 무서워서 네트워크 목록만 보여주세요", "docker network ls"),
    # … a read asked with a ban of changing anything beside it (fresh22 "First day, so I'll be careful: please list the
    # volumes, and don't change anything")
    ("First day, so I'll be careful: please list the volumes, and don't change anything", "docker volume ls"),
    ("show web logs but don't touch anything", "docker logs web"),
    ("don't change anything, just list the volumes", "docker volume ls"),
    ("list the volumes, don't delete anything", "docker volume ls"),
    ("볼륨 목록 보여주세요, 아무것도 건드리지 마세요", "docker volume ls"),
    ("이미지 목록만 보여주세요 아무것도 바꾸지 말고요", "docker images"),
    # … what the asker was told to look at, said first (fresh22 "사수님이 네트워크부터 보라고 하셨는데 네트워크 목록
    # 보여주세요")
    ("사수님이 네트워크부터 보라고 하셨는데 네트워크 목록 보여주세요", "docker network ls"),
    ("사수님이 볼륨부터 확인하라고 하셨는데 볼륨 목록 보여주세요", "docker volume ls"),
    ("팀장님이 로그 확인하라고 하셔서 web 로그 좀 보여주세요", "docker logs web"),
    # … 포트가 / 포트는 before the word asking which (fresh22 "오늘 처음 왔는데요, web 포트가 몇 번으로 열려 있나요?")
    ("오늘 처음 왔는데요, web 포트가 몇 번으로 열려 있나요?", "docker port web"),
    ("web 포트가 몇 번으로 열려 있나요?", "docker port web"),
    ("cache 포트가 몇 번으로 열려 있어?", "docker port cache"),
    # dba: a backup or a dump as a work event said first (fresh22 "백업 돌리기 전에 cache 일시정지 부탁해요")
    ("백업 돌리기 전에 cache 일시정지 부탁해요", "docker pause cache"),
    ("덤프 뜨기 전에 db 일시정지 해주세요", "docker pause db"),
    ("백업 끝났으니 cache 일시정지 풀어주세요", "docker unpause cache"),
    # … the details of two names said with 둘 다 (fresh22 "cache랑 db 둘 다 상태 봐줘")
    ("cache랑 db 둘 다 상태 봐줘", "docker inspect cache db"),
    ("cache랑 db 둘 다 상태 확인해줘", "docker inspect cache db"),
    ("web이랑 cache 둘 다 상세 정보 보여줘", "docker inspect web cache"),
    # … the use compared: shown (fresh22 "DB 컨테이너들 메모리 사용량 비교 좀, db랑 cache")
    ("DB 컨테이너들 메모리 사용량 비교 좀, db랑 cache", "docker stats --no-stream db cache"),
    ("db랑 cache cpu 사용률 비교해줘", "docker stats --no-stream db cache"),
    ("web이랑 cache 리소스 비교 좀", "docker stats --no-stream web cache"),
    ("compare memory usage of db and cache", "docker stats --no-stream db cache"),
    ("compare cpu of web and cache", "docker stats --no-stream web cache"),
    # … when it was made, asked in the passive, or after its kind and a colon (fresh22 "db 컨테이너 언제 생성됐는지 확인",
    # "Our db container: when was it created?")
    ("db 컨테이너 언제 생성됐는지 확인", "docker inspect db"),
    ("db 언제 생성됐어?", "docker inspect db"),
    ("cache 언제 생성됐는지 알려줘", "docker inspect cache"),
    ("Our db container: when was it created?", "docker inspect db"),
    ("the web container: when did it start?", "docker inspect web"),
    ("the pgdata volume: where is it stored?", "docker volume inspect pgdata"),
    # … what a read's words say (fresh22 "What does the pgdata volume's metadata say?")
    ("What does the pgdata volume's metadata say?", "docker volume inspect pgdata"),
    ("what does web's config say?", "docker inspect web"),
    ("what do the logs of cache say?", "docker logs cache"),
    ("show db's metadata", "docker inspect db"),
    # deploy: a deploy rolled back, announced (fresh22 "배포 롤백합니다. web 재시작하고 로그 50줄 보여주세요")
    ("배포 롤백합니다. web 재시작하고 로그 50줄 보여주세요", "docker restart web ; docker logs --tail 50 web"),
    ("릴리즈 롤백 진행합니다. cache 재시작해주세요", "docker restart cache"),
    # … a clean-up aim as a heading before a colon (fresh22 "배포 끝났으니 쓰레기 정리: 멈춘 컨테이너 다 지워줘")
    ("배포 끝났으니 쓰레기 정리: 멈춘 컨테이너 다 지워줘", "docker container prune"),
    ("쓰레기 정리: 멈춘 컨테이너 다 지워줘", "docker container prune"),
    ("정리: web 지워주세요", "docker rm web"),
    # … a release told shipped, its version the event's (fresh22 "Release 4.2 is out, restart web and my-nginx",
    # "Release shipped. Create a network called sprint22 …")
    ("Release 4.2 is out, restart web and my-nginx", "docker restart web my-nginx"),
    ("Release shipped, create a network called sprint22", "docker network create sprint22"),
    ("release shipped. Create a network called sprint23", "docker network create sprint23"),
    ("The deploy is done. Restart web", "docker restart web"),
    # … a hold with no end said (fresh22 "deploy window's open — pause data until I say otherwise")
    ("deploy window's open — pause data until I say otherwise", "docker pause data"),
    ("pause data until I say otherwise", "docker pause data"),
    ("stop cache until further notice", "docker stop cache"),
    # … the order, then the part the speaker keeps (fresh22 "nginx:1.25 받아놓고, 배포 끝나면 web 재시작은 제가 할게요")
    ("nginx:1.25 받아놓고, 배포 끝나면 web 재시작은 제가 할게요", "docker pull nginx:1.25"),
    ("redis 이미지 받아줘, cache 재시작은 제가 할게요", "docker pull redis"),
    ("cache 재시작해주세요, 로그는 제가 볼게요", "docker restart cache"),
]

NOT_RUN = [
    "제가 뭘 지울까 봐 무서워서요 web 재시작해주세요",  # a write in the worry: never left out
    "web 지울까 봐 무서워서요 볼륨 목록",
    "web 지울까?",  # asked, never run
    "restart web, and don't change anything else",  # a write said with the ban: the ban may be of it
    "remove web and don't touch anything",
    "web 재시작해줘 아무것도 건드리지 마",
    "백업 끝나면 cache 일시정지 풀어줘",  # a schedule: after the backup
    "Once the dump finishes, unpause cache",
    "정리: web 재시작해주세요",  # a clean-up aim, then no removal: asked
    "정리: web 지움",  # told done
    "할일: web 지워줘",  # a note's label: the task told
    "쓰레기 정리: 멈춘 컨테이너 지우지 마",  # a ban
    "Release shipped",  # told, nothing asked
    "Please frobnicate db. Remove cache.",  # an order not read, then a capital: no context left out
    "release cache, done",
    "pause data until noon",  # a time: never now
    "don't pause data until I say otherwise",
    "web 재시작하고, web 로그는 제가 볼게요",  # the speaker's part names the order's thing
    "제가 web 재시작하고, 로그는 제가 볼게요",  # the speaker's own order
    "web 재시작은 제가 할게요",
    "사수님이 네트워크 보라고 하셨는데 web 지우래",  # an order heard
    "cache랑 db 셋 다 상태 봐줘",  # a count not the names'
    "what does restart web do",  # a question
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans
