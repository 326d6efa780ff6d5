"""Which supported language a text is in (py3langid, offline).

py3langid ships its model LZMA-compressed (4.5 MB → 68 MB of arrays); decompressing it is
most of a cold start's cost. The arrays are therefore kept once, uncompressed, in the user's
cache directory (``$XDG_CACHE_HOME/attrib`` or ``~/.cache/attrib``) and memory-mapped on later
starts. The cache is keyed by py3langid's version and the model file's size and time, written
atomically, checked when read, and only an optimisation: when it is missing, unreadable,
corrupt or cannot be written, the model is loaded from py3langid as before.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, UnsupportedLanguage

_WORD = re.compile(r"\w+")

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

log = logging.getLogger(__name__)

# codes py3langid gives that a supported pack answers for (none today: Malay has its own pack,
# and Malay and Indonesian, which py3langid confuses, are told apart by the packs' marker
# words, see :func:`_tell_neighbours`)
ALIASES: dict[str, str] = {}
# below this normalised probability the top guess is not trusted over a supported language
CONFIDENT = 0.95
# fewer words than this: too little text to refuse on the classifier's word alone
SHORT = 8
# the scripts the supported packs are written in (all of them: Latin)
SCRIPTS = ("LATIN",)
SAMPLE = 20000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return load_identifier(cache_dir())


# --- the model cache ------------------------------------------------------------------------

# bump when the cache's layout changes: older caches are then ignored
CACHE_FORMAT = 1
_ARRAYS = ("ptc", "pc", "nextmove", "row", "out")


def cache_dir() -> Path:
    """The user's cache directory for attrib (``$XDG_CACHE_HOME/attrib``, ``~/.cache/attrib``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "attrib"


