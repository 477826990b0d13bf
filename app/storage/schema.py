"""The database schema as a list of forward migrations.

``PRAGMA user_version`` holds the number of migrations applied. A migration is never edited
once released: a change to the schema is a new entry at the end. ``migrate`` runs the missing
ones, each inside the caller's transaction. A migration is SQL text, or a function of the
connection when it needs Python (version 5 computes a checksum for every row).

From version 5 on, every record table has a ``checksum`` column (see ``checksums.py``). A later
migration that adds or changes columns changes what the checksums cover: ``migrate`` therefore
notes which rows are intact before each such migration and signs exactly those again after it,
so an upgrade neither flags good rows nor hides damage found before it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from app.core.records import HELP_POINTS, MEETING_PLACES, ROLES, SCENARIOS
from app.storage import checksums

_V1 = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE home (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    safety_region TEXT NOT NULL DEFAULT '',
    broadcaster TEXT NOT NULL DEFAULT '',
    fm_frequency TEXT NOT NULL DEFAULT '',
    water_main TEXT NOT NULL DEFAULT '',
    gas_valve TEXT NOT NULL DEFAULT '',
    meter_box TEXT NOT NULL DEFAULT '',
    fire_extinguisher TEXT NOT NULL DEFAULT '',
    heating TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO home (id) VALUES (1);
CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL CHECK (name <> ''),
    age_group TEXT NOT NULL DEFAULT 'adult',
    devices TEXT NOT NULL DEFAULT '',
    mobility TEXT NOT NULL DEFAULT '',
    sensory TEXT NOT NULL DEFAULT '',
    diet TEXT NOT NULL DEFAULT '',
    allergies TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    needs_help_from TEXT NOT NULL DEFAULT '',
    gives_help_to TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE medicine (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    dose TEXT NOT NULL DEFAULT '',
    days_needed INTEGER NOT NULL DEFAULT 7,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX medicine_member ON medicine(member_id);
CREATE TABLE pet (
    id INTEGER PRIMARY KEY,
    species TEXT NOT NULL CHECK (species <> ''),
    count INTEGER NOT NULL DEFAULT 1,
    names TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_notes TEXT NOT NULL DEFAULT '',
    stay_place TEXT NOT NULL DEFAULT '',
    stay_notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO plan (id) VALUES (1);
CREATE TABLE meeting_place (
    id TEXT PRIMARY KEY,
    place TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pickup (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL UNIQUE REFERENCES member(id) ON DELETE CASCADE,
    first_person TEXT NOT NULL DEFAULT '',
    backup_person TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE care (
    id INTEGER PRIMARY KEY,
    person TEXT NOT NULL CHECK (person <> ''),
    helper TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT ''
);
CREATE TABLE role (
    id TEXT PRIMARY KEY,
    person TEXT NOT NULL DEFAULT ''
);
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    what TEXT NOT NULL CHECK (what <> ''),
    original_location TEXT NOT NULL DEFAULT '',
    copy_location TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE scenario (
    id TEXT PRIMARY KEY,
    agreement TEXT NOT NULL DEFAULT ''
);
"""


def _fixed_rows(table: str, ids: tuple[str, ...]) -> str:
    return "".join(f"INSERT INTO {table} (id) VALUES ('{row_id}');\n" for row_id in ids)


# Version 2: a phone number per member (for wallet cards), an expiry date on documents, and
# the date the household last practised its plan.
_V2 = """
ALTER TABLE member ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN expires TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN last_practised TEXT NOT NULL DEFAULT '';
"""

# Version 3: the emergency kit's stock entries.
_V3 = """
CREATE TABLE stock (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL CHECK (item_id <> ''),
    name TEXT NOT NULL DEFAULT '',
    quantity REAL NOT NULL CHECK (quantity > 0),
    unit TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    expires TEXT NOT NULL DEFAULT '',
    grab_bag INTEGER NOT NULL DEFAULT 0,
    hours REAL,
    added TEXT NOT NULL DEFAULT '',
    dont_remind INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stock_item ON stock(item_id);
"""

# Version 4: contacts, their phone numbers, and who checks on whom.
_V4 = """
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    category TEXT NOT NULL DEFAULT 'other',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    spare_key INTEGER NOT NULL DEFAULT 0,
    needs_help INTEGER NOT NULL DEFAULT 0,
    help_needed TEXT NOT NULL DEFAULT '',
    first_aid INTEGER NOT NULL DEFAULT 0,
    has_car INTEGER NOT NULL DEFAULT 0,
    has_radio INTEGER NOT NULL DEFAULT 0,
    can_help_with TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL DEFAULT ''
);
CREATE TABLE contact_phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    number TEXT NOT NULL CHECK (number <> ''),
    kind TEXT NOT NULL DEFAULT 'mobile'
);
CREATE INDEX contact_phone_contact ON contact_phone(contact_id);
CREATE TABLE contact_check (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    direction TEXT NOT NULL DEFAULT 'member_checks',
    UNIQUE (contact_id, member_id, direction)
);
CREATE INDEX contact_check_member ON contact_check(member_id);
"""

