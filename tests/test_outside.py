"""bot/language/outside.py: what a sentence asks that no docker command answers — an earlier message pointed at
("that one too"), gorae itself asked of ("are you running inside a container?"), some lines picked out of a log
("cache 로그에서 에러만 골라서 보여줘"). Each ran `docker ps` or a complaint's reads on a `none` row of fresh17 (the
scorer counts any command planned there as a wrong action). The functions are pure: tried here on the readings the
parser gives them, and through `parse` for the neighbours that must stay as they are."""
from __future__ import annotations

import pytest

from bot import model as m
from bot.language.outside import about_me, lines_picked, pointed_back
from bot.language.parse import parse
from bot.model import NotUnderstood

PS = m.ListContainers(lang="en")


@pytest.mark.parametrize("text", [
    "that one too", "this one", "show that container", "list those", "the other one too", "those containers",
    "show me that one please", "these images",
])
def test_words_pointing_back_with_no_name_read_nothing(text: str) -> None:
    res = pointed_back(text, PS)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.no_antecedent", res
    assert dict(res.reason.params)["said"] in text


@pytest.mark.parametrize("text", [
    "show those containers that are running", "the one running redis", "list containers", "which one is running?",
])
def test_a_description_or_no_pointing_word_reads_as_before(text: str) -> None:
    assert pointed_back(text, PS) is PS


def test_pointing_words_beside_a_name_change_nothing() -> None:
    res = m.Restart(targets=("web",), lang="en")
    assert pointed_back("restart web, that one", res) is res


@pytest.mark.parametrize("text", [
    "are you running inside a container?", "are you up?", "r u alive", "hey, are you there?", "you there?",
])
def test_gorae_asked_of_is_no_listing(text: str) -> None:
    res = about_me(text, PS)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.about_me", res


@pytest.mark.parametrize("text", ["are you able to list containers", "are you going to list containers?"])
def test_the_bot_asked_to_act_is_a_request(text: str) -> None:
    assert about_me(text, PS) is PS


@pytest.mark.parametrize("text", [
    "cache 로그에서 에러만 골라서 보여줘", "cache 로그에서 에러만 보여줘", "web 로그 중에 에러 난 부분만 골라줘",
    "web log에 error 있는지 grep해줘", "show only the errors in cache logs", "just the error lines from web logs",
    "grep error in web logs", "web logs, lines containing timeout",
])
def test_lines_picked_out_of_a_log_are_refused(text: str) -> None:
    logs = m.Logs(target="web", lang="ko")
    res = lines_picked(text, logs)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.log_filter", res


@pytest.mark.parametrize("text", ["web 로그에서 에러 보여줘", "cache 오류 로그", "show web's error logs", "web 로그 보여줘"])
def test_a_whole_log_is_still_shown(text: str) -> None:
    logs = m.Logs(target="web", lang="ko")
    assert lines_picked(text, logs) is logs


def test_a_ban_stays_a_ban() -> None:
    ban = m.Prohibition(lang="ko")
    assert lines_picked("cache 로그에서 에러만 보여주지 마", ban) is ban


@pytest.mark.parametrize("text,key", [
    ("that one too", "parse.no_antecedent"),
    ("are you running inside a container?", "parse.about_me"),
    ("cache 로그에서 에러만 골라서 보여줘", "parse.log_filter"),
])
def test_through_the_parser(text: str, key: str) -> None:
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key == key, res


@pytest.mark.parametrize("text,kind", [
    ("which one is running?", m.ListContainers), ("show me the one that runs redis", m.Inspect),
    ("web 로그에서 에러 보여줘", m.Logs), ("the running ones", m.ListContainers),
])
def test_neighbours_through_the_parser(text: str, kind: type) -> None:
    assert isinstance(parse(text), kind)


# (brk21) English yet beside a write, the chat go-sign asked, a concession told, a suggestion asked
@pytest.mark.parametrize("text", ["yet restart web", "restart web yet?", "remove cache yet", "stop db yet"])
def test_english_yet_beside_a_write_is_no_order(text: str) -> None:
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.unused" and "yet" in str(res.reason.params), res


