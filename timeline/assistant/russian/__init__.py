"""The assistant's Russian reader: the English reader's structure, with Russian morphology, dates and grammar.

A source whose language is "ru" is read by these modules (languages.LANGUAGES
chooses them); the story-level rules (story dates, duplicates, merges) are shared.
"""
