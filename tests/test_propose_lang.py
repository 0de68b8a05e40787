"""A partial reading is asked in the language it was asked in, on every path (issue 8, misses 7).

Through the real parser (no table of readings, unlike tests/test_propose.py): a Korean sentence
with a word not read, an English one, a Korean complaint with a word not read (a read proposed),
and a Korean sentence with an unknown ASCII word (a name that names no container: refused, in
Korean). Each path is checked where the asker sees it: the question, its notes, the Slack
buttons, the answer to the yes and to the no (which must be the asker's language too), and the
refusal of a foreign click. A late click on an answered question has no language left in the
pipeline: Slack answers it in its button's (tests/test_slack_http.py). A fake engine view and a recording executor: nothing touches
Docker here.
"""
from __future__ import annotations

import re

import pytest
from test_propose import ANN, BOB, Bot, make_bot, ran  # noqa: F401  (ran: a fixture)

from bot.front.slack.blocks import render_reply
from bot.messages import text
from bot.model import Msg, Request

HANGUL = "\uac00-\ud7a3"


def ask(bot: Bot, said: str):
    return bot.handle(Request(said, BOB, "C0OPS", source="slack"))


PROPOSALS = [
    # (said, language, the closest reading, the word not read)
    ("web 플리버 재시작해줘", "ko", "docker restart web", "플리버"),
    ("web 재시작 좀 해줘 뭐시기", "ko", "docker restart web", "뭐시기"),
    ("stop the flibber web", "en", "docker stop web", "flibber"),
]


@pytest.mark.parametrize("said, lang, cli, unread", PROPOSALS)
def test_the_question_and_its_answers_are_in_the_askers_language(tmp_path, ran, said, lang, cli, unread):  # noqa: F811
    bot = make_bot(tmp_path)
    q = ask(bot, said)
    assert q.status == "confirm" and q.proposal and ran == []
    assert q.lang == lang and q.cli == (cli,)
    assert q.headline == text(Msg.of("proposal.question", cli=cli, unread=f"`{unread}`"), lang)
    assert text(Msg.of("proposal.only_on_yes"), lang) in q.notes
    rendered = render_reply(q)
    (actions,) = [b for b in rendered.blocks if b["type"] == "actions"]
    labels = [e["text"]["text"] for e in actions["elements"]]
    assert labels == [text(Msg.of("slack.btn.confirm"), lang), text(Msg.of("slack.btn.cancel"), lang)]
    assert actions["block_id"].endswith("_" + lang)
    foreign = bot.confirm(q.pending, ANN, "C0OPS")
    assert foreign.status == "denied" and foreign.lang == lang and ran == []
    no = bot.confirm(q.pending, BOB, "C0OPS", yes=False)
    assert no.headline == text(Msg.of("confirm.cancelled"), lang) and no.lang == lang and ran == []
    late = bot.confirm(q.pending, BOB, "C0OPS")  # answered already: no language is left for it here,
    assert late.status == "info" and ran == []  # Slack answers in its button's (test_slack_http.py)
    again = ask(bot, said)
    yes = bot.confirm(again.pending, BOB, "C0OPS")
    assert yes.status == "done" and yes.lang == lang and len(ran) == 1


def test_a_complaint_with_a_word_not_read_proposes_the_two_reads_in_korean(tmp_path, ran):  # noqa: F811
    q = ask(make_bot(tmp_path), "web 왜 죽었어?")
    assert q.status == "confirm" and q.lang == "ko" and ran == []
    assert q.cli == ("docker inspect web", "docker logs --tail 20 web")
    assert q.headline == text(Msg.of("proposal.question", cli=" && ".join(q.cli), unread="`왜`"), "ko")


def test_an_unknown_ascii_word_in_korean_is_refused_in_korean(tmp_path, ran):  # noqa: F811
    r = ask(make_bot(tmp_path), "web xyz 꺼줘")
    assert r.status != "confirm" and not r.pending and ran == []
    assert r.lang == "ko" and re.search(f"[{HANGUL}]", r.headline), r.headline
