"""docker volume/network/image prune without an engine: parse (typed CLI and natural wordings, Korean
and English), plan (every resource it would remove is a target, named in the question), policy (a user
barred from a volume, network or image may not prune it), executor and docker's own report through the
real docker SDK against canned Engine API answers (tests/fake_docker.py).

The real-engine proof is tests/test_e2e_prune.py."""
from __future__ import annotations

import dataclasses

import pytest
from fake_docker import FakeEngine, fake_client
from fakes import FakeView

from bot import model as m
from bot.engine.execute import execute
from bot.engine.plan import plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, NotUnderstood, Plan, Request, VerbClass
from bot.policy.check import authorize
from bot.policy.policyfile import parse_policy

ANON = "ab" * 32  # an anonymous volume (the engine's 64-hex name)
ANON_USED = "cd" * 32
IMG_DANGLING = "sha256:" + "ef" * 32
IMG_BUSY = "sha256:" + "12" * 32
IMG_NGINX = "sha256:" + "34" * 32
IMG_NONE = "sha256:" + "56" * 32  # listed with the tag <none>:<none>


class _View(FakeView):
    """The fixture world plus: web mounts pgdata and an anonymous volume and is on backend; db runs
    nginx's image by ID; an unused `old-vol`, an unused anonymous volume, an unused network `tmp-net`,
    a dangling image and an unused tagged image (busybox)."""

    def __init__(self) -> None:
        super().__init__(networks=("bridge", "host", "none", "backend", "tmp-net"),
                         volumes=("db", "pgdata", "old-vol", ANON, ANON_USED))
        self._containers = [
            dataclasses.replace(c, volumes=("pgdata",), all_volumes=("pgdata", ANON_USED), networks=("backend",),
                                image_id=IMG_NGINX) if c.name == "web" else
            dataclasses.replace(c, networks=("bridge",), image_id="sha256:" + "78" * 32) for c in self._containers]

    def images(self):
        from bot.engine.view import ImageInfo

        return [ImageInfo(IMG_NGINX, ("nginx:latest",), ("80/tcp",)),
                ImageInfo(IMG_DANGLING, (), ()), ImageInfo(IMG_BUSY, ("busybox:latest", "busybox:1"), ()),
                ImageInfo(IMG_NONE, ("<none>:<none>",), ())]


VIEW = _View()


def parsed(typed: str) -> m.Command | NotUnderstood:
    return parse(normalize(typed))


def planned(typed: str) -> Plan:
    res = plan(parsed(typed), VIEW)
    assert isinstance(res, Plan), (typed, res)
    return res


# ------------------------------------------------------------------------------------------ parse

READS = [
    # the held-out rows of tests/data/wordings_fresh7.yaml
    ("안 쓰는 볼륨 정리해줘", m.PruneVolumes(lang="ko")),
    ("안 쓰는 네트워크 정리", m.PruneNetworks(lang="ko")),
    ("prune unused volumes", m.PruneVolumes(lang="en")),
    ("clean up dangling images", m.PruneImages(lang="en")),
    ("이미지 프룬 해줘", m.PruneImages(lang="ko")),
    # other words of the same kinds
    ("사용하지 않는 이미지 정리", m.PruneImages(lang="ko")),
    ("쓰지 않는 볼륨 비워줘", m.PruneVolumes(lang="ko")),
    ("안 쓰는 볼륨 삭제", m.PruneVolumes(lang="ko")),
    ("볼륨 정리", m.PruneVolumes(lang="ko")),
    ("remove unused networks", m.PruneNetworks(lang="en")),
    ("delete dangling images", m.PruneImages(lang="en")),
    ("prune images", m.PruneImages(lang="en")),
    ("remove all dangling images", m.PruneImages(lang="en")),  # all of the dangling ones: no -a
    ("prune all unused images", m.PruneImages(all=True, lang="en")),
    ("모든 이미지 정리", m.PruneImages(all=True, lang="ko")),
    # containers not in use: the stopped ones (docker container prune)
    ("안 쓰는 컨테이너 정리", m.PruneContainers(lang="ko")),
    ("안 쓰는 컨테이너 다 지워", m.PruneContainers(lang="ko")),
    ("delete unused containers", m.PruneContainers(lang="en")),
]


@pytest.mark.parametrize("typed,want", READS, ids=[r[0] for r in READS])
def test_natural_wordings(typed, want):
    assert parsed(typed) == want


