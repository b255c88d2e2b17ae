"""Mediators named beside a settlement: "agreed to a Qatar-brokered truce", "signed the deal after
months of Qatari mediation", "under the mediation of the African Union", "UN-sponsored talks",
"The talks, mediated by X and Y, resumed".

The third party mediates (045) with each side of the settlement or talks: the two parties of an
agreement, truce or talks the same sentence codes, or, when the sentence names no sides ("The
talks, mediated by X, resumed"), the two parties of the settlement or talks the article told
last, a few sentences before. Talks named only by one country's own conflict ("UN-sponsored
Syrian talks", "talks to end the war in Yemen") are between its government and its opposition;
talks in a clause of their own are told by that clause. The coder's own patterns code mediation whose sides the clause
names ("X mediated between A and B", "talks between A and B mediated by X"); this step adds the
mediators a sentence names only as a modifier of the settlement or of "mediation". The coder asks
here too whether a word names a mediator, whether what is brokered is an agreement, whether the
parties of mediated talks met in person, and builds the mediator's 045 with each side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.pieces import doc_pieces
from eventwire.model import ActorMention, Coder, Event
from eventwire.nlp import kids, token_span
from eventwire.ontology import cameo_codes, plover_for

from .argument_actors import subject_actors
from .mutuality import AGREEMENT_NOUNS
from .readings import Reading
from .records import add_unseen
from .refine import STATE_SECTORS, armed
from .sides import same_actor
from .syntax import pobjs, preps_of, resolve_relative

MEDIATING_PARTICIPLES = frozenset({"mediate", "broker", "sponsor", "facilitate"})
# "the agency, which coordinated the swap": an active verb whose object is a settlement names its
# subject as the settlement's mediator (coordinating or arranging a swap is brokering it)
MEDIATING_VERBS = MEDIATING_PARTICIPLES | frozenset({"coordinate", "arrange"})
# "AU-led talks": a leader of talks (never of a coalition or an attack) is their mediator
LED = "lead"
TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "process"})
SETTLEMENTS = TALKS | frozenset({"deal", "agreement", "accord", "pact", "treaty", "settlement", "truce",
                                 "ceasefire", "cease-fire", "armistice", "declaration", "swap", "exchange"})
MEDIATION_NOUNS = frozenset({"mediation"})
# "Norwegian mediators said the negotiations would resume": the mediators of talks told before
MEDIATOR_NOUNS = frozenset({"mediator", "facilitator", "intermediary", "go-between"})
MEDIATING_PREPS = frozenset({"under", "through", "via", "with", "after", "following", "amid"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
OWNER_PREPS = frozenset({"of", "by", "from"})
# what a sentence's trigger words must hold for the search to run at all
TRIGGERS = MEDIATING_VERBS | MEDIATION_NOUNS | MEDIATOR_NOUNS | {LED}
# the acts whose two parties a third may mediate between: talks, agreements, settlements, truces,
# concessions and their breakdown
MEDIATED_ROOTS = frozenset({"03", "04", "05", "06", "08"})
MEDIATED_CODES = frozenset({"164"})
MEDIATION_CODE = "045"
MEETING_CODE = "040"  # a meeting the parties of mediated talks had (not their talks, 046)
MEDIATION_PREPS = frozenset({"under", "through", "via", "with"})  # "talks under Russian mediation"
BREAKDOWN_CODE = "164"  # talks that broke down: halted negotiations between their sides
COLLAPSE_VERBS = frozenset({"collapse", "fail", "founder", "stall", "falter"})
# talks that ended with nothing agreed failed too: "ended without a deal", "ended in deadlock"
END_VERBS = frozenset({"end", "conclude", "close", "finish", "wrap"})
FAILED_OUTCOMES = frozenset({"failure", "deadlock", "stalemate", "impasse", "acrimony", "disagreement", "discord"})
# how far back the talks a sentence refers to without naming their sides may have been told
SENTENCES_BACK = 3
# talks named by a conflict ("to end the Libyan conflict") or as peace talks are between the
# conflict's sides: for one country's own conflict, its government and its opposition
CONFLICT_NOUNS = frozenset({"war", "conflict", "crisis", "fighting", "insurgency", "rebellion", "violence"})
PEACE_WORDS = frozenset({"peace", "reconciliation"})
CONFLICT_PLACE_PREPS = frozenset({"in", "on", "over", "about"})
CONFLICT_SIDES = ("GOV", "OPP")


def mediator_phrases(sent: Span) -> list[tuple[Token, list[Token]]]:
    """Each word that names a mediation in the sentence (a participle on a settlement noun, or
    "mediation") with the tokens that name its mediators."""
    doc = sent.doc
    found = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in MEDIATOR_NOUNS and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Qatari mediators said ...": the mention of the mediators is Qatar (not "X, the AU's
            # chief mediator, said", a person described)
            found.append((tok, [tok]))
        elif lemma in MEDIATION_NOUNS and tok.pos_ == "NOUN" and _mediated_through(tok):
            # "Qatari mediation", "Egypt's mediation", "the mediation of the AU"
            named = [c for c in kids(tok) if c.dep_ in OWNER_DEPS and c.i < tok.i]
            named += [o for p in preps_of(tok, OWNER_PREPS) for o in pobjs(p)]
            found.append((tok, named))
        elif (lemma in MEDIATING_PARTICIPLES or lemma == LED) and tok.tag_ == "VBN" \
                and tok.dep_ in ("amod", "acl") and tok.head.lemma_.lower() in (TALKS if lemma == LED else SETTLEMENTS):
            hyphen = tok.i >= 2 and doc[tok.i - 1].text == "-"
            if lemma == LED and not hyphen:
                continue  # "talks led to a deal" is no leader
            named = [c for c in kids(tok) if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")]
            named += [o for p in preps_of(tok, frozenset({"by"})) for o in pobjs(p)]
            if not named and hyphen:
                named = [doc[tok.i - 2]]  # "UN-sponsored talks": the parser hangs "UN" on the noun
            found.append((tok, named))
        elif lemma in MEDIATING_VERBS and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl") \
                and any(c.dep_ == "nsubj" for c in kids(tok)) and mediated(tok).lemma_.lower() in SETTLEMENTS:
            # "Qatar brokered the swap", "the agency, which coordinated the exchange": the
            # subject of an active clause (a relative pronoun's noun) is the mediator
            found.append((tok, [resolve_relative(c) for c in kids(tok) if c.dep_ == "nsubj"]))
        elif lemma in MEDIATING_PARTICIPLES and tok.tag_ == "VBN" and tok.dep_ not in ("amod", "acl") \
                and mediated(tok).lemma_.lower() in SETTLEMENTS:
            # "The talks were brokered by X": the passive clause of its own names the mediators
            found.append((tok, [o for p in preps_of(tok, frozenset({"by"})) for o in pobjs(p)]))
    return found


def mediated(word: Token) -> Token:
    """What a mediating participle or verb says was mediated: the noun it modifies ("talks
    mediated by X"), the subject of its passive clause ("The talks were brokered by X"), or the
    object of its active clause ("X brokered the swap")."""
    if word.dep_ in ("amod", "acl"):
        return word.head
    return next((c for c in kids(word) if c.dep_ in ("nsubjpass", "dobj")), word)


def _mediated_through(noun: Token) -> bool:
    """Whether "mediation" says how something came about ("under Russian mediation", "after
    months of Qatari mediation", "thanks to Turkish mediation"), not what a party agreed to,
    offered or asked for ("agreed to US mediation" is no mediation yet)."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.head.dep_ == "prep":
        prep = prep.head.head  # "after months of mediation"
    if prep.dep_ != "prep":
        return False
    return prep.lower_ in MEDIATING_PREPS or prep.lower_ == "to" and prep.head.lower_ == "thanks"


def participle_mediators(sent: Span) -> list[ActorMention]:
    """The mediators a participle names on talks or a settlement ("in talks mediated by the AU",
    "AU-led talks"): never a party the clause's act is aimed at."""
    return [a for word, named in mediator_phrases(sent) if word.tag_ == "VBN" and named
            for a in subject_actors(sent.doc, named)]


def broke_down(verb: Token) -> bool:
    """Whether the predicate of talks says they failed: "collapsed", "broke down", "ended
    without a deal", "ended in deadlock"."""
    lemma = verb.lemma_.lower()
    return lemma in COLLAPSE_VERBS or (lemma == "break" and any(c.lower_ == "down" for c in kids(verb))) \
        or (lemma in END_VERBS and _ended_in_failure(verb))


def _ended_in_failure(verb: Token) -> bool:
    """Whether an ending is a failure: "ended without a deal", "ended in deadlock"."""
    preps = [c for c in kids(verb) if c.dep_ == "prep"]
    return any(p.lower_ == "without" for p in preps) \
        or any(p.lower_ == "in" and o.lemma_.lower() in FAILED_OUTCOMES for p in preps for o in kids(p))


def _sides(ev: Event) -> list[ActorMention] | None:
    if ev.source_ref is None or ev.target_ref is None:
        return None
    if ev.cameo[:2] not in MEDIATED_ROOTS and ev.cameo not in MEDIATED_CODES or ev.cameo == MEDIATION_CODE:
        return None
    sides = [ev.source_ref, ev.target_ref]
    # (parties that settle: states, their bodies, armed groups; not a released reporter)
    return sides if all(a.sector in STATE_SECTORS or armed(a) for a in sides) else None


def named_mediations(text: str, doc: Doc, sent: Span, n: int, events: list[Event],
                     earlier: list[tuple[int, Event]],
                     mediate: Callable[..., list[Event]]) -> list[Event]:
    """The 045s of the mediators the sentence names by a modifier, with each side of the
    settlement or talks it codes (else of the last one the article told). ``text`` is the
    article's text; ``mediate(template, source, targets, code, again)`` makes the events of a code
    from a template event, one per target. Mediated talks that broke down ("talks mediated by X
    collapsed") are halted negotiations (164) between their sides too."""
    out: list[Event] = []
    for word, named in mediator_phrases(sent):
        mediators = subject_actors(doc, named) if named else []
        if not mediators:
            continue
        told = [(ev, sides) for ev in events if (sides := _sides(ev)) and not any(same_actor(m, sides) for m in mediators)]
        template = told[0] if told else None
        reported = _reported_talks(word)
        if template is not None and reported is not None and not _within(doc, reported, template[0]):
            # "A faulted B for the breakdown of the talks, but EU brokers said the negotiations
            # would restart": the talks the mediators speak of are another event than the failed ones
            ev = _retold(text, doc, template[0], n, word, word.head)
            template = (replace(ev, anchor=reported.i), template[1])
        talks_word = word.tag_ == "VBN" and mediated(word).lemma_.lower() in TALKS
        if template is not None and talks_word and not _within(doc, word, template[0]):
            # "The two sides agreed to an EU plan, but talks mediated by Brussels broke down":
            # the talks are their own clause's event, between the sides the sentence told
            template = (_retold(text, doc, template[0], n, word, _talks_clause(word)), template[1])
        if template is None and talks_word and (sides := internal_sides(doc, mediated(word))) \
                and not any(same_actor(m, sides) for m in mediators):
            # "AU-sponsored Sudanese talks", "AU-backed talks meant to end the Sudanese civil
            # war": talks named by one country's own conflict are between its government and
            # its opposition
            template = (_told_here(text, doc, sent, n, word), sides)
        if template is None and (word.lemma_.lower() in MEDIATION_NOUNS or mediated(word).lemma_.lower() in TALKS
                                 or word.lemma_.lower() in MEDIATOR_NOUNS and any(t.lemma_.lower() in TALKS
                                                                                   for t in sent)
                                 or (word.tag_ == "VBN" or word.pos_ == "VERB") and _settlement_told(mediated(word))):
            # "The talks, mediated by X, resumed", "The accord, brokered by X, takes effect":
            # the sides of the talks or settlement told before
            before = [(ev, sides) for k, ev in reversed(earlier) if n - k <= SENTENCES_BACK
                      and (sides := _sides(ev)) and not any(same_actor(m, sides) for m in mediators)]
            if before:
                ev, sides = before[0]
                template = (_retold(text, doc, ev, n, word, sent), sides)
        if template is None:
            continue
        ev, sides = template
        other_talks = reported is not None and ev.anchor == reported.i
        for m in mediators:
            if not other_talks and any(e.cameo == MEDIATION_CODE and e.source is not None
                                       and e.source.cameo == m.cameo for e in events):
                continue  # its mediation is coded already, by a pattern that names the sides
            out += mediate(ev, m, sides, MEDIATION_CODE, other_talks)
        talks = mediated(word) if word.tag_ == "VBN" else None
        if out and talks is not None and talks.lemma_.lower() in TALKS and talks.dep_ == "nsubj" \
                and broke_down(talks.head):
            out += mediate(ev, sides[0], sides[1:], BREAKDOWN_CODE)
    return out


def _settlement_told(noun: Token) -> bool:
    """ "the accord", "this deal": a settlement noun with a definite determiner refers to one the
    article told before ("a deal brokered by X" is a new one, with sides of its own)."""
    return noun.lemma_.lower() in SETTLEMENTS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(noun))


def _reported_talks(word: Token) -> Token | None:
    """The predicate of talks that mediators the word names say something of ("mediators said
    the negotiations would resume"), if any."""
    if word.lemma_.lower() not in MEDIATOR_NOUNS or word.dep_ != "nsubj":
        return None
    return next((c for c in kids(word.head) if c.dep_ == "ccomp" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in TALKS for s in kids(c))), None)


