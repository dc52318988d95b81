// The console's shell: language, sign-in, the header and hash routes (#queue, #case/{consultId}, #reports).
import { applyLabels, currentLanguage, setLanguage, t } from "./i18n.js";
import { currentSession, hasRole, signIn, signOut } from "./session.js";
import { disconnect } from "./consult-link.js";
import { clear } from "./dom.js";
import { showQueue, leaveQueue } from "./queue-view.js";
import { showCase, leaveCase } from "./case-view.js";
import { showReports, leaveReports } from "./reports-view.js";

const main = document.getElementById("main");

function showSignIn() {
  const form = document.getElementById("sign-in-template").content.cloneNode(true);
  applyLabels(form);
  clear(main).append(form);
  document.getElementById("sign-in").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = document.getElementById("sign-in-error");
    try {
      const session = await signIn(document.getElementById("user-name").value.trim(), document.getElementById("password").value);
      go(hasRole(session, "specialist") ? "#queue" : "#reports");
    } catch (failure) {
      error.textContent = `${t("signInFailed")} ${failure.message}`;
    }
  });
  document.getElementById("user-name").focus();
}

/** Navigates, re-routing even when the address does not change (hashchange would not fire). */
function go(hash) {
  if (location.hash === hash || (hash === "" && location.hash === "")) route();
  else location.hash = hash;
}

function header(session) {
  document.getElementById("nav").hidden = !session;
  document.getElementById("nav-queue").hidden = !hasRole(session, "specialist");
  document.getElementById("nav-reports").hidden = !hasRole(session, "admin");
  document.getElementById("sign-out").hidden = !session;
  document.getElementById("whoami").textContent = session?.userName ?? "";
  const section = location.hash.split("/")[0];
  document.querySelectorAll("#nav a").forEach((link) => link.toggleAttribute("aria-current", link.getAttribute("href") === section));
}

async function route() {
  // Exactly one view owns the page: the others stop drawing into it before the next one starts.
  leaveQueue();
  leaveCase();
  leaveReports();
  const session = currentSession();
  header(session);
  if (!session) return showSignIn();
  const [section, id] = location.hash.slice(1).split("/");
  try {
    if (section === "case" && id && hasRole(session, "specialist")) await showCase(main, id);
    else if (section === "reports" && hasRole(session, "admin")) await showReports(main);
    else if (hasRole(session, "specialist")) await showQueue(main);
    else if (hasRole(session, "admin")) location.hash = "#reports";
    else main.textContent = t("noConsoleRole");
  } catch (failure) {
    main.textContent = `${t("loadFailed")} ${failure.message ?? failure}`;
  }
  main.focus({ preventScroll: true });
}

const language = document.getElementById("language");
language.value = currentLanguage();
language.addEventListener("change", () => setLanguage(language.value));
setLanguage(currentLanguage());

document.getElementById("sign-out").addEventListener("click", async () => {
  signOut();
  await disconnect();
  go("");
});

window.addEventListener("hashchange", route);
route();
