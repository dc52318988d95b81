// Photos for the specialist (a wound, a rash, an ECG strip) from the tablet's camera or from files. The app keeps
// each one at once and sends it when the link allows, going on where it stopped after a break.
import { h } from "./dom.js";
import { t, formatNumber } from "./i18n.js";
import { api } from "./clinic-api.js";

let timer = null;

function stateOf(a) {
  if (a.refusal) return t("photoRefused", { reason: a.refusal });
  if (a.complete) return t("photoReceived");
  return a.received > 0 ? t("photoPartly", { percent: formatNumber((100 * a.received) / a.size) }) : t("photoWaiting");
}

async function refresh(clientCaseId) {
  clearTimeout(timer);
  const list = document.getElementById("attachments");
  if (!list) return;
  const attachments = await api(`/cases/${clientCaseId}/attachments`).catch(() => null);
  if (!attachments) return;
  list.replaceChildren(...attachments.map((a) => h("li", { class: a.complete ? "done" : "" }, `${a.fileName} — ${stateOf(a)}`)));
  if (attachments.some((a) => !a.complete && !a.refusal)) timer = setTimeout(() => refresh(clientCaseId), 1500);
}

async function send(clientCaseId, input) {
  const message = document.getElementById("photo-message");
  for (const file of input.files) {
    const response = await fetch(`/api/cases/${encodeURIComponent(clientCaseId)}/attachments`, {
      method: "POST",
      headers: { "X-Triage-Clinic-App": "1", "X-File-Name": encodeURIComponent(file.name), "Content-Type": file.type || "application/octet-stream" },
      body: file,
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      message.textContent = t(`error_${body.error ?? "network"}`);
    }
  }
  input.value = "";
  refresh(clientCaseId);
}

export function photoUpload(clientCaseId) {
  const section = h("section", { class: "card", id: "photo-upload", "aria-labelledby": "photo-heading" },
    h("h2", { id: "photo-heading" }, t("photosTitle")),
    h("input", { id: "photo-file", class: "file-input", type: "file", accept: "image/*", capture: "environment", multiple: true, onchange: (e) => send(clientCaseId, e.target) }),
    h("label", { for: "photo-file", class: "button" }, t("photoChoose")),
    h("p", { id: "photo-message", class: "error", role: "alert" }),
    h("ul", { id: "attachments", class: "attachments", "aria-live": "polite" }));
  setTimeout(() => refresh(clientCaseId));
  return section;
}
