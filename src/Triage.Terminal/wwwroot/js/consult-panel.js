// The consult from the feldsher's side: the gateway's events for the case arrive live (the app follows WatchCase and
// passes each event on, numbered, so a reconnect resumes after the last one); ask for a specialist, write, send new
// vital signs, send photos, and see the conclusion as soon as it is given.
import { h, clear } from "./dom.js";
import { t } from "./i18n.js";
import { uuid } from "./uuid.js";
import { api } from "./clinic-api.js";
import { conversationItems, conclusionPanel } from "./case-panels.js";
import { fillVitals, readVitals, showMessages, showScores, vitalsFieldset } from "./vital-fields.js";
import { confirmPanel } from "./confirm-panel.js";
import { photoUpload } from "./photo-upload.js";
import { callPanel } from "./call-panel.js";

const prefix = "update-";
let source = null;
let view = null;

export function stopConsult() {
  source?.close();
  source = null;
  view?.call.leave();
}

/** The feldsher's signalling for a call: through this app to the gateway, so the page never leaves its own origin. */
function appLink(id) {
  const path = `/cases/${encodeURIComponent(id)}/call`;
  return {
    start: () => api(path, { method: "POST" }),
    join: (callId) => api(`${path}/join`, { method: "POST", body: { callId } }),
    send: (callId, kind, payload) => api(`${path}/signals`, { method: "POST", body: { callId, kind, payload } }),
    end: (callId) => api(`${path}/end`, { method: "POST", body: { callId } }),
    // Settles once the gateway listens for this case ("ready"), so nothing the specialist sends is missed.
    listen: (onSignal) => new Promise((resolve, reject) => {
      const signals = new EventSource(`/api${path}/signals`);
      let ready = false;
      signals.addEventListener("ready", () => {
        ready = true;
        resolve(() => signals.close());
      });
      signals.addEventListener("signal", (message) => {
        const signal = JSON.parse(message.data);
        onSignal(signal.kind, signal.payload, signal.callId);
      });
      const fail = () => {
        signals.close();
        if (!ready) reject(new Error("signals"));
      };
      signals.addEventListener("refused", fail);
      signals.addEventListener("error", () => { if (!ready) fail(); });
    }),
  };
}

function lastClaim() {
  return view.events.filter((e) => e.consultClaimed || e.consultReleased || e.consultTransferred).at(-1);
}

/** A call needs a specialist holding the consult, and ends with it. */
function specialistHolds() {
  const last = lastClaim();
  return !view.events.some((e) => e.concluded) && Boolean(last?.consultClaimed || last?.consultTransferred);
}

function consultState() {
  const events = view.events;
  if (events.some((e) => e.concluded)) return t("consultConcluded");
  const last = lastClaim();
  if (last?.consultClaimed) return t("consultClaimedBy", { who: last.consultClaimed.specialistName || last.consultClaimed.specialistId });
  if (last?.consultTransferred) return t("consultClaimedBy", { who: last.consultTransferred.toSpecialistName || last.consultTransferred.toSpecialistId });
  return events.some((e) => e.consultOpened) ? t("consultWaiting") : t("noConsult");
}

/** The panel's frame, built once so a message being typed survives the events that arrive meanwhile. */
function build() {
  clear(view.root).append(
    h("section", { class: "card", "aria-labelledby": "consult-heading" },
      h("h2", { id: "consult-heading", tabindex: "-1" }, t("consultTitle")),
      h("p", { id: "consult-state" }),
      h("p", { id: "consult-link", class: "muted", role: "status" }),
      h("div", { id: "request-slot" }),
      view.call.element,
      h("ul", { class: "conversation", id: "conversation", "aria-live": "polite" }),
      h("div", { id: "message-slot" }),
      h("p", { id: "consult-error", class: "error", role: "alert" })),
    h("div", { id: "conclusion-slot" }),
    updateVitalsForm(),
    photoUpload(view.entry.clientCaseId));
  fillVitals(prefix, view.vitals);
  update();
}

/** Brings the changing parts up to date with the events received so far. */
function update() {
  const opened = view.events.some((e) => e.consultOpened);
  const concluded = view.events.find((e) => e.concluded)?.concluded;
  document.getElementById("consult-state").textContent = consultState();
  document.getElementById("consult-link").textContent = view.linkDown ? t("consultLinkDown") : "";
  document.getElementById("consult-error").textContent = view.error ?? "";
  document.getElementById("conversation").replaceChildren(...conversationItems(view.events, "FELDSHER"));
  view.call.update(view.events, specialistHolds());
  const requestSlot = document.getElementById("request-slot");
  if (opened) requestSlot.replaceChildren();
  else if (!requestSlot.firstChild) requestSlot.append(requestForm());
  const messageSlot = document.getElementById("message-slot");
  if (!opened || concluded) messageSlot.replaceChildren();
  else if (!messageSlot.firstChild) messageSlot.append(messageForm());
  if (concluded && !document.getElementById("conclusion")) {
    document.getElementById("conclusion-slot").append(conclusionPanel(concluded));
    document.getElementById("update-vitals")?.remove();
    document.getElementById("photo-upload")?.remove();
  }
}

