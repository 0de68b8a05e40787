"""README.md's tour, run: every sentence its tables show gets the answer the table says.

The tables of "What you can say" and "Several engines" (and docs/swarm.md's) are read from the docs themselves (so a
row changed there is checked as changed): a row's utterances (its "you say" cells, split on
` · `) are read by the real pipeline (`Gorae.explain`: normalize -> parse -> plan, and the
policy's decision for "asks first") against the fake engine holding the corpus world
(tests/fakes.py); the "gorae runs" cell, split on ` · ` too, gives the docker command(s) in
backticks — one alternative for every utterance of a cell, or one per utterance, in order.
A few cells say it in words ("a readable summary", "nothing: …", "asks which one", "asked back …: `cmd`" — a
proposal, for every sentence of the row): `PROSE`
and `check_words` say what each means. The sentences of the README's prose (noise, negation,
partial readings, questions of permission, names) are `SENTENCES`, each with the README
fragment that makes the claim, so that a claim removed from the README drops its test.

Nothing here touches Docker (the README's sentences against the real engine: `gorae explain`
under /tmp/gorae-e2e.lock, as the docs engineer's report of 2026-12-01 did by hand).
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from corpus_check import plan_key
from fakes import FakeView

from bot.engine.named import Engines, EngineSpec
from bot.engine.view import ServiceSpecInfo
from bot.model import Actor, Help, Plan, Prohibition, Request, Unresolved
from bot.pipeline import Explanation, Gorae

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
LOCAL = Actor("local:readme", local=True)


# --------------------------------------------------------------------------- the README's tables


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row; a `|` inside backticks is text."""
    cells, cur, code = [], "", False
    for ch in line.strip().strip("|"):
        if ch == "`":
            code = not code
        if ch == "|" and not code:
            cells.append(cur.strip())
            cur = ""
        else:
            cur += ch
    cells.append(cur.strip())
    return cells


def _section(title: str, doc: str = "README.md") -> str:
    text = README if doc == "README.md" else open(os.path.join(ROOT, doc), encoding="utf-8").read()
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, f"{doc} has no section {title!r}"
    return m.group(1)


@dataclass(frozen=True)
class Row:
    table: str  # the section
    said: str  # one utterance
    runs: str  # the "gorae runs" alternative meant for it
    cell: str = ""  # the whole "gorae runs" cell (what it says first holds for every alternative)

    def __str__(self) -> str:
        return self.said


def _split(cell: str) -> list[str]:
    """A cell's ` · `-separated parts (never inside backticks)."""
    parts, cur, code = [], "", False
    i = 0
    while i < len(cell):
        if cell[i] == "`":
            code = not code
        if not code and cell.startswith(" · ", i):
            parts.append(cur.strip())
            cur, i = "", i + 3
            continue
        cur += cell[i]
        i += 1
    parts.append(cur.strip())
    return parts


def rows(title: str, doc: str = "README.md") -> list[Row]:
    out = []
    for line in _section(title, doc).splitlines():
        if not line.startswith("| ") or line.startswith(("| ---", "| you say")):
            continue
        *says, runs = _cells(line)
        alts = _split(runs)
        for cell in says:
            utterances = [u.strip("`") for u in _split(cell)]
            assert len(alts) in (1, len(utterances)), f"README row {line!r}: say one command, or one per sentence"
            for i, u in enumerate(utterances):
                out.append(Row(title, re.sub(r"\s*\(when [^)]*\)$", "", u), alts[0] if len(alts) == 1 else alts[i], runs))
    return out


TOUR = rows("What you can say")
ENGINE_ROWS = rows("Several engines")
SWARM_ROWS = rows("Swarm services", "docs/swarm.md")  # its tour, in the same shape


def commands(runs: str) -> tuple[str, ...]:
    """The docker commands in backticks of one "gorae runs" alternative."""
    return tuple(re.findall(r"`([^`]+)`", runs))


# --------------------------------------------------------------------------- the fake world


class ToursGorae(Gorae):
    """gorae over fake engine views (tests/fakes.py), by engine name."""

    views: dict[str, Callable[[], FakeView]] = {}

    def view(self, engine=None):
        return self.views[engine or "default"]()  # None: the environment's engine, as Gorae.view


