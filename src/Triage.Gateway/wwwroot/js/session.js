// The signed-in user's token, kept for this browser tab only, and authorised calls to the gateway's APIs.
const storageKey = "triage.session";

export function currentSession() {
  const stored = sessionStorage.getItem(storageKey);
  if (!stored) return null;
  const session = JSON.parse(stored);
  return new Date(session.expiresAt) > new Date() ? session : null;
}

export async function signIn(userName, password) {
  const response = await fetch("/auth/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ userName, password }),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? problem.title ?? String(response.status));
  }
  const token = await response.json();
  // The hub names people by the token's subject (claimedBy); the name as typed may differ in case.
  const session = { userName: subjectOf(token.accessToken) ?? userName, accessToken: token.accessToken, expiresAt: token.expiresAt, roles: token.roles };
  sessionStorage.setItem(storageKey, JSON.stringify(session));
  return session;
}

function subjectOf(jwt) {
  try {
    const payload = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(payload)).sub;
  } catch {
    return undefined;
  }
}

export function signOut() {
  sessionStorage.removeItem(storageKey);
}

export function hasRole(session, role) {
  return session?.roles?.includes(role) ?? false;
}

/** GET with the bearer token; a 401 ends the session, since the token expired or was revoked. */
export async function authorisedFetch(path) {
  const session = currentSession();
  const response = await fetch(path, { headers: { Authorization: `Bearer ${session?.accessToken ?? ""}` } });
  if (response.status === 401) {
    signOut();
    location.hash = "";
    location.reload();
  }
  return response;
}
