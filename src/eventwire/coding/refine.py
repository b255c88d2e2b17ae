"""Code refinements: what the actors and the agent phrase say about an act a pattern coded.

A pattern codes the predicate ("killed": 190); who did it to whom, and what the agent phrase
names, can make the act a more specific one ("warplanes killed": 195) or another one ("troops
opened fire on protesters": repression, 175). Each refinement is a small rule; they apply in
order, and each one that fires is named in ``coder.rule``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.model import ActorMention
from eventwire.nlp import doc_actors, kids

from .places import counted_attacks
from .roots import PROTEST_ROOT
from .syntax import pobjs, preps_of

if TYPE_CHECKING:
    from .readings import Reading

ARMED_SECTORS = frozenset({"REB", "INS", "MIL", "UAF"})
# sectors through which a country acts as a state ("Colombia" and "the Colombian army" are one side)
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
SECURITY_SECTORS = frozenset({"MIL", "COP", "SPY"})
# people at work: their "strike" stops work (143)
WORKING_SECTORS = frozenset({"LAB", "EDU", "HLH", "CVL", "BUS", "AGR", "MED"})

PLAIN_SUPPORT_RULES = frozenset({"051.support", "051.back", "051.support-noun", "051.win-backing-reverse"})
MATERIAL_SUPPORT_CODE = "070"
MATERIAL_AID_INTENT_CODE = "033"  # express intent to provide material aid
SUPPORT_ROOT = "05"
PROPERTY_DESTRUCTION_CODE = "1712"
FORCE_CODE = "190"
REPRESSION_CODE = "175"
FORCE_ROOTS = ("18", "19")
VISIT_CODE = "042"
PEACEKEEPING_CODE = "074"
INTENT_TO_MEDIATE_CODE, ACCEPT_MEDIATION_CODE = "039", "038"
BLOCKING_CODE, BLOCKADE_CODE = "144", "191"
BLOCKADE_THREAT_CODE, PROTEST_THREAT_CODE = "1381", "133"
APOLOGY_CODE, DISAPPROVAL_CODE = "055", "110"
REGRETTED_ACTS = frozenset({"decision", "move", "plan", "policy", "step", "refusal", "announcement", "vote", "choice",
                            "action", "stance", "position", "withdrawal", "failure", "law", "ban", "measure"})
SINKING_VERBS = frozenset({"sink"})
OF = frozenset({"of"})
CIVILIAN_VESSELS = frozenset({"boat", "trawler", "ferry", "tanker", "freighter", "dhow", "yacht", "skiff", "barge"})
WAR_VESSEL_WORDS = frozenset({"patrol", "gun", "missile", "torpedo", "naval", "navy", "coastguard", "military",
                              "attack", "assault", "landing", "war"})
CROWD_FORCE_CODES = frozenset({"180", "190"})  # a crowd fights; missiles or bombs are no protest
SEIZURE_CODE, OCCUPATION_CODE, ABDUCTION_CODE = "171", "192", "181"
CAPTURE_RULE = "192.capture"  # the pattern that reads "captured X" as taking a place
TERRITORY_PARTS = frozenset({"part", "swathe", "swath", "area", "chunk", "much", "most", "half", "portion", "stretch",
                             "territory", "tract", "expanse"})
CAPTURE_VERBS = frozenset({"seize", "capture", "recapture", "liberate", "take", "retake", "overrun"})
ARREST_CODE = "173"
PROTECTION_INTENT_CODE = "0334"  # express intent to provide military protection or peacekeeping
COMMITMENT_FRAMES = frozenset({"intent", "pledge", "aim"})  # not "threaten"
LABOUR_STRIKE_CODE = "143"  # conduct strike or boycott
STATE_SANCTION_CODE = "163"  # impose embargo, boycott or sanctions
OFFICIAL_COMPLAINT_CODE = "114"
VIOLENT_PROTEST_CODE = "145"
# people and bodies outside the state: their boycott is a protest, not a sanction
# a supplier cutting off what it delivers withholds it (163) whoever owns it: no boycott
SUPPLY_CUT_RULES = frozenset({"163.cut-energy-supply", "163.cut-off-energy", "163.cut-off-gas",
                              "163.halt-supply-of-energy", "163.cut-energy-to"})
CIVIC_SECTORS = WORKING_SECTORS | frozenset({"OPP", "NGO", "HRI", "ENV", "REL"})
ASSASSINATION_CODE = "186"
RETREAT_CODE, LEAVE_BODY_CODE = "0874", "161"
# an international body suspending a member state ("suspended Niger", "suspended Sudan from all
# its activities", "suspended the membership of Mali") cuts its diplomatic exchange with it (161)
MEMBER_SUSPENSION_RULES = frozenset({"172.suspend", "160.suspend-from", "160.suspend-membership"})
SUSPEND_VERBS = frozenset({"suspend"})
# people removed from a country (174) or a body removed (166) who are its diplomats: CAMEO codes the
# expulsion or withdrawal of diplomats as reduced diplomatic relations (161)
REMOVAL_CODES, DIPLOMATIC_RELATIONS_CODE = frozenset({"174", "166"}), "161"
DIPLOMAT_WORDS = frozenset({"ambassador", "envoy", "diplomat", "attache", "attaché", "consul", "chargé", "emissary"})
# a head that is a diplomat only with its modifier: "high commissioner", "embassy staff", "chargé d'affaires"
DIPLOMATIC_MODIFIERS = {"commissioner": frozenset({"high"}),
                        "staff": frozenset({"embassy", "diplomatic", "consular", "consulate"}),
                        "personnel": frozenset({"embassy", "diplomatic", "consular", "consulate"}),
                        "d'affaire": frozenset({"charge", "chargé"})}

# the agent of a use of force names the weapon: "warplanes killed", "tanks shelled" (CAMEO 195, 194)
WEAPON_AGENTS = {"195": frozenset({"warplane", "jet", "aircraft", "airplane", "plane", "helicopter", "gunship", "drone",
                                   "airstrike", "air strike", "air raid", "drone strike", "bomber", "warplanes",
                                   "air force", "glide bomb", "guided bomb", "airforce", "fighter jet", "fighter plane",
                                   "fighter aircraft", "combat aircraft", "fighter bomber", "attack helicopter"}),
                 "194": frozenset({"artillery", "tank", "howitzer", "gunboat", "warship", "frigate", "destroyer",
                                   "battleship", "cannon", "shelling", "bombardment", "artillery fire", "tank fire",
                                   "rocket fire", "shellfire", "missile", "rocket", "mortar", "shell", "artillery shell",
                                   "tank shell", "mortar shell", "mortar round", "rocket launcher"}),
                 "1831": frozenset({"suicide bomber", "suicide bombing", "suicide attacker", "suicide attack"}),
                 "1832": frozenset({"car bomb", "truck bomb", "car bombing"}),
                 "1833": frozenset({"roadside bomb", "roadside bombing"})}
PLAIN_FORCE_CODES = frozenset({"180", "183", "190", "193"})
# force that may kill one prominent person: plain force, and shelling or an air strike
ASSASSINATION_WEAPON_CODES = PLAIN_FORCE_CODES | {"194", "195"}
# the act a harm participle hangs on names the weapon ("shelled the market, killing ten")
WEAPON_VERBS = {"shell": "194", "bombard": "194"}
# bringing down what the other side launched or flew ("warships shot down drones") is plain force
# (190) whatever platform fired: the weapon of an interception is no bombardment or air strike
INTERCEPT_VERBS = frozenset({"intercept", "down"})
SHELLING_CODE, AERIAL_CODE = "194", "195"
# killing one person who holds a political office is an assassination (186)
KILL_VERBS = frozenset({"kill", "murder", "slay", "assassinate", "execute"})
OFFICE_WORDS = frozenset({"governor", "minister", "president", "mayor", "premier", "leader", "lawmaker", "senator",
                          "judge", "prosecutor", "speaker", "chancellor", "king", "prince", "ambassador", "envoy",
                          "legislator", "mp", "parliamentarian", "chief", "councillor", "councilor"})
# one person named by office, rank or standing ("a FARC commander", "the gang leader")
PERSON_TITLES = OFFICE_WORDS | frozenset({"commander", "colonel", "general", "officer", "lord", "kingpin", "boss",
                                          "suspect", "fugitive", "militant", "fighter", "soldier", "journalist",
                                          "activist", "spokesman"})
PEACEKEEPER_WORDS = frozenset({"peacekeeper", "peacekeeping"})
# cooperation with an armed body is military cooperation: "partnered with Kurdish-led forces"
MILITARY_COOPERATION = {"060": "062", "031": "0312"}
PARTNER_VERBS = frozenset({"partner", "ally", "cooperate", "co-operate", "collaborate", "team", "coordinate", "work"})
PLAIN_THREAT_CODE = "130"
# what a threatened party is foretold to do: suffer ("would pay a price for X", "face consequences")
SUFFERING_VERBS = frozenset({"pay", "face", "suffer", "bear", "regret"})
MILITARY_THREAT_CODE = "138"
# what a threat's own words name when it threatens force: "warned it would regard a blockade
# as an act of war", "warned that it courted a military showdown"
FORCE_WORDS = frozenset({"war", "military", "attack", "invasion", "invade", "offensive", "bomb", "bombing",
                         "airstrike", "missile", "strike", "retaliation", "retaliate", "confrontation", "army",
                         "troops", "force"})
# what a warned party is told it will face instead: "not to retaliate or face military action"
CONSEQUENCE_VERBS = frozenset({"face", "risk", "suffer", "incur"})
SANCTION_THREAT_CODE = "1312"  # threaten to boycott, embargo or sanction
TRADE_MEASURES = frozenset({"tariff", "sanction", "duty", "levy", "embargo", "boycott", "quota", "trade"})
RETALIATION_WORDS = frozenset({"retaliate", "retaliation"})
# a threat's grievance, not the act it threatens: "threatened to pull out over cyber-attacks"
CAUSE_PREPS = frozenset({"over", "because"})
# a force word that names no use of force: "war crimes", "the Cold War's end", "task force"
NOT_FORCE = frozenset({"crime", "criminal", "task", "labor", "labour", "workforce", "trade", "cold", "price"})


# the words that make an international organisation's mention its troops ("KFOR troops", "UN
# peacekeepers"), a security force as much as a state's army or police
FORCE_NOUNS = frozenset({"troops", "soldiers", "peacekeepers", "forces", "force", "police", "policemen"})


def security_force(actor: ActorMention) -> bool:
    """A state's army, police or intelligence, or an international body's troops."""
    if actor.sector in SECURITY_SECTORS:
        return True
    return (actor.cameo or "").startswith("IGO") and actor.text.rsplit(" ", 1)[-1].lower() in FORCE_NOUNS


def armed(actor: ActorMention) -> bool:
    return actor.sector in ARMED_SECTORS or (actor.cameo or "").startswith("IMG")


Actor = ActorMention | None
Rule = Callable[["Reading", Actor, Actor, list[Token]], str | None]


def _armed_recipient(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """"US support for Kurdish militias", "Turkey backed the rebels": backing an armed body is
    material aid (070), not the verbal endorsement (051) that "support" is for a government.
    Wrapped in a commitment ("is ready to back the rebels", "said it would back them") it is the
    intent to give that aid (033), as the frame makes of any aid; wrapped in another frame that
    recodes it ("refused to back", "urged T to support") it keeps that frame's code."""
    if r.rules[-1] not in PLAIN_SUPPORT_RULES or target is None or not armed(target):
        return None
    if len(r.rules) > 1 and r.rules[0].split(".", 1)[0] in COMMITMENT_FRAMES:
        return MATERIAL_AID_INTENT_CODE
    return MATERIAL_SUPPORT_CODE if r.code[:2] == SUPPORT_ROOT else None


