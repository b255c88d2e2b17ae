"""The act a frame verb wraps ("urged Iran to stop", "agreed to hold talks", "warned that ...";
``_wrapped``), and the clauses the coder reads beside it: the infinitive a noun owns ("Italy's plan
to send aid": ``noun_infinitives``, ``misattached_purpose``), a verb's that-clauses
(``content_clauses``), and a measure noun before an act ("three rounds of talks")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import kids, misattached_conjunct

from .lexicon import Clause
from .syntax import FINITE_TAGS, pobjs, preps_of

SUM_WORDS = frozenset({"million", "billion", "trillion"})  # tagged NUM, but a sum given is a gift
# "the failure of three rounds of talks", "after weeks of negotiations": a measure of an act
MEASURE_NOUNS = frozenset({"round", "week", "month", "day", "year", "hour", "decade", "series", "wave", "session",
                           "cycle", "spell"})
# speech verbs whose direct object is the party spoken to, not what is said ("told reporters")
AUDIENCE_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief", "notify", "caution", "reassure"})
# the nouns whose infinitive is their owner's own act ("Italy's plan to send aid": Italy sends)
PURPOSE_NOUNS = frozenset({"plan", "decision", "bid", "effort", "attempt", "move", "push", "drive", "intention",
                           "plot", "scheme", "strategy", "initiative", "step", "readiness", "willingness",
                           "determination", "pledge", "promise", "vow", "commitment", "offer", "proposal",
                           # what is asked, agreed or refused: "rejected calls to release X"
                           "call", "appeal", "demand", "request", "plea", "order", "ultimatum", "threat",
                           "invitation", "refusal", "permission", "mandate"})
# verbs with an object and an infinitive of their own ("asked the envoy to leave"): not misattached
OBJECT_CONTROL = frozenset({"ask", "urge", "tell", "order", "invite", "persuade", "force", "request", "press",
                            "call", "encourage", "instruct", "advise", "allow", "authorize", "authorise", "permit",
                            "help", "pressure", "pressurise", "pressurize", "compel", "require", "appeal", "beg",
                            "implore", "prompt", "lead", "cause", "push", "drive", "spur", "oblige"})
ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod"})
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBN"})  # forms a bare infinitive's "to" or modal cannot govern


def joined_acts(act: Token) -> list[Token]:
    """The acts coordinated with a wrapped act in the frame's clause ("agreed to withdraw its troops
    and hold talks", "refused to recognise or negotiate with X", "to stop arming and financing"):
    verbs joined to it, and to each other, with no subject, modal or negation of their own
    ("would respect the law and would not hand him over" are two statements); not a finite verb the
    parser hung on an infinitive, nor a tensed verb joined to a bare one ("urged X to resume talks
    and pressed Y", "proposed a vote": the speaker's own act)."""
    out: list[Token] = []
    todo = [act] if act.pos_ == "VERB" else []
    while todo:
        for c in kids(todo.pop()):
            if c.dep_ == "conj" and c.pos_ == "VERB" and c not in out \
                    and not (act.tag_ == "VB" and c.tag_ in TENSED_TAGS) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "neg") or g.tag_ == "MD" for g in kids(c)) \
                    and misattached_conjunct(c) is None:
                out.append(c)
                todo.append(c)
    return out


def _measured(noun: Token) -> list[Token]:
    """The act a measure noun measures ("rounds of talks" -> talks), or the noun itself."""
    if noun.lemma_.lower() not in MEASURE_NOUNS:
        return [noun]
    return [x for p in preps_of(noun, frozenset({"of"})) for x in pobjs(p)] or [noun]


