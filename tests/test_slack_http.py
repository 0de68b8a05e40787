"""The real bolt app over HTTP: signed requests in Slack's payload shapes, a fake Slack
Web API on 127.0.0.1 and a fake pipeline. (The real pipeline and engine: test_slack_e2e.py.)"""
from __future__ import annotations

import http.client
import json
import threading
import time

import pytest
from slack_fake import BOT_ID, BOT_USER, FakeSlack, block_action, command, im, mention, sign
from slack_harness import SECRET, FakePipeline, Harness

from bot.model import Reply


@pytest.fixture
def fake():
    f = FakeSlack().start()
    yield f
    f.stop()


@pytest.fixture
def pipe():
    return FakePipeline()


@pytest.fixture
def h(fake, pipe):
    harness = Harness.start(pipe, fake=fake)
    yield harness
    harness.stop()


def only_thread_reply(fake, channel, thread_ts):
    msgs = fake.thread(channel, thread_ts)
    assert len(msgs) == 1, msgs
    return msgs[0]


def text_of(message) -> str:
    return json.dumps(message.get("blocks"), ensure_ascii=False) + message.get("text", "")


# --------------------------------------------------------------------------- the happy paths


def test_app_mention_runs_once_and_answers_in_the_thread(h, fake, pipe):
    env = mention("web 재시작", user="U0ALICE", channel="C0OPS")
    assert h.post_event(env) == 200
    (req,) = pipe.wait(1)
    assert req.text == env["event"]["text"]  # raw: normalize is the pipeline's job
    assert req.actor.user == "U0ALICE"
    assert req.channel == "C0OPS" and req.source == "slack"
    assert req.request_id == env["event_id"]
    h.idle()
    reply = only_thread_reply(fake, "C0OPS", env["event"]["ts"])
    assert "docker ps" in text_of(reply)
    assert "```" in text_of(reply)  # ps as a table in a code block


def test_dm_answers_in_a_thread_of_the_dm(h, fake, pipe):
    env = im("ps", channel="D0ALICE")
    assert h.post_event(env) == 200
    (req,) = pipe.wait(1)
    assert req.channel == "D0ALICE" and req.text == "ps"
    h.idle()
    only_thread_reply(fake, "D0ALICE", env["event"]["ts"])


def test_mention_inside_a_thread_answers_in_that_thread(h, fake, pipe):
    env = mention("ps", thread_ts="1699999999.000001")
    h.post_event(env)
    pipe.wait(1)
    h.idle()
    only_thread_reply(fake, "C0OPS", "1699999999.000001")


def test_slash_command_acks_empty_and_posts_in_the_channel(h, fake, pipe):
    status, body = h.post_form(command("ps", response_url=fake.webhook()))
    assert status == 200 and body == b""
    (req,) = pipe.wait(1)
    assert req.text == "ps" and req.channel == "C0OPS" and req.actor.user == "U0ALICE"
    h.idle()
    (post,) = fake.ok_calls("chat.postMessage")
    assert "thread_ts" not in post.params
    assert "&lt;@U0ALICE&gt;" not in text_of(post.params)
    asked = post.params["blocks"][0]["elements"]  # who asked, since others can't see it
    assert asked[0]["text"] == "<@U0ALICE>:"
    assert asked[1] == {"type": "plain_text", "text": "/gorae ps", "emoji": False}  # never formatted


def test_slash_command_outside_gorae_channels_falls_back_to_response_url(h, fake, pipe):
    fake.fail("chat.postMessage", error="not_in_channel", times=5)
    h.post_form(command("ps", channel="C0PRIVATE", response_url=fake.webhook()))
    pipe.wait(1)
    h.idle()
    hooks = fake.wait_for("webhook", 1)
    assert "docker ps" in json.dumps(hooks[-1].params)


def test_user_groups_reach_the_policy(h, fake, pipe):
    fake.usergroups = [{"id": "S0ONCALL", "handle": "oncall", "users": ["U0ALICE"]},
                       {"id": "S0DEVS", "handle": "devs", "users": ["U0BOB"]}]
    h.post_event(mention("ps", user="U0ALICE"))
    h.post_event(mention("ps", user="U0CAROL"))
    reqs = pipe.wait(2)
    by_user = {r.actor.user: r.actor.groups for r in reqs}
    assert by_user == {"U0ALICE": ("S0ONCALL",), "U0CAROL": ()}  # IDs only, never handles
    assert len(fake.of("usergroups.list")) == 1  # cached


