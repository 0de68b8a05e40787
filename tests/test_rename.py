"""`docker rename` (branch rename20): typed, Korean and English wordings read to exactly `docker rename OLD NEW`
through `Gorae.explain` over the fake world (tests/test_wordings_fresh.py `answer`, tests/fakes.py), the refusals that
must run nothing, the plan's checks (the container here, the new name valid and free), the policy's subjects (both
names) and class (operate, never asked as destructive), and the executor on canned Engine API answers
(tests/fake_docker.py): POST /containers/{id}/rename?name=NEW, a 409 said once."""
from __future__ import annotations

import pytest
from fake_docker import FakeEngine, fake_client
from fakes import FakeView
from test_wordings_fresh import answer

from bot import model as m
from bot.engine.execute import execute
from bot.engine.plan import plan
from bot.language.normalize import normalize
from bot.language.parse import parse
from bot.messages import text
from bot.model import Actor, NotUnderstood, Plan, Request, Unresolved, VerbClass
from bot.policy.check import authorize, subjects
from bot.policy.policyfile import parse_policy

READ = [
    # typed
    ("docker rename data data-old", "docker rename data data-old"),
    ("docker container rename data data-old", "docker rename data data-old"),
    ("rename data data-old", "docker rename data data-old"),
    ("Docker Rename cache cache2", "docker rename cache cache2"),
    ("docker rename web /web-blue", "docker rename web web-blue"),
    # English
    ("rename my-nginx to proxy", "docker rename my-nginx proxy"),
    ("rename the web container to web-old", "docker rename web web-old"),
    ("change data's name to archive", "docker rename data archive"),
    ("give cache the name cache2", "docker rename cache cache2"),
    ("rename cache as cache2", "docker rename cache cache2"),
    ("change the name of cache to cache2", "docker rename cache cache2"),
    ("please rename web to web-old", "docker rename web web-old"),
    # Korean, read by morphemes
    ("web 이름 web-blue로 변경", "docker rename web web-blue"),
    ("web을 my-web으로 이름 바꿔줘", "docker rename web my-web"),
    ("data 이름을 archive로", "docker rename data archive"),
    ("web 컨테이너의 이름을 web-old로 바꾸어 주십시오.", "docker rename web web-old"),
    ("my-nginx rename 해서 edge-old로", "docker rename my-nginx edge-old"),
    ("cache 이름 cache2로 바꿔", "docker rename cache cache2"),
    ("web 이름 web-blue로 변경해 주세요", "docker rename web web-blue"),
    ("data 리네임 data-old로", "docker rename data data-old"),
]


@pytest.mark.parametrize("said,cli", READ, ids=[s for s, _ in READ])
def test_each_wording_is_that_rename(said: str, cli: str) -> None:
    ans = answer(said)
    assert ans.cli == (cli,), (said, ans)


@pytest.mark.parametrize("said", [s for s, _ in READ if not s.lower().startswith("docker")])
def test_a_said_rename_is_a_rename_never_an_update_or_a_run(said: str) -> None:
    cmd = parse(normalize(said))
    assert isinstance(cmd, m.Rename), cmd
    assert cmd.lang != "cli" or said.startswith("rename ")


NOTHING_RUNS = [
    "rename web",  # no new name: asked for it
    "rename",
    "web 이름 바꿔줘",
    "web 이름 뭐야?",  # a question
    "web 이름이 뭐야?",
    "what is web's name?",
    "don't rename web",  # prohibitions
    "don't rename web to web-old",
    "web 이름 바꾸지 마",
    "web 이름 web-old로 바꾸지 마세요",
    "change web to web2",  # a change of what? never a guess
    "rename web cache data",  # a third name
    "rename pgdata volume to pg2",  # only containers are renamed
    "rename web to a",  # not a valid container name (two characters at least)
    "rename web to Bad/Name",
    "docker rename web",
    "docker rename web a b",
    "docker rename web -x",
    "rename ghost to ghost2",  # no such container
    "rename web to cache",  # the name is taken
    "docker rename web cache",
    "rename web to web",  # already its name
    "web 이름 cache로 변경",
    "web 서비스 이름을 api로 바꿔",  # a service: never a container renamed, never an update run
]


