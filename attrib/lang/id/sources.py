"""Indonesian word lists about sources: who they are, how many, named or not; stance; non-answers."""
from __future__ import annotations

PRONOUNS = frozenset("dia ia beliau mereka saya kami kita aku".split())
# "kata mereka": a pronoun that refers back to a group (or an organisation)
PLURAL_PRONOUNS = frozenset("mereka kami kita".split())
# cardinals before the noun ("tiga orang", "kedua orang tersebut" = the two people)
NUMBER_WORDS = {"satu": 1, "seorang": 1, "sebuah": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
                "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
                "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
# ordinals after the noun ("orang keempat" = a fourth person): one new individual
ORDINAL_WORDS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
                 "ketujuh": 7}
# (the multiword nouns are listed whole: split, "kota" and "hukum" would each be a person)
PERSON_NOUNS = frozenset("""jubir kepala ketua direktur menteri presiden wakil
gubernur bupati pengamat analis ekonom pejabat kapolres kapolsek kasat kanit
sekretaris anggota pendiri pemimpin manajer karyawan pegawai petugas peneliti pakar ahli
staf orang sumber warga saksi korban pengacara""".split()) | {"juru bicara", "wali kota", "kuasa hukum"}
GROUP_NOUNS = frozenset("sumber orang pejabat pihak kalangan warga para umat".split())
# "warga Kampung Randu Alas", "penduduk Desa X": a noun for residents before a place's name
RESIDENT_NOUNS = frozenset({"warga", "penduduk"})
# "Darsono yang akrab disapa Sono": verbs that give the name a person goes by
ALIAS_VERBS = frozenset({"disapa", "dipanggil"})
# "seorang penjual sayur", "seorang ibu": the classifier for human beings; one person
PERSON_CLASSIFIERS = frozenset({"seorang"})
# "kedua sumber tersebut" after "dua orang yang mengetahui …": a noun that names whoever was
# cited, whatever noun cited them
GENERIC_SOURCE_HEADS = frozenset({"sumber"})
# "pedagang", "petani", "pengamat": the prefix of a noun for a doer
AGENT_PREFIXES = ("pe", "pen", "pem", "peng", "peny")
# nouns for people that take no such prefix ("dokter mengatakan", "nelayan menuturkan")
OCCUPATION_NOUNS = frozenset("""dokter guru dosen siswa mahasiswa nelayan buruh sopir polisi tentara
hakim jaksa ulama tokoh aktivis relawan wartawan bidan perawat ibu bapak istri suami anak
keluarga tetangga netizen ilmuwan epidemiolog psikolog sosiolog ekonom politisi legislator
kuasa advokat""".split())
# "banyak pakar", "sebagian umat", "beberapa pejabat": quantifiers of a plural
PLURAL_QUANTIFIERS = frozenset("""banyak sebagian beberapa sejumlah para berbagai kebanyakan semua
seluruh segenap""".split())
ANONYMOUS_MARKERS = frozenset({"mengetahui", "tidak mau disebutkan", "enggan disebutkan",
                               "tak mau disebut", "tidak ingin disebutkan", "anonim",
                               "sumber", "dekat dengan", "tidak bersedia disebutkan",
                               "enggan disebut", "identitasnya"})
ORGANIZATION_NOUNS = frozenset("""perusahaan kementerian kepolisian polisi pemerintah lembaga
badan komisi dinas partai bank universitas kantor kejaksaan pengadilan istana dewan
otoritas""".split())
# "the company": a description any named organisation fits
GENERIC_ORG_NOUNS = frozenset("perusahaan emiten korporasi".split())
# a capitalised word that makes a name an organisation's ("Kepolisian Sektor Cilandak")
ORG_NAME_WORDS = frozenset("""pt tbk technologies inc corp ltd group kepolisian polsek polres polda
polri kementerian kemenkes kemenkeu badan bank universitas dinas komisi partai kejaksaan
pengadilan dewan lembaga pemerintah pemkot pemprov pemkab asosiasi yayasan himpunan ikatan
persatuan serikat koperasi rumah sakit
express air airlines airways kedai warung toko
kejati kejari kejagung kemensos kemendagri kemenhub kemendikbud kemenag kemenlu satgas pemda""".split())
# ("Lion Air", "Kedai Sayur": a business; "Kejati Papua", "Kemensos": an office's short name)
# "PT Bank Central Asia Tbk Jonatan Setiawan": words that end an organisation's name
# last words of a company's name ("Grab Indonesia", "Telkom Indonesia Tbk")
ORG_SUFFIX_WORDS = frozenset("tbk inc corp ltd group technologies indonesia".split())
# titles of people who speak for an organisation: one word after one is the organisation
ORG_ROLES = frozenset({"juru bicara", "jubir", "kuasa hukum", "humas"})
MEDIA_NAMES = frozenset({"Reuters", "Bloomberg", "Kompas", "Tempo", "Antara", "Detik", "AFP",
                         "AP", "The Information", "Financial Times", "CNBC", "BBC", "Kompas.com",
                         "Tempo.co", "CNN Indonesia", "Kumparan", "Tirto", "Republika",
                         "The Wall Street Journal", "The New York Times"})
