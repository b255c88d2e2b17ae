"""The core object: one :class:`Eventwire` owns the pipeline and the store.

The CLI, the HTTP API, the Dask workers and the tests all code articles through it, so they
give the same records. Stage order comes from the config (``pipeline.stages``); data flows one
way: ingest -> nlp -> actors -> coding -> context -> store.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from eventwire import __version__
from eventwire.config import Config
from eventwire.ingest import IngestError, make_article
from eventwire.ingest.normalize import glued_headline_end
from eventwire.model import ActorMention, Article, Event

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).parent
DATA_DIRS = ["actors/data", "coding/data", "context/data", "ontology/data"]
CODE_NOT_CODING = {"store", "web", "scale", "evaluate", "cli.py", "runner.py", "api.py"}


@lru_cache(maxsize=1)
def coder_version() -> str:
    """The package version plus a hash of the code and data that decide the records: a change
    to the coder, the lexicon or the knowledge base is a new coder, and a re-run re-codes the
    documents the old one coded. (The store, API and web code do not change records.)"""
    digest = hashlib.sha1()
    paths = [p for folder in DATA_DIRS for p in (PACKAGE / folder).rglob("*") if p.is_file()]
    paths += [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in CODE_NOT_CODING]
    paths += [PACKAGE / "default_config.toml"]
    for path in sorted(set(paths)):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


@dataclass
class Coded:
    article: Article
    events: list[Event]
    actors: list[ActorMention]


def dedupe(events: list[Event], headline_end: int = 0) -> list[Event]:
    """One event per sentence, kind of act (CAMEO root; for sanctions and coercion the 3-digit code)
    and dyad: "met in Geneva to discuss", "criticised and accused" are one statement's one event
    (the first coded, the outermost predicate, is kept); and one per article for an act told again in a later sentence, or told
    again without its target. Runs after actors are re-coded for the event's date, so "US President"
    and "Barack Obama" in one phrase count as the same actor."""
    from eventwire.ontology import is_symmetric

    kept: dict[tuple, Event] = {}
    restated: set[tuple] = set()
    for ev in events:
        pair = (ev.source.cameo if ev.source else None, ev.target.cameo if ev.target else None)
        if is_symmetric(ev.cameo):
            pair = tuple(sorted(pair, key=lambda x: x or ""))
        # an article restates its story: the same act between the same pair, on the same date and
        # as sure, is the event told again ("paid an unannounced visit to Mali ... went on to Gao")
        again = (ev.cameo[:3], pair, ev.factuality, ev.date.value if ev.date else None)
        kind = ev.cameo[:3] if ev.cameo_root in MEASURE_ROOTS else ev.cameo_root
        # (an act told in a clause on a noun is background, not the sentence's act told again;
        # ``again`` still folds the two into one when they fall on one date)
        key = (ev.sentence, kind, pair, ev.factuality, ev.background)
        if key in kept and {kept[key].cameo in VISIT_CODES, ev.cameo in VISIT_CODES} == {True, False} \
                and MEETING_CODE in (kept[key].cameo, ev.cameo):
            # a visit and a meeting with an official in one sentence are two events ("visited
            # Tehran and met the president", conventions 16); talks the visit is for stay one act
            key = (*key, MEETING_CODE)
        if key in kept or again in restated:
            continue
        if ev.cameo_root == THREAT_ROOT and ev.target and any(
                k.cameo_root == THREAT_ROOT and k.target and 0 < ev.sentence - k.sentence <= THREAT_RESTATED
                and _countries(k) == _countries(ev) and k.factuality == ev.factuality
                and _same_day(k, ev) for k in kept.values()):
            # a threat restated a few sentences on by another voice of the same state ("Iran
            # warned Baku ... the Iranian president said Baku would regret it") is one threat,
            # unless the text dates them apart
            continue
        kept[key] = ev
        if ev.evidence_span[1] > headline_end:
            # (a headline's act is no telling the story's lead restates: the lead is the record,
            # and the headline gives way to it below)
            restated.add(again)
    # convention 16: talks held take precedence over the visit for that pair, by country, in one
    # sentence ("flew to Seoul and held talks with Moon") or across the article ("held talks with
    # Lula ... Before visiting Brazil, Mr Scholz ..."), when nothing dates them apart
    talks = [ev for ev in kept.values() if ev.target and ev.cameo[:3] == TALKS_CODE]
    for key, ev in list(kept.items()):
        if ev.target and ev.cameo in VISIT_CODES and any(
                _countries(t) == _countries(ev) and t.factuality == ev.factuality
                and (not t.date.value or not ev.date.value or t.date.value == ev.date.value) for t in talks):
            del kept[key]
    # a headline announces the act its story tells: the story's telling (dated, with the parties
    # named in full) is the record ("Ethiopia and Eritrea sign peace deal" ... "The leaders of
    # Ethiopia and Eritrea signed a declaration on Monday")
    body = [ev for ev in kept.values() if ev.evidence_span[0] >= headline_end]
    for key, ev in list(kept.items()):
        if ev.evidence_span[1] <= headline_end and ev.target and any(
                b.cameo_root == ev.cameo_root and b.target and _countries(b) == _countries(ev) for b in body):
            del kept[key]
    # an act told with its target and again of the same party with none (a headline "Eritrea seizes
    # cargo ship" over "Eritrea's navy seized a Djibouti-flagged ship"; "rammed a Cambodian vessel
    # ... rammed the vessel a second time") is that one act, told once with its parties: the record
    # without a target gives way (the party by country or organisation, the act by its 3-digit code),
    # unless the text dates them apart ("a truce declared in May" is not Monday's truce; a headline
    # dated only by the publication date is not dated apart from its lead)
    aimed = [ev for ev in kept.values() if ev.source and ev.target]
    for key, ev in list(kept.items()):
        if ev.target is None and ev.source and any(
                _party(a.source) == _party(ev.source) and a.cameo[:3] == ev.cameo[:3]
                and not _dated_apart(a, ev) for a in aimed):
            del kept[key]
    ids = set(map(id, kept.values()))
    return [ev for ev in events if id(ev) in ids]


MAX_HEADLINE = 200
SENTENCE_ENDS = (".", "!", "?", '"', "'", "\u201d", "\u2019", ":", ";")


def headline_end(text: str) -> int:
    """Where a headline ends, when the text opens with one: a short first paragraph with no full
    stop ("Ethiopia and Eritrea sign peace deal\n\n..."), or the words before a wire dateline on
    the first line ("Congo says troops crossed border KINSHASA (Reuters) - "); 0 otherwise."""
    first, sep, _ = text.partition("\n\n")
    first = first.rstrip()
    if not sep or not first or len(first) > MAX_HEADLINE or first.endswith(SENTENCE_ENDS) or "\n" in first:
        return glued_headline_end(text)
    return len(first)


TALKS_CODE = "046"
THREAT_ROOT = "13"
# sanctions and coercive measures told one after another are separate measures ("expelled its
# diplomats and cut aid", "recalled its envoys and banned its officials from travelling"): there a
# different 3-digit code is a different event, where coordinated force tells one assault in steps
# ("attacked the town and took it") and remarks one statement
MEASURE_ROOTS = frozenset({"16", "17"})
THREAT_RESTATED = 3  # sentences
VISIT_CODES = ("042", "043")
MEETING_CODE = "040"


def _same_day(a: Event, b: Event) -> bool:
    """Whether nothing dates two events apart (the same date, or one undated)."""
    x, y = a.date.value if a.date else None, b.date.value if b.date else None
    return not x or not y or x == y


def _dated_apart(a: Event, b: Event) -> bool:
    """Whether the text gives two events different dates (the publication date, a fallback, is none)."""
    x, y = (ev.date.value if ev.date and ev.date.basis != "publication" else None for ev in (a, b))
    return bool(x and y and x != y)


def _party(actor) -> str | None:
    return actor.country or actor.cameo


def _countries(ev: Event) -> frozenset:
    return frozenset((_party(ev.source), _party(ev.target)))


class Eventwire:
    def __init__(self, config: Config | None = None, save_intermediate: str | Path | None = None) -> None:
        self.config = config or Config.load()
        self.save_dir = Path(save_intermediate) if save_intermediate else None
        self._frozen = False  # the loaded stages left out of garbage collection (see _build)
        if self.save_dir:
            self.save_dir.mkdir(parents=True, exist_ok=True)

    # -- stages, built once and on first use --------------------------------------------------------
    @cached_property
    def nlp(self):
        from eventwire.nlp import load_nlp

        return load_nlp(self.config.get("nlp.model"))

    @cached_property
    def kb(self):
        from eventwire.actors.custom import apply_custom
        from eventwire.actors.kb import default_kb, load_kb

        custom = self.config.get("actors.custom")
        kb = load_kb() if custom else default_kb()
        for path in custom:
            apply_custom(kb, path)
        return kb

    @cached_property
    def actors(self):
        from eventwire.actors import ActorStage

        return ActorStage(self.nlp, self.kb)

    @cached_property
    def coder(self):
        from eventwire.coding import EventCoder

        return EventCoder()

    @cached_property
    def context(self):
        from eventwire.context import ContextStage

        return ContextStage(self.kb)

    @cached_property
    def version(self) -> str:
        return coder_version()

    def _build(self, stages: list[str]) -> None:
        """Build the model and the configured stages before the first document, with what ingest
        and the parse view read (the language classifier, the casing lexicon), then move what
        they loaded out of the garbage collector's way. The model, knowledge base, lexicons and
        places are some 250,000 Python objects that live as long as the process, and each full
        collection re-scans them all: that was about 7% of the CPU time of coding news.
        ``gc.freeze`` leaves them out of every later collection (nothing is garbage right after
        loading, so nothing is kept that should not be)."""
        if self._frozen:
            return
        from eventwire import gazetteer
        from eventwire.ingest.casing import default_lexicon as default_casing_lexicon
        from eventwire.ingest.language import identifier as language_identifier

        _ = self.nlp
        for stage, built in (("actors", "actors"), ("coding", "coder"), ("context", "context")):
            if stage in stages:
                getattr(self, built)
        if {"actors", "context"} & set(stages):
            gazetteer.load()  # (both stages look places up, from the first document on)
        default_casing_lexicon()  # (the parse view's, read on the first all-caps text)
        # (the classifier, asked of a text that is not plainly English, took 1.4 s of CPU and up
        # to 6 s of wall clock to unpack inside whichever document first needed it)
        language_identifier()
        gc.freeze()
        self._frozen = True

    # -- coding -------------------------------------------------------------------------------
    def parse(self, articles: Iterable[Article]):
        from eventwire.nlp import parse

        return parse(articles, nlp=self.nlp, batch_size=self.config.get("nlp.batch_size"))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """``(article, events)`` for each article, in order."""
        for coded in self.code_documents(articles):
            yield coded.article, coded.events

    def code_documents(self, articles: Iterable[Article]) -> Iterator[Coded]:
        """Each article with its events and its actor mentions (what the store keeps), in order."""
        stages = self.config.get("pipeline.stages")
        self._build(stages)
        for article, doc in self.parse(articles):
            self._save("articles", [article])
            events: list[Event] = []
            mentions: list[ActorMention] = []
            if "actors" in stages:
                mentions = self.actors.process(article, doc)
                self._save("actors", mentions)
            if "coding" in stages:
                events = self.coder.process(article, doc)
                self._save("coding", events)
            if "context" in stages:
                events = self.context.process(article, doc, events)
                self._save("context", events)
            events = dedupe(events, headline_end(article.text))
            for ev in events:
                ev.assign_id()
            yield Coded(article, events, mentions)

    def code_text(self, text: str, doc_id: str = "text", pub_date: str | None = None,
                  html: bool = False) -> tuple[Article, list[Event]]:
        """Code one text (or HTML page); raises ``ValueError`` when it cannot be coded."""
        article = make_article(doc_id, text=None if html else text, html=text if html else None,
                               origin=doc_id, pub_date=pub_date)
        if isinstance(article, IngestError):
            raise ValueError(article.message)
        return next(self.code_articles([article]))

    def actor_mentions(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[ActorMention]]]:
        """Each article's actor mentions. A person taking part in an event is coded as of that
        event's date, as in the event record ("Obama" in a 2013 call is USAGOV in a 2018 text)."""
        from eventwire.actors.custom import CUSTOM

        for coded in self.code_documents(articles):
            by_span: dict[tuple[int, int], object] = {}
            for ev in coded.events:
                for ref, actor in ((ev.source_ref, ev.source), (ev.target_ref, ev.target)):
                    if ref is not None and actor is not None:
                        by_span.setdefault((ref.start, ref.end), actor)
            dated = [(e.evidence_span, e.date.value) for e in coded.events if e.date.value]
            mentions = []
            for m in coded.actors:
                actor = by_span.get((m.start, m.end))
                if m.id and m.id.startswith(("person:", CUSTOM)) and m.sector != "ELI" or (m.sector == "ELI" and "then" not in m.text):
                    if actor is not None:
                        m = replace(m, cameo=actor.cameo, country=actor.country, sector=actor.sector)
                    else:  # a person named in a dated event's evidence: coded as of that date
                        day = next((d for (a, b), d in dated if a <= m.start < b), None)
                        person = self.kb.people.get(m.id or "") if day else None
                        if person is not None:
                            cameo, country, sector, _ = person.code_on(day)
                            m = replace(m, cameo=cameo, country=country, sector=sector)
                mentions.append(m)
            yield coded.article, mentions

    def _save(self, stage: str, records: list[Article] | list[ActorMention] | list[Event]) -> None:
        """``--save-intermediate``: one JSON line per record (made only when saving: building
        every record's dict cost 17 ms per 40 news documents)."""
        if not self.save_dir:
            return
        with (self.save_dir / f"{stage}.jsonl").open("a", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record.as_dict(), ensure_ascii=False, default=str) + "\n")
