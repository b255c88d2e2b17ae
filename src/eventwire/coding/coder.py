"""The pattern coder: from a parsed, actor-resolved article to CAMEO/PLOVER event records.

For every sentence with an actor, each predicate is matched against the lexicon. Frames compose:
"wanted to hold talks with X" is intent(carry(talk-with)) = 036; "refused to meet him" is
reject(meet) = 125. The outermost reading that yields a dyad wins and consumes the tokens of the
readings inside it. One event is emitted per source-target pair (compound actors and plural
referents give several); a pair with the same actor on both sides is not an event.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from eventwire.model import ActorMention, Article, Coder, Event
from eventwire.nlp import article_text, token_span
from eventwire.ontology import cameo_codes, is_symmetric, plover_for

from .arguments import actors_of, first_actor, modifier_actors, owner_actors, source_tokens, verdict_arguments
from .lexicon import Lexicon, default_lexicon
from .matcher import Binding, match

log = logging.getLogger(__name__)

CLAUSE_EDGE_DEPS = {"conj", "cc", "punct"}
PREDICATE_POS = {"VERB", "AUX", "NOUN", "PROPN", "ADJ"}  # the parts of speech a pattern can be anchored on
MAX_TRIGGER_TOKENS = 8
TARGETLESS_CONFIDENCE = 0.6  # an event whose target the text does not name is less certain
# material acts that are events even when the text names no recipient ("troops withdrew", "police
# arrested dozens", "rebels shelled the town"); verbal acts without an addressee are opinions
TARGETLESS_ROOTS = frozenset({"08", "09", "14", "15", "17", "18", "19", "20"})
# a sentence with no other event may still state an appeal, demand or rejection with no named
# addressee; consulting, cooperating and statements always need a second party
NEEDS_TARGET = frozenset({"01", "04", "05", "06"})
REFUSABLE_ROOTS = frozenset({"03", "05", "06", "07", "08"})


@dataclass
class Reading:
    """One way to code a predicate: its code, the rules that produced it, and its target slot."""

    code: str
    rules: list[str]
    binding: Binding
    targets: list[Token]
    fallback: list[Token]  # noun phrases that may name the target ("rejected Iran's proposal")
    consumed: set[int]
    confidence: float
    no_target: bool
    plover: str | None = None
    inner: list[Binding] = field(default_factory=list)
    size: int = 1  # how many words the patterns constrain
    default: bool = False  # a frame's default code: no action pattern matched inside it
    incomplete: bool = False  # a "with T" pattern matched without its "with" (reciprocal use only)
    missing_preps: frozenset[str] = frozenset()  # the prepositions the missing target would follow
    needs_target: bool = False
    # the predicate whose clause tells when and whether the act happens, when it is not the head:
    # "announced that it will start talks" is the talks, planned ("will"), not the announcement
    context_anchor: Token | None = None

    @property
    def head(self) -> Token:
        return self.binding.head


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, doc: Doc, sent: Span) -> None:
        self.lex = lexicon
        self.doc = doc
        self.sent = sent
        self.lemmas = {t.lemma_.lower() for t in sent}
        self.actions: dict[int, list[Binding]] = {}
        self.frames: dict[int, list[Binding]] = {}
        self._readings: dict[int, list[Reading]] = {}

    def bind(self) -> None:
        for tok in self.sent:
            if tok.pos_ not in PREDICATE_POS:
                continue
            # a list, not a set: the order patterns are tried must not depend on the hash seed
            keys = list(dict.fromkeys((tok.lemma_.lower(), tok.lower_)))
            for table, out in ((self.lex.by_head, self.actions), (self.lex.frames_by_head, self.frames)):
                found = [table[k] for k in keys if k in table]
                if not found:
                    continue
                patterns = found[0] if len(found) == 1 else list({id(p): p for f in found for p in f}.values())
                discards = [d for key in keys for d in self.lex.discards_by_head.get(key, [])]
                for pattern in sorted(patterns, key=lambda p: -p.size):
                    b = match(pattern, tok)
                    if b is not None and not self._discarded(b, discards):
                        out.setdefault(tok.i, []).append(b)

    def _discarded(self, b: Binding, discards) -> bool:
        for d in discards:
            if d.scope == "object":
                # the head's own modifiers and objects, not its subject or adverbials
                near = [c for c in b.head.children if c.dep_ in ("dobj", "obj", "pobj", "attr", "compound", "amod",
                                                                  "nmod", "prep", "prt")]
                words = {t.lemma_.lower() for c in near for t in c.subtree}
            else:
                words = self.lemmas
            if d.context & words:
                return True
        return False

    def readings(self, tok: Token, depth: int = 0) -> list[Reading]:
        """Every reading of the predicate at ``tok``, most specific first (frames before actions)."""
        if tok.i in self._readings:
            return self._readings[tok.i]
        self._readings[tok.i] = []  # guards against cycles
        out: list[Reading] = []
        if depth < 4:
            for fb in self.frames.get(tok.i, []):
                out += self._frame_readings(fb, depth)
        for b in self.actions.get(tok.i, []):
            p = b.pattern
            # "expelled the Canadian ambassador": the object the pattern names may carry the target
            out.append(Reading(p.cameo, [p.id], b, b.targets, list(b.obj_nouns), set(b.consumed), p.confidence,
                               p.no_target, p.plover, size=b.size, incomplete=b.prep_missing,
                               missing_preps=b.missing_preps, needs_target=p.needs_target))
        # the most specific complete reading first; a frame that found no action inside it (its
        # default code) yields to a direct pattern that says more ("refused to send troops")
        out.sort(key=lambda r: (r.incomplete, r.default, -r.size, -r.confidence))
        self._readings[tok.i] = out
        return out

    def _frame_readings(self, fb: Binding, depth: int) -> list[Reading]:
        p = fb.pattern
        out = []
        for x in fb.wrapped:
            inner = self.readings(x, depth + 1)
            addressee = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")] \
                if p.frame in ("appeal", "demand", "allege") and p.clause.wrapped in ("that", "inf") else []
            # a noun after "to" that no pattern knows is no act ("agreed to a date", "invited to dinner")
            for r in inner or ([] if fb.nominal_wrapped else [None]):
                code = self.lex.frame_code(p.frame, r.code if r else None)
                if code is None:
                    continue
                # "demanded that Myanmar release ...": the party asked to act is the target;
                # "rejected North Korea's demand to ...": the maker of the act named by the noun
                if not addressee and r is None and p.frame == "threaten" and p.clause.wrapped == "that":
                    # "warned that Manila would face consequences": who is to suffer is the target
                    addressee = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
                targets = fb.targets or addressee or self._maker(x) or (r.targets if r else [])
                # "refuses to accept Syria's denials": the wrapped verb's object may name the target
                # "wants the sanctions to be lifted": a passive complement's subject may name it too
                fallback = (r.fallback if r else []) + [x] + [c for c in x.children
                                                             if c.dep_ in ("dobj", "obj", "nsubjpass")]
                consumed = set(fb.consumed) | (r.consumed if r else {x.i})
                out.append(Reading(
                    code, [p.id] + (r.rules if r else []), fb, targets, fallback, consumed,
                    p.confidence * (r.confidence if r else 0.7),
                    r.no_target if r else False,
                    r.plover if r and r.code == code else None,
                    [fb] + (r.inner if r else []),
                    size=fb.size + (r.size if r else 0),
                    default=r is None,
                    incomplete=fb.prep_missing or (r.incomplete if r else False),
                    missing_preps=fb.missing_preps | (r.missing_preps if r else frozenset()),
                    needs_target=fb.pattern.needs_target or (r.needs_target if r else False),
                    context_anchor=_transparent_clause(code, r, x),
                ))
        return out


    def _maker(self, x: Token) -> list[Token]:
        """The possessor or national modifier of a wrapped noun that names an act ("Iran's
        offer", "a US request"), when it is an actor."""
        if x.pos_ not in ("NOUN", "PROPN"):
            return []
        mods = [c for c in x.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < x.i]
        return mods if actors_of(self.doc, mods) else []


class EventCoder:
    """Record-level stage: ``process(article, doc) -> events``."""

    def __init__(self, lexicon: Lexicon | None = None, targetless: bool = True) -> None:
        self.lex = lexicon or default_lexicon()
        self.codes = cameo_codes()
        self.targetless = targetless

    def process(self, article: Article, doc: Doc) -> list[Event]:
        actors = doc._.ew_actors or {}
        discarded = doc._.ew_discarded or set()
        events: list[Event] = []
        for n, sent in enumerate(doc.sents):
            if sent.start in discarded or not any(tok.i in actors for tok in sent):
                continue  # no actor, no event: skip the matching work
            events += self.code_sentence(article, doc, sent, n)
        return events

    def code_sentence(self, article: Article, doc: Doc, sent: Span, n: int) -> list[Event]:
        sc = SentenceCoder(self.lex, doc, sent)
        sc.bind()
        heads = sorted(set(sc.actions) | set(sc.frames), key=lambda i: (_depth(doc[i]), i))
        consumed: set[int] = set()
        arguments: set[int] = set()  # tokens coded events took their sources from
        events: list[Event] = []
        seen: set[tuple] = set()
        # two passes: events with both actors first; then, for predicates still unused, an event
        # whose target the text does not name ("protesters rallied", "NATO declined to comment")
        for targetless in (False, True):
            if targetless and not self.targetless:
                break
            fallback_only = targetless and bool(events)
            for i in heads:
                if i in consumed:
                    continue
                for reading in sc.readings(doc[i]):
                    if _purpose_says_more(sc, reading):
                        continue
                    if targetless and i in arguments:
                        break  # "killed by a Taliban bomb": the bomb is that killing's agent, not an event
                    found = self._events(article, doc, sent, n, reading, targetless, fallback_only,
                                         consumed, arguments)
                    if not found:
                        continue
                    consumed |= reading.consumed | _content(reading)
                    for ev in found:
                        key = _dedup_key(ev)
                        if key not in seen:
                            seen.add(key)
                            events.append(ev)
                    break
        return _talks_over_visits(events)

    def _events(self, article: Article, doc: Doc, sent: Span, n: int, r: Reading,
                targetless: bool = False, fallback_only: bool = False, consumed: set[int] | None = None,
                arguments: set[int] | None = None) -> list[Event]:
        b = r.binding
        if r.code not in self.codes:
            log.debug("rule %s produced unknown code %s", r.rules, r.code)
            return []
        src_tokens = source_tokens(b, self.lex.event_nouns)
        target_tokens, fallback = r.targets, r.fallback
        if b.pattern.verdict:
            # "the plan was illegal, Syria said": the speaker judges the owner of the thing judged
            found = verdict_arguments(b.head)
            if found is None:
                return []
            speech, src_tokens, target_tokens = found
            fallback = []
            # the report is the event itself (not attributed to its own speaker); the evidence
            # runs from the thing judged to the judgement
            r = replace(r, consumed=r.consumed | {speech.i})
        if targetless and consumed and any(t.i in consumed for t in src_tokens):
            return []  # "air strikes on Gaza killed five": the killing restates the strikes, coded already
        sources = first_actor(doc, src_tokens) if b.pattern.pos == "noun" else actors_of(doc, src_tokens)
        if not sources and b.pattern.pos == "verb":
            sources = modifier_actors(doc, src_tokens)
        if not sources and b.pattern.reverse:
            sources = owner_actors(doc, src_tokens)  # "Trump's decision angered Baghdad"
        targets = actors_of(doc, target_tokens)
        if not targets and len(sources) >= 2 and is_symmetric(r.code) and not r.no_target:
            targets = []  # "the two countries signed a protocol ...": each other, not an actor deeper in
        elif not targets:
            targets = owner_actors(doc, target_tokens, sources, venues=not _meeting(r.code)) \
                or (modifier_actors(doc, target_tokens) if b.pattern.verdict else [])
        if not targets and not (len(sources) >= 2 and is_symmetric(r.code)):
            for tok in fallback:
                targets = [a for a in actors_of(doc, [tok]) if not _same_actor(a, sources)] \
                    or owner_actors(doc, [tok], sources, venues=not _meeting(r.code))
                if targets:
                    break
        if not b.pattern.has_source and not sources and len(targets) >= 2:
            sources, targets = targets[:1], targets[1:]  # "talks between X and Y"
        pairs: list[tuple[ActorMention, ActorMention | None]] = []
        if not targets and len(sources) >= 2 and not r.no_target and (is_symmetric(r.code) or _reciprocal(sent, r)):
            # "the two countries severed ties", "the US, Russia and Switzerland met": each pair
            # once; an exchange ("swapped prisoners", "exchanged fire") is one act per giver
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if not _same_dyad(a, b)]
            if not is_symmetric(r.code) and r.head.lemma_.lower() in EXCHANGE_VERBS:
                pairs += [(b, a) for a, b in pairs]
            sources = []
        if not sources and not pairs:
            return []
        for s in sources:
            valid = [t for t in targets if not _same_dyad(s, t)]
            if valid:
                pairs += [(s, t) for t in valid]
            elif (r.incomplete and not r.no_target) or r.needs_target:
                continue  # only a reciprocal subject makes up for the missing "with T"
            elif not targets and (r.no_target or (targetless and r.code[:2] in TARGETLESS_ROOTS)
                                  or (targetless and not fallback_only and r.code[:2] not in NEEDS_TARGET)):
                pairs.append((s, None))
        if r.binding.pattern.reverse:
            # "the move angered Ankara": the party that reacts is the source; no reaction, no event
            pairs = [(t, s) for s, t in pairs if t is not None]
        confidence = 1.0 if not targetless or r.no_target else TARGETLESS_CONFIDENCE
        refused = self._announced_refusal(r)
        if refused:
            r = refused
        if arguments is not None and pairs:
            arguments.update(t.i for t in src_tokens)
        span_tokens = src_tokens + (target_tokens if b.pattern.verdict else [])
        return [self._event(article, doc, sent, n, r, s, t, span_tokens, confidence) for s, t in pairs]

    def _announced_refusal(self, r: Reading) -> Reading | None:
        """ "would not provide support", "will not lift sanctions": an announced refusal of a
        cooperative act is the act's rejection code (12x), dated and marked as planned; a plain
        past negation ("did not meet") stays the act itself, negated. Meetings and visits keep
        their own code ("will not attend" is a negated visit)."""
        head = r.head
        negs = [c for c in head.children if c.dep_ == "neg" and c.i not in r.consumed]
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in head.children)
        if not negs or not future or r.code[:2] not in REFUSABLE_ROOTS:
            return None
        code = self.lex.frame_code("reject", r.code)
        if not code or code == r.code:
            return None
        from dataclasses import replace

        return replace(r, code=code, rules=["negated-future", *r.rules], consumed=r.consumed | {c.i for c in negs},
                       plover=None)

    def _event(self, article, doc, sent, n, r: Reading, source, target, src_tokens, weight: float = 1.0) -> Event:
        code = self.codes[r.code]
        if target is not None and target.role == "capital" and r.code[:2] in ("18", "19", "20"):
            # "fired shells at Seoul": a capital under attack is a place, so the bare country
            from dataclasses import replace

            target = replace(target, cameo=target.country, sector=None)
        start, end = _clause_span(doc, r, src_tokens, sent)
        tstart, tend = _trigger_span(doc, r)
        confidence = r.confidence * weight
        for actor in (source, target):
            if actor is not None and actor.resolved_by == "coreference":
                confidence *= 0.85
            elif actor is not None and actor.resolved_by == "fuzzy":
                confidence *= 0.9
        ev = Event(
            doc_id=article.doc_id,
            sentence=n,
            evidence=article.text[start:end],
            evidence_span=[start, end],
            trigger=article.text[tstart:tend],
            trigger_span=[tstart, tend],
            source=source.actor(),
            target=target.actor() if target else None,
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=plover_for(code.code, r.plover),
            confidence=min(confidence, 0.99),
            coder=Coder("pattern", "+".join(r.rules)),
            flags=[f for a in (source, target) if a is not None for f in a.flags],
            anchor=(r.context_anchor or r.head).i,
            trigger_tokens=sorted(r.consumed),
            source_ref=source,
            target_ref=target,
        )
        return ev


