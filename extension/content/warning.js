/* The warning the member of staff sees, and the small "checking" indicator.
 *
 * Isolated content-script world, in a closed Shadow DOM so the page's styles and scripts
 * cannot reach it. The dialog is modal (role=dialog, aria-modal, labelled and described),
 * keeps focus inside itself, and Escape cancels. Post text is only ever inserted as text
 * nodes, never as markup.
 */
(function (root) {
  'use strict';

  const STYLE = `
    :host { all: initial; }
    .backdrop { position: fixed; inset: 0; z-index: 2147483647; display: flex;
      align-items: center; justify-content: center; background: rgba(15, 23, 42, .55);
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
    .dialog { background: #fff; border-radius: 12px; max-width: 34rem; width: calc(100% - 2rem);
      max-height: calc(100% - 2rem); overflow: auto; padding: 1.25rem 1.5rem;
      box-shadow: 0 20px 50px rgba(0, 0, 0, .3); }
    h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
    .block h2 { color: #991b1b; }
    .summary { margin: 0 0 .75rem; }
    .draft { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f4f6; border-radius: 8px;
      padding: .6rem .75rem; margin: 0 0 .75rem; }
    mark { background: #fde68a; color: inherit; border-bottom: 2px solid #d97706; padding: 0 1px; }
    ul { margin: 0 0 .75rem; padding-left: 1.2rem; }
    li { margin: 0 0 .5rem; }
    .clause { display: block; color: #4b5563; font-size: .85rem; margin-top: .15rem; }
    label { display: block; font-weight: 600; margin: .25rem 0; }
    textarea { box-sizing: border-box; width: 100%; min-height: 4.5rem; font: inherit; padding: .4rem;
      border: 1px solid #9ca3af; border-radius: 6px; }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; justify-content: flex-end; margin-top: 1rem; }
    button { font: inherit; border-radius: 8px; padding: .45rem .9rem; border: 1px solid #9ca3af;
      background: #fff; color: #111827; cursor: pointer; }
    button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
    button.risky { background: #fff; border-color: #b45309; color: #92400e; }
    button:disabled { opacity: .5; cursor: not-allowed; }
    button:focus-visible, textarea:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
    .report { margin-top: .75rem; font-size: .85rem; }
    .linkish { border: none; background: none; padding: 0; color: #1d4ed8; text-decoration: underline; }
    .status { min-height: 1.2em; font-size: .85rem; color: #065f46; margin: .5rem 0 0; }
    .checking { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483647; background: #111827;
      color: #f9fafb; border-radius: 999px; padding: .35rem .8rem; opacity: .85;
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  `;
  const FOCUSABLE = 'button:not([disabled]), textarea:not([disabled]), [tabindex="0"]';
  const JUSTIFY_SEVERITIES = new Set(['high', 'critical']);

  // The draft box the member of staff last typed in: where "Edit post" takes them back to
  // (focus is usually on the Post button by the time the dialog opens).
  let lastEditor = null;
  document.addEventListener('focusin', (e) => {
    const el = e.composedPath()[0];
    if (el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA'
        || (el.tagName === 'INPUT' && /^(text|search|)$/.test(el.type)))) lastEditor = el;
  }, true);

  function restoreFocus(previous, toEditor) {
    const target = toEditor && lastEditor && lastEditor.isConnected ? lastEditor : previous;
    if (target && typeof target.focus === 'function') target.focus();
  }

  /** Only the person at the keyboard decides: a page script's synthetic click or key press
   *  (isTrusted false) cannot acknowledge a warning on their behalf. */
  function trusted(fn) {
    return (e) => {
      if (e.isTrusted) fn(e);
    };
  }

  /** A tag with attributes and children (strings become text nodes). */
  function h(tag, attrs = {}, children = []) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of [].concat(children)) {
      if (c !== null && c !== undefined) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }

  /** A shadow root in its own host element, removed by the returned `close`. */
  function mount() {
    const host = document.createElement('postwarden-ui');
    const shadow = host.attachShadow({ mode: 'closed' });
    shadow.append(h('style', { text: STYLE }));
    (document.body || document.documentElement).append(host);
    return { shadow, close: () => host.remove() };
  }

  /** Code-point offsets (as the server counts) to string indices, merged and sorted. */
  function ranges(text, findings) {
    const units = [0];
    for (const ch of text) units.push(units[units.length - 1] + ch.length);
    const spans = [];
    for (const f of findings) {
      const s = Array.isArray(f.span) ? f.span : null;
      if (!s || !(s[0] >= 0) || !(s[1] > s[0]) || s[1] >= units.length) continue;
      spans.push([units[s[0]], units[s[1]]]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push(s.slice());
    }
    return merged;
  }

  function highlighted(text, findings) {
    const out = [];
    let at = 0;
    for (const [start, end] of ranges(text, findings)) {
      if (start > at) out.push(text.slice(at, start));
      out.push(h('mark', { text: text.slice(start, end) }));
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }

  function needsJustification(verdict) {
    const findings = verdict.findings || [];
    if (typeof verdict.justification_required === 'boolean') return verdict.justification_required;
    if (findings.some((f) => typeof f.justification_required === 'boolean')) {
      return findings.some((f) => f.justification_required === true);
    }
    return findings.some((f) => JUSTIFY_SEVERITIES.has(f.severity));
  }

  /** Keep Tab inside the dialog; Escape calls `onEscape`. */
  function trapFocus(shadow, dialog, onEscape) {
    dialog.addEventListener('keydown', trusted((e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onEscape();
        return;
      }
      if (e.key !== 'Tab') return;
      const items = [...dialog.querySelectorAll(FOCUSABLE)].filter((el) => el.offsetParent !== null);
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      const active = shadow.activeElement;
      if (e.shiftKey && (active === first || !dialog.contains(active))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
        e.preventDefault();
        first.focus();
      }
    }));
    // A click on the backdrop or anywhere outside must not move focus to the page.
    dialog.parentNode.addEventListener('mousedown', (e) => {
      if (e.target === dialog.parentNode) e.preventDefault();
    });
  }

  /** Show the warning for a verdict. Resolves {choice: edit|cancel|proceed, justification}.
   *  `report(comment)` sends "This is wrong" and resolves true when the server took it.
   *  `beforeClose(choice, justification)`, when given, runs (and is awaited) while the dialog
   *  is still up: the page must have heard "not sent" before the dialog goes and its editor
   *  takes the keyboard again, or an Enter pressed at once would meet a send still held. */
  function showWarning({ verdict, text, report, beforeClose }) {
    const previous = document.activeElement;
    const blocked = verdict.decision === 'block';
    const findings = verdict.findings || [];
    const justify = !blocked && needsJustification(verdict);
    const { shadow, close } = mount();
    return new Promise((resolve) => {
      let finishing = false;
      const finish = async (choice) => {
        if (finishing) return;
        finishing = true;
        const justification = why ? why.value.trim() : '';
        for (const button of shadow.querySelectorAll('button')) button.disabled = true;
        try {
          if (beforeClose) await beforeClose(choice, justification);
        } catch (e) {
          // the dialog closes all the same
        }
        close();
        restoreFocus(previous, choice === 'edit');
        resolve({ choice, justification });
      };
      const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
      const why = justify ? h('textarea', { id: 'pw-why', 'aria-required': 'true', required: true,
        'aria-describedby': 'pw-why-help', oninput: () => { proceed.disabled = !why.value.trim(); } }) : null;
      const proceed = blocked ? null : h('button', { type: 'button', class: 'risky', 'data-choice': 'proceed',
        disabled: justify, onclick: trusted(() => finish('proceed')),
        text: 'Post anyway' });
      const comment = h('textarea', { id: 'pw-report', 'aria-label': 'What is wrong with this warning? (optional)' });
      const reportBox = h('div', { class: 'report', hidden: true }, [
        h('label', { for: 'pw-report', text: 'What is wrong with this warning? (optional)' }), comment,
        h('div', { class: 'actions' }, [h('button', { type: 'button', 'data-choice': 'send-report', onclick: trusted(async (e) => {
          e.target.disabled = true;
          const ok = await report(comment.value.trim()).catch(() => false);
          status.textContent = ok ? 'Thank you: your school\u2019s reviewers will look at this warning.'
            : 'The report could not be sent. Please tell your school\u2019s IT team.';
          reportBox.hidden = true;
          reportToggle.hidden = ok;
          e.target.disabled = false;
          (ok ? shadow.querySelector('[data-choice="edit"]') : reportToggle).focus();
        }), text: 'Send report' })]),
      ]);
      const reportToggle = h('button', { type: 'button', class: 'linkish', 'data-choice': 'report',
        'aria-expanded': 'false', onclick: trusted(() => {
          reportBox.hidden = false;
          reportToggle.setAttribute('aria-expanded', 'true');
          comment.focus();
        }), text: 'This is wrong' });
      const title = blocked ? 'This post can\u2019t be sent' : 'Check this post before it goes';
      const summary = blocked
        ? 'It breaks your school\u2019s social media policy, so it will not be posted. Edit it, or cancel.'
        : 'It may break your school\u2019s social media policy. Edit it, cancel it, or post it anyway: posting it is recorded.';
      const dialog = h('div', { class: `dialog ${blocked ? 'block' : 'warn'}`, role: 'dialog', 'aria-modal': 'true',
        'aria-labelledby': 'pw-title', 'aria-describedby': 'pw-summary' }, [
        h('h2', { id: 'pw-title', text: title }),
        h('p', { id: 'pw-summary', class: 'summary', text: summary }),
        h('p', { class: 'draft', 'aria-label': 'Your post, with the words the policy is about marked' },
          highlighted(text, findings)),
        h('ul', { 'aria-label': 'What the policy says' }, findings.map((f) => h('li', {}, [
          h('span', { class: 'message', text: f.message || f.category || 'A policy concern.' }),
          f.clause ? h('span', { class: 'clause', text: `Policy: ${f.clause}` }) : null,
        ]))),
        why ? h('label', { for: 'pw-why', text: 'Why is it right to post this? (required to post anyway)' }) : null,
        why ? h('span', { id: 'pw-why-help', hidden: true, text: 'Your reason is recorded with the acknowledgement.' }) : null,
        why,
        h('div', { class: 'actions' }, [
          h('button', { type: 'button', class: 'primary', 'data-choice': 'edit', onclick: trusted(() => finish('edit')),
            text: 'Edit post' }),
          h('button', { type: 'button', 'data-choice': 'cancel', onclick: trusted(() => finish('cancel')), text: 'Cancel' }),
          proceed,
        ]),
        reportToggle, reportBox, status,
      ]);
      shadow.append(h('div', { class: 'backdrop' }, [dialog]));
      trapFocus(shadow, dialog, () => finish('cancel'));
      shadow.querySelector('[data-choice="edit"]').focus();
    });
  }

  /** A message with a few choices (the server could not check a post, in fail-closed mode).
   *  Resolves the chosen value. */
  function showNotice({ title, message, choices }) {
    const previous = document.activeElement;
    const { shadow, close } = mount();
    return new Promise((resolve) => {
      const finish = (value) => {
        close();
        restoreFocus(previous, true);
        resolve(value);
      };
      const dialog = h('div', { class: 'dialog block', role: 'alertdialog', 'aria-modal': 'true',
        'aria-labelledby': 'pw-title', 'aria-describedby': 'pw-summary' }, [
        h('h2', { id: 'pw-title', text: title }),
        h('p', { id: 'pw-summary', class: 'summary', text: message }),
        h('div', { class: 'actions' }, choices.map((c, i) => h('button', { type: 'button',
          class: i === 0 ? 'primary' : null, 'data-choice': c.value, onclick: trusted(() => finish(c.value)), text: c.label }))),
      ]);
      shadow.append(h('div', { class: 'backdrop' }, [dialog]));
      trapFocus(shadow, dialog, () => finish(choices[choices.length - 1].value));
      dialog.querySelector('button').focus();
    });
  }

  /** The subtle "checking" indicator; returns the function that removes it. */
  function showChecking() {
    const { shadow, close } = mount();
    shadow.append(h('div', { class: 'checking', role: 'status', 'aria-live': 'polite',
      text: 'postwarden is checking your post\u2026' }));
    return close;
  }

  root.__postwardenUi = { showWarning, showNotice, showChecking, ranges, needsJustification };
})(globalThis);
