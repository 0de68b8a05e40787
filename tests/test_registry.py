"""bot/engine/registry.py against a tiny registry stand-in on 127.0.0.1 (unit tests: no engine).

The stand-in serves /v2/<repo>/manifests/<ref> and /v2/<repo>/blobs/<digest> as the
distribution spec says (content type = media type), optionally behind the anonymous
bearer token flow (401 + WWW-Authenticate, a token endpoint, then `Authorization: Bearer`).
The real-engine proof is tests/test_e2e_registry.py.
"""
from __future__ import annotations

import contextlib
import hashlib
import http.server
import json
import threading
import urllib.parse
from collections.abc import Iterator

import pytest

from bot.engine import registry
from bot.engine.registry import (
    DOCKER_LIST,
    DOCKER_V2,
    OCI_INDEX,
    OCI_MANIFEST,
    ImageRef,
    RegistryUnreadable,
    endpoints,
    exposed_ports,
    parse_challenge,
    parse_ref,
)

TOKEN = "t0ken-for-pull"
HUB = registry.HUB_ENDPOINT  # as shipped (the fixture below keeps tests off the internet)


@pytest.fixture(autouse=True)
def _no_hub(monkeypatch):
    """Docker Hub stands at a closed local port: a test never leaves 127.0.0.1."""
    monkeypatch.setattr(registry, "HUB_ENDPOINT", "http://127.0.0.1:9")


def _repo_of(path: str) -> str:
    """/v2/e2e/app/manifests/v1 -> e2e/app"""
    return path.removeprefix("/v2/").rsplit("/", 2)[0]


