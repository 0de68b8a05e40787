"""Slack as the platform really behaves (issue 9): bursts, Tier 3 edits, 429 answers,
response_url, clicks by strangers, message subtypes, DMs, Slack Connect users, untrusted text
(Socket Mode health: test_slack_health.py). The real bolt app behind gorae's HTTP endpoint, the
fake Slack Web API of slack_fake.py and a fake pipeline (the real engine: test_slack_e2e.py)."""
from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter

import pytest
from slack_fake import BOT_ID, TEAM, FakeSlack, block_action, command, im, mention
from slack_harness import FakePipeline, Harness

from bot.front.slack import blocks as bk
from bot.front.slack.app import OTHERS_DM
from bot.model import Actor, Reply, Request


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


def blob(message) -> str:
    return json.dumps(message.get("blocks"), ensure_ascii=False) + message.get("text", "")


def question(fake, env, channel="C0OPS"):
    (m,) = fake.thread(channel, env["event"]["ts"])
    return {"type": "message", "ts": m["ts"], "text": m["text"], "blocks": m["blocks"],
            "thread_ts": env["event"]["ts"], "bot_id": BOT_ID}


def confirm_reply(pending="p-1"):
    return Reply("en", "confirm", "Remove web? This cannot be undone.", cli=("docker rm web",), pending=pending)


# --------------------------------------------------------------------------- a burst of 200


class Counting(FakePipeline):
    """Counts executions per request id; each takes `delay` seconds of 'Docker'."""

    def __init__(self, delay: float) -> None:
        super().__init__(delay=delay)
        self.runs: Counter[str] = Counter()

    def handle(self, request, *, progress=None):
        with self._lock:
            self.runs[request.request_id] += 1
        return super().handle(request, progress=progress)


def post_all(h, envs):
    statuses: list[int] = []
    lock = threading.Lock()

    def go(env):
        status = h.post_event(env)
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=go, args=(e,)) for e in envs]
    [t.start() for t in threads]
    [t.join() for t in threads]
    return statuses


def test_a_burst_of_200_runs_every_acked_request_exactly_once_with_queue_positions(fake):
    pipe = Counting(delay=0.05)
    h = Harness.start(pipe, fake=fake, workers=4)
    try:
        envs = [mention(f"ps {i}", channel="C0OPS") for i in range(200)]
        statuses = post_all(h, envs)
        h.idle(120)
        time.sleep(0.3)  # edits still in flight settle
    finally:
        h.stop()
    assert statuses == [200] * 200  # every one acked ...
    assert sorted(pipe.runs) == sorted(e["event_id"] for e in envs)  # ... every one ran ...
    assert set(pipe.runs.values()) == {1}  # ... exactly once
    assert not fake.of("chat.postEphemeral")  # nobody was told "busy"
    messages = fake.messages("C0OPS")
    for env in envs:  # every thread ends with the answer
        answers = [m for m in messages.values() if m.get("thread_ts") == env["event"]["ts"]
                   and "docker ps" in blob(m)]
        assert len(answers) == 1, env["event"]["text"]
    # the ones that waited said so, with their place, and the message was edited in place
    queued_posts = [c for c in fake.ok_calls("chat.postMessage") if "Queued" in c.params["text"]]
    assert queued_posts, "no request showed its place in the queue"
    for post in queued_posts:
        final = messages[post.response["ts"]]
        assert "docker ps" in blob(final) and final["updates"] >= 1
    aheads = [int(c.params["text"].split("Queued, ")[1].split()[0]) for c in queued_posts]
    assert max(aheads) > 10
    positions = [c for c in fake.ok_calls("chat.update") if "Queued" in c.params["text"]]
    assert positions, "queue positions were never updated in place"