def _meeting(code: str) -> bool:
    """Consultations (04x) happen *in* a city, and so do refusals ("refused to negotiate in
    Geneva": a rejection's target is who asked); other acts done in a city may be done to it."""
    return code[:2] in ("04", "12")


def _transparent_clause(code: str, inner: Reading | None, x: Token) -> Token | None:
    """The wrapped clause of a frame that passes its act's code through unchanged ("announced
    that it will deploy troops" is the deployment): that clause carries the act's own time and
    modality. Frames that turn the act into a speech act (an offer, a demand) keep their head."""
    if inner is None or inner.code != code or x.dep_ != "ccomp" or x.pos_ not in ("VERB", "AUX"):
        return None
    return inner.context_anchor or x


CONTENT_ROOTS = {"11", "12", "13", "10", "02"}
CONTENT_PREPS = {"of", "for", "over", "about", "against"}


def _content(r: Reading) -> set[int]:
    """The content of an accusation, criticism or demand ("accused Iran *of attacking ships*") is
    not an event of its own: its tokens are used up by the speech act."""
    if r.code[:2] not in CONTENT_ROOTS:
        return set()
    out: set[int] = set()
    for host in [r.head, *[b.head for b in r.inner]]:
        for child in host.children:
            if (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS) or child.dep_ in ("ccomp", "pcomp"):
                out.update(t.i for t in child.subtree)
    return out


