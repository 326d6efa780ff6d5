"""English word lists for the extraction: cue lemmas, dependency labels, boilerplate."""
from __future__ import annotations

# verbs of saying and writing (their lemmas); with a quotation next to them they are direct cues
SPEECH_VERBS = frozenset("""say tell add note write warn deny confirm argue claim report state
explain announce insist declare reply respond acknowledge suggest continue recall tweet post
concede admit quip shout joke complain predict promise vow boast counter charge allege
ask answer assert contend maintain emphasize emphasise stress point describe call urge mention
comment reiterate remark observe caution disclose reveal repeat brag lament mock accuse
criticize criticise attack blast slam praise condemn question cite demand propose pledge
threaten estimate conclude agree disagree testify chant sing speak discuss recommend advise
assure reassure retort scoff muse wonder dismiss reject dispute refute echo
liken hint signal indicate affirm concur object protest decry lambast applaud thank blame
interject recount relate yell""".split())
# verbs of belief, perception, judgement, wanting and planning (PolNeAR counts them:
# "X believes Y", "X wants Y", "X plans to Y", "a poll shows Y", "the study found Y"), and
# verbs of expressing, referring and promoting ("expressed concern", "referenced a poll",
# "offered no proof"): kept out of the speech list so that inside a reported clause they
# never cut it ("said he would … and talked about …")
BELIEF_VERBS = frozenset("""believe think feel expect hope fear worry know doubt want plan
intend decide wish understand consider suspect assume regard view realize realise recognize
recognise learn hear find show support oppose endorse favor favour prefer refuse seek
anticipate imagine guess suppose reckon calculate project forecast determine judge accept
decline welcome defend tout highlight unveil approve back rate rule vote sign
express reference denounce talk refer invoke detail outline offer encourage promote
compare advocate embrace downplay rail identify document""".split())
# a verb in both lists is a verb of saying (it may introduce a quotation)
BELIEF_VERBS = BELIEF_VERBS - SPEECH_VERBS
# noun cues ("Halvorsen's claim that …"), as lemmas
CUE_NOUNS = frozenset("""claim statement remark comment assertion allegation argument belief
view warning promise pledge suggestion prediction insistence admission announcement
contention accusation hope fear concern estimate conclusion finding plan
determination acknowledgment acknowledgement rhetoric""".split())
CUE_PHRASES = (("according", "to"),)
# "X previously reported that Y": an outlet's earlier reporting, whatever kind X was parsed as
PRIOR_MARKERS = frozenset("previously earlier first already".split())
REPORTING_FORMS = frozenset("report reported reports reporting".split())
REPORTING_VERBS = frozenset({"report"})
BOILERPLATE = (
    r"^source link$", r"^read more\b", r"^(?:by|reporting by|editing by|written by)\s+(?-i:[A-Z])",
    # a wire credit line, often in brackets: "(Reporting by …; Additional reporting by …;
    # Editing by …)", "Compiled by …"
    # (only in brackets: "Reporting by the agency showed …" opens a sentence)
    r"^\((?:additional )?(?:reporting|editing|writing|compiled|produced|research) by\b",
    # a photo credit: "Bloomberg via Getty Images.", "Photo: Jane Doe/AFP", "AP Photo/Jane Doe"
    r"^(?:[\w.’'-]+ ){0,4}via (?:getty images|reuters|afp|ap|bloomberg)\.?$",
    r"^(?:photo|photograph|image|credit|picture)s?\s*(?::|by\b)", r"^(?:ap|afp|reuters) photo\b",
    r"^(?:advertisement|share this|related:?)$",
)
# the English pipeline's dependency labels, grouped by what the rules do with them
LABELS = {
    "subject": frozenset({"nsubj"}),
    # the content of a cue verb: "said (that) Y", "plans to Y", "Y, he said"
    "complement": frozenset({"ccomp", "xcomp"}),
    # a nominal content when there is no clause: "denied the report", "cited a poll",
    # "called him “a genius”" (object and predicate)
    "object": frozenset({"dobj", "oprd"}),
    # "said in an interview", "said in a statement": the occasion is part of PolNeAR's cue
    "occasion_nouns": frozenset({"interview", "statement"}),
    # prepositions whose object is what a cue verb is about: "called for", "warned against"
    "topic_preps": frozenset({"for", "about", "against", "of"}),
    # prepositions that introduce the content of one verb only: "pointed to reports that",
    # "responded with attacks", "responded by using …", "called on Congress to …"
    "verb_preps": {
        "point": frozenset({"to"}), "refer": frozenset({"to"}), "respond": frozenset({"with", "by"}),
        "reply": frozenset({"with", "by"}), "call": frozenset({"on"}), "speak": frozenset({"on"}),
        "talk": frozenset({"on"}), "comment": frozenset({"on"}), "agree": frozenset({"on", "with"}),
    },
    # prepositions of a verb's second complement after its object, part of the content:
    # "described X as Y", "praised X for Y", "accused X of Y"
    "object_preps": frozenset({"as", "for", "of"}),
    # cue verbs that report only a clause or a quotation: with a mere object they do
    # something else ("found a job", "added 200 jobs", "maintained the road", "signed the
    # bill", "heard the case"); measured on PolNeAR, where such objects are rarely contents
    "clause_only": frozenset({"find", "add", "maintain", "advise", "hear", "speak", "continue",
                              "admit", "project", "accept", "know", "sign"}),
    # verbs of aspect: with an infinitive they report nothing ("continued to lose money")
    "aspectual": frozenset({"continue", "begin", "start", "keep", "stop", "cease", "resume"}),
    # a remark of the writer's at the end of a content: ", which …", ", where …"
    "remark_clauses": frozenset({"relcl"}),
    # "spoke for an hour": a duration or amount after the preposition is no topic
    "not_topic_entities": frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY"}),
    # the that-clause of a noun cue ("the claim that …"), often parsed as a relative clause
    "noun_clause": frozenset({"acl", "ccomp", "relcl"}),
    # the topic of a noun cue: "Marlowe's comments about Y", "Halvorsen's remarks on Y"
    "noun_topic_preps": frozenset({"about", "on"}),
    # cue forms the lemmatiser of the small English model gets wrong ("hopes" → "hop")
    "lemma_fixes": frozenset({"hopes", "hoped", "hoping"}),
    # light verbs that are cues with a noun of saying: "made the case that Y", "issued a
    # statement", "made the reference"
    "light_verbs": frozenset({"make", "issue", "deliver", "give"}),
    "light_nouns": frozenset({"case", "claim", "comment", "remark", "statement", "argument",
                              "reference", "point", "promise", "pledge", "assessment",
                              "announcement", "speech", "warning", "prediction", "accusation"}),
    # verbs that are cues only with "as": "critics see the program as an opportunity"
    "as_verbs": frozenset({"see"}),
    # a phrase the parser could not attach ("People like Scott, he said.")
    "fragment": frozenset({"dep"}),
    # labels before a colon at the start of a line that name no speaker ("Update: …")
    "not_speakers": frozenset({"update", "note", "editor's note", "correction", "photo", "video",
                               "watch", "read", "related", "source", "sources", "advertisement",
                               "listen", "image", "credit", "caption", "clarification", "disclaimer",
                               "q", "a", "question", "answer", "summary", "background", "context",
                               "example", "warning", "tags", "topics", "share", "by", "posted",
                               "published", "updated", "contact", "email", "phone", "subscribe",
                               "the latest", "latest", "breaking", "exclusive", "analysis", "opinion",
                               "editorial", "transcript", "full text", "bottom line", "fact check"}),
    # a verb of saying fronted before a speaker's name and a colon ("Said Dunmore: “…”")
    "fronted_cues": frozenset({"say", "add", "write", "ask", "reply", "respond"}),
    # "In this poll, Halvorsen rose …": a preposition whose object, a poll or a study, is the
    # source of the finding the sentence reports
    "document_preps": frozenset({"in"}),
    "document_nouns": frozenset({"poll", "survey", "study", "analysis"}),
    # the addressee belongs to the cue clause: "told Reuters", "told reporters"
    "addressee": frozenset({"dative"}),
    # words after the verb that stay in the cue clause: "said on Friday", "said in a
    # statement", "adding later, “…”"
    "clause_extra": frozenset({"npadvmod", "prep", "agent", "advmod"}),
    # a verb that takes the subject of its head: conjoined verbs, "…, saying Y"
    "inherit_subject": frozenset({"conj", "advcl"}),
    # a verb whose subject is its head's (or its head's object): "appeared to suggest",
    # "forced Stumpf to admit", "met X to discuss" (an infinitive of purpose)
    "controlled": frozenset({"xcomp", "advcl"}),
    # the passive cue's agent and subject: "Y was reported by X"
    "agent": frozenset({"agent"}),
    "passive_subject": frozenset({"nsubjpass"}),
    # "As X pointed out, Y": the conjunction of a comment clause on its head
    "as_marks": frozenset({"as"}),
    # an adverbial clause: only its participle ("…, saying Y") shares the head's subject
    "adverbial": frozenset({"advcl"}),
    # a cue verb inside a content that starts a relation of its own ("… and warned …")
    "next_cue": frozenset({"conj", "advcl"}),
    # a participle that describes a noun ("footage of Halvorsen saying …")
    "participle_of_noun": frozenset({"acl"}),
    # a cue clause inserted in its content: "Y, he said, Z"
    "parenthetical": frozenset({"parataxis"}),
    # a relative clause ("the book that she wrote")
    "relative": frozenset({"relcl", "acl"}),
    # relative pronouns that stand for the speaker as the clause's subject ("…, who said")
    "relative_subjects": frozenset({"who", "which"}),
    # "…, who declined to be identified", "who asked not to be named", "who spoke on
    # condition of anonymity": a relative clause whose whole content is one of these
    # anonymity formulas describes the source, it reports nothing (regexes, full match)
    "anonymity_contents": (
        r"(?:not )?to be (?:identified|named|quoted|cited)(?: by name)?",
        r"(?:on )?(?:the )?conditions? of anonymity",
        r"anonymity",
        r"(?:not )?to (?:speak|talk|comment) (?:publicly|on the record)",
    ),
    # "The deal, first reported by X, values …": participles that make the rest of the
    # sentence rest on X's reporting
    "reporting_participles": frozenset({"report", "disclose", "reveal", "announce"}),
    # "…, citing people familiar with the matter": verbs whose object is a further source
    "citing_verbs": frozenset({"cite", "quote"}),
    # auxiliaries, negation and adverbs that PolNeAR includes in the cue ("has also said")
    "cue_left": frozenset({"aux", "auxpass", "neg", "advmod"}),
    # what a source noun phrase leaves out: ", speaking to a veterans group"
    "np_drop": frozenset({"acl"}),
    # appositions that describe a noun inside the source, not the source
    "np_nested": frozenset({"appos"}),
    # subjects that are no source: the relative "that" stands for a thing, not a speaker
    # and "Let's say …" is no one's statement
    "bad_subjects": frozenset({"that", "this", "there", "'s", "’s", "us"}),
}
# the conjunction of a complement clause: "said that Y", "the claim that Y"
COMPLEMENT_MARKS = frozenset({"that"})
# the marker of an infinitive: "plans to Y", "the mayor's decision to reopen talks"
INFINITIVE_MARKS = frozenset({"to"})
# the preposition of a predicate after an object: "critics see the program as an opportunity"
PREDICATE_PREPS = frozenset({"as"})
# the preposition of an occasion that runs on a cue: "said in an interview"
OCCASION_PREPS = frozenset({"in"})
# adverbs right after a cue verb that are no time or manner of it: "said that", "said so", "said as"
NOT_CUE_TAILS = frozenset({"that", "so", "as"})
# a part of a group: "one of the states appealing …", "in one of the early surveys"
PARTITIVE_HEADS = frozenset({"one"})
PARTITIVE_PREPS = frozenset({"of"})
# endings of a present-tense verb the tagger may call a noun: "The mayor claims that …"
VERB_ENDINGS = ("s",)
# words that start a multiword cue ("according to")
PHRASE_HEADS = frozenset(p[0] for p in CUE_PHRASES)
