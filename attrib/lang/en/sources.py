"""English word lists about sources: who they are, how many, named or not; stance; non-answers."""
from __future__ import annotations

PRONOUNS = frozenset("he she they it i we you him her them".split())
# "they said": a pronoun that refers back to a group (or an organisation)
PLURAL_PRONOUNS = frozenset("they them we".split())
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "it": "n", "its": "n"}
GENDER_WORDS = {"mr": "m", "mr.": "m", "spokesman": "m", "chairman": "m", "congressman": "m",
                "businessman": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f",
                "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f"}
NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "dozen": 12, "both": 2}
# "a fourth person": an ordinal before the noun names one new individual
ORDINAL_WORDS = {"first": 1, "second": 1, "third": 1, "fourth": 1, "fifth": 1, "sixth": 1,
                 "seventh": 1}
PERSON_NOUNS = frozenset("""spokesperson spokesman spokeswoman official executive director
minister president secretary aide adviser advisor analyst lawyer attorney officer chief
representative source person insider diplomat employee manager economist expert
investor banker researcher member nominee candidate senator governor congressman
congresswoman mayor chairman chairwoman businessman businesswoman doctor""".split()) | {"chief executive"}
GROUP_NOUNS = frozenset("""people officials sources aides executives analysts allies insiders
diplomats employees advisers advisors lawyers investors bankers experts members persons
economists researchers supporters critics voters residents officers lawmakers
senators""".split())
ANONYMOUS_MARKERS = frozenset({"familiar", "anonymity", "not to be named", "not authorized",
                               "unnamed", "source", "sources", "insider", "insiders",
                               "declined to be identified", "not be identified",
                               "requested anonymity", "knowledge of", "close to", "briefed"})
ORGANIZATION_NOUNS = frozenset("""company ministry agency department government firm campaign
administration police military army court committee commission council office bureau
embassy party group bank university union organization organisation authority regulator
""".split())
# "the company": a description any named organisation fits
GENERIC_ORG_NOUNS = frozenset("company firm group business".split())
# a capitalised word that makes a name an organisation's ("Huawei Technologies", "Acme Inc")
ORG_NAME_WORDS = frozenset("""inc inc. corp corp. corporation co co. ltd ltd. llc plc group holdings
technologies systems motors airlines bank university institute foundation association
ministry department agency commission council committee court police party fund house
council office""".split())
MEDIA_NAMES = frozenset({"Reuters", "Bloomberg", "The Times", "The New York Times", "The Post",
                         "The Washington Post", "The Wall Street Journal", "AP",
                         "The Associated Press", "Associated Press", "CNN", "BBC", "Politico",
                         "Axios", "The Guardian", "Fox News", "NBC", "ABC", "CBS", "NPR",
                         "The Financial Times", "Financial Times", "The Economist", "AFP",
                         "The Information", "New York Times", "Washington Post"})
# an outlet: "the newspaper"; an outlet's name ends with one of the capitalised ones
# ("Bloomberg News", "The Daily Telegraph", "Kyodo News Agency")
MEDIA_NOUNS = frozenset("""newspaper outlet network magazine broadcaster paper tabloid wire Post Times
Journal Tribune Herald Gazette Telegraph Chronicle Globe Examiner Inquirer News Daily""".split())
DOCUMENT_NOUNS = frozenset("""report reports records emails filings filing data documents document
study survey poll returns statement memo letter book analysis figures transcript minutes
census""".split())
# a unique office whose holder speaks on the record even when unnamed ("the spokesperson")
ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "minister", "president",
                   "secretary", "chief executive", "ceo", "chairman", "chairwoman", "director",
                   "governor", "mayor", "press secretary", "representative", "attorney general"})
