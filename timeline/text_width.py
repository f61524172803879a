"""How wide a line of text is drawn, estimated on the server (it has no fonts).

The widths are in thousandths of the font size: for each character, the
widest of Helvetica (Arial and Liberation Sans have the same widths) and
DejaVu Sans (Linux's system UI face), upright or italic, as Chromium measures
them. The chart's font stack falls back to these faces; DejaVu Sans is the
widest of them (by 10 to 40% over Helvetica: "t", "r", "г", "к"), so labels
placed with these widths do not touch in the browser. Characters not listed
count as a wide letter.
"""

# From " " (32) to "~" (126).
ASCII_WIDTHS = [
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337,
    637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557,
    1016, 685, 687, 723, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863, 749, 788,
    667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 557,
    500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
    635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
]  # fmt: skip
# From "А" (U+0410) to "я" (U+044F).
CYRILLIC_WIDTHS = [
    685, 687, 687, 610, 782, 667, 1078, 642, 749, 749, 710, 752, 863, 752, 788, 752,
    667, 723, 611, 640, 861, 686, 777, 686, 1070, 1094, 833, 887, 687, 719, 1080, 723,
    613, 617, 590, 526, 692, 616, 901, 532, 650, 650, 605, 640, 755, 654, 612, 654,
    635, 550, 834, 592, 855, 592, 681, 591, 916, 942, 707, 790, 590, 549, 842, 602,
]  # fmt: skip
OTHER_WIDTHS = {
    "Ё": 668, "ё": 616, "É": 667, "é": 616, "à": 613, "è": 616, "ü": 634,
    "—": 1000, "–": 557, "…": 1000, "«": 618, "»": 618, "‘": 318, "’": 318, "“": 519, "”": 519, "„": 519,
    "№": 1084, "−": 838, "·": 318, "•": 590,
}  # fmt: skip
WIDE_LETTER = 1000

WIDTHS: dict[str, int] = {
    **{chr(32 + offset): width for offset, width in enumerate(ASCII_WIDTHS)},
    **{chr(0x410 + offset): width for offset, width in enumerate(CYRILLIC_WIDTHS)},
    **OTHER_WIDTHS,
}


def text_width(text: str, font_size: float) -> float:
    """The drawn width of `text` in pixels at `font_size`, at most this wide in the faces of the chart's stack."""
    return sum(WIDTHS.get(char, WIDE_LETTER) for char in text) / 1000 * font_size
