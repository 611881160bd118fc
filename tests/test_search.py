"""Search ignores case, diacritics (đ included) and Telex; snippets show the match."""

from __future__ import annotations

from pathlib import Path

import pytest

from dtlearn.app import main
from dtlearn.core.telex import untelex
from dtlearn.core.textfold import fold_chars
from dtlearn.services.context import Services
from dtlearn.services.search import plain_text

SPELLINGS = ["chuyen doi so", "CHUYỂN ĐỔI SỐ", "chuyển đổi số", "chuyeenr ddooir soos"]


@pytest.fixture
def bundled(services: Services) -> Services:
    """Search the real course library (copied list, own database)."""
    services.catalog.courses_dir = Path(__file__).parents[1] / "courses"
    services.catalog.refresh()
    return services


def test_the_four_spellings_find_the_same_lessons(bundled: Services) -> None:
    results = [[hit.key for hit in bundled.search.search(text)] for text in SPELLINGS]
    assert results[0], "nothing found"
    assert all(result == results[0] for result in results[1:])
    assert "b1-digital-transformation/concepts" in results[0]
    assert "glossary/term-16" in results[0]


def test_snippets_contain_the_match_with_its_marks(bundled: Services) -> None:
    hits = bundled.search.search("chuyeenr ddooir soos")
    assert hits[0].match.lower() == "chuyển đổi số"  # the phrase itself ranks first
    for hit in hits:
        assert hit.snippet[hit.match_start:hit.match_start + len(hit.match)] == hit.match
        assert fold_chars(hit.match) in {"chuyen doi so", "chuyen", "doi", "so"}


def test_d_matches_dj(bundled: Services) -> None:
    hits = bundled.search.search("dinh danh dien tu")
    phrase_hits = [hit for hit in hits if fold_chars(hit.match) == "dinh danh dien tu"]
    assert len(phrase_hits) >= 3 and hits[:len(phrase_hits)] == phrase_hits
    assert all("định danh điện tử" in hit.snippet.lower() for hit in phrase_hits)
    assert any(hit.key.startswith("a1-vneid/") for hit in phrase_hits)


def test_english_search_and_fallback(bundled: Services, sample_course_dir: Path) -> None:
    hits = bundled.search.search("two-factor authentication", "en")
    assert hits and all(hit.language == "en" for hit in hits)


def test_index_rebuilds_when_a_course_changes(services: Services,
                                               sample_course_dir: Path) -> None:
    assert services.search.search("Hồ Hoàn Kiếm") == []
    lesson = sample_course_dir / "02-otp.vi.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nGặp nhau ở Hồ Hoàn Kiếm.\n",
                      encoding="utf-8")
    services.catalog.refresh()
    hits = services.search.search("ho hoan kiem")
    assert [hit.key for hit in hits] == ["sample-course/otp"]
    assert services.search.ensure_index() is False  # unchanged since: no rebuild


def test_helpers() -> None:
    assert untelex("chuyeenr ddooir soos") == "chuyen doi so"
    assert untelex("nguwowif Vieetj") == "nguoi viet"
    assert untelex("hoaf bifnh") == "hoa binh"
    assert fold_chars("Đường Số") == "duong so"
    assert plain_text("Chọn **OTP**, rồi *bấm*.\n\n- một\n- hai") == "Chọn OTP, rồi bấm. một hai"


def test_cli_search(services: Services, paths, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    args = ["--data-dir", str(paths.data_dir), "--courses-dir", str(paths.courses_dir)]
    assert main([*args, "search", "mat", "khau", "dung", "mot", "lan"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(": " in line for line in lines)
    assert lines[0].split(": ", 1)[0] in {"sample-course/otp", "sample-course",
                                          "glossary/term-24"}
    assert main([*args, "search", "khong", "co", "gi", "xyzzy"]) == 1
