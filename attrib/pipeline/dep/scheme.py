"""The annotation scheme the dependency rules are written for: the ClearNLP dependency labels
and Penn Treebank tags of spaCy's English pipelines (``en_core_web_*``), with the Universal
POS tags and OntoNotes entity types those pipelines also assign.

The rules are tied to this scheme: a pipeline with other labels (Universal Dependencies'
``nsubj:pass``, ``obj``) needs rules of its own, not a new pack. Every label and tag the rules
test for themselves is named here, once; the pack's ``labels`` groups say which labels of the
same scheme play which part (subject, complement, object, …) and which words the rules read.
"""
from __future__ import annotations

# --- ClearNLP dependency labels ---------------------------------------------------------------
ROOT = "ROOT"
ACL = "acl"  # a clause modifying a noun: "footage of X saying …", "News reported on Tuesday"
ADVCL = "advcl"  # an adverbial clause: "…, saying Y", "…, when he said Y"
ADVMOD = "advmod"  # an adverb: "said then", "Even China"
APPOS = "appos"  # an apposition: "Owen Castell, a chemist"
ATTR = "attr"  # the attribute of a copula
CC = "cc"  # a coordinating conjunction: "…, and"
CCOMP = "ccomp"  # a clausal complement: "said (that) Y"
CONJ = "conj"  # a conjunct: "said A and added B"
DET = "det"  # a determiner: "the people"
DOBJ = "dobj"  # a direct object: "citing people familiar with …"
EXPL = "expl"  # an expletive subject: "there is …"
MARK = "mark"  # a clause's conjunction: "that Y", "as X said"
NPADVMOD = "npadvmod"  # a noun phrase as adverbial: "said Friday"
NSUBJ = "nsubj"  # a nominal subject
NUMMOD = "nummod"  # a number: "two people"
PCOMP = "pcomp"  # a clause after a preposition: "began by saying"
POBJ = "pobj"  # the object of a preposition: "according to X"
POSS = "poss"  # a possessive: "Halvorsen's claim"
PRECONJ = "preconj"  # a pre-conjunction: "both X and Y"
PREP = "prep"  # a preposition: "called for", "in this poll"
PRT = "prt"  # a verb particle: "pointed out"
PUNCT = "punct"  # punctuation
RELCL = "relcl"  # a relative clause: "…, who says Y"
XCOMP = "xcomp"  # an open clausal complement: "plans to Y"

# --- Penn Treebank tags -----------------------------------------------------------------------
EX = "EX"  # existential "there"
NN = "NN"  # a singular common noun
PRP = "PRP"  # a personal pronoun
VB = "VB"  # a verb's base form: "to discuss"
VBD = "VBD"  # past tense: "reported"
VBG = "VBG"  # gerund or present participle: "saying"
VBN = "VBN"  # past participle: "was reported by"
VBP = "VBP"  # present tense, not third person singular
VBZ = "VBZ"  # present tense, third person singular
WDT = "WDT"  # a wh-determiner: "which", "that"
WP = "WP"  # a wh-pronoun: "who"
WP_POSSESSIVE = "WP$"  # a possessive wh-pronoun: "whose"
WRB = "WRB"  # a wh-adverb: "when", "where"

# --- Universal POS tags -----------------------------------------------------------------------
ADJ = "ADJ"
AUX = "AUX"
NOUN = "NOUN"
PRON = "PRON"
PROPN = "PROPN"
VERB = "VERB"

# --- OntoNotes entity types -------------------------------------------------------------------
DATE = "DATE"
TIME = "TIME"
