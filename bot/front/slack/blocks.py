"""Reply -> Slack Block Kit, pure functions (no Slack client here).

User text must never format, link or mention (issue 9). mrkdwn has no escape for
`*`, `_`, `~` and backticks (only `&`, `<`, `>`), so every string that may carry text
from outside (the headline, which quotes what was asked or what the engine said;
notes, field values, progress lines) goes into a `plain_text` object, which Slack
never formats, links or mentions; command lines, tables and output go into code
blocks (`code`: formatting is off inside and the content cannot close the block).
mrkdwn is used only for gorae's own sentences, mentions of Slack user IDs and the
code blocks. The message's fallback `text` (notifications) is escaped (`&`, `<`,
`>`), so it can neither link nor mention. Long output is split into sections that
fit Slack's limits, or, past a few sections, handed back as a file to upload with
its tail shown inline.

    >>> r = render_reply(Reply("en", "done", "Restarted web.", cli=("docker restart web",)))
    >>> r.blocks[0]["text"]
    {'type': 'plain_text', 'text': ':white_check_mark: Restarted web.', 'emoji': True}
    >>> r.blocks[1]["text"]["text"]
    '```docker restart web```'
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from bot.messages import t
from bot.model import Reply, Table

# Slack's limits (shared/notes A6) and our own, smaller, comfort limits.
SECTION_MAX = 3000  # section text
FIELD_MAX = 2000  # one section field
FIELDS_PER_SECTION = 10
BLOCKS_MAX = 50
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
BUTTONS_PER_ACTIONS = 25
TEXT_MAX = 3000  # the notification/fallback `text` we send (Slack truncates at 40k)
CODE_SECTIONS_MAX = 4  # more than this many code sections -> upload as a file
FIELD_SECTIONS_MAX = 4

# action_ids the app listens for
CONFIRM = "gorae_confirm"
CANCEL = "gorae_cancel"
CHOICE = "gorae_choice"  # + "_<n>": ids must be unique within a message

ICONS = {
    "done": ":white_check_mark:",
    "failed": ":x:",
    "denied": ":no_entry:",
    "confirm": ":warning:",
    "not_understood": ":thinking_face:",
    "question": ":question:",
    "info": ":information_source:",
}


@dataclass
class Upload:
    """A file to attach to the thread (files_upload_v2)."""

    filename: str
    content: str
    title: str


@dataclass
class Rendered:
    """What to send: fallback text, blocks, and maybe a file."""

    text: str
    blocks: list[dict[str, Any]]
    upload: Upload | None = None
    extra: list[dict[str, Any]] = field(default_factory=list)  # blocks for follow-up messages


# --------------------------------------------------------------------------- text helpers


def escape(s: str) -> str:
    """Slack's three control characters, and nothing else."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ZWSP = "\u200b"


def code(s: str) -> str:
    """A mrkdwn code block. No two backticks of the content touch each other or the fences
    (a zero-width space between them), so the content can neither close the block nor
    open another one: it is shown as it is, never formatted."""
    body = escape(s)
    if "`" in body:
        body = ZWSP + body.replace("`", "`" + ZWSP)
    return f"```{body}```" if body.strip() else "```(empty)```"


def inline(s: str) -> str:
    """Untrusted text inside a trusted mrkdwn sentence: escaped, and with no backtick
    runs that could open a code block (a lone backtick stays visible)."""
    out = escape(s)
    while "``" in out:
        out = out.replace("``", "`" + ZWSP + "`")
    return out


def width(s: str) -> int:
    """Display width: Hangul and other wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - width(s))


def table_lines(table: Table) -> list[str]:
    """An aligned plain-text table, header first (like `docker ps`)."""
    cols = [str(c) for c in table.columns]
    rows = [[str(c).replace("\n", " ") for c in row] for row in table.rows]
    widths = [width(c) for c in cols]
    for row in rows:
        for i, cell in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], width(cell))
    out = ["   ".join(pad(c, widths[i]) for i, c in enumerate(cols)).rstrip()]
    for row in rows:
        out.append("   ".join(pad(c, widths[i]) for i, c in enumerate(row[: len(widths)])).rstrip())
    return out


def chunk_lines(lines: list[str], limit: int) -> list[str]:
    """Join lines into pieces no longer than `limit` (escaped, fenced), cutting long lines."""
    budget = limit - 16  # room for the fences
    pieces: list[str] = []
    cur: list[str] = []
    size = 0
    for line in lines:
        esc = len(escape(line)) + 1
        while esc > budget:  # a single very long line
            cut = max(1, len(line) * budget // esc)
            while cut > 1 and len(escape(line[:cut])) + 1 > budget:
                cut = cut * 9 // 10
            if cur:
                pieces.append("\n".join(cur))
                cur, size = [], 0
            pieces.append(line[:cut])
            line = line[cut:]
            esc = len(escape(line)) + 1
        if size + esc > budget and cur:
            pieces.append("\n".join(cur))
            cur, size = [], 0
        cur.append(line)
        size += esc
    if cur:
        pieces.append("\n".join(cur))
    return pieces


def mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object with `verbatim`: Slack does not turn bare URLs, #channel names
    or @here into links or mentions (only gorae's own explicit `<@U…>` syntax renders).
    Source: Block Kit reference, "Text object" (verbatim)."""
    return {"type": "mrkdwn", "text": text[:SECTION_MAX], "verbatim": True}


