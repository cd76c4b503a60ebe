/**
 * Every runtime message the extension sends, its shape, and who may send it.
 *
 * Two kinds of sender reach the background:
 *   - `content`: a content script in a web page's frame. Privileged by
 *     nothing: the page's own scripts cannot call the extension API, but a
 *     compromised or confused content script must still not be able to
 *     silence any site, scan any tab or write arbitrary values into the
 *     profile. It speaks only for its own tab.
 *   - `page`: one of the extension's own pages (popup, options, log,
 *     onboarding), whose URL is under the extension's origin. The user
 *     acts there.
 * The background admits a message only when its type is known, its sender
 * kind is allowed for that type, and every field has the right type
 * (`admit`); everything else is refused with an error, never run.
 *
 * Messages the background sends to content scripts (`toContent`) are
 * listed too, so both ends use the same names.
 *
 * This file is a classic script that defines `globalThis.NotMineMessages`:
 * content scripts cannot import ES modules, and the background and
 * extension pages load it with a side-effect `import '../lib/messages.js'`.
 * It makes no browser call (tests/js/messages.test.mjs runs it in node).
 */

/**
 * @typedef {'content' | 'page'} SenderKind
 * @typedef {{id?: string, url?: string, tab?: {id?: number, url?: string}, frameId?: number}} Sender
 *   `runtime.onMessage`'s sender, as far as `senderKind` reads it.
 * @typedef {{ok: true, kind: SenderKind} | {ok: false, error: string}} Admission
 *
 * The messages to the background (`TO_BACKGROUND` checks exactly these):
 * @typedef {{type: 'snapshot', snapshot: object, reason?: 'load' | 'change' | 'scan',
 *            origin?: number, scanId?: string, leaving?: boolean, dataSame?: boolean}} SnapshotMessage
 * @typedef {{type: 'submitted', snapshot: object}} SubmittedMessage
 * @typedef {{type: 'offer-answer', accept: boolean}} OfferAnswerMessage
 * @typedef {{type: 'claim', snapshot: object}} ClaimMessage
 * @typedef {{type: 'claim-confirm', token: string}} ClaimConfirmMessage
 * @typedef {{type: 'not-me'}} NotMeMessage
 * @typedef {{type: 'document', tabId?: number, trigger?: 'warning' | 'page', note?: string}} DocumentMessage
 * @typedef {{type: 'scan', tabId: number}} ScanMessage
 * @typedef {{type: 'silence', host: string, on: boolean}} SilenceMessage
 * @typedef {{type: 'typed', value: string}} TypedMessage
 * @typedef {{type: 'typed-check', values: string[]}} TypedCheckMessage
 * @typedef {SnapshotMessage | SubmittedMessage | OfferAnswerMessage | ClaimMessage | ClaimConfirmMessage
 *           | NotMeMessage | DocumentMessage | ScanMessage | SilenceMessage | TypedMessage | TypedCheckMessage} ToBackground
 *
 * The messages to content scripts (`TO_CONTENT`):
 * @typedef {{type: 'rescan', scanId: string}} RescanMessage
 * @typedef {{type: 'snapshot-request'}} SnapshotRequestMessage
 * @typedef {{type: 'recheck'}} RecheckMessage  (send the snapshot again: the response's headers came after it)
 * @typedef {{type: 'frame-warning', frameId: number, url: string, verdict: object}} FrameWarningMessage
 */
