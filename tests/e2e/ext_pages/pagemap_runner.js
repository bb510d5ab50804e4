// Runs the extension's page-world modules (bodies, fields, pagemap, requests) under node for
// tests/e2e/test_extension_map.py: reads {map, cases} as JSON on standard input and writes
// what the extension makes of each request, one result per case, as JSON.
//   node pagemap_runner.js <extension folder>
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const folder = process.argv[2];
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const sandbox = { URL, URLSearchParams, Headers, FormData, Blob, TextDecoder, atob, console, ArrayBuffer,
  Uint8Array, DOMException, Promise };
sandbox.globalThis = sandbox;
vm.createContext(sandbox);
for (const file of ['content/bodies.js', 'content/fields.js', 'content/pagemap.js', 'content/requests.js']) {
  vm.runInContext(fs.readFileSync(path.join(folder, file), 'utf8'), sandbox, { filename: file });
}
const { pagemap, requests } = sandbox.__postwarden;

async function main() {
  const pmap = new pagemap.PlatformMap(input.map);
  const out = [];
  for (const c of input.cases) {
    sandbox.location = { href: c.url };
    sandbox.document = { cookie: c.headers.cookie || '' };
    let body = c.body;
    if (c.formdata) {
      body = new FormData();
      for (const [k, v] of c.formdata) body.append(k, v);
    }
    const request = { method: c.method, url: c.url, headers: c.headers, body };
    const found = await requests.describe(pmap, request);
    const draft = await requests.classify(pmap, request);
    out.push({
      found: found && { platform: found.ex.platform, action: found.ex.action, rule: found.ex.rule,
        text: found.ex.text, recipients: found.ex.recipients, fallback: found.ex.fallback,
        account_id: found.ex.accountId },
      checked: Boolean(draft),
    });
  }
  const failed = pmap.rx.failed;
  process.stdout.write(JSON.stringify({ results: out, regex_failures: failed }));
}
main().catch((e) => { console.error(e); process.exit(1); });
