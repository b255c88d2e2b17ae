"""Readings of one sentence's predicates: which lexicon patterns and frames match each predicate,
and how frames compose ("hopes to open negotiations with X" is intent(carry(talk-with)) = 036). The
coder (``coder.py``) turns the best readings into events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import arcs_within_sentences, kids, token_columns

from .argument_actors import actors_of
from .arguments import (
    targeted,
)
from .conditions import condition_setter, terms_set
from .frame_coding import ASKING_FRAMES, wrapped_frame_code
from .lexicon import Lexicon, Pattern
from .matcher import Binding, head_keys, match, possible_names, predicate_preposition
from .own_acts import OWN_PRONOUNS, admits_own, includes_own_side, own_act, own_side, unowned_halt
from .places import destination
from .refine import AERIAL_CODE, FORCE_ROOTS, SHELLING_CODE, WEAPON_AGENTS, armed
from .roots import HARM_ROOTS, THREAT_ROOT, YIELD_ROOT
from .sides import same_actor
from .subjects import verb_subjects
from .syntax import free_relative_name, pobjs, preps_of
from .targets import PREVENT_FRAME
from .verdicts import faulted_arguments, foretold_arguments
from .wrapped_acts import SUM_WORDS, content_clauses, joined_acts

PREDICATE_POS = {"VERB", "AUX", "NOUN", "PROPN", "ADJ"}  # the parts of speech a pattern can be anchored on
IGO_PREFIX = "IGO"  # the CAMEO code of an international organisation
# frames whose wrapped clause's subject is the party addressed: "demanded that Myanmar release",
# "alleged that Syria armed the militants"
ADDRESSEE_FRAMES = frozenset({"appeal", "demand", "accuse", "disapprove", "outlook", "doubt"})
# acts whose noun may say what they are aimed at with a participle: attacks ("a strike targeting
# X") and sanctions ("sanctions targeting X's banks", "a ban aimed at X")
TARGETED_ROOTS = HARM_ROOTS | {"16"}
# the weapons an act of force is carried out with ("used drones against T", "fired rockets at T")
WEAPON_NOUNS = frozenset(w for code in (AERIAL_CODE, SHELLING_CODE) for w in WEAPON_AGENTS[code] if " " not in w)
WEAPON_ROOTS = frozenset({*FORCE_ROOTS, "15"})  # force and its display ("flew bombers near T")


@dataclass
class Reading:
    """One way to code a predicate: its code, the rules that produced it, and its target slot."""

    code: str
    rules: list[str]
    binding: Binding
    targets: list[Token]
    fallback: list[Token]  # noun phrases that may name the target ("rejected Iran's proposal")
    consumed: set[int]
    confidence: float
    no_target: bool
    plover: str | None = None
    inner: list[Binding] = field(default_factory=list)
    size: int = 1  # how many words the patterns constrain
    default: bool = False  # a frame's default code: no action pattern matched inside it
    incomplete: bool = False  # a "with T" pattern matched without its "with" (reciprocal use only)
    missing_preps: frozenset[str] = frozenset()  # the prepositions the missing target would follow
    needs_target: bool = False
    sourceless: bool = False  # the act names its parties as targets only ("talks between X and Y")
    # the predicate whose clause tells when and whether the act happens, when it is not the head:
    # "declared that it will open talks" is the talks, planned ("will"), not the announcement
    context_anchor: Token | None = None
    content: bool = False  # only what a frame wraps ("called for weapons"), never an event itself
    # the target is only the party the patterns name, never one found elsewhere in the clause:
    # "will not allow its soil to be used against X" threatens no one; "said it would postpone its
    # assault under an accord with Y" spares the assault's target, not Y
    closed: bool = False
    # the party that set a condition ("X offered ... as long as Y ..."): the source of the demand
    setter: list[Token] = field(default_factory=list)
    # the acts coordinated in the wrapped clause of a frame that codes its content ("agreed to
    # withdraw and hold talks"): the same commitment, appeal or refusal, used up with this reading
    joined: frozenset[int] = frozenset()
    # the act read is one coordinated after the first act wrapped: it gives the frame its act only
    # when the first gives none with a party ("threatened to attack or invade X")
    later_conjunct: bool = False

    @property
    def head(self) -> Token:
        return self.binding.head


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, doc: Doc, sent: Span) -> None:
        self.lex = lexicon
        self.doc = doc
        self.sent = sent
        self._columns = token_columns(doc)
        lemmas, lowers, _ = self._columns
        self.lemmas = set(lemmas[sent.start:sent.end])
        self.words = self.lemmas | set(lowers[sent.start:sent.end])
        self.actions: dict[int, list[Binding]] = {}
        self.frames: dict[int, list[Binding]] = {}
        self._readings: dict[int, list[Reading]] = {}
        self._sentence_words: set[str] | None = None
        self._possible_names: set[str] | None = None  # every name a word here may match by
        self._context_superset: tuple[set[str], set[str]] | None = None  # (see _may_occur)

    def bind(self) -> None:
        doc, (lemmas, lowers, pos) = self.doc, self._columns
        heads = self.lex.head_words
        for i in range(self.sent.start, self.sent.end):
            if pos[i] not in PREDICATE_POS and lowers[i] not in SUM_WORDS \
                    and (pos[i] != "ADP" or not predicate_preposition(doc[i])):
                continue
            if lemmas[i] not in heads and lowers[i] not in heads and not lowers[i].endswith("ing"):
                continue  # no pattern is anchored on it (a token's other names are a gerund's stems)
            tok = doc[i]
            # a list, not a set: the order patterns are tried must not depend on the hash seed
            keys = head_keys(tok)
            for frames, out in ((False, self.actions), (True, self.frames)):
                screen = self.lex.screen(keys, frames)
                if screen is None:
                    continue
                discards = None  # (gathered for the first binding: most tokens bind nothing)
                # (the patterns a word they need is nowhere in the sentence for are left out)
                for pattern in screen.candidates(self.words):
                    if pattern.complement_heads and not self._may_name(pattern.complement_heads):
                        continue  # no word here can head its complement ("refused to comment")
                    b = match(pattern, tok)
                    if b is None:
                        continue
                    if discards is None:
                        discards = [d for key in keys for d in self.lex.discards_by_head.get(key, [])]
                    if not self._discarded(b, discards):
                        out.setdefault(tok.i, []).append(b)

    def _may_name(self, word_sets: tuple[frozenset[str], ...]) -> bool:
        """Whether every set has a word some token of the sentence may be matched by."""
        if self._possible_names is None:
            lemmas, lowers, _ = self._columns
            self._possible_names = {name for i in range(self.sent.start, self.sent.end)
                                    for name in possible_names(lemmas[i], lowers[i])}
        return all(not words.isdisjoint(self._possible_names) for words in word_sets)

    def _discarded(self, b: Binding, discards) -> bool:
        if arcs_within_sentences(self.doc) and not any(self._may_occur(d.context) for d in discards):
            return False  # (no context word is in the sentence, which holds the head's objects too)
        object_words = None
        for d in discards:
            if d.scope == "object":
                if object_words is None:
                    # the head's own modifiers and objects, not its subject or adverbials
                    near = [c for c in kids(b.head) if c.dep_ in ("dobj", "obj", "pobj", "attr", "compound", "amod",
                                                                      "nmod", "prep", "prt")]
                    object_words = _context_words([t for c in near for t in c.subtree])
                words = object_words
            else:
                if self._sentence_words is None:
                    self._sentence_words = _context_words(list(self.sent))
                words = self._sentence_words
            if d.scope == "object" and any(n.lemma_.lower() in d.context for n in b.obj_nouns):
                continue  # the pattern itself asks for that object ("S strike deal"): the sense it codes
            own = b.pattern.clause.obj.compound if b.pattern.clause.obj is not None else None
            if d.scope == "object" and own and not own.isdisjoint(d.context):
                continue  # ... or for that word as its object's modifier ("S deliver protest_note")
            if d.objects and b.obj_nouns and not any(n.lemma_.lower() in d.objects for n in b.obj_nouns):
                continue  # another object, another sense ("extended condolences over the earthquake")
            if d.context & words:
                return True
        return False

    def _may_occur(self, context: frozenset[str]) -> bool:
        """Whether any of a discard's context words may be among those ``_context_words`` gives for
        tokens of the sentence: a test on a superset read from the token columns (every lemma and
        form, a form less its final "s", two lemmas joined by "_"), so that a discard is ruled out
        before its words are gathered from the sentence's tokens and subtrees (most are)."""
        if self._context_superset is None:
            lowers = self._columns[1]
            ends = [w[:-1] for w in lowers[self.sent.start:self.sent.end] if w.endswith("s")]
            self._context_superset = (self.words.union(ends), self.lemmas)
        singles, lemmas = self._context_superset
        for word in context:
            if word in singles:
                return True
            cut = word.find("_")
            while cut >= 0:  # (every cut: a lemma may hold "_" itself)
                if word[:cut] in lemmas and word[cut + 1:] in lemmas:
                    return True
                cut = word.find("_", cut + 1)
        return False

    def readings(self, tok: Token, depth: int = 0) -> list[Reading]:
        """Every reading of the predicate at ``tok``, most specific first (frames before actions)."""
        if tok.i in self._readings:
            return self._readings[tok.i]
        self._readings[tok.i] = []  # guards against cycles
        out: list[Reading] = []
        if depth < 4:
            for fb in self.frames.get(tok.i, []):
                out += self._frame_readings(fb, depth)
        for b in self.actions.get(tok.i, []):
            p = b.pattern
            if p.igo_target and not any((a.cameo or "").startswith(IGO_PREFIX)
                                        for a in actors_of(self.doc, b.targets)):
                continue  # "quit ECOWAS", not "left Kyiv" or "withdrew its oil rig"
            if p.armed_target and not any(armed(a) for a in actors_of(self.doc, b.targets)):
                continue  # "eliminate the militias", not "defeated the incumbent"
            if p.foretold and foretold_arguments(b.head) is None:
                continue  # harm no speaker foretells ("a warning that Y would face ...": the frame's)
            if p.faulted and faulted_arguments(b.head) is None:
                continue  # a failing no speaker reports of a party ("the talks failed to ...")
            # "expelled the Canadian ambassador": the object the pattern names may carry the target
            fallback = list(b.obj_nouns) + (_accused(b.head) if p.pos == "noun" and p.cameo[:2] == "11" else [])
            if p.pos == "verb" and not b.targets:
                fallback += free_relative_name(b.head)  # "condemned what it called Israeli aggression"
            if p.clause.target == "prep" and p.cameo[:2] in WEAPON_ROOTS:
                # "used Turkish drones against T", "fired American rockets": the weapon is the
                # source's instrument, its national adjective its maker's or seller's, not the target
                fallback = [o for o in fallback if o.lemma_.lower() not in WEAPON_NOUNS]
            if p.pos == "verb" and p.cameo[:2] == AGREEMENT_ROOT \
                    and any(o.lemma_.lower() in DEAL_NOUNS for o in b.obj_nouns):
                # "signed a pact on Italy-Japan trade": the parser hangs the deal's topic on the
                # verb; the parties it names are the deal's, as when it hangs on the noun
                fallback += [x for o in preps_of(b.head, DEAL_TOPIC_PREPS) for x in pobjs(o)]
            if p.pos == "noun" and p.has_source:
                # "the expulsion of Bolivian diplomats": the "of" object a pattern names is the noun's
                # object (not for "ties between T", whose parties are all targets)
                fallback += [x for o in preps_of(b.head, OF) if o.i in b.consumed for x in pobjs(o)]
            if p.pos == "noun" and not b.targets and p.cameo[:2] in TARGETED_ROOTS:
                fallback += targeted(b.head)  # "a strike targeting a Hezbollah commander"
            if p.cameo == CLAIM_CODE:
                # "claimed responsibility for an attack targeting shoppers at a market in Mogadishu":
                # the claim is aimed where the act claimed was
                fallback += [x for t in b.targets for x in targeted(t)]
            elif not b.targets and p.cameo[:2] in TARGETED_ROOTS:
                # "imposed sanctions targeting Russia's banks": what the object (or a noun joined to
                # it: "sanctions and new measures targeting X") is aimed at
                fallback = [t for o in b.obj_nouns for x in [o, *(c for c in kids(o) if c.dep_ == "conj")]
                            for t in targeted(x)] + fallback
            out.append(Reading(p.cameo, [p.id], b, b.targets, fallback, set(b.consumed), p.confidence,
                               p.no_target, p.plover, size=b.size, incomplete=b.prep_missing,
                               missing_preps=b.missing_preps, needs_target=p.needs_target,
                               sourceless=not p.has_source, content=p.content,
                               context_anchor=_announcing_verb(b.head) if p.announced and p.cameo[:2] == THREAT_ROOT
                               else None))
        # the most specific complete reading first; a frame that found no action inside it (its
        # default code) yields to a direct pattern that says more ("refused to send troops"), and
        # a light verb's frame to the pattern the lexicon has for that verb with that noun
        shadowed = {id(r) for r in out if _light_verb_shadowed(r, out)}
        out.sort(key=lambda r: (r.incomplete, r.default, id(r) in shadowed, r.later_conjunct, -r.size, -r.confidence))
        setting = condition_setter(self.doc, tok)
        if setting is not None:
            out = [c for c in (terms_set(r, self.lex, tok, *setting) for r in out) if c is not None]
        self._readings[tok.i] = out
        return out

    def yielded(self, r: Reading) -> Reading:
        """ "bowed to demands from the AU to hand power to civilians", "accepted calls to free the
        prisoners": giving in to a demand or appeal is the concession it asked for (the ``yield``
        rows of frame_codes.tsv: a handover of power is 0831, a release 0841), not a bare 080."""
        if r.code != YIELD_CODE or r.inner:
            return r
        head = r.head
        nouns = [n for n in [*r.binding.obj_nouns, *(o for p in kids(head) if p.dep_ == "prep" for o in pobjs(p))]
                 if n.lemma_.lower() in YIELDED_NOUNS]
        for noun in nouns:
            for asked in self.readings(noun):
                if asked.default or asked.code[:2] not in ASKING_ROOTS or len(asked.rules) < 2:
                    continue
                act = asked.rules[-1].split(".", 1)[0]  # a pattern's id starts with its code
                code = self.lex.frame_code(YIELD_FRAME, act)
                if code and code != r.code:
                    return replace(r, code=code, rules=[*r.rules, *asked.rules[1:]], plover=None)
        # "gave in to demands from the unions to reform the pension system": the parser may hang what was
        # demanded on the verb (an infinitive with no mark of purpose, "in order to")
        for c in kids(head) if nouns else ():
            if c.dep_ != "advcl" or c.pos_ != "VERB" or any(m.dep_ == "mark" for m in kids(c)) \
                    or not any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)):
                continue
            for asked in self.readings(c)[:1]:
                code = self.lex.frame_code(YIELD_FRAME, asked.code)
                if code and code != r.code:
                    return replace(r, code=code, rules=[*r.rules, *asked.rules], plover=None,
                                   consumed=r.consumed | asked.consumed)
        return r


    def _author(self, frame: str | None, x: Token, r: Reading | None, head: Token | None = None) -> list[Token]:
        """ "Lima rejected Chile's offer to mediate": a refusal of someone's proposal, offer or
        demand targets its author (the possessor or modifier of the wrapped speech-act noun),
        not the parties the proposal is about."""
        if frame != "reject" or r is None or not r.inner or x.pos_ not in ("NOUN", "PROPN"):
            return []
        authors = [c for c in kids(x) if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod")
                                                                   and c.i < x.i)]
        authors += [o for a in preps_of(x, frozenset({"by", "from"})) for o in pobjs(a)]
        authors = [t for t in authors if actors_of(self.doc, [t])]
        if authors and head is not None and head.pos_ in ("VERB", "AUX"):
            # "Kenya reneged on its commitment to send police to Haiti": going back on one's own
            # word rejects what it promised, aimed where the promised act was
            own = {a.cameo for a in actors_of(self.doc, verb_subjects(head))}
            authors = [t for t in authors if not {a.cameo for a in actors_of(self.doc, [t])} <= own]
        return authors

    def _frame_readings(self, fb: Binding, depth: int) -> list[Reading]:
        p = fb.pattern
        out = []
        for x in fb.wrapped:
            if p.gerund and x.tag_ != "VBG":
                continue  # "kept its promise" carries no act; "would keep fighting" does
            if not modal_holds(p, x):
                continue  # "said Libya must hand over": only the modal makes the report a demand
            yields_only = False
            if p.own_act and not own_act(self.doc, fb.head, x):
                if not unowned_halt(self.doc, x):
                    continue  # "Peru said Chile would withdraw" is no commitment of Peru's
                # "said the air strikes would cease", "said its offensive would be halted": an act
                # no other party is named as doing, lifted or halted, is the speaker's to yield
                yields_only = True
            if p.frame == "demand" and p.modal and own_side(self.doc, fb.head, x):
                continue  # "our soldiers must remain, the minister said": his own side's duty, a commitment
            inner = self.readings(x, depth + 1)
            if yields_only:
                inner = [r for r in inner if r.code[:2] == YIELD_ROOT]
                if not inner:
                    continue
            if inner and x.dep_ == "dobj" and x.head.i == fb.head.i:
                # "signed an important agreement": the thing a frame verb acts on directly is the
                # thing itself, not a verdict on it (a verdict is a predicate: "declared the deal a
                # historic step"); a noun read only as a verdict carries nothing here
                if all(r.binding.pattern.verdict for r in inner):
                    continue
                inner = [r for r in inner if not r.binding.pattern.verdict]
            if not inner and p.frame in ASKING_FRAMES and x.pos_ == "VERB":
                # "asked Chile to waive the rule and cooperate with the inquiry": the acts asked in
                # one breath are one appeal (convention 17); an act no pattern knows leaves its
                # code to the next act asked. A conjunct that is a frame of its own ("urged X to
                # publish the tallies and proposed new elections") is the speaker's own next act,
                # hung on the asked one by the parser; so is a conjunct with a subject of its own
                # ("said X should be tried, and Paris has backed ...": a second statement)
                inner = next((rs for c in kids(x) if c.dep_ == "conj" and c.pos_ == "VERB"
                              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c))
                              for rs in [self.readings(c, depth + 1)] if rs and not any(r.inner for r in rs)), [])
            if not inner and x.lemma_ == "be" and p.frame in ASKING_FRAMES:
                # "said Qatar should stand ready to broker", "urged Serbia to be willing to talk": the
                # copula's adjective names what is asked (standing ready to broker is mediating)
                inner = [r for c in kids(x) if c.dep_ == "acomp" for r in self.readings(c, depth + 1)]
            if not inner and p.modal and f"{x.lemma_.lower()}_to" in p.modal:
                # "said Iran needs to halt enrichment": a semi-modal's complement is what is asked
                inner = [r for c in kids(x) if c.dep_ == "xcomp" for r in self.readings(c, depth + 1)]
            if x.lemma_.lower() in HELPING_VERBS and p.frame not in ASKING_FRAMES:
                # "promised to help train the army": to help with an act is to take part in it; the
                # act read is more specific than the bare help (one asked to help is the target of
                # the asking, whatever the act: "asked Qatar to help return the hostages")
                inner = [r for c in kids(x) if c.dep_ == "xcomp" and c.pos_ == "VERB"
                         for r in self.readings(c, depth + 1)] or inner
            if not inner and p.frame in PURPOSE_FRAMES and x.pos_ == "VERB":
                # "said its troops would remain in Mali to protect the villagers": a stay or move that is
                # no act of its own is committed to for its purpose (convention 15: 033x)
                inner = [r for c in kids(x) if purpose_clause(c) for r in self.readings(c, depth + 1)]
            if p.frame == ADMIT_FRAME:
                # "acknowledged that Russian forces captured the town" admits no act of one's own
                # "claims it has the capability to hit X" boasts of a means, a threat of its own,
                # and admits no act
                inner = [r for r in inner if r.binding.pattern.frame != CAPABLE_FRAME
                         and admits_own(self.doc, self.lex.event_nouns, fb.head, r)]
            # "said the smugglers should be judged": one a passive act is done to is asked nothing,
            # and names no party unless a pattern codes the act (then it is the act's own target);
            # a hope or a charge may still be about it ("hoped X would be brought to the table")
            passive_named = bool(inner) or p.frame not in ASKING_FRAMES
            addressee = [c for c in kids(x) if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and passive_named)] \
                if p.frame in ADDRESSEE_FRAMES and (p.clause.wrapped in ("that", "inf") or x.pos_ in ("VERB", "AUX")) \
                else []
            # "the two countries should settle the row", said by one of them: no appeal to the other
            if addressee and p.frame in ASKING_FRAMES and p.modal and includes_own_side(self.doc, fb.head, addressee):
                continue
            if not addressee and p.frame in ADDRESSEE_FRAMES and p.clause.wrapped == "prep" and x.pos_ in ("VERB", "AUX"):
                # "called for Morocco to release the crew": the "for" object is the party asked
                addressee = [o for o in fb.wrapped if o.pos_ in ("NOUN", "PROPN") and o.i < x.i]
            # a noun after "to" that no pattern knows is no act ("agreed to a date", "invited to dinner")
            # "invited Trump to Ankara": an invitation to a place is one to visit it
            visit = not inner and fb.nominal_wrapped and p.frame == INVITE_FRAME and destination(self.doc, x)
            # "agreed to withdraw its troops and hold talks with X", "refused to recognise or negotiate
            # with X": the acts coordinated with the wrapped one are wrapped too, read after it (and
            # after the frame's default when the first is one no pattern knows); an admitted act
            # happened, and so do those told with it
            joined = joined_acts(x) if p.frame != ADMIT_FRAME else []
            known = {id(r) for r in inner}
            later = [r for c in joined for r in self.readings(c, depth + 1) if id(r) not in known]
            bare = [None] if not inner and (visit or not fb.nominal_wrapped) else []
            for r in inner + later + bare:
                if p.frame == "halt" and r is not None and r.code[:2] < RESTRICTIVE_ROOT \
                        and fb.head.lemma_.lower() in RELIEVING_VERBS:
                    continue  # "agreed to ease the delivery of aid" speeds the aid up; only a curb is eased
                code = wrapped_frame_code(self.lex, p, fb, x, r, visit)
                joined_act = r is not None and r.head in joined
                if code is None and r is not None and not r.incomplete and not joined_act:
                    break  # "will protest to Tokyo" is the act's own (114), not a lesser reading's 133
                # a frame that only tells its act ("announced it had expelled X and closed ...")
                # leaves the coordinated acts to be coded as told
                folds = p.frame in CONTENT_WRAPPERS or r is None or code != r.code
                if code is None or (joined_act and not folds):
                    continue
                # "demanded that Myanmar release ...": the party asked to act is the target;
                # "rejected North Korea's demand to ...": the maker of the act named by the noun
                if not addressee and r is None and p.frame == "threaten" and p.clause.wrapped == "that":
                    # "warned that Manila would face consequences": who is to suffer is the target;
                    # "warned it would retaliate against X" is the speaker's own act, aimed at X
                    addressee = [c for c in kids(x) if c.dep_ in ("nsubj", "nsubjpass")
                                 and c.lower_ not in OWN_PRONOUNS]
                author = self._author(p.frame, x, r, fb.head)
                targets = fb.targets or addressee or author or self._maker(x, fb.head) \
                    or (r.targets if r else [])
                # "will not accept Minsk's denials": the wrapped verb's object may name the target
                # "wants the sanctions to be lifted": a passive complement's subject may name it too
                # (the place of an invited visit is where, not whom: "invited both sides to Geneva")
                fallback = [] if visit else (r.fallback if r else []) + [x] + [
                    c for c in kids(x) if c.dep_ in ("dobj", "obj") or (c.dep_ == "nsubjpass" and passive_named)]
                consumed = set(fb.consumed) | (r.consumed if r else {x.i})
                if p.keeps_object and r is not None and x.pos_ == "NOUN":
                    # "reneged on its deal with the EU": the deal gone back on was made, an act of its own
                    consumed -= r.consumed | {x.i}
                out.append(Reading(
                    code, [p.id] + (r.rules if r else []), fb, targets, fallback, consumed,
                    p.confidence * (r.confidence if r else 0.7),
                    # "admitted that its forces shelled the village": an admission is one with no
                    # victim named too
                    (r.no_target if r else False) or p.frame == ADMIT_FRAME,
                    r.plover if r and r.code == code else None,
                    [fb] + (r.inner if r else []),
                    size=fb.size + (r.size if r else 0),
                    default=r is None,
                    # the frame's own addressee ("urged Iran and the EU to reach a deal") or a
                    # content noun fills the gap an inner "with T" / "to T" pattern left
                    # (and so does the author of a refused request: "rejected a request from Kyiv
                    # to supply missiles" leaves the missiles' "to T" to the request's content)
                    incomplete=fb.prep_missing or (r is not None and r.incomplete and not fb.targets
                                                   and not author and not self._content_noun(p, x)),
                    missing_preps=fb.missing_preps | (r.missing_preps if r else frozenset()),
                    needs_target=fb.pattern.needs_target or (r.needs_target if r else False),
                    sourceless=r.sourceless if r else False,
                    context_anchor=_transparent_clause(code, r, x),
                    # "held elections" is still only content (no concession), though "called for
                    # Libya to hold elections" is an appeal for one
                    content=bool(r and r.content and p.frame not in CONTENT_WRAPPERS),
                    closed=p.frame in CLOSED_FRAMES or bool(r and r.closed),
                    # (the first act too when a later one gave the frame its act; a deal reneged on
                    # keeps its own record)
                    joined=(frozenset([*(c.i for c in joined), *([x.i] if joined_act else [])])
                            if folds and not p.keeps_object else frozenset()) | (r.joined if r else frozenset()),
                    later_conjunct=joined_act,
                ))
        return out


    def _content_noun(self, frame: Pattern, x: Token) -> bool:
        """ "called for humanitarian aid", "rejected a proposal for a ceasefire": a noun a speech act
        wraps names the act asked for, offered or refused, so the noun's own missing "to T" is no
        gap (the frame supplies the dyad). A light verb's noun is the act itself ("launched attacks"
        still needs its "on T"), and a noun that is itself a speech act ("rejected calls for aid")
        read as a plain act without its "with T" is the wrong sense (a phone call)."""
        return x.pos_ == "NOUN" and frame.frame != CARRY_FRAME and x.lemma_.lower() not in self.lex.frames_by_head

    def _maker(self, x: Token, frame_head: Token) -> list[Token]:
        """The possessor or national modifier of a wrapped noun that names an act ("Iran's
        offer", "a US request"), when it is an actor other than the frame's own subject
        ("delayed its offensive against X": the offensive's target is the one it concerns)."""
        if x.pos_ not in ("NOUN", "PROPN"):
            return []
        mods = [c for c in kids(x) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < x.i]
        makers = actors_of(self.doc, mods)
        speakers = actors_of(self.doc, verb_subjects(frame_head)) if frame_head.pos_ in ("VERB", "AUX") else []
        return mods if makers and not all(same_actor(m, speakers) for m in makers) else []


