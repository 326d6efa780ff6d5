"""Contents: what a cue reports (its complement, a topic object, the clause it interrupts) as
token ranges, and the sweep that keeps only relations outside every other's content."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..found import Found, Offsets
from .spans import Range, _after_comma, _minus, _range_span
from .scheme import ADVMOD, AUX, CONJ, MARK, PCOMP, POBJ, PREP, RELCL, ROOT, VERB, WDT, WP, WRB, XCOMP

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _outermost(found: list[Found]) -> list[Found]:
    """Drop relations whose cue lies inside another relation's content: in "Stein said she
    plans to join the protest" the plan is part of what Stein said, not a second claim.

    One sweep over the sorted piece boundaries and cue positions (no pairwise checks).
    """
    acc = {n for n, f in enumerate(found) if f.rule == "according_to"}
    inside, only_acc = _cues_inside_contents(found, acc)
    for n in inside & only_acc:
        if _stays_beside_according_to(found, n, acc):
            inside.discard(n)
    for n in inside & acc - only_acc:
        if _held_according_to_stays(found, n):
            inside.discard(n)
    return [f for n, f in enumerate(found) if n not in inside]


def _cue_at(f: Found) -> int:
    """Where a relation's cue starts (its hull when it has no cue)."""
    return f.cue[0] if f.cue else f.hull[0]


def _sweep_events(found: list[Found]) -> list[tuple[int, int, int]]:
    """(offset, order, found index) for every content piece's start and end and every cue,
    sorted; order: end < cue < start."""
    events: list[tuple[int, int, int]] = []
    for n, f in enumerate(found):
        for s, e in f.content:
            events.append((s, 2, n))
            events.append((e, 0, n))
        events.append((_cue_at(f), 1, n))
    events.sort()
    return events


def _cues_inside_contents(found: list[Found], acc: set[int]) -> tuple[set[int], set[int]]:
    """The relations whose cue lies inside another relation's content, and those of them that
    lie inside "according to" contents only."""
    active: dict[int, int] = {}
    total = acc_total = 0  # contents open at this point; how many of them are "according to"s
    inside: set[int] = set()
    only_acc: set[int] = set()  # inside "according to" contents only
    for _, kind, n in _sweep_events(found):
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
    return inside, only_acc


def _within(f: Found, offset: int) -> bool:
    """Does one of the relation's content pieces hold the offset?"""
    return any(s <= offset < e for s, e in f.content)


def _stays_beside_according_to(found: list[Found], n: int, acc: set[int]) -> bool:
    """A relation inside "according to" contents only that stays: the speaker's own quotation
    ("“…,” X said, according to audio of the meeting": the phrase after it names the evidence,
    a relation of its own), or a relation that holds every "according to" holding it ("Y, as
    the Ledger reported, and Z, according to two people": "according to" takes the rest of its
    sentence, so the two are side by side, not nested)."""
    f = found[n]
    if f.rule == "quote_cue":
        return True
    return all(_within(f, _cue_at(found[k])) for k in acc
               if k != n and _within(found[k], _cue_at(f)))


def _held_according_to_stays(found: list[Found], n: int) -> bool:
    """… and the "according to" held by such a relation: it stays when it holds every relation
    that holds it."""
    f = found[n]
    holders = [g for g in found if g is not f and _within(g, _cue_at(f))]
    return all(_within(f, _cue_at(g)) for g in holders)


