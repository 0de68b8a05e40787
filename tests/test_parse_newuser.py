"""A new operator's first week (branch newuser): what a newcomer types to learn gorae, read as a real ops bot would.

Found by typing 80 first-week requests through `gorae explain --json` on the real engine (the fixture world):
- gorae's help on one verb: "help restart" asked "which container?" and "how do I restart a container?",
  "재시작 어떻게 해?", "로그 보는 법" were refused; "what can you do?" was not read. The way to do a verb asked,
  with the verb and no name — the grammar's `help` (help, 도움말, 사용법, 법/방법) or a how-question (`how_to`:
  how do I / how to / how can I / 어떻게) — is gorae's help on that verb (`Help.topic`): how to say it and the
  docker command it runs, in the asker's language (bot/messages/core.py `help.topic.*`). Nothing runs. With a
  name it stays the verb's question ("how do i restart web" is asked back, never run).
- every example the topic help shows is one gorae reads, as the command it names (a help that teaches a
  sentence gorae refuses is a defect).

Nothing here touches Docker: the fake engine of tests/fakes.py (the corpus world).
"""
from __future__ import annotations

import re

import pytest
from corpus_check import plan_key
from fakes import FakeView

from bot import render
from bot.engine.named import Engines, EngineSpec
from bot.language.parse import parse
from bot.messages.core import MESSAGES
from bot.model import Actor, Help, NotUnderstood, Plan, Request
from bot.pipeline import Gorae

LOCAL = Actor("local:newuser", local=True)


class FakeGorae(Gorae):
    def view(self, engine=None):
        return FakeView()


def gorae() -> FakeGorae:
    return FakeGorae(engines=Engines({"default": EngineSpec("default", "unix:///tmp/newuser.sock")}, "default"))


# --------------------------------------------------------------------------- help on one verb

TOPIC = [
    # as found (the first week's inputs)
    ("help restart", "restart"),
    ("how do I restart a container?", "restart"),
    ("재시작 어떻게 해?", "restart"),
    ("로그 보는 법", "logs"),
    ("help logs", "logs"),
    # other wordings of the same kind, not seen when the kind was fixed
    ("재시작하는 방법 알려줘", "restart"),
    ("컨테이너 삭제하는 법", "rm"),
    ("컨테이너 어떻게 지워요?", "rm"),
    ("이미지 어떻게 받아?", "pull"),
    ("로그 어떻게 봐?", "logs"),
    ("네트워크 연결하는 방법", "connect"),
    ("exec 도움말", "exec"),
    ("restart 도움말", "restart"),
    ("help with logs", "logs"),
    ("help pull", "pull"),
    ("how to pull an image", "pull"),
    ("how can i see the logs", "logs"),
    ("how do i kill a container", "kill"),
    ("how do I stop containers?", "stop"),
    ("how do I pause a container", "pause"),
    ("how do I remove a volume?", "rm"),
]


@pytest.mark.parametrize("said,topic", TOPIC, ids=[t for t, _ in TOPIC])
def test_help_on_a_verb(said: str, topic: str) -> None:
    got = parse(said)
    assert isinstance(got, Help), got
    assert got.topic == topic


GENERAL = ["what can you do?", "what can u do", "what can gorae do", "사용법 알려줘", "도움말", "help", "뭐 할 수 있어?"]


@pytest.mark.parametrize("said", GENERAL)
def test_help_as_a_whole(said: str) -> None:
    got = parse(said)
    assert isinstance(got, Help) and got.topic is None, got


# the same words with a name: the verb's question or a request — never gorae's help, never a write run on a how
NAMED = ["how do i restart web", "web 어떻게 재시작해?", "how do I remove web?", "cache 어떻게 꺼?"]


@pytest.mark.parametrize("said", NAMED)
def test_how_with_a_name_is_no_help_and_runs_nothing(said: str) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert not isinstance(ex.parsed, Help), ex.parsed
    assert not isinstance(ex.planned, Plan) or not ex.planned.writes, ex.planned