OF = frozenset({"of"})
AGREEMENT_ROOT = "05"
DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "protocol", "memorandum", "contract"})
DEAL_TOPIC_PREPS = frozenset({"on"})
# giving in to what another party asked for (SentenceCoder.yielded)
YIELD_CODE, YIELD_FRAME = "080", "yield"
YIELDED_NOUNS = frozenset({"demand", "call", "request", "appeal", "plea", "ultimatum", "condition"})
ASKING_ROOTS = frozenset({"02", "10"})
# claim or admit responsibility ("responsibility for the attack", "a role in the coup",
# "responsible for the bombing"); deny it
CLAIM_CODE, DENIAL_CODE = "015", "016"
ADMIT_FRAME = "admit"
CARRY_FRAME = "carry"  # a light verb whose act is its noun's ("held talks", "gave a warning")
# verbs that halt an act only by relieving a curb ("lifted the sanctions", "eased the blockade"):
# easing or loosening an act of help or cooperation (roots 01-09) furthers it, and halts nothing
RELIEVING_VERBS = frozenset({"lift", "ease", "relax", "loosen"})
HELPING_VERBS = frozenset({"help", "assist"})  # "help train T": the helper takes part in the act
RESTRICTIVE_ROOT = "10"
INVITE_FRAME = "invite"
# frames whose target is only the party their pattern or wrapped act names (Reading.closed)
CLOSED_FRAMES = frozenset({PREVENT_FRAME, "defer"})
# frames whose wrapped act is not asserted by the frame ("carry", "halt", "announce" and "agree" presuppose it)
CONTENT_FRAMES = frozenset({"appeal", "demand", "wish", "threaten", "intent", "aim", "reject", "invite", PREVENT_FRAME,
                            "outlook", "doubt"})