# stance: cue words (every form) that deny
DENIAL_CUES = frozenset("""deny denied denies denying reject rejected rejects rejecting dispute
disputed disputes refute refuted refutes dismiss dismissed dismisses""".split())
# regexes over a quotation or reported content that make it a denial
DENIAL_PHRASES = (r"\bnot true\b", r"\b(?:is|are|was|were) (?:simply |completely |just )?wrong\b",
                  r"\bfalse\b", r"\buntrue\b", r"\bbaseless\b", r"\bpremise\b.{0,20}\bwrong\b",
                  r"\bfake news\b", r"\bnonsense\b", r"\bno truth\b",
                  # "These claims are unfounded", "The report is inaccurate"
                  r"\bunfounded\b", r"\bgroundless\b", r"\binaccurate\b", r"\bincorrect\b",
                  r"\bfabricat(?:ed|ion|ions)\b",
                  # "That is not the case"
                  r"\bnot the case\b",
                  # the evidence is missing: "found no credible evidence that …", "there is
                  # no proof", "Critics should show proof for their claims"
                  r"\b(?:no|not (?:see|seen|find|found|show|shown|have|provide|offer)|without)\s+(?:\w+\s+){0,2}(?:evidence|proof)\b",
                  r"\b(?:should|must|need to|needs to) (?:provide|produce|show|offer) (?:any |some )?(?:evidence|proof)\b")
HEDGE_PHRASES = ("could not say whether", "would not say whether", "did not know whether",
                 "could not confirm", "was not sure whether", "were not sure whether",
                 "declined to say whether", "did not say whether", "could not say if",
                 # "the deal could be delayed": a possibility, not a fact ("could not" is not one)
                 "could be")
# content words that qualify what is claimed ("the company may build …")
HEDGE_WORDS = frozenset("may might possibly perhaps probably likely unclear".split())
RESPONSE_PATTERNS = (
    (r"\bdeclined (?:to|a request (?:for|to)) comment", "declined"),
    (r"\b(?:refused|declined) to (?:comment|respond|answer)", "declined"),
    (r"\b(?:would not|wouldn't|did not want to) comment", "declined"),
    # "declined to say whether it had received an offer": a question left unanswered
    (r"\b(?:refused|declined|would not|wouldn't) to (?:say|discuss|elaborate|disclose|specify|confirm)\b", "declined"),
    (r"\b(?:would not|wouldn't) (?:say|discuss|elaborate|disclose|specify)\b", "declined"),
    (r"\b(?:did not|didn't|has not|hasn't|have not|haven't|had not) (?:immediately )?(?:respond|reply|return)", "no_response"),
    # "could not be reached", "could not be immediately reached", "could not immediately be
    # contacted", "cannot be reached"
    (r"\b(?:could not|couldn't|cannot|can't|could not) (?:immediately )?be (?:immediately )?"
     r"(?:reached|contacted)", "unreachable"),
    (r"\b(?:was|were) (?:not (?:immediately )?(?:available|reachable)|unavailable) for comment", "unreachable"),
)
# a sentence that goes on about the non-answer just reported ("Messages left at its office
# were not returned."): part of that response, not a claim
RESPONSE_FOLLOWUPS = (
    r"^(?:(?:an? |the )?(?:e-?mails?|messages?|calls?|requests?|questions?)\b.{0,120}?"
    r"(?:were|was|went|have|has) (?:not |un)(?:returned|answered|acknowledged))",
)
# "Acme, a maker of rails …, declined to comment": a description opened by an indefinite
# article after the party's name is its apposition, not the party
DESCRIPTION_OPENERS = frozenset({"a", "an"})
# hearsay the article reports ("X is reportedly in talks"), and the nouns a denial of it uses
RUMOUR_MARKERS = frozenset("reportedly rumored rumoured purportedly".split())
RUMOUR_NOUNS = frozenset("rumor rumors rumour rumours speculation speculations gossip".split())
# "Although X declined to comment and aides said …": words that join a second clause
CLAUSE_JOINERS = ("and", "but", "while", "although", "though")

