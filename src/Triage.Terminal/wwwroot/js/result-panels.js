// What the feldsher sees of a result: whose assessment it is (this terminal's, offline, or the gateway's), where the
// case stands in the outbox, and the vitals beside their scores.
import { h } from "./dom.js";
import { t, formatDateTime } from "./i18n.js";
import { vitalsTable } from "./news2.js";
import { measuredSigns, vitalLabel, vitalText } from "./vital-signs.js";

export function stateText(entry) {
  return entry.state === "Failed" ? t("outbox_Failed", { reason: entry.reason ?? "" }) : t(`outbox_${entry.state}`);
}

export function sourceNotice(entry) {
  return entry.gateway
    ? h("p", { id: "result-source", class: "source gateway" }, t("resultFromGateway", { at: formatDateTime(entry.gateway.assessedAt ?? entry.updatedAt) }))
    : h("p", { id: "result-source", class: "source local" }, t("resultLocal"));
}

/** NEWS2 applies to adults who are not pregnant; for others the values are listed without scores. */
export function vitalsPanel(vitals, result) {
  if (result?.news2) return h("section", { class: "card" }, h("h2", {}, t("vitalsTitle")), vitalsTable(vitals, result.news2));
  return h("section", { class: "card" }, h("h2", {}, t("vitalsTitle")),
    h("p", { class: "muted" }, t("news2NotApplicable")),
    h("dl", { class: "facts", id: "vitals" }, measuredSigns().flatMap((sign) =>
      [h("dt", {}, vitalLabel(sign)), h("dd", {}, vitalText(sign, vitals ?? {}) ?? t("notMeasured"))])));
}
