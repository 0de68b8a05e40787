"""Named engines without an engine: where they come from, how a sentence names one, what is planned.

Real engines (unix, ssh, a silent socket) are in tests/test_e2e_engines.py; the policy's
engine patterns in tests/test_policy_engines.py.
"""
from __future__ import annotations

import hashlib
import json
import re
from importlib import resources

import pytest
from fakes import FakeView

from bot.engine.fanout import combine
from bot.engine.named import (
    DEFAULT,
    Engines,
    EnginesInvalid,
    EngineSpec,
    context_dir_name,
    docker_contexts,
    engine_matches,
    load_engines,
    with_context,
)
from bot.engine.view import NullView
from bot.language import engine_clause
from bot.language.engine_clause import EVERY, find
from bot.messages import text
from bot.model import Actor, Msg, Outcome, Plan, Request, Table, Unresolved
from bot.pipeline import Gorae

# ----------------------------------------------------------------------------- the clause grammar

EXAMPLE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _grammar_examples() -> list[tuple[str, str]]:
    """(example, rule) for every `// "..."` comment line above a rule of grammar/engines.lark."""
    lines = resources.files("grammar").joinpath("engines.lark").read_text(encoding="utf-8").splitlines()
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for line in lines:
        if line.startswith("// ") and '"' in line:
            pending += EXAMPLE.findall(line)
            continue
        found = re.match(r"^\??([a-z_]+)\s*:", line)
        if found and pending:
            out += [(ex, found.group(1)) for ex in pending]
        if not line.startswith("//"):
            pending = []
    return out


GRAMMAR_EXAMPLES = _grammar_examples()


def test_the_grammar_has_examples():
    assert {rule for _, rule in GRAMMAR_EXAMPLES} >= {"one", "loose", "every"}


@pytest.mark.parametrize("example, rule", GRAMMAR_EXAMPLES, ids=[f"{r}:{e}" for e, r in GRAMMAR_EXAMPLES])
def test_grammar_example(example, rule):
    got = engine_clause.read(example)
    assert got is not None, example
    name, loose = got
    if rule == "every":
        assert name == EVERY
    else:
        assert name != EVERY and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.+-]*", name)
        assert loose == (rule == "loose"), example


@pytest.mark.parametrize("sentence, rest, engine, loose", [
    ("prod-1에서 web 재시작", "web 재시작", "prod-1", True),
    ("web 재시작해줘 (staging)", "web 재시작해줘", "staging", False),
    ("web 재시작해줘(staging)", "web 재시작해줘", "staging", False),
    ("restart web on prod-1", "restart web", "prod-1", True),
    ("restart web on host prod-1", "restart web", "prod-1", False),
    ("prod-1 서버에서 web 로그 보여줘", "web 로그 보여줘", "prod-1", False),
    ("모든 서버에서 web 재시작", "web 재시작", EVERY, False),
    ("restart web on every host", "restart web", EVERY, False),
    ("전체 서버 컨테이너 목록", "컨테이너 목록", EVERY, False),
    ("ps on all hosts", "ps", EVERY, False),
    ("restart web every host", "restart web", EVERY, False),
    ("list containers across all servers", "list containers", EVERY, False),
])
def test_clause_found(sentence, rest, engine, loose):
    c = find(sentence)
    assert c is not None and (c.rest, c.engine, c.loose) == (rest, engine, loose)


@pytest.mark.parametrize("sentence", [
    "web 재시작", "run nginx on port 80", "docker --context prod-1 restart web", "restart web in 5 minutes",
    "전체 컨테이너 목록", "prod-1에서", "nginx 80포트로 실행",
])
def test_no_clause(sentence):
    assert find(sentence) is None


# ----------------------------------------------------------------------------- where engines come from


def _context(root, name, host, tls=False, skip=False):
    d = root / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    d.mkdir(parents=True)
    (d / "meta.json").write_text(json.dumps({
        "Name": name, "Metadata": {"Description": f"{name} engine"},
        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip}}}))
    if tls:
        t = root / "contexts" / "tls" / context_dir_name(name) / "docker"
        t.mkdir(parents=True)
        for f in ("ca", "cert", "key"):
            (t / f"{f}.pem").write_text("x")


def test_context_dir_is_the_sha256_of_the_name():
    # docker/cli cli/context/store: contextdirOf(name) = digest.FromString(name).Encoded()
    assert context_dir_name("prod-1") == hashlib.sha256(b"prod-1").hexdigest()


