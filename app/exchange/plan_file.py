"""The locked plan file (.paraat): the whole household in one password-protected file.

Made for taking the plan home from a library PC on a USB stick, and for moving it to another
computer. Inside is the JSON document of ``json_export.py``; around it:

    offset  size   what
    0       11     magic b"\\x89PARAAT\\r\\n\\x1a\\n" (the PNG trick: a file that went through a
                   text-mode copy or a 7-bit channel no longer matches)
    11      2      format version (big-endian), 1
    13      2      length B of the header body that follows
    15      B      header body, version 1:
                     1 + n   KDF name, "argon2id" (length byte, ASCII)
                     4       memory in KiB         } Argon2id parameters (RFC 9106), stored
                     4       passes (iterations)   } so that a later Paraat can raise them
                     4       lanes (parallelism)   } and still open older files
                     1 + 16  salt (random)
                     1 + 12  nonce (random)
                     32      password check: HMAC-SHA-256(check key, bytes 0 .. here)
    15+B    32     header checksum: SHA-256 of bytes 0 .. 15+B
    47+B    rest   AES-256-GCM ciphertext of the JSON document, with its 16-byte tag; the
                   whole header (bytes 0 .. 47+B) is the associated data, so no header
                   byte can be changed without the file being refused

Argon2id turns the password (NFC, UTF-8) and the salt into 64 bytes: the first 32 are the AES
key, the last 32 the check key. The password check lets Paraat say honestly "the password is
not right" rather than "wrong password or damaged file": AES-GCM alone cannot tell the two
apart. It gives an attacker nothing new — every guess still costs one Argon2id run, just as
trying the AES tag would (KeePass's KDBX 4 checks its header the same way). The checksum,
which needs no password, tells a damaged header apart from a wrong password.

Reading checks, in this order, before anything is decrypted or stored: the size (20 MB, from
the file system, before reading), the magic ("not a plan file", or damaged when it is one or
two bytes off), the lengths, the checksum (damaged), the version (made by a newer Paraat), the
KDF name and parameters, which are capped so a hostile header cannot make the computer
allocate gigabytes or work for hours. Then the key is derived (slow on purpose: run it off
the GUI thread), the password check, the decryption (a changed or damaged file fails its tag),
and the document is read and checked record by record (``json_export.read_document``).
Every refusal is an ``ImportRefused`` whose problem code ``words.problem_text`` puts in words.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
import struct
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.core.fields import Problem
from app.core.household import Household
from app.core.records import Stock
from app.exchange.files import ImportRefused, write_atomic
from app.exchange.json_export import (
    MAX_BYTES,
    MAX_MB,
    KitSettings,
    PlanContents,
    document_bytes,
    read_document,
)

MAGIC = b"\x89PARAAT\r\n\x1a\n"
VERSION = 1
SUFFIX = ".paraat"
KDF_NAME = b"argon2id"
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
CHECK_BYTES = 32
DIGEST_BYTES = 32
TAG_BYTES = 16
MAX_BODY = 1024
_PREFIX = struct.Struct(">HH")  # version, body length
_PARAMS = struct.Struct(">III")  # memory KiB, passes, lanes

# Caps for what a file may ask: far above the defaults (so a later Paraat can raise them),
# far below what would hang or exhaust a 4 GB library PC.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 32
MAX_LANES = 16
MAX_WORK_KIB = 4 * 1024 * 1024  # memory × passes: 4 GiB-passes, about 20× the default


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: memory (KiB), passes and lanes. The default is RFC 9106's second
    recommended option (64 MiB, 3 passes, 4 lanes), above OWASP's minimum (19 MiB, 2, 1)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def problem(self) -> str:
        """'' when usable; otherwise "damaged" (impossible values) or "too_costly" (caps)."""
        if (self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS
                or self.lanes > MAX_LANES or self.memory_kib * self.iterations > MAX_WORK_KIB):
            return "too_costly"
        if self.lanes < 1 or self.iterations < 1 or self.memory_kib < 8 * self.lanes:
            return "damaged"  # Argon2 itself needs at least 8 KiB per lane
        return ""


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Header:
    """What the header of a plan file says; ``raw`` is the header's bytes (the AEAD data)."""

    version: int
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    check: bytes
    checked_part: bytes  # the bytes the password check covers
    raw: bytes


