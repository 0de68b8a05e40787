"""The fifteenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh15.yaml.

Written by the `blind15` engineer before reading the parser, its grammar or the earlier tables' rows
(only issue 8, README's tour, design.md's conventions and the format of the fourteenth table), by personas
new to the tables: a developer who is not an ops person ("내 web 컨테이너 좀 다시 띄워줄래?"), a team lead
delegating (a relayed request asked now — "can you do what Jane asked: restart cache" — versus hearsay —
"민수가 cache 재시작해 달래"), very polite business Korean (하십시오체, -시겠어요?, 부탁드려도 될까요) and casual
banmal with slang (ㄱㄱ, ㄲㄲ, 고고, 해줘잉, 해라), a Korean speaker writing English and an English speaker writing
broken Korean, three steps chained in one message, a correction mid-message, numbers (counts, sizes, ports,
"top 3 containers by memory"), container IDs (short hex) and image digests — plus everyday Korean and English
chat, mixed sentences, typed CLI and rows that must run nothing (questions about the bot, hearsay, negations,
the past, wishes, hypotheticals, rants). Checked as every held-out table is (tests/held_out.py): a matching plan
passes; for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan fails,
and so does a proposal of a write other than the meant one. `test_fresh15_no_wrong_write` covers every row;
`test_fresh15_read_rate` asserts FLOOR15.
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

# The bar is 97 %. FIRST READ at 3d068b7 (main, before any fix): 76.0 % (444 of 584), 8 wrong writes, two of them
# this table's errors (corrected before any fix, the table's header); corrected table: 76.9 % (449 of 584), 6 wrong writes.
# The floor is the rate reached through Gorae.explain over the fake world, a floor that only goes up.
# After blind15's fixes (tests/test_parse_blind15.py, tests/test_e2e_blind15.py): 80.1 % (468 of 584), 0 wrong writes
# through Gorae.explain. The bar, 97 %, is not met: said so.
FLOOR15 = 97.6  # 570 of 584 (97.60 %) session 35 after every merge (f22r: a run of an image in an IMAGE container, a list after an image step); before: 97.0 567 of 584 (97.09 %) session 29 after lead29a–f (where one looked, tickets, aims, keys of the other layout, dialect, errors looked at, kubectl's Korean); before: 96.5 564 of 584 (96.58 %) session 28 after lead28a–j (context around a request, reads asked of one thing, files, sizes, the containers of an image or a port, two reads, a name said last); before: 95.3 557 of 584 (95.38 %) session 27 after said_of27, prompt27, shell27, exec27, grace27, look27, ctxko27, en27, brk27; before: 94.8 554 of 584 (94.86 %) session 26 after told26, named26, reason26; before: 94.6 553 of 584 (94.69 %) session 26 after run26 (run options, kinds set apart, the tool said, tags, paused, untagged, connectives); before: 94.1 550 of 584 (94.18 %) session 25 after every merge (ctxko25, brk25, en25, perf25, lead25, run25, loan25); before: 93.1 544 of 584 (93.15 %) session 24 after every merge (lead24, corr24, ctxen24, gex24, en24b, en24a, voice24, ctxko24, brk24); before: 92.8 542 of 584 (92.81 %) session 23 after every merge (dneg23, ctxko23, brk23, lead23); before: 92.1 538 of 584 (92.12 %) dneg23 (negations asking a read, comparisons, who uses, happened asked, 확인 alone); before: 91.9 537 of 584 (91.95 %) session 21 after every merge (lead21, brk21, run21, inc21, k8s21, voice21, hand21); before: 91.4 534 of 584 (91.44 %) session 20 (lead20, q20, rename20); before: 91.2 533 of 584 (91.27 %) session 15 merged (ko17, f17ko, f17en, brk17); before: 90.9 531 of 584 (90.92 %) after f17ko (session 15); before: 90.5 529 of 584 (90.58 %) after session 14 merged (k16en, chain16, blind16, break8, props14, w2vol); before: 80.6, 471 of 584 (80.65 %) after session 13 merged; before: 80.1, 468 of 584 (80.14 %) after blind15's fixes; first read at 3d068b7 (corrected table): 76.9 % (449 of 584), 6 wrong writes
TABLE15 = HeldOutTable("fresh15", min_rows=500, floor=FLOOR15,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14)
ROWS15 = TABLE15.rows


@TABLE15.each_row
def test_fresh15_wording(row):
    TABLE15.check_wording(row)


def test_fresh15_no_wrong_write():
    TABLE15.check_no_wrong_write()


def test_fresh15_read_rate():
    TABLE15.check_read_rate()


def test_fresh15_table_shape():
    TABLE15.check_shape()


def test_fresh15_every_verb_is_covered():
    TABLE15.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh15.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE15.report("-v" in sys.argv)
