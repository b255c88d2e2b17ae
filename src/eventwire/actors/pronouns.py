"""Pronouns: "he", "they", "it", "its", "whose", and "we" or "I" inside a quotation (its
speaker). A pronoun points at the most salient compatible actor named before: the reporter of
its clause ("Turkey said it would ..."), the party told what it must do ("warned Tehran that it
must stop"), the subject of a clause it is coordinated with, the last candidate of its own
sentence, else the last subject before; the empty "it" of "it is clear that" is no actor.

``PronounReferences`` is the part of ``CoreferenceResolver`` (coref.py) that resolves them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import kids

from .antecedents import _SPEECH, Entry, _clause_subject, _distinct, _is_subject, _point
from .reference_words import GROUP_PRONOUNS, PERSON_PRONOUNS


class PronounReferences:
    """Resolves pronouns (a part of ``CoreferenceResolver``)."""

    _items: dict[int, ActorMention]
    _groups: list[Entry]

    def _pronoun(self, doc: Doc, tok: Token, base: ActorMention, recent: list[Entry], sentence: int,
                 subject_entities: dict[int, str]) -> ActorMention | None:
        """ "he", "they", "it", "its": the most salient compatible actor named before (a person for
        "he", no person for "they", a state, government or organisation for "it"), never its own
        clause's subject when it is an object; "they" after a pair that was the subject is the pair."""
        low = tok.lower_
        excluded = set()
        # "the soldiers they had held": not the noun its own clause modifies
        modified = tok.head.head.i if _is_subject(tok) and tok.head.dep_ == "relcl" else None
        recent = [e for e in recent if e.token.i != modified]
        # (a possessive may be the subject's own: "X met his counterpart"; object "her" may not)
        if not _is_subject(tok) and low not in ("his", "their", "its") and not (low == "her" and tok.dep_ == "poss"):
            subj = _clause_subject(tok)
            if subj is not None:
                key = subject_entities.get(subj.head.i)
                if key:
                    excluded.add(key)
                if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
                    # "crowds who threw stones at them": the relative pronoun is the noun its clause
                    # modifies, so an object pronoun of that clause is someone else
                    excluded.update(e.key for e in recent if e.token.i in _modified_nouns(subj.head))
                # nor one of a compound subject: "Russia and China voted against it" is
                # neither of them
                partners = {c.i for c in subj.conjuncts}
                if partners:
                    excluded.update(e.key for e in recent if e.token.i in partners)
        if low in PERSON_PRONOUNS:
            # a person, named or by a singular title ("the Japanese prime minister said he ...")
            pool = [e for e in recent if e.key not in excluded and (e.is_person or (
                self._is_person_like(e) and e.token.tag_ in ("NN", "NNP")))]
        elif low in GROUP_PRONOUNS:
            pool = [e for e in recent if not e.is_person and e.key not in excluded]
        else:
            if low == "it" and _expletive(tok):
                return None
            # a state, its government or an organisation; any body when it reports the
            # clause ("the Israeli military said it had struck ...")
            reporter = _reporter(tok)
            # (not a plural noun unless it reports the clause: "M23 rebels who said they had
            # captured Goma, and it cut ties" is the state; "the police said it would" the police)
            pool = [e for e in recent if not e.is_person and e.key not in excluded and sentence - e.sentence <= 1
                    and (reporter is not None and e.token.i == reporter.i and not self._is_person_like(e)
                         or e.token.tag_ != "NNS" and e.token.lower_ not in GROUP_PRONOUNS
                         and (e.mention.sector in (None, "GOV") or (e.mention.id or "").startswith("org:")))]
        pick = _salient(pool, sentence, tok, self._quoted(doc))
        if low == "they" and _is_subject(tok):
            group = self._subject_group(tok, pool, sentence)
            if group is not None:
                # "The two countries clashed in May ... they fought over the temple": the pair
                members = [replace(m, text=base.text, start=base.start, end=base.end, resolved_by="coreference")
                           for m in group.mention.members]
                return replace(base, members=members, name=group.mention.name)
            pair = _subject_pair(pick, pool) if pick is not None else []
            if pair:
                members = [_point(base, e, doc, tok) for e in pair]
                return replace(base, members=members, name=" and ".join(m.name or m.cameo or "" for m in members))
        if low == "them" and tok.dep_ == "pobj" and tok.head.lower_ in PAIRING_PREPS and pick is not None:
            # "urged Addis Ababa and Mogadishu to talk and offered to mediate between them": what
            # stands "between" is several parties, those its antecedent was named together with
            together = _named_together(pick, pool)
            if together:
                members = [_point(base, e, doc, tok) for e in together]
                return replace(base, members=members, name=" and ".join(m.name or m.cameo or "" for m in members))
        if low in ("them", "they"):
            group = self._group_just_named(tok, pool, sentence)
            if group is not None:
                # "spoke to both leaders and urged them to ...": the pair just named, not a party
                # named before it in the sentence ("X, who chairs the bloc, ...")
                members = [replace(m, text=base.text, start=base.start, end=base.end, resolved_by="coreference")
                           for m in group.mention.members]
                return replace(base, members=members, name=group.mention.name)
        return _point(base, pick, doc, tok) if pick else None

    def _speaker(self, doc: Doc, tok: Token, history: list[Entry], sentence: int) -> Entry | None:
        """ 'X said: "We are prepared to talk"': "we" and "I" inside a quotation are its speaker,
        the subject of the reporting verb next to the quotation (in this or the previous sentence)."""
        quoted = self._quoted(doc)
        sent = tok.sent
        for cand in list(sent) + list(doc[max(0, sent.start - 40):sent.start]):
            if cand.i in quoted or cand.dep_ not in ("nsubj",) or cand.head.lemma_ not in _SPEECH:
                continue
            entry = next((e for e in reversed(history) if e.token.i == cand.i), None)
            if entry is not None:
                return entry
            named = self._items.get(cand.i) if cand.i > tok.i else None
            if named is not None and named.cameo:
                # '"We will not allow it," Netanyahu said': a speaker named after the quotation
                return Entry(named, sentence, cand, True)
        return None

    def _subject_group(self, tok: Token, pool: list[Entry], sentence: int) -> Entry | None:
        """The pair ("the two countries", "both sides") that is the main subject of this sentence
        or the one before, when no party was the main subject since: a "they" after it is the pair.
        (Only a pair: "the three juntas ... They said" is left to the usual reading.)"""
        group = next((g for g in reversed(self._groups) if g.token.i < tok.i and 0 <= sentence - g.sentence <= 1
                      and _main_subject(g.token)), None)
        if group is None or len(group.mention.members) != 2 or any(e.token.i > group.token.i and e.token.i < tok.i and _main_subject(e.token)
                                for e in pool):
            return None
        return group

    def _group_just_named(self, tok: Token, pool: list[Entry], sentence: int) -> Entry | None:
        """A plural resolved to its members ("both leaders", "the two sides") earlier in the
        pronoun's sentence, with no other candidate named between them; never its own clause's
        subject ("the two sides accused them")."""
        group = next((g for g in reversed(self._groups) if g.sentence == sentence and g.token.i < tok.i), None)
        if group is None or len(group.mention.members) < 2 or group.token == _clause_subject(tok) \
                or any(group.token.i < e.token.i < tok.i for e in pool):
            return None
        return group


