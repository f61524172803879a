"""Admin log-in is throttled with django-axes: repeated failures lock the account out."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def staff_user():
    return get_user_model().objects.create_user("alice", password="correct horse battery", is_staff=True)


def log_in(client, password):
    return client.post(LOGIN, {"username": "alice", "password": password})


def test_a_correct_password_logs_in(client, staff_user):
    response = log_in(client, "correct horse battery")

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_repeated_failures_lock_the_account_out_even_with_the_right_password(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "wrong").status_code == 200

    locked = log_in(client, "wrong")
    after = log_in(client, "correct horse battery")

    assert locked.status_code == 429
    assert after.status_code == 429
    assert b"too many" in after.content.lower() or b"locked" in after.content.lower()
    assert client.get("/admin/").status_code == 302


def test_failures_below_the_limit_do_not_lock_out(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong")

    assert log_in(client, "correct horse battery").status_code == 302
