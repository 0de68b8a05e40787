"""bot/front/slack/deliver.py: one answer in Slack as Slack's Web API receives it — posted once, in
the asker's thread; a placeholder edited in place and a mention when done; denials only to the
asker; a conversation gorae is not in answered through the response_url; 429s read from Retry-After.

Against the fake Slack (tests/slack_fake.py: the Web API and response_urls over HTTP on 127.0.0.1)
with real slack_sdk clients. Bursts, the Tier 3 edit pace and 429s under load, through the bolt app:
tests/test_slack_platform.py.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from slack_fake import FakeSlack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.front.slack import blocks as bk
from bot.front.slack.deliver import (
    Delivery,
    ResponseURLError,
    Throttle,
    quick_client,
    retry_after,
    send_response_url,
)
from bot.model import Reply

ASKER = "U0ALICE"
THREAD = "1700000000.000100"
DONE = Reply("en", "done", "Restarted web.", cli=("docker restart web",))
DENIED = Reply("en", "denied", "U0ALICE cannot restart web: it needs the operator role.", cli=("docker restart web",))


@pytest.fixture(scope="module")
def slack() -> Iterator[FakeSlack]:
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture
def fake(slack: FakeSlack) -> FakeSlack:
    """The module's fake Slack, with nothing recorded and no failure waiting."""
    with slack._lock:
        slack.calls.clear()
        slack.failures.clear()
    return slack


@pytest.fixture
def client(fake: FakeSlack) -> WebClient:
    return WebClient(token="xoxb-1", base_url=fake.url)


def delivery(client: WebClient, *, channel: str = "C0OPS", **kw) -> Delivery:
    return Delivery(client, channel=channel, thread_ts=THREAD, user=ASKER, lang="en",
                    throttle=Throttle(quick_client(client)), slow_after=3600, **kw)


def rendered(reply: Reply) -> bk.Rendered:
    return bk.render_reply(reply, asker=ASKER)


def test_a_fast_answer_is_one_message_in_the_askers_thread(fake: FakeSlack, client: WebClient) -> None:
    d = delivery(client)
    d.finish(DONE)
    d.finish(DONE)  # exactly once
    (post,) = fake.of("chat.postMessage")
    assert post.params["channel"] == "C0OPS" and post.params["thread_ts"] == THREAD
    assert post.params["text"] == rendered(DONE).text and post.params["blocks"] == rendered(DONE).blocks
    assert [c.method for c in fake.calls] == ["chat.postMessage"] and d.ts == post.response["ts"]


def test_the_answer_to_a_question_replaces_the_question(fake: FakeSlack, client: WebClient) -> None:
    d = delivery(client, ts="1700000100.000007", banner="Confirmed by <@U0BOB>")
    d.finish(DONE)
    (update,) = fake.of("chat.update")
    assert update.params["ts"] == "1700000100.000007" and update.params["channel"] == "C0OPS"
    assert update.params["blocks"] == bk.render_reply(DONE, banner="Confirmed by <@U0BOB>", asker=ASKER).blocks
    assert fake.of("chat.postMessage") == []  # no mention: nothing was shown in between


def test_a_failed_update_is_posted_instead(fake: FakeSlack, client: WebClient) -> None:
    fake.fail("chat.update", error="message_not_found")
    d = delivery(client, ts="1700000100.000007")
    d.finish(DONE)
    assert len(fake.of("chat.update")) == 1 and fake.of("chat.postMessage")[0].params["text"] == rendered(DONE).text


def test_a_denial_in_a_channel_goes_only_to_the_asker(fake: FakeSlack, client: WebClient) -> None:
    delivery(client).finish(DENIED)
    (eph,) = fake.of("chat.postEphemeral")
    assert eph.params["user"] == ASKER and eph.params["channel"] == "C0OPS" and eph.params["thread_ts"] == THREAD
    assert eph.params["text"] == rendered(DENIED).text
    assert fake.of("chat.postMessage") == []


def test_a_private_answer_in_a_channel_is_ephemeral_and_in_a_dm_a_message(fake: FakeSlack, client: WebClient) -> None:
    delivery(client).finish(DONE, private=True)
    delivery(client, channel="D0ALICE").finish(DENIED)  # a DM is private already
    assert len(fake.of("chat.postEphemeral")) == 1
    (post,) = fake.of("chat.postMessage")
    assert post.params["channel"] == "D0ALICE" and post.params["text"] == rendered(DENIED).text


def test_a_conversation_gorae_is_not_in_is_answered_through_the_response_url(fake: FakeSlack,
                                                                           client: WebClient) -> None:
    fake.fail("chat.postMessage", error="not_in_channel")
    d = delivery(client, response_url=fake.webhook("cmd"))
    d.finish(DONE)
    (hook,) = fake.hook_calls("cmd")
    assert hook.params["response_type"] == "ephemeral" and hook.params["text"] == rendered(DONE).text
    assert len(fake.of("chat.postMessage")) == 1  # tried once, then the response_url


def test_an_answer_only_through_the_webhook_replaces_the_clicked_message(fake: FakeSlack, client: WebClient) -> None:
    d = delivery(client, response_url=fake.webhook("click"), via_webhook=True, replace_original=True)
    d.finish(DONE)
    (hook,) = fake.hook_calls("click")
    assert hook.params["replace_original"] is True and "response_type" not in hook.params
    assert [c.method for c in fake.calls] == ["webhook"]


def test_a_reply_that_cannot_be_delivered_is_logged_with_its_text(fake: FakeSlack, client: WebClient, caplog) -> None:
    fake.fail("chat.postMessage", error="channel_not_found")  # and no response_url to fall back on
    with caplog.at_level(logging.ERROR):
        delivery(client).finish(DONE)
    assert "Restarted web." in caplog.text and "docker restart web" in caplog.text