CLI = [
    ("docker volume prune", m.PruneVolumes, {}, "docker volume prune"),
    ("docker volume prune -f", m.PruneVolumes, {}, "docker volume prune"),
    ("docker network prune --force", m.PruneNetworks, {}, "docker network prune"),
    ("docker image prune", m.PruneImages, {"all": False}, "docker image prune"),
    ("docker image prune -a", m.PruneImages, {"all": True}, "docker image prune -a"),
    ("docker image prune -af", m.PruneImages, {"all": True}, "docker image prune -a"),
    ("docker image prune --all --force", m.PruneImages, {"all": True}, "docker image prune -a"),
]


@pytest.mark.parametrize("typed,cls,fields,cli", CLI, ids=[c[0] for c in CLI])
def test_typed_cli(typed, cls, fields, cli):
    cmd = parsed(typed)
    assert isinstance(cmd, cls) and cmd.as_typed, cmd
    assert all(getattr(cmd, k) == v for k, v in fields.items())
    assert planned(typed).cli == (cli,)


@pytest.mark.parametrize("typed", [
    "docker volume prune db",  # a prune takes no names: never read as `volume rm db`
    "docker image prune nginx",
    "docker volume prune --filter label=x",  # --filter: not offered (the plan could not list what goes)
    "안 쓰는 web 삭제",  # a name with "unused": never a prune, never a guess
    "remove unused web",
    "안 쓰는 거 다 지워",  # unused what? containers, images, volumes: never a guess
    "안 쓰는 거 정리해줘",
    "안 쓰는 pgdata 볼륨 삭제",  # a name with "unused": never a prune, never a guess
    "pgdata 볼륨 정리",
])
def test_refused(typed):
    res = parsed(typed)
    if not isinstance(res, NotUnderstood):
        res = plan(res, VIEW)
    assert not isinstance(res, Plan) or not res.writes, res


def test_container_prune_unchanged():
    assert parsed("중지된 컨테이너 정리") == m.PruneContainers(lang="ko")
    assert parsed("docker container prune -f") == m.PruneContainers(lang="cli", as_typed=True)


# ------------------------------------------------------------------------------------------- plan


def targets(p: Plan, kind: str) -> list[str]:
    return [t.name for t in p.targets if t.kind == kind]


def test_volume_prune_targets_every_unused_volume_named_or_anonymous():
    p = planned("prune unused volumes")
    assert p.cli == ("docker volume prune",) and p.destructive and p.verb_class is VerbClass.DESTROY
    assert p.verb == "volume prune" and [c.op for c in p.calls] == ["volumes.prune"]
    # db and old-vol: mounted by nobody (the world's db container mounts none); pgdata and the
    # anonymous volume web mounts are in use
    assert targets(p, "volume") == ["db", "old-vol", ANON]
    en = text(p.summary, "en")
    assert "db, old-vol, " + ANON[:12] in en and "3" in en
    assert "3" in text(p.summary, "ko")


def test_network_prune_targets_unused_networks_never_the_predefined():
    p = planned("안 쓰는 네트워크 정리")
    assert p.cli == ("docker network prune",) and p.destructive
    assert targets(p, "network") == ["tmp-net"]  # backend: web is on it; bridge/host/none: docker's own
    assert "tmp-net" in text(p.summary, "ko")


def test_a_network_only_a_stopped_container_names_is_pruned():
    """docker counts endpoints: a created or exited container has none, so its network goes."""
    view = FakeView(networks=("bridge", "backend", "side"))
    view._containers = [dataclasses.replace(c, networks=("backend",)) if c.name == "web" else  # running
                        dataclasses.replace(c, networks=("side",)) if c.name == "db" else c  # created
                        for c in view._containers]
    p = plan(parsed("docker network prune"), view)
    assert isinstance(p, Plan) and targets(p, "network") == ["side"]


def test_image_prune_targets_dangling_images_no_container_uses():
    p = planned("clean up dangling images")
    assert p.cli == ("docker image prune",) and p.destructive
    assert [c.kw() for c in p.calls] == [{"filters": {"dangling": True}}]
    assert [(t.name, t.id) for t in p.targets] == [(IMG_DANGLING[7:19], IMG_DANGLING), (IMG_NONE[7:19], IMG_NONE)]


def test_image_prune_all_targets_every_tag_of_every_unused_image():
    p = planned("docker image prune -a")
    assert [c.kw() for c in p.calls] == [{}]
    # nginx: web runs it; every other image, by each of its tags
    assert targets(p, "image") == [IMG_DANGLING[7:19], "busybox:latest", "busybox:1", IMG_NONE[7:19]]
    assert "nginx:latest" not in targets(p, "image")
    assert "busybox:latest" in text(p.summary, "en")


def test_the_question_lists_at_most_twenty_names():
    many = FakeView(volumes=tuple(f"v{i:02d}" for i in range(25)))
    p = plan(parsed("docker volume prune"), many)
    assert isinstance(p, Plan) and len(p.targets) == 25
    assert "v19" in text(p.summary, "en") and "v20" not in text(p.summary, "en") and "(+5)" in text(p.summary, "en")


