"""Plural references: "the two leaders", "both countries", "the two sides", "the three juntas",
"each side ... the other". Each is resolved to its members, the pair (or the list) of parties the
article set up or named together last, found by the functions below from the actors named so far.

``PluralReferences`` is the part of ``CoreferenceResolver`` (coref.py) that does it; it reads the
resolver's knowledge base and the plurals it has resolved so far (``_groups``)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import kids

from .antecedents import (
    DEFINITE,
    Entry,
    _clause_subject,
    _distinct,
    _distinct_codes,
    _is_subject,
    _named_as_place,
    _party,
    _point,
    _sentence_index,
    _with_country,
)
from .kb import SECOND_RANKS, KnowledgeBase
from .reference_words import COUNTRY_PLURALS, PLURAL_PERSON_NOUNS, PLURAL_STATE_NOUNS, SIDE_NOUNS

# "the two governments", "both armies": each state's sector
PLURAL_SECTORS = {"government": "GOV", "army": "MIL", "military": "MIL", "junta": "GOV"}
# "troops from the two countries", "officials of both sides": each party's own people
PEOPLE_OF_PREPS = frozenset({"from", "of"})
# "the three countries": more states than a pair, named together before
MORE_THAN_TWO = {"three": 3, "four": 4, "five": 5}
# the headline and lead, whose pair "the two sides" may name however far on
OPENING_SENTENCES = 1
# movements coded by their sector alone when no state is named (CAMEO: "REB", "RAD")
MOVEMENT_SECTORS = frozenset({"REB", "INS", "SEP", "RAD", "OPP", "UAF"})


class PluralReferences:
    """Resolves the plural references of an article (a part of ``CoreferenceResolver``)."""

    kb: KnowledgeBase
    _groups: list[Entry]
    _history: list[Entry]
    _subjects: dict[int, str]

    def _plural_kind(self, tok: Token) -> str | None:
        """"the two leaders" -> person, "both countries" / "the two" -> state or person."""
        if tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass"):
            return "any"  # "Both exchanged prisoners": the pronoun on its own
        if tok.lower_ == "both" and tok.dep_ in ("dobj", "pobj") and not _both_of_named(tok):
            return "any"  # "urged both to return to the talks", "accused both of abuses"
        if tok.lower_ == "each" and tok.dep_ in ("nsubj", "nsubjpass") and _the_other_after(tok):
            return "any"  # "Each has accused the other": the pair named last, each acting on the other
        if tok.lower_ != "two" and tok.lemma_ not in PLURAL_PERSON_NOUNS and tok.lemma_ not in PLURAL_STATE_NOUNS:
            return None
        children = {c.lower_ for c in kids(tok)}
        if tok.lower_ != "two":
            # "the two Horn of Africa neighbours", "both Gulf states": the parser may hang the
            # determiner and number on a name that classifies the noun
            children |= {g.lower_ for c in kids(tok) if c.dep_ in ("nmod", "compound") and c.i < tok.i
                         and c.pos_ == "PROPN" for g in kids(c) if g.dep_ in ("det", "nummod", "predet")}
        if tok.lower_ == "two" and tok.pos_ == "NUM" and "the" in children:
            return "any"
        if children & set(MORE_THAN_TWO) and children & DEFINITE and tok.lemma_ in PLURAL_STATE_NOUNS:
            return "state"  # "the three countries", "the three juntas": the states named last
        if "each" in children and tok.tag_ == "NN" and tok.lemma_ in SIDE_NOUNS | COUNTRY_PLURALS \
                and _the_other_after(tok):
            return "state"  # "each side accused the other": the pair, each acting on the other
        if "all" in children and tok.tag_ == "NNS" and tok.lemma_ in SIDE_NOUNS \
                and all(c.lower_ in CONFLICT_SIDE_WORDS for c in kids(tok) if c.dep_ == "amod"):
            # "urged all sides to show restraint", "all warring parties": the parties to the
            # conflict told before (not "all political parties")
            return "state"
        if ("two" in children and children & DEFINITE) or "both" in children:
            if tok.lemma_ in PLURAL_PERSON_NOUNS:
                return "person"
            if tok.lemma_ in PLURAL_STATE_NOUNS:
                return "state"
        return None

    def _people_of_plural(self, doc, tok: Token, base: ActorMention) -> ActorMention | None:
        """ "troops from the two countries", "officials of both sides": the people or forces of
        each party the plural in their "from" or "of" phrase refers to, one member each (with
        the noun's own sector: the two countries' troops are each one's army)."""
        plural = next((o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in PEOPLE_OF_PREPS
                       for o in kids(p) if o.dep_ == "pobj" and self._plural_kind(o)), None)
        if plural is None:
            return None
        pending = ActorMention(doc_id=base.doc_id, text="", start=0, end=0, resolved_by="coreference")
        sentence = _sentence_index(doc).get(plural.i, 0)
        found = self._resolve(doc, plural, pending, self._history, sentence, self._subjects)
        if found is None or len(found.members) < 2:
            return None
        members = [_with_country(replace(base, sector=base.sector or m.sector, id=None, members=[]), m.country)
                   if m.country else m for m in found.members]
        return replace(base, members=members, name=" and ".join(m.cameo or "" for m in members))

    def _state_in_crisis(self, entries: list[Entry]) -> str | None:
        return _state_in_crisis_of(entries, self.kb.countries)

    def _plural(self, doc, tok, base: ActorMention, recent: list[Entry], kind: str,
                history: list[Entry] = ()) -> ActorMention | None:
        excluded = set()
        subj = _clause_subject(tok) if not _is_subject(tok) else None
        if subj is not None and subj.pos_ == "PRON" and subj.head.dep_ == "ccomp":
            # "Spain and Norway said they were ready to facilitate contacts between the two
            # sides": the speakers the pronoun stands for are no side either
            subj = _clause_subject(subj.head) or subj
        if subj is not None:
            subjects = {subj.i} | {c.i for c in subj.conjuncts}
            excluded = {e.key for e in recent if e.token.i in subjects}
            # (nor the speaker's state named otherwise: "Emirati officials urged both governments"
            # after "the UAE mediated" are two others)
            own = {e.mention.country for e in recent if e.token.i == subj.i and e.mention.country
                   and not e.is_person and (e.mention.id or "").startswith("country:")}
            excluded |= {e.key for e in recent if e.mention.country in own and not e.is_person
                         and (e.mention.id or "").startswith("country:")}
        # (nor the party the plural is coordinated with, nor its state: "a compromise between The
        # Hague and the two countries" are two others)
        partners = {c.i for c in kids(tok) if c.dep_ == "conj"} | ({tok.head.i} if tok.dep_ == "conj" else set())
        if partners:
            beside = {e.mention.country for e in recent if e.token.i in partners and e.mention.country}
            excluded |= {e.key for e in recent if e.token.i in partners
                         or e.mention.country in beside and not e.is_person and not e.mention.members}
        if tok.lemma_.lower() in SIDE_NOUNS and any(c.lower_ == "all" for c in kids(tok)):
            # "urged all sides to refrain from violence" in a crisis inside one state: that state,
            # not two others the story also names (where the ousted leader fled, who gave asylum)
            home = self._state_in_crisis([e for e in history if e.token.i < tok.i])
            if home is not None:
                return _with_country(replace(base, sector=None, id=None, members=[]), home)
        if tok.lower_ == "both" and not _is_subject(tok):
            # "Eritrean troops fought alongside Ethiopian forces, and rights groups accused both":
            # the two parties its own sentence named before it, as named
            named = _distinct([e for e in recent if e.key not in excluded and tok.sent.start <= e.token.i < tok.i])
            if len(named) == 2:
                members = [_point(base, e, doc, tok) for e in named]
                return replace(base, members=members, name=" and ".join(m.name or m.cameo or "" for m in members))
        noun = tok.lemma_.lower() if kind != "any" else "leader"
        people = _distinct([e for e in recent if e.is_person and e.key not in excluded
                            and _fits_plural(noun, e.mention, self.kb)])
        if len(people) < 2:
            # "the two leaders" after "the prime minister of X met the president of Y": office
            # holders named by title only, one per actor code
            people = _distinct_codes([e for e in recent if _official(e) and e.key not in excluded
                                      and _fits_plural(noun, e.mention, self.kb)])
        if kind == "any" and len(people) < 2:
            people = _distinct([e for e in recent if e.is_person and e.key not in excluded])
        # (never the clause's own subject: "Egypt called on both sides" means two others; nor,
        # for "sides", the brokers of talks: "talks mediated by X and Y")
        # (nor, for "sides", an aid group or news outlet: "Human Rights Watch accused the police
        # ... pressure on both sides")
        states = _distinct_countries([e for e in recent if e.key not in excluded and not (
            tok.lemma_.lower() in SIDE_NOUNS and (_named_as_brokers(e.token.head if e.token.dep_ == "conj" else e.token)
                                                  or _bystander(e.mention)))])
        # (a pair named together stands unless two other parties have come up since; a pair that
        # set up the article stands while named more often than the last pair: "Kyrgyzstan and
        # Tajikistan ... Russia and Kazakhstan called for calm ... the two countries" are the
        # pair the article is about)
        parties = [e for e in recent if e.key not in excluded]
        latest = set(states[-3:])
        count = next((MORE_THAN_TWO[c.lower_] for c in kids(tok) if c.lower_ in MORE_THAN_TWO), 2)
        if count > 2:
            # "Mali, Burkina Faso and Niger ... the three juntas": the last states named, as many
            # as the number says (no pair to weigh)
            states = [c for c in states if c in self.kb.countries]
            # (unless as many states were named together: "Britain, France and Germany drafted
            # it ... Russia's envoy in Vienna criticised the three powers" are not Austria)
            states = _listed_together(parties, count, self.kb.countries) or states
            if len(states) < count:
                return None
            sector = PLURAL_SECTORS.get(tok.lemma_.lower())
            members = [_with_country(replace(base, sector=sector, id=None), c) for c in states[-count:]]
            return replace(base, members=members, name=" and ".join(m.name or m.cameo or "" for m in members))
        # (a pair named together in this sentence or the one before is the pair meant, before the
        # pair the article opened with or bodies named apart: "China halted contacts with the
        # US ... Taipei keeps improving ties with the mainland; the two sides signed ...")
        close = _close_pair(doc, tok, parties, set(states)) if tok.lower_ != "each" else []
        if tok.lemma_.lower() in SIDE_NOUNS:
            bodies = _paired_bodies(parties)
            sides = {_party(e.mention) for e in bodies}
            if bodies and (not close or sides == set(close)) and (sides <= latest or bodies[0].is_subject
                                                                   and _named(recent, sides) > _named(recent, set(states[-2:]))):
                # "fighting between Sudan's army and the RSF ... both sides": the bodies named
                # together, not their states
                members = [_point(base, e, doc, tok) for e in bodies]
                return replace(base, members=members, name=" and ".join(m.name or m.cameo or "" for m in members))
        if tok.lemma_.lower() in COUNTRY_PLURALS or tok.lemma_.lower() in PLURAL_SECTORS:
            # "the two countries" are states, not the UN named in between ("the two governments"
            # not a rights group)
            states = [c for c in states if c in self.kb.countries]
        # (first the pair the article opened with, however far back, when named again lately:
        # "Armenia accused Azerbaijan ... Russia and France urged calm ... the two sides agreed"
        # are Armenia and Azerbaijan; nearer than the sentences looked back on, the pairs are
        # weighed as the others; else a pair already referred to as one: "the advisers of both
        # countries ... both sides")
        near = {e.token.i for e in recent}
        opening = [p for p, _, _ in _pairs([e for e in history if e.sentence <= OPENING_SENTENCES
                                            and e.token.i not in near and e.key not in excluded])]
        pair = _salient_pair(parties, recent, latest, opening, set(states)) or _paired(
            [g for g in self._groups if g.token.i < tok.i and not any(m.sector or m.role for m in g.mention.members)])
        pair = close if close and set(close) <= set(states) else pair  # ("the two countries" are no UN)
        if tok.lower_ == "each" and tok.sent.start > 0:
            # "A sued B at the court, and B filed a counter-suit. Each has accused the other": of
            # the pairs of the sentence before, the one it names most, not the article's opening pair
            since = [e for e in parties if e.token.i >= doc[tok.sent.start - 1].sent.start]
            last = [p for p, _, _ in _pairs(since) if set(p) <= set(states)]
            pair = max(reversed(last), key=lambda p: _named(since, set(p))) if last else pair
        if pair and set(pair) <= set(states):
            states = pair
        elif len(states) > 2:
            # (else of the last three, the two the article names most: "Rwanda sent troops to
            # Mozambique ... Tanzania has also sent police ... the two governments" are not
            # Tanzania's; a tie keeps the last two)
            counts = {c: _named(recent, {c}) for c in states[-3:]}
            if counts[states[-3]] > min(counts[states[-2]], counts[states[-1]]):
                weakest = min(states[-2:], key=lambda c: counts[c])
                states = [c for c in states[-3:] if c != weakest]
        if tok.lower_ == "each" and len(people) >= 2 and people[-1].mention.cameo == people[-2].mention.cameo:
            # "Each has accused the other" after two officials of one state: not a pair of people
            # acting on each other, so the pair of states named last
            people = []
        if kind == "person" or (kind == "any" and len(people) >= 2):
            if len(people) < 2:
                return None
            members = [_point(base, e, doc, tok) for e in people[-2:]]
        else:
            if len(states) < 2:
                return None
            sector = PLURAL_SECTORS.get(tok.lemma_.lower())
            members = [_with_country(replace(base, sector=sector, id=None), c) if len(c) == 3 else
                       replace(base, sector=None, country=None, cameo=c, id=f"org:{c}") for c in states[-2:]]
        return replace(base, members=members, name=" and ".join(m.name or m.cameo or "" for m in members))


def _both_of_named(tok: Token) -> bool:
    """ "both of them", "both of the countries": the parties are named in the "of" phrase (a
    charge is not: "accused both of abuses")."""
    return any(o.pos_ == "PRON" or any(d.lower_ in DEFINITE for d in kids(o))
               for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj")


def _state_in_crisis_of(entries: list[Entry], countries) -> str | None:
    """The state a story of a crisis inside one state is about: the state named most (strictly),
    when the story names both its government and its own opposition, rebels or other movement
    (MOVEMENT_SECTORS), and no other state's forces (then it is a war between states)."""
    counts: dict[str, int] = {}
    for e in entries:
        if e.mention.country in countries:
            counts[e.mention.country] = counts.get(e.mention.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    home = ranked[0][0]
    sectors = {e.mention.sector for e in entries if e.mention.country == home}
    foreign_forces = any(e.mention.country != home and e.mention.sector == "MIL" for e in entries)
    return home if "GOV" in sectors and sectors & MOVEMENT_SECTORS and not foreign_forces else None


def _close_pair(doc: Doc, tok: Token, parties: list[Entry], states: set[str]) -> list[str]:
    """The last pair of ``states`` that dealt with each other ("ties with", "talks with") in the
    sentence before ``tok`` or in its own. (Not a pair of joint subjects: "France and Iran voiced
    concern. The two countries ..." may still be the article's pair.)"""
    if tok.sent.start == 0:
        return []
    before = doc[tok.sent.start - 1].sent.start  # (found once: each ``.sent`` scans for its bounds)
    since = [e for e in parties if before <= e.token.i < tok.i]
    by_token = {e.token.i: e for e in since}
    for e in reversed(since):
        first = _dealer(e, by_token)
        pair = [_party(first.mention), _party(e.mention)] if first is not None else []
        if pair and pair[0] != pair[1] and set(pair) <= states:
            return pair
    return []


# the modifiers "all sides" may have and still be the parties to a conflict ("all warring parties")
CONFLICT_SIDE_WORDS = frozenset({"warring", "concerned", "involved", "relevant", "opposing", "rival"})


def _fits_plural(noun: str, mention: ActorMention, kb: KnowledgeBase) -> bool:
    """ "the two presidents" are two presidents; "the two leaders" two heads of state or government
    (not a vice president who came along). A "counterpart" holds the rank of whom it is the
    counterpart of ("X met his Chinese counterpart Y ... the two ministers")."""
    if "counterpart" in (mention.role or "").lower().split():
        return True
    if noun in ("leader", "leaders"):
        return kb.is_leader_role(mention.role)
    words = set((mention.role or "").lower().replace("-", " ").split())
    if noun in ("president", "presidents", "premier"):
        return noun.rstrip("s") in words and not words & SECOND_RANKS
    if noun in ("minister", "ministers"):
        return "minister" in words
    return True


def _official(e: Entry) -> bool:
    """A named person, or an office holder the text names by title only ("the president of X")."""
    return e.is_person or bool(e.mention.role and e.mention.sector)


def _distinct_countries(entries: list[Entry]) -> list[str]:
    """The parties named most recently: countries, and organisations for "the two sides"."""
    out: list[str] = []
    for e in entries:
        c = _party(e.mention)
        if c:
            out = [o for o in out if o != c] + [c]
    return out


def _pairs(entries: list[Entry]) -> list[tuple[list[str], bool, bool]]:
    """The pairs of parties named together ("the US and the EU", "between Egypt and Israel") or
    as an act's subject and object ("Ecuador warned Colombia"), in order, each with whether it
    was named together and whether it sets up the article: as its clause's subject or as the
    lead's act ("Armenia accused Azerbaijan")."""
    by_token = {e.token.i: e for e in entries}
    # (and by the noun a national adjective or compound names: "Chinese ships")
    by_phrase = {**{e.token.head.i: e for e in entries if e.token.dep_ in PHRASE_MODIFIERS}, **by_token}
    pairs = []
    for e in entries:
        if len(e.mention.members) == 2:
            pairs.append(([_party(m) for m in e.mention.members], True, e.is_subject))
        elif e.token.dep_ == "conj" and e.token.head.i in by_token and not _named_as_brokers(e.token.head) \
                and not _co_actors(e.token):
            first = by_token[e.token.head.i]
            pairs.append(([_party(first.mention), _party(e.mention)], True, first.is_subject))
        elif e.token.dep_ == "dobj":
            subject = next((by_token[c.i] for c in kids(e.token.head) if c.dep_ == "nsubj" and c.i in by_token), None)
            if subject is not None:
                pairs.append(([_party(subject.mention), _party(e.mention)], False, e.sentence == 0))
        elif (first := _dealer(e, by_token)) is not None:
            # the party one deals with: "held talks with the EU's envoy", "his talks with May"
            pairs.append(([_party(first.mention), _party(e.mention)], True, first.is_subject))
        elif (aimed := _aimed_at(e.token)) is not None:
            # the party an act is aimed at: "Chinese ships fired water cannon at Philippine boats"
            subject = next((by_phrase[c.i] for c in kids(aimed) if c.dep_ == "nsubj" and c.i in by_phrase), None)
            if subject is not None:
                pairs.append(([_party(subject.mention), _party(e.mention)], False, e.sentence == 0))
    return [pair for pair in pairs if all(pair[0]) and pair[0][0] != pair[0][1]]


# prepositions that name whom an act is aimed at ("fired on", "opened fire at", "launched drones against")
ACT_ON_PREPS = frozenset({"at", "on", "against", "upon"})


PHRASE_MODIFIERS = frozenset({"amod", "compound"})


def _partner_of(tok: Token) -> Token | None:
    """The verb or noun whose "with" phrase names ``tok`` as the other party ("met with",
    "talks with"); for a noun that is its verb's object, the verb ("held talks with"), whose
    subject is the first party."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return None
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and not any(c.dep_ == "poss" for c in kids(head)):
        head = head.head
    return head if head.pos_ in ("VERB", "NOUN") else None


def _dealer(e: Entry, by_token: dict[int, Entry]) -> Entry | None:
    """The party that deals with ``e`` named in its "with" phrase ("held talks with X", "his ties
    with X"): the verb's subject or the noun's owner, else the doer of a clause with no subject of
    its own ("gave Taipei the confidence to keep improving ties with the mainland")."""
    partner = _partner_of(e.token)
    if partner is None:
        return None
    first = next((by_token[c.i] for c in kids(partner) if c.dep_ in ("nsubj", "poss") and c.i in by_token), None)
    if first is None and partner.pos_ == "VERB":
        first = by_token.get(getattr(_understood_doer(partner), "i", -1))
    return first


# how far up a chain of subjectless clauses ("to keep improving ties") the doer is looked for
DOER_CLIMB = 3


def _understood_doer(verb: Token) -> Token | None:
    """The party an infinitive or gerund clause with no subject of its own is done by: the object
    of the verb above it ("urged Kyiv to resume talks", "gave Taipei the confidence to improve
    ties"), else that verb's subject ("Seoul wants to mend ties")."""
    for _ in range(DOER_CLIMB):
        below = verb
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            below = verb.head  # "the confidence to ...": the noun's owner, else the verb it hangs on
            owner = next((c for c in kids(below) if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            verb = below.head if below.dep_ in ("dobj", "obj", "attr") else None
        elif verb.dep_ == "xcomp":
            verb = verb.head
        else:
            return None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        # (not the noun the clause hangs on: "has the will to mend ties" is the subject's will)
        found = next((c for c in kids(verb) if c.dep_ in ("dative", "dobj", "obj") and c.i != below.i
                      and c.pos_ in ("PROPN", "NOUN", "PRON")), None) \
            or next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
    return None


def _aimed_at(tok: Token) -> Token | None:
    """The verb whose "at", "on" or "against" phrase names ``tok``, or the noun it modifies
    ("fired at Philippine boats"), as the party the act is aimed at."""
    if tok.dep_ in PHRASE_MODIFIERS:
        tok = tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in ACT_ON_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _paired(entries: list[Entry]) -> list[str]:
    """The two parties last named together: "the two sides" are the pair the article set up."""
    return next((p for p, together, _ in reversed(_pairs(entries)) if together), [])


def _salient_pair(entries: list[Entry], salience: list[Entry], latest: set[str],
                  opening: list[list[str]] = (), fits: set[str] | None = None) -> list[str]:
    """The pair "the two sides" are, of the last pair named, the pairs named together among the
    ``latest`` parties and the pairs that set up the article: the one the article names most
    (counted in ``salience``), the later on a tie; all before them, the ``opening`` pair (of the
    article's first sentences). Only pairs within ``fits``, the parties the noun can name. (An
    act later on may be a third party's comment: "Spain's prime minister then faulted the
    Dutch government".)"""
    pairs = _pairs(entries)
    candidates = [p for p, together, set_up in pairs if together and set(p) <= latest or set_up]
    candidates += [pairs[-1][0]] if pairs else []
    if fits is not None:
        # (only pairs the noun can name: "the two countries" are no organisation)
        candidates = [p for p in candidates if set(p) <= fits]
        opening = [p for p in opening if set(p) <= fits]
    # (the pair the article opened with, named again lately, is the article's own pair, before
    # a pair of reactors or of a side event named since)
    return max(reversed(candidates), key=lambda p: _named(salience, set(p)), default=[]) if not opening else opening[0]


def _named(entries: list[Entry], parties: set[str | None]) -> int:
    """How often the article has named any of these parties as actors (by name or title: not as
    places, "in Syria", and not by pronouns, which only repeat their antecedent)."""
    return sum(1 for e in entries if _party(e.mention) in parties and e.mention.resolved_by != "coreference"
               and not _named_as_place(e.token))


# verbs whose joint subjects appeal together to others ("Russia and France urged calm"): co-speakers
APPEAL_VERBS = frozenset({"urge", "call", "appeal", "ask", "press", "demand", "plead"})


def _co_actors(tok: Token) -> bool:
    """Whether the coordination holding ``tok`` names parties acting side by side rather than two
    sides facing each other: a list of three or more ("the leaders of France, Russia and the United
    States"), whose two last are no pair, or the joint subject of an appeal ("Russia and France
    urged calm"), which is made to others."""
    if len(tok.conjuncts) >= 2:
        return True
    first = tok.conjuncts[0] if tok.conjuncts and tok.conjuncts[0].i < tok.i else tok
    return first.dep_ == "nsubj" and first.head.lemma_ in APPEAL_VERBS


def _paired_bodies(entries: list[Entry]) -> list[Entry]:
    """The two actors last named together with different codes ("the army and the RSF",
    "Israel and Hamas") or as an act's subject and object: "the two sides" are those bodies, as
    named, not their states."""
    by_token = {e.token.i: e for e in entries}
    for e in reversed(entries):
        if e.token.dep_ == "dobj" and e.mention.resolved_by != "coreference":
            # "Sudan's army is fighting the RSF": an act's subject and object are two sides too
            # (not "the army sent envoys": its own people, the context's)
            first = next((by_token[c.i] for c in kids(e.token.head) if c.dep_ == "nsubj" and c.i in by_token), None)
        else:
            first = by_token.get(e.token.head.i) if e.token.dep_ == "conj" and not _co_actors(e.token) else None
        if first is None:
            continue
        if _named_as_brokers(first.token):
            continue  # "talks brokered by Saudi Arabia and the US": the brokers are no sides
        if first.mention.cameo and e.mention.cameo and first.mention.cameo != e.mention.cameo \
                and not first.is_person and not e.is_person and not _own_body(first.mention, e.mention) \
                and not any(_bystander(m.mention) for m in (first, e)):
            return [first, e]
    return []


# the sectors by which a body of a state's own country can be the other side of a conflict with
# it: its rebels, insurgents and opposition ("the army and the RSF", "Hamas and Fatah")
OPPOSING_SECTORS = MOVEMENT_SECTORS | frozenset({"PTY"})


# bodies that witness, report on or relieve a conflict rather than wage it: non-governmental
# organisations ("the Red Cross"), and the media
BYSTANDER_SECTORS = frozenset({"MED"})


def _bystander(m: ActorMention) -> bool:
    """Whether the body is no party to a conflict: "refused to let the Red Cross visit camps holding
    soldiers" names no two sides."""
    return (m.cameo or "").startswith("NGO") or (m.cameo or "")[3:6] in BYSTANDER_SECTORS or m.sector in BYSTANDER_SECTORS


def _own_body(a: ActorMention, b: ActorMention) -> bool:
    """Whether two actors of one country are a state and its own organ, company or media ("Gazprom
    ... he told Russian television"): no two sides, unless one is a movement against it."""
    return bool(a.country) and a.country == b.country \
        and not any((m.cameo or "")[3:6] in OPPOSING_SECTORS or m.sector in OPPOSING_SECTORS for m in (a, b))


BROKERING_VERBS = frozenset({"broker", "mediate", "sponsor", "host", "facilitate", "arrange", "organize", "organise"})


def _named_as_brokers(tok: Token) -> bool:
    """Whether the phrase is the agent of a brokering participle ("talks mediated by X and Y")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in BROKERING_VERBS


def _listed_together(entries: list[Entry], count: int, countries) -> list[str]:
    """The countries of the last list of exactly ``count`` states named together (one conjunction:
    "Britain, France and Germany"), in the order named; [] when there is none."""
    lists: dict[int, list[str]] = {}
    for e in entries:
        root = e.token
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head
        country = e.mention.country
        if country in countries and not e.mention.sector and country not in lists.setdefault(root.i, []):
            lists[root.i].append(country)
    found = [members for _, members in sorted(lists.items()) if len(members) == count]
    return found[-1] if found else []


def _the_other_after(tok: Token) -> bool:
    """Whether "the other" follows in the clause of "each side" ("each side blamed the other")."""
    verb = tok.head
    return any(c.lower_ == "other" and any(d.lower_ == "the" for d in kids(c))
               for c in verb.subtree if c.i > tok.i)