def _refuse(code: str, **params: object) -> ImportRefused:
    return ImportRefused(Problem(code, dict(params)))


# --- passwords ---------------------------------------------------------------------------------

MIN_CHARACTERS = 10
MIN_WORDS = 4
MIN_WORD_LENGTH = 3


def _words(password: str) -> list[str]:
    return [word for word in password.split() if len(word) >= MIN_WORD_LENGTH]


def password_strength(password: str) -> str:
    """"empty", "too_short", "too_simple", "fair" or "strong", for a hint in words.

    The rule people are told: at least 10 characters (spaces do not count), or 4 words (of 3
    letters or more) with spaces. Long passwords and more words are strong; a few repeated characters are not.
    """
    if not password:
        return "empty"
    words = _words(password)
    characters = len("".join(password.split()))  # spaces do not count as characters
    if characters < MIN_CHARACTERS and len(words) < MIN_WORDS:
        return "too_short"
    if len(set(password.casefold())) < 5 or password.casefold() in _COMMON:
        return "too_simple"
    if len(words) >= MIN_WORDS + 1 or len(password) >= 16:
        return "strong"
    return "fair"


_COMMON = {"1234567890", "0123456789", "qwertyuiop", "wachtwoord", "wachtwoord1",
           "password123", "welkom1234", "paraat1234", "1234567890a", "abcdefghij"}


def password_problem(password: str) -> Problem | None:
    """Why a password cannot lock a plan file (``password_too_short``/``password_too_simple``)."""
    strength = password_strength(password)
    if strength in ("empty", "too_short"):
        return Problem("password_too_short", {"min": MIN_CHARACTERS, "words": MIN_WORDS})
    if strength == "too_simple":
        return Problem("password_too_simple")
    return None


def _password_bytes(password: str) -> bytes:
    # The same password typed on another computer may arrive composed or decomposed (é).
    return unicodedata.normalize("NFC", password).encode("utf-8")


# --- the key ---------------------------------------------------------------------------------