def test_the_queue_keeps_its_order_and_tells_the_position():
    from bot.front.slack.worker import Worker

    w = Worker(workers=1)
    gate = threading.Event()
    order: list[int] = []
    told: dict[int, list[int]] = {i: [] for i in range(4)}
    w.submit(gate.wait)
    for i in range(4):
        w.submit(lambda i=i: order.append(i), on_queued=told[i].append)
    assert told == {0: [0], 1: [1], 2: [2], 3: [3]}
    gate.set()
    assert w.join(5)
    assert order == [0, 1, 2, 3]
    assert told[3] == [3, 2, 1, 0]  # told each step forward, never after starting
    w.shutdown()


# --------------------------------------------------------------------------- Tier 3 edits, 429


def steady_progress(n: int, pause: float):
    def work(request, progress):
        for i in range(n):
            progress(f"step {i}")
            time.sleep(pause)
        return Reply("en", "done", "Pulled.", cli=("docker pull x",))

    return work


def test_progress_edits_are_throttled_per_workspace_not_per_message(fake, pipe):
    """Four concurrent pulls reporting progress all the time share one budget of edits."""
    pipe.script["pull x"] = steady_progress(15, 0.1)
    h = Harness.start(pipe, fake=fake, slow_after=0.0, updates_per_minute=1.0)  # budget: the burst of 5
    try:
        envs = [mention("pull x") for _ in range(4)]
        post_all(h, envs)
        h.idle(60)
    finally:
        h.stop()
    progress_edits = [c for c in fake.ok_calls("chat.update") if "Working on it" in c.params["text"]]
    assert len(progress_edits) <= 5  # about 60 progress lines were reported
    for env in envs:  # every final answer arrived anyway
        assert any("Pulled." in m["text"] for m in fake.thread("C0OPS", env["event"]["ts"]))


def test_a_429_on_an_edit_pauses_edits_but_never_delays_the_final_answer(fake, pipe):
    """The 429 hits a progress edit, for sure: the work goes on only once the placeholder is up and its
    first edit was answered. (It once came after the work: the 429 then hit the final answer itself,
    whose client rightly waits Slack's Retry-After, and the test ran past its bound on a loaded machine.)
    Slack asks an hour's pause: a final answer within the minute can only have gone around it."""

    def until(calls) -> None:
        deadline = time.monotonic() + 60
        while not calls() and time.monotonic() < deadline:
            time.sleep(0.02)

    def work(request, progress):
        progress("step 0")
        until(lambda: fake.of("chat.postMessage"))  # the placeholder is up
        progress("step 1")
        until(lambda: fake.of("chat.update"))  # its edit went out and was answered 429: edits pause
        progress("step 2")  # paused: dropped for the final
        return Reply("en", "done", "Pulled.", cli=("docker pull x",))

    pipe.script["pull x"] = work
    h = Harness.start(pipe, fake=fake, slow_after=0.0)
    try:
        fake.fail("chat.update", status=429, retry_after=3600, times=1)
        env = mention("pull x")
        h.post_event(env)
        h.idle(60)
        time.sleep(0.2)
    finally:
        h.stop()
    assert [c.status for c in fake.of("chat.update")][:1] == [429]
    assert h.frontend.throttle.rate_limited == 1
    placeholder = fake.ok_calls("chat.postMessage")[0]
    final = fake.messages("C0OPS")[placeholder.response["ts"]]
    assert "Pulled." in final["text"]
    progress_after_429 = [c for c in fake.ok_calls("chat.update") if "Working on it" in c.params["text"]]
    assert progress_after_429 == []  # the paused edits were dropped for the final, not sent after it


def test_the_throttle_spends_finals_and_pauses_on_429():
    from bot.front.slack.deliver import Throttle

    now = [100.0]
    th = Throttle(client=None, per_minute=60, burst=2, clock=lambda: now[0])
    th.spend()
    th.spend()
    th.spend()
    with th._cond:
        th._refill()
        assert th._tokens == -1  # finals went out anyway, and edits now wait for them
    now[0] += 2
    with th._cond:
        th._refill()
        assert th._tokens == 1
    th.pause(30)
    assert th._paused_until == now[0] + 30 and th.rate_limited == 1


# --------------------------------------------------------------------------- the asker is told


