"""Indonesian word lists for the extraction: cues, clause boundaries, boilerplate.

All words are lower-case forms matched against the tokenizer's tokens (never ``is_stop``:
spaCy's Indonesian stop words include ``kata``, ``menurut``, ``ujar``).
"""
from __future__ import annotations

# "“…,” kata X." / "Y, ujar X." / "Y, kata X, Y." — bare verb stems that stand after
# (or inside) the content, followed by their source
POSTPOSED_CUES = frozenset("""kata ujar tutur ucap ungkap jelas sebut papar imbuh tambah lanjut
pungkas terang tegas klaim tandas tukas sambung bilang bantah sangkal tepis""".split())
# "“…?” tanya X." / "“…,” tulis X." / "“…,” ditambahkan X." — words that are cues only right
# after a closing quote ("pesan" is also "message", "tanya" also "question"; "“…,” desak X":
# urged)
QUOTE_CUES = frozenset("""tanya tulis pesan jawab kenang seru timpal sahut bisik teriak keluh
canda harap pinta ajak imbau desak tanggap cerita aku akui kisah dikatakan ditambahkan dijelaskan
diungkapkan disampaikan ditegaskan dituturkan""".split())
# "“…,” ujarnya." — a cue with -nya names its speaker (the last one mentioned); "katanya"
# can also mean "reportedly", so these count only after a quote or a comma (never "Katanya, …"
# at a sentence's start)
EMBEDDED_CUES = frozenset(w + "nya" for w in POSTPOSED_CUES) | {"menurutnya"}
QUOTE_EMBEDDED_CUES = frozenset(w + "nya" for w in QUOTE_CUES if not w.startswith("di"))
# "“Itu tidak benar,” bantah X." / "…, tepisnya.": post-posed cues that make a denial
DENIAL_STEMS = frozenset({"bantah", "sangkal", "tepis", "bantahnya", "sangkalnya", "tepisnya"})
# "X mengatakan (bahwa) Y" — prefixed verbs that stand after their subject
PREPOSED_VERBS = frozenset("""mengatakan menyatakan menjelaskan mengungkapkan menambahkan
menegaskan menuturkan memaparkan menyebutkan menyebut menerangkan mengklaim membantah
melaporkan mengakui mengumumkan berkata memberitahu memberitahukan menyampaikan
menyangkal menepis menampik""".split()) | {
    # "X memastikan (bahwa) Y", "X mengaku Y", "X mengonfirmasi Y": asserting, confirming
    "memastikan", "mengaku", "menekankan", "memperingatkan", "mengonfirmasi", "mengkonfirmasi"}
