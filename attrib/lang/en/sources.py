"""English word lists about sources: who they are, how many, named or not; stance; non-answers."""
from __future__ import annotations

PRONOUNS = frozenset("he she they it i we you him her them".split())
NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "dozen": 12, "both": 2}
ORDINAL_WORDS = {"first": 1, "second": 1, "third": 1, "fourth": 1, "fifth": 1}
PERSON_NOUNS = frozenset("""spokesperson spokesman spokeswoman official executive director
minister president secretary aide adviser advisor analyst lawyer attorney officer chief
representative source person""".split())
GROUP_NOUNS = frozenset("people officials sources aides executives analysts allies sources".split())
ANONYMOUS_MARKERS = frozenset({"familiar", "anonymity", "not to be named", "not authorized",
                               "unnamed", "source", "sources", "insider", "insiders"})
ORGANIZATION_NOUNS = frozenset("company ministry agency department government firm campaign".split())
MEDIA_NAMES = frozenset({"Reuters", "Bloomberg", "The Times", "The New York Times", "The Post",
                         "The Washington Post", "The Wall Street Journal", "AP",
                         "The Associated Press", "CNN", "BBC", "Politico", "Axios"})
DOCUMENT_NOUNS = frozenset("report records emails filings data documents study survey poll returns".split())
ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
DENIAL_CUES = frozenset({"deny", "reject", "dispute", "refute"})
DENIAL_PHRASES = ("not true", "is wrong", "are wrong", "false", "untrue", "baseless")
HEDGE_PHRASES = ("could not say whether", "would not say whether", "did not know whether",
                 "could not confirm")
RESPONSE_PATTERNS = (
    (r"\bdeclined (?:to|a request (?:for|to)) comment", "declined"),
    (r"\b(?:did not|didn't|has not|hasn't|have not) (?:immediately )?(?:respond|reply|return)", "no_response"),
    (r"\bcould not (?:immediately )?be reached", "unreachable"),
)