@pytest.mark.parametrize("said", NOTHING_RUNS)
def test_nothing_runs(said: str) -> None:
    ans = answer(said)
    assert not ans.cli, (said, ans)
    assert not any("service update" in c or "docker run" in c for c in ans.proposal), ans


def _planned(said: str) -> Plan | Unresolved:
    cmd = parse(normalize(said))
    assert not isinstance(cmd, NotUnderstood), cmd
    return plan(cmd, FakeView())


def test_a_missing_container_is_the_codebases_no_such_container() -> None:
    res = _planned("rename ghost to ghost2")
    assert isinstance(res, Unresolved) and res.reason.key == "plan.no_such_container", res
    assert res.reason.kw() == {"name": "ghost"}


def test_a_name_taken_is_said_in_both_languages() -> None:
    res = _planned("web 이름 cache로 변경")
    assert isinstance(res, Unresolved) and res.reason.key == "plan.rename_taken", res
    assert "`cache`" in text(res.reason, "ko") and "이미 있습니다" in text(res.reason, "ko")
    assert text(res.reason, "en") == "A container named `cache` already exists, so `web` was not renamed; give another name."


def test_an_invalid_name_is_refused_before_the_engine() -> None:
    for said in ("rename web to x", "docker rename web a", "rename web to Bad/Name", "web 이름 x로 변경"):
        res = parse(normalize(said))
        assert isinstance(res, NotUnderstood) and res.reason.key == "cli.bad_container_name", (said, res)
    # a Rename made some other way is checked by the plan too
    res2 = plan(m.Rename("web", "-bad", lang="en"), FakeView())
    assert isinstance(res2, Unresolved) and res2.reason.key == "cli.bad_container_name"


def test_refusals_say_why() -> None:
    assert parse(normalize("rename web")).reason.key == "parse.rename_needs_two"  # type: ignore[union-attr]
    assert parse(normalize("docker rename web")).reason.key == "cli.rename_arguments"  # type: ignore[union-attr]
    got = parse(normalize("rename pgdata volume to pg2"))
    assert isinstance(got, NotUnderstood) and got.reason.key == "parse.rename_not_container", got
    assert isinstance(parse(normalize("web 이름 바꾸지 마")), m.Prohibition)
    assert isinstance(parse(normalize("don't rename web")), m.Prohibition)


def test_the_plan_is_one_operate_write_on_both_names() -> None:
    res = _planned("rename my-nginx to proxy")
    assert isinstance(res, Plan), res
    assert res.verb == "rename" and res.verb_class is VerbClass.OPERATE and res.writes and not res.destructive
    [call] = res.calls
    assert call.op == "container.rename" and call.kw() == {"name": "proxy"}
    assert call.target == next(t.id for t in res.targets if t.name == "my-nginx")  # the container by its ID
    assert [(t.kind, t.name) for t in res.targets] == [("container", "my-nginx")]
    assert subjects(res) == [("container", "my-nginx"), ("container", "proxy")]  # both names are the policy's
    assert text(res.summary, "ko") == "`my-nginx` 컨테이너의 이름을 `proxy`(으)로 바꿉니다."  # type: ignore[arg-type]
    assert text(res.summary, "en") == "Rename container `my-nginx` to `proxy`."  # type: ignore[arg-type]


def test_a_prefix_of_a_name_is_asked_for_a_rename() -> None:
    res = _planned("docker rename my-ng x1")
    assert isinstance(res, Unresolved) and res.reason.key == "plan.prefix_for_write", res


POLICY = parse_policy("""\
version: 1
local: op
roles:
  op:
    verbs: [read, operate]
    containers: ["web*", "data*", "!db*"]
  viewer: {verbs: [read]}
bindings:
  - {role: viewer, users: [U0VIEW]}
""", "rename-policy.yaml")
LOCAL = Actor("local:me", local=True)


def _decided(said: str, actor: Actor = LOCAL) -> str:
    res = _planned(said)
    assert isinstance(res, Plan), res
    return authorize(res, Request(said, actor, "terminal"), POLICY).kind


