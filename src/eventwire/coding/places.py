"""Where an act happens, and what a place says about its parties: "protests erupted across Iran"
(the protesters are Iran's), "bombers struck targets in Syria" (the force falls on Syria),
"invited Trump to Paris" (a visit), "anti-government protests" (against the state)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.model import ActorMention
from eventwire.nlp import doc_actors, kids

from .argument_actors import actors_of, is_country_place
from .syntax import pobjs, preps_of

DESTINATION_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def against_the_state(tokens: list[Token]) -> bool:
    """ "anti-government protests", "anti-regime protesters": against a state no name is given for."""
    for tok in tokens:
        mods = [c for c in kids(tok) if c.dep_ in ("amod", "compound", "npadvmod")]
        if any(m.lower_ in STATE_WORDS for m in mods) and any(m.lower_ == "anti" for m in mods) \
                or any(m.lower_ in ("anti-government", "anti-regime") for m in mods):
            return True
    return False


STATE_WORDS = frozenset({"government", "regime", "state"})


def event_places(noun: Token) -> list[Token]:
    """The places a nominal event or the clause it is the subject of happens in ("protests
    erupted across Iran", "protests in Tehran")."""
    hosts = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])
    return [o for h in hosts for p in preps_of(h, SPREAD_PREPS) for o in pobjs(p)]


SPREAD_PREPS = frozenset({"in", "inside", "within", "across", "throughout", "around"})
MILITARY_SITES = frozenset({"target", "position", "base", "site", "facility", "stronghold", "hideout", "camp",
                            "area", "village", "town", "outpost", "installation", "depot", "compound"})
# what a strike on a country's economy or supply hits: "drones hit an oil refinery in Russia"
INFRASTRUCTURE = frozenset({"refinery", "plant", "station", "substation", "port", "airport", "airfield", "bridge",
                            "infrastructure", "terminal", "pipeline", "warehouse", "factory", "grid", "dam",
                            "railway"})
STRUCK_SITES = MILITARY_SITES | INFRASTRUCTURE
# the buildings and posts a state organ's word names as its own: "a government building", "an army
# barracks", "a police station", and the organ (sector) each word names
ORGAN_SITES = frozenset({"building", "barracks", "barrack", "station", "post", "headquarters", "office",
                         "base", "compound", "checkpoint", "outpost", "garrison", "palace"})
ORGAN_WORDS = {"government": "GOV", "presidential": "GOV", "army": "MIL", "military": "MIL", "police": "COP",
               "parliament": "LEG", "parliamentary": "LEG"}


def organ_site(tokens: list[Token]) -> tuple[Token, str] | None:
    """The first of ``tokens`` that is a state organ's building or post by its modifier, with the
    organ's sector: "a government building" (GOV), "an army barracks" (MIL)."""
    for tok in tokens:
        if tok.lemma_.lower() in ORGAN_SITES:
            sector = next((ORGAN_WORDS[c.lower_] for c in kids(tok)
                           if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ORGAN_WORDS), None)
            if sector is not None:
                return tok, sector
    return None


# nouns that name a town by an "of" phrase: "the eastern city of Goma"
SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port", "province", "district", "region"})


def clause_places(verb: Token) -> list[Token]:
    """The places a verb's clause happens in ("struck targets in Syria", "an airport near Damascus")."""
    return [o for p in preps_of(verb, SPREAD_PREPS | NEAR_PREPS) for o in pobjs(p)]


NEAR_PREPS = frozenset({"near", "outside"})


