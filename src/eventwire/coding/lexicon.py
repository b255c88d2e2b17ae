"""Load and compile the CAMEO phrase lexicon (``coding/data``) into dependency patterns.

The notation is documented in ``coding/data/README.md``: a lemmatised phrase with ``S`` and
``T`` slots (and ``X`` for the action a frame wraps). Compiling turns it into a small tree of
:class:`Clause` constraints that :mod:`eventwire.coding.matcher` checks against a spaCy parse.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from eventwire.datafiles import read_jsonl

DATA = Path(__file__).parent / "data"

PREPOSITIONS = frozenset(
    "about across against after at before between by for from in into of on onto over through to "
    "toward towards under upon with within without amid among alongside".split()
)
PARTICLES = frozenset("away back down off out over up".split())
POS = ("verb", "noun", "adj")


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Word:
    """A lemma constraint: alternatives, each a head lemma with an optional compound modifier
    (``training|military_training`` is "training", or "training" modified by "military")."""

    alts: frozenset[tuple[str, str | None]]

    @cached_property
    def lemmas(self) -> frozenset[str]:
        return frozenset(head for head, _ in self.alts)

    @property
    def compound(self) -> frozenset[str] | None:
        mods = frozenset(mod for _, mod in self.alts if mod)
        return mods or None

    @classmethod
    def parse(cls, text: str) -> Word:
        alts = set()
        for alt in text.split("|"):
            parts = alt.split("_")
            alts.add((parts[-1], " ".join(parts[:-1]) if len(parts) > 1 else None))
        return cls(frozenset(alts))


@dataclass
class Clause:
    """Constraints anchored on one predicate token."""

    head: Word
    particle: frozenset[str] | None = None
    obj: Word | None = None
    target: str | None = None  # "obj" | "dative" | "prep"
    target_preps: frozenset[str] = frozenset()
    preps: list[tuple[frozenset[str], Word | None]] = field(default_factory=list)
    xcomp: Clause | None = None
    wrapped: str | None = None  # "inf" | "obj" | "that" | "prep"
    wrapped_preps: frozenset[str] = frozenset()
    negated: bool = False  # "S not certify T": the negation is part of the act (a rejection)
    adverbs: frozenset[str] | None = None  # "S react a:angrily to T": an adverb the act needs

    @property
    def size(self) -> int:
        """How many words the clause constrains: the more specific pattern wins."""
        n = 1 + bool(self.particle) + bool(self.obj) + len(self.preps) + bool(self.target_preps) + self.negated
        n += bool(self.adverbs)
        n += bool(self.head.compound) + bool(self.obj and self.obj.compound)
        return n + (self.xcomp.size if self.xcomp else 0)


@dataclass
class Pattern:
    id: str
    text: str
    clause: Clause
    pos: str = "verb"
    cameo: str | None = None
    frame: str | None = None
    has_source: bool = True
    no_target: bool = False
    confidence: float = 0.8
    plover: str | None = None  # a PLOVER type that overrides the crosswalk (a resignation is RETREAT)
    needs_target: bool = False  # never coded without a target ("S return T" is not "returned to work")
    modal: frozenset[str] | None = None  # a frame's wrapped clause must carry one of these ("said Iran must")
    own_act: bool = False  # the wrapped clause's subject is the speaker itself ("Chile said it would allow")
    # a frame's wrapped act must be a gerund ("would keep fighting X"), not an object noun ("kept
    # its promise", "kept the border open")
    gerund: bool = False
    # the object must not carry a predicative ("called Macron" is a phone call; "called the plan
    # absurd" or "called him a liar" is an evaluation, coded by its own patterns)
    plain_object: bool = False
    # the object noun names an act of its own, coded besides this one ("consented to satisfy a
    # French demand for aircraft" is the consent and the demand)
    keeps_object: bool = False
    # the same, only when the object names its own agent ("spearheaded the coalition's campaign
    # against X": the coalition's campaign is coded too; "led an offensive against X" is one act)
    keeps_owned_object: bool = False
    # a frame whose head's own action is coded besides it ("backed his allegations that X" is the
    # endorsement of the allegations' owner, 051, and an accusation of X's subject, 112)
    also_act: bool = False
    # the object reacts to the subject ("the plan angered Ankara" is Ankara's disapproval of it):
    # the matched subject is the event's target and the object its source
    reverse: bool = False
    # a predicate of judgement in a reported copular clause ("the plan was illegal, Syria said"):
    # the speaker is the source, the thing judged (or its owner) the target
    verdict: bool = False
    # a noun that names an act only as what a frame asks for, offers or refuses ("called for
    # weapons", "rejected early elections"): never an event on its own
    content: bool = False
    # a feeling or stance adjective ("angry at", "critical of"): in the present tense ("is angry
    # at") a continuing attitude, which is not coded; a past one ("was angry at") is a reaction
    attitude: bool = False
    # a feeling that names nothing it answers ("said it was deeply shocked", "expressed grave
    # concern"): a reaction to the act just told, aimed at its doer
    answers_told_act: bool = False
    # the subject is held ("has been in custody in Uganda since March"): it is the target, and the
    # country that holds it (where, or whose custody) the source
    held: bool = False
    # the subject was sent to take part ("units sent into the battle with X", "were involved in
    # the war against X"): a passive that names no agent has its subject (or the noun a participle
    # describes) for the source
    sent: bool = False
    # the subject suffered the act its preposition's object names ("soldiers died in Russian
    # shelling"): the subject is the target, the attack noun's modifiers the source
    suffered: bool = False
    # harm foretold to a reported clause's subject ("said Y would pay a price", "will regret it"):
    # the speaker threatens the subject
    foretold: bool = False
    # a failing reported of a clause's subject ("said Y had failed to protect civilians"): the
    # speaker criticises the subject
    faulted: bool = False
    # the head must carry a modal of announcement ("would not allow X" is a threat the speaker
    # makes; "did not allow X" is a negated act and "does not allow X" a standing rule)
    announced: bool = False
    # the CAMEO code of an act the pattern's object presupposes happened ("ended its operation
    # against X": the operation, 190, as well as its end)
    presupposes: str | None = None
    # the target came to the source ("received the Indian prime minister"): the host's act, and
    # the visit the text thereby says the target paid (042), are both coded
    visited: bool = False
    # the target must be an international organisation ("quit ECOWAS", "left the alliance"; not
    # "left Kyiv"): leaving a body is a reduction of relations with it
    igo_target: bool = False
    # the act is being in the target place ("while the minister was in Lima", "during her stay in
    # Accra"): a visit only when a state's official is in a place of another state (not "troops
    # were in X")
    visit_place: bool = False
    # the target must be an armed body (an army, rebels, a militant group): "vowed to eliminate the
    # militias" is force, "defeated the incumbent" or "removed the minister" is none
    armed_target: bool = False

    # a target that is a forum (a UN organ, the WTO, a court) is where a complaint is lodged, not
    # whom it is about ("would file a complaint with the Security Council"): the party complained
    # of is looked for in the source's other acts
    forum: bool = False

    @property
    def size(self) -> int:
        return self.clause.size

    @cached_property
    def sentence_words(self) -> tuple[frozenset[str], ...]:
        """Sets of words of which the sentence must hold one for the pattern to match, so the
        coder can skip it before any matching work: its object word (lemmas; a pattern is not
        tried without it, though the matcher also knows other forms of a word: "talks" tagged
        NN is "talk"), and the particle, adverb and prepositions of each of its clauses, which
        the matcher finds by their exact forms ("S call on T to X": "on")."""
        out = [self.clause.obj.lemmas] if self.clause.obj is not None else []
        clause: Clause | None = self.clause
        while clause is not None:
            out += [words for words in (clause.particle, clause.adverbs) if words]
            out += [lemmas for lemmas, _ in clause.preps]
            clause = clause.xcomp
        return tuple(out)

    @cached_property
    def complement_heads(self) -> tuple[frozenset[str], ...]:
        """The head words of its complement clauses ("S refuse to comment": comment), one set per
        clause: a complement matches only a token that one of them names, so a sentence where
        no word could be one of them cannot match (the coder checks them against every form the
        matcher knows a word by, see ``SentenceCoder.bind``)."""
        out = []
        clause = self.clause.xcomp
        while clause is not None:
            out.append(clause.head.lemmas)
            clause = clause.xcomp
        return tuple(out)


def _alts(token: str) -> frozenset[str]:
    return frozenset(token.split("|"))


def _is_prep(token: str) -> bool:
    return all(a in PREPOSITIONS for a in token.split("|"))


def _is_particle(token: str) -> bool:
    return all(a in PARTICLES for a in token.split("|"))


def _parse_clause(tokens: list[str], i: int, where: str) -> Clause:
    negated = i < len(tokens) and tokens[i] == "not"
    i += negated
    if i >= len(tokens) or tokens[i] in ("S", "T", "X"):
        raise LexiconError(f"{where}: expected a predicate word at position {i}")
    clause = Clause(head=Word.parse(tokens[i]), negated=negated)
    i += 1
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if tok == "T":
            if clause.target is not None:
                raise LexiconError(f"{where}: two targets")
            clause.target = "obj"
            i += 1
        elif tok == "X":
            clause.wrapped = "obj"
            i += 1
        elif tok == "to" and nxt == "X":
            clause.wrapped = "inf"
            i += 2
        elif tok == "that" and nxt == "X":
            clause.wrapped = "that"
            i += 2
        elif tok == "to" and nxt not in (None, "T", "S") and not nxt.startswith("p:"):
            clause.xcomp = _parse_clause(tokens, i + 1, where)
            return clause
        elif tok.startswith("p:") or _is_prep(tok) and not (_is_particle(tok) and nxt in (None, "T")):
            prep = _alts(tok.removeprefix("p:"))
            if nxt == "T":
                if clause.target is not None:
                    raise LexiconError(f"{where}: two targets")
                clause.target, clause.target_preps = "prep", prep
                i += 2
            elif nxt == "X":
                clause.wrapped, clause.wrapped_preps = "prep", prep
                i += 2
            elif nxt is not None and nxt not in ("S",) and not _is_prep(nxt) and nxt != "to":
                clause.preps.append((prep, Word.parse(nxt)))
                i += 2
            else:
                clause.preps.append((prep, None))
                i += 1
        elif tok.startswith("a:"):
            clause.adverbs = _alts(tok.removeprefix("a:"))
            i += 1
        elif _is_particle(tok):
            clause.particle = _alts(tok)
            i += 1
        elif tok == "S":
            raise LexiconError(f"{where}: S must come first")
        else:
            if clause.obj is not None:
                raise LexiconError(f"{where}: two object nouns ({tok})")
            clause.obj = Word.parse(tok)
            if clause.target == "obj":
                clause.target = "dative"
            i += 1
    return clause


def compile_pattern(entry: dict) -> Pattern:
    where = entry.get("id", "?")
    text = entry.get("pattern", "")
    tokens = text.split()
    if not tokens:
        raise LexiconError(f"{where}: empty pattern")
    has_source = tokens[0] == "S"
    clause = _parse_clause(tokens, 1 if has_source else 0, where)
    pos = entry.get("pos", "verb")
    if pos not in POS:
        raise LexiconError(f"{where}: pos must be one of {POS}")
    frame = entry.get("frame")
    if frame and not _has_wrapped(clause):
        raise LexiconError(f"{where}: a frame pattern needs X")
    if not frame and _has_wrapped(clause):
        raise LexiconError(f"{where}: X is only for frames")
    if (entry.get("modal") or entry.get("own_act") or entry.get("gerund")) and not frame:
        raise LexiconError(f"{where}: modal, own_act and gerund are only for frames")
    if entry.get("foretold") and (frame or pos != "verb"):
        raise LexiconError(f"{where}: foretold is only for verb action patterns")
    if entry.get("faulted") and (frame or pos != "verb"):
        raise LexiconError(f"{where}: faulted is only for verb action patterns")
    if entry.get("content") and (frame or pos != "noun"):
        raise LexiconError(f"{where}: content is only for noun action patterns")
    return Pattern(
        id=where,
        text=text,
        clause=clause,
        pos=pos,
        cameo=entry.get("cameo"),
        frame=frame,
        has_source=has_source,
        no_target=bool(entry.get("no_target", False)),
        confidence=float(entry.get("confidence", 0.8)),
        plover=entry.get("plover"),
        needs_target=bool(entry.get("needs_target", False)),
        modal=frozenset(entry["modal"]) if entry.get("modal") else None,
        own_act=bool(entry.get("own_act", False)),
        gerund=bool(entry.get("gerund", False)),
        plain_object=bool(entry.get("plain_object", False)),
        keeps_object=bool(entry.get("keeps_object", False)),
        keeps_owned_object=bool(entry.get("keeps_owned_object", False)),
        also_act=bool(entry.get("also_act", False)),
        reverse=bool(entry.get("reverse", False)),
        verdict=bool(entry.get("verdict", False)),
        content=bool(entry.get("content", False)),
        attitude=bool(entry.get("attitude", False)),
        answers_told_act=bool(entry.get("answers_told_act", False)),
        held=bool(entry.get("held", False)),
        sent=bool(entry.get("sent", False)),
        suffered=bool(entry.get("suffered", False)),
        foretold=bool(entry.get("foretold", False)),
        faulted=bool(entry.get("faulted", False)),
        announced=bool(entry.get("announced", False)),
        presupposes=entry.get("presupposes"),
        visited=bool(entry.get("visited", False)),
        igo_target=bool(entry.get("igo_target", False)),
        visit_place=bool(entry.get("visit_place", False)),
        armed_target=bool(entry.get("armed_target", False)),
        forum=bool(entry.get("forum", False)),
    )


def _has_wrapped(clause: Clause | None) -> bool:
    while clause is not None:
        if clause.wrapped:
            return True
        clause = clause.xcomp
    return False


@dataclass
class Discard:
    id: str
    heads: frozenset[str]
    context: frozenset[str]
    scope: str = "sentence"
    # when given, the sense discarded is the head's with one of these objects ("extended the state
    # of emergency" over floods, not "extended condolences" over an earthquake)
    objects: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    events: list[Pattern]
    frames: list[Pattern]
    frame_codes: dict[str, dict[str, str]]
    discards: list[Discard]
    by_head: dict[str, list[Pattern]] = field(default_factory=dict)
    frames_by_head: dict[str, list[Pattern]] = field(default_factory=dict)
    discards_by_head: dict[str, list[Discard]] = field(default_factory=dict)
    event_nouns: frozenset[str] = frozenset()  # heads of nominal events ("attack", "strike", "arrest")
    igo_rules: frozenset[str] = frozenset()  # ids of patterns whose target must be an international body
    visit_place_rules: frozenset[str] = frozenset()  # ids of patterns whose act is being in a place
    head_words: frozenset[str] = frozenset()  # every word a pattern or a frame is anchored on
    _screens: dict[tuple[bool, tuple[str, ...]], Screen | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.by_head = _index(self.events)
        self.event_nouns = frozenset(lemma for p in self.events if p.pos == "noun" and not p.content
                                     for lemma in p.clause.head.lemmas)
        self.frames_by_head = _index(self.frames)
        self.igo_rules = frozenset(p.id for p in self.events if p.igo_target)
        self.visit_place_rules = frozenset(p.id for p in self.events if p.visit_place)
        self.forum_rules = frozenset(p.id for p in self.events if p.forum)
        by_head: dict[str, list[Discard]] = defaultdict(list)
        for d in self.discards:
            for head in sorted(d.heads):
                by_head[head].append(d)
        self.discards_by_head = dict(by_head)
        self.head_words = frozenset(self.by_head) | frozenset(self.frames_by_head)

    def screen(self, keys: tuple[str, ...], frames: bool = False) -> Screen | None:
        """The action (or frame) patterns a token named by ``keys`` may anchor, most specific
        first, as a :class:`Screen` (``None`` when there are none); built once per set of keys:
        a token with several names merges their lists ("talks": talk, talks)."""
        found = self._screens.get((frames, keys), False)
        if found is not False:
            return found
        table = self.frames_by_head if frames else self.by_head
        lists = [table[k] for k in keys if k in table]
        screen = None
        if lists:
            # each index list is already most specific first; merged lists are re-sorted
            patterns = lists[0] if len(lists) == 1 else sorted(
                {id(p): p for f in lists for p in f}.values(), key=lambda p: -p.size)
            screen = Screen(tuple(patterns))
        self._screens[(frames, keys)] = screen
        return screen

    def frame_code(self, frame: str, action_code: str | None) -> str | None:
        """The code for ``frame`` wrapping an action coded ``action_code`` (longest prefix wins)."""
        table = self.frame_codes.get(frame, {})
        if action_code:
            for n in range(len(action_code), 1, -1):
                code = table.get(action_code[:n])
                if code is not None:
                    return action_code if code == "=" else code
        default = table.get("*")
        if default == "=":
            return action_code
        return default


class Screen:
    """One head's patterns in order, indexed by a word each needs in the sentence (the first of
    its ``sentence_words``), so that a sentence is checked against the patterns it can match,
    not against every pattern of a common head ("threaten" anchors some 120)."""

    SMALL = 6  # (shorter lists are checked one by one: cheaper than the index)

    def __init__(self, patterns: tuple[Pattern, ...]) -> None:
        self.patterns = patterns
        self.needs = tuple(p.sentence_words for p in patterns)
        self.indexed = len(patterns) > self.SMALL
        free: list[int] = []
        by_word: dict[str, list[int]] = defaultdict(list)
        for n, needs in enumerate(self.needs):
            if not needs:
                free.append(n)
            for word in needs[0] if needs else ():
                by_word[word].append(n)
        self.free = frozenset(free)
        self.by_word = dict(by_word)
        self.words = frozenset(by_word)

    def candidates(self, words: set[str] | frozenset[str]) -> list[Pattern]:
        """The patterns, in order, each of whose needed word sets the sentence's ``words`` meet."""
        patterns, needs = self.patterns, self.needs
        if not self.indexed:
            order: range | list[int] = range(len(patterns))
        else:
            hits = self.words & words
            if not hits:
                order = sorted(self.free)
            else:
                found = set(self.free)
                for word in hits:
                    found.update(self.by_word[word])
                order = sorted(found)
        out = []
        for n in order:
            for need in needs[n]:
                if need.isdisjoint(words):
                    break
            else:
                out.append(patterns[n])
        return out