def one_engine(**view) -> ToursGorae:
    g = ToursGorae(engines=Engines({"default": EngineSpec("default", "unix:///tmp/readme.sock")}, "default"))
    g.views = {"default": lambda: FakeView(**view)}
    return g


# README "Several engines": its config (staging the default; prod-1, prod-2) and the local socket;
# web runs on prod-1 and staging only ("asks which one (buttons: … (prod-1), … (staging))")
WEB = [("web", "nginx", "running"), ("cache", "redis", "running")]
ENGINE_VIEWS = {"staging": WEB, "prod-1": WEB, "prod-2": [("cache", "redis", "running")],
                "default": [("db", "mysql:5.7", "created")]}


def engines() -> ToursGorae:
    specs = {n: EngineSpec(n, f"unix:///tmp/{n}.sock", source="config") for n in ENGINE_VIEWS if n != "default"}
    specs["default"] = EngineSpec("default", "unix:///tmp/default.sock")
    g = ToursGorae(engines=Engines(specs, "staging"))
    g.views = {n: (lambda c=c: FakeView(containers=c)) for n, c in ENGINE_VIEWS.items()}
    return g


def swarm(said: str) -> ToursGorae:
    """A swarm manager: service web (with a spec to roll back to) exists, except for its create."""
    creates = any(w in said for w in ("띄워", "create"))
    return one_engine(services=() if creates else ("web",),
                      previous={"web": ServiceSpecInfo(image="nginx:1.24", mounts=(), networks=(), cap_add=())})


def explain(g: Gorae, said: str) -> Explanation:
    return g.explain(said, Request(said, LOCAL, "terminal"))


def asks_first(g: Gorae, ex: Explanation) -> bool:
    assert isinstance(ex.planned, Plan)
    return g.authorize(ex.planned, Request(ex.text, LOCAL, "terminal")).kind == "confirm"


def runs_nothing(ex: Explanation) -> bool:
    return not isinstance(ex.planned, Plan) and not isinstance(ex.proposed, Plan)


# --------------------------------------------------------------------------- the tables


def check_words(g: Gorae, row: Row, ex: Explanation) -> bool:
    """A "gorae runs" cell said in words; True when it was one (and checked)."""
    runs = row.runs
    if row.cell.startswith("asked back"):  # a proposal (yes/no): nothing planned, the command(s) asked
        assert not ex.understood and not isinstance(ex.planned, Plan), ex.planned
        assert isinstance(ex.proposed, Plan) and plan_key(ex.proposed.cli) == plan_key(commands(runs)), ex.proposed
    elif runs.startswith("nothing"):
        assert runs_nothing(ex), ex.planned
    elif runs.startswith("refused"):
        assert isinstance(ex.planned, Unresolved) and not isinstance(ex.proposed, Plan), ex.planned
    elif runs.startswith("gorae's help"):  # "help restart", "도움말": its help, nothing runs
        assert isinstance(ex.parsed, Help) and isinstance(ex.planned, Plan) and not ex.planned.calls, ex.planned
    elif runs.startswith("a readable summary"):  # inspect, shown as a summary
        assert isinstance(ex.planned, Plan), ex.planned
        assert ex.planned.cli in (("docker inspect web",), ("docker service inspect web",)), ex.planned.cli
    elif runs.startswith("asks which one"):
        assert isinstance(ex.planned, Unresolved), ex.planned
        assert set(ex.planned.choices) == set(commands(runs)), ex.planned.choices
    elif runs.startswith("one table, ENGINE first"):  # one ps per engine, side by side
        assert isinstance(ex.planned, Plan), ex.planned
        assert sorted(ex.planned.cli) == sorted(f"docker --context {n} ps" for n in ENGINE_VIEWS)
    elif "every running container but web" in runs:
        assert isinstance(ex.planned, Plan), ex.planned
        words = ex.planned.cli[0].split() if len(ex.planned.cli) == 1 else []
        running = {c.name for c in FakeView().containers() if c.status == "running"}
        assert words[:2] == ["docker", "stop"] and set(words[2:]) == running - {"web"}, ex.planned.cli
        assert asks_first(g, ex)
    else:
        return False
    return True


