"""bot/language/parse_cli.py: a docker command line read as docker reads it — shell words (what a
shell would expand is refused), options by pflag's rules, the command words by
grammar/docker_cli.lark, global options, and a Korean request after a docker command.

Each function directly here; docker's own table tests of whole command lines, through parse() and
plan(): tests/test_docker_cli_table.py; every option's table: tests/test_docker_options.py.
"""
from __future__ import annotations

import pytest

from bot.language import docker_options as do
from bot.language.parse import Incomplete
from bot.language.parse_cli import (
    NotCli,
    autocorrected,
    command_path,
    docker_command,
    read,
    read_flags,
    words,
)
from bot.model import ListContainers, Msg, PortSpec, Restart, RunContainer

ALL_RUNNING = "\x00ALL_RUNNING\x00"  # `$(docker ps -q)`, read as "every running container"


def refused(fn, *args) -> Msg:
    with pytest.raises(Incomplete) as e:
        fn(*args)
    return e.value.msg


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize("text, ws", [
    ("  run\t-d  nginx ", ["run", "-d", "nginx"]),
    ("", []),
    ("""say "hi there" 'x y'""", ["say", "hi there", "x y"]),       # quotes group and vanish
    ("echo '$HOME'", ["echo", "$HOME"]),                            # single quotes: nothing expands
    ("echo \\$HOME", ["echo", "$HOME"]),                            # escaped
    ('"a;b"', ["a;b"]),                                             # quoted: not an operator
    ("a~b", ["a~b"]),                                               # a ~ inside a word is not home
    ("echo $ 5$ '$?'", ["echo", "$", "5$", "$?"]),                  # a lone or final $ is a $
    ("docker rm $(docker ps -q)", ["docker", "rm", ALL_RUNNING]),
    ("docker stop $(docker ps -aq)", ["docker", "stop", ALL_RUNNING]),
])
def test_words_are_a_posix_shells_words(text: str, ws: list[str]) -> None:
    assert words(text) == ws


@pytest.mark.parametrize("text, key, params", [
    ("echo $HOME", "cli.shell_expansion", {"text": "$HOME"}),
    ("echo ${X}", "cli.shell_expansion", {"text": "${X}"}),
    ('echo "$(id)"', "cli.shell_expansion", {"text": '$(id)"'}),   # expanded inside double quotes too
    ("echo `id`", "cli.shell_expansion", {"text": "`id`"}),
    # the special parameters expand too (POSIX 2.5.2), quoted by "" or not
    ("echo $1", "cli.shell_expansion", {"text": "$1"}),
    ("echo $?", "cli.shell_expansion", {"text": "$?"}),
    ('echo "pid $$"', "cli.shell_expansion", {"text": '$$"'}),
    ("kill $!", "cli.shell_expansion", {"text": "$!"}),
    ("echo $# $* $@ $-", "cli.shell_expansion", {"text": "$#"}),
    ("ls ~/x", "cli.shell_expansion", {"text": "~/x"}),
    ("a; b", "parse.shell_meta", {"char": ";"}),
    ("x > y", "parse.shell_meta", {"char": ">"}),
    ("ps | grep web", "parse.shell_meta", {"char": "|"}),
    ("sleep 1 &", "parse.shell_meta", {"char": "&"}),
    ('say "oops', "cli.unterminated_quote", {}),
])
def test_what_a_shell_would_expand_or_run_is_refused(text: str, key: str, params: dict) -> None:
    msg = refused(words, text)
    assert msg.key == key and msg.kw() == params


def test_phone_autocorrect_is_read_back_as_typed_ascii() -> None:
    assert autocorrected("docker run —rm “my app” ‘x’ –d") == "docker run --rm \"my app\" 'x' -d"  # one letter: -d
    assert autocorrected("a—b wait…") == "a—b wait..."  # a dash inside a word stays


# --------------------------------------------------------------------------- options, by pflag's rules


def flags(ws: list[str], table: do.Table = do.RUN, interspersed: bool = False) -> tuple[list, list[str]]:
    given, args = read_flags(ws, table, interspersed)
    return [(g.opt.name, g.value, g.flag) for g in given], args


@pytest.mark.parametrize("ws, given, args", [
    (["-dp", "80:80", "nginx", "sh", "-c", "x"], [("detach", "true", "-d"), ("publish", "80:80", "-p")],
     ["nginx", "sh", "-c", "x"]),                                   # the last letter takes the value
    (["--name=web", "-p=80:80", "--rm=false", "nginx"],
     [("name", "web", "--name"), ("publish", "80:80", "-p"), ("rm", "false", "--rm")], ["nginx"]),
    (["-p8080:80", "nginx"], [("publish", "8080:80", "-p")], ["nginx"]),
    (["-itd", "alpine"], [("interactive", "true", "-i"), ("tty", "true", "-t"), ("detach", "true", "-d")], ["alpine"]),
    (["--", "-x"], [], ["-x"]),                                     # `--` ends the options
    (["nginx", "--name", "x"], [], ["nginx", "--name", "x"]),      # run: options stop at the image
])
def test_options_are_read_as_pflag_reads_them(ws: list[str], given: list, args: list[str]) -> None:
    assert flags(ws) == (given, args)


