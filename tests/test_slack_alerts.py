"""bot/front/slack/alerts.py: an alert as a Slack message, its buttons' phrases, the per-channel rate limit, one thread per incident."""
from __future__ import annotations

import json
import time
from typing import Any

from alerts_fakes import ev, feed, inc, sink_for

from bot.alerts.incidents import Details, Tracker
from bot.front.slack.alerts import Bucket, click_text, render_alert
from bot.model import Plan
from bot.pipeline import Gorae
from bot.policy.alertrules import AlertRules, Route, parse_mute


def test_alert_message_has_fields_logs_commands_and_buttons_in_the_route_language():
    d = Details(image="nginx:latest", exit_code=3, oom_killed=False, restart_count=2, logs=("a <b>", "last"))
    for lang, word in (("en", "died with exit code 3"), ("ko", "종료 코드 3")):
        r = render_alert(inc(), d, lang, rules=AlertRules(), mention="<!subteam^S1>")
        text = json.dumps(r.blocks, ensure_ascii=False)
        assert word in text and "docker logs --tail 100 web" in text and "a &lt;b&gt;" in text
        assert r.text.startswith("<!subteam^S1>")
        (actions,) = [b for b in r.blocks if b["type"] == "actions"]
        assert [e["action_id"] for e in actions["elements"]] == [
            "gorae_alert_restart", "gorae_alert_logs", "gorae_alert_inspect", "gorae_alert_silence_1h",
            "gorae_alert_silence_tomorrow", "gorae_alert_ack"]
    done = render_alert(inc(recovered=1240.0, how="running"), d, "en", rules=AlertRules())
    assert "Recovered after 4 min" in json.dumps(done.blocks) and not [b for b in done.blocks if b["type"] == "actions"]


def test_click_text_uses_the_phrase_only_when_it_plans_exactly():
    class Ex:
        def __init__(self, cli: tuple[str, ...]) -> None:
            from bot.model import Restart, VerbClass

            self.planned = Plan(Restart(targets=("web",)), (), cli, "restart", VerbClass.OPERATE)

    assert click_text("restart", "web", "ko", lambda text: Ex(("docker restart web",))) == "web 재시작"
    assert click_text("restart", "all", "en", lambda text: Ex(("docker restart a b",))) == "docker restart all"


def test_click_phrases_plan_exactly_with_the_real_parser():
    from bot.engine.view import ContainerInfo

    class View:
        available = True

        def container(self, name: str) -> None:
            return None

        def containers(self) -> list[ContainerInfo]:
            return [ContainerInfo(id="abc", name="al-web", image="nginx", status="exited")]

        def image(self, ref: str) -> None:
            return None

        def images(self) -> list[Any]:
            return []

        def networks(self) -> list[str]:
            return []

        def volumes(self) -> list[str]:
            return []

    g = Gorae()
    g.view = View  # type: ignore[method-assign]
    for action in ("restart", "logs", "inspect"):
        for lang in ("ko", "en"):
            text = click_text(action, "al-web", lang, g.explain)
            assert not text.startswith("docker "), (action, lang, text)


RULES = AlertRules((Route("C1", mention=("@oncall",)),), storm_count=5, storm_within=10)


def test_one_message_per_incident_repeats_update_and_reply_in_thread():
    sink, client, store, acked = sink_for(RULES)
    tr = Tracker()
    for i, c in enumerate(feed(tr, *(ev("die", code=1, at=1000 + i) for i in range(3)))):
        sink._accept(c, acked.append, 1000.0 + i)
        sink._flush(1000.0 + i * 2)
    posts = [k for m, k in client.calls if m == "post"]
    assert len([p for p in posts if "thread_ts" not in p]) == 1
    assert posts[0]["text"].startswith("<!subteam^S0ONCALL>")
    assert [p for p in posts if p.get("thread_ts") == "1.1"]
    assert any(m == "update" for m, _ in client.calls)
    assert len(acked) == 3 and all(store.seen(k) for keys in acked for k in keys)


def test_fifty_at_once_is_a_storm_summary_within_the_rate_limit():
    sink, client, store, acked = sink_for(RULES)
    tr = Tracker()
    now = 1000.0
    for i in range(50):
        for c in tr.feed(ev("die", name=f"c{i:02d}", code=1, at=now)):
            sink._accept(c, acked.append, now)
    for step in range(20):
        sink._flush(now + step * 0.5)
    posts = [k for m, k in client.calls if m == "post"]
    tops = [p for p in posts if "thread_ts" not in p]
    assert len(tops) == 1 and "50 containers are failing at once" in tops[0]["text"]
    listed = "\n".join(p["text"] for p in posts if p.get("thread_ts"))
    assert all(f"c{i:02d}" in listed for i in range(50))
    assert len(acked) == 50


def test_bucket_allows_a_burst_then_one_a_second():
    b = Bucket(rate=1.0, burst=3.0, tokens=3.0)
    assert [b.take(100.0) for _ in range(4)] == [True, True, True, False]
    assert b.take(100.5) is False and b.take(101.01) is True


def test_muted_route_and_silenced_container_post_nothing_but_acknowledge():
    night = parse_mute("00:00-24:00")
    assert night is not None
    sink, client, store, acked = sink_for(AlertRules((Route("C1", containers=("db*",), mute=(night,)),
                                                      Route("C2"))))
    (c,) = Tracker().feed(ev("die", name="db", code=1))
    sink._accept(c, acked.append, 1000.0)
    store.silence("web", "exit", time.time() + 3600, "U1")
    (w,) = Tracker().feed(ev("die", name="web", code=1))
    sink._accept(w, acked.append, time.time())
    sink._flush(time.time())
    assert client.calls == [] and len(acked) == 2


def test_channel_buckets_are_shared_by_the_sinks_of_several_engines() -> None:
    """Slack limits posts per channel, not per engine: two engines' sinks draw on one bucket."""
    from bot.front.slack.alerts import ChannelBuckets

    shared = ChannelBuckets(rate=1.0, burst=3.0)
    a, b = shared.get("C0OPS"), shared.get("C0OPS")
    assert a is b and shared.get("C0OTHER") is not a
    taken = [bk.take(100.0) for bk in (a, b, a, b, a)]
    assert taken == [True, True, True, False, False]  # a burst of 3 across both sinks, then wait
    assert a.wait(100.0) == 1.0 and b.take(101.0) and not a.take(100.5)  # an earlier clock never refills


# --------------------------------------------------------------------------- several engines


def test_a_slack_alert_of_several_engines_names_its_engine():
    from bot.alerts.incidents import Incident
    from bot.front.slack.alerts import render_alert
    from bot.policy.alertrules import AlertRules

    inc = Incident("prod-1/web/died", "prod-1", "web", "died", 1000.0, 1000.0, "id", "nginx", exit_code=3)
    one = render_alert(inc, None, "en", rules=AlertRules())
    many = render_alert(inc, None, "ko", rules=AlertRules(), label_engine=True)
    assert not one.text.startswith("[prod-1]")
    assert many.text.startswith("[prod-1] ") and many.blocks[0]["text"]["text"].startswith("[prod-1] ")
