"""Attribution over a dependency parse (English).

One pass over the tokens; each cue word starts one rule, and each rule returns character
spans only (a :class:`Found`). The constructions:

- a cue verb with a subject (``cue_verb``): ``X said (that) Y`` · ``Y, X said.`` ·
  ``Y, said X.`` · ``X told Reuters (that) Y`` · ``X added/denied/warned …`` ·
  ``X previously reported that Y`` · ``…, saying Y`` (the subject of the verb it hangs on) ·
  ``X called for Y`` · beliefs and plans (``X believes Y``, ``X plans to …``), which
  PolNeAR counts as attributions too;
- the same verb next to a quotation: ``“…,” X said.`` · ``X said: “…”`` ·
  ``“…,” said X, “…”`` (an interrupted quote is one content with two pieces);
- a noun cue with its owner: ``Halvorsen's claim that Y`` (``cue_noun``);
- ``According to X, Y`` / ``Y, according to X`` (``according_to``);
- a speaker label at the start of a line: ``WALLACE: …`` · ``Poll: …`` · ``Said Dunmore: “…”``
  (``speaker_label``);
- a quotation signed with a dash: ``“…” ― Jane Doe`` (``dash_signature``);
- a passive cue with its agent: ``Y was first reported by X`` (``passive_cue``);
- a poll named by "in": ``In this poll, Y`` (``in_document``).

Subjects also come from a relative pronoun (``…, who says Y``: PolNeAR's source is "who"),
from a control verb (``appeared to suggest Y``), and the nearer of two parsed subjects;
``As X pointed out, Y`` reports its head clause; light verbs (``made the case that Y``) and
``see Y as Z`` are cues only in their construction.

A cue inside a quotation, or inside another relation's content, is not a relation of the
article (PolNeAR never nests them). Sources are whole noun phrases with their appositions;
cues carry their auxiliaries and adverbs ("has also said"), as PolNeAR marks them.

Everything stays linear in the length of the Doc: quotes are found by bisection, sentences
by bisection, and contents are computed on token ranges (a projective parse has contiguous
subtrees), never by rescanning a sentence per cue. Which words are cues, and the parser's
label names, come from the language pack.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .found import Found, Offsets
from .quotes import Quote

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from ..ingest import Block
    from ..lang.base import LangPack

Range = tuple[int, int]  # an inclusive range of token indices

_WORD = re.compile(r"\w")
_DASHES = frozenset({"―", "—", "–", "--"})
# characters allowed between a quotation and the cue clause it belongs to ("…,” he said")
_GLUE = set(" \t,:;—–-")


@dataclass
class _Quotes:
    """The Doc's text and quotations, sorted, with an owner per quote (which Found took it)."""

    text: str
    items: list[Quote]
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    lengths: list[int] = field(init=False)
    owner: dict[int, Found] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.items = sorted(self.items, key=lambda q: q.start)
        self.starts = [q.start for q in self.items]
        self.ends = [q.end for q in self.items]
        # running total of quoted characters, for covered()
        self.lengths = [0]
        for q in self.items:
            self.lengths.append(self.lengths[-1] + q.end - q.start)

    def ending_before(self, text: str, pos: int) -> int | None:
        """The quote that ends just before ``pos`` with only glue between."""
        # quotes never overlap, so their ends are sorted like their starts
        k = bisect_right(self.ends, pos) - 1
        if k < 0:
            return None
        q = self.items[k]
        if not _only_glue(text, q.end, pos):
            return None
        return k

    def starting_after(self, text: str, pos: int) -> int | None:
        """The quote that starts just after ``pos`` with only glue between."""
        k = bisect_left(self.starts, pos)
        if k >= len(self.items):
            return None
        q = self.items[k]
        # "He said:\n\n“We have a situation …”": a colon may introduce the next paragraph
        gap = text[pos:q.start]
        if q.start - pos <= 4 and (gap.strip() == ":" or (not gap.strip() and text[pos - 1:pos] == ":")):
            return k
        if not _only_glue(text, pos, q.start):
            return None
        return k

    def covered(self, start: int, end: int) -> tuple[int, int]:
        """How many quotes lie within [start, end), and how many characters they cover."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.ends, end)
        if hi <= lo:
            return 0, 0
        return hi - lo, self.lengths[hi] - self.lengths[lo]

    def covering(self, pos: int) -> int | None:
        """The quote that contains offset ``pos``, if any."""
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and self.items[k].start <= pos < self.items[k].end:
            return k
        return None


# ''…'' : quotation marks typed as two apostrophes (older newswire text), on one line
_DOUBLED = re.compile(r"(?<!\w)''(?=\S)[^\n]*?\S''(?!\w)")


def _doubled_apostrophe_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """``''This isn't tax reform,'' said X``: quotes the shared finder does not know,
    kept only where they overlap none of its quotes."""
    if "''" not in text:
        return []
    starts = sorted(q.start for q in quotes)
    out = []
    for m in _DOUBLED.finditer(text):
        k = bisect_right(starts, m.end()) - 1
        if k >= 0 and any(q.start < m.end() and m.start() < q.end for q in quotes[max(0, k - 1):k + 2]):
            continue
        out.append(Quote(m.start(), m.end(), [(m.start(), m.end())]))
    return out


_OPENING_MARKS = frozenset({"''", "“", '"', "``"})


class _Sents:
    """The Doc's sentences, found by bisection (``Token.sent`` rescans the Doc each call)."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.sents)
        # "… on their side. ''It's early,'' she said": the parser ends a sentence after the
        # next quotation's opening mark; the mark goes to the sentence it opens
        for k in range(len(self.spans) - 1):
            s, nxt = self.spans[k], self.spans[k + 1]
            last = doc[s.end - 1]
            if len(s) > 1 and last.text in _OPENING_MARKS and doc[s.end - 2].whitespace_:
                self.spans[k], self.spans[k + 1] = doc[s.start:s.end - 1], doc[s.end - 1:nxt.end]
        self.starts = [s.start for s in self.spans]

    def of(self, tok: Token) -> Span:
        return self.spans[bisect_right(self.starts, tok.i) - 1]


