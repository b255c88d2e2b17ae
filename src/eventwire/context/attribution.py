"""On whose word an event is reported: "X said", "according to X", quotes, nested reports.

The speaker is the subject of the reporting verb the event's clause hangs under (through
complement clauses, quotes attached after the fact: '"...," he told the press'), or the object of
"according to" in the same sentence. A clause conjoined to a report ("X revealed that A, but B")
is part of that report. The speaker is resolved through coreference like any actor; an event
that *is* the speech act ("X accused Y") is not attributed to its own source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors import actor_for
from eventwire.model import ActorMention
from eventwire.nlp import misattached_conjunct, token_columns

from .cues import cues

REPORT_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "conj", "dep")
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
CIRCUMSTANCE_MARKS = frozenset({"after", "before", "since", "until", "once"})


def speaker_verb(anchor: Token) -> Token | None:
    """The nearest reporting verb that governs ``anchor``'s clause."""
    c = cues()
    tok = anchor
    for _ in range(8):
        head = misattached_conjunct(tok) or tok.head
        if tok.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in c.speech_nouns \
                and any(k.dep_ == "mark" and k.lower_ == "that" for k in tok.children):
            return head  # "confirmed the minister's announcement that talks had begun": his report
        if head == tok or tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
            break  # background in a relative clause or a participle on a noun is not the reported content
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.lemma_.lower() in c.speech_verbs:
            break  # "Casting Iran as a menace, X said ...": what the speaker does while speaking, not a report
        if tok.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in CONTRAST_MARKS for k in tok.children):
            break  # "X said A, while Germany said B": a contrasted clause is no part of X's report
        if tok.dep_ == "advcl" and head.lemma_.lower() in c.speech_verbs \
                and any(_circumstance(k) for k in tok.children):
            break  # "Peru recalled its envoy after Mexico threatened ...": when it spoke (or acted), not what
        if tok.dep_ == "acl" and any(k.dep_ == "poss" for k in head.children):
            break  # nor is an owned plan or decision ("said his bid to withdraw was ..."): it is presupposed
        if tok.dep_ == "conj" and head.lemma_.lower() in c.speech_verbs and not _own_subject(tok):
            return None  # "warned Japan and threatened to ...": the speaker's second act, not what it reports
        if head.lemma_.lower() in c.speech_verbs and tok.dep_ in REPORT_DEPS:
            return head
        tok = head
    # a report tagged on after the clause: "North Korea fired missiles, Seoul's military said"
    clause = anchor
    while clause.dep_ in ("conj", "xcomp", "ccomp") and clause.head != clause and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    for child in clause.children:
        if child.dep_ == "parataxis" and child.i > anchor.i and child.lemma_.lower() in c.speech_verbs \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in child.children):
            return child
    # reporting verb as a sibling: "A, but B" where the report governs A only
    root = anchor.sent.root
    if anchor.dep_ == "conj" and anchor.head == root:
        for child in root.children:
            if child.dep_ in ("ccomp", "parataxis") and child.i < anchor.i and root.lemma_.lower() in c.speech_verbs:
                return root
    return None


def _circumstance(word: Token) -> bool:
    """A word that makes its clause the time of the main one: "after", "since" ... as a marker,
    and "when", which the parser attaches as an adverb ("When he was in X, Y told him ...")."""
    return (word.dep_ == "mark" and word.lower_ in CIRCUMSTANCE_MARKS
            or word.dep_ == "advmod" and word.lower_ == "when")


def _own_subject(verb: Token) -> bool:
    return any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in verb.children)


def speaker_tokens(verb: Token) -> list[Token]:
    if verb.pos_ == "NOUN":
        return [c for c in verb.children if c.dep_ == "poss"]  # a report noun's owner
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        return subj
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head != verb:
        return speaker_tokens(verb.head)
    return []


def according_to(anchor: Token) -> list[Token]:
    sent = anchor.sent
    lowers = token_columns(sent.doc)[1]  # (the sentence's words, read without building its tokens)
    for i in range(sent.start, sent.end):
        if lowers[i] == "according" and i + 1 < sent.end and lowers[i + 1] == "to":
            return [c for c in sent.doc[i + 1].children if c.dep_ == "pobj"]
        if lowers[i] in ("quoted", "cited") and i + 1 < sent.end and lowers[i + 1] == "by":
            return [c for c in sent.doc[i + 1].children if c.dep_ == "pobj"]
    return []


def attribute(doc: Doc, anchor: Token, source: ActorMention | None) -> tuple[ActorMention | None, Token | None]:
    """The actor the event is reported by, and the reporting verb (or ``None``)."""
    verb = speaker_verb(anchor)
    tokens = speaker_tokens(verb) if verb is not None else according_to(anchor)
    if verb is not None and verb.pos_ == "NOUN" and source is not None and any(
            (m := actor_for(doc, t)) is not None and m.cameo == source.cameo for t in tokens):
        # "according to X, the premier's pledge that she would ratify the pact ...": the statement is the
        # act itself, reported on X's word
        verb, tokens = None, according_to(anchor)
    for tok in tokens:
        mention = actor_for(doc, tok)
        if mention is not None and mention.cameo:
            return mention, verb
    return None, verb
