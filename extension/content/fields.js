/* Field paths: where the platform map says a value sits (addon/fields.py).
 *
 *   variables.tweet_text   query:media_id   header:x-fb-friendly-name   cookie:twid
 *   path:0 (the whole path)   path:1 (group 1 of the matched rule's path pattern)
 *
 * Steps are separated by dots; `name[]` iterates a list, `name[key=value]` keeps the items
 * whose `key` is `value`, `name[key=value][0]` keeps only the first of the items so far,
 * `*` is any key (of a list: any item). A string met before the last step is decoded as
 * JSON when it looks like JSON (Facebook's `variables`), so JSON inside a form field is
 * reached by the same path.
 */
(function (root) {
  'use strict';

  const { loadsJson } = root.__postwarden.bodies;
  const MAX_EMBEDDED_JSON = 1024 * 1024;
  const MAX_WALK_NODES = 20000;
  const SOURCES = new Set(['body', 'query', 'header', 'cookie', 'path']);
  const STEP = /(?:[^.[]|\[[^\]]*\])+/g;
  const BRACKETS = /\[([^\]]*)\]/g;

  /** Lower-case, without a port, trailing dot or IPv6 brackets. */
  function normaliseHost(host) {
    host = String(host || '').trim().toLowerCase();
    if (host.startsWith('[')) {
      const end = host.indexOf(']');
      return end >= 0 ? host.slice(1, end) : host.slice(1);
    }
    if (host.split(':').length === 2) host = host.split(':')[0];
    return host.replace(/\.+$/, '');
  }

  function scalar(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return null;
  }

  function hasSource(spec) {
    const head = spec.split('.', 1)[0];
    return head.includes(':') && SOURCES.has(head.split(':', 1)[0]);
  }

  function partition(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
  }

  function steps(rest) {
    return rest ? rest.match(STEP) || [] : [];
  }

  function flatten(values) {
    const out = [];
    for (const v of values) {
      if (Array.isArray(v)) out.push(...v);
      else if (v !== null && v !== undefined) out.push(v);
    }
    return out;
  }

  /** The parts of a request the platform map can address. */
  class RequestView {
    constructor({ method = 'GET', host = '', path = '/', query = {}, headers = {}, cookies = {},
      body = null } = {}) {
      this.method = method.toUpperCase();
      this.host = normaliseHost(host);
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.cookies = cookies;
      this.body = body;
      this.pathGroups = [];
    }

    values(spec) {
      let source = 'body';
      let rest = spec;
      if (hasSource(spec)) [source, rest] = partition(spec, ':');
      let root;
      if (source === 'path') {
        const [num, tail] = partition(rest, '.');
        const idx = /^\d+$/.test(num) ? Number(num) : -1;
        if (idx === 0) root = this.path;
        else if (idx > 0 && idx <= this.pathGroups.length) root = this.pathGroups[idx - 1];
        else return [];
        if (root === null || root === undefined) return [];
        return flatten(this.walk(root, steps(tail)));
      }
      root = { body: this.body, query: this.query, header: this.headers, cookie: this.cookies }[source];
      if (source === 'header' || source === 'cookie') {
        const [name, tail] = partition(rest, '.');
        root = root[source === 'header' ? name.toLowerCase() : name];
        if (root === null || root === undefined) return [];
        rest = tail;
      }
      return flatten(this.walk(root, steps(rest)));
    }

    first(spec) {
      for (const v of this.values(spec)) {
        const s = scalar(v);
        if (s) return s;
      }
      return null;
    }

    maybeJson(value) {
      if (typeof value === 'string' && value.length > 1 && value.length <= MAX_EMBEDDED_JSON) {
        const head = value.trimStart()[0];
        if (head === '{' || head === '[') {
          const decoded = loadsJson(value);
          return decoded === null ? value : decoded;
        }
      }
      return value;
    }

    walk(value, rest, out = []) {
      if (!rest.length) {
        out.push(value);
        return out;
      }
      value = this.maybeJson(value);
      const step = rest[0];
      const name = step.split('[', 1)[0];
      const brackets = [...step.matchAll(BRACKETS)].map((m) => m[1]);
      let children;
      const isDict = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
      if (name === '*') {
        children = isDict(value) ? Object.values(value) : (Array.isArray(value) ? value.slice() : []);
      } else if (name) {
        if (!isDict(value) || !Object.prototype.hasOwnProperty.call(value, name)) return out;
        children = [value[name]];
      } else {
        children = [value];
      }
      for (const br of brackets) {
        const expanded = [];
        if (/^\d+$/.test(br)) {   // the n-th of all the items so far
          for (let child of children) {
            child = this.maybeJson(child);
            expanded.push(...(Array.isArray(child) ? child : [child]));
          }
          children = expanded.slice(Number(br), Number(br) + 1);
          continue;
        }
        for (let child of children) {
          child = this.maybeJson(child);
          const items = Array.isArray(child) ? child : [child];
          if (br === '') {
            expanded.push(...items);
          } else {
            const [key, want] = partition(br, '=');
            for (const item of items) {
              if (isDict(item) && scalar(item[key]) === want) expanded.push(item);
            }
          }
        }
        children = expanded;
      }
      for (const child of children) this.walk(child, rest.slice(1), out);
      return out;
    }

    /** String leaves under `spec` whose key is in `keys` (or matches `keysRegex`). */
    walkStrings(spec, keys, keysRegex) {
      const out = [];
      let budget = MAX_WALK_NODES;
      const visit = (value, key, depth) => {
        budget -= 1;
        if (budget < 0 || depth > 64) return;
        value = this.maybeJson(value);
        if (Array.isArray(value)) {
          for (const v of value) visit(v, key, depth + 1);
        } else if (value !== null && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1);
        } else if (typeof value === 'string' && value.trim() && key !== null) {
          if ((keys && keys.has(key)) || (keysRegex && keysRegex.test(key))) out.push(value);
        }
      };
      for (const root of (spec ? this.values(spec) : [this.body])) visit(root, null, 0);
      return out;
    }
  }

  root.__postwarden.fields = { RequestView, scalar, normaliseHost };
})(globalThis);
