/* The page-world hook: holds a post until it has been checked.
 *
 * Wraps fetch, XMLHttpRequest and navigator.sendBeacon. A request that is not a checked
 * write (requests.js) goes to the original function untouched. A checked write is held while
 * the isolated content script (bridge.js) asks the extension to check it and, if needed,
 * asks the member of staff; then it is released exactly once (with `X-Postwarden-Ack` when
 * a warning was acknowledged) or dropped, which the page sees as an aborted request.
 *
 * The page can see and call everything in this world, so nothing here is trusted by the
 * extension: the device token, the staff identity and the server calls stay in the service
 * worker, and the proxy remains the enforcement point.
 */
(function (root) {
  'use strict';

  const ns = root.__postwarden;
  delete root.__postwarden;   // the page's own scripts run after us and never see it
  if (!ns || !ns.pagemap || !ns.requests || root.__postwardenHooked) return;
  Object.defineProperty(root, '__postwardenHooked', { value: true });

  const { PlatformMap } = ns.pagemap;
  const { classify } = ns.requests;
  const ACK_HEADER = 'X-Postwarden-Ack';
  const READY_TIMEOUT_MS = 4000;

  const origFetch = root.fetch;
  const XHR = root.XMLHttpRequest;
  const origOpen = XHR.prototype.open;
  const origSetHeader = XHR.prototype.setRequestHeader;
  const origSend = XHR.prototype.send;
  const origAbort = XHR.prototype.abort;
  const origBeacon = root.navigator.sendBeacon ? root.navigator.sendBeacon.bind(root.navigator) : null;

  // -- the channel to the isolated content script ---------------------------------------------

  let pmap = null;        // null until the extension sends the map; false when switched off
  let port = null;
  let nextId = 1;
  const pending = new Map();   // id -> function(decision)
  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });

  root.addEventListener('message', function onPort(event) {
    if (event.source !== root || !event.data || event.data.postwarden !== 'port' || !event.ports[0]) return;
    event.stopImmediatePropagation();
    root.removeEventListener('message', onPort, true);
    port = event.ports[0];
    port.onmessage = (e) => onMessage(e.data || {});
  }, true);

  function onMessage(msg) {
    if (msg.type === 'config') {
      try {
        pmap = msg.enabled && msg.map ? new PlatformMap(msg.map) : false;
      } catch (e) {
        pmap = false;
      }
      markReady();
    } else if (msg.type === 'decision' && pending.has(msg.id)) {
      const settle = pending.get(msg.id);
      pending.delete(msg.id);
      settle(msg);
      // Once what waits on the decision has run (promise callbacks run before the next
      // task), tell the extension: its dialog closes only then.
      Promise.resolve().then(() => port.postMessage({ type: 'settled', id: msg.id }));
    }
  }

  /** The platform map, waiting briefly for the extension; false when there is none. */
  function currentMap() {
    if (pmap !== null) return pmap;
    return Promise.race([ready, new Promise((r) => setTimeout(r, READY_TIMEOUT_MS))])
      .then(() => pmap || false);
  }

  /** Ask the extension about a draft: resolves {release: bool, ack?: string}. Without a
   *  channel to the extension the request goes on, for the proxy to judge. */
  function decide(found) {
    if (!port) return Promise.resolve({ release: true });
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      port.postMessage({ type: 'check', id, draft: found.draft, url: found.url });
    });
  }

  function notSent() {
    return new DOMException('postwarden: the post was not sent', 'AbortError');
  }

  /** Classify with the map when it is there (synchronously when possible). Returns null
   *  (let it through), a found write, or a promise of either. */
  function inspect(request, readBody) {
    // Reads never wait, not even for the platform map to arrive.
    if (/^(GET|HEAD|OPTIONS)$/i.test(String(request.method || 'GET'))) return null;
    const map = currentMap();
    // A request we cannot read is the proxy's to judge: never fail the page's request.
    const run = (m) => {
      if (!m) return null;
      try {
        const found = classify(m, request, readBody);
        return found instanceof Promise ? found.catch(() => null) : found;
      } catch (e) {
        return null;
      }
    };
    return map instanceof Promise ? map.then(run).catch(() => null) : run(map);
  }

  function once(fn) {
    let done = false;
    return (...args) => {
      if (done) return undefined;
      done = true;
      return fn(...args);
    };
  }

  // -- fetch ---------------------------------------------------------------------------------

  function withAck(input, init, ack) {
    const base = init && init.headers !== undefined ? init.headers
      : (input instanceof Request ? input.headers : undefined);
    const headers = new Headers(base);
    headers.set(ACK_HEADER, ack);
    return Object.assign({}, init || {}, { headers });
  }

  function fetchRequest(input, init) {
    const isRequest = input instanceof Request;
    const method = (init && init.method) || (isRequest ? input.method : 'GET');
    const headers = init && init.headers !== undefined ? init.headers : (isRequest ? input.headers : undefined);
    const hasInitBody = init && init.body !== undefined && init.body !== null;
    const request = { method, url: isRequest ? input.url : String(input), headers,
      body: hasInitBody ? init.body : (isRequest ? undefined : null) };
    const readBody = isRequest && !hasInitBody ? () => input.clone().text() : null;
    return [request, readBody];
  }

  function wrappedFetch(input, init) {
    const self = this || root;
    let found;
    try {
      found = inspect(...fetchRequest(input, init));
    } catch (e) {
      found = null;
    }
    if (!found) return origFetch.call(self, input, init);
    return Promise.resolve(found).then((write) => {
      if (!write) return origFetch.call(self, input, init);
      return decide(write).then((d) => {
        if (!d.release) throw notSent();
        return origFetch.call(self, input, d.ack ? withAck(input, init, d.ack) : init);
      });
    });
  }

  // -- XMLHttpRequest ----------------------------------------------------------------------------

  const xhrState = new WeakMap();

  XHR.prototype.open = function (method, url, async) {
    xhrState.set(this, { method: String(method), url: String(url), headers: {},
      async: arguments.length < 3 || Boolean(async), aborted: false });
    return origOpen.apply(this, arguments);
  };

  XHR.prototype.setRequestHeader = function (name, value) {
    const st = xhrState.get(this);
    if (st) st.headers[String(name).toLowerCase()] = String(value);
    return origSetHeader.apply(this, arguments);
  };

  XHR.prototype.abort = function () {
    const st = xhrState.get(this);
    if (st) st.aborted = true;
    return origAbort.apply(this, arguments);
  };

  function dropXhr(xhr) {
    // The page sees an aborted request; nothing went to the network.
    for (const type of ['abort', 'loadend']) xhr.dispatchEvent(new ProgressEvent(type));
  }

  XHR.prototype.send = function (body) {
    const xhr = this;
    const st = xhrState.get(xhr);
    // A synchronous request cannot be held without freezing the page: the proxy judges it.
    if (!st || !st.async) return origSend.apply(xhr, arguments);
    let found;
    try {
      found = inspect({ method: st.method, url: st.url, headers: st.headers,
        body: body === undefined ? null : body });
    } catch (e) {
      found = null;
    }
    if (!found) return origSend.apply(xhr, arguments);
    const release = once((ack) => {
      if (st.aborted) return;
      if (ack) origSetHeader.call(xhr, ACK_HEADER, ack);
      origSend.call(xhr, body);
    });
    Promise.resolve(found).then((write) => {
      if (!write) return release(null);
      return decide(write).then((d) => (d.release ? release(d.ack) : dropXhr(xhr)));
    }).catch(() => release(null));
    return undefined;
  };

  // -- sendBeacon ------------------------------------------------------------------------------

  function wrappedBeacon(url, data) {
    let found;
    try {
      found = inspect({ method: 'POST', url: String(url), headers: {}, body: data === undefined ? null : data });
    } catch (e) {
      found = null;
    }
    if (!found) return origBeacon(url, data);
    Promise.resolve(found).then((write) => {
      if (!write) return origBeacon(url, data);
      return decide(write).then((d) => {
        if (!d.release) return;
        // A beacon cannot carry a header: an acknowledged one goes as the keep-alive fetch a
        // beacon is, with the acknowledgement.
        if (d.ack) origFetch.call(root, url, { method: 'POST', body: data, keepalive: true,
          credentials: 'include', headers: { [ACK_HEADER]: d.ack } });
        else origBeacon(url, data);
      });
    }).catch(() => origBeacon(url, data));
    return true;
  }

  root.fetch = wrappedFetch;
  if (origBeacon) root.navigator.sendBeacon = wrappedBeacon;

  // -- compose boxes (compose.js): the same check flow, for messages no request shows -----------

  if (ns.compose) ns.compose.install({ currentMap, decide });
})(globalThis);
