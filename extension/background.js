/* The service worker (Firefox: the background script): the only part that talks to the
 * server and knows the device token and who the member of staff is.
 *
 * Listeners are registered synchronously at the top level (a service worker can be woken
 * by any of them); nothing lives in globals but the platform map cache of this wake-up.
 * Drafts pass through on their way to the server and are never stored.
 */
import { isConfigured, readSettings, staffUser, DEFAULTS } from './lib/settings.js';
import { call, describe } from './lib/server.js';
import { matchPatterns, syncContentScripts } from './lib/scripts.js';

const api = globalThis.browser || globalThis.chrome;
const CHECK_TIMEOUT_MS = 8000;
const CONFIG_TIMEOUT_MS = 10000;
const MAP_KEY = 'platformMap';   // the server's platform map, cached (no post content)

let refreshing = Promise.resolve();

api.runtime.onInstalled.addListener(() => scheduleRefresh());
api.runtime.onStartup.addListener(() => scheduleRefresh());
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && Object.keys(changes).some((k) => k in DEFAULTS))) {
    scheduleRefresh();
  }
});
api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || !message || typeof message.type !== 'string') return false;
  handle(message, sender).then(sendResponse, (e) => {
    console.error('postwarden:', e);
    sendResponse({ ok: false, error: String((e && e.message) || e) });
  });
  return true;
});

function scheduleRefresh() {
  refreshing = refreshing.then(refresh, refresh);
  return refreshing;
}

/** Fetch the platform map from the server (else keep the cached or shipped one) and hook
 *  the pages of its hosts and the school's extra hosts. */
async function refresh() {
  const { values, invalid } = await readSettings(api);
  if (invalid.length) console.warn(`postwarden: settings ignored (bad values): ${invalid.join(', ')}`);
  if (!isConfigured(values, await staffUser(api, values))) {
    await syncContentScripts(api, []);
    return;
  }
  const fresh = await call(values, 'GET', '/api/v1/extension/config', undefined, CONFIG_TIMEOUT_MS);
  const map = fresh.ok ? normaliseMap(fresh.data) : null;
  if (map) await api.storage.local.set({ [MAP_KEY]: map });
  else console.warn(`postwarden: platform map not refreshed (${describe(fresh)}); using the last one`);
  const current = map || (await platformMap());
  const hosts = Object.values(current.platforms).flatMap((p) => p.hosts || []).concat(values.extraHosts);
  await syncContentScripts(api, matchPatterns(hosts));
}

/** {generic, platforms: {id: platform}} from the server's answer, or null if it has none. */
function normaliseMap(data) {
  const doc = data && (data.platform_map || data.platformMap || data.platforms_map || data);
  if (!doc || typeof doc !== 'object') return null;
  let platforms = doc.platforms;
  let generic = doc.generic || doc._generic;
  if (Array.isArray(platforms)) {
    const byId = {};
    for (const p of platforms) {
      if (p && p.id === '_generic') generic = generic || p;
      else if (p && typeof p.id === 'string') byId[p.id] = p;
    }
    platforms = byId;
  } else if (platforms && platforms._generic) {
    generic = generic || platforms._generic;
    platforms = Object.fromEntries(Object.entries(platforms).filter(([id]) => id !== '_generic'));
  }
  if (!platforms || typeof platforms !== 'object' || !generic || !Object.keys(platforms).length) return null;
  return { generic, platforms };
}

/** The cached server map, else the one shipped in the package (generated at build). */
async function platformMap() {
  const stored = (await api.storage.local.get(MAP_KEY))[MAP_KEY];
  if (stored && stored.platforms && stored.generic) return stored;
  const response = await fetch(api.runtime.getURL('platforms.json'));
  return response.json();
}

async function handle(message, sender) {
  const { values } = await readSettings(api);
  const user = await staffUser(api, values);
  const configured = isConfigured(values, user);
  switch (message.type) {
    case 'page-config':
      return configured ? { enabled: true, map: await platformMap() } : { enabled: false };
    case 'check':
      if (!sender.tab) return { status: 'off' };
      return configured ? check(values, user, message.draft) : { status: 'off' };
    case 'ack':
      return configured ? acknowledge(values, user, message) : { ok: false };
    case 'report':
      return configured ? report(values, user, message) : { ok: false };
    case 'test-connection':
      return testConnection(values, configured);
    default:
      return { ok: false, error: 'unknown message' };
  }
}

async function check(values, user, draft) {
  const body = {
    user,
    platform: draft.platform,
    action: draft.action,
    text: draft.text,
    account: draft.accountId ? { id: draft.accountId } : {},
    recipients: draft.recipients || [],
  };
  const result = await call(values, 'POST', '/api/v1/check', body, CHECK_TIMEOUT_MS);
  const verdict = result.data;
  if (result.ok && verdict && ['allow', 'warn', 'block'].includes(verdict.decision)) {
    return { status: 'checked', verdict };
  }
  console.warn(`postwarden: the check failed (${describe(result)}); fail mode ${values.failMode}`);
  return { status: 'unchecked', failMode: values.failMode, reason: describe(result) };
}

async function acknowledge(values, user, message) {
  const body = {
    user,
    post_hash: message.post_hash,
    platform: message.platform,
    decision: message.decision,
    rules: message.rules || [],
  };
  if (message.justification) body.justification = message.justification;
  const result = await call(values, 'POST', '/api/v1/ack', body, CHECK_TIMEOUT_MS);
  const token = result.ok && result.data && result.data.ack;
  if (!token) console.warn(`postwarden: the acknowledgement failed (${describe(result)})`);
  return token ? { ok: true, token, expiresAt: result.data.expires_at } : { ok: false };
}

async function report(values, user, message) {
  const body = { user, post_hash: message.post_hash, rules: message.rules || [],
    comment: message.comment || '' };
  const result = await call(values, 'POST', '/api/v1/report', body, CHECK_TIMEOUT_MS);
  return { ok: result.ok };
}

async function testConnection(values, configured) {
  if (!configured) return { ok: false, message: 'Set the server address, the device token and your name first.' };
  const result = await call(values, 'GET', '/api/v1/extension/config', undefined, CONFIG_TIMEOUT_MS);
  if (result.ok) scheduleRefresh();
  return { ok: result.ok, message: result.ok ? 'Connected.' : `Not connected: ${describe(result)}.` };
}