# frames that may wrap a content-only noun: what is asked for, offered, refused or agreed to
CONTENT_WRAPPERS = CONTENT_FRAMES | {"agree"}


def _context_words(tokens: list[Token]) -> set[str]:
    """What a discard's context words are looked up in: lemmas and word forms ("Wildfires" a
    sentence-initial proper noun keeps its form), and compounds as the lexicon writes them
    ("second_half", "world_record")."""
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    # a plural the tagger took for a name keeps its "s" in the lemma too
    words |= {t.lower_[:-1] for t in tokens if t.pos_ == "PROPN" and t.lower_.endswith("s")}
    words |= {f"{c.lemma_.lower()}_{t.lemma_.lower()}" for t in tokens for c in kids(t) if c.dep_ in ("compound", "amod")}
    # and two words side by side ("world record season": both words modify "season")
    ordered = sorted(tokens, key=lambda t: t.i)
    words |= {f"{a.lemma_.lower()}_{b.lemma_.lower()}" for a, b in zip(ordered, ordered[1:], strict=False)
              if b.i == a.i + 1}
    return words


def modal_holds(pattern: Pattern, wrapped: Token) -> bool:
    """Whether a frame that needs a modal on its wrapped clause ("said Iran must ...") has it.
    The modal ``subjunctive`` stands for a bare verb: "insisted that Iran halt enrichment", "that
    sanctions be lifted" demand; "insisted that Taiwan is a province" only asserts."""
    if not pattern.modal:
        return True
    if any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in kids(wrapped)) \
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in kids(wrapped)):
        return False  # "said the rebels should have been arrested": a modal perfect judges the past, asks nothing
    if any(c.dep_ == "aux" and c.lower_ in pattern.modal for c in kids(wrapped)):
        return True
    if f"{wrapped.lemma_.lower()}_to" in pattern.modal and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(wrapped)):
        return True  # a semi-modal: "said Iran needs to ...", "has to ..."
    if SUBJUNCTIVE not in pattern.modal or any(c.dep_ == "aux" for c in kids(wrapped)):
        return False
    if wrapped.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN") for c in kids(wrapped)):
        return True  # "insisted that Washington stop": a singular subject with the bare form
    return wrapped.tag_ == "VB" or (wrapped.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be"
                                                                   for c in kids(wrapped)))


