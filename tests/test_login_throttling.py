"""Admin log-in is throttled with django-axes, by username and client address, so that
repeated failures lock out the one who fails and never the editor elsewhere."""

import datetime
import io

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from relations.security import parse_networks

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "correct horse battery"
EDITOR_AT_HOME = "198.51.100.7"
STRANGER = "203.0.113.9"
PROXY = "10.0.0.2"
BEHIND_A_PROXY = override_settings(TRUSTED_PROXIES=parse_networks(["10.0.0.0/8"]))


@pytest.fixture
def staff_user():
    return get_user_model().objects.create_user("alice", password=PASSWORD, is_staff=True)


def log_in(client, password, **meta):
    return client.post(LOGIN, {"username": "alice", "password": password}, **meta)


def fail_until_locked(client, **meta):
    responses = [log_in(client, "wrong", **meta) for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert [response.status_code for response in responses][-1] == 429
    return responses


def test_a_correct_password_logs_in(client, staff_user):
    response = log_in(client, PASSWORD)

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_repeated_failures_lock_the_account_out_even_with_the_right_password(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "wrong").status_code == 200

    locked = log_in(client, "wrong")
    after = log_in(client, PASSWORD)

    assert locked.status_code == 429
    assert after.status_code == 429
    assert b"Too many failed log-ins" in after.content
    assert b"trying meanwhile does not make the wait longer" in after.content
    assert client.get("/admin/").status_code == 302


def test_failures_below_the_limit_do_not_lock_out(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong")

    assert log_in(client, PASSWORD).status_code == 302


def test_direct_a_stranger_failing_as_the_editor_locks_out_only_the_strangers_address(staff_user):
    fail_until_locked(Client(), REMOTE_ADDR=STRANGER)

    assert log_in(Client(), PASSWORD, REMOTE_ADDR=STRANGER).status_code == 429
    assert log_in(Client(), PASSWORD, REMOTE_ADDR=EDITOR_AT_HOME).status_code == 302


def test_direct_a_forwarded_for_header_from_a_client_is_not_believed(staff_user):
    """Without trusted proxies, a stranger cannot pose as the editor's address with X-Forwarded-For."""
    fail_until_locked(Client(), REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR=EDITOR_AT_HOME)

    assert AccessAttempt.objects.get().ip_address == STRANGER
    assert log_in(Client(), PASSWORD, REMOTE_ADDR=EDITOR_AT_HOME).status_code == 302


@BEHIND_A_PROXY
def test_behind_a_proxy_the_lock_is_on_the_forwarded_client_address(staff_user):
    fail_until_locked(Client(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=STRANGER)

    assert AccessAttempt.objects.get().ip_address == STRANGER
    assert log_in(Client(), PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=STRANGER).status_code == 429
    assert log_in(Client(), PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=EDITOR_AT_HOME).status_code == 302


@BEHIND_A_PROXY
def test_behind_a_proxy_an_address_the_client_prepends_is_ignored(staff_user):
    """The proxy appends the address it saw; what the stranger wrote before it changes nothing."""
    spoofed = f"{EDITOR_AT_HOME}, {STRANGER}"
    fail_until_locked(Client(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=spoofed)

    assert AccessAttempt.objects.get().ip_address == STRANGER
    assert log_in(Client(), PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=EDITOR_AT_HOME).status_code == 302


@BEHIND_A_PROXY
def test_behind_two_proxies_the_client_is_the_first_untrusted_address_from_the_right(staff_user):
    forwarded = f"{EDITOR_AT_HOME}, {STRANGER}, 10.0.0.9"
    fail_until_locked(Client(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)

    assert AccessAttempt.objects.get().ip_address == STRANGER


def test_attempts_during_a_lock_out_do_not_extend_it(client, staff_user):
    fail_until_locked(client)
    attempt = AccessAttempt.objects.get()
    cool_off = datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)

    AccessAttempt.objects.update(attempt_time=attempt.attempt_time - cool_off + datetime.timedelta(minutes=1))
    assert log_in(client, "wrong").status_code == 429
    AccessAttempt.objects.update(attempt_time=attempt.attempt_time - cool_off - datetime.timedelta(seconds=1))

    assert log_in(client, PASSWORD).status_code == 302


def test_a_log_in_with_an_unsafe_next_lands_on_the_admin_index(client, staff_user):
    response = client.post(
        "/admin/login/?next=https://evil.example/", {"username": "alice", "password": PASSWORD, "next": "//evil"}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


@pytest.fixture
def chief_client(db):
    call_command("create_editor", "chief", "--in-chief", "--noinput", stdout=io.StringIO())
    chief = Client()
    chief.force_login(get_user_model().objects.get(username="chief"))
    return chief


def test_an_editor_in_chief_sees_and_unlocks_a_locked_out_editor(staff_user, chief_client):
    fail_until_locked(Client(), REMOTE_ADDR=EDITOR_AT_HOME)
    page = chief_client.get(reverse("admin:timeline_lockedoutlogin_changelist") + "?locked=yes")
    assert page.status_code == 200
    assert b"alice" in page.content
    assert EDITOR_AT_HOME.encode() in page.content

    unlocked = chief_client.post(
        reverse("admin:timeline_lockedoutlogin_changelist"),
        {"action": "unlock", "_selected_action": [str(attempt.pk) for attempt in AccessAttempt.objects.all()]},
        follow=True,
    )

    assert f"Unlocked 1 log-in: alice from {EDITOR_AT_HOME}." in unlocked.content.decode()
    assert log_in(Client(), PASSWORD, REMOTE_ADDR=EDITOR_AT_HOME).status_code == 302


def test_an_ordinary_editor_cannot_see_or_unlock_lock_outs(editor_client, staff_user):
    fail_until_locked(Client())

    assert editor_client.get(reverse("admin:timeline_lockedoutlogin_changelist")).status_code == 403
