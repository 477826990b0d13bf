"""The vCard syntax around vobject: cutting a file into cards, and each card's text before
vobject reads it.

vobject (``app.exchange.vcard`` uses it for everything else) reads a stream as a whole, works
on text rather than bytes, and has rules for vCard 3.0 only. What is done here, and why; each
part is small and tested in tests/exchange/test_vcard.py:

* **Splitting into cards.** vobject stops at the first error, so one damaged card would lose
  every card after it. The file is cut into ``BEGIN:VCARD`` … ``END:VCARD`` blocks here (any
  case; CRLF, LF or CR; text before, between and after the cards ignored) and each block is
  parsed on its own. A block without ``END:VCARD`` is skipped.
* **Characters, per field.** vobject applies ``CHARSET`` only to quoted-printable values.
  Each line is decoded here: UTF-8 first; if it is not UTF-8, the ``CHARSET`` the line
  declares. A line that is still not readable is decoded in the file's own encoding
  (``looks_utf8``: the file is UTF-8 when more of its lines say or show so than not): in a
  UTF-8 file (or a line that declares UTF-8) the bad bytes become U+FFFD in that field only
  and the line is listed in ``CardText.repaired``, so the import can say which field of which
  card lost a character; in any other file Windows-1252 (older Outlook writes 8-bit text
  without saying so), then Latin-1, which accepts every byte. So one bad byte (an Android
  export with a raw 0xFF in a note) costs one character, never the card or the rest of the
  file. A quoted-printable value whose bytes are not in its charset is treated the same way:
  decoded with U+FFFD and written again as quoted-printable UTF-8 for vobject. A card that
  declares a ``CHARSET`` Python does not know is skipped.
* **Lines.** Folded lines and quoted-printable soft line breaks (``=`` at the end of a line,
  as older Android and Outlook write) are joined here, so vobject gets one line per property
  and its line numbers point at the right line of the file. The ``=XX`` characters are left
  to vobject, which decodes them with the ``CHARSET``; vobject lets a broken ``=ZZ`` through,
  so such a value skips the card instead of importing garbled text.
* **Parameters vobject misreads.** vobject only decodes quoted-printable written in upper
  case, and takes any other ``ENCODING`` (``quoted-printable`` in lower case, ``8BIT`` and
  ``7BIT`` from old phones) for base64, which turns the text into garbage; those are made
  upper case or removed here.
* **Binary values.** Photos, logos, sounds and keys, and any base64 value, are dropped before
  parsing (also 2.1 base64 blocks without indentation): Paraat does not use them, and a
  damaged photo must not cost the contact.
* **Only what Paraat reads.** Properties other than those in ``USED`` (birthdays, photos,
  revision dates, anything an exporter invents) and components nested inside a card are left
  out before they are unfolded or parsed: they cannot break a card, and a hostile file cannot
  make vobject work on them. Nesting is counted, never recursed into.
* **Limits.** A property longer than ``MAX_LINE_CHARS`` unfolded (an endless folded line) or
  a card with more than ``MAX_CARD_LINES`` kept lines skips that card with the reason;
  ``split_cards`` stops at the card limit. Unfolding appends to a list, so a line folded a
  million times costs linear, not quadratic, time.
* **Commas.** vobject cuts a text value at its first unescaped comma (it reads it as a list).
  In vCard 2.1 commas and backslashes are plain text, so 2.1 cards get vobject behaviour of
  their own (registered for ``VERSION:2.1`` through vobject's registry; 3.0 is untouched).
  In 3.0 and 4.0 a comma should be escaped; a bare one in FN, NOTE, EMAIL, TEL or UID, as
  some programs write, is escaped here so the text is kept whole.

Longer than 400 lines on purpose: one concern (the vCard syntax vobject does not handle), each
workaround beside its reason.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

import vobject
from vobject.base import VObjectError

from app.core.fields import Problem

Block = tuple[int, list[bytes], bool]  # first line number, the lines, ended with END:VCARD


def _is(line: bytes, word: bytes) -> bool:
    if len(line) > 4 * len(word):  # quick answer for the long lines of a hostile file
        return False
    return re.sub(rb"[ \t]", b"", line).upper() == word


def split_cards(data: bytes, limit: int | None = None) -> list[Block]:
    """The cards in a file as (first line number, lines, ended with END:VCARD).

    With ``limit``, cutting stops at card ``limit + 1``: enough to know there are too many.
    """
    blocks: list[Block] = []
    current: list[bytes] | None = None
    start = 0
    for number, line in enumerate(data.splitlines(), start=1):
        if _is(line, b"BEGIN:VCARD"):
            if current is not None:
                blocks.append((start, current, False))
            if limit is not None and len(blocks) > limit:
                return blocks
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if _is(line, b"END:VCARD"):
                blocks.append((start, current, True))
                current = None
    if current is not None:
        blocks.append((start, current, False))
    return blocks


# --- one card's lines ----------------------------------------------------------------------

_PROPERTY = re.compile(r"^(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)[;:]")
_CHARSET = re.compile(rb"""(?i)charset="?([^";:,]+)""")
_BINARY_NAMES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_BASE64 = re.compile(r"(?i)(?:encoding=\"?b\b|encoding=\"?base64|;base64\b)")
_QP = re.compile(r"(?i)quoted-printable")
_PLAIN_ENCODING = re.compile(r"(?i);encoding=\"?[78]bit\"?(?=;|$)")
_BAD_QP = re.compile(r"=(?![0-9A-Fa-f]{2}|$)")
_SINGLE_TEXT = frozenset({"FN", "NOTE", "EMAIL", "TEL", "UID"})
# The properties Paraat reads (app.exchange.vcard); every other line is left out unread.
USED = frozenset({"VERSION", "FN", "N", "ORG", "TEL", "EMAIL", "ADR", "NOTE", "UID",
                  "X-ABLABEL"})
MAX_LINE_CHARS = 20_000  # one unfolded property; Paraat stores at most 10,000 of any text
MAX_CARD_LINES = 300  # properties Paraat reads, in one card (a phone's card has 5 to 40)
GUESS_LINES = 200  # lines guess_name looks at


class CardProblem(Exception):
    """Why one card cannot be read."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def _decode_line(raw: bytes, charset: str) -> str:
    """UTF-8, else the declared charset, else Windows-1252, else Latin-1 (never fails)."""
    return _decode(raw, charset, False)[0]


