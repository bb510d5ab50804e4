/* Compose-box hooks: hold a message at the keyboard or the Send button, for platforms whose
 * messages leave through a channel the request hook cannot read (WhatsApp Web's end-to-end
 * encrypted WebSocket; DMs over MQTT-over-WebSocket).
 *
 * Page world, loaded before hook.js, which hands it its own check flow (`decide`) and the
 * platform map (`currentMap`): there is one check flow, not two. The platform's "compose"
 * section in the platform map (addon/platforms/*.json) says where the editor and the Send
 * button are and what a message there is (e.g. "dm"):
 *
 *   "compose": {"action": "dm", "editor": [css, ...], "send": [css, ...], "path": regex?}
 *
 * On such a page, Enter (without Shift) in the editor and a click on a Send button are
 * stopped in the capture phase while the text is checked. On allow, or "Post anyway", the
 * message is sent again exactly once: by clicking the Send button (pages accept a script's
 * click; many ignore a synthetic key press), else by a synthetic Enter. Edit and Cancel
 * send nothing and return to the editor; a block never sends.
 *
 * There is no acknowledgement to carry: a WebSocket frame has no header, and the proxy can
 * only count such traffic (it cannot read or stop it), so this warning is the only check
 * before the message leaves.
 */
(function (root) {
  'use strict';

  const ns = root.__postwarden;
  if (!ns) return;

  function selectorList(value) {
    const list = Array.isArray(value) ? value : (typeof value === 'string' ? [value] : []);
    return list.filter((s) => typeof s === 'string' && s.trim()).join(', ');
  }

  /** The first element at or above `node` that matches `selector` (a valid one), or null. */
  function closest(node, selector) {
    if (!selector || !node) return null;
    const el = node.nodeType === 1 ? node : node.parentElement;
    try {
      return el ? el.closest(selector) : null;
    } catch (e) {
      return null;   // a selector this browser cannot parse: that hook is off
    }
  }

  function first(selector) {
    if (!selector) return null;
    try {
      return root.document.querySelector(selector);
    } catch (e) {
      return null;
    }
  }

  function editorText(editor) {
    if (!editor) return '';
    if ('value' in editor && typeof editor.value === 'string') return editor.value;
    return editor.innerText || editor.textContent || '';
  }

  /** Installed by hook.js: `currentMap()` gives the platform map (or a promise of it, false
   *  when off); `decide(found)` runs the check and the warning, resolving {release, ack}. */
  function install({ currentMap, decide }) {
    let config = null;      // {platform, action, editor, send} once known for this page
    let holding = false;    // a message is being checked: further sends wait
    let passing = false;    // our own re-sent Enter or click: let it through once

    Promise.resolve(currentMap()).then((map) => {
      if (!map) return;
      const platform = map.platformForHost(root.location.hostname);
      const compose = platform && platform.compose;
      if (!compose || typeof compose !== 'object') return;
      if (compose.path) {
        try {
          if (!map.rx.search(compose.path, root.location.pathname)) return;
        } catch (e) {
          return;
        }
      }
      const editor = selectorList(compose.editor);
      if (!editor) return;
      config = { platform: platform.id, action: typeof compose.action === 'string' ? compose.action : 'dm',
        editor, send: selectorList(compose.send) };
      // Until the map has arrived (a moment after the page loads) the composer is not
      // watched; this marker says when it is, for support staff and for the tests.
      root.document.documentElement.setAttribute('data-postwarden-compose', 'on');
    }).catch(() => {});

    function editorFor(target) {
      return closest(target, config.editor)
        || closest(root.document.activeElement, config.editor) || first(config.editor);
    }

    function resend(editor, button) {
      const sendButton = (button && button.isConnected ? button : null) || first(config.send);
      passing = true;
      try {
        if (sendButton) {
          sendButton.click();
        } else if (editor && editor.isConnected) {
          editor.focus();
          for (const type of ['keydown', 'keypress']) {
            editor.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13,
              which: 13, bubbles: true, cancelable: true, composed: true }));
          }
        }
      } finally {
        passing = false;
      }
    }

    function hold(event, editor, button) {
      if (passing) return;
      const text = editorText(editor);
      if (!text.trim()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (holding) return;
      holding = true;
      const draft = { platform: config.platform, action: config.action, text, recipients: [], accountId: null };
      Promise.resolve()
        .then(() => decide({ draft, url: root.location.href }))
        .then((d) => {
          holding = false;
          // No acknowledgement goes with the message: see the note at the top.
          if (d && d.release) resend(editor, button);
          else if (editor && editor.isConnected) editor.focus();
        }, () => { holding = false; });
    }

    root.addEventListener('keydown', (event) => {
      if (!config || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      const editor = closest(event.target, config.editor);
      if (editor) hold(event, editor, null);
    }, true);

    root.addEventListener('click', (event) => {
      if (!config || !config.send) return;
      const button = closest(event.target, config.send);
      if (button) hold(event, editorFor(event.target), button);
    }, true);
  }

  ns.compose = { install, editorText, selectorList };
})(globalThis);
