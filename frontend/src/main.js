// The dashboard: a hash router over four views. The server serves this file; nothing is
// fetched from anywhere but the same origin (the server's Content-Security-Policy says so).

import { actorView, actorsView } from "./actor.js";
import { clear, message } from "./dom.js";
import { eventView } from "./event.js";
import { eventsView } from "./events.js";

const ROUTES = [
  [/^#\/event\/([0-9a-f]{16})$/, (root, m) => eventView(root, m[1])],
  [/^#\/actor\/([0-9a-f]{16})$/, (root, m) => actorView(root, m[1])],
  [/^#\/actors(\?.*)?$/, (root, m, params) => actorsView(root, params)],
  [/^#\/events(\?.*)?$/, (root, m, params) => eventsView(root, params)],
];

async function render() {
  const root = clear(document.getElementById("view"));
  const hash = location.hash || "#/events";
  const params = Object.fromEntries(new URLSearchParams(hash.split("?")[1] || ""));
  const route = ROUTES.find(([pattern]) => pattern.test(hash.split("?")[0]) || pattern.test(hash));
  document.body.dataset.state = "loading";
  try {
    if (!route) throw new Error(`no page ${hash}`);
    await route[1](root, hash.match(route[0]) || [], params);
  } catch (error) {
    root.append(message(error.message, "error"));
  }
  document.body.dataset.state = "ready";
}

window.addEventListener("hashchange", render);
render();