def _digest(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


class Stand:
    """What the stand-in serves: path -> (content type, body); who asked for what."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.auth = False  # demand a bearer token
        self.hang = False  # accept, never answer in time
        self.seen: list[tuple[str, str, str]] = []  # (path, Accept, Authorization)
        self.base = ""

    def image(self, repo: str, ref: str, exposed: dict | None, per_arch: dict[str, dict | None] | None = None,
              list_type: str = DOCKER_LIST, manifest_type: str = DOCKER_V2) -> None:
        """Publish repo:ref: a single manifest whose config EXPOSEs `exposed`, or (per_arch) a
        manifest list with one manifest per architecture, each with its own EXPOSE."""
        entries = []
        for arch, ports in (per_arch or {"amd64": exposed}).items():
            config = json.dumps({"architecture": arch, "os": "linux", "config": {"ExposedPorts": ports}}).encode()
            self.files[f"/v2/{repo}/blobs/{_digest(config)}"] = ("application/octet-stream", config)
            man = json.dumps({"schemaVersion": 2, "mediaType": manifest_type,
                              "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                                         "digest": _digest(config), "size": len(config)},
                              "layers": []}).encode()
            self.files[f"/v2/{repo}/manifests/{_digest(man)}"] = (manifest_type, man)
            self.files[f"/v2/{repo}/manifests/{ref}"] = (manifest_type, man)
            entries.append({"mediaType": manifest_type, "digest": _digest(man), "size": len(man),
                            "platform": {"os": "linux", "architecture": arch}})
        if per_arch is not None:
            windows = {"digest": "sha256:" + "0" * 64, "size": 1, "platform": {"os": "windows", "architecture": "amd64"}}
            index = json.dumps({"schemaVersion": 2, "mediaType": list_type, "manifests": [windows, *entries]}).encode()
            self.files[f"/v2/{repo}/manifests/{ref}"] = (list_type, index)


@pytest.fixture
def stand() -> Iterator[Stand]:
    st = Stand()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            st.seen.append((self.path, self.headers.get("Accept", ""), self.headers.get("Authorization", "")))
            if st.hang:
                threading.Event().wait(2.0)
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/token":
                q = urllib.parse.parse_qs(url.query)
                ok = q.get("service") == ["stand.test"] and q.get("scope", [""])[0].startswith("repository:")
                return self._send(200 if ok else 400, "application/json", json.dumps({"token": TOKEN}).encode())
            if st.auth and self.headers.get("Authorization") != f"Bearer {TOKEN}":
                self.send_response(401)
                self.send_header("WWW-Authenticate", f'Bearer realm="{st.base}/token",service="stand.test",'
                                                     f'scope="repository:{_repo_of(url.path)}:pull"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            found = st.files.get(url.path)
            if found is None:
                return self._send(404, "application/json", b'{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
            return self._send(200, *found)

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (the deadline test)
                self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    st.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield st
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def hub_via(st: Stand) -> dict:
    """A RegistryConfig whose Docker Hub mirror is the stand-in (as this machine's engine)."""
    return {"Mirrors": [st.base + "/"], "IndexConfigs": {"docker.io": {"Mirrors": [st.base + "/"], "Secure": True}},
            "InsecureRegistryCIDRs": ["127.0.0.0/8"]}


# --------------------------------------------------------------------------- references


@pytest.mark.parametrize("ref, want", [
    ("nginx", ImageRef("docker.io", "library/nginx", "latest")),
    ("nginx:1.25", ImageRef("docker.io", "library/nginx", "1.25")),
    ("fastcampus/hello-world", ImageRef("docker.io", "fastcampus/hello-world", "latest")),
    ("docker.io/nginx", ImageRef("docker.io", "library/nginx", "latest")),
    ("index.docker.io/library/redis:7", ImageRef("docker.io", "library/redis", "7")),
    ("127.0.0.1:5000/e2e/x:v1", ImageRef("127.0.0.1:5000", "e2e/x", "v1")),
    ("localhost/a", ImageRef("localhost", "a", "latest")),
    ("ghcr.io/o/r@sha256:" + "a" * 64, ImageRef("ghcr.io", "o/r", None, "sha256:" + "a" * 64)),
])
def test_reference_is_normalized_as_docker_does(ref, want):
    assert parse_ref(ref) == want


@pytest.mark.parametrize("ref", ["Nginx", "nginx:", "-x", "a//b", "nginx:bad tag"])
def test_no_reference_is_unreadable(ref):
    with pytest.raises(RegistryUnreadable):
        parse_ref(ref)


def test_hub_is_pulled_through_the_engine_mirrors_then_the_hub():
    cfg = {"Mirrors": ["http://127.0.0.1:5000/"], "IndexConfigs": {}, "InsecureRegistryCIDRs": ["127.0.0.0/8"]}
    assert HUB == "https://registry-1.docker.io"
    assert endpoints(parse_ref("nginx"), cfg) == ["http://127.0.0.1:5000", registry.HUB_ENDPOINT]
    assert endpoints(parse_ref("nginx"), None) == [registry.HUB_ENDPOINT]


def test_other_registries_are_asked_directly_http_only_when_insecure():
    cfg = {"Mirrors": ["http://127.0.0.1:5000/"], "InsecureRegistryCIDRs": ["127.0.0.0/8"],
           "IndexConfigs": {"reg.local:5000": {"Secure": False, "Mirrors": []}}}
    assert endpoints(parse_ref("127.0.0.1:5000/a/b"), cfg) == ["http://127.0.0.1:5000"]
    assert endpoints(parse_ref("reg.local:5000/a"), cfg) == ["http://reg.local:5000"]
    assert endpoints(parse_ref("ghcr.io/o/r"), cfg) == ["https://ghcr.io"]


def test_challenge_parameters():
    got = parse_challenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",'
                          'scope="repository:library/nginx:pull"')
    assert got == {"realm": "https://auth.docker.io/token", "service": "registry.docker.io",
                   "scope": "repository:library/nginx:pull"}


def test_engine_architecture_names():
    assert registry.platform_arch("x86_64") == "amd64"
    assert registry.platform_arch("aarch64") == "arm64"


# --------------------------------------------------------------------------- the reads


def test_plain_v2_manifest_then_config(stand):
    stand.image("library/web", "latest", {"80/tcp": {}})
    assert exposed_ports("web", hub_via(stand)) == ("80/tcp",)
    paths = [p for p, _, _ in stand.seen]
    assert paths[0] == "/v2/library/web/manifests/latest"
    assert paths[1].startswith("/v2/library/web/blobs/sha256:")
    accept = stand.seen[0][1]
    for media in (OCI_INDEX, DOCKER_LIST, DOCKER_V2, OCI_MANIFEST):
        assert media in accept


@pytest.mark.parametrize("list_type, manifest_type", [(DOCKER_LIST, DOCKER_V2), (OCI_INDEX, OCI_MANIFEST)])
def test_manifest_list_picks_linux_and_the_engine_architecture(stand, list_type, manifest_type):
    # a different EXPOSE per architecture proves which one was read
    stand.image("library/multi", "1.0", None, per_arch={"arm64": {"81/tcp": {}}, "amd64": {"80/tcp": {}}},
                list_type=list_type, manifest_type=manifest_type)
    assert exposed_ports("multi:1.0", hub_via(stand), arch="amd64") == ("80/tcp",)
    assert exposed_ports("multi:1.0", hub_via(stand), arch="arm64") == ("81/tcp",)
    with pytest.raises(RegistryUnreadable, match="linux/s390x"):
        exposed_ports("multi:1.0", hub_via(stand), arch="s390x")


def test_no_expose_and_several(stand):
    stand.image("library/quiet", "latest", None)
    stand.image("library/two", "latest", {"443/tcp": {}, "80/tcp": {}, "53/udp": {}})
    assert exposed_ports("quiet", hub_via(stand)) == ()
    assert exposed_ports("two", hub_via(stand)) == ("443/tcp", "53/udp", "80/tcp")


def test_anonymous_bearer_token_flow(stand):
    stand.auth = True
    stand.image("e2e/app", "v1", {"8000/tcp": {}})
    cfg = {"IndexConfigs": {}, "InsecureRegistryCIDRs": ["127.0.0.0/8"]}
    ref = stand.base.removeprefix("http://") + "/e2e/app:v1"  # the registry itself, not a mirror
    assert exposed_ports(ref, cfg) == ("8000/tcp",)
    tokens = [p for p, _, _ in stand.seen if p.startswith("/token")]
    assert len(tokens) == 1  # one token, reused for the config blob
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(tokens[0]).query)
    assert q == {"service": ["stand.test"], "scope": ["repository:e2e/app:pull"]}
    authed = [(p, a) for p, _, a in stand.seen if a]
    assert [p.split("/")[4] for p, _ in authed] == ["manifests", "blobs"]
    assert all(a == f"Bearer {TOKEN}" for _, a in authed)