def _within(doc: Doc, word: Token, ev: Event) -> bool:
    """Whether the event's evidence holds the mediation word (the talks are the event's own)."""
    start, end = token_span(doc, word, word)
    return ev.evidence_span[0] <= start and end <= ev.evidence_span[1]


def _retold(text: str, doc: Doc, ev: Event, n: int, word: Token, span: Span | Token) -> Event:
    """``ev`` told again by the mediation word's sentence: its evidence is ``span`` (a clause
    predicate's subtree, or a sentence), its trigger the word, and its clause the word's own."""
    first, last = (span[0], span[-1]) if isinstance(span, Span) else (span.left_edge, span.right_edge)
    while last.is_punct and last.i > first.i:
        last = last.doc[last.i - 1]
    start, end = token_span(doc, first, last)
    tstart, tend = token_span(doc, word, word)
    return replace(ev, sentence=n, evidence=text[start:end], evidence_span=[start, end],
                   trigger=text[tstart:tend], trigger_span=[tstart, tend], anchor=_talks_clause(word).i,
                   trigger_tokens=[word.i])


def _told_here(text: str, doc: Doc, sent: Span, n: int, word: Token) -> Event:
    """A template event for talks no coded event tells: the sentence, its mediation word and
    the word's clause (the mediations fill in the code and the parties)."""
    info = cameo_codes()[MEDIATION_CODE]
    start, end = token_span(doc, sent[0], sent[-1])
    ev = Event(doc_id=doc._.ew_doc_id or "", sentence=n, evidence=text[start:end], evidence_span=[start, end],
               trigger="", source=None, target=None, cameo=info.code, quad_class=info.quad_class,
               goldstein=info.goldstein, plover=None, coder=Coder("pattern", "talks-of-a-conflict"))
    return _retold(text, doc, ev, n, word, sent)