# --------------------------------------------------------------------------- at most once


def test_same_event_three_times_runs_once(h, fake, pipe):
    env = mention("web 재시작")
    assert h.post_event(env) == 200
    assert h.post_event(env, retry=1) == 200
    assert h.post_event(env, retry=2) == 200
    pipe.wait(1)
    h.idle()
    time.sleep(0.2)
    assert len(pipe.requests) == 1
    assert len(fake.thread("C0OPS", env["event"]["ts"])) == 1


def test_concurrent_duplicates_run_once(h, pipe):
    env = mention("web 재시작")
    threads = [threading.Thread(target=h.post_event, args=(env,)) for _ in range(10)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    h.idle()
    assert len(pipe.requests) == 1


def test_same_message_under_another_event_id_runs_once(h, pipe):
    """A redelivery with a new event_id but the same client_msg_id / ts is the same message."""
    env = mention("web 재시작")
    again = json.loads(json.dumps(env))
    again["event_id"] = "Ev0OTHER"
    h.post_event(env)
    h.post_event(again, retry=1)
    h.idle()
    assert len(pipe.requests) == 1


def test_dedup_survives_a_restart(tmp_path, fake):
    db = tmp_path / "dedup.sqlite"
    env = mention("web 재시작")
    first = Harness.start(FakePipeline(), fake=fake, dedup_path=db)
    first.post_event(env)
    first.pipeline.wait(1)
    first.stop()
    second = Harness.start(FakePipeline(), fake=fake, dedup_path=db)
    try:
        assert second.post_event(env, retry=1) == 200
        second.idle()
        time.sleep(0.2)
        assert second.pipeline.requests == []
    finally:
        second.stop()


# --------------------------------------------------------------------------- what runs nothing


@pytest.mark.parametrize("event_extra", [
    {"bot_id": "B0OTHER"},
    {"subtype": "bot_message", "bot_id": "B0OTHER"},
    {"user": BOT_USER},                                   # our own message
    {"subtype": "message_changed"},                       # an edit
    {"subtype": "message_deleted"},                       # a deletion
    {"edited": {"user": "U0ALICE", "ts": "1700000000.1"}},
])
def test_bots_own_messages_edits_and_deletions_run_nothing(h, fake, pipe, event_extra):
    assert h.post_event(im("web 재시작", **event_extra)) == 200
    assert h.post_event(mention("web 재시작", **event_extra)) == 200
    h.idle()
    time.sleep(0.2)
    assert pipe.requests == []
    assert fake.of("chat.postMessage") == []


def test_channel_messages_that_do_not_mention_gorae_run_nothing(h, pipe):
    env = im("web 재시작", channel="C0OPS", channel_type="channel")
    assert h.post_event(env) == 200
    h.idle()
    assert pipe.requests == []


def test_wrong_signature_is_401_and_runs_nothing(h, fake, pipe):
    assert h.post_event(mention("web 재시작"), secret="not-the-secret") == 401
    status, _ = h.post_form(command("web 재시작"), secret="nope")
    assert status == 401
    status, _ = h.post_action(block_action("gorae_confirm", "abc"), secret="nope")
    assert status == 401
    h.idle()
    assert pipe.requests == [] and pipe.confirms == []
    assert fake.of("chat.postMessage") == []


def test_stale_timestamp_is_401(h, pipe):
    assert h.post_event(mention("web 재시작"), ts=int(time.time()) - 600) == 401
    h.idle()
    assert pipe.requests == []


def test_missing_signature_headers_is_401(h, pipe):
    status, _ = h.post_raw(json.dumps(mention("ps")).encode(), {"Content-Type": "application/json"})
    assert status == 401
    assert pipe.requests == []


def test_malformed_json_is_rejected_and_runs_nothing(h, pipe):
    body = b'{"type": "event_callback", "event": {'
    status, _ = h.post_raw(body, {"Content-Type": "application/json", **sign(SECRET, body)})
    assert status == 400
    status, _ = h.post_raw(body, {"Content-Type": "application/json", **sign("wrong", body)})
    assert status == 401
    h.idle()
    assert pipe.requests == []


def test_invalid_utf8_is_rejected(h, pipe):
    body = b'{"type": "event_callback", "x": "\xff\xfe"}'
    status, _ = h.post_raw(body, {"Content-Type": "application/json", **sign(SECRET, body.decode("latin-1"))})
    assert status in (400, 401)
    assert pipe.requests == []


@pytest.mark.parametrize("drop", ["user", "channel", "ts", "text"])
def test_events_missing_fields_do_not_crash(h, fake, pipe, drop):
    env = mention("ps")
    del env["event"][drop]
    assert h.post_event(env) == 200
    h.idle()
    if drop == "text":  # a mention with no text is still a request (the pipeline says what to type)
        assert len(pipe.requests) == 1 and pipe.requests[0].text == ""
    else:
        assert pipe.requests == []


def test_envelope_without_event_is_harmless(h, pipe):
    env = mention("ps")
    del env["event"]
    assert h.post_event(env) in (200, 404)
    h.idle()
    assert pipe.requests == []


def test_slash_command_missing_fields_does_not_crash(h, pipe):
    fields = command("ps")
    del fields["user_id"]
    status, _ = h.post_form(fields)
    assert status == 200
    h.idle()
    assert pipe.requests == []


def test_block_action_missing_fields_does_not_crash(h, pipe):
    payload = block_action("gorae_confirm", "p1")
    del payload["user"]
    status, _ = h.post_action(payload)
    assert status == 200
    h.idle()
    assert pipe.confirms == []


def test_40kb_of_text_is_passed_once_and_acked(h, pipe):
    text = "web 재시작 " + "가" * 13_000 + "x" * 1_000  # ~40 KB of UTF-8
    env = mention(text)
    assert len(json.dumps(env, ensure_ascii=False).encode()) > 40_000
    assert h.post_event(env) == 200
    (req,) = pipe.wait(1)
    assert len(req.text) > 14_000
    h.idle()


def test_oversized_body_is_413_without_reading_it(h, pipe):
    conn = http.client.HTTPConnection("127.0.0.1", h.server.port, timeout=5)
    conn.putrequest("POST", "/slack/events")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(2 << 20))
    conn.endheaders()
    assert conn.getresponse().status == 413
    conn.close()
    assert pipe.requests == []


