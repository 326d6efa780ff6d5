"""The project's exceptions. Each message says what went wrong and what to do about it."""
from __future__ import annotations


class AttribError(Exception):
    """Base class: anything attrib raises on purpose."""


class InputError(AttribError):
    """The input cannot be analysed (empty, binary, undecodable, too large, unreadable)."""


class UnsupportedLanguage(AttribError):
    """The text is in a language attrib has no pack for."""

    def __init__(self, language: str, supported: tuple[str, ...]):
        self.language = language
        self.supported = supported
        super().__init__(
            f"unsupported language {language!r}: attrib supports {', '.join(supported)} "
            f"(pass language=\"en\" or another supported code to force one)")


class ModelMissing(AttribError):
    """The spaCy pipeline a language pack needs is not installed."""
