// One event: what was coded, and the article it came from with the evidence marked.

import { get } from "./api.js";
import { actorLink, el, message } from "./dom.js";

export async function eventView(root, eventId) {
  const detail = await get(`events/${encodeURIComponent(eventId)}`);
  const article = await get(`articles/${encodeURIComponent(detail.article_id)}`);
  const record = detail.event;
  root.append(
    el("h1", {}, `${record.type}${record.mode ? ` (${record.mode})` : ""}`),
    facts(record, detail),
    el("h2", {}, "Evidence"),
    el("blockquote", { id: "evidence-sentence" }, record.evidence.sentence),
    el("h2", {}, article.article.title || "Article"),
    message(`${article.article.document} · article ${article.article.article} · published ${article.article.published || "?"}`),
    articleText(article, record.event_id, detail.trigger_span),
  );
  const current = root.querySelector("mark.current");
  if (current) current.scrollIntoView({ block: "center" });
}

function facts(record, detail) {
  const place = record.location;
  const flags = ["negated", "hypothetical", "planned"].filter((f) => record[f]);
  const rows = [
    ["source", actorLink(record.source)],
    ["target", actorLink(record.target) || "–"],
    ["date", record.date ? `${record.date} (${record.date_precision}) from “${record.date_text || ""}”` : "–"],
    ["place", place ? [place.place, place.country].filter(Boolean).join(", ") : "–"],
    ["CAMEO", record.cameo || "–"],
    ["trigger", record.trigger || "–"],
    ["confidence", String(record.confidence) + (flags.length ? ` (${flags.join(", ")})` : "")],
    ["event id", record.event_id],
  ];
  if (!detail.asserted) rows.push(["asserted", "no"]);
  return el("dl", { className: "facts" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

// Segments come cut at every evidence bound; the current event's evidence is one <mark>
// per segment, the trigger inside it a <strong>, other events' evidence a link.
function articleText(article, eventId, triggerSpan) {
  const box = el("div", { id: "article-text", className: "article" });
  for (const segment of article.segments) {
    box.append(segmentNode(segment, eventId, triggerSpan));
  }
  return box;
}

function segmentNode(segment, eventId, triggerSpan) {
  if (segment.events.includes(eventId)) {
    return el("mark", { className: "current" }, withTrigger(segment, triggerSpan));
  }
  if (segment.events.length) {
    const other = segment.events[0];
    return el("a", { href: `#/event/${other}`, className: "other-evidence" }, segment.text);
  }
  return segment.text;
}

function withTrigger(segment, span) {
  if (!span || span[1] <= segment.start || span[0] >= segment.end) return segment.text;
  const from = Math.max(span[0], segment.start) - segment.start;
  const to = Math.min(span[1], segment.end) - segment.start;
  const text = segment.text;
  return [text.slice(0, from), el("strong", { className: "trigger" }, text.slice(from, to)), text.slice(to)];
}