def internal_sides(doc: Doc, talks: Token) -> list[ActorMention]:
    """The two sides of talks named by one country's own conflict: "UN-backed Libyan peace
    talks", "talks meant to end the Sudanese civil war", "talks to end the war in Yemen": its
    government and its opposition (implied, with no text of their own). None when the talks name
    no conflict, or name more than one country ("Israeli-Palestinian talks")."""
    top = talks
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head  # "a third round of AU-backed talks to end the conflict"
    below = [t for t in top.subtree if t.i != talks.i]
    conflicts = [t for t in below if t.lemma_.lower() in CONFLICT_NOUNS and t.pos_ == "NOUN"]
    if not conflicts and not any(c.lemma_.lower() in PEACE_WORDS for c in kids(talks) if c.i < talks.i):
        return []
    named = [talks, *conflicts]
    # the country as the talks' or the conflict's modifier, or after "in", "on" or "over"
    places = [c for x in named for c in kids(x) if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < x.i]
    places += [o for x in named for p in preps_of(x, CONFLICT_PLACE_PREPS) for o in pobjs(p)]
    countries = {key for t in places for key in _country_keys(doc, t)}
    if len(countries) != 1:
        return []
    country = countries.pop()
    mention = ActorMention(doc_id=doc._.ew_doc_id or "", text="", start=0, end=0, id=f"country:{country}",
                           country=country, resolved_by="coreference")
    return [replace(mention, cameo=country + sector, sector=sector) for sector in CONFLICT_SIDES]


