"""The fixture Docker world for gorae's tests, with no download.

    python tests/fixtures_engine.py images | world | world-clean | status

`images` builds images with the metadata of the real ones (EXPOSE, VOLUME, CMD,
WORKDIR, ENV) from a busybox-static root filesystem via `docker import`, and
pushes each to the local registry (127.0.0.1:5000) that dockerd uses as its
Docker Hub mirror, so `docker pull nginx` works offline. `hello-pull` is pushed
but not kept, so a test can prove the auto-pull of `docker run hello-pull`.

`world` makes the world that tests/corpus/dev.yaml assumes (containers web,
my-nginx, cache, db, my-volume, data; network backend; volumes db, pgdata),
labelled gorae.fixture=1; it only repairs what differs, so it is cheap to call
before every test. `world-clean` removes exactly the labelled objects.

Used by scripts/engine.sh and by the `world` fixture in tests/conftest.py.
Every service in these images is a busybox applet (httpd, nc, sleep, sh), run by
a shell that traps TERM, because a shell as PID 1 ignores it and `docker stop`
would wait its full 10 s.
"""
from __future__ import annotations

import argparse
import contextlib
import fcntl
import functools
import hashlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import docker
from docker.errors import APIError, ImageNotFound, NotFound

REGISTRY = "127.0.0.1:5000"
WORLD_LABEL = "gorae.fixture"        # =1 on every container, network and volume of the world
IMAGE_LABEL = "gorae.fixture.image"  # =spec hash on every fixture image (rebuilt when it changes)
PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
MTIME = 1_700_000_000                # fixed file times: the same spec gives the same tar
MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json"

Log = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


# --- what runs inside the images ---------------------------------------------

# A long-running command that stops at once on `docker stop`; for alpine, ubuntu, ...
IDLE = "trap 'exit 0' TERM INT; while :; do sleep 3600 & wait $!; done"
IDLE_CMD = ("sh", "-c", IDLE)


def _service(name: str, what: str, start: str) -> str:
    """A stand-in for a server: runs `start` (a busybox applet) and exits 0 on TERM."""
    return f"""#!/bin/sh
# gorae fixture: stands in for {name}, with busybox applets only.
# As PID 1 a shell ignores SIGTERM unless it traps it: trap, so `docker stop` is quick.
trap 'exit 0' TERM INT QUIT
echo "{name} (gorae fixture): {what}"
{start} &
wait $!
"""


NGINX_PAGE = """<!DOCTYPE html>
<html><head><title>Welcome to nginx!</title></head>
<body><h1>Welcome to nginx!</h1>
<p>gorae fixture: busybox httpd serving /usr/share/nginx/html.</p></body></html>
"""
HTTPD_PAGE = "<html><body><h1>It works!</h1></body></html>\n"
HELLO_PAGE = "<html><body><h1>Hello, World!</h1><p>fastcampus/hello-world (gorae fixture)</p></body></html>\n"
HELLO_PULL_TEXT = "Hello from hello-pull: pulled from the local registry (gorae fixture)."
SHARED_PAGE = "<h1>shared by my-volume</h1>"  # what my-volume writes into its volume

NGINX_SHIM = _service("nginx", "busybox httpd on :80, /usr/share/nginx/html",
                      "httpd -f -v -p 80 -h /usr/share/nginx/html")
REDIS_REPLY = """#!/bin/sh
# gorae fixture: one client of the redis stand-in. PING -> +PONG, other commands -> an error.
while read -r line; do
  case "$line" in
    '*'* | '$'*) ;;                                   # RESP array / bulk-string headers
    *[Pp][Ii][Nn][Gg]*) printf '+PONG\\r\\n' ;;
    *) printf '%s\\r\\n' '-ERR gorae fixture: only PING' ;;
  esac
done
"""


def _listen(port: int, prog: str = "true") -> str:
    """busybox nc as a persistent TCP server: every connection runs PROG."""
    return f"nc -ll -p {port} -e {prog}"


