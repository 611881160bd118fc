"""Roster import: reading what offices really send, guessing columns, refusing bad rows with
their reasons, refusing bad files whole, and importing all or nothing."""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from dtlearn.app import main
from dtlearn.services.context import Services
from dtlearn.services.roster import (
    MAX_BYTES,
    Field,
    Roster,
    RosterCheck,
    RosterProblem,
    RosterRefused,
    RosterService,
    RowProblem,
    guess_mapping,
    header_key,
    parse_mapping,
    read_roster,
)

TODAY = dt.date(2026, 5, 1)
HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số điện thoại", "Thôn",
           "Xã/Phường", "Tỉnh/Thành phố"]
PEOPLE = [
    ["1", "Nguyễn Thị Ánh", "1985", "Nữ", "0912 345 678", "Thôn Đông", "Xã Tân Lập", "Phú Thọ"],
    ["2", "Trần Văn Bình", "1990", "Nam", "", "Thôn Đoài", "Xã Tân Lập", "Phú Thọ"],
    ["3", "Lê Hữu Đức", "1978", "nam", "0388123456", "Bản Mồ Dề", "Xã Mù Cang Chải",
     "Lào Cai"],
]
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def write_csv(path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8",
              delimiter: str = ",", bom: bool = False) -> Path:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def to_cp1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: letters like ê or ơ are one byte, tone marks are
    combining characters after them (Python's codec has no precomposed toned letters)."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in decomposed[1:] if mark in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def learner_count(services: Services) -> int:
    row = services.store.read_one("SELECT COUNT(*) AS n FROM learners")
    assert row is not None
    return int(row["n"])


def check(services: Services, path: Path) -> tuple[Roster, RosterCheck]:
    service = RosterService(services.store)
    roster = service.read(path)
    return roster, service.check(roster, guess_mapping(roster.headers), today=TODAY)


def refusal_codes(result: RosterCheck) -> dict[int, list[RowProblem]]:
    return {refusal.row: [reason.problem for reason in refusal.reasons]
            for refusal in result.refused}


# --- guessing columns ---------------------------------------------------------------

def test_vietnamese_headers_are_recognised_with_and_without_diacritics() -> None:
    expected = {1: Field.NAME, 2: Field.BIRTH_YEAR, 3: Field.GENDER, 4: Field.PHONE,
                5: Field.VILLAGE, 6: Field.COMMUNE, 7: Field.PROVINCE}
    assert guess_mapping(HEADERS) == expected
    plain = ["stt", "HO VA TEN", "nam sinh", "gioi tinh", "so dien thoai", "thon",
             "xa / phuong", "Tinh / Thanh pho"]
    assert guess_mapping(plain) == expected
    assert guess_mapping(["Họ tên (*)", "SĐT", "Đơn vị", "Phường", "Ấp", "Tỉnh"]) == {
        0: Field.NAME, 1: Field.PHONE, 2: Field.UNIT, 3: Field.COMMUNE, 4: Field.VILLAGE,
        5: Field.PROVINCE}
    assert guess_mapping(["Tên", "Cơ quan", "Xã", "Bản", "Thành phố"]) == {
        0: Field.NAME, 1: Field.UNIT, 2: Field.COMMUNE, 3: Field.VILLAGE, 4: Field.PROVINCE}


def test_english_headers_and_each_field_once() -> None:
    assert guess_mapping(["Name", "Birth year", "Gender", "Phone", "Unit", "Commune",
                          "Village", "Province", "Full name"]) == {
        0: Field.NAME, 1: Field.BIRTH_YEAR, 2: Field.GENDER, 3: Field.PHONE, 4: Field.UNIT,
        5: Field.COMMUNE, 6: Field.VILLAGE, 7: Field.PROVINCE}
    assert guess_mapping(["Tên đơn vị", "Ghi chú"]) == {}
    assert header_key("  Xã / Phường (*) ") == "xa/phuong"


def test_cli_style_mapping_overrides_the_guess() -> None:
    headers = ["Họ và tên", "Ghi chú", "Xã"]
    assert parse_mapping(headers, ["ghi chu=unit", "3=-"]) == {0: Field.NAME, 1: Field.UNIT}
    assert parse_mapping(headers, ["Ghi chú=name"]) == {1: Field.NAME, 2: Field.COMMUNE}
    for bad in ("nowhere=name", "Ghi chú=shoe size", "name"):
        with pytest.raises(ValueError):
            parse_mapping(headers, [bad])


# --- reading files ------------------------------------------------------------------

def test_utf8_csv_with_bom_keeps_vietnamese_exactly(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *PEOPLE], bom=True)
    roster, result = check(services, path)
    assert roster.kind == "csv" and roster.encoding == "utf-8-sig"
    assert roster.headers[1] == "Họ và tên"
    assert [c.profile.name for c in result.accepted] == [
        "Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Hữu Đức"]
    first = result.accepted[0].profile
    assert (first.birth_year, first.gender, first.phone, first.village, first.commune,
            first.province) == (1985, "female", "0912345678", "Thôn Đông", "Xã Tân Lập",
                                "Phú Thọ")
    assert result.refused == ()


