// The filter form shared by the events, timeline and network views: the same filters as the
// API (doc, source, target, since, until, cameo, factuality).
import { h, field } from "./dom.js";

export const FILTERS = ["doc", "source", "target", "since", "until", "cameo", "factuality"];
const PLACEHOLDERS = { doc: "document id", source: "IRN, USAGOV", target: "USA", since: "YYYY[-MM[-DD]]", until: "YYYY[-MM[-DD]]", cameo: "19, 042" };
const LABELS = { doc: "Document", source: "Source", target: "Target", since: "Since", until: "Until", cameo: "CAMEO", factuality: "Factuality" };

/** Inputs for `names`, filled from `query`; returns {row, values()}. */
export function filterInputs(names, query) {
  const inputs = {};
  for (const name of names) {
    if (name === "factuality") {
      inputs[name] = h("select", { name, id: `f-${name}` },
        ["", "asserted", "denied", "negated", "hypothetical"].map((v) => h("option", { value: v, selected: query.get(name) === v }, v || "any")));
    } else {
      inputs[name] = h("input", { type: "text", name, id: `f-${name}`, placeholder: PLACEHOLDERS[name] || "", value: query.get(name) || "", autocomplete: "off" });
    }
  }
  const row = h("div", { class: "form-row" }, names.map((n) => field(LABELS[n] || n, inputs[n], ["since", "until", "cameo"].includes(n) ? "field narrow" : "field")));
  const values = () => Object.fromEntries(names.map((n) => [n, inputs[n].value.trim()]).filter(([, v]) => v));
  return { row, inputs, values };
}
