from pathlib import Path

from timeline.cleaning import clean_article, parse_article

DATA = Path(__file__).resolve().parent / "data"


def read(name):
    return (DATA / name).read_text(encoding="utf-8")


def removed_as_tuples(cleaned):
    return [(line.number, line.text, line.reason) for line in cleaned.removed]


def test_each_kind_of_debris_is_removed_with_its_line_number_and_reason():
    parsed = parse_article(read("wire-expulsions-with-debris.txt"))

    assert removed_as_tuples(parsed) == [
        (4, "Watch: Moscow answers the Senate", "caption repeated in the page"),
        (5, "Watch: Moscow answers the Senate", "caption repeated in the page"),
        (6, "01:45", "video duration"),
        (9, "Advertisement", "site trailer"),
        (12, "Watch: Moscow answers the Senate 01:45", "caption with video duration"),
        (15, "Join the conversation as a VIP Member", "site trailer"),
    ]
    assert "Moscow answers the Senate" not in parsed.body
    assert "01:45" not in parsed.body
    assert "Advertisement" not in parsed.body
    assert "VIP Member" not in parsed.body


def test_the_cnn_video_captions_are_removed_and_its_prose_kept():
    raw = read("cnn-2017-04-07-russia-us-ties-zero.txt")

    parsed = parse_article(raw)

    assert {line.text for line in parsed.removed} == {
        "Putin 'didn't expect' Trump would win",
        "Putin 'didn't expect' Trump would win 06:30",
        "Michael Flynn omitted Russia income",
        "Michael Flynn omitted Russia income 02:32",
    }
    assert len(parsed.removed) == 8
    assert "Putin 'didn't expect'" not in parsed.body
    assert "Facts on the ground" in parsed.body
    assert '"Hopefully, it won\'t lead to any irreversible damage."' in parsed.body


def test_the_hotair_site_trailers_are_removed():
    parsed = parse_article(read("hotair-2017-07-29-good-old-days-over.txt"))

    assert removed_as_tuples(parsed) == [
        (31, "Join the conversation as a VIP Member", "site trailer"),
        (33, "Trending on HotAir Video", "site trailer"),
    ]
    assert parsed.body.endswith("even if some of the more hawkish among us would like to see it.")


def test_short_prose_lines_are_kept():
    raw = "\n".join(
        [
            "Talks resume",
            "No.",
            "Yes, he said.",
            "Advertisement revenue fell in Moscow.",
            "The meeting began at 10:30",
            "Related talks will follow.",
            "Watch this space, the minister said.",
        ]
    )

    parsed = parse_article(raw)

    assert parsed.removed == []
    assert parsed.body.splitlines() == raw.splitlines()[1:]


def test_a_long_line_that_repeats_is_prose_not_a_caption():
    sentence = (
        "The minister said the two countries would keep talking about Syria, space and the arms control treaties."
    )
    raw = f"Headline\n{sentence}\nBetween them came other news.\n{sentence}"

    parsed = parse_article(raw)

    assert parsed.removed == []
    assert parsed.body.count(sentence) == 2


def test_a_duration_after_prose_that_is_not_a_repeated_caption_is_kept():
    parsed = parse_article("Headline\nThe vote ended 52 to 48 at 11:45\nMore text.")

    assert parsed.removed == []
    assert "at 11:45" in parsed.body


def test_removed_line_numbers_point_into_the_raw_text_whatever_its_line_endings():
    raw = "Headline\r\n\r\n  Caption here  \r\nProse.\r\nCaption here 00:59\rCaption here\n"

    cleaned = clean_article(raw)

    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert [line.number for line in cleaned.removed] == [3, 5, 6]
    for line in cleaned.removed:
        assert raw_lines[line.number - 1].strip() == line.text


def test_cleaning_leaves_at_most_one_blank_line_between_paragraphs():
    raw = "Headline\n\nFirst paragraph.\n\nAdvertisement\n\n\n\nSecond paragraph.\n\n\n"

    cleaned = clean_article(raw)

    assert cleaned.body == "Headline\n\nFirst paragraph.\n\nSecond paragraph."


def test_the_headline_is_the_first_line_and_is_not_part_of_the_body():
    parsed = parse_article(
        "\n\n  Lavrov and Tillerson speak by phone  \n\nThey spoke on Friday.\nThey agreed to talk again."
    )

    assert parsed.headline == "Lavrov and Tillerson speak by phone"
    assert parsed.body == "They spoke on Friday.\nThey agreed to talk again."


def test_a_text_with_only_a_headline_has_an_empty_body():
    parsed = parse_article("Lavrov and Tillerson speak by phone\n\nAdvertisement\n")

    assert parsed.headline == "Lavrov and Tillerson speak by phone"
    assert parsed.body == ""


def test_a_text_of_only_debris_has_neither_headline_nor_body():
    parsed = parse_article("Advertisement\n01:45\nTrending on HotAir Video\n")

    assert (parsed.headline, parsed.body) == ("", "")
    assert len(parsed.removed) == 3


def test_a_headline_repeated_in_the_page_stays_the_headline():
    parsed = parse_article(
        "Kremlin orders cut in US diplomatic staff\n\n"
        "Kremlin orders cut in US diplomatic staff\n\n"
        "Moscow said on Sunday that the US must cut its staff in Russia."
    )

    assert parsed.headline == "Kremlin orders cut in US diplomatic staff"
    assert parsed.body == "Moscow said on Sunday that the US must cut its staff in Russia."