def _armed_target(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """"wiped out much of the enemy's navy": wrecking an armed body is military force
    (190), not the destruction of property (1712)."""
    return FORCE_CODE if r.code == PROPERTY_DESTRUCTION_CODE and target is not None and armed(target) else None


def _sunk_civilian_vessel(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """"sank three fishing boats", "sunk a cargo ferry": sinking a civilian vessel destroys
    property (1712); sinking a warship or a patrol boat is a naval attack (194)."""
    if r.code[:2] != "19" or r.head.lemma_.lower() not in SINKING_VERBS or (target is not None and armed(target)):
        return None
    # (the vessels a quantity counts: "sank dozens of trawlers")
    vessels = [v for t in r.binding.targets for v in [t, *(o for p in preps_of(t, OF) for o in pobjs(p))]]
    return PROPERTY_DESTRUCTION_CODE if any(
        v.lemma_.lower() in CIVILIAN_VESSELS and not any(m.lower_ in WAR_VESSEL_WORDS for m in kids(v))
        for v in vessels) else None


def _repression(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """"troops opened fire on protesters": force by security forces against protesters or the
    opposition is violent repression (175); ousting a leader is a seizure of power, whoever the
    ousted is on the day (192: "the military ousted President X")."""
    if r.code[:2] in FORCE_ROOTS and r.code not in (REPRESSION_CODE, OCCUPATION_CODE) and target is not None \
            and target.sector == "OPP" \
            and source is not None and security_force(source):
        return REPRESSION_CODE
    return None


def _weapon(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """The weapon the agent phrase names ("warplanes killed", "a car bomb killed")."""
    if r.code not in PLAIN_FORCE_CODES and r.code != SHELLING_CODE or _interception(r.head):
        return None
    # the agent phrase's head too: "Syrian government shelling killed ..." names the government
    # ("two waves of airstrikes killed ...": the attacks a counting noun counts)
    src = [c for t in src for c in counted_attacks(t)]
    tokens = [*src, *(t.head for t in src if t.dep_ in ("compound", "amod", "poss", "nmod"))]
    host = attack_hosting(r.head)
    if host is not None and host.lemma_.lower() in WEAPON_VERBS:
        return WEAPON_VERBS[host.lemma_.lower()] if r.code != SHELLING_CODE else None
    instruments = _instruments(r.head) + (_instruments(host, objects=True) if host is not None else [])
    tokens += instruments
    words = {t.lemma_.lower() for t in tokens}
    # "artillery fire", "suicide bomber": a weapon named with its compound, which says more than
    # the head alone ("suicide bombers" are people, "bombers" aircraft)
    # (a name before it is the owner, not a kind of weapon: "RSF drones", "Houthi drones")
    phrases = {f"{c.lemma_.lower()} {t.lemma_.lower()}" for t in tokens for c in kids(t)
               if c.dep_ == "compound" and c.pos_ != "PROPN"}
    found = next((code for code, agents in WEAPON_AGENTS.items() if phrases & agents), None) \
        or next((code for code, agents in WEAPON_AGENTS.items()
                 if words & agents and not any(p.endswith(" " + w) for p in phrases for w in words & agents)), None) \
        or next((code for code, agents in WEAPON_AGENTS.items()  # what was fired: "long-range rockets"
                 if {t.lemma_.lower() for t in instruments} & agents), None)
    if r.code == SHELLING_CODE:
        return found if found == AERIAL_CODE else None  # "warplanes pounded the town": from the air
    return found


def attack_hosting(verb: Token) -> Token | None:
    """The act a harm participle hangs on ("shelled the market, killing ten people": "shelled"),
    also through a participle before it ("fired rockets into X, hitting a station and killing ten")."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        verb = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        return verb.head
    return None


def _instruments(verb: Token, objects: bool = False) -> list[Token]:
    """What an attack was made with ("fought with mortars and rocket launchers") and, for the act
    a harm participle hangs on, what it fired or launched ("fired rockets into the town, killing")."""
    deps = ("dobj", "obj") if objects else ()
    heads = [o for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "with" for o in kids(c) if o.dep_ == "pobj"]
    heads += [o for o in kids(verb) if o.dep_ in deps]
    heads += [c for h in heads for c in kids(h) if c.dep_ == "conj"]
    return heads


def _interception(verb: Token) -> bool:
    """ "shot down 21 drones", "intercepted the missiles", "downed a jet"."""
    lemma = verb.lemma_.lower()
    return lemma in INTERCEPT_VERBS or lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids(verb))


def _assassination(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Killing one holder of a political office (186)."""
    shot_dead = r.head.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in kids(r.head))
    # a named leader killed by a strike is assassinated whatever the weapon ("killed the Hamas
    # official X in a drone strike"): the weapon says how, the one prominent victim what the act was
    if r.code not in ASSASSINATION_WEAPON_CODES or not (r.head.lemma_.lower() in KILL_VERBS or shot_dead) \
            or target is None or target.members:
        return None
    office = (target.role or "").lower().split()
    if office and office[-1] in OFFICE_WORDS or (target.id or "").startswith("person:"):
        return ASSASSINATION_CODE
    # "shot the deputy leader of X's militia", "murdered the governor of the province": the one
    # victim named by an office whose body the "of" phrase gives (the actor is the body's)
    if any(t.tag_ == "NN" and t.lemma_.lower() in OFFICE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(t))
           for t in r.targets):
        return ASSASSINATION_CODE
    return None


def _armed_partner(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Cooperating with an armed body ("the US partnered with Kurdish fighters") is military
    cooperation (062), as is the intent to (0312)."""
    code = MILITARY_COOPERATION.get(r.code)
    if not code or r.head.lemma_.lower() not in PARTNER_VERBS:
        return None  # sharing expertise or trading with an armed group is not fighting alongside it
    return code if target is not None and armed(target) else None


def _military_threat(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """A plain threat or warning whose own words name force is a threat of force (138); one
    that names trade measures ("vowed to retaliate against US tariffs") threatens sanctions (1312)."""
    if r.code != PLAIN_THREAT_CODE:
        return None
    agent = {t.i for s in src for t in s.subtree}
    # what the threat is made over is the grievance, not the force threatened ("threatened to
    # leave the country over attacks on its staff")
    agent |= {t.i for p in r.head.subtree if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS for t in p.subtree}
    # what the threatened party is to pay for is its own act ("would pay a price for the attack
    # on Crimea"), not the force threatened
    if r.head.lemma_.lower() in SUFFERING_VERBS:
        owed = [r.head, *(o for o in kids(r.head) if o.dep_ in ("dobj", "obj"))]
        agent |= {t.i for w in owed for p in kids(w) if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree}
    # the other party's retaliation it is warned against names no force of the warner's ("warned
    # China not to retaliate"); force the warned act names does ("against any military adventure")
    warned = _warned_against(r.head)
    # retaliation in kind against trade measures is trade retaliation, unless war is named
    # ("would regard a trade embargo as an act of war")
    trade = any(t.i not in agent and t.lemma_.lower() in TRADE_MEASURES for t in r.head.subtree)
    for t in r.head.subtree:
        if t.i in agent or t.lemma_.lower() not in FORCE_WORDS or t.lemma_.lower() == "force" and t.pos_ == "VERB":
            continue  # "an agreement forced on Qatar" names no force
        if "force" == t.lemma_.lower() and not any(c.dep_ == "prep" or c.lower_ == "military" for c in kids(t)) \
                and t.dep_ not in ("pobj", "dobj"):
            continue  # "by force", "use force", "military force", not "security forces"
        if any(c.lemma_.lower() in NOT_FORCE for c in kids(t)) or t.head.lemma_.lower() in NOT_FORCE:
            continue
        if (trade or t.i in warned) and t.lemma_.lower() in RETALIATION_WORDS:
            continue
        return MILITARY_THREAT_CODE
    return SANCTION_THREAT_CODE if trade else None


def _warned_against(verb: Token) -> set[int]:
    """The tokens naming the act a warning tells the other party not to do ("warned China not to
    retaliate", "warned Tehran against retaliating"), without the consequence it threatens
    instead ("not to retaliate or face military action")."""
    acts = [c for c in kids(verb) if c.dep_ in ("xcomp", "ccomp") and any(n.dep_ == "neg" for n in kids(c))]
    acts += [c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "against"]
    consequences = {t.i for a in acts for c in a.subtree if c.dep_ == "conj" and c.lemma_.lower() in CONSEQUENCE_VERBS
                    for t in c.subtree}
    return {t.i for a in acts for t in a.subtree} - consequences


def _promised_deployment(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """A promise to send forces *to* a country ("pledged to send police officers to Haiti") is
    an intent to protect it (0334); a threat to deploy, or forces sent "into" a country or to
    its border, stay a threat of force (138)."""
    if r.code != MILITARY_THREAT_CODE or r.rules[0].split(".")[0] not in COMMITMENT_FRAMES \
            or not r.rules[-1].startswith("15") or target is None or armed(target):
        return None
    # on the verb or its object ("deploy a brigade to Lithuania"), or on an alternative offered
    # with it that has no subject of its own ("send troops or provide funds to Iraq")
    sent = [x for deploy in r.binding.wrapped for x in [deploy, *(
        c for c in kids(deploy) if c.dep_ == "conj" and c.pos_ == "VERB"
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in kids(c)))]]
    moved = [x for verb in sent for x in [verb, *(c for c in kids(verb) if c.dep_ == "dobj")]]
    places = [o for x in moved for p in kids(x) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in kids(p) if o.dep_ == "pobj"]
    actors = doc_actors(r.head.doc)
    # the destination is the target country itself, not a border or region of it ("northern Syria")
    return PROTECTION_INTENT_CODE if any(o.i in actors and actors[o.i].cameo == target.cameo
                                         and not any(c.dep_ in ("amod", "compound") for c in kids(o))
                                         for o in places) else None


def _territory(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Seizing or capturing a place ("seized Bukavu", "captured Avdiivka") occupies territory
    (192); a state that captures a person holds them (173: "marines recaptured the drug lord X",
    "troops captured a FARC commander"); capturing people otherwise is force against fighters
    (190) or an abduction of others (181)."""
    if target is None or r.head.lemma_.lower() not in CAPTURE_VERBS or r.code not in (SEIZURE_CODE, OCCUPATION_CODE):
        return None
    # a place, or a country named as one ("seized Ukraine"), not its people ("Nigerian aid
    # workers") or things ("seized Russian assets", "Palestinian land")
    named = r.targets and all(t.pos_ == "PROPN" or _part_of_a_place(t) for t in r.targets)
    place = named and ((target.id or "").startswith("place:") or target.role == "capital"
                       or (target.cameo == target.country and not target.members))
    if place:
        return OCCUPATION_CODE if r.code != OCCUPATION_CODE else None
    if _one_person(r, target) and (source is None or source.sector in STATE_SECTORS):
        return ARREST_CODE
    if r.rules[-1] == CAPTURE_RULE or people_seized(r, target):
        return FORCE_CODE if armed(target) else ABDUCTION_CODE
    return None


def people_seized(r: Reading, target: Actor) -> bool:
    """Whether "seized" takes people, named by the object itself with a word for people
    ("seized two Turkish truck drivers", "seized foreign journalists"): an abduction, not a
    seizure of property ("seized Syrian assets" names the owner in an adjective only)."""
    if r.code != SEIZURE_CODE or target.sector is None or target.members:
        return False
    words = set((target.text or "").split())
    return any(t.pos_ == "NOUN" and t.text in words for t in r.targets)


def _part_of_a_place(tok: Token) -> bool:
    """ "parts of Mali and Niger", "large swathes of Sudan", "much of eastern Ukraine": a share of a
    named place is territory too."""
    return tok.lemma_.lower() in TERRITORY_PARTS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in kids(p))
        for p in kids(tok))


def _one_person(r: Reading, target: ActorMention) -> bool:
    """Whether the target is one person: a known one, or one named by a title ("a rebel commander")."""
    if target.members:
        return False
    return (target.id or "").startswith("person:") \
        or any(t.tag_ == "NN" and t.lemma_.lower() in PERSON_TITLES for t in r.targets)


def _crowd_violence(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Protesters or rioters who clash with or attack police ("protesters clashed with police in
    Nairobi") protest violently (145); they are no armed party. So do those who wreck property
    ("rioters torched the embassy"): the CAMEO manual's riot destroys things."""
    if source is None or source.sector != "OPP" or armed(source):
        return None
    if r.code == PROPERTY_DESTRUCTION_CODE:
        return VIOLENT_PROTEST_CODE
    if r.code not in CROWD_FORCE_CODES:
        return None
    return VIOLENT_PROTEST_CODE if target is None or target.sector == "GOV" or security_force(target) else None


def _accepted_mediation(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Agreeing to another party's mediation ("agreed to Saudi mediation") accepts it (038); an
    intent to mediate (039) is the source's own offer."""
    if r.code != INTENT_TO_MEDIATE_CODE or not r.rules[0].startswith("agree.") or target is None:
        return None
    nouns = [w for w in r.binding.wrapped if w.pos_ == "NOUN"]
    actors = doc_actors(r.head.doc)
    # the noun's own modifier names the mediator (the mention may sit on the noun: "Saudi mediation")
    owners = [t for n in nouns for t in [n, *kids(n)] if t.i in actors
              and (t is n or t.dep_ in ("poss", "amod", "compound", "nmod"))]
    return ACCEPT_MEDIATION_CODE if any(actors[t.i].cameo == target.cameo for t in owners) else None


def _peacekeeping(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Peacekeepers arriving in a country are a peacekeeping deployment (074), not a visit."""
    if r.code != VISIT_CODE:
        return None
    # ("a first batch of Bangladeshi peacekeepers": the people the quantity is of)
    heads = [*src, *(o for s in src for p in kids(s) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in kids(p) if o.dep_ == "pobj")]
    words = {t.lemma_.lower() for s in heads for t in [s, *kids(s)] if t.dep_ in ("compound", "amod") or t is s}
    return PEACEKEEPING_CODE if words & PEACEKEEPER_WORDS else None


def _armed_storming(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Troops or militants storming a place use force (190); a violent protest is a crowd's."""
    return FORCE_CODE if r.code == VIOLENT_PROTEST_CODE and source is not None and armed(source) else None


def _state_blockade(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """A state or its forces that blockade ports or roads ("Russia blockaded Ukraine's ports")
    impose a blockade (191); a crowd, or rebels, blocking a road obstruct passage (144)."""
    if r.code[:3] != BLOCKING_CODE or source is None or target is None or source.sector not in STATE_SECTORS:
        return None
    return BLOCKADE_CODE if source.sector == "MIL" or not armed(source) else None


def _civic_blockade(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Farmers, truckers or protesters who blockade a city or its roads ("French farmers
    blockaded Paris") obstruct passage (144), and threatening to is a threat of protest (133):
    only a state or armed forces impose a blockade (191) or threaten one (1381)."""
    if source is None or source.sector not in CIVIC_SECTORS:
        return None
    return {BLOCKADE_CODE: BLOCKING_CODE, BLOCKADE_THREAT_CODE: PROTEST_THREAT_CODE}.get(r.code)


def _regret_over_an_act(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Regret over another party's decision or move is disapproval (110), not an apology (055):
    "Seoul expressed regret over Tokyo's decision"."""
    if r.code != APOLOGY_CODE or target is None:
        return None
    return DISAPPROVAL_CODE if any(t.lemma_.lower() in REGRETTED_ACTS for t in r.targets) else None


def _labour_strike(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Workers, teachers or doctors who strike stop work (143); they attack no one."""
    if r.code[:2] != "19" or r.head.lemma_.lower() != "strike" or source is None:
        return None
    return LABOUR_STRIKE_CODE if source.sector in WORKING_SECTORS else None


def _civic_boycott(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Truckers, traders or consumers who boycott ports or goods ("Indian traders boycotted
    Chinese goods") protest (143); only a state, or its organs, imposes a boycott as a sanction (163)."""
    if r.rules and r.rules[0] in SUPPLY_CUT_RULES:
        return None  # a supplier cutting its own deliveries ("Gazprom cut gas supplies to Belarus")
    return LABOUR_STRIKE_CODE if r.code == STATE_SANCTION_CODE and source is not None \
        and source.sector in CIVIC_SECTORS else None


def _state_protest(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """A government's protest ("Manila's protest against the water cannon use", "Beijing
    protested the visit") is an official complaint (114), not a demonstration: its source is a
    government, or a country named as the protest's owner or subject ("China's protest"), not a
    national adjective or a people ("Philippine protests", "Iranians protested")."""
    if r.code[:2] != PROTEST_ROOT or r.code == VIOLENT_PROTEST_CODE or r.head.lemma_.lower() != "protest" \
            or source is None:
        return None
    # who protests is the protest's owner, subject or "by" agent ("in protest of the government's
    # refusal" names whom it is against)
    owners = [t for t in src if t.dep_ in ("poss", "nsubj") and t.head.i == r.head.i
              or t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i == r.head.i]
    state = source.sector == "GOV" or (source.sector is None and source.cameo == source.country
                                       and any(t.ent_type_ == "GPE" for t in owners))
    return OFFICIAL_COMPLAINT_CODE if owners and state else None


def _leaving_a_body(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Withdrawing from an international organisation ("withdrew from the Council of Europe",
    "announced its withdrawal from ECOWAS") ends diplomatic exchange with it (161: CAMEO counts
    withdrawal and the termination of diplomatic activities there), not a military retreat (0874);
    armed forces pulling out of a place are (0874)."""
    if target is None or not (target.cameo or "").startswith("IGO") or (source is not None and armed(source)):
        return None
    if r.code == RETREAT_CODE or (r.code == "0356" and r.rules[0].startswith("announce.")
                                  and any(rule.startswith(RETREAT_CODE) for rule in r.rules)):
        return LEAVE_BODY_CODE
    return None


def _suspended_member(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """An international body suspending a state ("the African Union suspended Niger", "suspended
    Sudan from all its activities") suspends its membership: the diplomatic exchange of the body
    with that state is cut (161), as when a state leaves a body; not an administrative sanction on
    a person ("the court suspended the mayor", 172)."""
    if r.rules[0] not in MEMBER_SUSPENSION_RULES or r.head.lemma_.lower() not in SUSPEND_VERBS \
            or source is None or target is None:
        return None
    if (source.cameo or "").startswith("IGO") and target.country and target.sector in (None, "GOV"):
        return LEAVE_BODY_CODE
    return None


TRAVEL_BAR_RULE = "172.bar-travel"
SANCTION_CODE = "163"


def _foreign_travel_bar(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Barring a state's people from travelling ("the EU banned Belarusian officials from
    travelling") is a sanction (163) when an international body or another state does it, as an
    imposed travel ban is; a government barring its own people stays an administrative sanction
    (172)."""
    if r.rules[0] != TRAVEL_BAR_RULE or source is None or target is None or not target.country:
        return None
    if (source.cameo or "").startswith("IGO") or (source.country and source.country != target.country):
        return SANCTION_CODE
    return None


def _expelled_diplomats(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """Expelling another state's diplomats, or ordering them out ("expelled Togo's high
    commissioner", "ordered four Russian diplomats to leave the country"), reduces diplomatic
    relations (161), as the CAMEO manual codes it; deporting migrants or workers stays 174."""
    if r.code not in REMOVAL_CODES or target is None:
        return None
    # the removed people are the target phrase or, when the pattern names them ("S expel
    # embassy_staff"), the verb's object
    objects = [c for c in kids(r.head) if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for t in [*r.targets, *objects, *(c for o in objects for c in kids(o) if c.dep_ == "conj")]:
        word = t.lemma_.lower()
        mods = {c.lemma_.lower() for c in kids(t) if c.dep_ in ("amod", "compound", "nmod")}
        if word in DIPLOMAT_WORDS or mods & DIPLOMATIC_MODIFIERS.get(word, frozenset()):
            return DIPLOMATIC_RELATIONS_CODE
    return None


CALM_RULE = "082.stay-calm"
# staying calm eases dissent (082) when protesters or the opposition are asked to; asked of states
# or armed sides ("urged India and Pakistan to remain calm"), it de-escalates (087)
CALM_CODES = {"082": "087", "0252": "0256", "1052": "1056", "0352": "0356", "1242": "1246"}


def _calm_between_sides(r: Reading, source: Actor, target: Actor, src: list[Token]) -> str | None:
    """"urged both sides to stay calm": de-escalation (087 and its frame codes) unless those asked
    are protesters, the opposition or other people outside the state."""
    if r.rules[-1] != CALM_RULE or r.code not in CALM_CODES or target is None or target.sector in CIVIC_SECTORS:
        return None
    return CALM_CODES[r.code]


# (rule, name in coder.rule); the first three each apply in turn, then the first of the rest
# that fires
CHAINED: list[tuple[Rule, str]] = [(_armed_recipient, "armed-recipient"), (_armed_target, "armed-target"),
                                   (_repression, "repression")]
ALTERNATIVES: list[Rule] = [_sunk_civilian_vessel, _assassination, _weapon, _promised_deployment, _territory, _crowd_violence,
                            _accepted_mediation, _peacekeeping, _armed_storming, _labour_strike, _state_blockade,
                            _civic_blockade, _regret_over_an_act, _civic_boycott, _state_protest, _leaving_a_body,
                            _suspended_member, _foreign_travel_bar, _expelled_diplomats, _calm_between_sides,
                            _armed_partner,
                            _military_threat]


def refine(r: Reading, source: Actor, target: Actor, src_tokens: list[Token]) -> Reading:
    """``r`` with the code its actors and agent phrase make it, the rules that fired appended."""
    for rule, name in CHAINED:
        code = rule(r, source, target, src_tokens)
        if code:
            r = replace(r, code=code, rules=[*r.rules, name], plover=None)
    code = next((c for c in (rule(r, source, target, src_tokens) for rule in ALTERNATIVES) if c), None)
    if code:
        r = replace(r, code=code, rules=[*r.rules, "refined"], plover=None)
    return r