# where a violent act happened: "in Baghdad", "near the village of Kfar Kila", "outside Basra"
ATTACK_PLACE_PREPS = SPREAD_PREPS | NEAR_PREPS | {"at"}
NAMED_PLACE_PREPS = frozenset({"of"})  # "the town of Samarra", "outside of the city of Basra"
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def attack_places(head: Token) -> list[Token]:
    """The places a violent act is told to have happened in: its own place phrases, those of
    the attack it is told through ("killed in a car bombing in Baghdad", "a roadside bombing near
    Samarra killed"), and the named place of "the town of Samarra"."""
    verbs = [head] + ([head.head] if head.dep_ == "advcl" and head.tag_ == "VBG" else [])
    # ("a bomb exploded at a checkpoint in Kandahar, killing four policemen": the clause it ends)
    hosts = verbs + [c for v in verbs for c in kids(v) if c.dep_ in ("nsubj", "nsubjpass")] \
        + [o for v in verbs for p in preps_of(v, AGENT_PREPS) for o in pobjs(p)]
    # "the killing of a journalist in Kandahar", "a drone attack on a US base in Jordan killed
    # ...": a nominal act happens where what it falls on is (not one told in a phrase, which is
    # often pinned on a party the clause names: "men sought in the slaying of X in Y")
    struck = [o for h in hosts if h.pos_ == "NOUN" and h.dep_ != "pobj"
              for p in preps_of(h, STRUCK_PREPS) for o in pobjs(p)]
    hosts += struck
    preps = [p for h in hosts for p in preps_of(h, ATTACK_PLACE_PREPS)]
    # "killed three soldiers south of Kirkuk", "60km north of Baghdad": a bearing from a named place
    preps += [p for v in verbs for c in kids(v) if c.dep_ in ("advmod", "npadvmod") and c.lower_ in BEARINGS
              for p in preps_of(c, NAMED_PLACE_PREPS)]
    places = [o for p in preps + [q for p in preps for q in preps_of(p, NAMED_PLACE_PREPS)] for o in pobjs(p)]
    # "airstrikes on Khan Younis killed ...", "shelling of the town of X": a town or region the
    # attack falls on is where it happened (a country or its capital is rather its target)
    places += [o for o in struck if o.lemma_.lower() in SETTLEMENTS or _names_town(head.doc, o)]
    # "the town of Samarra", "a checkpoint in Kandahar": the named place the spot is in
    places += [o for pl in places if pl.ent_type_ not in DESTINATION_ENTITIES
               for p in preps_of(pl, NAMED_PLACE_PREPS | SPREAD_PREPS) for o in pobjs(p)]
    # "a Kabul car bombing killed ...", "died in the Madrid bombings": the city naming the attack
    return places + [h for h in hosts if h.pos_ == "NOUN" and city_named_site(h)]


# attack nouns a city before them names the site of ("a Kabul car bombing", "the Nairobi blasts")
SITE_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "massacre", "shooting"})


def city_named_site(tok: Token) -> bool:
    """Whether ``tok`` (or the noun it modifies) is an attack named by the city it happened in
    ("the Madrid bombings", "a Kabul car bombing"): the city is where it happened, not who did it,
    so it names no attacker (it may still name what was hit: "the Paris attacks were claimed by
    IS")."""
    while tok.dep_ in ("compound", "nmod") and tok.i < tok.head.i:
        tok = tok.head
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SITE_NOUNS:
        return False
    found = doc_actors(tok.doc).get(tok.i)
    return found is not None and (found.role == "capital" or (found.id or "").startswith(PLACE_IDS))


