"""The constructions of attribution, each one method of :class:`Rules`, and the pass over a
Doc that tries them: cues next to quotations first, then every other candidate cue word.
"""
from __future__ import annotations

from bisect import bisect_left

from ..found import Found, Offsets
from ..quotes import Quote
from .data import GLUE, MAX_ADJUNCT_TOKENS, MIN_CONTENT_WORDS, QUOTE_MARKS
from .passives import Passives


class Rules(Passives):
    """One Doc's tokens with the pack's words, and the rules over them."""

    # --- the pass -----------------------------------------------------------------------------
    def run(self) -> list[Found]:
        """Every relation in the Doc: quotations with their cues, then the other cue words."""
        found: list[Found] = []
        used: set[int] = set()  # cue token indices already taken
        taken: set[int] = set()  # quotes (by start) already taken as content
        for q in self.quotes:
            if q.start not in taken:
                self._quote_relations(q, used, taken, found)
        lows, cands = self.lows, self.d.candidates
        for i in range(self.n):
            if lows[i] not in cands or i in used or self.in_quote(self.starts[i]):
                continue
            f = self._cue_relation(i)
            if f is not None:
                used.add(i)
                found.append(f)
                self._note(f)
        return found

    def _quote_relations(self, q: Quote, used: set[int], taken: set[int],
                         found: list[Found]) -> None:
        """The relations of one quotation: its cue after it, or before it. "X mengatakan “…,”
        katanya": both cues, one content (the claim gets both)."""
        after = self.quote_then_cue(q, taken)
        before = self.cue_then_quote(q) if after is None or after.embedded else None
        for f in (after, before):
            if f is not None and f.cue is not None:
                used.add(self.token_at(f.cue[0]))
                taken.add(q.start)
                found.append(f)
                self._note(f)

    def _cue_relation(self, i: int) -> Found | None:
        """The first construction that the cue word at token i opens, in order of trust."""
        return (self.comma_cue(i) or self.according_to(i) or self.initial_cue(i)
                or self.preposed_verb(i) or self.passive_denial(i) or self.anaphoric_passive(i)
                or self.passive_opinion(i))

    # --- cues next to a quotation -------------------------------------------------------------
    def quote_then_cue(self, q: Quote, taken: set[int]) -> Found | None:
        """``“…,” kata X.`` / ``“…,” ujarnya.`` / ``” … , ” pungkasnya .`` /
        ``“…,” kata X, “…”`` (an interrupted quote: one content in two pieces)."""
        if not q.speech and self.sentence_of(q.start)[0] != q.start:
            return None  # "buku “Bumi Manusia”, kata X": a title inside the content, not speech
        j = self._cue_after_quote(q)
        if j is None:
            return None
        low, d = self.lows[j], self.d
        cue = self.cue_span(j)
        content = [(q.start, q.end)]
        if low in d.embedded or low in d.quote_embedded:
            return Found(content, cue, [cue], direct=True, indirect=False, embedded=True,
                         stance=self.stance(j), rule="quote_embedded_cue")
        if not (low in d.post_cues or low in d.quote_cues or low in d.according):
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

    def _cue_after_quote(self, q: Quote) -> int | None:
        """The token right after the quotation's closing mark (past a comma and a leader:
        "“…” begitu kata X"), where a cue would stand."""
        j = self.skip(bisect_left(self.starts, q.end), {","})
        if j >= self.n or self.starts[j] - q.end > 3:
            return None
        if self.lows[j] in self.d.leaders:  # "“…” begitu kata X"
            j = self.skip(j + 1)
            if j >= self.n:
                return None
        return j

    def cue_then_quote(self, q: Quote) -> Found | None:
        """``X mengatakan, “…”`` / ``X mengatakan: “…”`` / ``X mengatakan bahwa “…”``."""
        if not q.speech:
            return None  # "X menyebut laporan itu “hoaks”": a scare quote is not the content
        i = self.skip(bisect_left(self.starts, q.start) - 1, self.d.glue_complementizers, step=-1)
        if i < 0 or self.lows[i] not in self.d.pre_verbs:
            return None
        subj = self.subject_before(i)
        if subj is None:
            return None
        return Found([(q.start, q.end)], self.cue_span(i), self.mentions(*subj),
                     direct=True, indirect=False, stance=self.stance(i), rule="cue_then_quote")

    # --- cues after a comma, opening a sentence -----------------------------------------------
    def comma_cue(self, i: int) -> Found | None:
        """``Y, kata X.`` / ``Y, ujarnya.`` (post-posed) and ``Y1, kata X, Y2.`` /
        ``Namun, katanya, Y.`` (interposed); ``Y, demikian kata X.``. The comma is required:
        ``tidak jelas siapa …`` is not a cue."""
        low = self.lows[i]
        if low not in self.d.comma_cues:
            return None
        p = self.skip(i - 1, step=-1)
        if p >= 0 and self.lows[p] in self.d.leaders:
            p = self.skip(p - 1, step=-1)
        if p < 0 or self.words[p] != ",":
            return None
        s, e = self.sentence_of(self.starts[i])
        left = (s, self.trim_end(s, self.starts[p]))
        if left[1] <= s:
            return None
        cue = self.cue_span(i)
        if low in self.d.embedded:
            ments, last = [cue], i
        else:
            src = self.source_after(i + 1)
            if src is None:
                return None
            ments, last = self.mentions(*src), src[1]
        content = self._around(left, last, e)
        if content is None:
            return None
        return Found(content, cue, ments, embedded=low in self.d.embedded, stance=self.stance(i),
                     rule="comma_cue")

    def _around(self, left: Offsets, last: int, e: int) -> list[Offsets] | None:
        """The content around an interposed cue phrase ending at token ``last``: the left part,
        and the right part when the sentence goes on after a comma (``Y1, kata X, Y2``)."""
        right = self._right_part(last, e)
        # "Namun, kata dia, Y": a connective alone is not content
        only_discourse = self.only_connectives(bisect_left(self.starts, left[0]),
                                               bisect_left(self.starts, left[1]))
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
        if self.lows[k] in self.d.stop or self.lows[k] in self.d.dates or self.words[k] in QUOTE_MARKS:
            return None
        end = self.trim_end(self.starts[k], e)
        if not self.has_words(self.starts[k], end, 3):
            return None
        return self.starts[k], end

    def initial_cue(self, i: int) -> Found | None:
        """``Kata dia, Y.`` / ``Ujar Budi, Y.``: a bare cue opening the sentence, its source, a
        comma, then the content (``Kata itu berasal …`` has no source: not a cue)."""
        if self.lows[i] not in self.d.post_cues:
            return None
        s, e = self.sentence_of(self.starts[i])
        if any(self.is_word(t) for t in range(bisect_left(self.starts, s), i)):
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
        return Found([(self.starts[k], end)], self.cue_span(i), self.mentions(*src),
                     stance=self.stance(i), rule="initial_cue")

    # --- "menurut X" --------------------------------------------------------------------------
    def according_to(self, i: int) -> Found | None:
        """``Menurut X, Y.`` / ``Y, menurut X.`` / ``Y, menurut X, Y.`` / ``Menurutnya, Y`` /
        ``Y menurut X Y``; not ``menurut rencana`` (as planned)."""
        low, d = self.lows[i], self.d
        citing = low in d.citations
        if low not in d.according and low not in d.embedded_according and not citing:
            return None
        c0 = self._citation_start(i) if citing else i
        cue = (self.starts[c0], self.ends[i])
        s, e = self.sentence_of(self.starts[i])
        if low in d.embedded:
            ments, last, embedded = [cue], i, True
        else:
            src = self._according_source(i, citing)
            if src is None:
                return None
            ments, last, embedded = self.mentions(*src), src[1], False
        content = self._according_content(i, c0, last, s, e)
        if content is None:
            return None
        return Found(content, cue, ments, embedded=embedded, rule="according_to")

    def _citation_start(self, i: int) -> int:
        """"…, seperti dilansir Reuters": "seperti"/"sebagaimana" belong to the cue."""
        b = self.skip(i - 1, step=-1)
        return b if b >= 0 and self.lows[b] in self.d.citation_leaders else i

    def _according_source(self, i: int, citing: bool) -> tuple[int, int] | None:
        """The source phrase after "menurut" (or a citing cue) at token i."""
        d = self.d
        nxt = self.skip(i + 1)
        if nxt >= self.n or self.lows[nxt] in d.not_according:
            return None
        if self.lows[i] in d.based_on and not (self.cap(nxt) or self.lows[nxt] in d.records):
            return None  # "berdasarkan aturan", "berdasarkan pengamatan": no one's word
        if citing and self.lows[nxt] in d.source_markers:
            nxt += 1  # "dikutip dari CNBC", "dilansir oleh Reuters"
        src = self.source_after(nxt, appos_only=True)
        if src is None or citing and not self.cap(src[0]):
            return None  # (an outlet is named: "mengutip pernyataan …" cites no outlet)
        return src

    def _according_content(self, i: int, c0: int, last: int, s: int, e: int) -> list[Offsets] | None:
        """The content of "menurut X" (cue from token c0 to i, source ending at token
        ``last``) in the sentence [s, e): after it when it opens the sentence, around it after
        a comma, or on both sides without commas."""
        p = self.skip(c0 - 1, step=-1)
        first = bisect_left(self.starts, s)
        # nearest word before the cue that is not a connective: none means the cue opens it
        t = c0 - 1
        while t >= first and (self.lows[t] in self.d.discourse or not self.is_word(t)):
            t -= 1
        if t < first:
            return self._content_after_opening_cue(last, e)
        if p >= 0 and self.words[p] == ",":
            return self._around((s, self.trim_end(s, self.starts[p])), last, e)
        return self._content_on_both_sides(i, last, s, e)

    def _content_after_opening_cue(self, last: int, e: int) -> list[Offsets] | None:
        """"Menurut X, Y" / "Sementara itu, menurut X, Y" / "Menurutnya Y": the content after
        the source (ending at token ``last``), to the sentence's end (at the full stop when the
        next quotation's opening mark was left in the sentence)."""
        k = self.skip(last + 1, {","})
        if k >= self.n or self.starts[k] >= e:
            return None
        end = self.trim_end(self.starts[k], self._sentence_end(k, e))
        if not self.has_words(self.starts[k], end, 3):
            return None
        return [(self.starts[k], end)]

    def _content_on_both_sides(self, i: int, last: int, s: int, e: int) -> list[Offsets] | None:
        """"Penjualan ritel Toko Sentosa menurut dia juga meningkat …": no commas; the content
        is the words before the cue at token i and after the source."""
        left = (s, self.trim_end(s, self.starts[i]))
        k = self.skip(last + 1)
        if k >= self.n or self.starts[k] >= e or self.words[k] in QUOTE_MARKS:
            return None
        right = (self.starts[k], self.trim_end(self.starts[k], e))
        if not (self.has_words(*left, MIN_CONTENT_WORDS)
                and self.has_words(*right, MIN_CONTENT_WORDS)):
            return None
        return [left, right]

    # --- reporting verbs before the content ---------------------------------------------------
    def preposed_verb(self, i: int) -> Found | None:
        """``X mengatakan (bahwa) Y`` / ``X membantah Y`` / ``Data BPS menunjukkan Y`` —
        subject before, content after."""
        speech = self.lows[i] in self.d.pre_verbs
        if not speech and self.lows[i] not in self.d.doc_verbs:
            return None
        if self._not_a_report(i):
            return None
        subj = self._reporting_subject(i, speech)
        if subj is None:
            return None
        _, e = self.sentence_of(self.starts[i])
        k = self.skip(i + 1, self.d.glue_complementizers)
        if k >= self.n or self.starts[k] >= e or not self._clause_verb_reports(i, k, e):
            return None
        if self.lows[k] in self.d.adjuncts:
            # "X mengatakan kepada wartawan bahwa Y" / "… dalam sebuah pernyataan, Y": the
            # adjunct is not content; the content starts after "bahwa" or the comma (without
            # either, "saat ini Indonesia …" is content)
            k = self._after_adjunct(k, e) or k
        end = self.trim_end(self.starts[k], self._sentence_end(k, e))
        if not self.has_words(self.starts[k], end, MIN_CONTENT_WORDS):
            return None
        q = self.quote_starting_at(self.starts[k])
        direct = q is not None and q.end >= end
        return Found([(self.starts[k], end)], self.cue_span(i), self.mentions(*subj),
                     direct=direct, indirect=not direct, stance=self.stance(i),
                     rule="preposed_verb")

    def _not_a_report(self, i: int) -> bool:
        """The word before the verb at token i makes it no report: "… untuk menjelaskan
        penundaan itu" (an infinitive), "Pemkot harus memastikan …" (a duty)."""
        p = self.skip(i - 1, step=-1)
        return p >= 0 and (self.lows[p] in self.d.purpose or self.lows[p] in self.d.obligation_modals)

    def _reporting_subject(self, i: int, speech: bool) -> tuple[int, int] | None:
        """The subject of the verb at token i, when it can report: "Hal ini menunjukkan bahwa
        …": a document verb needs a document subject; "… menggunakan motor listrik, …
        mengingatkan": no one to say it."""
        subj = self.subject_before(i)
        if subj is None:
            return None
        if not speech and self.lows[subj[0]] not in self.d.document_nouns:
            return None
        return subj if self._can_speak(*subj) else None

    def _clause_verb_reports(self, i: int, k: int, e: int) -> bool:
        """A verb that reports only before a comma, "bahwa" or a clause's subject ("Ia
        melanjutkan, Y", "Tono merasa pemerintah lamban"; not "melanjutkan pembangunan")."""
        low = self.lows[i]
        if low not in self.d.clause_verbs or low in self.d.speech_verbs:
            return True
        nxt = self.skip(i + 1)
        return (self.words[nxt] == "," or self.lows[nxt] in self.d.complementizers
                or self._can_speak(k, k) and self.has_words(self.starts[k], e, 3))

    def _after_adjunct(self, k: int, e: int) -> int | None:
        """The first content token after an adjunct phrase that ends in "bahwa" or a comma."""
        for t in range(k + 1, min(k + MAX_ADJUNCT_TOKENS, self.n)):
            if self.starts[t] >= e:
                return None
            if self.lows[t] in self.d.complementizers or self.words[t] in GLUE:
                nxt = self.skip(t + 1, self.d.glue_complementizers)
                return nxt if nxt < self.n and self.starts[nxt] < e else None
        return None
