"""loan25: Hangul-spelt names in sentences that otherwise read, words after a name, one-jamo Korean slips.

A. 서버 / 쪽 / 거 right after a name (ASCII or Hangul): "cache 서버 재기동", "web 쪽 로그" — 서버 is the container
   named (grammar/morphemes.txt: read as 컨테이너), 쪽 and 거 carry nothing; 서버 before 에서 stays an engine's place and
   before another name it is no container word ("prod 서버 web 재시작" stays unread). 서버 never becomes a name.
B. A name said in Hangul (grammar/lexicon.txt `name_loan_ko`) in a sentence with ASCII too ("web이랑 캐시 둘 다 꺼줘",
   "캐시 cpu 얼마나 먹어", "웹 리스타트 해주세요 please"), or spaced inside ("마이 엔진엑스", "캐 시"): read as before
   (bot/language/parse.py `_loan_named_ko`, bot/pipeline.py `_loan_read`: planned when it matches exactly one container);
   an ASCII name right beside it ("web 캐시 재시작": the web's cache?) is never read as two names.
C. 다시 켜 asked politely as whether gorae can ("… 다시 켜주실 수 있나요?"): made to run again, decided by the state as
   said bare (corr24; grammar/lexicon.txt `again_start_asked_ko`) — web runs in the fake world: a restart.
D. A pronoun right after the one name it points at ("cache 쟤 좀 재시작해라"): that name (parse `_pronoun_after_name`);
   with two names or none it is left unread.
E. One-jamo slips (bot/language/typo.py): a word one jamo from two spellings of ONE verb ("졍지": 정지 and 중지, both
   stop) is that verb; a whole word one jamo from a read's noun ("로크" = 로그, "상테" = 상태/상세, both inspect) is read
   only when the sentence is then a read; 줘 after 봐 ("봐줴"). One jamo from two verbs ("정디": 정지 stop, 정리 prune)
   stays unread.
F. The past typed with ㅅ for ㅆ (lead23) before a connective ("web 재시작햇고 cache 꺼줘" restarted web; "web죽엿어
   다시켜", Kiwi's 엇 + 어/EC): told, as with ㅆ (grammar/morphemes.txt).
G. A pull with a Hangul name followed by 이미지 ("알파인 이미지 받아 줘", lexicon `loan_name_image_offered`): planned when
   that image is here (bot/pipeline.py `_loan_read`), else asked; (lead32a) so is a removal ("알파인 이미지 삭제하기").
Read through `Gorae.explain` over the fake corpus world (tests/fakes.py).
"""
from __future__ import annotations

import pytest
from test_wordings_fresh import answer

from bot.language import typo

PLANNED = [
    # A
    ("cache 서버 재시작해 줘", "docker restart cache"),
    ("web 서버 로그 보여줘", "docker logs web"),
    ("db 쪽 로그 좀", "docker logs db"),
    ("web 거 로그 보여줘", "docker logs web"),
    ("my-nginx 서버 멈춰 줘", "docker stop my-nginx"),
    ("캐시 서버 로그 보여줘", "docker logs cache"),
    ("웹 쪽 상태 어때", "docker inspect web"),
    # B
    ("cache랑 웹 둘 다 재시작해줘", "docker restart cache web"),
    ("웹 cpu 얼마나 써", "docker stats --no-stream web"),
    ("웹 로그 보여줘 please", "docker logs web"),
    ("마이 엔진엑스 로그 보여줘", "docker logs my-nginx"),
    ("캐 시 재시작", "docker restart cache"),
    # C
    ("cache 다시 켜주실 수 있을까요?", "docker restart cache"),
    ("data 다시 켜 줄 수 있어?", "docker restart data"),
    # D
    ("web 걔 좀 멈춰줘", "docker stop web"),
    ("data 얘 로그 보여줘", "docker logs data"),
    ("cache 쟤를 재시작해", "docker restart cache"),
    ("캐시 쟤 재시작해", "docker restart cache"),
    # E
    ("data 졍지해줘", "docker stop data"),
    ("cache 로크 좀 보여줘", "docker logs cache"),
    ("db 상테 알려줘", "docker inspect db"),
    ("web 로그 봐줴", "docker logs web"),
    # F. the past typed with ㅅ for ㅆ before a connective Kiwi reads (엇 + 어/EC, 고, 는데): told, then the request
    ("cache죽엿어 다시켜", "docker start cache"),
    ("data 껏는데 다시 켜줘", "docker start data"),
    # G. a pull with the Hangul name and 이미지 said, of an image here
    ("비지박스 이미지 당겨 줘", "docker pull busybox"),
    ("레디스 이미지 받아줘", "docker pull redis"),
    # 멀쩡하다 split by Kiwi after another word (멀쩡/XR + 하/XSA): asked of a container, its details
    ("웹 서버 지금 멀쩡한가?", "docker inspect web"),
]


