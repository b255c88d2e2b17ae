"""The other party the words around an act name when its target slot names none (searches of
``recover_targets`` in targets.py): whoever is contacted, called or met with, addressed in the
"with" phrase of the verb a nominal act hangs on, the holder of people released, the party of a
gathering, a foreign venue, the counterparts of a conversation, the party a concession is made
to, and the doers of an act an "after" or "as" clause answers; with the clause links they read
(linked subjects, the first of coordinated verbs, whether the act's object is the one told)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import doc_actors, kids

from .argument_actors import actors_of, modifier_actors
from .arguments import adverbial_host
from .gatherings import ATTEND_VERBS, attendees, gatherings, host_of
from .owners import owner_actors
from .subjects import verb_subjects
from .syntax import pobjs, preps_of

if TYPE_CHECKING:
    from .readings import Reading

CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})
HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "kidnap", "abduct", "seize", "capture", "keep"})
HOLDER_PREPS = frozenset({"in", "by"})
# ways of reaching a party whose purpose clause says what was said to it
CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "meet", "visit", "speak", "talk", "write",
                           "receive", "host"})
CONTACT_PREPS = frozenset({"with", "to"})
CONVERSATIONS = frozenset({"call", "conversation", "meeting", "talk", "discussion", "exchange", "encounter"})
VENUE_PREPS = frozenset({"in", "at", "outside"})
ANSWERED_MARKS = frozenset({"after", "as", "when"})
ANSWERED_PREPS = frozenset({"after", "following"})


def _linked_subjects(verb: Token) -> list[Token]:
    """The subjects of the clauses an adverbial clause links to ``verb``'s clause: the clause it
    hangs on ("Peru recalled its envoy after ...") or the one hung on it ("... after Peru
    jailed them")."""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "ccomp") or clause.head == clause:
            break
        clause = clause.head
    linked = [clause.head] if clause.dep_ == "advcl" and clause.head != clause else []
    inner = [clause, *(c for c in kids(clause) if c.dep_ == "xcomp")]
    linked += [c for v in inner for c in kids(v) if c.dep_ == "advcl"]
    return [s for v in linked for s in verb_subjects(v)]


def _first_conjunct(tok: Token) -> Token:
    """The first of the verbs ``tok`` is coordinated with ("seizing X and injuring Y": seizing)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _the_act_told(r: Reading) -> bool:
    """Whether the act's own object noun is definite ("filed the complaint"): the one told before."""
    return any(c.dep_ == "dobj" and c.i in r.consumed and any(d.dep_ == "det" and d.lower_ == "the" for d in kids(c))
               for c in kids(r.head))


def _meeting(code: str) -> bool:
    """Consultations (04x) happen *in* a city, and so do commitments and agreements (03x: "agreed
    to reconvene in Geneva"), refusals ("refused to negotiate in Geneva": a rejection's target is
    who asked) and broken-off talks (164); other acts done in a city may be done to it."""
    return code[:2] in ("03", "04", "12") or code == "164"


def _addressees(noun: Token) -> list[Token]:
    """The "with" phrase or object of the verb a nominal event is an adverbial of ("discussed
    Libya with Macron in a phone call": Macron, not Libya)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = adverbial_host(prep.head)
    partners = [o for a in preps_of(verb, frozenset({"with"})) for o in pobjs(a)]
    if partners:
        return partners
    # an actor the verb acts on, not a thing ("demanded the removal of X at talks") nor a place
    # ("returned to Geneva for talks")
    actors = doc_actors(noun.doc)
    return [c for c in kids(verb) if c.dep_ in ("dobj", "dative", "obj") and c.i in actors]


def holders_of(people: list[Token]) -> list[Token]:
    """Who holds the people a release is about: "hostages held in Iran", "prisoners detained by
    the Houthis"."""
    return [o for p in people for c in kids(p) if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in HOLDING_VERBS for a in preps_of(c, HOLDER_PREPS) for o in pobjs(a)]


