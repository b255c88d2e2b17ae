"""The parse around a predicate, as the coding stages read it: its prepositions and their objects
(``preps_of``, ``pobjs``), its particles, its objects (through a relative pronoun, a relative
clause's gap or a small clause: ``objects``), whether it is passive (``is_passive``), the agent a
participle is hyphenated to (``hyphen_agent``: "UN-brokered talks") and a word's conjuncts."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import kids, per_token

OBJECT_DEPS = ("dobj", "obj", "attr", "oprd")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@per_token
def is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)):
        return True
    if hyphen_agent(tok) is not None:
        return True  # "Iranian-backed rebels": backed by Iran
    # "the proposal rejected by Iran", "a cleric accused of ...": a past participle modifying a noun;
    # "if convicted", "asked about the talks, Putin said": a reduced passive clause
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "nsubj") for c in kids(tok)):
        return False
    return tok.dep_ in ("acl", "relcl") or tok.dep_ == "advcl" and tok.i != tok.head.i


HYPHEN_AGENT_DEPS = frozenset({"npadvmod", "amod", "compound", "nmod", "nsubj"})
# participles that, hyphenated to an actor, name an act done for or to the noun: patronage,
# mediation, hosting, leadership, imposition. Others describe a standing state ("Israeli-occupied",
# "Kurdish-held", "state-run", "Russian-made"), which is no event.
ACT_PARTICIPLES = frozenset({"backed", "supported", "sponsored", "funded", "financed", "bankrolled", "armed",
                             "brokered", "mediated", "facilitated", "hosted", "imposed", "led"})


def hyphen_agent(participle: Token) -> Token | None:
    """The word a past participle is hyphenated to, when the participle modifies a noun:
    "Iranian-backed rebels", "UN-brokered talks". That word names the participle's agent."""
    i = participle.i
    if participle.tag_ != "VBN" or participle.dep_ != "amod" or i < 2 or participle.doc[i - 1].text != "-" \
            or participle.lower_ not in ACT_PARTICIPLES:
        return None
    return next((c for c in kids(participle) if c.i == i - 2 and c.dep_ in HYPHEN_AGENT_DEPS), None)


def hyphen_agents(participle: Token) -> list[Token]:
    """The hyphenated agent with the names coordinated before it: "US and EU-backed forces"."""
    agent = hyphen_agent(participle)
    if agent is None:
        return []
    return [*(c for c in kids(participle.head) if c.i < agent.i and c.dep_ in HYPHEN_AGENT_DEPS
              and c.pos_ == "PROPN" and any(k.dep_ == "cc" and k.lower_ in ("and", "&") for k in kids(c))), agent]


