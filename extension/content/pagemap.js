/* The platform map, read in the browser: which request is a post, and what it says.
 *
 * This interprets the same data the proxy uses (addon/platforms/*.json, served by the server
 * at /api/v1/extension/config and shipped in the package as platforms.json, generated at
 * build time), as addon/platformmap.py and addon/extract.py do, with bodies.js and fields.js,
 * so the text the extension checks is the text the proxy extracts: the proxy honours an
 * acknowledgement only for that text.
 *
 * Runs in the page's world (before the page's own scripts) and under node for the tests, so
 * it is a plain script that registers itself on a private namespace, which hook.js removes.
 */
(function (root) {
  'use strict';

  const { loadsJson } = root.__postwarden.bodies;
  const { RequestView, scalar, normaliseHost } = root.__postwarden.fields;
  const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
  const POST_ACTIONS = new Set(['post', 'reply', 'comment', 'dm', 'upload', 'follow', 'friend_request',
    'profile_update']);
  const MAX_BATCH = 32;   // operations read from one batched request (addon/extract.py)

  // -- regular expressions: Python syntax to JavaScript -----------------------------------

  /** A JavaScript RegExp for a Python pattern: a leading (?i) (or s, m) becomes a flag,
   *  (?P<name> a named group, (?P=name) a back-reference, \A and \Z anchors. Anything
   *  JavaScript cannot express makes RegExp throw; the caller then treats the rule as
   *  unusable rather than guessing. */
  function translateRegex(pattern, extraFlags = '') {
    let src = String(pattern);
    let flags = '';
    const lead = /^\(\?([a-zA-Z]+)\)/.exec(src);
    if (lead) {
      for (const f of lead[1]) {
        if (f === 'i' || f === 's' || f === 'm') flags += flags.includes(f) ? '' : f;
        else if (f !== 'u') throw new SyntaxError(`unsupported inline flag (?${f})`);
      }
      src = src.slice(lead[0].length);
    }
    let out = '';
    for (let i = 0; i < src.length; i++) {
      const ch = src[i];
      if (ch === '\\' && i + 1 < src.length) {
        const next = src[i + 1];
        out += next === 'A' ? '^' : next === 'Z' ? '(?![\\s\\S])' : ch + next;
        i += 1;
      } else if (src.startsWith('(?P<', i)) {
        out += '(?<';
        i += 3;
      } else if (src.startsWith('(?P=', i)) {
        const end = src.indexOf(')', i);
        out += `\\k<${src.slice(i + 4, end)}>`;
        i = end;
      } else {
        out += ch;
      }
    }
    return new RegExp(out, flags + extraFlags);
  }

  /** Compiled patterns, each compiled once; a pattern JavaScript rejects is remembered as
   *  null and reported once. */
  class Regexes {
    constructor() { this.cache = new Map(); this.failed = []; }
    get(pattern, global = false) {
      const key = (global ? 'g:' : '') + pattern;
      if (!this.cache.has(key)) {
        let rx = null;
        try {
          rx = translateRegex(pattern, global ? 'g' : '');
        } catch (e) {
          this.failed.push(`${pattern}: ${e.message}`);
        }
        this.cache.set(key, rx);
      }
      return this.cache.get(key);
    }
    search(pattern, text) {
      const rx = this.get(pattern);
      return rx ? rx.exec(text) : null;
    }
  }

  // -- hosts --------------------------------------------------------------------------------

  /** Exact names and `*.suffix` patterns, matched whole (never a substring search). */
  class HostSet {
    constructor(patterns) {
      this.exact = new Set();
      this.suffixes = new Set();
      for (let p of patterns || []) {
        p = normaliseHost(p);
        if (!p) continue;
        if (p.startsWith('*.')) this.suffixes.add(p.slice(2));
        else if (!p.includes('*')) this.exact.add(p);
      }
    }
    has(host) {
      host = normaliseHost(host);
      if (!host) return false;
      if (this.exact.has(host)) return true;
      const parts = host.split('.');
      for (let i = 1; i < parts.length; i++) {
        if (this.suffixes.has(parts.slice(i).join('.'))) return true;
      }
      return false;
    }
  }

  // -- identity (addon/identity.py) ---------------------------------------------------------

  function b64url(s) {
    try {
      const padded = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
      return atob(padded);
    } catch (e) {
      return null;
    }
  }

  function jwtClaim(authorization, claim) {
    const token = authorization.trim().split(/\s+/).pop();
    if (token.length > 8192 || token.split('.').length !== 3) return null;
    const payload = b64url(token.split('.')[1]);
    const data = payload === null ? null : loadsJson(payload);
    return data && typeof data === 'object' ? scalar(data[claim]) : null;
  }

  function discordUserId(token) {
    const first = token.split('.', 1)[0].trim();
    const raw = first.length < 64 ? b64url(first) : null;
    return raw && /^\d+$/.test(raw) ? raw : null;
  }

  // -- the map and the extractor -------------------------------------------------------------

  function unique(items, fold = false) {
    const seen = new Set();
    const out = [];
    for (const item of items) {
      const key = fold ? item.toLowerCase() : item;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(item);
      }
    }
    return out;
  }

  function withPrefix(prefix, value) {
    return !prefix || value.startsWith(prefix) ? value : prefix + value;
  }

  function asList(value) {
    if (value === null || value === undefined) return [];
    return Array.isArray(value) ? value : [value];
  }

  /** The platform map: `data` is {generic, platforms: {id: platform}} as the server and the
   *  build emit it (the platform files' own JSON, unchanged). */
  class PlatformMap {
    constructor(data) {
      if (!data || typeof data !== 'object' || !data.generic || !data.platforms) {
        throw new TypeError('platform map: expected {generic, platforms}');
      }
      this.generic = data.generic;
      this.platforms = data.platforms;
      this.rx = new Regexes();
      this.hosts = new Map(Object.entries(this.platforms).map(([id, p]) => [id, new HostSet(p.hosts)]));
      this.textKeys = new Set(this.generic.text_keys || []);
    }

    platformForHost(host) {
      for (const [id, hosts] of this.hosts) if (hosts.has(host)) return this.platforms[id];
      return null;
    }

    anyHostPlatforms() {
      return Object.values(this.platforms).filter((p) => p.any_host);
    }

    allHostPatterns() {
      return Object.values(this.platforms).flatMap((p) => p.hosts || []);
    }

    /** [platform, listed] for a monitored request; null for everything else. */
    recognise(view) {
      const listed = this.platformForHost(view.host);
      if (listed) return [listed, true];
      for (const p of this.anyHostPlatforms()) {
        if (this.rx.search(p.any_host.path, view.path)
            && (p.any_host.require || []).every((c) => this.condition(view, c))) return [p, false];
      }
      return null;
    }

    /** What the request does: {platform, action, rule, operation, accountId, text,
     *  recipients, fallback, opaque}; null when an any-host platform has no rule for it.
     *  A GraphQL batch is read operation by operation: its first post action, else its first
     *  operation (addon/extract.py). */
    extract(platform, view, listed) {
      const batch = this.batch(platform, view);
      if (!batch.length) return this.extractOne(platform, view, listed);
      const found = batch.map((v) => this.extractOne(platform, v, listed)).filter((ex) => ex !== null);
      return found.find((ex) => POST_ACTIONS.has(ex.action)) || found[0] || null;
    }

    /** One view per operation of a batched body (a JSON array of objects, one at least
     *  naming its operation); [] for any other body. */
    batch(platform, view) {
      const body = view.body;
      if (!(platform.operation || []).length || !Array.isArray(body) || !body.length
          || !body.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) return [];
      const views = body.slice(0, MAX_BATCH).map((item) => Object.assign(Object.create(Object.getPrototypeOf(view)), view,
        { body: item, pathGroups: [] }));
      return views.some((v) => this.operation(platform, v)) ? views : [];
    }

    extractOne(platform, view, listed) {
      const op = this.operation(platform, view);
      const rule = (platform.rules || []).find((r) => this.matches(r, view, op)) || null;
      const accountId = this.accountId(platform, view);
      let ex;
      if (rule === null) {
        if (!listed) return null;
        ex = this.fallback(platform, view, op);
      } else {
        ex = { platform: platform.id, action: this.action(rule, view), rule: rule.name,
          text: '', recipients: [], fallback: false, opaque: Boolean(rule.opaque) };
        if (!rule.opaque) ex.text = this.text(rule.text || [], view);
      }
      ex.operation = op;
      ex.accountId = accountId;
      if (rule !== null && !rule.opaque) ex.recipients = this.recipients(platform, rule.recipients || [], view, ex);
      return ex;
    }

    operation(platform, view) {
      for (const spec of platform.operation || []) {
        for (const v of view.values(spec.field)) {
          let s = scalar(v);
          if (s && spec.regex) {
            const m = this.rx.search(spec.regex, s);
            s = m ? (m.length > 1 ? m[1] : m[0]) : null;
          }
          if (s) return s;
        }
      }
      return null;
    }

    accountId(platform, view) {
      for (const spec of platform.account || []) {
        for (const v of view.values(spec.field)) {
          let text = scalar(v);
          if (!text) continue;
          if (spec.jwt_claim) text = jwtClaim(text, spec.jwt_claim);
          else if (spec.discord_token) text = discordUserId(text);
          if (text && spec.regex) {
            const m = this.rx.search(spec.regex, text);
            text = m ? (m.length > 1 ? m[1] : m[0]) : null;
          }
          if (text) return text;
        }
      }
      return null;
    }

    matches(rule, view, op) {
      const methods = asList(rule.method).map((m) => m.toUpperCase());
      if (methods.length && !methods.includes(view.method)) return false;
      if (rule.host && !this.rx.search(rule.host, view.host)) return false;
      if (rule.path) {
        const m = this.rx.search(rule.path, view.path);
        if (!m) return false;
        view.pathGroups = m.slice(1).map((g) => (g === undefined ? null : g));
      } else {
        view.pathGroups = [];
      }
      for (const [key, pattern] of Object.entries(rule.query || {})) {
        const hit = view.values(`query:${key}`).some((v) => {
          const s = scalar(v);
          return s !== null && this.rx.search(pattern, s);
        });
        if (!hit) return false;
      }
      if (rule.operation && !(op && this.rx.search(rule.operation, op))) return false;
      return (rule.where || []).every((c) => this.condition(view, c));
    }

    condition(view, c) {
      if (c.known_conversation) return false;   // the extension learns no conversations
      const values = view.values(c.field || '').map(scalar).filter((s) => s !== null);
      if (c.present !== undefined && c.present !== null) return values.some((s) => s.trim()) === c.present;
      if (c.equals !== undefined && c.equals !== null) return values.includes(c.equals);
      if (c.regex !== undefined && c.regex !== null) return values.some((s) => this.rx.search(c.regex, s));
      return values.length > 0;
    }

    action(rule, view) {
      for (const c of rule.action_if || []) {
        if (c.action && this.condition(view, c)) return c.action;
      }
      return rule.action;
    }

    text(sources, view) {
      const parts = [];
      for (const src of sources) {
        if (src && typeof src === 'object') {
          const keys = src.keys ? new Set(src.keys) : (src.keys_regex ? null : this.textKeys);
          const rx = src.keys_regex ? this.rx.get(src.keys_regex) : null;
          parts.push(...view.walkStrings(src.walk, keys, rx));
        } else {
          for (const v of view.values(src)) {
            const s = scalar(v);
            if (s) parts.push(s);
          }
        }
      }
      return unique(parts.filter((p) => p.trim())).join('\n');
    }

    recipients(platform, specs, view, ex) {
      const out = [];
      for (const spec of specs) {
        if (spec.mentions) {
          const rx = platform.mentions && ex.text ? this.rx.get(platform.mentions, true) : null;
          if (rx) {
            for (const m of ex.text.matchAll(rx)) {
              out.push(spec.resolve ? m[1] : withPrefix(platform.handle_prefix || '', m[1]));
            }
          }
          continue;
        }
        if (spec.conversation) continue;   // members come from learnt conversations only
        for (const v of view.values(spec.field || '')) {
          let s = scalar(v);
          if (!s) continue;
          if (spec.regex) {
            const m = this.rx.search(spec.regex, s);
            if (!m) continue;
            s = m.length > 1 ? m[1] : m[0];
          }
          for (let ident of (spec.split ? s.split(spec.split) : [s])) {
            ident = ident.trim();
            if (!ident || (spec.exclude_self && ident === ex.accountId)) continue;
            if (!spec.resolved_only) out.push(withPrefix(spec.prefix || '', ident));
          }
        }
      }
      const prefix = platform.handle_prefix || '';
      if (platform.session && platform.session.qualify_handle && prefix) {
        // A local "@name" is "@name@<instance>" (addon/sessions.py qualified_handle).
        return unique(out.map((h) => (h.startsWith(prefix) && !h.slice(prefix.length).includes('@')
          && view.host ? `${h}@${view.host}` : h)), true);
      }
      return unique(out, true);
    }

    fallback(platform, view, op) {
      const g = this.generic;
      const ex = { platform: platform.id, action: 'other', rule: null, text: '', recipients: [],
        fallback: false, opaque: false };
      if (READ_METHODS.has(view.method)) {
        ex.action = 'view';
        return ex;
      }
      const name = op || view.path;
      if (this.rx.search(g.not_write_operation, name)) {
        ex.action = op && this.rx.search(g.read_operation, op) ? 'view' : 'other';
        return ex;
      }
      if (!this.rx.search(g.write_operation, name)) {
        if (op && this.rx.search(g.read_operation, op)) ex.action = 'view';
        return ex;
      }
      const text = unique(view.walkStrings('', this.textKeys, null)).join('\n');
      if (!text.trim()) return ex;
      ex.text = text;
      ex.fallback = true;
      ex.action = (g.action_words || []).find((w) => this.rx.search(w.regex, name))?.action || 'post';
      return ex;
    }
  }
  root.__postwarden.pagemap = { translateRegex, HostSet, PlatformMap, RequestView };
})(globalThis);