def test_cp1258_semicolon_csv_is_read_and_normalised(services: Services,
                                                     tmp_path: Path) -> None:
    path = write_csv(tmp_path / "excel.csv", [HEADERS, *PEOPLE], encoding="cp1258",
                     delimiter=";")
    assert b"\xcc" in path.read_bytes() or b"\xde" in path.read_bytes()  # tone marks apart
    roster, result = check(services, path)
    assert (roster.encoding, roster.delimiter) == ("cp1258", ";")
    names = [c.profile.name for c in result.accepted]
    assert names == ["Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Hữu Đức"]
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert result.accepted[2].profile.village == "Bản Mồ Dề"


def test_utf16_tab_separated_as_excel_unicode_text(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "unicode.txt", [HEADERS, *PEOPLE], encoding="utf-16",
                     delimiter="\t")
    roster, result = check(services, path)
    assert roster.delimiter == "\t"
    assert [c.profile.name for c in result.accepted][0] == "Nguyễn Thị Ánh"


def test_excel_sep_line_and_quoted_commas(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_text('sep=,\nHọ và tên,Đơn vị\n"Phạm Thị Dung","UBND xã A, tỉnh B"\n',
                    encoding="utf-8")
    _, result = check(services, path)
    assert result.accepted[0].profile.unit == "UBND xã A, tỉnh B"


def test_xlsx_with_title_rows_numbers_and_dates(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ds.xlsx", [
        ["DANH SÁCH HỌC VIÊN LỚP KỸ NĂNG SỐ"],
        ["Xã Tân Lập, ngày 01/05/2026"],
        [],
        ["STT", "Họ và tên", "Ngày sinh", "SĐT", "Xã"],
        [1, "Nguyễn  Văn   An ", dt.datetime(1979, 3, 2), 912345678, "Xã Tân Lập"],
        [2, "Đỗ Thị Em", 1988, "0977.111.222", "Xã Tân Lập"],
        [None, None, None, None, None],
        [3, "Hoàng Văn Phúc", "02/03/1969", None, "Xã Tân Lập"],
    ])
    roster, result = check(services, path)
    assert roster.kind == "xlsx" and roster.header_row == 4
    assert [row.number for row in roster.rows] == [5, 6, 8]
    profiles = [c.profile for c in result.accepted]
    assert [(p.name, p.birth_year, p.phone) for p in profiles] == [
        ("Nguyễn Văn An", 1979, "0912345678"), ("Đỗ Thị Em", 1988, "0977111222"),
        ("Hoàng Văn Phúc", 1969, "")]


# --- refused rows -------------------------------------------------------------------

