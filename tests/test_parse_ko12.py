"""Korean kinds found by tests/data/wordings_ko12.yaml (issue 8, branch ko12), each fixed as a kind: the row of
the table first, then wordings of the same kind it does not hold, read through Gorae.explain against the fake
corpus world (tests/fakes.py). `None`: nothing may run and no write is proposed; `ASKED`: nothing runs, the
write is proposed as a question (yes/no).
"""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer, plan_key

KINDS = [
    # A. a name said with "only" (만, 뿐) before the name an exclusion leaves out: the one meant, never left out
    # with it (bot/language/parse_natural.py `collect`; it planned `docker restart my-nginx my-volume data`)
    ("재시작은 web만, cache는 말고", ["docker restart web"]),
    ("web만 cache 말고 재시작", ["docker restart web"]),
    ("중지는 data만, web은 빼고", ["docker stop data"]),
    ("kill은 cache만 하고 web은 말고", ["docker kill cache"]),
    ("web만, cache랑 data는 말고 꺼 줘", ["docker stop web"]),
    # … said right before the exclusion, "only" is of the ones left out, as before
    ("web만 빼고 싹 다 죽여", ["docker kill my-nginx cache my-volume data"]),
    ("web이랑 cache만 빼고 다 재시작", ["docker restart my-nginx my-volume data"]),
    ("web 빼고 cache만 재시작", ["docker restart cache"]),
    ("cache만 말고 web도 재시작", ["docker restart cache web"]),
    # B. a stopped state said right before the names of a delete only describes them (`_state_of_names`): docker rm
    # of those, never a prune said with names (refused before)
    ("꺼져 있는 db 지워줘", ["docker rm db"]),
    ("멈춰 있는 db 삭제해", ["docker rm db"]),
    ("종료된 db 지워", ["docker rm db"]),
    ("죽어있는 db랑 data 삭제해 줘", ["docker rm db data"]),
    ("죽은 db 강제로 지워", ["docker rm -f db"]),
    ("remove the stopped db", ["docker rm db"]),
    ("꺼진 컨테이너 다 지워", ["docker container prune"]),  # no name: the stopped ones, a prune
    ("꺼진 거 중에 db 지워", None),  # among the stopped ones: not a state right before the name — asked, never guessed
    # C. containers made only, never started, deleted: those (docker's status created), named by the plan — never
    # `docker container prune`, which takes the exited ones too (`remove`, `prune`)
    ("만들어만 놓은 컨테이너 지워", ["docker rm db"]),
    ("생성만 된 컨테이너 다 지워", ["docker rm db"]),
    ("생성만 된 컨테이너 싹 정리", ["docker rm db"]),
    ("remove created containers", ["docker rm db"]),
    ("prune created containers", ["docker rm db"]),
    ("멈춘 컨테이너 정리", ["docker container prune"]),
    # D. not used, said with the negation inside the verbal noun's 하다/되다, by the passive 쓰이다, or as 미사용
    # (grammar/natural.lark `unused`, ko_words.txt 미사용)
    ("사용 안 하는 네트워크 치워줘", ["docker network prune"]),
    ("사용 안 되는 볼륨 비워", ["docker volume prune"]),
    ("안 쓰이는 이미지 지워", ["docker image prune"]),
    ("쓰이지 않는 볼륨 정리", ["docker volume prune"]),
    ("미사용 네트워크 삭제", ["docker network prune"]),
    # E. a wish said with 하다 after -(었)으면 (grammar/morphemes.txt: the 좋다 of -면 좋겠다)
    ("web 로그 좀 보여 주셨으면 합니다", ["docker logs web"]),
    ("db 켜 주셨으면 해요", ["docker start db"]),
    ("web 재시작했으면 해", ["docker restart web"]),
    ("data 지워 주셨으면 해", ["docker rm data"]),
    ("web 재시작하면 해", None),  # -면 without the past or -시-: no wish, unread
    ("cache 재시작했으면 했는데", None),  # wished, in the past: told
    # F. 하다's 해 spaced off before chat's -죠 (Kiwi: the noun 해 and the copula)
    ("my-nginx 재시작 해 죠", ["docker restart my-nginx"]),
    ("cache 정지 해 죠", ["docker stop cache"]),
    ("db 시작 해 죠", ["docker start db"]),
    # H. reported speech with the quote contracted (-라는데, -달라는데, -ㄴ다는데, -라네, -ㄴ다네, -란다, -랜다, -쟤,
    # -자는데, -라면서; grammar/morphemes.txt): someone else's words, never a request (they planned the write)
    ("web 재시작 하라는데", None),
    ("cache 지우라는데", None),
    ("cache 꺼 달라는데", None),
    ("web 지워 주라는데", None),
    ("web 재시작한다는데", None),
    ("web 재시작하라네", None),
    ("cache 지운다네", None),
    ("cache 재시작하란다", None),
    ("cache 재시작하랜다", None),
    ("web 재시작하쟤", None),
    ("cache 끄자는데요", None),
    ("db 지우라면서", None),
    ("web 재시작하자", ["docker restart web"]),  # the -자 of "let's" is a request
    ("web 재시작하라니까", ["docker restart web"]),  # insisting, the speaker's own words
    # I. a trouble closing the sentence after a verb said in a clause before it (-니까, -자, -자마자, -고 나서, -더니):
    # what came of it, told (`collect`; they planned `docker restart web`, `docker stop web cache`)
    ("web 끄자 cache도 죽었어", None),
    ("web 재시작하자마자 죽었어", None),
    ("web 재시작하니까 죽었어", None),
    ("web 재시작하고 나서 뻗었어", None),
    ("web 재시작하고 cache 죽었어", None),
    ("my-nginx 껐더니 cache 먹통이야", None),
    ("web 죽었어 재시작해줘", ["docker restart web"]),  # said first, the trouble prompts the verb
    ("restart web, it crashed", ["docker restart web"]),
    # J. a hesitation closing the sentence right after the verb: its -는 거 or the verb with the topic particle, then 좀
    # ("… is a bit much"; grammar/lexicon.txt `hedge_*`, `_hedged`): never a request (they planned the write)
    ("web 지우는 건 좀", None),
    ("web 재시작은 좀", None),
    ("web 삭제는 좀", None),
    ("cache 끄는 건 좀...", None),
    ("web 재시작은 좀 ㅠㅠ", None),
    ("web 재시작은 좀 그래", None),  # it proposed the restart with 그래 unread
    ("web 재시작 좀", ["docker restart web"]),  # 좀 with no topic particle: please
    ("cache 끄는 건 좀 해줘", ["docker stop cache"]),  # asked for after it
    ("web 로그는 좀 보여줘", ["docker logs web"]),
    # K. chat "nope" and "on hold" after the request: a negation (grammar/natural.lark `neg`; it proposed the write)
    ("web 삭제 놉", None),
    ("web 재시작 보류", None),
    ("cache 삭제 보류해", None),
    ("restart web, nope", None),
    # L. a plan said of it, no time (예정, 계획): a schedule — gorae acts now (it proposed the write, 예정 unread)
    ("web 삭제 예정", None),
    ("web 재시작 예정입니다", None),
    ("cache 지울 예정", None),
    ("web 재시작 계획", None),
    # N. besides, said with the nouns 이외 / 외 (grammar/natural.lark `excl`): every running container but the one
    # named (it proposed `docker restart web`, the one left out, with 이외 unread)
    ("web 이외의 컨테이너 전부 재시작", ["docker restart my-nginx cache my-volume data"]),
    ("web 외에 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    ("cache 이외 전부 꺼", ["docker stop web my-nginx my-volume data"]),
    ("web 외 cache도 재시작", None),  # besides web, cache too: both? asked, never one of them
    # O. chat's -구 for -고 and -곤 for -고는 (grammar/morphemes.txt)
    ("web 빼곤 다 재시작", ["docker restart my-nginx cache my-volume data"]),
    ("web 빼구 다 꺼", ["docker stop my-nginx cache my-volume data"]),
    ("web 말구 cache 꺼", ["docker stop cache"]),
    ("web 끄구 지워", ["docker stop web", "docker rm web"]),
    # P. done, said as the noun 완료 after the verbal noun: told, never proposed (grammar/natural.lark `past`; the
    # table's row 'web 재시작 완료' proposed `docker restart web` with 완료 unread)
    ("web 재시작 완료", None),
    ("cache 삭제 완료됨", None),
    ("db 시작 완료했습니다", None),
    ("web 재시작 완료 됐어?", None),
]


@pytest.mark.parametrize("text, want", KINDS, ids=[t for t, _ in KINDS])
def test_kinds(text, want):
    check(text, want)


ASKED = [
    # G. -던가 closing the sentence after a verb: chat's -든가 ("do it, then") or the -던가 that asks what was seen
    # ("누가 web 재시작하던가": who was it?) — asked, never run on it (grammar/morphemes.txt)
    ("httpd 띄우던가", ["docker run -d httpd"]),
    ("web 재시작하던가", ["docker restart web"]),
    ("cache 지우던가", ["docker rm cache"]),
    ("누가 web 재시작하던가", ["docker restart web"]),
    # M. the future's bound noun and the copula, asked ("-ㄹ 거야?", "-ㄹ 거지?", "-ㄹ 거예요?", "-ㄹ 거죠?", "-ㄹ 거임?"):
    # whether it will be done — proposed, never run on the question (they planned the write)
    ("web 지울 거야?", ["docker rm web"]),
    ("web 지울 거예요?", ["docker rm web"]),
    ("web 재시작할 거지?", ["docker restart web"]),
    ("cache 끌 거죠?", ["docker stop cache"]),
    ("web 재시작할 거임?", ["docker restart web"]),
]


@pytest.mark.parametrize("text, want", ASKED, ids=[t for t, _ in ASKED])
def test_asked(text, want):
    ans = answer(text)
    assert not ans.cli, f"{text!r} must run nothing, planned {list(ans.cli)}"
    assert ans.proposal and plan_key(list(ans.proposal)) == plan_key(want), (text, ans.proposal)


READ_ASKED = [  # a read asked the same way is answered; said without "?" the intention is the request
    ("web 로그 볼 거야?", ["docker logs web"]),
    ("web 이미지 뭐야?", ["docker inspect web"]),
    ("web 재시작할 거야", ["docker restart web"]),
    ("web 지울 거임", ["docker rm web"]),
]


@pytest.mark.parametrize("text, want", READ_ASKED, ids=[t for t, _ in READ_ASKED])
def test_read_asked(text, want):
    check(text, want)


@pytest.mark.parametrize("text", ["web 재시작하던가?", "web 재시작했던가", "web 재시작하던데"])
def test_told(text):
    check(text, None)  # with its "?", after the past, or -던데: what was seen, told — nothing proposed
