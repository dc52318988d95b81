// The engine's words for the codes a case shows (red flags, missing vital signs), fetched per language from the
// gateway, which takes them from the engine's text catalogue; the console keeps no copy of its own.
import { authorisedFetch } from "./session.js";
import { useVitalSigns } from "./vital-signs.js";

const loaded = new Map();

/** { rules: { CODE: name }, vitals: { wire_name: name }, vitalSigns: [...] } in `language`, asked for once per page and language. */
export function codeNames(language) {
  if (!loaded.has(language)) {
    const names = authorisedFetch(`/console/names?lang=${encodeURIComponent(language)}`).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then((json) => {
      useVitalSigns(json.vitalSigns);
      return json;
    });
    // A failed request is asked again next time rather than remembered.
    names.catch(() => loaded.delete(language));
    loaded.set(language, names);
  }
  return loaded.get(language);
}
