"""The kinds of a Kubernetes user's habits that tests/data/wordings_fresh19.yaml (`kind: k8s`) missed (branch k8s21),
each fixed as a kind in grammar/ or bot/language/: kubectl's pod (pods, po, 파드) is docker's container
(grammar/natural.lark `kind`, `plural`), `-A`/`--all-namespaces` is all (`all`), `-o yaml|json|wide` asks what is shown
(`_filler`), `top pod X` typed without docker is docker stats (bot/language/parse_cli.py `_kube_top`, grammar/lexicon.txt
kube_pods), and kubectl exec's `--` is the separator (parse_cli.py `_exec_separator`): never a program `--` planned.
Read through `Gorae.explain` over the fake corpus world. `None`: nothing may run (a refusal, or a proposal that is no
write)."""
from __future__ import annotations

import pytest
from test_parse_blind6 import check
from test_wordings_fresh import answer

# a pod is a container; pods are the containers
PODS = [
    ("get pods", ["docker ps"]),
    ("get po", ["docker ps"]),
    ("get pods please", ["docker ps"]),
    ("get pods 해줘", ["docker ps"]),
    ("describe pod cache", ["docker inspect cache"]),
    ("db pod describe", ["docker inspect db"]),
    ("delete pod cache", ["docker rm cache"]),
    ("delete pod data --force", ["docker rm -f data"]),
    ("web 파드 재시작해줘", ["docker restart web"]),
    ("cache 파드 로그 보여줘", ["docker logs cache"]),
    ("파드 목록 보여줘", ["docker ps"]),
    ("pod 다 보여줘", ["docker ps -a"]),
    ("web 파드 describe 해줘", ["docker inspect web"]),
    ("data 파드 강제로 지워", ["docker rm -f data"]),
    # unseen wordings of the kind
    ("describe po web", ["docker inspect web"]),
    ("show me the pods", ["docker ps"]),
    ("restart pod my-nginx", ["docker restart my-nginx"]),
    ("stop the cache pod", ["docker stop cache"]),
    ("db 파드 꺼줘", ["docker stop db"]),
    ("파드 전부 보여줘", ["docker ps -a"]),
    ("logs of pod web", ["docker logs web"]),
    # neighbours that stay as they were
    ("get containers", ["docker ps"]),
    ("describe container cache", ["docker inspect cache"]),
    ("delete container cache", ["docker rm cache"]),
    ("web 컨테이너 재시작", ["docker restart web"]),
]

# every namespace is every container; an output format asks the details (or the list) shown
FLAGS = [
    ("get pods -A", ["docker ps -a"]),
    ("get pods --all-namespaces", ["docker ps -a"]),
    ("get pod web -o yaml", ["docker inspect web"]),
    ("get pod cache -o wide", ["docker inspect cache"]),
    ("describe pod db -o json", ["docker inspect db"]),
    ("get po -A", ["docker ps -a"]),
    ("show containers -a", ["docker ps -a"]),
    ("web에서 ps -o pid 실행", ["docker exec web ps -o pid"]),
]

# kubectl top pod: the resource use, one sample; docker top stays docker top
TOP = [
    ("top pod web", ["docker stats --no-stream web"]),
    ("top pods", ["docker stats --no-stream"]),
    ("top po cache", ["docker stats --no-stream cache"]),
    ("top pod web cache", ["docker stats --no-stream web cache"]),
    ("top web", ["docker top web"]),
    ("docker top web", ["docker top web"]),
    ("docker stats --no-stream web", ["docker stats --no-stream web"]),
]

# kubectl exec's `--`: the separator said without docker; asked back typed with docker; refused said twice
EXEC = [
    ("exec cache -- redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("exec data -- cat /etc/hostname", ["docker exec data cat /etc/hostname"]),
    ("exec web -- ls /etc", ["docker exec web ls /etc"]),
    ("exec -u root data -- id", ["docker exec -u root data id"]),
    ("exec web -- env", ["docker exec web env"]),
    ("exec web -- ls -- /etc", None),
    ("exec web --", None),
    ("exec cache redis-cli ping", ["docker exec cache redis-cli ping"]),
    ("docker exec web sh -c \"echo -- hi\"", ["docker exec web sh -c 'echo -- hi'"]),
]

# what docker has no meaning of: nothing runs
NONE = [
    "scale deployment web --replicas=2",
    "rollout restart deployment web",
    "rollout undo web",
    "rollout status web",
    "kubectl logs -f web",
    "kubectl exec -it web -- sh",
    "port-forward web 8080:80",
    "get nodes",
    "get svc",
    "apply -f web.yaml",
    "get events",
    "web 레플리카 3개로 늘려줘",
    "web 디플로이먼트 롤아웃 재시작",
    "kubectl처럼 get pods 하면 돼?",
    "cache 파드 이벤트 보여줘",
    # unseen
    "scale web --replicas=3",
    "rollout history web",
    "kubectl get pods",
    "get deployments",
]


@pytest.mark.parametrize("text, want", PODS, ids=[t for t, _ in PODS])
def test_pods(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", FLAGS, ids=[t for t, _ in FLAGS])
def test_kubectl_flags(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", TOP, ids=[t for t, _ in TOP])
def test_top_pod(text, want):
    check(text, want)


@pytest.mark.parametrize("text, want", EXEC, ids=[t for t, _ in EXEC])
def test_exec_separator(text, want):
    check(text, want)
    assert not any(c.split()[2:3] == ["--"] or " -- " in c.split(" ", 3)[-1][:3] for c in answer(text).cli)


def test_docker_exec_separator_is_asked_back():
    """Typed docker CLI runs as typed, and docker would run a program `--`: asked back, the command after `--` offered."""
    ans = answer("docker exec cache -- redis-cli ping")
    assert not ans.cli and ans.proposal == ("docker exec cache redis-cli ping",)


@pytest.mark.parametrize("text", NONE)
def test_no_docker_meaning(text):
    check(text, None)


def test_kubectl_typed_runs_nothing():
    """`kubectl delete pod cache`: nothing runs; the docker words read after `kubectl` may only be asked back as the
    removal of cache itself (a proposal, y/n), never another write."""
    ans = answer("kubectl delete pod cache")
    assert not ans.cli and ans.proposal in ((), ("docker rm cache",)), ans
