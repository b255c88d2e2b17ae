// One stored event: its card, and its document with the evidence highlighted.
import { h } from "../dom.js";
import { get } from "../api.js";
import { docPane } from "../docpane.js";
import { cameoName } from "../labels.js";

export async function render(root, { params }) {
  const [eventId] = params;
  const data = await get(`/events/${encodeURIComponent(eventId)}`);
  const ev = data.event;
  document.title = `${ev.cameo} ${cameoName(ev.cameo)} · eventwire`;
  const doc = data.document || {};
  root.append(
    h("div", { class: "panel" },
      h("h1", {}, `${ev.source?.cameo || "?"} → ${ev.target?.cameo || "–"}: ${cameoName(ev.cameo) || ev.cameo}`),
      h("div", { class: "meta-line" },
        h("span", {}, "event ", h("b", { class: "mono" }, ev.event_id)),
        h("span", {}, "document ", h("a", { href: `/documents/${encodeURIComponent(ev.doc_id)}`, "data-link": true }, ev.doc_id)),
        doc.title ? h("span", {}, h("b", {}, doc.title)) : null,
        doc.pub_date ? h("span", {}, "published ", h("b", {}, doc.pub_date)) : null,
        h("a", { href: `/events/${encodeURIComponent(ev.event_id)}?format=json` }, "JSON"))),
    ev.mentions?.length > 1 ? h("div", { class: "panel", id: "mentions" }, h("h2", {}, `Reported ${ev.num_mentions} times by ${ev.num_sources} outlet${ev.num_sources === 1 ? "" : "s"}`),
      h("table", { class: "data" }, h("tbody", {}, ev.mentions.map((m) => h("tr", {},
        h("td", {}, h("a", { href: `/documents/${encodeURIComponent(m.doc_id)}`, "data-link": true }, m.doc_id)),
        h("td", {}, m.source || ""), h("td", { class: "snippet" }, m.evidence)))))) : null,
    h("div", { style: "height:1rem" }),
    data.document_text
      ? docPane({ text: data.document_text, events: [ev], highlight: data.highlight }, { selected: ev.event_id, links: false })
      : h("p", { class: "empty" }, "The document of this event is not in the database."));
}