def test_docker_contexts_are_read_as_the_cli_reads_them(tmp_path):
    _context(tmp_path, "prod-1", "ssh://deploy@10.0.0.5")
    _context(tmp_path, "staging", "tcp://10.0.0.9:2376", tls=True, skip=True)
    (tmp_path / "contexts" / "meta" / "broken").mkdir()
    (tmp_path / "contexts" / "meta" / "broken" / "meta.json").write_text("{not json")
    specs, problems = docker_contexts(tmp_path)
    by = {s.name: s for s in specs}
    assert by["prod-1"].host == "ssh://deploy@10.0.0.5" and by["prod-1"].tls is None
    assert by["prod-1"].source == "context" and by["prod-1"].description == "prod-1 engine"
    tls = by["staging"].tls
    assert tls is not None and tls.verify is False and tls.cert and tls.cert.endswith("docker/cert.pem")
    assert [p.key for p in problems] == ["engines.bad_context"]


def test_load_engines_merges_env_contexts_and_config(tmp_path):
    _context(tmp_path, "prod-1", "ssh://deploy@10.0.0.5")
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": "prod-1"}))
    env = {"DOCKER_CONFIG": str(tmp_path), "DOCKER_HOST": "unix:///tmp/x.sock"}
    e = load_engines(env, {"engines": {"beta": "unix:///var/run/docker-b.sock",
                                       "prod-1": {"host": "ssh://ops@10.0.0.6"}}})
    assert e.names() == ("prod-1", "beta", "default")  # the CLI's current context is the default
    assert e.get("default").host == "unix:///tmp/x.sock"  # the CLI's implicit context: DOCKER_HOST
    assert e.get("prod-1").host == "ssh://ops@10.0.0.6" and e.get("prod-1").source == "config"
    env2 = {**env, "DOCKER_CONTEXT": "default"}
    assert load_engines(env2, {"engines": {"beta": "unix:///b.sock"}}).default == "default"
    marked = load_engines(env, {"engines": {"beta": {"host": "unix:///b.sock", "default": True}}})
    assert marked.default == "beta"
    chosen = load_engines(env, {"engines": {"beta": "unix:///b.sock"}, "default_engine": "default"})
    assert chosen.default == "default"


def test_no_contexts_no_config_is_one_engine(tmp_path):
    e = load_engines({"DOCKER_CONFIG": str(tmp_path)}, {})
    assert e.names() == (DEFAULT,) and not e.many
    assert e.get(DEFAULT).host == "unix:///var/run/docker.sock"


def test_config_errors_are_all_said(tmp_path):
    with pytest.raises(EnginesInvalid) as err:
        load_engines({"DOCKER_CONFIG": str(tmp_path)}, {
            "engines": {"bad name": "unix:///x", "web": "http//nope", "tls1": {"host": "tcp://h:2376",
                                                                         "tls": {"cert": "/nonexistent.pem"}},
                        "num": 3},
            "default_engine": "nowhere"})
    keys = sorted(p.key for p in err.value.problems)
    assert keys == ["engines.bad_default", "engines.bad_entry", "engines.bad_host", "engines.bad_name",
                    "engines.tls_missing"]
    for p in err.value.problems:  # one sentence each, both languages
        assert text(p, "ko") != p.key and text(p, "en") != p.key


def test_config_file_discovery(tmp_path, monkeypatch):
    from bot.config import config_files, read_config

    cfg = tmp_path / "gorae" / "config.yaml"
    cfg.parent.mkdir()
    cfg.write_text("engines:\n  b: unix:///var/run/docker-b.sock\n")
    assert config_files({"XDG_CONFIG_HOME": str(tmp_path)}) == [str(cfg)]
    assert read_config({"GORAE_CONFIG": str(cfg)})["engines"] == {"b": "unix:///var/run/docker-b.sock"}
    assert read_config({"XDG_CONFIG_HOME": str(tmp_path / "none"), "HOME": str(tmp_path / "none")}) == {}


def test_engine_patterns():
    assert engine_matches("staging-2", ["staging-*"])
    assert not engine_matches("prod-1", ["staging-*"])
    assert not engine_matches("staging-db", ["staging-*", "!staging-db"])
    assert with_context("docker restart web", "prod-1") == "docker --context prod-1 restart web"


