// The link indicator in the header: is the gateway answering, and how many cases wait to go.
import { t } from "./i18n.js";
import { api } from "./clinic-api.js";

let last = null;

function draw() {
  const element = document.getElementById("link");
  if (!last) {
    element.textContent = t("linkChecking");
    element.className = "link-state";
    return;
  }
  const pending = last.counts.queued + last.counts.sent;
  element.className = `link-state link-${last.state}`;
  element.dataset.state = last.state;
  element.textContent = t(`link_${last.state}`) + (pending > 0 ? ` · ${t("linkPending", { count: pending })}` : "");
  element.title = last.detail ?? "";
}

async function poll() {
  try {
    last = await api("/link");
  } catch {
    // The app itself is gone (stopped, or the machine asleep): say so rather than show an old state.
    last = { state: "AppDown", counts: { queued: 0, sent: 0 } };
  }
  draw();
  setTimeout(poll, 2000);
}

export function startLinkIndicator() {
  draw();
  poll();
}

export const redrawLinkIndicator = draw;