def check_commands(g: Gorae, row: Row, ex: Explanation) -> None:
    want = commands(row.runs)
    assert want, f"README: no command in {row.runs!r}"
    assert isinstance(ex.planned, Plan), (ex.planned, ex.parsed)
    got = ex.planned.cli
    if "…" in row.runs:  # `docker --context … restart web` on each engine that has web
        pattern = re.compile(re.escape(want[0]).replace("…", r"[\w-]+"))
        assert all(pattern.fullmatch(c) for c in got), got
        hosts = {n for n, cs in ENGINE_VIEWS.items() if "web" in {c[0] for c in cs}}
        assert {c.split()[2] for c in got} == hosts, got
    else:
        assert plan_key(got) == plan_key(want), got
    if "asks first" in row.runs:
        assert asks_first(g, ex)


@pytest.mark.parametrize("row", TOUR, ids=str)
def test_tour(row: Row) -> None:
    g = swarm(row.said) if "`docker service " in row.runs else one_engine()
    ex = explain(g, row.said)
    if not check_words(g, row, ex):
        check_commands(g, row, ex)


@pytest.mark.parametrize("row", ENGINE_ROWS, ids=str)
def test_engines(row: Row) -> None:
    g = engines()
    ex = explain(g, row.said)
    if not check_words(g, row, ex):
        check_commands(g, row, ex)


@pytest.mark.parametrize("row", SWARM_ROWS, ids=str)
def test_swarm(row: Row) -> None:
    g = swarm(row.said)
    ex = explain(g, row.said)
    if not check_words(g, row, ex):
        check_commands(g, row, ex)


def test_the_tables_are_read() -> None:
    """The tours are not silently empty (a table reformatted would skip it all)."""
    assert len(TOUR) >= 100 and len(ENGINE_ROWS) >= 8 and len(SWARM_ROWS) >= 25


# --------------------------------------------------------------------------- the prose


@dataclass(frozen=True)
class Said:
    said: str
    claim: str  # the README text that promises it
    cli: tuple[str, ...] = ()  # planned (and run once asked, when `asks`)
    proposal: tuple[str, ...] = ()  # asked as a question (a partial reading, a question of permission)
    unread: tuple[str, ...] = ()
    prohibition: bool = False  # read as a negation: nothing runs
    nothing: bool = False  # nothing planned, nothing proposed
    asks: bool = False
    choices: tuple[str, ...] = ()  # "which one?"
    suggests: str = ""  # "did you mean"

    def __str__(self) -> str:
        return self.said


def xf(s: Said, why: str) -> object:
    return pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=why), id=s.said)