# words that open a post-modifier of a source noun phrase
POSTMODIFIERS = frozenset("familiar who with close that which in at for from by whose".split())
DEFINITE_MARKERS = frozenset("the these those this that both".split())
# "a separate source", "another official": a new source, never an earlier one
NEW_SOURCE_MARKERS = frozenset("separate another other different additional further new".split())
# "one of the people", "two of the sources", "some of them": a part of an earlier group
SUBSET_PATTERNS = (r"^(?:one|two|three|four|five|some|several|many|most|each|either|neither|all) of\b",)
ZERO_SUBJECT_WORDS = frozenset("not could would can will also but and did does do".split())
# verbal negation ("did not fire"); "no money" negates a noun, not a predicate
NEGATIONS = frozenset({"not", "n't", "never"})
# words a denial uses to point at the whole story rather than at a fact in it
GENERIC_WORDS = frozenset("""premise whole entire overall basic underlying fundamental general story report reports claim claims allegation
allegations article here this that it these those thing things idea completely totally
simply just absolutely wrong false untrue true not categorically suggestion suggestions
notion characterization reporting baseless unfounded groundless inaccurate incorrect
fabricated fabrication fabrications nonsense entirely account accounts version assertion
assertions accusation accusations case""".split())
FUNCTION_WORDS = frozenset("""said say says told according also would could should will can may
might must has have had is are was were be been being do does did the a an of to in on at for
with by from and or but that this these those it its they them their he she his her we our
you your i as than then so if not no there here which who whom whose what when where while
about into over after before more most less new any all some no nobody nothing none because
while though although since until unless just only even very really too much many such own
same other another each every both either neither whether how why""".split())
# "is developing", "plans to develop": the word after one of these is the predicate
VERB_MARKERS = frozenset("""is are was were be been will would could should can may might has
have had to not n't never also still""".split())
STEM_PREFIXES: tuple[str, ...] = ()
STEM_SUFFIXES = ("ations", "ation", "ingly", "ments", "ment", "ness", "ings", "ing", "ied", "ies",
                 "ers", "er", "ed", "es", "ly", "s", "e")
# "planning", "planned", "planners" → "plan": suffixes after which a doubled consonant is undone
DOUBLING_SUFFIXES = frozenset({"ing", "ed", "er", "ers"})
# "The Times" and "Times" name one outlet: the article left out when outlets are compared
OUTLET_ARTICLES = ("the",)
# "Acme's offer", "Acme’s offer": the possessive ending left out when names and stems are compared
POSSESSIVE_ENDINGS = ("'s", "’s", "’")

# "John Smith and Mary Jones said": the conjunction between two sources in one mention
SOURCE_JOINERS = ("and",)
# "that account", "those claims": pointing back at what was just said
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
# one source's telling, as a denial names it ("disputed that account")
ACCOUNT_NOUNS = frozenset("account accounts version assertion assertions characterization statement".split()
                          # "denied that that was the case"
                          + ["case"])
# "There is no negotiation with X": a negation of existence, not of a verb
EXISTENTIAL_NEGATIONS = ("there is no", "there are no", "there was no", "there were no", "there has been no",
                         "there have been no")
# one core for the words of one meaning, so a denial worded otherwise meets the claim it
# disputes ("X is in talks" ↔ "There is no negotiation"): the vocabulary of deals and talks
CORE_SYNONYMS = {w: "talks" for w in """talk talks negotiation negotiations negotiate negotiating
negotiated discussion discussions""".split()}
# "lawyers for both Walter and Greta Halvorsen": after one of these, "and" joins what the
# preposition governs, not two sources
MENTION_PREPOSITIONS = frozenset("of for from at with in on by to about behind".split())

# "…, Bloomberg reported, citing people familiar with the matter": the cue of a report's own
# sources (not independent of the report)
CITING_CUES = frozenset({"citing", "quoting"})

# --- the words of a mention's own grammar (resolve/mention.py) --------------------------------
# "Halvorsen's claim": a possessive ending is no part of the name it follows
POSSESSIVE_SUFFIXES = ("'s", "’s")
# "The New York Post", "the Commission on …": an article before a name is no part of it
LEADING_ARTICLES = ("the",)
# "a spokesperson", "an official": no part of the words compared across mentions; one
# individual, except inside a subset ("one of a …")
INDEFINITE_ARTICLES = ("a", "an")
# --- coreference (attrib/resolve/resolvers.py, entities.py) ---------------------------------
# "officials" → "official": the suffix a plural head noun drops to compare with the singular
PLURAL_SUFFIXES = frozenset({"s"})
# "a person …" then "the people": head nouns that all name persons
PERSON_HEADS = frozenset({"person", "people"})
# "A spokesperson for the ministry" after "Acme spokesperson Jane Doe": an indefinite
# description of one individual is another person
NEW_PERSON_ARTICLES = frozenset({"a", "an"})
# "Bank of Sukamaju" vs "Bank of Kenanga": words of an organisation's name that do not say which
ORG_NAME_FUNCTION_WORDS = frozenset({"the", "of", "for"})
# "The Carter Center" → "Carter Center": the article an organisation's name may open with
ORG_NAME_ARTICLES = frozenset({"the"})
# "former President …", "Deputy Governor …": a word before a title that makes it another office
OTHER_OFFICE_WORDS = frozenset({"former", "deputy", "vice", "ex"})
