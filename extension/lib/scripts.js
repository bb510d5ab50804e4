/* Which pages get the hook: the platform map's hosts and the school's extra hosts (its own
 * Mastodon instance, say), registered as content scripts at document_start so the hook is
 * in place before the platform's own scripts run. */

export const PAGE_SCRIPT = Object.freeze({
  id: 'postwarden-page',
  js: ['content/bodies.js', 'content/fields.js', 'content/pagemap.js', 'content/requests.js', 'content/compose.js',
    'content/hook.js'],
  world: 'MAIN',
});
export const BRIDGE_SCRIPT = Object.freeze({
  id: 'postwarden-bridge',
  js: ['content/warning.js', 'content/bridge.js'],
  world: 'ISOLATED',
});
const IDS = [PAGE_SCRIPT.id, BRIDGE_SCRIPT.id];

/** Match patterns for host patterns: "x.com" -> "*://x.com/*", "*.x.com" -> "*://*.x.com/*". */
export function matchPatterns(hosts) {
  const out = new Set();
  for (const raw of hosts) {
    const host = String(raw).trim().toLowerCase();
    if (/^(\*\.)?[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && host.includes('.')) out.add(`*://${host}/*`);
  }
  return [...out].sort();
}

/** Register (or remove, for no patterns) the two content scripts; unchanged: no-op. */
export async function syncContentScripts(api, patterns) {
  const current = (await api.scripting.getRegisteredContentScripts({ ids: IDS })) || [];
  const same = current.length === IDS.length
    && current.every((s) => JSON.stringify([...(s.matches || [])].sort()) === JSON.stringify(patterns));
  if (same && patterns.length) return false;
  if (current.length) await api.scripting.unregisterContentScripts({ ids: current.map((s) => s.id) });
  if (!patterns.length) return true;
  await api.scripting.registerContentScripts([PAGE_SCRIPT, BRIDGE_SCRIPT].map((s) => ({
    id: s.id, js: s.js, world: s.world, matches: patterns, runAt: 'document_start', allFrames: false,
  })));
  return true;
}
