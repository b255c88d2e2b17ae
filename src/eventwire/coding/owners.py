"""The owners a target that is a thing, not an actor, stands for.

"Certify the agreement between Iran and the world powers", "praised his counterpart's victory",
"welcomed their resumption of ties with X": the target is the thing's possessor, the parties of its
"of"/"between"/"with" phrase, the agent or origin of a participle on it ("threats coming from X",
"wine imported from X"), the party it is sent to or serves ("arms shipped to X"), or the subject
of a relative clause it is the object of ("the aid X gives"), searched a phrase or two deep.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import kids

from .argument_actors import actors_of
from .subjects import verb_subjects
from .syntax import is_passive, objects, pobjs, preps_of

# "supplied by X", "coming from X", "imported from X"
PARTICIPLE_ORIGIN_PREPS = frozenset({"by", "from"})
RECIPIENT_PREPS = frozenset({"to", "for"})  # "arms shipped to X", "fuel bound for X"
GOODS_MAKING_VERBS = frozenset({"make", "produce", "manufacture", "build", "assemble", "grow", "mine", "refine"})
TARGET_OWNER_PREPS = frozenset({"of", "between", "with", "against", "on", "to", "from", "by", "toward", "towards",
                                "for", "into", "over", "in", "at"})


def owner_actors(doc: Doc, tokens: list[Token], exclude: list[ActorMention] | None = None,
                 depth: int = 2, venues: bool = True, topics: bool = True) -> list[ActorMention]:
    """Actors a non-actor target belongs to: "certify the agreement between Iran and the world
    powers", "praised his counterpart's victory", "welcomed their resumption of ties with X".
    Owners that are the event's own sources are passed over; with ``venues=False`` so are
    cities after "in"/"at" ("talks in Brussels" are held there, not with Belgium); with
    ``topics=False`` so is what a meeting is about ("a meeting on Kurdish autonomy")."""
    exclude = exclude or []

    def fresh(found: list[ActorMention]) -> list[ActorMention]:
        return [a for a in found if not any(_same(a, e) for e in exclude)]

    frontier = list(tokens)
    for tok in frontier:
        found = fresh(actors_of(doc, [c for c in kids(tok) if c.dep_ == "poss"]))
        if found:
            return found
    for tok in frontier:
        # "the EU's $5bn aid package": a possessor the parser hung on a modifier of the noun
        inner = [g for c in kids(tok) if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
                 for g in kids(c) if g.dep_ == "poss"]
        found = fresh(actors_of(doc, inner + _makers(tok) + _summarised_act_subjects(tok)))
        if found:
            return found
    for _ in range(depth):
        nxt = []
        for tok in frontier:
            for prep in preps_of(tok, TARGET_OWNER_PREPS):
                if not topics and prep.lower_ in TOPIC_PREPS:
                    continue  # "a meeting on Kurdish autonomy" is about them, not with them
                found = fresh(actors_of(doc, pobjs(prep)))
                if not venues and prep.lower_ in LOCATIVE_PREPS:
                    found = [a for a in found if not _is_place(a)]
                if found:
                    return found
                nxt += pobjs(prep)
        # "cut tariffs on wine imported from X": the maker of a thing one phrase further in
        found = fresh(actors_of(doc, [m for tok in nxt for m in _makers(tok)]))
        if found:
            return found
        frontier = nxt
    return []


def _makers(tok: Token) -> list[Token]:
    """Who a thing comes from: "comments made by X", "threats coming from X" (a participle's
    agent or origin), "the aid X gives to Y" (the subject of a relative clause the thing is the
    object of)."""
    found = [p for c in kids(tok) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
             for a in preps_of(c, PARTICIPLE_ORIGIN_PREPS) for p in pobjs(a)]
    # "tariffs on electric vehicles made in China": goods are the country's they are made in
    found += [p for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in GOODS_MAKING_VERBS
              for a in preps_of(c, frozenset({"in"})) for p in pobjs(a)]
    # "bases housing American troops": a place is its occupants'
    found += [o for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in HOUSING_VERBS
              for o in kids(c) if o.dep_ == "dobj"]
    # "a ban on arms shipped to X", "curbs on chemicals vital to X's chipmakers": what a thing is
    # sent to or serves, named by a participle or adjective after it, is the party it stands for
    found += [p for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "amod" and c.i > tok.i
              for a in preps_of(c, RECIPIENT_PREPS) for p in pobjs(a)]
    return found + [s for c in kids(tok) if c.dep_ == "relcl" and tok in objects(c, is_passive(c))
                    and (not is_passive(c) or c.lemma_.lower() in MAKING_VERBS)
                    for s in verb_subjects(c)]


def _summarised_act_subjects(tok: Token) -> list[Token]:
    """ "Ethiopia accused Sudan of backing rebels, a charge Khartoum denied": a noun set after a
    clause to name its act ("a charge", "a move") is the act of that clause's subject."""
    if tok.dep_ not in ("npadvmod", "appos") or tok.head.pos_ != "VERB" or tok.i < tok.head.i:
        return []
    return verb_subjects(tok.head)


HOUSING_VERBS = frozenset({"house", "host", "station", "hold", "shelter"})
# "the plan, which was proposed by X" comes from X; "the move, which was criticised by X" does not
MAKING_VERBS = frozenset({"make", "issue", "propose", "announce", "take", "adopt", "impose", "offer", "give",
                          "provide", "launch", "draft", "submit", "introduce", "sign", "pass", "put", "present",
                          "unveil", "order", "send", "deliver", "write", "prepare", "draw"})


# "talks in Brussels", "a summit at Sharm el-Sheikh": a city after these is where a meeting is, not
# who it is with (a country stays an owner: "elections in Iran")
LOCATIVE_PREPS = frozenset({"in", "at"})
TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})


def _is_place(a: ActorMention) -> bool:
    return a.role == "capital" or (a.id or "").startswith("place:")


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a.cameo == b.cameo or (a.country is not None and a.country == b.country and (not a.sector or not b.sector))
