// Stored documents (GET /documents).
import { h, clear } from "../dom.js";
import { get, query as qs } from "../api.js";

export async function render(root, { query, navigate }) {
  document.title = "Documents · eventwire";
  const limit = 100;
  const offset = Number(query.get("offset") || 0);
  const data = await get("/documents", { limit, offset });
  const table = h("table", { class: "data", id: "documents-table" },
    h("thead", {}, h("tr", {}, ["Document", "Title", "Published", "Outlet", "Events", "Coded"].map((c) => h("th", {}, c)))),
    h("tbody", {}, data.documents.map((d) => h("tr", { onclick: () => navigate(`/documents/${encodeURIComponent(d.doc_id)}`) },
      h("td", {}, h("a", { href: `/documents/${encodeURIComponent(d.doc_id)}`, "data-link": true }, d.doc_id)),
      h("td", {}, d.title || ""), h("td", { class: "mono" }, d.pub_date || "–"), h("td", {}, d.source || ""),
      h("td", { class: "num" }, d.n_events ?? ""), h("td", { class: "mono" }, (d.coded_at || "").slice(0, 16).replace("T", " "))))));
  const pager = h("span", { class: "pager" },
    h("button", { class: "btn small", disabled: offset === 0, onclick: () => navigate("/documents" + qs({ offset: Math.max(0, offset - limit) })) }, "‹ Prev"),
    h("button", { class: "btn small", disabled: data.documents.length < limit, onclick: () => navigate("/documents" + qs({ offset: offset + limit })) }, "Next ›"));
  clear(root).append(h("section", { class: "panel" }, h("h1", {}, "Documents"),
    h("div", { class: "toolbar" }, h("span", { class: "spacer" }), pager),
    data.documents.length ? table : h("p", { class: "empty" }, "No document is stored yet. Code one with “Code and store”, or run eventwire code.")));
}