def test_url_verification_challenge(h):
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    status, out = h.post_raw(body.encode(), {"Content-Type": "application/json", **sign(SECRET, body)})
    assert status == 200 and b"c-123" in out


# --------------------------------------------------------------------------- slow work, progress, retries


def slow_pull(request, progress):
    for i in range(1, 4):
        progress(f"a1b2c3: Downloading {i} MB / 3 MB")
        time.sleep(0.4)
    return Reply("en", "done", "Pulled nginx:latest.", cli=("docker pull nginx",))


def test_slow_work_says_working_then_updates_with_progress_and_result(fake, pipe):
    pipe.script["pull nginx"] = slow_pull
    h = Harness.start(pipe, fake=fake, slow_after=0.3)
    try:
        env = mention("pull nginx")
        h.post_event(env)
        h.idle()
    finally:
        h.stop()
    placeholder, mention_ = fake.ok_calls("chat.postMessage")
    assert "Working on it" in placeholder.params["text"]
    updates = fake.ok_calls("chat.update")
    assert len(updates) >= 2
    assert any("Downloading" in text_of(u.params) for u in updates[:-1])
    final = fake.messages("C0OPS")[placeholder.response["ts"]]
    assert "Pulled nginx" in final["text"] and "docker pull nginx" in text_of(final)
    # an edit notifies nobody: the asker is mentioned in a new message in the thread
    assert mention_.params["thread_ts"] == env["event"]["ts"]
    assert mention_.params["text"].startswith("<@U0ALICE>") and "Pulled nginx" in mention_.params["text"]


