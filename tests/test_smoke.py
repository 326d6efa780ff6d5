"""The library end to end on the seed article: spans reproduce, every sentence is covered."""
from __future__ import annotations

import attrib


def test_seed_is_indonesian_and_spans_reproduce(seed_text):
    rep = attrib.analyze(seed_text)
    assert rep.language == "id"
    d = rep.to_dict()
    text = d["text"]
    for c in d["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
        for a in c["attributions"]:
            for k in ("cue", "mention"):
                if a[k]:
                    assert text[a[k]["start"]:a[k]["end"]] == a[k]["text"]


def test_report_round_trips(seed_text):
    rep = attrib.analyze(seed_text)
    assert attrib.Report.from_dict(rep.to_dict()).to_dict() == rep.to_dict()
