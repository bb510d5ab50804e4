/* Request bodies as field trees, as addon/bodies.py reads them: JSON, form-encoded (with
 * `name[]` lists), the text fields of multipart; Content-Type is a hint, the body is sniffed.
 * Also cookies and query strings. Page world (and node, for the tests): registers itself on
 * the private namespace that hook.js removes.
 */
(function (root) {
  'use strict';

  const MAX_FORM_FIELDS = 2000;

  function loadsJson(text) {
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  /** Form fields as {name: value | [values]}; `name[]` collects into a list under `name`. */
  function groupFields(pairs) {
    const out = {};
    for (let [key, value] of pairs) {
      const isList = key.endsWith('[]');
      if (isList) key = key.slice(0, -2);
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        const prev = out[key];
        out[key] = (Array.isArray(prev) ? prev : [prev]).concat([value]);
      } else {
        out[key] = isList ? [value] : value;
      }
    }
    return out;
  }

  function parseForm(text) {
    const pairs = [];
    for (const [k, v] of new URLSearchParams(text)) {
      pairs.push([k, v]);
      if (pairs.length > MAX_FORM_FIELDS) return null;
    }
    return groupFields(pairs);
  }

  function headerParam(header, name) {
    const m = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
    return m ? (m[1] !== undefined ? m[1].replace(/\\"/g, '"') : m[2]) : null;
  }

  /** The text fields of a multipart/form-data body held as a string (a FormData body is read
   *  from its entries instead): parts without a filename, typed text or JSON or untyped. */
  function parseMultipart(text, boundary) {
    const pairs = [];
    const chunks = text.split(`--${boundary}`).slice(1);
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      const part = chunk.replace(/^\r\n/, '').replace(/\r\n$/, '');
      const sep = part.indexOf('\r\n\r\n');
      if (sep < 0) continue;
      const headers = {};
      for (const line of part.slice(0, sep).split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const disposition = headers['content-disposition'] || '';
      const ctype = headers['content-type'] || '';
      if (headerParam(disposition, 'filename') === null && (!ctype || /^(text\/|application\/json)/i.test(ctype))) {
        pairs.push([headerParam(disposition, 'name') || '', part.slice(sep + 4)]);
      }
      if (pairs.length > MAX_FORM_FIELDS) return null;
    }
    return groupFields(pairs);
  }

  function looksTextual(text) {
    return !text.slice(0, 2048).includes('\u0000');
  }

  /** A decoded body's field tree by sniffing, Content-Type only a hint (as addon/bodies.py):
   *  JSON, then form-encoded, else no fields. */
  function parseBody(text, contentType) {
    if (!text) return null;
    const ctype = String(contentType || '').toLowerCase();
    if (ctype.startsWith('multipart/')) {
      const boundary = headerParam(String(contentType), 'boundary');
      if (boundary) return parseMultipart(text, boundary);
    }
    const head = text.slice(0, 64).trimStart();
    if (head[0] === '{' || head[0] === '[') {
      const tree = loadsJson(text);
      if (tree !== null) return tree;
    }
    if (ctype.includes('x-www-form-urlencoded') || (looksTextual(text)
        && text.slice(0, 4096).includes('=') && !/^(image|video)\//.test(ctype))) {
      const tree = parseForm(text);
      if (tree && Object.keys(tree).length) return tree;
    }
    return null;
  }

  function cookieDict(header) {
    const out = {};
    for (const piece of String(header || '').split(';')) {
      const eq = piece.indexOf('=');
      if (eq < 0) continue;
      const k = piece.slice(0, eq).trim();
      let v = piece.slice(eq + 1).trim();
      if (v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"') v = v.slice(1, -1);
      try { v = decodeURIComponent(v); } catch (e) { /* keep it as sent */ }
      if (!(k in out)) out[k] = v;
    }
    return out;
  }

  function queryDict(searchParams) {
    const out = {};
    for (const [k, v] of searchParams) {
      if (Object.prototype.hasOwnProperty.call(out, k)) {
        const prev = out[k];
        out[k] = (Array.isArray(prev) ? prev : [prev]).concat([v]);
      } else {
        out[k] = v;
      }
    }
    return out;
  }

  (root.__postwarden = root.__postwarden || {}).bodies = {
    loadsJson, groupFields, parseForm, parseBody, cookieDict, queryDict,
  };
})(globalThis);