(function define(global) {
  /** Field checks: each returns an error text or '' when the value fits. */
  const is = {
    object: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? '' : 'an object'),
    string: (max) => (v) => (typeof v === 'string' && v.length <= max ? '' : `a string of at most ${max} characters`),
    bool: (v) => (typeof v === 'boolean' ? '' : 'true or false'),
    tabId: (v) => (Number.isInteger(v) && v >= 0 ? '' : 'a tab id'),
    count: (v) => (Number.isFinite(v) && v >= 0 ? '' : 'a number of at least 0'),
    strings: (max, each) => (v) => (Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= each)
      ? '' : `a list of at most ${max} strings`),
    oneOf: (...values) => (v) => (values.includes(v) ? '' : `one of ${values.join(', ')}`),
  };
  const opt = (check) => (v) => (v === undefined || v === null ? '' : check(v));

  const CONTENT = 'content';
  const PAGE = 'page';

  /**
   * type → { from: allowed sender kinds, fields: name → check,
   * pageFields?: fields only an extension page may set }. A field not
   * listed is refused: a message carries nothing the background does not
   * read.
   */
  const TO_BACKGROUND = {
    // A frame's snapshot to judge (at load, on change, on a scan request).
    snapshot: {
      from: [CONTENT],
      fields: {
        snapshot: is.object,
        reason: opt(is.oneOf('load', 'change', 'scan')),
        origin: opt(is.count),
        // When the document's response began (Navigation Timing), 0 unknown.
        responded: opt(is.count),
        scanId: opt(is.string(80)),
        leaving: opt(is.bool),
        // The document's inline scripts are those it sent last time:
        // `snapshot.data` is left out (background/data-cache.js).
        dataSame: opt(is.bool),
      },
    },
    // A form the user sent: what they typed may join the site's memory.
    submitted: { from: [CONTENT], fields: { snapshot: is.object } },
    // "Add to my profile?" answered in the page's offer bar.
    'offer-answer': { from: [CONTENT], fields: { accept: is.bool } },
    // "This is me": what the warning's values would add to the profile.
    claim: { from: [CONTENT], fields: { snapshot: is.object } },
    // "Yes, add them": confirms the claim the background computed and kept
    // under `token` for this tab; no values travel with the confirmation.
    'claim-confirm': { from: [CONTENT], fields: { token: is.string(80) } },
    // "Not me" on a low or medium warning: the sender's tab shows someone
    // else; its page is high from now on. It can only raise a warning.
    'not-me': { from: [CONTENT], fields: {} },
    // "Document it": a record of the sender's tab (content), or of `tabId`
    // with a trigger and the user's note (the popup). `pageFields` may be
    // set only by an extension page: a content script names no other tab.
    document: {
      from: [CONTENT, PAGE],
      fields: { tabId: opt(is.tabId), trigger: opt(is.oneOf('warning', 'page')), note: opt(is.string(4000)) },
      pageFields: ['tabId', 'trigger', 'note'],
    },
    // "Scan this page" from the popup.
    scan: { from: [PAGE], fields: { tabId: is.tabId } },
    // "Don't warn on this site" (popup) or undoing it (options).
    silence: { from: [PAGE], fields: { host: is.string(253), on: is.bool } },
    // A value the user typed (kept as a hash, to recognise it on reload).
    typed: { from: [CONTENT], fields: { value: is.string(2000) } },
    // Which of these restored values did the user type before?
    'typed-check': { from: [CONTENT], fields: { values: is.strings(1000, 2000) } },
  };

  /** Messages the background sends to a tab's content scripts. */
  const TO_CONTENT = {
    rescan: 'rescan',
    snapshotRequest: 'snapshot-request',
    recheck: 'recheck',
    frameWarning: 'frame-warning',
  };

  /** The message type names, for senders: `Type.claimConfirm` = 'claim-confirm'. */
  const Type = Object.freeze({
    snapshot: 'snapshot',
    submitted: 'submitted',
    offerAnswer: 'offer-answer',
    claim: 'claim',
    claimConfirm: 'claim-confirm',
    notMe: 'not-me',
    document: 'document',
    scan: 'scan',
    silence: 'silence',
    typed: 'typed',
    typedCheck: 'typed-check',
  });

  /**
   * The schemes of the frames content scripts run in: web pages (manifest
   * `<all_urls>`), and the frames inside them that have no origin of their
   * own (`about:blank`, `about:srcdoc`, `data:`, `blob:`; manifest
   * `match_origin_as_fallback`).
   */
  const WEB_URL = /^(https?|file|ftp|about|data|blob):/i;

  /**
   * Who sent a message, or null (anything else, e.g. another extension):
   *   - `page`: an extension page. Its URL is under `extOrigin`, and it is
   *     either in no tab (the popup) or in a tab that shows the extension's
   *     own page (options, log, onboarding) — never one framed inside a web
   *     page. When the browser does not tell the tab's URL, the sender's
   *     own URL decides.
   *   - `content`: a content script, in a frame of a tab, whose frame
   *     shows a web page (http, https, file, ftp) or a frame of one without
   *     an origin of its own (about:, data:, blob:).
   *
   * @param {Sender} sender
   * @param {string} ownId `runtime.id`
   * @param {string} extOrigin `runtime.getURL('')`
   * @returns {SenderKind | null}
   */
  function senderKind(sender, ownId, extOrigin) {
    if (!sender || sender.id !== ownId || typeof extOrigin !== 'string' || !extOrigin) return null;
    const url = typeof sender.url === 'string' ? sender.url : '';
    const tab = sender.tab && typeof sender.tab === 'object' ? sender.tab : null;
    if (url.startsWith(extOrigin)) {
      const tabUrl = tab && typeof tab.url === 'string' && tab.url !== '' ? tab.url : null;
      return tabUrl === null || tabUrl.startsWith(extOrigin) ? PAGE : null;
    }
    if (tab && Number.isInteger(tab.id) && tab.id >= 0 && WEB_URL.test(url)) return CONTENT;
    return null;
  }

  /**
   * Whether the background may run `message` from `sender`:
   * `{ok: true, kind}` or `{ok: false, error}`.
   *
   * @param {unknown} message
   * @param {Sender} sender
   * @param {string} ownId
   * @param {string} extOrigin
   * @returns {Admission}
   */
  function admit(message, sender, ownId, extOrigin) {
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') {
      return { ok: false, error: 'not a message' };
    }
    const spec = Object.hasOwn(TO_BACKGROUND, message.type) ? TO_BACKGROUND[message.type] : null;
    if (!spec) return { ok: false, error: `unknown message type: ${message.type.slice(0, 40)}` };
    const kind = senderKind(sender, ownId, extOrigin);
    if (!kind || !spec.from.includes(kind)) {
      const from = kind === PAGE ? 'an extension page' : kind === CONTENT ? 'a content script' : 'an unknown sender';
      return { ok: false, error: `${message.type} may not be sent from ${from}` };
    }
    for (const key of Object.keys(message)) {
      if (key === 'type') continue;
      if (!Object.hasOwn(spec.fields, key)) return { ok: false, error: `${message.type}: unexpected field ${key.slice(0, 40)}` };
    }
    for (const [key, check] of Object.entries(spec.fields)) {
      const problem = check(message[key]);
      if (problem) return { ok: false, error: `${message.type}: ${key} must be ${problem}` };
      if (kind !== PAGE && spec.pageFields?.includes(key) && message[key] !== undefined && message[key] !== null) {
        return { ok: false, error: `${message.type}: ${key} may be sent only from an extension page` };
      }
    }
    return { ok: true, kind };
  }

  global.NotMineMessages = Object.freeze({ Type, TO_BACKGROUND, TO_CONTENT, CONTENT, PAGE, senderKind, admit });
}(globalThis));
