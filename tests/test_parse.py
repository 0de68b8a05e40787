"""parse: utterance -> Command, for Korean, English and docker CLI (no engine)."""
import pytest

from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood, PortSpec, VolumeSpec


def p(text):
    return parse(normalize(text))


@pytest.mark.parametrize("text, expected", [
    ("web 재시작", m.Restart(targets=("web",), lang="ko")),
    ("web을 재기동해 주세요", m.Restart(targets=("web",), lang="ko")),
    ("web 리스타트 해 주시겠어요?", m.Restart(targets=("web",), lang="ko")),
    ("web재시작", m.Restart(targets=("web",), lang="ko")),
    ("web이랑 cache 재시작", m.Restart(targets=("web", "cache"), lang="ko")),
    ("restart web and cache", m.Restart(targets=("web", "cache"), lang="en")),
    ("Please restart the web container", m.Restart(targets=("web",), lang="en")),
    ("bounce web", m.Restart(targets=("web",), lang="en")),
    ("docker restart -t 3 web", m.Restart(targets=("web",), timeout=3, lang="cli")),
    ("web 종료", m.Stop(targets=("web",), lang="ko")),
    ("web 꺼줘", m.Stop(targets=("web",), lang="ko")),
    ("shut down web", m.Stop(targets=("web",), lang="en")),
    ("web 강제 종료", m.Kill(targets=("web",), lang="ko")),
    ("web 죽여", m.Kill(targets=("web",), lang="ko")),
    ("모든 컨테이너 종료", m.Stop(all_running=True, lang="ko")),
    ("stop everything", m.Stop(all_running=True, lang="en")),
    ("docker stop $(docker ps -q)", m.Stop(all_running=True, lang="cli")),
    ("web 강제 삭제", m.Remove(targets=("web",), force=True, lang="ko")),
    ("docker rm -fv web", m.Remove(targets=("web",), force=True, volumes=True, lang="cli")),
    ("중지된 컨테이너 모두 삭제", m.PruneContainers(lang="ko")),
    ("remove all stopped containers", m.PruneContainers(lang="en")),
    ("web 일시 중지", m.Pause(targets=("web",), lang="ko")),
    ("web 재개", m.Unpause(targets=("web",), lang="ko")),
    ("db 켜줘", m.Start(targets=("db",), lang="ko")),
    ("실행중인 컨테이너 보여줘", m.ListContainers(all=False, lang="ko")),
    ("전체 컨테이너 목록", m.ListContainers(all=True, lang="ko")),
    ("list all containers", m.ListContainers(all=True, lang="en")),
    ("web 로그 마지막 100줄", m.Logs("web", tail=100, lang="ko")),
    ("web 최근 10분 로그", m.Logs("web", since="10m", lang="ko")),
    ("web 지난 1시간 로그", m.Logs("web", since="1h", lang="ko")),
    ("show the last 50 lines of logs from web", m.Logs("web", tail=50, lang="en")),
    ("logs of web since 1h", m.Logs("web", since="1h", lang="en")),
    ("docker logs -n 20 web", m.Logs("web", tail=20, lang="cli")),
    # "run CMD in X": parse can't know whether X is an image or a container; plan decides
    ("web에서 ls /etc 실행", m.RunContainer("web", command=("ls", "/etc"), lang="ko")),
    ("my-nginx 컨테이너에서 env 실행", m.Exec("my-nginx", ("env",), lang="ko")),
    ("my-nginx 환경변수 확인", m.Exec("my-nginx", ("env",), lang="ko")),
    ("docker exec web ls /etc", m.Exec("web", ("ls", "/etc"), lang="cli")),
    ("nginx 80포트로 실행", m.RunContainer("nginx", ports=(PortSpec(host_port=80),), lang="ko")),
    ("nginx 포트 80으로 실행", m.RunContainer("nginx", ports=(PortSpec(host_port=80),), lang="ko")),
    ("run nginx on 127.0.0.1 port 80",
     m.RunContainer("nginx", ports=(PortSpec(host_port=80, host_ip="127.0.0.1"),), lang="en")),
    ("run nginx on localhost port 8080",
     m.RunContainer("nginx", ports=(PortSpec(host_port=8080, host_ip="127.0.0.1"),), lang="en")),
    ("run nginx mapping host port 8081 to container port 80",
     m.RunContainer("nginx", ports=(PortSpec(8081, 80),), lang="en")),
    ("run nginx and publish container port 80 on a random host port",
     m.RunContainer("nginx", ports=(PortSpec(container_port=80, random_host=True),), lang="en")),
    ("run nginx, only exposing port 80", m.RunContainer("nginx", expose=(80,), lang="en")),
    ("run nginx with /opt/html mounted read-only at /usr/share/nginx/html",
     m.RunContainer("nginx", volumes=(VolumeSpec("/opt/html", "/usr/share/nginx/html", True),), lang="en")),
    ("환경변수 MYSQL_ROOT_PASSWORD=secret 넣어서 mysql:5.7 실행",
     m.RunContainer("mysql:5.7", env=(("MYSQL_ROOT_PASSWORD", "secret"),), lang="ko")),
    ("nginx를 항상 재시작하도록 실행", m.RunContainer("nginx", restart="always", lang="ko")),
    ("run redis on the backend network", m.RunContainer("redis", network="backend", lang="en")),
    ("ubuntu:focal에서 echo hello world 실행하고 끝나면 삭제",
     m.RunContainer("ubuntu:focal", command=("echo", "hello", "world"), remove=True, lang="ko")),
    ('run "echo hello world" in ubuntu:focal',
     m.RunContainer("ubuntu:focal", command=("echo", "hello", "world"), lang="en")),
    ("run ubuntu:focal with entrypoint echo and arguments hello world",
     m.RunContainer("ubuntu:focal", command=("hello", "world"), entrypoint="echo", lang="en")),
    ("create a container named staging from nginx",
     m.RunContainer("nginx", name="staging", create_only=True, lang="en")),
    ("docker run -d -p 80:80 --name hello-world fastcampus/hello-world:latest",
     m.RunContainer("fastcampus/hello-world:latest", detach=True, name="hello-world",
                    ports=(PortSpec(80, 80),), lang="cli")),
    ("nginx 이미지 받아줘", m.Pull("nginx", lang="ko")),
    ("pull ubuntu:focal", m.Pull("ubuntu:focal", lang="en")),
    ("push team/app:1.0", m.Push("team/app:1.0", lang="en")),
    ("이미지 목록", m.ListImages(lang="ko")),
    ("nginx:1.25 이미지 삭제", m.RemoveImage(("nginx:1.25",), lang="ko")),
    ("logs 볼륨 생성", m.VolumeCreate("logs", lang="ko")),
    ("docker volume create --name db2", m.VolumeCreate("db2", lang="cli")),
    ("볼륨 목록", m.VolumeList(lang="ko")),
    ("db 볼륨 정보", m.VolumeInspect("db", lang="ko")),
    ("delete volume pgdata", m.VolumeRemove(("pgdata",), lang="en")),
    ("my-net 네트워크 생성", m.NetworkCreate("my-net", lang="ko")),
    ("create a bridge network called frontend", m.NetworkCreate("frontend", driver="bridge", lang="en")),
    ("web 컨테이너를 backend 네트워크에 연결", m.NetworkConnect("backend", "web", lang="ko")),
    ("disconnect web from backend", m.NetworkDisconnect("backend", "web", lang="en")),
    ("backend 네트워크 삭제", m.NetworkRemove(("backend",), lang="ko")),
    ("도움말", m.Help(lang="ko")),
])
def test_parse_table(text, expected):
    assert p(text) == expected