RESTART, RM = ("docker restart web",), ("docker rm web",)
SENTENCES = [
    # (newbie) what gorae does not run, said plainly: the engine's own commands, build, login, compose files
    *(Said(t, "are not run: it says", nothing=True)
      for t in ("docker info", "docker version", "docker system df", "docker build .", "docker login", "docker compose up")),
    # the opening lines
    Said("web 로그 마지막 100줄", "web 로그 마지막 100줄", ("docker logs --tail 100 web",)),
    Said("restart web and cache", "restart web and cache", ("docker restart web cache",)),
    Said("web 재시작하지 마", "web 재시작하지 마", prohibition=True),
    # mixed input, politeness, spacing, synonyms
    Said("web container 재시작해줘", "web container 재시작해줘", RESTART),
    *(Said(f"web 재시작{e}", e, RESTART) for e in ("해", "해줘", "해 주세요", "해 주시겠어요?")),
    Said("web재시작", "web재시작", RESTART),
    Said("nginx 80 포트로 실행", "80 포트로", ("docker run -d -p 80:80 nginx",)),
    Said("nginx 포트 80으로 실행", "포트 80으로", ("docker run -d -p 80:80 nginx",)),
    *(Said(f"nginx {v}", v, ("docker run -d nginx",)) for v in ("띄워", "올려", "켜")),
    *(Said(f"web {v}", v, ("docker stop web",)) for v in ("꺼", "내려")),
    *(Said(f"web {v}", v, RM) for v in ("지워", "제거")),
    *(Said(f"web {v}", v, RESTART) for v in ("재기동", "리스타트")),
    *(Said(f"{v} nginx", v, ("docker run -d nginx",)) for v in ("spin up", "launch", "bring up")),
    Said("shut down web", "shut down", ("docker stop web",)),
    Said("bounce web", "bounce", RESTART),
    Said("tail web", "tail", ("docker logs -f web",)),  # (session 21, inc21) tail said bare before one name follows it
    # Korean by morphemes: any ending, free spacing, chat verbs
    *(Said(f"web {e}", e, RM) for e in ("지워", "지우는데", "지울 건데", "지워 놔", "지워 주실래요", "지워주삼")),
    *(Said(f"{s} 컨테이너 보여줘", s, ("docker ps",)) for s in ("살아있는", "살아 있는")),
    Said("web 살려줘", "살려줘 = start", ("docker start web",)),
    Said("nginx 까줘", "까줘 / 내려받아 = pull", ("docker pull nginx",)),
    Said("nginx 내려받아", "까줘 / 내려받아 = pull", ("docker pull nginx",)),
    Said("nginx 밀어줘", "밀어줘 = push", ("docker push nginx",)),
    Said("중지된 컨테이너 비워줘", "비워줘 = prune", ("docker container prune",), asks=True),
    Said("web 세워줘", "세워줘 = stop", ("docker stop web",)),
    Said("web 날려", "날려 = remove", RM),
    Said("web에서 ping 8.8.8.8 날려", "X에서 ping 날려", ("docker exec web ping 8.8.8.8",)),
    # chat noise changes nothing; the closed set that changes meaning
    Said("web 재시작 좀 빨리 일단 제발 ㅋㅋ ㅠㅠ 🙏", "Chat noise changes nothing", RESTART),
    Said("restart web pls real quick lol", '"real quick", "lol"', RESTART),
    *(Said(s, "negation (안, 못, 하지 마, 말아, ㄴㄴ", prohibition=True)
      for s in ("web 못 지워", "web 지우지 마", "web 지우지 말아", "web 지워 ㄴㄴ")),
    Said("web 안 지워", "negation (안, 못, 하지 마, 말아, ㄴㄴ", prohibition=True),
    *(Said(s, "don't, never) runs nothing", prohibition=True) for s in ("don't remove web", "never remove web")),
    Said("web 다시 띄워", "다시 띄워 = restart", RESTART),
    *(Said(s, "schedules (나중에, 내일, later", nothing=True)
      for s in ("web 나중에 재시작", "web 내일 재시작", "restart web later", "restart web in 5 minutes")),
    *(Said(s, "reported speech (재시작하래, 지운대, 하자고 하던데, 지운다던데)", nothing=True)
      for s in ("web 지운대", "web 재시작하자고 하던데")),
    *(Said(s, "a called-off request (web 삭제 취소, (농담), jk) is a negation", prohibition=True)
      for s in ("web 삭제 취소", "remove web jk")),
    Said("web 삭제 (농담)", "a called-off request (web 삭제 취소, (농담), jk) is a negation", prohibition=True),
    *(Said(s, '"web 삭제 🤔" runs nothing', nothing=True) for s in ("web 삭제 🤔", "web 재시작 ✅", "stop web 🤔")),
    Said("cache 꺼 아니 켜", 'a verb taken back, "cache 꺼 아니 켜", starts cache', ("docker start cache",)),
    # docker CLI as typed
    Said("docker run -d -p 80:80 --name hello nginx", "docker run -d -p 80:80 --name hello nginx",
         ("docker run -d -p 80:80 --name hello nginx",)),
    Said("docker logs -n 20 web", "docker logs -n 20 web", ("docker logs --tail 20 web",)),
    Said("ps -a", "`ps -a`", ("docker ps -a",)),
    # names
    Said("my-ng 로그", 'a unique prefix\n("web-1" for "web-1-7f3a") is enough to look at a container', ("docker logs my-nginx",)),
    Said("my-ng 재시작", 'a change needs the whole name — "my-ng 재시작" asks back with\n`my-nginx`', suggests="my-nginx"),
    Said("my- 재시작", "several matches make gorae ask which one", choices=("my-nginx", "my-volume")),
    Said("wbe 재시작", "an unknown name gets \"did you mean …\"", suggests="web"),
    Said("web 시작", '"X 시작" starts\nthe container X', ("docker start web",)),
    Said("nginx 시작", "or runs the image X when there is no such container", ("docker run -d nginx",)),
    # refused: shell metacharacters, interactive terminals
    *(Said(s, "shell metacharacters", nothing=True)
      for s in ("restart web; ls", "restart web && ls", "ls | restart web", "restart web`", "restart $(web)", "docker restart `docker ps -q`")),
    Said("restart $(docker ps -q)", "the well-known `$(docker ps -q)`", ("docker restart $(docker ps -q)",), asks=True),
    Said("docker exec -it web bash", "gorae suggests `exec` of one command", nothing=True),
    Said("web에서 ps aux | grep nginx 해줘", "is asked back as `docker exec web sh -c 'ps aux | grep nginx'`",
         proposal=("docker exec web sh -c 'ps aux | grep nginx'",)),
    *(Said(s, f'"{s}"', nothing=True) for s in ("web 쉘 열어줘", "open a shell in web", "ssh into web")),
    *(Said(s, f'"{s}"', nothing=True) for s in ("thanks for removing web", "web 재시작해줘서 고마워")),
    # a question instead of a guess
    Said("web 뭐시기 재시작", '"web 뭐시기 재시작" -> `docker restart web`', proposal=RESTART, unread=("뭐시기",)),
    Said("stop cache xyz", "gorae> stop cache xyz", proposal=("docker stop cache",), unread=("xyz",)),
    *(Said(f"web 뭐시기 {w}", w.split()[0], nothing=True) for w in ("지우지 마셈", "자정에 재시작", "퇴근하고 재시작")),
    *(Said(s, "a word that tells rather than asks (완료, 예정, [공지], FYI, 🤔)", nothing=True)
      for s in ("[완료] web 재시작", "web 뭐시기 삭제 예정", "[공지] cache 재시작", "FYI removing cache", "web 뭐시기 재시작 🤔")),
    Said("can i stop web", '"can i stop\nweb"', proposal=("docker stop web",)),
    Said("may I remove cache?", '"may I remove cache?"', proposal=("docker rm cache",)),
    Said("web 꺼도 돼?", '"web 꺼도 돼?"', proposal=("docker stop web",)),
    Said("web 재시작해도 될까요?", '"web 재시작해도 될까요?"', proposal=RESTART),
    Said("금일 작업은 db 기동입니다", '("금일 작업은 db 기동입니다":', proposal=("docker start db",)),
    *(Said(s, '("restart web ok?", "web 지울게?")', proposal=(c,))
      for s, c in (("restart web ok?", "docker restart web"), ("web 지울게?", "docker rm web"))),
    Said("can i see the logs of web?", 'i see the logs of web?", is simply answered', ("docker logs web",)),
    Said("stop the flibber web", '("stop the flibber web")', proposal=("docker stop web",), unread=("flibber",)),
    *(Said(s, "shows the container's status\nand its last 20 log lines", ("docker inspect web", "docker logs --tail 20 web"))
      for s in ("web 뻗었어", "web is down", "is web dead?")),
    Said("not web, restart cache", '("not web, restart cache"', ("docker restart cache",)),
    Said("web 건드리지 말고 cache만 재시작해", '"web 건드리지\n말고 cache만 재시작해"', ("docker restart cache",)),
    *(Said(s, "shows its details (`docker\ninspect`)", ("docker inspect web",))
      for s in ("what image is web running?", "web 무슨 이미지야?", "which network is web on?")),
    Said("hop into cache and run redis-cli ping", '("hop into cache and run redis-cli\nping"',
         ("docker exec cache redis-cli ping",)),
    Said("cache 들어가서 redis-cli info 실행해줘", '"cache 들어가서 redis-cli info 실행해줘"',
         ("docker exec cache redis-cli info",)),
    Said("cache 재시 작해줘", '("cache 재시 작해줘")', ("docker restart cache",)),
    Said("web은 두고 cache만 꺼", '"web은 두고\ncache만 꺼"', ("docker stop cache",)),
    Said("leave web alone and stop cache", '"leave web alone and stop cache"', ("docker stop cache",)),
    Said("run `docker restart web`", '"run `docker restart\nweb`"', RESTART),
    Said("web에서 `ls -la /tmp` 실행", '"web에서 `ls -la /tmp` 실행"', ("docker exec web ls -la /tmp",)),
    Said("web에서 `ls -la /tmp; rm -rf /` 실행", "a shell character inside it is still refused", nothing=True),
    # two verbs in one go
    *(Said(s, "are one ordered plan", ("docker stop web", "docker rm web"), asks=True)
      for s in ("web 중지하고 삭제해줘", "stop web then remove it")),
]


