"""Hypothesis strategies: news-like texts from a small grammar (actors, verbs, dates, noise) and
the kinds of damage real inputs carry (odd whitespace, invisible characters, entities, capitals).

The texts are built to exercise the offset maps between the raw input, the cleaned text and the
parser's view: every span a record reports must still quote the cleaned text exactly.
"""

from __future__ import annotations

from hypothesis import strategies as st

ACTORS = ["Iran", "Iraq", "Russia", "Ukraine", "the United States", "China", "North Korea", "Turkey", "Greece",
          "President Barack Obama", "Iranian Foreign Minister Mohammad Javad Zarif", "the European Union",
          "Hamas", "Israeli troops", "Chinese President Xi Jinping", "Egypt", "the UN Security Council",
          "Conor O'Brien", "Robert'); DROP TABLE events;--", "rebels in Aleppo", "Germany's foreign minister",
          "Iran\u200f", "the U.S.", "Russian officials"]
VERBS = ["met", "met with", "condemned", "accused", "attacked", "urged", "praised", "threatened", "rejected",
         "signed an agreement with", "held talks with", "criticised", "did not meet", "may impose sanctions on",
         "denied attacking", "visited", "warned", "shelled", "thanked", "expelled diplomats from"]
TAILS = ["", " of violating the ceasefire", " over the nuclear programme", " to halt the fighting", " in Geneva",
         " in Baghdad", " on trade"]
DATES = ["", " on Monday", " last week", " on March 3, 2015", " in September", " yesterday", " on Friday",
         " two days ago", " last month", " earlier this year", " on 19 September 2017", " this week"]
ATTRIBUTIONS = ["", ", officials said", ", according to state media", ", Reuters reported", ", a spokesman said"]
NOISE = ["", "(AP) - ", "WASHINGTON (Reuters) - ", "\u201cWe are ready,\u201d he said. ", "Read more: ",
         "<script>alert(1)</script> ", "&amp; ", " quot;Quote quot; ", "\u00a0", "\t", "\u200b", "\u200d",
         "\u202e", "🇺🇦🔥 ", "123 456 ", "\ufeff", "\u00ad", "  ", "\x00", "%_\\ "]
JOINERS = [" ", "\n", "\n\n", "\r\n", "  \n  \n", "\t"]


@st.composite
def sentences(draw) -> str:
    parts = [draw(st.sampled_from(NOISE)), draw(st.sampled_from(ACTORS)), " ", draw(st.sampled_from(VERBS)), " ",
             draw(st.sampled_from(ACTORS)), draw(st.sampled_from(TAILS)), draw(st.sampled_from(DATES)),
             draw(st.sampled_from(ATTRIBUTIONS)), draw(st.sampled_from([".", ".", "!", "", ". ", ".\u200e"]))]
    text = "".join(parts)
    if draw(st.integers(0, 9)) == 0:
        text = text.upper()  # wire copy in capitals
    return text


@st.composite
def articles(draw, max_sentences: int = 6) -> str:
    """A news-like text; never only whitespace."""
    items = draw(st.lists(sentences(), min_size=1, max_size=max_sentences))
    out = items[0]
    for item in items[1:]:
        out += draw(st.sampled_from(JOINERS)) + item
    if draw(st.booleans()):
        out = draw(st.sampled_from(["", " ", "\n", "Headline Without Full Stop\n\n"])) + out
    if draw(st.booleans()):
        out += draw(st.sampled_from(["", "\n\nClick here to subscribe.", "\n\n(Reporting by Jane Roe; Editing by "
                                         "John Doe)", "\n\n© 2017 Example News", " \n"]))
    return out if out.strip() else "Iran met Iraq."


PUB_DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()),
                      st.dates().map(lambda d: d.isoformat()[:7]), st.integers(1990, 2030).map(str))
