"""The parser's view of a bare surname that is also an English word.

The small English model reads a sentence-initial "Trump" or "May" as a word, not a name: "Trump
imposed sanctions on Iran" parses as the noun phrase "imposed sanctions" under an adjective
"Trump", and "May urged the EU" as a modal. With a title in front ("Mr Trump imposed ...") the
same model parses the clause correctly. So when an article names a person in full ("Donald
Trump", "Theresa May") and later uses the bare surname as the subject of a verb, the view puts
"Mr " before it. The inserted characters map to no article characters (the offset map keeps
every span in the article's own text), and the actor stage reads "Mr Trump" as it reads
"Trump".
"""

from __future__ import annotations

import re

TITLES = frozenset("Mr Mrs Ms Dr Sir Lord Lady President Premier Chancellor Minister Secretary Senator General".split())
# words that start sentences or dates, never first names: "In May", "But Trump"
NOT_FIRST_NAMES = TITLES | frozenset("""
    A An And As At After Although Because Before But By During Early For From However If In Last
    Late Later Meanwhile Mid Next Now On Only Since So Still The Then This Though Thus Until When
    While Yet Also Even Both Either Neither Not Nor Or Of To With Without Under Over Between
""".split())
FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]{2,})\b")
# what may follow a subject surname: a past-tense verb, an auxiliary, or an adverb before one
VERBISH = (r"(?:[a-z]+ed|said|says|told|tells|met|meets|sent|took|gave|made|led|left|held|spoke|wrote|"
           r"withdrew|threw|drew|saw|won|lost|paid|put|set|struck|sought|brought|bought|fought|thought|"
           r"has|had|is|was|will|would|could|should|might|must|can|did|does|also|then|later|now|"
           r"never|again|repeatedly|still|already)\b")
PREVIOUS_WORD = re.compile(r"([A-Za-z]+)(\W*)$")
# a word shaped like a surname (FULL_NAME's second word) as a subject; the article's own surnames
# are picked from these by a set lookup, not by a pattern compiled for each text: compiling it
# (with VERBISH) cost some 6 ms per article that names a person in full, ~5% of its parse, and
# Python's pattern cache only spared texts seen before
SUBJECT_WORD = re.compile(rf"\b([A-Z][a-z]{{2,}}) (?={VERBISH})")


def surname_edits(text: str) -> list[tuple[int, int, str]]:
    """``(pos, pos, "Mr ")`` insertions before bare surnames used as subjects (see module doc)."""
    surnames = {m.group(2) for m in FULL_NAME.finditer(text)
                if m.group(1) not in NOT_FIRST_NAMES and m.group(2) not in NOT_FIRST_NAMES}
    if not surnames:
        return []
    return [(m.start(), m.start(), "Mr ") for m in SUBJECT_WORD.finditer(text)
            if m.group(1) in surnames and _bare(text, m.start())]


def _bare(text: str, pos: int) -> bool:
    """Whether the surname at ``pos`` stands without a first name or title before it: at a
    sentence or clause start, after a lowercase word, or after a capitalised function word."""
    prev = PREVIOUS_WORD.search(text[max(0, pos - 40):pos])
    if prev is None:
        return True
    word, gap = prev.groups()
    if word.lower() == "the" and not gap.strip():
        return False  # "the Security Council ... the Council condemned": a body's head noun, no surname
    if gap.strip():
        return True  # "... said. Trump", "(Trump", ", Trump"
    return word[0].islower() or (word in NOT_FIRST_NAMES and word not in TITLES)