def resolve_relative(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("a meeting, which was refused")."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "relcl":
        return tok.head.head.head  # through a report inside the clause: "Syria, which he said had ..."
    if tok.lower_ == "that" and tok.dep_ in ("dobj", "obj") and 0 < tok.i < tok.head.i \
            and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and tok.head.dep_ != "relcl":
        # "praised the troops that Russia is attacking": an object "that" before its verb is a
        # relative pronoun, though the parser made its clause a complement of the main verb
        return tok.doc[tok.i - 1]
    return tok


# "the air strikes will cease", "the offensive stopped": a verb of halting with an act for its
# subject says what "will be ceased" says, the passive of halting it (its agent unnamed)
# (only for the acts of yielding, CAMEO root 08, roots.YIELD_ROOT: "the talks ended" is no halt)
HALTING_VERBS = frozenset({"cease", "stop", "end", "halt", "pause"})


def halted_act(tok: Token) -> Token | None:
    """The act noun an intransitive verb of halting has for its subject, if any (not a party:
    "Russia stopped" names who stopped)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HALTING_VERBS or any(c.dep_ in OBJECT_DEPS for c in kids(tok)):
        return None
    return next((c for c in kids(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def objects(tok: Token, passive: bool) -> list[Token]:
    if passive:
        subj = [resolve_relative(c) for c in kids(tok) if c.dep_ == "nsubjpass"]
        if not subj and (act := halted_act(tok)) is not None:
            subj = [act]
        if not subj and tok.dep_ in ("acl", "relcl", "amod"):
            subj = [tok.head]
        if not subj and tok.dep_ == "advcl":
            # "he faces a life sentence if convicted": the main clause's subject undergoes it
            subj = [c for c in kids(tok.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            # "X signed the deal and has been accused by Y of ...": a passive conjunct with no
            # subject of its own shares the subject of the verb it is coordinated with
            subj = [resolve_relative(c) for c in kids(tok.head) if c.dep_ in ("nsubj", "nsubjpass")]
        return subj
    found = [resolve_relative(c) for c in kids(tok) if c.dep_ in OBJECT_DEPS]
    if not found and tok.pos_ == "VERB":
        # "found Russia guilty": the parser may read the object and its predicate as a small
        # clause; the predicate stands for the object (its subject is the target)
        found = [c for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ" and c.i > tok.i
                 and any(g.dep_ == "nsubj" and tok.i < g.i < c.i for g in kids(c))]
    if not found and tok.pos_ == "VERB" and tok.lemma_.lower() in SMALL_CLAUSE_VERBS:
        # "help Ukraine acquire jets": the parser makes the helped party the subject of the act
        found = [g for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.i > tok.i
                 for g in kids(c) if g.dep_ == "nsubj" and g.i < c.i]
    if not found and tok.pos_ == "VERB":
        # "which in its turn supports Maduro": the parser may make a name right after a transitive verb
        # an adverbial modifier
        found = [c for c in kids(tok) if c.i == tok.i + 1 and c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("DATE", "TIME")]
    return found or _gap_object(tok)


# verbs that give a thing a name: "what he called Israeli aggression", "what it described as piracy"
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "characterise", "characterize"})


def free_relative_name(tok: Token) -> list[Token]:
    """ "condemned what he called Israeli aggression": the parser makes "what" the object of the
    naming verb and that verb a complement of ``tok``; the thing ``tok`` acts on is the name given,
    whose modifiers may name whose it is."""
    for clause in kids(tok):
        if clause.dep_ != "ccomp" or clause.i < tok.i or clause.lemma_.lower() not in NAMING_VERBS \
                or not any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" and c.i < clause.i for c in kids(clause)):
            continue
        return [c for c in kids(clause) if c.dep_ in ("oprd", "attr")] + \
            [o for p in kids(clause) if p.dep_ == "prep" and p.lower_ == "as" for o in kids(p) if o.dep_ == "pobj"]
    return []


SMALL_CLAUSE_VERBS = frozenset({"help", "assist", "let", "enable"})
# words that open a relative clause whose gap is not its object ("the day when", "the base from which")
GAP_FILLERS = RELATIVE_PRONOUNS | {"where", "when", "why", "how"}


def _gap_object(tok: Token) -> list[Token]:
    """The noun a relative clause without a pronoun modifies is the object its verb lacks: "the
    rebels the army shelled", "the envoy the junta tried to expel" (through "tried to").
    Not when the clause has a relative word of its own or the verb reports speech ("the day
    Rome said it would ...")."""
    clause = tok
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
        if any(c.dep_ in OBJECT_DEPS for c in kids(clause)):
            return []
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return []
    words = [c for v in {tok, clause} for c in kids(v)] + [g for c in kids(tok) if c.dep_ == "prep"
                                                             for g in kids(c)]
    if any(c.lower_ in GAP_FILLERS for c in words) or any(c.dep_ == "ccomp" for c in kids(tok)):
        return []
    if not any(c.dep_ == "nsubj" for c in kids(clause)):
        return []
    return [noun]


def preps_of(tok: Token, lemmas: frozenset[str]) -> list[Token]:
    return [c for form, c in _prep_children(tok) if form in lemmas]


PREP_DEPS = frozenset({"prep", "prt", "agent", "dative"})


@per_token
def _prep_children(tok: Token) -> tuple[tuple[str, Token], ...]:
    """The prepositions, particles, agents and datives of ``tok`` with their lower-cased forms,
    once per token: the coder asks for them of the same head once per pattern and preposition set."""
    return tuple((c.lower_, c) for c in kids(tok) if c.dep_ in PREP_DEPS)


def particles_of(tok: Token, lemmas: frozenset[str]) -> list[Token]:
    """Particles, also when the parser reads one as an adverb ("hit back at": advmod "back")."""
    return preps_of(tok, lemmas) or [c for c in kids(tok) if c.dep_ == "advmod" and c.lower_ in lemmas
                                     and c.i == tok.i + 1] or number_particle(tok, lemmas)


def number_particle(tok: Token, lemmas: frozenset[str]) -> list[Token]:
    """A particle right after the verb that the parser reads as "more than" before a number in the
    object: "handed over 150 prisoners" ("over" a quantmod or advmod of "150")."""
    if tok.i + 1 >= len(tok.doc):
        return []
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ not in lemmas or nxt.dep_ not in ("quantmod", "advmod") or nxt.head.dep_ != "nummod":
        return []
    obj = nxt.head.head
    return [nxt] if obj.head == tok and obj.dep_ in OBJECT_DEPS else []


def pobjs(prep: Token) -> list[Token]:
    found = [c for c in kids(prep) if c.dep_ in ("pobj", "pcomp", "obj")]
    return found or ([prep] if prep.dep_ == "dative" else [])


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Tokens with their conjuncts ("France and Germany"); a list of names the parser read as
    appositions ("Brazil, India and South Africa") counts as conjoined too."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        for c in kids(tok):
            if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN":
                out.append(c)
                out.extend(x for x in c.conjuncts if x.i > c.i)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return list(dict.fromkeys(out))
