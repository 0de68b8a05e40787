"""Read an image's EXPOSEd ports from the registry the engine would pull it from (read-only).

`plan` needs the container port of "nginx 8080포트로" (design §2: N:P when the image
EXPOSEs exactly one port P) also when the image is not on the engine yet. This module
reads it the way `docker pull` would find it, without pulling:

1. the reference, normalized as docker does (`nginx` -> docker.io/library/nginx:latest);
2. where the engine pulls from: for Docker Hub its mirrors (`docker info`
   RegistryConfig.Mirrors), then registry-1.docker.io (only when no mirror answered at
   all: a mirror's "not here" ends the read, unread); else the registry host itself
   (http when the engine calls it insecure: IndexConfigs Secure=false or an
   InsecureRegistryCIDRs address);
3. GET /v2/<repo>/manifests/<tag> (OCI index, Docker manifest list, v2 manifest, OCI
   manifest); from a list, the linux/<engine architecture> entry;
4. GET the config blob, and its config.ExposedPorts.

A registry that answers 401 with `WWW-Authenticate: Bearer realm=…,service=…,scope=…`
gets the anonymous token flow of the distribution spec (token auth). Every request shares
one deadline (`timeout` seconds in all). Nothing here writes anything.
"""
from __future__ import annotations

import ipaddress
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

DOCKER_HUB = "docker.io"
HUB_ENDPOINT = "https://registry-1.docker.io"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_V2 = "application/vnd.docker.distribution.manifest.v2+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
DOCKER_V1 = "application/vnd.docker.distribution.manifest.v1+json"
ACCEPT = ", ".join((OCI_INDEX, DOCKER_LIST, DOCKER_V2, OCI_MANIFEST))
_LISTS = (OCI_INDEX, DOCKER_LIST)
_MAX_BODY = 4 * 1024 * 1024  # bytes: a manifest or config larger than this is not one
# the engine's `docker info` Architecture (uname -m) -> the OCI platform architecture
_ARCH = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64", "armv7l": "arm",
         "armv6l": "arm", "i386": "386", "i686": "386", "ppc64le": "ppc64le", "s390x": "s390x",
         "riscv64": "riscv64"}


class RegistryUnreadable(Exception):
    """The registry could not be read (no answer, not found, refused, malformed): the reason.

    `answered`: the registry did answer (an HTTP status or a body), it just had no readable image.
    """

    def __init__(self, reason: str, answered: bool = False) -> None:
        super().__init__(reason)
        self.answered = answered


@dataclass(frozen=True)
class ImageRef:
    """A reference as docker normalizes it: domain "docker.io", path "library/nginx", tag "latest"."""

    domain: str
    path: str
    tag: str | None = None
    digest: str | None = None

    @property
    def reference(self) -> str:
        """The manifest reference: the digest when given, else the tag."""
        return self.digest or self.tag or "latest"


def parse_ref(ref: str) -> ImageRef:
    """`nginx` -> ImageRef("docker.io", "library/nginx", "latest"); `127.0.0.1:5000/a/b:1@sha256:…`
    keeps its registry, tag and digest (docker's reference.ParseNormalizedNamed rules).

    Raises RegistryUnreadable when `ref` is no image reference.
    """
    name, _, digest = ref.partition("@")
    first, slash, rest = name.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        domain, remainder = first, rest
    else:
        domain, remainder = DOCKER_HUB, name
    if domain in ("index.docker.io", "registry-1.docker.io"):
        domain = DOCKER_HUB
    last = remainder.rsplit("/", 1)[-1]
    tag = None
    if ":" in last:
        remainder, tag = remainder.rsplit(":", 1)
    if domain == DOCKER_HUB and "/" not in remainder:
        remainder = "library/" + remainder
    if not re.fullmatch(r"[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*", remainder):
        raise RegistryUnreadable(f"not an image reference: {ref!r}")
    if tag is not None and not re.fullmatch(r"[\w][\w.-]{0,127}", tag):
        raise RegistryUnreadable(f"not an image tag: {tag!r}")
    if digest and not re.fullmatch(r"[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+", digest):
        raise RegistryUnreadable(f"not an image digest: {digest!r}")
    return ImageRef(domain, remainder, tag if tag or digest else "latest", digest or None)