# "The Wall Street Journal" and "Wall Street Journal" name one outlet: English titles cited in
# Indonesian news keep their article, left out when outlets are compared
OUTLET_ARTICLES = ("the",)
# "Globex's", "Kestrel’": English possessives in names cited in Indonesian news, left out when
# names and stems are compared
POSSESSIVE_ENDINGS = ("'s", "’s", "’")
MEDIA_NOUNS = frozenset({"harian", "media", "koran", "majalah", "kantor berita", "surat kabar",
                         "situs berita"})
DOCUMENT_NOUNS = frozenset("""laporan data dokumen catatan studi survei rilis pernyataan
surat putusan hasil riset kajian""".split())
# a unique office whose holder speaks on the record even when unnamed ("juru bicara ByteDance")
ROLES = frozenset({"juru bicara", "jubir", "kepala", "ketua", "direktur", "menteri", "presiden",
                   "gubernur", "bupati", "wali kota", "kapolres", "kapolsek", "kapolda",
                   "kasat", "kanit", "sekretaris", "direktur utama", "wakil", "kuasa hukum",
                   # "Direktur Jenderal Bea dan Cukai Askolani": a two-word title
                   "direktur jenderal", "dirjen", "sekretaris jenderal", "sekjen",
                   # English titles in Indonesian business news ("CEO Gojek Hamdan Rasyidi")
                   "ceo", "chairman", "founder", "direktur eksekutif"})
# "Bea dan Cukai", "Pangan dan Pertanian": a conjunction inside an organisation's name
ORG_NAME_CONNECTORS = frozenset({"dan"})
DENIAL_CUES = frozenset({"membantah", "menyangkal", "menepis", "dibantah", "membantahnya",
                         "menampik", "ditepis", "disangkal"})
# regexes over a quotation or reported content that make it a denial;
# "salah satu" ("one of") is not "salah" ("wrong")
DENIAL_PHRASES = (r"\btidak benar\b", r"\btak benar\b", r"\bsalah\b(?! (?:satu|seorang|sebuah|seekor))",
                  r"\bkeliru\b", r"\bhoaks\b", r"\bbohong\b", r"\bfitnah\b",
                  # the evidence is missing: "tidak ada bukti bahwa …", "harus menunjukkan bukti"
                  r"\b(?:tidak|tak|belum) (?:ada|menemukan|melihat|memiliki|menunjukkan) (?:\w+ ){0,2}bukti\b",
                  r"\b(?:harus|perlu|hendaknya|semestinya|sebaiknya) (?:memberikan|menunjukkan|membawa) (?:\w+ )?bukti\b")
HEDGE_PHRASES = ("tidak dapat mengatakan apakah", "tidak bisa mengatakan apakah",
                 "tidak bisa memastikan", "tidak dapat memastikan", "belum dapat dipastikan",
                 "tidak tahu apakah", "belum bisa memastikan", "enggan mengatakan apakah")