@pytest.mark.parametrize("s", SENTENCES, ids=str)
def test_sentence(s: Said) -> None:
    assert s.claim in README, f"README.md no longer says {s.claim!r}: drop or change this row"
    g = one_engine()
    ex = explain(g, s.said)
    if s.cli:
        assert isinstance(ex.planned, Plan), (ex.planned, ex.parsed)
        assert plan_key(ex.planned.cli) == plan_key(s.cli), ex.planned.cli
        if s.asks:
            assert asks_first(g, ex)
    elif s.proposal:
        assert not ex.understood and isinstance(ex.proposed, Plan), (ex.planned, ex.parsed)
        assert ex.proposed.cli == s.proposal
        assert tuple(ex.parsed.unread) == s.unread  # type: ignore[union-attr]
    elif s.prohibition:
        assert isinstance(ex.parsed, Prohibition) and runs_nothing(ex), (ex.parsed, ex.planned)
    elif s.choices:
        assert isinstance(ex.planned, Unresolved) and set(ex.planned.choices) == set(s.choices), ex.planned
    elif s.suggests:
        assert isinstance(ex.planned, Unresolved) and s.suggests in ex.planned.suggestions, ex.planned
    else:
        assert s.nothing and runs_nothing(ex), (ex.parsed, ex.planned, ex.proposed)