# a negation or another phrase is not a question about the way to do it
@pytest.mark.parametrize("said", ["web 재시작하는 법", "restart web later how to"])
def test_help_needs_the_verb_alone(said: str) -> None:
    got = parse(said)
    assert not isinstance(got, Help), got


def test_the_help_on_restart_is_shown_in_the_askers_language() -> None:
    g = gorae()
    for said, lang, words in (("help restart", "en", "restart web and cache"), ("재시작 어떻게 해?", "ko", "web이랑 cache 재시작해줘")):
        reply = g.handle(Request(said, LOCAL, "terminal"))
        assert reply.status == "info", reply
        assert words in reply.headline and "docker restart web cache" in reply.headline, reply.headline
        assert reply.lang == lang


def test_the_help_on_a_verb_says_when_the_asker_may_not() -> None:
    reply = render.help_reply("en", ["read"], "restart")
    assert "restart web" in reply.headline
    assert any("operate" in n for n in reply.notes), reply.notes
    assert not any("operate" in n for n in render.help_reply("en", ["read", "operate"], "restart").notes)


def test_every_topic_has_a_class_and_both_languages() -> None:
    topics = {k.removeprefix("help.topic.") for k in MESSAGES if k.startswith("help.topic.") and k != "help.topic.not_allowed"}
    assert topics == set(render.HELP_TOPIC_CLASS)
    assert all(MESSAGES[f"help.topic.{t}"][0] and MESSAGES[f"help.topic.{t}"][1] for t in topics)


# --------------------------------------------------------------------------- what the help teaches is read

def _examples() -> list[tuple[str, str, str | None]]:
    """(topic, example, the docker command said right after it in parentheses, if any)."""
    out = []
    for key, both in MESSAGES.items():
        if not key.startswith("help.topic.") or key == "help.topic.not_allowed":
            continue
        for said in both:
            for m in re.finditer(r"`([^`]+)`(?: \((docker [^)…]+)\))?", said):
                out.append((key.removeprefix("help.topic."), m.group(1), m.group(2)))
    return out


EXAMPLES = _examples()


def test_the_examples_are_found() -> None:
    assert len(EXAMPLES) >= 80 and sum(1 for *_, cli in EXAMPLES if cli) >= 20


@pytest.mark.parametrize("topic,said,cli", EXAMPLES, ids=[f"{t}: {s}" for t, s, _ in EXAMPLES])
def test_every_example_of_the_help_is_read(topic: str, said: str, cli: str | None) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert not isinstance(ex.parsed, NotUnderstood), ex.parsed
    assert isinstance(ex.planned, Plan), ex.planned
    if cli:
        assert plan_key(ex.planned.cli) == plan_key((cli.strip(),)), ex.planned.cli


# --------------------------------------------------------------------------- a terminal asked for

# "web 쉘 열어줘" was "`열어줘` not understood" and "open a shell in web" / "ssh into web" "add an action": a terminal
# asked for on one container, with no verb — refused as `docker exec -it` is (a chat holds no terminal), with one
# command to run there instead; nothing runs
SHELL = ["web 쉘 열어줘", "open a shell in web", "ssh into web",
         # other wordings of the kind
         "data 셸 띄워 줘", "cache 터미널 열어줘", "web 콘솔 좀 열어줘", "open a terminal on data", "open a console in cache",
         "shell into my-nginx"]


@pytest.mark.parametrize("said", SHELL)
def test_a_terminal_asked_for_is_refused_with_one_command_instead(said: str) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert not isinstance(ex.planned, Plan) and not isinstance(ex.proposed, Plan), ex.planned
    assert ex.planned is not None and ex.planned.reason.key == "parse.interactive", ex.planned


# a command said with the shell as its place still runs there; a verb said with it is read as before
@pytest.mark.parametrize("said,cli", [("data 쉘에서 ls 쳐줘", "docker exec data ls"),
                                      ("web 쉘에 접속해서 ls 실행", "docker exec web ls")])
def test_the_shell_as_a_place_still_runs_the_command(said: str, cli: str) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert isinstance(ex.planned, Plan) and ex.planned.cli == (cli,), ex.planned


# --------------------------------------------------------------------------- a greeting, a thanks

