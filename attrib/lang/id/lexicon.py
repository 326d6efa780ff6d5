"""Indonesian word lists for the extraction: cues, clause boundaries, boilerplate."""
from __future__ import annotations

# "“…,” kata X." / "Y, ujar X." — bare verb stems that stand after the content
POSTPOSED_CUES = frozenset("""kata ujar tutur ucap ungkap jelas sebut papar imbuh tambah lanjut
pungkas terang tegas klaim""".split())
# "“…,” ujarnya." — a cue with -nya names its speaker (the last one mentioned);
# "katanya" can also mean "reportedly"
EMBEDDED_CUES = frozenset(w + "nya" for w in POSTPOSED_CUES)
# "X mengatakan (bahwa) Y" — prefixed verbs that stand after their subject
PREPOSED_VERBS = frozenset("""mengatakan menyatakan menjelaskan mengungkapkan menambahkan
menegaskan menuturkan memaparkan menyebutkan menyebut menerangkan mengklaim membantah
melaporkan mengakui mengumumkan berkata memberitahu memberitahukan menyampaikan
mengingatkan menilai menduga memperkirakan menyangkal""".split())
REPORTING_VERBS = frozenset({"melaporkan", "memberitakan"})
ACCORDING_TO = frozenset({"menurut"})
COMPLEMENTIZERS = frozenset({"bahwa", "kalau"})
# "Orang keempat juga mengatakan" — adverbs between subject and verb
PREVERBAL_ADVERBS = frozenset("""juga sebelumnya pun telah sudah tidak belum pernah masih kembali
lalu kemudian lebih dulu akan sempat bahkan sendiri""".split())
# words that open a new clause: a subject never reaches back past them
CLAUSE_OPENERS = frozenset("""dan tetapi namun sedangkan karena sehingga yang ketika saat bahwa
kalau jika meski meskipun walaupun""".split())
# words that end a source noun phrase after a post-posed cue
SOURCE_STOP_WORDS = frozenset("""ketika saat sewaktu di kepada pada dalam kemarin hari tadi
sambil seraya usai setelah sebelum seusai selepas melalui lewat kala dengan""".split())
SOURCE_JOINERS = ("dan", "serta")
SOURCE_HEADS = frozenset("""sumber orang pejabat juru pihak seorang""".split())
BOILERPLATE = (
    r"^source link$", r"^baca juga\b", r"^(?:oleh|penulis|editor|reporter)\s*:", r"^read more$",
)
