// The new-case form, in the order of an examination: the patient, the complaint, the vital signs (each scored by the
// engine as it is typed), the symptoms by body system. Saved to the outbox and assessed on this machine at once.
import { h, clear } from "./dom.js";
import { t, currentLanguage } from "./i18n.js";
import { uuid } from "./uuid.js";
import { api } from "./clinic-api.js";
import { readNumber, readVitals, showMessages, showScores, vitalsFieldset } from "./vital-fields.js";
import { symptomPicker, chosenSymptoms, named } from "./symptom-picker.js";
import { confirmPanel } from "./confirm-panel.js";

const prefix = "entry-";
const sexes = ["FEMALE", "MALE"];
const insurance = ["INSURED", "UNINSURED"];
const socialCategories = ["A", "B", "C", "D", "E"].map((c) => `SOCIAL_CATEGORY_${c}`);

let state = null;

function select(id, labelKey, values, labelPrefix, unspecified) {
  return [h("label", { for: id }, t(labelKey)),
    h("select", { id }, h("option", { value: "" }, t(unspecified)), values.map((v) => h("option", { value: v }, t(`${labelPrefix}${v}`))))];
}

function patientFieldset(catalogue) {
  return h("fieldset", { class: "card" },
    h("legend", {}, t("patientTitle")),
    h("div", { class: "patient-grid" },
      h("div", {}, h("label", { for: "entry-patient-ref" }, t("patientRef")),
        h("input", { id: "entry-patient-ref", maxlength: catalogue.maxPatientRefLength, autocomplete: "off", "aria-describedby": "entry-patient-ref-hint" }),
        h("p", { id: "entry-patient-ref-hint", class: "hint" }, t("patientRefHint"))),
      h("div", { class: "age" },
        h("div", {}, h("label", { for: "entry-age-years" }, t("ageYearsLabel")),
          h("input", { id: "entry-age-years", inputmode: "numeric", autocomplete: "off", dataset: { field: "case.patient.age_years" }, "aria-describedby": "entry-age-years-message" })),
        h("div", {}, h("label", { for: "entry-age-months" }, t("ageMonthsLabel")),
          h("input", { id: "entry-age-months", inputmode: "numeric", autocomplete: "off" }))),
      h("div", {}, ...select("entry-sex", "sex", sexes, "sex_", "sex_SEX_UNSPECIFIED"))),
    h("p", { id: "entry-age-years-message", class: "field-message", "aria-live": "polite" }),
    h("p", { id: "entry-child-note", class: "note", hidden: true }, t("childNote")),
    h("div", { id: "entry-pregnancy", class: "pregnancy", hidden: true },
      h("label", { class: "check" }, h("input", { type: "checkbox", id: "entry-pregnant" }), " ", t("pregnantQuestion")),
      h("div", { id: "entry-gestation", hidden: true },
        h("label", { for: "entry-gestation-weeks" }, t("gestationWeeks")),
        h("input", { id: "entry-gestation-weeks", inputmode: "numeric", autocomplete: "off", dataset: { field: "case.patient.gestation_weeks" }, "aria-describedby": "entry-gestation-weeks-message" }),
        h("p", { id: "entry-gestation-weeks-message", class: "field-message", "aria-live": "polite" }),
        h("p", { class: "note" }, t("pregnantNote")))),
    h("div", { class: "patient-grid" },
      h("div", {}, ...select("entry-insurance", "insurance", insurance, "insurance_", "insurance_INSURANCE_STATUS_UNSPECIFIED")),
      h("div", {}, ...select("entry-social-category", "socialCategory", socialCategories, "social_", "social_SOCIAL_CATEGORY_UNSPECIFIED"))),
    h("fieldset", { class: "choices", id: "entry-chronic" },
      h("legend", {}, t("chronicConditions")),
      catalogue.chronicConditions.map((c) => h("label", { class: "check" },
        h("input", { type: "checkbox", name: "chronic", value: c.code, id: `chronic-${c.code}` }), " ", named(c)))));
}

/** Age in years from the years and months typed; { error } when either is not a number. */
function readAge(catalogue) {
  const years = readNumber(document.getElementById("entry-age-years").value, { field: "case.patient.age_years", whole: false, unit: "unitYears" }, catalogue);
  const monthsText = document.getElementById("entry-age-months").value;
  const months = readNumber(monthsText, { field: "", whole: true, unit: "" }, catalogue);
  if (years.error) return years;
  if (months.error || (months.value !== undefined && (months.value < 0 || months.value > 11))) return { error: t("monthsRange") };
  if (years.value === undefined && months.value === undefined) return { value: undefined };
  const value = (years.value ?? 0) + (months.value ?? 0) / 12;
  return { value, unusual: years.unusual };
}

