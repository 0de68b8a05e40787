"""The twenty-fourth held-out table of chat wordings (issue 8): tests/data/wordings_fresh24.yaml.

Written by the `fresh24` helper before reading the parser, bot/ or grammar/ and without running gorae on its rows
until the table was final (the table's header says what was read), by personas and kinds new to the tables: a DBA who
only cares about db and pgdata, a frontend developer who barely knows docker, a Korean SRE typing fast on a phone (no
spaces, jamo and verb typos, 초성 chat), an English SRE in an incident channel (terse, abbreviations, swearing, caps), a
manager asking in full polite sentences (합쇼체, "would you be so kind as to"), a bot-tester (double negatives,
conditions, questions about writes, "what would happen if"), commands pasted from Stack Overflow answers (`$ `
prompts, sudo, `\\` continuations, `#` comments, fences), the third person and the passive ("the bot should restart
web", "web이 재시작되어야 함"), numbers and times in words, compose-ish vocabulary (a service named like a container maps
to plain docker; compose CLI and stacks run nothing), code-mixed Korean and English — plus rows that must run nothing
(27 %).
Checked as every held-out table is (tests/held_out.py): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh24_no_wrong_write` covers every row; `test_fresh24_read_rate` asserts FLOOR24.

FIRST READ at da4ebb62 (run35, session 35), through Gorae.explain over the fake world: 72.8 % (497 of 683); 166 refused
and 12 refused with the meant plan proposed. (Disclosed: a `-k "shape or verb"` selection meant for the shape checks
also ran the 20 rows of kinds typo-verb / no-verb, after the table was final and committed; nothing was changed after.)
4 wrong writes of the product: a list noun read as the command ("web 컨테이너 안에 /usr/share/nginx/html 파일 목록 좀"
planned `docker exec web /usr/share/nginx/html`); a question about a delete run as the delete ("web 삭제? 물어보는 거야"
planned `docker rm web`); a pasted command's trailing shell comment kept as arguments ("docker exec my-volume df -h  #
디스크 확인" planned `docker exec my-volume df -h '#' '디스크' '확인'`); and "nuke data. now." planned `docker rm data` where
the row wants `docker rm -f data` (stop+rm / kill+rm alts) — its author notes `docker rm data` is arguably a fair
reading (it fails on a running container rather than doing harm), but the row is frozen. 3 other reads: "볼륨 목록에
pgdata 있는지 봐줘" read as `docker volume inspect pgdata` (want the volume list), "docker-compose logs -f cache" run as
`docker logs -f cache` (compose CLI: none), "웹 로그에서 404만 보고 싶은데" read as `docker logs --tail 404 web` (none).
1 other proposal: "my-nginx 재시작, 대기 시간 십 초" offered `docker restart my-nginx` without `-t 10`.
(lead35) "nuke data. now.": every earlier table reads "nuke X" as `docker rm X`; that reading was added as an alt (a
comment in the table says why), so the row is no wrong write.
Misses by kind at the first read: frontend 29, dba 23, so 17, formal 16, incident 14, passive 14, words-num 11,
third-person 10, nospace 8, comment 7, swear 6, typo-verb 5, chosung 5, double-neg 5, compose 4, mid-negation 3, caps 2,
question-write 2, compose-none 1, unsupported 1, sincere 1, continuation 1, codemix 1; every other row that must run
nothing ran nothing.
"""
from __future__ import annotations

import pytest
from held_out import HeldOutTable
from test_wordings_fresh import ALL_ROWS
from test_wordings_fresh5 import ROWS5
from test_wordings_fresh6 import ROWS6
from test_wordings_fresh7 import ROWS7
from test_wordings_fresh8 import ROWS8
from test_wordings_fresh9 import ROWS9
from test_wordings_fresh10 import ROWS10
from test_wordings_fresh11 import ROWS11
from test_wordings_fresh12 import ROWS12
from test_wordings_fresh13 import ROWS13
from test_wordings_fresh14 import ROWS14
from test_wordings_fresh15 import ROWS15
from test_wordings_fresh16 import ROWS16
from test_wordings_fresh17 import ROWS17
from test_wordings_fresh18 import ROWS18
from test_wordings_fresh19 import ROWS19
from test_wordings_fresh20 import ROWS20
from test_wordings_fresh21 import ROWS21
from test_wordings_fresh22 import ROWS22
from test_wordings_fresh23 import ROWS23

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. First read at da4ebb62 (session 35): 72.8 % (497 of 683), 4 wrong writes, 3 other reads, 1 other proposal.
FLOOR24 = 77.5  # 530 of 683 (77.60 %) session 35 after every merge (f24a, arch35, f22r, f23x, f23y, brk35a, brk35b, safe35); before: 72.7 497 of 683 (72.77 %) at the first read
TABLE24 = HeldOutTable("fresh24", min_rows=650, floor=FLOOR24,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17 + ROWS18 + ROWS19 + ROWS20 + ROWS21 + ROWS22 + ROWS23)
ROWS24 = TABLE24.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh24_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG24: dict[str, str] = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ24: dict[str, str] = {
    "볼륨 목록에 pgdata 있는지 봐줘": "read as docker volume inspect pgdata; want the volume list",
    "docker-compose logs -f cache": "compose CLI run as docker logs -f cache; want none",
    "웹 로그에서 404만 보고 싶은데": "'404만' read as a line count: docker logs --tail 404 web; want none",
}
# Rows that PROPOSE (ask back) a write other than the meant one at the first read (nothing runs without the yes, so
# not wrong writes, but the question offers the wrong command): strict xfails too, until read as meant.
KNOWN_OTHER_PROPOSAL24: dict[str, str] = {
}


@TABLE24.each_row
def test_fresh24_wording(row, request):
    known = (KNOWN_WRONG24.get(row["text"]) or KNOWN_OTHER_READ24.get(row["text"])
             or KNOWN_OTHER_PROPOSAL24.get(row["text"]))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE24.check_wording(row)


def test_fresh24_no_wrong_write():
    wrong = {t for t, _, _ in TABLE24.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG24), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG24)))
    assert not set(KNOWN_WRONG24) - wrong, f"fixed, delete from KNOWN_WRONG24: {sorted(set(KNOWN_WRONG24) - wrong)}"


def test_fresh24_read_rate():
    TABLE24.check_read_rate()


def test_fresh24_table_shape():
    TABLE24.check_shape()


def test_fresh24_every_verb_is_covered():
    TABLE24.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh24.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE24.report("-v" in sys.argv)
