// Actors: a searchable list, and one actor's roles over time, timeline and counterparts.

import { get } from "./api.js";
import { counterpartNetwork, timelineChart } from "./charts.js";
import { actorLink, el, link, message, table } from "./dom.js";

export async function actorsView(root, params) {
  const page = await get("actors", { name: params.name || "", limit: 100 });
  const form = el(
    "form",
    { id: "actor-search", onsubmit: (e) => { e.preventDefault(); location.hash = `#/actors?name=${encodeURIComponent(form.elements.name.value)}`; } },
    el("input", { name: "name", value: params.name || "", placeholder: "name or alias", maxlength: 100 }),
    el("button", { type: "submit" }, "Search"),
  );
  const rows = page.actors.map((a) =>
    el("tr", {}, el("td", {}, actorLink(a)), el("td", {}, a.kind), el("td", {}, String(a.events))),
  );
  root.append(el("h1", {}, "Actors"), form, message(`${page.total} actors`), table(["actor", "kind", "events"], rows));
}

export async function actorView(root, actorId) {
  const detail = await get(`actors/${encodeURIComponent(actorId)}`);
  const actor = detail.actor;
  const network = el("div", { id: "network", className: "network" });
  const canvas = el("canvas", { id: "actor-timeline" });
  root.append(
    el("h1", { id: "actor-name" }, actor.name),
    message([actor.kind, actor.country, actor.sector].filter(Boolean).join(" · ")),
    detail.aliases.length ? message(`also: ${detail.aliases.join(", ")}`) : "",
    el("h2", {}, "Roles over time"),
    rolesTable(detail.roles),
    el("h2", {}, "Events by month"),
    el("div", { className: "chart" }, canvas),
    el("h2", {}, "Counterparts"),
    network,
    counterpartsTable(detail.counterparts),
    el("p", {}, link(`#/events?actor=${encodeURIComponent(actor.name)}`, "all events of this actor")),
  );
  timelineChart(canvas, detail.timeline);
  if (detail.counterparts.length) {
    counterpartNetwork(network, actor, detail.counterparts, (id) => (location.hash = `#/actor/${id}`));
  }
}

function rolesTable(roles) {
  if (!roles.length) return message("No role titles seen.");
  const rows = roles.map((r) =>
    el("tr", {}, el("td", {}, r.role), el("td", {}, r.first_seen || "?"), el("td", {}, r.last_seen || "?"), el("td", {}, String(r.articles))),
  );
  return table(["role", "first seen", "last seen", "articles"], rows);
}

function counterpartsTable(counterparts) {
  if (!counterparts.length) return message("No counterparts in asserted events.");
  const rows = counterparts.map((c) =>
    el("tr", { className: "counterpart" }, el("td", {}, actorLink(c)), el("td", {}, String(c.events)), el("td", {}, `${c.as_source} / ${c.as_target}`), el("td", {}, c.types.join(", "))),
  );
  return table(["counterpart", "events", "as source / target", "types"], rows);
}