function requestForm() {
  return h("form", { id: "request-form", onsubmit: requestConsult },
    h("label", { for: "request-reason" }, t("requestReason")),
    h("input", { id: "request-reason", maxlength: 500, autocomplete: "off" }),
    h("button", { type: "submit" }, t("requestConsult")));
}

function messageForm() {
  return h("form", { id: "message-form", onsubmit: sendMessage },
    h("label", { for: "message-text" }, t("messageToSpecialist")),
    h("textarea", { id: "message-text", rows: 3, maxlength: 4000, required: true }),
    h("button", { type: "submit" }, t("send")));
}

function updateVitalsForm() {
  return h("details", { class: "card", id: "update-vitals" },
    h("summary", {}, t("updateVitalsTitle")),
    h("form", { id: "update-form", novalidate: true, onsubmit: (e) => updateVitals(e), oninput: scoreUpdate },
      vitalsFieldset(prefix, view.catalogue),
      h("div", { id: "update-confirm" }),
      h("button", { type: "submit" }, t("sendVitals"))));
}

async function call(action, done) {
  view.error = null;
  try {
    await action();
    done?.();
  } catch (error) {
    view.error = t(`error_${error.body?.error ?? "network"}`);
  }
  update();
}

function requestConsult(event) {
  event.preventDefault();
  const reason = document.getElementById("request-reason").value.trim();
  return call(() => api(`/cases/${view.entry.clientCaseId}/consult`, { method: "POST", body: { reason } }), () => document.getElementById("consult-heading").focus());
}

function sendMessage(event) {
  event.preventDefault();
  const text = document.getElementById("message-text").value.trim();
  if (!text) return;
  // The id makes a retried message one message.
  const clientMessageId = uuid();
  return call(() => api(`/cases/${view.entry.clientCaseId}/messages`, { method: "POST", body: { text, clientMessageId } }), () => {
    document.getElementById("message-text").value = "";
    document.getElementById("message-text").focus();
  });
}

async function scoreUpdate() {
  const { vitals } = readVitals(prefix, view.catalogue);
  const scores = await api("/vital-scores", { method: "POST", body: { patient: view.entry.report.patient, vitals } }).catch(() => null);
  if (scores) showScores(prefix, scores);
}

async function updateVitals(event, confirmed = []) {
  event?.preventDefault();
  const { vitals, errors } = readVitals(prefix, view.catalogue);
  if (showMessages(prefix, errors)) return;
  try {
    await api(`/cases/${view.entry.clientCaseId}/vitals`, { method: "POST", body: { vitals, confirmed } });
    document.getElementById("update-vitals").open = false;
  } catch (error) {
    if (error.body?.error === "confirm") {
      document.getElementById("update-confirm").replaceWith(confirmPanel("update-confirm", error.body.unusual, () => updateVitals(null, error.body.unusual.map((u) => u.field))));
      return;
    }
    showMessages(prefix, Object.fromEntries((error.body?.violations ?? []).map((v) => [v.field.replace(/^vitals\./, "case.vitals."), t("rejected", { detail: v.description })])));
    document.getElementById("consult-error").textContent = t(`error_${error.body?.error ?? "network"}`);
  }
}

function follow() {
  stopConsult();
  source = new EventSource(`/api/cases/${encodeURIComponent(view.entry.clientCaseId)}/events`);
  source.addEventListener("case-event", (message) => {
    const event = JSON.parse(message.data);
    if (view.events.some((e) => e.sequence === event.sequence)) return;
    view.events.push(event);
    view.linkDown = false;
    // A new retriage replaces the result on screen; the rest of the page keeps its state.
    if (event.retriaged) {
      view.vitals = event.retriaged.vitals;
      view.onResult(event.retriaged.result, event.retriaged.vitals);
      if (!document.getElementById("update-vitals")?.open) fillVitals(prefix, view.vitals);
    }
    update();
  });
  source.addEventListener("link", () => {
    view.linkDown = true;
    update();
  });
}

export function consultPanel(root, entry, catalogue, onResult) {
  view = { root, entry, catalogue, onResult, vitals: entry.report.vitals, events: [], linkDown: false, error: null, call: callPanel("FELDSHER", appLink(entry.clientCaseId)) };
  build();
  follow();
}
