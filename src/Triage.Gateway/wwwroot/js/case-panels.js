// The read-only panels of a case: patient, engine's assessment, vitals history and the conversation.
import { h } from "./dom.js";
import { t, formatDateTime, formatNumber, formatPercent, formatWait } from "./i18n.js";
import { vitalLabel, vitalLabelOf, vitalSigns } from "./vital-signs.js";

function field(labelKey, value) {
  return [h("dt", {}, t(labelKey)), h("dd", {}, value ?? t("unknown"))];
}

export function patientPanel(patient = {}) {
  const pregnancy = patient.sex !== "FEMALE" ? t("notApplicable")
    : patient.pregnant ? (patient.gestationWeeks ? t("pregnantWeeks", { weeks: patient.gestationWeeks }) : t("yes")) : t("no");
  return h("section", { class: "card", "aria-labelledby": "patient-heading", id: "patient" },
    h("h2", { id: "patient-heading" }, t("patientTitle")),
    h("dl", { class: "facts" },
      field("age", patient.ageYears === undefined ? undefined : t("ageYears", { age: formatNumber(patient.ageYears, patient.ageYears < 2 ? 1 : 0) })),
      field("sex", t(`sex_${patient.sex ?? "SEX_UNSPECIFIED"}`)),
      field("pregnancy", pregnancy),
      field("insurance", t(`insurance_${patient.insurance ?? "INSURANCE_STATUS_UNSPECIFIED"}`)),
      field("socialCategory", t(`social_${patient.socialCategory ?? "SOCIAL_CATEGORY_UNSPECIFIED"}`))));
}

/** A red flag by the engine's name for it when the page has the names, else the result's reason text, else its code. */
function redFlagText(names, reasons, code) {
  return names.rules?.[code] ?? reasons.find((r) => r.code === code)?.text ?? code;
}

function vitalName(names, field) {
  return names.vitals?.[field] ?? vitalLabelOf(field) ?? field;
}

/** `names`: the engine's words for codes ({ rules, vitals }), as the console fetches them from the gateway. */
export function assessmentPanel(result = {}, names = {}) {
  const reasons = result.reasons ?? [];
  const modelFactors = reasons.filter((r) => r.source === "MODEL").sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0)).slice(0, 5);
  const ruleReasons = reasons.filter((r) => r.source !== "MODEL");
  const redFlags = result.redFlags ?? [];
  return h("section", { class: "card", "aria-labelledby": "assessment-heading", id: "assessment" },
    h("h2", { id: "assessment-heading" }, t("assessmentTitle")),
    h("p", {}, h("span", { class: `badge level-${result.referralLevel}` }, t(`level_${result.referralLevel}`)), " ", t(`specialty_${result.specialty ?? "SPECIALTY_UNSPECIFIED"}`)),
    h("h3", {}, t("redFlags")),
    redFlags.length === 0 ? h("p", {}, t("none")) : h("ul", { class: "red-flags", id: "red-flags" }, redFlags.map((flag) => h("li", {}, redFlagText(names, reasons, flag)))),
    h("h3", {}, t("modelRisk")),
    h("p", { id: "model-risk" }, result.riskEstimated
      ? t("riskWithModel", { risk: formatPercent(result.risk ?? 0, 1), model: result.modelVersion ?? "" })
      : t("riskNotEstimated")),
    modelFactors.length === 0 ? null : h("ol", { class: "factors" }, modelFactors.map((r) => h("li", {}, r.text, " ", h("span", { class: "weight" }, `(${formatNumber(r.weight ?? 0, 2)})`)))),
    h("h3", {}, t("ruleReasons")),
    ruleReasons.length === 0 ? h("p", {}, t("none")) : h("ul", {}, ruleReasons.map((r) => h("li", {}, r.text))),
    (result.missingVitals ?? []).length === 0 ? null
      : h("p", { class: "muted", id: "missing-vitals" }, t("missingVitals", { list: result.missingVitals.map((f) => vitalName(names, f)).join(", ") })),
    h("h3", {}, t("advice")),
    h("p", { class: "advice", id: "advice" }, result.advice ?? ""));
}

