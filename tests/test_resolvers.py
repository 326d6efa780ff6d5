"""The ordered resolvers of coreference (attrib/resolve/resolvers.py), one construction each, on
mentions written for these tests (invented names), in both languages."""
from __future__ import annotations

import inspect

import pytest

from attrib.lang.en import PACK as EN
from attrib.lang.id import PACK as ID
from attrib.lang.ms import PACK as MS
from attrib.model import SourceKind
from attrib.resolve.entities import _Entities, _new
from attrib.resolve.mention import Mention
from attrib.resolve.resolvers import NEW_SOURCE, RESOLVERS, _find, _heads_match, subset_of_group


def _person(name: str, entities: _Entities, pack) -> object:
    """A person source named ``name``, already seen."""
    return _new(Mention(span=(0, len(name)), text=name, kind=SourceKind.PERSON, count=1, named=True,
                        name=name), entities, pack)


def test_every_resolver_names_its_construction():
    assert len(RESOLVERS) == len(set(RESOLVERS))
    for resolver in RESOLVERS:
        assert inspect.isfunction(resolver)
        assert (resolver.__doc__ or "").strip(), resolver.__name__


@pytest.mark.parametrize("pack", [EN, ID])
def test_a_surname_is_the_person_named_before(pack):
    entities = _Entities()
    marta = _person("Marta Kovacs", entities, pack)
    later = Mention(span=(40, 46), text="Kovacs", kind=SourceKind.PERSON, proper_single=True)
    assert _find(later, entities, pack) is marta


@pytest.mark.parametrize("pack, same", [(ID, True), (MS, True), (EN, False)])
def test_the_first_words_of_a_name_refer_where_the_pack_says_so(pack, same):
    # "Rani Putri" after "Rani Putri Lestari": the given names, a reference in Indonesian and
    # Malay news (pack short_name_forms), another person's name in English
    entities = _Entities()
    rani = _person("Rani Putri Lestari", entities, pack)
    later = Mention(span=(50, 60), text="Rani Putri", kind=SourceKind.PERSON, named=True, name="Rani Putri")
    assert (_find(later, entities, pack) is rani) is same


def test_a_subset_is_never_an_earlier_source():
    entities = _Entities()
    group = _new(Mention(span=(0, 9), text="dua orang", kind=SourceKind.PEOPLE, count=2, head="orang",
                         key="dua orang"), entities, ID)
    part = Mention(span=(30, 46), text="salah satu orang", kind=SourceKind.PERSON, count=1, head="orang",
                   subset=True, definite=True, key="salah satu orang")
    assert subset_of_group(part, entities, ID) is NEW_SOURCE
    assert _find(part, entities, ID) is None
    assert group.count == 2


@pytest.mark.parametrize("pack, a, b, same", [
    (EN, "officials", "official", True),  # pack plural_suffixes
    (EN, "person", "people", True),  # pack person_heads
    (EN, "sources", "people", True),  # generic_source_heads
    (ID, "pejabat", "pejabat", True),
    (ID, "sumber", "orang", True),
    (ID, "pejabats", "pejabat", False),  # no plural suffix in Indonesian
])
def test_heads_match(pack, a, b, same):
    assert _heads_match(a, b, pack) is same
