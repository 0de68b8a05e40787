"""(lead30) Kinds of issue 8 read in session 30, each with wordings of its own beside the table's row; each kind's
never-cases beside it (a write never planned from what is only told, asked or scheduled)."""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

READ = [
    # the asker's own go after the question ("ok? go go"): fresh14 junior "선배 web 재시작 ㄱㅊ? ㄱㄱ"
    ("선배 web 재시작 ㄱㅊ? ㄱㄱ", "docker restart web"),
    ("ㅇㅈ web 재시작", "docker restart web"),  # the yes said first is the go-ahead (as "ㅇㅋ web 재시작")
    ("web 로그 봐도 ㄱㅊ?", "docker logs web"),  # a read asked so is answered
    ("web 재시작해줘 ㅋㅋ", "docker restart web"),  # a laugh after a request changes nothing
    ("restart web lol", "docker restart web"),
]

# Asked back (a proposal with yes/no), never run
PROPOSED = [
    # (lead30) chat abbreviations of a permission or a yes asked, typed in jamo (ㄱㅊ = 괜찮아, ㅇㅈ = 인정): they planned
    # the write — the jamo were dropped as chat noise (session 29's note, "seen and left")
    ("web 꺼도 ㄱㅊ?", "docker stop web"),
    ("web 꺼도 ㄱㅊ", "docker stop web"),
    ("web 재시작 ㄱㅊ?", "docker restart web"),
    ("web 재시작 ㄱㅊ", "docker restart web"),
    ("web 재시작해도 ㄱㅊ", "docker restart web"),
    ("web 지워도 ㄱㅊ ㅋㅋ", "docker rm web"),
    ("web 꺼도 ㄱㅊ음", "docker stop web"),
    ("web 꺼도 ㄱㅊ아?", "docker stop web"),
    ("web 재시작 ㅇㅈ?", "docker restart web"),
    ("web 재시작 ㅇㅈ", "docker restart web"),
    ("web 재시작 괜찮?", "docker restart web"),
    # a tag question's "?" then a laugh, a sob or an emoji: still asked (the "?" was dropped and the write ran)
    ("web 재시작 ㅇㅋ? ㅋㅋ", "docker restart web"),
    ("web 재시작 ㅇㅈ? ㅋㅋ", "docker restart web"),
    ("web 재시작 ㅇㅋ? ㅠㅠ", "docker restart web"),
    ("web 재시작 ㅇㅋ? 😂", "docker restart web"),
    ("restart web ok? lol", "docker restart web"),
    ("restart web ok? 🙏", "docker restart web"),
    # typed twice
    ("web 꺼도 ㄱㅊㄱㅊ?", "docker stop web"),
    ("web 재시작 ㅇㅈㅇㅈ?", "docker restart web"),
    ("web 재시작 ㅇㅋㅇㅋ?", "docker restart web"),
]

NOT_RUN = [
    # "restart is fine" (괜찮아 glued to ㄱㅊ): it read ㄱㅊ아 as keys of the other layout, `rcdk`, a second name
    "web 재시작 ㄱㅊ아",
    "web 재시작 ㄱㅊ아?",
    "stop cache, okay? lmao",
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_read(text: str, cli: str) -> None:
    ans = answer(text)
    assert ans.planned and " ; ".join(ans.cli) == cli, ans


@pytest.mark.parametrize("text", NOT_RUN)
def test_never_run(text: str) -> None:
    ans = answer(text)
    assert not ans.planned or not ans.writes, ans


@pytest.mark.parametrize(("text", "cli"), PROPOSED)
def test_proposed(text: str, cli: str) -> None:
    ans = answer(text)
    assert not ans.planned and " ; ".join(ans.proposal) == cli, ans