@pytest.mark.parametrize("text", [
    "web 재시작하지 마", "don't stop cache", "never restart db", "web 삭제하지 마세요", "web 재시작 안 돼",
])
def test_negation_is_a_prohibition(text):
    cmd = p(text)
    assert isinstance(cmd, m.Prohibition)
    assert cmd.understood is not None  # it says what it understood was forbidden


@pytest.mark.parametrize("text, key", [
    ("", "parse.empty"),
    ("오늘 점심 뭐 먹지", "parse.unknown_word"),
    ("web 재설치", "parse.unknown_word"),
    ("rm -rf /", "parse.invalid_name"),
    ("restart web; docker rm -f cache", "parse.shell_meta"),
    ("restart web && rm cache", "parse.shell_meta"),
    ("restart $(whoami)", "parse.shell_meta"),
    ("restart `id; ls`", "parse.shell_meta"),  # Slack code is quoted text; a metacharacter inside is refused
    ("restart web | tee", "parse.shell_meta"),
    ("web", "parse.no_verb"),
    ("restart", "parse.need_target"),
    # two verbs with no connective between them (with 하고 they are a sequence: tests/test_parse_ko8.py)
    ("web 재시작 삭제", "parse.two_verbs"),
    ("x" * 3000, "parse.too_long"),
])
def test_not_understood(text, key):
    res = p(text)
    assert isinstance(res, NotUnderstood), res
    assert res.reason.key == key


def test_unknown_word_points_at_it():
    res = p("web 재설치 해줘")
    assert isinstance(res, NotUnderstood)
    assert res.column == 4 and res.reason.kw()["word"] == "재설치"
    assert res.suggestions  # closest commands it knows


def test_language_detection():
    assert p("web 재시작").lang == "ko"
    assert p("restart web").lang == "en"
    assert p("docker restart web").lang == "cli"
    assert p("web container 재시작해줘").lang == "ko"  # mixed input answers in Korean


def test_interactive_tty_is_parsed_then_refused_by_plan():
    cmd = p("docker exec -it web bash")
    assert isinstance(cmd, m.Exec) and cmd.interactive


def test_host_flag_is_kept_for_the_guard():
    cmd = p("docker -H tcp://10.0.0.1:2375 ps")
    assert isinstance(cmd, m.ListContainers) and cmd.host_flag == "tcp://10.0.0.1:2375"