RECIPROCAL_VERBS = {"exchange", "clash", "trade", "swap", "skirmish", "reconcile", "agree", "unite", "ally", "sever",
                    "break", "cut", "restore", "establish", "normalize", "normalise", "resume", "sign", "fight"}
EXCHANGE_VERBS = {"exchange", "swap", "trade"}
# a pattern whose target follows one of these reads reciprocally with a compound subject and no
# target: "X and Y upgraded their ties" is "upgraded ties with each other"; "on|against T" is not
RECIPROCAL_PREPS = frozenset({"with", "between", "among", "amongst"})


def _reciprocal(sent: Span, r: Reading) -> bool:
    """Whether a compound subject acts on itself: "Israel and Hamas exchanged fire", "the two
    sides clashed", "Kenya and Uganda reopened their border", "... fought each other"."""
    if r.head.lemma_.lower() in RECIPROCAL_VERBS or r.missing_preps & RECIPROCAL_PREPS:
        return True
    text = sent.text.lower()
    return any(w in text for w in (" each other", " one another", " together", " mutual", " jointly", " bilateral"))


VISIT_CODES = ("042", "043")


def _talks_over_visits(events: list[Event]) -> list[Event]:
    """ "flew to Paris and held talks with Macron": talks held during a visit take precedence over
    the visit for that pair (the visit says less about the same encounter)."""
    def pair(e: Event) -> frozenset:
        # by country: "arrived in Seoul (KOR) and held talks with Moon (KORGOV)" is one encounter
        return frozenset((e.source.country or e.source.cameo, e.target.country or e.target.cameo))

    talks = {pair(e) for e in events if e.target and e.cameo[:3] == "046"}
    if not talks:
        return events
    return [e for e in events if not (e.target and e.cameo in VISIT_CODES and pair(e) in talks)]


