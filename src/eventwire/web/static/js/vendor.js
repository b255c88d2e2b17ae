// The chart and graph libraries are large, so they load only on the views that draw with
// them, from the package (static/vendor/), never from a CDN.
const loaded = new Map();

function script(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(el);
    }));
  }
  return loaded.get(src);
}

export async function vegaEmbed() {
  // vega-embed reads the vega and vegaLite globals, so the order matters
  await script("/static/vendor/vega.min.js");
  await script("/static/vendor/vega-lite.min.js");
  await script("/static/vendor/vega-embed.min.js");
  return window.vegaEmbed;
}

export async function cytoscape() {
  await script("/static/vendor/cytoscape.min.js");
  return window.cytoscape;
}
