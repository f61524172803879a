"""The curation assistant: from an article's text to candidate events an editor reviews.

    sentences.py   the body split into sentences (pysbd), with offsets
    datelines.py   a wire's dateline before the first sentence, in English and Russian: no part of what is quoted
    text.py        words with their offsets and Snowball stems
    clauses.py     a sentence cut into main, opening, subordinate, relative and conditional clauses
    dates.py       time expressions resolved against the publication date, with their precision
    actors.py      actors found through names, aliases and demonyms; places told apart; noun phrases
    speakers.py    who is quoted or reported
    lexicon.py     expressions of the lexicon matched through stems: CAMEO code, category, Goldstein score
    words.py       function words the reader looks past: determiners, adverbs, a predicate's edges
    reading.py     one sentence read: its clauses' actions, then their sign, roles and dates
    asides.py      which acts of an opening phrase, a subordinate or a relative clause are events of their own
    joined_acts.py the acts a clause reports beside its governing one: a judgement, a retaliation, a saying
    noun_or_verb.py  whether a match is a noun that may govern its clause, or a verb, participle or name
    signs.py       an action's sign: negation, refusal, threat, intent
    kinds.py       an action's kind read again: a denial that judges, an appeal for a meeting, an agreement reached,
                   a hostile step ruled out, force only the other power alleges
    back.py        when "back" is no support: an adverb, a noun, a verb's particle
    speculation.py what commentators think may happen, which is no event
    unreal.py      acts only imagined, questioned or conceded as nothing ("could have freed", "whether")
    questions.py   questions asked, which are no appeals
    targets.py     who did an action and to whom
    targets_beyond.py  the target when no actor is named right after it: further on, a place's state, at home
    timing.py      when an action was done: its clause's time expression, else the main clause's
    conjuncts.py   the main clauses' predicates set apart: a conjunct's own doer and time
    titles.py      short titles (the Russian ones: russian/titles.py)
    tense.py       a headline's verbs in the present
    labels.py      chart labels: a title made to fit as a headline
    languages.py   the languages read: each one's reader and patterns; the Vocabulary a source is read with
    candidates.py  candidates built from the readings, one per action proposed
    continuations.py  a sentence going on from the candidate before: the same speaker, a further quote
    story_dates.py the date of an action its own words do not date: carried, the paragraph's, the story's day
    sides.py       "the two leaders", "both sides", a target left unsaid: the sides the story names most
    duplicates.py  one happening reported again, folded into its first report
    stored_events.py  decisions taken, evidence already quoted, a proposed merge with a stored event
    similarity.py  whether a candidate reports an event already stored
    decisions.py   an editor's decision carried out: a draft event, a merge or a rejection, recorded
    roles.py       who did what to whom in an event already written (used by a data migration)
    vocabulary.py  the shipped actors and lexicon (vocabulary/<language>/), loaded idempotently
    evaluation.py  candidates judged strictly against hand-written gold events
    agreement.py   how far two coders agree, judged as strictly
    worth_a_look.py  open sentences worth an editor's look (a learned detector for English, all of them in Russian)
    training.py    that detector trained on the development gold and cross-validated
    reading_cache.py what the assistant made of a source, kept between the Suggest page's requests
    event_types.py CAMEO's event types in the editor's language
    russian/       the Russian reader: morphology.py (pymorphy3 lemmas, parts of speech, cases),
                   dates.py, clauses.py, actors.py (names in every inflected form), speakers.py,
                   reading.py (the rules above), signs.py (negation, refusal, threat), roles.py (case
                   telling who acted), nouns.py (which words are actions), openness.py («не исключает»:
                   openness, no refusal), laws.py (the steps of a banning law), government.py (what the
                   verb governing an act tells: «договорились о», «разрешила ... наносить удары», «намерен»,
                   «предстоит», «при посредничестве», «которые» after an actor), refusals.py (a refusal
                   negated; declining to comment),
                   impersonal.py («В НАТО назвали»: the doer of an impersonal plural), proposals.py (a hostile
                   act proposed is advice), commentary.py (an expert's view is no event), titles.py and
                   labels.py (a title shortened as an agency's headline for the chart's label)
    models.py      the lexicon entries and the decisions on candidates
    forms.py       the forms of the admin pages below
    admin.py       the source's add page (the article's text, previewed), "Suggest events", and the
                   lexicon and decisions in the admin

Every vocabulary is data editors keep in the admin: actors with their aliases
and demonyms, theaters, and the lexicon. The README's "How the assistant
reads" says what the rules do and where they fall short.
"""