def _hidden_complement(verb: Token, labels) -> Token | None:
    """``X wrote in a letter that Y``: the parser often hangs the that-clause on the noun as
    a relative clause; a "relative" clause opened by the conjunction "that" (``mark``, not a
    relative pronoun) is the verb's complement."""
    if _complements(verb, labels):
        return None
    for c in verb.children:
        # "Halvorsen said after the vote he would not accept …": a clause with its own
        # subject and no conjunction of its own, parsed as an adverbial, is what was said
        if c.dep_ in labels["adverbial"] and c.i > verb.i + 1 and c.pos_ in (VERB, AUX) \
                and any(g.dep_ in labels["subject"] for g in c.children) \
                and not any(g.dep_ == MARK or (g.dep_ == ADVMOD and g.tag_ == WRB) for g in c.children):
            return c
    for prep in verb.children:
        if prep.dep_ != PREP or prep.i < verb.i:
            continue
        for t in prep.subtree:
            if t.dep_ == RELCL and any(c.dep_ == MARK and c.lower_ in labels["complement_marks"] for c in t.children):
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
        if p.dep_ == PREP and p.i > verb.i and (p.lower_ in labels["topic_preps"] or p.lower_ in own):
            # "called for an inquiry" (pobj), "called for reducing the rate" (pcomp)
            obj = next((o for o in p.children if o.dep_ in (POBJ, PCOMP)), None)
            # "spoke for an hour": a duration is no topic
            if obj is None or obj.ent_type_ in labels["not_topic_entities"]:
                return None
            # "responded to her by saying Y": the gerund is the cue of its own relation
            if obj.pos_ == VERB and obj.lemma_.lower() in cues:
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
    comps = _content_heads(verb, subj, labels, cues)
    if not comps:
        return []
    ranges: list[Range] = []
    for comp in comps:
        ranges += _head_ranges(doc, verb, comp, labels)
    if comps[0].i > verb.i:
        cut = _next_cue(comps[0], cues, labels)
        if cut is not None:
            ranges = [(a, min(b, cut - 1)) for a, b in ranges if a < cut]
    if comps[0].i < verb.i and comps[0].i != verb.head.i and verb.dep_ == ROOT:
        ranges = _fronted_content(verb, clause, labels, sent, cues)
    for cut_range in clause:
        ranges = _minus(ranges, cut_range)
    if verb.lemma_.lower() not in cues:  # (a speaker's words keep their relative clauses)
        ranges = [_without_trailing_remark(doc, a, b, labels) for a, b in ranges]
    return [p for p in (_range_span(doc, a, b) for a, b in sorted(ranges)) if p]


def _content_heads(verb: Token, subj: Token, labels, cues: frozenset[str]) -> list[Token]:
    """The heads of what the verb reports: the first of its complement clauses, its object,
    its topic, the clause it interrupts or comments on, or a fronted second subject."""
    heads = _clause_heads(verb, labels, cues)
    if not heads:
        heads = _object_heads(verb, labels)
    if not heads:
        topic = _topic_object(verb, labels, cues)
        heads = [topic] if topic is not None else []
    if not heads:
        heads = _commented_clause(verb, labels)
    if not heads:
        heads = _fronted_subject(verb, subj, labels)
    return heads


def _clause_heads(verb: Token, labels, cues: frozenset[str]) -> list[Token]:
    """``said (that) Y``, ``plans to Y``: the verb's complement clauses, or the that-clause
    the parser hung elsewhere (:func:`_hidden_complement`)."""
    comps = _complements(verb, labels)
    if comps or verb.lemma_.lower() not in cues:
        return comps
    hidden = _hidden_complement(verb, labels)
    return [hidden] if hidden is not None else []


def _object_heads(verb: Token, labels) -> list[Token]:
    """"denied the report", "called him “a genius”" — but not a relative pronoun, and not
    the object of a verb that reports only a clause ("found a job", "added 200 jobs")."""
    if verb.lemma_.lower() in labels["clause_only"]:
        return []
    return [c for c in verb.children if c.dep_ in labels["object"] and c.i > verb.i
            and c.tag_ not in (WDT, WP) and c.lower_ not in labels["bad_subjects"]]


def _commented_clause(verb: Token, labels) -> list[Token]:
    """The clause a cue clause interrupts or comments on: "But to avoid delays, she said, the
    city crews should start early." · "As many tax experts have pointed out, Y" / "Y, as police
    have said" (the clause the as-clause hangs on is what they said)."""
    if verb.head.i == verb.i:
        return []
    if verb.dep_ in labels["parenthetical"]:
        return [verb.head]
    if verb.dep_ in labels["adverbial"] \
            and any(c.dep_ == MARK and c.lower_ in labels["as_marks"] for c in verb.children):
        return [verb.head]
    return []


