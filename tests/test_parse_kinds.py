"""The kinds of phrasing of issue 8, read by the parser (no engine): each row is a kind.

Sequences, exclusion, brevity, fresh/new, create without starting, schedules, conflicting
verbs, partial readings (a proposal, never a Command), command text of a placed container.
"""
import pytest

from bot import model as m
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import NotUnderstood


def p(text):
    return parse(normalize(text))


@pytest.mark.parametrize("text, steps", [
    ("web 중지하고 삭제해줘", (m.Stop(targets=("web",), lang="ko"), m.Remove(targets=("web",), lang="ko"))),
    ("web 끄고 지워", (m.Stop(targets=("web",), lang="ko"), m.Remove(targets=("web",), lang="ko"))),
    ("data 끄고 나서 지워", (m.Stop(targets=("data",), lang="ko"), m.Remove(targets=("data",), lang="ko"))),
    ("stop web then remove it", (m.Stop(targets=("web",), lang="en"), m.Remove(targets=("web",), lang="en"))),
    ("stop cache and then delete it", (m.Stop(targets=("cache",), lang="en"),
                                       m.Remove(targets=("cache",), lang="en"))),
    ("web 재시작하고 로그 보여줘", (m.Restart(targets=("web",), lang="ko"), m.Logs("web", lang="ko"))),
    ("nginx 받고 띄워줘", (m.Pull("nginx", lang="ko"), m.RunContainer(image="nginx", lang="ko"))),
    ("web 상세정보 보여줘 web stop 해줘", (m.Inspect("web", lang="ko"), m.Stop(targets=("web",), lang="ko"))),
    ("nginx 실행하고 web 재시작", (m.RunContainer(image="nginx", lang="ko"), m.Restart(targets=("web",), lang="ko"))),
    ("run nginx on port 8080 and restart web", (
        m.RunContainer(image="nginx", ports=(m.PortSpec(host_port=8080),), lang="en"),
        m.Restart(targets=("web",), lang="en"))),
    ("web 종료 후 삭제", (m.Stop(targets=("web",), lang="ko"), m.Remove(targets=("web",), lang="ko"))),
])
def test_a_sequence_is_ordered_steps(text, steps):
    assert p(text) == m.Sequence(steps=steps, lang=steps[0].lang)


@pytest.mark.parametrize("text", [
    "nginx 실행 후 삭제",  # run, then remove = --rm: one command
    "run alpine echo hi and remove it",
    "db 볼륨을 /var/lib/mysql에 붙이고 3306 포트로 mysql:5.7 실행",  # a modifier is part of the run
])
def test_not_a_sequence(text):
    assert not isinstance(p(text), m.Sequence)


@pytest.mark.parametrize("text", [
    "stop web 실행", "kill web 실행", "kill cache 실행", "inspect web 삭제",
    "docker restart $(docker ps -q) 랜덤 포트로 실행",
])
def test_conflicting_verbs_are_never_one_verb(text):
    assert isinstance(p(text), NotUnderstood)


@pytest.mark.parametrize("text, cmd", [
    ("my-nginx 빼고 web만 재시작", m.Restart(targets=("web",), lang="ko")),
    ("web 말고 cache 꺼", m.Stop(targets=("cache",), lang="ko")),
    ("web 제외하고 다 꺼", m.Stop(all_running=True, exclude=("web",), lang="ko")),
    ("stop everything except web", m.Stop(all_running=True, exclude=("web",), lang="en")),
    ("kill all except web and my-nginx", m.Kill(all_running=True, exclude=("web", "my-nginx"), lang="en")),
    ("restart cache, not web", m.Restart(targets=("cache",), lang="en")),
])
def test_exclusion(text, cmd):
    assert p(text) == cmd


@pytest.mark.parametrize("text", ["cache 빼고 web, cache 재시작", "web 빼고 nginx 실행", "don't create web and run it"])
def test_an_exclusion_that_contradicts_is_refused(text):
    assert isinstance(p(text), (NotUnderstood, m.Prohibition))


