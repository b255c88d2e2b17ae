// One event record as a card: code and names, the dyad, the evidence with its parts
// highlighted, and the context fields (date and its basis, factuality, attribution, place,
// flags, the rule that fired).
import { h, fmtNumber } from "./dom.js";
import { renderText, eventSpans } from "./highlight.js";
import { cameoName, QUAD_NAMES } from "./labels.js";

function actorChip(actor, cls) {
  if (!actor) return h("span", { class: "actor none" }, h("span", { class: "role" }, "no target"));
  const title = [actor.text && `“${actor.text}” in the text`, actor.id].filter(Boolean).join(" · ");
  return h("span", { class: `actor ${cls}`, title },
    h("code", {}, actor.cameo || "?"), actor.name || actor.text || "",
    actor.role ? h("span", { class: "role" }, `(${actor.role})`) : null);
}

function dateText(date) {
  if (!date || !date.value) return [h("span", { class: "date-value" }, "unknown"), " ", h("small", {}, date?.basis || "")];
  const bits = [date.granularity, date.basis?.replaceAll("_", " "), date.text && `“${date.text}”`].filter(Boolean);
  return [h("span", { class: "date-value" }, date.value), " ", h("small", {}, bits.join(" · "))];
}

function goldsteinBadge(g) {
  const cls = g < 0 ? "neg" : g > 0 ? "pos" : "";
  return h("span", { class: `goldstein ${cls}`, title: "Goldstein weight" }, `${g > 0 ? "+" : ""}${fmtNumber(g)}`);
}

/** A card for `record`; `text` and `spans` (the document's) highlight its evidence. */
export function eventCard(record, { text = null, spans = [], link = true, onSelect = null } = {}) {
  const quad = record.quad_class;
  const plover = record.plover;
  const { own, from, to } = eventSpans(spans, record.event_id);
  const evidence = text && from !== null
    ? h("blockquote", { class: "evidence" }, renderText(text, own, { from, to, active: record.event_id }))
    : h("blockquote", { class: "evidence" }, record.evidence);

  const facts = h("dl", { class: "facts" },
    h("dt", {}, "Date"), h("dd", { class: "date" }, dateText(record.date)),
    h("dt", {}, "Factuality"), h("dd", {}, h("span", { class: `fact fact-${record.factuality}` }, record.factuality)),
    h("dt", {}, "Attributed to"), h("dd", { class: "attribution" }, record.attributed_to
      ? [h("code", {}, record.attributed_to.cameo || "?"), " ", record.attributed_to.name || "",
         record.attributed_to.text ? h("small", {}, ` “${record.attributed_to.text}”`) : null]
      : h("small", {}, "the text itself")),
    record.location ? [h("dt", {}, "Location"), h("dd", {}, [record.location.name, record.location.country].filter(Boolean).join(", "))] : null,
    h("dt", {}, "Trigger"), h("dd", {}, h("code", {}, record.trigger)),
    h("dt", {}, "Rule"), h("dd", { class: "rule" }, h("code", {}, record.coder?.rule || "?"), h("small", {}, ` ${record.coder?.method || ""} · confidence ${fmtNumber(record.confidence, 2)}`)),
    record.flags?.length ? [h("dt", {}, "Flags"), h("dd", { class: "flags" },
      record.flags.map((f) => h("span", { class: "flag", title: f.detail || "" }, f.kind)),
      record.flags.map((f) => f.detail).filter(Boolean).map((d) => h("div", {}, h("small", {}, d))))] : null,
    record.num_mentions > 1 ? [h("dt", {}, "Reports"), h("dd", {}, `${record.num_mentions} mentions in ${record.num_sources} outlets`)] : null,
  );

  const card = h("article", {
    class: `event-card q${quad}`, tabindex: "0",
    dataset: { eventId: record.event_id, cameo: record.cameo },
    onclick: (e) => { if (onSelect && !e.target.closest("a")) onSelect(record.event_id); },
    onkeydown: (e) => { if (onSelect && e.key === "Enter") onSelect(record.event_id); },
  },
    h("div", { class: "card-head" },
      h("span", { class: `code-badge q${quad}`, title: QUAD_NAMES[quad] || "" }, record.cameo),
      h("span", { class: "cameo-name" }, cameoName(record.cameo) || "CAMEO " + record.cameo),
      plover?.event_type ? h("span", { class: "plover", title: [plover.mode, ...(plover.context || [])].filter(Boolean).join(" · ") }, plover.event_type) : null,
      goldsteinBadge(record.goldstein)),
    h("div", { class: "dyad" }, actorChip(record.source, "src"), h("span", { class: "arrow" }, "→"), actorChip(record.target, "tgt")),
    evidence,
    facts,
    link ? h("div", { class: "card-foot" }, h("a", { href: `/events/${encodeURIComponent(record.event_id)}`, "data-link": true }, "Open event"),
      " · ", h("a", { href: `/documents/${encodeURIComponent(record.doc_id)}`, "data-link": true }, `document ${record.doc_id}`)) : null,
  );
  return card;
}
