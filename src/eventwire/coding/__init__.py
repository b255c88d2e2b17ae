"""Coding: CAMEO/PLOVER event codes from the dependency parse, with a phrase lexicon."""

from .coder import EventCoder
from .lexicon import Lexicon, default_lexicon, load_lexicon

__all__ = ["EventCoder", "Lexicon", "default_lexicon", "load_lexicon"]