# ----------------------------------------------------------------------------- planning on engines


WEB_B = [("web", "nginx", "running"), ("cache", "redis", "running")]
ONLY_A = [("db", "mysql:5.7", "created"), ("web", "nginx", "running")]


class EnginesGorae(Gorae):
    """Gorae over fake views, one per engine; `mute` never answers."""

    VIEWS = {"alpha": lambda: FakeView(containers=ONLY_A), "beta": lambda: FakeView(containers=WEB_B),
             "mute": lambda: NullView(Msg.of("engine.no_answer", where="mute (unix:///tmp/m.sock)", seconds=5))}

    def view(self, engine=None):
        return self.VIEWS[engine or self.known_engines().default]()


def gorae(*names, default="alpha"):
    specs = {n: EngineSpec(n, f"unix:///tmp/{n}.sock", source="config") for n in names}
    return EnginesGorae(engines=Engines(specs, default))


LOCAL = Request("", Actor("local:me", local=True), "terminal")


def explain(g, sentence):
    return g.explain(sentence, Request(sentence, LOCAL.actor, LOCAL.channel))


@pytest.mark.parametrize("sentence", [
    "beta에서 web 재시작", "web 재시작해줘 (beta)", "restart web on beta", "docker --context beta restart web",
    "docker -c beta restart web", "restart web on host beta", "beta 서버에서 web 재시작해 주세요",
])
def test_every_dialect_names_the_engine(sentence):
    ex = explain(gorae("alpha", "beta"), sentence)
    assert isinstance(ex.planned, Plan), ex.planned
    assert ex.planned.engine == "beta"
    assert ex.planned.cli == ("docker --context beta restart web",)


def test_the_cli_names_the_engine_only_when_there_are_several():
    g = EnginesGorae(engines=Engines({"alpha": EngineSpec("alpha", "unix:///tmp/a.sock", source="config")}, "alpha"))
    ex = explain(g, "restart web")
    assert ex.planned.cli == ("docker restart web",) and ex.planned.engine is None


@pytest.mark.parametrize("sentence", [
    "restart web on prod-9", "prod-9에서 web 재시작", "web 재시작해줘 (prod-9)", "docker --context prod-9 restart web",
])
def test_an_unknown_engine_is_refused_with_the_known_ones(sentence):
    ex = explain(gorae("alpha", "beta"), sentence)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.unknown"
    assert dict(ex.planned.reason.params)["known"] == "alpha, beta"
    assert "prod-9" in text(ex.planned.reason, "ko") and "alpha, beta" in text(ex.planned.reason, "en")


def test_a_raw_host_stays_refused():
    ex = explain(gorae("alpha", "beta"), "docker -H tcp://10.0.0.1:2375 restart web")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "plan.host_flag"


def test_a_loose_phrase_that_is_not_an_engine_stays_a_phrase():
    ex = explain(gorae("alpha", "beta"), "web에서 ls 실행")  # exec in web, not an engine called web
    # web runs on alpha and on beta: which one is asked (engines2: it ran on the default unasked)
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.ambiguous"
    assert ex.planned.choices == ("docker --context alpha exec web ls", "docker --context beta exec web ls")
    again = explain(gorae("alpha", "beta"), ex.planned.choices[1])
    assert isinstance(again.planned, Plan) and again.planned.verb == "exec"
    assert again.planned.cli == ("docker --context beta exec web ls",)


def test_a_name_on_several_engines_asks_which():
    ex = explain(gorae("alpha", "beta"), "web 재시작")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "engines.ambiguous"
    assert ex.planned.choices == ("web 재시작 (alpha)", "web 재시작 (beta)")
    # a choice is a sentence that names the engine: it plans on that engine only
    again = explain(gorae("alpha", "beta"), ex.planned.choices[1])
    assert again.planned.engine == "beta"


def test_a_name_on_one_engine_is_found_there():
    ex = explain(gorae("alpha", "beta"), "restart cache")
    assert ex.planned.engine == "beta" and ex.planned.cli == ("docker --context beta restart cache",)
    ex = explain(gorae("alpha", "beta"), "db 로그 보여줘")
    assert ex.planned.engine == "alpha"


def test_a_name_nowhere_is_the_default_engines_answer():
    ex = explain(gorae("alpha", "beta"), "restart nosuch")
    assert isinstance(ex.planned, Unresolved) and ex.planned.reason.key == "plan.no_such_container"