# "Data BPS menunjukkan Y" / "Hasil survei memperlihatkan Y": verbs that report what a
# document says; cues only when the subject's head is a document noun ("Hal ini menunjukkan
# bahwa …" is the writer's inference); "Laporan itu menyebutkan Y" is already a speech verb
DOCUMENT_VERBS = frozenset("""menunjukkan memperlihatkan mencatat mencatatkan mengungkap
menemukan membuktikan""".split())
# "Ia melanjutkan, Y", "Tono merasa pemerintah lamban": verbs that report a statement or a view
# only before a comma, "bahwa" or a clause's subject ("melanjutkan pembangunan", "merasa senang"
# report nothing)
CLAUSE_SPEECH_VERBS = frozenset({"melanjutkan", "merasa"})
# verbs of belief or estimate ("BI memperkirakan …", "Pengamat X menilai …")
BELIEF_VERBS = frozenset("""menduga memperkirakan menilai mengingatkan meyakini memprediksi
berpendapat menganggap""".split())
# those of them that report a source's view as X's statement ("X menilai (bahwa) Y", "X
# memperkirakan Y"): attributions, as PolNeAR counts beliefs ("menganggap X sebagai Y" has no
# reported clause, so it stays out)
OPINION_VERBS = frozenset("""menilai berpendapat meyakini memperkirakan memprediksi menduga
mengingatkan""".split())
# "…, seperti dilansir Reuters." / "Mengutip Bloomberg, Y" / "Dikutip dari CNBC, Y": citing
# another outlet (earlier reporting), placed like "menurut"
CITATION_CUES = frozenset({"dilansir", "dikutip", "melansir", "mengutip", "dinukil", "menukil"})
CITATION_LEADERS = frozenset({"seperti", "sebagaimana"})
ORIGIN_MARKERS = frozenset({"dari"})
# "Hal itu disampaikan (oleh) X": a passive verb of saying whose subject stands for the
# sentence before ("hal itu", "pernyataan tersebut")
PASSIVE_SPEECH_CUES = frozenset("""disampaikan dikatakan diungkapkan dijelaskan ditegaskan
dituturkan dipaparkan diutarakan disebutkan dikemukakan""".split())
# "Proyek itu dinilai Tono sebagai pemborosan": passive verbs of judging, with their
# agent after them (a view attributed to the agent)
PASSIVE_OPINION_CUES = frozenset({"dinilai", "dianggap"})
ANAPHORIC_NOUNS = frozenset("hal pernyataan penjelasan keterangan ungkapan informasi".split())
# "Kabar tersebut dibantah (oleh) Menteri X": passive denials, the denier after "oleh"
PASSIVE_DENIAL_CUES = frozenset({"dibantah", "disangkal", "ditepis", "dibantahkan"})
AGENT_MARKERS = frozenset({"oleh"})
# "X previously reported that Y": an outlet's earlier reporting, whatever kind X was parsed as
# matched word by word: "lebih dulu" / "lebih dahulu" (earlier) by its "dulu"; "lebih" alone is
# no marker ("X lebih rinci melaporkan" = reported in more detail)
PRIOR_MARKERS = frozenset({"sebelumnya", "pernah", "dulu", "dahulu"})
REPORTING_FORMS = frozenset("melaporkan memberitakan mewartakan dilaporkan diberitakan".split())
REPORTING_VERBS = frozenset({"melaporkan", "memberitakan"})
# "Menurut X, Y" / "Y, menurut X" / "Menurutnya, Y"; "Berdasarkan data BPS, Y" (a document)
ACCORDING_TO = frozenset({"menurut", "berdasarkan"})
# "berdasarkan X" attributes only when X is a record or a named body ("berdasarkan aturan" =
# by the rules, "berdasarkan pengamatan" is no one's word)
BASED_ON = frozenset({"berdasarkan"})
RECORD_NOUNS = frozenset("""data laporan survei hasil catatan keterangan informasi penelitian riset
studi rilis pantauan temuan kajian analisis""".split())
# "menurut rencana" (as planned), "menurut jadwal": not attribution
NOT_ACCORDING = frozenset("rencana jadwal kalender urutan abjad".split())
COMPLEMENTIZERS = frozenset({"bahwa", "kalau"})
# "Orang keempat juga mengatakan", "X tidak dapat mengatakan" — adverbs and modals between
# subject and verb
PREVERBAL_ADVERBS = frozenset("""juga sebelumnya pun telah sudah tidak belum pernah masih kembali
lalu kemudian lebih dulu akan sempat bahkan sendiri pula lantas
dapat bisa mampu harus ingin mau hendak berusaha mencoba
terus selalu sering kerap tetap langsung justru hanya lagi""".split())
# "Pemkot harus memastikan semua aman", "Warga perlu menyampaikan keluhan": an obligation
# before a verb of saying or asserting is a duty, not a report; so is a passive verb of asking
# or obliging ("Petugas diminta memastikan kebersihan tempat"): its subject is asked to act
OBLIGATION_MODALS = frozenset("""harus wajib perlu mesti hendaknya seharusnya semestinya
diminta diwajibkan diharuskan diimbau diharapkan""".split())
# words that open a new clause: a subject never reaches back past them (unless "dan" joins
# two capitalised words of one name: "Dirjen Bea dan Cukai")
CLAUSE_OPENERS = frozenset("""dan tetapi tapi namun sedangkan karena sehingga yang ketika saat bahwa
kalau jika meski meskipun walaupun sementara sedang serta atau agar supaya""".split())
# "… memanggil wali kota untuk menjelaskan …": a verb after one of these is an infinitive
PURPOSE_WORDS = frozenset({"untuk", "guna", "agar", "supaya", "demi"})
# "Namun, kata dia, Y" / "Sementara itu, menurut X, Y": a connective before an interposed cue
# is not part of the content
DISCOURSE_WORDS = frozenset("""namun tetapi tapi sementara itu selain sedangkan sehingga sebab
karena oleh jadi maka bahkan akan demikian dengan kemudian lalu apalagi terlebih meski
meskipun padahal""".split()) | {
    # "Sebelumnya, harian Kontan melaporkan", "Selanjutnya, X menjelaskan": sentence adverbs
    "sebelumnya", "selanjutnya", "sebelum", "akhirnya", "terpisah", "secara",
    # "Adapun Kepala Dinas X mengatakan", "Sedangkan …": a topic opener, no part of the subject
    "adapun"}
