"""Sources: a cue's subject (or the subject it inherits) and the whole noun phrase of it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..found import Offsets
from .spans import _after_comma, _span, _trim
from .scheme import ADJ, ADVCL, ADVMOD, APPOS, AUX, CC, CONJ, DATE, DET, NN, NOUN, NPADVMOD, NUMMOD, PCOMP, POBJ, POSS, PRECONJ, PREP, PRON, PROPN, PUNCT, ROOT, TIME, VB, VBG, VERB, WDT, WP

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    if verb.dep_ in labels["participle_of_noun"] and verb.tag_ == VBG \
            and verb.head.pos_ in (NOUN, PROPN, PRON):
        return verb.head
    # "began by saying he would …": a gerund after a preposition takes the verb's subject
    if verb.dep_ == PCOMP and verb.tag_ == VBG and verb.head.dep_ == PREP \
            and verb.head.head.pos_ in (VERB, AUX):
        return _subject(verb.head.head, labels, cues)
    if _controlled_cue(verb, labels, cues):
        return _controller(verb, labels, cues)
    if verb.dep_ in labels["inherit_subject"] and verb.head.i != verb.i:
        return _inherited_subject(verb, labels, cues)
    return None


def _controlled_cue(verb: Token, labels, cues: frozenset[str]) -> bool:
    """"Halvorsen appeared to suggest Y", "Okafor went on to say Y": a verb of saying under a
    control verb (only speech: "she needs to hear" reports nothing)."""
    return verb.dep_ in labels["controlled"] and verb.head.i != verb.i and verb.head.pos_ in (VERB, AUX) \
        and verb.lemma_.lower() in cues and (verb.dep_ != ADVCL or _infinitive(verb, labels))


def _controller(verb: Token, labels, cues: frozenset[str]) -> Token | None:
    """The subject a controlled verb of saying takes from its control verb."""
    # "asked the candidates to discuss Y", "urging employees to report": a request made
    # to someone else is no statement of theirs
    if any(c.dep_ in labels["object"] and c.i < verb.i for c in verb.head.children):
        return None
    subj = _subject(verb.head, labels, cues)
    return None if subj is not None and subj.tag_ in (WP, WDT) else subj


def _inherited_subject(verb: Token, labels, cues: frozenset[str]) -> Token | None:
    """"X said A and added B": a conjoined verb shares the first verb's subject; "X defended
    the tweets, saying Y": a participle takes its head's subject."""
    if verb.dep_ in labels["adverbial"] and verb.tag_ != VBG:
        return None  # "…, when he said Y" has its own subject; only "…, saying Y" inherits
    head = verb.head
    if verb.dep_ == CONJ and head.dep_ in labels["complement"] and head.head.lemma_.lower() in cues:
        # "The mayor said the plan was sound and warned …": the parser hangs the second
        # cue on the reported clause; it is coordinated with the first cue
        head = head.head
    subj = _subject(head, labels, cues)
    # "an architect who said he was stiffed …, saying": a relative pronoun stands for
    # the noun of another clause, and the parse attached the participle to the wrong verb
    if subj is not None and subj.tag_ in (WP, WDT) and not (
            verb.dep_ == CONJ and subj.lower_ in labels["relative_subjects"]):
        # (but "demonstrators, who have taken to the streets and called for Y": a verb
        # conjoined inside the relative clause shares its relative subject)
        return None
    return subj


def _infinitive(verb: Token, labels) -> bool:
    """``to discuss``: a bare verb with the infinitive marker "to" right before it."""
    return verb.tag_ == VB and verb.i > 0 and verb.doc[verb.i - 1].lower_ in labels["infinitive_marks"]


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
    drop = _np_dropped(head, labels)
    toks = [t for t in head.subtree if t.i not in drop and not t.is_space]
    # "Even China": a focus adverb is not part of the source
    while toks and toks[0].dep_ in (ADVMOD, PRECONJ) and toks[0].head.i == head.i:
        toks = toks[1:]
    toks = _past_dateline(toks)
    return _trim(_without_aside(toks))


def _np_dropped(head: Token, labels) -> set[int]:
    """The indices of the phrases a source leaves out of its subtree: a nested apposition, a
    participle set off by a comma, a time adjunct (with the comma before each)."""
    own = {head.i} | {c.i for c in head.children if c.dep_ == APPOS}
    drop: set[int] = set()
    for t in head.subtree:
        if t.i in drop or t.i <= head.i:
            continue
        participle = t.head.i == head.i and t.dep_ in labels["np_drop"] and _after_comma(t)
        if _nested_apposition(t, own, labels) or participle or (t.head.i == head.i and _time_adjunct(t)):
            drop.update(x.i for x in t.subtree)
            if _after_comma(t):
                drop.add(t.left_edge.i - 1)
    return drop


