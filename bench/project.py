"""The project under test's functions by role, in either layout of `bot/` (bench/run.py --project).

`bot/` was regrouped in folders by stage in commit 2fafca1 (issue 10); a checkout from before
that has the same functions under flat module names (`bot.engine`, `bot.policy`, `bot.audit`,
`bot.render.to_terminal`, ...). The benchmarks import the project under test through this table,
so one bench drives both sides of the layout's before/after (bench/RESULTS.md). Which layout is
decided by what `bot` the interpreter imports (`sys.path`: bench/run.py puts --project DIR first;
child processes get it through PYTHONPATH, bench/common.py `py_env`).

    from project import get, module_name
    Gorae = get("Gorae")
    to_terminal = get("to_terminal")          # (reply, *, color) -> str in both layouts
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

# role -> ("module:attr" in folders by stage, "module:attr" before the layout); a role without
# ":" is a module
NAMES: dict[str, tuple[str, str]] = {
    "Gorae": ("bot.pipeline:Gorae", "bot.pipeline:Gorae"),
    "Actor": ("bot.model:Actor", "bot.model:Actor"),
    "Request": ("bot.model:Request", "bot.model:Request"),
    "DockerView": ("bot.engine.view:DockerView", "bot.engine:DockerView"),
    "docker_client": ("bot.engine.view:docker_client", "bot.engine:docker_client"),
    "execute": ("bot.engine.execute:execute", "bot.execute:execute"),
    "load_authorizer": ("bot.policy.check:load_authorizer", "bot.policy:load_authorizer"),
    "AuditLog": ("bot.state.audit:AuditLog", "bot.audit:AuditLog"),
    "outcome": ("bot.render:outcome", "bot.render:outcome"),
    "to_terminal": ("bot.front.terminal:render", "bot.render:to_terminal"),
    "render_reply": ("bot.front.slack.blocks:render_reply", "bot.slack.blocks:render_reply"),
    "parse": ("bot.language.parse:parse", "bot.parse:parse"),
    "cli": ("bot.front.cli", "bot.cli"),
    "grammar": ("bot.language.grammar", "bot.grammar"),
    "parse_module": ("bot.language.parse", "bot.parse"),
}


def flat() -> bool:
    """True when the `bot` package imported is from before the layout (no bot/front/ next to its
    __init__). Asked of the folder, not of the import system: gorae's editable install answers
    `find_spec("bot.front")` from this checkout even when `bot` itself came from --project."""
    import bot

    return not (Path(bot.__file__ or "").parent / "front").is_dir()


def module_name(role: str) -> str:
    """The dotted module name of `role` (its "module" part) in the layout on sys.path."""
    return NAMES[role][1 if flat() else 0].split(":", 1)[0]


def get(role: str) -> Any:
    """The module or function that plays `role` in the project on sys.path. Raises KeyError
    for an unknown role, ImportError/AttributeError when the project lacks it."""
    where = NAMES[role][1 if flat() else 0]
    mod, _, attr = where.partition(":")
    m = importlib.import_module(mod)
    return getattr(m, attr) if attr else m


def default_authorizer() -> Any:
    """The authorizer of the default policy (no policy file: the terminal user is admin)."""
    if flat():
        return get("load_authorizer")(None, resolve=False)
    return get("load_authorizer")(None)


def policy_authorizer(path: str | None = None) -> Any:
    """The authorizer `gorae explain` builds: the policy file found as the config says, else the default."""
    try:
        from bot.config import policy_path
    except ImportError:  # before issue 10's bot/config.py: load_authorizer finds the file itself
        return get("load_authorizer")(path)
    return get("load_authorizer")(policy_path(path))
