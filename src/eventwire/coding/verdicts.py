"""Reported judgements whose report is itself the act: the speaker and the party judged.

"The plan was illegal, Syria said" (the speaker judges the owner of the thing judged), "described
the move as a provocation" (a describing verb is speech of its own), "Moscow said Kyiv would pay a
price" (a threat to the party foretold to suffer), "Kenya said Uganda had failed to honour the
deal" (criticism of the party said to fail). Each finder returns ``(clause, speakers, judged)``
tokens, or ``None`` when the clause is no such report.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors import actor_for
from eventwire.nlp import doc_actors, kids

from .subjects import verb_subjects
from .syntax import is_passive, pobjs, preps_of, resolve_relative

# the verbs that report a judgement, and the copulas that state it ("was", "constitutes")
VERDICT_SPEECH = frozenset({"say", "tell", "add", "insist", "argue", "declare", "state", "warn", "complain",
                            "charge", "claim", "stress", "write", "tweet", "contend", "assert", "maintain", "allege",
                            "reply", "respond", "counter", "retort"})
VERDICT_COPULAS = frozenset({"be", "constitute", "amount", "represent", "remain", "seem", "appear", "become",
                             "have"})  # "said Y has a dismal rights record"
# a view stated in a report ("said it sees X as ..."); a belief alone is no event (no reporting verb)
VIEW_VERBS = frozenset({"see", "view", "regard"})


# verbs that say what a thing is ("described the move as a dangerous step"): speech of their own,
# so the judgement needs no reporting verb (a view, "sees X as", does)
DESCRIBING_VERBS = frozenset({"describe", "characterise", "characterize", "portray", "depict", "cast", "paint"})


def _described(verb: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """The describing verb, its speakers and the thing described (its object)."""
    judged = [c for c in kids(verb) if c.dep_ in ("dobj", "obj")]
    speakers = verb_subjects(verb) if judged and not is_passive(verb) else []
    return (verb, speakers, judged) if speakers else None


# what a source that is a document or a finding stands for: its author ("a UN report", "a report by X")
REPORT_NOUNS = frozenset({"report", "study", "investigation", "inquiry", "probe", "finding", "findings", "survey",
                          "review", "statement", "ruling", "verdict", "audit", "document"})


def according_to(verb: Token) -> list[Token]:
    """The actor tokens of a clause's "according to X" (of X's author, when X is a report: "a
    UN report", "a report by Amnesty")."""
    found = []
    for prep in kids(verb):
        if prep.dep_ != "prep" or prep.lower_ != "according":
            continue
        for src in (p for to in kids(prep) if to.lower_ == "to" for p in pobjs(to)):
            if actor_for(src.doc, src) is not None or src.lemma_.lower() not in REPORT_NOUNS:
                found.append(src)
                continue
            found += [c for c in kids(src) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < src.i]
            found += [p for a in preps_of(src, frozenset({"by", "from", "of"})) for p in pobjs(a)]
    return [t for t in found if actor_for(t.doc, t) is not None]


def verdict_arguments(pred: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """``(judging clause, speaker, judged)`` tokens for a predicate of judgement ("illegal", "a provocation") in a
    copular clause reported by a speech verb: "the sanctions were illegal, Moscow said". The clause's
    head (the copula, or the verb that judges) is the speech verb's complement. None when the clause
    is not such a report (an adjective used as a modifier, an unreported opinion)."""
    # "sees the ban as politically driven": a participle after "as" is judged like an adjective
    after_as = pred.dep_ in ("pcomp", "amod") and pred.head.lower_ == "as"
    if pred.pos_ in ("VERB", "AUX") and not after_as:
        actors = doc_actors(pred.doc)
        if pred.dep_ == "xcomp" and pred.head.lemma_ == "be" and any(a.lower_ == "to" for a in kids(pred)):
            # "Israel said Iran was to blame": the copula's subject is judged
            return _reported_verdict(pred.head, [c for c in kids(pred.head) if c.dep_ == "nsubj"])
        # "said the sale violates the one-China principle": a thing's act judged by the speaker
        # (an actor that violates something, or a thing that acts on an actor, "the report
        # blamed Iran", is an act of its own, reported: not a verdict)
        judged = [resolve_relative(c) for c in kids(pred) if c.dep_ == "nsubj"]
        if any(actors.get(j.i) is not None and j.text in (actors[j.i].text or "").split() for j in judged) \
                or any(c.dep_ == "dobj" and actors.get(c.i) is not None and c.text in (actors[c.i].text or "").split()
                       for c in kids(pred)):
            return None
        return _reported_verdict(pred, judged)
    while pred.dep_ == "conj" and pred.head.pos_ == pred.pos_ and pred.head.i < pred.i:
        pred = pred.head  # "is astounding and unacceptable": the first adjective is the copula's
    copula = pred.head if pred.dep_ in ("acomp", "attr", "oprd", "dobj", "pobj", "advcl") or after_as \
        or pred.pos_ == "ADP" else None  # (a preposition matched as the copula's predicate: "was behind")
    if copula is not None and copula.pos_ == "ADP" and copula.lower_ in ("to", "as"):
        viewed = copula.head
        copula = copula.head  # "amounts to an attack", "sees the ban as a threat"
        if viewed.dep_ in ("dobj", "obj") and viewed.head.lemma_.lower() in VIEW_VERBS:
            # the parser may hang "as" on the thing viewed ("regards the embargo as politically motivated")
            return _reported_verdict(viewed.head, [viewed])
        if viewed.dep_ in ("dobj", "obj") and viewed.head.lemma_.lower() in DESCRIBING_VERBS:
            return _described(viewed.head)
    if copula is None:
        return None
    if copula.lemma_.lower() in DESCRIBING_VERBS and (pred.head != copula or pred.dep_ in ("advcl", "oprd")):
        # "Moscow described the deployment as a dangerous step": a description is speech itself
        return _described(copula)
    if copula.lemma_.lower() in VIEW_VERBS and (pred.head != copula or pred.dep_ in ("advcl", "oprd")):
        # "said it sees the ban as politically motivated": the thing viewed is the object
        judged = [c for c in kids(copula) if c.dep_ in ("dobj", "obj")]
    elif copula.lemma_.lower() in VERDICT_COPULAS:
        judged = [resolve_relative(c) for c in kids(copula) if c.dep_ in ("nsubj", "nsubjpass")]
        if judged and all(j.lower_ == "it" for j in judged):
            # "it is unacceptable that X arms the rebels": what is judged is the act the
            # extraposed clause tells, so its doer
            told = [c for c in kids(copula) if c.dep_ == "ccomp"
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))]
            judged = verb_subjects(told[0]) if told else judged
        if not judged and copula.dep_ == "conj":
            # "said the strike killed two children and was a violation of its sovereignty": a
            # copula joined to a reported verb shares its subject and its report
            first = copula
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            judged = [resolve_relative(c) for c in kids(first) if c.dep_ in ("nsubj", "nsubjpass")]
            found = _reported_verdict(first, judged) if first.pos_ in ("VERB", "AUX") else None
            return (copula, found[1], found[2]) if found is not None else None
    else:
        return None
    return _reported_verdict(copula, judged)


