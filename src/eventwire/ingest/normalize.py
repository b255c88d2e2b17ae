"""The parser's view of an article: normalised quotes, entities, whitespace and datelines.

spaCy parses better when curly quotes are straight, HTML-entity leftovers (`` quot;``,
`` #39;``) are the characters they stood for, whitespace runs are single spaces and a wire
dateline ("BEIJING (Reuters) - ") is not glued to the first sentence's subject. The view keeps an
:class:`~eventwire.ingest.offsets.OffsetMap` back to the cleaned text, so every span found in it
is reported in the article's own characters.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .casing import truecase
from .names import surname_edits
from .offsets import OffsetMap, rewrite

QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"',
                        "‟": '"', "«": '"', "»": '"', "–": "-", "—": "-", "\u00a0": " ", "\u2009": " ",
                        "\u202f": " ", "\t": " "})
# AG-News-style leftovers where "&" was lost: "as a  quot;war quot;", "Pyongyang #39;s"
ENTITY_LEFTOVER = re.compile(r" ?(?<![&\w])(quot|amp|lt|gt|apos);| ?(?<![&\w])#(\d{2,4});")
ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,5}|[A-Za-z]{2,8});")
# control characters (a NUL from a JSON escape) separate words like spaces do
WHITESPACE = re.compile(r"[\s\x00-\x08\x0e-\x1f\x7f]+")
TERMINAL = set(".!?:;\"'”’)]…")  # a line ending in these has its own sentence end
# invisible format characters (zero-width space and joiner, RTL/LTR marks and embeddings, soft
# hyphen, BOM) split words for the parser: "Iran\u200f met" is "Iran met"
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
# "BEIJING (Reuters) - ", "UNITED NATIONS (AP) -- ", "AP - ", "Canadian Press - HALIFAX, Nova Scotia (AP) - "
MONTH_ABBR = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December"
AGENCIES = r"(?:AP|AFP|UPI|Reuters|Canadian Press|Xinhua|DPA|dpa|ANSA|EFE|PTI|IANS|TASS|Bloomberg|Kyodo|Yonhap|IRNA|Anadolu)"
DATELINE = re.compile(
    rf"(?:(?P<agency_only>{AGENCIES})|(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){{0,3}})"
    rf"(?:,\s*(?:{MONTH_ABBR})\.?\s+\d{{1,2}})?\s*"
    rf"(?:\((?P<agency>[A-Za-z. ]{{2,20}})\))?)\s*(?:--|-|–|—|:)\s+(?=[A-Z\"'“])"
)
# "co-operate", "re-established", "de-escalate": the tokenizer splits at the hyphen and the parser reads "re" as
# a verb; the parser sees the word whole ("cooperate", "reestablished", "deescalate")
PREFIX_HYPHEN = re.compile(r"\b(?:[Cc]o|[Rr]e|[Dd]e)(-)(?=[a-z]{3,})")
# "U.S.-led", "U.N.-backed": the tokenizer keeps a dotted abbreviation and its participle as one
# word ("u.s.-le"); the parser sees "US-led"
DOTTED_HYPHEN = re.compile(r"\b((?:[A-Z]\.){2,3})-(?=[a-z]{3,})")
LEFTOVER_CHARS = {"quot": '"', "amp": "&", "lt": "<", "gt": ">", "apos": "'"}


@dataclass
class ParseView:
    text: str
    map: OffsetMap
    dateline: str | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the cleaned text of ``self.text[start:end]``."""
        return self.map.span(start, end)


def _entity_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in ENTITY_LEFTOVER.finditer(text):
        # the lost "&" became a space, which goes with it: "Japan #39;s" -> "Japan's"
        char = LEFTOVER_CHARS[m.group(1)] if m.group(1) else chr(int(m.group(2)))
        edits.append((m.start(), m.end(), char))
    for m in ENTITY.finditer(text):
        char = html.unescape(m.group(0))
        if char != m.group(0):
            edits.append((m.start(), m.end(), char))
    return edits


