"""perf17 (issue 8, bench item 6): the lexicon's derived values are memoized, and memoizing changed no reading."""
from __future__ import annotations

import re

from bot.language import grammar, parse


def test_the_english_alternation_is_computed_once_per_role() -> None:
    # readers ask for the same roles on every text: one frozenset / one string per role per process
    assert grammar.alternation("pasted_from_en") is grammar.alternation("pasted_from_en")


def test_memoized_values_are_the_lexicon_s() -> None:
    lex = grammar.lexicon()
    assert grammar.words("told_fine_ko") == frozenset(lex["told_fine_ko"])
    said = [w.replace("_", " ") for w in lex["pasted_from_en"]]
    alternation = grammar.alternation("pasted_from_en")
    assert sorted(alternation.split("|")) == sorted(re.escape(w) for w in said)
    lengths = [len(w) for w in alternation.split("|")]
    assert lengths == sorted(lengths, reverse=True)  # the longest first


def test_readers_using_them_read_as_before() -> None:
    # _ps_quoted_or_told builds its lead from the memoized alternation on every English text it sees
    assert parse._ps_quoted_or_told("give me the details on web") is None