NON_ACTOR_VERBS = {"be", "happen", "seem", "appear", "remain", "take", "mean", "matter", "occur", "come"}


def _modified_nouns(relcl: Token) -> set[int]:
    """The noun a relative clause modifies, and the nouns whose "of" phrase holds it ("crowds of
    young people who ..." are the crowds too)."""
    noun = relcl.head
    found = {noun.i}
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
        found.add(noun.i)
    return found


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative clause holding ``tok`` modifies ("X, whose visit ... was")."""
    t = tok
    while t.dep_ != "relcl" and t.head.i != t.i:
        t = t.head
    return t.head if t.dep_ == "relcl" else None


# "Peru said it was ready to talk", "it is disappointed that ...": an adjective of a party's stance
# or feeling needs someone to hold it, so "it" is that party, not the empty subject of "it is clear"
STANCE_ADJECTIVES = {"ready", "willing", "unwilling", "prepared", "eager", "keen", "determined", "committed",
                     "reluctant", "disappointed", "dismayed", "angry", "furious", "upset", "unhappy", "concerned",
                     "worried", "alarmed", "saddened", "outraged", "appalled", "shocked", "pleased", "satisfied",
                     "grateful", "confident", "opposed", "dissatisfied", "displeased", "frustrated"}


def _expletive(tok: Token) -> bool:
    """ "it happened", "it was the first such meeting", "it is clear", "it emerged that": not an
    actor. An infinitive with its own subject ("it will not allow Y to attend") is what the
    actor lets, wants or asks another party to do, no expletive's clause."""
    head = tok.head
    if any(c.dep_ == "acomp" and (c.lower_ in STANCE_ADJECTIVES or _held_towards(c)) for c in kids(head)) \
            or (head.lower_ in STANCE_ADJECTIVES and tok.dep_ == "nsubjpass") or _party_position(head) \
            or _in_contact(head):
        return False
    return head.lemma_.lower() in NON_ACTOR_VERBS or any(
        c.dep_ in ("acomp", "attr") or c.dep_ == "ccomp" and not _infinitive(c) for c in kids(head))