# ----------------------------------------------------------------------------------------- policy

EXCLUDING = """
channels: {ops: C0123OPS}
roles:
  builder:
    verbs: [read, deploy, destroy]
    containers: ["*", "!db*"]
    volumes: ["!db*", "!pgdata*"]
    networks: ["!backend"]
    images: ["!postgres*", "!busybox*"]
bindings:
  - {role: builder, users: [U03CAROL], in: ["#ops"]}
"""
CAROL = Actor("U03CAROL")


def decide(typed: str, view: FakeView = VIEW):
    p = plan(parsed(typed), view)
    assert isinstance(p, Plan)
    return authorize(p, Request(typed, CAROL, "C0123OPS", source="slack"), parse_policy(EXCLUDING, "x.yaml"))


def test_a_user_barred_from_volume_db_may_not_prune_it():
    d = decide("docker volume prune")
    assert d.kind == "deny" and "db" in text(d.reason, "en"), d
    assert text(d.reason, "ko")


def test_with_the_barred_volume_in_use_the_prune_is_confirmed():
    view = FakeView(volumes=("db", "old-vol"))
    view._containers = [dataclasses.replace(c, all_volumes=("db",)) if c.name == "web" else c
                        for c in view._containers]
    d = decide("안 쓰는 볼륨 정리해줘", view)
    assert d.kind == "confirm", d  # destructive: always asked


def test_a_user_barred_from_network_backend_may_not_prune_it():
    view = FakeView(networks=("bridge", "backend"))
    d = decide("docker network prune", view)
    assert d.kind == "deny" and "backend" in text(d.reason, "en"), d
    assert decide("docker network prune").kind == "confirm"  # backend in use: only tmp-net goes


def test_a_user_barred_from_an_image_may_not_prune_it():
    d = decide("docker image prune -a")
    assert d.kind == "deny" and "busybox" in text(d.reason, "en"), d
    assert decide("docker image prune").kind == "confirm"  # the dangling ones only


# ------------------------------------------------------------------------------- execute, render


def test_volume_prune_reports_as_docker_does():
    engine = FakeEngine().on("POST", r"/volumes/prune", 200,
                             {"VolumesDeleted": ["old-vol", ANON], "SpaceReclaimed": 2048})
    out = execute(planned("docker volume prune"), fake_client(engine))
    assert out.ok and out.message is not None and out.message.key == "done.volumes_prune"
    assert engine.asked("POST", "/volumes/prune") == [({}, None)]
    assert out.text == f"Deleted Volumes:\nold-vol\n{ANON}\n\nTotal reclaimed space: 2.048kB"
    assert "2" in text(out.message, "ko") and "2" in text(out.message, "en")


def test_network_prune_reports_as_docker_does():
    engine = FakeEngine().on("POST", r"/networks/prune", 200, {"NetworksDeleted": ["tmp-net"]})
    out = execute(planned("docker network prune"), fake_client(engine))
    assert out.ok and out.text == "Deleted Networks:\ntmp-net"
    assert out.message is not None and out.message.key == "done.networks_prune"


def test_image_prune_sends_dangling_and_reports_untagged_and_deleted():
    engine = FakeEngine().on("POST", r"/images/prune", 200, {
        "ImagesDeleted": [{"Untagged": "busybox:1"}, {"Deleted": IMG_DANGLING}], "SpaceReclaimed": 0})
    out = execute(planned("clean up dangling images"), fake_client(engine))
    (query, _), = engine.asked("POST", "/images/prune")
    assert '"dangling"' in query["filters"][0] and "true" in query["filters"][0].lower()
    assert out.ok and out.text == f"Deleted Images:\nuntagged: busybox:1\ndeleted: {IMG_DANGLING}\n\n" \
        "Total reclaimed space: 0B"


def test_image_prune_all_sends_no_filter():
    engine = FakeEngine().on("POST", r"/images/prune", 200, {"ImagesDeleted": None, "SpaceReclaimed": 0})
    out = execute(planned("docker image prune -a"), fake_client(engine))
    assert engine.asked("POST", "/images/prune") == [({}, None)]
    assert out.ok and out.text == "Total reclaimed space: 0B"


def test_a_prune_already_running_is_one_sentence():
    engine = FakeEngine().on("POST", r"/volumes/prune", 409, {"message": "a prune operation is already running"})
    out = execute(planned("docker volume prune"), fake_client(engine))
    assert not out.ok and out.message is not None
    assert "Traceback" not in text(out.message, "en") and text(out.message, "ko")
