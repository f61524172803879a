"""Eras: periods of US–Russia relations that editors name and date, citing their sources.

    models.py   Era and EraEvidence (a quote checked word for word, as an event's evidence)
    admin.py    the editors' admin for eras, with their quotes inline
    records.py  the published eras as a frame, as download records and as TimelineJS eras

Eras are curated, unlike the phases (timeline/relations_index.py), which are
computed from the index: an era says what its sources say about a period.
"""