def plain(text: str, *, emoji: bool = False) -> dict[str, Any]:
    """A plain_text object: never formatted, linked or mentioned (user text as typed).
    `emoji`: `:name:` shortcodes show as emoji (for gorae's status icons in front). Slack's three
    control characters are escaped here too (Slack decodes `&amp;`, `&lt;`, `&gt;` in every text
    object), so even a client that parsed plain text could find no `<…>` sequence in it."""
    return {"type": "plain_text", "text": escape(text)[:SECTION_MAX] or " ", "emoji": emoji}


def plain_section(text: str, *, emoji: bool = False) -> dict[str, Any]:
    """A section whose text is plain_text (text that may carry user or engine text)."""
    return {"type": "section", "text": plain(text, emoji=emoji)}


def span(s: str) -> str:
    """Untrusted text inside an inline code span of a trusted mrkdwn sentence: a backtick
    would end the span, so it is shown as the look-alike U+02CB (never met in Docker names)."""
    return escape(s).replace("`", "\u02cb")


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": mrkdwn(text)}


def context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [mrkdwn(text)]}


Banner = str | list[dict[str, Any]] | None  # trusted mrkdwn, or ready blocks (`asked`)


def banner_blocks(banner: Banner) -> list[dict[str, Any]]:
    if not banner:
        return []
    return [context(banner)] if isinstance(banner, str) else [dict(b) for b in banner]


def asked(user: str, command: str, text: str) -> list[dict[str, Any]]:
    """Who asked what (a slash command's answer, which nobody else saw asked): the mention is
    gorae's, the command text is the user's and shown as plain text, never formatted."""
    return [{"type": "context", "elements": [mrkdwn(f"<@{escape(user)}>:"), plain(f"{command} {text}".strip())]}]


def button(label: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    b: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label[:BUTTON_TEXT_MAX], "emoji": True},
        "value": value[:BUTTON_VALUE_MAX],
    }
    if style:
        b["style"] = style
    return b


# --------------------------------------------------------------------------- replies


def headline(reply: Reply) -> str:
    """The status icon and the headline, as plain text (the headline may quote user text)."""
    icon = ICONS.get(reply.status, "")
    return f"{icon} {reply.headline}".strip()


def fallback_text(reply: Reply) -> str:
    """The notification text: headline and the docker command."""
    parts = [reply.headline]
    if reply.cli:
        parts.append(" && ".join(reply.cli))
    return escape("\n".join(parts))[:TEXT_MAX]


def render_reply(reply: Reply, *, banner: Banner = None, asker: str | None = None) -> Rendered:
    """The whole Block Kit message for a Reply. `banner` (trusted mrkdwn, or blocks) goes on top;
    `asker`: the only user whose "which one?" click counts."""
    blocks = banner_blocks(banner)
    blocks.append(plain_section(headline(reply), emoji=True))
    if reply.cli:
        blocks.append(section(code("\n".join(reply.cli))))
    upload: Upload | None = None
    if reply.fields:
        blocks.extend(field_sections(reply))
    if reply.table is not None:
        tb, upload = table_blocks(reply)
        blocks.extend(tb)
    if reply.code is not None:
        cb, up = code_blocks(reply)
        blocks.extend(cb)
        upload = upload or up
    for note in reply.notes:
        blocks.append({"type": "context", "elements": [plain(note)]})
    if reply.status == "confirm" and reply.pending:
        blocks.append(confirm_actions(reply))
    if reply.choices:
        blocks.extend(choice_actions(reply, asker))
    if len(blocks) > BLOCKS_MAX:  # keep the actions (last) and the top
        blocks = blocks[: BLOCKS_MAX - 2] + [context("…")] + blocks[-1:]
    return Rendered(fallback_text(reply), blocks, upload)


def field_sections(reply: Reply) -> list[dict[str, Any]]:
    fields = [
        {"type": "plain_text", "text": escape(f"{k}\n{v or ' '}")[:FIELD_MAX], "emoji": False}
        for k, v in reply.fields
    ]
    out = []
    cap = FIELDS_PER_SECTION * FIELD_SECTIONS_MAX
    for i in range(0, min(len(fields), cap), FIELDS_PER_SECTION):
        out.append({"type": "section", "fields": fields[i : i + FIELDS_PER_SECTION]})
    if len(fields) > cap:
        out.append(context(t("slack.more_fields", reply.lang, count=len(fields) - cap)))
    return out