def endpoints(ref: ImageRef, registry_config: dict[str, Any] | None) -> list[str]:
    """The base URLs the engine would pull `ref` from, in order (`docker info` RegistryConfig).

    Docker Hub: RegistryConfig.Mirrors, then https://registry-1.docker.io. Another
    registry: its IndexConfigs mirrors, then the host itself, over http when the engine
    takes it as insecure (IndexConfigs[host].Secure false, or an address in
    InsecureRegistryCIDRs), else https.
    """
    cfg = registry_config or {}
    index = (cfg.get("IndexConfigs") or {}).get(ref.domain) or {}
    mirrors = [str(u).rstrip("/") for u in (index.get("Mirrors") or ())]
    if ref.domain == DOCKER_HUB:
        mirrors += [str(u).rstrip("/") for u in (cfg.get("Mirrors") or ()) if str(u).rstrip("/") not in mirrors]
        return [*mirrors, HUB_ENDPOINT]
    insecure = index.get("Secure") is False or _in_cidrs(ref.domain, cfg.get("InsecureRegistryCIDRs") or ())
    return [*mirrors, ("http://" if insecure else "https://") + ref.domain]


def _in_cidrs(domain: str, cidrs: Any) -> bool:
    host = urllib.parse.urlsplit("//" + domain).hostname or ""
    if host == "localhost":
        host = "127.0.0.1"
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name: docker resolves it; we only trust literal addresses here
    return any(addr in ipaddress.ip_network(str(c), strict=False) for c in cidrs)


def platform_arch(engine_arch: str) -> str:
    """`docker info` Architecture ("x86_64") -> the OCI platform architecture ("amd64")."""
    return _ARCH.get(engine_arch, engine_arch)


def exposed_ports(ref: str, registry_config: dict[str, Any] | None, arch: str = "amd64",
                  timeout: float = 3.0) -> tuple[str, ...]:
    """The image's config.ExposedPorts, sorted ("80/tcp", …; () when it EXPOSEs none).

    `registry_config`: `docker info`'s RegistryConfig; `arch`: the OCI architecture to pick
    from a manifest list; `timeout`: seconds for everything, all endpoints together.
    Raises RegistryUnreadable (every endpoint's reason) when no endpoint answers it.
    """
    image = parse_ref(ref)
    deadline = time.monotonic() + timeout
    why: list[str] = []
    mirror_answered = False
    for base in endpoints(image, registry_config):
        if base == HUB_ENDPOINT and mirror_answered:
            # a mirror answered (it has no such image, or a broken one): the question it leaves
            # costs less than a call to the internet; the hub is asked only when no mirror answers
            break
        try:
            return _Session(base, image.path, deadline).exposed(image.reference, arch)
        except RegistryUnreadable as e:
            why.append(f"{base}: {e}")
            mirror_answered = mirror_answered or e.answered
    raise RegistryUnreadable("; ".join(why) or "no registry to ask")


