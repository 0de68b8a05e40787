"""(brk23) A break run aimed at session 22's readings (tests/data/wordings_brk23.yaml). The kinds it found planning a
wrong write, fixed, each with right neighbours:
  * a wish said before a write's verb in an English sentence closed by "?" asks whether it should be done ("web should
    restart?", "web need to close?", "every container should restart?" planned the write: normalize dropped the "?") —
    bot/language/normalize.py `_closing`, parse_natural.py `_asked_done`, grammar/lexicon.txt `asked_wish_before_verb_en`;
  * a bare verb after a subject that does it, with "already" after it, tells (or asks) it done, the tense left out (Asian
    English: "i close web already", "you close web already?" planned docker stop web) — parse_natural.py
    `_told_done_bare`, grammar/lexicon.txt `done_subject_en`, `done_after_en`;
  * a dash said before a flag word in a dictated sentence is the flag ("run busybox dash it" planned a run of the command
    `dash it`, "run busybox dash rm" one of an image `busybox-rm`) — normalize.py `_flags_said`, lexicon
    `spoken_flag_word_en`;
  * a little while said before a Korean write is a schedule ("좀 있다 cache 재시작해", "있다가 web 재시작" planned the write
    now; 좀 있다 was also left out as a context clause) — parse_natural.py `_soon_said_ko`, parse.py `_without_context`,
    lexicon `soon_ko`, `soon_after_ko`.
Over the fake world (tests/fakes.py)."""
from __future__ import annotations

import pytest
from corpus_check import is_write
from test_wordings_fresh import answer

# the kinds fixed: wrong writes before, now none (asked, told or refused)
FIXED_NONE = [
    # a wish asked
    "web should restart?", "web need to close?", "every container should restart?", "cache must stop?",
    "db needs to be removed?", "i need to restart cache?", "my-nginx should be paused?", "we must kill data?",
    "all the containers should stop?", "the nginx image should be removed?", "data needs a restart?",
    # done, the tense left out
    "i close web already", "you close web already?", "we stop db already", "i kill cache already lah",
    "i restart my-nginx already", "you remove data already?", "we pause web already", "i delete cache already",
    # dictated flag words
    "run busybox dash it", "run alpine dash ti", "run ubuntu dash it bash",
    # a little while said
    "좀 있다 web 재시작해줘", "좀 있다가 cache 꺼", "잠깐 있다가 data 지워줘", "잠시 후 my-nginx 멈춰", "있다가 db 켜줘",
    "cache 좀 있다 재시작", "잠시 후에 web 재시작 부탁해요",
]

# their right neighbours: the write meant (a wish without "?" is a request; "already" with no subject is impatience)
FIXED_RIGHT = [
    ("web should restart", ["docker restart web"]),
    ("cache needs a restart", ["docker restart cache"]),
    ("restart web?", ["docker restart web"]),
    ("restart web already", ["docker restart web"]),
    ("i restart web now", ["docker restart web"]),
    ("close web please", ["docker stop web"]),
    ("run busybox dash rm", ["docker run -d --rm busybox"]),
    ("run redis dash d dash rm", ["docker run -d --rm redis"]),
    ("run alpine dash rm dash d", ["docker run -d --rm alpine"]),
    ("run redis dash d", ["docker run -d redis"]),
    ("restart my dash nginx", ["docker restart my-nginx"]),
    ("web 좀 재시작해", ["docker restart web"]),
    ("cache 잠깐 멈춰", ["docker pause cache"]),
    ("좀 cache 재시작해줘", ["docker restart cache"]),
    ("잠깐 web 멈춰", ["docker pause web"]),
]


@pytest.mark.parametrize("text", FIXED_NONE)
def test_fixed_kind_plans_no_write(text):
    ans = answer(text)
    assert not [c for c in ans.cli if is_write([c])], f"{text!r} planned {list(ans.cli)}"


@pytest.mark.parametrize(("text", "cli"), FIXED_RIGHT)
def test_fixed_kind_neighbour_reads(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["i close web already", "we stop db already", "i kill cache already lah"])
def test_done_told_is_never_offered(text):
    assert not answer(text).proposal, "a report of the past is never offered back as a write"