def test_ack_comes_before_the_work(fake):
    """The 200 comes while the work is still held: the work is released only after the test has its
    ack (no clock: a server that waited for the work would hold it until the gate's 60 s ran out)."""
    gate, released = threading.Event(), []

    def held(request, progress):
        released.append(gate.wait(60))
        return Reply("en", "done", "Restarted web.", cli=("docker restart web",))

    pipe = FakePipeline(script={"restart web": held})
    h = Harness.start(pipe, fake=fake)
    try:
        assert h.post_event(mention("restart web")) == 200
        gate.set()
        deadline = time.monotonic() + 60
        while not released and time.monotonic() < deadline:
            time.sleep(0.05)
        assert released == [True]
    finally:
        gate.set()
        h.stop()


def test_rate_limited_post_is_retried_after_retry_after(h, fake, pipe):
    fake.fail("chat.postMessage", status=429, retry_after=1)
    env = mention("web 재시작")
    h.post_event(env)
    h.idle()
    calls = fake.of("chat.postMessage")
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 0.9  # honoured Retry-After
    assert len(pipe.requests) == 1  # the command ran once
    assert "docker ps" in text_of(only_thread_reply(fake, "C0OPS", env["event"]["ts"]))


def test_server_errors_are_retried_and_the_outcome_arrives(h, fake, pipe):
    fake.fail("chat.postMessage", status=500, times=2)
    env = mention("web 재시작")
    h.post_event(env)
    h.idle()
    assert [c.status for c in fake.of("chat.postMessage")] == [500, 500, 200]
    assert len(pipe.requests) == 1
    only_thread_reply(fake, "C0OPS", env["event"]["ts"])


def test_failed_update_falls_back_to_a_new_message(fake, pipe):
    pipe.script["pull nginx"] = slow_pull
    h = Harness.start(pipe, fake=fake, slow_after=0.1)
    try:
        fake.fail("chat.update", error="message_not_found", times=50)
        env = mention("pull nginx")
        h.post_event(env)
        h.idle()
    finally:
        h.stop()
    assert any("Pulled nginx" in m["text"] for m in fake.thread("C0OPS", env["event"]["ts"]))


def test_busy_when_the_queue_is_full(fake):
    pipe = FakePipeline(delay=1.0)
    h = Harness.start(pipe, fake=fake, workers=1, queue=1)
    try:
        for _ in range(4):
            h.post_event(mention("restart web"))
        h.idle()
    finally:
        h.stop()
    assert len(pipe.requests) == 2
    busy = [c for c in fake.ok_calls("chat.postEphemeral") if "Too many requests" in c.params["text"]]
    assert len(busy) == 2


def test_pipeline_crash_becomes_a_sentence(h, fake, pipe):
    def boom(request, progress):
        raise RuntimeError("boom")

    pipe.script["boom"] = boom
    env = mention("boom")
    h.post_event(env)
    h.idle()
    msg = only_thread_reply(fake, "C0OPS", env["event"]["ts"])
    assert "Something went wrong" in msg["text"] and "boom" not in msg["text"]


# --------------------------------------------------------------------------- replies


def test_denial_is_ephemeral_to_the_asker(h, fake, pipe):
    pipe.script["rm web"] = Reply("en", "denied", "rm needs the operator role.", cli=("docker rm web",))
    env = mention("rm web", user="U0BOB")
    h.post_event(env)
    h.idle()
    assert fake.of("chat.postMessage") == []
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert eph.params["user"] == "U0BOB" and eph.params["thread_ts"] == env["event"]["ts"]
    assert "operator role" in eph.params["text"]


def test_denial_in_a_dm_is_a_plain_message(h, fake, pipe):
    pipe.script["rm web"] = Reply("en", "denied", "rm needs the operator role.")
    h.post_event(im("rm web"))
    h.idle()
    assert fake.of("chat.postEphemeral") == []
    assert len(fake.ok_calls("chat.postMessage")) == 1


