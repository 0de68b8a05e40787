"""Help lists only what the asker may do, in their language (issue 3: help reuses the policy)."""
import os

from bot.model import Actor, Request
from bot.pipeline import Gorae
from bot.policy.check import load_authorizer

POLICY = os.path.join(os.path.dirname(__file__), "..", "deploy", "policy.yaml")


def ask(text, user, channel, local=False):
    gorae = Gorae(authorizer=load_authorizer(POLICY))
    return gorae.handle(Request(text, Actor(user, local=local), channel=channel, source="slack"))


def test_viewer_sees_only_reads():
    reply = ask("help", "U999", "C0123OPS")  # everyone in #ops is a viewer
    assert reply.status == "info" and len(reply.notes) == 1
    assert reply.notes[0].startswith("look:")


def test_operator_in_ops_sees_operate_and_exec():
    reply = ask("도움말", "U02BOB", "C0123OPS")
    kinds = [n.split(":")[0] for n in reply.notes]
    assert kinds == ["보기", "운영", "실행"]


def test_stranger_is_told_there_is_nothing():
    reply = ask("help", "U999", "C0NOWHERE")
    assert reply.notes == () and "may not do anything" in reply.headline


def test_local_admin_sees_everything():
    reply = Gorae().handle(Request("help", Actor("local:me", local=True)))
    assert len(reply.notes) == 7
