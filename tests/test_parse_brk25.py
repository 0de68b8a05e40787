"""(brk25) A break run aimed at sessions 23-24's readings (tests/data/wordings_brk25.yaml). The kinds it found planning a
wrong write, fixed, each with right neighbours:
  * a possibility or wish told with a modal of someone ("i could restart web", "we could stop cache", "someone could
    kill web", "i would restart web" planned the write) — told (parse.intended): lexicon `modal_subject_en`,
    `modal_told_en`, parse_natural `_told_intended`, parse `_intent_cut`; "let me restart web" likewise (`intent_said_en`
    let_me); "you could restart web", "could you …", "let me see the logs" stay as read;
  * "what is" first, before a write's verb ("what is restart web", "whats rm web") — asked (outside.py
    `what_of_a_write_en`, lexicon `what_is_first_en`, `what_is_verb_en`); "what's in /etc on data" stays the listing;
  * the speaker first with no particle, or a write done on an errand (-고 올게/갈게), promised ("저 web 지우고 올게요",
    "나 cache 재시작할게", "cache 끄고 갈게" planned the write) — told (outside.py `speaker_does_ko`,
    `_speaker_first_or_going_ko`, lexicon `going_link_ko`, `going_ko`);
  * the rhetorical -긴 + a question word ("web 지우긴 뭘 지워", "web 재시작하긴 뭘 해" planned the write) — asked (outside.py
    `rhetorical_ko`, lexicon `rhetorical_*`);
  * a request said in the past, a reminder ("web 재시작 부탁드렸는데요", "web 재시작 요청드렸는데" planned the restart) — asked
    back (parse.reminded, outside.py `reminded_ko`, lexicon `request_noun_ko`, `request_noun_verb_ko`, `request_past_ko`);
  * next time said of a write ("web 재시작 다음에", "다음에 web 재시작해" planned it now) — parse.no_schedule
    (parse_natural `_next_time_ko`); "web 끄고 다음에 cache 켜" stays a sequence;
  * a chat yes after a write said as a noun ("web 재시작 ㅇㅋ", "web 재시작 ㅇㅇ?" planned it) — asked back (outside.py
    `tag_last_ko`; natural.lark `asked` "ㅇㅇ" "?"); "ㅇㅋ web 재시작" and "web 재시작하셈 ㅇㅇ" stay the request;
  * two names with a Korean "or" alone between them ("web 아님 cache 지워" removed cache: 아님 read as a correction) —
    which is asked (alternative.py `_or_between_names`); "web 아니 cache 지워" stays the correction;
  * a backslash inside a command typed into a container ("docker exec web echo a \\ b" ran echo a b): the shell's word
    " b" kept (normalize `_CONTINUED_EXEC`); a pasted continuation stays one for every other command.
Over the fake world (tests/fakes.py)."""
from __future__ import annotations

import pytest
from corpus_check import is_write
from test_wordings_fresh import answer

# the kinds fixed: wrong writes before, now none planned (told, asked, or asked back)
FIXED_NONE = [
    # a modal told of someone
    "i could restart web", "we could stop cache", "someone could kill web", "i would restart web", "they could remove data",
    "somebody would stop my-nginx", "i could just restart cache", "we would pause data first", "she could kill cache",
    "web is slow, i could restart it", "let me restart web", "let me just stop cache", "let me remove db quickly",
    # what is, of a write
    "what is restart web", "what's docker stop cache?", "whats rm web", "what does restart cache do", "what is kill data",
    "what's docker rm -f my-nginx",
    # the speaker first, or on an errand
    "저 web 지우고 올게요", "나 cache 재시작할게", "cache 끄고 갈게", "web 재시작하고 올게요", "저 data 정지할게요",
    "my-nginx 지우고 올게", "나 db 켤게",
    # rhetorical -긴
    "web 지우긴 뭘 지워", "web 재시작하긴 뭘 해", "cache 끄긴 무슨", "data 멈추긴 왜 멈춰", "db 켜긴 뭘 켜",
    "my-nginx 재시작하긴 뭐",
    # a reminder
    "web 재시작 부탁드렸는데요", "web 재시작 요청드렸는데", "cache 정지 부탁했었는데", "data 삭제 요청했잖아요",
    "my-nginx 재시작 부탁드렸었죠?",
    # next time
    "web 재시작 다음에", "다음에 web 재시작해", "cache 지우는 건 다음에", "다음에 data 멈춰줘", "my-nginx 정지 다음에요",
    # a chat yes after a write said as a noun
    "web 재시작 ㅇㅋ", "cache 정지 ㅇㅋ", "data 삭제 오케이", "web 재시작 ㅇㅇ?", "cache 꺼 ㅇㅇ?",
    # two names, a Korean or between
    "web 아님 cache 지워", "web 아님, cache 재시작", "cache 혹은 web 꺼", "data 또는 my-nginx 지워",
]

# their right neighbours: the write meant
FIXED_RIGHT = [
    ("you could restart web", ["docker restart web"]),
    ("could you restart web", ["docker restart web"]),
    ("let me see web logs", ["docker logs web"]),
    ("i would like you to restart web", ["docker restart web"]),
    ("restart web", ["docker restart web"]),
    ("what's in /var/log on my-volume", ["docker exec my-volume ls /var/log"]),
    ("저 web 재시작해 주세요", ["docker restart web"]),
    ("web 재시작하고 와", ["docker restart web"]),
    ("web 재시작할게요", ["docker restart web"]),
    ("web 재시작 부탁드려요", ["docker restart web"]),
    ("cache 정지 부탁드립니다", ["docker stop cache"]),
    ("web 끄고 다음에 cache 켜", ["docker stop web", "docker start cache"]),
    ("web 끈 다음에 cache 켜", ["docker stop web", "docker start cache"]),
    ("ㅇㅋ web 재시작", ["docker restart web"]),
    ("web 재시작하셈 ㅇㅇ", ["docker restart web"]),
    ("web 아니 cache 지워", ["docker rm cache"]),
    ("docker exec web echo a \\ b", ["docker exec web echo a ' b'"]),
    ("docker exec web ls \\", ["docker exec web ls"]),
    ("docker run -d \\ --name x1 \\ alpine sleep 300", ["docker run -d --name x1 alpine sleep 300"]),
    ("docker stop web \\", ["docker stop web"]),
]

# asked back with the write meant offered (confirmed, it runs; unconfirmed, nothing)
ASKED_BACK = [
    ("web 재시작 부탁드렸는데요", ["docker restart web"]),
    ("cache 정지 요청드렸는데", ["docker stop cache"]),
    ("web 재시작 ㅇㅋ", ["docker restart web"]),
    ("data 멈춰 ㅇㅇ?", ["docker stop data"]),
]


@pytest.mark.parametrize("text", FIXED_NONE)
def test_fixed_kind_plans_no_write(text):
    ans = answer(text)
    assert not [c for c in ans.cli if is_write([c])], f"{text!r} planned {list(ans.cli)}"


@pytest.mark.parametrize(("text", "cli"), FIXED_RIGHT)
def test_fixed_kind_neighbour_reads(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize(("text", "cli"), ASKED_BACK)
def test_asked_back(text, cli):
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == cli, (text, ans.cli, ans.proposal)


@pytest.mark.parametrize("text", ["i could restart web", "let me restart web", "저 web 지우고 올게요", "web 지우긴 뭘 지워",
                                  "web 재시작 다음에", "what is restart web", "web 아님 cache 지워"])
def test_never_offered_back(text):
    ans = answer(text)
    assert not (ans.proposal and is_write(list(ans.proposal))), (text, ans.proposal)
