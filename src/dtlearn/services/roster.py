"""Roster import: learners from the CSV or XLSX lists communes and agencies already keep.

A roster comes from whatever office software made it, so reading is forgiving about the
container (UTF-8 with or without BOM, Windows-1258, UTF-16; comma, semicolon or tab; a title
above the header row) and strict about content: each row is checked on its own and a row
that cannot be a learner is refused with its reasons, never guessed at. Problems with the
whole file (empty, not a spreadsheet, too large, no name column) refuse the file and write
nothing. Names and places are kept as written, only NFC-normalised with runs of spaces
collapsed, so "Nguyễn Thị Ánh" typed on any keyboard is stored once and shown as typed.

This module returns codes; the window and the CLI put them into words.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from dtlearn.core.textfold import fold
from dtlearn.errors import UserError
from dtlearn.services.learners import (
    MAX_FIELD,
    Profile,
    birth_year_ok,
    clean,
    clean_phone,
)
from dtlearn.store import roster as rows
from dtlearn.store.database import Store
from dtlearn.store.roster import ExistingLearner

log = logging.getLogger(__name__)

# Checked on the file's size before anything is opened: a bigger file is not a roster.
MAX_BYTES = 50 * 1024 * 1024
# What a small XLSX may unpack to (its XML), and the rows any roster may hold.
MAX_UNPACKED = 400 * 1024 * 1024
MAX_ROWS = 200_000
# A title, a date or the unit's name often sits above the header row.
HEADER_SEARCH_ROWS = 10
PREVIEW_ROWS = 20

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class Field(StrEnum):
    """What a column can hold; the order is the order the window offers them in."""

    NAME = "name"
    BIRTH_YEAR = "birth_year"
    GENDER = "gender"
    PHONE = "phone"
    UNIT = "unit"
    COMMUNE = "commune"
    VILLAGE = "village"
    PROVINCE = "province"


# Header spellings seen in Vietnamese and English rosters, folded (no case, no diacritics,
# đ as d) and without punctuation, as header_key() makes them.
HEADER_WORDS: dict[Field, tuple[str, ...]] = {
    Field.NAME: ("ho va ten", "ho ten", "ten", "name", "full name", "fullname",
                 "ho va ten hoc vien", "ten hoc vien", "hoc vien", "ho va ten nguoi hoc",
                 "learner", "learner name"),
    Field.BIRTH_YEAR: ("nam sinh", "birth year", "year of birth", "ngay sinh",
                       "ngay thang nam sinh", "date of birth", "birth date", "dob"),
    Field.GENDER: ("gioi tinh", "gender", "sex", "nam/nu"),
    Field.PHONE: ("so dien thoai", "sdt", "dien thoai", "so dt", "dt", "phone",
                  "phone number", "mobile", "telephone"),
    Field.UNIT: ("don vi", "co quan", "unit", "co quan/don vi", "don vi cong tac",
                 "noi cong tac", "organisation", "organization", "agency"),
    Field.COMMUNE: ("xa", "phuong", "xa/phuong", "phuong/xa", "xa/phuong/dac khu",
                    "dac khu", "commune", "ward", "commune/ward"),
    Field.VILLAGE: ("thon", "ap", "ban", "xom", "village", "hamlet", "thon/ban", "thon/xom",
                    "thon/ap", "to dan pho", "thon/to dan pho", "khu pho"),
    Field.PROVINCE: ("tinh", "thanh pho", "tinh/thanh pho", "tinh/tp", "province", "city",
                     "province/city"),
}
_FIELD_OF_WORDS = {words: fld for fld, spellings in HEADER_WORDS.items() for words in spellings}

_GENDER_WORDS = {"nu": "female", "female": "female", "f": "female", "phu nu": "female",
                 "nam": "male", "male": "male", "m": "male",
                 "khac": "other", "other": "other"}
_YEAR = re.compile(r"^(\d{4})(?:-\d{2}-\d{2}(?:[ T][\d:.]+)?)?$")  # 1985, or a date cell
_DMY = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$")  # 02/03/1985, as Vietnam writes dates
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^\w/]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Leading bytes of files people rename by mistake: not a roster, whatever the name says.
_NOT_A_ROSTER = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"Rar!",
                 b"7z\xbc\xaf", b"\x1f\x8b", b"{\\rtf", b"ID3", b"RIFF", b"\x00\x00\x01\x00")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls / .doc from before 2007
_ZIP = b"PK\x03\x04"


class RosterProblem(StrEnum):
    """Why a whole file was refused."""

    EMPTY = "empty"
    WRONG_TYPE = "wrong_type"
    OLD_EXCEL = "old_excel"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    NO_NAME_COLUMN = "no_name_column"
    FIELD_TWICE = "field_twice"


_PROBLEM_TEXT = {
    RosterProblem.EMPTY: "the roster has no learners in it (no rows below the header)",
    RosterProblem.WRONG_TYPE: "not a roster: choose a CSV file or an Excel workbook (.xlsx)",
    RosterProblem.OLD_EXCEL: "an old Excel file (.xls): save it as .xlsx or CSV and try again",
    RosterProblem.TOO_LARGE: "too large: a roster may be at most 50 MB",
    RosterProblem.UNREADABLE: "the file is damaged or cannot be read",
    RosterProblem.NO_NAME_COLUMN: "no column is chosen for the learners' names",
    RosterProblem.FIELD_TWICE: "two columns are chosen for the same field",
}


class RosterRefused(UserError):
    """The whole file is refused and nothing was written; ``problem`` says why."""

    def __init__(self, problem: RosterProblem, path: Path | None = None,
                 detail: str = "") -> None:
        where = f"{path.name}: " if path is not None else ""
        extra = f" ({detail})" if detail else ""
        super().__init__(f"{where}{_PROBLEM_TEXT[problem]}{extra}")
        self.problem = problem
        self.path = path
        self.detail = detail


class RowProblem(StrEnum):
    """Why one row was refused."""

    NAME_MISSING = "name_missing"
    BAD_BIRTH_YEAR = "bad_birth_year"
    BAD_GENDER = "bad_gender"
    BAD_PHONE = "bad_phone"
    TOO_LONG = "too_long"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    ALREADY_EXISTS = "already_exists"


@dataclass(frozen=True)
class Reason:
    """One thing wrong with a row: the field, the value as written, and for duplicates the
    earlier row number or the existing learner's name (``other``)."""

    problem: RowProblem
    field: Field | None = None
    value: str = ""
    other: str = ""