HEDGE_WORDS = frozenset("mungkin kemungkinan barangkali diperkirakan diduga".split())
RESPONSE_PATTERNS = (
    (r"\bmenolak (?:untuk )?(?:berkomentar|memberikan komentar|menanggapi)", "declined"),
    (r"\benggan (?:berkomentar|memberikan komentar|menanggapi)", "declined"),
    (r"\b(?:tidak|belum|tak) (?:bersedia|mau|ingin) (?:berkomentar|memberikan komentar|menanggapi"
     r"|memberikan keterangan|memberi keterangan|memberikan tanggapan|diwawancarai)", "declined"),
    (r"\b(?:tidak|belum) (?:membalas|menjawab|merespons) permintaan (?:komentar|tanggapan)", "no_response"),
    (r"\b(?:tidak|belum) (?:menanggapi|memberikan tanggapan|merespons|membalas)", "no_response"),
    (r"\b(?:tidak|belum|tak) (?:dapat|bisa|berhasil) dihubungi", "unreachable"),
)
# a sentence that goes on about the non-answer just reported ("Pertanyaan yang dikirim lewat
# surel belum dibalas."): part of that response, not a claim
RESPONSE_FOLLOWUPS = (
    r"^(?:permintaan|pertanyaan|pesan|panggilan|telepon|upaya)\b.{0,200}?"
    r"\b(?:tidak|belum|tak) (?:dijawab|dibalas|direspons|ditanggapi|diangkat|berhasil)\b",
)
DESCRIPTION_OPENERS: frozenset[str] = frozenset()
# hearsay the article reports ("X disebut-sebut menjual …"), and the nouns a denial of it uses
RUMOUR_MARKERS = frozenset("disebut-sebut dikabarkan kabarnya diisukan digosipkan santer konon".split())
RUMOUR_NOUNS = frozenset("isu kabar rumor gosip desas-desus spekulasi".split())
# "X tidak merespons, sementara Y mengatakan …": words that join a second clause
CLAUSE_JOINERS = ("dan", "tetapi", "namun", "sementara", "sedangkan", "meski", "meskipun")

# words that open a post-modifier of a source noun phrase
POSTMODIFIERS = frozenset("yang dari di dengan untuk".split())
DEFINITE_MARKERS = frozenset("tersebut itu ini".split())
# "sumber terpisah", "pejabat lain": a new source, never an earlier one
NEW_SOURCE_MARKERS = frozenset("terpisah lain lainnya berbeda baru".split())
# "salah satu sumber", "salah seorang dari mereka", "sebagian dari": a part of a group
SUBSET_PATTERNS = (r"^salah (?:satu|seorang)\b", r"^(?:sebagian|beberapa) (?:dari|di antara)\b",
                   r"^(?:satu|dua|tiga|empat|lima) (?:dari|di antara)\b")
# "…, tetapi tidak dapat mengatakan": words that cannot be a subject: the subject is elided
ZERO_SUBJECT_WORDS = frozenset("""tidak tak dapat bisa mampu akan juga pun tetapi namun dan
lalu kemudian telah sudah belum masih sempat hanya""".split())
# "Muhammad Muslim , juga juru bicara …", "Agus , adalah pejabat …", "Ahmad , yang juga sebagai
# perwira …": a mention opening with one of these is the description of a subject named before
APPOSITION_OPENERS = frozenset("juga adalah merupakan selaku sebagai yakni yaitu".split())
# verbal negation ("tidak mengembangkan"); "bukan" negates a noun
NEGATIONS = frozenset({"tidak", "tak", "belum", "tiada"})
# words a denial uses to point at the whole story rather than at a fact in it
GENERIC_WORDS = frozenset("""premis keseluruhan seluruh semua secara dasar dasarnya pada di sini ini itu tersebut berita
laporan kabar isu informasi tuduhan klaim hal salah benar tidak sama sekali sepenuhnya
hoaks keliru bohong pernyataan keterangan versi pengakuan""".split())
FUNCTION_WORDS = frozenset("""yang dan di ke dari untuk dengan pada dalam adalah ini itu tersebut
akan telah sudah sedang tidak tak juga atau tetapi namun karena sehingga oleh bahwa sebagai
kata mengatakan menurut lebih para ada saat ketika seperti secara agar jika kami mereka dia ia
nya pun lalu bisa dapat masih hanya hingga sejak antara tahun baru bukan apakah bagaimana
mengapa saja sangat sudah sama lain
kini adapun praktis""".split())  # ("Kini Hasbi menjadi …", "Adapun Dani …": an opener, no name)
# "sedang merencanakan", "akan membangun": the word after one of these is the predicate
VERB_MARKERS = frozenset("akan sedang telah sudah tidak tak belum masih sempat berencana ingin".split())
# prefixed words are verbs: "berencana", "mengembangkan", "dilatih"
VERB_PREFIXES = ("me", "ber", "di", "ter")
# a rough stemmer for comparing contents: "merencanakan" ~ "berencana" ~ "rencana"
STEM_PREFIXES = ("memper", "meng", "meny", "mem", "men", "me", "ber", "be", "di", "ter",
                 "peng", "pem", "pen", "per", "pe", "ke", "se")
