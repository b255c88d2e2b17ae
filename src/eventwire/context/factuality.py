"""Whether an event happened: asserted, denied, negated or hypothetical, with the right scope.

* denied: the event sits in the content of a denial ("rubbished the report that X offered",
  "denied that X met Y"); the denier is returned for ``attributed_to``.
* negated: the predicate itself is negated ("did not meet", "never met", "no talks took place",
  "failed to agree"), unless the negation is part of the coded act ("would not certify" is a
  rejection; the lexicon consumed its "not").
* hypothetical: modality on the predicate or on a verb that governs it ("will visit", "plans to
  impose", "expected to meet"), conditionals and questions. The speech acts that CAMEO codes as
  events - offers, promises, threats, demands, refusals - are asserted when they were made: only
  modality *above* the frame makes them hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import misattached_conjunct, sentence_text, shared_negation

from .cues import cues

CLAUSE_UP_DEPS = ("xcomp", "conj", "acl", "relcl", "advcl", "ccomp", "pcomp", "pobj", "prep", "dobj", "nsubj",
                  "nsubjpass", "attr", "appos")


def _has_neg(tok: Token, consumed: set[int]) -> bool:
    cues()
    for child in tok.children:
        if child.i in consumed:
            continue
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in ("never", "no")):
            return True
    return False


def _own_past(tok: Token) -> bool:
    """A clause in the past tense with its own subject, hung on another ("..., while Hungary
    blocked the package"): its tense is its own, not the modal above it."""
    return tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _modal(tok: Token) -> bool:
    c = cues()
    return any(ch.dep_ == "aux" and (ch.lower_ in c.modal_hypothetical or ch.tag_ == "MD") for ch in tok.children) \
        or any(ch.dep_ == "aux" and ch.lower_ == "going" for ch in tok.children)


def _conditional(tok: Token) -> bool:
    return any(ch.dep_ == "mark" and ch.lower_ in cues().conditional_marks for ch in tok.children)


def denial(anchor: Token) -> Token | None:
    """The denying verb whose content contains ``anchor``, if any."""
    c = cues()
    tok = anchor
    for _ in range(8):
        head = tok.head
        if head == tok:
            return None
        lemma = head.lemma_.lower()
        if lemma in c.report_nouns and tok.dep_ in ("acl", "ccomp", "relcl", "appos"):
            verb = head.head
            if head.pos_ == "NOUN" and verb.lemma_.lower() in c.denial_verbs \
                    and head.dep_ in ("dobj", "obj", "pobj", "nsubjpass"):
                return verb
            # "reports that Egypt had closed the crossing were false": the report judged untrue
            false = next((a for a in verb.children if a.dep_ == "acomp" and a.lower_ in c.false_predicates), None) \
                if head.dep_ == "nsubj" and verb.lemma_ == "be" else None
            if false is not None:
                return false
            # the tagger may misread "rubbished claims that ...": the denial word ends up a modifier
            for mod in head.children:
                if mod.dep_ in ("amod", "compound", "nsubj", "advmod") and _denial_word(mod.lower_):
                    return mod
        if lemma in c.denial_verbs and tok.dep_ in ("ccomp",):
            return head
        if lemma == "deny" and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "pcomp", "ccomp"):
            return head  # "Iran denied sending drones to Russia" (not "rejected holding talks")
        tok = head
    return None


def _denial_word(word: str) -> bool:
    return any(word.startswith(v[:6]) for v in cues().denial_verbs if len(v) >= 4)


def presupposed_noun(anchor: Token, consumed: set[int]) -> bool:
    """An event noun with a time of its own that is what another act is about ("would not
    certify the agreement of 2015", "will not honour the 1994 accord") happened, whatever the
    modality of the act about it. A noun the event's own pattern governs ("will hold talks") is
    governed by that modality."""
    if anchor.pos_ not in ("NOUN", "PROPN") or anchor.dep_ not in ("dobj", "pobj"):
        return False
    governor = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i in consumed or anchor.head.i in consumed:
        return False
    own_time = [d for c in anchor.children if c.dep_ in ("prep", "compound", "nummod", "amod", "poss")
                and (c.dep_ != "prep" or c.lower_ == "of") for d in c.subtree]
    return any(d.ent_type_ == "DATE" and (d.like_num or d.lower_ in ("last", "previous")) for d in own_time)