def _only_glue(text: str, a: int, b: int) -> bool:
    """Nothing but spaces and light punctuation between a and b, on one line."""
    return a <= b and b - a <= 4 and all(ch in _GLUE for ch in text[a:b])


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block]) -> list[Found]:
    """All attribution relations the rules find in an English Doc."""
    labels = pack.dep.labels
    # verbs of saying and believing, and the verbs PolNeAR marks as cues most times they
    # have a subject (derived from its annotations: scripts/derive_en_cues.py)
    cues = pack.speech_verbs | pack.belief_verbs | pack.dep.corpus_cues
    text = doc.text  # Doc.text joins every token: build it once
    qs = _Quotes(text, list(quotes) + _doubled_apostrophe_quotes(text, quotes))
    sents = _Sents(doc)
    # forms the lemmatiser gets wrong ("hopes" → "hop")
    lemma_fixes = labels["lemma_fixes"]
    found: list[Found] = []
    for tok in doc:
        f: Found | None = None
        word, pos = tok.text, tok.pos_
        if word == ":" and tok.i > 0:
            f = speaker_label(doc, tok, sents.of(tok), text, labels)
        elif word in _DASHES:
            f = dash_signature(doc, tok, qs)
        elif pos == "VERB" and _wire_tail(tok, pack, labels) is not None:
            # "X, Bloomberg News reported on Tuesday, citing people familiar with the matter"
            if not _quoted(qs, tok):
                f = wire_attribution(doc, tok, _wire_tail(tok, pack, labels), pack, labels, qs)
        elif pos in ("VERB", "AUX") and (tok.lemma_.lower() in cues or tok.lower_ in lemma_fixes
                                         or _construction_cue(tok, labels)):
            if not _quoted(qs, tok):
                f = cue_verb(doc, tok, pack, labels, qs, sents.of(tok))
        elif pos == "NOUN" and tok.lemma_.lower() in cues and _verb_parsed_as_noun(tok):
            # "Halvorsen claims that …": tagged a noun, parsed as the verb it is
            if not _quoted(qs, tok):
                f = cue_verb(doc, tok, pack, labels, qs, sents.of(tok))
        elif pos == "NOUN" and tok.lemma_.lower() in pack.cue_nouns:
            if not _quoted(qs, tok):
                f = cue_noun(tok, labels, qs)
        elif tok.lower_ in pack.dep.phrase_heads:
            if not _quoted(qs, tok):
                f = according_to(doc, tok, labels, qs, sents.of(tok))
        elif tok.lower_ in labels["document_preps"] and tok.dep_ == "prep":
            if not _quoted(qs, tok):
                f = in_document(doc, tok, labels, qs, sents.of(tok))
        if f is not None:
            found.append(f)
    # a quote taken twice ("“A,” he said. “B,” she added.") stays with its nearest cue
    found = [f for f in found if f.content]
    return _outermost(found)


def _wire_tail(verb: Token, pack: LangPack, labels) -> Token | None:
    """The source of a wire-style attribution after the claim, or None:

    - ``X, Bloomberg News reported on Tuesday``, which en_core_web_sm may parse as a noun with
      a reduced relative ("News" ← acl "reported"): a past-tense cue verb modifying a name set
      off by a comma after the main clause; the name is the source;
    - ``X, …, citing people familiar with the matter`` / ``quoting a company filing``: the
      object of "citing"/"quoting" is a further source of X.
    """
    lemma = verb.lemma_.lower()
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and lemma in pack.speech_verbs \
            and head.pos_ in ("PROPN", "NOUN") and head.head.dep_ == "ROOT" and head.head.i < head.i \
            and head.dep_ in ("npadvmod", "appos", "dobj", "attr", "conj", "nsubj") \
            and _after_comma(head):
        return head
    # … or parsed as an adverbial clause with its own subject, after the main clause
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and lemma in pack.speech_verbs \
            and head.dep_ == "ROOT" and head.i < verb.i:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and _after_comma(subj) \
                and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
            return subj
    if lemma in labels["citing_verbs"] and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") \
            and _after_comma(verb):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in pack.person_nouns
                                or obj.lemma_.lower() in pack.group_nouns
                                or obj.lemma_.lower() in pack.document_nouns
                                or obj.lemma_.lower() in pack.organization_nouns):
            return obj
    return None


def wire_attribution(doc: Doc, verb: Token, source: Token, pack: LangPack, labels,
                     qs: _Quotes) -> Found | None:
    """The main clause before the comma is the content; ``source`` (see :func:`_wire_tail`)
    says it, by ``verb``."""
    root = verb.head.head if verb.dep_ == "acl" else verb.head
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    citing = source.head.i == verb.i and source.dep_ == "dobj"
    if root.lemma_.lower() in pack.speech_verbs:
        # "X, the Financial Times reported, citing a company memo": the main clause is an
        # attribution of its own; what it reports is what the memo says too
        if not citing or verb.head.i != root.i:
            return None
        said = cue_verb(doc, root, pack, labels, qs, doc[root.i].sent)
        if said is None or not said.content:
            return None
        toks = _trim(_np_tokens(source, labels))
        found = Found(list(said.content), _span([verb]), [_span(toks)] if toks else [], rule="wire")
        _set_kind(found, qs)
        return found if found.mentions else None
    start = verb.i if citing else source.left_edge.i
    if citing:
        # "X, Bloomberg News reported, citing …": the claim ends before the first attribution
        for t in doc[root.i + 1:verb.i]:
            other = _wire_tail(t, pack, labels) if t.pos_ == "VERB" else None
            if other is not None and other.head.i != t.i:
                start = min(start, other.left_edge.i)
                break
    # the claim: the sentence before the comma that sets off the attribution
    a = root.left_edge.i
    b = start - 1
    while b > a and (doc[b].is_punct and doc[b].text != "%" or doc[b].is_space):
        b -= 1
    if b - a < 2 or any(t.lemma_.lower() in pack.speech_verbs and t.pos_ == "VERB" for t in doc[a:b + 1]):
        return None
    content = _range_span(doc, a, b)
    # the source's words, without the reduced relative that holds the cue ("… reported on
    # Tuesday")
    toks = _trim([t for t in _np_tokens(source, labels)
                  if not (verb.dep_ == "acl" and verb.left_edge.i <= t.i <= verb.right_edge.i)])
    mentions = [_span(toks)] if toks else []
    if content is None or not mentions:
        return None
    cue_toks = [verb] if citing else _cue_tokens(verb, labels)
    found = Found([content], _span(cue_toks), mentions, rule="wire")
    _set_kind(found, qs)
    return found


def _verb_parsed_as_noun(tok: Token) -> bool:
    """"But Halvorsen claims that he …": en_core_web_sm tags "claims" a noun after a name, yet
    parses it as a verb, with a subject and a clausal complement of its own."""
    return tok.lower_.endswith("s") and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


def _quoted(qs: _Quotes, tok: Token) -> bool:
    """A cue inside a quotation is the quoted speaker's, not the article's."""
    return qs.covering(tok.idx) is not None


def _construction_cue(verb: Token, labels) -> bool:
    """A verb that is a cue only in one construction: ``made the case that Y`` /
    ``issued a statement`` (a light verb with a noun of saying), ``see Y as Z``."""
    lemma = verb.lemma_.lower()
    if lemma in labels["light_verbs"]:
        # the noun must say what was said: "the case that Y", "the case for Y", "the following
        # comment: Y" (not "made the comments Friday", which points back to a known content)
        return any(c.dep_ in labels["object"] and c.lemma_.lower() in labels["light_nouns"]
                   and (any(_says_what(g, labels) for g in c.children)
                        or (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":"))
                   for c in verb.children)
    if lemma in labels["as_verbs"]:
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) \
            and any(c.dep_ in labels["object"] for c in verb.children)
    return False


def _says_what(tok: Token, labels) -> bool:
    """A clause or a topic after a noun of saying ("the case that Y", "the case for Y")."""
    return tok.dep_ in labels["noun_clause"] or (tok.dep_ == "prep" and (
        tok.lower_ in labels["topic_preps"] or tok.lower_ in labels["noun_topic_preps"]))