def _noun_for_to(noun: Token, found: list[Token]) -> list[Token]:
    """"calls for Assad to step down", "its call for Serbia to accept Kosovo": the act a
    noun asks for, which the parser hangs on the noun as a relative clause or on the verb that
    governs the noun; the party named after "for" is its subject."""
    acts = [c for c in kids(noun) if c.dep_ in ("relcl", "acl", "advcl") and c.i > noun.i and _has_to(c)
            and any(g.dep_ == "mark" and g.lower_ == "for" for g in kids(c))]
    doc = noun.doc
    for x in found:
        after = x.right_edge.i + 1
        if x.head.lower_ != "for" or after >= len(doc) or doc[after].lower_ != "to" or doc[after].dep_ != "aux":
            continue
        verb = doc[after].head
        if verb.i > after and verb.pos_ == "VERB" and verb not in acts:
            acts.append(verb)
    return acts


def _has_to(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in kids(tok))


def noun_infinitives(noun: Token) -> list[Token]:
    """The infinitives of a purpose noun ("the decision to withdraw"), including one the parser hung
    on the verb the noun is the object of when a phrase comes between ("criticised Italy's
    decision last week to withdraw": the withdrawal is Italy's, not the critic's)."""
    # (the parser also makes it a relative clause: "signed a deal to supply gas to Poland")
    # (and an xcomp when it reads the noun as a verb: "the UN offer to mediate", with "UN" its subject)
    found = [c for c in kids(noun) if (c.dep_ == "acl" or c.dep_ in ("relcl", "xcomp") and c.i > noun.i
                                       and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in kids(c)))
             and _has_to(c)]
    verb = noun.head
    if not found and noun.dep_ in ("dobj", "obj") and noun.lemma_.lower() in PURPOSE_NOUNS \
            and verb.lemma_.lower() not in OBJECT_CONTROL:
        found = [c for c in kids(verb) if c.dep_ in ("xcomp", "advcl") and c.i > noun.i + 1 and _has_to(c)
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in kids(c))]
    return found


def content_clauses(noun: Token) -> list[Token]:
    """The that-clauses a speech-act noun introduces ("accusations that X smuggled arms", "its
    demand that Baku withdraw"), which the parser makes a clause of the noun, or of the verb
    the noun is the object of when the clause follows the noun ("ignored the US demand that it
    halt ...": "ignored" takes no that-clause of its own there)."""
    found = [c for c in kids(noun) if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and _that_marked(c)]
    if not found and noun.dep_ in ("dobj", "obj"):
        found = [c for c in kids(noun.head) if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1
                 and _that_marked(c)]
    return found


def _that_marked(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(clause))


def misattached_purpose(tok: Token) -> Token | None:
    """The purpose noun an infinitive belongs to when the parser hung it on that noun's verb."""
    head = tok.head
    for obj in kids(head):
        if obj.dep_ in ("dobj", "obj") and obj.i < tok.i and tok in noun_infinitives(obj):
            return obj
    return None


def _only_adverbials_between(tok: Token, end: int) -> bool:
    """Whether the words between ``tok`` and position ``end`` are all the head's own adverbial
    phrases ("in January", "on Monday", "last week")."""
    covered = {t.i for c in kids(tok) if c.dep_ in ADVERBIAL_DEPS and tok.i < c.i < end for t in c.subtree}
    return all(i in covered for i in range(tok.i + 1, end))