# the speech verbs that report harm foretold to another party ("said Y would pay a price");
# "warned that ..." is the threaten frame's own
FORETELLING_SPEECH = (VERDICT_SPEECH - {"warn"}) | {"vow", "pledge", "swear", "promise"}
# what foretells: "would/will/could pay"
FORETELLING_MODALS = frozenset({"will", "would", "'ll", "wo", "shall", "could", "might"})


def foretold_arguments(pred: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """``(clause, speaker, foretold)`` tokens for harm a speaker foretells another party ("Moscow
    said Kyiv would pay a price", "China said Taiwan will regret it"): a future, unnegated clause
    reported by a speech verb, with an actor as its subject other than the speaker. None
    otherwise ("Kyiv will pay a price", unreported, is the writer's forecast)."""
    if pred.dep_ not in ("ccomp", "parataxis") or any(c.dep_ == "neg" for c in kids(pred)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS for c in kids(pred)):
        return None
    speech = pred.head
    if speech.lemma_.lower() not in FORETELLING_SPEECH:
        return None
    foretold = [resolve_relative(c) for c in kids(pred) if c.dep_ == "nsubj"]
    speakers = verb_subjects(speech)
    actors = doc_actors(pred.doc)
    if not speakers or not any(actors.get(f.i) is not None for f in foretold):
        return None
    return pred, speakers, foretold


# what parties fail to do together: "failed to agree", "failed to reach a deal", "failed to
# produce a breakthrough" (a breakdown of talks, not one party's fault)
JOINT_OUTCOMES = frozenset({"agree", "reach", "strike", "clinch", "seal", "conclude", "settle", "resolve", "bridge",
                            "narrow", "find", "produce", "yield", "make", "achieve", "secure", "break"})


def faulted_arguments(pred: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """``(clause, speaker, faulted)`` tokens for a failing a speaker reports of another party
    ("Kenya said Uganda had failed to honour the deal", "told the council the mission had failed
    to protect civilians"): a past or present clause, unnegated, whose verb of failing has an
    infinitive of its own, reported by a speech verb, with an actor as its subject. None
    otherwise ("the talks failed to produce a deal" names no party; "Uganda failed to honour the
    deal", unreported, is the writer's account; "would fail" is a forecast)."""
    if pred.dep_ not in ("ccomp", "parataxis") or pred.head.lemma_.lower() not in VERDICT_SPEECH:
        return None
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS for c in kids(pred)):
        return None
    failed = [c for c in kids(pred) if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]
    if not failed or failed[0].lemma_.lower() in JOINT_OUTCOMES:
        return None
    faulted = [resolve_relative(c) for c in kids(pred) if c.dep_ == "nsubj"]
    if any(c.dep_ == "conj" for f in faulted for c in kids(f)):
        return None  # "A and B failed to ...": a failure they share, no one's fault alone
    speakers = verb_subjects(pred.head)
    actors = doc_actors(pred.doc)
    if not speakers or not any(actors.get(f.i) is not None for f in faulted):
        return None
    return pred, speakers, faulted


def _reported_verdict(clause: Token, judged: list[Token]) -> tuple[Token, list[Token], list[Token]] | None:
    """The judging clause with the speakers of the speech verb that reports it, and what is judged."""
    speech = clause.head
    if judged and clause.dep_ == "ROOT":
        # "X is responsible for the killings, according to a UN report": the source it rests on
        speakers = according_to(clause)
        return (clause, speakers, judged) if speakers else None
    if not judged or clause.dep_ not in ("ccomp", "parataxis") or speech.lemma_.lower() not in VERDICT_SPEECH:
        return None
    speakers = verb_subjects(speech)
    if not speakers:
        return None
    return clause, speakers, judged
