"""bot/language/parse_swarm.py: swarm services and nodes in the three dialects — replica counts and
`service create -p` values, each docker CLI subcommand's reader (CLI_READERS, given the words after
the command words), and the service sentence of an English clause (`natural`, reached through
bot/language/parse_natural.py's `read`, which decides the main verb first).

Each service phrasing in Korean and English to its docker command, through parse() and plan():
tests/test_swarm_plan.py; against a real swarm: tests/test_e2e_swarm.py.
"""
from __future__ import annotations

import pytest

from bot.language import grammar, parse_natural
from bot.language.parse import Incomplete
from bot.language.parse_swarm import CLI_READERS, MAX_REPLICAS, replicas_value, service_publish
from bot.model import (
    Msg,
    NodeList,
    NodeUpdate,
    PortSpec,
    ServiceCreate,
    ServiceList,
    ServiceLogs,
    ServicePs,
    ServiceRemove,
    ServiceRollback,
    ServiceScale,
    ServiceUpdate,
)


def refused(fn, *args) -> Msg:
    with pytest.raises(Incomplete) as e:
        fn(*args)
    return e.value.msg


@pytest.mark.parametrize("text, n", [("0", 0), ("5", 5), (str(MAX_REPLICAS), MAX_REPLICAS)])
def test_a_replica_count(text: str, n: int) -> None:
    assert replicas_value(text) == n


@pytest.mark.parametrize("text, msg", [
    ("1001", Msg.of("swarm.too_many_replicas", value="1001", max=MAX_REPLICAS)),  # a typo, not a request
    ("-1", Msg.of("swarm.bad_replicas", value="-1")),
    ("five", Msg.of("swarm.bad_replicas", value="five")),
    ("", Msg.of("swarm.bad_replicas", value="")),
])
def test_a_replica_count_that_is_none(text: str, msg: Msg) -> None:
    assert refused(replicas_value, text) == msg


@pytest.mark.parametrize("spec, port, mode", [  # docker/cli opts/port.go PortOpt.Set
    ("8080:80", PortSpec(8080, 80), None),
    ("8080:80/udp", PortSpec(8080, 80, proto="udp"), None),
    ("80", PortSpec(None, 80, random_host=True), None),  # swarm picks the published port
    ("published=8080,target=80,protocol=tcp,mode=host", PortSpec(8080, 80), "host"),
    ("target=53,protocol=UDP", PortSpec(None, 53, proto="udp", random_host=True), None),
    ("mode=ingress,target=80,published=8080", PortSpec(8080, 80), "ingress"),
])
def test_service_publish_reads_the_short_and_the_long_form(spec: str, port: PortSpec, mode: str | None) -> None:
    assert service_publish(spec) == (port, mode)


@pytest.mark.parametrize("spec, msg", [
    ("127.0.0.1:8080:80", Msg.of("swarm.bad_publish", spec="127.0.0.1:8080:80")),  # a host IP is no swarm notion
    ("published=8080", Msg.of("swarm.bad_publish", spec="published=8080")),  # no target
    ("mode=x,target=80", Msg.of("swarm.bad_publish", spec="mode=x,target=80")),
    ("foo=1,target=80", Msg.of("swarm.bad_publish", spec="foo=1,target=80")),
    ("99999:80", Msg.of("swarm.bad_publish", spec="99999:80")),
    ("8080:80/icmp", Msg.of("cli.bad_proto", proto="icmp")),
])
def test_service_publish_refuses_what_docker_refuses(spec: str, msg: Msg) -> None:
    assert refused(service_publish, spec) == msg


@pytest.mark.parametrize("reader, ws, cmd", [
    ("service_create", ["--name", "web", "--replicas", "3", "-p", "8080:80", "nginx:1.25"],
     ServiceCreate("nginx:1.25", name="web", replicas=3, ports=(PortSpec(8080, 80),), lang="cli")),
    ("service_ls", [], ServiceList(lang="cli")),
    ("service_ps", ["web"], ServicePs("web", lang="cli")),
    ("service_logs", ["--tail", "10", "web"], ServiceLogs("web", tail=10, lang="cli")),
    ("service_scale", ["web=3"], ServiceScale("web", 3, lang="cli")),
    ("service_update", ["--image", "nginx:1.26", "web"], ServiceUpdate("web", image="nginx:1.26", lang="cli")),
    ("service_update", ["--force", "web"], ServiceUpdate("web", force=True, lang="cli")),
    ("service_rollback", ["web"], ServiceRollback("web", lang="cli")),
    ("service_rm", ["web", "api"], ServiceRemove(("web", "api"), lang="cli")),
    ("node_ls", [], NodeList(lang="cli")),
    ("node_update", ["--availability", "drain", "n1"], NodeUpdate("n1", "drain", lang="cli")),
])
def test_each_docker_subcommand_is_read_by_its_reader(reader: str, ws: list[str], cmd) -> None:
    assert CLI_READERS[reader](ws, "cli") == cmd


@pytest.mark.parametrize("reader, ws, msg", [
    ("service_scale", ["web=3", "api=0"], Msg.of("swarm.scale_one", command="service scale")),
    ("service_scale", ["web"], Msg.of("swarm.scale_syntax", word="web")),
    ("service_ls", ["x"], Msg.of("cli.no_arguments", command="service ls", word="x")),
    ("service_inspect", ["web", "api"], Msg.of("cli.one_argument", command="service inspect")),
    ("node_update", ["--availability", "gone", "n1"], Msg.of("swarm.bad_availability", value="gone")),
    ("service_create", ["--name", "bad name", "nginx"], Msg.of("parse.invalid_name", name="bad name")),
])
def test_a_reader_refuses_with_the_reason(reader: str, ws: list[str], msg: Msg) -> None:
    assert refused(CLI_READERS[reader], ws, "cli") == msg


def readen(text: str):
    return parse_natural.read(grammar.natural().parse(text), "en", text)


@pytest.mark.parametrize("text, cmd", [
    ("scale service web to 5", ServiceScale("web", 5)),
    ("scale web=3", ServiceScale("web", 3)),                       # a verb only a service has
    ("restart service web", ServiceUpdate("web", force=True)),     # every task again: --force
    ("update service web to nginx:1.25", ServiceUpdate("web", image="nginx:1.25")),
    ("rollback service web", ServiceRollback("web")),
    ("list services", ServiceList()),
    ("show service web", ServicePs("web")),
    ("show logs of service web", ServiceLogs("web")),
    ("list nodes", NodeList()),
    ("drain node n1", NodeUpdate("n1", "drain")),
    ("run nginx as a service named web with 3 replicas", ServiceCreate("nginx", name="web", replicas=3)),
])
def test_a_sentence_about_a_service_is_its_service_command(text: str, cmd) -> None:
    assert readen(text) == cmd


@pytest.mark.parametrize("text, msg", [
    ("stop service web", Msg.of("swarm.no_such_verb", verb="stop")),   # stop is not scale to 0: never guessed
    ("scale service web by 2", Msg.of("swarm.relative_replicas")),     # docker scales to a total
    ("scale service web to 5000", Msg.of("swarm.too_many_replicas", value="5000", max=MAX_REPLICAS)),
])
def test_a_sentence_that_makes_no_service_command_is_refused(text: str, msg: Msg) -> None:
    assert refused(readen, text) == msg
