"""lead28b: reads asked that were refused —
- what one container is, does or runs (bot/language/asked_of_one.py): "what does the my-nginx box do", "which version of
  nginx does web use", "web 버전 뭐야?", "my-volume은 뭐 하는 컨테이너예요?" — its details;
- every/each said with the kind after a preposition ("details of every container": read as a container named every);
- the server said with "the" ("what images do we have on the server") and a listing summed up ("summarize")."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("what does the my-nginx box do", ["docker inspect my-nginx"]),
    ("what does my-nginx do", ["docker inspect my-nginx"]),
    ("what is cache for", ["docker inspect cache"]),
    ("what's cache for?", ["docker inspect cache"]),
    ("could someone tell me what cache is for", ["docker inspect cache"]),
    ("Can you tell me which version of nginx web uses?", ["docker inspect web"]),
    ("which version of nginx does web use", ["docker inspect web"]),
    ("what nginx version is web on", ["docker inspect web"]),
    ("my-volume은 뭐 하는 컨테이너예요?", ["docker inspect my-volume"]),
    ("web은 뭐 하는 컨테이너야?", ["docker inspect web"]),
    ("cache 뭐하는 애야?", ["docker inspect cache"]),
    ("cache는 뭐에 쓰는 거야?", ["docker inspect cache"]),
    ("web 버전 뭐야?", ["docker inspect web"]),
    ("cache 용도 알려줘", ["docker inspect cache"]),
    ("배포된 버전 뭔지 알 수 있을까요? web이요", ["docker inspect web"]),
    # every / each with the kind
    ("give me an overview of every container", ["docker ps -a"]),
    ("details of every container", ["docker ps -a"]),
    ("status of each container", ["docker ps -a"]),
    ("I'd like an overview of every container we have, including stopped ones", ["docker ps -a"]),
    ("stats of every container", ["docker stats --no-stream"]),
    # the server, a summary
    ("what images do we have on the server", ["docker images"]),
    ("list containers on the machine", ["docker ps"]),
    ("Can you summarize what images we currently have on the server?", ["docker images"]),
    ("summarize the containers", ["docker ps"]),
    # what is left, said of a listing
    ("list volumes so i can see what's left", ["docker volume ls"]),
    ("what's left running?", ["docker ps"]),
    # a time just past or of today said with a read
    ("방금 전 cache 로그 10줄", ["docker logs --tail 10 cache"]),
    ("아까 cache 로그 10줄", ["docker logs --tail 10 cache"]),
    ("오늘 web 로그 다 보여줘", ["docker logs web"]),
    ("방금 전 web 상태", ["docker inspect web"]),
    # two reads, each with its own amount
    ("web 로그 열 줄이랑 cache 로그 열 줄", ["docker logs --tail 10 web", "docker logs --tail 10 cache"]),
    ("web 로그 10줄하고 cache 로그 20줄 보여줘", ["docker logs --tail 10 web", "docker logs --tail 20 cache"]),
    ("web 로그 10줄, cache 로그 20줄", ["docker logs --tail 10 web", "docker logs --tail 20 cache"]),
    # a file or a directory of one container
    ("my-nginx 설정 파일 /etc/nginx/nginx.conf 내용 보여줄래요?", ["docker exec my-nginx cat /etc/nginx/nginx.conf"]),
    ("data /etc/hosts 내용 보여줘", ["docker exec data cat /etc/hosts"]),
    ("web /etc/nginx/nginx.conf 파일 보여줘", ["docker exec web cat /etc/nginx/nginx.conf"]),
    ("web의 /usr/share/nginx/html 안에 뭐 있어?", ["docker exec web ls /usr/share/nginx/html"]),
    ("web 컨테이너 /etc/nginx/conf.d 목록 보여줘", ["docker exec web ls /etc/nginx/conf.d"]),
    ("show me /etc/nginx/nginx.conf in my-nginx", ["docker exec my-nginx cat /etc/nginx/nginx.conf"]),
    ("print the contents of /etc/hosts on data", ["docker exec data cat /etc/hosts"]),
    ("check disk on data with df -h", ["docker exec data df -h"]),
    ("check memory in cache using free -m", ["docker exec cache free -m"]),
    # the containers of an image, what uses a port
    ("containers built from redis?", ["docker ps --filter ancestor=redis"]),
    ("which containers were started from redis?", ["docker ps --filter ancestor=redis"]),
    ("any containers made from nginx", ["docker ps --filter ancestor=nginx"]),
    ("is anyone using port 80", ["docker ps --filter publish=80"]),
    ("what's using port 80?", ["docker ps --filter publish=80"]),
    ("which container uses port 80", ["docker ps --filter publish=80"]),
    # restarted over and over: a complaint
    ("my-nginx 계속 재시작돼요", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("web 자꾸 재시작됨", ["docker inspect web", "docker logs --tail 20 web"]),
    # a command for a container, its place unsaid or said with 에
    ("data /tmp에서 ls -al", ["docker exec -w /tmp data ls -al"]),
    ("web에 env 찍어 봐", ["docker exec web env"]),
    # the size of images or of a volume
    ("how big are my images?", ["docker images"]),
    ("how big is the nginx image", ["docker images nginx"]),
    ("how big is the pgdata volume", ["docker volume inspect pgdata"]),
    ("what's the size of the redis image", ["docker images redis"]),
    ("redis 이미지 용량 얼마야", ["docker images redis"]),
    ("이미지 용량 다 합쳐서 얼마나 돼?", ["docker images"]),
    ("pgdata 볼륨 용량 얼마나 돼?", ["docker volume inspect pgdata"]),
    # when a volume, a network, a container was made
    ("pgdata 볼륨 만든 날짜", ["docker volume inspect pgdata"]),
    ("pgdata 볼륨 생성일", ["docker volume inspect pgdata"]),
    ("backend 네트워크 만든 날짜 알려줘", ["docker network inspect backend"]),
    ("web 만든 날짜", ["docker inspect web"]),
    # the name said last, as an afterthought, of a read
    ("502 계속 뜸 my-nginx", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("로그 10줄 web", ["docker logs --tail 10 web"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", [
    "web 버전 지워줘",  # a write said of a version: never read as a look
    "what does restart do",  # a verb asked about: no container
    "remove every container",  # every container removed: refused as before (parse.rm_all)
    "오늘 web 재시작해줘",  # a day said with a write: no time to run it (test_parse_f12ko), as before
    "아까 web 지워줘",
    "web 로그 10줄이랑 cache 지워줘",  # a read joined to a write: two verbs, refused
    "turn left",
    "web /etc 파일 보여줘",  # the files in it, or a file? asked
    "web /etc 파일 지워줘",
    # a past told with a time: done, never a read asked
    "what is using port 99999",
    "web에 ping 보내",  # sent to web, never run in it
    "web env 찍어봐",  # bare, as "alpine ls 실행": a container, or an image to run? refused (test_parse_heldout)
    "web ping 보내줘",
    "web 계속 재시작해",
    "cache 로그 방금 봤어",
    "web 로그 아까 다 확인했어요",
])
def test_never_a_write(text):
    a = answer(text)
    assert not a.cli, a


def test_still_read_as_before():
    assert list(answer("put data on the backend network").cli) == ["docker network connect backend data"]
    assert list(answer("stop every container").cli) == ["docker stop $(docker ps -q)"]
