// One stored document: its cleaned text with its events (GET /documents/{id}).
import { h } from "../dom.js";
import { get } from "../api.js";
import { docPane } from "../docpane.js";

export async function render(root, { params }) {
  const [docId] = params;
  const data = await get(`/documents/${encodeURIComponent(docId)}`);
  const doc = data.document;
  document.title = `${doc.title || doc.doc_id} · eventwire`;
  root.append(
    h("div", { class: "panel" },
      h("h1", {}, doc.title || doc.doc_id),
      h("div", { class: "meta-line" },
        h("span", {}, "document ", h("b", { class: "mono" }, doc.doc_id)),
        doc.pub_date ? h("span", {}, "published ", h("b", {}, doc.pub_date)) : null,
        doc.source ? h("span", {}, "outlet ", h("b", {}, doc.source)) : null,
        doc.url ? h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null,
        h("span", {}, "coder ", h("b", { class: "mono" }, doc.coder_version || "?")),
        h("a", { href: `/events?doc=${encodeURIComponent(doc.doc_id)}`, "data-link": true }, "events table"),
        h("a", { href: `/documents/${encodeURIComponent(doc.doc_id)}?format=json` }, "JSON"))),
    h("div", { style: "height:1rem" }),
    docPane(data));
}
