"""Re-codings of a reading: what the code of an act becomes when the sentence tells more than the
act. Force or a cut in relations announced on a condition is a threat of it; a cooperative act
refused ahead ("will not lift sanctions") is its rejection, and one agreed or vowed not to be done
is restraint; talks a party says it will not abandon, or will continue, are its intent to keep to them; talks whose predicate says they failed broke down as well; and talks through a
third party are that party's mediation with each side.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.model import ActorMention
from eventwire.nlp import kids, shared_negation
from eventwire.ontology import CameoCode

from .argument_actors import first_actor, subject_actors
from .conditions import condition_clauses
from .lexicon import Lexicon
from .matcher import FUTURE_AUX
from .mediation import MEDIATION_CODE, broke_down
from .mutuality import AGREEING_VERBS
from .readings import Reading
from .roots import HOSTILE_ROOTS, THREAT_ROOT
from .sides import same_actor
from .syntax import pobjs, preps_of
from .targets import MEDIATION_VERBS

REFUSABLE_ROOTS = frozenset({"03", "05", "06", "07", "08"})
# "would not negotiate with X", "will not meet X": a refusal to talk (125); attending a gathering
# or visiting stays the meeting, negated ("will not attend")
REFUSABLE_TALKS = frozenset({"040", "041", "046"})
# "would not send back the refugees", "will not deport X": refusing to return people to the state
# that wants them is a refused extradition (1213), not an expulsion negated
REFUSABLE_RETURNS = frozenset({"174"})
INTENT_ROOT = "03"
RESTRAINT_CODE = "0356"  # express intent to de-escalate military engagement
# a decision or vow not to do a cooperative act refuses it ("decided not to meet X")
DECISION_VERBS = frozenset({"decide", "choose", "opt", "resolve", "vow", "pledge", "promise", "swear"})
# acts that, announced on a condition, threaten: force, and reducing relations, aid or trade (16x)
COERCIVE_ROOTS = HOSTILE_ROOTS | {"16"}
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations"})  # what a broker's participle modifies
TALKS_CODE = "046"  # direct negotiation, whose breakdown is 164
TALKS_BREAKDOWN_CODE = "164"
CONTINUING_FRAME_RULE = "carry.resume"
CONTINUING_VERB = "continue"
MEETING_ROOT = "04"


def collapsed(r: Reading, lex: Lexicon, codes: dict[str, CameoCode]) -> Reading | None:
    """The breakdown of a nominal meeting or talks whose predicate says it failed."""
    noun, talks = r.head, r.code
    if r.code == MEDIATION_CODE and noun.dep_ in ("amod", "acl") and noun.tag_ == "VBN" \
            and noun.head.lemma_.lower() in TALKS_NOUNS:
        # "EU-brokered talks between X and Y collapsed": the breakdown of the talks brokered
        noun, talks = noun.head, TALKS_CODE
    elif r.binding.pattern.pos != "noun" or r.code[:2] != "04":
        return None
    if noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if not broke_down(verb):
        return None
    code = lex.frame_code("collapse", talks)
    if not code or code not in codes:
        return None
    return replace(r, code=code, rules=[*r.rules, "collapsed"], consumed=r.consumed | {verb.i})



def mediated_talks(doc: Doc, r: Reading, sources: list[ActorMention], targets: list[ActorMention]):
    """ "EU-mediated talks between Serbia and Kosovo", "negotiations brokered by Norway": talks
    through a third party are that party's mediation with each side (045), not the third
    party's talks. Returns the re-coded reading, the mediator and the sides, or ``None``."""
    b = r.binding
    if r.code[:2] != "04":
        return None
    # the talks noun itself, the one a light verb takes ("held Russian-mediated talks"), or the
    # one a frame wraps ("resumed EU-brokered talks")
    nouns = [r.head] if b.pattern.pos == "noun" else [o for o in b.obj_nouns if o.pos_ == "NOUN"] + [
        w for x in r.inner for w in x.wrapped if w.pos_ == "NOUN"]
    for noun, part in ((n, part) for n in nouns for part in kids(n)):
        if part.dep_ not in ("amod", "acl") or part.tag_ != "VBN" or part.lemma_.lower() not in MEDIATION_VERBS:
            continue
        named = [c for c in kids(part) if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")]
        named += [o for a in preps_of(part, frozenset({"by"})) for o in pobjs(a)]
        if not named and part.i >= 2 and doc[part.i - 1].text == "-" and doc[part.i - 2].head.i == noun.i:
            named = [doc[part.i - 2]]  # "UN-sponsored talks": the parser hangs "UN" on the noun
        mediators = subject_actors(doc, named) or first_actor(doc, named + [noun])
        if not mediators:
            continue
        sides = [a for a in targets + sources if not same_actor(a, mediators)]
        if not sides:
            continue
        coded = replace(r, code=MEDIATION_CODE, rules=[*r.rules, "mediated"], consumed=r.consumed | {part.i})
        return coded, mediators, sides
    return None



def conditional_threat(r: Reading, lex: Lexicon, codes: dict[str, CameoCode]) -> Reading | None:
    """ "will strike X if Y", "would kill the hostages unless Z", "will cut aid unless Y":
    force or a cut in relations announced on a condition is a threat of it (13x), not the
    act itself."""
    head = r.head
    if r.code[:2] not in COERCIVE_ROOTS or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(head)) or not condition_clauses(r):
        return None
    code = lex.frame_code("threaten", r.code)
    if not code or code not in codes:
        return None
    return replace(r, code=code, rules=["conditional", *r.rules], plover=None)



