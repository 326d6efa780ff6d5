"""English constructions beyond verbs of saying (issue 13, item 5): derived cue verbs,
stance adjectives, noun cues, cues with no comma, verbs that report nothing.

Sentences and names are invented for the tests. Each case is ``(text, expected)`` with
``expected`` the relations as ``(cue, [mentions], [content pieces])``; ``[]``: none.
"""
from __future__ import annotations

import pytest

from test_lang_en import as_texts, relations

CASES = [
    # a derived cue verb with its subject and its complement ("X pushed for Y")
    ("Councillor Mara Vell pushed for a new budget vote.",
     [("pushed for", ["Councillor Mara Vell"], ["a new budget vote"])]),
    # "X seems to Y": a raising verb of stance is the cue
    ("The mayor seems to be losing patience with the council.",
     [("seems", ["The mayor"], ["to be losing patience with the council"])]),
    # … but before a verb of saying it leaves the relation to that verb
    ("The senator appeared to suggest that the tax was unfair.",
     [("to suggest", ["The senator"], ["that the tax was unfair"])]),
]

NEGATIVES = [
    # an object-experiencer verb is no cue of its subject ("the remarks angered many")
    "The governor's remarks angered the farmers.",
    # a derived cue verb with no subject names no source
    "Pushed by the rain, the crowd left early.",
]


@pytest.mark.parametrize("text, expected", CASES)
def test_construction(nlp_en, text, expected):
    assert as_texts(text, relations(nlp_en, text)) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_attribution(nlp_en, text):
    assert as_texts(text, relations(nlp_en, text)) == []
