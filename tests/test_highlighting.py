from types import SimpleNamespace

from timeline.highlighting import highlight

BODY = "One two three. Four five six. Seven eight nine."


def quote(text, occurrence=0):
    start = BODY.index(text)
    return SimpleNamespace(start=start, end=start + len(text), text=text)


def test_quotes_become_highlighted_segments_between_plain_text():
    four, seven = quote("Four five six."), quote("Seven eight")

    segments = highlight(BODY, [seven, four])

    assert [(segment.text, segment.is_quoted) for segment in segments] == [
        ("One two three. ", False),
        ("Four five six.", True),
        (" ", False),
        ("Seven eight", True),
        (" nine.", False),
    ]
    assert "".join(segment.text for segment in segments) == BODY


def test_overlapping_quotes_share_one_segment_that_names_both():
    wide, narrow = quote("two three. Four five"), quote("three. Four five six.")

    segments = highlight(BODY, [wide, narrow])

    quoted = [segment for segment in segments if segment.is_quoted]
    assert len(quoted) == 1
    assert quoted[0].text == "two three. Four five six."
    assert quoted[0].evidence == [wide, narrow]


def test_a_body_without_quotes_is_one_plain_segment():
    segments = highlight(BODY, [])

    assert [(segment.text, segment.is_quoted) for segment in segments] == [(BODY, False)]
