"""Learners, progress, the catalog and quiz sessions, over a real temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest

from dtlearn.core.questions import Kind
from dtlearn.services import catalog as catalog_module
from dtlearn.services.context import Services, build_services
from dtlearn.services.learners import ProfileError, ProfileProblem
from dtlearn.services.progress import Status
from dtlearn.services.quiz import draw

from .conftest import copy_course


@pytest.fixture
def learner(services: Services) -> str:
    return services.learners.create("Nguyễn Thị Hoa", "UBND xã Tân Lập", "Tân Lập",
                                    "Phú Thọ").id


def course(services: Services):  # type: ignore[no-untyped-def]
    found = services.catalog.course("sample-course")
    assert found is not None
    return found


def right_response(question):  # type: ignore[no-untyped-def]
    """The full-mark response for any kind, as the quiz screen would send it."""
    if question.kind in (Kind.SINGLE, Kind.TRUE_FALSE):
        return max(range(len(question.choices)), key=lambda i: question.choices[i].fraction)
    if question.kind is Kind.MULTIPLE:
        return [i for i, c in enumerate(question.choices) if c.fraction > 0]
    if question.kind is Kind.SHORT:
        return question.choices[0].text
    if question.kind is Kind.NUMERICAL:
        return str(question.numeric[0].low)
    return [pair.right for pair in question.pairs]


# --- learners -------------------------------------------------------------------------

def test_create_learner_keeps_vietnamese_text(services: Services) -> None:
    created = services.learners.create("  Lê   Văn  Đức ", "", "Phường Ba Đình", "Hà Nội")
    assert created.name == "Lê Văn Đức"
    assert [row.name for row in services.learners.all()] == ["Lê Văn Đức"]
    assert services.learners.get(created.id).commune == "Phường Ba Đình"  # type: ignore[union-attr]


def test_name_only_spaces_is_refused_and_nothing_written(services: Services) -> None:
    with pytest.raises(ProfileError) as error:
        services.learners.create("   ")
    assert error.value.problem is ProfileProblem.NAME_REQUIRED
    assert services.learners.all() == []


def test_overlong_field_is_refused(services: Services) -> None:
    with pytest.raises(ProfileError) as error:
        services.learners.create("An", unit="x" * 200)
    assert (error.value.field, error.value.problem) == ("unit", ProfileProblem.TOO_LONG)
    assert services.learners.all() == []


def test_nfd_input_is_stored_nfc(services: Services) -> None:
    import unicodedata

    created = services.learners.create(unicodedata.normalize("NFD", "Phạm Thị Ngọc"))
    assert created.name == unicodedata.normalize("NFC", "Phạm Thị Ngọc")


# --- progress -------------------------------------------------------------------------

def test_progress_moves_through_statuses(services: Services, learner: str) -> None:
    sample = course(services)
    start = services.progress.course_progress(learner, sample)
    assert (start.status, start.fraction) == (Status.NOT_STARTED, 0)
    services.progress.lesson_opened(learner, sample, "passwords")
    services.progress.time_spent(learner, sample, "passwords", 42)
    services.progress.lesson_completed(learner, sample, "passwords")
    middle = services.progress.course_progress(learner, sample)
    assert middle.status is Status.IN_PROGRESS
    assert middle.lessons_done == {"passwords"}
    assert services.progress.lessons(learner, sample)["passwords"].seconds_spent == 42
    services.progress.lesson_completed(learner, sample, "otp")
    session = services.quiz.start_new(learner, sample, "vi")
    for _ in session.questions:
        session.answer(right_response(session.current.question))
        session.go_to(session.index + 1)
    result = session.finish()
    assert result.score == 100 and result.passed
    done = services.progress.course_progress(learner, sample)
    assert (done.status, done.fraction, done.best_score) == (Status.COMPLETED, 1.0, 100.0)


def test_completion_time_is_kept_from_the_first_time(services: Services, learner: str) -> None:
    sample = course(services)
    services.progress.lesson_completed(learner, sample, "otp")
    first = services.progress.lessons(learner, sample)["otp"].completed_at
    services.progress.lesson_completed(learner, sample, "otp")
    assert services.progress.lessons(learner, sample)["otp"].completed_at == first


# --- catalog --------------------------------------------------------------------------

def test_broken_course_is_listed_with_reason_and_others_load(
        services: Services, courses_dir: Path, sample_course_dir: Path) -> None:
    broken = copy_course(sample_course_dir, courses_dir, "broken-course")
    (broken / "course.toml").write_text("id = [", encoding="utf-8")
    gift_broken = copy_course(sample_course_dir, courses_dir, "gift-broken")
    (gift_broken / "quiz.vi.gift").write_text("::x:: Câu hỏi {=a ~b\n", encoding="utf-8")
    entries = {entry.folder.name: entry for entry in services.catalog.refresh()}
    assert not entries["sample-course"].broken
    assert entries["broken-course"].broken
    assert "invalid TOML" in entries["broken-course"].problems[0]
    assert entries["gift-broken"].broken
    assert any("quiz.vi.gift:1:" in p for p in entries["gift-broken"].problems)
    assert [c.id for c in services.catalog.usable()] == ["sample-course"]


def test_unchanged_courses_are_not_checked_again(
        paths, monkeypatch: pytest.MonkeyPatch, sample_course_dir: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[Path] = []
    real = catalog_module.validate_course

    def counting(folder: Path):  # type: ignore[no-untyped-def]
        calls.append(folder)
        return real(folder)

    monkeypatch.setattr(catalog_module, "validate_course", counting)
    first = build_services(paths)
    assert first.catalog.entries()[0].question_count == 10
    first.close()
    second = build_services(paths)
    assert second.catalog.entries()[0].question_count == 10
    assert len(calls) == 1
    lesson = sample_course_dir / "02-otp.vi.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nThêm một dòng.\n",
                      encoding="utf-8")
    second.catalog.refresh()
    assert len(calls) == 2
    second.close()


def test_first_screen_trusts_the_cache_until_the_files_are_compared(
        paths, monkeypatch: pytest.MonkeyPatch, courses_dir: Path,
        sample_course_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first = build_services(paths)
    first.catalog.entries()
    first.close()
    toml = sample_course_dir / "course.toml"
    bumped = toml.read_text(encoding="utf-8").replace('version = "1.0.0"', 'version = "1.0.1"')
    toml.write_text(bumped, encoding="utf-8")
    copy_course(sample_course_dir, courses_dir, "new-course")
    walked: list[Path] = []
    real = catalog_module.fingerprint
    monkeypatch.setattr(catalog_module, "fingerprint",
                        lambda folder: walked.append(folder) or real(folder))
    second = build_services(paths)
    try:
        second.catalog.start_from_cache()
        versions = {c.id: c.version for c in second.catalog.usable()}
        assert versions == {"sample-course": "1.0.0", "new-course": "1.0.1"}
        assert [folder.name for folder in walked] == ["new-course"]  # only the unknown one
        assert second.catalog.check_for_changes()
        assert second.catalog.course("sample-course").version == "1.0.1"  # type: ignore[union-attr]
        assert not second.catalog.check_for_changes()  # compared once is enough
    finally:
        second.close()


def test_nothing_changed_on_disk_means_no_change_reported(paths) -> None:  # type: ignore[no-untyped-def]
    first = build_services(paths)
    first.catalog.entries()
    first.close()
    second = build_services(paths)
    try:
        second.catalog.start_from_cache()
        before = second.catalog.entries()
        assert not second.catalog.check_for_changes()
        assert second.catalog.entries() == before
    finally:
        second.close()


def test_lesson_falls_back_to_vietnamese(services: Services, sample_course_dir: Path) -> None:
    (sample_course_dir / "02-otp.en.md").unlink()
    sample = course(services)
    lesson = sample.lesson("otp")
    assert lesson is not None
    html, used = services.catalog.lesson_html(lesson, "en")
    assert used == "vi"
    assert "Mã OTP" in html
    html, used = services.catalog.lesson_html(sample.lessons[0], "en")
    assert used == "en" and "Strong passwords" in html
    assert 'class="box remember"' in html


# --- quiz -----------------------------------------------------------------------------

def test_draw_is_deterministic_and_respects_pool_size() -> None:
    ids = [f"q{i}" for i in range(20)]
    assert draw(ids, 10, 5) == draw(ids, 10, 5)
    assert len(draw(ids, 10, 5)) == 10 and len(set(draw(ids, 10, 5))) == 10
    assert draw(ids, 10, 5) != draw(ids, 10, 6)
    assert sorted(draw(ids, None, 1)) == sorted(ids)
    assert len(draw(ids[:3], 10, 1)) == 3


def test_pool_draws_n_of_m(services: Services, learner: str, sample_course_dir: Path) -> None:
    toml = sample_course_dir / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("quiz_size = 10", "quiz_size = 4"),
                    encoding="utf-8")
    services.catalog.refresh()
    session = services.quiz.start_new(learner, course(services), "vi")
    assert len(session.questions) == 4


def test_resumed_attempt_looks_the_same(services: Services, learner: str, paths) -> None:  # type: ignore[no-untyped-def]
    sample = course(services)
    first = services.quiz.start_or_resume(learner, sample, "vi")
    order = [(p.question.id, p.choice_order, p.match_options) for p in first.questions]
    first.answer(right_response(first.current.question))
    first.go_to(1)
    services.close()

    reopened = build_services(paths)
    again = reopened.quiz.start_or_resume(learner, course(reopened), "vi")
    assert again.attempt.id == first.attempt.id
    assert [(p.question.id, p.choice_order, p.match_options) for p in again.questions] == order
    assert again.index == 1
    assert again.answered_count == 1
    # The same attempt in English keeps the same questions and answer order.
    english = reopened.quiz.start_or_resume(learner, course(reopened), "en")
    assert [(p.question.id, p.choice_order) for p in english.questions] == \
        [(qid, co) for qid, co, _ in order]
    reopened.close()


def test_scores_partial_and_pass_mark(services: Services, learner: str) -> None:
    sample = course(services)
    session = services.quiz.start_new(learner, sample, "vi")
    for index, item in enumerate(session.questions):
        session.go_to(index)
        if index < 7:
            session.answer(right_response(item.question))
    result = session.finish()
    assert result.score == 70.0 and result.passed
    assert sum(1 for q in result.questions if q.correct) == 7
    unanswered = [q for q in result.questions if q.response is None]
    assert len(unanswered) == 3 and all(q.fraction == 0 for q in unanswered)

    second = services.quiz.start_new(learner, sample, "vi")
    second.answer(right_response(second.current.question))
    failed = second.finish()
    assert failed.score == 10.0 and not failed.passed
    history = services.quiz.history(learner, sample)
    assert [a.score for a in history] == [10.0, 70.0]
    assert services.progress.course_progress(learner, sample).best_score == 70.0


def test_multiple_choice_partial_credit_is_stored(services: Services, learner: str) -> None:
    sample = course(services)
    session = services.quiz.start_new(learner, sample, "vi")
    index = next(i for i, p in enumerate(session.questions) if p.question.id == "good-habits")
    session.go_to(index)
    grade = session.answer([0])
    assert grade.fraction == pytest.approx(0.5) and not grade.correct
    assert session.answers["good-habits"].fraction == pytest.approx(0.5)


def test_invalid_response_is_refused_and_not_stored(services: Services, learner: str) -> None:
    sample = course(services)
    session = services.quiz.start_new(learner, sample, "vi")
    index = next(i for i, p in enumerate(session.questions) if p.question.id == "long-password")
    session.go_to(index)
    with pytest.raises(ValueError):
        session.answer(99)
    assert session.answered_count == 0


def test_removed_question_is_skipped_on_resume(services: Services, learner: str,
                                               sample_course_dir: Path) -> None:
    sample = course(services)
    started = services.quiz.start_new(learner, sample, "vi")
    assert "birthday" in [p.question.id for p in started.questions]
    for name in ("quiz.vi.gift", "quiz.en.gift"):
        quiz = sample_course_dir / name
        text = quiz.read_text(encoding="utf-8")
        quiz.write_text(text[:text.index("::birthday::")], encoding="utf-8")
    toml = sample_course_dir / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("quiz_size = 10", "quiz_size = 9"),
                    encoding="utf-8")
    services.catalog.refresh()
    resumed = services.quiz.start_or_resume(learner, course(services), "vi")
    assert resumed.attempt.id == started.attempt.id
    assert "birthday" not in [p.question.id for p in resumed.questions]