# the prepositions that name what a stance is held towards ("open to talks", "critical of the
# plan", "responsible for the attack")
STANCE_PREPS = frozenset({"to", "for", "of", "about", "with", "at", "over", "on", "in", "towards", "toward", "against"})


def _held_towards(adj: Token) -> bool:
    """ "it was open to talks", "it was responsible for the attack": an adjective aimed at a thing
    named by its own prepositional object is a stance someone holds; the empty "it" of "it is
    clear that", "it is important to" has a clause to stand for instead."""
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "csubj") for v in (adj, adj.head) for c in kids(v)):
        return False
    return any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS and any(
        o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME") for o in kids(c))
        for c in kids(adj))


# where a party stands towards a thing ("it was behind the attack", "it is against the plan")
POSITION_PREPS = frozenset({"behind", "against"})


def _party_position(copula: Token) -> bool:
    """ "said it was behind the attack": a copula whose only predicate is a party's position
    towards a thing has a party for its subject, not an empty "it"."""
    return copula.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr", "ccomp", "xcomp", "csubj")
                                             for c in kids(copula)) \
        and any(c.dep_ == "prep" and c.lower_ in POSITION_PREPS and any(o.dep_ == "pobj" for o in kids(c))
                for c in kids(copula))


# what one party is in with another ("said it was in talks with X", "in contact with X")
CONTACT_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "contact", "touch", "dialogue",
                           "discussion", "discussions", "consultation", "consultations", "communication"})


def _in_contact(copula: Token) -> bool:
    """ "said it was in contact with Tehran": a copula whose only predicate is talks or contact
    "with" someone has a party for its subject (one in them), not an empty "it"."""
    return copula.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr", "ccomp", "xcomp", "csubj")
                                             for c in kids(copula)) \
        and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lower_ in CONTACT_NOUNS and any(w.dep_ == "prep" and w.lower_ == "with"
                                                                   for w in kids(o)) for o in kids(c))
            for c in kids(copula))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))


