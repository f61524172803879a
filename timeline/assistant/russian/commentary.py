"""What an expert thinks: «„Москва оставляет дверь открытой“, — считает политолог», «По мнению экспертов, ...».

Feature and analysis pieces quote experts, analysts and observers, people who speak for no side. What they say is
their reading of what happened, not an act anyone did (CODING.md: analysis is no event), as the English reader
takes an analyst's forecast for none (../speculation.py). A sentence whose words are a commentator's reports
nothing, whatever actors its words name; so does the writer's own guess («Не исключено, что ...»).
"""

import re

COMMENTATOR = r"(?:эксперт|политолог|аналитик|наблюдател|обозревател|американист|экономист|специалист|исследовател)\w*"
COMMENTATORS_SAY = re.compile(
    # «..., — считает один из российских экспертов по США», «— говорит политолог»
    rf"(?:[,—–]\s*)(?:считает|считают|говорит|говорят|полагает|полагают|отмечает|отмечают|замечает|уверен\w*)"
    rf"\s+(?:[\w-]+\s+){{0,4}}?{COMMENTATOR}"
    # «По мнению опрошенных экспертов», «по оценке аналитиков»
    rf"|\bпо (?:мнению|оценке|оценкам)\s+(?:[\w«»-]+\s+){{0,3}}?{COMMENTATOR}"
    # «Эксперты считают», «Многие аналитики полагают»
    rf"|^\s*(?:[\w-]+\s+){{0,2}}?{COMMENTATOR}\s+(?:считают|полагают|уверены|отмечают|говорят|ожидают|"
    rf"прогнозируют|допускают|не исключают)\b",
    re.IGNORECASE,
)
# «Не исключено, что Вашингтон введет новые санкции», «Вполне вероятно, что ...»: the writer's own guess
GUESSED = re.compile(r"^\s*(?:Не исключено|(?:Вполне |Весьма )?(?:вероятно|возможно)),?\s+что\b", re.IGNORECASE)


def commentators_words(text: str) -> bool:
    """Whether the sentence gives its words to experts, analysts or observers, or is the writer's own guess."""
    return bool(COMMENTATORS_SAY.search(text) or GUESSED.match(text))