# --------------------------------------------------------------------------- docs/architecture.md


DOCS = {name: open(os.path.join(ROOT, name), encoding="utf-8").read()
        for name in ["README.md"] + [f"docs/{f}" for f in sorted(os.listdir(os.path.join(ROOT, "docs")))]}
_PATH = re.compile(r"(?<![\w./$-])((?:bot|grammar|tests|deploy|scripts|docs|bench)/[\w./*<>-]*[\w*>])")


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_the_files_named_exist(doc: str) -> None:
    """Every repository path a doc names (bot/…, grammar/…, tests/…, deploy/…) is there; a name
    with `*` or `<…>` is a pattern; `*.local.yaml` and `.env` are the reader's own files."""
    missing = sorted({p for p in _PATH.findall(DOCS[doc]) if not re.search(r"[*<]|\.local\.|/\.env$", p)
                      and not os.path.exists(os.path.join(ROOT, p))})
    assert not missing, f"{doc} names files that do not exist: {missing}"


def _module_imports() -> dict[str, set[str]]:
    """bot's rooms (a folder, or a top-level module) -> the rooms its modules import at module level
    (TYPE_CHECKING imports left out: they are types, not calls)."""
    import ast

    edges: dict[str, set[str]] = {}
    for folder, _dirs, files in os.walk(os.path.join(ROOT, "bot")):
        for f in files:
            if not f.endswith(".py"):
                continue
            path = os.path.join(folder, f)
            room = os.path.relpath(path, os.path.join(ROOT, "bot")).split(os.sep)[0].removesuffix(".py")
            for node in ast.parse(open(path, encoding="utf-8").read()).body:
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                edges.setdefault(room, set()).update(
                    n.split(".")[1] for n in names if n.startswith("bot.") and n.split(".")[1] != room)
    return edges


def test_the_import_floors() -> None:
    """docs/architecture.md: module-level imports between rooms have no circle; nothing but
    __main__ imports front/; language, config, messages and redact need only model."""
    edges = _module_imports()
    assert not {r for r, to in edges.items() if "front" in to} - {"__main__"}
    for room in ("language", "config", "messages", "redact"):
        assert edges.get(room, set()) <= {"model"}, (room, edges.get(room))

    def reach(start: str, seen: set[str]) -> set[str]:
        for nxt in edges.get(start, ()):
            if nxt not in seen:
                seen.add(nxt)
                reach(nxt, seen)
        return seen

    circles = sorted(r for r in edges if r in reach(r, set()))
    assert not circles, f"import circle through {circles}"
