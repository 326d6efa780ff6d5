"""attrib's spaCy components.

- ``attrib_paragraphs``: a line break always ends a sentence (headlines, paragraphs).
- ``attrib``: the whole analysis as a component: ``nlp.add_pipe("attrib")``, then
  ``doc._.attrib`` is the Report. It picks the language pack from ``nlp.lang``.
"""
from __future__ import annotations

from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("attrib"):
    Doc.set_extension("attrib", default=None)


# more tokens than any real sentence has (news sentences rarely pass 100)
MAX_SENTENCE_TOKENS = 400


@Language.component("attrib_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break; a whitespace token never starts one."""
    if len(doc) < 2:
        return doc
    # read the token attributes as arrays: a Token object per token would cost more than the rest
    orths, spaces, starts = doc.to_array([ORTH, IS_SPACE, SENT_START]).T.tolist()
    strings = doc.vocab.strings
    # a token's trailing whitespace is " " or nothing, so a line break is inside a token's text
    breaks = {o for o in set(orths) if "\n" in strings[o]}
    run = 0  # tokens since the last sentence start
    for i in range(1, len(orths)):
        if orths[i - 1] in breaks and not spaces[i]:
            doc[i].is_sent_start = True
            run = 0
        elif starts[i] == 1:
            run = 0
        else:
            run += 1
            # "word word word …" with no full stop: cut it, so the parse and the rules over
            # one sentence stay bounded and the whole stays linear in the text's length
            if run >= MAX_SENTENCE_TOKENS and not spaces[i]:
                doc[i].is_sent_start = True
                run = 0
    return doc


class AttribComponent:
    """Runs attrib on each Doc and stores the Report in ``doc._.attrib``."""

    def __init__(self, nlp: Language, name: str, language: str | None):
        from ..lang import get_pack

        self.name = name
        self.pack = get_pack(language or nlp.lang)
        import re

        self._boilerplate = [re.compile(p, re.I) for p in self.pack.boilerplate]

    def __call__(self, doc: Doc) -> Doc:
        from ..build import build_report

        doc._.attrib = build_report(doc, self.pack, self._boilerplate)
        return doc


@Language.factory("attrib", default_config={"language": None})
def make_attrib(nlp: Language, name: str, language: str | None) -> AttribComponent:
    return AttribComponent(nlp, name, language)