def _is_utf8(charset: str) -> bool:
    return charset.replace("-", "").replace("_", "").casefold() == "utf8"


def _decode(raw: bytes, charset: str, utf8: bool) -> tuple[str, bool]:
    """(text, bytes were replaced): UTF-8, else the declared charset, else the file's encoding.

    In a UTF-8 file (``utf8``), or for a line that declares UTF-8, bytes that are not UTF-8
    become U+FFFD; otherwise Windows-1252, else Latin-1. Never fails.
    """
    for codec in ("utf-8", charset):
        if codec:
            try:
                return raw.decode(codec), False
            except (UnicodeDecodeError, LookupError, ValueError):  # ValueError: NUL in the name
                continue
    if utf8 or _is_utf8(charset):
        return raw.decode("utf-8", "replace"), True
    try:
        return raw.decode("cp1252"), False
    except UnicodeDecodeError:
        return raw.decode("latin-1"), False


_DECLARED_UTF8 = re.compile(rb"""(?i)charset="?utf-?8\b""")


def looks_utf8(data: bytes) -> bool:
    """True when the file is UTF-8: more of its lines declare or decode as UTF-8 than not.

    Lines in plain ASCII say nothing. A file with no evidence either way counts as UTF-8
    only when it is all ASCII (then nothing needs to be decided).
    """
    good = len(_DECLARED_UTF8.findall(data))
    bad = 0
    if data.isascii():
        return True
    for line in data.splitlines():
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += 1
    return good > 0 and good >= bad


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else "?" for char in text)


def _known_charset(name: str) -> bool:
    """True when Python has a codec of this name (a name with NUL in it raises ValueError)."""
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):
        return False
    return True


def _check_qp(text: str, number: int) -> None:
    if _BAD_QP.search(text):
        raise CardProblem(Problem("bad_quoted_printable", {"line": number}))