@dataclass(frozen=True)
class FixtureImage:
    """One image: the busybox rootfs plus `files`, imported with the real image's metadata."""

    ref: str                                       # as `docker images` shows it: "nginx:latest"
    cmd: tuple[str, ...]
    expose: tuple[str, ...] = ()                   # ("80/tcp",)
    volumes: tuple[str, ...] = ()
    env: tuple[str, ...] = ()
    workdir: str = ""
    files: tuple[tuple[str, str], ...] = ()        # (absolute path, text); scripts get mode 755
    keep_local: bool = True                        # False: only in the registry (auto-pull tests)

    @property
    def repo(self) -> str:
        return self.ref.rsplit(":", 1)[0]

    @property
    def tag(self) -> str:
        return self.ref.rsplit(":", 1)[1]

    @property
    def registry_repo(self) -> str:
        """The path in the registry: Docker Hub's official images live under library/."""
        return self.repo if "/" in self.repo else f"library/{self.repo}"

    @property
    def registry_name(self) -> str:
        """The name to push: 127.0.0.1:5000/library/nginx."""
        return f"{REGISTRY}/{self.registry_repo}"

    def changes(self) -> list[str]:
        """`docker import --change` lines (Dockerfile instructions)."""
        out = [f"ENV {e}" for e in (PATH_ENV, *self.env)]
        out += [f"EXPOSE {p}" for p in self.expose]
        out += [f"VOLUME {v}" for v in self.volumes]
        if self.workdir:
            out.append(f"WORKDIR {self.workdir}")
        out.append(f"CMD {json.dumps(list(self.cmd))}")
        return out + [f"LABEL {IMAGE_LABEL}={self.spec}"]

    @functools.cached_property
    def rootfs(self) -> bytes:
        return _rootfs_tar(self.files)

    @functools.cached_property
    def spec(self) -> str:
        """A hash of everything the image is made of: a changed spec means rebuild."""
        h = hashlib.sha256(self.rootfs)
        h.update(json.dumps([self.ref, self.cmd, self.expose, self.volumes, self.env, self.workdir]).encode())
        return h.hexdigest()[:16]


IMAGES: tuple[FixtureImage, ...] = (
    FixtureImage("nginx:latest", cmd=("nginx", "-g", "daemon off;"), expose=("80/tcp",),
                 files=(("/usr/sbin/nginx", NGINX_SHIM),
                        ("/usr/share/nginx/html/index.html", NGINX_PAGE))),
    FixtureImage("httpd:latest", cmd=("httpd-foreground",), expose=("80/tcp",),
                 env=("HTTPD_PREFIX=/usr/local/apache2",), workdir="/usr/local/apache2",
                 files=(("/usr/local/bin/httpd-foreground",
                         _service("httpd", "busybox httpd on :80, /usr/local/apache2/htdocs",
                                  "httpd -f -v -p 80 -h /usr/local/apache2/htdocs")),
                        ("/usr/local/apache2/htdocs/index.html", HTTPD_PAGE))),
    FixtureImage("redis:latest", cmd=("redis-server",), expose=("6379/tcp",),
                 volumes=("/data",), workdir="/data",
                 files=(("/usr/local/bin/redis-server",
                         _service("redis", "busybox nc on :6379, answers PING",
                                  _listen(6379, "/usr/local/bin/redis-fixture-reply"))),
                        ("/usr/local/bin/redis-fixture-reply", REDIS_REPLY))),
    FixtureImage("mysql:5.7", cmd=("mysqld",), expose=("3306/tcp", "33060/tcp"),
                 volumes=("/var/lib/mysql",), env=("MYSQL_MAJOR=5.7",),
                 files=(("/usr/sbin/mysqld",
                         _service("mysqld", "busybox nc on :3306 (accepts, then closes)", _listen(3306))),)),
    FixtureImage("postgres:16", cmd=("postgres",), expose=("5432/tcp",),
                 volumes=("/var/lib/postgresql/data",),
                 env=("PG_MAJOR=16", "PGDATA=/var/lib/postgresql/data"),
                 files=(("/usr/local/bin/postgres",
                         _service("postgres", "busybox nc on :5432 (accepts, then closes)", _listen(5432))),)),
    FixtureImage("alpine:latest", cmd=("/bin/sh",)),
    FixtureImage("ubuntu:focal", cmd=("bash",),
                 files=(("/bin/bash", "#!/bin/sh\n# gorae fixture: no bash in busybox; sh stands in.\nexec /bin/sh \"$@\"\n"),)),
    FixtureImage("busybox:latest", cmd=("sh",)),
    FixtureImage("fastcampus/hello-world:latest", cmd=("nginx", "-g", "daemon off;"), expose=("80/tcp",),
                 files=(("/usr/sbin/nginx", NGINX_SHIM),
                        ("/usr/share/nginx/html/index.html", HELLO_PAGE))),
    FixtureImage("hello-pull:latest", cmd=("echo", HELLO_PULL_TEXT), keep_local=False),
)


