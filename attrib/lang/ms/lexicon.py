"""Malay words for the extraction, added to the Indonesian lists they share most words with.

Malay news (Bernama, Berita Harian, Utusan, Malaysiakini) writes the same constructions as
Indonesian news with its own words: "Beliau berkata, …", "…, katanya.", "memberitahu Bernama",
"menurut jurucakap itu", "enggan mengulas", "tidak menjawab panggilan".
"""
from __future__ import annotations

# "“…,” katanya." / "Y, kata X." — post-posed stems Malay adds ("jelas" and "tambah" are shared)
POSTPOSED_CUES = frozenset({"ujar", "tegas", "jelas", "tambah", "kata", "dakwa"})
# "X berkata, Y" / "X memberitahu Bernama, Y" / "X mendedahkan Y": verbs after their subject
PREPOSED_VERBS = frozenset("""berkata memberitahu mendedahkan memaklumkan mengesahkan
menjelaskan menegaskan menyatakan mengumumkan menambah mengulas menafikan mengakui
mendakwa""".split())
# "X menafikan Y" / "Dakwaan itu dinafikan oleh X": denials
DENIAL_CUES = frozenset({"menafikan", "dinafikan", "menafikannya"})
PASSIVE_DENIAL_CUES = frozenset({"dinafikan"})
# "Kenyataan itu disampaikan oleh X", "… dimaklumkan oleh X"
PASSIVE_SPEECH_CUES = frozenset({"dimaklumkan", "dinyatakan", "didedahkan"})
# "X menjangkakan Y" / "X berpendapat Y": a source's view or estimate
OPINION_VERBS = frozenset({"menjangkakan", "berpendapat", "menganggarkan", "percaya",
                           "menyifatkan"})
# "X berkata bahawa Y": Malay spells the complementizer "bahawa" (Indonesian "bahwa")
COMPLEMENTIZERS = frozenset({"bahawa"})
# "…, seperti dilaporkan Bernama" / "Memetik Reuters, Y": citing an outlet
CITATION_CUES = frozenset({"memetik", "dipetik"})
# "sebelum ini melaporkan": the outlet reported earlier (matched word by word: "sebelum ini"
# by "sebelum" only after a reporting verb's subject, so it is left to "sebelumnya", "pernah")
PRIOR_MARKERS = frozenset({"sebelum"})
REPORTING_FORMS = frozenset({"melaporkan", "dilaporkan", "menyiarkan", "disiarkan"})
# days and months in Malay: "kata X, Isnin" ends the source before the comma
DATE_WORDS = frozenset("""isnin selasa rabu khamis jumaat sabtu ahad januari februari mac
april mei jun julai ogos september oktober november disember""".split())
# "Beliau berkata, semasa …": conjunctions that open an adverbial clause before the subject
OPENING_CONJUNCTIONS = frozenset({"semasa", "sewaktu", "apabila", "selepas", "sebelum", "kerana"})
# "X, ketika dihubungi, berkata": adjuncts before the verb
SUBJECT_ADJUNCTS = frozenset({"semasa", "selepas", "ketika", "sewaktu"})
# "Bagaimanapun, X berkata": discourse words that open a sentence, never a name
DISCOURSE_WORDS = frozenset({"bagaimanapun", "sementara", "dalam", "selain", "justeru",
                             "oleh", "malah", "namun"})
# words that are verbs or prepositions in Malay though they start like active verbs
VERB_LIKE_NOUNS = frozenset({"mengenai", "menerusi", "menjelang", "menurut"})
BOILERPLATE = (r"^-+ ?bernama$", r"^baca juga\b", r"^(?:oleh|penulis|editor|wartawan)\s*:",
               r"^sumber\s*:")