@pytest.mark.parametrize("text, cmd", [
    ("web 잠깐 멈춰", m.Pause(targets=("web",), lang="ko")),
    ("web 잠시 멈춰 둬", m.Pause(targets=("web",), lang="ko")),
    ("stop web for a moment", m.Pause(targets=("web",), lang="en")),
    ("start a fresh httpd container named edge2", m.RunContainer(image="httpd", name="edge2", fresh=True, lang="en")),
    ("set up a redis container named q3 without starting it",
     m.RunContainer(image="redis", name="q3", create_only=True, lang="en")),
    ("kill cache hard, no graceful stop", m.Kill(targets=("cache",), lang="en")),
    ("create an httpd container called h4 but don't start it",
     m.RunContainer(image="httpd", name="h4", create_only=True, lang="en")),
    ("httpd로 h3 컨테이너 만들어 두고 실행은 하지 마", m.RunContainer(image="httpd", name="h3", create_only=True, lang="ko")),
    ("make a container from busybox named bb1 but leave it stopped",
     m.RunContainer(image="busybox", name="bb1", create_only=True, lang="en")),
    ("bring db back up", m.Start(targets=("db",), lang="en")),
    ("run nginx with my-volume's volumes", m.RunContainer(image="nginx", volumes_from=("my-volume",), lang="en")),
    ("web 재시작하지 말고 로그만 보여줘", m.Logs("web", lang="ko")),
    ("db 살려줘", m.Start(targets=("db",), lang="ko")),
    ("db 다시 켜줘요", m.Start(targets=("db",), lang="ko")),  # on again: start (다시 띄워: restart)
    ("redis 컨테이너 하나 만들어서 실행", m.RunContainer(image="redis", lang="ko")),  # make and run = run
    ("컨테이너 뭐 떠있나요?", m.ListContainers(lang="ko")),  # a read may be asked
    ("web 재시작 가능할까요?", m.Restart(targets=("web",), lang="ko")),  # a polite request
    ("redis:7 이미지 까줘", m.Pull("redis:7", lang="ko")),
    ("team/app:1.0 밀어줘", m.Push("team/app:1.0", lang="ko")),
    ("team/app:2.1 이미지 올려줘", m.Push("team/app:2.1", lang="ko")),  # an image is put up: push
    # a container is put up: run — a new one, the image said as an image (never a start of a container so named)
    ("nginx 이미지로 컨테이너 올려줘", m.RunContainer(image="nginx", lang="ko", fresh=True, said_image=True)),
    ("cache won't stop, kill it", m.Kill(targets=("cache",), lang="en")),
    ("중지된 컨테이너 비워줘", m.PruneContainers(lang="ko")),
    ("nginx 이미지 내려받아", m.Pull("nginx", lang="ko")),
    ("살아 있는 컨테이너 목록 좀", m.ListContainers(lang="ko")),
    ("종료된 것까지 전부 목록으로", m.ListContainers(all=True, lang="ko")),
    ("which containers are up right now?", m.ListContainers(lang="en")),
    ("gimme the last 50 log lines of cache", m.Logs("cache", tail=50, lang="en")),
    ("web 로그 타임스탬프 붙여서 보여줘", m.Logs("web", timestamps=True, lang="ko")),
    ("My-Web 재시작", m.Restart(targets=("My-Web",), lang="ko")),
])
def test_kinds(text, cmd):
    assert p(text) == cmd


@pytest.mark.parametrize("text, words", [
    ("web에서 curl -s http://localhost:8080/x?debug=1 실행", ("curl", "-s", "http://localhost:8080/x?debug=1")),
    ("web 컨테이너에서 env FOO=bar printenv FOO 실행", ("env", "FOO=bar", "printenv", "FOO")),
    ("data에서 nc -z localhost 6379 실행", ("nc", "-z", "localhost", "6379")),
    ("run ping -c 1 localhost in data", ("ping", "-c", "1", "localhost")),
    ("in cache run redis-cli -h 127.0.0.1 -p 6379 ping", ("redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping")),
    ("run rm -f /tmp/x in data", ("rm", "-f", "/tmp/x")),
    ("ubuntu:focal에서 cat /etc/os-release 해줘", ("cat", "/etc/os-release")),  # do it there = run
    # a phrase with a role of its own at the ends of the stretch is not the command's
    ("ubuntu:focal에서 e2e-1라는 이름으로 echo hello ab12 실행하고 끝나면 삭제", ("echo", "hello", "ab12")),
    ("run echo hi named n2 in alpine", ("echo", "hi")),
    ("web 안에서 cat /etc/nginx/nginx.conf 해줘", ("cat", "/etc/nginx/nginx.conf")),
])
def test_text_inside_a_command_is_the_commands(text, words):
    cmd = p(text)
    assert isinstance(cmd, (m.RunContainer, m.Exec)), cmd
    assert cmd.command == words
    if isinstance(cmd, m.RunContainer):
        assert not (cmd.env or cmd.ports), cmd


@pytest.mark.parametrize("text", [
    "web 나중에 재시작", "cache 내일 꺼줘", "restart web later", "forec remove image busbxvo",
    "ping 보내",  # send it where? never a run of an image named ping
    "web 재시작 말고 cache",  # 말고 right after a verb, no verb after it: not a name left out (a clause for a
    # clause, "web 재시작 말고 cache 재시작", is the second: tests/test_parse_ko8.py)
    "web 지워야 할까?", "web 재시작할까요?",  # a question about acting is not a request
    "nginx를 x라는 이름으로 실행", "run nginx named a",  # docker names have 2+ characters
    "web에서 해줘",  # do what there? never a start
])
def test_refused(text):
    assert isinstance(p(text), NotUnderstood)


def test_a_partial_reading_is_a_proposal_never_a_command():
    res = p("web 뭐시기 지워")
    assert isinstance(res, NotUnderstood)
    assert res.proposal == m.Remove(targets=("web",), lang="ko")
    assert res.unread == ("뭐시기",)


@pytest.mark.parametrize("text", [
    "alpine 이미지 지우지 마셈",  # the unread word negates
    "자정에 cache 재시작",  # a time
    "alpine으로 echo 안녕 실행하고 지워",  # a word of the command
])
def test_no_proposal_when_the_unread_word_may_change_the_meaning(text):
    res = p(text)
    assert not (isinstance(res, NotUnderstood) and res.proposal is not None
                and not isinstance(res.proposal, m.Prohibition)), res
