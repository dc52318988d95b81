// One consult's case: the panels, claim/release, the conversation with the feldsher and the conclusion. Pushed
// events are applied in sequence order; a gap (a lost push or a reconnect) is filled from GetEvents.
import { h, clear } from "./dom.js";
import { t, currentLanguage, onLanguageChange } from "./i18n.js";
import { codeNames } from "./code-names.js";
import { connect, invoke, onCaseEvent, onConsultQueued, onCatchUp, onCallSignal } from "./consult-link.js";
import { callPanel } from "./call-panel.js";
import { currentSession } from "./session.js";
import { levels } from "./levels.js";
import { uuid } from "./uuid.js";
import { vitalsTable } from "./news2.js";
import { patientPanel, assessmentPanel, historyPanel, conversationItems, conclusionPanel } from "./case-panels.js";

let view = null;
/** The consult being opened; a navigation away meanwhile leaves it unopened, so it never draws over the next view. */
let opening = null;

function lastSequence() {
  return view.events.length === 0 ? 0 : Number(view.events[view.events.length - 1].sequence);
}

function mine() {
  return view.consult.state === "CLAIMED" && view.consult.claimedBy === currentSession()?.userName;
}

function concludedEvent() {
  return view.events.find((e) => e.concluded)?.concluded;
}

/** The latest triage and the vitals it was made from: the report's, or the last update's. */
function triages() {
  const entries = [{ at: view.report.recordedAt ?? view.consult.openedAt, vitals: view.report.vitals, result: view.result }];
  view.events.filter((e) => e.retriaged).forEach((e) => entries.push({ at: e.occurredAt, vitals: e.retriaged.vitals, result: e.retriaged.result }));
  return entries;
}

function header() {
  const c = view.consult;
  const claim = c.state === "OPEN" ? h("button", { type: "button", id: "claim", onclick: claimConsult }, t("claim"))
    : mine() ? h("button", { type: "button", id: "release", class: "secondary", onclick: releaseConsult }, t("release")) : null;
  return h("div", { class: "case-header" },
    h("h1", {}, t("caseTitle", { clinic: c.clinicId })),
    h("p", {},
      h("span", { class: `badge level-${c.level}` }, t(`level_${c.level}`)), " ",
      t(`specialty_${c.specialty}`), " · ",
      h("span", { id: "case-state" }, c.state === "CLAIMED" ? t("claimedBy", { who: c.claimedBy }) : t(`state_${c.state}`))),
    h("p", { class: "actions" }, h("a", { href: "#queue" }, t("backToQueue")), " ", claim),
    h("p", { id: "case-error", class: "error", role: "alert" }, view.error ?? ""));
}

function messageForm() {
  return h("form", { id: "message-form", onsubmit: sendMessage },
    h("label", { for: "message-text" }, t("messageLabel")),
    h("textarea", { id: "message-text", rows: 3, maxlength: 4000, required: true }),
    h("button", { type: "submit" }, t("send")));
}

function conclusionForm() {
  return h("form", { id: "conclude-form", class: "card", onsubmit: concludeConsult, "aria-labelledby": "conclude-heading" },
    h("h2", { id: "conclude-heading" }, t("concludeTitle")),
    h("label", { for: "final-level" }, t("finalLevel")),
    h("select", { id: "final-level", required: true }, levels.map((level) => h("option", { value: level, selected: level === view.consult.level }, t(`level_${level}`)))),
    h("label", { for: "icd10" }, t("icd10")),
    h("input", { id: "icd10", required: true, pattern: "[A-Za-z][0-9]{2}(\\.[0-9A-Za-z]{1,4})?", placeholder: "J18.9", autocomplete: "off" }),
    h("label", { for: "diagnosis" }, t("diagnosis")),
    h("input", { id: "diagnosis", required: true, autocomplete: "off" }),
    h("label", { for: "plan" }, t("plan")),
    h("textarea", { id: "plan", rows: 3, required: true }),
    h("button", { type: "submit" }, t("conclude")));
}

/** The console's signalling for a call: the consult hub, which lets only the consult's holder through. */
function hubLink(consultId) {
  return {
    start: () => invoke("StartCall", consultId),
    join: (callId) => invoke("JoinCall", consultId, callId),
    send: (callId, kind, payload) => invoke("SendCallSignal", consultId, callId, kind, payload),
    end: (callId) => invoke("EndCall", consultId, callId),
    // The hub connection is already open, so signals are heard from now on.
    listen: async (onSignal) => onCallSignal((n) => n.consultId === consultId && onSignal(n.kind, n.payload, n.callId)),
  };
}

