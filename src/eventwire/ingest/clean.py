"""Cut boilerplate out of an article without touching the characters that stay.

The cleaned text keeps every remaining character exactly as in the source, so that evidence
strings are verbatim quotations of the article (and match what annotators quote). What is cut:
e-mail-protection leftovers (``[email protected]``), author bios and sign-offs at the end,
"Click here"/"Read more" lines, and surrounding whitespace. Each cut is recorded with its reason
and its span in the source. Normalisation for the parser lives in :mod:`.normalize`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .offsets import OffsetMap, rewrite

# "[email protected]" is what Cloudflare's e-mail obfuscation leaves when a page is scraped.
EMAIL_ARTIFACT = re.compile(
    r"(?:\b(?:E-?mail|Email|Contact|Mail)\s*:?\s*)?\[\s*email(?:\s|&#160;|&nbsp;|\u00a0)*protected\s*\]",
    re.IGNORECASE,
)
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:click here\b|read more\b|read more:|subscribe\b|sign up\b|share this\b|follow us\b|"
    r"related:|related articles?\b|advertisement\s*$|listen to this article\b|"
    r"this article (?:was|is) (?:first )?(?:published|updated)\b)",
    re.IGNORECASE,
)
CLICK_HERE_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Please )?Click here\b[^.!?\n]*[.!?]?", re.IGNORECASE)
ROLE_WORDS = (
    r"editor|journalist|reporter|correspondent|writer|columnist|author|analyst|contributor|blogger|"
    r"commentator|freelancer|photographer|producer|researcher|fellow|professor|lecturer"
)
# A closing paragraph about the author: "Jane Doe, based in Paris, is a senior correspondent ..."
AUTHOR_BIO = re.compile(
    rf"^(?:The (?:author|writer) is\b|About the author\b|"
    rf"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}},?\s+(?:(?:is|was|has been|works as)\b|based in\b|"
    rf"a\s+(?:senior\s+)?(?:{ROLE_WORDS})\b)[^\n]*?\b(?:{ROLE_WORDS}|blog|twitter|newsletter)\b)"
)
# a byline on a line of its own: "By Jane Doe and John Roe (Reuters correspondent)"
BYLINE = re.compile(
    r"^\s*By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    r"(?:\s*\([^()\n]{0,60}\))?\s*$"
)
MAX_BYLINE_CHARS = 120
MAX_BIO_CHARS = 600  # a bio is a short closing note; a long paragraph is article text
SIGN_OFF = re.compile(
    r"^\s*(?:\((?:Reporting|Additional reporting|Writing|Editing) by\b[^)]*\)|"
    r"(?:Reporting|Editing|Writing) by\b|Copyright\b|©|All rights reserved\b|"
    r"Follow (?:him|her|them|us) on\b|Contact the (?:author|writer)\b|--\s*\w+\s*$)",
    re.IGNORECASE,
)


@dataclass
class Cleaned:
    text: str
    map: OffsetMap
    removed: list[dict]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def find_boilerplate(text: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, reason)`` of boilerplate in ``text``."""
    cuts: list[tuple[int, int, str]] = []
    for m in EMAIL_ARTIFACT.finditer(text):
        cuts.append((m.start(), m.end(), "email_artifact"))
    for s, e in _lines(text):
        if BOILERPLATE_LINE.match(text[s:e]):
            cuts.append((s, e, "boilerplate_line"))
        elif e - s <= MAX_BYLINE_CHARS and BYLINE.match(text[s:e]):
            cuts.append((s, e, "byline"))
    for m in CLICK_HERE_SENTENCE.finditer(text):
        cuts.append((m.start(), m.end(), "click_here"))
    # author bios and sign-offs: trailing paragraphs only, so that body text is never cut
    paragraphs = _paragraphs(text)
    for s, e in reversed(paragraphs[1:]):
        block = text[s:e].strip()
        is_bio = len(block) <= MAX_BIO_CHARS and (AUTHOR_BIO.match(block) or SIGN_OFF.match(block))
        if is_bio or _only_cut(s, e, cuts, text):
            cuts.append((s, e, "author_bio" if AUTHOR_BIO.match(block) else "sign_off"))
            continue
        break
    return _merge(cuts)


def _only_cut(start: int, end: int, cuts: list[tuple[int, int, str]], text: str) -> bool:
    """Whether a paragraph holds nothing but already-cut material."""
    rest = list(text[start:end])
    for s, e, _ in cuts:
        for i in range(max(s, start), min(e, end)):
            rest[i - start] = " "
    return not "".join(rest).strip()


def _merge(cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for s, e, why in sorted(cuts):
        if merged and s <= merged[-1][1]:
            ps, pe, pwhy = merged[-1]
            merged[-1] = (ps, max(pe, e), pwhy if pe - ps >= e - s else why)
        else:
            merged.append((s, e, why))
    return merged


def clean(raw: str) -> Cleaned:
    """Remove boilerplate and surrounding whitespace; keep a map back to ``raw``."""
    cuts = find_boilerplate(raw)
    edits = [(s, e, "") for s, e, _ in cuts]
    lead = len(raw) - len(raw.lstrip())
    if lead:
        edits.append((0, lead, ""))
    text, omap = rewrite(raw, edits)
    trail = len(text) - len(text.rstrip())
    if trail:
        # strip trailing whitespace, including what a removed bio left behind
        keep = len(text) - trail
        text = text[:keep]
        runs = []
        for d, s, dl, sl in omap.runs:
            if d >= keep:
                break
            if d + dl > keep and dl == sl:
                dl = sl = keep - d
            runs.append((d, s, dl, sl))
        omap = OffsetMap(runs)
    removed = [{"reason": why, "span": [s, e], "text": raw[s:e]} for s, e, why in cuts]
    return Cleaned(text, omap, removed)
