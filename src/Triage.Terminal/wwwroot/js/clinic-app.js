// The clinic app: the language switch (shared with the console, remembered), the link indicator and the pages.
import { t, setLanguage, currentLanguage, addLabels, onLanguageChange } from "./i18n.js";
import { kk } from "./clinic-labels-kk.js";
import { ru } from "./clinic-labels-ru.js";
import { en } from "./clinic-labels-en.js";
import { api } from "./clinic-api.js";
import { startLinkIndicator, redrawLinkIndicator } from "./link-indicator.js";
import { renderEntry } from "./entry-view.js";
import { renderCase, leaveCase } from "./case-view.js";
import { renderOutbox, leaveOutbox } from "./outbox-view.js";
import { renderLetter } from "./letter-view.js";
import { useVitalSigns } from "./vital-signs.js";

addLabels({ kk, ru, en });
const main = document.getElementById("main");
let catalogue = null;

async function route() {
  leaveCase();
  leaveOutbox();
  const [page, id] = location.hash.slice(1).split("/");
  document.querySelectorAll("#nav a").forEach((a) => a.toggleAttribute("aria-current", a.getAttribute("href") === `#${page}`));
  document.title = `${t(page === "outbox" ? "navOutbox" : page === "case" || page === "letter" ? "caseTitleShort" : "navNewCase")} · Triage`;
  if (page === "case" && id) await renderCase(main, id, catalogue);
  else if (page === "letter" && id) await renderLetter(main, id, catalogue);
  else if (page === "outbox") await renderOutbox(main);
  else renderEntry(main, catalogue);
}

async function start() {
  const select = document.getElementById("language");
  select.value = currentLanguage();
  setLanguage(currentLanguage());
  select.addEventListener("change", () => setLanguage(select.value));
  catalogue = await api("/catalogue");
  useVitalSigns(catalogue.vitalSigns);
  document.getElementById("clinic").textContent = t("clinicOf", { clinic: catalogue.clinicId });
  onLanguageChange(() => {
    document.getElementById("clinic").textContent = t("clinicOf", { clinic: catalogue.clinicId });
    redrawLinkIndicator();
    // A form half filled in keeps its values: only pages drawn from data are drawn again.
    if (!location.hash.startsWith("#new") && location.hash !== "") route();
    else document.getElementById("entry-form") ? relabelEntry() : route();
  });
  window.addEventListener("hashchange", route);
  startLinkIndicator();
  await route();
}

/** Swaps the entry form's words without losing what is typed: a fresh form, then the values carried over. */
function relabelEntry() {
  const values = [...document.querySelectorAll("#entry-form input, #entry-form select, #entry-form textarea")]
    .map((el) => [el.id, el.type === "checkbox" ? el.checked : el.value]);
  const clientCaseId = document.getElementById("entry-form").dataset.clientCaseId;
  renderEntry(main, catalogue, clientCaseId);
  for (const [id, value] of values) {
    const el = document.getElementById(id);
    if (!el) continue;
    if (el.type === "checkbox") el.checked = value;
    else el.value = value;
  }
  document.getElementById("entry-form").dispatchEvent(new Event("input"));
}

start().catch((error) => {
  main.textContent = `${t("error_network")} (${error.message})`;
});
