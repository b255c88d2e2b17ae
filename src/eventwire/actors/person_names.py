"""People by name and title: the index of known names that matches a near-miss spelling
(``fuzzy_person``), which person a bare surname means (``choose_surname``), and whether a text's
title fits an office the knowledge base lists (``_titles_compatible``).

``PersonNames`` is the part of ``MentionResolver`` (mentions.py) that holds the name index."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from rapidfuzz import fuzz

from .kb import GENERATION_SUFFIXES, NAME_PARTICLES, KnowledgeBase, Person, _day, ascii_fold, date_key
from .noun_phrases import MentionGroup
from .pieces import piece_of

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir"})
# services whose ranks a person keeps from office to office ("General", "Judge", "Inspector")
RANK_SECTORS = frozenset({"MIL", "COP", "JUD", "SPY"})
RANK_WORDS = {"deputy", "vice", "acting", "assistant", "junior", "under", "interim", "former", "ex", "co"}
GENERIC_TITLES = {"leader", "official", "officials", "chief", "head", "politician", "counterpart", "envoy",
                  "diplomat", "representative", "aide", "adviser", "advisor", "mr", "mrs", "ms", "dr", "sir"}
TITLE_SYNONYMS = {"spokesperson": "spokes", "spokesman": "spokes", "spokeswoman": "spokes",
                  "defense": "defence", "premier": "prime", "pm": "prime", "secretary-general": "secretary general",
                  # abbreviations before a name: "Sen. McCain", "Gov. Abbott", "Lt. Gen. X"
                  "sen": "senator", "gov": "governor", "gen": "general", "adm": "admiral", "lt": "lieutenant",
                  "maj": "major", "brig": "brigadier", "col": "colonel"}
FUZZY_WORD = 82  # ratio for each word of a near-miss name ("gamsemi"/"ghasemi"; not "musa"/"mesa")
FUZZY_FULL = 88  # ratio for the whole near-miss name


class PersonNames:
    """The knowledge base's people by name (a part of ``MentionResolver``)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # the known full names by each word they contain: a near miss shares one word exactly
        self._words = {name: _name_words(name) for name in kb.person_names}
        self._by_word: dict[str, list[str]] = defaultdict(list)
        for name, words in self._words.items():
            for word in set(words):
                self._by_word[word].append(name)
        self._fuzzy_cache: dict[str, str | None] = {}

    def fuzzy_person(self, text: str) -> Person | None:
        """A known person whose name is a near-miss spelling of ``text`` ("Bahram Gamsemi")."""
        folded = ascii_fold(text)
        if folded not in self._fuzzy_cache:
            pid = self._fuzzy(folded)
            self._fuzzy_cache[folded] = pid
        pid = self._fuzzy_cache[folded]
        return self.kb.people[pid] if pid else None

    def _fuzzy(self, folded: str) -> str | None:
        """The one known person whose name the text spells word for word, at least one word
        exactly and the others by a near miss ("Bahram Gamsemi", "Hasan Rouhani"). A name that
        shares a word but not the others is someone else: "Mark Brown" is not Mark Malloch
        Brown, "Mohamed Yusuf" not Mohammed Yusuf's namesake "Odowaa Yusuf"."""
        words = _name_words(folded)
        if len(words) < 2:
            return None
        best: set[str] = set()
        best_score = 0.0
        for name in {n for w in set(words) for n in self._by_word.get(w, [])}:
            score = _near_miss(words, self._words[name])
            if score is None or score < best_score:
                continue
            pid = self.kb.person_names[name]
            best = best | {pid} if score == best_score else {pid}
            best_score = score
        # ("George Bush": both presidents; an ambiguous near miss is no match)
        return next(iter(best)) if len(best) == 1 else None

    def _country_fits(self, person: Person, group: MentionGroup, owning: bool = False) -> bool:
        """Whether the countries the phrase names (if any) include one the person belongs to.
        ``owning``: only a country named as the person's own ("Cuba's", "Cuban"), not the one
        a title points to ("envoy to Syria Staffan de Mistura")."""
        pieces = group.kinds("country", "adjective", "capital")
        if owning:
            doc = group.head.doc
            pieces = [p for p in pieces if piece_of(p).kind == "adjective"
                      or p.end < len(doc) and doc[p.end].tag_ == "POS"]
        named = {piece_of(p).key for p in pieces}
        if not named:
            return True
        own = {person.country} | {o.country for o in person.offices if o.country}
        return bool(named & own)

    def choose_surname(self, key: str, titles: list[str], known: dict[str, str], day: str | None,
                       fits: Callable[[Person], bool] | None = None) -> Person | None:
        """Which person a bare surname means: one named earlier, then one holding the title, then
        one in office on the date; a lone candidate otherwise. ``fits``: whether a candidate
        belongs to the country the phrase names ("Somalia's army chief Yusuf" is no Nigerian)."""
        ids = [pid for pid in self.kb.surnames.get(key, []) if fits is None or fits(self.kb.people[pid])]
        if not ids:
            return None
        named = [pid for pid in ids if pid in known.values()]
        if len(named) == 1:
            return self.kb.people[named[0]]
        pool = named or ids
        if titles:
            titled = [pid for pid in pool if any(_titles_compatible(t, o.role) for o in self.kb.people[pid].offices
                                                 for t in titles)]
            if day:
                dated = [pid for pid in titled if self.kb.people[pid].offices_on(_day(day))]
                if len(dated) == 1:
                    return self.kb.people[dated[0]]
            if len(titled) == 1:
                return self.kb.people[titled[0]]
            pool = titled or self._served_in_rank(pool, titles) or pool
        if day:
            dated = [pid for pid in pool if self.kb.people[pid].offices_on(_day(day))]
            if len(dated) == 1:
                return self.kb.people[dated[0]]
            # several in office ("Assad": the president and his brother, a commander): the leader
            leaders = [pid for pid in dated if any(self.kb.is_leader_role(o.role)
                                                   for o in self.kb.people[pid].offices_on(_day(day)))]
            if len(leaders) == 1:
                return self.kb.people[leaders[0]]
            if not dated and len(pool) > 1:
                # no bearer in office ("Clinton met Blair" years later): the one who led a state,
                # not a spouse who was a minister or a namesake backbencher
                led = [pid for pid in pool if any(self.kb.is_leader_role(o.role) and o.ended_before(_day(day))
                                                  for o in self.kb.people[pid].offices)]
                if len(led) == 1:
                    return self.kb.people[led[0]]
                if led and len({self.kb.people[pid].country for pid in led}) == 1:
                    # father and son who both led one state ("Bush"): the later, the same code either way
                    return self.kb.people[max(led, key=lambda pid: max(
                        date_key(o.end, end=True) or "" for o in self.kb.people[pid].offices))]
        return self.kb.people[pool[0]] if len(pool) == 1 else None

    def _namesakes_country(self, group: MentionGroup) -> str | None:
        """The one state every known bearer of the group's surname served, if there is one."""
        ids = [pid for span in group.kinds("surname") for pid in self.kb.surnames.get(piece_of(span).key, [])]
        countries = {self.kb.people[pid].country for pid in ids}
        return countries.pop() if len(countries) == 1 and None not in countries else None

    def _served_in_rank(self, pool: list[str], titles: list[str]) -> list[str]:
        """ "General Sharif", "Judge Khan": a rank names a service, not an office, so it fits no
        office by name; the people who held an office in that service (the army chief, not the
        prime minister who shares his name)."""
        sectors = self._rank_sectors(titles)
        return [pid for pid in pool if any(o.sector in sectors for o in self.kb.people[pid].offices)]

    def _rank_sectors(self, titles: list[str]) -> set[str]:
        """The services the ranks among ``titles`` belong to ("General": MIL); a general who is
        army chief holds no office called "General", but his title fits it."""
        return {term.sector for t in titles if (term := self.kb.sectors.get(t.lower())) is not None
                and term.sector in RANK_SECTORS}


