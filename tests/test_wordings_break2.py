"""Adversarial wordings, second round (issue 8, branch `break8`): tests/data/wordings_break2.yaml.

Written to make gorae plan a write other than the one meant: negations far from the verb, double
negations, questions that look like requests, past / reported / hypothetical / conditional forms, jokes,
command words inside an exec argument or a quoted string, names that equal verbs, images, numbers,
volumes or networks, corrections that cancel, "all" next to exclusions, sequences whose later step takes
back an earlier one, prune wordings that widen the scope, typos that turn one verb into another. Checked
as the held-out tables are (tests/test_wordings_fresh.py's helpers: every row through `Gorae.explain`,
as `gorae explain --json`, over the fake corpus world of tests/fakes.py); on the real engine by
tests/test_e2e_tables.py.

Per row (`test_break2_wording`): a matching plan passes; for `expect: none` nothing may run and a
negation, a past, a report, a supposition, a schedule, a joke or a correction is never offered back as a
write (a question may be: "web 지워도 돼?" offers `docker rm web` with Confirm/Cancel); a refusal is an xfail; any other plan fails. `test_break2_no_wrong_write` is the point.
`test_break2_read_rate` holds the rate reached (a floor that only goes up).
"""
from __future__ import annotations

from held_out import HeldOutTable

MIN_ROWS = 200
# (session 7, branch break8: 91.6 % of 275 rows after the fixes, 0 wrong writes; the rest are refusals)
# (session 9, branch break9: 175 rows more, aimed at this session's new readings; the first 275 rows keep their
# own floor, FIRST_FLOOR, so that the new rows never hide a loss on the earlier ones)
# fixrun: 393 — "nginx 컨테이너에서 ls 실행" and "alpine 컨테이너에서 echo hi 실행" expect a new container of the image,
# but web/my-nginx run nginx and data runs alpine: the operator means one of them, asked which (no write)
FLOOR = 90.6  # 456 of 503 (90.66 %) after session 13 merged; before: 90.2, 454 of 503 (90.26 %) after session 12 merged (fix14); before: 90.0, 453 of 503 (90.1 %) after session 11 merged; before: 88.6, 446 of 503 (88.67 %) after wrong10 (29 rows of its kinds, every one read) merged with mood10 (24 rows of the mood kind, all read; 417 of 474); before: 87.3, 393 of 450 (87.33 %) after fixrun (395, 87.78 %, after break9 merged with main 70f82d7)
FIRST_ROWS, FIRST_FLOOR = 275, 93.8  # 258 of 275 (93.82 %) after ko9x (real path)
TABLE = HeldOutTable("break2", min_rows=MIN_ROWS, floor=FLOOR,
                     never_offered=("negation", "double-negation", "schedule", "past", "reported", "hypothetical",
                                    "joke", "correction"))
ROWS: list[dict] = TABLE.rows


@TABLE.each_row
def test_break2_wording(row):
    TABLE.check_wording(row)


def test_break2_no_wrong_write():
    TABLE.check_no_wrong_write()


def test_break2_read_rate():
    TABLE.check_read_rate()


def test_break2_read_rate_of_the_first_rows():
    """The rows of rounds one and two (break8) hold their own floor: the third round's rows are harder."""
    from test_wordings_fresh import read_rate

    rate, misses = read_rate(ROWS[:FIRST_ROWS])
    assert rate >= FIRST_FLOOR, (rate, misses)


def test_break2_table_shape():
    TABLE.check_break_shape(korean=(0.3, 0.7))


def test_start_all_and_unpause_all_act_on_the_stopped_and_the_paused():
    """"start all" is the stopped containers and "unpause all" the paused ones (docker start/unpause of a
    running container is nothing); before branch break8 both acted on the running ones."""
    from fakes import FakeView

    from bot.engine.plan import plan
    from bot.language.normalize import normalize
    from bot.language.parse import parse
    from bot.model import Plan

    view = FakeView(containers=[("web", "nginx", "running"), ("db", "mysql:5.7", "exited"),
                                ("cache", "redis", "paused"), ("new", "alpine", "created")])
    for text, names in [("start all containers", ["db", "new"]), ("docker start $(docker ps -aq)", ["db", "new"]),
                        ("unpause all", ["cache"]), ("stop all", ["web"]), ("모든 컨테이너 시작", ["db", "new"])]:
        result = plan(parse(normalize(text)), view)
        assert isinstance(result, Plan), (text, result)
        assert [t.name for t in result.targets] == names, (text, result.targets)


if __name__ == "__main__":  # python tests/test_wordings_break2.py: rate, misses, wrong writes
    TABLE.report()
