// The live queue: what the hub pushes, emergencies first and then the longest waiting, with waiting times ticking.
// Consults concluded while the page is open move to a read-only list below.
import { h, clear } from "./dom.js";
import { t, formatDateTime, formatWait, onLanguageChange } from "./i18n.js";
import { connect, invoke, onConsultQueued, onCatchUp } from "./consult-link.js";
import { urgency } from "./levels.js";
import { alertEmergency, clearAlert } from "./alert.js";

const consults = new Map();
const fresh = new Set();
/** The element the queue draws into while it owns the page; null while another view does. */
let container = null;
let started = false;

function ordered(list) {
  return list.sort((a, b) => urgency(b.level) - urgency(a.level) || new Date(a.openedAt) - new Date(b.openedAt));
}

function stateText(consult) {
  if (consult.state === "CLAIMED") return t("claimedBy", { who: consult.claimedBy ?? "" });
  return t(`state_${consult.state}`);
}

function row(consult, concluded) {
  return h("tr", { class: `level-${consult.level}${fresh.has(consult.consultId) ? " fresh" : ""}`, dataset: { consultId: consult.consultId } },
    h("td", {}, h("span", { class: `badge level-${consult.level}` }, t(`level_${consult.level}`)), consult.escalated ? h("span", { class: "badge escalated" }, t("escalated")) : null),
    h("td", {}, h("a", { href: `#case/${consult.consultId}` }, consult.clinicId)),
    h("td", {}, t(`specialty_${consult.specialty}`)),
    h("td", { class: "state" }, stateText(consult)),
    h("td", {}, formatDateTime(consult.openedAt)),
    concluded ? null : h("td", { class: "wait", dataset: { openedAt: consult.openedAt } }, formatWait(Date.now() - new Date(consult.openedAt))));
}

function table(captionKey, list, concluded) {
  const headers = ["colLevel", "colClinic", "colSpecialty", "colState", "colOpened", ...(concluded ? [] : ["colWaiting"])];
  return h("table", { class: "queue", id: concluded ? "concluded-table" : "queue-table" },
    h("caption", {}, t(captionKey)),
    h("thead", {}, h("tr", {}, headers.map((key) => h("th", { scope: "col" }, t(key))))),
    h("tbody", {}, list.length === 0
      ? h("tr", {}, h("td", { colspan: headers.length, class: "empty" }, t(concluded ? "noneConcluded" : "queueEmpty")))
      : list.map((consult) => row(consult, concluded))));
}

function render() {
  if (!container) return;
  const all = [...consults.values()];
  clear(container).append(
    h("h1", {}, t("queueTitle")),
    table("queueCaption", ordered(all.filter((c) => c.state !== "CONCLUDED")), false),
    table("concludedCaption", all.filter((c) => c.state === "CONCLUDED").sort((a, b) => new Date(b.openedAt) - new Date(a.openedAt)), true));
}

function received(consult) {
  const known = consults.has(consult.consultId);
  consults.set(consult.consultId, consult);
  if (!known && consult.level === "EMERGENCY" && consult.state === "OPEN") {
    fresh.add(consult.consultId);
    alertEmergency(consult);
  }
  render();
}

async function reload() {
  const queue = await invoke("GetQueue");
  // Consults that left the queue while the link was down were concluded (or moved away): keep them read-only.
  for (const [id, consult] of consults) {
    if (consult.state !== "CONCLUDED" && !queue.some((c) => c.consultId === id)) consults.delete(id);
  }
  queue.forEach((consult) => consults.set(consult.consultId, consult));
  render();
}

function tick() {
  container?.querySelectorAll("td.wait").forEach((cell) => (cell.textContent = formatWait(Date.now() - new Date(cell.dataset.openedAt))));
}

/**
 * Subscribes once per page: the queue keeps its list (and still sounds a new emergency) while the specialist reads a
 * case, but draws only while it owns the page.
 */
function start() {
  if (started) return;
  started = true;
  onConsultQueued(received);
  onCatchUp(() => reload().catch(() => {}));
  onLanguageChange(render);
  setInterval(tick, 1000);
}

export async function showQueue(main) {
  start();
  container = main;
  fresh.clear();
  clearAlert();
  render();
  await connect();
  await reload();
}

export function leaveQueue() {
  container = null;
}