def load_identifier(cache: Path | None) -> LanguageIdentifier:
    """py3langid's identifier (normalised probabilities), from the cache under ``cache`` when
    it holds this model, else from py3langid's file (then cached there, if writable)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = MODEL_DIR / MODEL_FILE
    where = cache / _cache_key(model) if cache is not None else None
    if where is not None and where.is_dir():
        try:
            return _from_cache(where)
        except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
            # a truncated or foreign cache: load the model as shipped and write it again
            log.info("ignoring the language model cache %s: %s", where, e)
            shutil.rmtree(where, ignore_errors=True)
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(model)
    if where is not None:
        _write_cache(where, ptc, pc, classes, nextmove, row, out)
    import numpy as np

    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, out,
                              norm_probs=True, tk_row=row)


def _cache_key(model: Path) -> str:
    """Names this model file as shipped with this py3langid, in this cache format."""
    import py3langid

    version = getattr(py3langid, "__version__", None)
    if version is None:  # older releases: ask the installed metadata (slower)
        from importlib.metadata import version as installed

        version = installed("py3langid")
    st = model.stat()
    ident = f"{CACHE_FORMAT}|{version}|{model.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return "langid-" + hashlib.sha1(ident.encode()).hexdigest()[:16]


def _from_cache(where: Path) -> LanguageIdentifier:
    """The identifier over the cached arrays, memory-mapped (the 39 MB transition table is
    read through a memoryview, as fast to index as py3langid's own ``array``)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    meta = json.loads((where / "meta.json").read_text(encoding="utf-8"))
    a = {k: np.load(where / f"{k}.npy", mmap_mode="r", allow_pickle=False) for k in _ARRAYS}
    classes = meta["classes"]
    ptc, pc, nextmove, row, out = (a[k] for k in _ARRAYS)
    # the shapes must agree, and every index stay inside its table: else it is not this model
    if (list(ptc.shape) != meta["ptc"] or ptc.shape[1] != len(classes) or pc.shape != (len(classes),)
            or nextmove.ndim != 1 or nextmove.size % 256 or row.shape != out.shape or not row.size
            or int(row.max()) >= nextmove.size // 256 or int(out.max()) >= ptc.shape[0]
            or nextmove.dtype.str != meta["nextmove"] or row.dtype.str != meta["row"]):
        raise ValueError("the cached arrays do not fit together")
    return LanguageIdentifier(ptc, pc, classes, memoryview(nextmove), out.tolist(),
                              norm_probs=True, tk_row=memoryview(row))


def _write_cache(where: Path, ptc: Any, pc: Any, classes: list[str], nextmove: Any, row: Any,
                 out: list[int]) -> None:
    """Write the arrays to ``where`` atomically (a full directory renamed into place); a
    directory that cannot be written only costs the next start the decompression again."""
    import numpy as np

    tmp = None
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".langid-", dir=where.parent))
        arrays = {"ptc": np.asarray(ptc), "pc": np.asarray(pc), "nextmove": np.frombuffer(nextmove, dtype=nextmove.typecode),
                  "row": np.frombuffer(row, dtype=row.typecode), "out": np.asarray(out, dtype=np.int32)}
        for k, arr in arrays.items():
            np.save(tmp / f"{k}.npy", arr, allow_pickle=False)
        meta = {"classes": classes, "ptc": list(arrays["ptc"].shape),
                "nextmove": arrays["nextmove"].dtype.str, "row": arrays["row"].dtype.str}
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        os.replace(tmp, where)
        tmp = None
    except OSError as e:  # read-only home, full disk, a concurrent writer got there first
        log.info("cannot cache the language model in %s: %s", where, e)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def detect(text: str, supported: tuple[str, ...]) -> str:
    """The supported language code of ``text``.

    Raises:
        InputError: the text has no letters at all ("12345", emoji): there is nothing to tell.
        UnsupportedLanguage: the text is confidently in another language, or mostly in a
            script none of the supported languages is written in (Cyrillic, Chinese, Arabic).
    """
    sample = text[:SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        raise InputError("cannot tell the language of a text with no words; "
                         f"pass language= one of {', '.join(supported)}")
    ranked = [(ALIASES.get(lang, lang), p) for lang, p in _identifier().rank(sample)]
    top, p_top = ranked[0]
    if _script_share(letters) < 0.5:
        # "这是一个中文句子": short CJK text can rank a supported language first by accident
        raise UnsupportedLanguage(top if top not in supported else _script_name(letters), supported)
    if top in supported:
        return _tell_neighbours(sample, top, supported)
    best = next((lang for lang, _ in ranked if lang in supported), None)
    # a short or uncertain text in the right script: the likeliest supported language
    if best and (p_top < CONFIDENT or len(sample.split()) < SHORT):
        return _tell_neighbours(sample, best, supported)
    raise UnsupportedLanguage(top, supported)


def _tell_neighbours(sample: str, code: str, supported: tuple[str, ...]) -> str:
    """``code``, or the close neighbour the identifier confuses it with, decided by marker
    words (Malay "kerajaan", "berkata" against Indonesian "pemerintah", "mengatakan"; a pack
    names its neighbour and both word lists)."""
    from .lang import get_pack

    for other in supported:
        pack = get_pack(other)
        if not pack.neighbour or code not in (pack.code, pack.neighbour) \
                or pack.neighbour not in supported:
            continue
        words = _WORD.findall(sample.lower())
        own = sum(1 for w in words if w in pack.marker_words)
        theirs = sum(1 for w in words if w in pack.neighbour_markers)
        # the pack with a neighbour needs evidence of its own: more of its words than the
        # neighbour's, and two more when the identifier chose the neighbour (a text with no
        # marker at all, "Harga naik", stays the neighbour's, as it was before this pack)
        if own > theirs and (code == pack.code or own >= theirs + 2):
            return pack.code
        return pack.neighbour
    return code


def _script_share(letters: list[str]) -> float:
    """The share of letters written in one of :data:`SCRIPTS` (a sample is enough)."""
    step = max(1, len(letters) // 2000)
    sample = letters[::step]
    return sum(1 for c in sample if unicodedata.name(c, "").startswith(SCRIPTS)) / len(sample)


def _script_name(letters: list[str]) -> str:
    """The script most letters are in, as a label for the error ("CJK", "CYRILLIC")."""
    names = [unicodedata.name(c, "?").split()[0] for c in letters[:2000]]
    return max(set(names), key=names.count).lower()
