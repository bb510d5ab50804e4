/* The options page, for computers without an admin policy: saves the settings to
 * storage.local (never the managed ones, which it shows locked). */
import { clean, DEFAULTS, readSettings } from '../lib/settings.js';

const api = globalThis.browser || globalThis.chrome;
const form = document.getElementById('settings');
const status = document.getElementById('status');
const LABELS = { serverUrl: 'Server address', deviceToken: 'Device token', staffUser: 'Your staff username',
  staffUserFromProfile: 'Use the browser profile\u2019s email', failMode: 'When the server cannot be reached',
  extraHosts: 'More sites to check' };

async function load() {
  const { values, managed } = await readSettings(api);
  for (const key of Object.keys(DEFAULTS)) {
    const field = form.elements[key];
    if (field.type === 'checkbox') field.checked = values[key];
    else field.value = key === 'extraHosts' ? values.extraHosts.join('\n') : values[key];
    if (managed.includes(key)) {
      field.disabled = true;
      const note = Object.assign(document.createElement('p'), { className: 'locked', textContent: 'Set by your school.' });
      (field.type === 'checkbox' ? field.parentElement : field).insertAdjacentElement('afterend', note);
    }
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const toSave = {};
  const problems = [];
  for (const key of Object.keys(DEFAULTS)) {
    const field = form.elements[key];
    if (field.disabled) continue;
    if (field.type === 'checkbox') {
      toSave[key] = field.checked;
      continue;
    }
    const raw = field.value;
    if (!String(raw).trim()) {
      toSave[key] = DEFAULTS[key];
      continue;
    }
    const value = clean(key, raw);
    if (value === undefined) problems.push(LABELS[key]);
    else toSave[key] = value;
  }
  if (problems.length) {
    status.textContent = `Please check: ${problems.join(', ')}.`;
    return;
  }
  await api.storage.local.set(toSave);
  status.textContent = 'Saved.';
});

document.getElementById('test').addEventListener('click', async () => {
  status.textContent = 'Testing…';
  const result = await api.runtime.sendMessage({ type: 'test-connection' });
  status.textContent = result.message;
});

load();