def test_user_text_is_escaped(h, fake, pipe):
    pipe.script["evil"] = Reply("en", "failed", "No container <!channel> & <@U0BOSS>.",
                                code="<script>&amp;</script>")
    env = mention("evil")
    h.post_event(env)
    h.idle()
    blob = text_of(only_thread_reply(fake, "C0OPS", env["event"]["ts"]))
    assert "<!channel>" not in blob and "<@U0BOSS>" not in blob and "<script>" not in blob
    assert "&lt;!channel&gt; &amp; &lt;@U0BOSS&gt;" in blob
    assert "&amp;amp;" in blob


def test_long_logs_are_uploaded_as_a_file(h, fake, pipe):
    logs = "\n".join(f"2024-01-01T00:00:{i:05d} GET /index.html 200" for i in range(2000))
    pipe.script["web logs"] = Reply("en", "done", "Logs of web.", cli=("docker logs web",), code=logs)
    env = mention("web logs")
    h.post_event(env)
    h.idle()
    msg = only_thread_reply(fake, "C0OPS", env["event"]["ts"])
    assert "00:01999" in text_of(msg)  # the tail is inline
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in msg["blocks"])
    fake.wait_for("files.getUploadURLExternal")
    (upload,) = fake.of("upload")
    assert upload.params["size"] >= len(logs.encode())
    (done,) = fake.wait_for("files.completeUploadExternal")
    assert done.params["channel_id"] == "C0OPS" and done.params["thread_ts"] == env["event"]["ts"]


# --------------------------------------------------------------------------- buttons


def confirm_reply():
    return Reply("en", "confirm", "Remove web? This cannot be undone.", cli=("docker rm web",), pending="p-123")


def question_message(fake, env):
    h_msgs = fake.thread("C0OPS", env["event"]["ts"])
    assert len(h_msgs) == 1
    m = h_msgs[0]
    return {"type": "message", "ts": m["ts"], "text": m["text"], "blocks": m["blocks"],
            "thread_ts": env["event"]["ts"], "bot_id": BOT_ID}


def test_confirm_buttons_and_a_click_by_the_asker(h, fake, pipe):
    pipe.script["rm web"] = confirm_reply()
    env = mention("rm web", user="U0ALICE")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    actions = [b for b in msg["blocks"] if b["type"] == "actions"][0]
    ids = [e["action_id"] for e in actions["elements"]]
    assert ids == ["gorae_confirm", "gorae_cancel"]
    assert {e["value"] for e in actions["elements"]} == {"p-123"}

    status, _ = h.post_action(block_action("gorae_confirm", "p-123", user="U0ALICE", message=msg,
                                           block_id=actions["block_id"]))
    assert status == 200
    h.idle()
    ((pid, actor, channel, yes),) = pipe.confirms
    assert (pid, actor.user, channel, yes) == ("p-123", "U0ALICE", "C0OPS", True)
    final = fake.messages("C0OPS")[msg["ts"]]
    blob = text_of(final)
    assert "Confirmed by <@U0ALICE>" in blob and "docker rm web" in blob and "Removed web" in blob
    assert not [b for b in final["blocks"] if b["type"] == "actions"]  # the buttons are gone


def test_a_click_by_someone_else_is_refused_privately(h, fake, pipe):
    pipe.script["rm web"] = confirm_reply()
    pipe.confirm_reply = lambda pid, actor, ch, yes: (
        Reply("en", "denied", "Only the person who asked can confirm.") if actor.user != "U0ALICE"
        else Reply("en", "done", "Removed web.", cli=("docker rm web",)))
    env = mention("rm web", user="U0ALICE")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    h.post_action(block_action("gorae_confirm", "p-123", user="U0MALLORY", message=msg))
    h.idle()
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert eph.params["user"] == "U0MALLORY" and "Only the person" in eph.params["text"]
    assert fake.ok_calls("chat.update") == []  # the question still stands
    h.post_action(block_action("gorae_confirm", "p-123", user="U0ALICE", message=msg))
    h.idle()
    assert "Confirmed by <@U0ALICE>" in text_of(fake.messages("C0OPS")[msg["ts"]])


def test_cancel_shows_who_cancelled(h, fake, pipe):
    pipe.script["rm web"] = confirm_reply()
    env = mention("rm web")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    h.post_action(block_action("gorae_cancel", "p-123", message=msg))
    h.idle()
    assert pipe.confirms[0][3] is False
    blob = text_of(fake.messages("C0OPS")[msg["ts"]])
    assert "Cancelled by <@U0ALICE>" in blob and "nothing ran" in blob