function render() {
  if (!view) return;
  // The call card is the same element across renders, so a call in progress keeps its video.
  view.call.update(view.events, mine() && !concludedEvent());
  const latest = triages().at(-1);
  const concluded = concludedEvent();
  const drafts = saveDrafts();
  clear(view.container).append(
    header(),
    h("div", { class: "case-grid" },
      h("div", { class: "column" },
        patientPanel(view.report.patient),
        h("section", { class: "card", "aria-labelledby": "vitals-heading" }, h("h2", { id: "vitals-heading" }, t("vitalsTitle")), vitalsTable(latest.vitals, latest.result.news2)),
        assessmentPanel(latest.result, view.names),
        historyPanel(triages())),
      h("div", { class: "column" },
        view.report.complaint ? h("section", { class: "card" }, h("h2", {}, t("complaint")), h("p", {}, view.report.complaint)) : null,
        h("section", { class: "card", "aria-labelledby": "conversation-heading" },
          h("h2", { id: "conversation-heading" }, t("conversationTitle")),
          h("ol", { class: "conversation", id: "conversation", "aria-live": "polite" }, conversationItems(view.events)),
          mine() ? messageForm() : null),
        view.call.element,
        concluded ? conclusionPanel(concluded) : mine() ? conclusionForm() : null)));
  restoreDrafts(drafts);
}

/** Pushes re-render the page; what the specialist is typing, where, and the caret in it must survive that. */
function saveDrafts() {
  const values = {};
  view.container.querySelectorAll("input[id], textarea[id], select[id]").forEach((el) => (values[el.id] = el.value));
  const focused = view.container.contains(document.activeElement) ? document.activeElement : null;
  const caret = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement
    ? { start: focused.selectionStart, end: focused.selectionEnd, direction: focused.selectionDirection } : null;
  return { values, focusedId: focused?.id, caret };
}

function restoreDrafts({ values, focusedId, caret }) {
  for (const [id, value] of Object.entries(values)) {
    const el = document.getElementById(id);
    if (el) el.value = value;
  }
  const focused = focusedId ? document.getElementById(focusedId) : null;
  if (!focused) return;
  focused.focus({ preventScroll: true });
  if (caret) focused.setSelectionRange(caret.start, caret.end, caret.direction);
}

async function act(work) {
  view.error = null;
  try {
    await work();
  } catch (error) {
    view.error = error.message?.replace(/^.*HubException: /, "") ?? String(error);
  }
  render();
}

function claimConsult() {
  return act(async () => {
    const outcome = await invoke("Claim", view.consult.consultId);
    if (!outcome.won) view.error = t("claimLost", { who: outcome.claimedBy ?? "" });
  });
}

function releaseConsult() {
  return act(() => invoke("Release", view.consult.consultId));
}

function sendMessage(event) {
  event.preventDefault();
  const text = document.getElementById("message-text").value.trim();
  if (!text) return;
  // The same id on a retry, so a message that did reach the hub before the link dropped is stored once.
  view.pendingMessageId ??= uuid();
  return act(async () => {
    await invoke("SendMessage", view.consult.consultId, text, view.pendingMessageId);
    view.pendingMessageId = null;
    document.getElementById("message-text").value = "";
  });
}

function concludeConsult(event) {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value.trim();
  return act(() => invoke("Conclude", view.consult.consultId, {
    finalLevel: value("final-level"), icd10Code: value("icd10").toUpperCase(), diagnosis: value("diagnosis"), plan: value("plan"),
  }));
}

async function catchUp() {
  if (!view) return;
  const current = view;
  const missed = await invoke("GetEvents", current.consult.consultId, lastSequence());
  if (view !== current) return;
  missed.forEach(apply);
  render();
}

/** Keeps events gapless; an event too large to travel inline (none the console shows) holds only its place. */
function apply(notice) {
  if (Number(notice.sequence) !== lastSequence() + 1) return false;
  view.events.push(notice.eventJson ? JSON.parse(notice.eventJson) : { sequence: notice.sequence });
  return true;
}

function pushed(notice) {
  if (!view || notice.consultId !== view.consult.consultId) return;
  if (apply(notice)) render();
  else if (Number(notice.sequence) > lastSequence()) catchUp().catch(() => {});
}

function summaryChanged(consult) {
  if (!view || consult.consultId !== view.consult.consultId) return;
  view.consult = consult;
  render();
}

/** A language change relabels the page at once; the engine's names follow as soon as they arrive. */
function renameCodes(language) {
  render();
  const current = view;
  codeNames(language).then((names) => {
    if (view !== current || currentLanguage() !== language) return;
    view.names = names;
    render();
  }).catch(() => {});
}

let subscribed = false;

export async function showCase(main, consultId) {
  if (!subscribed) {
    subscribed = true;
    onCaseEvent(pushed);
    onConsultQueued(summaryChanged);
    onCatchUp(() => catchUp().catch(() => {}));
    onLanguageChange(renameCodes);
  }
  view = null;
  opening = consultId;
  clear(main).append(h("p", {}, t("loading")));
  await connect();
  // Without the names the page still shows the case, naming red flags by the result's own sentences.
  const [opened, names] = await Promise.all([invoke("OpenCase", consultId), codeNames(currentLanguage()).catch(() => ({}))]);
  if (opening !== consultId) return;
  view = {
    container: main,
    consult: opened.consult,
    report: JSON.parse(opened.reportJson),
    result: JSON.parse(opened.resultJson),
    events: [],
    error: null,
    pendingMessageId: null,
    names,
    call: callPanel("SPECIALIST", hubLink(consultId)),
  };
  opened.events.forEach(apply);
  render();
}

export function leaveCase() {
  view?.call.leave();
  view = null;
  opening = null;
}