def test_not_in_the_registry_is_unreadable(stand):
    with pytest.raises(RegistryUnreadable, match="404"):
        exposed_ports("nothing-here", {"Mirrors": [stand.base]}, timeout=2.0)


def test_the_mirror_failing_falls_back_to_the_next_endpoint(stand, monkeypatch):
    stand.image("library/web", "latest", {"80/tcp": {}})
    monkeypatch.setattr(registry, "HUB_ENDPOINT", stand.base)  # the "hub" is the stand-in
    cfg = {"Mirrors": ["http://127.0.0.1:9/"]}  # nothing listens on the discard port
    assert exposed_ports("web", cfg, timeout=2.0) == ("80/tcp",)


def test_a_silent_registry_is_bounded(stand):
    stand.hang = True
    stand.image("library/web", "latest", {"80/tcp": {}})
    with pytest.raises(RegistryUnreadable):
        exposed_ports("web", hub_via(stand), timeout=0.3)


def test_malformed_answers_are_unreadable(stand):
    stand.files["/v2/library/junk/manifests/latest"] = (DOCKER_V2, b"not json")
    stand.files["/v2/library/noconf/manifests/latest"] = (DOCKER_V2, b'{"schemaVersion": 2}')
    for ref in ("junk", "noconf"):
        with pytest.raises(RegistryUnreadable):
            exposed_ports(ref, hub_via(stand), timeout=2.0)


def test_the_hub_is_not_asked_when_a_mirror_answered(stand):
    # the mirror says "not here": the read ends there (a question for the asker), no call to the hub
    with pytest.raises(RegistryUnreadable) as info:
        exposed_ports("nothing-here", {"Mirrors": [stand.base]}, timeout=2.0)
    assert str(info.value) == f"{stand.base}: HTTP 404 for /v2/library/nothing-here/manifests/latest"
