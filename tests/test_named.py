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
