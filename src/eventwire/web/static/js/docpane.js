// A document beside its events: the text with every trigger marked and the selected event's
// evidence, source, target and attribution highlighted; clicking a card or a mark selects.
import { h, clear } from "./dom.js";
import { renderText, legend } from "./highlight.js";
import { eventCard } from "./cards.js";

export function docPane({ text, events, highlight }, { selected = null, links = true } = {}) {
  const textBox = h("div", { class: "doc-text", id: "doc-text" });
  const list = h("div", { class: "events-list", id: "events-list" });
  let active = selected || events[0]?.event_id || null;

  function select(id, scroll = true) {
    active = id;
    clear(textBox).append(renderText(text, highlight, { active }));
    for (const card of list.children) card.classList.toggle("selected", card.dataset.eventId === id);
    if (!scroll) return;
    textBox.querySelector("mark.a-evidence, mark.a-trigger")?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    list.querySelector(`[data-event-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  textBox.addEventListener("click", (e) => {
    const mark = e.target.closest("mark[data-events]");
    const ids = mark?.dataset.events.split(" ").filter(Boolean) || [];
    if (ids.length) select(ids.find((x) => x !== active) || ids[0]);
  });
  for (const record of events) list.append(eventCard(record, { text, spans: highlight, link: links, onSelect: select }));
  select(active, false);

  return h("div", { class: "grid-2" },
    h("section", { class: "panel" }, h("h2", {}, "Text"), legend(), textBox),
    h("section", { class: "panel" }, h("h2", {}, `${events.length} event${events.length === 1 ? "" : "s"}`),
      events.length ? list : h("p", { class: "empty" }, "No events were found in this text.")));
}
