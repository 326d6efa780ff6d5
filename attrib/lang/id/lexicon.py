"""Indonesian word lists: cues, source nouns, stance and response phrases."""
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
PRONOUNS = frozenset("dia ia beliau mereka saya kami kita aku".split())
NUMBER_WORDS = {"satu": 1, "seorang": 1, "sebuah": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
                "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
                "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
ORDINAL_WORDS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
PERSON_NOUNS = frozenset("""juru bicara jubir kepala ketua direktur menteri presiden wakil
gubernur bupati wali kota pengamat analis ekonom pejabat kapolres kapolsek kasat kanit
sekretaris anggota pendiri pemimpin manajer""".split())
GROUP_NOUNS = frozenset("sumber orang pejabat pihak kalangan warga".split())
ANONYMOUS_MARKERS = frozenset({"mengetahui", "tidak mau disebutkan", "enggan disebutkan",
                               "tak mau disebut", "anonim", "sumber"})
ORGANIZATION_NOUNS = frozenset("""perusahaan kementerian kepolisian polisi pemerintah lembaga
badan komisi dinas partai bank""".split())
MEDIA_NAMES = frozenset({"Reuters", "Bloomberg", "Kompas", "Tempo", "Antara", "Detik", "AFP",
                         "AP", "The Information", "Financial Times", "CNBC", "BBC"})
DOCUMENT_NOUNS = frozenset("laporan data dokumen catatan studi survei rilis pernyataan".split())
ROLES = frozenset({"juru bicara", "jubir", "kepala", "ketua", "direktur", "menteri"})
DENIAL_CUES = frozenset({"membantah", "menyangkal", "menepis", "dibantah"})
DENIAL_PHRASES = ("tidak benar", "salah", "keliru", "hoaks", "bohong")
HEDGE_PHRASES = ("tidak dapat mengatakan apakah", "tidak bisa memastikan", "belum dapat dipastikan",
                 "tidak tahu apakah")
RESPONSE_PATTERNS = (
    (r"\bmenolak (?:untuk )?(?:berkomentar|memberikan komentar|menanggapi)", "declined"),
    (r"\b(?:tidak|belum) (?:membalas|menjawab|merespons) permintaan (?:komentar|tanggapan)", "no_response"),
    (r"\b(?:tidak|belum) (?:menanggapi|memberikan tanggapan|merespons)", "no_response"),
    (r"\btidak (?:dapat|bisa) dihubungi", "unreachable"),
)
BOILERPLATE = (
    r"^source link$", r"^baca juga\b", r"^(?:oleh|penulis|editor|reporter)\s*:", r"^read more$",
)