def test_each_bad_row_is_refused_with_its_reasons(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [
        ["Họ và tên", "Năm sinh", "Giới tính", "SĐT", "Xã"],
        ["   ", "1980", "", "", "Xã A"],                      # row 2: only spaces
        ["\u00a0\u3000", "", "", "", "Xã A"],                 # row 3: other blanks
        ["Vũ Thị Giang", "85", "", "", "Xã A"],               # row 4: two-digit year
        ["Vũ Thị Hằng", "1899", "", "", "Xã A"],              # row 5: too early
        ["Vũ Văn Khải", "2027", "", "", "Xã A"],              # row 6: in the future
        ["Vũ Văn Lâm", "", "", "09x1234567", "Xã A"],         # row 7: phone with a letter
        ["Vũ Văn Minh", "", "không rõ", "", "Xã A"],          # row 8: unknown gender
        ["", "19a5", "", "abc", "Xã A"],                      # row 9: three problems
        ["Vũ Văn Nam", "2026", "", "", "Xã A"],               # row 10: fine (this year)
    ])
    before = learner_count(services)
    _, result = check(services, path)
    assert refusal_codes(result) == {
        2: [RowProblem.NAME_MISSING], 3: [RowProblem.NAME_MISSING],
        4: [RowProblem.BAD_BIRTH_YEAR], 5: [RowProblem.BAD_BIRTH_YEAR],
        6: [RowProblem.BAD_BIRTH_YEAR], 7: [RowProblem.BAD_PHONE],
        8: [RowProblem.BAD_GENDER],
        9: [RowProblem.NAME_MISSING, RowProblem.BAD_BIRTH_YEAR, RowProblem.BAD_PHONE]}
    reason = result.refused[2].reasons[0]
    assert (reason.field, reason.value) == (Field.BIRTH_YEAR, "85")
    assert [c.row for c in result.accepted] == [10]
    assert RosterService(services.store).import_checked(result).imported == 1
    assert learner_count(services) == before + 1
    assert [row.name for row in services.learners.all()] == ["Vũ Văn Nam"]


def test_duplicates_in_the_file_and_on_this_computer(services: Services,
                                                     tmp_path: Path) -> None:
    services.learners.create("Nguyễn Văn An", "", "Xã Tân Lập", "Phú Thọ", birth_year=1980)
    path = write_csv(tmp_path / "dup.csv", [
        ["Họ và tên", "Năm sinh", "Xã"],
        ["Trần Thị Bình", "1975", "Xã Tân Lập"],        # 2: new
        ["tran thi binh", "1975", "xa tan lap"],         # 3: row 2 again, typed plainly
        ["Trần Thị Bình", "1976", "Xã Tân Lập"],         # 4: another year: another person
        ["NGUYỄN VĂN AN", "1980", "Xã Tân Lập"],         # 5: already here
        ["Nguyễn Văn An", "1980", "Xã Hợp Thành"],       # 6: another commune
    ])
    _, result = check(services, path)
    assert [c.row for c in result.accepted] == [2, 4, 6]
    assert refusal_codes(result) == {3: [RowProblem.DUPLICATE_IN_FILE],
                                     5: [RowProblem.ALREADY_EXISTS]}
    assert result.refused[0].reasons[0].other == "2"
    assert result.refused[1].reasons[0].other == "Nguyễn Văn An"
    RosterService(services.store).import_checked(result)
    assert learner_count(services) == 4


def test_imported_learners_have_every_profile_field(services: Services,
                                                    tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *PEOPLE])
    _, result = check(services, path)
    assert RosterService(services.store).import_checked(result).imported == 3
    row = next(r for r in services.learners.all() if r.name == "Lê Hữu Đức")
    assert (row.birth_year, row.gender, row.phone, row.village, row.commune, row.province,
            row.demo) == (1978, "male", "0388123456", "Bản Mồ Dề", "Xã Mù Cang Chải",
                          "Lào Cai", False)
    assert row.updated_at == row.created_at != ""


# --- refused files: the message, and nothing written --------------------------------

