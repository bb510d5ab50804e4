/* The extension's settings: managed (set by the school's admin policy) over local (the
 * options page), known keys only, each checked. A managed value always wins and the
 * options page shows it locked. The staff member's identity comes from here, never from a
 * page. */

export const DEFAULTS = Object.freeze({
  serverUrl: '',
  deviceToken: '',
  staffUser: '',
  staffUserFromProfile: false,
  failMode: 'proxy',
  extraHosts: [],
});

export const FAIL_MODES = ['proxy', 'closed'];
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The cleaned value for `key`, or undefined when it is not acceptable. */
export function clean(key, value) {
  switch (key) {
    case 'serverUrl': {
      if (typeof value !== 'string' || !value.trim()) return undefined;
      let url;
      try {
        url = new URL(value.trim());
      } catch (e) {
        return undefined;
      }
      // The device token travels with every call: only over TLS, except on this machine.
      const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
      if (!ok || url.username || url.password || url.search || url.hash) return undefined;
      return url.href.replace(/\/+$/, '');
    }
    case 'deviceToken':
      return typeof value === 'string' && /^[\x21-\x7e]{8,512}$/.test(value.trim()) ? value.trim() : undefined;
    case 'staffUser':
      return typeof value === 'string' && value.trim() && value.trim().length <= 200 ? value.trim() : undefined;
    case 'staffUserFromProfile':
      return typeof value === 'boolean' ? value : undefined;
    case 'failMode':
      return FAIL_MODES.includes(value) ? value : undefined;
    case 'extraHosts': {
      const items = Array.isArray(value) ? value : (typeof value === 'string' ? value.split(/[\s,]+/) : null);
      if (!items) return undefined;
      const hosts = items.map((h) => String(h).trim().toLowerCase().replace(/\.$/, '')).filter(Boolean);
      return hosts.every((h) => HOST.test(h)) ? [...new Set(hosts)] : undefined;
    }
    default:
      return undefined;
  }
}

async function managedValues(api) {
  try {
    return (await api.storage.managed.get(null)) || {};
  } catch (e) {
    return {};   // no policy for this extension (Firefox throws when there is none)
  }
}

/** {values, managed: [keys set by policy], invalid: [keys whose value was rejected]} */
export async function readSettings(api) {
  const managed = await managedValues(api);
  const local = await api.storage.local.get(Object.keys(DEFAULTS));
  const values = { ...DEFAULTS };
  const lockedKeys = [];
  const invalid = [];
  for (const key of Object.keys(DEFAULTS)) {
    for (const [source, store] of [['managed', managed], ['local', local]]) {
      if (store[key] === undefined || store[key] === '') continue;
      const value = clean(key, store[key]);
      if (value === undefined) {
        invalid.push(`${source}:${key}`);
        continue;
      }
      values[key] = value;
      if (source === 'managed') lockedKeys.push(key);
      break;
    }
  }
  return { values, managed: lockedKeys, invalid };
}

/** Who the member of staff is: the setting, else (when the school allows it) the email
 *  address of the signed-in browser profile (Chrome; Firefox has no such API). */
export async function staffUser(api, values) {
  if (values.staffUser) return values.staffUser;
  if (!values.staffUserFromProfile || !api.identity || !api.identity.getProfileUserInfo) return '';
  try {
    const info = await api.identity.getProfileUserInfo({ accountStatus: 'ANY' });
    return (info && info.email) || '';
  } catch (e) {
    return '';
  }
}

/** Checking needs a server, a device token and who the member of staff is. */
export function isConfigured(values, user) {
  return Boolean(values.serverUrl && values.deviceToken && user);
}
