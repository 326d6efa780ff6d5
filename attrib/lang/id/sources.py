"""Indonesian word lists about sources: who they are, how many, named or not; stance; non-answers."""
from __future__ import annotations

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
