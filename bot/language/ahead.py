"""Korean morphemes for a one-shot command, started ahead: Kiwi loads in a forked child process.

`gorae explain/say TEXT` in Korean spends ~0.85 s loading Kiwi (native work that holds the GIL,
so a thread cannot overlap it; bench/RESULTS.md, issue 8). `start(text)` forks a child first
thing — before the parsers, the model and the pipeline are imported — and the child loads Kiwi on
the other core while this process imports and loads the rest. bot/language/morph.py then asks
the child for its analyses (`morph.kiwi()`), and loads Kiwi itself only if the child is gone.

This module imports nothing but `os`, `sys` and `types` (loaded with the interpreter), so that the child
starts as early as it can.
"""
from __future__ import annotations

import os
import sys
from types import ModuleType

# (child pid, fd to ask on, fd to read answers from) once `start` has forked, until morph takes it
_started: tuple[int, int, int] | None = None


def _korean(text: str) -> bool:
    """Hangul syllables or compatibility jamo (as bot.language.normalize.HANGUL), without `re`."""
    return any("\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e" for c in text)


def start(text: str, *, session: bool = False) -> bool:
    """Fork the analyser child when `text` holds Korean (or for a `session`: `gorae shell`, whose
    lines are still to come); whether it was started.

    Not for a one-shot text without Hangul (English and docker CLI never load Kiwi), not where
    `os.fork` is missing, not once threads run (fork is unsafe then), not twice. Call it first
    thing, from the `gorae` command's own process (never from a library caller: tests, bench probes)."""
    global _started
    if _started is not None or not (session or _korean(text)) or not hasattr(os, "fork"):  # Windows has none
        return False
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False
    asks_r, asks_w = os.pipe()
    answers_r, answers_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: it only answers; stdout/stderr are not its own (a pipe a caller waits on)
        code = 0
        try:
            import signal

            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C ends the parent; its EOF ends this
            os.close(asks_w)
            os.close(answers_r)
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            _for_one_load()
            from bot.language import morph

            morph.serve(asks_r, answers_w)
        except BaseException:  # any failure: the parent loads Kiwi itself
            code = 1
        finally:
            os._exit(code)
    os.close(asks_r)
    os.close(answers_w)
    _started = (pid, asks_w, answers_r)
    return True


def _for_one_load() -> None:
    """The child's process, set for its one load of Kiwi (before kiwipiepy is imported; bench/RESULTS.md,
    issue 8 session 13). Kiwi's load allocates and frees ~250 MB; each page the system hands out is a fault
    and a page cleared (13–41 % of perf's samples of the load, run to run, on this VM), so memory freed is
    kept for the next allocation:
    - Kiwi's allocator (mimalloc, inside kiwipiepy; it reads its options from the environment when
      kiwipiepy is loaded) gives freed memory back to the system 10 ms later by default and then faults it
      in again: never here (MIMALLOC_PURGE_DELAY=-1; a value the user set is kept);
    - glibc's malloc (C++ containers, the model files read whole) maps each block over 128 KiB afresh and
      unmaps it when freed: here every block comes from the heap, which is not trimmed (mallopt; glibc
      only — elsewhere nothing is set);
    - kiwipiepy imports tqdm (progress bars of its subword tokenizer's training, never used by gorae):
      made lazy, loaded if anything ever reads it.
    The analyses are the same (tests/test_ahead.py); the child lives only as long as the command that forked it."""
    os.environ.setdefault("MIMALLOC_PURGE_DELAY", "-1")
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        pass
    else:
        mallopt(-4, 0)  # M_MMAP_MAX: no block mapped on its own
        mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD: the heap's free top kept
    if "tqdm" not in sys.modules:
        sys.modules["tqdm"] = _OnFirstUse("tqdm")


class _OnFirstUse(ModuleType):
    """A module that kiwipiepy imports and gorae never uses (tqdm: `_for_one_load`), imported for real only
    when one of its names is first read (then it is the real module's)."""

    def __getattr__(self, name: str) -> object:
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def pending() -> bool:
    """Whether a started child is still to be taken: nothing Korean has been analysed in this
    process yet (`gorae explain` reads what needs no Kiwi meanwhile: bot.language.parse.warm)."""
    return _started is not None


def take() -> tuple[int, int, int] | None:
    """The started child (pid, ask fd, answer fd), once: morph.kiwi() takes it on its first call."""
    global _started
    got, _started = _started, None
    return got