def _purpose_says_more(sc: SentenceCoder, r: Reading) -> bool:
    """ "arrived in New York to attend the General Assembly": a trip whose purpose clause is itself
    a meeting or visit is coded once, as the purpose (it names the counterpart)."""
    if r.code[:2] != "04":
        return False
    for child in r.head.children:
        if child.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in child.children):
            if any(x.code[:2] == "04" and x.targets for x in sc.readings(child)):
                return True
    return False


def _depth(tok: Token) -> int:
    d = 0
    while tok.head is not tok and d < 50:
        tok = tok.head
        d += 1
    return d


def _same_actor(actor: ActorMention, others: list[ActorMention]) -> bool:
    return any(_same_dyad(o, actor) for o in others)


def _same_dyad(a: ActorMention, b: ActorMention) -> bool:
    """An event needs two different actors: same code, same entity, or a country and one of its
    own unnamed parts ("the American side" and "Trump") is not a dyad."""
    if a.cameo == b.cameo:
        return True
    if a.id and a.id == b.id and not a.id.startswith("country:"):
        return True  # the same person or organisation; a country's parts are different actors
    if a.country and a.country == b.country and (not a.sector or not b.sector):
        return True
    return False


def _dedup_key(ev: Event) -> tuple:
    pair = (ev.source.cameo if ev.source else None, ev.target.cameo if ev.target else None)
    if is_symmetric(ev.cameo):
        pair = tuple(sorted(pair, key=lambda x: x or ""))
    return (ev.sentence, ev.cameo, pair)


def _clause_span(doc: Doc, r: Reading, src_tokens: list[Token], sent: Span) -> tuple[int, int]:
    """The clause that states the event: the predicate's subtree without trailing conjuncts,
    widened to the source when the subject was inherited from a governing verb."""
    head = r.head
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in CLAUSE_EDGE_DEPS and child.i > head.i:
            skip.update(t.i for t in child.subtree)
    idx = [t.i for t in head.subtree if t.i not in skip]
    for tok in src_tokens:
        if sent.start <= tok.i < sent.end:
            idx += [t.i for t in tok.subtree if t.dep_ not in ("relcl", "acl") or t is tok]
    lo, hi = min(idx), max(idx)
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    return token_span(doc, doc[lo], doc[hi])


def _trigger_span(doc: Doc, r: Reading) -> tuple[int, int]:
    tokens = sorted(r.consumed)
    if tokens[-1] - tokens[0] >= MAX_TRIGGER_TOKENS:
        tokens = [r.head.i]
    return token_span(doc, doc[tokens[0]], doc[tokens[-1]])


__all__ = ["EventCoder", "article_text"]
