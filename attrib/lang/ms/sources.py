"""Malay words about sources: who they are, named or not; stance; non-answers."""
from __future__ import annotations

# "jurucakap syarikat itu" (the company's spokesperson), "penganalisis", "pakar ekonomi"
PERSON_NOUNS = frozenset({"jurucakap", "penganalisis", "pengarah", "pengerusi", "setiausaha",
                          "timbalan", "kakitangan", "pegawai", "penduduk", "peniaga",
                          "ketua pegawai eksekutif", "pengarah urusan", "ketua polis",
                          "timbalan menteri"})
GROUP_NOUNS = frozenset({"pegawai", "penduduk", "kakitangan", "peniaga", "pihak"})
# offices whose holder speaks on the record even when unnamed ("jurucakap Syarikat X")
ROLES = frozenset({"jurucakap", "pengarah", "pengerusi", "setiausaha", "setiausaha agung",
                   "timbalan menteri", "ketua pegawai eksekutif", "pengarah urusan",
                   "ketua polis", "ketua polis daerah", "presiden", "menteri", "ketua"})
ORG_ROLES = frozenset({"jurucakap", "peguam"})
# "salah seorang sumber", "sumber yang enggan dikenali", "tidak mahu namanya disiarkan"
ANONYMOUS_MARKERS = frozenset({"enggan dikenali", "tidak mahu dikenali", "enggan namanya",
                               "tidak mahu namanya", "enggan didedahkan", "tidak mahu didedahkan"})
ORGANIZATION_NOUNS = frozenset({"syarikat", "kerajaan", "pejabat", "jabatan", "suruhanjaya", "majlis",
                                "universiti", "polis", "mahkamah", "persatuan", "kesatuan"})
GENERIC_ORG_NOUNS = frozenset({"syarikat"})
# a capitalised word that makes a name an organisation's ("Syarikat Pelabuhan Teluk Sdn Bhd")
ORG_NAME_WORDS = frozenset({"sdn", "bhd", "berhad", "syarikat", "jabatan", "suruhanjaya",
                            "majlis", "universiti", "persatuan", "kesatuan", "mahkamah", "pdrm",
                            "kementerian", "lembaga", "dewan", "bank", "pejabat"})
ORG_SUFFIX_WORDS = frozenset({"bhd", "berhad", "malaysia"})
MEDIA_NAMES = frozenset({"Bernama", "Malaysiakini", "Berita Harian", "Utusan Malaysia", "Utusan",
                         "Harian Metro", "Sinar Harian", "Astro Awani", "The Star",
                         "New Straits Times", "Free Malaysia Today", "Kosmo"})
MEDIA_NOUNS = frozenset({"akhbar", "portal berita", "agensi berita"})
DOCUMENT_NOUNS = frozenset({"kenyataan", "laporan", "dokumen", "data", "kajian", "tinjauan"})
ACCOUNT_NOUNS = frozenset({"kenyataan", "dakwaan", "versi"})
# "Dakwaan itu tidak benar", "… adalah palsu", "tidak berasas": a denial's content
DENIAL_PHRASES = (r"\btidak benar\b", r"\btidak berasas\b", r"\bpalsu\b", r"\bfitnah\b",
                  r"\bsalah\b(?! (?:satu|seorang|sebuah|seekor))")
HEDGE_PHRASES = ("tidak dapat memastikan", "belum dapat dipastikan", "tidak pasti sama ada")
# "enggan mengulas" (declined to comment), "tidak menjawab panggilan" (did not answer calls),
# "tidak dapat dihubungi" (could not be reached)
RESPONSE_PATTERNS = (
    (r"\benggan (?:mengulas|memberi ulasan|memberikan ulasan|memberi komen|mengulas lanjut)", "declined"),
    (r"\b(?:tidak|belum) (?:mahu|bersedia) (?:mengulas|memberi ulasan|memberi komen)", "declined"),
    (r"\b(?:tidak|belum) (?:menjawab|membalas) (?:panggilan|mesej|pesanan|e-mel|permintaan)", "no_response"),
    (r"\b(?:tidak|belum) (?:memberi|memberikan) maklum balas", "no_response"),
    (r"\b(?:tidak|belum) (?:dapat|berjaya) dihubungi", "unreachable"),
)
PRONOUNS = frozenset({"beliau", "dia", "ia", "mereka", "saya", "kami", "kita"})
NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan"})
FUNCTION_WORDS = frozenset("""iaitu ialah kerana daripada semasa selepas sahaja boleh mahu
turut""".split())
HEDGE_WORDS = frozenset({"mungkin", "dijangka", "dijangkakan"})
# Malay months and weekdays that are no names ("Isnin", "Mac") and place nouns
PLACE_WORDS = frozenset({"daerah", "negeri", "jalan", "bandar", "kampung", "pelabuhan"})

# words of Malay news that Indonesian news writes otherwise, and the Indonesian counterparts:
# detection counts both to tell the two apart (py3langid confuses them)
MARKER_WORDS = frozenset("""berkata kerajaan kerana boleh sahaja syarikat jurucakap memberitahu
mengulas ulasan iaitu ialah bagaimanapun selepas semasa wang polis kenyataan baharu
kakitangan bilangan isnin khamis ahad mac julai ogos disember berhubung sebarang mahu
maklum percuma berkuasa setiausaha pengerusi timbalan dakwaan menafikan
mendedahkan""".split())
NEIGHBOUR_MARKERS = frozenset("""karena bisa saja perusahaan pemerintah jubir mengatakan
yaitu uang polisi pernyataan karyawan senin kamis maret agustus desember terkait mau kantor
sekretaris membantah mengungkapkan""".split())
