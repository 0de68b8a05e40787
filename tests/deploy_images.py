"""The images the deploy tests run, made offline once per test run and shared between modules and engines.

    images = DeployImages()              # the session fixture `deploy_images` (tests/conftest.py)
    images.gorae(HOST)      -> "gorae-test:<inputs>"           deploy/Dockerfile on the Debian base
    images.postgres(HOST)   -> "gorae-test-postgres:<inputs>"  tests/postgres-image/ on the Debian base
    images.base(HOST)       -> "gorae-test-base:bookworm-<inputs>"
    images.remove_made()                 # at the end of the session

HOST is a DOCKER_HOST (unix:///var/run/docker.sock, the swarm engine's socket...). How each image is
made, as a team behind a registry mirror would (no Docker Hub):
- the base: a debootstrap of Debian bookworm (minbase + python3, venv, pip, CA certificates) from
  this machine's apt mirror, `docker import`ed;
- gorae: deploy/Dockerfile with BASE_IMAGE=the base, from a context holding what .dockerignore lets
  in, and this machine's proxy CA in deploy/ca-certificates/;
- PostgreSQL: tests/postgres-image/Dockerfile (Debian's postgresql package on the base, an entrypoint
  with the official image's contract) — test scaffolding, not a product image.

Each tag carries a hash of its inputs (the base: suite, packages, mirror; the others: the base's
tag and every file that goes into the build), so an image already there with the same tag is
reused as it is; one made on another engine of this run is copied (`docker save | docker load`,
seconds) instead of built again (minutes). What this run made is removed by `remove_made()`,
unless GORAE_TEST_KEEP_IMAGES=1 (iterating on a deploy test). Made images and build stages only:
nothing that was there before is touched.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MAIN_HOST = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
SWARM_HOST = os.environ.get("GORAE_SWARM_HOST") or "unix:///var/run/docker-s.sock"
SUITE = "bookworm"
PACKAGES = ("python3", "python3-venv", "python3-pip", "ca-certificates")
POSTGRES_CONTEXT = ROOT / "tests" / "postgres-image"


def docker(host: str, *argv: str, check: bool = True, timeout: float = 900,
           **kw: Any) -> subprocess.CompletedProcess[str]:
    """`docker -H HOST ARGV…`; raises AssertionError with the output's tail when it fails (CHECK)."""
    p = subprocess.run(["docker", "-H", host, *argv], capture_output=True, text=True, timeout=timeout, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"docker -H {host} {' '.join(argv)} -> {p.returncode}\n"
                             f"{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


def apt_mirror() -> str:
    """The first Debian URI of this machine's apt sources (deb822 or one-line)."""
    for f in [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]:
        if not f.is_file() or "disabled" in f.name:
            continue
        for line in f.read_text().splitlines():
            line = line.strip()
            if line.startswith("URIs:") and "security" not in line:
                return line.split()[1]
            if line.startswith("deb ") and "security" not in line:
                return next(w for w in line.split()[1:] if "://" in w)
    return "http://deb.debian.org/debian"


def _digest(parts: Iterable[str | bytes]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode() if isinstance(p, str) else p)
        h.update(b"\0")
    return h.hexdigest()[:12]


def _files(*trees: Path) -> list[Path]:
    out: list[Path] = []
    for t in trees:
        if t.is_file():
            out.append(t)
        elif t.is_dir():
            out += sorted(p for p in t.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                          and p.suffix != ".pyc")
    return out


def _tree_digest(prefix: str, files: list[Path]) -> str:
    return _digest([prefix, *(x for f in files for x in (str(f.relative_to(ROOT)), f.read_bytes()))])


def proxy_cas() -> list[Path]:
    """This machine's extra CA certificates (a TLS-inspecting proxy's), trusted inside the builds."""
    return sorted(Path("/usr/local/share/ca-certificates").glob("*.crt"))


class DeployImages:
    """The base, gorae and PostgreSQL test images on any engine of this run (see the module docstring)."""

    def __init__(self, hosts: tuple[str, ...] = (MAIN_HOST, SWARM_HOST)) -> None:
        self.hosts = hosts
        self.made: list[tuple[str, str]] = []  # (host, image ID or tag) this run made

    # ---------------------------------------------------------------- the three images
    def base(self, host: str) -> str:
        mirror = apt_mirror()
        tag = f"gorae-test-base:{SUITE}-{_digest([SUITE, *PACKAGES, mirror])}"
        if self._have(host, tag):
            return tag
        if shutil.which("debootstrap") is None:
            raise LookupError("debootstrap is not installed (scripts/engine.sh install adds it)")
        root = tempfile.mkdtemp(prefix="gorae-rootfs-")
        try:
            p = subprocess.run(["debootstrap", "--variant=minbase", "--include=" + ",".join(PACKAGES),
                                SUITE, root, mirror], capture_output=True, text=True, timeout=1800)
            assert p.returncode == 0, f"debootstrap -> {p.returncode}\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}"
            tar = subprocess.Popen(["tar", "-C", root, "-c", "."], stdout=subprocess.PIPE)
            docker(host, "import", "-c", 'CMD ["/bin/bash"]', "-", tag, stdin=tar.stdout)
            assert tar.wait() == 0
        finally:
            shutil.rmtree(root, ignore_errors=True)
        self.made.append((host, tag))
        return tag

    def gorae(self, host: str) -> str:
        """deploy/Dockerfile built on the base (tag: gorae-test:<hash of the base and the context>)."""
        base = self._base_tag()
        files = _files(*(ROOT / n for n in ("pyproject.toml", "README.md", ".dockerignore", "bot", "grammar",
                                            "deploy/Dockerfile")))
        tag = f"gorae-test:{_digest([base, _tree_digest('gorae', files), *(c.read_bytes() for c in proxy_cas())])}"
        if self._have(host, tag):
            return tag

        def context(ctx: Path) -> None:
            for name in ("pyproject.toml", "README.md", ".dockerignore"):
                shutil.copy(ROOT / name, ctx / name)
            for tree in ("bot", "grammar"):
                shutil.copytree(ROOT / tree, ctx / tree, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            (ctx / "deploy" / "ca-certificates").mkdir(parents=True)
            shutil.copy(ROOT / "deploy" / "Dockerfile", ctx / "deploy" / "Dockerfile")
            for crt in proxy_cas():
                shutil.copy(crt, ctx / "deploy" / "ca-certificates" / crt.name)

        self._build(host, tag, context, "deploy/Dockerfile")
        return tag

    def postgres(self, host: str) -> str:
        """tests/postgres-image/ built on the base (tag: gorae-test-postgres:<hash of the base and the context>)."""
        base = self._base_tag()
        tag = f"gorae-test-postgres:{_digest([base, _tree_digest('postgres', _files(POSTGRES_CONTEXT))])}"
        if self._have(host, tag):
            return tag

        def context(ctx: Path) -> None:
            shutil.copytree(POSTGRES_CONTEXT, ctx, dirs_exist_ok=True)

        self._build(host, tag, context, "Dockerfile")
        return tag

    def remove_made(self) -> None:
        """Remove what this run made (last made first), unless GORAE_TEST_KEEP_IMAGES=1."""
        if os.environ.get("GORAE_TEST_KEEP_IMAGES", "").lower() in ("1", "true", "yes"):
            return
        for host, ref in reversed(self.made):
            docker(host, "rmi", "-f", ref, check=False, timeout=300)
        self.made.clear()

    # ---------------------------------------------------------------- how
    def _base_tag(self) -> str:
        return f"gorae-test-base:{SUITE}-{_digest([SUITE, *PACKAGES, apt_mirror()])}"

    def _exists(self, host: str, tag: str) -> bool:
        return docker(host, "image", "inspect", "--format", "{{.Id}}", tag, check=False, timeout=60).returncode == 0

    def _have(self, host: str, tag: str) -> bool:
        """TAG is on HOST, or was copied there from another engine of this run that has it."""
        if self._exists(host, tag):
            return True
        for other in self.hosts:
            if other != host and self._exists(other, tag):
                save = subprocess.Popen(["docker", "-H", other, "save", tag], stdout=subprocess.PIPE)
                docker(host, "load", "-q", stdin=save.stdout, timeout=900)
                assert save.wait() == 0, f"docker -H {other} save {tag} failed"
                self.made.append((host, tag))
                return True
        return False

    def _build(self, host: str, tag: str, fill: Any, dockerfile: str) -> None:
        base = self.base(host)
        ctx = Path(tempfile.mkdtemp(prefix="gorae-ctx-"))
        try:
            fill(ctx)
            dangling = set(docker(host, "images", "-q", "--filter", "dangling=true").stdout.split())
            # --network host: pip and apt inside the build reach the package mirrors exactly as this host does
            docker(host, "build", "--network", "host", "--build-arg", f"BASE_IMAGE={base}",
                   "--label", "gorae.test=deploy", "-f", str(ctx / dockerfile), "-t", tag, str(ctx), timeout=1800)
            stages = set(docker(host, "images", "-q", "--filter", "dangling=true").stdout.split()) - dangling
        finally:
            shutil.rmtree(ctx, ignore_errors=True)
        self.made += [(host, s) for s in sorted(stages)]  # the build stage (classic builder)
        self.made.append((host, tag))
