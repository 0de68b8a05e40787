"""Reply -> Block Kit: escaping, tables, fields, long output, buttons, Slack's limits."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.front.slack import blocks as bk
from bot.model import Reply, Table


def all_texts(blocks):
    for b in blocks:
        if "text" in b:
            yield b["text"]["text"]
        for f in b.get("fields", []):
            yield f["text"]
        for e in b.get("elements", []):
            if isinstance(e.get("text"), dict):
                yield e["text"]["text"]
            elif isinstance(e.get("text"), str):
                yield e["text"]


def within_limits(r: bk.Rendered) -> None:
    assert len(r.blocks) <= bk.BLOCKS_MAX
    assert len(r.text) <= bk.TEXT_MAX
    for b in r.blocks:
        if b["type"] == "section" and "text" in b:
            assert len(b["text"]["text"]) <= bk.SECTION_MAX
        assert len(b.get("fields", [])) <= bk.FIELDS_PER_SECTION
        for f in b.get("fields", []):
            assert len(f["text"]) <= bk.FIELD_MAX
        if b["type"] == "actions":
            assert len(b["elements"]) <= bk.BUTTONS_PER_ACTIONS
            for e in b["elements"]:
                assert len(e["text"]["text"]) <= bk.BUTTON_TEXT_MAX
                assert len(e["value"]) <= bk.BUTTON_VALUE_MAX
    json.dumps(r.blocks)


@pytest.mark.parametrize("raw, escaped", [
    ("a & b", "a &amp; b"),
    ("<!channel>", "&lt;!channel&gt;"),
    ("<@U123|bob>", "&lt;@U123|bob&gt;"),
    ("&lt;", "&amp;lt;"),
    ("web-1 *bold* _it_ `code`", "web-1 *bold* _it_ `code`"),
    ("한국어 > 영어", "한국어 &gt; 영어"),
])
def test_escape(raw, escaped):
    assert bk.escape(raw) == escaped


def test_the_docker_command_is_always_shown():
    r = bk.render_reply(Reply("ko", "done", "web 컨테이너를 재시작했습니다.", cli=("docker restart web",)))
    assert r.blocks[0]["text"]["text"] == ":white_check_mark: web 컨테이너를 재시작했습니다."
    assert r.blocks[1]["text"]["text"] == "```docker restart web```"
    assert "docker restart web" in r.text


def test_code_fences_in_output_cannot_close_the_block():
    r = bk.render_reply(Reply("en", "done", "Logs.", code="a\n```\n<@U1> hi\n```"))
    body = r.blocks[-1]["text"]["text"]
    assert body.startswith("```") and body.endswith("```")
    assert body[3:-3].count("```") == 0
    assert "&lt;@U1&gt;" in body


def test_ps_is_an_aligned_table_even_with_hangul():
    table = Table(("NAMES", "STATUS", "PORTS"),
                  (("web", "Up 2 minutes", "0.0.0.0:8080->80/tcp"), ("캐시", "Exited (0)", ""),
                   ("a-very-long-container-name", "Up", "")))
    lines = bk.table_lines(table)
    status_col = [bk.width(line[: line.index(word)]) for line, word in
                  zip(lines, ("STATUS", "Up 2", "Exited", "Up"))]
    assert len(set(status_col)) == 1
    r = bk.render_reply(Reply("en", "done", "Containers: 3", cli=("docker ps",), table=table))
    assert r.blocks[2]["text"]["text"].startswith("```NAMES")
    assert "-&gt;80/tcp" in r.blocks[2]["text"]["text"]
    assert r.upload is None


def test_a_long_table_is_split_or_attached():
    rows = tuple((f"c{i:04d}", "Up 1 hour", "x" * 20) for i in range(60))
    r = bk.render_reply(Reply("en", "done", "Containers", table=Table(("NAMES", "STATUS", "X"), rows)))
    within_limits(r)
    assert r.upload is None and sum(b["text"]["text"].count("\n") for b in r.blocks[1:]) >= 59
    rows = tuple((f"c{i:04d}", "Up 1 hour", "x" * 40) for i in range(1000))
    r = bk.render_reply(Reply("en", "done", "Containers", table=Table(("NAMES", "STATUS", "X"), rows)))
    within_limits(r)
    assert r.upload is not None and r.upload.content.count("\n") == 1001
    assert "1000 rows" in json.dumps(r.blocks)


def test_long_logs_show_the_tail_and_attach_the_whole():
    logs = "\n".join(f"line {i}" for i in range(5000))
    r = bk.render_reply(Reply("en", "done", "Logs of web.", cli=("docker logs web",), code=logs))
    within_limits(r)
    assert r.upload is not None and r.upload.content == logs
    assert "line 4999" in r.blocks[-1]["text"]["text"]
    assert "5000 lines" in json.dumps(r.blocks)


def test_medium_logs_are_split_into_sections():
    logs = "\n".join(f"{i:05d} " + "y" * 60 for i in range(120))  # ~8 KB
    r = bk.render_reply(Reply("en", "done", "Logs.", code=logs))
    within_limits(r)
    codes = [b["text"]["text"] for b in r.blocks if b["text"]["text"].startswith("```")]
    assert len(codes) >= 3 and r.upload is None
    joined = "\n".join(c[3:-3] for c in codes)
    assert joined.split("\n") == logs.split("\n")


def test_one_enormous_line_is_cut_within_limits():
    r = bk.render_reply(Reply("en", "done", "Logs.", code="<" * 20_000))
    within_limits(r)


def test_inspect_fields():
    fields = tuple((f"Key{i}", f"value <{i}>") for i in range(25))
    r = bk.render_reply(Reply("en", "done", "Container web", fields=fields))
    within_limits(r)
    sections = [b for b in r.blocks if "fields" in b]
    assert [len(s["fields"]) for s in sections] == [10, 10, 5]
    assert sections[0]["fields"][0] == {"type": "plain_text", "text": "Key0\nvalue &lt;0&gt;", "emoji": False}
    many = tuple((f"K{i}", "v") for i in range(55))
    r = bk.render_reply(Reply("ko", "done", "x", fields=many))
    within_limits(r)
    assert "15개 항목" in json.dumps(r.blocks, ensure_ascii=False)


def test_confirm_buttons_carry_the_pending_id_and_the_language():
    r = bk.render_reply(Reply("ko", "confirm", "web을 삭제할까요?", cli=("docker rm web",), pending="abc123"))
    (actions,) = [b for b in r.blocks if b["type"] == "actions"]
    assert actions["block_id"] == "gorae_confirm_ko"
    ok, no = actions["elements"]
    assert (ok["action_id"], ok["value"], ok["style"]) == ("gorae_confirm", "abc123", "danger")
    assert (no["action_id"], no["value"]) == ("gorae_cancel", "abc123")
    assert ok["text"]["text"] == "실행" and no["text"]["text"] == "취소"
    assert "docker rm web" in ok["confirm"]["text"]["text"]


def test_no_buttons_without_a_pending_id():
    r = bk.render_reply(Reply("en", "confirm", "Sure?"))
    assert not [b for b in r.blocks if b["type"] == "actions"]


def test_choices_become_buttons_with_unique_ids():
    choices = tuple(f"restart web-{i}" for i in range(30))
    r = bk.render_reply(Reply("en", "question", "Which one?", choices=choices))
    within_limits(r)
    actions = [b for b in r.blocks if b["type"] == "actions"]
    ids = [e["action_id"] for a in actions for e in a["elements"]]
    assert len(ids) == len(set(ids)) == 30
    assert all(re.fullmatch(r"gorae_choice_\d+", i) for i in ids)
    assert [e["value"] for a in actions for e in a["elements"]] == list(choices)


def test_without_actions_keeps_the_rest_and_adds_a_banner():
    r = bk.render_reply(Reply("en", "question", "Which?", choices=("a", "b")))
    kept = bk.without_actions(r.blocks, "<@U1> chose `a`.")
    assert not [b for b in kept if b["type"] == "actions"]
    assert kept[-1]["elements"][0]["text"] == "<@U1> chose `a`."


def test_working_shows_the_last_progress_lines():
    r = bk.working("ko", [f"layer {i}: 3 MB / 10 MB" for i in range(30)])
    assert "처리 중" in r.text
    assert "layer 29" in r.blocks[-1]["text"]["text"] and "layer 10" not in r.blocks[-1]["text"]["text"]


text_st = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=150, deadline=None)
@given(headline=text_st, code=st.one_of(st.none(), st.text(max_size=20_000)),
       cells=st.lists(st.tuples(text_st, text_st), max_size=40),
       fields=st.lists(st.tuples(text_st, text_st), max_size=30),
       choices=st.lists(text_st, max_size=30), status=st.sampled_from(list(bk.ICONS)))
def test_any_reply_fits_slack_and_never_leaks_markup(headline, code, cells, fields, choices, status):
    reply = Reply("en", status, headline, cli=("docker ps",), code=code,
                  table=Table(("A", "B"), tuple(cells)) if cells else None, fields=tuple(fields),
                  choices=tuple(choices), pending="p1" if status == "confirm" else None)
    r = bk.render_reply(reply)
    within_limits(r)
    for text in all_texts([b for b in r.blocks if b["type"] != "actions"]):
        assert "<" not in text and ">" not in text.replace("&gt;", "")  # nothing becomes a link or mention


def test_a_second_persons_approval_is_labelled_as_such():
    from bot.front.slack.blocks import confirm_actions
    from bot.model import Reply

    ask = Reply(lang="en", status="confirm", headline="q", cli=("docker rm db",), pending="p1", approval=True)
    assert confirm_actions(ask)["elements"][0]["text"]["text"].startswith("Approve")
    own = Reply(lang="ko", status="confirm", headline="q", cli=("docker rm web",), pending="p2")
    assert confirm_actions(own)["elements"][0]["text"]["text"] == "실행"
