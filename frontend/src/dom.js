// Building the page from data. Every piece of text goes in through textContent (via
// `el`), never through innerHTML: article text and names are untrusted input.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function link(hash, text, attrs = {}) {
  return el("a", { href: hash, ...attrs }, text);
}

export function actorLink(part) {
  if (!part) return "";
  const codes = [part.country, part.sector].filter(Boolean).join("/");
  const label = codes ? `${part.name} (${codes})` : part.name;
  return link(`#/actor/${encodeURIComponent(part.actor_id)}`, label, { className: "actor" });
}

export function table(headers, rows) {
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows),
  );
}

export function message(text, className = "note") {
  return el("p", { className }, text);
}
