"""User text never formats, links or mentions in anything gorae sends to Slack (issue 9).

mrkdwn has no escape for `*`, `_`, `~` or backticks, so the rule is structural
(bot/front/slack/blocks.py): text that may carry what a user typed (or what the engine said)
goes into plain_text objects or into code blocks; mrkdwn is only gorae's own sentences.
Checked here on every call the fake Slack Web API received — chat.postMessage,
chat.update, chat.postEphemeral and response_url posts — for a reply, an error, a denial,
a proposal and its confirmation, progress lines of a slow request and the "finished"
mention, a slash command and a "which one?" choice.
"""
from __future__ import annotations

import json
import re
from typing import Any

import pytest
from slack_fake import FakeSlack, block_action, command, mention
from slack_harness import FakePipeline, Harness

from bot.front.slack import blocks as bk
from bot.model import Reply, Table

# every kind of Slack markup a user could type; "QQ" marks the user's text
EVIL = "QQ *b0ld* _it4l_ ~str1ke~ `c0de` ```bl0ck``` <http://evil.example|click> <@U0BOSS> <!here> @here #general QQ"
METHODS = ("chat.postMessage", "chat.update", "chat.postEphemeral", "webhook")


def text_objects(blocks: list[dict[str, Any]]):
    """Every text object in a message's blocks (sections, fields, context, buttons, confirm dialogs)."""
    for b in blocks or []:
        yield from _walk(b)


def _walk(node: Any):
    if isinstance(node, dict):
        if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
            yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


CODE_BLOCK = re.compile(r"```.*?```", re.S)


def check_call(params: dict[str, Any]) -> list[str]:
    """The places of one call where the user's text could format, link or mention."""
    bad = []
    blocks = params.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    for obj in text_objects(blocks or []):
        if obj["type"] == "mrkdwn":
            outside = CODE_BLOCK.sub("", obj["text"])  # a code block is shown as it is
            if "QQ" in outside:
                bad.append(f"user text in mrkdwn: {obj['text'][:200]!r}")
            inside = "".join(m.group(0)[3:-3] for m in CODE_BLOCK.finditer(obj["text"]))
            if "```" in inside or "<@U0BOSS>" in inside or "<!here>" in inside:
                bad.append(f"a code block that user text closes or links in: {obj['text'][:200]!r}")
        elif "<@U0BOSS>" in obj["text"] or "<!here>" in obj["text"] or "<http" in obj["text"]:
            bad.append(f"a control sequence in plain text: {obj['text'][:200]!r}")
    text = params.get("text") or ""
    for seq in ("<@U0BOSS>", "<!here>", "<http://evil"):
        if seq in text:
            bad.append(f"fallback text links or mentions: {text[:200]!r}")
    return bad


def every_call(fake: FakeSlack) -> list[dict[str, Any]]:
    return [c.params for m in METHODS for c in fake.ok_calls(m)]


def assert_inert(fake: FakeSlack) -> None:
    calls = every_call(fake)
    assert calls, "nothing was sent"
    problems = [p for params in calls for p in check_call(params)]
    assert problems == []
    shown = json.dumps([c.get("blocks") for c in calls], ensure_ascii=False)
    assert "*b0ld*" in shown and "_it4l_" in shown  # shown as typed, not dropped


@pytest.fixture
def fake():
    f = FakeSlack().start()
    yield f
    f.stop()


def test_a_reply_quoting_user_text_everywhere_is_inert(fake):
    pipe = FakePipeline()
    pipe.script["evil"] = Reply("en", "failed", f"No container `{EVIL}`.", cli=(f"docker logs {EVIL}",),
                                code=f"line {EVIL}", notes=(EVIL,), fields=((EVIL, EVIL),),
                                table=Table(("NAMES", "STATUS"), ((EVIL, EVIL),)))
    h = Harness.start(pipe, fake=fake)
    try:
        h.post_event(mention("evil"))
        h.idle()
    finally:
        h.stop()
    assert_inert(fake)


def test_a_denial_and_a_not_understood_answer_are_inert(fake):
    pipe = FakePipeline()
    pipe.script["deny"] = Reply("en", "denied", f"You may not restart {EVIL}.", cli=(f"docker restart {EVIL}",))
    pipe.script["huh"] = Reply("en", "not_understood", f"I did not understand {EVIL}.", notes=(EVIL,))
    h = Harness.start(pipe, fake=fake)
    try:
        h.post_event(mention("deny"))
        h.post_event(mention("huh"))
        h.idle()
    finally:
        h.stop()
    assert fake.ok_calls("chat.postEphemeral")
    assert_inert(fake)


def test_progress_of_a_slow_request_and_the_finished_mention_are_inert(fake):
    def slow(request, progress):
        import time

        progress(f"pulling {EVIL}")
        time.sleep(0.6)
        return Reply("en", "done", f"Pulled {EVIL}.", cli=("docker pull x",))

    pipe = FakePipeline(script={"pull": slow})
    h = Harness.start(pipe, fake=fake, slow_after=0.1)
    try:
        env = mention("pull")
        h.post_event(env)
        h.idle()
    finally:
        h.stop()
    thread = fake.thread("C0OPS", env["event"]["ts"])
    assert len(thread) == 2 and thread[1]["text"].startswith("<@U0ALICE>")  # the mention is gorae's
    assert fake.ok_calls("chat.update")
    assert_inert(fake)


def test_a_proposal_its_confirmation_and_the_result_are_inert(fake):
    pipe = FakePipeline()
    pipe.script["guess"] = Reply("en", "confirm", f"`docker stop cache` — I did not read {EVIL}. Run it?",
                                 cli=("docker stop cache",), pending="p-1", proposal=True)
    pipe.confirm_reply = lambda *a: Reply("en", "done", f"Stopped {EVIL}.", cli=("docker stop cache",))
    h = Harness.start(pipe, fake=fake)
    try:
        env = mention("guess")
        h.post_event(env)
        h.idle()
        (q,) = fake.thread("C0OPS", env["event"]["ts"])
        msg = {"type": "message", "ts": q["ts"], "text": q["text"], "blocks": q["blocks"],
               "thread_ts": env["event"]["ts"]}
        h.post_action(block_action("gorae_confirm", "p-1", message=msg))
        h.idle()
    finally:
        h.stop()
    assert "Confirmed by <@U0ALICE>" in json.dumps(fake.messages("C0OPS")[q["ts"]]["blocks"])
    assert_inert(fake)


def test_a_slash_command_through_response_url_is_inert(fake):
    pipe = FakePipeline()
    fake.fail("chat.postMessage", error="not_in_channel", times=5)
    h = Harness.start(pipe, fake=fake)
    try:
        h.post_form(command(f"ps {EVIL}", channel="C0PRIVATE", response_url=fake.webhook("cmd")))
        pipe.wait(1)
        h.idle()
    finally:
        h.stop()
    assert fake.ok_calls("webhook")
    assert_inert(fake)


def test_a_choice_named_in_a_code_span_cannot_close_it_or_mention():
    shown = bk.span("we`b *x* <@U0BOSS>")
    assert "`" not in shown and "<" not in shown and "*x*" in shown
