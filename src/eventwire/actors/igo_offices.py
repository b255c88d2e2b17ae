"""Capacity from an international organisation's office: the passes of the actor stage that make
a person named with an office of an intergovernmental body act for that body ("the chairman of
the AU, Ghana's president X", "X, the chairman of the AU commission", "X, who chairs the AU"),
and the two helpers they share with coreference (``office_bodies``, ``is_office_clause``; see
the rule and its exceptions in ``office_bodies``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp import kids

from .kb import KnowledgeBase
from .noun_phrases import FORMER, THEN, MentionGroup
from .pieces import doc_pieces, piece_of

# offices of an international organisation that head "the chairman of the AU, <person>": the holder
# acts for the organisation, whatever other office the apposition names
IGO_OFFICE_NOUNS = frozenset({"chairman", "chairwoman", "chairperson", "chair", "president", "head", "chief",
                              "leader", "secretary-general", "commissioner", "director", "director-general",
                              "envoy", "representative", "spokesman", "spokeswoman", "spokesperson"})


def _igo_office_head(doc: Doc, kb: KnowledgeBase, group: MentionGroup):
    """The international organisation whose office heads a phrase with a person in apposition
    after it ("the chairman of the African Union, Ghana's president X", "the head of the UN
    refugee agency, X"), or None ("Ghana's president X, chairman of the AU" opens with the state)."""
    head = group.head
    anchor = None
    if head.dep_ == "appos" and head.head.i < head.i:
        # the name stands apart: in apposition to the office ("the chair of the AU, President X")
        # or, as the parser often has it, to the organisation the office's "of" names
        anchor = head.head
    elif head.dep_ == "nsubj" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ",":
        # (or as a second subject of the verb, after a comma: "The chairman of the AU, Ghana's
        # president X, struggled")
        anchor = next((c for c in kids(head.head) if c.dep_ == "nsubj" and c.i < head.i), None)
    if anchor is not None:
        office = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else anchor
        orgs = [p for p in doc_pieces(doc) if piece_of(p).kind == "org" and p.end <= head.i]
    else:
        office = head
        # (or its possessor: "ECOWAS's president, X", "the AU's chairman, X")
        orgs = [p for p in group.kinds("org") if p.start > head.i
                or p.root.dep_ == "poss" and p.root.head.i == head.i]
    if office.pos_ != "NOUN" or office.lemma_.lower() not in IGO_OFFICE_NOUNS:
        return None
    of = office_bodies(office)
    orgs = [p for p in orgs if any(p.start <= o.i < p.end for o in of)]
    people = group.kinds("person", "surname", "entity")
    if not orgs or not people or not all(p.start >= orgs[0].end for p in people):
        return None
    org = kb.organisations[piece_of(orgs[0]).key]
    return org if org.type == "IGO" else None


def _office_after_name(doc: Doc, kb: KnowledgeBase, group: MentionGroup, sector: str | None):
    """The organisation whose office follows a person's name in apposition or in a "who"
    clause ("X, the chairman of the AU commission", "X, leader of the People Power Party",
    "X, who chairs the African Union"), or None. An international organisation's office is
    the capacity the person acts in; a party's or other named body's only when he holds no
    state office that day (his own sector is none or ELI)."""
    head = group.head
    offices = []
    for child in kids(head):
        if child.i <= head.i:
            continue
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in IGO_OFFICE_NOUNS:
            offices += office_bodies(child)  # (and "X, the AU's chairman")
            if any(m.lower_ in FORMER | THEN for m in kids(child)):
                return None  # "X, a former head of the AU": not his capacity now
        elif is_office_clause(child, ("who", "that")):
            offices += [o for o in kids(child) if o.dep_ == "dobj"]
    if not offices:
        return None
    for obj in offices:
        for span in doc_pieces(doc):
            # the organisation itself, or its name before a noun for one of its parts ("the AU
            # commission"; not "the EU's foreign policy")
            if piece_of(span).kind == "org" and (span.start <= obj.i < span.end or obj.dep_ != "poss"
                                                 and span.root.head.i == obj.i and span.root.dep_ == "compound"):
                org = kb.organisations[piece_of(span).key]
                if org.type == "IGO" or org.type in ("party", "body") and sector in (None, "ELI"):
                    return org
    return None


# verbs of holding an office, in "X, who chairs the AU": the body is the capacity X acts in
OFFICE_VERBS = frozenset({"chair", "head", "lead"})


def office_bodies(office: Token) -> list[Token]:
    """The tokens that name the body an office noun belongs to: the objects of its "of" phrases
    ("the chairman of the AU"), then its possessors ("the AU's chairman"), in that order.

    Capacity from an international organisation's office: a person acts for an intergovernmental
    body (IGO) when the text gives him one of its offices (an IGO_OFFICE_NOUNS head, or a "who
    chairs / heads / leads" clause, is_office_clause). Three passes find such an office and share
    these two helpers:
    (1) the office in apposition before the name ("the chairman of the AU, Ghana's president X",
        "ECOWAS's president, X"): _igo_office_head, in this module;
    (2) the office after the name ("X, the chairman of the AU commission", "Mr X, who chairs the
        bloc"): _office_after_name here for a named body, person_references._chaired_body for a
        body that is only known once coreference has resolved it;
    (3) an office a body referred back to owns ("the commission's president, X", "the president
        of the bloc"): person_references._referred_office.
    Exceptions: a state title or country before the name keeps the state office ("Ghana's
    president X, who chairs the bloc"); a thing the body owns is no office ("who leads the EU's
    policy"); a former office is none ("X, a former head of the AU"); and a person the knowledge
    base already has in that body's office keeps his role."""
    bodies = [o for p in kids(office) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
    return bodies + [c for c in kids(office) if c.dep_ == "poss"]


def is_office_clause(clause: Token, pronouns: tuple[str, ...]) -> bool:
    """Whether ``clause`` is a relative clause of holding an office whose subject is one of
    ``pronouns`` ("..., who chairs the AU"): its direct object is the body."""
    return clause.dep_ == "relcl" and clause.lemma_.lower() in OFFICE_VERBS \
        and any(s.dep_ == "nsubj" and s.lower_ in pronouns for s in kids(clause))
