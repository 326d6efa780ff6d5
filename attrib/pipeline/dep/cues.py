"""Cue words with their source and content: a verb of saying or believing (``cue_verb``), a
passive verb with its agent (``passive_cue``) and a noun cue with its owner (``cue_noun``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..found import Found, Offsets
from .contents import _complement_content, _complements, _hidden_complement, _topic_object
from .quotes import _attach_quotes, _later_quote
from .sources import (MAX_SUBJECT_SPAN, _anonymity_formula, _infinitive, _mentions, _np_tokens,
                      _relative_subject, _subject, _swallowed_subject)
from .spans import Range, _minus, _Quotes, _range_span, _set_kind, _snap, _span
from .scheme import ADVMOD, CCOMP, DATE, EX, EXPL, MARK, NOUN, NPADVMOD, NSUBJ, PCOMP, POBJ, POSS, PREP, PRON, PROPN, PRP, PRT, TIME, VBG, VBN, WDT, WP, WP_POSSESSIVE, XCOMP

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...lang.base import LangPack


def _verb_parsed_as_noun(tok: Token, labels) -> bool:
    """"But Halvorsen claims that he …": en_core_web_sm tags "claims" a noun after a name, yet
    parses it as a verb, with a subject and a clausal complement of its own."""
    return tok.lower_.endswith(labels["verb_endings"]) and any(c.dep_ == NSUBJ for c in tok.children) \
        and any(c.dep_ == CCOMP and c.i > tok.i for c in tok.children)


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
        return any(c.dep_ == PREP and c.lower_ in labels["predicate_preps"] for c in verb.children) \
            and any(c.dep_ in labels["object"] for c in verb.children)
    return False


def _says_what(tok: Token, labels) -> bool:
    """A clause or a topic after a noun of saying ("the case that Y", "the case for Y")."""
    return tok.dep_ in labels["noun_clause"] or (tok.dep_ == PREP and (
        tok.lower_ in labels["topic_preps"] or tok.lower_ in labels["noun_topic_preps"]))


def _cue_tokens(verb: Token, labels) -> list[Token]:
    """The cue as PolNeAR marks it: auxiliaries, negation and adverbs before the verb
    ("has also said", "did not respond") and a particle after it ("pointed out")."""
    toks = [verb]
    for c in verb.children:
        if c.i < verb.i and c.dep_ in labels["cue_left"] and c.i >= verb.i - 3:
            toks.append(c)
        elif c.i == verb.i + 1 and c.dep_ == PRT:
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
    if tok.dep_ == ADVMOD and tok.n_lefts == tok.n_rights == 0 and tok.lower_ not in labels["not_cue_tails"]:
        return True
    if tok.dep_ == NPADVMOD and tok.ent_type_ in (DATE, TIME):
        return True
    return tok.dep_ == PREP and tok.lower_ in labels["occasion_preps"] and any(
        o.dep_ == POBJ and o.lemma_.lower() in labels["occasion_nouns"] for o in tok.children)


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
    if _describes_something_else(verb, labels, rel_subject):
        return None
    if agent is not None:
        return passive_cue(doc, verb, agent, labels, qs)
    if _reports_nothing(verb, pack, labels):
        return None
    speech = verb.lemma_.lower() in pack.speech_verbs
    source = _cue_source(verb, pack, labels, rel_subject, speech)
    if source is None:
        return None
    subj, subj_toks, mentions = source
    cue_toks = _cue_words(doc, verb, labels, pack.speech_verbs)
    stance = "denies" if verb.lemma_.lower() in pack.denial_cues else "asserts"
    found = Found([], _span(cue_toks), mentions, stance=stance, rule="cue_verb")
    clause = _cue_clause(verb, cue_toks, subj_toks, labels, pack.speech_verbs, speech)
    lo, hi = _clause_offsets(doc, clause)
    # does the verb report a clause of its own after it ("said Kim's state is …")?
    reports_clause = any(c.dep_ == CCOMP and c.i > verb.i for c in verb.children)
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
        _take_next_sentence_quote(found, hi, sent, qs, pack.speech_verbs)
    _set_kind(found, qs)
    return found


def _describes_something_else(verb: Token, labels, rel_subject: Token | None) -> bool:
    """"The book that she wrote": a relative clause with no complement and no relative pronoun
    for its subject describes a noun; it reports nothing (a participle "…saying" still may)."""
    return verb.dep_ in labels["relative"] and not _complements(verb, labels) and rel_subject is None \
        and not (verb.dep_ in labels["participle_of_noun"] and verb.tag_ == VBG)


def _reports_nothing(verb: Token, pack: LangPack, labels) -> bool:
    """A verb that leaves the relation to its infinitive (:func:`_defers_to_complement`), or
    a verb of aspect before an infinitive: "the firm continued to lose money", "continued to
    insist that Y" reports nothing of its own."""
    if _defers_to_complement(verb, pack):
        return True
    return verb.lemma_.lower() in labels["aspectual"] and any(c.dep_ == XCOMP for c in verb.children)


