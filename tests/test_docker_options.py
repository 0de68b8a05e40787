"""bot/language/docker_options.py: the one table of docker options (a guard named for every trigger, one list of docker verbs)."""
from __future__ import annotations

from test_guards import GUARD_TRIGGERS


def test_the_table_names_a_guard_for_every_trigger():
    from bot.language import docker_options as do

    guarded = {o.name for o in do.RUN.options if o.guard}
    assert guarded == set(GUARD_TRIGGERS)


def test_one_list_of_docker_verbs_the_subcommand_tables():
    from bot.language import docker_options as do
    from bot.policy.policyfile import DOCKER_VERBS

    tables = {v.command for v in vars(do).values() if isinstance(v, do.Table)} - {"docker"}
    assert set(do.VERBS) == tables and len(do.VERBS) == len(tables)
    assert DOCKER_VERBS is do.VERBS
