"""lead24: two Korean kinds found by the lead in session 24 (issue 8), read through the fake corpus world
(tests/fakes.py) as `gorae explain` reads them. `None`: nothing may run and no write is offered.

A. The connective -ㄹ까 never orders anything (grammar/morphemes.txt `EC ᆯ까 ~까`): Kiwi reads -ㄹ까 as a connective
   before 하다/싶다/보다 (a thought of doing it: "web 지울까 해" = I'm thinking of removing web) and before laughter
   ("web 지워버릴까 ㅋㅋ"); the ending was dropped and each planned its write (docker rm web, restart, stop). A read
   thought of is still answered ("web 로그 볼까 해").
C. Other endings that never order (grammar/morphemes.txt, bot/language/morph.py `_asked_on_the_verb`): -ㄹ걸, a regret
   or a guess ("web 지울걸": told); the echo of a
   question or an order ("web 지우냐고", "web 지우라고?", "cache 끄라고요?"); any last ending asked with a typed "?" right
   after the verb ("web 지우고?", "web 재시작해서?", "web 지우면요?": asked) — each planned its write.
B. Vexation caused by a container (X 때문에 미치겠네 / 짜증나 / 돌겠다) is a complaint of it: its status and recent logs
   (natural.lark `complaint`); an order after it is the order; vexation said of nothing runs nothing.
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check

THOUGHT_OF = [  # A: never the write
    "web 지울까 해", "web 지울까 싶어", "cache 재시작할까 하는데", "cache 끌까 봐", "data 지워버릴까 싶다",
    "web 지워버릴까 ㅋㅋ", "web 지울까 😂", "web 지워버릴까 lol", "my-nginx 꺼버릴까 ㅎㅎ", "db 켤까 하는데 어때",
    "cache 재시작할까 하는데 괜찮아?", "web 멈출까 생각 중", "web 지울까 말까", "cache 죽여버릴까 ㅋㅋㅋ",
    "alpine 이미지 지울까 해요", "pgdata 볼륨 지울까 싶은데",
]

NEVER_ORDERED = [  # C: nothing runs (a proposal asks yes/no: allowed, as "db 켜?")
    "web 지울걸", "web 재시작할걸", "cache 재시작할걸요", "db 켤걸", "my-nginx 멈출걸 그랬나",
    "web 지우냐고", "cache 재시작하냐고?", "web 지우라고?", "cache 끄라고요?", "web 지우자고?", "data 멈추라고요?",
    "web 지우고?", "web 재시작해서?", "web 지우고요?", "web 지워서요?", "web 지우면요?", "web 끄고 ?",
    "web 지워버리고?", "data 멈추고요?",
]

READ_THOUGHT_OF = [  # A: a read thought of is answered
    ("web 로그 볼까 해", ["docker logs web"]),
    ("web 로그 좀 볼까요", ["docker logs web"]),
    ("cache 상태 볼까 ㅋㅋ", ["docker inspect cache"]),
]

CAUSED = [  # B
    ("cache 때문에 미치겠네", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("아 진짜 cache 때문에 미치겠네", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("web 때문에 짜증나", ["docker inspect web", "docker logs --tail 20 web"]),
    ("my-nginx 때문에 돌겠다", ["docker inspect my-nginx", "docker logs --tail 20 my-nginx"]),
    ("db 때문에 미쳐버리겠어", ["docker inspect db", "docker logs --tail 20 db"]),
    ("cache 때문에 미치겠네 재시작해줘", ["docker restart cache"]),
]

CAUSED_NO_WRITE = [  # B: vexation of nothing, a thought of a write after it, a ban
    "미치겠네", "아 진짜 미치겠다", "web 때문에 미치겠어 지워버릴까", "web 때문에 미치겠어 ㅋㅋ 지워버릴까 ㅋㅋ",
    "cache 때문에 미치겠네 재시작하지 마", "web 때문에 짜증나 지울까 해",
]


@pytest.mark.parametrize("text", THOUGHT_OF)
def test_a_thought_of_a_write_runs_nothing(text: str) -> None:
    check(text, None)


@pytest.mark.parametrize("text", NEVER_ORDERED)
def test_an_ending_that_never_orders_runs_nothing(text: str) -> None:
    from test_wordings_fresh import answer

    ans = answer(text)
    assert not ans.cli, f"{text!r} planned {list(ans.cli)}"


STILL_ORDERED = [  # C's near side: a request asked of gorae, an insistence, a told intent through the bot
    ("db 켜줘?", ["docker start db"]), ("db 시작해주라고", ["docker start db"]), ("web 재시작할게요", ["docker restart web"]),
    ("web 재시작하고 로그 보여줘?", ["docker restart web", "docker logs web"]), ("web 로그 보고?", ["docker logs web"]),
    ("cache 재시작하든지", ["docker restart cache"]),  # -든지: "just restart it" (wordings_ko12), a request
    ("web 재시작할래?", ["docker restart web"]),  # -ㄹ래?: will you? asked of gorae, a request
]


@pytest.mark.parametrize(("text", "want"), READ_THOUGHT_OF + CAUSED + STILL_ORDERED)
def test_read(text: str, want: list[str]) -> None:
    check(text, want)


@pytest.mark.parametrize("text", CAUSED_NO_WRITE)
def test_vexation_without_an_order_runs_no_write(text: str) -> None:
    from corpus_check import is_write
    from test_wordings_fresh import answer

    ans = answer(text)
    assert not (ans.cli and is_write(list(ans.cli))), f"{text!r} planned {list(ans.cli)}"
    assert not (ans.proposal and is_write(list(ans.proposal))), f"{text!r} proposes {list(ans.proposal)}"


@pytest.mark.parametrize("text", ["web 천 재시작", "web 천 개 재시작", "web 백 개 꺼", "web cache 열 개 다 꺼",
                                  "cache 다섯 개 멈춰", "web cache 스무 개 다 재시작"])
def test_a_numeral_count_not_the_names_is_asked(text: str) -> None:
    # (lead24) a count said with a numeral outside grammar/lexicon.txt count_words was never compared with the names:
    # "web 천 재시작" restarted web, the 천 (1000) dropped
    from test_wordings_fresh import answer

    assert not answer(text).cli, text


@pytest.mark.parametrize(("text", "want"), [("web cache 두 개 다 꺼", ["docker stop web cache"]),
                                            ("web 켜줘요오", ["docker start web"])])
def test_a_count_that_fits_still_reads(text: str, want: list[str]) -> None:
    check(text, want)