def _index(patterns: list[Pattern]) -> dict[str, list[Pattern]]:
    index: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        for lemma in p.clause.head.lemmas:
            index[lemma].append(p)
    for lst in index.values():
        lst.sort(key=lambda p: -p.size)
    return dict(index)


def _read_jsonl(path: Path) -> list[dict]:
    """A pattern file's rows, none when it is absent; a line that is not JSON is a LexiconError."""
    return read_jsonl(path, LexiconError, path.name) if path.exists() else []


def _read_frame_codes(path: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh, delimiter="\t"), 1):
            if not row or row[0].startswith("#") or row[0] == "frame":
                continue
            if len(row) != 3:
                raise LexiconError(f"{path.name}:{n}: expected frame, action, code")
            frame, action, code = (c.strip() for c in row)
            table[frame][action] = code
    return dict(table)


def load_lexicon(path: Path | str = DATA) -> Lexicon:
    path = Path(path)
    events = [
        compile_pattern(e) for f in sorted((path / "events").glob("*.jsonl")) for e in _read_jsonl(f)
    ]
    frames = [compile_pattern(e) for e in _read_jsonl(path / "frames.jsonl")]
    discards = [
        Discard(d["id"], frozenset(d["heads"]), frozenset(d["context"]), d.get("scope", "sentence"),
                frozenset(d.get("objects", ())))
        for d in _read_jsonl(path / "discards.jsonl")
    ]
    return Lexicon(events, frames, _read_frame_codes(path / "frame_codes.tsv"), discards)


