"""Amounts written short ("$1bn", "£300m", "euros 1bn", "US$ 2.5bn"), part of the parse repairs
in repairs.py.

The model reads "$1bn" as the sign and one token "1bn" whose lemma is "1bn" (or "300" and "m"),
so the patterns that name a sum by "million" or "billion" ("lent X a billion", "pledged millions
to X") miss it and the gift or pledge loses its object. Next to a currency sign or word, the
repair gives the amount's last token the lemma of the word it stands for and a noun's reading, as
the patterns see a spelled-out sum."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER, TAG
from spacy.tokens import Doc, Token

# currency words written beside a short amount ("euros 1bn", "1bn euros"); a sign is tagged "$"
CURRENCY_WORDS = frozenset({"euro", "euros", "dollar", "dollars", "pound", "pounds", "sterling", "yen", "yuan",
                            "renminbi", "rupee", "rupees", "franc", "francs", "rouble", "roubles", "ruble", "rubles",
                            "riyal", "riyals", "dirham", "dirhams", "lira", "won", "usd", "eur", "gbp"})
SCALE_WORDS = {"bn": "billion", "b": "billion", "m": "million", "mn": "million", "mln": "million",
               "tn": "trillion", "trn": "trillion"}
SHORT_AMOUNT = re.compile(r"\d[\d.,]*(bn|b|mn|mln|m|tn|trn)")
NUMBER = re.compile(r"\d[\d.,]*")


def short_amounts(doc: Doc) -> None:
    """Every short amount beside a currency sign or word reads as the scale word it abbreviates.
    Only the tokens tagged as a currency sign or naming a currency open the check."""
    ids = doc.vocab.strings
    tag, lower = doc.to_array([TAG, LOWER]).T
    currency = tag == ids["$"]
    for word in CURRENCY_WORDS:
        currency |= lower == ids[word]
    for i in numpy.flatnonzero(currency).tolist():
        # the amount after the currency ("$1bn", "euros 1bn", "£300m") or before it ("1bn euros")
        for start in (i + 1, i - 2, i - 1):
            amount = _short_amount(doc, start)
            if amount is not None and (start > i or amount[0].i == i - 1):
                token, scale = amount
                token.lemma_, token.pos_, token.tag_ = scale, "NOUN", "NN"


def _short_amount(doc: Doc, i: int) -> tuple[Token, str] | None:
    """The token ending a short amount that starts at ``i`` ("1bn"; "300" "m") and the word its
    scale stands for."""
    if i < 0 or i >= len(doc):
        return None
    found = SHORT_AMOUNT.fullmatch(doc[i].lower_)
    if found:
        return doc[i], SCALE_WORDS[found.group(1)]
    if NUMBER.fullmatch(doc[i].lower_) and i + 1 < len(doc) and doc[i + 1].lower_ in SCALE_WORDS:
        return doc[i + 1], SCALE_WORDS[doc[i + 1].lower_]
    return None