def test_a_slow_confirmed_request_mentions_the_clicker_when_it_is_done(fake):
    pipe = FakePipeline(work=1.5)
    pipe.script["rm web"] = confirm_reply()
    h = Harness.start(pipe, fake=fake, slow_after=0.3)
    try:
        env = mention("rm web")
        h.post_event(env)
        h.idle()
        q = question(fake, env)
        h.post_action(block_action("gorae_confirm", "p-1", message=q))
        h.idle()
    finally:
        h.stop()
    final = fake.messages("C0OPS")[q["ts"]]
    assert "Removed web" in blob(final) and "Confirmed by <@U0ALICE>" in blob(final)
    notes = [m for m in fake.thread("C0OPS", env["event"]["ts"]) if m["ts"] != q["ts"]]
    assert len(notes) == 1 and notes[0]["text"].startswith("<@U0ALICE>")


def test_a_fast_answer_is_one_message_without_a_mention(h, fake, pipe):
    env = mention("ps")
    h.post_event(env)
    h.idle()
    (only,) = fake.thread("C0OPS", env["event"]["ts"])
    assert "docker ps" in blob(only) and not only["text"].startswith("<@")


# --------------------------------------------------------------------------- response_url


def test_response_url_429_is_retried_after_retry_after(h, fake, pipe):
    fake.fail("chat.postMessage", error="not_in_channel", times=5)
    fake.fail("webhook", status=429, retry_after=1)
    h.post_form(command("ps", channel="C0PRIVATE", response_url=fake.webhook()))
    pipe.wait(1)
    h.idle()
    hooks = fake.of("webhook")
    assert [c.status for c in hooks] == [429, 200]
    assert hooks[1].at - hooks[0].at >= 0.9
    assert "docker ps" in json.dumps(hooks[1].params)


def test_a_failing_response_url_is_logged_not_silent(h, fake, pipe, caplog):
    fake.fail("chat.postMessage", error="not_in_channel", times=5)
    fake.fail("webhook", status=404, error="expired_url", times=10)
    with caplog.at_level(logging.ERROR):
        h.post_form(command("ps", channel="C0PRIVATE", response_url=fake.webhook()))
        pipe.wait(1)
        h.idle()
    assert fake.ok_calls("webhook") == []
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "response_url answered 404" in logged and "docker ps" in logged


def test_an_ephemeral_question_is_answered_through_the_clicks_response_url(h, fake, pipe):
    """/gorae in a channel gorae is not in: the question came through response_url (ephemeral),
    so the click's result goes back through the click's response_url, replacing the question."""
    pipe.script["rm web"] = confirm_reply()
    fake.fail("chat.postMessage", error="not_in_channel", times=50)
    h.post_form(command("rm web", channel="C0PRIVATE", response_url=fake.webhook("cmd")))
    pipe.wait(1)
    h.idle()
    (asked,) = fake.ok_calls("webhook")
    assert "gorae_confirm" in json.dumps(asked.params["blocks"])
    payload = block_action("gorae_confirm", "p-1", channel="C0PRIVATE", response_url=fake.webhook("click"),
                           message={"type": "message", "ts": "1700000300.000001", "text": "q", "blocks": []})
    payload["container"]["is_ephemeral"] = True
    h.post_action(payload)
    h.idle()
    assert [c[0] for c in pipe.confirms] == ["p-1"]
    answer = fake.ok_calls("webhook")[-1]
    assert "Removed web" in json.dumps(answer.params)
    assert answer.params.get("replace_original") is True
    assert fake.of("chat.update") == []


# --------------------------------------------------------------------------- clicks by strangers