@dataclass(frozen=True)
class Refusal:
    row: int
    name: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Candidate:
    """A row that will become a learner, with its row number in the file."""

    row: int
    profile: Profile


@dataclass(frozen=True)
class RosterRow:
    """One data row: its number as a spreadsheet program shows it, and its cells as text."""

    number: int
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True)
class Roster:
    """A file as read: header cells and data rows, nothing interpreted yet."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    rows: tuple[RosterRow, ...]
    header_row: int
    encoding: str = ""
    delimiter: str = ""

    def preview(self, count: int = PREVIEW_ROWS) -> tuple[RosterRow, ...]:
        return self.rows[:count]


ColumnMap = Mapping[int, Field]


@dataclass(frozen=True)
class RosterCheck:
    """What importing would do: who is added, which rows are refused and why."""

    accepted: tuple[Candidate, ...]
    refused: tuple[Refusal, ...]
    mapping: dict[int, Field] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.accepted) + len(self.refused)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    stopped: bool = False


# --- reading --------------------------------------------------------------------------

def read_roster(path: Path, max_bytes: int = MAX_BYTES) -> Roster:
    """Read a CSV or XLSX file, judged by its content, not its name.

    The size is checked before the file is opened, so a huge file costs nothing.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise RosterRefused(RosterProblem.UNREADABLE, path, error.strerror or "") from error
    if size > max_bytes:
        raise RosterRefused(RosterProblem.TOO_LARGE, path)
    if size == 0:
        raise RosterRefused(RosterProblem.EMPTY, path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RosterRefused(RosterProblem.UNREADABLE, path, error.strerror or "") from error
    if data.startswith(_ZIP):
        return _read_xlsx(path)
    if data.startswith(_OLE2):
        raise RosterRefused(RosterProblem.OLD_EXCEL, path)
    if data.startswith(_NOT_A_ROSTER):
        raise RosterRefused(RosterProblem.WRONG_TYPE, path)
    return _read_csv(path, data)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 (BOM, or the
    zero bytes of ASCII text without one), else Windows-1258, Vietnamese Excel's own."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in data[:4096]:
        head = data[:4096]
        zeros_odd = head[1::2].count(0)
        zeros_even = head[0::2].count(0)
        if max(zeros_odd, zeros_even) < len(head) // 4:
            raise RosterRefused(RosterProblem.WRONG_TYPE, path)
        candidates = ["utf-16-le" if zeros_odd > zeros_even else "utf-16-be"]
    else:
        candidates = ["utf-8", "cp1258"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _CONTROL.search(text[:65536]):
            # Decodable but full of control characters: a binary file renamed .csv.
            raise RosterRefused(RosterProblem.WRONG_TYPE, path)
        return text, encoding
    raise RosterRefused(RosterProblem.UNREADABLE, path, "unknown text encoding")


def _delimiter(text: str) -> tuple[str, str]:
    """The separator (and the text without an Excel ``sep=`` line): the candidate that
    splits the first lines into the most columns, the same number on each line."""
    first, _, rest = text.partition("\n")
    hint = first.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5:
        return first.strip()[4], rest
    sample = text[:65536].splitlines()[:20]
    best, best_score = ",", (0, 0)
    for candidate in (",", ";", "\t"):
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=candidate) if row]
        except csv.Error:
            continue
        if not widths:
            continue
        consistent = sum(1 for width in widths if width == widths[0])
        score = (consistent if widths[0] > 1 else 0, widths[0])
        if score > best_score:
            best, best_score = candidate, score
    return best, text


