// The clinic app's own API on this machine. Every change carries the header the app requires, which a page from
// another site cannot send.
const header = { "X-Triage-Clinic-App": "1" };

/** The parsed answer; throws an Error carrying status and the app's body ({ error, detail, violations, unusual }). */
export async function api(path, { method = "GET", body } = {}) {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? header : { ...header, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(data?.error ?? `HTTP ${response.status}`);
    error.status = response.status;
    error.body = data ?? {};
    throw error;
  }
  return data;
}