def test_a_strangers_confirm_during_a_slow_lookup_leaves_the_question_as_it_was(fake):
    pipe = FakePipeline(confirm_delay=1.5)  # the user-group lookup / policy takes its time
    pipe.script["rm web"] = confirm_reply()
    pipe.confirm_reply = lambda pid, actor, ch, yes: (
        Reply("en", "denied", "Only the person who asked can confirm.") if actor.user != "U0ALICE"
        else Reply("en", "done", "Removed web.", cli=("docker rm web",)))
    h = Harness.start(pipe, fake=fake, slow_after=0.1)
    try:
        env = mention("rm web", user="U0ALICE")
        h.post_event(env)
        h.idle()
        q = question(fake, env)
        h.post_action(block_action("gorae_confirm", "p-1", user="U0MALLORY", message=q))
        h.idle()
    finally:
        h.stop()
    assert fake.of("chat.update") == []  # no "Confirmed by <stranger>", no "working on it"
    assert fake.messages("C0OPS")[q["ts"]]["blocks"] == q["blocks"]
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert eph.params["user"] == "U0MALLORY" and "Only the person" in eph.params["text"]
    assert "Confirmed by" not in blob(eph.params)


def test_the_askers_click_after_a_strangers_still_works(h, fake, pipe):
    pipe.script["rm web"] = confirm_reply()
    pipe.confirm_reply = lambda pid, actor, ch, yes: (
        Reply("en", "denied", "Only the person who asked can confirm.") if actor.user != "U0ALICE"
        else Reply("en", "done", "Removed web.", cli=("docker rm web",)))
    env = mention("rm web", user="U0ALICE")
    h.post_event(env)
    h.idle()
    q = question(fake, env)
    h.post_action(block_action("gorae_confirm", "p-1", user="U0MALLORY", message=q))
    h.post_action(block_action("gorae_confirm", "p-1", user="U0ALICE", message=q))
    h.idle()
    assert "Confirmed by <@U0ALICE>" in blob(fake.messages("C0OPS")[q["ts"]])
    assert "U0MALLORY" not in blob(fake.messages("C0OPS")[q["ts"]])


def test_a_strangers_choice_leaves_which_one_as_it_was(h, fake, pipe):
    pipe.script["restart web"] = Reply("en", "question", "Which container?",
                                       choices=("restart web-1", "restart web-2"))
    env = mention("restart web", user="U0ALICE")
    h.post_event(env)
    h.idle()
    q = question(fake, env)
    actions = [b for b in q["blocks"] if b["type"] == "actions"][0]
    el = actions["elements"][0]
    h.post_action(block_action(el["action_id"], el["value"], user="U0MALLORY", message=q,
                               block_id=actions["block_id"]))
    h.idle()
    assert len(pipe.requests) == 1  # nothing ran for the stranger
    assert fake.of("chat.update") == []
    (eph,) = fake.ok_calls("chat.postEphemeral")
    assert eph.params["user"] == "U0MALLORY"
    # the asker can still choose
    h.post_action(block_action(el["action_id"], el["value"], user="U0ALICE", message=q,
                               block_id=actions["block_id"]))
    h.idle()
    assert [r.text for r in pipe.requests][1:] == ["restart web-1"]
    assert "chose" in blob(fake.messages("C0OPS")[q["ts"]])


# --------------------------------------------------------------------------- message subtypes


@pytest.mark.parametrize("subtype", ["thread_broadcast", "file_share"])
def test_mentions_with_user_subtypes_are_answered(h, fake, pipe, subtype):
    extra = {"subtype": subtype}
    if subtype == "thread_broadcast":
        extra["thread_ts"] = "1699999999.000001"
    if subtype == "file_share":
        extra["files"] = [{"id": "F1", "name": "log.txt"}]
    env = mention("ps", **extra)
    assert h.post_event(env) == 200
    (req,) = pipe.wait(1)
    assert req.text.endswith("ps")
    h.idle()
    assert len(fake.ok_calls("chat.postMessage")) == 1


@pytest.mark.parametrize("subtype", ["bot_message", "message_changed", "message_deleted", "channel_join",
                                     "channel_topic", "group_join", "pinned_item"])
def test_bot_edit_delete_and_system_subtypes_are_ignored(h, fake, pipe, subtype):
    assert h.post_event(mention("ps", subtype=subtype)) == 200
    assert h.post_event(im("ps", subtype=subtype)) == 200
    h.idle()
    time.sleep(0.1)
    assert pipe.requests == [] and fake.of("chat.postMessage") == []