def _country_keys(doc: Doc, tok: Token) -> list[str]:
    """The countries a dictionary piece ending at ``tok`` names ("Syrian", "Yemen", "Syria's")."""
    end = tok.i + 1 if tok.tag_ != "POS" else tok.i
    return [p.label_.split("|", 2)[1] for p in doc_pieces(doc)
            if p.end == end and p.label_.split("|", 1)[0] in ("country", "adjective")]


def _talks_clause(word: Token) -> Token:
    """The predicate of the talks a mediation word names ("talks mediated by X collapsed"): it
    tells when and whether they took place."""
    return _clause_of(mediated(word) if word.tag_ == "VBN" and mediated(word).lemma_.lower() in TALKS else word)


def _clause_of(tok: Token) -> Token:
    """The predicate whose clause holds the mediation word: it tells when and whether it happened."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def met_in_person(doc: Doc, ev: Event) -> bool:
    """"The two leaders met in talks brokered by X", "shook hands": the parties of mediated talks
    who are said to meet each other did meet (040), though their talks are the mediator's (045)."""
    return ev.cameo == MEETING_CODE and ev.anchor is not None and doc[ev.anchor].pos_ == "VERB"


def names_mediator(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in MEDIATOR_NOUNS or (lemma == "mediation" and tok.dep_ == "pobj" and tok.head.lower_ in MEDIATION_PREPS)


def brokers_agreement(r: Reading) -> bool:
    """Whether what a reading brokers is an agreement ("a deal brokered by X", "X brokered an
    accord"), not talks or a truce between parties it leaves unnamed."""
    b = r.binding
    brokered = [*b.obj_nouns, *r.targets, *([b.head.head] if b.head.dep_ == "acl" else [])]
    return any(t.lemma_.lower() in AGREEMENT_NOUNS for t in brokered)


def mediations(ev: Event, mediator: ActorMention, sides: list[ActorMention], info, how: str,
               seen: set[tuple]) -> list[Event]:
    """The mediator's 045 with each side of the event ``ev``, those not coded already."""
    out = []
    for side in sides:
        mediated = replace(ev, source=mediator.actor(), target=side.actor(), cameo=info.code,
                           quad_class=info.quad_class, goldstein=info.goldstein, plover=plover_for(info.code),
                           coder=Coder("pattern", f"{ev.coder.rule}+{how}"), source_ref=mediator, target_ref=side,
                           flags=[*mediator.flags, *side.flags])
        add_unseen(out, seen, mediated)
    return out
