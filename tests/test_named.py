"""bot/engine/named.py without an engine: where the named engines come from (docker contexts, config, environment), their patterns, a failed TLS handshake."""
from __future__ import annotations

import hashlib
import json

import pytest

from bot.engine.named import (
    DEFAULT,
    EnginesInvalid,
    context_dir_name,
    docker_contexts,
    engine_matches,
    load_engines,
    with_context,
)
from bot.messages import text


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


def test_engine_patterns():
    assert engine_matches("staging-2", ["staging-*"])
    assert not engine_matches("prod-1", ["staging-*"])
    assert not engine_matches("staging-db", ["staging-*", "!staging-db"])
    assert with_context("docker restart web", "prod-1") == "docker --context prod-1 restart web"


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


# --------------------------------------------------------------------------- the environment's engine (env_engine)
# DOCKER_HOST + DOCKER_TLS_VERIFY + DOCKER_CERT_PATH are read once, as the docker CLI reads them
# (cli/flags/options.go); the client of that engine is made by client_for, as every other's
# (with REQUESTS_CA_BUNDLE ignored: tests/test_e2e_engines_tls.py runs it against a real engine).


def _certs(d, *names):
    d.mkdir(parents=True, exist_ok=True)
    for n in names:
        (d / n).write_text("-----BEGIN CERTIFICATE-----\n")
    return d


def test_the_environment_s_engine_without_tls():
    from bot.engine.named import env_engine

    spec = env_engine({"DOCKER_HOST": "tcp://127.0.0.1:2375", "DOCKER_CERT_PATH": "/nowhere"})
    assert (spec.name, spec.host, spec.tls, spec.source) == (DEFAULT, "tcp://127.0.0.1:2375", None, "env")
    assert env_engine({}).host == "unix:///var/run/docker.sock"
    assert env_engine({"DOCKER_TLS_VERIFY": ""}).tls is None  # empty is unset, as for the CLI


def test_the_environment_s_engine_with_tls_verify_and_a_cert_path(tmp_path):
    from bot.engine.named import TLSFiles, env_engine

    d = _certs(tmp_path / "certs", "ca.pem", "cert.pem", "key.pem")
    spec = env_engine({"DOCKER_HOST": "tcp://127.0.0.1:2376", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(d)})
    assert spec.tls == TLSFiles(str(d / "ca.pem"), str(d / "cert.pem"), str(d / "key.pem"), verify=True)
    # the same spec load_engines gives the CLI's default context
    engines = load_engines({"DOCKER_HOST": "tcp://127.0.0.1:2376", "DOCKER_TLS_VERIFY": "1",
                            "DOCKER_CERT_PATH": str(d), "HOME": str(tmp_path), "DOCKER_CONFIG": str(tmp_path)}, {})
    assert engines.get(DEFAULT) == spec


def test_the_environment_s_tls_files_default_to_dot_docker_and_only_those_that_exist(tmp_path):
    from bot.engine.named import TLSFiles, env_engine

    _certs(tmp_path / ".docker", "ca.pem")
    spec = env_engine({"DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": "1", "HOME": str(tmp_path)})
    assert spec.tls == TLSFiles(str(tmp_path / ".docker" / "ca.pem"), None, None, verify=True)
    # DOCKER_TLS without DOCKER_TLS_VERIFY: TLS, the engine's certificate not verified
    tls = env_engine({"DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS": "1", "HOME": str(tmp_path)}).tls
    assert tls is not None and tls.verify is False


def test_the_environment_s_client_is_made_by_client_for(monkeypatch, tmp_path):
    """view.docker_client: one home for SDK clients (the TLS fix of client_for applies)."""
    from bot.engine import named, view

    d = _certs(tmp_path / "c", "ca.pem", "cert.pem", "key.pem")
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2376")
    monkeypatch.setenv("DOCKER_TLS_VERIFY", "1")
    monkeypatch.setenv("DOCKER_CERT_PATH", str(d))
    seen = []

    def fake_client_for(spec, timeout=60):
        seen.append((spec, timeout))
        raise view.EngineUnavailable(spec.where, tls=True, source=spec.source)

    monkeypatch.setattr(named, "client_for", fake_client_for)
    with pytest.raises(view.EngineUnavailable) as e:
        view.docker_client(timeout=7)
    assert seen == [(named.env_engine(), 7)]
    assert str(e.value) == "tcp://127.0.0.1:2376"  # named by its host, as before
    msg = e.value.message()
    assert msg.key == "engine.tls_refused_env"
    assert "DOCKER_CERT_PATH" in text(msg, "en") and "DOCKER_CERT_PATH" in text(msg, "ko")
    assert view.env_tls()


def test_a_failed_tls_handshake_says_where_the_files_come_from():
    from bot.engine.view import EngineUnavailable

    where = "x (tcp://127.0.0.1:2376)"
    keys = {s: EngineUnavailable(where, tls=True, source=s).message().key for s in ("config", "context", "env")}
    assert keys == {"config": "engine.tls_refused", "context": "engine.tls_refused_context",
                    "env": "engine.tls_refused_env"}
    assert "docker context inspect" in text(keys["context"], "en", where=where)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_one_character_engine_name_is_refused_with_the_rule_it_breaks(lang):
    with pytest.raises(EnginesInvalid) as e:
        load_engines({"HOME": "/nonexistent", "DOCKER_CONFIG": "/nonexistent"}, {"engines": {"b": "unix:///x.sock"}})
    (problem,) = e.value.problems
    assert problem.key == "engines.bad_name"
    said = text(problem, lang)
    assert ("two characters or more" if lang == "en" else "두 글자 이상") in said and "`b`" in said
    load_engines({"HOME": "/nonexistent", "DOCKER_CONFIG": "/nonexistent"}, {"engines": {"b2": "unix:///x.sock"}})