# words that end a source noun phrase after a post-posed cue ("kata X, ketika …",
# "kata X di Jakarta", "kata Teguh lagi", "kata politisi … ini"); matched lower-case only, so
# "Menteri Dalam Negeri" runs on
SOURCE_STOP_WORDS = frozenset("""ketika saat sewaktu di kepada pada dalam kemarin hari tadi
sambil seraya usai setelah sebelum seusai selepas melalui lewat kala dengan lagi ini itu
sebagaimana seperti menjelang jelang terkait soal mengenai tentang untuk bahwa""".split())
# lower-case words inside a name ("RSUD dr Soetomo", "Head of …", "Fadli bin Ahmad",
# "Center for Metropolitan Studies")
NAME_PARTICLES = frozenset("""dr drg ir prof h hj bin binti van von der de da al el of the for
and""".split())
# "kata X, pakar … UGM" — lower-case role nouns that continue a source after a comma
APPOSITION_NOUNS = frozenset("""pakar ahli dosen peneliti pengamat anggota ketua kepala
direktur juru wakil mantan politisi warga guru dokter pengacara aktivis ekonom analis staf
pendiri pemilik petugas karyawan pegawai mahasiswa siswa seorang salah pemimpin pimpinan
koordinator sekretaris kuasa psikolog epidemiolog sosiolog budayawan sejarawan""".split())
# days and months: "kata X, Senin (12/4/2021)" ends the source before the comma
DATE_WORDS = frozenset("""senin selasa rabu kamis jumat sabtu minggu pekan januari februari
maret april mei juni juli agustus september oktober november desember""".split())
# "…, kata seorang pejabat yang tidak mau disebutkan namanya": a source that starts with one
# of these (or a number word) keeps its "yang" clause; "kata Natsir yang juga …" does not
SOURCE_HEADS = frozenset("""sumber orang pejabat juru pihak seorang salah para kalangan beberapa
sejumlah banyak pegawai petugas warga""".split())
SOURCE_JOINERS = ("dan", "serta")
# "Y, demikian kata X." — a word between the comma and the cue
CUE_LEADERS = frozenset({"demikian", "begitu"})
# prepositions that open an adverbial before a subject ("Pada Senin, X mengatakan")
ADVERBIAL_OPENERS = frozenset("""pada di dalam setelah sebelum sejak selama usai seusai untuk
dengan menurut terkait mengenai melalui lewat""".split())
# "Apabila PSBB diperpanjang, X mengatakan" / "Ketika ditanya, X menjawab": conjunctions that
# open an adverbial clause before the subject; the subject starts after its comma
OPENING_CONJUNCTIONS = frozenset("""apabila bila jika kalau ketika saat setelah sebelum sesudah
meski meskipun walaupun sejak usai seusai begitu seandainya""".split())
# "Menanggapi hal itu, X mengatakan" / "Dikonfirmasi terpisah, X …" / "Berdasarkan data, X …":
# verb forms that open an adverbial clause before the subject
OPENING_VERB_PREFIXES = ("me", "di", "ber")
# "Letnan Kolonel Laut dokter gigi M Arifin", "Kandidat doktor …, dokter Rizal Fadli":
# lower-case titles that stand inside a name, before the person's own name
NAME_TITLES = frozenset("""dokter suster bidan ustaz ustazah kiai haji hajah pastor pendeta
romo""".split())
# "kata dokter di Puskesmas Kecamatan Sukamaju ini": a role noun's place, closed by a
# demonstrative, belongs to the description
ROLE_PLACE_PREPOSITIONS = frozenset({"di", "dari"})
# "kata Kepala Seksi di Dinas Sukamaju Budi Santoso", "kata anggota komisi dari Fraksi X Budi",
# "kata Wakil Ketua bidang Hukum, Tata Ruang dan Kawasan Budi", "kata ekonom dan pengamat
# kebijakan Budi": lower-case words that join a role without a name to the rest of its title,
# up to the name that closes it
ROLE_NAME_LINKS = frozenset({"di", "dari", "pada", "bidang", "dan", "sekaligus"})
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# "kata mantan Bupati Sukamaju tersebut": "tersebut" ("the said …") closes the source's
# noun phrase and belongs to it; "ini"/"itu" after a description ("kata politisi senior
# Partai X ini") are left out (as both PFSA-ID collections annotate them)
PHRASE_FINAL_DETERMINERS = frozenset({"tersebut"})
# "kata tiga orang yang mengetahui …", "X, yang akrab disapa Y, mengatakan": the word that opens
# a relative clause (a description keeps it; after a name it ends the source)
RELATIVE_MARKERS = frozenset({"yang"})
# "Menurutnya, Y": "according to" with its source in one word (as a cue of its own)
EMBEDDED_ACCORDING_CUES = frozenset({"menurutnya"})
# "Kabar itu dibantah dia": the one pronoun that stands as a passive denial's agent ("dibantah
# mereka" is rare; "dibantah itu" is no agent)
AGENT_PRONOUNS = frozenset({"dia"})
# "penggunaan": pe(N)- with -an makes a thing, not a doer ("pengamat", "pedagang")
THING_SUFFIXES = ("an",)
# adjuncts that end a subject before its verb ("X di Jakarta, Jumat, menyatakan")
SUBJECT_ADJUNCTS = frozenset("""di dalam pada kepada melalui lewat saat ketika usai seusai
setelah sebelum sewaktu""".split())
# "dewan akan memanggil wali kota untuk menjelaskan": an active (me-) verb before a reporting
# verb belongs to another predicate; the subject stops there ("berusia", "bernama" do not)
ACTIVE_VERB_PREFIXES = ("me",)
# words that look like active verbs but are nouns or prepositions ("melalui situs resminya")
VERB_LIKE_NOUNS = frozenset("""menteri mereka media merek melalui menurut mengenai menuju
menjelang meski meskipun menyusul""".split())
# datelines of Indonesian online outlets, which put their name first: "Liputan6.com, Bekasi - ",
# "KOMPAS.com - ", "TEMPO.CO, Jakarta - ", "Bisnis.com, JAKARTA — "; or a place in title case
# and the outlet: "Jakarta, CNN Indonesia -- ", "Jakarta (ANTARA) - "
DATELINES = (
    r"[A-Za-z][\w]*\.(?:com|co|id|net)(?:\.id)?(?: ?, ?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})? ?[—–-]{1,2} (?=\S)",
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: ?\([A-Z][\w .]{1,30}\)|, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) ?[—–-]{1,2} (?=\S)",
)
BOILERPLATE = (
    r"^source link$", r"^baca juga\b", r"^(?:oleh|penulis|editor|reporter)\s*:", r"^read more$",
    # a wire credit line: "(Laporan oleh …; Penyuntingan oleh …)", "Penyunting: …"
    # (only in brackets: "Laporan oleh lembaga itu menunjukkan …" opens a sentence)
    r"^\((?:laporan|liputan|penyuntingan|penulisan|suntingan|disunting|ditulis) oleh\b",
    r"^\(?(?:penyunting|editor|fotografer|pewarta|kontributor)\s*:",
    # a photo credit: "Foto: …", "(FOTO: ANTARA/…)", "KOMPAS/NAMA FOTOGRAFER"
    r"^\(?foto\s*:", r"^(?:kompas|antara|tempo|reuters|afp|ap)(?:\.com)?(?: foto)?/[\w .’'-]{1,40}$",
)
