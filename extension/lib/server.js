/* Calls to the postwarden server, made only by the service worker (the device token never
 * reaches a page). Every call has a time limit; the caller decides what a failure means. */

const JSON_TYPE = 'application/json';

/** {ok, status, data} for an answer, {ok: false, status: 0, error} when there was none. */
export async function call(settings, method, path, body, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(settings.serverUrl + path, {
      method,
      headers: {
        Authorization: `Bearer ${settings.deviceToken}`,
        Accept: JSON_TYPE,
        ...(body === undefined ? {} : { 'Content-Type': JSON_TYPE }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    let data = null;
    if ((response.headers.get('content-type') || '').includes(JSON_TYPE)) {
      data = await response.json().catch(() => null);
    }
    return { ok: response.ok, status: response.status, data };
  } catch (e) {
    return { ok: false, status: 0, error: e && e.name === 'AbortError' ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** The server's error message, for the options page and the console. */
export function describe(result) {
  if (result.status === 0) return result.error === 'timeout' ? 'the server did not answer in time' : 'the server could not be reached';
  const err = result.data && result.data.error;
  const message = err && typeof err === 'object' ? err.message : err;
  return `HTTP ${result.status}${message ? `: ${message}` : ''}`;
}