def test_interspersed_options_are_read_anywhere() -> None:
    assert flags(["web", "-t", "3", "cache"], do.STOP, True) == ([("time", "3", "-t")], ["web", "cache"])


@pytest.mark.parametrize("ws, key, params", [
    (["--nope"], "cli.unknown_flag", {"flag": "--nope", "command": "run"}),
    (["-Z"], "cli.unknown_shorthand", {"letter": "Z", "word": "-Z", "command": "run"}),
    (["--name"], "cli.flag_needs_argument", {"flag": "--name"}),
    (["-dp"], "cli.flag_needs_argument", {"flag": "'p' in -dp"}),
    (["--rm=maybe", "x"], "cli.bad_bool", {"flag": "--rm", "value": "maybe"}),
])
def test_options_docker_refuses_are_refused_with_dockers_reason(ws: list[str], key: str, params: dict) -> None:
    msg = refused(read_flags, ws, do.RUN, False)
    assert msg.key == key and msg.kw() == params


# --------------------------------------------------------------------------- command words


@pytest.mark.parametrize("ws, path", [
    (["ps"], ("list_containers", 1)),
    (["container", "ls"], ("list_containers", 2)),
    (["run", "nginx"], ("run_container", 1)),
    (["service", "scale", "web=3"], ("service_scale", 2)),
    (["frob"], None),
    ([], None),
])
def test_the_command_words_name_a_rule_of_the_grammar(ws: list[str], path: tuple[str, int] | None) -> None:
    assert command_path(ws) == path


@pytest.mark.parametrize("text, line", [
    ("docker run nginx", "docker run nginx"),
    ("docker ps 해줘", "docker ps"),                               # the Korean request is taken off
    ("docker run -d nginx 실행해 주세요", "docker run -d nginx"),
    ("docker 컨테이너 목록 보여줘", None),                          # a sentence that starts with `docker`
    ("restart web", None),
    ("dockerfile 보여줘", None),
])
def test_a_docker_command_is_told_from_a_sentence(text: str, line: str | None) -> None:
    assert docker_command(text) == line


# --------------------------------------------------------------------------- read


def test_read_gives_the_command_marked_as_typed() -> None:
    cmd = read("docker run -dp 8080:80 --name=web nginx", "cli")
    assert isinstance(cmd, RunContainer) and cmd.as_typed and cmd.lang == "cli"
    assert (cmd.image, cmd.name, cmd.detach, cmd.command) == ("nginx", "web", True, ())
    assert cmd.ports == (PortSpec(host_port=8080, container_port=80),)


@pytest.mark.parametrize("text", ["Docker PS", "docker container ls", "ps"])
def test_the_command_words_in_any_case_with_or_without_docker(text: str) -> None:
    assert read(text, "cli") == ListContainers(lang="cli")


def test_a_command_typed_in_a_korean_request_answers_in_korean() -> None:
    cmd = read("docker restart web", "ko")
    assert cmd == Restart(targets=("web",), lang="ko") and cmd.as_typed


def test_global_options_name_the_engine_or_an_address() -> None:
    assert read("docker --context prod ps", "cli").engine == "prod"
    assert read("docker -c prod --context prod ps", "cli").engine == "prod"  # the same one twice
    cmd = read("docker -H tcp://10.0.0.1:2375 ps", "cli")
    assert cmd.host_flag == "tcp://10.0.0.1:2375" and cmd.engine is None  # kept, for the guard to refuse by name


@pytest.mark.parametrize("text, key, params", [
    ("docker", "cli.no_command", {}),
    ("docker frobnicate x", "cli.unknown_command", {"command": "frobnicate"}),
    ("docker --context a --context b ps", "cli.two_contexts", {"first": "a", "second": "b"}),
    ("docker --context 'a*' ps", "cli.bad_context", {"name": "a*"}),
    ("docker --privileged ps", "cli.unknown_flag", {"flag": "--privileged", "command": "docker"}),
    ("docker run --rm=maybe nginx", "cli.bad_bool", {"flag": "--rm", "value": "maybe"}),
])
def test_read_refuses_what_docker_refuses(text: str, key: str, params: dict) -> None:
    msg = refused(read, text, "cli")
    assert msg.key == key and msg.kw() == params


@pytest.mark.parametrize("text", ["hello world", "", "please restart"])
def test_words_that_are_no_docker_command_are_left_to_the_sentence_reader(text: str) -> None:
    with pytest.raises(NotCli):
        read(text, "cli")