def _dateline_edit(text: str) -> tuple[list[tuple[int, int, str]], str | None]:
    """Wire datelines at the start, possibly several ("Canadian Press - BANJA LUKA (AP) - "), or
    at the start of the first paragraph after a headline."""
    edits, place = _dateline_at(text, 0)
    if not edits:
        # "Iran rejects US call\n\nTEHRAN (Reuters) - Iran on Tuesday ...": a headline (a short
        # first paragraph) comes before the dateline
        first_break = text.find("\n\n")
        if 0 < first_break <= MAX_HEADLINE:
            start = first_break + len(text[first_break:]) - len(text[first_break:].lstrip())
            edits, place = _dateline_at(text, start)
    if not edits:
        edits, place = _glued_dateline(text)
    return edits, place


MAX_HEADLINE = 200
# a capitalised place word in a headline's first line: where a glued dateline may start
GLUED_PLACE = re.compile(r" (?=[A-Z][A-Z.'’-]{2,}[ ,(])")
SENTENCE_END = re.compile(r"[a-z)][.!?;:]\s")


def _glued_dateline(text: str) -> tuple[list[tuple[int, int, str]], str | None]:
    """"Congo says troops crossed border KINSHASA (Reuters) - Congo accused ...": a headline on the
    same line as the dateline, with no full stop. The dateline (which must name its agency in
    brackets) is cut and the headline ends there, or the parser reads both as one sentence and
    the agency as a party of the lead's act."""
    head_end = min((i for i in (text.find("\n"), MAX_HEADLINE) if i >= 0), default=MAX_HEADLINE)
    for m in GLUED_PLACE.finditer(text, 0, head_end):
        if SENTENCE_END.search(text, 0, m.start() + 1):
            break  # a sentence has ended: what follows is no dateline
        edits, place = _dateline_at(text, m.end())
        if edits and DATELINE.match(text, m.end()).group("agency"):
            return [(m.start(), edits[0][1], ". ")], place
    return [], None


def glued_headline_end(text: str) -> int:
    """Where a headline glued to its dateline ends ("... crossed border KINSHASA (Reuters) - "); 0
    when the text has none."""
    edits, _ = _glued_dateline(text)
    return edits[0][0] if edits else 0


def _dateline_at(text: str, start: int) -> tuple[list[tuple[int, int, str]], str | None]:
    pos, place = start, None
    for _ in range(3):
        m = DATELINE.match(text, pos)
        if not m:
            break
        first = (m.group("place") or "").split(",")[0]
        if m.group("place") and not m.group("agency") and (not first.isupper() or len(first) < 4):
            break  # "Iran - the ..." or "US - Iran talks" is not a dateline; a dateline place is in capitals
        if m.group("place"):
            place = place or m.group("place").strip(" ,")
        pos = m.end()
    return ([(start, pos, "")] if pos > start else []), place


def _open_bracket_end(text: str, end: int) -> bool:
    """A line ending in a bracket with no full stop before it ("(DHA correspondent)") has no
    sentence end of its own."""
    return text[end - 1] in ")]" and end >= 2 and text[end - 2] not in ".!?"


def parse_view(text: str) -> ParseView:
    """Normalise ``text`` for parsing, remembering where each character came from."""
    edits, dateline = _dateline_edit(text)
    edits += _entity_edits(text)
    edits += [(m.start(), m.end(), "") for m in INVISIBLE.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e, _ in edits)]
    edits += [(m.start(1), m.end(1), "") for m in PREFIX_HYPHEN.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e, _ in edits)]
    edits += [(m.start(1), m.end(1), m.group(1).replace(".", "")) for m in DOTTED_HYPHEN.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e, _ in edits)]
    edits += [e for e in surname_edits(text) if not any(s <= e[0] < t for s, t, _ in edits)]
    taken = sorted(edits)
    for m in WHITESPACE.finditer(text):
        run = m.group(0)
        wanted = "\n\n" if run.count("\n") >= 2 else " "
        if wanted == "\n\n" and m.start() > 0 and (text[m.start() - 1] not in TERMINAL or _open_bracket_end(text, m.start())):
            # a headline or a line without a full stop ends at a blank line; the parser glues it
            # to the next sentence otherwise (and loses that sentence's event)
            wanted = ".\n\n"
        if run != wanted and not any(s < m.end() and m.start() < e for s, e, _ in taken):
            edits.append((m.start(), m.end(), wanted))
    view, omap = rewrite(text, edits)
    # all-caps copy is read in ordinary case (one character for one: the map stays valid)
    return ParseView(truecase(view.translate(QUOTES)), omap, dateline)
