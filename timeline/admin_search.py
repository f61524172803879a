"""The admin's search in any letter case on SQLite.

SQLite's LIKE folds the case of ASCII letters only: "путин" did not find «Путин» in the sources' or events' lists, nor
in the actors' autocomplete. As the public search does (filters.text_search), each word with other letters is also
tried in lower case and capitalised. PostgreSQL folds every letter itself.
"""

from django.db import connection
from django.utils.text import smart_split


class AnyCaseSearch:
    """Mixed into a ModelAdmin before it: its search_fields found whatever the case of each word."""

    def get_search_results(self, request, queryset, search_term):
        search = super().get_search_results  # type: ignore[misc]
        if connection.vendor != "sqlite" or search_term.isascii():
            return search(request, queryset, search_term)
        results, may_have_duplicates = queryset, False
        for word in smart_split(search_term):
            matched = queryset.none()
            for spelling in {word, word.lower(), capitalised(word)}:
                found, duplicates = search(request, queryset, spelling)
                matched, may_have_duplicates = matched | found, may_have_duplicates or duplicates
            results &= matched
        return results, may_have_duplicates


def capitalised(word: str) -> str:
    """The word in lower case with a capital first letter, after the quotation mark of a quoted phrase."""
    start = 1 if word[:1] in "\"'" else 0
    return word[:start] + word[start:].capitalize()
