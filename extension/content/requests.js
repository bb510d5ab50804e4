/* Turning the arguments of fetch, XMLHttpRequest and sendBeacon into a request the platform
 * map can read, and saying whether it is a write to check.
 *
 * Page world. The common bodies (strings, URLSearchParams, FormData, ArrayBuffer) are read
 * synchronously, so a request that is not a checked write is handed back at once; a Blob or
 * a Request object's body is read asynchronously. A body that cannot be read without
 * consuming it (a ReadableStream) is not checked here: the proxy still sees it.
 */
(function (root) {
  'use strict';

  const ns = root.__postwarden;
  const { parseBody, groupFields, cookieDict, queryDict } = ns.bodies;
  const { RequestView } = ns.fields;
  const MAX_BODY_CHARS = 8 * 1024 * 1024;
  /** Actions whose text the policy judges; uploads, follows and reads go straight through. */
  const CHECKED = new Set(['post', 'reply', 'comment', 'dm', 'profile_update']);
  const UNREADABLE = Symbol('unreadable');

  function headerDict(headers) {
    const out = {};
    if (!headers) return out;
    const add = (k, v) => { out[String(k).toLowerCase()] = String(v); };
    if (typeof Headers !== 'undefined' && headers instanceof Headers) headers.forEach((v, k) => add(k, v));
    else if (Array.isArray(headers)) headers.forEach(([k, v]) => add(k, v));
    else if (typeof headers === 'object') Object.entries(headers).forEach(([k, v]) => add(k, v));
    return out;
  }

  function decodeBytes(bytes) {
    return new TextDecoder('utf-8').decode(bytes);
  }

  /** The body's field tree, synchronously: a tree, null (no fields), or UNREADABLE (must be
   *  read asynchronously: a Blob). */
  function bodyTree(body, contentType) {
    if (body === null || body === undefined) return null;
    if (typeof body === 'string') return body.length > MAX_BODY_CHARS ? null : parseBody(body, contentType);
    if (body instanceof URLSearchParams) return parseBody(body.toString(), 'application/x-www-form-urlencoded');
    if (typeof FormData !== 'undefined' && body instanceof FormData) {
      // Text parts are fields (files are the proxy's to inspect), as in addon/bodies.py.
      return groupFields([...body.entries()].filter(([, v]) => typeof v === 'string'));
    }
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
      if (body.byteLength > MAX_BODY_CHARS) return null;
      const bytes = body instanceof ArrayBuffer ? new Uint8Array(body)
        : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      return parseBody(decodeBytes(bytes), contentType);
    }
    if (typeof Blob !== 'undefined' && body instanceof Blob) return UNREADABLE;
    return null;   // a stream or a document: not readable without consuming it
  }

  async function blobTree(blob, contentType) {
    const type = contentType || blob.type;
    if (blob.size > MAX_BODY_CHARS || /^(image|video|audio)\//i.test(type)) return null;
    return parseBody(await blob.text(), type);
  }

  /** What a monitored write does: {ex, url} with the extractor's answer (pagemap.js), or
   *  null for a read or a request no platform claims. The `request` is {method, url,
   *  headers, body}; `readRequestBody` (optional) reads a Request object's body without
   *  consuming the original. Returns a promise only when the body must be read first. */
  function describe(pmap, request, readRequestBody) {
    const method = String(request.method || 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
    let url;
    try {
      url = new URL(request.url, root.location.href);
    } catch (e) {
      return null;
    }
    const headers = headerDict(request.headers);
    const view = new RequestView({
      method, host: url.hostname, path: url.pathname || '/', query: queryDict(url.searchParams),
      headers, cookies: cookieDict(root.document ? root.document.cookie : ''),
    });
    const found = pmap.recognise(view);
    if (!found) return null;
    const finish = (tree) => {
      view.body = tree;
      const ex = pmap.extract(found[0], view, found[1]);
      return ex ? { ex, url: url.href } : null;
    };
    const ctype = headers['content-type'];
    if (request.body === undefined && readRequestBody) {
      return readRequestBody().then((text) => finish(text ? parseBody(text, ctype) : null));
    }
    const tree = bodyTree(request.body, ctype);
    if (tree === UNREADABLE) return blobTree(request.body, ctype).then(finish);
    return finish(tree);
  }

  /** {draft, url} for a write whose text the policy judges; null to let the request through. */
  function classify(pmap, request, readRequestBody) {
    const toDraft = (found) => {
      const ex = found && found.ex;
      if (!ex || ex.opaque || !CHECKED.has(ex.action) || !ex.text.trim()) return null;
      return {
        draft: { platform: ex.platform, action: ex.action, text: ex.text, recipients: ex.recipients,
          accountId: ex.accountId },
        url: found.url,
      };
    };
    const found = describe(pmap, request, readRequestBody);
    return found instanceof Promise ? found.then(toDraft) : toDraft(found);
  }

  ns.requests = { classify, describe, headerDict, CHECKED };
})(globalThis);
