"""Source noun phrases after a cue: ``kata juru bicara X Budi Santoso.`` runs to the clause's
end, without the adjuncts after it ("di Jakarta", ", Senin") and without what follows a name.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..found import Offsets
from .data import CLAUSE_END, MAX_SOURCE_TOKENS, QUOTE_MARKS
from .view import TokenView


@dataclass
class _Walk:
    """Where the walk over a source phrase stands: its first token, whether it is a description
    (which keeps its "yang" clause), the last token kept so far, and whether it is inside an
    allowed "yang" clause."""

    a: int
    described: bool
    appos_only: bool
    last: int
    in_clause: bool = False


class SourcePhrases(TokenView):
    """The source noun phrase after a cue, and the sources it names."""

    def source_after(self, start: int, appos_only: bool = False) -> tuple[int, int] | None:
        """Token range [a, b] of the source noun phrase that starts at token ``start``
        (``appos_only``: after a comma, only a role noun continues it).

        ``kata juru bicara X Budi Santoso.`` runs to the full stop;
        ``kata tiga orang yang mengetahui masalah tersebut, ketika …`` stops at the comma
        before a clause word; ``kata X di Jakarta`` / ``kata X, Senin (12/4)`` stop at the
        adjunct; ``kata Budi yang juga …`` / ``kata Budi menambahkan`` stop where a
        lower-case word follows a name.
        """
        a = self.skip(start)
        if a >= self.n or not self.is_word(a):
            return None
        if self.lows[a] in self.d.pronouns:  # "kata dia", "menurut mereka": a pronoun is the phrase
            return a, a
        if self._never_a_source(a):
            return None
        # "kata tiga orang yang …", "kata seorang pejabat yang …": descriptions keep their
        # relative clause; names do not
        walk = _Walk(a, self.lows[a] in self.d.group_starts or not self.cap(a), appos_only, a)
        i: int | None = a + 1
        while i is not None and i < self.n and i - a < MAX_SOURCE_TOKENS:
            i = self._source_step(walk, i)
        last = walk.last
        while last > a and not self.is_word(last) and self.words[last] != ")":
            last -= 1
        return a, last

    def _never_a_source(self, a: int) -> bool:
        """"kata … di Jakarta" never starts a source (a lower-case stop word, a date word);
        "kata Hari" does."""
        low = self.lows[a]
        return (low in self.d.stop and self.words[a].islower()) or low in self.d.dates

    def _source_step(self, walk: _Walk, i: int) -> int | None:
        """One step of the walk over a source phrase at token i: the next token to look at,
        or None where the phrase ends."""
        w, low = self.words[i], self.lows[i]
        if w.isspace():
            return None if "\n" in w else i + 1
        ext = self._source_extension(walk, i)
        if ext is not None:
            walk.last = ext
            return ext + 1
        if low in self.d.phrase_determiners and not walk.in_clause and self._closes_phrase(i):
            # "kata mantan Bupati Sukamaju tersebut .": "tersebut" closing the phrase
            # points back to the person named before and belongs to the mention
            walk.last = i
            return None
        if low in CLAUSE_END or w in QUOTE_MARKS or (low in self.d.stop and w.islower()):
            return None
        if low == ",":
            return i + 1 if self._comma_continues(i, walk.in_clause, walk.appos_only) else None
        if low == "(":
            close = self._name_parenthesis(i)
            if close is None:
                return None  # "Budi ( 22 )", "Presiden ( Kompas , 11 / 11 )": not the name
            walk.last = close
            return close + 1
        if self.lower_word(i) and low not in self.d.particles and not walk.in_clause:
            return self._lower_word_step(walk, i)
        if self.is_word(i):
            walk.last = i
        return i + 1

    def _source_extension(self, walk: _Walk, i: int) -> int | None:
        """A stretch from token i that belongs to the phrase whole, as its last token: a name
        after a role and a linking word, a place after a role noun, a demonstrative closing a
        "yang" clause."""
        w, low, d = self.words[i], self.lows[i], self.d
        if low in d.role_links and w.islower() and not walk.in_clause:
            # "kata Kepala Seksi di Dinas Sukamaju Budi Santoso ."
            name = self._name_after_role(walk.a, i)
            if name is not None:
                return name
        if low in d.place_preps and w.islower() and self.lows[walk.a] in d.appos \
                and not self.cap(walk.a):
            # "kata dokter di Puskesmas Kecamatan Sukamaju ini"
            close = self._role_place(i)
            if close is not None:
                return close
        if walk.in_clause and low in d.demonstratives:
            # "dua pejabat yang mengetahui rencana itu": a demonstrative closes the
            # description's "yang" clause and belongs to it, as "tersebut" does
            return i
        return None

    def _lower_word_step(self, walk: _Walk, i: int) -> int | None:
        """A lower-case word inside a source phrase: it opens a description's "yang" clause,
        joins two parts ("dan"), is a title inside a name, or ends the phrase after a name or
        as a verb after a description. The next token to look at, or None."""
        low, d = self.lows[i], self.d
        prev = self.skip(i - 1, step=-1)
        if low in d.relatives and walk.described and not self.cap(prev):
            walk.in_clause = True  # "tiga orang yang mengetahui …"
        elif low in d.relatives and walk.described and self.lows[walk.a] in d.group_starts:
            walk.in_clause = True  # "seorang pejabat Kementerian Kesehatan yang …"
        elif low in d.joiners and i + 1 < self.n:
            if not self._joins_phrase(i):
                return None
        elif (title := self._title_before_name(i)) is not None:
            return title  # "Letnan Kolonel Laut dokter gigi M Santoso": a title inside the name
        elif self.cap(prev) and prev >= walk.a:
            return None  # "kata Budi lagi", "kata Budi ditemui": a name ends the phrase
        elif walk.described and self.verb_like(i):
            return None  # "kata penjual sayur menunjuk gerobaknya": a verb ends the description
        walk.last = i
        return i + 1

    def _joins_phrase(self, i: int) -> bool:
        """"Energi dan Sumber Daya Mineral" / "tiga orang dan sumber terpisah": a joiner at
        token i goes on to a capitalised word, a source head or a number."""
        nxt = self.skip(i + 1)
        return nxt < self.n and (self.cap(nxt) or self.lows[nxt] in self.d.heads
                                 or self.lows[nxt] in self.d.numbers)

    def _closes_phrase(self, i: int) -> bool:
        """Whether the clause ends right after token i (a full stop, a comma, a quote mark)."""
        k = self.skip(i + 1)
        return k >= self.n or self.words[k] in CLAUSE_END or self.words[k] in (",", *QUOTE_MARKS) \
            or "\n" in self.words[k]

    def _apposition_closes(self, j: int) -> bool:
        """``Menurut Budi, warga Desa Sukamaju, Y``: a role noun after the comma is an
        apposition only when a second comma closes it before any verb; in ``Menurut Budi,
        warga sudah lama resah`` the noun is the content's subject."""
        markers = self.d.verb_markers
        for k in range(j + 1, min(self.n, j + MAX_SOURCE_TOKENS)):
            w = self.words[k]
            if w == ",":
                return True
            if w in CLAUSE_END or w in QUOTE_MARKS or "\n" in w or self.lows[k] in markers \
                    or self.verb_like(k):
                return False
        return False

    def _comma_continues(self, i: int, in_clause: bool, appos_only: bool = False) -> bool:
        """Does the source phrase go on after the comma at token i? Only for an apposition
        ("kata Budi, Direktur RSUD", "kata M Santoso, pakar …") or a list inside a title
        ("Bidang Politik, Hukum, dan Keamanan")."""
        if in_clause:
            return False
        j = self.skip(i + 1)
        if appos_only:
            return self._appos_after_comma(j)
        if j >= self.n:
            return False
        low = self.lows[j]
        if low in self.d.dates or self.words[j][:1].isdigit() or low in self.d.stop:
            return False
        if low in self.d.appos:
            return True
        if low in self.d.joiners:
            k = self.skip(j + 1)
            return k < self.n and self.cap(k)
        if not self.cap(j):
            return False
        # "Budi , Terkait dengan …": a capitalised word before a lower-case one opens a clause
        k = self.skip(j + 1)
        return not (k < self.n and self.lower_word(k) and self.lows[k] not in self.d.particles)

    def _appos_after_comma(self, j: int) -> bool:
        """After "Menurut X," (token j follows the comma): "Menurut Budi, Bus Kota Sukamaju
        beroperasi …" has the content's subject after the comma; only "Menurut Budi, Kepala
        Unit …" (an apposition) or a list inside a title goes on."""
        if j < self.n and self.lows[j] in self.d.joiners:  # "…, Hukum, dan Keamanan"
            k = self.skip(j + 1)
            return k < self.n and self.cap(k)
        if j < self.n and self.lows[j] in self.d.appos:
            return self._apposition_closes(j)
        return j < self.n and self._title_list(j)

    def _title_list(self, j: int) -> bool:
        """Is the capitalised run at token j one item of a list inside a title, ending in
        ", dan" / "dan" ("Bidang Politik, Hukum, dan Keamanan")?"""
        k = j
        while k < self.n and k - j <= 6 and (self.is_space(k) or self.cap(k)):
            k += 1
        if k >= self.n or k == j:
            return False
        if self.words[k] == ",":
            k = self.skip(k + 1)
        return k < self.n and self.lows[k] in self.d.joiners and self.lower_word(k)

    def _title_before_name(self, i: int) -> int | None:
        """``dokter gigi M Santoso`` / ``dokter Sari Wulandari``: a lower-case title at token i,
        at most one lower-case word after it ("gigi"), then a capitalised name. Returns the
        index of the name's first token."""
        if self.lows[i] not in self.d.titles:
            return None
        k = self.skip(i + 1)
        if k < self.n and self.lower_word(k) and self.lows[k] not in self.d.stop:
            k = self.skip(k + 1)  # "dokter gigi", "dokter hewan"
        return k if k < self.n and self.cap(k) else None

    def _role_place(self, i: int) -> int | None:
        """``dokter di Puskesmas Kecamatan Sukamaju ini``: after a role noun, a place phrase
        of capitalised words (with particles and an acronym in brackets) closed by a
        demonstrative and the clause's end. Returns the place's last token (not "ini")."""
        k, last = self._place_words(i)
        if last is None or k >= self.n or self.lows[k] not in self.d.demonstratives:
            return None
        nxt = self.skip(k + 1)
        # "… ini ." / "… ini ," closes the phrase; "kata dokter di Jakarta, Senin" (no
        # demonstrative) is where it was said, not who said it
        return last if nxt >= self.n or self.lows[nxt] in CLAUSE_END or self.words[nxt] == "," \
            else None

    def _place_words(self, i: int) -> tuple[int, int | None]:
        """The capitalised words (with particles and an acronym in brackets) of a place after
        the preposition at token i: the token after them and the place's last token."""
        k, last = self.skip(i + 1), None
        while k < self.n and k - i <= MAX_SOURCE_TOKENS:
            w, low = self.words[k], self.lows[k]
            if self.cap(k) or (low in self.d.particles and w.islower()):
                last = k
            elif w == "(":
                close = self._name_parenthesis(k)
                if close is None:
                    return k, None
                k = last = close
            elif not w.isspace() or "\n" in w:
                break
            k += 1
        return k, last

    def _name_after_role(self, a: int, i: int) -> int | None:
        """``Kepala Seksi di Dinas Sukamaju Budi Santoso``, ``anggota komisi dari Fraksi Partai X
        Budi``, ``ekonom dan pengamat kebijakan Budi``: a role with no name yet (tokens a … i-1),
        a linking word at token i, then more of the title (capitalised words, a list with commas
        and "dan", lower-case nouns) up to a person the NER names. Returns the name's last token;
        None when the phrase already holds a name ("kata Menteri Budi di Jakarta"), or a verb, a
        clause or sentence end or a non-linking function word comes first ("kata Kepala Dinas
        kepada Budi")."""
        if self._role_has_name(a, i):
            return None
        k = self.skip(i + 1)
        listed = True  # a comma only inside a list of the title's fields, closed by "dan"
        while k < self.n and k - a < MAX_SOURCE_TOKENS:
            if k in self.person_at and k > i + 1:
                # "Peneliti Sukamaju dari UGM, Budi Santoso": a name after a comma that ends
                # no list is an apposition to the role, as both PFSA-ID collections mark it
                return self.person_at[k] if listed else None
            # ("Wakil Ketua bidang Agraria, Tata Ruang dan Kawasan Budi": a field's name
            # right after the link that the NER took for a person is read on as the title)
            w, low = self.words[k], self.lows[k]
            if w == ",":
                listed = False
            elif low in self.d.joiners and w.islower():
                listed = True
            elif self._place_word_after_link(i, k):
                return None
            if self._ends_title(k):
                return None
            k += 1
        return None

    def _role_has_name(self, a: int, i: int) -> bool:
        """Is there no NER to name the person, or does the role (tokens a … i-1) hold a name
        already?"""
        return not self.person_at or any(k in self.person_at for k in range(a, i)) \
            or any(a <= e < i for e in self.person_at.values())

    def _place_word_after_link(self, i: int, k: int) -> bool:
        """"kata Kepala Dinas di depan Budi": a lower-case word at token k after the link at
        token i is a place word, not a title's; "ekonom dan pengamat kebijakan Budi" keeps
        lower-case role nouns right after "dan"."""
        return self.lower_word(k) and self.lows[k] not in self.d.particles \
            and (self.lows[i] not in self.d.joiners or any(self.cap(j) for j in range(i + 1, k)))

    def _ends_title(self, k: int) -> bool:
        """Token k ends the title before a name: a line break, the clause's end, a quote mark,
        a verb, a function word, a number or other punctuation."""
        w, low = self.words[k], self.lows[k]
        if "\n" in w or w in CLAUSE_END or w in QUOTE_MARKS or self.verb_like(k) \
                or (w.islower() and low in self.d.stop) or (w[:1].isdigit()):
            return True
        return not (w.isspace() or w == "," or w[:1].isalpha() or w in "()&")

    def _name_parenthesis(self, i: int) -> int | None:
        """``( Pangkoarmada )``, ``( Kemendagri )``: an acronym in brackets continues a name;
        an age, a date or a citation does not. Returns the index of ``)``."""
        j = i + 1
        while j < self.n and j - i <= 6:
            w = self.words[j]
            if w == ")":
                return j if j > i + 1 else None
            if w.isspace():
                j += 1
                continue
            if not self.cap(j) or w[:1].isdigit() or w == ",":
                return None
            j += 1
        return None

    def mentions(self, a: int, b: int) -> list[Offsets]:
        """``tiga orang dan sumber terpisah`` → two sources; ``Energi dan Sumber Daya`` → one."""
        out: list[Offsets] = []
        first = a
        d = self.d
        for k in range(a + 1, b):
            if self.lows[k] in d.joiners:
                nxt = self.skip(k + 1)
                prev = self.skip(k - 1, step=-1)
                if nxt <= b and not self.cap(nxt) and prev >= first and \
                        (self.lows[nxt] in d.heads or self.lows[nxt] in d.numbers):
                    out.append(self.span(first, prev))
                    first = nxt
        out.append(self.span(first, b))
        return out

    def _can_speak(self, a: int, b: int) -> bool:
        """Can the phrase in tokens [a, b] be a speaker: a capitalised word (a name, an
        organisation), a pronoun, or a noun for people, bodies, documents or outlets
        ("pemerintah", "pakar", "laporan"); "motor listrik" cannot."""
        nouns = self.d.speaker_nouns
        return any(self.cap(t) or self.lows[t] in nouns or self._agent_noun(self.lows[t])
                   for t in range(a, b + 1))

    def _agent_noun(self, low: str) -> bool:
        """"pedagang", "petani", "pengamat": a noun for a doer (pe(N)- without -an, which
        makes a thing: "penggunaan")."""
        d = self.d
        return len(low) > 5 and low.startswith(d.agent_prefixes) \
            and not low.endswith(d.thing_suffixes) and low.isalpha()
