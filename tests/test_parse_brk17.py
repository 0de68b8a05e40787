"""Kinds of wrong write found by branch `brk17` (tests/data/wordings_break9.yaml), each with the row that found it and
unseen wordings of the same kind, in both languages where it applies, and the neighbours that must stay as they are.
Read through the path of the tables (tests/test_wordings_fresh.py `answer`: `Gorae.explain` over the fake corpus world).

  * a sob with a plain wish is venting, as a laugh is ("web 꺼버리고 싶네 ㅠㅠ" stopped web);
  * a combining mark on a name is a look-alike, never the name ("web\u0301 지워" removed web);
  * Korean 그거/걔/이거 after two names is one thing — which? ("web이랑 cache 끄고 그거 지워" removed both);
  * a calling off said after two requests is of both, or of the last? ("restart web then remove cache. cancel that"
    restarted web);
  * a dare, "no use" and scorn are no request ("web 지우기만 해봐", "web 지워봤자야", "web 재시작은 무슨", "restart web?
    yeah right");
  * a multiplier as a new container's whole command is a count ("run nginx x2" ran nginx with a command "x2");
  * a past asked with a laugh, a sob or an emoji after it is still the past ("web 지웠나 ㅋㅋ" removed web);
  * (policy) an image said by a short prefix of its ID, which the engine resolves, is that image ("docker run -d --name
    web-x 6ec8" ran mysql:5.7 for a role barred from mysql*).
"""
from __future__ import annotations

import pytest
from fakes import FakeView
from test_wordings_fresh import answer

from bot.engine.plan import plan as make_plan
from bot.engine.view import ImageInfo
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.model import Actor, Plan, Request
from bot.policy.check import authorize, subjects
from bot.policy.policyfile import parse_policy


def _nothing(text: str) -> None:
    ans = answer(text)
    assert not ans.cli, (text, ans)


def _no_write_offered(text: str) -> None:
    from test_wordings_fresh import is_write

    ans = answer(text)
    assert not ans.cli and not (ans.proposal and is_write(list(ans.proposal))), (text, ans)


@pytest.mark.parametrize("text", ["web 꺼버리고 싶네 ㅠㅠ", "cache 다 지우고 싶다 ㅜㅜ", "web 지우고 싶다 😭", "db 꺼버리고 싶네 ㅠㅠㅠ"])
def test_a_plain_wish_with_a_sob_is_venting(text):
    _no_write_offered(text)


@pytest.mark.parametrize("text, cli", [
    ("web 재시작해줘 ㅠㅠ", ["docker restart web"]),  # a sob after a request: a plea
    ("db 켜고 싶어요 ㅠㅠ", ["docker start db"]),  # a polite wish stays a request
    ("web 로그 보고 싶다 ㅠㅠ", ["docker logs web"]),  # a read is answered
    ("db 켜고 싶다 제발", ["docker start db"]),  # a plain wish with "please": the request
])
def test_a_sob_changes_no_request(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["web\u0301 지워", "web\u0332 지워", "cache\u20dd 재시작", "restart web\u0301",
                                  "stop my-nginx\u0301", "cache\u0308 재시작"])
def test_a_combining_mark_on_a_name_is_no_name(text):
    _no_write_offered(text)
    assert parse(normalize(text)).reason.key == "parse.unknown_word"


@pytest.mark.parametrize("text", ["web이랑 cache 끄고 그거 지워", "web이랑 cache 끄고 걔 지워줘", "cache랑 data 멈추고 이거 삭제"])
def test_one_thing_pointed_at_after_two_names_is_asked(text):
    _nothing(text)


@pytest.mark.parametrize("text, cli", [
    ("web 끄고 그거 지워", ["docker stop web", "docker rm web"]),  # one name: it is that one
    ("web이랑 cache 끄고 지워", ["docker stop web cache", "docker rm web cache"]),  # nothing pointing: both, as said
])
def test_one_name_then_that_one_stays(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", [
    "restart web then remove cache. cancel that.", "restart web and stop cache. never mind.",
    "web 재시작하고 cache 꺼. 취소", "restart web then stop cache, jk", "stop web and remove cache. forget it.",
    "remove web then restart cache nvm", "web 끄고 cache 재시작 농담", "restart web and then stop cache. scratch that.",
])
def test_a_calling_off_after_two_requests_runs_nothing(text):
    _no_write_offered(text)


@pytest.mark.parametrize("text, cli", [
    ("web 재시작하고 cache는 지우지 마", ["docker restart web"]),  # the verb's own negation: of the last clause only
    ("web 재시작하고 cache는 건드리지 마", ["docker restart web"]),
])
def test_a_negation_of_the_last_verb_stays_of_it(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", [
    "web 지우기만 해봐", "cache 재시작하기만 해 봐라", "db 켜기만 해 봐", "web 지워봤자야", "db 켜봤자 소용없어",
    "web 재시작은 무슨", "cache 삭제는 무슨", "restart web? yeah right", "restart cache yeah right",
    "remove web? as if", "delete web, i dare you", "go ahead, delete web, i dare you",
])
def test_a_dare_scorn_or_no_use_is_no_request(text):
    _no_write_offered(text)