def _wrapped(clause: Clause, tok: Token, objs: list[Token], hosts: list[Token],
             obj_noun: Token | None = None, addressees: list[Token] | None = None) -> list[Token]:
    if clause.wrapped == "inf":
        # "to X", not a finite that-clause ("warned that Manila would face ..." is no "warn T to X")
        # nor a finite verb with no "to" ("agreed there was a need", "agreed the crisis required
        # ..."): a that-clause without its "that"; nor a quote before the head ('"We are going to
        # restore order," he told reporters' is what was said, not what reporters were told to do)
        found = [c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > tok.i
                 and not any(g.dep_ == "mark" and g.lower_ == "that" or g.dep_ == "aux" and g.tag_ == "MD"
                             for g in kids(c))
                 and not (c.tag_ in FINITE_TAGS and not _has_to(c))]
        # "the decision to withdraw", "its pledge to hold talks": a noun's infinitive is an acl,
        # also that of the object noun a pattern names ("accepted an invitation to visit Jakarta")
        for noun in (tok, obj_noun):
            if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
                found += [c for c in noun_infinitives(noun) if c not in found]
        if not found:
            # "have sworn to fight": the parser may make the infinitive right after the head an
            # adverbial clause; with nothing between them it is the complement, not a purpose
            # ("agreed in January to improve ...", "vowed on Monday to retaliate": only a time or
            # place phrase of the head's own between them)
            found = [c for c in kids(tok) if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.i > tok.i + 1
                     and tok.doc[c.i - 1].lower_ == "to" and tok.doc[c.i - 1].head.i == c.i
                     and _only_adverbials_between(tok, c.i - 1)
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in kids(c))]
        if not found and addressees:
            # "pushed Riyadh to end the war", "called on Nicaragua to free ...": the parser may
            # make the infinitive after an addressee an adverbial clause
            found = [c for c in kids(tok) if c.dep_ == "advcl" and c.i > addressees[0].i and _has_to(c)
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in kids(c))]
        if clause.target is None:
            # "wants the sanctions to be lifted", "wants Iran to leave": a complement with its own
            # subject is something the speaker wants of another party, not its own intent
            found = [c for c in found if not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c))]
        return found
    if clause.wrapped == "that":
        if tok.pos_ in ("NOUN", "PROPN"):
            return content_clauses(tok)  # "its demand that Baku withdraw", "a warning that it would ..."
        if obj_noun is not None and obj_noun.pos_ in ("NOUN", "PROPN"):
            # the clause of the object noun a pattern names: "backed his allegations that X ..."
            return content_clauses(obj_noun)
        # a clause, even when the tagger made its verb a noun ("demanded that Myanmar release");
        # a clause before a verb that has an object of its own is the sentence the verb was
        # attached to ("A want B - C urged an increase"), not its content; the object of a verb
        # that speaks to someone is its audience, so a quote before it is what was said
        # ('"X must pay," the minister told parliament')
        own_object = tok.lemma_.lower() not in AUDIENCE_VERBS and any(c.dep_ in ("dobj", "obj") for c in kids(tok))
        found = [c for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") and not (own_object and c.i < tok.i) and (
            c.pos_ in ("VERB", "AUX") or any(g.dep_ in ("nsubj", "mark") for g in kids(c)))]
        # "said the aid must reach Gaza and Egyptian troops must stay": a second clause with its own
        # subject joined to the reported one is reported too
        return found + [j for c in found for j in kids(c) if j.dep_ == "conj" and j.pos_ in ("VERB", "AUX")
                        and any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(j))]
    if clause.wrapped == "prep":
        found = [m for h in hosts for p in preps_of(h, clause.wrapped_preps) for x in pobjs(p) for m in _measured(x)]
        if "for" in clause.wrapped_preps and tok.pos_ in ("VERB", "AUX"):
            # "called for Morocco to release the crew", "pushed for the president to resign": the
            # parser hangs a for-to clause on the verb; it is the act asked for, not an act done
            found += [c for c in kids(tok) if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > tok.i
                      and _has_to(c) and (found or any(g.dep_ == "mark" and g.lower_ == "for" for g in kids(c)))]
        if "for" in clause.wrapped_preps and tok.pos_ == "NOUN":
            found += _noun_for_to(tok, found)
        return found
    # "considering sending troops", "stopped sending aid": a gerund complement is the object act
    gerunds = [c for c in kids(tok) if c.dep_ == "xcomp" and c.tag_ == "VBG"] if tok.pos_ == "VERB" else []
    return [o for o in objs if o.pos_ in ("NOUN", "PROPN", "VERB") or o.lower_ in SUM_WORDS] + gerunds