def test_double_click_runs_the_confirmation_once(h, fake, pipe):
    pipe.script["rm web"] = confirm_reply()
    env = mention("rm web")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    payload = block_action("gorae_confirm", "p-123", message=msg)
    h.post_action(payload)
    h.post_action(payload)  # the same click delivered twice
    h.idle()
    assert len(pipe.confirms) == 1


def test_korean_confirmation_labels(h, fake, pipe):
    pipe.script["web 삭제"] = Reply("ko", "confirm", "web을 삭제할까요?", cli=("docker rm web",), pending="p-9")
    env = mention("web 삭제")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    actions = [b for b in msg["blocks"] if b["type"] == "actions"][0]
    assert [e["text"]["text"] for e in actions["elements"]] == ["실행", "취소"]
    h.post_action(block_action("gorae_confirm", "p-9", message=msg, block_id=actions["block_id"]))
    h.idle()
    assert "<@U0ALICE> 님이 확인했습니다" in text_of(fake.messages("C0OPS")[msg["ts"]])


def test_choice_buttons_resubmit_the_chosen_text(h, fake, pipe):
    pipe.script["restart web"] = Reply("en", "question", "Which container? web matches several.",
                                       choices=("restart web-1", "restart web-2"))
    env = mention("restart web")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    actions = [b for b in msg["blocks"] if b["type"] == "actions"][0]
    assert [e["value"] for e in actions["elements"]] == ["restart web-1", "restart web-2"]
    el = actions["elements"][1]
    payload = block_action(el["action_id"], el["value"], message=msg, block_id=actions["block_id"])
    h.post_action(payload)
    h.post_action(block_action(actions["elements"][0]["action_id"], "restart web-1", message=msg))
    h.idle()
    assert [r.text for r in pipe.requests] == [env["event"]["text"], "restart web-2"]  # one choice only
    assert pipe.requests[1].actor.user == "U0ALICE" and pipe.requests[1].channel == "C0OPS"
    marked = fake.messages("C0OPS")[msg["ts"]]
    assert "chose `restart web-2`" in text_of(marked)
    assert not [b for b in marked["blocks"] if b["type"] == "actions"]
    assert len(fake.thread("C0OPS", env["event"]["ts"])) == 2  # the question + the new answer


def test_a_late_click_on_an_answered_question_leaves_the_message_alone(h, fake, pipe):
    from bot.messages import t

    pipe.script["rm web"] = confirm_reply()
    pipe.confirm_reply = lambda pid, actor, ch, yes: Reply("en", "info", t("confirm.unknown", "en"), key="confirm.unknown")
    env = mention("rm web")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    h.post_action(block_action("gorae_confirm", "p-123", message=msg))
    h.idle()
    assert fake.ok_calls("chat.update") == []
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert eph.params["user"] == "U0ALICE"


def test_a_late_click_on_a_korean_question_is_answered_in_korean(h, fake, pipe):
    """The pipeline no longer knows an answered question's language (it answers "en"): the
    button's block (gorae_confirm_ko) does, and the clicker is told in Korean (issue 8, misses 7)."""
    from bot.messages import t

    pipe.script["web 지워"] = lambda request, progress: Reply("ko", "confirm", "web을 삭제할까요?", cli=("docker rm web",),
                                                            pending="p-123")
    pipe.confirm_reply = lambda pid, actor, ch, yes: Reply("en", "info", t("confirm.unknown", "en"), key="confirm.unknown")
    env = mention("web 지워")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    (actions,) = [b for b in msg["blocks"] if b["type"] == "actions"]
    assert actions["block_id"] == "gorae_confirm_ko"
    h.post_action(block_action("gorae_confirm", "p-123", message=msg, block_id=actions["block_id"]))
    h.idle()
    assert fake.ok_calls("chat.update") == []
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert t("confirm.unknown", "ko") in json.dumps(eph.params, ensure_ascii=False)