STEM_SUFFIXES = ("kannya", "annya", "nya", "kan", "an", "i", "lah", "kah")
# the last word of a place's name ("Jakarta Selatan", "Asia Tenggara", "DKI Jakarta Raya") or
# the place noun before it ("Kabupaten Tangerang", "Provinsi Bali"): not a personal name
PLACE_WORDS = frozenset("""selatan utara timur barat tengah tenggara barat daya laut raya
kota kabupaten provinsi kecamatan kelurahan desa kampung pulau jalan gedung bandara stasiun
pelabuhan pasar masjid gereja sungai gunung teluk selat samudra samudera danau""".split())
# "Kesehatan", "Penanganan", "Perhubungan", "Kemerdekaan": a nominalisation (pe-…-an, ke-…-an)
# names a thing, never a person; nor does a verb in a title ("Menyampaikan", me-…-kan)
THING_WORD_PATTERN = r"^(?:(?:pe|per|ke)\w{3,}an|(?:me|di|ber|ter)\w{3,}kan)$"
# "di Jakarta", "ke Gili", "wisatawan asal Singapura": the capitalised word after one is a place
PLACE_PREPOSITIONS = frozenset("di ke dari asal sekitar wilayah daerah kawasan".split())
# "situs Berbagiyuk", "aplikasi Gojek", "pesawat Sriwijaya": the capitalised word after one names
# a thing or a company, not a person
THING_NOUNS = frozenset("""situs aplikasi platform gerakan program pesawat kapal merek produk film
buku lagu acara festival komunitas fenomena maskapai startup toko gedung kampus sekolah
perayaan ibadah salat""".split())  # "perayaan Idul Adha", "ibadah Tarawih": a feast, a prayer

# "pejabat dari Kementerian A dan B": after one of these, "dan" joins what the preposition
# governs, not two sources
MENTION_PREPOSITIONS = frozenset("dari untuk di pada dengan kepada ke oleh bagi tentang antara".split())

# one source's telling, as a denial names it ("membantah pernyataan tersebut")
ACCOUNT_NOUNS = frozenset("pernyataan keterangan klaim pengakuan versi".split())
# "Tidak ada pembicaraan dengan X": a negation of existence, not of a verb
EXISTENTIAL_NEGATIONS = ("tidak ada", "tak ada", "belum ada", "tiada")
# one core for the words of one meaning, so a denial worded otherwise meets the claim it
# disputes ("sedang berunding untuk membeli" ↔ "membantah ada negosiasi")
CORE_SYNONYMS = {w: "runding" for w in """pembicaraan negosiasi bernegosiasi perundingan berunding
merundingkan menegosiasikan""".split()}

# --- the words of a mention's own grammar (resolve/mention.py) --------------------------------
# "Sebelumnya ,", "Selanjutnya ,": an adverb in "-nya" opens a clause before the source
ADVERB_SUFFIXES = ("nya",)
# "Mantan Gubernur DKI Jakarta itu", "Wali Kota Sukamaju dua periode ini": a title closed by
# a determiner (which comes last) points back to a person named before
TITLE_CLOSING_DETERMINERS = DEFINITE_MARKERS
# "salah satu sumber", "salah seorang warga": a subset of one individual (word sequences,
# compared with a mention's first words)
ONE_OF_OPENERS = (("salah", "satu"), ("salah", "seorang"))
# English words the engine has always applied to Indonesian text as well: "McDonald's"
# (a brand's possessive), "The Jakarta Post" (an outlet's English name), the initial "A" of
# "A Ridwan Saputra" (left out of the words compared across mentions)
POSSESSIVE_SUFFIXES = ("'s", "’s")
LEADING_ARTICLES = ("the",)
INDEFINITE_ARTICLES = ("a", "an")
# --- coreference (attrib/resolve/resolvers.py, entities.py, coref.py) -----------------------
# "Rizal Putra" after "Rizal Putra Harsa", "Anton Rosadi" after "Anton": articles call a person
# named before by the first words of the name (the given names), not only by the surname
SHORT_NAME_FORMS = frozenset({"first words"})
# English names of organisations in Indonesian news ("Bank of …", "The … Center"): the words of
# a name that do not say which organisation, and the article a name may open with
ORG_NAME_FUNCTION_WORDS = frozenset({"the", "of", "for"})
ORG_NAME_ARTICLES = frozenset({"the"})
# "Wakil Gubernur …", "mantan Presiden …", "Plt Kepala …": a word before a title that makes it
# another office
OTHER_OFFICE_WORDS = frozenset({"wakil", "mantan", "eks", "plt", "pj"})
# "yang dihubungi", "yang ditemui": the prefix of a passive verb
PASSIVE_PREFIXES = ("di",)
