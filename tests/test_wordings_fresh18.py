"""The eighteenth held-out table of chat wordings (issue 8): tests/data/wordings_fresh18.yaml.

Written by the `fresh18` engineer before reading the parser, bot/language, its grammar or the earlier tables' rows
(only README's tour, design.md's conventions, the headers of the sixteenth and seventeenth tables, held_out.py and
the fixture world), by personas and kinds new to the tables: an SRE in the middle of an incident (ticket and
severity tags, terse urgency), a PM who does not know docker's words, a DBA worried about db and its volumes, a
Korean learner's textbook forms (-하여 주십시오, -시겠습니까?), a phone with autocorrect (a capital first word, smart
quotes, em dashes for flag dashes), yes/no questions about state (cache 살아있음?, is web still up?), counts of log
lines, time windows (--since/--until), new containers with ports, env, volumes and policies, create without start,
exec of real commands, networks, volumes, images (tag, push, pull, history), prunes of each kind, pause/unpause,
rename, signals and timeouts, Korean spacing errors, chat slang and jamo, non-native English and Korean-English
mixing — plus English and Korean ops chat, typed CLI and rows that must run nothing (hearsay, the past, wishes,
conditionals, schedules, negations, unknown names, questions to the bot, how-to questions, permission asked,
interactive shells, choices, counts of new containers). Checked as every held-out table is (tests/held_out.py): a
matching plan passes; for `expect: none` any answer that runs nothing passes; a refusal is an xfail; any other plan
fails, and so does a proposal of a write other than the meant one. `test_fresh18_no_wrong_write` covers every row;
`test_fresh18_read_rate` asserts FLOOR18.
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

# The bar is 97 %. The floor is the rate reached through Gorae.explain over the fake world, a floor that
# only goes up. FIRST READ at 9556f7c (main, before any fix; the working tree's uncommitted parser edits of the day
# read every row the same): 80.2 % (503 of 627), 1 wrong write, this table's error (corrected before any fix, the
# table's header, with two more rows of the whole list as an alt); corrected table: 80.7 % (506 of 627), 0 wrong writes.
FLOOR18 = 97.6  # 612 of 627 (97.61 %) session 30 after lead30 (compared names, a state asked to be denied); before: 97.4 611 of 627 (97.45 %) session 29 after lead29a–f (where one looked, tickets, aims, keys of the other layout, dialect, errors looked at, kubectl's Korean); before: 97.1 609 of 627 (97.13 %) session 28 after lead28a–j (context around a request, reads asked of one thing, files, sizes, the containers of an image or a port, two reads, a name said last); before: 95.6 600 of 627 (95.69 %) session 27 after said_of27, prompt27, shell27, exec27, grace27, look27, ctxko27, en27, brk27; before: 95.5 599 of 627 (95.53 %) session 26 after told26, named26, reason26; before: 95.3 598 of 627 (95.37 %) session 26 after run26 (run options, kinds set apart, the tool said, tags, paused, untagged, connectives); before: 95.0 596 of 627 (95.06 %) session 25 after every merge (ctxko25, brk25, en25, perf25, lead25, run25, loan25); before: 93.7 588 of 627 (93.78 %) session 24 after every merge (lead24, corr24, ctxen24, gex24, en24b, en24a, voice24, ctxko24, brk24); before: 93.4 586 of 627 (93.46 %) session 23 after every merge (dneg23, ctxko23, brk23, lead23); before: 92.5 580 of 627 (92.50 %) session 22 after every merge (lead22, brk22, en22, tdc22, voice22, kbd22); before: 91.3 573 of 627 (91.39 %) en22 (Asian and ops English, Slack italics and quotes); before: 572 of 627 (91.22 %) session 21 after every merge (lead21, brk21, run21, inc21, k8s21, voice21, hand21); before: 90.1 565 of 627 (90.11 %, the 맞죠 row given back) session 21 after inc21 (complaints looked at, severity labels, OOM/latency/loops, tail follows, the last line, state filters by status, state confirmed or denied, grace period said as a wait, several containers connected, free -m in a place, 살았나, 롤백 전에); before: 86.9 545 of 627 (86.92 %) session 20 after tags20 and the break run (incident labels, grace periods and signals in words, docker said of a kind, dangling before 이미지); before: 85.1 534 of 627 (85.17 %) session 20 (lead20: Korean kinds of fresh18 — 아직, 에 대한, 새로운, log windows, -ㅁ complaints; q20: English state questions, the image of; rename20: docker rename; the My-nginx row corrected); before: 80.7 506 of 627 (80.70 %), first read of the corrected table at 9556f7c
TABLE18 = HeldOutTable("fresh18", min_rows=600, floor=FLOOR18,
                       earlier=ALL_ROWS + ROWS5 + ROWS6 + ROWS7 + ROWS8 + ROWS9 + ROWS10 + ROWS11 + ROWS12 + ROWS13
                       + ROWS14 + ROWS15 + ROWS16 + ROWS17)
ROWS18 = TABLE18.rows

# The product's wrong writes found by the first read, left for the parser's helpers (this table's author fixes
# no parser): each is a strict xfail of its row, and test_fresh18_no_wrong_write fails on any wrong write not listed
# here, or on one listed here that is gone (then delete its line: the fix is done).
KNOWN_WRONG18: dict[str, str] = {
}
# Rows that plan another READ at the first read (no write): strict xfails too, until read as meant.
KNOWN_OTHER_READ18: dict[str, str] = {
}


@TABLE18.each_row
def test_fresh18_wording(row, request):
    known = KNOWN_WRONG18.get(row["text"]) or KNOWN_OTHER_READ18.get(row["text"])
    if known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known since the first read: {known}"))
    TABLE18.check_wording(row)


def test_fresh18_no_wrong_write():
    wrong = {t for t, _, _ in TABLE18.wrong_writes()}
    assert not wrong - set(KNOWN_WRONG18), "writes other than the one meant:\n" + "\n".join(
        f"  {t!r}" for t in sorted(wrong - set(KNOWN_WRONG18)))
    assert not set(KNOWN_WRONG18) - wrong, f"fixed, delete from KNOWN_WRONG18: {sorted(set(KNOWN_WRONG18) - wrong)}"


def test_fresh18_read_rate():
    TABLE18.check_read_rate()


def test_fresh18_table_shape():
    TABLE18.check_shape()


def test_fresh18_every_verb_is_covered():
    TABLE18.check_verbs()


if __name__ == "__main__":  # python tests/test_wordings_fresh18.py [-v]: rate, misses by kind, wrong writes
    import sys

    TABLE18.report("-v" in sys.argv)