# "hi", "안녕", "고마워", "thanks" were "I can't tell what to do" / "`안녕` not understood": said alone (with chat noise
# at most) a greeting is answered with how to start, a thanks with a you're-welcome; nothing runs
SOCIAL = [("hi", "hello"), ("안녕", "hello"), ("고마워", "thanks"), ("thanks", "thanks"),
          # other wordings of the kind
          ("안녕하세요", "hello"), ("hello there", "hello"), ("hey gorae", "hello"), ("하이", "hello"),
          ("thank you!", "thanks"), ("thanks gorae", "thanks"), ("고마워요 ㅎㅎ", "thanks"), ("감사합니다", "thanks")]


@pytest.mark.parametrize("said,topic", SOCIAL, ids=[t for t, _ in SOCIAL])
def test_a_greeting_or_a_thanks_alone_is_answered(said: str, topic: str) -> None:
    got = parse(said)
    assert isinstance(got, Help) and got.topic == topic, got
    reply = gorae().handle(Request(said, LOCAL, "terminal"))
    assert reply.status == "info" and not reply.cli, reply
    assert reply.headline == MESSAGES[f"help.social.{topic}"][0 if got.lang == "ko" else 1]


# with a request they change nothing; with anything else they are not a greeting
@pytest.mark.parametrize("said,cli", [("restart web thx", ("docker restart web",)), ("web 재시작 좀 해줘 감사", ("docker restart web",)),
                                      ("thanks, now stop cache", ("docker stop cache",))])
def test_a_thanks_with_a_request_is_noise(said: str, cli: tuple[str, ...]) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert isinstance(ex.planned, Plan) and ex.planned.cli == cli, (ex.parsed, ex.planned)


@pytest.mark.parametrize("said", ["hi web", "thanks for removing web", "안녕 web 지워"])
def test_a_greeting_with_other_words_is_no_greeting(said: str) -> None:
    got = parse(said)
    assert not (isinstance(got, Help) and got.topic in ("hello", "thanks")), got


def test_the_hello_teaches_what_gorae_reads() -> None:
    for said in MESSAGES["help.social.hello"]:
        for example in re.findall(r"`([^`]+)`", said):
            ex = gorae().explain(example, Request(example, LOCAL, "terminal"))
            assert isinstance(ex.planned, Plan), (example, ex.planned)


# --------------------------------------------------------------------------- a thanks for something done

# found while typing thanks: "thanks for removing web" planned `docker rm web`, "web 재시작해줘서 감사" `docker restart
# web` — a wrong write. A thanks for something done (thanks/thank you/ty for …, -어서 고맙다/감사하다/땡큐) is told,
# not requested: nothing runs (the e2e: tests/test_e2e_newuser.py). A thanks around a request is noise.
THANKED = ["thanks for removing web", "web 재시작해줘서 감사",
           # other wordings of the kind
           "thank you for restarting cache", "ty for stopping cache", "thx for killing my-nginx", "thank u for restarting web",
           "web 재시작해줘서 고마워", "web 지워 주셔서 감사합니다", "cache 꺼줘서 땡큐", "db 켜 주셔서 고맙습니다"]


@pytest.mark.parametrize("said", THANKED)
def test_a_thanks_for_something_done_runs_nothing(said: str) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert not isinstance(ex.planned, Plan) and not isinstance(ex.proposed, Plan), (ex.parsed, ex.planned)
    assert isinstance(ex.parsed, NotUnderstood) and ex.parsed.reason.key == "parse.done_already", ex.parsed


@pytest.mark.parametrize("said,cli", [("web 재시작해주면 고맙겠다", ("docker restart web",)),
                                      ("web 재시작해 주시면 감사하겠습니다", ("docker restart web",)),
                                      ("restart web, thanks!", ("docker restart web",))])
def test_a_thanks_ahead_of_a_request_is_noise(said: str, cli: tuple[str, ...]) -> None:
    ex = gorae().explain(said, Request(said, LOCAL, "terminal"))
    assert isinstance(ex.planned, Plan) and ex.planned.cli == cli, (ex.parsed, ex.planned)
