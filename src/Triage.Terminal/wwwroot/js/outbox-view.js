// Every case of this terminal with where it stands: queued, sent, acknowledged by the gateway, or refused and why.
import { h, clear } from "./dom.js";
import { t, formatDateTime, formatNumber } from "./i18n.js";
import { api } from "./clinic-api.js";
import { stateText } from "./result-panels.js";

let timer = null;

export function leaveOutbox() {
  clearTimeout(timer);
}

function row(entry) {
  const age = entry.ageYears === undefined || entry.ageYears === null ? "" : t("ageYears", { age: formatNumber(entry.ageYears, entry.ageYears < 2 ? 1 : 0) });
  return h("tr", { class: `state-${entry.state}` },
    h("td", {}, h("a", { href: `#case/${entry.clientCaseId}` }, formatDateTime(entry.queuedAt))),
    h("td", {}, entry.patientRef || t("noPatientRef")),
    h("td", {}, [age, entry.sex ? t(`sex_${entry.sex}`) : ""].filter(Boolean).join(", ")),
    h("td", {}, entry.referralLevel ? h("span", { class: `badge level-${entry.referralLevel}` }, t(`level_${entry.referralLevel}`)) : "",
      entry.assessedBy ? h("span", { class: "muted" }, ` ${t(`assessedBy_${entry.assessedBy}`)}`) : ""),
    h("td", { class: "state" }, stateText(entry)));
}

async function draw(main) {
  const [entries, link] = await Promise.all([api("/cases"), api("/link")]);
  if (location.hash !== "#outbox") return;
  const table = document.getElementById("outbox-table");
  const body = h("tbody", {}, entries.length === 0 ? h("tr", {}, h("td", { colspan: 5, class: "empty" }, t("outboxEmpty"))) : entries.map(row));
  if (table) table.tBodies[0].replaceWith(body);
  else {
    clear(main).append(
      h("h1", {}, t("outboxTitle")),
      h("p", { id: "outbox-counts", class: "muted" }),
      h("button", { type: "button", id: "sync-now", onclick: () => api("/sync", { method: "POST" }) }, t("syncNow")),
      h("table", { id: "outbox-table", class: "queue" },
        h("caption", {}, t("outboxCaption")),
        h("thead", {}, h("tr", {}, ["colRecorded", "patientRef", "colPatient", "colLevel", "colState"].map((key) => h("th", { scope: "col" }, t(key))))),
        body));
  }
  document.getElementById("outbox-counts").textContent = t("outboxCounts", link.counts);
}

export async function renderOutbox(main) {
  leaveOutbox();
  await draw(main);
  const again = () => {
    timer = setTimeout(async () => {
      if (location.hash !== "#outbox") return;
      await draw(main).catch(() => {});
      again();
    }, 2000);
  };
  again();
}
