"""Match compiled lexicon patterns against a spaCy dependency parse.

A :class:`Binding` records which tokens a pattern matched: the predicate, the target slot, the
wrapped action of a frame, and every token the pattern consumed (so that "refused to meet him"
yields one REJECT, not also a CONSULT). The matcher is tolerant of the parser's habits: a particle
may be parsed as a preposition and vice versa, a prepositional target may hang on the verb or on
its object noun, and "urged Iran to stop" may put Iran under the verb or under "stop".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.nlp import kids, per_token

from .lexicon import Clause, Pattern, Word
from .roots import YIELD_ROOT
from .syntax import (
    FINITE_TAGS,
    OBJECT_DEPS,
    halted_act,
    hyphen_agents,
    is_passive,
    number_particle,
    objects,
    particles_of,
    pobjs,
    preps_of,
)
from .wrapped_acts import _wrapped

COMPLEMENT_DEPS = ("xcomp", "ccomp", "advcl")
NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP"})
POS_OK = {"verb": ("VERB",), "noun": ("NOUN", "PROPN", "NUM"), "adj": ("ADJ", "VERB")}  # NUM: "$625 million in aid"
FUTURE_AUX = frozenset({"will", "would", "wo", "'ll", "shall"})
# what a speaker says it will do, or cannot let happen ("cannot allow Iran to ...")
ANNOUNCING_AUX = FUTURE_AUX | {"can", "ca"}
# "called on|upon X": the preposition of an appeal; a date after "on" is only when a call was made
APPEAL_PREPS = frozenset({"on", "upon"})
TIME_ENTS = frozenset({"DATE", "TIME"})


@dataclass
class Binding:
    pattern: Pattern
    head: Token
    targets: list[Token] = field(default_factory=list)
    wrapped: list[Token] = field(default_factory=list)
    obj_nouns: list[Token] = field(default_factory=list)
    prep_missing: bool = False
    missing_preps: frozenset[str] = frozenset()  # the prepositions of a prepositional target not found
    consumed: set[int] = field(default_factory=set)
    passive: bool = False
    agents: list[Token] = field(default_factory=list)
    prep_hosts: list[Token] = field(default_factory=list)
    nominal_wrapped: bool = False  # "to X" matched a noun ("invited them to talks"), not an infinitive

    @property
    def size(self) -> int:
        return self.pattern.size - self.prep_missing


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@per_token
def head_keys(tok: Token) -> tuple[str, ...]:
    """The words a pattern head may name ``tok`` by, in a fixed order: its lemma, its form, and
    for a gerund the tagger made a noun the verbs it may be ("mediating": mediat, mediate)."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    keys = [lemma] if lemma == lower else [lemma, lower]
    if lower.endswith("ing") and _gerund_noun(tok):
        stem = lower[:-3]  # "sending" -> send, "stopping" -> stop(p)
        keys += [k for k in [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
                 if k not in keys]
    return tuple(keys)


@per_token
def _names(tok: Token) -> frozenset[str]:
    names = set(head_keys(tok))
    # a plural the tagger read as singular keeps its "s" in the lemma ("a million euros"/NN)
    if tok.tag_ == "NN" and tok.lemma_.lower() == tok.lower_ and len(tok.lower_) > 3 \
            and tok.lower_.endswith("s") and not tok.lower_.endswith(("ss", "us", "is")):
        names.add(tok.lower_[:-1])
    return frozenset(names)


def possible_names(lemma: str, lower: str) -> list[str]:
    """Every name ``_names`` may give a token with this (lower-cased) lemma and form, whatever
    its tag and attachment: a superset, cheap to build for a whole sentence, so that a word no
    token could match is ruled out before any matching work."""
    names = [lemma, lower]
    if lower.endswith("ing"):
        stem = lower[:-3]
        names += [stem, stem + "e", stem[:-1]]
    if lower.endswith("s"):
        names.append(lower[:-1])
    return names


def word_matches(word: Word, tok: Token) -> bool:
    names = _names(tok)
    mods = None
    for head, compound in word.alts:
        if head not in names:
            continue
        if compound is None:
            return True
        if mods is None:
            # a predicate adjective's adverb too ("politically motivated")
            deps = MODIFIER_DEPS | ({"advmod"} if tok.pos_ in ("ADJ", "VERB") else set())
            left = sorted((c for c in kids(tok) if c.dep_ in deps and c.i < tok.i), key=lambda t: t.i)
            # "an important trade agreement": a noun's classifying modifiers may stand between the
            # pattern's modifier and the noun, so every run of its modifiers up to one is tried
            ends = range(1, len(left) + 1) if tok.pos_ == "NOUN" else [len(left)]
            mods = [(" ".join(c.lemma_.lower() for c in left[:k]), " ".join(c.lower_ for c in left[:k]))
                    for k in ends] or [("", "")]
        if any(lemmas.endswith(compound) or forms.endswith(compound) for lemmas, forms in mods):
            return True
    return False


AGENT_PREPS = frozenset({"by"})
WITH_PREP = frozenset({"with"})


def _name_read_as_predicate(tok: Token) -> list[Token]:
    """ "Macron called Putin on Sunday": the parser may read a name right after the verb as the
    object's predicate, with no object; it is the object (``objects`` takes it), not a predicate."""
    if any(c.dep_ in OBJECT_DEPS and c.dep_ != "oprd" for c in kids(tok)):
        return []
    return [c for c in kids(tok) if c.dep_ == "oprd" and c.i == tok.i + 1 and c.pos_ == "PROPN"
            and c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")]


WHERE_PREPS = frozenset({"in"})


def dated(prep: Token) -> bool:
    """ "on Wednesday", "in March": a preposition whose objects are all times."""
    objs = pobjs(prep)
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


# "sanctions lifted under Obama", "the deal signed under the Obama administration": whose act it was
LEADERSHIP_NOUNS = frozenset({"administration", "government", "presidency", "premiership", "leadership"})


# the entities a by-phrase names as a party, not a means ("by air", "by force")
AGENT_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# the preposition that names what a passive speech act charges its subject with ("accused of")
CHARGE_PREPS = frozenset({"of", "for", "over"})


def _agent_after_gerund(tok: Token) -> list[Token]:
    """ "Cuba was accused of sending troops to Venezuela by the United States": the parser hangs
    the passive's by-phrase on the active gerund before it, which has no agent of its own (also
    a party its national adjective names: "by Haitian officials"); "Nigeria was accused of
    abuses by Amnesty International": or on the charge's noun, when the by-phrase names an
    organisation, state or person (not "abuses by its forces")."""
    out = []
    for p in kids(tok):
        if p.dep_ != "prep" or p.lower_ not in CHARGE_PREPS:
            continue
        for g in kids(p):
            if g.dep_ == "pcomp" and g.tag_ == "VBG":
                out += [x for a in preps_of(g, AGENT_PREPS) for x in pobjs(a)
                        if x.ent_type_ in AGENT_ENTITIES or x.pos_ == "PROPN"
                        or any(m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") for m in kids(x))]
            elif g.dep_ == "pobj" and g.pos_ == "NOUN":
                out += [x for a in preps_of(g, AGENT_PREPS) for x in pobjs(a)
                        if x.pos_ == "PROPN" and x.ent_type_ in ("ORG", "GPE", "PERSON")]
    return out


def _under_leader(tok: Token) -> list[Token]:
    return [p for a in preps_of(tok, frozenset({"under"})) for p in pobjs(a)
            if p.ent_type_ == "PERSON" or p.lemma_.lower() in LEADERSHIP_NOUNS]


def _gerund_noun(tok: Token) -> bool:
    """A gerund the tagger made a noun after a noun's "of" or "for" ("the EU proposal of brokering
    a dialogue", "plans for sending troops") names the act the noun offers or plans."""
    return tok.tag_ == "NN" and tok.dep_ == "pobj" and tok.lower_.endswith("ing") and tok.lemma_.lower() == tok.lower_ \
        and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "NOUN"


def _verb_in_disguise(tok: Token) -> bool:
    """A word the tagger made an adjective but that heads a clause with a subject and a direct
    object is a verb ("demanded that Russia free Evan Gershkovich"), as is a gerund it made a noun
    after "of" ("the offer of mediating")."""
    if tok.pos_ == "NOUN":
        return _gerund_noun(tok)
    if tok.pos_ != "ADJ":
        return False  # checked first: this runs for every non-verb token a verb pattern meets
    deps = {c.dep_ for c in kids(tok)}
    return "nsubj" in deps and "dobj" in deps


def predicate_preposition(tok: Token) -> bool:
    """A preposition that is the copula's predicate, as an adjective would be ("said Iran was
    behind the attack": behind it, as "responsible for it")."""
    return tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.lemma_ == "be" \
        and not any(c.dep_ in ("acomp", "attr") for c in kids(tok.head))


def match(pattern: Pattern, tok: Token, prep_hosts: list[Token] | None = None) -> Binding | None:
    # "be" only where being somewhere is the state coded ("has been in custody", "was in Tokyo")
    if tok.pos_ not in POS_OK[pattern.pos] and not (pattern.pos == "verb" and tok.pos_ == "AUX"
                                                   and (tok.lemma_ != "be" or pattern.held or pattern.visit_place)) \
            and not (pattern.pos == "verb" and _verb_in_disguise(tok)) \
            and not (pattern.pos == "adj" and predicate_preposition(tok)):
        return None
    if pattern.visit_place and any(c.dep_ in ("acomp", "attr") for c in kids(tok)):
        return None  # "is keen to help in X": a state the subject is in, not a place
    if pattern.pos == "adj" and tok.pos_ == "VERB" and tok.tag_ in FINITE_TAGS:
        return None  # "the leader prepared to attend" got ready; "was prepared to" is willing
    if pattern.pos == "noun" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # "trade talks", "arrest warrant": a modifier names a kind of thing, not an event
    if pattern.pos == "noun" and tok.pos_ == "PROPN" and tok.ent_type_ in NAME_ENTITIES and tok.ent_iob_ == "B" \
            and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"):
        # "Amnesty called for ...": a one-word name, not the act it spells ("the Indus Waters
        # Treaty" ends a longer name and is the treaty)
        return None
    hosts = list(prep_hosts or [])
    if pattern.pos == "noun" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        hosts.append(tok.head)  # "no talks took place between Israel and the PA"
    if pattern.pos == "noun":
        # "airstrikes by Saudi jets on Houthi positions", "the campaign of the coalition against X":
        # the target phrase may hang on the agent (an "of" agent only when "of" does not name the target)
        hosts += _agent_hosts(tok, pattern.clause)
    if pattern.announced and not any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_AUX for c in kids(tok)):
        return None
    if pattern.plain_object:
        named = _name_read_as_predicate(tok)
        if any(c.dep_ == "oprd" and c not in named or c.dep_ == "prep" and c.lower_ == "as" for c in kids(tok)):
            return None
        if any(c.dep_ == "prep" and c.lower_ in APPEAL_PREPS and any(
                o.dep_ == "pobj" and o.ent_type_ not in TIME_ENTS for o in kids(c)) for c in kids(tok)):
            return None  # "called on Madrid to refrain ..." is an appeal, not a call (but "called him on Monday")
    if pattern.pos == "verb" and any(c.dep_ == "prt" and c.lower_ in FOREIGN_PARTICLES
                                     and c.lower_ not in _pattern_particles(pattern.clause) for c in kids(tok)):
        return None  # a phrasal verb is another verb: "called off the search for X" is no call for X
    binding = Binding(pattern, tok, prep_hosts=hosts)
    # "the ban was met with criticism from X" says what "the ban met with criticism" says: the
    # passive of a reaction one's act meets with keeps its subject
    binding.passive = pattern.pos == "verb" and (is_passive(tok) or ((pattern.cameo or "")[:2] == YIELD_ROOT
                                                                     and halted_act(tok) is not None)) \
        and not (pattern.reverse and tok.lemma_.lower() == "meet" and preps_of(tok, WITH_PREP))
    if binding.passive:
        binding.agents = [p for a in preps_of(tok, frozenset({"by"})) for p in pobjs(a)] or hyphen_agents(tok) \
            or _under_leader(tok) or _agent_after_gerund(tok)
    if not _match_clause(pattern.clause, tok, binding, top=True):
        return None
    if binding.obj_nouns and (pattern.keeps_object or pattern.keeps_owned_object and _names_agent(binding.obj_nouns[0])):
        binding.consumed.discard(binding.obj_nouns[0].i)
    return binding


def _names_agent(noun: Token) -> bool:
    """Whether an act noun names its own agent: a possessor ("the coalition's campaign") or an
    "of" phrase ("the campaign of the coalition")."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and pobjs(c) for c in kids(noun))


@dataclass
class _ClauseMatch:
    """One clause being matched at one token: what the steps of ``_match_clause`` share, besides
    the binding they fill."""

    clause: Clause
    tok: Token
    b: Binding
    top: bool  # the pattern's own predicate, not a complement clause of it
    passive: bool
    hosts: list[Token]  # the tokens whose prepositions may carry the clause's phrases
    objs: list[Token] = field(default_factory=list)
    obj_noun: Token | None = None  # the object noun the clause names ("held talks")
    retained: bool = False  # a passive kept it as its direct object ("was refused entry")


def _match_clause(clause: Clause, tok: Token, b: Binding, top: bool = False) -> bool:
    """Whether ``tok`` heads ``clause``: its word, negation, particle and manner, object noun and
    phrases, then its targets and wrapped act, then its complement clause; ``b`` records what
    each step consumed and found. ``top``: the pattern's own predicate."""
    if not word_matches(clause.head, tok):
        return False
    b.consumed.add(tok.i)
    if clause.negated and not _negation(tok, b):
        return False
    passive = b.passive if top else is_passive(tok)
    m = _ClauseMatch(clause, tok, b, top, passive, [tok] + (b.prep_hosts if top else []))
    if not _particle_and_manner(m):
        return False
    m.objs = objects(tok, passive)
    if clause.obj and not _object_noun(m):
        return False
    if not _phrases(m):
        return False
    if clause.target == "obj":
        if not _object_targets(m):
            return False
    elif clause.target == "dative":
        _dative_targets(m)
    elif clause.target == "prep":
        _prep_targets(m)
    if clause.wrapped and not _wrapped_act(m):
        return False
    if clause.xcomp:
        return any(child.dep_ in COMPLEMENT_DEPS and _match_clause(clause.xcomp, child, b) for child in kids(tok))
    return True


def _negation(tok: Token, b: Binding) -> bool:
    """The negation a negated clause needs ("did not attend")."""
    negs = [c for c in kids(tok) if c.dep_ == "neg"]
    if not negs and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr"):
        # "was not happy with": the negation hangs on the copula
        negs = [c for c in kids(tok.head) if c.dep_ == "neg"]
    if not negs:
        return False
    b.consumed.update(c.i for c in negs)
    return True


def _particle_and_manner(m: _ClauseMatch) -> bool:
    """The clause's particle ("called off": a host of its phrases too) and manner adverbs."""
    clause, tok, b = m.clause, m.tok, m.b
    if clause.particle:
        parts = particles_of(tok, clause.particle)
        if not parts:
            return False
        b.consumed.update(p.i for p in parts)
        m.hosts += parts
    if clause.adverbs:
        # "reacted angrily to": the manner is what makes the act ("reacted to" alone is not one)
        # (or a particle the parser reads as one: "closing in on X"; or the predicate adjective
        # of a linking verb: "stay calm")
        advs = [c for c in kids(tok) if c.dep_ in ("advmod", "prt", "acomp") and c.lower_ in clause.adverbs]
        if not advs:
            return False
        b.consumed.update(c.i for c in advs)
    return True


def _object_noun(m: _ClauseMatch) -> bool:
    """The object noun the clause names ("imposed sanctions"), one "of" deeper ("a round of
    talks"), or a predicate the parser hung elsewhere ("held India responsible")."""
    clause, tok, b, objs = m.clause, m.tok, m.b, m.objs
    matches = [o for o in objs if word_matches(clause.obj, o)]
    outer = []
    if not matches:
        # "a round of talks", "the imposition of sanctions": look one "of" deeper
        for o in objs:
            for p in preps_of(o, frozenset({"of"})):
                found_here = [x for x in pobjs(p) if word_matches(clause.obj, x)]
                matches += found_here
                outer += [o] if found_here else []
    if not matches:
        # 'called the UK's rebate "unjustified"', "held India responsible": the parser may read
        # the object's predicate as a modifier after the noun (the noun as the predicative or
        # the object)
        # (or its predicate noun as an apposition with no comma: "branded the expulsions a hostile act")
        matches = [c for o in objs if o.dep_ in ("oprd", "dobj", "obj") for c in kids(o)
                   if (c.dep_ == "amod" or c.dep_ == "appos" and _unpunctuated(o, c)) and c.i > o.i
                   and word_matches(clause.obj, c)]
    if not matches and m.passive:
        # "was declared persona non grata by Peru": a passive keeps its object's predicate
        matches = [c for c in kids(tok) if c.dep_ == "oprd" and word_matches(clause.obj, c)]
    if not matches and m.passive and clause.target == "dative":
        # "was refused entry by Nigeria", "was granted asylum": the passive of a verb with two
        # objects keeps the direct one; its subject is the indirect object, the target
        matches = [c for c in kids(tok) if c.dep_ in ("dobj", "obj") and word_matches(clause.obj, c)]
        m.retained = bool(matches)
        if m.top and not b.agents:
            # (the parser may hang the agent on the kept object: "was refused entry by Nigeria")
            b.agents = [x for o in matches[:1] for a in preps_of(o, AGENT_PREPS) for x in pobjs(a)]
    if not matches:
        # "denied interfering in its affairs": a gerund the parser hangs as a complement names
        # the act as an object noun would ("denied any interference")
        matches = [c for c in kids(tok) if c.dep_ == "xcomp" and c.tag_ == "VBG" and word_matches(clause.obj, c)]
    if not matches:
        # "held Washington and Tel Aviv responsible": or as an adverbial clause of the verb
        matches = [c for c in kids(tok) if c.dep_ == "advcl" and c.pos_ == "ADJ" and objs
                   and all(o.i < c.i for o in objs) and word_matches(clause.obj, c)]
    if not matches:
        return False
    obj_noun = m.obj_noun = matches[0]
    b.consumed.add(obj_noun.i)
    # "turned down the AU offer of mediation": the outer noun may name whose act it is
    b.obj_nouns += [obj_noun, *outer[:1]]
    m.hosts.append(obj_noun)
    m.hosts += _agent_hosts(obj_noun, clause)  # "led the campaign of the coalition against X"
    return True


def _unpunctuated(obj: Token, appos: Token) -> bool:
    """Whether no punctuation stands between an object and its apposition ("the expulsions a
    hostile act", not "Putin, a friend")."""
    return not any(t.is_punct for t in obj.doc[obj.i + 1:appos.left_edge.i])


def _phrases(m: _ClauseMatch) -> bool:
    """The prepositional phrases the clause needs, on the predicate or a host of it, with the
    word each must name ("cut ties with", "described ... as hostile")."""
    clause, tok, b, objs, hosts = m.clause, m.tok, m.b, m.objs, m.hosts
    for lemmas, word in clause.preps:
        found = [p for h in hosts for p in preps_of(h, lemmas)] or (number_particle(tok, lemmas) if word is None else [])
        if word is not None:
            # 'described the Chinese step as hostile': the parser may hang the phrase on the object
            found += [p for o in objs if clause.target == "obj" and o is not m.obj_noun for p in preps_of(o, lemmas)]
            found = [p for p in found if any(word_matches(word, y) for x in pobjs(p) or _adjective_objects(p)
                                             for y in _quantified(x))]
            if not found and "as" in lemmas:
                found = _as_predicates(tok, word)
        if not found:
            return False
        b.consumed.update(p.i for p in found)
        if word is not None:
            # "the severance of ties with T": the noun a constraint names may carry the target
            # phrase, as an object noun does ("cut ties with T")
            hosts += [x for p in found for x in pobjs(p) if word_matches(word, x)]
    return True


def _object_targets(m: _ClauseMatch) -> bool:
    """The target as the object ("condemned X"), the indirect object of an offer ("offered T
    X": False without one), or where the parser put it instead."""
    clause, tok, b, objs, hosts = m.clause, m.tok, m.b, m.objs, m.hosts
    if clause.wrapped == "obj":
        # "S offer T X": the indirect object is the target, the direct object the act offered
        b.targets = [c for c in kids(tok) if c.dep_ == "dative" and c.pos_ != "ADP"]
        if not b.targets:
            return False
    else:
        b.targets = [o for o in objs if o is not m.obj_noun]
    if not b.targets and clause.xcomp is not None:
        # "allowed the MDC to hold a rally": the parser makes T the subject of the complement
        b.targets = [x for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i
                     for x in kids(c) if x.dep_ == "nsubj" and x.i < c.i]
    if not b.targets and clause.particle:
        b.targets = [x for h in hosts[1:] for x in pobjs(h)]
    if not objs and not m.passive:
        # "criticised as reckless claims by X": a long object put after its predicate is
        # read as the object of "as"
        b.targets = b.targets or [x for p in preps_of(tok, frozenset({"as"})) for x in pobjs(p)
                                  if x.pos_ in ("NOUN", "PROPN") and x.i > p.i + 1
                                  and x.doc[p.i + 1].pos_ == "ADJ"]
    return True


def _dative_targets(m: _ClauseMatch) -> None:
    """The target as the indirect object ("gave T aid", "called T a liar"), or the object when
    the word after it is its predicate ("called the plan absurd")."""
    tok, b, objs, obj_noun = m.tok, m.b, m.objs, m.obj_noun
    if obj_noun is not None and obj_noun.head.dep_ in ("oprd", "dobj", "obj") \
            and obj_noun.head.head.i == tok.i and obj_noun.dep_ in ("amod", "appos") and obj_noun.i > obj_noun.head.i:
        b.targets = [obj_noun.head]
    elif obj_noun is not None and obj_noun.dep_ in ("oprd", "ccomp", "xcomp", "advcl"):
        # "called the plan absurd", "found him guilty": the word after T is the object's
        # predicate, so T is the direct object, not an indirect one
        b.targets = [o for o in objs if o is not obj_noun and (o.dep_ != "oprd" or o.pos_ in ("NOUN", "PROPN"))]
        if not b.targets:
            # the parser may hang the object on its predicate ("called Poland's decision illegitimate",
            # 'called the arrest "unacceptable"', where the noun is read as the adjective's adverbial)
            b.targets = [c for c in kids(obj_noun) if c.dep_ in ("compound", "nsubj", "npadvmod") and c.i < obj_noun.i]
    elif m.retained:
        b.targets = objs
    else:
        b.targets = [c for c in kids(tok) if c.dep_ == "dative"]
        b.targets = [x for t in b.targets for x in (pobjs(t) if t.pos_ == "ADP" else [t])]
        if not b.targets:
            b.targets = [x for p in preps_of(tok, frozenset({"to", "for"})) for x in pobjs(p)]


def _prep_targets(m: _ClauseMatch) -> None:
    """The target in the clause's prepositional phrase ("sanctions on T"): not a time, nor "in
    T" beside another target phrase; else a phrase the parser stranded or hung on the object;
    none for a reciprocal subject ("Israel and Hamas exchanged fire")."""
    clause, tok, b, objs, top = m.clause, m.tok, m.b, m.objs, m.top
    # (a passive's "by" phrase is its agent: "the move was welcomed by Israel")
    found = [p for h in m.hosts for p in preps_of(h, clause.target_preps) if not (m.passive and p.dep_ == "agent")]
    if len(found) > 1:
        # "lifted the curfew on Monday in Lima": a time phrase is never the target
        found = [p for p in found if not dated(p)] or found
    if any(p.lower_ not in WHERE_PREPS for p in found):
        # "launched air strikes on Hamas targets in Gaza": "in T" is a target only when no
        # other of the pattern's prepositions names one
        found = [p for p in found if p.lower_ not in WHERE_PREPS]
    b.targets = [x for p in found for x in pobjs(p)]
    if not b.targets and m.passive and any(p.head.i == tok.i and not pobjs(p) for p in found):
        # "Nicaragua was called on by the OAS to ...": the preposition a passive leaves
        # behind has the passive's subject for its object
        b.targets = objs
    if not b.targets and top and tok.pos_ in ("NOUN", "PROPN"):
        stranded = _stranded_preps(tok, clause.target_preps)
        b.consumed.update(p.i for p in stranded)
        b.targets = [x for p in stranded for x in pobjs(p)]
    if not b.targets and top and tok.pos_ == "VERB" and tok.lemma_.lower() in OBJECT_HOSTED_VERBS:
        # "discussed the ceasefire with Hamas": the parser hangs the verb's "with T" on the
        # object right before it
        hung = [p for o in objs if o is not m.obj_noun for p in preps_of(o, clause.target_preps) if p.i == o.i + 1]
        b.consumed.update(p.i for p in hung)
        b.targets = [x for p in hung for x in pobjs(p)]
    # "Israel and Hamas exchanged fire": a reciprocal subject needs no "with T"; the coder
    # uses such a match only for a compound source, and ranks it below complete matches
    if not b.targets:
        b.prep_missing = True
        b.missing_preps = b.missing_preps | clause.target_preps


def _wrapped_act(m: _ClauseMatch) -> bool:
    """The act a frame wraps ("urged Iran to stop", "offered T aid"), and its addressee as the
    target when the parser made it the wrapped act's subject."""
    clause, tok, b = m.clause, m.tok, m.b
    # (the addressee named before the wrapped act: "urged Iran to X", "called on Iran to X";
    # not a time: "called Maduro on Sunday to demand ...")
    addressees = m.objs if clause.target == "obj" else [
        t for t in b.targets if t.ent_type_ not in ("DATE", "TIME")] if clause.target == "prep" else []
    b.wrapped = _wrapped(clause, tok, m.objs, m.hosts, m.obj_noun, addressees)
    if not b.wrapped and clause.wrapped == "inf":
        # "invited Israel and Hamas to talks": a noun after "to" names the wrapped act itself;
        # only an act a pattern knows counts (the coder gives such a frame no default code)
        # ("invited Trump to Ankara": a place names a visit, which only the invite frame reads)
        b.wrapped = [x for p in preps_of(tok, frozenset({"to"})) for x in pobjs(p) if x.pos_ in ("NOUN", "PROPN")]
        b.nominal_wrapped = bool(b.wrapped)
    if not b.wrapped:
        return False
    if clause.target == "obj" and not b.targets and clause.wrapped in ("inf", "that"):
        # "urged Iran to stop": the parser may make Iran the subject of "stop"
        b.targets = [c for w in b.wrapped for c in kids(w) if c.dep_ in ("nsubj", "nsubjpass")]
    return True


# verbs whose own argument a phrase after their object is ("blamed the attack on X": X is blamed)
OWN_PREP_VERBS = frozenset({"blame", "pin", "attribute", "ascribe"})


def _stranded_preps(noun: Token, lemmas: frozenset[str]) -> list[Token]:
    """ "praised Iran's outreach to Cuba", "set the course for their outreach to Cuba": the parser
    hangs the target phrase of a noun on the verb; a phrase right after the noun is the noun's.
    An object noun with no possessor is often the verb's own object ("paid compensation to X",
    "halted aid to X"), whose phrase the verb's patterns read."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "obj", "pobj") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() in OWN_PREP_VERBS \
            or (noun.dep_ != "pobj" and not any(c.dep_ == "poss" for c in kids(noun))):
        return []
    return [p for p in preps_of(verb, lemmas) if p.i == noun.right_edge.i + 1]


# particles that make a verb another verb ("call off", "turn down", "give away"); not "up", which
# mostly intensifies ("step up patrols")
FOREIGN_PARTICLES = frozenset({"off", "down", "away"})


def _pattern_particles(clause: Clause) -> frozenset[str]:
    """The particles and prepositions a pattern's head clause names ("hand X over to T")."""
    words = set(clause.particle or ()) | set(clause.target_preps) | set(clause.wrapped_preps)
    for lemmas, _ in clause.preps:
        words |= lemmas
    return frozenset(words)


# verbs whose counterpart phrase the parser often hangs on the topic object before it
OBJECT_HOSTED_VERBS = frozenset({"discuss", "raise", "address", "review", "coordinate", "debate"})


# "with 20,000 barrels of diesel": a quantity of a thing stands for the thing
QUANTITY_NOUNS = frozenset({"tonne", "ton", "tonnes", "tons", "barrel", "litre", "liter", "shipment", "consignment",
                            "cargo", "load", "truckload", "quantity", "amount", "batch", "delivery"})


def _quantified(noun: Token) -> list[Token]:
    """The noun, and what it is a quantity of ("tonnes of wheat" -> wheat)."""
    if noun.lemma_.lower() not in QUANTITY_NOUNS:
        return [noun]
    return [noun, *(x for p in preps_of(noun, frozenset({"of"})) for x in pobjs(p))]


def _agent_hosts(noun: Token, clause: Clause) -> list[Token]:
    """The agent nouns of an event noun ("by" phrases, and "of" phrases when "of" does not
    introduce the target), on which the parser often hangs the noun's target phrase."""
    preps = AGENT_PREPS if "of" in clause.target_preps else AGENT_PREPS | {"of"}
    return [x for a in preps_of(noun, preps) for x in pobjs(a) if x.pos_ in ("NOUN", "PROPN")]


def _adjective_objects(prep: Token) -> list[Token]:
    """ "as constructive": an adjective the parser hung on the preposition as a modifier."""
    return [c for c in kids(prep) if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ"]


def _as_predicates(tok: Token, word: Word) -> list[Token]:
    """ "described the offer as constructive": the parser often makes an adjective after "as" a
    clause of the verb with "as" as its modifier, not the object of a preposition."""
    return [c for c in kids(tok) if c.dep_ in ("advcl", "acomp", "oprd", "xcomp", "ccomp")
            and word_matches(word, c) and any(g.lower_ == "as" and g.i < c.i for g in kids(c))]