def _without_honorific(name: str) -> str:
    """ "mr santoso" is "santoso" (the parser's view may put "Mr" before a bare surname)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.rstrip(".") in HONORIFICS else name


def _norm_title(title: str) -> set[str]:
    words = re.sub(r"[^a-z\s-]", " ", ascii_fold(title)).replace("-", " ").split()
    out = set()
    for w in words:
        w = TITLE_SYNONYMS.get(w, w)
        if w not in {"the", "of", "for", "and", "s"}:
            out.update(w.split())
    return out


def _titles_compatible(text_title: str, kb_role: str) -> bool:
    """Whether a title written in the text agrees with an office in the knowledge base."""
    a, b = _norm_title(text_title), _norm_title(kb_role)
    if not a or a <= GENERIC_TITLES:
        return True
    if (a & RANK_WORDS) != (b & RANK_WORDS):
        return False
    a_core, b_core = a - RANK_WORDS - GENERIC_TITLES, b - RANK_WORDS - GENERIC_TITLES
    return not a_core or a_core <= b or b_core <= a


def _code_by_title(person: Person, titles: list[str]):
    """With no date, a title in the text picks the office it names."""
    for office in person.offices:
        if any(_titles_compatible(t, office.role) for t in titles):
            return person.office_code(office)
    return None


def _name_words(folded: str) -> list[str]:
    """The words a name is compared on: hyphenated parts apart, without particles, initials and
    generation marks ("omar al-bashir": omar, bashir; "george h. w. bush": george, bush)."""
    words = re.split(r"[\s.-]+", folded)
    return [w for w in words if len(w) > 1 and w not in NAME_PARTICLES and w not in GENERATION_SUFFIXES]


def _near_miss(words: list[str], known: list[str]) -> float | None:
    """How closely a name spells a known one, word for word: None unless they have as many
    words, one of them the same and the others near misses."""
    if len(words) != len(known):
        return None
    scores = [fuzz.ratio(a, b) for a, b in zip(words, known, strict=True)]
    if max(scores) < 100 or min(scores) < FUZZY_WORD or fuzz.ratio(" ".join(words), " ".join(known)) < FUZZY_FULL:
        return None
    return sum(scores) / len(scores)