def test_short_prose_that_appears_twice_is_kept():
    raw = "Talks resume\n\nThe ministers met.\n\nNo.\n\nThe talks lasted.\n\nNo.\n"

    parsed = parse_article(raw)

    assert parsed.removed == []
    assert parsed.body.count("No.") == 2


def test_a_caption_repeated_twice_with_its_duration_is_removed():
    raw = "Headline\nPutin meets envoy\nProse line.\nPutin meets envoy 01:45\nMore prose.\n"

    parsed = parse_article(raw)

    assert [(line.number, line.reason) for line in parsed.removed] == [
        (2, "caption repeated in the page"),
        (4, "caption with video duration"),
    ]
    assert parsed.body == "Prose line.\nMore prose."


ENGLISH_BYLINES_AND_TIMESTAMPS = [
    "By Jane Doe, Reuters",
    "By Jane Doe and John Roe",
    "Updated 14:32 GMT",
    "Updated 2:32 PM ET, Fri April 7, 2017",
    "Published 10:00 AM EDT, April 7, 2017",
    "Last updated: 2017-04-07 10:00",
    "Fri 7 Apr 2017 14.32 BST",
    "April 7, 2017",
]
ENGLISH_PROSE_THAT_OPENS_ALIKE = [
    "By the end of the week Russia had expelled them.",
    "By Friday, Moscow had responded.",
    "By contrast, Washington said nothing.",
    "April 7 was a Friday.",
    "Updated sanctions were imposed on Friday.",
    "Published reports said Russia would retaliate.",
    "MOSCOW, April 7 (Reuters) - Russia said on Friday it would respond.",
]


def test_english_bylines_and_timestamps_above_and_in_an_article_are_debris():
    raw = "\n".join(
        ["Updated 2:32 PM ET, Fri April 7, 2017", "Russia expels diplomats", *ENGLISH_BYLINES_AND_TIMESTAMPS]
    )
    parsed = parse_article(raw + "\n" + "\n\n".join(ENGLISH_PROSE_THAT_OPENS_ALIKE))

    assert parsed.headline == "Russia expels diplomats"
    assert [line.text for line in parsed.removed] == [
        "Updated 2:32 PM ET, Fri April 7, 2017",
        *ENGLISH_BYLINES_AND_TIMESTAMPS,
    ]
    assert {line.reason for line in parsed.removed} == {"byline or timestamp"}
    assert parsed.body == "\n\n".join(ENGLISH_PROSE_THAT_OPENS_ALIKE)


ENGLISH_SITE_FURNITURE = [
    ("RELATED: Britain expels 23 Russian diplomats", "site trailer"),
    ("Read more: Putin signs the decree", "site trailer"),
    ("More on this story", "site trailer"),
    ("Most read", "site trailer"),
    ("Follow us on Twitter @worldnews", "site trailer"),
    ("Sign up for our daily briefing.", "site trailer"),
    ("Share this article: Facebook Twitter Email", "site trailer"),
    ("Facebook Twitter LinkedIn WhatsApp", "site trailer"),
    ("Copyright 2018 Reuters. All rights reserved.", "site trailer"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "site trailer"),
    ("5 min read", "site trailer"),
    ("Listen to this article · 4 min", "site trailer"),
    ("Comments (12)", "site trailer"),
    ("Photo: The Russian consulate in Seattle. (AP Photo/Ted S. Warren)", "photo or video credit"),
    ("Sergei Lavrov in Geneva. Photograph: Denis Balibouse/Reuters", "photo or video credit"),
    ("Image source, Getty Images", "photo or video credit"),
    ("AFP via Getty Images", "photo or video credit"),
    ("REUTERS/Evgenia Novozhenina", "photo or video credit"),
    ("Reporting by Andrew Osborn and Maria Tsvetkova in Moscow; Editing by Peter Graff", "byline or timestamp"),
    ("Additional reporting by Jane Doe in Washington.", "byline or timestamp"),
]
# Prose that opens as furniture does, which must stay
ENGLISH_PROSE_LIKE_FURNITURE = [
    "Related talks in Geneva broke down on Friday.",
    "More than 60 diplomats were ordered to leave.",
    "Follow-up talks are expected next week.",
    "Share prices in Moscow fell sharply after the announcement.",
    "Photographs of the meeting were released by the Kremlin.",
    "Reporting by Reuters showed that Moscow had moved the missiles.",
    "Editing by the censors removed every mention of the strike.",
    "Copyright disputes between the two countries' studios have dragged on for years.",
    "Comments by the ambassador angered Moscow.",
    "Picture, if you will, a summit with no agenda.",
    "Listen to what the Kremlin is saying, the senator urged.",
    "Subscribers to the pipeline's capacity include Gazprom.",
]


def test_english_site_furniture_is_debris_and_prose_that_opens_alike_is_kept():
    lines = [line for line, _reason in ENGLISH_SITE_FURNITURE]
    parsed = parse_article("\n".join(["Russia expels diplomats", *lines, *ENGLISH_PROSE_LIKE_FURNITURE]))

    assert [(line.text, line.reason) for line in parsed.removed] == ENGLISH_SITE_FURNITURE
    assert parsed.body == "\n".join(ENGLISH_PROSE_LIKE_FURNITURE)
