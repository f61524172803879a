"""Two editors saving the same event at the same moment, through gunicorn with production settings
on the suite's kind of database: one save wins, the other editor gets the conflict page with what
changed and their own edits in the form; never a 500, never a save silently lost or overwritten."""

import html
import json
import threading

import pytest

from tests.live_server import (
    Browser,
    create_events,
    event_form,
    gunicorn,
    hidden_value,
    manage,
    prepare,
    production_environment,
    scratch_database_url,
)

TRIALS = 20
CONFLICT = "saved this event after you opened it"


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("live")
    with scratch_database_url(workdir, "concurrent_saves") as database_url:
        environment = production_environment(workdir, database_url)
        prepare(environment, ["alice", "bob"])
        events = create_events(environment, TRIALS)
        with gunicorn(environment, workers=3, log=workdir / "gunicorn.log") as host:
            yield environment, host, events


def save_at_once(browsers, ids, edits):
    """Alice and Bob open the event, then both save their edits at the same moment."""
    started_from = {}
    for name, browser in browsers.items():
        page = browser.get(f"/admin/timeline/event/{ids['event']}/change/")
        assert page.status == 200
        started_from[name] = hidden_value(page.text, "started_from_version")
    barrier = threading.Barrier(len(browsers))
    answers = {}

    def save(name):
        form = event_form(ids, started_from[name], **edits[name])
        barrier.wait()
        answers[name] = browsers[name].post(f"/admin/timeline/event/{ids['event']}/change/", form)

    threads = [threading.Thread(target=save, args=(name,)) for name in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def stored(environment, event_ids):
    """Each event as stored: its title, summary, version and number of history records."""
    script = (
        "import json; from timeline.models import Event\n"
        f"events = Event.objects.filter(pk__in={list(event_ids)})\n"
        "print(json.dumps({event.pk: {'title': event.title, 'summary': event.summary, 'version': event.version,"
        " 'history': event.history.count()} for event in events}))"
    )
    output = manage(environment, "shell", "--no-imports", "-c", script).strip().splitlines()[-1]
    return {int(pk): record for pk, record in json.loads(output).items()}


def test_of_two_simultaneous_saves_one_wins_and_the_other_gets_the_conflict_with_its_edits(deployment):
    environment, host, events = deployment
    browsers = {name: Browser(host) for name in ("alice", "bob")}
    for name, browser in browsers.items():
        browser.log_in(name)
    outcomes, winners = [], {}
    for trial, ids in enumerate(events):
        same_field = trial % 2 == 0
        edits = {
            "alice": {"title": f"Alice's title {trial}"},
            "bob": {"title": f"Bob's title {trial}"} if same_field else {"summary": f"Bob's summary {trial}"},
        }
        answers = save_at_once(browsers, ids, edits)

        statuses = sorted(answer.status for answer in answers.values())
        outcomes.append(statuses)
        assert statuses == [200, 302], (trial, statuses)
        winner = next(name for name, answer in answers.items() if answer.status == 302)
        loser = next(name for name, answer in answers.items() if answer.status == 200)
        page = answers[loser].text
        assert CONFLICT in page, trial
        assert "They changed" in page
        for value in edits[loser].values():
            assert html.escape(value) in page, "the loser's edits are kept in the form"
        winners[ids["event"]] = edits[winner]

    assert outcomes == [[200, 302]] * TRIALS
    for event_id, record in stored(environment, winners).items():
        for name, value in winners[event_id].items():
            assert record[name] == value, "the winner's save is stored"
        assert record["version"] == 2
        assert record["history"] == 2, "exactly one save went through"