class _StripAuthOnRedirect(urllib.request.HTTPRedirectHandler):
    """Follow a blob redirect (to a CDN) without our bearer token when it leaves the host."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc:
            new.headers.pop("Authorization", None)
            new.unredirected_hdrs.pop("Authorization", None)
        return new


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = urllib.parse.urlsplit(url).hostname or ""
    loopback = host == "localhost" or host.startswith("127.") or host == "::1"
    proxies = urllib.request.ProxyHandler({}) if loopback else urllib.request.ProxyHandler()
    return urllib.request.build_opener(proxies, _StripAuthOnRedirect())


class _Session:
    """One endpoint, one repository: GETs with the deadline, and a bearer token once asked."""

    def __init__(self, base: str, path: str, deadline: float) -> None:
        self.base = base
        self.path = path
        self.deadline = deadline
        self.token: str | None = None

    def exposed(self, reference: str, arch: str) -> tuple[str, ...]:
        body, kind = self._get_json(f"/v2/{self.path}/manifests/{reference}", ACCEPT + ", " + DOCKER_V1)
        if kind in _LISTS or (not kind and "manifests" in body):
            digest = _pick(body, arch)
            body, kind = self._get_json(f"/v2/{self.path}/manifests/{digest}", ACCEPT)
        if kind == DOCKER_V1 or "history" in body:  # schema 1: the config rides in the history
            try:
                config = json.loads(body["history"][0]["v1Compatibility"])
            except (KeyError, IndexError, TypeError, ValueError) as e:
                raise RegistryUnreadable("malformed schema 1 manifest", answered=True) from e
        else:
            config_digest = (body.get("config") or {}).get("digest")
            if not isinstance(config_digest, str):
                raise RegistryUnreadable("manifest without a config", answered=True)
            config, _ = self._get_json(f"/v2/{self.path}/blobs/{config_digest}", "application/json, */*")
        ports = (config.get("config") or config.get("container_config") or {}).get("ExposedPorts") or {}
        if not isinstance(ports, dict):
            raise RegistryUnreadable("malformed ExposedPorts", answered=True)
        return tuple(sorted(str(p) if "/" in str(p) else f"{p}/tcp" for p in ports))

    def _get_json(self, path: str, accept: str) -> tuple[dict[str, Any], str]:
        """(the JSON body, its media type without parameters)."""
        raw, ctype = self._get(path, accept)
        try:
            body = json.loads(raw)
        except ValueError as e:
            raise RegistryUnreadable(f"not JSON: {path}", answered=True) from e
        if not isinstance(body, dict):
            raise RegistryUnreadable(f"not a JSON object: {path}", answered=True)
        kind = ctype.split(";", 1)[0].strip()
        if kind in ("", "application/json", "application/octet-stream", "text/plain"):
            kind = str(body.get("mediaType") or "")
        return body, kind

    def _get(self, path: str, accept: str, retried: bool = False) -> tuple[bytes, str]:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise RegistryUnreadable("no answer in time")
        url = self.base + path
        headers = {"Accept": accept}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            with _opener(url).open(urllib.request.Request(url, headers=headers), timeout=remaining) as resp:
                return resp.read(_MAX_BODY), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            challenge = e.headers.get("WWW-Authenticate", "") if e.headers else ""
            e.close()
            if e.code == 401 and not retried and challenge.lower().startswith("bearer"):
                self.token = self._token(challenge)
                return self._get(path, accept, retried=True)
            raise RegistryUnreadable(f"HTTP {e.code} for {path}", answered=True) from None
        except (OSError, ValueError) as e:  # URLError, timeouts, refused, bad URL
            raise RegistryUnreadable(f"{type(e).__name__}: {e.reason if isinstance(e, urllib.error.URLError) else e}") from None

    def _token(self, challenge: str) -> str:
        """The anonymous bearer token for the challenge (distribution spec, token auth)."""
        params = parse_challenge(challenge)
        realm = params.get("realm")
        if not realm or urllib.parse.urlsplit(realm).scheme not in ("http", "https"):
            raise RegistryUnreadable("bearer challenge without a realm")
        query = {k: params[k] for k in ("service",) if k in params}
        query["scope"] = params.get("scope") or f"repository:{self.path}:pull"
        url = realm + ("&" if "?" in realm else "?") + urllib.parse.urlencode(query)
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise RegistryUnreadable("no answer in time")
        try:
            with _opener(url).open(urllib.request.Request(url), timeout=remaining) as resp:
                answer = json.loads(resp.read(_MAX_BODY))
        except urllib.error.HTTPError as e:
            e.close()
            raise RegistryUnreadable(f"token: HTTP {e.code}") from None
        except (OSError, ValueError) as e:
            raise RegistryUnreadable(f"token: {type(e).__name__}") from None
        token = answer.get("token") or answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise RegistryUnreadable("token: no token in the answer")
        return token


def parse_challenge(header: str) -> dict[str, str]:
    """`Bearer realm="https://auth.docker.io/token",service="registry.docker.io"` -> its parameters."""
    _, _, params = header.partition(" ")
    return {k.lower(): v for k, v in re.findall(r'(\w+)="([^"]*)"', params)}


def _pick(index: dict[str, Any], arch: str) -> str:
    """The digest of the linux/`arch` manifest in a manifest list or OCI index."""
    for entry in index.get("manifests") or ():
        plat = entry.get("platform") or {} if isinstance(entry, dict) else {}
        if plat.get("os") == "linux" and plat.get("architecture") == arch and isinstance(entry.get("digest"), str):
            return str(entry["digest"])
    raise RegistryUnreadable(f"no linux/{arch} image in the manifest list", answered=True)
