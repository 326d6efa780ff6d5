"""English word lists for the extraction: cue lemmas, dependency labels, boilerplate."""
from __future__ import annotations

SPEECH_VERBS = frozenset("""say tell add note write warn deny confirm argue claim report state
explain announce insist declare reply respond acknowledge suggest continue recall tweet post
testify concede admit quip shout joke complain predict promise vow boast counter charge allege
ask answer assert contend maintain emphasize stress point describe call urge""".split())
BELIEF_VERBS = frozenset("believe think feel expect hope fear worry know doubt".split())
CUE_NOUNS = frozenset("claim statement remarks comments interview".split())
CUE_PHRASES = (("according", "to"),)
REPORTING_VERBS = frozenset({"report"})
BOILERPLATE = (
    r"^source link$", r"^read more\b", r"^(?:by|reporting by|editing by|written by)\s+[A-Z]",
    r"^(?:advertisement|share this|related:?)$",
)
# the English pipeline's dependency labels
LABELS = {
    "subject": frozenset({"nsubj", "nsubjpass"}),
    "complement": frozenset({"ccomp", "xcomp", "parataxis"}),
    "object": frozenset({"dobj", "dative", "pobj"}),
}
