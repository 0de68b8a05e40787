"""Derandomized property tests draw the same examples whatever else the process imported.

Hypothesis (since 6.131) collects the constants written in every *local* module loaded in the
process (tests/*.py, bot/*.py: `hypothesis.internal.conjecture.providers._get_local_constants`)
and, about one draw in twenty, draws one of them instead of a random choice — also for the index
`st.sampled_from` picks. A `derandomize=True` test then draws other examples when more test modules
have been imported: `pytest tests/test_properties_break.py` alone and the same file collected after
tests/test_parse*.py (only collected, not run) drew different sentences (session 14, props14: "don't
kill cache, no wait, stop it" only in the second run). gorae's reading was the same in both; the
examples were not. `pin()` makes that pool empty, so a derandomized property draws from its own seed
only: the same examples alone, in a group, or in the whole suite.

    pin() -> bool   True when the pool is pinned; False on a Hypothesis without it (nothing to pin).
"""
from __future__ import annotations


def pin() -> bool:
    """Empty Hypothesis' pool of constants taken from loaded modules (see the module's docstring)."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # no hypothesis installed: nothing draws
        return False
    if not hasattr(providers, "_get_local_constants") or not hasattr(providers, "Constants"):
        return False
    empty = providers.Constants()
    providers._get_local_constants = lambda: empty
    return True
