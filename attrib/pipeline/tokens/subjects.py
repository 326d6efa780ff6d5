"""Subjects before a reporting verb: back from the verb to the clause's start, without the
adverbials, adjuncts, asides and glued-on headings around the noun phrase.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .data import CLAUSE_END, DASHES, GLUE, MAX_SUBJECT_TOKENS, MAX_SUBJECT_WALK, QUOTE_MARKS
from .phrases import SourcePhrases

Chunk = tuple[int, int]


class Subjects(SourcePhrases):
    """The subject noun phrase before a verb."""

    def subject_before(self, verb: int) -> tuple[int, int] | None:
        """Token range of the subject before a reporting verb, back to the clause's start.

        ``Orang keempat juga mengatakan`` skips the adverb; ``Sekretaris Perusahaan X Tbk,
        Sari Wulandari, dalam laporannya …, Selasa, mengatakan`` keeps the name and its
        apposition and drops the adjuncts; ``Pada Senin, X mengatakan`` drops the adverbial.
        """
        s, _ = self.sentence_of(self.starts[verb])
        first = bisect_left(self.starts, s)
        j = self.skip(verb - 1, GLUE, step=-1)
        while j >= first and self.lows[j] in self.d.adverbs:
            j = self.skip(j - 1, GLUE, step=-1)
        rel = self._described_subject(first, j)
        if rel is not None:
            return rel
        end = self._before_dash_aside(j, first)
        first = max(first, end - MAX_SUBJECT_WALK)  # bounded: linear over the Doc
        k, end = self._subject_clause(end, first)
        a = self._after_dateline(k + 1, end)
        if a > end:
            return None
        chunks = self._subject_chunks(a, end)
        if k >= first and self.lows[k] in self.d.joiners and self.words[k].islower():
            chunks = self._after_list(chunks, end)
        if not chunks:
            return None
        return self._subject_phrase(chunks)

    def _before_dash_aside(self, j: int, first: int) -> int:
        """"Budi, Kepala Peleton B …, Jakarta Selatan — tim pemadam yang tiba pertama —
        menuturkan": the aside between dashes before the verb is not the subject; the subject
        ends before the first dash (token j is the last before the verb)."""
        words = self.words
        if not (j >= first and words[j] in DASHES):
            return j
        d = j - 1
        while d >= max(first, j - MAX_SUBJECT_WALK) and words[d] not in DASHES:
            d -= 1
        if d >= first and words[d] in DASHES:
            return self.skip(d - 1, GLUE, step=-1)
        return j

    def _subject_clause(self, end: int, first: int) -> tuple[int, int]:
        """The token that closes the subject's clause on the left, and the subject's last
        token: "X, saat dihubungi Kompas, mengatakan" / "X, yang akrab disapa Sono,
        mengatakan": a clause between commas interrupts; the subject is before it."""
        words, lows = self.words, self.lows
        # "X, …, mengatakan" / "X, … — menuturkan": a comma (or dash) before the verb
        comma = words[self.skip(end + 1)] == "," or words[self.skip(end + 1)] in DASHES
        k = self._clause_start(end, first, comma)
        r = self._relative_of_verb(k, first, end, comma)
        if r >= first and (lows[r] in self.d.relatives or lows[r] in self.d.opening_conj) \
                and words[r].islower() and (comma or r != k):
            p = self.skip(r - 1, step=-1)
            if p > first and words[p] == ",":
                end = self.skip(p - 1, step=-1)
                k = self._clause_start(end, first, comma)
        return k, end

    def _relative_of_verb(self, k: int, first: int, end: int, comma: bool) -> int:
        """"X, Guru Besar …, yang banyak meneliti dan menulis tentang Y, pada acara Z
        menegaskan" / "X, yang mendampingi Y ke Roma, mengatakan": the walk back stopped at a
        verb (token k) of a relative clause that a comma closes, before the subject's last
        token ``end`` or right before the reporting verb (``comma``); returns the relative
        word that opens the clause ("yang", at most four lower-case words before the verb),
        or k when the verb opens no such clause."""
        closed = comma or "," in self.words[k + 1:end + 1]
        if k < first or not self.verb_like(k) or not closed:
            return k
        r = self.skip(k - 1, step=-1)
        while r >= first and k - r <= 4 and self.lower_word(r):
            if self.lows[r] in self.d.relatives:
                return r
            r = self.skip(r - 1, step=-1)
        return k

    def _subject_chunks(self, a: int, end: int) -> list[Chunk]:
        """The comma-separated pieces of [a, end] that can hold the subject: "Pada Senin, X …"
        / "Sementara itu, X …": leading adverbials are not the subject; "Dalam jumpa pers
        bersama X, Y di Gedung Z, Rabu malam, Menkeu menjelaskan": after an opening adverbial,
        the subject is the phrase right before the verb."""
        chunks = self._chunks(a, end)
        adverbial = False
        while chunks and (self._adverbial_chunk(chunks[0])
                          # "Menanggapi hal itu, X" / "Apabila PSBB diperpanjang, X": an opening clause
                          or len(chunks) > 1 and self._opening_clause(chunks[0][0])):
            adverbial = adverbial or self.lows[chunks[0][0]] in self.d.adverbials \
                or self._opening_clause(chunks[0][0])
            chunks.pop(0)
        if adverbial and len(chunks) > 1 and chunks[-1][1] == end and (
                self.cap(chunks[-1][0]) or self.lows[chunks[-1][0]] in self.d.pronouns):
            chunks = chunks[-1:]
        return chunks

    def _after_list(self, chunks: list[Chunk], end: int) -> list[Chunk]:
        """"Rapat yang diikuti Wakil Presiden X dan para menteri itu, Presiden menyebut": the
        walk back stopped at a joiner ("dan") of a list that belongs to the phrase before;
        the list's last item before the comma is no part of the subject, the capitalised
        phrase right before the verb (ending at ``end``) is."""
        last = chunks[-1] if chunks else None
        if last is None or len(chunks) < 2 or last[1] != end or not self.cap(last[0]):
            return chunks
        return [last]

    def _adverbial_chunk(self, chunk: Chunk) -> bool:
        """An adverbial opener ("Pada Senin") or a piece of connectives, dates and punctuation
        only ("Sementara itu")."""
        a, b = chunk
        lows, d = self.lows, self.d
        return lows[a] in d.adverbials or all(
            lows[t] in d.discourse or lows[t] in d.dates or not self.is_word(t)
            for t in range(a, b + 1))

    def _subject_phrase(self, chunks: list[Chunk]) -> tuple[int, int] | None:
        """The subject in its pieces: the head phrase without a leading connective, heading or
        adjunct, with the appositions after it ("X, Sari Wulandari,")."""
        ca, cb = chunks[0]
        ca = self._head_start(ca, cb)
        cb = self._cut_adjunct(ca, cb)
        if cb is None:
            return None
        b = self._with_appositions(cb, chunks[1:])
        if b - ca > MAX_SUBJECT_TOKENS:
            return None
        if not any(self.is_word(t) for t in range(ca, b + 1)):
            return None
        return ca, b

    def _head_start(self, ca: int, cb: int) -> int:
        """Where the head phrase [ca, cb] starts: "Sedangkan Dirjen … menyatakan": a
        sentence-initial connective is not the subject; "Mendukung Ketua Kadin Surabaya X
        mengatakan": a section heading ("Mendukung") glued to the sentence before a
        capitalised role."""
        chunk_start, lows = ca, self.lows
        while ca < cb and (lows[ca] in self.d.discourse_openers or self.is_space(ca)):
            ca += 1
        nxt = self.skip(ca + 1)
        if ca < cb and nxt <= cb and lows[nxt] in self.d.appos and self.cap(nxt) and \
                self._opening_clause(ca, heading=True):
            return nxt
        if ca < cb and chunk_start == ca:
            return self._after_heading(ca, cb)
        return ca

    def _with_appositions(self, b: int, rest: list[Chunk]) -> int:
        """The subject's last token with the appositions that follow its head (ending at
        ``b``): ", Sari Wulandari,"; "Kandidat doktor …, dokter Sari Wulandari,": a title before the
        name is part of it."""
        for na, nb in rest:
            titled = self.cap(na) or self._title_before_name(na) is not None
            if not titled or self.lows[na] in self.d.dates or self._cut_adjunct(na, nb) != nb:
                break
            b = nb
        return b

    def _after_heading(self, a: int, b: int) -> int:
        """``Ancaman resesi Presiden X mengingatkan``, ``Kerja sama Budi Santoso menambahkan``,
        ``Antisipasi Budi mengatakan``: a subheading (a capitalised word and up to six lower-case
        ones, none of them a word for people, bodies or documents, a title, a preposition or a
        verb) glued to the sentence before the capitalised subject, when
        the article's line breaks are lost. Returns where the subject starts (``a`` when there
        is no such heading: "Ekonom senior Budi", "Kuasa hukum Budi" name a role)."""
        k = self.skip(a + 1)
        while k <= b and k - a <= 6 and self.lower_word(k):
            k = self.skip(k + 1)
        if k > b or not self.cap(k) or not self.cap(a) or not self.words[a].isalpha():
            return a
        # what follows the heading opens a person: the NER's name or a title ("Presiden …");
        # "Pedagang pasar Sukamaju, Darto" is a description ending in a place, no heading
        if not self._opens_person(k):
            return a
        # the heading's first word is a common word the article writes in lower case elsewhere
        # ("ancaman", "kerja"); "Budi dari PT Sukamaju" opens with a name
        if not re.search(r"(?<!\w)" + re.escape(self.lows[a]) + r"(?!\w)", self.text):
            return a
        if any(self._not_heading_word(t) for t in range(a, k)):
            return a
        return k

    def _opens_person(self, k: int) -> bool:
        """Does token k open a person: a name the NER found, a role noun or a title?"""
        low, d = self.lows[k], self.d
        return k in self.person_at or low in d.appos or low in d.titles or low in d.roles

    def _not_heading_word(self, t: int) -> bool:
        """A word a heading does not hold: a word for people, bodies or documents, a title, a
        particle, a function word, a joiner, a preposition or a verb."""
        if self.is_space(t):
            return False
        low, d = self.lows[t], self.d
        return low in d.speaker_nouns or low in d.appos or low in d.titles or low in d.particles \
            or low in d.stop or low in d.joiners or low in d.role_links \
            or low in d.place_preps or self.verb_like(t)

    def _after_dateline(self, a: int, b: int) -> int:
        """``BANDUNG, WARTA — Partai X membantah``: a dateline (capital letters up to a dash)
        opening the sentence is never part of the subject; the subject starts after the dash."""
        for t in range(a, min(b, a + 8) + 1):
            if self.words[t] in DASHES:
                words = [self.words[u] for u in range(a, t) if self.is_word(u)]
                if words and all(w.isupper() for w in words) and t < b:
                    return self.skip(t + 1)
                return a
        return a

    def _described_subject(self, first: int, end: int) -> tuple[int, int] | None:
        """``Seorang karyawan bank yang enggan disebut namanya mengatakan``, ``Tiga orang yang
        mengetahui masalah tersebut mengatakan``: a sentence-initial description of people
        with its relative clause, up to the verb (token ``end`` is the subject's last). The
        clause's own verbs would otherwise end the walk back from the reporting verb."""
        lows, d = self.lows, self.d
        a = self.skip(first)
        while a < end and (lows[a] in d.discourse or not self.is_word(a)):
            a += 1  # "Namun, seorang pejabat yang …"
        if a >= end or not (lows[a] in d.group_starts or self._can_speak(a, a) and not self.cap(a)):
            return None
        y = next((t for t in range(a + 1, min(end, a + 6) + 1) if lows[t] in d.relatives), None)
        if y is None or y - a > 4 or not self._can_speak(a, y - 1):
            return None
        # the relative clause runs to the verb: no comma, quotation or sentence end inside it
        # (bounded first: the scan costs at most MAX_SUBJECT_TOKENS per verb)
        if end - a > MAX_SUBJECT_TOKENS or any(
                self.words[t] in QUOTE_MARKS or self.words[t] in (",", ";") or lows[t] in CLAUSE_END
                for t in range(y, end + 1)):
            return None
        return a, end

    def _clause_start(self, end: int, first: int, comma: bool = False) -> int:
        """Walking back from token ``end``, the index of the token that closes the subject's
        clause on the left (a quote mark, a full stop, another predicate, a clause word), or
        ``first - 1``; ``comma``: the subject ends in a comma before the verb (an apposition
        may come last: "X, peneliti …, lembaga kajian perkotaan dan real estat …, kata")."""
        lows, words = self.lows, self.words
        k = end
        while k >= first:
            w, low = words[k], lows[k]
            if w in QUOTE_MARKS or low in CLAUSE_END or self.is_break(k) or low in self.d.pre_verbs:
                break
            if self.verb_like(k):
                break  # "dewan akan memanggil wali kota untuk menjelaskan": another predicate
            if low in self.d.openers and w.islower() and not self._joiner_inside(k, first, end, comma):
                break
            k -= 1
        return k

    def _joiner_inside(self, k: int, first: int, end: int, comma: bool) -> bool:
        """Is the clause word at token k a joiner inside the subject rather than the start of a
        clause: inside a name, between the nouns of an apposition, or before a second role?"""
        if self.lows[k] not in self.d.joiners:
            return False
        p, q = self.skip(k - 1, step=-1), self.skip(k + 1)
        # "Dirjen Bea dan Cukai": "dan" between two capitalised words is inside a name
        inside_name = p >= first and self.cap(p) and q <= end and self.cap(q)
        # "lembaga kajian perkotaan dan real estat …, mengatakan": "dan" between two
        # lower-case nouns of an apposition set off by commas
        in_appos = comma and p >= first and self.lower_word(p) and q <= end and self.lower_word(q)
        # "Budi Santoso dari Komunitas X serta mantan anggota Dewan Y, menjelaskan": a
        # second role of the same person, joined before the comma that closes them
        second_role = comma and p >= first and self.cap(p) and q <= end \
            and self.lower_word(q) and self.lows[q] in self.d.appos
        return bool(inside_name or in_appos or second_role)

    def _opening_clause(self, t: int, heading: bool = False) -> bool:
        """Does token t open an adverbial clause before the subject? A conjunction
        ("Apabila PSBB diperpanjang, …", "Ketika ditanya, …") or a verb form followed by a
        lower-case word ("Menanggapi hal itu, …", "Dikonfirmasi terpisah, …", "Berdasarkan
        data BPS, …"); not a title ("Direktur Utama X, …": a capital follows). ``heading``:
        only the verb form, whatever follows it."""
        low, d = self.lows[t], self.d
        if low in d.opening_conj and not heading:
            return True
        if not (len(low) > 5 and low.startswith(d.opening_prefixes) and low.isalpha()
                and low not in d.verb_nouns and low not in d.pronouns
                and low not in d.appos):  # "Direktur utama …" is a role, not a verb
            return False
        if heading:
            return True
        k = self.skip(t + 1)
        # "Diperlonggar Sementara itu, …": a connective also follows a verb form
        return k < self.n and (self.lower_word(k) or self.lows[k] in d.discourse)

    def _chunks(self, a: int, b: int) -> list[Chunk]:
        """Comma-separated token ranges of [a, b], without the commas and spaces."""
        out: list[Chunk] = []
        start = None
        for t in range(a, b + 1):
            if self.words[t] == ",":
                if start is not None:
                    out.append((start, self.skip(t - 1, step=-1)))
                start = None
            elif start is None and not self.is_space(t):
                start = t
        if start is not None:
            out.append((start, b))
        return out

    def _cut_adjunct(self, a: int, b: int) -> int | None:
        """End of [a, b] before an adjunct: ``X di Jakarta`` → X; None if nothing is left."""
        for t in range(a + 1, b + 1):
            if self.lows[t] in self.d.adjuncts and self.words[t].islower():
                e = self.skip(t - 1, step=-1)
                return e if e >= a else None
        return b if self.lows[a] not in self.d.adjuncts else None