def _salient(pool: list[Entry], sentence: int, tok: Token, quoted: set[int]) -> Entry | None:
    """Nearest candidate earlier in the same sentence (outside a quotation when the pronoun is
    outside it: '"...," he told the press'), else the most recent subject of an earlier
    sentence, else the most recent candidate."""
    if not pool:
        return None
    # "Turkey said it would mount an assault", "..., saying it would kill": the subject of a
    # reported clause is the reporter (inherited when the reporting verb is a participle)
    addressee = _obliged_addressee(tok)
    if addressee is not None:
        for e in reversed(pool):
            if e.token.i == addressee.i:
                return e
    reporter = _reporter(tok)
    if reporter is not None:
        for e in reversed(pool):
            if e.token.i == reporter.i:
                return e
    if tok.dep_ == "nsubj" and tok.head.dep_ == "conj":
        # "Congo accused Rwanda of ..., and it cut ties": the subject of the clause it is
        # coordinated with
        first = next((c for c in kids(tok.head.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        parallel = next((e for e in pool if first is not None and e.token.i == first.i), None)
        if parallel is not None:
            return parallel
    same = [e for e in pool if e.sentence == sentence and e.token.i < tok.i
            and (tok.i in quoted or e.token.i not in quoted)]
    # "X, who had flown in for the funeral of Y, landed in Niamey, where Z received him": a party
    # named only inside an aside (a relative clause the pronoun is not in) is passed over
    outside = [e for e in same if not _in_other_relative_clause(e.token, tok)]
    same = outside or same
    if same and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _SPEECH and tok.i > tok.head.i):
        return same[-1]
    earlier = [e for e in pool if e.sentence < sentence]
    subjects = [e for e in earlier if e.is_subject]
    if subjects and _main_subject(tok):
        # "X imposed sanctions after the junta delayed elections. It also closed ...": a pronoun
        # that is its sentence's main subject carries on the main subject of the sentence before,
        # not the subject of a clause subordinate to it
        last = subjects[-1].sentence
        main = [e for e in subjects if e.sentence == last and _main_subject(e.token)]
        if main:
            return main[-1]
    if subjects:
        return subjects[-1]
    return (earlier or pool)[-1]


def _in_other_relative_clause(tok: Token, pronoun: Token) -> bool:
    """Whether ``tok`` sits inside a relative clause that does not hold ``pronoun``."""
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and not (clause.left_edge.i <= pronoun.i <= clause.right_edge.i)


def _reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause ``tok`` is the subject of
    ("Turkey said it would ...", "..., saying it would kill": inherited when the reporting verb
    is a participle)."""
    clause = tok.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
        clause = clause.head  # "said 26 civilians were killed and that it had shot down ..."
    if not (tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" and clause.head.lemma_ in _SPEECH):
        return None
    verb = clause.head
    for _ in range(3):
        reporter = [c for c in kids(verb) if c.dep_ == "nsubj"]
        if reporter:
            return reporter[0]
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


# telling a party what it must or should do: "told Zagreb it must hand over the logs" is Zagreb's
# duty, not the speaker's ("said it must" stays the speaker's)
ADDRESSING_VERBS = frozenset({"tell", "remind", "warn", "inform", "advise", "caution"})


OBLIGING_MODALS = frozenset({"must", "should", "ought"})


def _obliged_addressee(tok: Token) -> Token | None:
    """The party addressed by the reporting verb when ``tok``, "it", is the subject of a reported
    clause that says what someone must or should do ("warned Tehran that it must stop", "told
    Zagreb it should cooperate"; not people told "they must leave", who are no party)."""
    clause = tok.head
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in ADDRESSING_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in kids(clause)):
        return None
    return next((c for c in kids(clause.head) if c.dep_ in ("dobj", "obj", "dative") and c.i < clause.i), None)


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main verb, or a conjunct of it ("X and Y clashed")."""
    head = tok.head if tok.dep_ == "conj" else tok
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"


# prepositions whose object is always several parties ("between them", "among them")
PAIRING_PREPS = frozenset({"between", "among", "amongst"})


def _named_together(pick: Entry, pool: list[Entry]) -> list[Entry]:
    """The parties ``pick`` was named together with in one coordination ("Ethiopia and Somalia",
    however the phrase is used), ``pick`` among them; [] when it was named alone."""
    head = pick.token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    together = {head.i} | {c.i for c in head.conjuncts}
    named = _distinct([e for e in pool if e.token.i in together])
    return named if len(named) >= 2 else []


def _subject_pair(pick: Entry, pool: list[Entry]) -> list[Entry]:
    """ "Thailand and Cambodia have long disputed the temple. They fought over it": a "they" whose
    antecedent was named with another party as one subject ("X and Y") is both of them, as "the
    two" is; [] when the antecedent was not one of two such parties."""
    head = pick.token.head if pick.token.dep_ == "conj" else pick.token
    if not _is_subject(head) or pick.token.sent != head.sent:
        return []
    together = {head.i} | {c.i for c in head.conjuncts}
    pair = _distinct([e for e in pool if e.token.i in together and not e.is_person])
    return pair if len(pair) == 2 and len(together) == 2 else []