def derive_keys(password: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    """(AES key, check key) from the password. Slow on purpose: call it off the GUI thread."""
    material = Argon2id(salt=salt, length=KEY_BYTES + CHECK_BYTES, iterations=params.iterations,
                        lanes=params.lanes, memory_cost=params.memory_kib).derive(
        _password_bytes(password))
    return material[:KEY_BYTES], material[KEY_BYTES:]


def _check(check_key: bytes, part: bytes) -> bytes:
    return hmac.new(check_key, part, hashlib.sha256).digest()


# --- writing ---------------------------------------------------------------------------------


def encrypt(plaintext: bytes, password: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """The bytes of a plan file holding ``plaintext``, locked with ``password``."""
    if not password:
        raise ValueError("a plan file needs a password")
    if params.problem():
        raise ValueError(f"unusable key derivation parameters: {params}")
    if len(plaintext) > MAX_BYTES:
        raise _refuse("too_large", max_mb=MAX_MB)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key, check_key = derive_keys(password, salt, params)
    core = (bytes([len(KDF_NAME)]) + KDF_NAME
            + _PARAMS.pack(params.memory_kib, params.iterations, params.lanes)
            + bytes([SALT_BYTES]) + salt + bytes([NONCE_BYTES]) + nonce)
    checked = MAGIC + _PREFIX.pack(VERSION, len(core) + CHECK_BYTES) + core
    header = checked + _check(check_key, checked)
    header += hashlib.sha256(header).digest()
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def write_plan(path: str | os.PathLike[str], household: Household, stock: list[Stock],
               password: str, params: KdfParams = DEFAULT_KDF,
               kit: KitSettings | None = None) -> int:
    """Write the household and kit as a locked plan file, atomically; returns its size.

    Raises OSError when the file cannot be written (the old file is then untouched).
    """
    data = encrypt(document_bytes(household, stock, kit=kit), password, params)
    write_atomic(path, data)
    return len(data)


# --- reading ---------------------------------------------------------------------------------


def _open_no_wait(path: str, flags: int) -> int:
    # A named pipe without a writer would make open() wait for ever; this makes it return.
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def load(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes; refused (too_large) before reading when it is over the cap, and
    (plan_not_ours) when it is a pipe, a device or a socket rather than a file."""
    with open(path, "rb", opener=_open_no_wait) as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _refuse("plan_not_ours")
        if info.st_size > MAX_BYTES:
            raise _refuse("too_large", max_mb=MAX_MB)
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:  # it grew while we looked
        raise _refuse("too_large", max_mb=MAX_MB)
    return data


def _magic_problem(data: bytes) -> str:
    """'' when the file starts with the magic; "damaged" when it is a cut-off or nearly the
    magic (one or two bytes changed); "not_ours" for any other file."""
    start = data[:len(MAGIC)]
    if start == MAGIC:
        return ""
    if MAGIC.startswith(start):  # empty, or cut off inside the magic
        return "damaged"
    if len(start) == len(MAGIC) and sum(a != b for a, b in zip(start, MAGIC, strict=True)) <= 2:
        return "damaged"
    return "not_ours"


def read_header(data: bytes) -> Header:
    """The header of a plan file, fully checked; raises ImportRefused. Needs no password."""
    problem = _magic_problem(data)
    if problem == "not_ours":
        raise _refuse("plan_not_ours")
    if problem:
        raise _refuse("plan_damaged")
    start = len(MAGIC) + _PREFIX.size
    if len(data) < start:
        raise _refuse("plan_damaged")
    version, body_length = _PREFIX.unpack_from(data, len(MAGIC))
    end = start + body_length
    if body_length > MAX_BODY or len(data) < end + DIGEST_BYTES + TAG_BYTES:
        raise _refuse("plan_damaged")
    raw = data[:end + DIGEST_BYTES]
    if not hmac.compare_digest(hashlib.sha256(data[:end]).digest(), data[end:end + DIGEST_BYTES]):
        raise _refuse("plan_damaged")
    if version == 0:
        raise _refuse("plan_damaged")
    if version > VERSION:  # checksum is right: really written by a newer Paraat
        raise _refuse("plan_too_new")
    body = data[start:end]
    try:
        header = _read_body(version, body, raw)
    except (IndexError, struct.error):
        raise _refuse("plan_damaged") from None
    kdf_problem = header.kdf.problem()
    if kdf_problem == "too_costly":
        raise _refuse("plan_too_costly")
    if kdf_problem:
        raise _refuse("plan_damaged")
    return header


def _read_body(version: int, body: bytes, raw: bytes) -> Header:
    at = 0

    def field(size: int | None = None) -> bytes:
        nonlocal at
        if size is None:
            size = body[at]
            at += 1
        if at + size > len(body):
            raise IndexError("header body cut short")
        value = body[at:at + size]
        at += size
        return value

    if field() != KDF_NAME:
        raise IndexError("unknown key derivation")
    params = KdfParams(*_PARAMS.unpack(field(_PARAMS.size)))
    salt, nonce = field(), field()
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES:
        raise IndexError("salt or nonce of the wrong size")
    checked_length = len(MAGIC) + _PREFIX.size + at
    check = field(CHECK_BYTES)
    if at != len(body):
        raise IndexError("header body too long")
    return Header(version, params, salt, nonce, check, raw[:checked_length], raw)


def decrypt(data: bytes, password: str) -> bytes:
    """The document inside a plan file; raises ImportRefused (plan_password, plan_damaged, …)."""
    if len(data) > MAX_BYTES:
        raise _refuse("too_large", max_mb=MAX_MB)
    header = read_header(data)
    key, check_key = derive_keys(password, header.salt, header.kdf)
    if not hmac.compare_digest(_check(check_key, header.checked_part), header.check):
        raise _refuse("plan_password")
    try:
        return AESGCM(key).decrypt(header.nonce, data[len(header.raw):], header.raw)
    except InvalidTag:
        raise _refuse("plan_damaged") from None


def open_plan(data: bytes, password: str) -> PlanContents:
    """Decrypt and check a whole plan file held in memory. Stores nothing."""
    return read_document(decrypt(data, password))


def read_plan(path: str | os.PathLike[str], password: str) -> PlanContents:
    """Read, decrypt and check a plan file. Stores nothing; raises ImportRefused or OSError."""
    return open_plan(load(path), password)
