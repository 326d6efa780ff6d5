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
    # a verb PolNeAR marks most times it has a subject ("X voiced Y")
    ("The council voiced concern about the new tax.",
     [("voiced", ["The council"], ["concern about the new tax"])]),
    # the second complement after the object belongs to the content
    ("The mayor described the budget as a disgrace.",
     [("described", ["The mayor"], ["the budget as a disgrace"])]),
    ("The union accused the mayor of hiding the figures.",
     [("accused", ["The union"], ["the mayor of hiding the figures"])]),
    # the object a request is made to is part of it
    ("Ms. Vell urged the council to delay the vote.",
     [("urged", ["Ms. Vell"], ["the council to delay the vote"])]),
    # a verb of aspect leaves the relation to the cue after it
    ("Lina Osk continued to insist that the figures were wrong.",
     [("to insist", ["Lina Osk"], ["that the figures were wrong"])]),
    # … and stays a cue of saying with a quotation
    ("“We will win,” she continued.", [("continued", ["she"], ["“We will win,”"])]),
    # … the same verbs with a clause are cues
    ("Ms. Vell found that the figures were wrong.",
     [("found", ["Ms. Vell"], ["that the figures were wrong"])]),
    # a cue with no comma before it: the parser swallows the speaker into the clause
    ("The documents were relevant to the merger talks officials said.",
     [("said", ["officials"], ["The documents were relevant to the merger talks"])]),
    ("The plant will close in June Chinese officials said.",
     [("said", ["Chinese officials"], ["The plant will close in June"])]),
    # a belief's content ends before the writer's relative clause on one of its nouns
    ("Ms. Vell believes the tax will hurt the farmers, who already pay too much.",
     [("believes", ["Ms. Vell"], ["the tax will hurt the farmers"])]),
    ("The union opposes the new tax, which takes effect in May.",
     [("opposes", ["The union"], ["the new tax"])]),
    # a speaker's words keep a relative clause that ends them
    ("The mayor said the vote would come in May, when the council meets again.",
     [("said", ["The mayor"], ["the vote would come in May, when the council meets again"])]),
    # … but before a verb of saying it leaves the relation to that verb
    ("The senator appeared to suggest that the tax was unfair.",
     [("to suggest", ["The senator"], ["that the tax was unfair"])]),
]

NEGATIVES = [
    # a noun before a subjectless verb inside a relative clause is no speaker
    "What the report said was wrong.",
    # verbs that report only a clause: with a mere object they report nothing
    "The new plant added two hundred jobs last year.",
    "Ms. Vell found a job in the city.",
    "The governor signed the bill on Monday.",
    # a verb of aspect before an infinitive reports nothing
    "The firm continued to lose money.",
    # "X seems to Y" is the writer's view of X: no source (the derivation counts only cues
    # with a source, so "seem" is no cue)
    "The mayor seems to be losing patience with the council.",
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


def test_derived_cue_verbs_meet_their_thresholds():
    """The generated list holds what scripts/derive_en_cues.py keeps: verbs PolNeAR marks as
    cues (with a source) at least 5 times and in at least half their uses with a subject,
    none of them already a verb of saying or believing."""
    from attrib.lang.en import lexicon
    from attrib.lang.en.corpus_cues import CORPUS_CUE_COUNTS

    assert CORPUS_CUE_COUNTS
    for lemma, (gold, seen) in CORPUS_CUE_COUNTS.items():
        assert gold >= 5 and gold / seen >= 0.5, lemma
        assert lemma not in lexicon.SPEECH_VERBS | lexicon.BELIEF_VERBS, lemma