def test_a_rate_limited_or_hung_progress_update_never_stalls_the_work(fake, pipe):
    """Progress never waits for Slack: the work runs to its end while every chat.update is
    held unanswered by Slack, then rate limited; the final answer still arrives."""
    done = threading.Event()

    def pull(request, progress):
        for i in range(5):
            progress(f"layer {i}: 1 MB / 5 MB")
        done.set()
        return Reply("en", "done", "Pulled.", cli=("docker pull x",))

    pipe.script["pull x"] = pull
    h = Harness.start(pipe, fake=fake, slow_after=0.0)
    try:
        fake.hold("chat.update")
        fake.fail("chat.update", status=429, retry_after=1, times=2)
        env = mention("pull x")
        h.post_event(env)
        assert done.wait(10)  # all progress reported while Slack held the edits
        fake.release("chat.update")
        h.idle(30)
    finally:
        h.stop()
    (placeholder, _) = fake.ok_calls("chat.postMessage")
    final = fake.messages("C0OPS")[placeholder.response["ts"]]
    assert "Pulled." in final["text"] and "docker pull x" in text_of(final)


def test_keep_alive_serves_several_requests_on_one_connection(h, pipe):
    conn = http.client.HTTPConnection("127.0.0.1", h.server.port, timeout=5)
    for _ in range(3):
        body = json.dumps(mention("ps"))
        conn.request("POST", "/slack/events", body=body,
                     headers={"Content-Type": "application/json", **sign(SECRET, body)})
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 200
    conn.close()
    pipe.wait(3)


@pytest.mark.parametrize("raw, status", [
    (b"NONSENSE\r\n\r\n", 400),
    (b"POST /slack/events HTTP/1.1\r\nHost: x\r\n\r\n", 411),
    (b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 404),
    (b"PUT /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405),
    (b"GET /slack/events HTTP/1.1\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", 431),
])
def test_broken_http_gets_an_error_status(h, pipe, raw, status):
    import socket

    with socket.create_connection(("127.0.0.1", h.server.port), timeout=5) as s:
        s.sendall(raw)
        first = s.recv(200).split(b"\r\n")[0]
    assert first.startswith(b"HTTP/1.1 %d" % status)
    assert pipe.requests == []


def test_an_engine_choice_clicked_by_someone_else_runs_nothing(h, fake, pipe):
    """engines2: "which engine?" buttons are the asker's; a stranger's click resubmits nothing."""
    pipe.script["restart web"] = Reply("en", "question", "`web` is on several engines: prod-1, staging-1. Which one?",
                                       choices=("restart web (prod-1)", "restart web (staging-1)"))
    env = mention("restart web")
    h.post_event(env)
    h.idle()
    msg = question_message(fake, env)
    actions = [b for b in msg["blocks"] if b["type"] == "actions"][0]
    el = actions["elements"][0]
    h.post_action(block_action(el["action_id"], el["value"], user="U0BOB", message=msg, block_id=actions["block_id"]))
    h.idle()
    assert [r.text for r in pipe.requests] == [env["event"]["text"]]  # the stranger's click ran nothing
    assert [b for b in fake.messages("C0OPS")[msg["ts"]]["blocks"] if b["type"] == "actions"]  # still open


def test_a_signed_event_is_acked_before_it_is_dispatched_and_then_runs(fake):
    """Events are answered 200 before bolt dispatches them (the burst's acks do not wait for
    each other's dispatch); the dispatch still happens, once, and `quiet` waits for it. A
    listener that is still busy holds no ack: the ack came first."""
    gate = threading.Event()
    pipe = FakePipeline()
    h = Harness.start(pipe, fake=fake)
    real = h.app.dispatch

    def slow_dispatch(req):
        gate.wait(10)
        return real(req)

    h.app.dispatch = slow_dispatch  # type: ignore[method-assign]
    try:
        env = mention("ps")
        assert h.post_event(env) == 200  # answered while the dispatch is held
        assert not h.server.quiet(0.2)
        gate.set()
        h.idle()
        assert [r.request_id for r in pipe.requests] == [env["event_id"]]
        assert h.post_event(mention("ps"), secret="not-the-secret") == 401  # never acked unsigned
        h.idle()
        assert len(pipe.requests) == 1
    finally:
        gate.set()
        h.stop()
