"""(perf25) bot/pipeline.py `Gorae.explain` reads a handover (bot/language/handover.py `handed_over`) only when the whole
message does not read or names a target: a whole that names none (a listing, a Sequence) can take no handover, so its
sentences are not read again (bench item 6's tail). The answers are the same (bench/explain_diff.py: 0 differences);
here: the gate skips the reader where it cannot apply, and a handover's answer is still the request alone."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_wordings_fresh import answer as cached_answer

import bot.language.handover as handover

# test_wordings_fresh's `answer` is a functools.cache: a text another test explained before is answered from that cache
# and never reaches the pipeline (this is what made the reader look "not called" once inside the full suite); every
# test here explains afresh
answer = cached_answer.__wrapped__


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    real = handover.handed_over

    def counted(text, read, negated):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, read, negated)

    monkeypatch.setattr(handover, "handed_over", counted)
    yield seen


# a whole that names no target: a listing, a Sequence — several sentences, no handover read
NO_TARGET = [
    ("음.. 이미지 목록 보여줄래", ["docker images"]),
    ("Morning. What's running right now?", ["docker ps"]),
    ("급함!! 지금 떠 있는 컨테이너 목록 보여줘", ["docker ps"]),
]


@pytest.mark.parametrize(("text", "cli"), NO_TARGET)
def test_no_target_reads_no_handover(calls: list[str], text: str, cli: list[str]) -> None:
    assert list(answer(text).cli) == cli
    assert calls == []


# a whole that does not read or names targets: the handover is read, and taken as before
READ = [
    ("Back from lunch. data seems stuck. Can you pause data?", ["docker pause data"]),
    ("교대합니다. 새벽에 cache 느렸어요. cache 재시작해주세요.", ["docker restart cache"]),
    ("Night notes. I paused data for the backup. Please unpause it.", ["docker unpause data"]),
]


@pytest.mark.parametrize(("text", "cli"), READ)
def test_handover_still_read(calls: list[str], text: str, cli: list[str]) -> None:
    # the request alone, as before the gate ("Back from lunch. …" once paused a container `lunch` too), through the reader
    assert list(answer(text).cli) == cli
    assert calls == [text]


# near-misses: a write told in a report is still never run, whatever the gate
NOT_RUN = [
    "cache 어제 재시작함. 로그 보여줘",
    "I restarted web yesterday. Nothing else to report.",
]


@pytest.mark.parametrize("text", NOT_RUN)
def test_told_write_not_run(text: str) -> None:
    assert not any(c.split()[1] in ("restart", "rm", "stop", "kill") for c in answer(text).cli)
