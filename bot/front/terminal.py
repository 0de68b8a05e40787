"""A Reply as terminal text: rich colours and tables on a TTY, plain aligned text otherwise.

    print(render(reply, color=False))

Plain output looks like the docker CLI's (columns padded with three spaces),
aligned by display width so Korean text lines up.
"""
from __future__ import annotations

import io
import re
import shutil

from rich.cells import cell_len

from bot.messages import t
from bot.model import Reply, Table

STYLE = {"done": "green", "failed": "bold red", "denied": "bold red", "confirm": "bold yellow",
         "question": "yellow", "not_understood": "yellow", "info": "cyan"}
MARK = {"done": "✔", "failed": "✖", "denied": "⛔", "confirm": "?", "question": "?",
        "not_understood": "?", "info": "·"}


# the answers to a yes/no question typed in a terminal (`gorae shell`, `gorae say` on a TTY)
YES_WORDS = frozenset({"y", "yes", "ok", "네", "예", "응", "ㅇ", "ㅇㅇ", "좋아", "진행"})
NO_WORDS = frozenset({"", "n", "no", "아니", "아니요", "아니오", "ㄴ", "취소", "cancel"})


def is_yes(answer: str) -> bool:
    """True when a typed answer says yes (YES_WORDS, any case, surrounding spaces ignored)."""
    return answer.strip().lower() in YES_WORDS

def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - cell_len(s))


def plain_table(table: Table, gap: int = 3) -> list[str]:
    widths = [cell_len(c) for c in table.columns]
    for row in table.rows:
        for i, cell in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], cell_len(cell))
    lines = []
    for row in (table.columns, *table.rows):
        cells = [_pad(c, widths[i]) for i, c in enumerate(row[: len(widths)])]
        lines.append((" " * gap).join(cells).rstrip())
    return lines


def plain_fields(fields: tuple[tuple[str, str], ...]) -> list[str]:
    width = max((cell_len(k) for k, _ in fields), default=0)
    return [f"{_pad(k + ':', width + 1)} {v}" for k, v in fields]


def render_plain(reply: Reply) -> str:
    out = [reply.headline]
    out += [f"$ {c}" for c in reply.cli]
    if reply.fields:
        out += plain_fields(reply.fields)
    if reply.table is not None:
        out += plain_table(reply.table)
    if reply.code:
        out.append(reply.code.rstrip("\n"))
    out += [f"- {n}" for n in reply.notes]
    out += [f"  {c}" for c in reply.choices]
    if reply.choices:
        out.append(t("render.choose_again", reply.lang))
    return "\n".join(out)


def render_rich(reply: Reply, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    buf = io.StringIO()
    con = Console(file=buf, force_terminal=True, color_system="standard", highlight=False,
                  width=width or shutil.get_terminal_size((100, 24)).columns)
    con.print(Text(f"{MARK.get(reply.status, '·')} {reply.headline}", style=STYLE.get(reply.status, "")))
    for c in reply.cli:
        con.print(Text(f"$ {c}", style="dim"))
    if reply.fields:
        grid = RichTable.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column(overflow="fold")
        for k, v in reply.fields:
            grid.add_row(Text(k), Text(v))
        con.print(grid)
    fast = _table_lines(reply.table) if reply.table is not None else None
    if fast is not None:
        buf.write(fast)
    elif reply.table is not None:
        # docker-like: never fold a cell; a row wider than the terminal wraps as `docker ps` does
        tbl = RichTable(box=None, pad_edge=False, header_style="bold", padding=(0, 3, 0, 0))
        for col in reply.table.columns:
            tbl.add_column(col, no_wrap=True)
        for row in reply.table.rows:
            tbl.add_row(*(Text(c) for c in row))
        wide = Console(file=buf, force_terminal=True, color_system="standard", highlight=False, width=10_000)
        natural = wide.measure(tbl).maximum
        Console(file=buf, force_terminal=True, color_system="standard", highlight=False,
                width=max(con.width, natural)).print(tbl)
    if reply.code:
        con.print(Text(reply.code.rstrip("\n")), soft_wrap=True)
    for n in reply.notes:
        con.print(Text(f"• {n}", style="dim" if reply.status == "done" else ""))
    for c in reply.choices:  # not numbered: the answer is the request said again, never a bare number
        con.print(Text(f"  {c}", style="bold"))
    if reply.choices:
        con.print(Text(t("render.choose_again", reply.lang), style="dim"))
    return _TRAILING.sub(r"\1", buf.getvalue()).rstrip("\n")


_SIMPLE = re.compile(r"[^\x00-\x1f\x7f-\x9f]*")  # no newline, tab or other control character


def _table_lines(table: Table) -> str | None:
    """What rich prints for the table above (bold header, 3 spaces between columns, no cell
    ever folded), written directly: rich's layout costs ~1 ms a row (0.3 s for `ps -a` with
    300 containers). None when a cell holds something only rich lays out: control characters,
    or `[` / `:` in a header (rich reads headers as markup and :emoji: codes)."""
    n = len(table.columns)
    if any(len(row) != n for row in table.rows) or any("[" in c or ":" in c for c in table.columns) or not all(
            _SIMPLE.fullmatch(c) for row in (table.columns, *table.rows) for c in row):
        return None
    widths = [max(cell_len(row[i]) for row in (table.columns, *table.rows)) for i in range(n)]
    if 0 in widths:  # rich leaves an empty column out
        return None
    gap = "\x1b[1m   \x1b[0m"
    lines = [gap.join(f"\x1b[1m{_pad(c, widths[i])}\x1b[0m" for i, c in enumerate(table.columns))]
    lines += ["   ".join(_pad(c, widths[i]) for i, c in enumerate(row)) for row in table.rows]
    return "\n".join(lines) + "\n"


_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.M)  # rich pads rows to full width


def render(reply: Reply, *, color: bool, width: int | None = None) -> str:
    return render_rich(reply, width) if color else render_plain(reply)
