"""docker CLI text -> Command, read as docker reads it.

`read(text, lang)` is the entry point `bot.parse.parse` calls for the docker-CLI dialect
(`docker run -d -p 80:80 nginx`, with or without the leading `docker`).
"""
from __future__ import annotations

import re

from lark import Token, Tree

from bot import grammar
from bot import model as m
from bot.model import Lang
from bot.parse import (
    CONTAINER_NAME,
    IMAGE_REF,
    Incomplete,
    _port_number,
    _shell_meta,
    _unquote,
    portmap,
)

_LONG_EQ = re.compile(
    r"(?<!\S)(--(?:name|publish|env|volume|network|net|restart|entrypoint|tail|since|driver"
    r"|time|signal|expose|volumes-from|user|workdir|host|context|cap-add|pid|ipc|device"
    r"|security-opt|userns))=")



def read(text: str, lang: Lang) -> m.Command:
    """Read one docker command. Raises `Incomplete` (read, but not a command docker accepts)
    or lark's `UnexpectedInput` (not readable as a docker command)."""
    meta = _shell_meta(text)
    if meta:
        raise Incomplete("parse.shell_meta", char=meta[0])
    tree = grammar.cli().parse(_LONG_EQ.sub(r"\1 ", _lower(text)))
    return CliReader(lang).read(tree)


def _lower(text: str) -> str:
    from bot.parse import _lower_keywords

    return _lower_keywords(text)


# --------------------------------------------------------------------------- docker CLI


