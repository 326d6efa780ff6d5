"""A tokenizer that loads its hyphenated exceptions when a text needs them.

spaCy's Indonesian tokenizer has about 16,000 exceptions, nearly all reduplicated words
("abu-abu", "sehari-hari") kept whole against the infix rule that splits on hyphens. Adding
them one by one (``Tokenizer.add_special_case`` tokenizes each and creates its lexemes) is most
of the 1–4 s that ``spacy.blank("id")`` takes, paid on every start.

:class:`LazyExceptionsTokenizer` starts with the few hundred exceptions that have no hyphen and
adds a hyphenated one the first time a text contains it. A special case can only apply where
its string occurs in the text, and the exceptions in force for a text are all those occurring
in it, so the tokens are the same as with all exceptions loaded (``tests/test_api.py`` checks
this against ``spacy.blank("id")``). The pipeline is built with
``spacy.blank(code, config=lazy_tokenizer_config())``.

It also fixes the cost of spaCy's token cache on such texts. spaCy's tokenizer caches how it
split each whitespace-delimited chunk, but only until the first special case in a Doc: after
that, nothing more is cached for that Doc (a flag for the whole Doc, spaCy issue #1250). An
Indonesian article meets an exception early ("dll.", "Jl.", a reduplicated word), so most of its
chunks went through the prefix/suffix/infix regexes again in every article: the tokenizer ran at
about a third of the English one's speed on the same texts. Here each chunk is tokenized alone
the first time it is seen, which caches it (unless it holds a special case itself); the article
is then tokenized by spaCy as before, finding its chunks in the cache. The tokens are spaCy's:
a cache entry is what spaCy's own splitting of that chunk gave.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

NAME = "attrib.LazyExceptionsTokenizer.v1"
# chunks remembered as seen (exceptions loaded, cache warmed); past this, forgetting them only
# costs tokenizing a chunk alone once more
_MAX_SEEN = 500_000
# chunks spaCy's cache keeps (its default, 10,000, is far fewer than the distinct chunks of a few
# hundred articles: past it, every new chunk goes through the affix regexes in every article).
# An entry is a few dozen bytes, so this costs a few MB at most.
CACHE_SIZE = 200_000


class LazyExceptionsTokenizer(Tokenizer):
    """A spaCy Tokenizer whose exceptions containing ``-`` are added on first sight."""

    def __init__(self, vocab: Any, rules: dict[str, list[dict]] | None = None, *args: Any,
                 **kwargs: Any):
        self._lazy: dict[str, list[dict]] = {}
        self._lengths: list[int] = []
        self._seen: set[str] = set()  # chunks seen: exceptions loaded, cache warmed
        self._keep_cache = False
        if len(args) < 7:  # positional: prefix, suffix, infix, token_match, url_match, heuristics, size
            kwargs.setdefault("max_cache_size", CACHE_SIZE)
        super().__init__(vocab, None, *args, **kwargs)
        self.rules = rules or {}

    @property
    def rules(self) -> dict[str, list[dict]]:
        """All the exceptions, loaded or not (what spaCy's Tokenizer would hold)."""
        return {**Tokenizer.rules.__get__(self), **self._lazy}

    @rules.setter
    def rules(self, rules: dict[str, list[dict]]) -> None:
        Tokenizer.rules.__set__(self, {k: v for k, v in rules.items() if "-" not in k})
        self._lazy = {k: v for k, v in rules.items() if "-" in k}
        self._lengths = sorted({len(k) for k in self._lazy})
        self._seen = set()

    def __reduce__(self) -> tuple:
        return (self.__class__, (self.vocab, self.rules, self.prefix_search, self.suffix_search,
                                 self.infix_finditer, self.token_match, self.url_match), None, None)

    def to_bytes(self, *, exclude: Any = tuple()) -> bytes:
        """Serialised as spaCy's Tokenizer, with every exception (loaded or not)."""
        data = srsly.msgpack_loads(super().to_bytes(exclude=exclude))
        if "exceptions" in data:
            data["exceptions"] = dict(sorted(self.rules.items()))
        return srsly.msgpack_dumps(data)

    def __call__(self, text: str) -> Doc:
        new = self._new_chunks(text)
        if new:
            self._load_needed(new)
            self._warm(new)
        return super().__call__(text)

    def _warm(self, chunks: list[str]) -> None:
        """Have spaCy cache these chunks (see the module's docstring)."""
        tokenize = super().__call__
        specials = Tokenizer.rules.__get__(self)
        # a word of letters only that is no exception has no affix to strip and meets no special
        # case: all such words go through in one call, every one of them cached
        plain = [c for c in chunks if c.isalpha() and c not in specials]
        if plain:
            tokenize(" ".join(plain))
        if len(plain) < len(chunks):
            for chunk in chunks:  # the others alone: one that meets a special case stops caching
                if not (chunk.isalpha() and chunk not in specials):
                    tokenize(chunk)

    def _new_chunks(self, text: str) -> list[str]:
        """The text's whitespace-delimited chunks (spaCy's units of caching) not seen before."""
        seen = self._seen
        if len(seen) > _MAX_SEEN:  # a long stream: bounded memory
            seen.clear()
        new = []
        for chunk in text.split():  # str.split and spaCy cut at the same (str.isspace) characters
            if chunk not in seen:
                seen.add(chunk)
                new.append(chunk)
        return new

    def _load_needed(self, chunks: list[str]) -> None:
        """Add the hyphenated exceptions that occur in these chunks and are not in force yet."""
        found = {}
        if self._lazy:
            for chunk in chunks:
                if "-" in chunk:
                    for key in self._keys_in(chunk):
                        found[key] = self._lazy.pop(key)
        # add_special_case empties the whole token cache each time, but nothing in it can be
        # stale: a cached string lies inside a chunk seen before, whose exceptions were all
        # loaded when it was first seen (so the cache is kept, as with spaCy's own tokenizer)
        self._keep_cache = True
        try:
            for key, substrings in found.items():
                self.add_special_case(key, substrings)
        finally:
            self._keep_cache = False

    def _flush_cache(self) -> None:
        if not self._keep_cache:
            super()._flush_cache()

    def _keys_in(self, chunk: str) -> list[str]:
        """The lazy exceptions that are substrings of ``chunk`` (each contains a hyphen)."""
        keys: dict[str, None] = {}  # once each, in order
        for n in self._lengths:
            if n > len(chunk):
                break
            for i in range(len(chunk) - n + 1):
                sub = chunk[i:i + n]
                if "-" in sub and sub in self._lazy:
                    keys[sub] = None
        return list(keys)


@registry.tokenizers(NAME)
def create_lazy_tokenizer() -> Callable[[Language], Tokenizer]:
    """The language's default tokenizer, with its hyphenated exceptions loaded lazily."""

    def factory(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return LazyExceptionsTokenizer(
            nlp.vocab, dict(d.tokenizer_exceptions),
            prefix_search=util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=util.compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=d.token_match, url_match=d.url_match)

    return factory


def caching_copy(tokenizer: Tokenizer) -> LazyExceptionsTokenizer:
    """A loaded pipeline's tokenizer (the English package's) as this class: the same rules and
    affixes, so the same tokens, with the chunk cache that works (see the module's docstring)."""
    tok = LazyExceptionsTokenizer(
        tokenizer.vocab, dict(tokenizer.rules), tokenizer.prefix_search, tokenizer.suffix_search,
        tokenizer.infix_finditer, tokenizer.token_match, tokenizer.url_match)
    tok.faster_heuristics = tokenizer.faster_heuristics
    return tok


def lazy_tokenizer_config() -> dict[str, Any]:
    """The ``config`` for ``spacy.blank`` that selects this tokenizer."""
    return {"nlp": {"tokenizer": {"@tokenizers": NAME}}}