def _names_town(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` names a place inside a country (a town, a region), not a country or its capital."""
    found = doc_actors(doc).get(tok.i)
    return found is not None and (found.id or "").startswith(PLACE_IDS)


PLACE_IDS = "place:"
AGENT_PREPS = frozenset({"in", "by"})  # "killed in a bombing", "killed by a roadside bomb"
STRUCK_PREPS = frozenset({"of", "on", "against"})  # "the killing of X", "an attack on X"
UNNAMED_ATTACKERS = "unidentified attackers"
# nouns that count attacks: "two waves of airstrikes", "a barrage of rockets", "a series of bombings"
ATTACK_COUNTS = frozenset({"wave", "series", "barrage", "string", "spate", "round", "volley", "salvo", "hail",
                           "flurry", "succession"})


def counted_attacks(tok: Token) -> list[Token]:
    """``tok``, and for a noun that counts attacks ("two waves of airstrikes") the attacks it counts."""
    if tok.lemma_.lower() not in ATTACK_COUNTS:
        return [tok]
    return [tok, *(o for p in preps_of(tok, COUNTED_PREPS) for o in pobjs(p))]


COUNTED_PREPS = frozenset({"of"})
# what an unnamed attacker kills or wounds with ("killed in a car bombing", "a roadside bomb killed")
ATTACK_WORDS = frozenset({"attack", "assault", "bombing", "bomb", "blast", "explosion", "explosive", "device", "ied",
                          "shelling", "shell", "strike", "airstrike", "raid", "ambush", "shooting", "gunfire", "gunman",
                          "gunmen", "militant", "bomber", "mine", "landmine", "minefield", "missile", "rocket", "mortar",
                          "grenade", "sniper", "crossfire", "clash", "fighting", "violence", "attacker", "assailant",
                          "drone", "artillery", "gunshot", "stabbing", "knife", "battle", "gunbattle", "firefight",
                          "shootout", "incident", "combat", "fight", "offensive", "operation"})
# people who attack ("eight men attacked and injured six residents") and where ("shot in the city's
# San Lorenzo district"): neither names a cause other than an attack
ATTACKER_NOUNS = frozenset({"man", "woman", "youth", "mob", "gang", "group", "suspect", "individual", "fighter",
                            "person", "people", "crowd", "assailant", "intruder", "thug", "extremist", "insurgent",
                            "rebel", "jihadist", "terrorist", "soldier", "troop", "force", "police", "militia"})
PLACE_NOUNS = frozenset({"district", "city", "town", "village", "region", "province", "neighborhood", "neighbourhood",
                         "street", "market", "suburb", "capital", "part", "north", "south", "east", "west", "centre",
                         "center", "state", "county", "border", "frontier", "road", "highway", "mosque", "church",
                         "school", "hospital", "home", "house", "hotel", "mall", "square"})
# a sentence telling of an accident or a disaster: its dead were killed by no one
ACCIDENT_WORDS = frozenset({"crash", "accident", "collision", "derailment", "stampede", "plant", "factory", "refinery",
                            "leak", "flood", "earthquake", "storm", "landslide", "avalanche", "blaze", "malfunction",
                            "collapse", "capsize"})


def unnamed_attackers(doc: Doc, head: Token, targets: list[ActorMention]) -> tuple[list[ActorMention],
                                                                                  list[ActorMention]]:
    """The attackers of a violent act that names none, as the country it happened in (an empty
    mention at the trigger: the text names no one), else as the country of victims told of at
    home ("gunmen killed Haitian President X at his residence"), and its victims among
    ``targets`` (the place it happened in is none: "killed a journalist in Beirut"). Nothing for
    a death the text puts down to something that is no attack ("an explosion at a chemical plant
    killed 12 workers")."""
    attackers = _attackers(doc, head)
    if attackers is None:
        return [], targets
    attackers = attackers or _agent_at_home(head, targets, UNNAMED_ATTACKERS)
    victims = [t for t in targets if not (attackers and t.country == attackers[0].country
                                          and (is_country_place(t) or t.role == "capital"))]
    return (attackers, victims) if attackers and victims else ([], targets)


UNNAMED_CUSTODIANS = "custodians"


def unnamed_custodians(doc: Doc, head: Token, detainees: list[ActorMention]) -> list[ActorMention]:
    """The authorities that arrest or jail people with no agent named ("X was arrested on
    Tuesday", "the arrest of opposition leader X in Dakar"): those of the country it happened in,
    else of the detainees' own country when they are people told of at home."""
    return _agent_of_place(doc, head, attack_places(head), UNNAMED_CUSTODIANS) \
        or _agent_at_home(head, detainees, UNNAMED_CUSTODIANS)


# people the news tells of at home unless a place says otherwise: named politicians, officials,
# police officers and dissidents ("Haitian President X was assassinated", "opposition leader X was
# arrested"); not soldiers, reporters, aid workers, rebels or civilians, who are often abroad or
# held by a foe, nor a body or a group ("shot Nigerien gendarmes in raids over the border")
AT_HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "OPP", "HRI", "ELI"})
PERSON_IDS = "person:"


def _agent_at_home(head: Token, people: list[ActorMention], role: str) -> list[ActorMention]:
    """An unnamed agent as the country of the first of ``people`` told of at home."""
    found = next((p for p in people if p.country and p.sector in AT_HOME_SECTORS
                  and (p.id or "").startswith(PERSON_IDS)), None)
    return [_country_agent(found, head, role, "victim")] if found is not None else []


def _attackers(doc: Doc, head: Token) -> list[ActorMention] | None:
    """The unnamed attackers by the place of the act, or None when the text puts the harm down to
    something that is no attack."""
    # (what exploded, for "..., killing four": "a gas cylinder exploded" names no attack)
    verbs = [head] + ([head.head] if head.dep_ == "advcl" and head.tag_ == "VBG" else [])
    causes = [c for c in [*(c for v in verbs for c in kids(v) if c.dep_ == "nsubj"),
                          *(o for p in preps_of(head, AGENT_PREPS) for o in pobjs(p))]
              if c.ent_type_ not in DESTINATION_ENTITIES and c.ent_type_ not in ("DATE", "TIME")
              and c.lemma_.lower() not in PLACE_NOUNS | MILITARY_SITES]
    if causes and not any(w.lemma_.lower() in ATTACK_WORDS | ATTACKER_NOUNS
                          for c in causes for w in [*counted_attacks(c), *kids(c)]):
        return None
    if any(t.lemma_.lower() in ACCIDENT_WORDS for t in head.sent):
        return None
    attackers = _agent_of_place(doc, head, attack_places(head), UNNAMED_ATTACKERS)
    if any(_air_attack(w) for c in [head, *causes] for w in counted_attacks(c)):
        # "an airstrike in Idlib killed ...": what strikes from the air is an air force, a military
        attackers = [replace(a, cameo=a.country + MILITARY, sector=MILITARY) for a in attackers]
    return attackers


# attacks only an air force makes: "airstrikes", "air raids", "warplanes"
AIR_ATTACKS = frozenset({"airstrike", "air strike", "air raid", "warplane", "fighter jet", "helicopter gunship"})
MILITARY = "MIL"


def _air_attack(tok: Token) -> bool:
    words = {tok.lemma_.lower(), *(f"{c.lemma_.lower()} {tok.lemma_.lower()}" for c in kids(tok) if c.dep_ == "compound")}
    return bool(words & AIR_ATTACKS)


def _agent_of_place(doc: Doc, head: Token, places: list[Token], role: str) -> list[ActorMention]:
    """An agent the text does not name, as the country of the first of ``places`` that names one:
    an empty mention at the trigger (no words name the agent), with the bare country code."""
    for place in places:
        # ("in Zamfara", "in Tigray": a region, written as a proper name, named as the place)
        found = next((a for a in actors_of(doc, [place]) if a.country and (
            is_country_place(a) or a.role == "capital" or a.sector == "CVL" and place.pos_ == "PROPN")), None)
        if found is not None:
            return [_country_agent(found, head, role, "place")]
    return []


def _country_agent(found: ActorMention, head: Token, role: str, how: str) -> ActorMention:
    """An empty mention at the trigger (no words name the agent) with the bare country code of ``found``."""
    return ActorMention(doc_id=found.doc_id, text="", start=head.idx, end=head.idx, cameo=found.country,
                        country=found.country, role=role, resolved_by=how, id=f"country:{found.country}")


# a crowd the text gives no name or nationality ("thousands marched in Belgrade")
CROWD_WORDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                         "ten", "tens", "score", "scores", "crowd", "throng", "people", "demonstrator",
                         "protester", "protestor", "marcher", "resident", "citizen"})
CROWD_PLACE_PREPS = ATTACK_PLACE_PREPS | {"to", "through", "into", "on"}  # "took to the streets of Belgrade"


def unnamed_crowd(doc: Doc, head: Token, subjects: list[Token]) -> list[ActorMention]:
    """Protesters the text names only by their number ("tens of thousands took to the streets of
    Belgrade to protest"), as the country they protest in (conventions: bare country code)."""
    if not subjects or not all(s.lemma_.lower() in CROWD_WORDS or s.lower_ in CROWD_WORDS for s in subjects):
        return []
    # the protest's own clause, and the one a purpose or participle hangs on ("took to the streets
    # of X to protest")
    hosts = [head] + ([head.head] if head.dep_ in ("advcl", "xcomp", "conj") else []) + subjects
    preps = [p for h in hosts for p in preps_of(h, CROWD_PLACE_PREPS)]
    places = [o for p in preps for o in pobjs(p)]
    places += [o for pl in places for p in preps_of(pl, NAMED_PLACE_PREPS | SPREAD_PREPS) for o in pobjs(p)]
    return _agent_of_place(doc, head, places, "protesters")


def destination(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` names a place one can visit: a country or city, or a named building or
    region ("the Elysee Palace")."""
    return tok.ent_type_ in DESTINATION_ENTITIES or is_country_place(doc_actors(doc).get(tok.i))