def test_policy_checks_both_the_container_and_the_new_name() -> None:
    assert _decided("rename web to web-old") == "allow"  # operate, not destructive: no confirmation
    assert _decided("rename web to db-old") == "deny"  # the new name is barred
    assert _decided("rename my-nginx to web-2") == "deny"  # the container renamed is not the role's
    assert _decided("rename web to web-old", Actor("U0VIEW")) == "deny"  # a reader may not rename


def _rename_plan(said: str) -> Plan:
    res = _planned(said)
    assert isinstance(res, Plan), res
    return res


def test_the_executor_posts_the_new_name() -> None:
    engine = FakeEngine().on("POST", r"/containers/(\w+)/rename", 204)
    p = _rename_plan("web 이름 web-blue로 변경")
    out = execute(p, fake_client(engine))
    assert out.ok and out.message is not None and out.message.key == "done.rename", out
    cid = p.calls[0].target
    [(params, _body)] = engine.asked("POST", f"/containers/{cid}/rename")
    assert params["name"] == ["web-blue"]
    assert text(out.message, "ko") == "`web` 컨테이너의 이름을 `web-blue`(으)로 바꿨습니다."
    assert text(out.message, "en") == "Renamed container `web` to `web-blue`."


def test_a_name_taken_meanwhile_is_one_sentence() -> None:
    engine = FakeEngine().on("POST", r"/containers/(\w+)/rename", 409, {
        "message": 'Conflict. The container name "/proxy" is already in use by container "abc". You have to remove '
                   '(or rename) that container to be able to reuse that name.'})
    engine.on("GET", r"/containers/json", 200, [])
    out = execute(_rename_plan("rename my-nginx to proxy"), fake_client(engine))
    assert not out.ok and out.message is not None and out.message.key == "err.name_in_use", out
    assert out.message.kw()["name"] == "proxy"


# (brk21) a later step of a sequence on a container an earlier step renamed acts on its new name, and none acts on a name
# the plan removed (bot/engine/plan.py `_AfterSteps`, `_renamed_in`)
@pytest.mark.parametrize("steps,cli", [
    ((m.Rename("web", "web2", lang="ko"), m.Restart(lang="ko", targets=("web",))),
     ["docker rename web web2", "docker restart web2"]),
    ((m.Rename("web", "web2", lang="en"), m.Restart(lang="en", targets=("web2",))),
     ["docker rename web web2", "docker restart web2"]),
    ((m.Rename("cache", "cache-old", lang="en"), m.Logs(lang="en", target="cache")),
     ["docker rename cache cache-old", "docker logs cache-old"]),
])
def test_a_later_step_acts_on_the_new_name(steps: tuple[m.Command, ...], cli: list[str]) -> None:
    res = plan(m.Sequence(lang="en", steps=steps), FakeView())
    assert isinstance(res, Plan) and list(res.cli) == cli, res


def test_a_later_step_on_a_removed_container_plans_nothing() -> None:
    seq = m.Sequence(lang="en", steps=(m.Remove(lang="en", targets=("web",)), m.Restart(lang="en", targets=("web",))))
    res = plan(seq, FakeView())
    assert isinstance(res, Unresolved) and res.reason.key == "plan.no_such_container", res


def test_a_new_container_may_take_a_removed_name() -> None:
    seq = m.Sequence(lang="en", steps=(m.Remove(lang="en", targets=("web",)), m.RunContainer(image="nginx", name="web",
                                                                                             lang="en")))
    res = plan(seq, FakeView())
    assert isinstance(res, Plan) and res.cli[0] == "docker rm web" and "--name web" in res.cli[1], res


@pytest.mark.parametrize("said,key", [
    ("web 이름 바꿀 수 있어?", "parse.rename_asked"), ("cache 이름 바꿔도 되나요?", "parse.rename_asked"),
    ("can i rename web?", "parse.rename_asked"), ("web 이름 web2로 바꿔도 돼?", "parse.asked"),
])
def test_a_rename_asked_is_asked(said: str, key: str) -> None:
    res = parse(normalize(said))
    assert isinstance(res, m.NotUnderstood) and res.reason.key == key, res