def _outermost(found: list[Found]) -> list[Found]:
    """Drop relations whose cue lies inside another relation's content: in "Stein said she
    plans to join the protest" the plan is part of what Stein said, not a second claim.

    One sweep over the sorted piece boundaries and cue positions (no pairwise checks).
    """
    events: list[tuple[int, int, int]] = []  # (offset, order, found index); order: end < cue < start
    for n, f in enumerate(found):
        for s, e in f.content:
            events.append((s, 2, n))
            events.append((e, 0, n))
        events.append((f.cue[0] if f.cue else f.hull[0], 1, n))
    events.sort()
    active: dict[int, int] = {}
    total = acc_total = 0  # contents open at this point; how many of them are "according to"s
    acc = {n for n, f in enumerate(found) if f.rule == "according_to"}
    inside: set[int] = set()
    only_acc: set[int] = set()  # inside "according to" contents only
    for _, kind, n in events:
        if kind == 2:
            active[n] = active.get(n, 0) + 1
            total += 1
            acc_total += n in acc
        elif kind == 0:
            active[n] -= 1
            total -= 1
            acc_total -= n in acc
        elif total - active.get(n, 0) > 0:
            inside.add(n)
            if total - active.get(n, 0) == acc_total - (active.get(n, 0) if n in acc else 0):
                only_acc.add(n)
    at = lambda f: f.cue[0] if f.cue else f.hull[0]  # noqa: E731
    for n in inside & only_acc:
        f = found[n]
        # "“…,” X said, according to audio of the meeting": the speaker's own quotation stays
        # with the speaker (the phrase after it names the evidence, a relation of its own)
        if f.rule == "quote_cue":
            inside.discard(n)
        # "Y, as the Ledger reported, and Z, according to two people": "according to" takes
        # the rest of its sentence, so a relation it holds that holds it in turn is side by
        # side with it, not nested; both stay
        elif all(any(s <= at(found[k]) < e for s, e in f.content) for k in acc
                 if k != n and any(s <= at(f) < e for s, e in found[k].content)):
            inside.discard(n)
    for n in inside & acc - only_acc:
        # … and the "according to" held by such a relation
        f = found[n]
        holders = [g for g in found if g is not f and any(s <= at(f) < e for s, e in g.content)]
        if all(any(s <= at(g) < e for s, e in f.content) for g in holders):
            inside.discard(n)
    return [f for n, f in enumerate(found) if n not in inside]


# --- spans ---------------------------------------------------------------------------------

