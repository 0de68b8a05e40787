"""`gorae shell` without a TTY: one utterance per line in, one answer per line out.

Unit tests drive `bot.front.shell.main` with a fake bot (no engine, no parser); the
end-to-end tests pipe lines into a real `gorae shell` process against the
fixture engine (they need the parser and planner, and skip without them).
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.engine.view import EngineUnavailable
from bot.front import shell
from bot.model import Call, Command, Msg, Plan, Reply, VerbClass

ROOT = Path(__file__).resolve().parent.parent


class FakeBot:
    """What the shell needs of `bot.pipeline.Gorae`: client, handle, confirm, explain."""

    def __init__(self, engine: bool = True) -> None:
        self.engine = engine
        self.requests: list = []
        self.confirms: list = []

    def client(self):
        if not self.engine:
            raise EngineUnavailable("unix:///nowhere.sock")
        return SimpleNamespace(version=lambda: {"Version": "20.10"})

    def handle(self, request, *, progress=None):
        self.requests.append(request)
        if request.text.startswith("pull"):
            progress("Pulling `x`: 1/2 layers")
            progress("Pulling `x`: 2/2 layers")
            return Reply("en", "done", "Pulled image `x`.", cli=("docker pull x",))
        if request.text.startswith(("rm", "삭제")):
            return Reply("ko", "confirm", "되돌릴 수 없는 작업이라 먼저 확인이 필요합니다.",
                         cli=("docker rm web",), pending="p1", exit_code=1)
        if request.text == "restart nc9a":
            return Reply("en", "question", "Several containers match `nc9a`.", choices=("nc9a1", "nc9a2"))
        if request.text == "boom":
            raise RuntimeError("kaput")
        return Reply("en", "done", f"did: {request.text}", cli=("docker x",))

    def confirm(self, pending_id, actor, channel, *, yes=True, progress=None):
        self.confirms.append((pending_id, actor.user, channel, yes))
        return Reply("ko", "done" if yes else "info", "삭제했습니다." if yes else "취소했습니다.")

    def explain(self, text):
        plan = Plan(Command(lang="en"), (Call.of("container.restart", "web"),), ("docker restart web",),
                    "restart", VerbClass.OPERATE, summary=Msg.of("done.restart", names="web"))
        return SimpleNamespace(lang="en", parsed=Command(lang="en"), planned=plan)


def drive(text: str, bot: FakeBot | None = None, **args) -> tuple[int, str, FakeBot]:
    bot = bot or FakeBot()
    out = io.StringIO()
    ns = SimpleNamespace(as_user=args.get("user"), channel=args.get("channel"), no_color=False)
    code = shell.main(ns, bot=bot, stdin=io.StringIO(text), stdout=out)
    return code, out.getvalue(), bot


def test_each_line_is_answered_in_order():
    code, out, bot = drive("restart web\n\n  logs web  \n")
    assert [r.text for r in bot.requests] == ["restart web", "logs web"]
    assert out == "did: restart web\n$ docker x\n\ndid: logs web\n$ docker x\n\n"
    assert code == 0
    assert bot.requests[0].source == "shell" and bot.requests[0].channel == "terminal"
    assert bot.requests[0].actor.user.startswith("local:") and bot.requests[0].actor.local


def test_korean_lines_pass_through_intact():
    _, _, bot = drive("web 재시작해줘\n".encode().decode())
    assert bot.requests[0].text == "web 재시작해줘"


def test_confirmation_reads_the_next_line_as_the_answer():
    _, out, bot = drive("rm web\ny\n삭제 web\nn\n", user="alice", channel="ops")
    assert bot.confirms == [("p1", "alice", "ops", True), ("p1", "alice", "ops", False)]
    assert "진행할까요? [y/N] y\n삭제했습니다." in out
    assert "진행할까요? [y/N] n\n취소했습니다." in out
    assert len(bot.requests) == 2  # the answers were not taken as requests


def test_an_unclear_answer_cancels_and_is_handled_as_the_next_request():
    _, out, bot = drive("rm web\nrestart web\n")
    assert bot.confirms[0][3] is False
    assert [r.text for r in bot.requests] == ["rm web", "restart web"]
    assert out.rstrip().endswith("did: restart web\n$ docker x")


def test_confirmation_at_end_of_input_means_no():
    _, _, bot = drive("rm web\n")
    assert bot.confirms == [("p1", bot.confirms[0][1], "terminal", False)]


def test_progress_lines_are_printed_as_they_come():
    _, out, _ = drive("pull x\n")
    assert out.splitlines()[:3] == ["Pulling `x`: 1/2 layers", "Pulling `x`: 2/2 layers", "Pulled image `x`."]


def test_exit_words_stop_reading():
    _, _, bot = drive("restart web\nexit\nrestart cache\n")
    assert [r.text for r in bot.requests] == ["restart web"]


def test_explain_runs_nothing():
    _, out, bot = drive("explain restart web\n")
    assert bot.requests == []
    assert out.splitlines()[:3] == ["Restarted web.", "$ docker restart web", "- Nothing was run."]


def test_an_unexpected_error_is_a_sentence_not_a_traceback():
    code, out, _ = drive("boom\n")
    assert "Traceback" not in out and "RuntimeError: kaput" in out and code == 1


def test_exit_code_is_the_last_answers():
    assert drive("boom\nrestart web\n")[0] == 0
    assert drive("restart web\nboom\n")[0] == 1
    assert drive("rm web\nn\n")[0] == 0  # cancelled on purpose: an answer, not a failure


def test_no_engine_warns_on_stderr_but_keeps_answering(capsys):
    _, out, bot = drive("explain restart web\nrestart web\n", bot=FakeBot(engine=False))
    err = capsys.readouterr().err
    assert "unix:///nowhere.sock" in err and "sudo ./dev engine" in err and "DOCKER_HOST" in err
    assert len(bot.requests) == 1 and "did: restart web" in out


def test_history_path_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert shell.history_path() == tmp_path / "gorae" / "history"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert shell.history_path() == tmp_path / ".local" / "state" / "gorae" / "history"


def test_add_arguments_registers_shell():
    import argparse

    parser = argparse.ArgumentParser()
    shell.add_arguments(parser.add_subparsers(dest="cmd"))
    args = parser.parse_args(["shell", "--as", "U123", "--no-color", "--policy", "p.yaml"])
    assert (args.cmd, args.as_user, args.no_color, args.policy, args.func) == ("shell", "U123", True, "p.yaml",
                                                                               shell.main)


# ---------------------------------------------------------------------------- end to end


def _pipeline_ready() -> None:
    pytest.importorskip("bot.language.parse")
    pytest.importorskip("bot.engine.plan")


def run_shell(text: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path), PYTHONPATH=str(ROOT), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "bot", "shell"], input=text, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_pipe_real_shell_lists_containers(docker_client, world, tmp_path):
    _pipeline_ready()
    proc = run_shell("docker ps -a\n컨테이너 목록 보여줘\n", tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stdout.count("CONTAINER ID") == 2, proc.stdout
    assert "web" in proc.stdout and "cache" in proc.stdout


def test_pipe_real_shell_confirms_before_removing(docker_client, world, cleanup, tmp_path):
    _pipeline_ready()
    keep, gone = "gx-" + uuid.uuid4().hex[:8], "gx-" + uuid.uuid4().hex[:8]
    for name in (keep, gone):
        docker_client.api.create_container("alpine", ["true"], name=name)
        cleanup.container(name)
    proc = run_shell(f"docker rm {keep}\nn\ndocker rm {gone}\ny\n", tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Go ahead? [y/N] n" in proc.stdout and "Cancelled; nothing was run." in proc.stdout
    assert docker_client.api.containers(all=True, filters={"name": f"^/{keep}$"})
    assert not docker_client.api.containers(all=True, filters={"name": f"^/{gone}$"})
    assert f"Removed {gone}." in proc.stdout


def test_a_list_of_choices_says_how_to_answer_and_a_number_is_a_new_request():
    """The shell does not number choices it cannot take back by number: it says to repeat the request;
    the next line is a request of its own (never a silent pick), and the full request is answered."""
    from bot.messages import t

    _, out, bot = drive("restart nc9a\n1\nrestart nc9a1\n")
    assert "1)" not in out and "  nc9a1\n  nc9a2\n" + t("render.choose_again", "en") in out
    assert [r.text for r in bot.requests] == ["restart nc9a", "1", "restart nc9a1"]
    assert bot.confirms == []
