"""f23a: fresh23's wrong writes and other reads, each fixed as a kind (issue 8).
- a dictated punctuation word ("exclamation mark", "question mark", 마침표, 물음표, 느낌표, 쉼표) is the mark, never a name;
- a full stop after a value-like word ends the sentence ("push fastcampus/hello-world."), one inside it does not;
- an instruction on how to report ("결과만 보고할 것", "이후 보고", "report back") is no read;
- the host port said twice is one host port: the container port is the image's EXPOSE;
- a bare list after a step on volumes, networks or images is that kind's list;
- a Korean write said with a day or a week to come is a schedule, never offered to run now;
- steps on lines of their own opened by bullets, "step N -" or "N/" are numbered steps, none dropped;
- lists of two kinds said together list each, in order;
- a shift handover (인수인계, 교대) is a work event a request is said before or as the wrap-up of; 이미지 last in a clause
  is the noun; a lesson's label before a colon ("튜토리얼 5단계:", "Lab 2:") is what the request is from."""
import pytest
from test_wordings_fresh import answer

READ = [
    # dictated punctuation (fresh23 + invented)
    ("pull the redis image exclamation mark", ["docker pull redis"]),
    ("pull redis exclamation point", ["docker pull redis"]),
    ("restart web question mark", None),  # asked, or nothing: never a container `question` or `mark`
    ("what is the memory usage of cache question mark", ["docker stats --no-stream cache"]),
    ("웹 컨테이너 재시작 해 줘 마침표", ["docker restart web"]),
    ("데이터 컨테이너 일시 정지 해 줘 마침표", ["docker pause data"]),
    ("캐시 메모리 얼마나 쓰는지 알려 줘 물음표", ["docker stats --no-stream cache"]),
    ("웹 재시작 해 줘 느낌표", ["docker restart web"]),
    # a full stop after a value-like word
    ("push fastcampus/hello-world.", ["docker push fastcampus/hello-world"]),
    ("pull redis:7.", ["docker pull redis:7"]),
    ("fastcampus/hello-world 이미지 푸시해줘.", ["docker push fastcampus/hello-world"]),
    ("pull nginx:1.25", ["docker pull nginx:1.25"]),
    # an instruction on how to report
    ("결과만 보고할 것. cache 재시작.", ["docker restart cache"]),
    ("cache 재시작. 결과만 보고할 것.", ["docker restart cache"]),
    ("결과 공유 바랍니다. web 로그 50줄", ["docker logs --tail 50 web"]),
    ("cache 재시작, 이후 보고.", ["docker restart cache"]),
    ("just report the result. restart cache", ["docker restart cache"]),
    ("restart web, then report back", ["docker restart web"]),
    # the host port said twice
    ("nginx 8097포트에 띄워줘, 호스트 포트 8097번", ["docker run -d -p 8097:80 nginx"]),
    ("run nginx on port 8097, host port 8097", ["docker run -d -p 8097:80 nginx"]),
    ("httpd 8090 포트로 실행, 호스트 8090번", ["docker run -d -p 8090:80 httpd"]),
    # the list of the kind of the step before
    ("backup23 볼륨 만들고 목록 보여줘", ["docker volume create backup23", "docker volume ls"]),
    ("net23 네트워크 만들고 목록 보여줘", ["docker network create net23", "docker network ls"]),
    ("redis 이미지 받고 목록 보여줘", ["docker pull redis", "docker images"]),
    ("create volume backup23 and show the list", ["docker volume create backup23", "docker volume ls"]),
    ("create network net23, then list them", ["docker network create net23", "docker network ls"]),
    ("backup23 볼륨 만들고 컨테이너 목록 보여줘", ["docker volume create backup23", "docker ps"]),  # containers said
    ("web 재시작하고 목록 보여줘", ["docker restart web", "docker ps"]),
    # steps on lines
    ("Please, in this order:\n- unpause data\n- logs of data, last 10", ["docker unpause data", "docker logs --tail 10 data"]),
    ("step 1 - create volume backup23\nstep 2 - show volumes", ["docker volume create backup23", "docker volume ls"]),
    ("- web 중지\n- web 삭제", ["docker stop web", "docker rm web"]),
    ("순서대로 해줘:\n• cache 로그 50줄\n• cache 재시작", ["docker logs --tail 50 cache", "docker restart cache"]),
    ("do these:\n- restart cache\n- restart web", ["docker restart cache", "docker restart web"]),
    ("1/ inspect the pgdata volume\n2/ inspect the db volume", ["docker volume inspect pgdata", "docker volume inspect db"]),
    ("* data 로그 타임스탬프 포함해서\n* data 프로세스", ["docker logs -t data", "docker top data"]),
    # numbered lines after a heading that asks for them
    ("아래 순서로 부탁드려요\n1. db 시작\n2. db 상태 확인", ["docker start db", "docker inspect db"]),
    ("단계별로:\n① busybox 받기\n② busybox에서 uptime 실행", ["docker pull busybox", "docker run busybox uptime"]),
    ("steps:\n1) pause data\n2) inspect data\n3) unpause data",
     ["docker pause data", "docker inspect data", "docker unpause data"]),
    # a step "again" after the kill of the same container is its start
    ("계획:\n1. my-volume 강제 종료\n2. my-volume 다시 켜기", ["docker kill my-volume", "docker start my-volume"]),
    ("1) my-volume 강제 종료 2) my-volume 다시 켜기", ["docker kill my-volume", "docker start my-volume"]),
    ("1) web 다시 켜기 2) web 로그", ["docker restart web", "docker logs web"]),
    ("step 1: stop cache, step 2: start cache", ["docker stop cache", "docker start cache"]),  # no lesson label
    # lists of two kinds
    ("list volumes\nand networks too", ["docker volume ls", "docker network ls"]),
    ("list volumes and networks", ["docker volume ls", "docker network ls"]),
    ("show volumes and images", ["docker volume ls", "docker images"]),
    ("볼륨 목록하고 네트워크 목록", ["docker volume ls", "docker network ls"]),
    ("볼륨 목록 보여줘, 네트워크 목록도", ["docker volume ls", "docker network ls"]),
    ("볼륨 목록 보여 줘 쉼표 네트워크 목록도", ["docker volume ls", "docker network ls"]),
    # a handover said before, or wrapped up
    ("인수인계하기 전에 이미지 목록 좀 보여줘, 정리해서 넘기게", ["docker images"]),
    ("인수인계 전에 web 로그 마지막 200줄 뽑아줘", ["docker logs --tail 200 web"]),
    ("교대 전에 web 로그 보여줘", ["docker logs web"]),
    ("배포 전에 이미지 목록 좀 보여줘", ["docker images"]),
    ("야간 인수인계 마무리로 my-nginx 지금 재시작해 주세요", ["docker restart my-nginx"]),
    ("배포 마무리로 web 로그 보여줘", ["docker logs web"]),
    # a lesson's label
    ("강의 2장 실습: busybox에서 echo hi 실행해 주세요", ["docker run busybox echo hi"]),
    ("튜토리얼 5단계: 실행 중인 컨테이너 목록 확인", ["docker ps"]),
    ("실습 3번: 네트워크 목록 보기", ["docker network ls"]),
    ("교재 예제: vol23 볼륨 만들기", ["docker volume create vol23"]),
    ("부트캠프 과제: mysql:5.7 이미지 받아오기", ["docker pull mysql:5.7"]),
    ("Lab 2: run echo tutorial in the alpine image", ["docker run alpine echo tutorial"]),
    ("ok tutorial part 6: pull busybox", ["docker pull busybox"]),
    ("Assignment: connect cache to the backend network", ["docker network connect backend cache"]),
    ("chapter 3 exercise: list images", ["docker images"]),
    ("숙제 4번: web 로그 보기", ["docker logs web"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    got = answer(text)
    if want is None:
        assert not got.cli or list(got.cli) == ["docker restart web"], got
        assert not {"question", "mark"} & {w for c in got.cli for w in c.split()}, got
    else:
        assert list(got.cli) == want, got


NOTHING = [
    "db 삭제는 다음 주.",  # a schedule: nothing run, nothing offered
    "db 삭제 다음 주",
    "db 삭제는 금요일",
    "web 재시작은 다음 달에",
    "never do these:\n- rm web\n- rm cache",  # a heading that bans: the list is not read as steps
    "- rm web\n- just kidding, dont",
    "결과만 보고할 것.",  # no write
    "실습 끝나면: db 지워",  # a time before the colon: never dropped as a label
    "실습 끝나면 지울 거: db",
    "remove volumes and networks",  # no list of writes made up from two kinds
    "인수인계: 다음 근무자분이 web 재시작해 주세요",  # the next person's task
    "하지 마세요:\n1. web 삭제\n2. db 삭제",  # a heading that bans
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_written_nor_offered(text):
    got = answer(text)
    writes = [c for c in (*got.cli, *(got.proposal or ())) if not c.startswith(("docker ps", "docker logs"))]
    assert not writes, got


def test_a_path_or_ref_keeps_its_dots():
    from bot.language.normalize import normalize

    assert normalize("pull nginx:1.25") == "pull nginx:1.25"
    assert "web:/app/." in normalize("web에서 ls web:/app/. 실행")
    assert normalize("push fastcampus/hello-world.") == "push fastcampus/hello-world"
    assert "/tmp/0." in normalize("run nginx with /tmp/0. mounted at /data")  # a path's stop: a mount as typed