# Version 5: a checksum per row of every record table, so damage inside the data is seen
# (integrity_check only checks the file's structure). Rows already there are signed as they are.
_V5_TABLES = ("home", "member", "medicine", "pet", "plan", "meeting_place", "pickup", "care",
              "role", "document", "scenario", "stock", "contact", "contact_phone",
              "contact_check")


def _v5(connection: sqlite3.Connection) -> None:
    for table in _V5_TABLES:
        connection.execute(
            f"ALTER TABLE {table} ADD COLUMN {checksums.COLUMN} TEXT NOT NULL DEFAULT ''")
        checksums.sign(connection, table, checksums.table_columns(connection, table))


# Version 6: record ids are never handed out twice (``AUTOINCREMENT``). Without it SQLite gives
# a new row the highest id + 1, so deleting the newest record and adding another reuses its id,
# and an undo kept for the old record (or another program that still knows it) would touch the
# new one. SQLite cannot add AUTOINCREMENT to a table, so every table with integer ids is
# rebuilt: each row, its id and its checksum copied as stored (damaged rows stay damaged), the
# indexes made again, ``sqlite_sequence`` starting at the highest id there is.
#
# Foreign keys cannot be switched off inside the migration's transaction, and dropping a parent
# table deletes its children through ON DELETE CASCADE. So the new tables first point at each
# other (``member_v6``), the old ones are dropped children first (no new row hangs under an old
# table), and renaming the new tables to the old names rewrites those references (SQLite does
# that for every table that refers to a renamed one).
_V6_TABLES = ("member", "medicine", "pet", "pickup", "care", "document", "stock", "contact",
              "contact_phone", "contact_check")  # parents before their children
_V6_INDEXES = (
    "CREATE INDEX medicine_member ON medicine(member_id)",
    "CREATE INDEX stock_item ON stock(item_id)",
    "CREATE INDEX contact_phone_contact ON contact_phone(contact_id)",
    "CREATE INDEX contact_check_member ON contact_check(member_id)",
)
_V6_SUFFIX = "_v6"


def _v6_sql(table: str, sql: str) -> str:
    """The table's own CREATE statement with AUTOINCREMENT ids, under its temporary name."""
    sql, made = re.subn(r"^CREATE TABLE\s+\"?" + table + r"\"?\s*\(",
                        f"CREATE TABLE {table}{_V6_SUFFIX} (", sql)
    sql, keyed = re.subn(r"\bid INTEGER PRIMARY KEY\b(?!\s+AUTOINCREMENT)",
                         "id INTEGER PRIMARY KEY AUTOINCREMENT", sql)
    if made != 1 or keyed != 1:
        raise sqlite3.DatabaseError(f"unexpected definition of table {table}")
    return re.sub(r"\bREFERENCES\s+\"?(" + "|".join(_V6_TABLES) + r")\"?\s*\(",
                  lambda found: f"REFERENCES {found.group(1)}{_V6_SUFFIX}(", sql)


