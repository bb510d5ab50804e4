/* The isolated content script: the go-between for the page hook and the service worker.
 *
 * It hands the hook a private MessageChannel port, passes the platform map down, and for
 * each held draft asks the service worker for a verdict, shows the warning (warning.js) and
 * answers the hook: release (with an acknowledgement token when a warning was acknowledged)
 * or drop. Messages from the page are untrusted: only the fields below are passed on, with
 * their types checked; the service worker adds the staff identity itself.
 */
(function (root) {
  'use strict';

  const api = root.browser || root.chrome;
  const ui = root.__postwardenUi;
  const MAX_TEXT = 100000;
  const MAX_RECIPIENTS = 200;

  const channel = new MessageChannel();
  const port = channel.port1;
  root.postMessage({ postwarden: 'port' }, '*', [channel.port2]);

  function ask(message) {
    return api.runtime.sendMessage(message);
  }

  ask({ type: 'page-config' }).then((cfg) => {
    port.postMessage({ type: 'config', enabled: Boolean(cfg && cfg.enabled), map: cfg && cfg.map });
  }, () => port.postMessage({ type: 'config', enabled: false }));

  function cleanDraft(d) {
    if (!d || typeof d !== 'object') return null;
    const str = (v, max = 200) => (typeof v === 'string' && v.length <= max ? v : null);
    const draft = {
      platform: str(d.platform, 64),
      action: str(d.action, 32),
      text: str(d.text, MAX_TEXT),
      recipients: Array.isArray(d.recipients)
        ? d.recipients.filter((r) => typeof r === 'string' && r.length <= 200).slice(0, MAX_RECIPIENTS) : [],
      accountId: str(d.accountId),
    };
    return draft.platform && draft.action && draft.text ? draft : null;
  }

  // The page confirms each decision it has acted on ("settled"), so a dialog can stay up
  // until the page is ready for the next key press (see showWarning's beforeClose).
  const SETTLE_WAIT_MS = 1000;
  const settling = new Map();

  // One dialog at a time: a second post waits for the first to be decided.
  let queue = Promise.resolve();
  port.onmessage = (event) => {
    const msg = event.data || {};
    if (msg.type === 'settled' && settling.has(msg.id)) {
      settling.get(msg.id)();
      return;
    }
    if (msg.type !== 'check' || !Number.isInteger(msg.id)) return;
    queue = queue.then(() => handle(msg)).catch(() => {});
  };

  /** Answer the page; resolves once the page says it has acted on the answer (or after
   *  SETTLE_WAIT_MS, for a page hook that never says so). */
  function answerAndWait(id, decision) {
    return new Promise((resolve) => {
      const done = () => {
        settling.delete(id);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, SETTLE_WAIT_MS);
      settling.set(id, done);
      port.postMessage({ type: 'decision', id, ...decision });
    });
  }

  async function handle(msg) {
    let answered = false;
    const answer = (decision) => {
      if (answered) return undefined;
      answered = true;
      return port.postMessage({ type: 'decision', id: msg.id, ...decision });
    };
    const draft = cleanDraft(msg.draft);
    if (!draft) return answer({ release: true });   // nothing we can check: the proxy decides
    let result;
    try {
      const hide = ui.showChecking();
      try {
        result = await ask({ type: 'check', draft });
      } finally {
        hide();
      }
    } catch (e) {
      return answer({ release: true });   // the extension was reloaded or is gone
    }
    if (!result || result.status === 'off') return answer({ release: true });
    if (result.status === 'unchecked') {
      if (result.failMode !== 'closed') return answer({ release: true });
      const again = await ui.showNotice({
        title: 'Your post has not been sent',
        message: 'postwarden could not check it just now, and your school does not send posts '
          + 'that have not been checked. Your draft is still there: try again, or try later.',
        choices: [{ value: 'retry', label: 'Try again' }, { value: 'cancel', label: 'Cancel' }],
      });
      return again === 'retry' ? handle(msg) : answer({ release: false });
    }
    const verdict = result.verdict;
    if (verdict.decision === 'allow') return answer({ release: true });
    const rules = (verdict.findings || []).map((f) => f.rule).filter((r) => typeof r === 'string');
    const base = { platform: draft.platform, post_hash: verdict.post_hash, rules };
    const report = (comment) => ask({ type: 'report', ...base, comment })
      .then((r) => Boolean(r && r.ok), () => false);
    // Edit, Cancel and any choice on a block send nothing: the page hears so before the
    // dialog closes.
    const beforeClose = (choice) => {
      if (choice === 'proceed' && verdict.decision !== 'block') return undefined;
      answered = true;
      return answerAndWait(msg.id, { release: false });
    };
    const { choice, justification } = await ui.showWarning({ verdict, text: draft.text, report, beforeClose });
    if (choice !== 'proceed' || verdict.decision === 'block') return answer({ release: false });
    const ack = await ask({ type: 'ack', ...base, decision: verdict.decision, justification })
      .catch(() => null);
    if (ack && ack.ok && ack.token) return answer({ release: true, ack: ack.token });
    await ui.showNotice({
      title: 'Your post has not been sent',
      message: 'postwarden could not record that you read the warning, so it was not sent. '
        + 'Your draft is still there: please try again in a moment.',
      choices: [{ value: 'ok', label: 'OK' }],
    });
    return answer({ release: false });
  }
})(globalThis);