def announced_refusal(r: Reading, lex: Lexicon) -> Reading | None:
    """ "would not provide support", "will not lift sanctions": an announced refusal of a
    cooperative act is the act's rejection code (12x), dated and marked as planned; a plain
    past negation ("did not meet") stays the act itself, negated. Meetings and visits keep
    their own code ("will not attend" is a negated visit)."""
    head = r.head
    negs = [c for c in kids(head) if c.dep_ == "neg" and c.i not in r.consumed]
    shared = shared_negation(head) if not negs else None
    # "will not recognise or support X": an act coordinated under the negated one is refused too
    negated = shared.head if shared is not None and shared.i not in r.consumed else head
    if negated is not head:
        negs = [shared]
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(negated))
    if not negs and head.lemma_.lower() in AGREEING_VERBS and r.rules[0].startswith("agree."):
        # "agreed not to threaten or use force against each other": the agreement happened;
        # what the parties agree not to do is restraint (0356), not the threat or attack
        inner = [c for x in kids(head) if x.dep_ == "xcomp" for c in kids(x) if c.dep_ == "neg"]
        if inner and (r.code[:2] in HOSTILE_ROOTS | {THREAT_ROOT, "15"} or len(r.rules) == 1):
            code = RESTRAINT_CODE if len(r.rules) > 1 else r.code
            return replace(r, code=code, rules=[*r.rules, "agreed-restraint"],
                           consumed=r.consumed | {c.i for c in inner}, plover=None)
    if not negs and r.code[:2] in (INTENT_ROOT, THREAT_ROOT) and head.lemma_.lower() in DECISION_VERBS:
        # "decided not to meet the government", "vowed not to lift the sanctions": a decision
        # or vow against a cooperative act is its refusal (an intent code's reject row);
        # "promised not to attack" commits to restraint (0356), no threat
        negs = [c for x in kids(head) if x.dep_ == "xcomp" and x.i in r.consumed
                for c in kids(x) if c.dep_ == "neg"]
        if negs and r.code[:2] == THREAT_ROOT:
            return replace(r, code=RESTRAINT_CODE, rules=["vowed-restraint", *r.rules],
                           consumed=r.consumed | {c.i for c in negs}, plover=None)
        future = True
    if negs and future and r.code == TALKS_BREAKDOWN_CODE:
        # "said it would not abandon the talks", "will not pull out of the negotiations": a
        # negative commitment is coded by what the speaker commits to, staying in the talks (036)
        return replace(r, code=lex.frame_code("intent", TALKS_CODE), rules=["kept-talks", *r.rules],
                       consumed=r.consumed | {c.i for c in negs}, plover=None)
    if not negs or not future or not (r.code[:2] in REFUSABLE_ROOTS or r.code[:3] in REFUSABLE_TALKS | REFUSABLE_RETURNS):
        return None
    code = lex.frame_code("reject", r.code)
    if not code or code == r.code:
        return None

    return replace(r, code=code, rules=["negated-future", *r.rules], consumed=r.consumed | {c.i for c in negs},
                   plover=None)


def continued_talks(r: Reading, lex: Lexicon) -> Reading | None:
    """ "said it would continue talks with X", "will continue its mediation": talks a party
    says it will go on with are its commitment to them (036; 039 for mediation), as talks it says
    it will not abandon are, not talks planned ("will resume talks next week" stays the meeting,
    hypothetical)."""
    head = r.head
    if r.code[:2] != MEETING_ROOT or r.rules[0] != CONTINUING_FRAME_RULE or head.lemma_.lower() != CONTINUING_VERB \
            or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids(head)) \
            or any(c.dep_ == "neg" for c in kids(head)):
        return None
    code = lex.frame_code("intent", r.code)
    if not code or code == r.code:
        return None
    return replace(r, code=code, rules=["kept-talks", *r.rules], plover=None)
