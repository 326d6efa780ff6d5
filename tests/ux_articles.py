"""Two short invented articles (English, Indonesian) with every finding an editor looks for:
an anonymous lead that a named spokesperson denies, an unattributed line, a single-source
claim and a party that declined to comment. Names and events are made up."""

EN = """Mayor Tessa Varn will close the old ferry terminal next year, two officials familiar with the plan said.

The terminal has lost money for a decade.

"We have no plans to close the terminal," said Orin Palk, a spokesperson for the city. "That report is not true."

Harbor chief Dell Moran said the repairs would cost $4 million.

Kestrel Lines declined to comment.
"""

ID = """Pemerintah kota akan menutup terminal feri lama tahun depan, kata dua pejabat yang mengetahui rencana tersebut.

Terminal itu merugi selama sepuluh tahun.

"Itu tidak benar," kata Orin Palk, juru bicara pemerintah kota.

Kepala pelabuhan Dell Moran mengatakan perbaikan akan menelan biaya Rp 40 miliar.

Kestrel Lines menolak berkomentar.
"""

# every claim has a named source, none is disputed
CLEAN_EN = ("Harbor chief Dell Moran said the repairs would cost $4 million. "
            "Engineer Lia Brook said the repairs would cost $4 million.\n")
