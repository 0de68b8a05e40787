"""The twenty-second held-out table of chat wordings (issue 8): tests/data/wordings_fresh22.yaml.

Written by the `fresh22` helper before reading the parser, bot/ or grammar/ and without running gorae on its rows
(the table's header says what was read), by personas and kinds new to the tables: a new hire on their first day asking
carefully, a DBA about their databases' containers and volumes, a release manager in a deploy window ("배포 끝나면" /
"after the deploy" run nothing, "배포 끝났습니다" / "deploy is done" run now), a night-shift operator on a phone (Korean
without spaces, English autocorrect), Korean and English mixed in one sentence, Korean jamo typos, questions with the
answer or the action embedded (a conditioned write runs nothing), English passive and modal forms, lists joined by
and / 랑 / 이랑 / 하고, counts and units in words, negations in the middle of a request, relayed customer complaints,
audit reads, a trainer's quoted examples, a tester's runs with options, and typed docker CLI in long and alias forms —
plus rows that must run nothing (27 %).
Checked as every held-out table is (tests/held_out.py): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh22_no_wrong_write` covers every row; `test_fresh22_read_rate` asserts FLOOR22.

FIRST READ: not yet run (the floor is a placeholder until the first read through Gorae.explain over the fake world).
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

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. First read at 34d35b4c (session 33): 74.2 % (432 of 582), 2 wrong writes, 6 other reads.
# (f22b34, session 34) 511 of 582 (87.80 %) on run34 + f22b34 alone (passive, modal, list-and, mid-negation, embedded,
# relay); f22a raises it too — the lead merges the two
FLOOR22 = 96.3  # 561 of 582 (96.39 %) session 35 after every merge (arch35, f22r, f23x, f23y, f24a, brk35a, brk35b, safe35, bench35); before: 93.9 547 of 582 (93.99 %) session 34 after every merge (lead34, safe34en, safe34ko, aside34, brk34a, f22a, f22b34, f22c, f23a); before: 511 of 582 (87.80 %) f22b34 on run34; session 33 after every merge 82.9 (483); first read 74.2 (432)
TABLE22 = HeldOutTable("fresh22", min_rows=560, floor=FLOOR22,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17 + ROWS18 + ROWS19 + ROWS20 + ROWS21)
ROWS22 = TABLE22.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh22_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG22: dict[str, str] = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ22: dict[str, str] = {
}
# Rows that PROPOSE (ask back) a write other than the meant one at the first read (nothing runs without the yes, so
# not wrong writes, but the question offers the wrong command): strict xfails too, until read as meant.
KNOWN_OTHER_PROPOSAL22: dict[str, str] = {
}


@TABLE22.each_row
def test_fresh22_wording(row, request):
    known = (KNOWN_WRONG22.get(row["text"]) or KNOWN_OTHER_READ22.get(row["text"])
             or KNOWN_OTHER_PROPOSAL22.get(row["text"]))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE22.check_wording(row)


def test_fresh22_no_wrong_write():
    wrong = {t for t, _, _ in TABLE22.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG22), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG22)))
    assert not set(KNOWN_WRONG22) - wrong, f"fixed, delete from KNOWN_WRONG22: {sorted(set(KNOWN_WRONG22) - wrong)}"


def test_fresh22_read_rate():
    TABLE22.check_read_rate()


def test_fresh22_table_shape():
    TABLE22.check_shape()


def test_fresh22_every_verb_is_covered():
    TABLE22.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh22.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE22.report("-v" in sys.argv)
