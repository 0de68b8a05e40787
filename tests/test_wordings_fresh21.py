"""The twenty-first held-out table of chat wordings (issue 8): tests/data/wordings_fresh21.yaml.

Written by the `fresh21` engineer (session 32) before reading the parser, bot/language or its grammar (the table's
header says what was read), by personas and kinds new to the tables: an on-call SRE during an incident (typos, several
steps with their order said many ways: before / after / -기 전에 / 다음에 / step 1 step 2), a manager writing formally,
a developer asking about their own service, voice-to-text dictation (numbers spelled out, names said in Hangul), a
quoted previous message, code blocks and Slack mentions, counts and ranges, superlatives and comparisons, conditionals
(gorae runs none) against courtesy conditions and reasons, corrected orders — plus rows that must run nothing (26 %).
Checked as every held-out table is (tests/held_out.py): a matching plan passes; for `expect: none` any answer that runs
nothing passes; a refusal is an xfail; any other plan fails, and so does a proposal of a write other than the meant one.
`test_fresh21_no_wrong_write` covers every row; `test_fresh21_read_rate` asserts FLOOR21.

Installed (session 32): 32 rows an earlier table or the development corpus held word for word dropped, three rows of
`docker create` and one each of `docker push`, `docker network rm` and `docker volume rm` added by the lead (the table
had none left), and two alts the table lacked ("tail the logs of …": `docker logs X` an alt, as fresh17/19 give "tail
web logs"); 472 rows. First read of the installed table at 8cbf7a0a (main before session 32's fixes): 72.9 % (344 of
472), 2 wrong writes of the product, both pulls of
words (a courtesy said first, "At your earliest convenience, please pull the latest httpd image", pulled `your`,
`earliest`, `convenience`; a dictated tag, "pull ubuntu colon focal", pulled `colon` and `focal`) and a joke offered
back ("db 지우고 퇴사각 ㅋㅋ": `docker rm db` proposed) — all fixed in session 32 (bot/language/pulled_apart.py,
grammar/lexicon.txt `chat_spelling`, normalize's dictated colon, outside.py `laughed_partial`). Misses by kind at the
first read: incident 19, mydev 17, correction 13, formal 12, voice 10, quote 10, cli 10, codeblock 9, count 9,
superlative 6, compare 4, image 4, courtesy-if 3, exec 2, mention 1, volume 1, ko-ops 1 (before the rows were dropped).
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

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. FIRST READ: see the module's docstring.
FLOOR21 = 98.3  # 464 of 472 (98.31 %) session 34 after every merge (lead34, safe34en, safe34ko, aside34, brk34a, f22a, f22b34, f22c, f23a); before: 463 of 472 (98.09 %) f22c session 34 (courtesy-if decided, history for, 메모리랑 cpu, logs from then, a deed as the reason); 457 (96.8 %) session 33 after every merge (ko33a, ko33b, en33, safe33en …); 354 (75.0 %) in session 32; first read 72.9 (344)
TABLE21 = HeldOutTable("fresh21", min_rows=450, floor=FLOOR21,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17 + ROWS18 + ROWS19 + ROWS20)
ROWS21 = TABLE21.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh21_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG21: dict[str, str] = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ21: dict[str, str] = {
}
# Rows that PROPOSE (ask back) a write other than the meant one at the first read (nothing runs without the yes, so
# not wrong writes, but the question offers the wrong command): strict xfails too, until read as meant.
KNOWN_OTHER_PROPOSAL21: dict[str, str] = {
}


@TABLE21.each_row
def test_fresh21_wording(row, request):
    known = (KNOWN_WRONG21.get(row["text"]) or KNOWN_OTHER_READ21.get(row["text"])
             or KNOWN_OTHER_PROPOSAL21.get(row["text"]))
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE21.check_wording(row)


def test_fresh21_no_wrong_write():
    wrong = {t for t, _, _ in TABLE21.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG21), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG21)))
    assert not set(KNOWN_WRONG21) - wrong, f"fixed, delete from KNOWN_WRONG21: {sorted(set(KNOWN_WRONG21) - wrong)}"


def test_fresh21_read_rate():
    TABLE21.check_read_rate()


def test_fresh21_table_shape():
    TABLE21.check_shape()


def test_fresh21_every_verb_is_covered():
    TABLE21.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh21.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE21.report("-v" in sys.argv)