def _contacted(verb: Token) -> list[Token]:
    """Whom the contact a purpose clause hangs on reaches ("called Putin to ...", "spoke with
    Erdogan to ...")."""
    host = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or host.lemma_.lower() not in CONTACT_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return []
    return [c for c in kids(host) if c.dep_ in ("dobj", "dative", "obj")] \
        + [o for a in preps_of(host, CONTACT_PREPS) for o in pobjs(a)]


def _foreign_venue(doc: Doc, heads: list[Token], home: set[str]) -> list[ActorMention]:
    """The country a protest takes place in, as a bare country, when it is not the protesters' own."""
    for place in (p for h in heads for a in preps_of(h, VENUE_PREPS) for p in pobjs(a)):
        # a place, not a body there ("outside the Chinese embassy" names its own target)
        venue = next((a for a in actors_of(doc, [place]) if a.country and a.country not in home
                      and (a.sector is None or a.role == "capital")), None)
        if venue is not None:
            return [replace(venue, cameo=venue.country, sector=None, role=None, id=f"country:{venue.country}")]
    return []


def _answered_doers(doc: Doc, r: Reading) -> list[ActorMention]:
    """The doers of the act an adverbial of the reaction ``r`` tells: the subject of an
    "after"/"as"/"when" clause ("protested after X seized ..."), or the actor of an "after"
    phrase, named or owning the act ("threatened retaliation after Dutch block", "after Israel's
    strike"; the parser may make a clause's subject the object: "after Nigeria expelled")."""
    hosts = [r.head, *(w for x in r.inner for w in x.wrapped)]
    if r.head.pos_ == "NOUN" and r.head.dep_ == "dobj":
        hosts.append(r.head.head)  # "lodged a protest after ..."
    clauses = [c for h in hosts for c in kids(h) if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "mark" and m.lower_ in ANSWERED_MARKS for m in kids(c))]
    found = actors_of(doc, [s for c in clauses for s in verb_subjects(c)])
    if found:
        return found
    # (the parser may hang the phrase on the verb's object: "recalled its envoy after ...")
    hosts += [o for h in hosts if h.pos_ in ("VERB", "AUX") for o in kids(h) if o.dep_ == "dobj"]
    # ("following" may be read as a participle: "condemned the move following X's decision")
    for noun in (o for h in hosts for p in kids(h) if p.dep_ in ("prep", "acl") and p.lower_ in ANSWERED_PREPS
                 for o in pobjs(p)):
        found = actors_of(doc, [noun]) or owner_actors(doc, [noun], depth=1) or modifier_actors(doc, [noun])
        if found:
            return found
    return []


def _conceded_to(noun: Token) -> list[Token]:
    """The subject of the clause a reaction noun is conceded in ("X pressed on despite
    criticism from Y"): the party the reaction was aimed at."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in CONCESSIVE_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return verb_subjects(prep.head)


def _counterparts(verb: Token, occasions: frozenset[str] = CONVERSATIONS) -> list[Token]:
    """The other party of a conversation a statement was made in ("warned X in a call with Y"),
    or of an exchange ("freed X in a swap with Y")."""
    return [o for p in preps_of(verb, frozenset({"in", "during", "as", "under"})) for n in pobjs(p)
            if n.lemma_.lower() in occasions for a in preps_of(n, frozenset({"with"})) for o in pobjs(a)]


def _gathering_party(doc: Doc, verb: Token) -> tuple[list[Token], Token | None]:
    """The party a sentence about a gathering leaves out: the host an attendee visits ("Israel
    will not attend" the meeting Blair hosts), the attendees a named host receives (with the
    attendance that tells when and whether they are received)."""
    if verb.lemma_.lower() in ATTEND_VERBS:
        gathering = host_of(doc, verb)
        return ([doc[i] for i in gathering.hosts] if gathering else []), None
    gathering = next((g for g in gatherings(doc) if g.hosting == verb.i), None)
    coming = attendees(doc, gathering) if gathering else []
    return [s for _, s in coming], (coming[0][0] if coming else None)