@pytest.mark.parametrize("text,cli", PLANNED)
def test_read_as_meant(text, cli):
    assert answer(text).cli == (cli,), answer(text)


NOT_RUN = [
    # a Hangul word that is an ordinary word, or sounds like a name beside another
    "캐시 잔액이 부족해",  # cash
    "캐시 충전 좀 해줘",
    "웹 개발자가 그러는데 cache 재시작 해달래",  # someone else's order
    "web 캐시 재시작",  # the web's cache? never two names
    "캐시 web 재시작",
    "redis 캐시 지워",
    "엔진엑스 재시작해 줘",  # no container nginx
    # 서버 after a name, and what is not a request
    "prod 서버 web 재시작",  # 서버 before another name
    "cache 서버 재시작했어",  # told done
    "web 서버 다시 켜지 마",  # a ban
    "내일 cache 서버 재시작해 줘",  # a schedule
    "web 서버 지울까?",  # asked
    "웹 서버 다시 켜야 하나요?",
    "캐시 서버 다운됐어",  # a report
    "cache 쪽 재시작했는데 또 죽음",
    # a pronoun with no name, with two names, in a question, a ban, someone else's order
    "쟤 좀 재시작해라",
    "web cache 쟤 재시작",
    "cache 쟤 재시작했어?",
    "cache 쟤 재시작하지 마",
    "팀장님이 web 걔 꺼 달래",
    "cache 쟤 지워도 돼?",
    # slips: one jamo from two verbs, a read's noun slipped before a write, the past asked
    "web 정디",  # 정지 (stop) or 정리 (prune)?
    "web 로크 재시작",
    "cache 졍지했어?",
    # F: told done, never a step of the request
    "web 재시작햇고 cache 꺼줘",
    "cache 지웟는데 web 지웟어",
    # G: a pull without 이미지, of an image not here (asked), a removal, the past asked
    "알파인 받아 줘",
    "우분투 이미지 받아 줘",
    "우분투 이미지 지워 줘",  # (lead32a) a removal said with 이미지 is planned as the pull is, when that image is here
    "알파인 이미지 받았어?",
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_no_write(text):
    ans = answer(text)
    assert not ans.writes, ans


def test_a_hangul_name_of_two_things_is_only_asked():
    ans = answer("디비 서버 지금 멀쩡한가?")  # db: a container and a volume
    assert not ans.cli and ans.proposal == ("docker inspect db",), ans


def test_a_pronoun_after_two_names_is_only_asked():
    ans = answer("web cache 쟤 재시작")
    assert not ans.cli and ans.proposal == ("docker restart web cache",), ans


@pytest.mark.parametrize("typed,meant", [("졍지", "정지"), ("줭지", "정지")])
def test_a_slip_of_two_spellings_of_one_verb_is_that_verb(typed, meant):
    assert typo._korean(typed) == meant


@pytest.mark.parametrize("typed,meant", [("로크", "로그"), ("상테", "상태"), ("졍보", "정보")])
def test_a_slip_of_a_read_noun(typed, meant):
    assert typo._read_noun_ko(typed) == meant


@pytest.mark.parametrize("typed", ["정디", "로그", "상태", "재시작", "로"])
def test_no_read_noun_slip(typed):
    assert typo._read_noun_ko(typed) is None
    assert typo._korean(typed) is None or typed == "재시작"


def test_read_noun_slips_only_when_asked():
    assert typo.correct("web 로크") is None
    assert typo.correct("web 로크", reads=True) == ("web 로그", (("로크", "로그"),))