def refused(services: Services, path: Path, mapping: dict[int, Field] | None = None
            ) -> RosterRefused:
    before = learner_count(services)
    service = RosterService(services.store)
    with pytest.raises(RosterRefused) as caught:
        roster = service.read(path)
        result = service.check(roster, guess_mapping(roster.headers) if mapping is None
                               else mapping)
        service.import_checked(result)
    assert learner_count(services) == before
    return caught.value


def test_empty_rosters_are_refused(services: Services, tmp_path: Path) -> None:
    services.learners.create("Người Có Sẵn")
    header_only = write_csv(tmp_path / "header.csv", [HEADERS])
    error = refused(services, header_only)
    assert error.problem is RosterProblem.EMPTY
    assert str(error) == "header.csv: the roster has no learners in it (no rows below the header)"
    (tmp_path / "zero.csv").write_bytes(b"")
    assert refused(services, tmp_path / "zero.csv").problem is RosterProblem.EMPTY
    blank_lines = tmp_path / "blank.csv"
    blank_lines.write_text("Họ và tên;Năm sinh\n;\n ; \n", encoding="utf-8")
    assert refused(services, blank_lines).problem is RosterProblem.EMPTY
    sheet = write_xlsx(tmp_path / "empty.xlsx", [])
    assert refused(services, sheet).problem is RosterProblem.EMPTY
    headers_only = write_xlsx(tmp_path / "headers.xlsx", [HEADERS])
    assert refused(services, headers_only).problem is RosterProblem.EMPTY


