"""Attribution by token patterns, for languages without a trained parser (Indonesian).

Works on the tokenizer's tokens (as offset arrays: no Token objects are made) and the pack's
word lists only. Constructions, each handled by one method of :class:`_Rules`:

- ``“…,” kata X.`` / ``“…,” ujarnya.`` / ``“…,” kata X, “…”``  cue after a closing quote
  (``quote_then_cue``)
- ``X mengatakan, “…”`` / ``X mengatakan: “…”``  cue before an opening quote (``cue_then_quote``)
- ``Y, kata X.`` / ``Y, ujarnya.`` / ``Y1, kata X, Y2.``  cue after a comma, post-posed or
  interposed (``comma_cue``)
- ``Menurut X, Y`` / ``Y, menurut X.`` / ``Menurutnya, Y`` / ``Y menurut X Y``
  (``according_to``)
- ``X mengatakan (bahwa) Y`` / ``X membantah Y`` / ``X melaporkan bahwa Y``  pre-posed
  reporting verb; ``Data BPS menunjukkan Y`` a document verb after a document noun
  (``preposed_verb``)

Source noun phrases after a cue run to the clause's end (``source_after``); subjects before
a verb run back to the clause's start, without adverbials and adjuncts (``subject_before``).
Every step is a bounded look-around or a bisection, so a Doc is processed in linear time.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from .found import Found, Offsets
from .quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..ingest import Block
    from ..lang.base import LangPack

CLAUSE_END = {".", "!", "?", ";", "…"}
SENTENCE_END = {".", "!", "?", "…"}
QUOTE_MARKS = set("“”\"«»„‘’‚`")
GLUE = {",", ":"}
DASHES = {"—", "–"}
MAX_SOURCE_TOKENS = 30  # a source noun phrase longer than this is a misparse
MAX_SUBJECT_TOKENS = 24
MAX_SUBJECT_WALK = 80  # how far back a subject (with its adverbials) is looked for
MAX_ADJUNCT_TOKENS = 10  # "kepada wartawan di Jakarta, Senin, bahwa"
MIN_CONTENT_WORDS = 2


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block], text: str | None = None) -> list[Found]:
    """Every attribution the pack's token patterns find in the Doc (``text``: ``doc.text`` when
    the caller has it already; ``Doc.text`` joins every token, so it is worth passing)."""
    return _Rules(doc, pack, sentences, quotes, doc.text if text is None else text).run()


def _lowered(text: str, words: list[str], starts: list[int], ends: list[int]) -> list[str]:
    """Each word in lower case: slices of the lowered text, when lowering keeps every offset
    and depends on no context (only a Greek capital sigma's does: "Σ" → "σ" or final "ς")."""
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:  # "İ" → "i̇" shifts the offsets after it
        return [w.lower() for w in words]
    return [low[s:e] for s, e in zip(starts, ends)]


class _Rules:
    """One Doc's tokens as parallel lists, with the pack's words, and the rules over them."""

    def __init__(self, doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
                 text: str):
        from spacy.attrs import IDX, LENGTH

        self.text, self.pack = text, pack
        if len(doc):
            # two flat lists from the columns: a list of pairs costs ten times as much
            idx, length = doc.to_array([IDX, LENGTH]).T.astype("int64")
            self.starts: list[int] = idx.tolist()
            self.ends: list[int] = (idx + length).tolist()
        else:
            self.starts, self.ends = [], []
        self.words = [text[s:e] for s, e in zip(self.starts, self.ends)]
        self.lows = _lowered(text, self.words, self.starts, self.ends)
        self.n = len(self.words)
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self._q_starts = [q.start for q in self.quotes]
        self.post_cues: frozenset[str] = pack.discourse.postposed_cues
        self.quote_cues: frozenset[str] = pack.tokens.quote_cues
        self.embedded: frozenset[str] = pack.embedded_source_cues
        self.quote_embedded: frozenset[str] = pack.tokens.quote_embedded_cues
        # "Ia melanjutkan, Y", "Tono merasa pemerintah lamban": verbs that report only before a
        # comma, "bahwa" or a clause's subject (not "melanjutkan pembangunan", "merasa senang")
        self.clause_verbs: frozenset[str] = pack.tokens.clause_speech_verbs
        self.pre_verbs = pack.speech_verbs | self.clause_verbs
        self.according: frozenset[str] = pack.discourse.according_to
        self.not_according: frozenset[str] = pack.tokens.not_according
        self.denial = pack.denial_cues
        self.denial_stems: frozenset[str] = pack.tokens.denial_stems
        self.purpose: frozenset[str] = pack.tokens.purpose_words
        self.stop: frozenset[str] = pack.source_stop_words
        self.pronouns = pack.pronouns
        self.numbers = frozenset(pack.number_words)
        self.heads: frozenset[str] = pack.tokens.source_heads
        self.particles: frozenset[str] = pack.discourse.name_particles
        self.appos: frozenset[str] = pack.tokens.apposition_nouns
        self.dates: frozenset[str] = pack.discourse.date_words
        self.discourse: frozenset[str] = pack.discourse.discourse_words
        self.leaders: frozenset[str] = pack.tokens.cue_leaders
        self.openers: frozenset[str] = pack.discourse.clause_openers
        self.adverbs: frozenset[str] = pack.discourse.preverbal_adverbs
        self.adverbials: frozenset[str] = pack.tokens.adverbial_openers
        self.adjuncts: frozenset[str] = pack.discourse.subject_adjuncts
        self.complementizers: frozenset[str] = pack.tokens.complementizers
        self.joiners: tuple[str, ...] = tuple(pack.discourse.source_joiners)
        self.verb_prefixes: tuple[str, ...] = tuple(pack.tokens.active_verb_prefixes)
        self.verb_nouns: frozenset[str] = pack.tokens.verb_like_nouns
        self.doc_verbs: frozenset[str] = pack.tokens.document_verbs
        self.opening_conj: frozenset[str] = pack.tokens.opening_conjunctions
        self.opening_prefixes: tuple[str, ...] = tuple(pack.tokens.opening_verb_prefixes)
        self.titles: frozenset[str] = pack.tokens.name_titles
        self.place_preps: frozenset[str] = pack.tokens.role_place_prepositions
        self.role_links: frozenset[str] = pack.tokens.role_name_links
        # the statistical NER's persons (Indonesian), as token index → the name's last token
        self.person_at: dict[int, int] = {e.start: e.end - 1 for e in doc.ents if e.label_ == "PER"} \
            if self.role_links else {}
        self.demonstratives: frozenset[str] = pack.discourse.demonstratives
        self.phrase_determiners: frozenset[str] = pack.tokens.phrase_final_determiners
        self.group_starts = self.heads | self.numbers
        self.comma_cues = self.post_cues | self.embedded
        self.passive_denials: frozenset[str] = pack.tokens.passive_denial_cues
        self.agent_markers: frozenset[str] = pack.tokens.agent_markers
        self.candidates = self.comma_cues | self.according | self.pre_verbs | self.doc_verbs \
            | self.passive_denials | pack.discourse.citation_cues | pack.tokens.passive_speech_cues
        self.passive_speech: frozenset[str] = pack.tokens.passive_speech_cues
        self.passive_views: frozenset[str] = pack.tokens.passive_opinion_cues
        self.candidates = self.candidates | self.passive_views
        self.anaphors: frozenset[str] = pack.tokens.anaphoric_nouns
        self._stops: list[int] | None = None  # sentence-ending full stops, found when needed
        self._speaker_nouns: frozenset[str] | None = None  # see :meth:`_can_speak`
        self._contents: list[tuple[int, int, int]] = []  # (start, end, index in _found), sorted
        self._found: list[Found] = []
        self.agent_prefixes: tuple[str, ...] = tuple(pack.tokens.agent_prefixes)
        self.citations: frozenset[str] = pack.discourse.citation_cues
        self.based_on: frozenset[str] = pack.tokens.based_on
        self.records: frozenset[str] = pack.tokens.record_nouns
        self.citation_leaders: frozenset[str] = pack.tokens.citation_leaders
        self.origin_markers: frozenset[str] = pack.tokens.origin_markers

    # --- the pass -----------------------------------------------------------------------------
    def run(self) -> list[Found]:
        found: list[Found] = []
        used: set[int] = set()  # cue token indices already taken
        taken: set[int] = set()  # quotes (by start) already taken as content
        for q in self.quotes:
            if q.start in taken:
                continue
            after = self.quote_then_cue(q, taken)
            # "X mengatakan “…,” katanya": both cues, one content (the claim gets both)
            before = self.cue_then_quote(q) if after is None or after.embedded else None
            for f in (after, before):
                if f is not None and f.cue is not None:
                    used.add(self.token_at(f.cue[0]))
                    taken.add(q.start)
                    found.append(f)
                    self._note(f)
        lows, cands = self.lows, self.candidates
        for i in range(self.n):
            if lows[i] not in cands or i in used or self.in_quote(self.starts[i]):
                continue
            f = (self.comma_cue(i) or self.according_to(i) or self.initial_cue(i)
                 or self.preposed_verb(i) or self.passive_denial(i) or self.anaphoric_passive(i)
                 or self.passive_opinion(i))
            if f is not None:
                used.add(i)
                found.append(f)
                self._note(f)
        return found

    def _note(self, f: Found) -> None:
        """Remember where a found relation's content lies (see :meth:`_content_over`)."""
        for a, b in f.content:
            insort(self._contents, (a, b, len(self._found)))
        self._found.append(f)

    def _content_over(self, s: int, e: int) -> Found | None:
        """A relation found so far whose content overlaps [s, e): a bisection and a few steps
        back, not a scan of everything found (contents span a few sentences at most)."""
        k = bisect_left(self._contents, (e,))
        for a, b, i in reversed(self._contents[max(0, k - 8):k]):
            if a < e and s < b:
                return self._found[i]
        return None

    # --- helpers ------------------------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token that starts at or before ``char``."""
        return bisect_right(self.starts, char) - 1

    def sentence_of(self, char: int) -> Offsets:
        k = bisect_right(self._sent_starts, char) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def in_quote(self, char: int) -> bool:
        k = bisect_right(self._q_starts, char) - 1
        return k >= 0 and self.quotes[k].start < char < self.quotes[k].end

    def quote_starting_at(self, char: int) -> Quote | None:
        k = bisect_left(self._q_starts, char)
        return self.quotes[k] if k < len(self.quotes) and self.quotes[k].start == char else None

    def is_space(self, i: int) -> bool:
        return self.words[i].isspace()

    def is_break(self, i: int) -> bool:
        return "\n" in self.words[i]

    def skip(self, i: int, glue: set[str] | frozenset[str] = frozenset(), step: int = 1) -> int:
        """The first index from i (walking by ``step``) that is neither a space nor glue."""
        words, lows = self.words, self.lows
        while 0 <= i < self.n and (words[i].isspace() and "\n" not in words[i] or lows[i] in glue):
            i += step
        return i

    def cap(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def lower_word(self, i: int) -> bool:
        """A lower-case word (not punctuation, not a number)."""
        w = self.words[i]
        return w[:1].isalpha() and w.islower()

    def verb_like(self, i: int) -> bool:
        """A lower-case active verb ("memanggil", "berusaha"), not a noun ("menteri")."""
        low = self.lows[i]
        return (len(low) > 5 and low.startswith(self.verb_prefixes) and self.lower_word(i)
                and low not in self.verb_nouns and low not in self.pronouns)

    def has_words(self, start: int, end: int, k: int) -> bool:
        """Are there at least k word tokens starting in [start, end)? Stops at the k-th, so a
        check costs O(k), not the sentence's length."""
        t = bisect_left(self.starts, start)
        while k > 0 and t < self.n and self.starts[t] < end:
            k -= self.words[t][:1].isalnum()
            t += 1
        return k <= 0

    def _sentence_end(self, k: int, e: int) -> int:
        """End of a content that starts at token k, within a sentence that ends at ``e``: at a
        full stop outside quotes when the next thing is a quote mark or the end
        ("X membantah kabar tersebut. “Belum ada …”": the segmenter left the next sentence's
        opening quote mark in this one)."""
        if self._stops is None:
            self._stops = self._find_stops()
        j = bisect_left(self._stops, self.starts[k])
        return self._stops[j] if j < len(self._stops) and self._stops[j] < e else e

    def _find_stops(self) -> list[int]:
        """Offsets of the full stops that end a sentence's own words, in one pass."""
        out = []
        for t in range(self.n):
            if self.lows[t] in SENTENCE_END and not self.in_quote(self.starts[t]):
                nxt = self.skip(t + 1)
                _, e = self.sentence_of(self.starts[t])
                if nxt >= self.n or self.starts[nxt] >= e or self.words[nxt] in QUOTE_MARKS:
                    out.append(self.starts[t])
        return out

    def span(self, a: int, b: int) -> Offsets:
        """Character span of tokens a..b inclusive."""
        return self.starts[a], self.ends[b]

    def trim_end(self, start: int, end: int) -> int:
        """End offset without trailing spaces and sentence punctuation."""
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;,:…"):
            end -= 1
        return end

    def stance(self, cue: int) -> str:
        # "X membantah …" / "“…,” bantah X": the cue decides the stance
        low = self.lows[cue]
        return "denies" if low in self.denial or low in self.denial_stems else "asserts"

    # --- source noun phrases ------------------------------------------------------------------
    def source_after(self, start: int, appos_only: bool = False) -> tuple[int, int] | None:
        """Token range [a, b] of the source noun phrase that starts at token ``start``
        (``appos_only``: after a comma, only a role noun continues it).

        ``kata juru bicara ByteDance Michael Hughes.`` runs to the full stop;
        ``kata tiga orang yang mengetahui masalah tersebut, ketika …`` stops at the comma
        before a clause word; ``kata X di Jakarta`` / ``kata X, Senin (12/4)`` stop at the
        adjunct; ``kata Natsir yang juga …`` / ``kata Bahtiar menambahkan`` stop where a
        lower-case word follows a name.
        """
        a = self.skip(start)
        if a >= self.n or not self.words[a][:1].isalnum():
            return None
        words, lows = self.words, self.lows
        if lows[a] in self.pronouns:  # "kata dia", "menurut mereka": a pronoun is the phrase
            return a, a
        if (lows[a] in self.stop and words[a].islower()) or lows[a] in self.dates:
            return None  # "kata … di Jakarta" never starts a source; "kata Hari" does
        # "kata tiga orang yang …", "kata seorang pejabat yang …": descriptions keep their
        # relative clause; names do not
        described = lows[a] in self.group_starts or not self.cap(a)
        in_clause = False  # inside an allowed "yang" clause
        last = a
        i = a + 1
        while i < self.n and i - a < MAX_SOURCE_TOKENS:
            w, low = words[i], lows[i]
            if w.isspace():
                if "\n" in w:
                    break
                i += 1
                continue
            if low in self.role_links and w.islower() and not in_clause:
                name = self._name_after_role(a, i)
                if name is not None:  # "kata Kepala Seksi di Dinas Sukamaju Budi Santoso ."
                    last, i = name, name + 1
                    continue
            if low in self.place_preps and w.islower() and lows[a] in self.appos \
                    and not self.cap(a):
                close = self._role_place(i)
                if close is not None:  # "kata dokter di Puskesmas Kecamatan Sukamaju ini"
                    last, i = close, close + 1
                    continue
            if low in self.phrase_determiners and not in_clause and self._closes_phrase(i):
                # "kata mantan Bupati Sukamaju tersebut .": "tersebut" closing the phrase
                # points back to the person named before and belongs to the mention
                last = i
                break
            if in_clause and low in self.demonstratives:
                # "dua pejabat yang mengetahui rencana itu": a demonstrative closes the
                # description's "yang" clause and belongs to it, as "tersebut" does
                last, i = i, i + 1
                continue
            if low in CLAUSE_END or w in QUOTE_MARKS or (low in self.stop and w.islower()):
                break
            if low == ",":
                if not self._comma_continues(i, in_clause, appos_only):
                    break
                i += 1
                continue
            if low == "(":
                close = self._name_parenthesis(i)
                if close is None:
                    break  # "Latif ( 22 )", "Presiden ( Kompas , 11 / 11 )": not the name
                last, i = close, close + 1
                continue
            prev = self.skip(i - 1, step=-1)
            if self.lower_word(i) and low not in self.particles and not in_clause:
                if low == "yang" and described and not self.cap(prev):
                    in_clause = True  # "tiga orang yang mengetahui …"
                elif low == "yang" and described and lows[a] in self.group_starts:
                    in_clause = True  # "seorang pejabat Kementerian Kesehatan yang …"
                elif low in self.joiners and i + 1 < self.n:
                    nxt = self.skip(i + 1)
                    # "Energi dan Sumber Daya Mineral" / "tiga orang dan sumber terpisah"
                    if not (nxt < self.n and (self.cap(nxt) or lows[nxt] in self.heads
                                              or lows[nxt] in self.numbers)):
                        break
                elif self._title_before_name(i) is not None:
                    # "Letnan Kolonel Laut dokter gigi M Arifin": a title inside the name
                    i = self._title_before_name(i)
                    continue
                elif self.cap(prev) and prev >= a:
                    break  # "kata Teguh lagi", "kata Airin ditemui": a name ends the phrase
                elif described and self.verb_like(i):
                    break  # "kata penjual sayur menunjuk gerobaknya": a verb ends the description
            if w[:1].isalnum():
                last = i
            i += 1
        while last > a and not words[last][:1].isalnum() and words[last] != ")":
            last -= 1
        return a, last

    def _closes_phrase(self, i: int) -> bool:
        """Whether the clause ends right after token i (a full stop, a comma, a quote mark)."""
        k = self.skip(i + 1)
        return k >= self.n or self.words[k] in CLAUSE_END or self.words[k] in (",", *QUOTE_MARKS) \
            or "\n" in self.words[k]

    def _apposition_closes(self, j: int) -> bool:
        """``Menurut Budi, warga Desa Sukamaju, Y``: a role noun after the comma is an
        apposition only when a second comma closes it before any verb; in ``Menurut Budi,
        warga sudah lama resah`` the noun is the content's subject."""
        markers = self.pack.verb_markers
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
        ("kata Joni, Direktur RSUD", "kata M Baiquni, pakar …") or a list inside a title
        ("Bidang Politik, Hukum, dan Keamanan")."""
        if in_clause:
            return False
        if appos_only:
            # "Menurut Darsono, Green Line Express beroperasi …": the content's subject
            # follows the comma; only "Menurut Yohanes, Kepala Unit …" or a list goes on
            j = self.skip(i + 1)
            if j < self.n and self.lows[j] in self.joiners:  # "…, Hukum, dan Keamanan"
                k = self.skip(j + 1)
                return k < self.n and self.cap(k)
            if j < self.n and self.lows[j] in self.appos:
                return self._apposition_closes(j)
            return j < self.n and self._title_list(j)
        j = self.skip(i + 1)
        if j >= self.n:
            return False
        low = self.lows[j]
        if low in self.dates or self.words[j][:1].isdigit() or low in self.stop:
            return False
        if low in self.appos:
            return True
        if low in self.joiners:
            k = self.skip(j + 1)
            return k < self.n and self.cap(k)
        if not self.cap(j):
            return False
        # "Mahfud , Terkait dengan …": a capitalised word before a lower-case one opens a clause
        k = self.skip(j + 1)
        return not (k < self.n and self.lower_word(k) and self.lows[k] not in self.particles)

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
        return k < self.n and self.lows[k] in self.joiners and self.lower_word(k)

    def _title_before_name(self, i: int) -> int | None:
        """``dokter gigi M Arifin`` / ``dokter Rizal Fadli``: a lower-case title at token i,
        at most one lower-case word after it ("gigi"), then a capitalised name. Returns the
        index of the name's first token."""
        if self.lows[i] not in self.titles:
            return None
        k = self.skip(i + 1)
        if k < self.n and self.lower_word(k) and self.lows[k] not in self.stop:
            k = self.skip(k + 1)  # "dokter gigi", "dokter hewan"
        return k if k < self.n and self.cap(k) else None

    def _role_place(self, i: int) -> int | None:
        """``dokter di Puskesmas Kecamatan Sukamaju ini``: after a role noun, a place phrase
        of capitalised words (with particles and an acronym in brackets) closed by a
        demonstrative and the clause's end. Returns the place's last token (not "ini")."""
        k, last = self.skip(i + 1), None
        while k < self.n and k - i <= MAX_SOURCE_TOKENS:
            w, low = self.words[k], self.lows[k]
            if self.cap(k) or (low in self.particles and w.islower()):
                last = k
            elif w == "(":
                close = self._name_parenthesis(k)
                if close is None:
                    return None
                k = last = close
            elif not w.isspace() or "\n" in w:
                break
            k += 1
        if last is None or k >= self.n or self.lows[k] not in self.demonstratives:
            return None
        nxt = self.skip(k + 1)
        # "… ini ." / "… ini ," closes the phrase; "kata dokter di Jakarta, Senin" (no
        # demonstrative) is where it was said, not who said it
        return last if nxt >= self.n or self.lows[nxt] in CLAUSE_END or self.words[nxt] == "," \
            else None

    def _name_after_role(self, a: int, i: int) -> int | None:
        """``Kepala Seksi di Dinas Sukamaju Budi Santoso``, ``anggota komisi dari Fraksi Partai X
        Budi``, ``ekonom dan pengamat kebijakan Budi``: a role with no name yet (tokens a … i-1),
        a linking word at token i, then more of the title (capitalised words, a list with commas
        and "dan", lower-case nouns) up to a person the NER names. Returns the name's last token;
        None when the phrase already holds a name ("kata Menteri Budi di Jakarta"), or a verb, a
        clause or sentence end or a non-linking function word comes first ("kata Kepala Dinas
        kepada Budi")."""
        if not self.person_at or any(k in self.person_at for k in range(a, i)) \
                or any(a <= e < i for e in self.person_at.values()):
            return None
        k = self.skip(i + 1)
        listed = True  # a comma only inside a list of the title's fields, closed by "dan"
        while k < self.n and k - a < MAX_SOURCE_TOKENS:
            if k in self.person_at:
                # "Peneliti Sukamaju dari UGM, Budi Santoso": a name after a comma that ends
                # no list is an apposition to the role, as both PFSA-ID collections mark it
                return self.person_at[k] if k > i + 1 and listed else None
            w, low = self.words[k], self.lows[k]
            if w == ",":
                listed = False
            elif low in self.joiners and w.islower():
                listed = True
            elif self.lower_word(k) and low not in self.particles \
                    and (self.lows[i] not in self.joiners or any(self.cap(j) for j in range(i + 1, k))):
                # "ekonom dan pengamat kebijakan Budi": lower-case role nouns right after "dan";
                # "kata Kepala Dinas di depan Budi": a place word, not a title's
                return None
            if "\n" in w or w in CLAUSE_END or w in QUOTE_MARKS or self.verb_like(k) \
                    or (w.islower() and low in self.stop) or (w[:1].isdigit()):
                return None
            if not (w.isspace() or w == "," or w[:1].isalpha() or w in "()&"):
                return None
            k += 1
        return None

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
        for k in range(a + 1, b):
            if self.lows[k] in self.joiners:
                nxt = self.skip(k + 1)
                prev = self.skip(k - 1, step=-1)
                if nxt <= b and not self.cap(nxt) and prev >= first and \
                        (self.lows[nxt] in self.heads or self.lows[nxt] in self.numbers):
                    out.append(self.span(first, prev))
                    first = nxt
        out.append(self.span(first, b))
        return out

    def subject_before(self, verb: int) -> tuple[int, int] | None:
        """Token range of the subject before a reporting verb, back to the clause's start.

        ``Orang keempat juga mengatakan`` skips the adverb; ``Sekretaris Perusahaan X Tbk,
        Rina Marlina, dalam laporannya …, Selasa, mengatakan`` keeps the name and its
        apposition and drops the adjuncts; ``Pada Senin, X mengatakan`` drops the adverbial.
        """
        lows, words = self.lows, self.words
        s, _ = self.sentence_of(self.starts[verb])
        first = bisect_left(self.starts, s)
        j = self.skip(verb - 1, GLUE, step=-1)
        while j >= first and lows[j] in self.adverbs:
            j = self.skip(j - 1, GLUE, step=-1)
        rel = self._described_subject(first, j)
        if rel is not None:
            return rel
        if j >= first and words[j] in DASHES:
            # "Dedy, Kepala Peleton B …, Jakarta Selatan — tim pemadam yang tiba pertama —
            # menuturkan": the aside between dashes is not the subject
            d = j - 1
            while d >= max(first, j - MAX_SUBJECT_WALK) and words[d] not in DASHES:
                d -= 1
            if d >= first and words[d] in DASHES:
                j = self.skip(d - 1, GLUE, step=-1)
        end = j
        first = max(first, j - MAX_SUBJECT_WALK)  # bounded: linear over the Doc
        # "X, …, mengatakan" / "X, … — menuturkan": a comma (or dash) before the verb
        comma = words[self.skip(end + 1)] == "," or words[self.skip(end + 1)] in DASHES
        k = self._clause_start(end, first, comma)
        if k >= first and (lows[k] == "yang" or lows[k] in self.opening_conj) \
                and words[k].islower() and comma:
            p = self.skip(k - 1, step=-1)
            if p > first and words[p] == ",":
                # "X, saat dihubungi Kompas, mengatakan" / "X, yang akrab disapa Mili,
                # mengatakan": the clause between commas interrupts; the subject is before it
                end = self.skip(p - 1, step=-1)
                k = self._clause_start(end, first, comma)
        a = self._after_dateline(k + 1, end)
        if a > end:
            return None
        chunks = self._chunks(a, end)
        # "Pada Senin, X …" / "Sementara itu, X …": leading adverbials are not the subject
        adverbial = False
        while chunks and (lows[chunks[0][0]] in self.adverbials or all(
                lows[t] in self.discourse or lows[t] in self.dates or not words[t][:1].isalnum()
                for t in range(chunks[0][0], chunks[0][1] + 1))
                # "Menanggapi hal itu, X" / "Apabila PSBB diperpanjang, X": an opening clause
                or len(chunks) > 1 and self._opening_clause(chunks[0][0])):
            adverbial = adverbial or lows[chunks[0][0]] in self.adverbials \
                or self._opening_clause(chunks[0][0])
            chunks.pop(0)
        if not chunks:
            return None
        if adverbial and len(chunks) > 1 and chunks[-1][1] == end and (
                self.cap(chunks[-1][0]) or lows[chunks[-1][0]] in self.pronouns):
            # "Dalam jumpa pers bersama X, Y di Gedung Z, Rabu malam, Menkeu menjelaskan": after
            # an opening adverbial, the subject is the phrase right before the verb
            chunks = chunks[-1:]
        ca, cb = chunks[0]
        # "Sedangkan Dirjen … menyatakan": a sentence-initial connective is not the subject
        while ca < cb and (lows[ca] in self.discourse | self.openers or self.is_space(ca)):
            ca += 1
        nxt = self.skip(ca + 1)
        if ca < cb and nxt <= cb and lows[nxt] in self.appos and self.cap(nxt) and \
                self._opening_clause(ca, heading=True):
            # "Mendukung Ketua Kadin Surabaya X mengatakan": a section heading ("Mendukung")
            # glued to the sentence before a capitalised role
            ca = nxt
        elif ca < cb and chunks[0][0] == ca:
            ca = self._after_heading(ca, cb)
        cb = self._cut_adjunct(ca, cb)
        if cb is None:
            return None
        b = cb
        for na, nb in chunks[1:]:  # ", Rina Marlina," — an apposition after the head phrase
            # "Kandidat doktor …, dokter Rizal Fadli,": a title before the name is part of it
            titled = self.cap(na) or self._title_before_name(na) is not None
            if not titled or lows[na] in self.dates or self._cut_adjunct(na, nb) != nb:
                break
            b = nb
        if b - ca > MAX_SUBJECT_TOKENS:
            return None
        if not any(words[t][:1].isalnum() for t in range(ca, b + 1)):
            return None
        return ca, b

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
        if k not in self.person_at and self.lows[k] not in self.appos and self.lows[k] not in self.titles \
                and self.lows[k] not in self.pack.roles:
            return a
        # the heading's first word is a common word the article writes in lower case elsewhere
        # ("ancaman", "kerja"); "Budi dari PT Sukamaju" opens with a name
        if not re.search(r"(?<!\w)" + re.escape(self.lows[a]) + r"(?!\w)", self.text):
            return a
        self._can_speak(a, a)  # fills the speaker nouns
        nouns = self._speaker_nouns or frozenset()
        for t in range(a, k):
            low = self.lows[t]
            if self.is_space(t):
                continue
            if low in nouns or low in self.appos or low in self.titles or low in self.particles \
                    or low in self.stop or low in self.joiners or low in self.role_links \
                    or low in self.place_preps or self.verb_like(t):
                return a
        return k

    def _after_dateline(self, a: int, b: int) -> int:
        """``BANDUNG, WARTA — Partai X membantah``: a dateline (capital letters up to a dash)
        opening the sentence is never part of the subject; the subject starts after the dash."""
        for t in range(a, min(b, a + 8) + 1):
            if self.words[t] in DASHES:
                words = [self.words[u] for u in range(a, t) if self.words[u][:1].isalnum()]
                if words and all(w.isupper() for w in words) and t < b:
                    return self.skip(t + 1)
                return a
        return a

    def _described_subject(self, first: int, end: int) -> tuple[int, int] | None:
        """``Seorang karyawan bank yang enggan disebut namanya mengatakan``, ``Tiga orang yang
        mengetahui masalah tersebut mengatakan``: a sentence-initial description of people
        with its relative clause, up to the verb (token ``end`` is the subject's last). The
        clause's own verbs would otherwise end the walk back from the reporting verb."""
        lows = self.lows
        a = self.skip(first)
        while a < end and (lows[a] in self.discourse or not self.words[a][:1].isalnum()):
            a += 1  # "Namun, seorang pejabat yang …"
        if a >= end or not (lows[a] in self.group_starts or self._can_speak(a, a) and not self.cap(a)):
            return None
        y = next((t for t in range(a + 1, min(end, a + 6) + 1) if lows[t] == "yang"), None)
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
            if w in QUOTE_MARKS or low in CLAUSE_END or self.is_break(k) or low in self.pre_verbs:
                break
            if self.verb_like(k):
                break  # "dewan akan memanggil wali kota untuk menjelaskan": another predicate
            if low in self.openers and w.islower():
                # "Dirjen Bea dan Cukai": "dan" between two capitalised words is inside a name
                p, q = self.skip(k - 1, step=-1), self.skip(k + 1)
                inside_name = p >= first and self.cap(p) and q <= end and self.cap(q)
                # "lembaga kajian perkotaan dan real estat …, mengatakan": "dan" between two
                # lower-case nouns of an apposition set off by commas
                in_appos = comma and p >= first and self.lower_word(p) and q <= end \
                    and self.lower_word(q)
                # "Budi Santoso dari Komunitas X serta mantan anggota Dewan Y, menjelaskan": a
                # second role of the same person, joined before the comma that closes them
                second_role = comma and p >= first and self.cap(p) and q <= end \
                    and self.lower_word(q) and self.lows[q] in self.appos
                if not (low in self.joiners and (inside_name or in_appos or second_role)):
                    break
            k -= 1
        return k

    def _opening_clause(self, t: int, heading: bool = False) -> bool:
        """Does token t open an adverbial clause before the subject? A conjunction
        ("Apabila PSBB diperpanjang, …", "Ketika ditanya, …") or a verb form followed by a
        lower-case word ("Menanggapi hal itu, …", "Dikonfirmasi terpisah, …", "Berdasarkan
        data BPS, …"); not a title ("Direktur Utama X, …": a capital follows). ``heading``:
        only the verb form, whatever follows it."""
        low = self.lows[t]
        if low in self.opening_conj and not heading:
            return True
        if not (len(low) > 5 and low.startswith(self.opening_prefixes) and low.isalpha()
                and low not in self.verb_nouns and low not in self.pronouns
                and low not in self.appos):  # "Direktur utama …" is a role, not a verb
            return False
        if heading:
            return True
        k = self.skip(t + 1)
        # "Diperlonggar Sementara itu, …": a connective also follows a verb form
        return k < self.n and (self.lower_word(k) or self.lows[k] in self.discourse)

    def _chunks(self, a: int, b: int) -> list[tuple[int, int]]:
        """Comma-separated token ranges of [a, b], without the commas and spaces."""
        out: list[tuple[int, int]] = []
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
            if self.lows[t] in self.adjuncts and self.words[t].islower():
                e = self.skip(t - 1, step=-1)
                return e if e >= a else None
        return b if self.lows[a] not in self.adjuncts else None

    # --- constructions ------------------------------------------------------------------------
    def quote_then_cue(self, q: Quote, taken: set[int]) -> Found | None:
        """``“…,” kata X.`` / ``“…,” ujarnya.`` / ``” … , ” pungkasnya .`` /
        ``“…,” kata X, “…”`` (an interrupted quote: one content in two pieces)."""
        if not q.speech and self.sentence_of(q.start)[0] != q.start:
            return None  # "buku “Bumi Manusia”, kata X": a title inside the content, not speech
        j = self.skip(bisect_left(self.starts, q.end), {","})
        if j >= self.n or self.starts[j] - q.end > 3:
            return None
        if self.lows[j] in self.leaders:  # "“…” begitu kata X"
            j = self.skip(j + 1)
            if j >= self.n:
                return None
        low = self.lows[j]
        cue = (self.starts[j], self.ends[j])
        content = [(q.start, q.end)]
        if low in self.embedded or low in self.quote_embedded:
            return Found(content, cue, [cue], direct=True, indirect=False, embedded=True,
                         stance=self.stance(j), rule="quote_embedded_cue")
        if not (low in self.post_cues or low in self.quote_cues or low in self.according):
            return None
        src = self.source_after(j + 1)
        if src is None:
            return None
        a, b = src
        nxt = self.skip(b + 1, {","})
        second = self.quote_starting_at(self.starts[nxt]) if nxt < self.n and nxt > b + 1 else None
        if second is not None and second.start not in taken:
            content.append((second.start, second.end))  # "“…,” kata X, “…”"
            taken.add(second.start)
        return Found(content, cue, self.mentions(a, b), direct=True, indirect=False,
                     stance=self.stance(j), rule="quote_then_cue")

    def cue_then_quote(self, q: Quote) -> Found | None:
        """``X mengatakan, “…”`` / ``X mengatakan: “…”`` / ``X mengatakan bahwa “…”``."""
        if not q.speech:
            return None  # "X menyebut laporan itu “hoaks”": a scare quote is not the content
        i = self.skip(bisect_left(self.starts, q.start) - 1, GLUE | self.complementizers, step=-1)
        if i < 0 or self.lows[i] not in self.pre_verbs:
            return None
        subj = self.subject_before(i)
        if subj is None:
            return None
        return Found([(q.start, q.end)], (self.starts[i], self.ends[i]), self.mentions(*subj),
                     direct=True, indirect=False, stance=self.stance(i), rule="cue_then_quote")

    def comma_cue(self, i: int) -> Found | None:
        """``Y, kata X.`` / ``Y, ujarnya.`` (post-posed) and ``Y1, kata X, Y2.`` /
        ``Namun, katanya, Y.`` (interposed); ``Y, demikian kata X.``. The comma is required:
        ``tidak jelas siapa …`` is not a cue."""
        low = self.lows[i]
        if low not in self.comma_cues:
            return None
        p = self.skip(i - 1, step=-1)
        if p >= 0 and self.lows[p] in self.leaders:
            p = self.skip(p - 1, step=-1)
        if p < 0 or self.words[p] != ",":
            return None
        s, e = self.sentence_of(self.starts[i])
        left = (s, self.trim_end(s, self.starts[p]))
        if left[1] <= s:
            return None
        cue = (self.starts[i], self.ends[i])
        if low in self.embedded:
            ments, last = [cue], i
        else:
            src = self.source_after(i + 1)
            if src is None:
                return None
            ments, last = self.mentions(*src), src[1]
        content = self._around(left, last, e)
        if content is None:
            return None
        return Found(content, cue, ments, embedded=low in self.embedded, stance=self.stance(i),
                     rule="comma_cue")

    def _can_speak(self, a: int, b: int) -> bool:
        """Can the phrase in tokens [a, b] be a speaker: a capitalised word (a name, an
        organisation), a pronoun, or a noun for people, bodies, documents or outlets
        ("pemerintah", "pakar", "laporan"); "motor listrik" cannot."""
        pack = self.pack
        nouns = self._speaker_nouns
        if nouns is None:
            nouns = self._speaker_nouns = frozenset(w for ws in (
                pack.person_nouns, pack.group_nouns, pack.organization_nouns, pack.document_nouns,
                pack.media_nouns, self.heads, self.pronouns, pack.generic_org_nouns,
                pack.tokens.occupation_nouns) for p in ws for w in p.split())
        return any(self.cap(t) or self.lows[t] in nouns or self._agent_noun(self.lows[t])
                   for t in range(a, b + 1))

    def _agent_noun(self, low: str) -> bool:
        """"pedagang", "petani", "pengamat": a noun for a doer (pe(N)- without -an, which
        makes a thing: "penggunaan")."""
        return len(low) > 5 and low.startswith(self.agent_prefixes) and not low.endswith("an") \
            and low.isalpha()

    def passive_denial(self, i: int) -> Found | None:
        """``Kabar tersebut dibantah (oleh) Menteri X.``: what is denied is the subject, the
        denier the agent after the passive verb. Without an agent ("Kabar itu dibantah.")
        there is no one to attribute the denial to."""
        if self.lows[i] not in self.passive_denials:
            return None
        subj = self.subject_before(i)
        if subj is None:
            return None
        j = self.skip(i + 1)
        if j < self.n and self.lows[j] in self.agent_markers:
            j += 1
        src = self.source_after(j)
        if src is None or self.lows[src[0]] in self.pronouns and self.lows[src[0]] != "dia":
            return None  # ("dibantah mereka" is rare; "dibantah itu" is no agent)
        content = [(self.starts[subj[0]], self.ends[subj[1]])]
        return Found(content, (self.starts[i], self.ends[i]), self.mentions(*src),
                     stance="denies", rule="passive_denial")

    def passive_opinion(self, i: int) -> Found | None:
        """``Proyek itu dinilai Tono sebagai pemborosan.``: a passive verb of judging
        with its agent (a name, or after "oleh"); the view is the subject with the predicate
        after the agent. Without a named agent ("Kebijakan itu dinilai tepat": it is
        considered so) there is no one to attribute it to."""
        if self.lows[i] not in self.passive_views:
            return None
        subj = self.subject_before(i)
        j = self.skip(i + 1)
        if subj is None or j >= self.n:
            return None
        by = self.lows[j] in self.agent_markers
        if by:
            j = self.skip(j + 1)
        if j >= self.n or not (by or self.cap(j)):
            return None
        src = self.source_after(j)
        if src is None or not self._can_speak(*src):
            return None
        _, e = self.sentence_of(self.starts[i])
        k = self.skip(src[1] + 1)
        if k >= self.n or self.starts[k] >= e:
            return None
        end = self.trim_end(self.starts[k], self._sentence_end(k, e))
        if not self.has_words(self.starts[k], end, MIN_CONTENT_WORDS):
            return None
        content = [(self.starts[subj[0]], self.ends[subj[1]]), (self.starts[k], end)]
        return Found(content, (self.starts[i], self.ends[i]), self.mentions(*src), rule="passive_opinion")

    def anaphoric_passive(self, i: int) -> Found | None:
        """``Hal itu disampaikan Kepala Ekonom X kepada wartawan.``: the sentence before was
        said by X (the passive verb's agent); the subject is an anaphor ("hal itu",
        "pernyataan tersebut") standing for it."""
        if self.lows[i] not in self.passive_speech:
            return None
        subj = self.subject_before(i)
        if subj is None or subj[1] - subj[0] > 2 or self.lows[subj[0]] not in self.anaphors \
                or self.lows[subj[1]] not in self.demonstratives:
            return None
        j = self.skip(i + 1)
        if j < self.n and self.lows[j] in self.agent_markers:
            j += 1
        src = self.source_after(j)
        if src is None or not self._can_speak(*src):
            return None
        k = bisect_right(self._sent_starts, self.starts[i]) - 1
        if k < 1:
            return None
        ps, pe = self.sentences[k - 1]
        # a sentence already attributed ("…, dikutip dari CNBC") gets X as one more source of
        # the same content (one claim, two attributions)
        same = self._content_over(ps, pe)
        if same is not None:
            return Found(list(same.content), (self.starts[i], self.ends[i]), self.mentions(*src),
                         direct=same.direct, indirect=same.indirect, rule="anaphoric_passive")
        content = [self.sentences[j] for j in range(self._paragraph_opening(k - 1), k)]
        quoted = [q is not None and q.end >= e for (s, e) in content for q in [self.quote_starting_at(s)]]
        return Found(content, (self.starts[i], self.ends[i]), self.mentions(*src),
                     direct=any(quoted), indirect=not all(quoted), rule="anaphoric_passive")

    def _paragraph_opening(self, k: int) -> int:
        """``A. B. Hal itu disampaikan X.`` closing a paragraph: the first of the sentences
        before the frame that it covers, back to the paragraph's start or to a sentence already
        attributed (a text without line breaks has no paragraphs: the sentence before only)."""
        if "\n" not in self.text:
            return k
        while k >= 1:
            ps, pe = self.sentences[k - 1]
            if "\n" in self.text[ps:self.sentences[k][0]] or self._content_over(ps, pe) is not None:
                break
            k -= 1
        return k

    def _around(self, left: Offsets, last: int, e: int) -> list[Offsets] | None:
        """The content around an interposed cue phrase ending at token ``last``: the left part,
        and the right part when the sentence goes on after a comma (``Y1, kata X, Y2``)."""
        right = self._right_part(last, e)
        # "Namun, kata dia, Y": a connective alone is not content
        only_discourse = all(self.lows[t] in self.discourse or not self.words[t][:1].isalnum()
                             for t in range(bisect_left(self.starts, left[0]),
                                            bisect_left(self.starts, left[1])))
        if right is not None and only_discourse:
            return [right]
        if not self.has_words(*left, MIN_CONTENT_WORDS):
            return None
        return [left, right] if right is not None else [left]

    def _right_part(self, last: int, e: int) -> Offsets | None:
        """``…, kata X, Y2.``: the words after the cue phrase's closing comma, when they are
        content and not an adjunct of the report (``…, kata X, ketika …``)."""
        k = self.skip(last + 1)
        if k >= self.n or self.words[k] != "," or self.starts[k] >= e:
            return None
        k = self.skip(k + 1)
        if k >= self.n or self.starts[k] >= e:
            return None
        if self.lows[k] in self.stop or self.lows[k] in self.dates or self.words[k] in QUOTE_MARKS:
            return None
        end = self.trim_end(self.starts[k], e)
        if not self.has_words(self.starts[k], end, 3):
            return None
        return self.starts[k], end

    def _after_adjunct(self, k: int, e: int) -> int | None:
        """The first content token after an adjunct phrase that ends in "bahwa" or a comma."""
        for t in range(k + 1, min(k + MAX_ADJUNCT_TOKENS, self.n)):
            if self.starts[t] >= e:
                return None
            if self.lows[t] in self.complementizers or self.words[t] in GLUE:
                nxt = self.skip(t + 1, GLUE | self.complementizers)
                return nxt if nxt < self.n and self.starts[nxt] < e else None
        return None

    def initial_cue(self, i: int) -> Found | None:
        """``Kata dia, Y.`` / ``Ujar Budi, Y.``: a bare cue opening the sentence, its source, a
        comma, then the content (``Kata itu berasal …`` has no source: not a cue)."""
        if self.lows[i] not in self.post_cues:
            return None
        s, e = self.sentence_of(self.starts[i])
        if any(self.words[t][:1].isalnum() for t in range(bisect_left(self.starts, s), i)):
            return None
        src = self.source_after(i + 1)
        if src is None:
            return None
        k = self.skip(src[1] + 1)
        if k >= self.n or self.words[k] != ",":
            return None
        k = self.skip(k + 1)
        if k >= self.n or self.starts[k] >= e:
            return None
        end = self.trim_end(self.starts[k], e)
        if not self.has_words(self.starts[k], end, 3):
            return None
        return Found([(self.starts[k], end)], (self.starts[i], self.ends[i]), self.mentions(*src),
                     stance=self.stance(i), rule="initial_cue")

    def according_to(self, i: int) -> Found | None:
        """``Menurut X, Y.`` / ``Y, menurut X.`` / ``Y, menurut X, Y.`` / ``Menurutnya, Y`` /
        ``Y menurut X Y``; not ``menurut rencana`` (as planned)."""
        low = self.lows[i]
        citing = low in self.citations
        if low not in self.according and low != "menurutnya" and not citing:
            return None
        c0 = i
        if citing:
            # "…, seperti dilansir Reuters": "seperti"/"sebagaimana" belong to the cue
            b = self.skip(i - 1, step=-1)
            if b >= 0 and self.lows[b] in self.citation_leaders:
                c0 = b
        cue = (self.starts[c0], self.ends[i])
        s, e = self.sentence_of(self.starts[i])
        if low in self.embedded:
            ments, last, embedded = [cue], i, True
        else:
            nxt = self.skip(i + 1)
            if nxt >= self.n or self.lows[nxt] in self.not_according:
                return None
            if low in self.based_on and not (self.cap(nxt) or self.lows[nxt] in self.records):
                return None  # "berdasarkan aturan", "berdasarkan pengamatan": no one's word
            if citing and self.lows[nxt] in self.agent_markers | self.origin_markers:
                nxt += 1  # "dikutip dari CNBC", "dilansir oleh Reuters"
            src = self.source_after(nxt, appos_only=True)
            if src is None or citing and not self.cap(src[0]):
                return None  # (an outlet is named: "mengutip pernyataan …" cites no outlet)
            ments, last, embedded = self.mentions(*src), src[1], False
        p = self.skip(c0 - 1, step=-1)
        first = bisect_left(self.starts, s)
        # nearest word before the cue that is not a connective: none means the cue opens it
        t = c0 - 1
        while t >= first and (self.lows[t] in self.discourse or not self.words[t][:1].isalnum()):
            t -= 1
        if t < first:
            # "Menurut X, Y" / "Sementara itu, menurut X, Y" / "Menurutnya Y"
            k = self.skip(last + 1, {","})
            if k >= self.n or self.starts[k] >= e:
                return None
            # (at the full stop when the next quotation's opening mark was left in the sentence)
            end = self.trim_end(self.starts[k], self._sentence_end(k, e))
            if not self.has_words(self.starts[k], end, 3):
                return None
            content = [(self.starts[k], end)]
        elif p >= 0 and self.words[p] == ",":
            content = self._around((s, self.trim_end(s, self.starts[p])), last, e)
        else:
            # "Penjualan ritel Toko Sentosa menurut dia juga meningkat …": no commas
            left = (s, self.trim_end(s, self.starts[i]))
            k = self.skip(last + 1)
            if k >= self.n or self.starts[k] >= e or self.words[k] in QUOTE_MARKS:
                return None
            right = (self.starts[k], self.trim_end(self.starts[k], e))
            if not (self.has_words(*left, MIN_CONTENT_WORDS)
                    and self.has_words(*right, MIN_CONTENT_WORDS)):
                return None
            content = [left, right]
        if content is None:
            return None
        return Found(content, cue, ments, embedded=embedded, rule="according_to")

    def preposed_verb(self, i: int) -> Found | None:
        """``X mengatakan (bahwa) Y`` / ``X membantah Y`` / ``Data BPS menunjukkan Y`` —
        subject before, content after."""
        speech = self.lows[i] in self.pre_verbs
        if not speech and self.lows[i] not in self.doc_verbs:
            return None
        p = self.skip(i - 1, step=-1)
        if p >= 0 and self.lows[p] in self.purpose:
            return None  # "… untuk menjelaskan penundaan itu": an infinitive, not a report
        if p >= 0 and self.lows[p] in self.pack.tokens.obligation_modals:
            return None  # "Pemkot harus memastikan …": a duty, not a report
        subj = self.subject_before(i)
        if subj is None:
            return None
        if not speech and self.lows[subj[0]] not in self.pack.document_nouns:
            return None  # "Hal ini menunjukkan bahwa …": a document verb needs a document subject
        if not self._can_speak(*subj):
            return None  # "… menggunakan motor listrik, … mengingatkan": no one to say it
        _, e = self.sentence_of(self.starts[i])
        k = self.skip(i + 1, GLUE | self.complementizers)
        if k >= self.n or self.starts[k] >= e:
            return None
        if self.lows[i] in self.clause_verbs and self.lows[i] not in self.pack.speech_verbs:
            nxt = self.skip(i + 1)
            if not (self.words[nxt] == "," or self.lows[nxt] in self.complementizers
                    or self._can_speak(k, k) and self.has_words(self.starts[k], e, 3)):
                return None
        if self.lows[k] in self.adjuncts:
            # "X mengatakan kepada wartawan bahwa Y" / "… dalam sebuah pernyataan, Y": the
            # adjunct is not content; the content starts after "bahwa" or the comma (without
            # either, "saat ini Indonesia …" is content)
            k = self._after_adjunct(k, e) or k
        end = self.trim_end(self.starts[k], self._sentence_end(k, e))
        if not self.has_words(self.starts[k], end, MIN_CONTENT_WORDS):
            return None
        q = self.quote_starting_at(self.starts[k])
        direct = q is not None and q.end >= end
        return Found([(self.starts[k], end)], (self.starts[i], self.ends[i]), self.mentions(*subj),
                     direct=direct, indirect=not direct, stance=self.stance(i),
                     rule="preposed_verb")