def _span(toks: Iterable[Token]) -> Offsets:
    toks = sorted(toks, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _trim(toks: list[Token]) -> list[Token]:
    """Drop edge punctuation and spaces (but keep a closing quote mark that ends content)."""
    while toks and (toks[-1].is_space or (toks[-1].is_punct and not toks[-1].is_quote)):
        toks = toks[:-1]
    while toks and (toks[0].is_space or (toks[0].is_punct and not toks[0].is_quote)):
        toks = toks[1:]
    return toks


# --- sources -------------------------------------------------------------------------------

def _anonymity_formula(text: str, content: list[Offsets], labels) -> bool:
    """Is the whole content an anonymity formula ("to be identified", "condition of anonymity")?"""
    said = " ".join(" ".join(text[a:b] for a, b in content).lower().split()).strip(" .,;")
    return any(re.fullmatch(p, said) for p in labels.get("anonymity_contents", ()))


def _subject(verb: Token, labels, cues: frozenset[str] = frozenset()) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs on."""
    subjects = [c for c in verb.children if c.dep_ in labels["subject"]]
    if subjects:
        # "“My reaction, that was outrageous,” the strategist said" / "People like Scott, he
        # said": the parser gives the verb two subjects; the speaker is the one nearest it
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    # "footage of Halvorsen saying …", "postings that included one saying …": the noun a
    # participle describes is its speaker
    if verb.dep_ in labels["participle_of_noun"] and verb.tag_ == "VBG" \
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    # "began by saying he would …": a gerund after a preposition takes the verb's subject
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head, labels, cues)
    # "Halvorsen appeared to suggest Y", "Okafor went on to say Y": a verb of saying under a
    # control verb takes its subject (only speech: "she needs to hear" reports nothing)
    if verb.dep_ in labels["controlled"] and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and verb.lemma_.lower() in cues and (verb.dep_ != "advcl" or _infinitive(verb)):
        # "asked the candidates to discuss Y", "urging employees to report": a request made
        # to someone else is no statement of theirs
        if any(c.dep_ in labels["object"] and c.i < verb.i for c in verb.head.children):
            return None
        subj = _subject(verb.head, labels, cues)
        return None if subj is not None and subj.tag_ in ("WP", "WDT") else subj
    # "X said A and added B": a conjoined verb shares the first verb's subject;
    # "X defended the tweets, saying Y": a participle takes its head's subject
    if verb.dep_ in labels["inherit_subject"] and verb.head.i != verb.i:
        if verb.dep_ in labels["adverbial"] and verb.tag_ != "VBG":
            return None  # "…, when he said Y" has its own subject; only "…, saying Y" inherits
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ in labels["complement"] and head.head.lemma_.lower() in cues:
            # "The mayor said the plan was sound and warned …": the parser hangs the second
            # cue on the reported clause; it is coordinated with the first cue
            head = head.head
        subj = _subject(head, labels, cues)
        # "an architect who said he was stiffed …, saying": a relative pronoun stands for
        # the noun of another clause, and the parse attached the participle to the wrong verb
        if subj is not None and subj.tag_ in ("WP", "WDT") and not (
                verb.dep_ == "conj" and subj.lower_ in labels["relative_subjects"]):
            # (but "demonstrators, who have taken to the streets and called for Y": a verb
            # conjoined inside the relative clause shares its relative subject)
            return None
        return subj
    return None


def _infinitive(verb: Token) -> bool:
    """``to discuss``: a bare verb with the infinitive marker "to" right before it."""
    return verb.tag_ == "VB" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"


def _relative_subject(verb: Token, labels) -> Token | None:
    """The relative pronoun subject of a relative clause's verb: "cities that support the
    regulations", "Halvorsen, who says he is honored"."""
    if verb.dep_ not in labels["relative"]:
        return None
    return next((c for c in verb.children if c.dep_ in labels["subject"]
                 and c.lower_ in labels["relative_subjects"]), None)


def _np_tokens(head: Token, labels) -> list[Token]:
    """The noun phrase under ``head``: its subtree with its appositions and their relative
    clauses ("Owen Castell, a chemist who leads the water research group at …"), without

    - a participial clause set off by a comma (", speaking to a veterans group"),
    - an apposition that describes a noun deeper inside ("Dale Kerrigan, the chief
      prosecutor of Nebraska, one of the states appealing …"),
    - a focus adverb before it ("Even China") or a dateline ("WASHINGTON -- President Pellham").
    """
    own = {head.i} | {c.i for c in head.children if c.dep_ == "appos"}
    drop: set[int] = set()
    for t in head.subtree:
        if t.i in drop or t.i <= head.i:
            continue
        # "…of Oklahoma, one of the states suing …": an apposition to a deeper noun that
        # is a description of its own (not "of Ashton, Md.")
        nested = t.head.i not in own and t.dep_ in labels["np_nested"] and _after_comma(t) \
            and (t.lower_ == "one" or any(c.dep_ in ("det", "nummod") for c in t.children))
        participle = t.head.i == head.i and t.dep_ in labels["np_drop"] and _after_comma(t)
        if nested or participle or (t.head.i == head.i and _time_adjunct(t)):
            drop.update(x.i for x in t.subtree)
            if _after_comma(t):
                drop.add(t.left_edge.i - 1)
    toks = [t for t in head.subtree if t.i not in drop and not t.is_space]
    # "Even China": a focus adverb is not part of the source
    while toks and toks[0].dep_ in ("advmod", "preconj") and toks[0].head.i == head.i:
        toks = toks[1:]
    # "WASHINGTON -- President Pellham", "BRUSSELS - European leaders": a dateline before the name
    for k, t in enumerate(toks[:-1]):
        if t.text in ("--", "—", "–", "-") and k and all(x.is_upper or x.is_punct for x in toks[:k]):
            toks = toks[k + 1:]
            break
    # "Mr. Whitlock (a view shared by every trader we asked)": a parenthetical remark with
    # a verb of its own is the writer's aside, not part of the name ("Rep. X (D-Md.)" stays)
    for k, t in enumerate(toks):
        if t.text == "(" and k:
            inner = toks[k + 1:]
            close = next((j for j, x in enumerate(inner) if x.text == ")"), len(inner))
            if any(x.pos_ == "VERB" for x in inner[:close]):
                toks = toks[:k]
            break
    return _trim(toks)


def _time_adjunct(tok: Token) -> bool:
    """A time phrase the parser hung on the source noun: "a report on Wednesday said …",
    "the review last month found …" (when it was said, not who said it). Only a phrase that
    is wholly a date or time ("the report on Tuesday's meeting" keeps its topic)."""
    if tok.dep_ == "prep":
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        return len(objs) == 1 and all(x.ent_type_ in ("DATE", "TIME") for x in objs[0].subtree)
    return tok.dep_ == "npadvmod" and all(x.ent_type_ in ("DATE", "TIME") for x in tok.subtree)


def _after_comma(tok: Token) -> bool:
    """The phrase under ``tok`` is set off by a comma (", who …")."""
    i = tok.left_edge.i - 1
    return i >= 0 and tok.doc[i].text in (",", "—", "–")


def _mentions(subj: Token, labels) -> list[Offsets]:
    """One mention per source: "the three people and a separate source" → two mentions.

    Coordinated noun phrases each with their own determiner or number are separate
    sources; a bare list ("protesters and civic leaders") stays one group mention.
    """
    conjs = [c for c in subj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if conjs and _has_det(subj) and all(_has_det(c) for c in conjs):
        heads = [subj] + conjs
        out = []
        for h in heads:
            toks = [t for t in _np_tokens(h, labels)
                    if not any(t in c.subtree for c in conjs if c.i != h.i)
                    and not (t.dep_ in ("cc", "punct") and t.head.i == subj.i)]
            toks = _trim(toks)
            if toks:
                out.append(_span(toks))
        return out
    toks = _np_tokens(subj, labels)
    return [_span(toks)] if toks else []


def _has_det(tok: Token) -> bool:
    return any(c.dep_ in ("det", "nummod", "poss") for c in tok.children) or tok.pos_ == "PRON"


# --- cue verbs -----------------------------------------------------------------------------

def _cue_tokens(verb: Token, labels) -> list[Token]:
    """The cue as PolNeAR marks it: auxiliaries, negation and adverbs before the verb
    ("has also said", "did not respond") and a particle after it ("pointed out")."""
    toks = [verb]
    for c in verb.children:
        if c.i < verb.i and c.dep_ in labels["cue_left"] and c.i >= verb.i - 3:
            toks.append(c)
        elif c.i == verb.i + 1 and c.dep_ == "prt":
            toks.append(c)
        elif c.i == verb.i + 1 and _cue_tail(c, labels):
            # "said Friday", "said then", "said in an interview": PolNeAR's cue runs on
            toks.extend(c.subtree)
    toks.sort(key=lambda t: t.i)
    # keep only the contiguous run that ends at the verb ("has also said")
    run = [verb]
    for t in reversed([t for t in toks if t.i < verb.i]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    return run + [t for t in toks if t.i > verb.i]


def _cue_tail(tok: Token, labels) -> bool:
    """A time or manner word right after the verb ("said Friday", "said then"), or the
    occasion "in an interview"/"in a statement"."""
    if tok.dep_ == "advmod" and tok.n_lefts == tok.n_rights == 0 and tok.lower_ not in ("that", "so", "as"):
        return True
    if tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.dep_ == "prep" and tok.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in labels["occasion_nouns"] for o in tok.children)


# tokens under a subject, appositions and relative clauses included ("Owen Castell, a chemist
# who leads the water research group at the Harwood Institute in Ohio …" is ~20)
MAX_SUBJECT_SPAN = 80


def cue_verb(doc: Doc, verb: Token, pack: LangPack, labels, qs: _Quotes, sent: Span) -> Found | None:
    """A cue verb and its subject; the content is an adjacent quote or the complement."""
    # "The book that she wrote": a relative clause about something else is no attribution
    # but in "Democrats, who have questioned Europe's reliance", the relative pronoun is
    # the subject and stands for the speaker (PolNeAR marks "who" as the source)
    rel_subject = _relative_subject(verb, labels)
    agent = _agent(verb, labels)
    if agent is not None and verb.dep_ in labels["participle_of_noun"]:
        # "The deal, first reported by the Wall Street Journal, …": a passive participle with
        # its agent describes the noun as reported by the agent
        return passive_cue(doc, verb, agent, labels, qs)
    if verb.dep_ in labels["relative"] and not _complements(verb, labels) and rel_subject is None \
            and not (verb.dep_ in labels["participle_of_noun"] and verb.tag_ == "VBG"):
        return None
    if agent is not None:
        return passive_cue(doc, verb, agent, labels, qs)
    speech = verb.lemma_.lower() in pack.speech_verbs
    if _defers_to_complement(verb, pack):
        return None
    if verb.lemma_.lower() in labels["aspectual"] and any(c.dep_ == "xcomp" for c in verb.children):
        # "the firm continued to lose money", "continued to insist that Y": a verb of aspect
        # before an infinitive reports nothing of its own
        return None
    subj = rel_subject or _subject(verb, labels, pack.speech_verbs if speech else frozenset())
    swallowed = _swallowed_subject(verb, labels) if subj is None and speech else []
    if swallowed:
        subj = swallowed[-1]
    if subj is None or subj.dep_ == "expl" \
            or (subj.lower_ in labels["bad_subjects"] and subj is not rel_subject):
        return None
    # a "subject" spanning more than any source's noun phrase ("said said said …" parsed as one
    # tree) is a misparse; checked from the subtree's edges, before walking it
    if subj.right_edge.i - subj.left_edge.i > MAX_SUBJECT_SPAN:
        return None
    subj_toks = swallowed or _np_tokens(subj, labels)
    if swallowed:
        mentions = [_span(swallowed)]
    elif subj.i == verb.head.i and verb.dep_ in labels["participle_of_noun"]:
        # the described noun without the participle's own clause
        subj_toks = [t for t in subj_toks if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        mentions = [_span(subj_toks)] if subj_toks else []
    else:
        mentions = _mentions(subj, labels)
    if not mentions or not subj_toks:
        return None
    cue_toks = _cue_tokens(verb, labels)
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":":
        # "He says: “…”": PolNeAR's cue takes the colon that introduces the quote
        cue_toks.append(doc[verb.i + 1])
    topic = _topic_object(verb, labels, pack.speech_verbs)
    if topic is not None and topic.head.i == verb.i + 1:
        # "complained about", "called for": the preposition is part of the cue
        cue_toks.append(topic.head)
    cue = _span(cue_toks)
    stance = "denies" if verb.lemma_.lower() in pack.denial_cues else "asserts"
    found = Found([], cue, mentions, stance=stance, rule="cue_verb")

    # the cue clause: the verb, its cue words, its subject and its addressee ("told Reuters")
    clause = [(t.i, t.i) for t in cue_toks] + [(subj_toks[0].i, subj_toks[-1].i)]
    hidden = (_hidden_complement(verb, labels) if speech else None) \
        or _topic_object(verb, labels, pack.speech_verbs)
    for c in verb.children:
        if c.dep_ in labels["addressee"] or (c.dep_ in labels["clause_extra"] and c.i > verb.i
                                             and not _second_complement(c, verb, labels)):
            part = [(c.left_edge.i, c.right_edge.i)]
            clause += _minus(part, (hidden.left_edge.i, hidden.right_edge.i)) if hidden is not None else part
    lo = doc[min(a for a, _ in clause)].idx
    last = doc[max(b for _, b in clause)]
    hi = last.idx + len(last.text)

    # does the verb report a clause of its own after it ("said Kim's state is …")?
    reports_clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if speech and _attach_quotes(doc, found, lo, hi, sent, qs, pack.speech_verbs, reports_clause):
        found.rule = "quote_cue"
        return found

    content = _complement_content(doc, verb, subj, clause, labels, sent, pack.speech_verbs)
    if not content:
        return None
    found.content = [_snap(p, qs) for p in content]
    if _anonymity_formula(qs.text, found.content, labels):
        # "a third person, who declined to be identified", "…, one of the people said,
        # speaking on condition of anonymity": describes the source, reports nothing
        return None
    if speech and found.content[-1][1] <= lo:
        # "Y, Schiff said. “Z.”": a quotation opening the next sentence goes on with Y
        k = _later_quote(qs.text, hi, sent, qs, pack.speech_verbs)
        if k is not None and qs.owner.get(k) is None and qs.items[k].start >= sent.end_char:
            qs.owner[k] = found
            found.content.append((qs.items[k].start, qs.items[k].end))
    _set_kind(found, qs)
    return found


def _swallowed_subject(verb: Token, labels) -> list[Token]:
    """``The files were relevant to the merger talks officials said.``: with no comma before
    the cue, the parser takes the speaker into the reported clause (here as the object of
    "to") and leaves the verb with no subject. The speaker is the noun right before the
    verb, ending the clause that the verb reports, with the adjectives and names just before
    it ("Chinese officials", "Jane Doe"); a compound noun before them belongs to the clause."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0:
        return []
    last = doc[verb.i - 1]
    comp = next((c for c in verb.children if c.dep_ in labels["complement"] and c.i < verb.i), None)
    if comp is None or last.pos_ not in ("NOUN", "PROPN") or last.tag_ == "NN" \
            or not comp.left_edge.i <= last.i <= comp.right_edge.i or last.i - comp.left_edge.i < 3:
        return []  # (a singular common noun is rarely a speaker on its own: "… the plan said")
    toks = [last]
    for t in reversed(doc[comp.left_edge.i:last.i]):
        # "Chinese officials", "Jane Doe": adjectives and a name run before the noun
        if (t.pos_ == "ADJ" or (t.pos_ == "PROPN" and last.pos_ == "PROPN")) and not t.is_punct:
            toks.insert(0, t)
        else:
            break
    # the clause must still say something before the speaker
    return toks if toks[0].i - comp.left_edge.i >= 3 else []


def _second_complement(prep: Token, verb: Token, labels) -> bool:
    """``described the budget as a disgrace``: a preposition right after the verb's object
    that completes what was said (not the cue clause's "said in a statement")."""
    return prep.dep_ == "prep" and prep.lower_ in labels["object_preps"] and any(
        c.dep_ in labels["object"] and verb.i < c.i and c.right_edge.i + 1 == prep.i for c in verb.children)


def _defers_to_complement(verb: Token, pack: LangPack) -> bool:
    """``The senator appeared to suggest Y`` / ``seems to believe Y``: a cue of the derived
    list (a verb of stance or presentation) whose infinitive is a verb of saying or believing
    leaves the relation to that verb."""
    lemma = verb.lemma_.lower()
    if lemma in pack.speech_verbs or lemma in pack.belief_verbs:
        return False
    return any(c.dep_ == "xcomp" and (c.lemma_.lower() in pack.speech_verbs or c.lemma_.lower() in pack.belief_verbs)
               for c in verb.children)


def _agent(verb: Token, labels) -> Token | None:
    """The agent of a passive cue ("was first reported by The Harbor Daily"): the
    object of its "by" phrase."""
    if verb.tag_ != "VBN":
        return None
    by = next((c for c in verb.children if c.dep_ in labels["agent"] and c.i > verb.i), None)
    if by is None:
        return None
    obj = next((o for o in by.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")), None)
    # "was signed by hand": only a speaker-like noun phrase is a source
    if obj is None or obj.ent_type_ in labels["not_topic_entities"]:
        return None
    return obj


def passive_cue(doc: Doc, verb: Token, agent: Token, labels, qs: _Quotes) -> Found | None:
    """``Y was first reported by X`` / ``Y is supported by X`` / ``a view echoed by X``:
    the agent is the source and the passive subject (or the noun the participle
    describes) is the content."""
    subj = next((c for c in verb.children if c.dep_ in labels["passive_subject"]), None)
    if subj is not None and subj.tag_ not in ("WDT", "WP", "PRP", "EX"):
        content = _range_span(doc, subj.left_edge.i, subj.right_edge.i)
    elif subj is None and verb.dep_ in labels["participle_of_noun"] and verb.head.pos_ in ("NOUN", "PROPN"):
        # "(a view echoed by everyone I interviewed)": the described noun, before the participle
        head = verb.head
        content = _range_span(doc, head.left_edge.i, verb.left_edge.i - 1) \
            if head.left_edge.i < verb.left_edge.i else None
        pred = head.head
        if content is not None and head.dep_ in labels["subject"] and pred.i > verb.right_edge.i \
                and verb.lemma_.lower() in labels["reporting_participles"]:
            # "The deal, first reported by the Wall Street Journal, values the company at $2
            # billion": what the sentence says of the reported thing rests on the report too
            rest = _range_span(doc, verb.right_edge.i + 1, pred.right_edge.i)
            if rest is not None:
                f = Found([_snap(content, qs), _snap(rest, qs)], _span(_cue_tokens(verb, labels)),
                          _mentions(agent, labels), rule="passive_cue")
                if not f.mentions:
                    return None
                if agent.head.i == max(t.i for t in _cue_tokens(verb, labels)) + 1:
                    f.cue = (f.cue[0], agent.head.idx + len(agent.head.text))
                _set_kind(f, qs)
                return f
    else:
        # "it was reported by X that …", "which was endorsed by X": the words stand for
        # something elsewhere
        return None
    mentions = _mentions(agent, labels)
    if content is None or not mentions:
        return None
    cue_toks = _cue_tokens(verb, labels)
    by = agent.head
    if by.i == max(t.i for t in cue_toks) + 1:
        cue_toks.append(by)  # "is supported by": PolNeAR's cue takes the preposition
    f = Found([_snap(content, qs)], _span(cue_toks), mentions, rule="passive_cue")
    _set_kind(f, qs)
    return f


def _snap(piece: Offsets, qs: _Quotes) -> Offsets:
    """Widen a content piece to whole quotations where it cuts one (the parse often leaves
    the closing mark with the cue's clause: ``adding, “NATO is costing us a fortune.”``)."""
    s, e = piece
    k = qs.covering(s)
    if k is not None and qs.items[k].start >= s - 1:
        s = min(s, qs.items[k].start)
    k = qs.covering(e - 1)
    if k is not None and qs.items[k].start >= s:
        q = qs.items[k]
        if s < q.start and e <= q.start + 2 and qs.text[q.start:e].strip() in _OPENING_MARKS:
            # "Time, X added, was on their side. ''It's …'' he said": the piece ends on the
            # next quotation's opening mark (the parser left it in this sentence): not that quote
            while e > s and (qs.text[e - 1] in "'“\"." or qs.text[e - 1].isspace()):
                e -= 1
        else:
            e = max(e, q.end)
    return s, e


def _attach_quotes(doc: Doc, found: Found, lo: int, hi: int, sent: Span, qs: _Quotes,
                   cues: frozenset[str], reports_clause: bool = False) -> bool:
    """``“…,” X said`` / ``X said: “…”`` / ``“…,” said X, “…”``: take the quotes next to
    the cue clause [lo, hi). Returns whether any quote was taken."""
    text = qs.text
    taken: list[int] = []
    before = qs.ending_before(text, lo)
    # "“…,” X said": a quote right before the cue clause, not yet taken by a nearer cue
    if before is not None and _is_title(text, qs.items[before]):
        before = None
    if before is not None and reports_clause and text[qs.items[before].end - 2] == ".":
        # "… called it “fanatic recklessness.” Seoul said Kim's state is …": a quotation
        # that ends its own sentence belongs to the previous one, not to this cue's clause
        before = None
    if before is not None and (qs.owner.get(before) is None or _continued(qs, before)):
        taken.append(before)
    after = qs.starting_after(text, hi)
    if after is not None and _is_title(text, qs.items[after]):
        after = None
    if after is not None and qs.owner.get(after) is None:
        if not taken:
            taken.append(after)  # "X said: “…”"
        elif text[hi:qs.items[after].start].strip() in (",", ""):
            taken.append(after)  # "“…,” said X, “…”": the second half of the quote
    if taken == [before]:
        nxt = _later_quote(text, hi, sent, qs, cues)
        if nxt is not None and qs.owner.get(nxt) is None:
            # "“A,” she said. “B.”": the next sentence continues the same quotation
            taken.append(nxt)
    if not taken:
        return False
    for k in taken:
        prev = qs.owner.get(k)
        if prev is not None and prev is not found:
            # the quote was a tentative continuation of an earlier cue: this cue is nearer
            q = qs.items[k]
            prev.content = [p for p in prev.content if p != (q.start, q.end)]
            if prev.content:
                # "Y, the people said. “Z,” said one of them": without the quotation the
                # earlier relation is what its remaining pieces are (not mixed)
                prev.direct, prev.indirect = False, True
                _set_kind(prev, qs)
        qs.owner[k] = found
    found.content = [(qs.items[k].start, qs.items[k].end) for k in sorted(taken)]
    found.direct, found.indirect = True, False
    if before is not None and taken[0] == before:
        q = qs.items[before]
        lead = text[sent.start_char:q.start]
        if q.start > sent.start_char and _WORD.search(lead) and "\n" not in lead:
            # "using the tax ''is a misguided approach,'' said X": the words before a
            # quotation that ends the content are part of it (a mixed claim)
            start = sent.start_char + len(lead) - len(lead.lstrip())
            found.content[0] = (start, found.content[0][1])
            found.indirect = True
    return True


def _is_title(text: str, q: Quote) -> bool:
    """A title or name in quotes ("on “Fox News Sunday,”", "the “Art of the Deal”"):
    a few words, each capitalised or a short function word, and no sentence inside."""
    words = text[q.start + 1:q.end - 1].strip(" ,.").split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or (len(w) <= 3 and w.islower()) for w in words) \
        and not any(ch in text[q.start:q.end] for ch in "!?")


def _continued(qs: _Quotes, k: int) -> bool:
    """A quote owned only as a tentative continuation may be re-taken by a nearer cue."""
    owner = qs.owner.get(k)
    return owner is not None and len(owner.content) > 1 and owner.content[0] != (qs.items[k].start, qs.items[k].end)


def _later_quote(text: str, hi: int, sent: Span, qs: _Quotes, cues: frozenset[str]) -> int | None:
    """The rest of an interrupted quotation: right after the cue clause (``“A,” he said.
    “B.”``, ``“A,” he said, but “B.”``), later in the cue's sentence after a comma
    (``“A,” Tester said, referring to X, “B.”``) or opening the next sentence of the same
    paragraph (``“A,” she said, clapping. “B.”``)."""
    k = bisect_left(qs.starts, hi)
    if k >= len(qs.items):
        return None
    start = qs.items[k].start
    gap = text[hi:start]
    if "\n" in gap:
        return None
    if gap.strip() in ("", ".", ",", ", but", ", and"):
        return k
    if start < sent.end_char:
        # in the same sentence only after a comma (", “B"), and not after another cue
        # ("…,” Halvorsen said, adding later, “B”": B is what he added)
        return k if gap.rstrip().endswith(",") and not _has_verb(sent, hi, start, cues) else None
    if text[sent.end_char:start].strip():
        return None
    return k


def _has_verb(sent: Span, a: int, b: int, cues: frozenset[str]) -> bool:
    """A finite verb or a cue verb between offsets a and b (another clause, another cue)."""
    doc = sent.doc
    k = _token_at(doc, a, sent)
    while k < sent.end and doc[k].idx < b:
        t = doc[k]
        if t.idx >= a and (t.tag_ in ("VBD", "VBZ", "VBP") or t.lemma_.lower() in cues):
            return True
        k += 1
    return False


def _token_at(doc: Doc, offset: int, sent: Span) -> int:
    """Index of the first token of the sentence at or after a character offset (bisection)."""
    lo, hi = sent.start, sent.end
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _hidden_complement(verb: Token, labels) -> Token | None:
    """``X wrote in a letter that Y``: the parser often hangs the that-clause on the noun as
    a relative clause; a "relative" clause opened by the conjunction "that" (``mark``, not a
    relative pronoun) is the verb's complement."""
    if _complements(verb, labels):
        return None
    for c in verb.children:
        # "Halvorsen said after the vote he would not accept …": a clause with its own
        # subject and no conjunction of its own, parsed as an adverbial, is what was said
        if c.dep_ in labels["adverbial"] and c.i > verb.i + 1 and c.pos_ in ("VERB", "AUX") \
                and any(g.dep_ in labels["subject"] for g in c.children) \
                and not any(g.dep_ == "mark" or (g.dep_ == "advmod" and g.tag_ == "WRB") for g in c.children):
            return c
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for t in prep.subtree:
            if t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                return t
    return None


def _topic_object(verb: Token, labels, cues: frozenset[str] = frozenset()) -> Token | None:
    """``called for an inquiry`` / ``complained about his mic`` / ``warned against X``: with
    no clause and no direct object, the object of a topic preposition is the content."""
    if _complements(verb, labels) or any(c.dep_ in labels["object"] for c in verb.children):
        return None
    for p in verb.children:
        # "pointed to reports that …", "responded with attacks": some verbs take their
        # content after a preposition of their own
        own = labels["verb_preps"].get(verb.lemma_.lower(), ())
        if p.dep_ == "prep" and p.i > verb.i and (p.lower_ in labels["topic_preps"] or p.lower_ in own):
            # "called for an inquiry" (pobj), "called for reducing the rate" (pcomp)
            obj = next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
            # "spoke for an hour": a duration is no topic
            if obj is None or obj.ent_type_ in labels["not_topic_entities"]:
                return None
            # "responded to her by saying Y": the gerund is the cue of its own relation
            if obj.pos_ == "VERB" and obj.lemma_.lower() in cues:
                return None
            return obj
    return None


def _complements(verb: Token, labels) -> list[Token]:
    return [c for c in verb.children if c.dep_ in labels["complement"]]


def _complement_content(doc: Doc, verb: Token, subj: Token, clause: list[Range], labels,
                        sent: Span, cues: frozenset[str]) -> list[Offsets]:
    """The reported clause: the complement's subtree minus the cue clause, as pieces.

    Subtrees of a projective parse are contiguous, so everything here works on token
    ranges (never on token lists): a long sentence with many cues stays linear.
    """
    comps = _complements(verb, labels)
    hidden = _hidden_complement(verb, labels) if verb.lemma_.lower() in cues else None
    if not comps and hidden is not None:
        comps = [hidden]
    if not comps and verb.lemma_.lower() not in labels["clause_only"]:
        # "denied the report", "called him “a genius”" — but not a relative pronoun, and not
        # the object of a verb that reports only a clause ("found a job", "added 200 jobs")
        comps = [c for c in verb.children if c.dep_ in labels["object"] and c.i > verb.i
                 and c.tag_ not in ("WDT", "WP") and c.lower_ not in labels["bad_subjects"]]
    topic = _topic_object(verb, labels, cues)
    if not comps and topic is not None:
        comps = [topic]
    if not comps and verb.dep_ in labels["parenthetical"] and verb.head.i != verb.i:
        # "But to avoid delays, she said, the city crews should start early."
        comps = [verb.head]
    if not comps and verb.dep_ in labels["adverbial"] and verb.head.i != verb.i \
            and any(c.dep_ == "mark" and c.lower_ in labels["as_marks"] for c in verb.children):
        # "As many tax experts have pointed out, Y" / "Y, as police have said": the clause
        # the as-clause hangs on is what they said
        comps = [verb.head]
    if not comps:
        # "People like Scott, he said.": the parser's second subject, before the speaker, is
        # what was said
        comps = [c for c in verb.children if (c.dep_ in labels["subject"] or c.dep_ in labels["fragment"])
                 and c.i < subj.i and _after_comma(subj)][:1]
    if not comps:
        return []
    ranges: list[Range] = []
    for comp in comps:
        whole = [(comp.left_edge.i, comp.right_edge.i)]
        if comp.dep_ in labels["object"] and comp.i > verb.i:
            # "described Trump as a danger", "criticized the plan for its cost", "accused
            # the mayor of lying": the verb's second complement, right after the object,
            # belongs to what was said
            right = comp.right_edge.i
            for p in sorted((c for c in verb.children if c.i > right), key=lambda c: c.i):
                if p.left_edge.i != right + 1 or not (p.dep_ == "prep" and p.lower_ in labels["object_preps"]):
                    break
                right = p.right_edge.i
            whole = [_without_trailing_remark(doc, comp.left_edge.i, right, labels)]
        elif comp.dep_ == "xcomp" and comp.i > verb.i:
            # "urged the senator to apologize": the object a request is made to is part of it
            obj = next((c for c in verb.children if c.dep_ in labels["object"] and verb.i < c.i < comp.i
                        and c.right_edge.i + 1 == comp.left_edge.i), None)
            if obj is not None:
                whole = [(obj.left_edge.i, comp.right_edge.i)]
        if comp.i == verb.head.i:  # the parenthetical's head: without the cue's own subtree
            whole = _minus(whole, (verb.left_edge.i, verb.right_edge.i))
        if comp.dep_ in labels["object"] or comp.dep_ == "pobj":
            # "attacked rivals for accepting his donations, which he said were …": a relative
            # clause set off by a comma is the writer's remark about the object, not content
            for rel in comp.children:
                if rel.dep_ in labels["relative"] and rel.i > comp.i and _after_comma(rel):
                    whole = _minus(whole, (rel.left_edge.i - 1, rel.right_edge.i))
        ranges += whole
    if comps[0].i > verb.i:
        cut = _next_cue(comps[0], cues, labels)
        if cut is not None:
            ranges = [(a, min(b, cut - 1)) for a, b in ranges if a < cut]
    first = min(a for a, _ in clause)
    last = max(b for _, b in clause)
    if comps[0].i < verb.i and comps[0].i != verb.head.i and verb.dep_ == "ROOT":
        # "Y, the source added.": everything before the cue clause is the content
        ranges = [(sent.start, first - 1)]
        # "Though X, he said, Y" / "X, the agency said, and Y": what follows the cue
        # clause too, when it is a clause of its own (not "…, and added Z")
        if any(c.i > last and (c.dep_ in labels["complement"] or (
                c.dep_ == "conj" and c.lemma_.lower() not in cues
                and any(g.dep_ in labels["subject"] for g in c.children))) for c in verb.children):
            ranges.append((last + 1, sent.end - 1))
    for cut_range in clause:
        ranges = _minus(ranges, cut_range)
    if verb.lemma_.lower() not in cues:  # (a speaker's words keep their relative clauses)
        ranges = [_without_trailing_remark(doc, a, b, labels) for a, b in ranges]
    return [p for p in (_range_span(doc, a, b) for a, b in sorted(ranges)) if p]


def _without_trailing_remark(doc: Doc, a: int, b: int, labels) -> Range:
    """``favours a vote in May, when the council meets``, ``…, which …``: a relative clause
    set off by a comma that ends the content of a belief or a stance is the writer's remark
    on a noun of it, not part of what is believed."""
    for t in doc[a:b + 1]:
        if t.dep_ in labels["remark_clauses"] and a <= t.head.i < t.i and t.right_edge.i >= b - 1 \
                and _after_comma(t) and t.left_edge.i - 1 > a:
            return a, t.left_edge.i - 2
    return a, b



def _minus(ranges: list[Range], cut: Range) -> list[Range]:
    """The token ranges without the inclusive range ``cut``."""
    out: list[Range] = []
    for a, b in ranges:
        if cut[1] < a or cut[0] > b:
            out.append((a, b))
            continue
        if a < cut[0]:
            out.append((a, cut[0] - 1))
        if cut[1] < b:
            out.append((cut[1] + 1, b))
    return out


def _range_span(doc: Doc, a: int, b: int) -> Offsets | None:
    """Character offsets of tokens a..b without edge spaces, punctuation (a quote mark that
    ends a content stays) and a dangling conjunction ("…, and")."""
    while a <= b and (doc[a].is_space or (doc[a].is_punct and not doc[a].is_quote)):
        a += 1
    # ("5%": a percent sign ends a content)
    while b >= a and (doc[b].is_space or doc[b].dep_ == "cc"
                      or (doc[b].is_punct and not doc[b].is_quote and doc[b].text != "%")):
        b -= 1
    if a > b:
        return None
    return doc[a].idx, doc[b].idx + len(doc[b].text)


def _next_cue(comp: Token, cues: frozenset[str], labels) -> int | None:
    """Where a coordinated or participial cue verb inside the content starts: in "X said
    he would order a review and warned against hackers" / "…, arguing that Y" the second
    cue starts a relation of its own."""
    starts = [c.left_edge.i for c in comp.children
              if c.dep_ in labels["next_cue"] and c.lemma_.lower() in cues and not _own_clause(c, labels)]
    return min(starts) if starts else None


def _own_clause(verb: Token, labels) -> bool:
    """An adverbial clause with a subject of its own: in "he could not answer because
    Republicans had only asked for it" the reason is part of what he said."""
    return verb.dep_ in labels["adverbial"] and any(c.dep_ in labels["subject"] for c in verb.children)


def _set_kind(found: Found, qs: _Quotes) -> None:
    s, e = found.hull
    n, covered = qs.covered(s, e + 1)
    if n:
        found.direct = True
        found.indirect = covered < (e - s) - 2
    k = qs.covering(s)
    if k is not None and qs.items[k].end >= e - 1:
        found.direct, found.indirect = True, False


# --- "X's claim that Y" ---------------------------------------------------------------------

def cue_noun(noun: Token, labels, qs: _Quotes) -> Found | None:
    """``Halvorsen's claim that there have been hundreds of break-ins``: a noun cue with its
    owner as the source and a that-clause as the content."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ not in ("WP$",)), None)
    if owner is None:
        return None
    clause = next((c for c in noun.children if c.i > noun.i and c.dep_ in labels["noun_clause"]
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        # "Pellham's decision to jump-start relations", "Mrs. Marlowe's plan to cap …": an
        # infinitive after the noun
        clause = next((c for c in noun.children if c.i > noun.i and c.dep_ in labels["noun_clause"]
                       and _infinitive(c)), None)
    if clause is None:
        # "Halvorsen's more recent rhetoric about Y", "Marlowe's comments on Y": a topic
        prep = next((c for c in noun.children if c.i > noun.i and c.dep_ == "prep"
                     and c.lower_ in labels["noun_topic_preps"]), None)
        clause = None if prep is None else next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
        # "his remarks on Saturday": a date is no topic
        if clause is not None and clause.ent_type_ in labels["not_topic_entities"]:
            clause = None
    if clause is None:
        return None
    # "Halvorsen's claim": PolNeAR's source keeps the possessive ending
    src = [t for t in owner.subtree if not t.is_space]
    piece = _range_span(noun.doc, clause.left_edge.i, clause.right_edge.i)
    pieces = [piece] if piece else []
    if not src or not pieces:
        return None
    cue = [noun]
    if clause.head.dep_ == "prep" and clause.head.i == noun.i + 1:
        cue.append(clause.head)  # "'s claims about": the preposition is part of the cue
    f = Found([_snap(p, qs) for p in pieces], _span(cue), [_span(src)],
              rule="cue_noun")
    _set_kind(f, qs)
    return f


# --- "according to" ------------------------------------------------------------------------

def according_to(doc: Doc, tok: Token, labels, qs: _Quotes, sent: Span) -> Found | None:
    """``According to X, Y`` / ``Y, according to X``: the rest of the sentence is Y."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    objs = [c for c in nxt.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    src = _np_tokens(objs[0], labels)
    if not src:
        return None
    phrase = (min(tok.left_edge.i, nxt.left_edge.i), max(tok.right_edge.i, nxt.right_edge.i))
    pieces = [p for p in (_range_span(doc, a, b) for a, b in _minus([(sent.start, sent.end - 1)], phrase)) if p]
    if not pieces:
        return None
    f = Found(pieces, (tok.idx, nxt.idx + len(nxt.text)), [_span(src)], rule="according_to")
    _set_kind(f, qs)
    return f


def in_document(doc: Doc, prep: Token, labels, qs: _Quotes, sent: Span) -> Found | None:
    """``In this poll, Halvorsen rose 2 points`` / ``she gained nothing in one of the
    early surveys``: a poll or study named by "in" is the source of its finding, the rest of
    the sentence."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None:
        return None
    # "in one of the early post-debate surveys": the noun after "one of"
    noun = obj
    if obj.lower_ == "one":
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((o for o in of.children if o.dep_ == "pobj"), obj) if of is not None else obj
    if noun.lemma_.lower() not in labels["document_nouns"] or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    # the whole phrase: "the previous poll, conducted in early September,"
    src = _trim([t for t in obj.subtree if not t.is_space])
    if not src:
        return None
    pieces = [p for p in (_range_span(doc, a, b) for a, b in
                          _minus([(sent.start, sent.end - 1)], (prep.left_edge.i, prep.right_edge.i))) if p]
    if not pieces:
        return None
    f = Found(pieces, (prep.idx, prep.idx + len(prep.text)), [_span(src)], rule="in_document")
    _set_kind(f, qs)
    return f


# --- "WALLACE: …" --------------------------------------------------------------------------

def speaker_label(doc: Doc, colon: Token, sent: Span, text: str, labels) -> Found | None:
    """A speaker's name opening a line, then a colon: ``PENCE: Well, look, …``."""
    line_start = text.rfind("\n", 0, colon.idx) + 1
    label = [t for t in doc[max(sent.start, colon.i - 4):colon.i] if t.idx >= line_start and not t.is_space]
    while label and label[0].is_quote:
        label = label[1:]
    # a section label is no speaker ("CORRECTION:", "Update:", "The Latest:")
    if not label or " ".join(t.lower_ for t in label) in labels["not_speakers"]:
        return None
    # a name of one or two words, all proper nouns or capitals ("WALLACE", "Pat Ormsby"),
    # or capitalised words opening a headline with its source ("Okafor: Marlowe needs to …",
    # "Poll: Marlowe and Halvorsen in dead heat"; the tagger often calls the name a noun)
    if len(label) > 2 or not all(t.pos_ == "PROPN" or t.is_upper or (t.text[:1].isupper() and t.is_alpha)
                                 for t in label):
        return None
    cue = (colon.idx, colon.idx + 1)
    if len(label) == 2 and label[0].lemma_.lower() in labels["fronted_cues"]:
        # "Said Dunmore: “…”": a fronted verb of saying is the cue, the name the source
        cue, label = (label[0].idx, label[0].idx + len(label[0].text)), label[1:]
    end = text.find("\n", colon.idx)
    end = len(text) if end < 0 else end
    rest = text[colon.idx + 1:end]
    s = colon.idx + 1 + (len(rest) - len(rest.lstrip()))
    e = colon.idx + 1 + len(rest.rstrip())
    # "PENCE: Well, look." loses its full stop; a quotation after the colon keeps its marks
    while e > s and text[e - 1] in ".\"”" and text[s] not in "“\"":
        e -= 1
    if e - s < 3:
        return None
    return Found([(s, e)], cue, [_span(label)], direct=True, indirect=False, rule="speaker_label")


# --- "“…” ― Name" ----------------------------------------------------------------------------

def dash_signature(doc: Doc, dash: Token, qs: _Quotes) -> Found | None:
    """A quotation signed with a dash and a name at the end of its line: ``“…” ― Jane Doe``."""
    k = qs.ending_before(qs.text, dash.idx)
    if k is None or qs.owner.get(k) is not None:
        return None
    name: list[Token] = []
    for t in doc[dash.i + 1:]:
        if "\n" in t.text or (name and "\n" in doc[t.i - 1].whitespace_):
            break
        if t.is_space:
            continue
        name.append(t)
    name = _trim(name)
    # one to four capitalised words, nothing else on the line
    if not name or len(name) > 4 or not all(t.text[:1].isupper() or t.is_punct for t in name):
        return None
    q = qs.items[k]
    f = Found([(q.start, q.end)], (dash.idx, dash.idx + len(dash.text)), [_span(name)],
              direct=True, indirect=False, rule="dash_signature")
    qs.owner[k] = f
    return f
