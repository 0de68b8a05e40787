"""Properties of the kinds broken by branch `break10` (issue 8: never a wrong action; hypothesis).

  * a name struck out in Slack (~X~, ~~X~~) is never among the containers a write acts on: "restart ~cache~
    web" restarted both (tests/test_parse_break10.py);
  * an emoji that says no (Unicode or a Slack shortcode), anywhere in a request, never yields a write nor
    offers one: "🙅 web 재시작" restarted web, "web 지워 ❌" removed it; any other shortcode changes nothing;
  * a choice between two names (또는, 혹은, 이나, -든, 아니면, or) never yields a write on both nor offers one.

Every case goes through `Gorae.explain` over the fake corpus world (tests/test_wordings_fresh.answer).
"""
from __future__ import annotations

from corpus_check import is_write
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_wordings_fresh import answer

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

CONTAINERS = ["web", "cache", "my-nginx", "my-volume", "data"]
KO = ["{names} 재시작", "{names} 재시작해줘", "{names} 꺼", "{names} 멈춰 줘", "{names} 다시 켜"]
EN = ["restart {names}", "stop {names}", "please restart {names}", "kill {names}", "bounce {names}"]


@st.composite
def struck(draw):
    names = draw(st.lists(st.sampled_from(CONTAINERS), min_size=2, max_size=3, unique=True))
    gone = draw(st.sampled_from(names))
    tilde = draw(st.sampled_from(["~", "~~"]))
    said = " ".join(f"{tilde}{n}{tilde}" if n == gone else n for n in names)
    return draw(st.sampled_from(KO + EN)).format(names=said), gone


@given(struck())
@SETTINGS
@example(("restart ~cache~ web", "cache"))
@example(("~web~ cache 재시작", "web"))
def test_a_struck_out_name_is_never_acted_on(case):
    text, gone = case
    ans = answer(text)
    for cli in list(ans.cli) + list(ans.proposal):
        assert gone not in cli.split(), f"{text!r} planned {list(ans.cli)} / proposed {list(ans.proposal)}"


NO_EMOJI = ["❌", "🙅", "🚫", "⛔", "👎", "🛑", ":x:", ":no_entry:", ":no_entry_sign:", ":-1:", ":thumbsdown:", ":no_good:"]
# (lead32c) of them, the ones of stop (grammar/lexicon.txt `stop_emoji`, `stop_emoji_codes`; aside34: a no-entry sign,
# 🚫 ⛔ :no_entry: :no_entry_sign:, says forbidden — "cache 중지 🚫" is refused, never a stop)
STOP_EMOJI = ["🙅", "🛑", ":no_good:"]
NOISE = [":fire:", ":eyes:", ":pray:", ":rocket:", ":+1:", ":eyes::pray:", "🔥", "🙏"]


@st.composite
def with_emoji(draw, emoji):
    name = draw(st.sampled_from(CONTAINERS))
    words = draw(st.sampled_from(KO + EN)).format(names=name).split()
    at = draw(st.integers(0, len(words)))
    return " ".join(words[:at] + [draw(st.sampled_from(emoji))] + words[at:])


@given(with_emoji(NO_EMOJI))
@SETTINGS
@example("🙅 web 재시작")
@example("web 지워 ❌")
@example("restart web :no_entry:")
@example("stop web 🛑")
@example("restart web 🛑")
@example("stop 🛑 web")
def test_an_emoji_that_says_no_never_yields_a_write(text):
    ans = answer(text)
    words = text.split()
    said = words[:-1] if words[-1] in STOP_EMOJI else None
    if said and (plain := answer(" ".join(said))).cli and all(
            c.startswith(("docker stop ", "docker kill ")) for c in plain.cli):
        # (lead32a, lead32c) an emoji of stop said last with a stop or a kill agrees with it ("stop my-volume 🙅",
        # "data 꺼줘 🛑"): that stop, never more
        assert ans.cli == plain.cli, f"{text!r} planned {list(ans.cli)}, the stop alone {list(plain.cli)}"
        return
    assert not ans.writes, f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposed {list(ans.proposal)}"


@given(with_emoji(NOISE))
@SETTINGS
def test_any_other_emoji_changes_nothing(text):
    plain = " ".join(w for w in text.split() if w not in NOISE)
    assert answer(text).cli == answer(plain).cli, text


OR_KO = ["{a} 또는 {b}", "{a} 혹은 {b}", "{a}이나 {b}", "{a} 이나 {b}", "{a}이든 {b}든", "{a} 아니면 {b}"]
OR_EN = ["{a} or {b}", "either {a} or {b}", "{a} or maybe {b}"]


@st.composite
def choice(draw):
    a, b = draw(st.lists(st.sampled_from(CONTAINERS), min_size=2, max_size=2, unique=True))
    if draw(st.booleans()):
        return draw(st.sampled_from(KO)).format(names=draw(st.sampled_from(OR_KO)).format(a=a, b=b)), (a, b)
    return draw(st.sampled_from(EN)).format(names=draw(st.sampled_from(OR_EN)).format(a=a, b=b)), (a, b)


@given(choice())
@SETTINGS
@example(("web 또는 cache 재시작", ("web", "cache")))
@example(("web이든 cache든 재시작", ("web", "cache")))
def test_a_choice_between_two_names_never_acts_on_both(case):
    text, (a, b) = case
    ans = answer(text)
    for cli in list(ans.cli) + list(ans.proposal):
        words = cli.split()
        assert not (a in words and b in words), f"{text!r} planned {list(ans.cli)} / proposed {list(ans.proposal)}"