def _logical_lines(start: int, lines: list[bytes], utf8: bool = False,
                   repaired: list[int] | None = None) -> list[tuple[int, str]]:
    """The card's lines Paraat reads, decoded and unfolded, with the file line number of each.

    Folded lines (a space or tab in front) and quoted-printable soft line breaks ("=" at the
    end) are joined; the quoted-printable characters themselves are left to vobject. Spaces
    at the end of a quoted-printable line are dropped, as RFC 2045 says a reader must.

    Left out as soon as their first line is seen, so that they cost nothing: properties
    Paraat does not read (see ``USED``), binary values (also the rest of a 2.1 base64 block
    written without indentation), and everything inside a component nested in the card
    (BEGIN:X … END:X, counted, never recursed into). Lines that are not a property at all
    are kept, so that vobject says where the card is damaged.

    Raises CardProblem when a kept line grows past MAX_LINE_CHARS (an endless folded line)
    or the card keeps more than MAX_CARD_LINES lines. The first file line of each kept line
    whose bytes had to be replaced (see ``_decode``) is added to ``repaired``.
    """
    logical: list[tuple[int, list[str]]] = []  # the pieces of each line, joined at the end
    size = 0  # characters in the current logical line
    charset = ""
    in_qp = keep = binary = started = False
    depth = 0

    def decode(raw: bytes) -> str:
        text, replaced = _decode(raw, charset, utf8)
        if replaced and keep and repaired is not None and logical \
                and logical[-1][0] not in repaired:
            repaired.append(logical[-1][0])
        return text

    def grow(piece: str) -> None:
        nonlocal size
        size += len(piece)
        if size > MAX_LINE_CHARS:
            raise CardProblem(Problem("line_too_long",
                                      {"line": logical[-1][0], "max": MAX_LINE_CHARS}))
        logical[-1][1].append(piece)

    for number, raw in enumerate(lines, start=start):
        if in_qp:  # the line after a soft line break continues the value
            text = decode(raw).rstrip(" \t")
            in_qp = text.endswith("=")
            if keep:
                _check_qp(text, number)
                pieces = logical[-1][1]
                pieces[-1] = pieces[-1][:-1]
                grow(text)
        elif raw[:1] in (b" ", b"\t") and started:
            if keep:
                grow(decode(raw[1:]))
        elif raw.strip():
            started = True
            match = _CHARSET.search(raw.partition(b":")[0])
            charset = match.group(1).decode("ascii", "replace").strip() if match else ""
            text, replaced = _decode(raw, charset, utf8)
            head, colon, value = text.partition(":")
            qp = bool(colon and _QP.search(head))
            in_qp = qp and value.rstrip(" \t").endswith("=")
            keep, binary = _kept(text, head, value, binary, depth, not logical)
            if not keep:
                depth = _depth(text, value, depth)
                continue
            if charset and not _known_charset(charset):
                raise CardProblem(Problem("unknown_charset",
                                          {"charset": _printable(charset[:40])}))
            if qp:
                value = value.rstrip(" \t")
                _check_qp(value, number)
                text = f"{head}:{value}"
            if len(logical) >= MAX_CARD_LINES:
                raise CardProblem(Problem("card_too_large", {"max": MAX_CARD_LINES}))
            logical.append((number, []))
            if replaced and repaired is not None:
                repaired.append(number)
            size = 0
            grow(text)
    return [(number, "".join(pieces)) for number, pieces in logical]


def _kept(text: str, head: str, value: str, binary: bool, depth: int,
          first: bool) -> tuple[bool, bool]:
    """(keep the line, it starts or goes on with a binary value), for a line's first line."""
    match = _PROPERTY.match(text)
    if match is None:
        # the rest of a 2.1 base64 block written without indentation, or a damaged line
        return (False, True) if binary and ":" not in text else (depth == 0, False)
    name = match.group(1).upper()
    if name == "END" and value.strip().upper() == "VCARD":
        return True, False  # the card's own end (split_cards ends the card on it)
    if first and name == "BEGIN":
        return True, False  # the card's own start
    if depth or name in ("BEGIN", "END"):
        return False, False
    if name in _BINARY_NAMES or _BASE64.search(head):
        return False, True
    return name in USED, False


def _depth(text: str, value: str, depth: int) -> int:
    """How deep the next line is in components nested inside the card."""
    match = _PROPERTY.match(text)
    name = match.group(1).upper() if match else ""
    if name == "BEGIN":
        return depth + 1
    if name == "END":
        return max(depth - 1, 0)
    return depth


def _escape_commas(value: str) -> str:
    """A 3.0/4.0 single text value with a bare comma, which vobject would cut off there."""
    return re.sub(r"\\.|,", lambda match: "\\," if match.group() == "," else match.group(),
                  value)


@dataclass(frozen=True)
class CardText:
    """A card as text for vobject: its first line number and the file line of each line.

    ``repaired`` lists (file line, property name) of each line in which bytes that were not
    in its character set were replaced by U+FFFD.
    """

    start: int
    text: str
    origin: list[int]
    repaired: tuple[tuple[int, str], ...] = ()


_CHARSET_PARAM = re.compile(r"""(?i)charset="?([^";:,]+)"?""")


def _qp_repaired(head: str, value: str) -> tuple[str, str] | None:
    """(head, value) of a quoted-printable line whose bytes are not in its charset, with
    those bytes as U+FFFD, written again as quoted-printable UTF-8; None when it reads well
    (or its charset is unknown: vobject says so)."""
    match = _CHARSET_PARAM.search(head)
    charset = match.group(1).strip() if match else "utf-8"
    try:
        data = codecs.decode(value.encode("utf-8"), "quoted_printable")
        data.decode(charset)
        return None
    except UnicodeDecodeError:
        text = data.decode(charset, "replace")
    except (LookupError, ValueError):
        return None
    encoded = "".join(chr(byte) if 33 <= byte <= 126 and byte != 61 else f"={byte:02X}"
                      for byte in text.encode("utf-8"))
    head = _CHARSET_PARAM.sub("CHARSET=UTF-8", head) if match else head + ";CHARSET=UTF-8"
    return head, encoded


