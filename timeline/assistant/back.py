"""When "back" is no support (051): "flew back to Moscow", "backed away from the deal", "did not hit back", "will
hand back three districts", "Back in Washington", "back channels to the Kremlin"."""

import re

from .lexicon import LexiconMatch

# "a taxi back and forth", "flew back to Moscow", "backed away from the deal": "back" is no support
# "Back in Washington", "back channels to American conservatives": a place returned to, a noun
BACK_AS_ADVERB = re.compile(
    r"back(?:(?:ed|s|ing)?\s+(?:and forth|to|from|into|home|out|off|away)|\s+in|[\s-]channels?)\b", re.IGNORECASE
)
# "did not hit back", "vowed to strike back": the "back" of a retort is no support
RETORT_BEFORE_BACK = re.compile(
    r"\b(?:hit|hits|hitting|strikes?|striking|struck|fights?|fighting|fought|push(?:es|ed|ing)?|"
    # "will hand back three districts", "won back the town", "scaled back": a verb's particle, no support either
    r"hand(?:s|ed|ing)?|give(?:s|n)?|gave|giving|bring(?:s|ing)?|brought|win(?:s|ning)?|won|pay(?:s|ing)?|paid|"
    r"scal(?:e|es|ed|ing)|roll(?:s|ed|ing)?|pull(?:s|ed|ing)?|cut(?:s|ting)?)\s+$",
    re.IGNORECASE,
)


def back_is_no_support(match: LexiconMatch, text: str) -> bool:
    """Whether the match is a "back" that supports no one: an adverb, a noun, a retort's or another verb's particle."""
    if BACK_AS_ADVERB.match(text, match.start):
        return True
    return match.words.lower() == "back" and RETORT_BEFORE_BACK.search(text, 0, match.start) is not None