def full_ref(ref: str) -> str:
    """'nginx' -> 'nginx:latest', as docker reads an image without a tag."""
    return ref if ":" in ref.rsplit("/", 1)[-1] else f"{ref}:latest"


# --- the root filesystem -----------------------------------------------------

@functools.lru_cache(maxsize=1)
def _busybox() -> tuple[bytes, tuple[str, ...]]:
    """The static busybox binary and its applet names (`busybox --list`)."""
    path = "/bin/busybox" if os.path.exists("/bin/busybox") else shutil.which("busybox")
    if not path:
        raise RuntimeError("no busybox: install busybox-static (scripts/engine.sh install)")
    with open(path, "rb") as f:
        binary = f.read()
    if not _is_static_elf(binary):
        raise RuntimeError(f"{path} is dynamically linked: install busybox-static (scripts/engine.sh install)")
    applets = subprocess.run([path, "--list"], capture_output=True, text=True, check=True).stdout.split()
    return binary, tuple(sorted(a for a in applets if a != "busybox"))


def _is_static_elf(binary: bytes) -> bool:
    """True for a 64-bit little-endian ELF without a PT_INTERP (dynamic loader) header."""
    if binary[:6] != b"\x7fELF\x02\x01":
        return False
    phoff, = struct.unpack_from("<Q", binary, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", binary, 0x36)
    return all(struct.unpack_from("<I", binary, phoff + i * phentsize)[0] != 3 for i in range(phnum))


def _rootfs_tar(files: tuple[tuple[str, str], ...]) -> bytes:
    """A tar of / with busybox in /bin (one symlink per applet), /etc/passwd, /tmp, plus FILES."""
    binary, applets = _busybox()
    buf = io.BytesIO()
    dirs: set[str] = set()

    def add(name: str, *, data: bytes = b"", mode: int = 0o644, kind: bytes = tarfile.REGTYPE,
            link: str = "") -> None:
        parent = os.path.dirname(name)
        if parent and parent not in dirs:
            add(parent, kind=tarfile.DIRTYPE, mode=0o755)
        info = tarfile.TarInfo(name)
        info.type, info.mode, info.mtime, info.linkname = kind, mode, MTIME, link
        info.size = len(data) if kind == tarfile.REGTYPE else 0
        if kind == tarfile.DIRTYPE:
            dirs.add(name)
        tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)

    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for d in ("dev", "proc", "sys", "etc", "root", "usr/local/bin", "var/run"):
            add(d, kind=tarfile.DIRTYPE, mode=0o700 if d == "root" else 0o755)
        add("tmp", kind=tarfile.DIRTYPE, mode=0o1777)
        add("bin/busybox", data=binary, mode=0o755)
        for applet in applets:
            add(f"bin/{applet}", kind=tarfile.SYMTYPE, link="busybox")
        add("etc/passwd", data=b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n")
        add("etc/group", data=b"root:x:0:\nnogroup:x:65534:\n")
        for path, text in files:
            script = text.startswith("#!")
            add(path.lstrip("/"), data=text.encode(), mode=0o755 if script else 0o644)
    return buf.getvalue()


# --- the registry (plain HTTP on 127.0.0.1, never through a proxy) ----------

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _registry_get(path: str, accept: str = "") -> bytes | None:
    req = urllib.request.Request(f"http://{REGISTRY}{path}", headers={"Accept": accept} if accept else {})
    try:
        with _OPENER.open(req, timeout=10) as resp:
            return resp.read()
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise
    except urllib.error.URLError as e:
        raise RuntimeError(f"registry not answering on {REGISTRY} ({e.reason}): run scripts/engine.sh start") from e


def registry_image(repo: str, tag: str) -> tuple[str, str] | None:
    """(config digest = image id, fixture spec label) of REPO:TAG in the registry, or None."""
    raw = _registry_get(f"/v2/{repo}/manifests/{tag}", MANIFEST_V2)
    if raw is None:
        return None
    digest = json.loads(raw)["config"]["digest"]
    config = json.loads(_registry_get(f"/v2/{repo}/blobs/{digest}") or b"{}")
    labels = (config.get("config") or {}).get("Labels") or {}
    return digest, labels.get(IMAGE_LABEL, "")


# --- images --------------------------------------------------------------------

def _local_images(client: docker.DockerClient) -> dict[str, dict]:
    """ref -> the engine's image summary, for every tag (one API call)."""
    return {tag: img for img in client.api.images() for tag in (img.get("RepoTags") or [])}


def _is_current(summary: dict | None, image: FixtureImage) -> bool:
    return bool(summary) and (summary.get("Labels") or {}).get(IMAGE_LABEL) == image.spec


def _push(client: docker.DockerClient, image: FixtureImage) -> None:
    """docker push REGISTRY/registry_repo:tag (already tagged so), then drop that local name."""
    try:
        for line in client.api.push(image.registry_name, tag=image.tag, stream=True, decode=True):
            if "error" in line:
                raise RuntimeError(f"push {image.registry_name}:{image.tag}: {line['error']}")
    finally:
        client.api.remove_image(f"{image.registry_name}:{image.tag}")  # an untag when REF holds it too


def ensure_images(client: docker.DockerClient, log: Log = _quiet) -> None:
    """Every fixture image current locally (unless keep_local=False) and in the registry."""
    local = _local_images(client)
    for image in IMAGES:
        remote = registry_image(image.registry_repo, image.tag)
        remote_ok = remote is not None and remote[1] == image.spec
        if not image.keep_local:
            if not remote_ok:
                client.api.import_image_from_data(image.rootfs, repository=image.registry_name,
                                                  tag=image.tag, changes=image.changes())
                _push(client, image)
                log(f"{image.ref}: built and pushed to {REGISTRY} (not kept locally)")
            if image.ref in local:  # not kept: `docker run hello-pull` must pull it
                with contextlib.suppress(APIError):
                    client.api.remove_image(image.ref)
                    log(f"{image.ref}: removed the local copy")
            continue
        have = local.get(image.ref)
        if not _is_current(have, image):
            if remote_ok:
                client.api.pull(image.registry_name, tag=image.tag)
                client.api.tag(f"{image.registry_name}:{image.tag}", image.repo, image.tag)
                client.api.remove_image(f"{image.registry_name}:{image.tag}")
                log(f"{image.ref}: pulled from {REGISTRY}")
            else:
                client.api.import_image_from_data(image.rootfs, repository=image.repo,
                                                  tag=image.tag, changes=image.changes())
                log(f"{image.ref}: built from busybox")
            have = client.api.inspect_image(image.ref)
        if remote is None or remote[0] != have["Id"]:
            client.api.tag(image.ref, image.registry_name, image.tag)
            _push(client, image)
            log(f"{image.ref}: pushed to {image.registry_name}:{image.tag}")
    log("images ok")


# --- the world -------------------------------------------------------------------

@dataclass(frozen=True)
class WorldContainer:
    name: str
    image: str                     # as a person typed it: "nginx", "mysql:5.7"
    running: bool                  # False: created, never started
    command: tuple[str, ...] | None = None
    volumes: tuple[str, ...] = ()  # anonymous volumes


CONTAINERS: tuple[WorldContainer, ...] = (
    WorldContainer("web", "nginx", running=True),
    WorldContainer("my-nginx", "nginx", running=True),
    WorldContainer("cache", "redis", running=True),
    WorldContainer("db", "mysql:5.7", running=False),
    # Like the course's `docker run -d -v /usr/share/nginx/html --name my-volume ubuntu:focal`,
    # with a page in its volume, so `--volumes-from my-volume nginx` serves SHARED_PAGE.
    WorldContainer("my-volume", "ubuntu:focal", running=True,
                   command=("sh", "-c", f"echo '{SHARED_PAGE}' > /usr/share/nginx/html/index.html; {IDLE}"),
                   volumes=("/usr/share/nginx/html",)),
    WorldContainer("data", "alpine", running=True, command=IDLE_CMD),
)
NETWORKS: tuple[str, ...] = ("backend",)
VOLUMES: tuple[str, ...] = ("db", "pgdata")


@dataclass(frozen=True)
class WorldState:
    containers: dict[str, str]  # name -> id
    networks: tuple[str, ...]
    volumes: tuple[str, ...]


@contextlib.contextmanager
def _world_lock() -> Iterator[None]:
    """One process at a time changes the world (several test runs may share an engine)."""
    with open(os.path.join(tempfile.gettempdir(), "gorae-fixture-world.lock"), "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield


def _remove_container(client: docker.DockerClient, ref: str) -> None:
    with contextlib.suppress(NotFound):
        client.api.remove_container(ref, force=True, v=True)


def _container_ok(c: dict, want: WorldContainer, image_id: str) -> bool:
    return ((c.get("Labels") or {}).get(WORLD_LABEL) == "1"
            and c["Image"] == want.image and c["ImageID"] == image_id
            and c["State"] == ("running" if want.running else "created")
            and set((c.get("NetworkSettings") or {}).get("Networks") or {}) == {"bridge"})


def ensure_world(client: docker.DockerClient, log: Log = _quiet, ordered: bool = False) -> WorldState:
    """Make the fixture world exist as specified; repair only what differs.

    ordered: also make the containers' creation order the world's listing order (web, my-nginx,
    cache, db, my-volume, data — tests/corpus/dev.yaml): a container made before the one listed
    before it is made again, and so is every one after a container made again. "All but web"
    names containers in creation order (bot/engine/view.py), as the tables write them.
    """
    with _world_lock():
        local = _local_images(client)
        if not all(_is_current(local.get(i.ref), i) for i in IMAGES if i.keep_local):
            ensure_images(client, log)
            local = _local_images(client)
        labels = {WORLD_LABEL: "1"}

        for name in NETWORKS:
            found = [n for n in client.api.networks(names=[name]) if n["Name"] == name]
            if found and (found[0].get("Labels") or {}).get(WORLD_LABEL) == "1":
                continue
            if found:  # someone else's network of that name: replace it when it is free
                try:
                    client.api.remove_network(found[0]["Id"])
                except APIError as e:
                    log(f"network {name}: exists without the fixture label and cannot be replaced ({e.explanation})")
                    continue
            client.api.create_network(name, driver="bridge", labels=labels)
            log(f"network {name}: created")

        for name in VOLUMES:
            found = [v for v in client.api.volumes(filters={"name": name}).get("Volumes") or [] if v["Name"] == name]
            if found and (found[0].get("Labels") or {}).get(WORLD_LABEL) == "1":
                continue
            if found:
                try:
                    client.api.remove_volume(name)
                except APIError as e:
                    log(f"volume {name}: exists without the fixture label and cannot be replaced ({e.explanation})")
                    continue
            client.api.create_volume(name, labels=labels)
            log(f"volume {name}: created")

        by_name = {n.lstrip("/"): c for c in client.api.containers(all=True) for n in c["Names"]}
        wanted = {w.name for w in CONTAINERS}
        for name, c in by_name.items():  # labelled leftovers (renamed, ...) go
            if (c.get("Labels") or {}).get(WORLD_LABEL) == "1" and name not in wanted:
                _remove_container(client, c["Id"])
                log(f"container {name}: removed (not part of the world)")
        ids: dict[str, str] = {}
        made_again = False  # ordered: a container made again, every later one too
        last_created = 0
        for want in CONTAINERS:
            image_id = local[full_ref(want.image)]["Id"]
            have = by_name.get(want.name)
            in_order = not ordered or (not made_again and have is not None and have.get("Created", 0) >= last_created)
            if have is not None and in_order and _container_ok(have, want, image_id):
                ids[want.name] = have["Id"]
                last_created = have.get("Created", 0)
                continue
            made_again = True
            if have is not None:
                _remove_container(client, have["Id"])
            cid = client.api.create_container(
                want.image, command=list(want.command) if want.command else None, name=want.name,
                labels=labels, volumes=list(want.volumes) or None,
                host_config=client.api.create_host_config())["Id"]
            if want.running:
                client.api.start(cid)
            ids[want.name] = cid
            log(f"container {want.name}: {'re' if have else ''}created from {want.image}"
                f"{', running' if want.running else ', not started'}")
        return WorldState(containers=ids, networks=NETWORKS, volumes=VOLUMES)


def clean_world(client: docker.DockerClient, log: Log = _quiet) -> None:
    """Remove exactly what `ensure_world` made: the objects labelled gorae.fixture=1."""
    flt = {"label": f"{WORLD_LABEL}=1"}
    with _world_lock():
        for c in client.api.containers(all=True, filters=flt):
            _remove_container(client, c["Id"])
            log(f"container {c['Names'][0].lstrip('/')}: removed")
        for n in client.api.networks(filters=flt):
            for cid in (client.api.inspect_network(n["Id"]).get("Containers") or {}):
                client.api.disconnect_container_from_network(cid, n["Id"], force=True)
            client.api.remove_network(n["Id"])
            log(f"network {n['Name']}: removed")
        for v in client.api.volumes(filters=flt).get("Volumes") or []:
            try:
                client.api.remove_volume(v["Name"])
                log(f"volume {v['Name']}: removed")
            except APIError as e:
                log(f"volume {v['Name']}: kept ({e.explanation})")


def status(client: docker.DockerClient, log: Log) -> None:
    local = _local_images(client)
    for image in IMAGES:
        have = local.get(image.ref)
        state = ("current" if _is_current(have, image) else "stale") if have else "absent"
        where = "local+registry" if image.keep_local else "registry only"
        log(f"image {image.ref:32} {state:8} ({where}) expose={','.join(image.expose) or '-'} cmd={list(image.cmd)}")
    by_name = {c["Names"][0].lstrip("/"): c for c in client.api.containers(all=True)}
    for want in CONTAINERS:
        c = by_name.get(want.name)
        log(f"container {want.name:10} {c['State'] + ' ' + c['Image'] if c else 'absent'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["images", "world", "world-clean", "status"])
    args = ap.parse_args(argv)
    client = docker.from_env(timeout=300)
    log: Log = lambda msg: print(f"fixtures: {msg}", flush=True)  # noqa: E731
    try:
        if args.action == "images":
            ensure_images(client, log)
        elif args.action == "world":
            state = ensure_world(client, log, ordered=True)
            log(f"world ok: containers {', '.join(state.containers)}; network {', '.join(state.networks)};"
                f" volumes {', '.join(state.volumes)}")
        elif args.action == "world-clean":
            clean_world(client, log)
        else:
            status(client, log)
    except (RuntimeError, APIError, ImageNotFound) as e:
        print(f"fixtures: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
