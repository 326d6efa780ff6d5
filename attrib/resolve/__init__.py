"""Mentions → sources: one entry per distinct source across the article.

Each source mention the extraction found (and each party of a non-answer) is parsed into a
:class:`Mention` (kind, count, name, role, affiliation, anonymity), then resolved in article
order against the sources seen so far:

- a pronoun, a cue that carries its speaker ("ujarnya") or an elided subject ("…, tetapi tidak
  dapat mengatakan") → the last source that fits (a person for "he"/"dia", a group for "they");
- a subset ("one of the people", "salah satu sumber", "kedua orang tersebut" after three
  people) → its own entry, ``member_of`` the group, never an independent source;
- a new-source marker ("a separate source", "orang keempat") → a new source;
- the same words, a surname ("Hughes" → "Michael Hughes"), a repeated description
  ("tiga orang" … "tiga orang tersebut"), a role ("the spokesperson") → the earlier source.
"""
from .coref import Resolved, people_outside, resolve
from .mention import Mention, parse_mention, split_coordinated
from .names import person_names, statistical_names

__all__ = ["Mention", "Resolved", "parse_mention", "people_outside", "person_names", "resolve", "split_coordinated", "statistical_names"]
