"""The speed changes of issue 8, session 33 (bench/RESULTS.md "Issue 8, session 33") read exactly as before: each fast
path gives what the formula it replaced gives, over the texts of the dev corpus and the fresh table (and every class of
the model where a class is what is asked).
"""
import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from bot import model as m
from bot.language import grammar, parse, typo
from bot.language.ability import _bare_run
from bot.language.normalize import normalize
from bot.language.outside import _a_write_in
from bot.language.parse_natural import reads_only

HERE = Path(__file__).parent


def _texts() -> list[str]:
    out: list[str] = []
    for path in (HERE / "corpus" / "dev.yaml", HERE / "data" / "wordings_fresh.yaml"):
        out += [normalize(row["text"]) for row in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return list(dict.fromkeys(out))


TEXTS = _texts()


def _commands() -> list[m.Command]:
    """The commands the texts read as (and the proposals of those offered back), every step of a Sequence too."""
    out: list[m.Command] = []
    for text in TEXTS:
        res = parse.parse(text)
        cmd = res.proposal if isinstance(res, m.NotUnderstood) else res
        if cmd is not None:
            out.append(cmd)
            if isinstance(cmd, m.Sequence):
                out += cmd.steps
    return out


@pytest.fixture(scope="module")
def commands() -> list[m.Command]:
    return _commands()


def test_korean_slip_is_cached_by_word() -> None:
    # conn26 put `_real_rests` between `_korean`'s lru_cache and its function: every Korean reading asked it uncached
    assert hasattr(typo._korean, "cache_info")
    assert typo._real_rests() == grammar.words("typo_real_rest")


@pytest.mark.parametrize("typed", ["dokcer", "dcoker", "docekr", "docker", "dockerr", "ocker", "dockr", "web", "d", ""])
def test_cli_slip_as_before(typed: str) -> None:
    meant = next((w for w in sorted(grammar.words("typo_cli_word")) if w != typed and typo._keyboard_slip(typed, w)),
                 None)
    want = (meant + " ps", ((typed, meant),)) if meant is not None else None
    assert typo.cli_slip(f"{typed} ps") == want


def _in_a_row_before(text: str, role: str) -> bool:
    toks = parse._morphemes(text)
    for seq in grammar.words(role):
        want = seq.split("+")
        if any(toks[i:i + len(want)] == want for i in range(len(toks) - len(want) + 1)):
            return True
    return False


@pytest.mark.parametrize("role", ["mocked_ko", "guessed_done_ko"])
def test_said_in_a_row_as_before(role: str) -> None:
    korean = [t for t in TEXTS if re.search(r"[가-힣]", t)] + ["web 지우기만 해봐", "web 재시작했나 봐", "web 지웠을 거야 ㅋㅋ"]
    assert [parse._said_in_a_row(t, role) for t in korean] == [_in_a_row_before(t, role) for t in korean]
    assert any(_in_a_row_before(t, role) for t in korean)  # the rows compared say some


def test_mocked_en_as_before() -> None:
    def before(text: str) -> bool:
        said = re.findall(r"[a-z']+", text.lower())
        return any(said[-len(w.split("~")):] == w.split("~") for w in grammar.words("mocked_en"))

    english = [t for t in TEXTS if not re.search(r"[가-힣]", t)] + ["restart web? yeah right"]
    assert [parse._is_mocked(t) for t in english] == [before(t) for t in english]


def _named_before(cmd: m.Command) -> m.Named:
    return m.Named(
        targets=cmd.targets if isinstance(cmd, m.WITH_TARGETS) else (cmd.target, *cmd.more) if isinstance(  # type: ignore[attr-defined]
            cmd, m.Inspect) and cmd.more else (),
        names=cmd.names if isinstance(cmd, m.WITH_NAMES) else (),  # type: ignore[attr-defined]
        target=cmd.target if isinstance(cmd, m.WITH_TARGET) else None,  # type: ignore[attr-defined]
        name=cmd.name if isinstance(cmd, m.WITH_NAME) else None,  # type: ignore[attr-defined]
        container=cmd.container if isinstance(cmd, m.WITH_CONTAINER) else None,  # type: ignore[attr-defined]
        network=cmd.network if isinstance(cmd, m.WITH_NETWORK) else None,  # type: ignore[attr-defined]
    )


def test_named_as_before(commands: list[m.Command]) -> None:
    extra = [m.Inspect(target="web", more=("cache",), lang="en"), m.Inspect(target="web", lang="en"),
             m.ListContainers(lang="ko")]
    for cmd in commands + extra:
        got = m.named(cmd)
        assert got == _named_before(cmd) and type(got) is m.Named, cmd
        assert repr(got) == repr(_named_before(cmd))


def test_a_write_in_as_before(commands: list[m.Command]) -> None:
    for cmd in commands:
        for lang in ("ko", "en", "cli"):
            before = cmd.lang == lang and not isinstance(cmd, (m.NotUnderstood, m.Help, m.Prohibition)) and not reads_only(
                cmd)
            assert _a_write_in(cmd, lang) == before, cmd


def test_bare_run_as_before(commands: list[m.Command]) -> None:
    def before(cmd: object) -> bool:
        if not isinstance(cmd, m.RunContainer) or cmd.as_typed or not cmd.image:
            return False
        plain = m.RunContainer(image=cmd.image, lang=cmd.lang)
        return all(getattr(cmd, f.name) == getattr(plain, f.name) for f in dataclasses.fields(cmd) if f.name != "detach")

    runs = [c for c in commands if isinstance(c, m.RunContainer)]
    runs += [m.RunContainer(image="redis", lang="en"), m.RunContainer(image="redis", lang="ko", detach=False),
             m.RunContainer(image="redis", lang="en", name="x")]
    assert [_bare_run(c) for c in runs] == [before(c) for c in runs]
    assert any(before(c) for c in runs) and not all(before(c) for c in runs)


@pytest.mark.parametrize("text, cli", [
    ("redis 실행할 수 있어?", []),  # the bare run asked about: offered back, nothing planned
    ("can you run redis?", []),
    ("다 지워 web은 그대로", []),  # kept_yet_acted_on: refused
    ("cache 지울 거거든", []),  # own_plan_told_ko: asked back
    ("web의 cache 꺼", []),  # possessed_ko: set apart
    ("restart web after restarting cache", ["docker restart cache", "docker restart web"]),
    ("web 재시작해줘", ["docker restart web"]),
])
def test_readers_still_read(text: str, cli: list[str]) -> None:
    from test_wordings_fresh import answer  # type: ignore[import-not-found]

    assert list(answer(text).cli) == cli
