"""Group sessions: create, register fast (known people offered, not duplicated), attendance,
who completed and passed, and the trainer-led quiz."""

from __future__ import annotations

import pytest

from dtlearn.services.context import Services
from dtlearn.services.group_quiz import GroupQuiz, Participant
from dtlearn.services.learners import ProfileError
from dtlearn.services.sessions import GroupSession, SessionError, SessionProblem
from dtlearn.services.trainers import Trainer

from .test_services import right_response
from .test_xapi import learn_and_pass

TRAINER = Trainer("t1", "Đặng Thu Hà")


@pytest.fixture
def session(services: Services) -> GroupSession:
    return services.sessions.create("sample-course", "Lớp tối nhà văn hóa", "Phú Thọ",
                                    "Xã Tân Lập", "Thôn Đông", "2026-11-20", TRAINER)


def test_create_checks_course_place_and_date(services: Services) -> None:
    for args, problem in (
            (("no-such-course", "", "", "Xã Tân Lập", "", "2026-11-20"), SessionProblem.NO_COURSE),
            (("sample-course", "", "", "   ", "", "2026-11-20"), SessionProblem.NO_PLACE),
            (("sample-course", "", "", "Xã Tân Lập", "", "20/11/2026"), SessionProblem.BAD_DATE)):
        with pytest.raises(SessionError) as error:
            services.sessions.create(*args, TRAINER)
        assert error.value.problem is problem
    assert services.sessions.all() == []


def test_register_newcomers_and_known_people(services: Services, session: GroupSession) -> None:
    known = services.learners.create("Nguyễn Văn Ánh", "", "Xã Tân Lập", "Phú Thọ")
    new_id = services.sessions.register_new(session, "  Lò  Thị Mai ", 1962, "female",
                                            " 0912 345 678 ", "")
    suggestions = services.sessions.suggest("nguyen van a")
    assert [p.id for p in suggestions] == [known.id]
    assert services.sessions.suggest("N") == []  # one letter offers nothing yet
    services.sessions.register_existing(session, known.id)
    services.sessions.register_existing(session, known.id)  # twice is still once
    people = services.sessions.attendees(session)
    assert [(p.name, p.birth_year, p.village, p.attended) for p in people] == [
        ("Lò Thị Mai", 1962, "Thôn Đông", True), ("Nguyễn Văn Ánh", None, "", True)]
    mai = services.learners.get(new_id)
    assert mai is not None and (mai.commune, mai.province) == ("Xã Tân Lập", "Phú Thọ")
    assert len(services.learners.all()) == 2


def test_bad_registrations_write_nothing(services: Services, session: GroupSession) -> None:
    with pytest.raises(ProfileError):
        services.sessions.register_new(session, "    ")
    with pytest.raises(SessionError) as error:
        services.sessions.register_new(session, "Lò Văn Páo", 1850)
    assert error.value.problem is SessionProblem.BAD_BIRTH_YEAR
    assert services.learners.all() == []
    assert services.sessions.attendees(session) == []


def test_attendance_and_summary(services: Services, session: GroupSession) -> None:
    an = services.sessions.register_new(session, "Hà Văn An")
    binh = services.sessions.register_new(session, "Sầm Thị Bình")
    services.sessions.set_attended(session, binh, False)
    learn_and_pass(services, an)
    people = {p.name: p for p in services.sessions.attendees(session)}
    assert people["Hà Văn An"].attended and people["Hà Văn An"].completed
    assert people["Hà Văn An"].passed and people["Hà Văn An"].best_score == 100.0
    assert not people["Sầm Thị Bình"].attended and not people["Sầm Thị Bình"].passed


def test_results_during_a_session_carry_its_id(services: Services,
                                                session: GroupSession) -> None:
    an = services.sessions.register_new(session, "Hà Văn An")
    services.active_session_id = session.id
    learn_and_pass(services, an)
    tagged = services.store.read("SELECT DISTINCT session_id FROM outbox")
    assert tagged == [{"session_id": session.id}]
    attempts = services.store.read("SELECT session_id FROM attempts")
    assert attempts == [{"session_id": session.id}]


def test_trainer_led_quiz_records_each_attendee(services: Services,
                                                session: GroupSession) -> None:
    people = [Participant(services.sessions.register_new(session, name), name)
              for name in ("Hà Văn An", "Sầm Thị Bình")]
    course = services.catalog.course("sample-course")
    assert course is not None
    quiz = GroupQuiz(services.quiz, course, people, "vi", session.id)
    first, second = (quiz.attempts[p.learner_id] for p in people)
    assert [q.question.id for q in first.questions] == [q.question.id for q in second.questions]
    assert [q.choice_order for q in first.questions] == [q.choice_order for q in second.questions]
    for index in range(len(quiz.questions)):
        quiz.go_to(index)
        assert {p.name for p in quiz.unanswered()} == {"Hà Văn An", "Sầm Thị Bình"}
        quiz.record(people[0].learner_id, right_response(quiz.current.question))
        if index < 5:
            quiz.record(people[1].learner_id, right_response(quiz.current.question))
        assert [p.name for p in quiz.unanswered()] == ([] if index < 5 else ["Sầm Thị Bình"])
    results = quiz.finish()
    assert results[people[0].learner_id].score == 100.0
    assert results[people[1].learner_id].score == 50.0
    assert not results[people[1].learner_id].passed
    rows = services.store.read("SELECT learner_id, session_id, score FROM attempts "
                               "ORDER BY score DESC")
    assert [(r["learner_id"], r["session_id"], r["score"]) for r in rows] == [
        (people[0].learner_id, session.id, 100.0), (people[1].learner_id, session.id, 50.0)]
