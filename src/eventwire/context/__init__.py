"""Context: when, whether, on whose word and where each event happened.

Runs after coding, per article: dates (then actors re-coded for the event's own date),
factuality, attribution and place. Each event's predicate token (``Event.anchor``) and the
tokens its pattern used tell the stage which clause is the event's own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.custom import CUSTOM
from eventwire.actors.kb import KnowledgeBase, default_kb
from eventwire.model import ActorMention, Article, Event, EventDate
from eventwire.nlp import hyphen_description

from .attribution import attribute, speaker_verb
from .cues import cues
from .date_expressions import Reference, shift
from .dates import nominal_host, resolve_for_event, tense_is_future
from .factuality import classify, presupposed_noun
from .place import place_for

__all__ = ["ContextStage"]

# disapproval and threats: "will not tolerate X" (111) and "would not allow X" (13x) are said, so
# they happened, though the negated act is future
STANCE_ROOTS = frozenset({"11", "13"})
ASKING_ROOTS = frozenset({"02", "10"})  # appeals and demands
CONDITIONAL_RULE = "conditional"  # the coder's mark on a threat it made of a conditional act
CONDITION_RULE = "condition+"  # the coder's mark on a demand it made of the terms a condition sets
KEPT_TALKS_RULE = "kept-talks+"  # the coder's mark on an intent it made of talks one will not abandon or will continue
PRESUPPOSED_RULE = "+presupposed"  # the coder's mark on an act another act presupposes ("ended its operation")
STANDING_VERBS = frozenset({"remain", "stay"})  # "remains committed to": a standing position
# speech acts: what their source states is the act itself ("said it wanted talks" is the wish, not a report)
SPOKEN_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})


class ContextStage:
    """Record-level stage: ``process(article, doc, events) -> events``."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_kb()

    def process(self, article: Article, doc: Doc, events: list[Event]) -> list[Event]:
        ref = Reference(article.pub_date)
        cache: dict = {}
        narrative: EventDate | None = None
        narrative_sentence = -1
        by_sentence: dict[int, EventDate] = {}
        for ev in sorted(events, key=lambda e: (e.sentence, e.anchor or 0)):
            if ev.anchor is None:
                continue
            anchor = doc[ev.anchor]
            consumed = set(ev.trigger_tokens or [ev.anchor])
            # "will strike X if Y": force announced on a condition is a threat made when said
            stance = ev.cameo[:2] in STANCE_ROOTS and (any(doc[i].dep_ == "neg" for i in consumed)
                                                       or ev.coder.rule.startswith(CONDITIONAL_RULE))
            # "would not abandon the talks", "will continue talks": the commitment is made by saying so
            stance = stance or ev.coder.rule.startswith(KEPT_TALKS_RULE)
            # "will not end the strike unless Y pays", "said it would withdraw unless Y ...": the
            # terms are set by saying so; the modal or negation of the act they hang on is not theirs
            terms = ev.coder.rule.startswith(CONDITION_RULE)
            negs = {c.i for c in anchor.children if c.dep_ == "neg"} if terms else set()
            stance = stance or terms
            # "urged Israel not to attack": what is asked may be a not-doing; the asking happened
            asked = ev.cameo[:2] in ASKING_ROOTS
            factuality, denier = classify(anchor, ({anchor.i} if asked else consumed) | negs, consumed, stance)
            ev.factuality = factuality
            future = factuality == "hypothetical" or tense_is_future(anchor)
            own, found = resolve_for_event(doc, anchor, consumed, ref, future, cache)
            if factuality == "asserted" and found and article.pub_date and _simple_present(anchor):
                # "Modi travels to Egypt on Saturday": a scheduled act told in the present tense
                # with a day still to come is a plan, dated to that day
                ahead, _ = resolve_for_event(doc, anchor, consumed, ref, True, cache)
                if ahead is not None and ahead.value and ahead.value[:len(article.pub_date)] > \
                        article.pub_date[:len(ahead.value)]:
                    factuality, future, own = "hypothetical", True, ahead
                    ev.factuality = factuality
            if factuality == "asserted" and own is not None and own.value and article.pub_date \
                    and own.value[:len(article.pub_date)] > article.pub_date[:len(own.value)]:
                # "accepted an invitation to go to Mexico in 2022" (in a 2021 text): a date after
                # publication is the content's (the visit's), not the speech act's, which takes the
                # date it would have had with no date stated
                own, found = None, False
            if own is not None and own.basis.startswith("anchored:"):
                # "two days later", "the next day": counted from the event the story last dated
                days = int(own.basis.split(":")[1])
                own = shift(narrative, days, own.text) if narrative else None
            # background: a relative clause, an ongoing state, or an act with a time of its own that
            # another act is about ("would not certify the agreement of 2015") is the writer's
            # knowledge, not the speaker's claim
            background = _in_relative_clause(anchor) or (ev.sentence > 0 and _ongoing_state(anchor)) \
                or presupposed_noun(anchor, consumed) or hyphen_description(anchor)
            if found:
                ev.date = own or EventDate(text=None, basis="unknown")
            elif factuality in ("hypothetical", "negated") or background or _aside(anchor) \
                    or (ev.sentence > 0 and _open_ended(anchor)) or ev.coder.rule.endswith(PRESUPPOSED_RULE):
                # a plan or a non-event has no date of its own; nor does background given in a
                # relative clause ("the deal, which lifted sanctions"), unless it states one
                ev.date = EventDate(basis="unknown")  # a plan or a non-event has no date of its own
            elif ev.sentence in by_sentence:
                ev.date = by_sentence[ev.sentence]
            elif narrative is not None and ev.sentence - narrative_sentence <= 8:
                ev.date = EventDate(narrative.value, narrative.granularity, narrative.text,
                                    narrative.basis if narrative.basis != "explicit" else "explicit")
            elif article.pub_date:
                gran = {4: "year", 7: "month", 10: "day"}[len(article.pub_date)]
                ev.date = EventDate(article.pub_date, gran, None, "publication")
            else:
                ev.date = EventDate(basis="unknown")
            if found and own and factuality == "asserted":
                if own.granularity != "year" and not background:
                    # a bare year ("sent troops in 2016") is background the writer recalls; the
                    # undated sentences after it go on with the news, so only a month or a day
                    # becomes the story's running date (and not one a relative clause recalls:
                    # "the attack in which gunmen killed 26 men")
                    narrative, narrative_sentence = own, ev.sentence
                by_sentence.setdefault(ev.sentence, own)
            speaker, verb = attribute(doc, anchor, ev.source_ref) if not background else (None, None)
            if verb is not None and verb.i in consumed:
                speaker = None  # "announced that it will deploy": the event is that announcement's own
            elif verb is None and any(doc[i].lower_ == "according" for i in consumed):
                speaker = None  # "X is to blame, according to Y": Y's verdict is the event itself
            if speaker is not None and verb is not None and ev.cameo[:2] in SPOKEN_ROOTS and ev.source is not None \
                    and speaker.cameo == ev.source.cameo and verb.tag_ == "VBG" and verb.dep_ == "advcl" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "insurgents released three police officers, saying they hoped to build trust": a
                # wish, appeal or charge stated in a participle on the source's own act is that
                # speech act, not a report of it (a spokesman's word for his government is a report)
                speaker = None
            if speaker is not None and ev.cameo[:2] in SPOKEN_ROOTS and factuality != "hypothetical" \
                    and not any(c.lower_ == "had" and c.dep_ == "aux" for c in anchor.children) \
                    and _speaks_as(speaker, ev.source_ref):
                # "we stand ready for talks", "Turkey remains committed to X, its president said":
                # a stance the speaker states for himself or his own state is made by saying it, so
                # it is the speech act itself, not a report of one (a spokesman telling what his
                # president did keeps his word: another person's act; so do a plan he reports and
                # an act he tells in the past perfect)
                speaker = None
            if denier is not None:
                denied_by, _ = attribute(doc, doc[denier.i], None)
                speaker = _subject_actor(doc, denier) or denied_by or speaker
            ev.attributed_to = speaker.actor() if speaker is not None else None
            ev.location = place_for(anchor, consumed)
            self._recode(ev)
        return events

    def _recode(self, ev: Event) -> None:
        """Code people by the office they held on the event's date (``ELI`` once out of office), and
        a user dictionary's date-limited actors by the code valid on that date."""
        day = ev.date.value
        for ref, actor in ((ev.source_ref, ev.source), (ev.target_ref, ev.target)):
            if ref is None or actor is None or not ref.id or not ref.id.startswith(("person:", CUSTOM)) or not day:
                continue
            person = self.kb.people.get(ref.id)
            if person is None or actor.sector not in (None, "GOV", "ELI", "MIL", "LEG", "JUD", "SPY", "OPP", "REB"):
                continue
            if actor.sector and ref.sector != actor.sector:
                continue  # a body named after the person ("Trump administration") keeps its sector
            if ref.id.startswith(CUSTOM) and not person.offices:
                continue  # an undated entry ("FRO/BIL/SAM"): its members were coded already
            cameo, country, sector, _ = person.code_on(day)
            if sector is None and cameo == country and ref.sector and ref.country == country:
                continue  # in no listed office that day, but in the one the text names ("Somalia's army chief X")
            if ref.title_code and ev.date.basis in ("publication", "relative_to_publication"):
                # no date of its own in the text, only the article's: the office the text's title
                # names tells when the act happened
                cameo, country, sector = ref.title_code
            actor.cameo, actor.country, actor.sector = cameo, country, sector


