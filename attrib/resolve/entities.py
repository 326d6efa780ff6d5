"""The sources seen so far in an article: what each knows, how recently it was mentioned."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from ..lang.base import LangPack
from ..model import SourceKind, Span
from .mention import Mention
from .words import _bare


@dataclass
class _Entity:
    id: str
    first: Mention
    mentions: list[Span] = field(default_factory=list)
    kind: SourceKind = SourceKind.UNKNOWN
    count: int | None = None
    named: bool = False
    anonymous: bool = False
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    head: str | None = None
    keys: set[str] = field(default_factory=set)
    member_of: str | None = None
    last: int = 0  # where it was last mentioned
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)  # "Darsono yang akrab disapa Sono" → "sono"

    def absorb(self, m: Mention) -> None:
        """A later mention adds what it knows ("Hughes" adds nothing; "Michael Hughes" a name)."""
        _absorb_name(self, m)
        _absorb_description(self, m)
        _absorb_count(self, m)
        if m.key:
            self.keys.add(m.key)


def _absorb_name(e: _Entity, m: Mention) -> None:
    """A longer name of the same kind replaces the one known; a one-word "organisation" named
    again as a person was a person all along."""
    if m.name and (not e.name or len(m.name) > len(e.name)) and m.kind is e.kind:
        e.name = m.name
        e.named = True
    # "Halvorsen's claim that …" (NER: an organisation), then "Halvorsen said" (a person): the
    # one-word name was a person's all along
    if e.kind is SourceKind.ORGANIZATION and m.kind is SourceKind.PERSON and m.name \
            and " " not in _bare(e.first.text) and _bare(m.name) == _bare(e.first.text):
        e.kind, e.count, e.name, e.named = SourceKind.PERSON, 1, _bare(m.name), True


def _absorb_description(e: _Entity, m: Mention) -> None:
    """Role, gender, affiliation and kind: the first mention that says one gives it."""
    e.role = e.role or m.role
    e.gender = e.gender or (m.gender if m.gender != "n" else None)
    e.affiliation = e.affiliation or m.affiliation
    if e.kind is SourceKind.UNKNOWN:
        e.kind = m.kind


def _absorb_count(e: _Entity, m: Mention) -> None:
    """"tiga orang" after "mereka": the first count a description of the same kind gives (a
    pronoun or a cue's "-nya" counts no one)."""
    if e.count is None and m.count is not None and m.kind is e.kind \
            and not (m.pronoun or m.embedded or m.zero):
        e.count = m.count


class _Entities(list):
    """The sources so far, with their recency and their words indexed (resolution stays
    linear in long articles)."""

    WINDOW = 100  # how many recent sources a description or pronoun looks back over

    def __init__(self) -> None:
        super().__init__()
        self.order: dict[str, _Entity] = {}  # most recently mentioned last
        self.by_key: dict[str, _Entity] = {}  # "tiga orang" → the source last called so
        self.text = ""  # the article, for the words around a source's mentions

    def touch(self, e: _Entity) -> None:
        self.order.pop(e.id, None)
        self.order[e.id] = e
        for k in e.keys:
            self.by_key[k] = e


def _recent(entities: _Entities) -> list[_Entity]:
    """The sources most recently mentioned first, as far back as the window."""
    return list(islice(reversed(entities.order.values()), _Entities.WINDOW))


def _new(m: Mention, entities: _Entities, pack: LangPack) -> _Entity:
    """A new source, first mentioned by ``m``."""
    ent = _Entity(id=f"s{len(entities) + 1}", first=m, kind=m.kind, count=m.count, named=m.named,
                  anonymous=m.anonymous, name=m.name, role=m.role, affiliation=m.affiliation,
                  head=m.head, keys={m.key} if m.key else set(),
                  gender=m.gender if m.gender != "n" else None)
    if m.proper_single:
        ent.name = _bare(m.text) if m.kind is SourceKind.PERSON else None
    if m.kind is SourceKind.ORGANIZATION and m.named and not ent.name:
        ent.name = _without_article(_bare(m.text), pack)
    entities.append(ent)
    entities.touch(ent)
    return ent


def _without_article(name: str, pack: LangPack) -> str:
    """"The Carter Center" → "Carter Center": an organisation's name without the article it
    opens with (pack ``org_name_articles``)."""
    pattern = pack.compiled("resolve.org_name_articles", _article_pattern)
    return pattern.sub("", name) if pattern is not None else name


def _article_pattern(pack: LangPack) -> re.Pattern[str] | None:
    """The articles of ``org_name_articles`` at the start of a name, lower-case or capitalised."""
    words = sorted(pack.discourse.org_name_articles)
    if not words:
        return None
    forms = [f for w in words for f in (re.escape(w), re.escape(w.capitalize()))]
    return re.compile(r"^(?:" + "|".join(forms) + r")\s+")
