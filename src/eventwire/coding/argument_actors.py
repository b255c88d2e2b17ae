"""Actor mentions of argument tokens: the parties a subject, object or modifier names.

``actors_of`` resolves the tokens of an argument to the actor mentions the resolver found in
them, with what the phrase adds: the parties a coordination or an apposition names ("X and Y",
"countries such as X and Y"), a title's sector distributed over conjoined countries, a body loyal
or allied to a party, a hyphenated pair ("US-Iran talks"), a collective that stands for its
members. ``subject_actors`` adds a patron named in the subject phrase, ``first_actor`` and
``modifier_actors`` take the first argument token that names an actor, and
``is_country_place`` tells a country named as a place from one of its bodies.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors import actor_for, np_head
from eventwire.actors.noun_phrases import RELATIONAL_NOUNS
from eventwire.actors.pieces import doc_pieces
from eventwire.model import ActorMention
from eventwire.nlp import doc_actors, doc_id, kids, token_columns, token_span

from .syntax import HYPHEN_AGENT_DEPS, hyphen_agents, pobjs, preps_of, with_conjuncts

NP_INTERNAL = {"compound", "nmod", "amod", "appos", "conj", "cc", "det", "poss", "punct", "flat", "case", "pobj"}


def _coordinated(tok: Token) -> list[Token]:
    """Actor heads joined by "and" inside one noun phrase, however the parser attached them
    ("U.S. President Donald Trump and North Korean leader Kim Jong Un signed")."""
    inside, stack = [], [tok]
    while stack:
        t = stack.pop()
        inside.append(t)
        # not into the possessor of "Turkey's partners, Russia and Iran": the partners are the others
        stack.extend(c for c in kids(t) if c.dep_ in NP_INTERNAL
                     and not (c.dep_ == "poss" and t.lemma_.lower() in RELATIONAL_NOUNS))
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in inside):
        return []
    return sorted((t for t in inside if t != tok), key=lambda t: t.i)


def actors_of(doc: Doc, tokens: list[Token], exclude_head: Token | None = None,
              conjuncts: bool = True) -> list[ActorMention]:
    """Actor mentions for argument tokens, with conjuncts ("France and Germany") and plural
    referents ("the two leaders") expanded to their members (``conjuncts=False``: the tokens'
    own mentions only). Remembered per document: the coder asks for the same arguments once per
    reading."""
    actors = doc_actors(doc)
    owner, memo = doc.user_data.get("ew_actors_of", (None, None))
    if owner is not actors:  # the actor stage ran (again): a fresh memo
        memo = {}
        doc.user_data["ew_actors_of"] = (actors, memo)
    key = (tuple(t.i for t in tokens), exclude_head.i if exclude_head is not None else None, conjuncts)
    if key not in memo:
        memo[key] = _actors_of(doc, tokens, exclude_head, conjuncts)
    return list(memo[key])


def _actors_of(doc: Doc, tokens: list[Token], exclude_head: Token | None, conjuncts: bool) -> list[ActorMention]:
    found: list[ActorMention] = []
    expanded = []
    for tok in with_conjuncts([e for t in tokens for e in (_examples(t) or [t])]) if conjuncts else tokens:
        expanded.append(tok)
        if not conjuncts:
            continue
        expanded += [t for t in _coordinated(tok) if doc_actors(doc).get(t.i) is not None]
        if tok.lemma_.lower() in COLLECTIVE_NOUNS:
            # "a coalition of A, B and C launched ...": each member acts
            expanded += [m for o in preps_of(tok, frozenset({"of"})) for p in pobjs(o)
                         for m in with_conjuncts([p]) if doc_actors(doc).get(m.i) is not None]
        elif tok.lemma_.lower() in STATE_NOUNS and doc_actors(doc).get(tok.i) is None:
            # "the republic of Slovenia", "the kingdom of Bahrain": the state its "of" phrase names
            expanded += [p for o in preps_of(tok, frozenset({"of"})) for p in pobjs(o)
                         if _bare_country(doc_actors(doc).get(p.i))]
    shared: dict[int, ActorMention] = {}
    for tok in expanded:
        mention = actor_for(doc, tok)
        if mention is not None:
            shared.update(_distributed(doc, tok, mention))
    for tok in dict.fromkeys(expanded + [doc[i] for i in sorted(shared)]):
        mention = shared.get(tok.i) or actor_for(doc, tok) or _allegiance(doc, tok) or _enclosing(doc, tok)
        if mention is None or (exclude_head is not None and tok == exclude_head and not mention.cameo):
            continue
        for member in mention.members or _hyphen_pair(doc, mention) or [mention]:
            if member.cameo and all(member is not f for f in found):
                found.append(member)
    return found + _included_bodies(doc, tokens if conjuncts else [], found) + _home_bodies(doc, expanded, found)


def _included_bodies(doc: Doc, tokens: list[Token], found: list[ActorMention]) -> list[ActorMention]:
    """ "Nato aircraft, including British jets, bombed X": a body an acting body names as among
    its own acts with it (the jets bombed too). Only a doer: the members of a thing done to or
    made ("would build a border force, including the YPG") take no part in the act. Not the
    places a country's things are named by ("Ukrainian cities, including Kyiv"), nor a party
    already found."""
    out: list[ActorMention] = []
    for tok in tokens:
        if tok.dep_ not in DOER_DEPS:
            continue
        own = actor_for(doc, tok)
        if own is None or own.members or is_country_place(own):
            continue
        for member in (m for p in preps_of(tok, INCLUDING) for o in pobjs(p) for m in with_conjuncts([o])):
            body = actor_for(doc, member)
            if body is not None and body.cameo and not body.members \
                    and all(body.cameo != f.cameo for f in found + out):
                out.append(body)
    return out


# "talks between Manila and communist rebels": rebels, insurgents or an opposition named beside a
# government with no country of their own are that government's domestic opponents
HOME_SECTORS = frozenset({"REB", "INS", "OPP"})


def _home_bodies(doc: Doc, tokens: list[Token], found: list[ActorMention]) -> list[ActorMention]:
    if len(tokens) < 2:
        return []  # no conjunct
    governments = [a for a in found if a.sector == "GOV" and a.country and not a.members]
    if len(governments) != 1:
        return []
    gov = governments[0]
    out = []
    for tok in tokens:
        sector = body_sector(tok) if tok.dep_ == "conj" and doc_actors(doc).get(tok.i) is None else None
        if sector in HOME_SECTORS:
            out.append(replace(gov, cameo=gov.country + sector, sector=sector, role=None, name=None,
                               id=f"country:{gov.country}"))
    return out


# a body made of the parties its "of" phrase lists
COLLECTIVE_NOUNS = frozenset({"coalition", "alliance", "bloc", "grouping", "axis", "trio", "quartet"})
# a word for a state whose "of" phrase names which ("the republic of X", "the kingdom of Y")
STATE_NOUNS = frozenset({"republic", "kingdom", "emirate", "principality", "sultanate", "state", "nation",
                         "country", "island", "islands", "federation", "confederation", "commonwealth"})


def _bare_country(mention: ActorMention | None) -> bool:
    return mention is not None and not mention.sector and (mention.id or "").startswith("country:")


# "troops loyal to X", "militants linked to X", "forces allied with X": the armed body acts for X
# ("backed by", "supported by" name a sponsor, not the actor, and are left out)
ALLEGIANCE = frozenset({"loyal", "allied", "affiliated", "linked", "aligned", "belonging", "answering", "attached",
                        "faithful", "allegiant"})


def _enclosing(doc: Doc, tok: Token) -> ActorMention | None:
    """The mention an "of" object is part of when it has none of its own: in "summoned the
    ambassadors of Britain, France and Germany" the first country is read into the mention
    "ambassadors of Britain" (Britain's diplomats), headed on the office noun; a pattern whose
    slot is the "of" object ("S summon envoy p:of T") finds that mention, as it finds the
    conjuncts after it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of" or prep.head is prep:
        return None
    mention = doc_actors(doc).get(prep.head.i)
    if mention is None:
        return None
    start, end = token_span(doc, tok, tok)
    return mention if mention.start <= start and end <= mention.end else None


def _allegiance(doc: Doc, tok: Token) -> ActorMention | None:
    """The actor a body that is not itself an actor declares allegiance to, in the body's sector
    when its head word names one ("troops loyal to the president" are the country's MIL)."""
    if not _is_body(tok):
        return None  # "an agency affiliated with the AU" is not the AU; "militants linked to X" are X's
    # the parser often reads "Militants linked to X killed ..." as "Militants linked to X", main clause
    mods = list(kids(tok)) + ([tok.head] if tok.dep_ == "nsubj" and tok.head.lower_ in ALLEGIANCE else [])
    for mod in mods:
        if mod.dep_ not in ("amod", "acl", "advcl", "prep", "ROOT") or mod.lower_ not in ALLEGIANCE:
            continue
        for prep in preps_of(mod, frozenset({"to", "with"})):
            for pobj in pobjs(prep):
                owner = actor_for(doc, pobj)
                if owner is None or not owner.cameo:
                    continue
                sector = body_sector(tok)
                if sector and owner.country and not owner.members:
                    # no longer the person: the context stage must not re-code it as of the date
                    return replace(owner, cameo=owner.country + sector, sector=sector, role=None,
                                   id=f"country:{owner.country}")
                return owner
    return None


def subject_actors(doc: Doc, tokens: list[Token]) -> list[ActorMention]:
    """Actor mentions for a verb's subject or agent tokens; a patron before a hyphenated
    participle is read on its own ("Iranian-backed militias" are backed by Iran)."""
    patrons = [p for p in (_patron(doc, t) for t in tokens) if p is not None]
    return patrons or actors_of(doc, tokens)


PATRON_PIECES = frozenset({"country", "adjective", "capital", "seat", "org"})


def _patron(doc: Doc, tok: Token) -> ActorMention | None:
    """The country or organisation named before a hyphenated participle ("Iranian-backed
    militias", "Kremlin-funded media"). The mention of the whole phrase is the group itself, so
    the patron is read off the dictionary piece that ends at the hyphen."""
    if tok.dep_ not in HYPHEN_AGENT_DEPS or not any(tok in hyphen_agents(p) for p in (tok.head, *kids(tok.head))):
        return None
    return _piece_actor(doc, next((p for p in doc_pieces(doc) if p.start <= tok.i < p.end
                                   and p.end == tok.i + 1), None))


def opposed_actors(doc: Doc, tokens: list[Token]) -> list[ActorMention]:
    """The country or organisation an "anti-" modifier of the tokens names ("anti-French riots",
    "an anti-American rally", "anti-Japanese protesters"): what a protest is against. The mention
    stage leaves such a stance out of the actors (the protesters are not American)."""
    found = []
    if not _says_anti(doc):
        return found  # (each token below would walk every dictionary piece of the document)
    for tok in tokens:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for piece in doc_pieces(doc):
            if not tok.left_edge.i <= piece.start < piece.end <= tok.i or piece.start < 1:
                continue
            before = doc[piece.start - 1]
            anti = before.lower_ == "anti-" or (before.text == "-" and piece.start > 1
                                                 and doc[piece.start - 2].lower_ == "anti")
            mention = _piece_actor(doc, piece) if anti else None
            if mention is not None:
                found.append(mention)
    return found


ANTI_WORDS = frozenset({"anti-", "anti"})
ANTI_KEY = "ew_says_anti"


def _says_anti(doc: Doc) -> bool:
    """Whether any word of the document is the "anti-" (or "anti" before a hyphen) that
    ``opposed_actors`` looks for; found once per document."""
    found = doc.user_data.get(ANTI_KEY)
    if found is None:
        found = doc.user_data[ANTI_KEY] = not ANTI_WORDS.isdisjoint(token_columns(doc)[1])
    return found


def _piece_actor(doc: Doc, piece) -> ActorMention | None:
    """An actor mention for one country, capital, seat or organisation dictionary piece."""
    if piece is None:
        return None
    kind, key, sector = piece.label_.split("|", 2)
    if kind not in PATRON_PIECES:
        return None
    start, end = token_span(doc, piece[0], piece[-1])
    mention = ActorMention(doc_id=doc_id(doc), text=piece.text, start=start, end=end)
    if kind == "org":
        from eventwire.actors.kb import default_kb

        org = default_kb().organisations[key]
        return replace(mention, name=org.name, id=org.id, cameo=org.cameo, country=org.country)
    sector = (sector or None) if kind in ("capital", "seat") else None  # "Kremlin-backed": RUSGOV
    return replace(mention, id=f"country:{key}", cameo=key + (sector or ""), country=key, sector=sector)


def _body_term(tok: Token):
    """The knowledge base's word for a body of people ("troops", "militiamen", "gunmen"), if any."""
    from eventwire.actors.kb import default_kb

    sectors = default_kb().sectors
    for key in (tok.lower_, tok.lemma_.lower()):
        term = sectors.get(key)
        if term is not None and term.kind in ("body", "group"):
            return term
    return None


def _is_body(tok: Token) -> bool:
    return _body_term(tok) is not None


def body_sector(tok: Token) -> str | None:
    """The sector a word for a body of people names ("troops" MIL, "militiamen" REB), if any."""
    term = _body_term(tok)
    return term.sector if term is not None else None


def _hyphen_pair(doc: Doc, mention: ActorMention) -> list[ActorMention]:
    """Two countries joined by a hyphen are two parties: "US-China talks", "the Israeli-Palestinian
    negotiations" (the mention itself carries only one of them)."""
    if mention.members or "-" not in mention.text:
        return []
    span = doc.char_span(*_parse_offsets(doc, mention), alignment_mode="expand")
    if span is None or not any(t.tag_ == "HYPH" or t.text == "-" for t in span):
        return []
    places = {}  # token index -> (first token, last token, iso3) of the country pieces in the mention
    for piece in doc_pieces(doc):
        kind, key = piece.label_.split("|", 2)[:2]
        if span.start <= piece.start and piece.end <= span.end and kind in ("country", "adjective"):
            places[piece.start] = places[piece.end - 1] = key
    keys: list[str] = []
    for hyph in (t for t in span if t.text == "-"):
        # the hyphen joins the two names directly ("Israeli-Palestinian", not "Israeli-occupied")
        left, right = places.get(hyph.i - 1), places.get(hyph.i + 1)
        if left and right and left != right:
            keys += [k for k in (left, right) if k not in keys]
    if len(keys) < 2:
        return []
    return [replace(mention, cameo=key, country=key, sector=None, role=None, id=f"country:{key}", members=[])
            for key in keys]


def _parse_offsets(doc: Doc, mention: ActorMention) -> tuple[int, int]:
    """The parse-view character offsets of a mention (its tokens' own)."""
    # article-text offsets only grow with the token index: a binary search maps a few tokens
    tokens = range(len(doc))
    first = bisect_left(tokens, mention.start, key=lambda i: token_span(doc, i, i)[0])
    end = bisect_left(tokens, mention.end, key=lambda i: token_span(doc, i, i)[0])
    if first >= end:
        return 0, 0
    last = doc[end - 1]
    return doc[first].idx, last.idx + len(last.text)


def _distributed(doc: Doc, tok: Token, mention: ActorMention) -> dict[int, ActorMention]:
    """A title or body over conjoined countries stands for one actor per country: "the foreign
    ministers of India and Pakistan" is India's and Pakistan's, each with the title's sector,
    however the parser attached the second country. Returns the re-coded conjuncts by token."""
    if mention.members or not mention.sector or not mention.country:
        return {}
    head = np_head(tok)
    out: dict[int, ActorMention] = {}
    for mod in kids(head):
        # "Chinese and South Korean leaders", "US and British troops": each national modifier
        # conjoined with the title's own takes the title's sector
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > head.i:
            continue
        for conj in mod.conjuncts:
            other = actor_for(doc, conj) if conj.i > mod.i else None
            if other is not None and not other.members and other.cameo == other.country:
                out[conj.i] = replace(other, cameo=other.country + mention.sector, sector=mention.sector,
                                      role=mention.role)
    for prep in preps_of(head, frozenset({"of", "from"})):
        for pobj in pobjs(prep):
            if not mention.start <= token_span(doc, pobj, pobj)[0] < mention.end:
                continue
            # "ministers of [Peru and Bolivia]", or "[ministers of Peru] and Bolivia" for a plural title
            conjuncts = list(pobj.conjuncts) + (list(head.conjuncts) if head.tag_ in ("NNS", "NNPS") else [])
            for conj in conjuncts:
                if conj.i < pobj.i or token_span(doc, conj, conj)[0] < mention.end:
                    continue
                other = actor_for(doc, conj)
                if other is None or other.members or other.cameo != other.country:
                    continue  # only a bare country takes the title's sector
                out[conj.i] = replace(other, cameo=other.country + mention.sector, sector=mention.sector,
                                      role=mention.role)
    return out


EXAMPLE_PREPS = frozenset({"like", "including"})
INCLUDING = frozenset({"including"})
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
# plurals that stand for parties ("regions such as South Asia" are places, not parties)
EXAMPLE_HEADS = frozenset({"country", "nation", "state", "member", "government", "neighbour", "neighbor", "ally",
                           "partner", "power", "rival", "group", "organisation", "organization", "outlet",
                           "newspaper", "broadcaster", "company", "firm", "entity", "bank", "party"})


def _examples(tok: Token) -> list[Token]:
    """ "criticised countries such as Hungary and Poland", "EU members including X": the parties a
    plural noun names by example are the ones the act is known to concern."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in EXAMPLE_HEADS:
        return []
    such = any(c.lower_ == "such" for c in kids(tok))
    return [p for c in kids(tok) if c.dep_ == "prep" and (c.lower_ in EXAMPLE_PREPS or (
        c.lower_ == "as" and (such or any(g.lower_ == "such" for g in kids(c))))) for p in pobjs(c)]


def first_actor(doc: Doc, tokens: list[Token], event: Token | None = None) -> list[ActorMention]:
    """The first argument token that names an actor (a nominal's own modifiers, then the
    verb's subject). The ``event`` noun itself names its agent only in its own phrase ("Israeli
    strikes"): what it is coordinated with are other events ("US support for X, and Turkey's
    detention of Y")."""
    for tok in tokens:
        found = actors_of(doc, [tok], conjuncts=event is None or tok != event)
        if found:
            return found
    return []


def modifier_actors(doc: Doc, tokens: list[Token]) -> list[ActorMention]:
    """Actors named by the modifiers of an argument that is a thing, not an actor: "killed by a
    Taliban roadside bomb", "a Hamas rocket hit Sderot"."""
    for tok in tokens:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        # not a possessor: "their effort to overthrow ..." is an aim, and "their" a guess
        mods = [t for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                for t in c.subtree]
        found = first_actor(doc, mods)
        if found:
            return found
    return []


def is_country_place(a: ActorMention | None) -> bool:
    """A mention that names a country as a place (not one of its bodies): "Uganda", "Kampala",
    "Ugandan"."""
    return a is not None and not a.members and a.country is not None and a.cameo == a.country
