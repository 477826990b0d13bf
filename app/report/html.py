"""Small HTML helpers for the printed documents: escaping, blank lines, labelled values.

Every value that comes from the user goes through ``esc``; an empty value prints as a line
to write on, never as "None" or an empty heading.
"""

from __future__ import annotations

import html

RULE = "_" * 44  # one line to write on; fits the page width at large and normal print
SHORT_RULE = "_" * 24


def esc(value: object) -> str:
    """User text as HTML: escaped, line breaks kept."""
    text = "" if value is None else str(value)
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def blank_lines(count: int = 3) -> str:
    """``count`` empty ruled lines to fill in by hand."""
    return "".join(f"<p style='margin-top: 8pt;'>{RULE}</p>" for _ in range(count))


def labelled(label: str, value: str) -> str:
    """"Label: value" in one paragraph; an empty value becomes a line to write on."""
    shown = f"<b>{esc(value)}</b>" if value else SHORT_RULE
    return f"<p>{esc(label)}: {shown}</p>"


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def section(title: str, content: str, blanks: int = 3) -> str:
    """A heading with its content, or with blank lines when there is no content."""
    return heading(title) + (content if content else blank_lines(blanks))


def bullets(items: list[str]) -> str:
    """A bulleted list of already-escaped HTML items."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def join(*parts: str, sep: str = ", ") -> str:
    """Non-empty escaped parts joined."""
    return sep.join(esc(part) for part in parts if part)