def _simple_present(tok) -> bool:
    """A verb in the simple present with no auxiliary, not one of saying ("travels", "meet")."""
    return tok.tag_ in ("VBZ", "VBP") and tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj", "ccomp") \
        and tok.lemma_.lower() not in cues().speech_verbs and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _speaks_as(speaker: ActorMention, source: ActorMention | None) -> bool:
    """Whether the speaker states the source's act as his own: as "we" or "I" in his quote, or as
    a person speaking for his own state or one of its bodies named as a whole ("Turkey",
    "Turkish forces")."""
    if source is None or not speaker.country or speaker.country != source.country:
        return False
    if source.text.lower() in FIRST_PERSON:
        return True
    # a leader or minister stating his state's stance; a body's word ("Iran said it wanted",
    # "the ministry said") stays a report, as does another person's act
    return bool(speaker.id and speaker.id.startswith("person:")) and not (source.id or "").startswith("person:")


def _in_relative_clause(tok) -> bool:
    """Whether an event sits in a non-restrictive relative clause (", which ...", "(which ...")":
    background the writer adds about a noun, not the reported story."""
    for _ in range(8):
        if tok.dep_ == "relcl":
            pronoun = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.lower_ in ("which", "who")), None)
            if pronoun is None:
                # ", in which gunmen killed 26 men", ", during which": the relative phrase opens it
                start = tok.left_edge
                pronoun = next((t for t in tok.doc[start.i:start.i + 3] if t.lower_ in ("which", "whom")), None)
                pronoun = start if pronoun is not None else None
            return pronoun is not None and pronoun.i > 0 and tok.doc[pronoun.i - 1].text in (",", "(")
        if tok.head == tok or tok.dep_ in ("ccomp", "conj", "ROOT"):
            return False
        tok = tok.head
    return False