class CliReader:
    """docker-CLI tree -> Command."""

    FLAG_WORDS = {"w_d": "-d", "w_i": "-i", "w_t": "-t", "w_p": "-p", "w_e": "-e", "w_v": "-v",
                  "w_a": "-a", "w_f": "-f", "w_q": "-q", "w_n": "-n", "w_u": "-u", "w_w": "-w",
                  "w_c": "-c", "w_cap_p": "-P", "w_cap_h": "-H", "w_s": "-s"}

    # run/create options that copy their value into a RunContainer field
    VALUES = {"o_restart": "restart", "o_network": "network", "o_pid": "pid", "o_ipc": "ipc",
              "o_userns": "userns", "o_workdir": "workdir", "o_user": "user"}
    LISTS = {"o_volumes_from": "volumes_from", "o_cap_add": "cap_add", "o_device": "devices",
             "o_security_opt": "security_opt"}

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def read(self, tree: Tree) -> m.Command:
        host = None
        cmd_tree = None
        for c in tree.children:
            if isinstance(c, Tree) and c.data == "g_host":
                host = str(c.children[0])
            elif isinstance(c, Tree):
                cmd_tree = c
        assert cmd_tree is not None
        cmd = getattr(self, f"_{cmd_tree.data}")(cmd_tree)
        if host is not None:
            from dataclasses import replace

            cmd = replace(cmd, host_flag=host)
        return cmd

    @staticmethod
    def _opts(t: Tree) -> list[Tree]:
        return [c for c in t.children if isinstance(c, Tree) and c.data.startswith("o_")]

    @staticmethod
    def _toks(t: Tree) -> list[Token]:
        return [c for c in t.children if isinstance(c, Token)]

    def _short(self, o: Tree) -> str:
        return str(o.children[0])[1:]

    def _targets(self, t: Tree) -> tuple[tuple[str, ...], bool]:
        names, all_running = [], False
        for tok in self._toks(t):
            if tok.type == "ALL_RUNNING":
                all_running = True
            else:
                if not CONTAINER_NAME.fullmatch(tok):
                    raise Incomplete("parse.invalid_name", name=str(tok))
                names.append(str(tok))
        if all_running and names:
            raise Incomplete("parse.invalid_name", name="$(docker ps -q)")
        return tuple(names), all_running

    # ---------------------------------------------------------------- run/create
    def _c_run(self, t: Tree, create: bool = False) -> m.Command:
        kw: dict = {"env": [], "ports": [], "expose": [], "volumes": [], "volumes_from": [],
                    "cap_add": [], "devices": [], "security_opt": []}
        detach = False
        image = None
        words: list[str] = []
        for c in t.children:
            if isinstance(c, Tree) and c.data == "image":
                image = str(c.children[0])
                continue
            if image is not None:
                words.append(self._word(c))
                continue
            o = c.data
            v = str(c.children[0]) if c.children else None
            if o == "o_detach":
                detach = True
            elif o == "o_rm":
                kw["remove"] = True
            elif o == "o_tty":
                kw["interactive"] = True
            elif o == "o_short":
                for ch in self._short(c):
                    if ch == "d":
                        detach = True
                    elif ch in "it":
                        kw["interactive"] = True
                    elif ch == "P":
                        raise Incomplete("parse.unsupported", what="-P")
                    else:
                        raise Incomplete("parse.unknown_flag", flag="-" + ch)
            elif o == "o_publish":
                kw["ports"].append(portmap(v))
            elif o == "o_publish_all":
                raise Incomplete("parse.unsupported", what="-P")
            elif o == "o_expose":
                kw["expose"].append(_port_number(v))
            elif o == "o_env":
                if "=" in v:
                    k, val = v.split("=", 1)
                    kw["env"].append((k, _unquote(val)))
                else:
                    raise Incomplete("parse.env_value", name=v)
            elif o == "o_name":
                if not CONTAINER_NAME.fullmatch(v):
                    raise Incomplete("parse.invalid_name", name=v)
                kw["name"] = v
            elif o == "o_entrypoint":
                kw["entrypoint"] = v.strip("\"'")
            elif o == "o_volume":
                kw["volumes"].append(_volume_spec(v))
            elif o == "o_privileged":
                kw["privileged"] = True
            elif o in self.LISTS:
                kw[self.LISTS[o]].append(v)
            elif o in self.VALUES:
                kw[self.VALUES[o]] = v
        assert image is not None
        if not IMAGE_REF.fullmatch(image):
            raise Incomplete("parse.invalid_name", name=image)
        for key in ("env", "ports", "expose", "volumes", "volumes_from", "cap_add", "devices", "security_opt"):
            kw[key] = tuple(kw[key])
        # without -d: a command runs attached; a bare image runs detached (design §2)
        detach_val: bool | None = True if detach and not create else None
        return m.RunContainer(image=image, command=tuple(words), detach=detach_val,
                              create_only=create, lang=self.lang, **kw)

    def _c_create(self, t: Tree) -> m.Command:
        return self._c_run(t, create=True)

    def _word(self, c: Token | Tree) -> str:
        if isinstance(c, Tree):
            return self.FLAG_WORDS.get(c.data, c.data)
        if c.type == "STRING":
            return str(c)[1:-1]
        return str(c)

    # ---------------------------------------------------------------- lifecycle
    def _lifecycle(self, cls: type, t: Tree, **extra: object) -> m.Command:
        names, all_running = self._targets(t)
        return cls(targets=names, all_running=all_running, lang=self.lang, **extra)

    def _c_start(self, t: Tree) -> m.Command:
        return self._lifecycle(m.Start, t)

    def _time(self, t: Tree) -> int | None:
        for o in self._opts(t):
            if o.data == "o_time":
                return int(o.children[0])
        return None

    def _c_stop(self, t: Tree) -> m.Command:
        return self._lifecycle(m.Stop, t, timeout=self._time(t))

    def _c_restart(self, t: Tree) -> m.Command:
        return self._lifecycle(m.Restart, t, timeout=self._time(t))

    def _c_kill(self, t: Tree) -> m.Command:
        sig = None
        for o in self._opts(t):
            if o.data == "o_signal":
                sig = str(o.children[0])
        return self._lifecycle(m.Kill, t, signal=sig)

    def _c_pause(self, t: Tree) -> m.Command:
        return self._lifecycle(m.Pause, t)

    def _c_unpause(self, t: Tree) -> m.Command:
        return self._lifecycle(m.Unpause, t)

    def _c_rm(self, t: Tree) -> m.Command:
        force = volumes = False
        for o in self._opts(t):
            if o.data == "o_force":
                force = True
            elif o.data == "o_volumes":
                volumes = True
            elif o.data == "o_short":
                for ch in self._short(o):
                    if ch == "f":
                        force = True
                    elif ch == "v":
                        volumes = True
                    else:
                        raise Incomplete("parse.unknown_flag", flag="-" + ch)
        names, all_running = self._targets(t)
        if all_running:
            raise Incomplete("parse.rm_all")
        return m.Remove(targets=names, force=force, volumes=volumes, lang=self.lang)

    def _c_prune(self, t: Tree) -> m.Command:
        return m.PruneContainers(lang=self.lang)

    def _c_ps(self, t: Tree) -> m.Command:
        all_ = False
        for o in self._opts(t):
            if o.data == "o_all":
                all_ = True
            elif o.data == "o_short":
                if set(self._short(o)) - set("aq"):
                    raise Incomplete("parse.unknown_flag", flag=str(o.children[0]))
                all_ = all_ or "a" in self._short(o)
        return m.ListContainers(all=all_, lang=self.lang)

    def _c_inspect(self, t: Tree) -> m.Command:
        return m.Inspect(str(self._toks(t)[0]), lang=self.lang)

    def _c_logs(self, t: Tree) -> m.Command:
        tail = since = None
        ts = False
        for o in self._opts(t):
            if o.data == "o_tail":
                tail = int(o.children[0])
            elif o.data == "o_since":
                since = str(o.children[0])
            elif o.data == "o_timestamps":
                ts = True
            elif o.data == "o_follow":
                raise Incomplete("parse.follow")
        name = str(self._toks(t)[0])
        if not CONTAINER_NAME.fullmatch(name):
            raise Incomplete("parse.invalid_name", name=name)
        return m.Logs(name, tail=tail, since=since, timestamps=ts, lang=self.lang)

    def _c_exec(self, t: Tree) -> m.Command:
        interactive = False
        user = workdir = None
        target = None
        words: list[str] = []
        for c in t.children:
            if target is not None:
                words.append(self._word(c))
            elif isinstance(c, Token):
                target = str(c)
            elif c.data == "o_tty":
                interactive = True
            elif c.data == "o_short":
                if set(self._short(c)) - set("it"):
                    raise Incomplete("parse.unknown_flag", flag=str(c.children[0]))
                interactive = True
            elif c.data == "o_user":
                user = str(c.children[0])
            elif c.data == "o_workdir":
                workdir = str(c.children[0])
        assert target is not None
        if not CONTAINER_NAME.fullmatch(target):
            raise Incomplete("parse.invalid_name", name=target)
        return m.Exec(target, tuple(words), interactive=interactive, user=user, workdir=workdir,
                      lang=self.lang)

    def _c_pull(self, t: Tree) -> m.Command:
        return m.Pull(str(self._toks(t)[0]), lang=self.lang)

    def _c_push(self, t: Tree) -> m.Command:
        return m.Push(str(self._toks(t)[0]), lang=self.lang)

    def _c_images(self, t: Tree) -> m.Command:
        return m.ListImages(all=bool(self._opts(t)), lang=self.lang)

    def _c_rmi(self, t: Tree) -> m.Command:
        force = any(o.data == "o_force" for o in self._opts(t))
        return m.RemoveImage(tuple(str(x) for x in self._toks(t)), force=force, lang=self.lang)

    def _c_volume_create(self, t: Tree) -> m.Command:
        name = driver = None
        for c in t.children:
            if isinstance(c, Token):
                name = str(c)
            elif c.data == "o_name":
                name = str(c.children[0])
            elif c.data == "o_driver":
                driver = str(c.children[0])
        if name is None:
            raise Incomplete("parse.need_target", what="volume")
        return m.VolumeCreate(name, driver=driver, lang=self.lang)

    def _c_volume_ls(self, t: Tree) -> m.Command:
        return m.VolumeList(lang=self.lang)

    def _c_volume_inspect(self, t: Tree) -> m.Command:
        return m.VolumeInspect(str(self._toks(t)[0]), lang=self.lang)

    def _c_volume_rm(self, t: Tree) -> m.Command:
        force = any(o.data == "o_force" for o in self._opts(t))
        return m.VolumeRemove(tuple(str(x) for x in self._toks(t)), force=force, lang=self.lang)

    def _c_network_create(self, t: Tree) -> m.Command:
        names = [str(x) for x in self._toks(t)]
        driver = next((str(o.children[0]) for o in self._opts(t) if o.data == "o_driver"), None)
        if len(names) != 1:
            raise Incomplete("parse.need_target", what="network")
        return m.NetworkCreate(names[0], driver=driver, lang=self.lang)

    def _c_network_ls(self, t: Tree) -> m.Command:
        return m.NetworkList(lang=self.lang)

    def _c_network_inspect(self, t: Tree) -> m.Command:
        return m.NetworkInspect(str(self._toks(t)[0]), lang=self.lang)

    def _c_network_rm(self, t: Tree) -> m.Command:
        return m.NetworkRemove(tuple(str(x) for x in self._toks(t)), lang=self.lang)

    def _c_network_connect(self, t: Tree) -> m.Command:
        net, cont = (str(x) for x in self._toks(t))
        return m.NetworkConnect(net, cont, lang=self.lang)

    def _c_network_disconnect(self, t: Tree) -> m.Command:
        net, cont = (str(x) for x in self._toks(t))
        force = any(o.data == "o_force" for o in self._opts(t))
        return m.NetworkDisconnect(net, cont, force=force, lang=self.lang)


def _volume_spec(v: str) -> m.VolumeSpec:
    parts = v.split(":")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise Incomplete("parse.volume_spec", spec=v)
    mode = parts[2] if len(parts) > 2 else "rw"
    if mode not in ("ro", "rw"):
        raise Incomplete("parse.volume_spec", spec=v)
    return m.VolumeSpec(parts[0], parts[1], read_only=mode == "ro")