def table_blocks(reply: Reply) -> tuple[list[dict[str, Any]], Upload | None]:
    assert reply.table is not None
    lines = table_lines(reply.table)
    pieces = chunk_lines(lines, SECTION_MAX)
    if len(pieces) <= CODE_SECTIONS_MAX:
        return [section(code(p)) for p in pieces], None
    rows = len(reply.table.rows)
    head = chunk_lines(lines, SECTION_MAX)[0]
    return (
        [context(t("slack.table_file", reply.lang, rows=rows)), section(code(head))],
        Upload("table.txt", "\n".join(lines) + "\n", "table"),
    )


def code_blocks(reply: Reply) -> tuple[list[dict[str, Any]], Upload | None]:
    assert reply.code is not None
    lines = reply.code.rstrip("\n").split("\n")
    pieces = chunk_lines(lines, SECTION_MAX)
    if len(pieces) <= CODE_SECTIONS_MAX:
        return [section(code(p)) for p in pieces], None
    tail = chunk_lines(lines[-60:], SECTION_MAX)[-1]
    return (
        [context(t("slack.output_file", reply.lang, lines=len(lines))), section(code(tail))],
        Upload("output.txt", reply.code, "output"),
    )


def confirm_actions(reply: Reply) -> dict[str, Any]:
    assert reply.pending
    cli = " && ".join(reply.cli) or reply.headline
    label = t("slack.btn.approve" if reply.approval else "slack.btn.confirm", reply.lang)
    ok = button(label, CONFIRM, reply.pending, style="danger")
    ok["confirm"] = {
        "title": {"type": "plain_text", "text": t("slack.confirm.title", reply.lang)[:100]},
        "text": {"type": "plain_text", "text": t("slack.confirm.plain", reply.lang, cli=cli)[:300]},
        "confirm": {"type": "plain_text", "text": label},
        "deny": {"type": "plain_text", "text": t("slack.btn.cancel", reply.lang)},
    }
    no = button(t("slack.btn.cancel", reply.lang), CANCEL, reply.pending)
    return {"type": "actions", "block_id": f"gorae_confirm_{reply.lang}", "elements": [ok, no]}


def choice_actions(reply: Reply, asker: str | None = None) -> list[dict[str, Any]]:
    """"Which one?" buttons; the block_id carries the asker (`choice_asker`), whose choice alone counts."""
    usable = [c for c in reply.choices if c.strip() and len(c) <= BUTTON_VALUE_MAX]
    who = f"{asker}_" if asker and asker.isalnum() else ""
    out = []
    for start in range(0, len(usable), BUTTONS_PER_ACTIONS):
        group = usable[start : start + BUTTONS_PER_ACTIONS]
        out.append({
            "type": "actions",
            "block_id": f"gorae_choices_{start}_{who}{reply.lang}",
            "elements": [button(c, f"{CHOICE}_{start + i}", c) for i, c in enumerate(group)],
        })
    return out[:2]


def choice_asker(block_id: str) -> str | None:
    """The asker named in a choice block_id (gorae_choices_<n>_<user>_<lang>), or None."""
    parts = block_id.split("_")
    if len(parts) == 5 and parts[:2] == ["gorae", "choices"] and parts[3]:
        return parts[3]
    return None


# --------------------------------------------------------------------------- in-between messages


def working(lang: str, lines: list[str] | None = None, *, banner: Banner = None) -> Rendered:
    """The placeholder: "working on it", with the latest progress lines if any."""
    blocks = banner_blocks(banner)
    head = t("slack.working", lang)
    blocks.append(section(head))
    if lines:  # progress lines (they may quote the engine or the asker): plain text
        tail = "\n".join(lines[-12:])
        blocks.append(plain_section(tail[-(SECTION_MAX - 10):]))
    return Rendered(head, blocks)


def queued(lang: str, ahead: int, *, banner: Banner = None) -> Rendered:
    """The placeholder of a request waiting for a worker: "queued, N ahead"."""
    blocks = banner_blocks(banner)
    head = t("slack.queued", lang, ahead=ahead)
    blocks.append(section(head))
    return Rendered(head, blocks)


def notice(text: str, *, banner: Banner = None) -> Rendered:
    """A one-line message (already in the asker's language, trusted mrkdwn)."""
    blocks = banner_blocks(banner)
    blocks.append(section(text))
    return Rendered(text[:TEXT_MAX], blocks)


def without_actions(blocks: list[dict[str, Any]], banner: str) -> list[dict[str, Any]]:
    """A message's blocks with its buttons removed and a banner (who chose what) added."""
    kept = [b for b in blocks if b.get("type") != "actions"]
    return (kept + [context(banner)])[-BLOCKS_MAX:]
