"""Passive constructions: the agent after a passive verb is the source ("Kabar itu dibantah
Menteri X", "Proyek itu dinilai Tono sebagai pemborosan", "Hal itu disampaikan X").
"""
from __future__ import annotations

from bisect import bisect_right

from ..found import Found, Offsets
from .data import MIN_CONTENT_WORDS
from .subjects import Subjects


class Passives(Subjects):
    """Rules for passive verbs of denying, judging and saying."""

    def _agent_after(self, i: int) -> int:
        """The token where the agent after the passive verb at token i starts ("dibantah
        (oleh) X": past the agent marker)."""
        j = self.skip(i + 1)
        if j < self.n and self.lows[j] in self.d.agent_markers:
            j += 1
        return j

    def passive_denial(self, i: int) -> Found | None:
        """``Kabar tersebut dibantah (oleh) Menteri X.``: what is denied is the subject, the
        denier the agent after the passive verb. Without an agent ("Kabar itu dibantah.")
        there is no one to attribute the denial to."""
        if self.lows[i] not in self.d.passive_denials:
            return None
        subj = self.subject_before(i)
        if subj is None:
            return None
        src = self.source_after(self._agent_after(i))
        if src is None or self.lows[src[0]] in self.d.pronouns \
                and self.lows[src[0]] not in self.d.agent_pronouns:
            return None  # ("dibantah mereka" is rare; "dibantah itu" is no agent)
        content = [(self.starts[subj[0]], self.ends[subj[1]])]
        return Found(content, self.cue_span(i), self.mentions(*src),
                     stance="denies", rule="passive_denial")

    def passive_opinion(self, i: int) -> Found | None:
        """``Proyek itu dinilai Tono sebagai pemborosan.``: a passive verb of judging
        with its agent (a name, or after "oleh"); the view is the subject with the predicate
        after the agent. Without a named agent ("Kebijakan itu dinilai tepat": it is
        considered so) there is no one to attribute it to."""
        if self.lows[i] not in self.d.passive_views:
            return None
        subj = self.subject_before(i)
        j = self.skip(i + 1)
        if subj is None or j >= self.n:
            return None
        src = self._named_agent(j)
        if src is None:
            return None
        _, e = self.sentence_of(self.starts[i])
        k = self.skip(src[1] + 1)
        if k >= self.n or self.starts[k] >= e:
            return None
        end = self.trim_end(self.starts[k], self._sentence_end(k, e))
        if not self.has_words(self.starts[k], end, MIN_CONTENT_WORDS):
            return None
        content = [(self.starts[subj[0]], self.ends[subj[1]]), (self.starts[k], end)]
        return Found(content, self.cue_span(i), self.mentions(*src), rule="passive_opinion")

    def _named_agent(self, j: int) -> tuple[int, int] | None:
        """The agent phrase from token j after a passive verb of judging: after "oleh", or a
        capitalised phrase that can be a speaker."""
        by = self.lows[j] in self.d.agent_markers
        if by:
            j = self.skip(j + 1)
        if j >= self.n or not (by or self.cap(j)):
            return None
        src = self.source_after(j)
        if src is None or not self._can_speak(*src):
            return None
        return src

    def anaphoric_passive(self, i: int) -> Found | None:
        """``Hal itu disampaikan Kepala Ekonom X kepada wartawan.``: the sentence before was
        said by X (the passive verb's agent); the subject is an anaphor ("hal itu",
        "pernyataan tersebut") standing for it."""
        if self.lows[i] not in self.d.passive_speech or not self._anaphoric_subject(i):
            return None
        src = self.source_after(self._agent_after(i))
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
            return Found(list(same.content), self.cue_span(i), self.mentions(*src),
                         direct=same.direct, indirect=same.indirect, rule="anaphoric_passive")
        content = [self.sentences[j] for j in range(self._paragraph_opening(k - 1), k)]
        quoted = self._quoted_whole(content)
        return Found(content, self.cue_span(i), self.mentions(*src),
                     direct=any(quoted), indirect=not all(quoted), rule="anaphoric_passive")

    def _anaphoric_subject(self, i: int) -> bool:
        """Is the subject before the verb at token i a short anaphor ("hal itu", "pernyataan
        tersebut"): an anaphoric noun and a demonstrative?"""
        subj = self.subject_before(i)
        return not (subj is None or subj[1] - subj[0] > 2
                    or self.lows[subj[0]] not in self.d.anaphors
                    or self.lows[subj[1]] not in self.d.demonstratives)

    def _quoted_whole(self, content: list[Offsets]) -> list[bool]:
        """For each sentence, whether a quotation opens at its start and runs to its end."""
        out = []
        for s, e in content:
            q = self.quote_starting_at(s)
            out.append(q is not None and q.end >= e)
        return out

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