def _fronted_subject(verb: Token, subj: Token, labels) -> list[Token]:
    """"People like Scott, he said.": the parser's second subject, before the speaker, is
    what was said."""
    if not _after_comma(subj):
        return []
    return [c for c in verb.children if (c.dep_ in labels["subject"] or c.dep_ in labels["fragment"])
            and c.i < subj.i][:1]


def _head_ranges(doc: Doc, verb: Token, comp: Token, labels) -> list[Range]:
    """The token ranges one content head stands for: its subtree, widened by what completes an
    object or a request, without the cue's own subtree and the writer's remarks on an object."""
    whole = [(comp.left_edge.i, comp.right_edge.i)]
    if comp.dep_ in labels["object"] and comp.i > verb.i:
        whole = [_object_with_second_complement(doc, verb, comp, labels)]
    elif comp.dep_ == XCOMP and comp.i > verb.i:
        whole = _request_with_object(verb, comp, labels) or whole
    if comp.i == verb.head.i:  # the parenthetical's head: without the cue's own subtree
        whole = _minus(whole, (verb.left_edge.i, verb.right_edge.i))
    if comp.dep_ in labels["object"] or comp.dep_ == POBJ:
        whole = _without_object_remarks(whole, comp, labels)
    return whole


def _object_with_second_complement(doc: Doc, verb: Token, comp: Token, labels) -> Range:
    """"described Trump as a danger", "criticized the plan for its cost", "accused the mayor of
    lying": the verb's second complement, right after the object, belongs to what was said."""
    right = comp.right_edge.i
    for p in sorted((c for c in verb.children if c.i > right), key=lambda c: c.i):
        if p.left_edge.i != right + 1 or not (p.dep_ == PREP and p.lower_ in labels["object_preps"]):
            break
        right = p.right_edge.i
    return _without_trailing_remark(doc, comp.left_edge.i, right, labels)


def _request_with_object(verb: Token, comp: Token, labels) -> list[Range]:
    """"urged the senator to apologize": the object a request is made to is part of it."""
    obj = next((c for c in verb.children if c.dep_ in labels["object"] and verb.i < c.i < comp.i
                and c.right_edge.i + 1 == comp.left_edge.i), None)
    return [(obj.left_edge.i, comp.right_edge.i)] if obj is not None else []


def _without_object_remarks(whole: list[Range], comp: Token, labels) -> list[Range]:
    """"attacked rivals for accepting his donations, which he said were …": a relative clause
    set off by a comma is the writer's remark about the object, not content."""
    for rel in comp.children:
        if rel.dep_ in labels["relative"] and rel.i > comp.i and _after_comma(rel):
            whole = _minus(whole, (rel.left_edge.i - 1, rel.right_edge.i))
    return whole


def _fronted_content(verb: Token, clause: list[Range], labels, sent: Span,
                     cues: frozenset[str]) -> list[Range]:
    """"Y, the source added.": everything before the cue clause is the content; "Though X, he
    said, Y" / "X, the agency said, and Y": what follows the cue clause too, when it is a clause
    of its own (not "…, and added Z")."""
    first = min(a for a, _ in clause)
    last = max(b for _, b in clause)
    ranges = [(sent.start, first - 1)]
    if any(c.i > last and _clause_of_its_own(c, labels, cues) for c in verb.children):
        ranges.append((last + 1, sent.end - 1))
    return ranges


def _clause_of_its_own(c: Token, labels, cues: frozenset[str]) -> bool:
    """A complement, or a conjoined verb with its own subject that is no further cue."""
    if c.dep_ in labels["complement"]:
        return True
    return c.dep_ == CONJ and c.lemma_.lower() not in cues \
        and any(g.dep_ in labels["subject"] for g in c.children)


def _without_trailing_remark(doc: Doc, a: int, b: int, labels) -> Range:
    """``favours a vote in May, when the council meets``, ``…, which …``: a relative clause
    set off by a comma that ends the content of a belief or a stance is the writer's remark
    on a noun of it, not part of what is believed."""
    for t in doc[a:b + 1]:
        if t.dep_ in labels["remark_clauses"] and a <= t.head.i < t.i and t.right_edge.i >= b - 1 \
                and _after_comma(t) and t.left_edge.i - 1 > a:
            return a, t.left_edge.i - 2
    return a, b


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
