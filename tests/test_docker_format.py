"""bot/engine/docker_format.py: engine payloads to the docker CLI's tables and to short inspect
summaries — pure functions, fed here the JSON the Engine API answers (API 1.41, dockerd 20.10).

The durations are docker/go-units' own table (duration_test.go, TestHumanDuration); sizes are
docker's `units.HumanSizeWithPrecision(size, 3)` as `docker images` prints them. The same tables
through execute(): tests/test_execute_units.py (canned engine), tests/test_execute.py (real engine).
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.engine.docker_format import (
    ago,
    container_fields,
    containers_table,
    human_duration,
    human_size,
    images_table,
    network_fields,
    networks_table,
    parse_time,
    ports_from_list,
    ports_from_settings,
    short_id,
    volume_fields,
    volumes_table,
    when,
)

MIN, HOUR, DAY = 60, 3600, 86400
WEEK, MONTH, YEAR = 7 * DAY, 30 * DAY, 365 * DAY


@pytest.mark.parametrize("seconds, said", [
    (0.45, "Less than a second"), (1, "1 second"), (45, "45 seconds"), (59, "59 seconds"),
    (60, "About a minute"), (3 * MIN, "3 minutes"), (35 * MIN + 40, "35 minutes"), (59 * MIN, "59 minutes"),
    (HOUR, "About an hour"), (HOUR + 29 * MIN, "About an hour"), (HOUR + 31 * MIN, "2 hours"),
    (3 * HOUR + 29 * MIN, "3 hours"), (3 * HOUR + 31 * MIN, "4 hours"), (2 * HOUR + 30 * MIN, "3 hours"),
    (24 * HOUR, "24 hours"), (DAY + 12 * HOUR, "36 hours"), (2 * DAY, "2 days"), (13 * DAY + 5 * HOUR, "13 days"),
    (2 * WEEK, "2 weeks"), (2 * WEEK + 4 * DAY, "2 weeks"), (MONTH, "4 weeks"), (MONTH + 2 * WEEK, "6 weeks"),
    (2 * MONTH, "2 months"), (5 * MONTH + 2 * WEEK, "5 months"), (24 * MONTH, "24 months"),
    (24 * MONTH + 2 * WEEK, "2 years"), (3 * YEAR + 2 * MONTH, "3 years"),
])
def test_durations_as_docker_says_them(seconds: float, said: str) -> None:
    assert human_duration(seconds) == said


def test_ago_counts_back_from_now() -> None:
    assert ago(1_700_000_000, now=1_700_000_000 + 3 * HOUR) == "3 hours ago"


@pytest.mark.parametrize("size, said", [
    (0, "0B"), (999, "999B"), (1000, "1kB"), (1024, "1.02kB"), (1_048_576, "1.05MB"),
    (187_654_321, "188MB"), (7_800_000, "7.8MB"), (1.5e12, "1.5TB"), (3e18, "3e+03PB"),
])
def test_sizes_as_docker_images_prints_them(size: float, said: str) -> None:
    assert human_size(size) == said


@pytest.mark.parametrize("value, meant", [
    ("2024-05-01T10:00:00.123456789Z", datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)),  # nanoseconds
    ("2024-05-01T10:00:00Z", datetime(2024, 5, 1, 10, tzinfo=UTC)),
    ("2024-05-01T19:00:00.5+09:00", datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)),
])
def test_engine_timestamps_keep_their_zone(value: str, meant: datetime) -> None:
    got = parse_time(value)
    assert got is not None and got.utcoffset() is not None and got == meant


@pytest.mark.parametrize("value", [None, "", "0001-01-01T00:00:00Z", "yesterday"])
def test_no_time_or_the_zero_time_is_none(value: str | None) -> None:
    assert parse_time(value) is None and when(value) == "-"


def test_when_is_utc_and_how_long_ago() -> None:
    two_hours = (datetime.now(UTC) - timedelta(hours=2, minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%f000Z")
    stamp = two_hours[:10] + " " + two_hours[11:19] + " UTC"
    assert when(two_hours) == f"{stamp} (2 hours ago)"


def test_an_id_is_shown_by_its_first_12_characters() -> None:
    assert short_id("sha256:" + "0123456789ab" * 5 + "cdef") == "0123456789ab"
    assert short_id("abc") == "abc"


def test_ports_as_docker_ps_shows_them() -> None:
    listed = [
        {"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"},
        {"IP": "::", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"},  # the IPv6 twin: said once
        {"IP": "127.0.0.1", "PrivatePort": 53, "PublicPort": 5353, "Type": "udp"},
        {"PrivatePort": 443, "Type": "tcp"},  # exposed, not published
    ]
    assert ports_from_list(listed) == "127.0.0.1:5353->53/udp, 0.0.0.0:8080->80/tcp, 443/tcp"
    assert ports_from_list([{"IP": "::", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}]) == "[::]:8080->80/tcp"
    assert ports_from_list([]) == ""


def test_ports_from_inspect_are_said_the_same_way() -> None:
    settings = {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}, {"HostIp": "::", "HostPort": "8080"}],
                "443/tcp": None, "53/udp": [{"HostIp": "127.0.0.1", "HostPort": "5353"}]}
    assert ports_from_settings(settings) == "443/tcp, 127.0.0.1:5353->53/udp, 0.0.0.0:8080->80/tcp"
    assert ports_from_settings(None) == "" and ports_from_settings({}) == ""


def test_containers_table_is_docker_ps() -> None:
    raw = [{"Id": "a" * 64, "Names": ["/web"], "Image": "nginx", "Command": "/docker-entrypoint.sh nginx -g 'daemon off;'",
            "Status": "Up 2 hours", "Ports": [{"IP": "127.0.0.1", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}]},
           {"Id": "b" * 64, "Names": ["/db"], "Image": "sha256:" + "c" * 64, "Command": "mysqld",
            "Status": "Exited (0) 3 days ago", "Ports": None}]
    t = containers_table(raw)
    assert t.columns == ("CONTAINER ID", "IMAGE", "COMMAND", "STATUS", "PORTS", "NAMES")
    assert t.rows == (("a" * 12, "nginx", '"/docker-entrypoint.…"', "Up 2 hours", "127.0.0.1:8080->80/tcp", "web"),
                      ("b" * 12, "c" * 12, '"mysqld"', "Exited (0) 3 days ago", "", "db"))
    assert containers_table([]).rows == ()


def test_images_table_is_docker_images_newest_first_one_row_per_tag() -> None:
    now = 1_700_000_000
    raw = [{"Id": "sha256:" + "1" * 64, "RepoTags": ["nginx:latest", "127.0.0.1:5000/nginx:1.25"],
            "Created": now - 3 * DAY, "Size": 187_654_321},
           {"Id": "sha256:" + "2" * 64, "RepoTags": None, "Created": now - HOUR, "Size": 7_800_000},
           {"Id": "sha256:" + "3" * 64, "RepoTags": ["<none>:<none>"], "Created": now - 2 * YEAR, "Size": 999}]
    t = images_table(raw, now=now)
    assert t.columns == ("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE")
    assert t.rows == (("<none>", "<none>", "2" * 12, "About an hour ago", "7.8MB"),
                      ("nginx", "latest", "1" * 12, "3 days ago", "188MB"),
                      ("127.0.0.1:5000/nginx", "1.25", "1" * 12, "3 days ago", "188MB"),
                      ("<none>", "<none>", "3" * 12, "2 years ago", "999B"))


def test_volume_and_network_lists_are_sorted_by_name() -> None:
    vols = volumes_table([{"Driver": "local", "Name": "pgdata"}, {"Driver": "local", "Name": "db"}])
    assert vols.columns == ("DRIVER", "VOLUME NAME") and vols.rows == (("local", "db"), ("local", "pgdata"))
    nets = networks_table([{"Id": "f" * 64, "Name": "host", "Driver": "host", "Scope": "local"},
                           {"Id": "e" * 64, "Name": "backend", "Driver": "bridge", "Scope": "local"}])
    assert nets.columns == ("NETWORK ID", "NAME", "DRIVER", "SCOPE")
    assert nets.rows == (("e" * 12, "backend", "bridge", "local"), ("f" * 12, "host", "host", "local"))


def test_a_containers_inspect_in_a_few_lines() -> None:
    anon = "d" * 64
    fields = dict(container_fields({
        "Id": "a" * 64, "Name": "/web", "Image": "sha256:" + "9" * 64, "Created": "0001-01-01T00:00:00Z",
        "RestartCount": 2,
        "State": {"Status": "exited", "ExitCode": 137, "FinishedAt": "0001-01-01T00:00:00Z",
                  "Health": {"Status": "unhealthy"}},
        "Config": {"Image": "nginx:1.25", "Entrypoint": ["/docker-entrypoint.sh"], "Cmd": ["nginx", "-g", "daemon off;"]},
        "HostConfig": {"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3}},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]},
                            "Networks": {"bridge": {"IPAddress": ""}, "backend": {"IPAddress": "172.18.0.2"}}},
        "Mounts": [{"Type": "volume", "Name": "pgdata", "Destination": "/var/lib/data", "RW": True},
                   {"Type": "bind", "Source": "/srv/site", "Destination": "/usr/share/nginx/html", "RW": False},
                   {"Type": "volume", "Name": anon, "Destination": "/cache"}],
    }))
    assert fields == {
        "field.name": "web", "field.id": "a" * 12, "field.image": "nginx:1.25", "field.state": "exited, since -",
        "field.exit_code": "137", "field.health": "unhealthy", "field.restarts": "2",
        "field.restart_policy": "on-failure:3", "field.ports": "127.0.0.1:8080->80/tcp",
        "field.mounts": "volume pgdata -> /var/lib/data; bind /srv/site -> /usr/share/nginx/html (ro); "
                        f"volume {anon[:12]} -> /cache",
        "field.networks": "backend 172.18.0.2; bridge -",
        "field.command": "/docker-entrypoint.sh nginx -g 'daemon off;'", "field.created": "-",
    }


def test_a_running_containers_inspect_says_since_when_and_no_exit_code() -> None:
    fields = dict(container_fields({"Name": "/cache", "Id": "c" * 64, "Image": "sha256:" + "8" * 64,
                                    "State": {"Status": "running", "StartedAt": "2024-05-01T10:00:00.5Z"}}))
    assert fields["field.state"].startswith("running, since 2024-05-01 10:00:00 UTC (")
    assert fields["field.image"] == "8" * 12  # no Config.Image: the image id
    assert "field.exit_code" not in fields and "field.health" not in fields
    assert (fields["field.restart_policy"], fields["field.ports"], fields["field.mounts"], fields["field.networks"],
            fields["field.command"]) == ("no", "-", "-", "-", "-")


def test_a_volumes_and_a_networks_inspect() -> None:
    assert dict(volume_fields({"Name": "pgdata", "Driver": "local", "Mountpoint": "/var/lib/docker/volumes/pgdata/_data",
                               "Labels": {"b": "2", "a": "1"}}, ["db", "backup"])) == {
        "field.name": "pgdata", "field.driver": "local", "field.mountpoint": "/var/lib/docker/volumes/pgdata/_data",
        "field.created": "-", "field.labels": "a=1, b=2", "field.used_by": "db, backup"}
    assert dict(volume_fields({"Name": "x", "Labels": None}, []))["field.used_by"] == "-"
    assert dict(network_fields({
        "Name": "backend", "Id": "e" * 64, "Driver": "bridge", "Scope": "local",
        "IPAM": {"Config": [{"Subnet": "172.18.0.0/16", "Gateway": "172.18.0.1"}]},
        "Containers": {"x": {"Name": "web", "IPv4Address": "172.18.0.3/16"}, "y": {"Name": "db", "IPv4Address": ""}},
    })) == {"field.name": "backend", "field.id": "e" * 12, "field.driver": "bridge", "field.scope": "local",
            "field.subnet": "172.18.0.0/16", "field.gateway": "172.18.0.1", "field.members": "db -; web 172.18.0.3/16"}