def card_text(start: int, lines: list[bytes], utf8: bool = False) -> CardText:
    """The card as text for vobject; raises CardProblem when it cannot be made.

    ``utf8``: the file is UTF-8 (``looks_utf8``), so bytes that are not UTF-8 are replaced
    in their own field (see ``_decode``).
    """
    repaired_lines: list[int] = []
    logical = _logical_lines(start, lines, utf8, repaired_lines)
    repaired: list[tuple[int, str]] = []
    version = next((line.partition(":")[2].strip() for _, line in logical
                    if line[:8].upper() == "VERSION:"), "")
    kept: list[str] = []
    origin: list[int] = []
    for number, line in logical:
        if match := _PROPERTY.match(line):
            head, _, value = line.partition(":")
            name = match.group(1).upper()
            head = _PLAIN_ENCODING.sub("", _QP.sub("QUOTED-PRINTABLE", head))
            if version != "2.1" and name in _SINGLE_TEXT and "QUOTED-PRINTABLE" not in head:
                value = _escape_commas(value)
            fixed = _qp_repaired(head, value) if "QUOTED-PRINTABLE" in head else None
            if fixed is not None:
                head, value = fixed
            if fixed is not None or number in repaired_lines:
                repaired.append((number, name))
            line = f"{head}:{value}"
        kept.append(line)
        origin.append(number)
    return CardText(start, "\r\n".join(kept) + "\r\n", origin, tuple(repaired))


class _Literal21(vobject.vcard.VCardTextBehavior):
    """vCard 2.1 text: commas and backslashes are plain characters; only "\\;" is escaped."""

    @classmethod
    def decode(cls, line: Any) -> None:
        if line.encoded:
            if isinstance(line.value, str):
                line.value = line.value.replace("\\;", ";")
            line.encoded = False


class _VCard21(vobject.vcard.VCard3_0):
    """vCard 2.1 (vobject has rules for 3.0 only): N, ADR and ORG as in 3.0, text literal."""

    versionString = "2.1"
    description = "vCard 2.1, as Paraat reads it"
    defaultBehavior = _Literal21
    knownChildren = {name: rule for name, rule in vobject.vcard.VCard3_0.knownChildren.items()
                     if name in ("N", "ADR", "ORG", "VERSION")}


if getattr(vobject.base.getBehavior("VCARD", "2.1"), "versionString", "") != "2.1":
    vobject.base.registerBehavior(_VCard21)  # used for cards with VERSION:2.1, not a default


def parse_card(start: int, lines: list[bytes]) -> Any:
    """The card as a vobject component; raises CardProblem with the reason in a Problem."""
    return parse_text(card_text(start, lines))


def parse_text(card: CardText) -> Any:
    """The vobject component of a card's text; raises CardProblem with the reason."""
    start, text, origin = card.start, card.text, card.origin
    try:
        return vobject.readOne(text, allowQP=True)  # its line numbers are right only so
    except LookupError as error:  # a quoted-printable value in a charset Python lacks
        charset = str(error).rpartition(": ")[2][:40]
        raise CardProblem(Problem("unknown_charset", {"charset": charset})) from None
    except UnicodeDecodeError as error:  # quoted-printable bytes that are not in the charset
        raise CardProblem(Problem("card_encoding", {"charset": error.encoding})) from None
    except Exception as error:  # vobject raises many kinds of errors on damaged input
        number = getattr(error, "lineNumber", None) if isinstance(error, VObjectError) else None
        line = origin[number - 1] if isinstance(number, int) and 0 < number <= len(origin) \
            else start
        raise CardProblem(Problem("card_broken", {"line": line})) from None


def guess_name(lines: list[bytes]) -> str:
    """The FN of a card that cannot be read, for the list of skipped cards ("" if unclear).

    Only the first lines are looked at: FN is near the top, and a hostile card may be long.
    """
    for raw in lines[:GUESS_LINES]:
        line = _decode_line(raw, "")
        match = re.match(r"(?i)^(?:[A-Za-z0-9_-]+\.)?FN(;[^:]*)?:(.*)$", line)
        if match and not _QP.search(match.group(1) or ""):
            return " ".join(match.group(2).replace("\\,", ",").replace("\\;", ";").split())[:100]
    return ""