@pytest.mark.parametrize("text", ["haven't restarted web yet", "prepare a redis container called rq1, don't start it yet"])
def test_yet_with_a_negation_stays(text: str) -> None:
    res = parse(text)
    assert not (isinstance(res, NotUnderstood) and res.reason.key == "parse.unused"), res


@pytest.mark.parametrize("text,cls", [("web 삭제 ㄱ?", m.Remove), ("cache 강삭 ㄱㄱ?", m.Remove), ("web 죽여 ㄱ?", m.Kill)])
def test_a_removal_asked_with_the_go_sign_is_asked_back(text: str, cls: type) -> None:
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.asked" and isinstance(res.proposal, cls), res


@pytest.mark.parametrize("text,cls", [("web 삭제 ㄱ", m.Remove), ("web 재시작 ㄱ?", m.Restart)])
def test_the_go_sign_otherwise_goes(text: str, cls: type) -> None:
    assert isinstance(parse(text), cls)


@pytest.mark.parametrize("text", ["web 재시작해도 그대로야", "db 재시작해도 여전히 느림", "web 꺼도 또 살아나"])
def test_a_concession_told_is_no_order(text: str) -> None:
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.proposal is None, res


@pytest.mark.parametrize("text", ["web 재시작해도 돼", "web 꺼도 상관없어?", "web 재시작해도 괜찮아"])
def test_a_permission_with_the_concessive_is_asked(text: str) -> None:
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.asked" and res.proposal is not None, res


@pytest.mark.parametrize("text,cls", [
    ("web 지우는 거 어때?", m.Remove), ("web 재시작은 어때?", m.Restart), ("web 이름 web2로 바꾸는 거 어때?", m.Rename),
])
def test_a_write_asked_as_a_suggestion_is_asked_back(text: str, cls: type) -> None:
    res = parse(text)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.suggested" and isinstance(res.proposal, cls), res


def test_a_state_asked_how_stays_a_read() -> None:
    assert isinstance(parse("web 상태 어때"), m.Inspect)


# (brk24) the pure checks of a write said with "what is it", by the speaker as a promise, or of "the data"
RESTART_WEB_KO = m.Restart(lang="ko", targets=("web",))
RM_DATA_EN = m.Remove(lang="en", targets=("data",))


@pytest.mark.parametrize("text", ["web 재시작 뭐야", "이게 뭐야 web 재시작", "web 재시작 머야", "web 재시작 뭔데"])
def test_what_is_it_of_a_korean_write_is_a_question(text: str) -> None:
    from bot.language.outside import what_of_a_write_ko

    res = what_of_a_write_ko(text, RESTART_WEB_KO)
    assert isinstance(res, NotUnderstood) and res.reason.key == "parse.question" and res.proposal is None


@pytest.mark.parametrize("text", ["뭐 그냥 web 재시작해", "web 재시작해 줘"])
def test_a_filler_or_no_what_leaves_the_write(text: str) -> None:
    from bot.language.outside import what_of_a_write_ko

    assert what_of_a_write_ko(text, RESTART_WEB_KO) is RESTART_WEB_KO


@pytest.mark.parametrize(("text", "kept"), [("제가 web 재시작할게요", False), ("web 재시작 제가 해드릴게요", False),
                                            ("web 재시작할게요", True), ("저 web 재시작해 주세요", True)])
def test_the_speaker_promising_is_told(text: str, kept: bool) -> None:
    from bot.language.outside import speaker_does_ko

    res = speaker_does_ko(text, RESTART_WEB_KO)
    assert (res is RESTART_WEB_KO) == kept, res


@pytest.mark.parametrize(("text", "kept"), [("delete the data", False), ("delete the data container", True),
                                            ("delete data", True)])
def test_the_data_removed_is_asked_back(text: str, kept: bool) -> None:
    from bot.language.outside import contents_said_en

    res = contents_said_en(text, RM_DATA_EN)
    assert (res is RM_DATA_EN) == kept, res
    if not kept:
        assert isinstance(res, NotUnderstood) and res.proposal is RM_DATA_EN