def test_a_silent_engine_is_left_out_of_a_search_and_said():
    ex = explain(gorae("alpha", "beta", "mute"), "restart cache")
    assert ex.planned.engine == "beta"
    assert [n.key for n in ex.planned.notes] == ["engines.skipped"]
    assert "mute" in text(ex.planned.notes[0], "en")


def test_every_engine_is_one_plan_per_engine_confirmed_once():
    g = gorae("alpha", "beta")
    ex = explain(g, "모든 서버에서 web 재시작")
    p = ex.planned
    assert isinstance(p, Plan) and p.engine == EVERY
    assert [s.engine for s in p.steps] == ["alpha", "beta"]
    assert p.cli == ("docker --context alpha restart web", "docker --context beta restart web")
    assert ex.decision.kind == "confirm" and ex.decision.reason.key == "engines.confirm_many"


def test_every_engine_leaves_out_those_without_the_name_and_the_silent():
    ex = explain(gorae("alpha", "beta", "mute"), "restart cache on every host")
    p = ex.planned
    assert [s.engine for s in p.steps] == ["beta"]
    assert sorted(n.key for n in p.notes) == ["engines.not_there", "engines.skipped"]


def test_ps_on_all_hosts_reads_and_is_not_asked():
    ex = explain(gorae("alpha", "beta"), "ps on all hosts")
    assert ex.planned.cli == ("docker --context alpha ps", "docker --context beta ps")
    assert ex.decision.kind == "allow"


def test_fanout_outcome_is_one_table_with_an_engine_column():
    t = Table(("CONTAINER ID", "NAMES"), (("1", "web"),))
    out = combine({"alpha": Outcome(True, Msg.of("done.ps"), t),
                   "beta": Outcome(True, Msg.of("done.ps"), Table(t.columns, (("2", "web"), ("3", "cache")))),
                   "mute": Outcome(False, Msg.of("engine.no_answer", where="mute", seconds=5))})
    assert out.table.columns == ("ENGINE", "CONTAINER ID", "NAMES")
    assert out.table.rows == (("alpha", "1", "web"), ("beta", "2", "web"), ("beta", "3", "cache"))
    assert not out.ok and out.message.key == "engines.fanout_failed"
    assert any("[mute]" in text(d, "en") for d in out.details)


def test_replan_at_the_yes_stays_on_the_engine():
    g = gorae("alpha", "beta")
    ex = explain(g, "beta에서 web 재시작")
    assert g._replan(ex.planned).engine == "beta"
    ex = explain(g, "restart web on every host")
    assert [s.engine for s in g._replan(ex.planned).steps] == ["alpha", "beta"]


# ----------------------------------------------------------------------------- alerts say their engine


def test_a_slack_alert_of_several_engines_names_its_engine():
    from bot.alerts.incidents import Incident
    from bot.front.slack.alerts import render_alert
    from bot.policy.alertrules import AlertRules

    inc = Incident("prod-1/web/died", "prod-1", "web", "died", 1000.0, 1000.0, "id", "nginx", exit_code=3)
    one = render_alert(inc, None, "en", rules=AlertRules())
    many = render_alert(inc, None, "ko", rules=AlertRules(), label_engine=True)
    assert not one.text.startswith("[prod-1]")
    assert many.text.startswith("[prod-1] ") and many.blocks[0]["text"]["text"].startswith("[prod-1] ")


def test_a_failed_tls_handshake_is_said_as_such():
    """engines2: the TLS refusal (a wrong client certificate) is its own sentence; the real one
    is tests/test_e2e_engines_tls.py."""
    import ssl

    from docker.errors import DockerException

    from bot.engine.named import tls_failure
    from bot.engine.view import EngineUnavailable

    try:
        try:
            raise ssl.SSLError(1, "[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca")
        except ssl.SSLError as inner:
            raise DockerException(f"Error while fetching server API version: {inner!r}") from inner
    except DockerException as e:
        assert tls_failure(e)
    assert not tls_failure(DockerException("Error while fetching server API version: Connection refused"))
    msg = EngineUnavailable("secure-b (tcp://127.0.0.1:2376)", tls=True).message()
    assert msg.key == "engine.tls_refused"
    assert "secure-b (tcp://127.0.0.1:2376)" in text(msg, "en") and "TLS" in text(msg, "ko")
