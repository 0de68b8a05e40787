"""(brk24) A break run aimed at session 23's readings (tests/data/wordings_brk24.yaml). The kinds it found planning a
wrong write, fixed, each with right neighbours:
  * the Korean past typed without its ending ("web 껐", "web 지웠", "db 켰", "my-nginx 정지햇", "cache 재시작했 ㅋㅋ"
    planned the write — "web 지웠" docker rm web): Kiwi's -어 + a coda ㅆ, its EF 엇, or an EP at the end dropped —
    grammar/morphemes.txt (Z_CODA ᆻ/ᆺ, EF 엇/앗, EP … >$), bot/language/morph.py `_next_tag` ("$" at the end);
  * "what is it" said of a write ("web 재시작 뭐야", "이게 뭐야 cache 재시작", "restart web? what is this" planned it, the
    뭐 dropped as a filler) — bot/language/outside.py `what_of_a_write_ko` / `what_of_a_write_en`, lexicon
    `what_is_ko`, `what_is_this_en`;
  * the speaker as the subject of a Korean write closed by a promise ("cache 재시작은 제가 할게요", "제가 web 지울게요"
    planned it, 저/가 dropped as politeness) — outside.py `speaker_does_ko`, lexicon `speaker_ko`, `speaker_subject_ko`,
    `speaker_promise_ko`; "web 재시작할게요" with no subject said stays the request it was read as;
  * Gyeongsang endings Kiwi splits: the ban -지 마이소 ("cache 재시작하지 마이소" planned the restart, "web 지우지 마이소"
    offered docker rm web) and the question -뿌까 ("db 켜 뿌까?" planned docker start db) — morphemes.txt VX 마,
    EC 까 after 뿌/삐, grammar/ko_words.txt 마이소;
  * a removal or kill of "the" + a name that is also a word for contents ("delete the data", "wipe the cache", "drop the
    db" planned docker rm): asked back (parse.contents_or_container) — outside.py `contents_said_en`.
Over the fake world (tests/fakes.py)."""
from __future__ import annotations

import pytest
from corpus_check import is_write
from test_wordings_fresh import answer

# the kinds fixed: wrong writes before, now none (a report, a question, a ban)
FIXED_NONE = [
    # the past typed without its ending
    "web 껐", "web 지웠", "db 켰", "cache 멈췄", "my-nginx 정지햇", "web 지웟", "web 껏", "data 날렸",
    "cache 재시작했 ㅋㅋ", "web 재시작했", "cache 재시작됐", "my-nginx 내렸", "data 일시정지했 😂", "web 죽였", "cache 돌렸",
    "web 재시작했?", "web 껐?",
    # what is it, said of a write
    "web 재시작 뭐야", "web 재시작 뭐지", "cache 재시작 뭔데", "data 정지 뭐임", "이게 뭐야 web 재시작",
    "db 삭제 이건 또 뭐냐", "web 재시작?? 뭐야", "my-nginx 재시작 머야", "cache 중지 무엇입니까",
    "restart web? what is this", "what's this restart cache", "stop data, what the hell", "remove web wtf is this",
    # the speaker does it
    "cache 재시작은 제가 할게요", "제가 web 지울게요", "제가 직접 web 재시작하겠습니다", "web 재시작 제가 해드릴게요",
    "저도 data 멈출게요", "나는 cache 끌게", "내가 my-nginx 재시작할게", "db는 제가 켤게요",
    # Gyeongsang ban and question
    "cache 재시작하지 마이소", "web 지우지 마이소", "web 끄지 마이소", "db 켜지 마이소", "db 켜 뿌까?", "db 켜뿌까",
    "web 꺼뿌까?", "cache 재시작해 뿌까?",
    # the contents or the container
    "delete the data", "wipe the cache", "drop the db", "kill the cache", "erase the data", "remove the db, it's corrupted",
]

# their right neighbours: the write meant
FIXED_RIGHT = [
    ("web 꺼", ["docker stop web"]),
    ("web 껐다 켜", ["docker restart web"]),
    ("web 껐다가 켜줘", ["docker restart web"]),
    ("web 재시작해 ㅋㅋ", ["docker restart web"]),
    ("web 꺼줘 ㅋㅋ", ["docker stop web"]),
    ("db 켜", ["docker start db"]),
    ("뭐 그냥 web 재시작해", ["docker restart web"]),
    ("cache 재시작 정책 뭐야", ["docker inspect cache"]),
    ("web ip 뭐야", ["docker inspect web"]),
    ("restart web", ["docker restart web"]),
    ("web 재시작할게요", ["docker restart web"]),
    ("저 web 재시작해 주세요", ["docker restart web"]),
    ("저는 web 재시작해 주세요", ["docker restart web"]),
    ("cache 재시작해 주이소", ["docker restart cache"]),
    ("web 꺼 주이소", ["docker stop web"]),
    ("cache 재시작해뿌라", ["docker restart cache"]),
    ("delete data", ["docker rm data"]),
    ("delete the data container", ["docker rm data"]),
    ("remove the web", ["docker rm web"]),
    ("stop the data", ["docker stop data"]),
    ("restart the cache", ["docker restart cache"]),
]


@pytest.mark.parametrize("text", FIXED_NONE)
def test_fixed_kind_plans_no_write(text):
    ans = answer(text)
    assert not [c for c in ans.cli if is_write([c])], f"{text!r} planned {list(ans.cli)}"


@pytest.mark.parametrize(("text", "cli"), FIXED_RIGHT)
def test_fixed_kind_neighbour_reads(text, cli):
    assert list(answer(text).cli) == cli


@pytest.mark.parametrize("text", ["web 껐", "web 지웠", "my-nginx 정지햇", "cache 재시작했 ㅋㅋ", "web 재시작 뭐야",
                                  "restart web? what is this", "제가 web 지울게요", "web 지우지 마이소", "db 켜 뿌까?"])
def test_never_offered_back(text):
    ans = answer(text)
    assert not (ans.proposal and is_write(list(ans.proposal))), (text, ans.proposal)


@pytest.mark.parametrize(("text", "cli"), [("delete the data", ["docker rm data"]), ("wipe the cache", ["docker rm cache"]),
                                           ("drop the db", ["docker rm db"])])
def test_contents_or_container_asked_back(text, cli):
    ans = answer(text)
    assert not ans.cli and list(ans.proposal) == cli and "contents_or_container" in (ans.refusal or "")
