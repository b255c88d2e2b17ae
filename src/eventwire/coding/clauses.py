"""Clause shape: where in its sentence a predicate or noun stands.

Predicates over the parse that the coder asks about an act's head before it codes or weighs it:
whether it sits in a relative or subordinate clause, a participial adjunct or a reduced relative,
an extraposed for-to clause or a subjectless passive gerund; which conjuncts share a wrapped
complement; whether a participle describes a noun or an adjective a present state; who reports a
clause. They read only the parse, never the lexicon or the resolved actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import kids

from .subjects import DOCUMENT_NOUNS, verb_subjects

# the conjunctions that open an adverbial clause on a main clause
SUBORDINATORS = frozenset({"as", "while", "when", "whilst", "after", "before", "since", "because",
                           "although", "though", "whereas"})
# the clauses on a noun: relative, participial (reduced relative) and appositive
BACKGROUND_CLAUSES = frozenset({"relcl", "acl", "appos"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
NOMINALS = frozenset({"NOUN", "PROPN"})


def owned_by_pronoun(tok: Token) -> bool:
    """ "his group", "their fighters": a noun its possessive pronoun ties to someone named before."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(tok))


def extraposed(clause: Token) -> bool:
    """A for-to clause hung on a copula whose subject is an expletive "it" ("it was feasible for
    Ghana to pull out"): the clause is the copula's real subject."""
    head = clause.head
    return clause.dep_ in ("advcl", "xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)) \
        and head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids(head))


def describing(head: Token) -> bool:
    """A present participle that describes a noun ("forces fighting in Syria"), not what a
    document says ("a declaration demanding elections")."""
    return head.tag_ == "VBG" and head.dep_ == "acl" and head.head.lemma_.lower() not in DOCUMENT_NOUNS


def aimed_act(verb: Token) -> bool:
    """A subjectless infinitive ("plotting to topple the president", "a campaign to oust the
    king"): an aim, told of the one who aims, not a deed someone did."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))


def in_relative_clause(tok: Token) -> bool:
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def background_clause(tok: Token) -> Token | None:
    """The nearest clause on a noun that holds the act's head ("the rebels, who have fought the
    army since 2012, ...", "the rebels, fighting the army since 2012, ..."): an act told there is
    background to the sentence's own act, not a telling of it. None in the sentence's own clauses."""
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ in BACKGROUND_CLAUSES:
            return tok
        tok = tok.head
    return None


def in_subordinate_clause(tok: Token) -> bool:
    """Whether the act's head, or a clause above it, is an adverbial clause opened by a
    subordinator ("as", "while", "after" ...) on a main clause."""
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in kids(tok)):
            return True
        tok = tok.head
    return False


def case_acts(clause: Token) -> list[Token]:
    """What the case an "if" clause puts tells: its head and what hangs on it through verbs ("if Y
    sends troops to protect Z"), not what describes its nouns ("if the US-backed forces ...":
    background on the writer's word). Nothing for a clause that sets terms ("only if Y ..."), which
    is a demand of whoever sets them, or for any other clause."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in kids(clause)) \
            or any(c.dep_ == "advmod" and c.lower_ == "only" for c in kids(clause)):
        return []
    out, todo = [], [clause]
    while todo:
        tok = todo.pop()
        out.append(tok)
        if tok is clause or tok.pos_ not in NOMINALS:
            todo += kids(tok)
    return out


def participial_adjunct(tok: Token) -> bool:
    """A present participle with no subject or mark of its own hung on a finite verb after a comma
    ("rejected the offer, urging X to ...", "struck the town, killing 30")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.pos_ not in ("VERB", "AUX") or tok.head.i > tok.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(tok)):
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def justification_clauses(head: Token) -> list[Token]:
    """What an actor says had happened before its act, in a participle hung on it ("expelled the
    envoy, saying X's agents had paid officials to ...", "rejected the complaint, saying the vessel
    had stayed in its own waters"): its reason, content and no event of its own. (Not what it
    says in the plain past or present, "released them, saying it hoped to ease tension", "replied,
    saying the minister never sought consent": a stance or a denial it states.)"""
    return [c for p in kids(head) if p.lemma_ == "say" and participial_adjunct(p)
            for c in kids(p) if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "had" for a in kids(c))]


def adjunct_main_clause(tok: Token) -> Token | None:
    """The main clause a participial adjunct the parser hung inside a relative clause tells the
    consequence of ("vetoed a resolution that called on X to ..., drawing criticism from Y": the
    veto drew it, not the call), or None when it hangs on a main clause already."""
    if not participial_adjunct(tok):
        return None
    clause = tok.head
    relative = False
    while clause.dep_ != "ROOT" and clause.head is not clause:
        relative = relative or clause.dep_ in ("relcl", "acl")
        clause = clause.head
    return clause if relative and clause.pos_ in ("VERB", "AUX") else None


def reduced_relative(tok: Token) -> bool:
    """A participle on a noun ("the rally staged by students"), the act's head or a clause above it."""
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ == "acl" and tok.tag_ in PARTICIPLE_TAGS and tok.head.pos_ in NOMINALS:
            return True
        tok = tok.head
    return False


def complement_conjuncts(verb: Token) -> list[Token]:
    """ "asked the ministry to allow them to reopen the stations and pay them damages": an act
    the parser coordinates with the wrapped act's own complement, sharing its subject, is asked
    for too (not one coordinated with its own subject: "to let them in, and Iran agreed")."""
    return [c for x in kids(verb) if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB"
            for c in kids(x) if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c))]


def present_state(adj: Token) -> bool:
    """Whether an adjective is predicated in the present tense ("is angry", "remain critical")."""
    verb = adj.head if adj.dep_ in ("acomp", "oprd") else adj
    return verb.lemma_ in ("be", "remain", "stay") and verb.tag_ in ("VBZ", "VBP")


def subjectless_passive_gerund(verb: Token) -> bool:
    """ "after being convicted", "before being jailed": a passive gerund after a preposition, with
    no subject of its own."""
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids(verb)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))


def reporter_of(noun: Token) -> list[Token]:
    """The subject of the reporting verb whose reported clause has ``noun`` as its subject
    ("Washington said talks with Tehran had collapsed": Washington)."""
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return []
    return verb_subjects(clause.head)