def _v6(connection: sqlite3.Connection) -> None:
    definitions = dict(connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
    connection.execute("PRAGMA legacy_alter_table = OFF")  # the default; renames fix references
    # A row that damage made break a CHECK is copied as it is (its checksum shows the damage).
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        for table in _V6_TABLES:
            connection.execute(_v6_sql(table, definitions[table]))
            columns = ", ".join(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
            connection.execute(f"INSERT INTO {table}{_V6_SUFFIX} ({columns}) "
                               f"SELECT {columns} FROM {table} ORDER BY id")
    finally:
        connection.execute("PRAGMA ignore_check_constraints = OFF")
    for table in reversed(_V6_TABLES):
        connection.execute(f"DROP TABLE {table}")
    for table in _V6_TABLES:
        connection.execute(f"ALTER TABLE {table}{_V6_SUFFIX} RENAME TO {table}")
    for statement in _V6_INDEXES:
        connection.execute(statement)


# Version 7: what else a phone said about a number (fax, pager, text), so a vCard exported
# again says the same; see ``phones.PHONE_TYPES``.
_V7 = """
ALTER TABLE contact_phone ADD COLUMN types TEXT NOT NULL DEFAULT '';
"""

# Version 8: a kit that fits the household (issue "Eerlijk klaar"). The home answers the
# questions that change the kit list (car, glasses, hearing aids, menstruation, own well, a
# toddler in nappies; "" = not answered, "yes" or "no"). A medicine says whether it is taken
# daily or only when needed, how many doses a day, how many doses are in the house, and
# whether it must stay cold (with the household's own note on what to do when the fridge is
# off). ``days_needed`` stays in the table but is no longer used: its default of 7 days had no
# source. Kit items the household does not need, with the reason, and things to buy that are
# not in the catalogue (from the practice evening or the half-yearly check). The plan keeps
# the notes from the practice evening.
_V8 = """
ALTER TABLE home ADD COLUMN has_car TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN glasses TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN hearing_aids TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN menstruation TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN own_well TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN toddler TEXT NOT NULL DEFAULT '';
ALTER TABLE medicine ADD COLUMN as_needed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE medicine ADD COLUMN per_day REAL;
ALTER TABLE medicine ADD COLUMN in_stock REAL;
ALTER TABLE medicine ADD COLUMN keep_cold INTEGER NOT NULL DEFAULT 0;
ALTER TABLE medicine ADD COLUMN cold_note TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN practice_notes TEXT NOT NULL DEFAULT '';
CREATE TABLE not_needed (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL UNIQUE CHECK (item_id <> ''),
    reason TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL DEFAULT ''
);
CREATE TABLE to_buy (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (name <> ''),
    origin TEXT NOT NULL DEFAULT 'own',
    added TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL DEFAULT ''
);
"""

# Version 9: devices that need power, per household member (issue "Als de stroom uitvalt"): what
# kind, how long the battery runs, the backup (oxygen cylinders and their hours, a spare battery,
# a car charger, a power bank), the supplier's 24-hour number, and what the person does when the
# power fails. The member's free-text ``devices`` stays as it was.
_V9 = """
CREATE TABLE device (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'other',
    name TEXT NOT NULL DEFAULT '',
    battery_hours REAL,
    cylinders INTEGER NOT NULL DEFAULT 0,
    cylinder_hours REAL,
    spare_battery_hours REAL,
    car_charger INTEGER NOT NULL DEFAULT 0,
    power_bank INTEGER NOT NULL DEFAULT 0,
    supplier TEXT NOT NULL DEFAULT '',
    supplier_phone TEXT NOT NULL DEFAULT '',
    when_power_fails TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL DEFAULT ''
);
CREATE INDEX device_member ON device(member_id);
"""


# Version 10: the emergency folder (issue "Noodmap"). Where the household goes when phone and
# internet are down (FACTS 1.2, 6.7): the municipality's emergency point (noodsteunpunt), the
# nearest fire station, the town hall, the general practice and the hospital, one fixed row
# each, filled in by the household (Paraat never guesses an address). And, per contact, which
# of the household's details may go on the card for that neighbour ("buurtkaart"): the
# household asks each field's consent, so nothing is shared by default.
_V10_TABLE = """
CREATE TABLE help_point (
    id TEXT PRIMARY KEY,
    place TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL DEFAULT ''
);
ALTER TABLE contact ADD COLUMN card_share TEXT NOT NULL DEFAULT '';
"""


def _v10(connection: sqlite3.Connection) -> None:
    for statement in _statements(_V10_TABLE + _fixed_rows("help_point", HELP_POINTS)):
        connection.execute(statement)
    checksums.sign(connection, "help_point", checksums.table_columns(connection, "help_point"))


# Version 11: the stock's tally (issue 20). The overview shows the kit's state at start from
# the sums of the stock entries that share an item, a unit, a date, burning hours and "do not
# remind" (a few hundred groups), read from this covering index without reading the entries:
# SQLite keeps it in step with the table at every write, and ``integrity_check`` compares the
# two. It starts with item_id, so it also serves what ``stock_item`` did.
_V11 = """
DROP INDEX IF EXISTS stock_item;
CREATE INDEX stock_tally ON stock(item_id, unit, expires, hours, dont_remind, quantity);
"""


Migration = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: tuple[Migration, ...] = (
    _V1
    + _fixed_rows("meeting_place", MEETING_PLACES)
    + _fixed_rows("role", ROLES)
    + _fixed_rows("scenario", SCENARIOS),
    _V2,
    _V3,
    _V4,
    _v5,
    _v6,
    _V7,
    _V8,
    _V9,
    _v10,
    _V11,
)
SCHEMA_VERSION = len(MIGRATIONS)
CHECKSUMS_FROM = 5  # the first version whose rows carry checksums


class SchemaTooNew(RuntimeError):
    """The file was written by a newer Paraat; opening it could damage it."""

    def __init__(self, found: int) -> None:
        super().__init__(f"database schema version {found} is newer than {SCHEMA_VERSION}")
        self.found = found


def _statements(script: str) -> list[str]:
    """Split a migration into statements (none of ours contain ';' inside a literal)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations after the file's version up to ``target``; return the old version.

    The caller holds a transaction: either every step lands or none does.
    """
    current: int = connection.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(current)
    for version in range(current, target):
        step = MIGRATIONS[version]
        intact = checksums.intact_ids(connection) if version >= CHECKSUMS_FROM else None
        if callable(step):
            step(connection)
        else:
            for statement in _statements(step):
                connection.execute(statement)
        if intact is not None:
            checksums.sign_again(connection, intact)
        connection.execute(f"PRAGMA user_version = {version + 1}")
    return current