@pytest.mark.parametrize("name, content", [
    ("scan.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
    ("photo.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
    ("photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"),
    ("binary.csv", bytes(range(256)) * 4),
])
def test_other_files_renamed_are_refused(services: Services, tmp_path: Path, name: str,
                                         content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = refused(services, path)
    assert error.problem is RosterProblem.WRONG_TYPE
    assert str(error) == f"{name}: not a roster: choose a CSV file or an Excel workbook (.xlsx)"


def test_a_word_document_is_not_a_roster(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert refused(services, path).problem is RosterProblem.WRONG_TYPE
    renamed = path.rename(tmp_path / "danh-sach.xlsx")
    assert refused(services, renamed).problem is RosterProblem.WRONG_TYPE


def test_old_excel_files_are_named(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    error = refused(services, path)
    assert error.problem is RosterProblem.OLD_EXCEL
    assert "save it as .xlsx or CSV" in str(error)


def test_a_spreadsheet_over_50_mb_is_refused_before_it_is_opened(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.xlsx"
    write_xlsx(path, [HEADERS, *PEOPLE])
    with path.open("r+b") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    opened: list[Path] = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: opened.append(self) or b"")
    monkeypatch.setattr(zipfile, "ZipFile", lambda *a, **k: opened.append(a[0]))
    error = refused(services, path)
    assert error.problem is RosterProblem.TOO_LARGE
    assert str(error) == "huge.xlsx: too large: a roster may be at most 50 MB"
    assert opened == []
    at_limit = tmp_path / "limit.csv"
    at_limit.write_bytes(b"x" * 10)
    monkeypatch.undo()
    with at_limit.open("r+b") as handle:
        handle.truncate(MAX_BYTES)
    assert refused(services, at_limit).problem is not RosterProblem.TOO_LARGE


def test_damaged_workbooks_are_refused(services: Services, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [HEADERS, *PEOPLE])
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[:2000])
    error = refused(services, truncated)
    assert error.problem is RosterProblem.UNREADABLE
    assert str(error).startswith("truncated.xlsx: the file is damaged or cannot be read")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    assert refused(services, broken).problem is RosterProblem.UNREADABLE


def test_no_name_column_refuses_the_file(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "noname.csv", [["Mã", "Năm sinh"], ["A1", "1980"]])
    error = refused(services, path)
    assert error.problem is RosterProblem.NO_NAME_COLUMN
    assert str(error) == "no column is chosen for the learners' names"
    two = write_csv(tmp_path / "two.csv", [["Họ và tên", "Tên"], ["A", "B"]])
    assert refused(services, two, {0: Field.NAME, 1: Field.NAME}).problem is \
        RosterProblem.FIELD_TWICE


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(RosterRefused) as caught:
        read_roster(tmp_path / "nowhere.csv")
    assert caught.value.problem is RosterProblem.UNREADABLE


# --- all or nothing -----------------------------------------------------------------

def many_rows(tmp_path: Path, count: int) -> Path:
    rows = [["Họ và tên", "Năm sinh"]] + [[f"Học Viên Số {i}", "1990"] for i in range(count)]
    return write_csv(tmp_path / "many.csv", rows)


def test_a_failure_midway_writes_nothing(services: Services, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    services.learners.create("Người Có Sẵn")
    _, result = check(services, many_rows(tmp_path, 1200))
    ids = iter(range(10_000))

    def clashing_id() -> str:
        number = next(ids)
        return "same-id" if number in (700, 701) else f"id-{number}"

    monkeypatch.setattr("dtlearn.store.roster.new_id", clashing_id)
    with pytest.raises(Exception, match="UNIQUE"):
        RosterService(services.store).import_checked(result)
    assert learner_count(services) == 1


def test_stopping_writes_nothing(services: Services, tmp_path: Path) -> None:
    _, result = check(services, many_rows(tmp_path, 1200))
    seen: list[tuple[int, int]] = []
    outcome = RosterService(services.store).import_checked(
        result, progress=lambda done, total: seen.append((done, total)),
        should_stop=lambda: len(seen) >= 2)
    assert outcome.stopped and outcome.imported == 0
    assert seen == [(0, 1200), (500, 1200)]
    assert learner_count(services) == 0


def test_a_big_roster_imports_with_progress(services: Services, tmp_path: Path) -> None:
    _, result = check(services, many_rows(tmp_path, 1200))
    seen: list[tuple[int, int]] = []
    outcome = RosterService(services.store).import_checked(
        result, progress=lambda done, total: seen.append((done, total)))
    assert outcome.imported == 1200 and learner_count(services) == 1200
    assert seen == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]


# --- the command line ---------------------------------------------------------------

def run_cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "roster", "import", *args])


def test_cli_dry_run_then_import(services: Services, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *PEOPLE, ["4", " ", "", "", "", "", "", ""],
                                           ["5", "Mai Văn Tú", "99", "", "", "", "", ""]])
    assert run_cli(tmp_path, str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert '"Họ và tên" → name' in out and '"STT"' not in out
    assert "row 5: no name" in out
    assert 'row 6 "Mai Văn Tú": birth year "99" is not a year from 1900 to' in out
    assert "3 learners would be imported, 2 rows refused (dry run: nothing written)." in out
    assert learner_count(services) == 0
    assert run_cli(tmp_path, str(path)) == 0
    assert "Imported 3 learners, 2 rows refused." in capsys.readouterr().out
    assert learner_count(services) == 3
    assert run_cli(tmp_path, str(path)) == 0
    assert 'already on this computer as "Nguyễn Thị Ánh"' in capsys.readouterr().out
    assert learner_count(services) == 3


def test_cli_map_and_refusals(services: Services, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "odd.csv", [["Người học", "Ghi chú"], ["Ngô Thị Xuân", "x"]])
    assert run_cli(tmp_path, str(path)) == 1
    assert "no column is chosen for the learners' names" in capsys.readouterr().err
    assert run_cli(tmp_path, str(path), "--map", "người học=name") == 0
    assert [row.name for row in services.learners.all()] == ["Ngô Thị Xuân"]
    assert run_cli(tmp_path, str(path), "--map", "Người học=age") == 2
    assert "--map Người học=age" in capsys.readouterr().err
    (tmp_path / "scan.csv").write_bytes(b"%PDF-1.4")
    assert run_cli(tmp_path, str(tmp_path / "scan.csv")) == 1
    assert "not a roster" in capsys.readouterr().err
    assert learner_count(services) == 1