def _cue_source(verb: Token, pack: LangPack, labels, rel_subject: Token | None,
                speech: bool) -> tuple[Token, list[Token], list[Offsets]] | None:
    """The cue verb's speaker: its subject (or a relative pronoun, an inherited subject, a
    speaker swallowed by the reported clause), its noun phrase's tokens and its mentions."""
    subj = rel_subject or _subject(verb, labels, pack.speech_verbs if speech else frozenset())
    swallowed = _swallowed_subject(verb, labels) if subj is None and speech else []
    if swallowed:
        subj = swallowed[-1]
    if subj is None or subj.dep_ == EXPL \
            or (subj.lower_ in labels["bad_subjects"] and subj is not rel_subject):
        return None
    # a "subject" spanning more than any source's noun phrase ("said said said …" parsed as one
    # tree) is a misparse; checked from the subtree's edges, before walking it
    if subj.right_edge.i - subj.left_edge.i > MAX_SUBJECT_SPAN:
        return None
    if swallowed:
        return subj, swallowed, [_span(swallowed)]
    subj_toks = _np_tokens(subj, labels)
    if subj.i == verb.head.i and verb.dep_ in labels["participle_of_noun"]:
        # the described noun without the participle's own clause
        subj_toks = [t for t in subj_toks if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        mentions = [_span(subj_toks)] if subj_toks else []
    else:
        mentions = _mentions(subj, labels)
    if not mentions or not subj_toks:
        return None
    return subj, subj_toks, mentions


def _cue_words(doc: Doc, verb: Token, labels, cues: frozenset[str]) -> list[Token]:
    """The cue's tokens (:func:`_cue_tokens`), with the colon that introduces a quote ("He
    says: “…”") and the preposition of a topic ("complained about", "called for")."""
    cue_toks = _cue_tokens(verb, labels)
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":":
        # "He says: “…”": PolNeAR's cue takes the colon that introduces the quote
        cue_toks.append(doc[verb.i + 1])
    topic = _topic_object(verb, labels, cues)
    if topic is not None and topic.head.i == verb.i + 1:
        # "complained about", "called for": the preposition is part of the cue
        cue_toks.append(topic.head)
    return cue_toks


def _cue_clause(verb: Token, cue_toks: list[Token], subj_toks: list[Token], labels,
                cues: frozenset[str], speech: bool) -> list[Range]:
    """The cue clause, as token ranges: the verb, its cue words, its subject and its addressee
    ("told Reuters") and the words after it that stay with the cue ("said on Friday"), less
    a content hidden among them."""
    clause = [(t.i, t.i) for t in cue_toks] + [(subj_toks[0].i, subj_toks[-1].i)]
    hidden = (_hidden_complement(verb, labels) if speech else None) \
        or _topic_object(verb, labels, cues)
    for c in verb.children:
        if c.dep_ in labels["addressee"] or (c.dep_ in labels["clause_extra"] and c.i > verb.i
                                             and not _second_complement(c, verb, labels)):
            part = [(c.left_edge.i, c.right_edge.i)]
            clause += _minus(part, (hidden.left_edge.i, hidden.right_edge.i)) if hidden is not None else part
    return clause


def _clause_offsets(doc: Doc, clause: list[Range]) -> tuple[int, int]:
    """The character offsets [lo, hi) of the cue clause's token ranges."""
    lo = doc[min(a for a, _ in clause)].idx
    last = doc[max(b for _, b in clause)]
    return lo, last.idx + len(last.text)


def _take_next_sentence_quote(found: Found, hi: int, sent: Span, qs: _Quotes,
                              cues: frozenset[str]) -> None:
    """"Y, Schiff said. “Z.”": a quotation opening the next sentence goes on with Y."""
    k = _later_quote(qs.text, hi, sent, qs, cues)
    if k is not None and qs.owner.get(k) is None and qs.items[k].start >= sent.end_char:
        qs.owner[k] = found
        found.content.append((qs.items[k].start, qs.items[k].end))


def _second_complement(prep: Token, verb: Token, labels) -> bool:
    """``described the budget as a disgrace``: a preposition right after the verb's object
    that completes what was said (not the cue clause's "said in a statement")."""
    return prep.dep_ == PREP and prep.lower_ in labels["object_preps"] and any(
        c.dep_ in labels["object"] and verb.i < c.i and c.right_edge.i + 1 == prep.i for c in verb.children)


def _defers_to_complement(verb: Token, pack: LangPack) -> bool:
    """``The senator appeared to suggest Y`` / ``seems to believe Y``: a cue of the derived
    list (a verb of stance or presentation) whose infinitive is a verb of saying or believing
    leaves the relation to that verb."""
    lemma = verb.lemma_.lower()
    if lemma in pack.speech_verbs or lemma in pack.belief_verbs:
        return False
    return any(c.dep_ == XCOMP and (c.lemma_.lower() in pack.speech_verbs or c.lemma_.lower() in pack.belief_verbs)
               for c in verb.children)


def _agent(verb: Token, labels) -> Token | None:
    """The agent of a passive cue ("was first reported by The Harbor Daily"): the
    object of its "by" phrase."""
    if verb.tag_ != VBN:
        return None
    by = next((c for c in verb.children if c.dep_ in labels["agent"] and c.i > verb.i), None)
    if by is None:
        return None
    obj = next((o for o in by.children if o.dep_ == POBJ and o.pos_ in (NOUN, PROPN, PRON)), None)
    # "was signed by hand": only a speaker-like noun phrase is a source
    if obj is None or obj.ent_type_ in labels["not_topic_entities"]:
        return None
    return obj


def passive_cue(doc: Doc, verb: Token, agent: Token, labels, qs: _Quotes) -> Found | None:
    """``Y was first reported by X`` / ``Y is supported by X`` / ``a view echoed by X``:
    the agent is the source and the passive subject (or the noun the participle
    describes) is the content."""
    subj = next((c for c in verb.children if c.dep_ in labels["passive_subject"]), None)
    if subj is not None and subj.tag_ not in (WDT, WP, PRP, EX):
        pieces = [_range_span(doc, subj.left_edge.i, subj.right_edge.i)]
    elif subj is None and verb.dep_ in labels["participle_of_noun"] and verb.head.pos_ in (NOUN, PROPN):
        pieces = _described_noun(doc, verb, labels)
    else:
        # "it was reported by X that …", "which was endorsed by X": the words stand for
        # something elsewhere
        return None
    mentions = _mentions(agent, labels)
    if pieces[0] is None or not mentions:
        return None
    f = Found([_snap(p, qs) for p in pieces], _span(_passive_cue_tokens(verb, agent, labels)), mentions,
              rule="passive_cue")
    _set_kind(f, qs)
    return f


def _described_noun(doc: Doc, verb: Token, labels) -> list[Offsets | None]:
    """"(a view echoed by everyone I interviewed)": the described noun, before the participle;
    "The deal, first reported by the Wall Street Journal, values the company at $2 billion":
    what the sentence says of the reported thing rests on the report too."""
    head = verb.head
    content = _range_span(doc, head.left_edge.i, verb.left_edge.i - 1) \
        if head.left_edge.i < verb.left_edge.i else None
    pred = head.head
    if content is not None and head.dep_ in labels["subject"] and pred.i > verb.right_edge.i \
            and verb.lemma_.lower() in labels["reporting_participles"]:
        rest = _range_span(doc, verb.right_edge.i + 1, pred.right_edge.i)
        if rest is not None:
            return [content, rest]
    return [content]


def _passive_cue_tokens(verb: Token, agent: Token, labels) -> list[Token]:
    """The passive cue's tokens with the preposition of its agent right after them ("is
    supported by": PolNeAR's cue takes the preposition)."""
    cue_toks = _cue_tokens(verb, labels)
    by = agent.head
    if by.i == max(t.i for t in cue_toks) + 1:
        cue_toks.append(by)
    return cue_toks


def cue_noun(noun: Token, labels, qs: _Quotes) -> Found | None:
    """``Halvorsen's claim that there have been hundreds of break-ins``: a noun cue with its
    owner as the source and a that-clause as the content."""
    owner = next((c for c in noun.children if c.dep_ == POSS and c.tag_ not in (WP_POSSESSIVE,)), None)
    if owner is None:
        return None
    clause = _noun_content(noun, labels)
    if clause is None:
        return None
    # "Halvorsen's claim": PolNeAR's source keeps the possessive ending
    src = [t for t in owner.subtree if not t.is_space]
    piece = _range_span(noun.doc, clause.left_edge.i, clause.right_edge.i)
    pieces = [piece] if piece else []
    if not src or not pieces:
        return None
    cue = [noun]
    if clause.head.dep_ == PREP and clause.head.i == noun.i + 1:
        cue.append(clause.head)  # "'s claims about": the preposition is part of the cue
    f = Found([_snap(p, qs) for p in pieces], _span(cue), [_span(src)],
              rule="cue_noun")
    _set_kind(f, qs)
    return f


def _noun_content(noun: Token, labels) -> Token | None:
    """The head of what a noun cue reports: a that-clause, else an infinitive, else a topic."""
    for finder in (_noun_that_clause, _noun_infinitive, _noun_topic):
        head = finder(noun, labels)
        if head is not None:
            return head
    return None


def _noun_that_clause(noun: Token, labels) -> Token | None:
    """"the claim that Y": a clause opened by "that" after the noun."""
    return next((c for c in noun.children if c.i > noun.i and c.dep_ in labels["noun_clause"]
                 and any(m.dep_ == MARK and m.lower_ in labels["complement_marks"] for m in c.children)), None)


def _noun_infinitive(noun: Token, labels) -> Token | None:
    """"Pellham's decision to jump-start relations", "Mrs. Marlowe's plan to cap …": an
    infinitive after the noun."""
    return next((c for c in noun.children if c.i > noun.i and c.dep_ in labels["noun_clause"]
                 and _infinitive(c, labels)), None)


def _noun_topic(noun: Token, labels) -> Token | None:
    """"Halvorsen's more recent rhetoric about Y", "Marlowe's comments on Y": a topic (but
    "his remarks on Saturday": a date is no topic)."""
    prep = next((c for c in noun.children if c.i > noun.i and c.dep_ == PREP
                 and c.lower_ in labels["noun_topic_preps"]), None)
    topic = None if prep is None else next((o for o in prep.children if o.dep_ in (POBJ, PCOMP)), None)
    if topic is not None and topic.ent_type_ in labels["not_topic_entities"]:
        return None
    return topic