def _read_csv(path: Path, data: bytes) -> Roster:
    text, encoding = _decode(path, data)
    delimiter, text = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise RosterRefused(RosterProblem.UNREADABLE, path, str(error)) from error
    numbered = ((number, tuple(cells)) for number, cells in enumerate(records, start=1))
    return _table(path, "csv", numbered, encoding=encoding, delimiter=delimiter)


def _read_xlsx(path: Path) -> Roster:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise RosterRefused(RosterProblem.UNREADABLE, path, str(error)) from error
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names:
        raise RosterRefused(RosterProblem.WRONG_TYPE, path)
    if sum(member.file_size for member in members) > MAX_UNPACKED:
        raise RosterRefused(RosterProblem.TOO_LARGE, path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any parser failure means a damaged file
        log.info("cannot open %s as a workbook", path, exc_info=True)
        raise RosterRefused(RosterProblem.UNREADABLE, path, str(error)) from error
    try:
        if not workbook.worksheets:
            raise RosterRefused(RosterProblem.EMPTY, path)
        sheet = workbook.worksheets[0]
        rows = ((number, tuple(_cell_text(value) for value in values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1))
        return _table(path, "xlsx", rows)
    except RosterRefused:
        raise
    except Exception as error:  # noqa: BLE001 - a sheet's XML can be broken anywhere
        log.info("cannot read the first sheet of %s", path, exc_info=True)
        raise RosterRefused(RosterProblem.UNREADABLE, path, str(error)) from error
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    """A cell as text: whole numbers without ".0" (years, phone numbers), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _table(path: Path, kind: str, records: Iterable[tuple[int, tuple[str, ...]]],
           encoding: str = "", delimiter: str = "") -> Roster:
    """Find the header row (the first of the top rows naming a name column, else the first
    non-empty row) and keep the non-empty rows below it."""
    before: list[tuple[int, tuple[str, ...]]] = []
    iterator = iter(records)
    header: tuple[int, tuple[str, ...]] | None = None
    for number, cells in iterator:
        trimmed = _trim(cells)
        if not trimmed:
            continue
        if Field.NAME in guess_mapping(trimmed).values():
            header, before = (number, trimmed), []
            break
        before.append((number, trimmed))
        if len(before) >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        if not before:
            raise RosterRefused(RosterProblem.EMPTY, path)
        header, before = before[0], before[1:]
    data: list[RosterRow] = [RosterRow(number, cells) for number, cells in before]
    for number, cells in iterator:
        trimmed = _trim(cells)
        if trimmed:
            if len(data) >= MAX_ROWS:
                raise RosterRefused(RosterProblem.TOO_LARGE, path)
            data.append(RosterRow(number, trimmed))
    if not data:
        raise RosterRefused(RosterProblem.EMPTY, path)
    width = max(len(header[1]), max(len(row.cells) for row in data))
    headers = header[1] + ("",) * (width - len(header[1]))
    return Roster(path, kind, headers, tuple(data), header[0], encoding, delimiter)


def _trim(cells: Sequence[str]) -> tuple[str, ...]:
    """Cells without the empty ones at the end; () for a blank row."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return tuple(cells[:end])


# --- mapping --------------------------------------------------------------------------

def header_key(text: str) -> str:
    """A header as it is compared: folded, bracketed notes like "(*)" and punctuation
    dropped, spaces around "/" removed."""
    key = _NOT_WORD.sub(" ", _BRACKETS.sub(" ", fold(text)))
    return " ".join(key.split()).replace(" /", "/").replace("/ ", "/")


def guess_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Column index → field for the headers recognised; each field at most once (the
    leftmost column wins)."""
    mapping: dict[int, Field] = {}
    for index, header in enumerate(headers):
        guessed = _FIELD_OF_WORDS.get(header_key(header))
        if guessed is not None and guessed not in mapping.values():
            mapping[index] = guessed
    return mapping


def _check_mapping(mapping: ColumnMap) -> None:
    fields = list(mapping.values())
    if Field.NAME not in fields:
        raise RosterRefused(RosterProblem.NO_NAME_COLUMN)
    if len(fields) != len(set(fields)):
        raise RosterRefused(RosterProblem.FIELD_TWICE)


# --- checking -------------------------------------------------------------------------

def _birth_year(text: str) -> int | None:
    match = _YEAR.match(text) or _DMY.match(text)
    return int(match.group(1)) if match else None


def identity(name: str, birth_year: int | None, commune: str) -> tuple[str, int | None, str]:
    """Two records are the same person when folded name, birth year and commune agree."""
    return fold(name), birth_year, fold(commune)


def _check_row(row: RosterRow, mapping: ColumnMap,
               today: dt.date) -> tuple[Profile | None, str, list[Reason]]:
    raw = {fld: row.cell(column) for column, fld in mapping.items()}
    text = {fld: clean(value) for fld, value in raw.items()}
    reasons: list[Reason] = []
    name = text.get(Field.NAME, "")
    if not name:
        reasons.append(Reason(RowProblem.NAME_MISSING, Field.NAME, raw.get(Field.NAME, "")))
    for fld, value in text.items():
        if fld not in (Field.BIRTH_YEAR, Field.GENDER, Field.PHONE) and len(value) > MAX_FIELD:
            reasons.append(Reason(RowProblem.TOO_LONG, fld, value))
    year: int | None = None
    if text.get(Field.BIRTH_YEAR):
        year = _birth_year(text[Field.BIRTH_YEAR])
        if year is None or not birth_year_ok(year, today):
            reasons.append(Reason(RowProblem.BAD_BIRTH_YEAR, Field.BIRTH_YEAR,
                                  text[Field.BIRTH_YEAR]))
    gender = ""
    if text.get(Field.GENDER):
        gender = _GENDER_WORDS.get(fold(text[Field.GENDER]), "")
        if not gender:
            reasons.append(Reason(RowProblem.BAD_GENDER, Field.GENDER, text[Field.GENDER]))
    phone = clean_phone(text.get(Field.PHONE, ""))
    if phone is None:
        reasons.append(Reason(RowProblem.BAD_PHONE, Field.PHONE, text[Field.PHONE]))
    if reasons:
        return None, name, reasons
    profile = Profile(name, text.get(Field.UNIT, ""), text.get(Field.COMMUNE, ""),
                      text.get(Field.PROVINCE, ""), year, gender, phone or "",
                      text.get(Field.VILLAGE, ""))
    return profile, name, []


def check_roster(roster: Roster, mapping: ColumnMap, existing: Iterable[ExistingLearner],
                 today: dt.date | None = None,
                 progress: Progress | None = None) -> RosterCheck:
    """Check every row; raises RosterRefused if the mapping cannot work at all.

    A row is refused for each thing wrong with it. Duplicates are judged among rows that
    are otherwise fine: the first stays, later copies are refused naming it, and a person
    already on this computer is reported rather than created twice.
    """
    _check_mapping(mapping)
    today = today or dt.date.today()
    known = {identity(person.name, person.birth_year, person.commune): person
             for person in existing}
    seen: dict[tuple[str, int | None, str], int] = {}
    accepted: list[Candidate] = []
    refused: list[Refusal] = []
    total = len(roster.rows)
    for done, row in enumerate(roster.rows):
        if progress is not None and done % 1000 == 0:
            progress(done, total)
        profile, name, reasons = _check_row(row, mapping, today)
        if profile is not None:
            key = identity(profile.name, profile.birth_year, profile.commune)
            if key in seen:
                reasons.append(Reason(RowProblem.DUPLICATE_IN_FILE, Field.NAME, name,
                                      str(seen[key])))
            elif key in known:
                reasons.append(Reason(RowProblem.ALREADY_EXISTS, Field.NAME, name,
                                      known[key].name))
            else:
                seen[key] = row.number
                accepted.append(Candidate(row.number, profile))
                continue
        refused.append(Refusal(row.number, name, tuple(reasons)))
    if progress is not None:
        progress(total, total)
    return RosterCheck(tuple(accepted), tuple(refused), dict(mapping))


def parse_mapping(headers: Sequence[str], pairs: Iterable[str]) -> dict[int, Field]:
    """``column=field`` pairs (as the CLI takes them) applied over the guessed mapping.

    A column is named by its header (case and diacritics ignored) or its number from 1;
    ``field`` is a Field value, or ``-`` to leave the column out. Raises ValueError with
    the offending pair.
    """
    mapping = guess_mapping(headers)
    keys = [header_key(header) for header in headers]
    for pair in pairs:
        column_text, sep, field_text = pair.rpartition("=")
        if not sep or not column_text.strip():
            raise ValueError(pair)
        wanted = header_key(column_text)
        if column_text.strip().isdigit() and 1 <= int(column_text) <= len(headers):
            column = int(column_text) - 1
        elif wanted in keys:
            column = keys.index(wanted)
        else:
            raise ValueError(pair)
        mapping.pop(column, None)
        value = field_text.strip().lower()
        if value in ("-", "", "none"):
            continue
        try:
            chosen = Field(value)
        except ValueError:
            raise ValueError(pair) from None
        for other in [c for c, f in mapping.items() if f is chosen]:
            del mapping[other]
        mapping[column] = chosen
    return dict(sorted(mapping.items()))


# --- the service ----------------------------------------------------------------------

class RosterService:
    """Read, check and import rosters into one database."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def read(self, path: Path) -> Roster:
        return read_roster(path)

    def check(self, roster: Roster, mapping: ColumnMap, today: dt.date | None = None,
              progress: Progress | None = None) -> RosterCheck:
        return check_roster(roster, mapping, rows.existing_learners(self._store), today,
                            progress)

    def import_checked(self, check: RosterCheck, progress: Progress | None = None,
                       should_stop: ShouldStop = lambda: False) -> ImportResult:
        """Create every accepted learner in one transaction: all of them, or (stopped or
        failed) none."""
        profiles = [candidate.profile for candidate in check.accepted]
        try:
            count = rows.insert_learners(self._store, profiles, progress, should_stop)
        except rows.InsertStopped:
            return ImportResult(0, stopped=True)
        return ImportResult(count)

    def existing_count(self) -> int:
        return rows.learner_count(self._store)


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