def scheduled_verbs(verb: Token) -> list[Token]:
    """The verbs a scheduling predicate puts ahead: "[talks] are due to resume", "is set to
    open", "are expected to take place" give [resume], [open], [take]; none for other verbs."""
    c = cues()
    head = verb
    if verb.lemma_ == "be":
        head = next((a for a in verb.children if a.dep_ == "acomp" and a.lemma_.lower() in c.schedule_words), None)
    elif verb.lemma_.lower() not in c.schedule_words:
        return []
    if head is None:
        return []
    out = [x for x in head.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")]
    return out + [y for x in out for y in x.children if y.dep_ == "xcomp" and y.pos_ in ("VERB", "AUX")]


def _scheduling(verb: Token) -> bool:
    """A predicate that puts what it is for ahead: "is expected", "is scheduled", "is due" (not
    an active "set the course for")."""
    words = cues().schedule_words
    if verb.lemma_ == "be":
        return any(a.dep_ == "acomp" and a.lemma_.lower() in words for a in verb.children)
    return verb.lemma_.lower() in words and (verb.pos_ == "ADJ" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


def takes_effect_now(verb: Token) -> bool:
    """ "will leave the bloc with immediate effect", "withdraws, effective immediately": an act
    announced as taking effect at once is done when announced, whatever its modal."""
    c = cues()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            if any(o.lemma_ == "effect" and any(m.lower_ in c.immediate_words for m in o.children)
                   for o in child.children if o.dep_ == "pobj"):
                return True
        elif child.dep_ in ("advmod", "advcl", "acomp", "amod") and child.lower_ == "effective" \
                and any(m.lower_ in c.immediate_words for m in child.children):
            return True
    return False


def _absence(anchor: Token, absence_verbs: frozenset[str]) -> bool:
    """The act is an attendance that did not happen: its predicate is a verb of absence ("skip"),
    alone or with its particle ("stay away")."""
    lemma = anchor.lemma_.lower()
    return lemma in absence_verbs or any(
        f"{lemma} {child.lower_}" in absence_verbs for child in anchor.children if child.dep_ in ("advmod", "prt"))


def classify(anchor: Token, consumed: set[int], frame_heads: set[int],
             stance: bool = False) -> tuple[str, Token | None]:
    """``(factuality, denying verb)`` for an event whose predicate is ``anchor``. ``stance``: the
    act is a statement of disapproval or a threat made by negating a future act ("will not
    tolerate attacks", "would not allow a corridor"): saying so is the event, so the modal on
    the predicate itself does not make it hypothetical."""
    c = cues()
    denier = denial(anchor)
    if denier is not None:
        return "denied", denier
    inner = [anchor.doc[i] for i in sorted(consumed) if anchor.doc[i].pos_ in ("VERB", "AUX", "NOUN")]
    # negation on the predicate or the words the pattern used ("did not hold talks", "no talks")
    for tok in [anchor, *inner]:
        if _has_neg(tok, consumed):
            return "negated", None
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass") \
            and anchor.head.lemma_.lower() in c.occurrence_verbs and _has_neg(anchor.head, consumed):
        return "negated", None  # "the planned meeting did not take place", "talks never resumed"
    if any(s.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" for d in s.children)
           for s in anchor.children):
        return "negated", None  # "Neither Peru nor Chile attended", "neither side has signed"
    if anchor.lemma_.lower() in c.negating_verbs and anchor.i not in frame_heads:
        return "negated", None
    if _absence(anchor, c.absence_verbs):
        return "negated", None  # "skipped the summit", "stayed away from the talks": no attendance
    if anchor.pos_ in ("NOUN", "PROPN") and any(m.dep_ in ("amod", "compound") and m.lower_ in c.plan_modifiers
                                                 for m in anchor.children):
        return "hypothetical", None  # "the planned visit", "upcoming talks"
    if presupposed_noun(anchor, consumed):
        return "asserted", None
    if takes_effect_now(anchor):
        return "asserted", None  # "would leave the bloc with immediate effect": done by saying so
    if anchor.pos_ in ("VERB", "AUX") and scheduled_verbs(anchor) \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in anchor.children):
        return "hypothetical", None  # talks anchored on their clause: "[talks] are due to resume"
    # modality: on the predicate, and on each verb above it up to the reporting verb
    tok = anchor
    for step in range(6):
        if (_modal(tok) and not (stance and step == 0)) or _conditional(tok):
            return "hypothetical", None
        # (a finite conjunct the parser hung on an infinitive belongs with the finite verb above:
        # "warned that it will treat X as war and threatens to ..." is no "will threaten")
        head = misattached_conjunct(tok) or tok.head
        if head == tok or tok.dep_ not in CLAUSE_UP_DEPS or tok.dep_ == "relcl" \
                or (tok.dep_ == "acl" and tok.tag_ == "VBN") \
                or _own_past(tok):
            # a relative clause states its own fact ("the deal, which lifted sanctions"), and so
            # does a participle on a noun ("threatened to cut ties over exiles jailed in X"), and
            # a clause with a tense of its own ("would deliver a system, while Hungary blocked aid")
            break
        negation = shared_negation(tok)
        if negation is not None and negation.i not in consumed:
            return "negated", None  # "did not attack the town or shell the village"
        lemma = head.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") and scheduled_verbs(head):
            return "hypothetical", None  # "talks are due to resume", "the summit is set to open"
        if lemma in c.speech_verbs:
            break  # "X said Y attacked": the report's own modality is not the event's
        if lemma in c.negating_verbs and tok.dep_ == "xcomp":
            return "negated", None
        if lemma in c.plan_verbs and tok.dep_ in ("xcomp", "ccomp") and head.i not in frame_heads:
            return "hypothetical", None
        if tok.dep_ == "prep" and tok.lower_ == "for" and _scheduling(head):
            return "hypothetical", None  # "is expected in Ankara for talks", "is due in Oslo for talks"
        if lemma in c.plan_nouns and tok.dep_ == "acl" and head.pos_ == "NOUN" and head.i not in frame_heads:
            return "hypothetical", None  # "plans to lift the embargo": the act is planned, not done
        if head.pos_ in ("VERB", "AUX") and _has_neg(head, consumed) and tok.dep_ == "xcomp":
            return "negated", None
        tok = head
    if sentence_text(anchor.sent).rstrip().endswith("?"):
        return "hypothetical", None
    return "asserted", None
