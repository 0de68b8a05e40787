"""brk35b: breaker35's unasked writes and wrong questions of four kinds, each kept as a test with wordings of the same
kind and near ones that still run:
B5. an emoji of fear, doubt or a trial said BEFORE an order ("😱 rm data", "🧪 data 지워", ":scream: cache 꺼") is read as
    one said after it (bot/language/normalize.py `_emoji_first`): the write is asked back, never run;
B6. a trial's, a demo's or a person's to-do label said first ("test: rm data", "demo: rm data", "action item: restart
    web", "테스트: data 삭제"): refused (grammar/lexicon.txt `label_barred_en`, `label_barred_ko`);
D1. 그만 said right before the verb ("data 그만 지워라", "cache 좀 그만 꺼": stop doing it) and "abandon the rm of data"
    ban the act, never offer it (bot/language/outside.py `banned_said`);
D2. "nay" / "negative" after an order ("restart web? nay") is a no, as "nope" is (grammar/natural.lark `neg`);
B1. an approval asked of a person ("data 삭제 승인 요청", "web 재시작 승인해줘") is asked back (outside.py `approval_asked`)."""
import pytest
from test_wordings_fresh import answer


def _nothing_runs(text: str) -> None:
    a = answer(text)
    assert not a.cli, a


def _not_offered(text: str) -> None:
    a = answer(text)
    assert not a.cli and not a.proposal, a


def _asked(text: str, cli: list[str]) -> None:
    a = answer(text)
    assert not a.cli and list(a.proposal) == cli, a


# B5. an emoji said before the order ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cli", [
    # breaker35's
    ("😱 rm data", ["docker rm data"]), ("🫣 rm data", ["docker rm data"]), ("😬 rm data", ["docker rm data"]),
    ("😰 rm data", ["docker rm data"]), ("🤞 rm data", ["docker rm data"]), ("🧪 rm data", ["docker rm data"]),
    ("😈 rm data", ["docker rm data"]), ("🧪 data 지워", ["docker rm data"]),
    # invented
    ("🤷 restart web", ["docker restart web"]), (":scream: cache 꺼", ["docker stop cache"]),
    ("😬😬 web 재시작", ["docker restart web"]),
])
def test_an_emoji_said_first_asks_the_write_back(text, cli):
    _asked(text, cli)


@pytest.mark.parametrize("text, cli", [
    ("🙏 restart web", ["docker restart web"]), ("🔥 cache 재시작", ["docker restart cache"]),
    ("🚀 run nginx", ["docker run -d nginx"]), ("rm data", ["docker rm data"]),
    # a warning sign, a pointer or a topic's icon first stays chat noise (tables brk23, fresh20, fresh23 read them so;
    # breaker35's "⚠️ rm data" is left as the table reads ":warning: restart web")
    (":warning: restart web", ["docker restart web"]), ("👉 cache 👈 재시작", ["docker restart cache"]),
])
def test_a_neutral_or_urgent_emoji_first_still_runs(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["🚫 rm data", "⛔ cache 꺼", "🤔 rm data"])
def test_a_no_emoji_first_is_still_refused(text):
    _nothing_runs(text)


def test_a_read_after_an_emoji_first_is_still_read():
    assert answer("😱 web 로그 보여줘").cli or answer("😱 web 로그 보여줘").proposal


# B6. a label of a trial, a demo or a to-do said first ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # breaker35's
    "test: rm data", "testing: restart web", "demo: rm data", "action item: restart web",
    # invented
    "test - kill cache", "demo, restart web", "action items: rm data", "테스트: data 삭제",
    "데모: web 재시작", "할 일: cache 꺼",
])
def test_a_trial_or_todo_label_first_never_runs(text):
    _nothing_runs(text)


@pytest.mark.parametrize("text, cli", [
    ("urgent: restart web", ["docker restart web"]), ("긴급: web 재시작", ["docker restart web"]),
    ("reset the test env: restart web", None),  # an aim's scope (preamble_en): never every container, never run here
    ("make a test network called qa2", ["docker network create qa2"]),
])
def test_near_labels_still_read(text, cli):
    a = answer(text)
    if cli is not None:
        assert list(a.cli) == cli, a


# D1. 그만 right before the verb ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # breaker35's
    "data 그만 지워라", "web 그만 재시작해", "cache 좀 그만 꺼", "이제 web 그만 꺼", "abandon the rm of data",
    # invented
    "web 그만 좀 재시작해", "cache 제발 그만 꺼", "db 그만 멈춰", "abandon the restart of web",
])
def test_stop_doing_it_never_offers_the_act(text):
    _not_offered(text)


@pytest.mark.parametrize("text, cli", [
    ("web 재시작해줘", ["docker restart web"]), ("cache 좀 꺼", ["docker stop cache"]), ("data 지워", ["docker rm data"]),
])
def test_the_act_without_그만_still_runs(text, cli):
    assert list(answer(text).cli) == cli


# D2. a no after the order -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "restart web? nay", "restart web? negative",  # breaker35's
    "rm data? nay", "stop cache, negative", "kill cache... nay",  # invented
])
def test_nay_after_the_order_is_a_no(text):
    _not_offered(text)


def test_the_order_alone_still_runs():
    assert list(answer("restart web").cli) == ["docker restart web"]


# B1. an approval asked of a person ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cli", [
    # breaker35's
    ("data 삭제 승인 요청", ["docker rm data"]), ("data 삭제 승인해주세요", ["docker rm data"]),
    ("web 재시작 승인해줘", ["docker restart web"]), ("data 삭제 OK 해주세요", ["docker rm data"]),
    # invented
    ("cache 중지 승인 부탁드립니다", ["docker stop cache"]), ("web 재시작 결재 요청드립니다", ["docker restart web"]),
    ("data 삭제 컨펌 필요", ["docker rm data"]),
])
def test_an_approval_asked_of_a_person_is_asked_back(text, cli):
    _asked(text, cli)


@pytest.mark.parametrize("text", ["need approval to rm data", "restart web, pending approval"])
def test_an_approval_asked_in_english_never_runs(text):
    _nothing_runs(text)


@pytest.mark.parametrize("text, cli", [
    ("web 재시작을 승인합니다", ["docker restart web"]), ("cache 로그 조회 승인해요", ["docker logs cache"]),
    ("web 재시작 부탁드립니다", ["docker restart web"]),
])
def test_the_approvers_word_still_runs(text, cli):
    assert list(answer(text).cli) == cli