@pytest.mark.parametrize("text, cli", [
    ("web 지우기만 하면 돼", ["docker rm web"]),  # "only removing web is needed": the request
    ("web 재시작해 봐", ["docker restart web"]),  # "try restarting web": the request
    ("web 재시작만 해봐", ["docker restart web"]),
    ("restart web right away", None),  # not mocked (refused or read, never as a ban of right)
])
def test_trying_stays_a_request(text, cli):
    if cli is None:
        assert parse(normalize(text)).__class__.__name__ != "Prohibition"
        return
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["run nginx x2", "run busybox 3x", "run redis ×2", "spin up nginx x3"])
def test_a_multiplier_is_a_count_of_new_containers(text):
    _nothing(text)


@pytest.mark.parametrize("text, cli", [
    ("run alpine echo x2", ["docker run alpine echo x2"]),  # a word of the command
    ("docker run nginx x2", ["docker run nginx x2"]),  # a docker command typed runs as typed
])
def test_a_multiplier_in_a_command_stays(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["web 지웠나 ㅋㅋ", "web 껐나 ㅋㅋㅋ", "cache 재시작했나 lol", "db 켰나 😂",
                                  "my-nginx 내렸나 ㅠㅠ", "web 지웠나 ㅎㅎ"])
def test_a_past_asked_with_a_laugh_after_it_is_the_past(text):
    _no_write_offered(text)


@pytest.mark.parametrize("text, cli", [
    ("web 재시작해줘 ㅋㅋ", ["docker restart web"]), ("web 지워 ㅋㅋ", ["docker rm web"]),
    ("web 껐다가 켜줘 ㅋㅋ", ["docker restart web"]),
])
def test_a_laugh_after_a_request_changes_nothing(text, cli):
    assert list(answer(text).cli) == cli


# --------------------------------------------------------------------------- the policy: an image by its ID prefix

_POLICY = parse_policy("""
roles:
  webber:
    verbs: [all]
    containers: ["*", "!db*"]
    images: ["!postgres*", "!mysql*"]
local: webber
""", "p.yaml")
_MYSQL = "sha256:6ec8392c49f2b95fc93cb993da962c27e6d99513e30b42c31da536d9b03e0e20"
_ALPINE = "sha256:8bcbe9535839" + "0" * 52


class _HexIds(FakeView):
    """The fixture world with images whose IDs are hex, as an engine's are; the view answers for a tag or a full /
    12-character ID only (bot/engine/view.py: a shorter hex word is a name said)."""

    _BY = {"mysql:5.7": _MYSQL, "alpine:latest": _ALPINE}

    def image(self, ref):
        for tag, iid in self._BY.items():
            bare = ref.removeprefix("sha256:")
            if ref in (tag, tag.removesuffix(":latest")) or (len(bare) >= 12 and iid[7:].startswith(bare)):
                return ImageInfo(iid, (tag,), ())
        return None

    def images(self):
        return [ImageInfo(iid, (tag,), ()) for tag, iid in self._BY.items()]


@pytest.mark.parametrize("typed", ["docker run -d --name web-x 6ec8", "docker create --name web-x 6ec83",
                                   "docker run -d --name web-x sha256:6ec8", "docker run -d --name web-x 6ec8 ls",
                                   "run 6ec8 named web-x"])
def test_an_image_by_a_short_id_prefix_is_that_image(typed):
    result = make_plan(parse(normalize(typed)), _HexIds())
    assert isinstance(result, Plan), result
    assert ("image", "mysql:5.7") in subjects(result)
    d = authorize(result, Request(typed, Actor("local:me", local=True), "terminal"), _POLICY)
    assert d.kind == "deny", (typed, d)


def test_a_hex_word_no_image_has_is_pulled_and_allowed():
    result = make_plan(parse(normalize("docker run -d --name web-x abcd")), _HexIds())
    assert isinstance(result, Plan)
    assert ("image", "mysql:5.7") not in subjects(result)
    assert any(n.key == "plan.will_pull" for n in result.notes)
    d = authorize(result, Request("x", Actor("local:me", local=True), "terminal"), _POLICY)
    assert d.kind != "deny"


@pytest.mark.parametrize("text", ["web 재시작했나 봐", "web 재시작했나 봐 ㅋㅋ", "cache 껐나 보네", "db 켰나 봐요",
                                  "web 지웠을 거야 ㅋㅋ", "cache 재시작했을 거야"])
def test_a_write_guessed_done_is_told(text):
    _no_write_offered(text)


@pytest.mark.parametrize("text, cli", [("web 재시작해 봐", ["docker restart web"]), ("web 로그 봤나 봐", ["docker logs web"])])
def test_trying_or_a_read_guessed_stays(text, cli):
    assert list(answer(text).cli) == cli