@lru_cache(maxsize=4)
def default_lexicon(path: str = str(DATA)) -> Lexicon:
    return load_lexicon(path)


def check(path: Path | str = DATA) -> list[str]:
    """Problems in the lexicon: unknown codes, duplicate ids, frames without codes, uncovered codes."""
    from eventwire.ontology import cameo_codes

    codes = cameo_codes()
    problems: list[str] = []
    lex = load_lexicon(path)
    seen: set[str] = set()
    for p in lex.events + lex.frames:
        if p.id in seen:
            problems.append(f"duplicate id {p.id}")
        seen.add(p.id)
    for p in lex.events:
        if p.cameo not in codes:
            problems.append(f"{p.id}: unknown CAMEO code {p.cameo!r}")
        elif not p.id.startswith(p.cameo):
            problems.append(f"{p.id}: id should start with its code {p.cameo}")
    for p in lex.events + lex.frames:
        # "S deployment of troops to|in|near T": one unlisted preposition ("near" needs "p:") turns
        # the whole alternative into an object word, and the pattern never matches
        if p.clause.obj is not None and any(word in PREPOSITIONS for word, _ in p.clause.obj.alts):
            problems.append(f"{p.id}: a preposition read as the object; mark the alternatives with p:")
    for p in lex.frames:
        if p.frame not in lex.frame_codes:
            problems.append(f"{p.id}: frame {p.frame!r} has no rows in frame_codes.tsv")
    for p in lex.events:
        if p.presupposes and p.presupposes not in codes:
            problems.append(f"{p.id}: presupposes unknown code {p.presupposes}")
    for frame, table in lex.frame_codes.items():
        for action, code in table.items():
            if code != "=" and code not in codes:
                problems.append(f"frame_codes {frame} {action}: unknown code {code}")
    covered = {p.cameo for p in lex.events}
    for table in lex.frame_codes.values():
        covered |= {c for c in table.values() if c != "="}
    # 010 "make statement" is never coded (project convention): no pattern on purpose
    missing = sorted(c for c in codes if len(c) >= 3 and c not in covered and c != "010")
    if missing:
        problems.append(f"{len(missing)} codes without a pattern: {' '.join(missing)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="validate the lexicon")
    parser.add_argument("--path", default=str(DATA))
    args = parser.parse_args(argv)
    lex = load_lexicon(args.path)
    print(f"{len(lex.events)} event patterns, {len(lex.frames)} frames, {len(lex.discards)} discards")
    if args.check:
        problems = check(args.path)
        for p in problems:
            print(p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
