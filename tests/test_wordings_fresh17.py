"""The seventeenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh17.yaml.

Written by the `fresh17` engineer before reading the parser, its grammar or the earlier tables' rows (only issue 8,
README's tour, design.md's conventions and the format of the fifteenth and sixteenth tables), by personas and kinds
new to the tables: a junior on day one asking how and what, a platform engineer pasting half a shell line, a
Korean-American mixing languages mid-word (web을 restart해줘), an operator on a phone (no spaces, dropped particles,
autocorrect capitals), polite business Korean (~해 주시기 바랍니다, ~부탁드립니다, ~하여 주십시오), requests with a
reason after, counting and comparisons (가장 오래된, 제일 최근에 죽은), follow-ups with 그거/it/that one (no context),
negated questions (안 돌아가는 거 있어?), indirect requests (재시작해 주실 수 있나요?, would it be possible to…), ops
English from non-native speakers, typed CLI with flags in unusual order — plus everyday Korean and English chat and
rows that must run nothing (hearsay, the past, wishes, hypotheticals, conditionals, rants, schedules, unknown names,
questions about the bot, negations). Checked as every held-out table is (tests/held_out.py): a matching plan passes;
for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails, and so does a
proposal of a write other than the meant one. `test_fresh17_no_wrong_write` covers every row;
`test_fresh17_read_rate` asserts FLOOR17.
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

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. FIRST READ at 7885a36 (main, before any fix): 74.2 % (520 of 701), 7 wrong writes, one of them this
# table's error (corrected before any fix, the table's header); corrected table: 74.8 % (524 of 701), 6 wrong writes
# (product: listed in KNOWN_WRONG17 below, strict xfails until fixed).
FLOOR17 = 97.1  # 681 of 701 (97.15 %) session 29 after lead29a–f (where one looked, tickets, aims, keys of the other layout, dialect, errors looked at, kubectl's Korean); before: 96.5 677 of 701 (96.58 %) session 28 after lead28a–j (context around a request, reads asked of one thing, files, sizes, the containers of an image or a port, two reads, a name said last); before: 96.1 674 of 701 (96.15 %) session 27 after said_of27, prompt27, shell27, exec27, grace27, look27, ctxko27, en27, brk27; before: 95.1 667 of 701 (95.15 %) session 26 after told26, named26, reason26; before: 94.7 664 of 701 (94.72 %) session 25 after every merge (ctxko25, brk25, en25, perf25, lead25, run25, loan25); before: 94.0 659 of 701 (94.01 %) session 24 after every merge (lead24, corr24, ctxen24, gex24, en24b, en24a, voice24, ctxko24, brk24); before: 92.2 647 of 701 (92.297 %) session 23 after every merge (dneg23, ctxko23, brk23, lead23); before: 91.0 638 of 701 (91.01 %) dneg23 (negations asking a read, comparisons, who uses, happened asked, 확인 alone); before: 90.5 635 of 701 (90.58 %) session 22 after every merge (lead22, brk22, en22, tdc22, voice22, kbd22); before: 89.3 626 of 701 (89.30 %) en22 (Asian and ops English, Slack italics and quotes); before: 623 of 701 (88.87 %) session 21 after every merge (lead21, brk21, run21, inc21, k8s21, voice21, hand21); before: 87.7 615 of 701 (87.73 %) session 21 after inc21; before: 87.5 614 of 701 (87.59 %) session 20 (lead20, q20, rename20); before: 87.3 613 of 701 (87.4 %) session 19 (lead19: indirect English, Korean states denied, unused listed, comparisons, got done, juniors asking where, a learner's words, a hearsay reason, a name said with (으)로); 569 of 701 (81.2 %) session 18 (lead17: reason after a Korean request; lead18: business Korean, chat verbs); 546 of 701 (77.89 %) session 15 merged (w17, q17, the lead's narrowing of rmi); (w17) 538 of 701 (76.7 %); first read 524 of 701 (74.75 %) at 7885a36 (corrected table)
TABLE17 = HeldOutTable("fresh17", min_rows=650, floor=FLOOR17,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16)
ROWS17 = TABLE17.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh17_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG17 = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ17 = {
}


@TABLE17.each_row
def test_fresh17_wording(row, request):
    known = KNOWN_WRONG17.get(row["text"]) or KNOWN_OTHER_READ17.get(row["text"])
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE17.check_wording(row)


def test_fresh17_no_wrong_write():
    wrong = {t for t, _, _ in TABLE17.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG17), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG17)))
    assert not set(KNOWN_WRONG17) - wrong, f"fixed, delete from KNOWN_WRONG17: {sorted(set(KNOWN_WRONG17) - wrong)}"


def test_fresh17_read_rate():
    TABLE17.check_read_rate()


def test_fresh17_table_shape():
    TABLE17.check_shape()


def test_fresh17_every_verb_is_covered():
    TABLE17.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh17.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE17.report("-v" in sys.argv)
