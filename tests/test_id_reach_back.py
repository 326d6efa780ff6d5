"""Indonesian subjects before a reporting verb that must not reach back over a boundary into
the phrase before them (issue 13): a relative clause's tail, the last item of a list."""
from __future__ import annotations

import pytest

from test_lang_id import mentions_by_cue


@pytest.mark.parametrize("text, expected", [
    # a relative clause set off by commas, then an adjunct before the verb: the subject is
    # the name with its apposition, not the clause's object ("tentang Candi …")
    ("Budi Santoso , guru besar sejarah , yang banyak meneliti dan menulis tentang Candi "
     "Sukamaju , pada acara festival itu menegaskan bahwa candi itu bukan hanya batu .",
     [("menegaskan", ["Budi Santoso"])]),
    # a relative clause with its own verb and object, closed by the comma before the verb
    ("Mantan Menteri Hukum Budi Santoso , yang mendampingi Hartono ke Roma , mengatakan , "
     "masalah itu kuat relevansinya .", [("mengatakan", ["Mantan Menteri Hukum Budi Santoso"])]),
    # the last item of a list that belongs to the phrase before is no part of the subject
    ("Dalam rapat yang diikuti Wakil Presiden Budi Santoso dan para menteri itu , Presiden "
     "menyebut , saat ini sudah tujuh persen warga yang mudik .",
     [("menyebut", ["Presiden"])]),
    ("Rapat dihadiri para bupati dan wali kota , Gubernur Sukamaju Budi Santoso mengatakan , "
     "stok beras masih cukup .", [("mengatakan", ["Gubernur Sukamaju Budi Santoso"])]),
    # negatives: a subject's own relative clause closed before the verb; "dan" opening a
    # new clause with a lower-case subject
    ("Budi , yang akrab disapa Mili , mengatakan , stok beras masih cukup .",
     [("mengatakan", ["Budi"])]),
    ("Harga naik dan pedagang mengatakan , stok beras masih cukup .",
     [("mengatakan", ["pedagang"])]),
])
def test_subject_does_not_reach_back(nlp_id, text, expected):
    assert mentions_by_cue(nlp_id, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive verb of asking before the verb: the subject is asked to act, it reports nothing
    ("Jika tidak memungkinkan , petugas diminta memastikan kebersihan tempat itu .", []),
    ("Warga diimbau menyampaikan keluhan lewat aplikasi milik kota .", []),
    # negative: without it, the same subject reports
    ("Petugas memastikan kebersihan tempat itu sudah terjaga .",
     [("memastikan", ["Petugas"])]),
])
def test_asked_subject_is_no_source(nlp_id, text, expected):
    assert mentions_by_cue(nlp_id, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a field's name right after "bidang" that the NER takes for a person is part of the
    # title; the source runs on to the person's name
    ("Stok pupuk cukup untuk musim ini , kata Wakil Ketua Kamar Dagang Sukamaju bidang "
     "Agraria , Perikanan dan Kelautan Budi Santoso kepada wartawan .",
     [("kata", ["Wakil Ketua Kamar Dagang Sukamaju bidang Agraria , Perikanan dan Kelautan "
                "Budi Santoso"])]),
    # negative: a role that already holds a name stops before the place
    ("Stok beras masih cukup , kata Menteri Budi Santoso di Jakarta .",
     [("kata", ["Menteri Budi Santoso"])]),
])
def test_role_title_runs_to_the_name(nlp_id, text, expected):
    assert mentions_by_cue(nlp_id, text) == expected