/** Every triage of the case, the first from the report and each later one from updated vitals. */
export function historyPanel(entries) {
  return h("section", { class: "card", "aria-labelledby": "history-heading", id: "history" },
    h("h2", { id: "history-heading" }, t("historyTitle")),
    h("table", { class: "history" },
      h("thead", {}, h("tr", {}, ["colRecorded", "colNews2", "colLevel"].map((key) => h("th", { scope: "col" }, t(key))),
        historySigns().map((sign) => h("th", { scope: "col" }, vitalLabel(sign))))),
      h("tbody", {}, entries.map(({ at, vitals = {}, result = {} }) => h("tr", {},
        h("td", {}, formatDateTime(at)),
        h("td", {}, result.news2 ? String(result.news2.total ?? 0) : "–"),
        h("td", {}, t(`level_${result.referralLevel}`)),
        historySigns().map((sign) => h("td", {}, vitals[sign.key] === undefined ? "–" : sign.scale === "Decimal" ? formatNumber(vitals[sign.key], 1) : vitals[sign.key])))))));
}

/** The history follows the numbers NEWS2 scores, the ones a trend is read from. */
function historySigns() {
  return vitalSigns().filter((sign) => sign.news2Score && sign.possible);
}

function describe(event) {
  if (event.consultClaimed) return t("eventClaimed", { who: event.consultClaimed.specialistName || event.consultClaimed.specialistId });
  if (event.consultReleased) return t("eventReleased", { who: event.consultReleased.specialistId });
  if (event.consultTransferred) return t("eventTransferred", { who: event.consultTransferred.toSpecialistName || event.consultTransferred.toSpecialistId });
  if (event.consultEscalated) return t("eventEscalated");
  if (event.consultOpened) return t("eventOpened");
  if (event.retriaged) return t("eventRetriaged", { news2: event.retriaged.result?.news2?.total ?? 0 });
  if (event.attachmentAdded) return t("eventAttachment", { name: event.attachmentAdded.fileName });
  if (event.callStarted) return t("eventCallStarted", { who: event.callStarted.starterName || event.callStarted.starterId });
  if (event.callEnded) return t("eventCallEnded", { duration: formatWait(Number(event.callEnded.durationSeconds ?? 0) * 1000) });
  if (event.concluded) return t("eventConcluded", { who: event.concluded.specialistName || event.concluded.specialistId });
  return null;
}

/** Messages both ways, with what happened to the consult in between; `ownAuthor` is the side reading it. */
export function conversationItems(events, ownAuthor = "SPECIALIST") {
  return events.filter((event) => event.occurredAt).flatMap((event) => {
    const time = h("time", { datetime: event.occurredAt }, formatDateTime(event.occurredAt));
    if (event.message) {
      const own = event.message.author === ownAuthor;
      return [h("li", { class: `message ${own ? "mine" : "theirs"}` },
        h("div", { class: "meta" }, `${event.message.authorName || event.message.authorId} · `, time),
        h("p", {}, event.message.text))];
    }
    const text = describe(event);
    return text ? [h("li", { class: "system" }, time, " ", text)] : [];
  });
}

export function conclusionPanel(concluded) {
  return h("section", { class: "card concluded", "aria-labelledby": "conclusion-heading", id: "conclusion" },
    h("h2", { id: "conclusion-heading" }, t("conclusionTitle")),
    h("dl", { class: "facts" },
      field("finalLevel", t(`level_${concluded.finalLevel}`)),
      field("icd10", concluded.icd10Code),
      field("diagnosis", concluded.diagnosis),
      field("plan", concluded.plan),
      field("concludedBy", concluded.specialistName || concluded.specialistId)),
    h("p", { class: "muted" }, t("readOnly")));
}
