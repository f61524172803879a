"""How wide a line of text is drawn, estimated on the server (it has no fonts).

The widths are Helvetica's (Arial has the same), in thousandths of the font
size, for printable ASCII; any other character counts as a wide letter. The
chart's font stack falls back to these faces, and the estimate is rounded up,
so labels placed with it do not touch in the browser.
"""

# Helvetica advance widths for the characters " " (32) to "~" (126).
ASCII_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]  # fmt: skip
OTHER_WIDTH = 611
# System UI faces run a little wider than Helvetica.
SAFETY = 1.1


def text_width(text: str, font_size: float) -> float:
    """The drawn width of `text` in pixels at `font_size`, rounded up."""
    units = sum(ASCII_WIDTHS[ord(char) - 32] if 32 <= ord(char) <= 126 else OTHER_WIDTH for char in text)
    return units / 1000 * font_size * SAFETY