def test_progress_shows_a_placeholder_that_the_result_replaces_then_the_asker_is_mentioned(
        fake: FakeSlack, client: WebClient) -> None:
    d = delivery(client)
    d.progress("Pulling `nginx:1.25`: 1/2 layers\nsecond line")
    (placeholder,) = fake.wait_for("chat.postMessage", 1)  # shown by the throttle's sender
    assert placeholder.params["thread_ts"] == THREAD
    assert placeholder.params["blocks"] == bk.working("en", ["Pulling `nginx:1.25`: 1/2 layers", "second line"]).blocks
    d.finish(DONE)
    (update,) = fake.of("chat.update")
    assert update.params["ts"] == placeholder.response["ts"] and update.params["text"] == rendered(DONE).text
    mention = fake.of("chat.postMessage")[-1]
    assert mention.params["text"] == f"<@{ASKER}> your request finished: {bk.ICONS['done']} Restarted web."
    assert mention.params["thread_ts"] == THREAD
    assert d.lines == ["Pulling `nginx:1.25`: 1/2 layers", "second line"]
    d.progress("after the end")  # nothing changes after the answer
    assert d.lines[-1] == "second line"


def test_a_placeholder_of_a_duplicate_is_removed(fake: FakeSlack, client: WebClient) -> None:
    d = delivery(client)
    d.working()
    (placeholder,) = fake.wait_for("chat.postMessage", 1)
    d.abandon()
    (gone,) = fake.of("chat.delete")
    assert gone.params == {"channel": "C0OPS", "ts": placeholder.response["ts"]}


# --------------------------------------------------------------------------- 429, clients, response_url


def test_retry_after_reads_slacks_429(fake: FakeSlack, client: WebClient) -> None:
    quick = quick_client(client)
    fake.fail("chat.update", status=429, retry_after=7)
    with pytest.raises(SlackApiError) as limited:
        quick.chat_update(channel="C0OPS", ts="1.2", text="x")
    assert retry_after(limited.value) == 7.0
    assert len(fake.of("chat.update")) == 1  # the quick client returned the 429 at once, no retry
    fake.fail("chat.update", error="message_not_found")
    with pytest.raises(SlackApiError) as other:
        quick.chat_update(channel="C0OPS", ts="1.2", text="x")
    assert retry_after(other.value) is None  # not a rate limit
    fake.fail("chat.update", status=429)  # no Retry-After header
    with pytest.raises(SlackApiError) as bare:
        quick.chat_update(channel="C0OPS", ts="1.2", text="x")
    assert retry_after(bare.value, default=30.0) == 30.0


def test_a_quick_client_talks_to_the_same_slack_with_the_same_token(client: WebClient) -> None:
    quick = quick_client(client)
    assert quick is not client and (quick.token, quick.base_url, quick.timeout) == (
        client.token, client.base_url, client.timeout)
    stand_in = object()
    assert quick_client(stand_in) is stand_in


def test_send_response_url_posts_ephemeral_or_replaces(fake: FakeSlack) -> None:
    r = bk.notice("Done.")
    send_response_url(fake.webhook("a"), r)
    send_response_url(fake.webhook("b"), r, replace=True)
    (a,) = fake.hook_calls("a")
    (b,) = fake.hook_calls("b")
    assert a.params == {"text": "Done.", "blocks": r.blocks, "response_type": "ephemeral"}
    assert b.params == {"text": "Done.", "blocks": r.blocks, "replace_original": True}


def test_a_response_url_that_refuses_raises(fake: FakeSlack, caplog) -> None:
    fake.fail("webhook", status=404, error="expired_url")
    with caplog.at_level(logging.ERROR), pytest.raises(ResponseURLError, match="404"):
        send_response_url(fake.webhook("old"), bk.notice("Done."))
    assert "response_url answered 404 (expired_url)" in caplog.text


def test_a_429_pauses_the_workspaces_edits_but_never_the_final_answer(fake: FakeSlack, client: WebClient) -> None:
    now = [100.0]
    throttle = Throttle(quick_client(client), clock=lambda: now[0])
    throttle.pause(30)
    throttle.pause(10)
    assert throttle.rate_limited == 2
    d = Delivery(client, channel="C0OPS", thread_ts=THREAD, user=ASKER, lang="en", throttle=throttle,
                 slow_after=3600)
    d.working()
    assert throttle.pending == 1  # "working on it" waits for the pause to end
    d.finish(DONE)  # the answer does not
    assert throttle.pending == 0
    (post,) = fake.of("chat.postMessage")
    assert post.params["text"] == rendered(DONE).text


def test_a_followed_log_is_one_message_edited_with_its_latest_lines(fake: FakeSlack, client: WebClient) -> None:
    """`docker logs -f` (stats9): each new line is a progress line ending with a newline; Slack shows them
    one under the other in one placeholder, the latest 12, edited in place through the throttle — never one
    message a line — and the result (the follow stopped) replaces it."""
    d = delivery(client)
    for i in range(1, 31):
        d.progress(f"line {i}\n")
    (placeholder,) = fake.wait_for("chat.postMessage", 1)
    assert placeholder.params["thread_ts"] == THREAD
    d.finish(DONE)
    assert d.lines[-3:] == ["line 28", "line 29", "line 30"] and len(fake.of("chat.postMessage")) == 2  # + the mention
    for call in [placeholder, *fake.of("chat.update")[:-1]]:  # every in-between state of the one message
        blocks = call.params["blocks"]
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
        numbers = [int(x.removeprefix("line ")) for x in blocks[-1]["text"]["text"].splitlines()]
        assert 0 < len(numbers) <= 12 and numbers == list(range(numbers[0], numbers[0] + len(numbers))), numbers
