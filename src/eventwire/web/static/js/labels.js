// Names for codes: the CAMEO table comes from the server once (/ontology/cameo).
import { get } from "./api.js";

let table = null;

export async function loadCameo() {
  if (!table) table = await get("/ontology/cameo").catch(() => ({ codes: {}, quad_classes: {} }));
  return table;
}

export function cameoName(code) {
  return table?.codes?.[code]?.name || "";
}

export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
export const QUAD_COLORS = { 1: "#4c9f70", 2: "#1f6f4a", 3: "#e08a2c", 4: "#c0392b" };

export function actorLabel(actor) {
  if (!actor) return "–";
  return [actor.cameo, actor.name].filter(Boolean).join(" ");
}
