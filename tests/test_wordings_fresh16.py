"""The sixteenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh16.yaml.

Written by the `blind16` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the fourteenth and fifteenth tables), by
personas and kinds new to the tables: an SRE at 3 a.m. (typos, no spaces, jamo, ㅇㅇ, '…'), a QA tester resetting an
environment, a data engineer who knows Postgres not Docker, a manager asking status in full sentences, Korean dialect
and old-fashioned endings (-이소, -쇼, -게, -혀, -유, -라우, -능교, -하시오), honorific verbs (여쭈다, 드리다, 계시다),
Korean numerals and counters (세 줄, 삼십 초), time words (방금, 아까, 5분 전부터, since yesterday), English from Slack
power users (pls, rn, asap, fyi, bounce, kick, nuke, spin up, tear down, tail), questions answered by a read, yes/no
follow-ups, emoji and Slack markup, two clauses of which one is an order — plus everyday Korean and English chat,
mixed sentences, typed CLI and rows that must run nothing (hearsay, negations, the past, wishes, hypotheticals,
questions about the bot, rants, schedules, unknown names). Checked as every held-out table is (tests/held_out.py):
a matching plan passes; for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan
fails, and so does a proposal of a write other than the meant one. `test_fresh16_no_wrong_write` covers every row;
`test_fresh16_read_rate` asserts FLOOR16.
"""
from __future__ import annotations

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

# The bar is 97 %. FIRST READ at b8babd4 (main, before any fix): 77.4 % (557 of 720), 6 wrong writes, three of them
# this table's errors (corrected before any fix, the table's header); corrected table: 78.3 % (564 of 720), 3 wrong writes.
# The floor is the rate reached through Gorae.explain over the fake world, a floor that only goes up.
# After blind16's fixes (tests/test_parse_blind16.py, tests/test_ability.py, tests/test_e2e_blind16.py): 81.5 % (587 of
# 720), 0 wrong writes through Gorae.explain. The bar, 97 %, is not met: said so.
FLOOR16 = 97.5  # 702 of 720 (97.50 %) session 29 after lead29a–f (where one looked, tickets, aims, keys of the other layout, dialect, errors looked at, kubectl's Korean); before: 96.2 693 of 720 (96.25 %) session 28 after lead28a–j (context around a request, reads asked of one thing, files, sizes, the containers of an image or a port, two reads, a name said last); before: 94.5 681 of 720 (94.58 %) session 28 after lead28 (context told around a request: English questions then needs, statements before; Korean reports, not used any more, corrections, described names, business Korean); before: 93.0 670 of 720 (93.06 %) session 27 after said_of27, prompt27, shell27, exec27, grace27, look27, ctxko27, en27, brk27; before: 92.0 663 of 720 (92.08 %) session 26 after told26, named26, reason26; before: 91.3 658 of 720 (91.39 %) session 26 after run26 (run options, kinds set apart, the tool said, tags, paused, untagged, connectives); before: 91.1 656 of 720 (91.11 %) session 25 after every merge (ctxko25, brk25, en25, perf25, lead25, run25, loan25); before: 90.4 651 of 720 (90.42 %) session 24 after every merge (lead24, corr24, ctxen24, gex24, en24b, en24a, voice24, ctxko24, brk24); before: 89.5 645 of 720 (89.58 %) session 23 after every merge (dneg23, ctxko23, brk23, lead23); before: 89.3 643 of 720 (89.31 %) dneg23 (negations asking a read, comparisons, who uses, happened asked, 확인 alone); before: 89.0 641 of 720 (89.03 %) session 22 after every merge (lead22, brk22, en22, tdc22, voice22, kbd22); before: 88.4 637 of 720 (88.47 %) en22 (Asian and ops English, Slack italics and quotes); before: 636 of 720 (88.33 %) session 21 after every merge (lead21, brk21, run21, inc21, k8s21, voice21, hand21); before: 88.1 635 of 720 (88.19 %) session 21 after inc21; before: 88.0 634 of 720 (88.06 %) session 15 merged (f17en, f17ko, ko17, brk17); before: 86.1 620 of 720 (86.11 %) after f17ko (session 15: Korean kinds); 595 of 720 after w2vol (session 14; integ before it: 81.7 %); 587 of 720 (81.53 %) after blind16's fixes; first read at b8babd4 (corrected table): 78.3 % (564 of 720), 3 wrong writes
TABLE16 = HeldOutTable("fresh16", min_rows=650, floor=FLOOR16,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15)
ROWS16 = TABLE16.rows


@TABLE16.each_row
def test_fresh16_wording(row):
    TABLE16.check_wording(row)


def test_fresh16_no_wrong_write():
    TABLE16.check_no_wrong_write()


def test_fresh16_read_rate():
    TABLE16.check_read_rate()


def test_fresh16_table_shape():
    TABLE16.check_shape()


def test_fresh16_every_verb_is_covered():
    TABLE16.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh16.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE16.report("-v" in sys.argv)