SUBJUNCTIVE = "subjunctive"
# modals whose perfect is a judgement on the past ("should have", "must have"), unlike a future
# perfect ("will have withdrawn by June")
PAST_MODALS = frozenset({"should", "ought", "must", "would", "could", "might", "may"})


def _announcing_verb(head: Token) -> Token | None:
    """The verb that reports a response announced in its clause ("said Tehran would respond
    firmly", "said ... and that it would respond"): saying it is the threat, so the saying carries
    its time and modality."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    said = head.head
    return said if head.dep_ == "ccomp" and said.pos_ == "VERB" else None


def _transparent_clause(code: str, inner: Reading | None, x: Token) -> Token | None:
    """The wrapped clause of a frame that passes its act's code through unchanged ("announced
    that it will deploy troops" is the deployment): that clause carries the act's own time and
    modality. Frames that turn the act into a speech act (an offer, a demand) keep their head."""
    if inner is None or inner.code != code or x.dep_ != "ccomp" or x.pos_ not in ("VERB", "AUX"):
        return None
    return inner.context_anchor or x


# frames whose wrapped move ("would stay in X", "pledged to remain") is read for its purpose
PURPOSE_FRAMES = frozenset({"pledge", "intent"})
CAPABLE_FRAME = "capable"  # "has the means to defeat X": a boast of means, a threat


def purpose_clause(c: Token) -> bool:
    """An infinitive of purpose with no subject of its own ("..., to end the war", "in order to
    ease tension")."""
    return c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) \
        and not any(a.dep_ in ("nsubj", "nsubjpass") for a in kids(c))


def _light_verb_shadowed(r: Reading, readings: list[Reading]) -> bool:
    """ "gave Hamas an ultimatum to release the hostages": a light verb's frame reads its noun
    through the noun's own patterns (a demand to release), however many words they add, but a
    complete pattern of the verb that names that noun as its object ("S give T ultimatum", a
    threat) is what the verb and the noun mean together. Only a reading of another kind yields:
    one of the same root says more ("renewed an appeal to X to extradite": 0213, not the 020 of
    "S renew appeal to T")."""
    if not r.inner or r.binding.pattern.frame != CARRY_FRAME:
        return False
    nouns = {x.i for x in r.binding.wrapped}
    return any(not o.inner and not o.incomplete and o.binding.head == r.binding.head and o.code[:2] != r.code[:2]
               and any(n.i in nouns for n in o.binding.obj_nouns) for o in readings)


def _accused(noun: Token) -> list[Token]:
    """ "Jordan's accusations that Syria smuggled arms": the subject of the content clause is the
    accused (the content itself is not an event)."""
    return [s for c in content_clauses(noun) for s in kids(c) if s.dep_ in ("nsubj", "nsubjpass")]
