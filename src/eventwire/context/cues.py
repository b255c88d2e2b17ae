"""The word lists of ``context/data/cues.json``, loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Cues:
    speech_verbs: frozenset[str]
    according_to: tuple[str, ...]
    denial_verbs: frozenset[str]
    report_nouns: frozenset[str]
    speech_nouns: frozenset[str]  # "X's announcement that ...": the owner reports the clause
    false_predicates: frozenset[str]  # "reports that X ... were false": the report judged untrue
    denial_phrases: tuple[str, ...]
    modal_hypothetical: frozenset[str]
    plan_verbs: frozenset[str]
    plan_nouns: frozenset[str]  # "efforts to prosecute him", "plans to lift the embargo": an act still to be done
    plan_modifiers: frozenset[str]  # "a planned visit", "the proposed talks"
    conditional_marks: frozenset[str]
    negation_words: frozenset[str]
    negating_verbs: frozenset[str]
    absence_verbs: frozenset[str]  # "skipped the summit": the act is an attendance that did not happen
    open_ended_preps: frozenset[str]  # "has backed them since the war"
    habitual_adverbs: frozenset[str]  # "has long backed them"
    occurrence_verbs: frozenset[str]  # "the meeting did not take place": a nominal event that did not happen
    schedule_words: frozenset[str]  # "talks are due to resume", "the summit is set to open": a nominal event still to come
    immediate_words: frozenset[str]  # "with immediate effect", "effective immediately": done when announced
    venues: dict[str, str | None]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    raw.pop("about", None)
    return Cues(**{k: (v if isinstance(v, dict) else
                       tuple(v) if k in ("according_to", "denial_phrases") else frozenset(v))
                   for k, v in raw.items()})
