// The specialist's one SignalR connection to the consult hub: pushes go to whichever view listens, the banner
// tells when the link is down, and after every reconnect the views catch up on what they missed.
import { currentSession } from "./session.js";
import { t } from "./i18n.js";

const queuedListeners = new Set();
const eventListeners = new Set();
const catchUpListeners = new Set();
const callSignalListeners = new Set();
let connection = null;
let ready = null;

/** Retries for as long as the page is open: a clinic's link can be down for minutes. */
const retryForever = { nextRetryDelayInMilliseconds: (context) => Math.min(1000 * 2 ** context.previousRetryCount, 10000) };

function banner(key) {
  const element = document.getElementById("link-banner");
  element.hidden = key === null;
  element.textContent = key === null ? "" : t(key);
  element.dataset.state = key ?? "";
}

export function onConsultQueued(listener) {
  queuedListeners.add(listener);
  return () => queuedListeners.delete(listener);
}

export function onCaseEvent(listener) {
  eventListeners.add(listener);
  return () => eventListeners.delete(listener);
}

/** The feldsher's call signals (offer, answer, ICE candidates, mode), pushed and never stored. */
export function onCallSignal(listener) {
  callSignalListeners.add(listener);
  return () => callSignalListeners.delete(listener);
}

/** Called once connected and after every reconnect, when pushes may have been missed. */
export function onCatchUp(listener) {
  catchUpListeners.add(listener);
  return () => catchUpListeners.delete(listener);
}

/** Connects once; the promise settles when the hub first answers, however long the link takes to come up. */
export function connect() {
  if (ready) return ready;
  const current = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/consult", { accessTokenFactory: () => currentSession()?.accessToken ?? "" })
    .withAutomaticReconnect(retryForever)
    .build();
  connection = current;
  current.on("ConsultQueued", (consult) => queuedListeners.forEach((listener) => listener(consult)));
  current.on("CaseEvent", (notice) => eventListeners.forEach((listener) => listener(notice)));
  current.on("CallSignal", (notice) => callSignalListeners.forEach((listener) => listener(notice)));
  current.onreconnecting(() => banner("linkReconnecting"));
  current.onreconnected(() => {
    banner(null);
    catchUpListeners.forEach((listener) => listener());
  });
  current.onclose(() => {
    // Automatic reconnection gave up, or the server closed the link: keep trying, unless the user signed out.
    if (connection !== current) return;
    banner("linkLost");
    startUntilConnected(current).then(() => catchUpListeners.forEach((listener) => listener()));
  });
  ready = startUntilConnected(current);
  return ready;
}

async function startUntilConnected(current) {
  while (connection === current) {
    try {
      await current.start();
      banner(null);
      return;
    } catch {
      banner("linkLost");
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

export function invoke(method, ...args) {
  return connection.invoke(method, ...args);
}

export async function disconnect() {
  const closing = connection;
  connection = null;
  ready = null;
  await closing?.stop();
}
