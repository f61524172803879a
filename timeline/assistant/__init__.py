"""The curation assistant: from an article's text to candidate events an editor reviews.

    sentences.py   the body split into sentences, with offsets
    dates.py       time expressions resolved against the publication date, with their precision
    actors.py      actors found through their names and aliases (the Actor table)
    speakers.py    who is quoted or reported
    lexicon.py     the expression that says what happened: CAMEO code, category, Goldstein score
    candidates.py  candidates built from sentences; duplicates, merges, decisions
    similarity.py  whether two reports are of the same happening
    decisions.py   an editor's decision carried out: a draft event, a merge or a rejection, recorded
    evaluation.py  candidates scored against the curated events
    models.py      the lexicon entries and the decisions on candidates
    forms.py       the forms of the admin pages below
    admin.py       the source's add page (the article's text, previewed), "Suggest events", and the
                   lexicon and decisions in the admin

Every vocabulary is data editors keep in the admin: actors and their aliases,
theaters, and the lexicon (LexiconEntry, seeded from lexicon.json).

Known limitations, by design of a rule-based reader:
- an alias names its actor wherever it appears: "Moscow" (an alias of Russia)
  in "Tillerson visits Moscow" makes Russia an actor, although the city is only
  where the visit happens;
- negation is flagged, not understood ("would not lift sanctions");
- a sentence that names no actor and has no speaker is not proposed;
- a sentence without a time expression gets the publication date, approximate,
  and is flagged for the editor.
"""