def _aside(tok) -> bool:
    """A nominal event that is no argument or adverbial of a clause ("the issues that divide them -
    US support for the militias, ...", "X's backing for Y, which Z opposes"), or a participle
    describing a noun ("a deal brokered by X"): background named in passing, with no date unless
    its own phrase gives one."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a deal brokered by X": a reduced relative clause describing a noun
    return tok.pos_ in ("NOUN", "PROPN") and nominal_host(tok) is None


def _ongoing_state(tok) -> bool:
    """ "X is in negotiations with Y", "X is at war with Y": a nominal event stated as the
    subject's present state is ongoing; outside the lead it has no date of its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    host = tok.head.head
    return host.lemma_ == "be" and host.tag_ in ("VBZ", "VBP")


def _open_ended(tok) -> bool:
    """ "had asked", "has long backed", "has backed them since the war": outside the lead, an act
    the writer sets before the story's time (past perfect) or spreads over time (a habitual
    adverb, a "since" phrase, a present "continues to", a describing participle) is undated
    background, not the day's news."""
    if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in STANDING_VERBS and tok.head.tag_ in ("VBZ", "VBP"):
        return True  # "remains committed to X's removal": a standing position, not the day's news
    verb = tok if tok.pos_ in ("VERB", "AUX") else nominal_host(tok)
    if verb is None:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return True  # "rebels fighting the government": a description of what goes on
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "continue" and verb.head.tag_ in ("VBZ", "VBP"):
        return True  # "the aid it continues to provide"
    c = cues()
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ == "had" and verb.tag_ in ("VBN", "VBG") \
                and verb.dep_ in ("ROOT", "conj") and speaker_verb(verb) is None:
            return True  # the narrator's, not reported content ("revealed/the report that X had offered")
        if child.dep_ == "aux" and child.tag_ in ("VBZ", "VBP") and child.lemma_ == "be" and verb.tag_ == "VBG":
            return True  # the present progressive: "is seeking", "are pressing"
        if child.dep_ == "aux" and child.tag_ in ("VBZ", "VBP") and child.lemma_ == "have" and verb.tag_ == "VBN" \
                and verb.dep_ in ("ROOT", "conj", "relcl") and speaker_verb(verb) is None:
            # the narrator's present perfect after the lead: "It has also supported rebels", or
            # describing a noun: "a group that has fought an insurgency against the state"
            return True
        if child.dep_ == "advmod" and child.lower_ in c.habitual_adverbs:
            return True
        if child.dep_ == "prep" and child.lower_ in c.open_ended_preps:
            return True
    return False


def _subject_actor(doc: Doc, verb) -> ActorMention | None:
    from eventwire.actors import actor_for

    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            mention = actor_for(doc, child)
            if mention is not None and mention.cameo:
                return mention
    return None