def test_a_file_shared_in_a_dm_with_a_request_is_answered(h, fake, pipe):
    h.post_event(im("ps", subtype="file_share", files=[{"id": "F1"}]))
    pipe.wait(1)


# --------------------------------------------------------------------------- where: DMs


def test_a_slash_command_in_someone_elses_dm_is_not_a_dm_with_gorae(h, fake, pipe):
    fake.ims = {"D0GORAEALICE": "U0ALICE"}
    h.post_form(command("ps", channel="D0ALICEBOB", response_url=fake.webhook()))
    h.post_form(command("ps", channel="D0GORAEALICE", response_url=fake.webhook()))
    reqs = pipe.wait(2)
    h.idle()
    by_channel = sorted(r.channel for r in reqs)
    assert by_channel == ["D0GORAEALICE", OTHERS_DM + "D0ALICEBOB"]


def test_messages_in_gorae_s_dm_are_a_dm(h, fake, pipe):
    h.post_event(im("ps", channel="D0ALICE"))
    (req,) = pipe.wait(1)
    assert req.channel == "D0ALICE"
    assert fake.of("conversations.info") == []  # message.im only comes from gorae's own DMs


def policy_authorizer(tmp_path, text):
    from bot.policy.check import load_authorizer

    p = tmp_path / "policy.yaml"
    p.write_text(text)
    return load_authorizer(str(p))


DM_POLICY = """version: 1
channels: {ops: C0OPS}
local: none
roles:
  viewer: {verbs: [read]}
bindings:
  - {role: viewer, users: [U0ALICE], in: [dm]}
  - {role: viewer, channels: ["#ops"]}
  - {role: viewer, users: [U0PARTNER], in: ["#ops"]}
"""


def test_the_policy_dm_is_only_gorae_s_dm(tmp_path):
    from bot.model import VerbClass
    from bot.policy.check import allowed_classes

    auth = policy_authorizer(tmp_path, DM_POLICY)
    alice = Actor("U0ALICE")
    assert VerbClass.READ in allowed_classes(Request("ps", alice, "D0GORAEALICE", "slack"), auth.policy)
    assert not allowed_classes(Request("ps", alice, OTHERS_DM + "D0ALICEBOB", "slack"), auth.policy)


def test_slack_connect_users_get_nothing_from_a_channel_binding(tmp_path):
    from bot.model import VerbClass
    from bot.policy.check import allowed_classes

    auth = policy_authorizer(tmp_path, DM_POLICY)
    ours, theirs = Actor("U0CAROL"), Actor("U0EXT", external=True)
    assert VerbClass.READ in allowed_classes(Request("ps", ours, "C0OPS", "slack"), auth.policy)
    assert not allowed_classes(Request("ps", theirs, "C0OPS", "slack"), auth.policy)
    named = Actor("U0PARTNER", external=True)  # a binding that names them still applies
    assert VerbClass.READ in allowed_classes(Request("ps", named, "C0OPS", "slack"), auth.policy)


@pytest.mark.parametrize("user_team, shared, external", [
    ("T0OTHER", True, True),
    (TEAM, True, False),
    (None, True, True),  # a shared channel and no team said: fail closed
    (TEAM, False, False),
])
def test_users_of_other_organisations_are_marked_external(h, pipe, user_team, shared, external):
    env = mention("ps")
    del env["event"]["team"]
    if user_team:
        env["event"]["user_team"] = user_team
    env["is_ext_shared_channel"] = shared
    h.post_event(env)
    (req,) = pipe.wait(1)
    assert req.actor.external is external
    if external:
        assert req.actor.groups == ()