function draft(catalogue) {
  const messages = {};
  const unusual = [];
  const age = readAge(catalogue);
  if (age.error) messages["case.patient.age_years"] = age.error;
  if (age.unusual) unusual.push("case.patient.age_years");
  const patient = {
    patientRef: document.getElementById("entry-patient-ref").value.trim(),
    sex: document.getElementById("entry-sex").value || undefined,
    insurance: document.getElementById("entry-insurance").value || undefined,
    socialCategory: document.getElementById("entry-social-category").value || undefined,
  };
  if (age.value !== undefined) patient.ageYears = age.value;
  if (pregnancyAsked(catalogue, patient) && document.getElementById("entry-pregnant").checked) {
    patient.pregnant = true;
    const weeks = readNumber(document.getElementById("entry-gestation-weeks").value, { field: "case.patient.gestation_weeks", whole: true, unit: "unitWeeks" }, catalogue);
    if (weeks.error) messages["case.patient.gestation_weeks"] = weeks.error;
    else if (weeks.value !== undefined) patient.gestationWeeks = weeks.value;
    if (weeks.unusual) unusual.push("case.patient.gestation_weeks");
  }
  const vitals = readVitals(prefix, catalogue);
  Object.assign(messages, vitals.errors);
  unusual.push(...vitals.unusual);
  return {
    report: {
      clientCaseId: state.clientCaseId,
      patient,
      vitals: vitals.vitals,
      symptoms: chosenSymptoms(),
      chronicConditions: [...document.querySelectorAll("input[name=chronic]:checked")].map((c) => c.value),
      complaint: document.getElementById("entry-complaint").value.trim(),
      language: currentLanguage(),
    },
    messages,
    unusual,
  };
}

function pregnancyAsked(catalogue, patient) {
  return patient.sex === "FEMALE" && patient.ageYears !== undefined
    && patient.ageYears >= catalogue.pregnantAgeYears.min && patient.ageYears <= catalogue.pregnantAgeYears.max;
}

/** Shows or hides what depends on who the patient is, and asks the engine to score the vitals as typed. */
async function refresh(catalogue) {
  const { report, messages, unusual } = draft(catalogue);
  const asked = pregnancyAsked(catalogue, report.patient);
  document.getElementById("entry-pregnancy").hidden = !asked;
  document.getElementById("entry-gestation").hidden = !(asked && document.getElementById("entry-pregnant").checked);
  document.getElementById("entry-child-note").hidden = !(report.patient.ageYears !== undefined && report.patient.ageYears < catalogue.adultAgeYears);
  const warnings = Object.fromEntries(unusual.map((field) => [field, t("unusualValue")]));
  showMessages(prefix, { ...warnings, ...messages });
  const ticket = ++state.ticket;
  try {
    const scores = await api("/vital-scores", { method: "POST", body: { patient: report.patient, vitals: report.vitals } });
    if (ticket !== state.ticket) return;
    showScores(prefix, scores);
    const live = document.getElementById(`${prefix}news2-live`);
    live.textContent = scores.group === "adult" ? t("news2Live", { total: scores.total })
      : scores.group === "pregnant" ? t("news2NotInPregnancy") : t("paediatricBands");
  } catch {
    // Scores are a help while typing; the saved case is assessed in full whatever happens here.
  }
}

async function save(event, catalogue, confirmed = []) {
  event?.preventDefault();
  const { report, messages } = draft(catalogue);
  const summary = document.getElementById("entry-errors");
  const first = showMessages(prefix, messages);
  if (first) {
    summary.textContent = t("fixFields");
    first.focus();
    return;
  }
  summary.textContent = "";
  try {
    const saved = await api("/cases", { method: "POST", body: { case: report, confirmed } });
    location.hash = `#case/${saved.clientCaseId}`;
  } catch (error) {
    if (error.body.error === "confirm") {
      const panel = document.getElementById("entry-confirm");
      panel.replaceWith(confirmPanel("entry-confirm", error.body.unusual, () => save(null, catalogue, error.body.unusual.map((u) => u.field))));
      document.querySelector("#entry-confirm button").focus();
      return;
    }
    const fieldMessages = Object.fromEntries((error.body.violations ?? []).map((v) => [v.field, t("rejected", { detail: v.description })]));
    const focus = showMessages(prefix, fieldMessages);
    summary.textContent = error.body.violations ? t("fixFields") + " " + error.body.violations.map((v) => v.description).join("; ") : t(`error_${error.body.error ?? "network"}`);
    focus?.focus();
  }
}

/**
 * A fresh form; when it is only drawn again in another language, `redrawOf` keeps the case's identity and the focus
 * stays where the user is (on the language switch).
 */
export function renderEntry(main, catalogue, redrawOf = null) {
  const clientCaseId = redrawOf ?? uuid();
  state = { clientCaseId, ticket: 0 };
  const form = h("form", { id: "entry-form", novalidate: true, onsubmit: (e) => save(e, catalogue), dataset: { clientCaseId } },
    h("h1", {}, t("newCaseTitle")),
    h("p", { class: "muted" }, t("newCaseIntro")),
    patientFieldset(catalogue),
    h("fieldset", { class: "card" }, h("legend", {}, t("complaint")),
      h("label", { for: "entry-complaint" }, t("complaintLabel")),
      h("textarea", { id: "entry-complaint", rows: 2, maxlength: catalogue.maxComplaintLength })),
    vitalsFieldset(prefix, catalogue),
    symptomPicker(catalogue),
    h("div", { id: "entry-confirm" }),
    h("p", { id: "entry-errors", class: "error", role: "alert" }),
    h("button", { type: "submit", id: "entry-save" }, t("saveCase")));
  let timer = null;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(catalogue), 120);
  });
  clear(main).append(form);
  if (!redrawOf) document.getElementById("entry-patient-ref").focus();
}
