// Symptoms by body system, named in the user's language from the engine's catalogue, with a search by those names.
import { h } from "./dom.js";
import { t, currentLanguage } from "./i18n.js";

/** A code's name in the current language (the catalogue falls back to Russian, then English). */
export function named(entry) {
  return entry.names[currentLanguage()] ?? entry.names.ru ?? entry.names.en;
}

function filter(text) {
  const needle = text.trim().toLocaleLowerCase();
  document.querySelectorAll("#symptoms .symptom").forEach((label) => {
    label.hidden = needle !== "" && !label.textContent.toLocaleLowerCase().includes(needle) && !label.querySelector("input").checked;
  });
  document.querySelectorAll("#symptoms fieldset").forEach((group) => {
    group.hidden = [...group.querySelectorAll(".symptom")].every((label) => label.hidden);
  });
}

export function symptomPicker(catalogue) {
  return h("fieldset", { class: "card", id: "symptoms" },
    h("legend", {}, t("symptomsTitle")),
    h("label", { for: "symptom-search" }, t("symptomSearch")),
    h("input", { id: "symptom-search", type: "search", autocomplete: "off", oninput: (e) => filter(e.target.value), "aria-describedby": "symptom-search-hint" }),
    h("p", { id: "symptom-search-hint", class: "hint" }, t("symptomSearchHint")),
    h("div", { class: "systems" }, catalogue.bodySystems.map((system) => {
      const members = catalogue.symptoms.filter((s) => s.system === system.code);
      return members.length === 0 ? null : h("fieldset", { class: "choices" },
        h("legend", {}, named(system)),
        members.map((s) => h("label", { class: "check symptom" }, h("input", { type: "checkbox", name: "symptom", value: s.code, id: `symptom-${s.code}` }), " ", named(s))));
    })));
}

export function chosenSymptoms() {
  return [...document.querySelectorAll("input[name=symptom]:checked")].map((c) => c.value);
}