def _nested_apposition(t: Token, own: set[int], labels) -> bool:
    """"…of Oklahoma, one of the states suing …": an apposition to a deeper noun that is a
    description of its own (not "of Ashton, Md.")."""
    return t.head.i not in own and t.dep_ in labels["np_nested"] and _after_comma(t) \
        and (t.lower_ in labels["partitive_heads"] or any(c.dep_ in (DET, NUMMOD) for c in t.children))


def _past_dateline(toks: list[Token]) -> list[Token]:
    """"WASHINGTON -- President Pellham", "BRUSSELS - European leaders": a dateline before the
    name is no part of it."""
    for k, t in enumerate(toks[:-1]):
        if t.text in ("--", "—", "–", "-") and k and all(x.is_upper or x.is_punct for x in toks[:k]):
            return toks[k + 1:]
    return toks


def _without_aside(toks: list[Token]) -> list[Token]:
    """"Mr. Whitlock (a view shared by every trader we asked)": a parenthetical remark with a
    verb of its own is the writer's aside, not part of the name ("Rep. X (D-Md.)" stays)."""
    for k, t in enumerate(toks):
        if t.text == "(" and k:
            inner = toks[k + 1:]
            close = next((j for j, x in enumerate(inner) if x.text == ")"), len(inner))
            if any(x.pos_ == VERB for x in inner[:close]):
                return toks[:k]
            return toks
    return toks


def _time_adjunct(tok: Token) -> bool:
    """A time phrase the parser hung on the source noun: "a report on Wednesday said …",
    "the review last month found …" (when it was said, not who said it). Only a phrase that
    is wholly a date or time ("the report on Tuesday's meeting" keeps its topic)."""
    if tok.dep_ == PREP:
        objs = [c for c in tok.children if c.dep_ == POBJ]
        return len(objs) == 1 and all(x.ent_type_ in (DATE, TIME) for x in objs[0].subtree)
    return tok.dep_ == NPADVMOD and all(x.ent_type_ in (DATE, TIME) for x in tok.subtree)


def _mentions(subj: Token, labels) -> list[Offsets]:
    """One mention per source: "the three people and a separate source" → two mentions.

    Coordinated noun phrases each with their own determiner or number are separate
    sources; a bare list ("protesters and civic leaders") stays one group mention.
    """
    conjs = [c for c in subj.children if c.dep_ == CONJ and c.pos_ in (NOUN, PROPN, PRON)]
    if conjs and _has_det(subj) and all(_has_det(c) for c in conjs):
        heads = [subj] + conjs
        out = []
        for h in heads:
            toks = [t for t in _np_tokens(h, labels)
                    if not any(t in c.subtree for c in conjs if c.i != h.i)
                    and not (t.dep_ in (CC, PUNCT) and t.head.i == subj.i)]
            toks = _trim(toks)
            if toks:
                out.append(_span(toks))
        return out
    toks = _np_tokens(subj, labels)
    return [_span(toks)] if toks else []


def _has_det(tok: Token) -> bool:
    return any(c.dep_ in (DET, NUMMOD, POSS) for c in tok.children) or tok.pos_ == PRON


def _swallowed_subject(verb: Token, labels) -> list[Token]:
    """``The files were relevant to the merger talks officials said.``: with no comma before
    the cue, the parser takes the speaker into the reported clause (here as the object of
    "to") and leaves the verb with no subject. The speaker is the noun right before the
    verb, ending the clause that the verb reports, with the adjectives and names just before
    it ("Chinese officials", "Jane Doe"); a compound noun before them belongs to the clause."""
    doc = verb.doc
    if verb.dep_ != ROOT or verb.i == 0:
        return []
    last = doc[verb.i - 1]
    comp = next((c for c in verb.children if c.dep_ in labels["complement"] and c.i < verb.i), None)
    if comp is None or last.pos_ not in (NOUN, PROPN) or last.tag_ == NN \
            or not comp.left_edge.i <= last.i <= comp.right_edge.i or last.i - comp.left_edge.i < 3:
        return []  # (a singular common noun is rarely a speaker on its own: "… the plan said")
    toks = [last]
    for t in reversed(doc[comp.left_edge.i:last.i]):
        # "Chinese officials", "Jane Doe": adjectives and a name run before the noun
        if (t.pos_ == ADJ or (t.pos_ == PROPN and last.pos_ == PROPN)) and not t.is_punct:
            toks.insert(0, t)
        else:
            break
    # the clause must still say something before the speaker
    return toks if toks[0].i - comp.left_edge.i >= 3 else []


# tokens under a subject, appositions and relative clauses included ("Owen Castell, a chemist
# who leads the water research group at the Harwood Institute in Ohio …" is ~20)
MAX_SUBJECT_SPAN = 80