def test_a_click_by_a_user_of_another_organisation_is_external(h, fake, pipe):
    pipe.script["rm web"] = confirm_reply()
    env = mention("rm web")
    h.post_event(env)
    h.idle()
    payload = block_action("gorae_confirm", "p-1", user="U0EXT", message=question(fake, env))
    payload["user"]["team_id"] = "T0OTHER"
    h.post_action(payload)
    h.idle()
    ((_, actor, _, _),) = pipe.confirms
    assert actor.external


# --------------------------------------------------------------------------- untrusted text


def mrkdwn_objects(blocks):
    for b in blocks:
        for obj in [b.get("text")] + list(b.get("fields") or []) + list(b.get("elements") or []):
            if isinstance(obj, dict) and obj.get("type") == "mrkdwn":
                yield obj


def test_user_text_never_formats_links_or_mentions(h, fake, pipe):
    evil = "x` *bold* _it_ ~s~ http://evil.example @here #general ```code``` <!channel>"
    pipe.script["evil"] = Reply("en", "failed", f"No container `{evil}`.", cli=(f"docker logs {evil}",),
                                code=f"line ```{evil}````", notes=(evil,))
    env = mention("evil")
    h.post_event(env)
    h.idle()
    (msg,) = fake.thread("C0OPS", env["event"]["ts"])
    objs = list(mrkdwn_objects(msg["blocks"]))
    assert objs and all(o.get("verbatim") is True for o in objs)  # no auto links / mentions
    for o in objs:
        assert "<!channel>" not in o["text"]
        body = o["text"]
        if body.startswith("```"):
            assert "```" not in body[3:-3]  # the content can never close the block
            assert "``" not in body[3:-3].replace("`\u200b", "")
        else:
            assert "```" not in body  # no code block opened by user text
    assert "*bold*" in blob(msg)  # shown as typed


def test_code_blocks_survive_any_backticks():
    for s in ["`", "``", "```", "````", "a```b", "```x```", "x`", "`x", "``` ```"]:
        out = bk.code(s)
        inner = out[3:-3]
        assert out.startswith("```") and out.endswith("```")
        assert "``" not in inner and not inner.endswith("`") and not inner.startswith("`")
        assert inner.replace("\u200b", "") == s


def test_a_slash_commands_text_is_plain_text(h, fake, pipe):
    h.post_form(command("ps `*x*` <@U0BOSS> http://evil.example", response_url=fake.webhook()))
    pipe.wait(1)
    h.idle()
    (post,) = fake.ok_calls("chat.postMessage")
    asked = post.params["blocks"][0]["elements"]
    assert asked[1]["type"] == "plain_text" and "http://evil.example" in asked[1]["text"]
    assert "U0BOSS" not in asked[0]["text"]


def test_a_click_in_gorae_s_dm_counts_even_without_im_read(h, fake, pipe):
    """The DM is known from its message.im event: no conversations.info needed for the click."""
    fake.fail("conversations.info", error="missing_scope", times=10)
    pipe.script["rm web"] = confirm_reply()
    env = im("rm web", channel="D0ALICE")
    h.post_event(env)
    h.idle()
    q = question(fake, env, channel="D0ALICE")
    h.post_action(block_action("gorae_confirm", "p-1", channel="D0ALICE", message=q))
    h.idle()
    ((_, _, channel, _),) = pipe.confirms
    assert channel == "D0ALICE"


def test_placeholder_posts_are_paced_per_channel(fake):
    """chat.postMessage takes about one message a second per channel: "queued" placeholders
    of a burst are posted at that pace (measured against the run's own duration)."""
    pipe = FakePipeline(delay=0.1)
    h = Harness.start(pipe, fake=fake, workers=1, slow_after=0.1, posts_per_second=1.0)
    try:
        started = time.monotonic()
        post_all(h, [mention(f"ps {i}", channel="C0OPS") for i in range(30)])
        h.idle(60)
        elapsed = time.monotonic() - started
    finally:
        h.stop()
    placeholders = [c for c in fake.ok_calls("chat.postMessage") if "Queued" in c.params["text"]]
    assert 1 <= len(placeholders) <= 3 + elapsed * 1.0 + 1
    assert len(pipe.requests) == 30
