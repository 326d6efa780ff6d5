"""English constructions that whole-article judgement turned up (issue 13, second wave):
time phrases hung on a source noun, a bare "the report" after the report was introduced,
"could be" as a hedge.

Sentences and names are invented for the tests, negatives included.
"""
from __future__ import annotations

import pytest

from attrib.model import Flag
from test_lang_en import as_texts, relations


@pytest.mark.parametrize("text,mention", [
    # a time phrase the parser hangs on the source noun is when it was said, not who said it
    ("A parliamentary report on Tuesday said the agency hid the breach.", "A parliamentary report"),
    ("A statement from the union on Friday said the talks had failed.", "A statement from the union"),
    # … a phrase whose object is not wholly a date stays (the report's topic)
    ("The report on the Tuesday meeting said the vote was rigged.", "The report on the Tuesday meeting"),
    ("The review of the harbour said the pier was unsafe.", "The review of the harbour"),
])
def test_time_phrase_is_not_part_of_the_source(nlp_en, text, mention):
    found = as_texts(text, relations(nlp_en, text))
    assert [m for _, ms, _ in found for m in ms] == [mention]


def _source_of(rep, prefix: str):
    i = rep.text.find(prefix)
    claims = [c for c in rep.claims if c.sentence[0] <= i < c.sentence[1]]
    return {a.source for c in claims for a in c.attributions}


def test_the_report_is_the_report_introduced_before(nlp_en):
    rep = nlp_en.analyze("A parliamentary report on Monday said the harbour agency hid a breach. "
                         "The report said the agency's chief knew of it in March. "
                         "Lena Marsh, a lawyer for the agency, said the report was unfair.")
    first = _source_of(rep, "A parliamentary report")
    assert first and first == _source_of(rep, "The report said")


def test_a_report_of_another_author_is_another_source(nlp_en):
    rep = nlp_en.analyze("A parliamentary report on Monday said the harbour agency hid a breach. "
                         "A report by the Coastal Trust said the breach was small.")
    assert _source_of(rep, "A parliamentary report") != _source_of(rep, "A report by the Coastal Trust")


@pytest.mark.parametrize("text,hedged", [
    # "could be" + a state or a passive: a possibility
    ('"The sale could be delayed until the spring," Tomas Reld said.', True),
    ("The bridge could be closed for a year, the city's engineer said.", True),
    # "could not be" is no hedge, nor is a plain statement
    ("The bridge will be closed for a year, the city's engineer said.", False),
    ('"The crew could not be found anywhere," Tomas Reld said.', False),
])
def test_could_be_hedges(nlp_en, text, hedged):
    rep = nlp_en.analyze(text)
    assert any(Flag.HEDGED in c.flags for c in rep.claims) is hedged


@pytest.mark.parametrize("text,expected", [
    # a parenthetical cue's content ends with its sentence, not inside the next quotation
    # whose opening mark the parser left in it (typewriter '' and curly marks alike)
    ("Time, Ms. Vell added, was on their side. ''It's early, for heaven's sake,'' she said.",
     [("added", ["Ms. Vell"], ["Time", "was on their side"]),
      ("said", ["she"], ["''It's early, for heaven's sake,''"])]),
    ("Time, Ms. Vell added, was on their side. “It's early, for heaven's sake,” she said.",
     [("added", ["Ms. Vell"], ["Time", "was on their side"]),
      ("said", ["she"], ["“It's early, for heaven's sake,”"])]),
    # negative: a quotation that is the cue's own content stays whole
    ("Ms. Vell added: ''It's early, for heaven's sake.''",
     [("added:", ["Ms. Vell"], ["''It's early, for heaven's sake.''"])]),
])
def test_content_stops_before_the_next_quotation(nlp_en, text, expected):
    assert as_texts(text, relations(nlp_en, text)) == expected


@pytest.mark.parametrize("text,kinds", [
    # the next sentence's quotation, taken back by its own speaker, leaves the earlier
    # relation indirect
    ('Harlan had little time, the people said. "It was not a good answer," said one mayor.',
     ["indirect", "direct"]),
    # negative: a quotation that does go on with the earlier one stays with it
    ('Harlan said the plant was safe. "We checked it twice," he added.', ["indirect", "direct"]),
    ('“We will not sell,” Harlan said. “Never.”', ["direct"]),
])
def test_quote_taken_back_leaves_the_kind(nlp_en, text, kinds):
    assert [f.kind for f in sorted(relations(nlp_en, text), key=lambda f: f.hull)] == kinds


def test_side_by_side_relations_both_stay(nlp_en):
    # "Y, as the Ledger reported, and Z, according to two people": each relation's content
    # holds the other's cue; neither is nested in the other, so both stay
    text = ("Mara Vell also met with the mayor that day, as The Daily Ledger reported on Tuesday, "
            "and she will advise him, according to two people briefed on the talks.")
    found = as_texts(text, relations(nlp_en, text))
    assert [(cue, ms) for cue, ms, _ in found] == [
        ("reported", ["The Daily Ledger"]), ("according to", ["two people briefed on the talks"])]


def test_nested_relation_is_still_dropped(nlp_en):
    # negative: "Stein said she plans …, her aide said": the inner cue is part of the outer content
    text = "Mara Vell said she plans to join the protest, her aide said."
    assert [cue for cue, _, _ in as_texts(text, relations(nlp_en, text))] == ["said"]


def test_quotation_keeps_its_speaker_before_according_to(nlp_en):
    # "“…,” X said, according to audio …": the quotation stays X's; the phrase after it
    # names the evidence, a relation of its own
    text = "“We are still winning,” Mara Vell said during the meeting, according to audio obtained by the Ledger."
    found = as_texts(text, relations(nlp_en, text))
    assert ("said", ["Mara Vell"], ["“We are still winning,”"]) in found
    assert [cue for cue, _, _ in found] == ["said", "according to"]


def test_according_to_alone_is_one_relation(nlp_en):
    # negative: no quotation, no speaker of its own
    text = "The mayor will resign, according to audio obtained by the Ledger."
    assert as_texts(text, relations(nlp_en, text)) == [
        ("according to", ["audio obtained by the Ledger"], ["The mayor will resign"])]
