/**
 * NotMine content script: the page snapshot (docs/snapshot.md, schema 1).
 *
 * The Rust core judges a *snapshot*, not HTML: a pruned element tree plus
 * the state of every form control. Two producers build it and must agree:
 * `src/html.rs` from saved HTML (CLI, tests) and this file from the live DOM.
 * Every rule below mirrors html.rs — same pruning, same attributes, same
 * text collapsing, same caps and note wording — so that a page judged in
 * the browser and the same page saved to disk get the same verdict
 * (`tests/browser/snapshot-parity.mjs` checks this on every fixture).
 *
 * What only the live DOM knows is added on top: the *current* value of each
 * control next to the server-sent default, whether the user typed into it or
 * the browser autofilled it, computed-style visibility, open shadow roots and
 * same-origin frames.
 *
 * No detection logic lives here: the content script stays small and fast,
 * and the judging happens in the background (Chromium blocks WebAssembly in
 * content scripts on pages whose CSP lacks 'wasm-unsafe-eval').
 *
 * A classic script, not a module (MV3 content scripts cannot be modules): it
 * only defines `globalThis.notmineSnapshot`.
 */
(() => {
  'use strict';

  /**
   * The schema's constants, generated from the Rust source at build time
   * (content/snapshot-constants.js, by examples/snapshot_constants.rs):
   * the core's `SCHEMA_VERSION` (it rejects anything else), its
   * `Limits::DEFAULT` (past them the snapshot is truncated and a note says
   * so; `maxDepth` keeps the JSON under serde_json's recursion limit of
   * 128), how many nested frames are inlined (html.rs `MAX_FRAME_DEPTH`),
   * the elements dropped with their subtree (html.rs `DROPPED`, and
   * `template`: in the live DOM a declarative open shadow root has already
   * become a real one, and what is left in a `<template>` is inert), and the
   * attributes kept (snapshot.rs `KEPT_ATTRIBUTES`).
   */
  const C = globalThis.notmineSnapshotConstants;
  if (!C) throw new Error('NotMine: content/snapshot-constants.js is missing (run scripts/build-wasm.sh)');
  const SCHEMA = C.schema;
  const DEFAULT_LIMITS = C.limits;
  const MAX_FRAME_DEPTH = C.maxFrameDepth;
  const DROPPED = new Set(C.dropped);

  /**
   * The attributes read, each at a fixed slot: the kept ones in the order the
   * core serialises them, then the two that only decide `hidden`. An element
   * is asked for its attribute *names* once and only the few that matter are
   * read — about four times faster than a `getAttribute` per candidate, since
   * most elements carry none or one of them.
   */
  const KEPT = C.keptAttributes;
  const SLOT = new Map(KEPT.map((k, i) => [k, i]));
  const S_TYPE = SLOT.get('type');
  const S_CLASS = SLOT.get('class');
  const S_HIDDEN = KEPT.length;
  const S_ARIA_HIDDEN = KEPT.length + 1;
  SLOT.set('hidden', S_HIDDEN);
  SLOT.set('aria-hidden', S_ARIA_HIDDEN);
  const SLOTS = KEPT.length + 2;

  /**
   * The values of the attributes in `SLOT` (null when absent), or null when
   * the element has none of them. The first attribute of a name wins, as
   * with `getAttribute`. Read from the markup, not from properties: the
   * server-sent attributes are what both producers agree on (`el.type`
   * would turn `type="Email"` into `email` but an unknown type into `text`).
   *
   * The answer is one array, reused for every element: `element()` reads it
   * before it walks the element's children, and a new array per element
   * was a share of the garbage a real page's snapshot left.
   */
  const VALS = new Array(SLOTS).fill(null);
  function readAttrs(el) {
    const names = el.getAttributeNames();
    let any = false;
    for (let i = 0; i < names.length; i++) {
      const slot = SLOT.get(names[i]);
      if (slot === undefined) continue;
      if (!any) {
        VALS.fill(null);
        any = true;
      }
      if (VALS[slot] === null) VALS[slot] = el.getAttribute(names[i]);
    }
    return any ? VALS : null;
  }

  /**
   * Whitespace as Rust's `char::is_whitespace` (Unicode White_Space) sees it,
   * which is what `collapse_ws` and `str::trim` use on the native side. JS's
   * `\s` differs by two characters (it adds U+FEFF and lacks U+0085), so the
   * class is spelled out; NBSP is included on both sides.
   */
  const WS = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
  const WS_RUN = new RegExp(WS + '+', 'g');
  const WS_EDGES = new RegExp('^' + WS + '+|' + WS + '+$', 'g');
  const ASCII_UPPER = /[A-Z]+/g;
  const NON_ASCII = /[^\x00-\x7f]/;

  /** Runs of whitespace to one space, trimmed — `collapse_ws` in text.rs. */
  function collapse(s) {
    // Most text nodes of a real page are indentation between tags. JS's
    // `trim` removes what Rust's does plus U+FEFF (and not U+0085), so
    // without U+FEFF an empty trim is an empty collapse, and costs no
    // regex replace and no new string.
    if (s.trim() === '' && !s.includes('\ufeff')) return '';
    let t = s.replace(WS_RUN, ' ');
    if (t.charCodeAt(0) === 32) t = t.slice(1);
    if (t.charCodeAt(t.length - 1) === 32) t = t.slice(0, -1);
    return t;
  }

  /** Rust's `str::trim`. */
  function trim(s) {
    return s.replace(WS_EDGES, '');
  }

  /** Rust's `to_ascii_lowercase`: only A–Z change, as in html.rs. */
  function asciiLower(s) {
    return s.replace(ASCII_UPPER, (m) => m.toLowerCase());
  }

  /**
   * Tag names, lower-cased once per distinct `localName` (a page has a few
   * dozen), instead of a regex per element.
   */
  const TAGS = new Map();
  function tagOf(el) {
    const ln = el.localName;
    let tag = TAGS.get(ln);
    if (tag === undefined) {
      tag = asciiLower(ln); // html.rs: to_ascii_lowercase
      TAGS.set(ln, tag);
    }
    return tag;
  }

  /**
   * Lone surrogates (only a script can make them) would make the JSON
   * unreadable for the core: serde_json rejects them. They become U+FFFD, as
   * any UTF-8 encoder would make them.
   */
  const wellFormed = typeof ''.isWellFormed === 'function'
    ? (s) => (s.isWellFormed() ? s : s.toWellFormed())
    : (s) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

  /**
   * UTF-8 length of a JS (UTF-16) string: the caps are in bytes because the
   * core counts Rust `String` bytes. A lone surrogate counts 3 bytes, as the
   * U+FFFD it becomes on the wire.
   */
  function utf8Length(s) {
    // ASCII (most text, most scripts): one byte a code unit, found natively.
    if (!NON_ASCII.test(s)) return s.length;
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) continue;
      if (c < 0x800) {
        n += 1;
      } else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 2; // two code units, four bytes
        i++;
      } else {
        n += 2;
      }
    }
    return n;
  }

  /**
   * The longest prefix of `s` of at most `max` UTF-8 bytes that does not
   * split a character (text.rs `truncate_at`). Returns `s` itself when it
   * fits; one UTF-16 unit is at most 3 bytes, so short strings skip the count.
   */
  function cutUtf8(s, max) {
    if (s.length * 3 <= max) return s;
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let w = 1;
      let units = 1;
      if (c >= 0x80) {
        if (c < 0x800) w = 2;
        else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          w = 4;
          units = 2;
        } else w = 3;
      }
      if (bytes + w > max) return s.slice(0, i);
      bytes += w;
      i += units - 1;
    }
    return s;
  }

  /**
   * The best `:autofill` selector this browser understands, probed once per
   * snapshot: `matches()` throws on an unknown pseudo-class, and throwing for
   * every field would be slow. Chromium ≥ 110 and Firefox ≥ 86 know
   * `:autofill`; older Chromium only `:-webkit-autofill`.
   */
  function autofillSelector(doc) {
    const probe = doc.documentElement || doc.createElement('input');
    for (const sel of [':autofill', ':-webkit-autofill']) {
      try {
        probe.matches(sel);
        return sel;
      } catch (_) {
        // not supported here: try the next spelling
      }
    }
    return null;
  }

  /**
   * One snapshot run. Counters are shared across frames and shadow roots
   * because the caps are per page, like the native builder's.
   */
  class Builder {
    constructor(doc, opts) {
      this.limits = Object.assign({}, DEFAULT_LIMITS, opts.limits || {});
      this.modified = opts.modified || null;
      this.onRoot = typeof opts.onRoot === 'function' ? opts.onRoot : null;
      this.autofill = autofillSelector(doc);
      this.nodes = 0;
      this.textBytes = 0;
      this.notes = [];
      this.frameDepth = 0;
    }

    /** Notes are deduplicated and keep first-seen order, as in html.rs. */
    note(text) {
      if (!this.notes.includes(text)) this.notes.push(text);
    }

    /** Checked before every child, exactly where html.rs checks it. */
    full() {
      if (this.nodes >= this.limits.maxNodes) {
        this.note(`truncated: the page has more than ${this.limits.maxNodes} nodes; the rest was not scanned`);
        return true;
      }
      return false;
    }

    /** A text node: collapsed, dropped when empty, capped; `null` when dropped. */
    textNode(raw) {
      let t = wellFormed(collapse(raw));
      if (t === '') return null;
      const L = this.limits;
      if (this.textBytes >= L.maxTotalText) {
        this.note(`truncated: the page has more than ${L.maxTotalText} bytes of text; the rest was not scanned`);
        return null;
      }
      const cut = cutUtf8(t, L.maxText);
      if (cut !== t) {
        this.note(`truncated: a text longer than ${L.maxText} bytes was cut`);
        t = cut;
      }
      this.textBytes += utf8Length(t);
      this.nodes += 1;
      return t;
    }

    /** A control's value, capped at `maxText` bytes. */
    cap(value) {
      const v = wellFormed(value);
      const cut = cutUtf8(v, this.limits.maxText);
      if (cut !== v) {
        this.note(`truncated: a form value longer than ${this.limits.maxText} bytes was cut`);
      }
      return cut;
    }

    /**
     * The kept children of `parent` (an element, or a frame's body). An open
     * shadow root is what the person sees in place of (or around) the light
     * children, so its nodes come first, as the native side inlines a
     * declarative shadow root where its `<template>` stood.
     * `depth` is the parent's depth; `hiddenAbove` says an ancestor is hidden.
     */
    children(parent, depth, hiddenAbove) {
      const out = [];
      const root = parent.shadowRoot; // null unless open
      if (root && this.onRoot !== null) this.onRoot(root);
      if (root && !this.walkList(root.firstChild, depth, hiddenAbove, out)) return out;
      this.walkList(parent.firstChild, depth, hiddenAbove, out);
      return out;
    }

    /** Appends the kept form of each sibling from `node` on; false when full. */
    walkList(node, depth, hiddenAbove, out) {
      for (; node !== null; node = node.nextSibling) {
        if (this.full()) return false;
        const type = node.nodeType;
        if (type === 3) {
          const t = this.textNode(node.data);
          if (t !== null) out.push(t);
        } else if (type === 1) {
          if (DROPPED.has(node.localName)) continue;
          out.push(this.element(node, depth + 1, hiddenAbove));
        }
        // comments and processing instructions carry nothing a reader sees
      }
      return true;
    }

    /** One element object, with its control and children. */
    element(el, depth, hiddenAbove) {
      this.nodes += 1;
      const tag = tagOf(el);
      const vals = readAttrs(el); // reused by the next element: read it before the children
      const node = { tag };
      const attrs = vals === null ? null : this.attrsOf(vals, tag);
      if (attrs !== null) node.attrs = attrs;
      const hidden = this.isHidden(el, tag, vals, hiddenAbove);
      if (hidden) node.hidden = true;
      const below = hiddenAbove || hidden;
      let kids = null;
      if (tag === 'input') {
        node.control = this.inputControl(el, vals === null ? null : vals[S_TYPE]);
      } else if (tag === 'textarea') {
        node.control = this.textareaControl(el);
      } else if (tag === 'select') {
        node.control = this.selectControl(el);
      } else if (tag === 'iframe' || tag === 'frame') {
        kids = this.frame(el, depth, below);
      } else if (depth >= this.limits.maxDepth) {
        kids = this.flatten(el, below);
      } else {
        kids = this.children(el, depth, below);
      }
      if (kids !== null && kids.length > 0) node.children = kids;
      return node;
    }

    /**
     * The kept attributes from `readAttrs`' values, or `null` when none is
     * kept. Values are kept verbatim (capped at `maxText` bytes, silently, as
     * natively); `class` is collapsed and dropped when blank; `type` only on
     * inputs and buttons, lower-cased, and dropped when it is the default
     * `text`.
     */
    attrsOf(vals, tag) {
      let attrs = null;
      const max = this.limits.maxText;
      for (let i = 0; i < KEPT.length; i++) {
        let v = vals[i];
        if (v === null) continue;
        v = wellFormed(v);
        if (i === S_TYPE) {
          if (tag !== 'input' && tag !== 'button') continue;
          v = asciiLower(trim(v)); // not capped natively either
          if (v === 'text') continue;
        } else if (i === S_CLASS) {
          v = collapse(v);
          if (v === '') continue;
          v = cutUtf8(v, max);
        } else {
          v = cutUtf8(v, max);
        }
        if (attrs === null) attrs = {};
        attrs[KEPT[i]] = v;
      }
      return attrs;
    }

    /**
     * Not shown to the user. Attributes first (cheap, and what html.rs reads);
     * then the computed style, which sees stylesheets that the native side
     * cannot. Under an ancestor that is already hidden the flag covers the
     * subtree, so the style lookup is skipped and only the inline style is
     * read — which also keeps both producers' per-element flags comparable.
     * (`checkVisibility()` looks cheaper but measured slower than two
     * computed-style reads on a 50,000-node page, and it also says no for
     * `display:contents` and content-visibility, which hide nothing.)
     */
    isHidden(el, tag, vals, hiddenAbove) {
      if (vals !== null) {
        if (vals[S_HIDDEN] !== null) return true;
        const aria = vals[S_ARIA_HIDDEN];
        if (aria !== null && asciiLower(trim(aria)) === 'true') return true;
        const t = vals[S_TYPE];
        if (tag === 'input' && t !== null && asciiLower(trim(t)) === 'hidden') return true;
      }
      if (hiddenAbove) {
        const st = el.style;
        return st !== undefined && st !== null && (st.display === 'none' || st.visibility === 'hidden');
      }
      const view = el.ownerDocument.defaultView;
      if (!view) return false; // a document without a window has no rendering
      const cs = view.getComputedStyle(el);
      return cs.display === 'none' || cs.visibility === 'hidden';
    }

    /** Live-only control state: typed by the user, filled by the browser. */
    liveFlags(el, control) {
      if (this.modified !== null && this.modified.has(el)) control.user_modified = true;
      if (this.autofill !== null) {
        try {
          if (el.matches(this.autofill)) control.autofilled = true;
        } catch (_) {
          // a browser that accepted the probe but not this element: no flag
        }
      }
    }

    /**
     * `value` is what the field holds now; `default_value` what the server
     * sent (the `value` attribute). Checkboxes and radios report their
     * `value` attribute, not the `on` that `el.value` invents for them, and
     * their current checkedness.
     */
    inputControl(el, typeAttr) {
      const t = typeAttr === null ? '' : asciiLower(trim(typeAttr));
      const current = t === 'checkbox' || t === 'radio' ? el.getAttribute('value') || '' : el.value;
      const control = { value: this.cap(current), default_value: this.cap(el.defaultValue) };
      this.liveFlags(el, control);
      if (el.checked) control.checked = true;
      return control;
    }

    /**
     * A textarea's default is its text: the parser already dropped one
     * leading newline; html.rs drops one more if present and trims, and so
     * do we — for the current value too, so that an untouched field has
     * `value === default_value` on both sides.
     */
    textareaControl(el) {
      const norm = (s) => trim(s.charCodeAt(0) === 10 ? s.slice(1) : s);
      const control = {
        value: this.cap(norm(el.value)),
        default_value: this.cap(norm(el.defaultValue)),
      };
      this.liveFlags(el, control);
      return control;
    }

    /**
     * A select: the selected option's text as `value`; as `default_value`
     * the option carrying the `selected` attribute (the last one wins, as
     * when the parser applies them in turn), or "" when none does — the
     * browser then shows the first option, which nobody chose. Options are
     * summarised, never kept as children.
     */
    selectControl(el) {
      const options = el.options;
      let def = null;
      for (let i = options.length - 1; i >= 0; i--) {
        if (options[i].defaultSelected) {
          def = optionLabel(options[i]);
          break;
        }
      }
      const idx = el.selectedIndex;
      const defaultValue = this.cap(def === null ? '' : def);
      const control = {
        value: this.cap(idx >= 0 ? optionLabel(options[idx]) : ''),
        default_value: defaultValue,
      };
      this.liveFlags(el, control);
      control.options = options.length;
      return control;
    }

    /**
     * A same-origin frame is part of what the person sees: its body's
     * children become the frame element's children, up to
     * `MAX_FRAME_DEPTH` levels. Cross-origin frames are opaque to a content
     * script (`contentDocument` is null, or throws in some browsers); the
     * extension's all-frames injection covers them separately.
     */
    frame(el, depth, hiddenAbove) {
      if (this.frameDepth >= MAX_FRAME_DEPTH) return null;
      let doc = null;
      try {
        doc = el.contentDocument;
      } catch (_) {
        doc = null;
      }
      if (!doc) return null;
      if (this.onRoot !== null) this.onRoot(doc);
      const body = doc.body || doc.documentElement;
      if (!body) return null;
      this.frameDepth += 1;
      try {
        return this.children(body, depth, hiddenAbove);
      } finally {
        this.frameDepth -= 1;
      }
    }

    /**
     * Past `maxDepth` the subtree is flattened into the element at that
     * depth: all of its text as one string (first), its form controls
     * hoisted after it, so nothing that matters is lost while the JSON stays
     * shallow. Iterative, with an explicit stack, because the subtree can be
     * arbitrarily deep. Open shadow roots are walked too (before the light
     * children, as everywhere); frames are not entered.
     */
    flatten(el, hiddenAbove) {
      this.note(`flattened: elements nested deeper than ${this.limits.maxDepth} levels were merged into their ancestor`);
      const controls = [];
      const parts = [];
      const stack = [];
      const pushKids = (n) => {
        // Pushed in reverse so that the stack pops in document order.
        for (let c = n.lastChild; c !== null; c = c.previousSibling) stack.push(c);
        const root = n.nodeType === 1 ? n.shadowRoot : null;
        if (root && this.onRoot !== null) this.onRoot(root);
        if (root) for (let c = root.lastChild; c !== null; c = c.previousSibling) stack.push(c);
      };
      pushKids(el);
      while (stack.length > 0) {
        const n = stack.pop();
        if (n.nodeType === 3) {
          parts.push(n.data);
        } else if (n.nodeType === 1) {
          const name = n.localName;
          if (DROPPED.has(name)) continue;
          if (name === 'input' || name === 'select' || name === 'textarea') {
            if (this.full()) break;
            controls.push(this.element(n, this.limits.maxDepth, hiddenAbove));
            continue;
          }
          pushKids(n);
        }
      }
      const text = parts.length > 0 ? this.textNode(' ' + parts.join(' ')) : null;
      if (text !== null) controls.unshift(text);
      return controls;
    }
  }

  /**
   * Whether an inline script of this type (trimmed, lower-cased) can hold
   * data (snapshot.rs `DataBlock::keeps_type`).
   */
  function keepsScriptType(t) {
    return t === '' || t === 'module' || t.includes('javascript') || t.includes('ecmascript') || t.endsWith('json');
  }

  /**
   * The document's inline scripts that can carry data (`data` in
   * docs/snapshot.md), as html.rs `data_blocks` reads them from a file.
   * `document.scripts` is exactly the set the native walk visits: HTML
   * scripts of this document, none from templates, `<noscript>` or SVG.
   * The core reads them; nothing is judged here.
   */
  function dataBlocks(doc, b) {
    const L = b.limits;
    const out = [];
    let bytes = 0;
    for (const s of doc.scripts) {
      if (s.hasAttribute('src')) continue;
      const rawType = s.getAttribute('type');
      const type = rawType === null ? '' : asciiLower(trim(rawType));
      if (!keepsScriptType(type)) continue;
      const text = wellFormed(s.text);
      if (trim(text) === '') continue;
      const len = utf8Length(text);
      if (len > L.maxDataBlock) {
        b.note(`skipped: an inline script longer than ${L.maxDataBlock} bytes was not read`);
        continue;
      }
      if (out.length >= L.maxDataBlocks || bytes + len > L.maxData) {
        b.note(`truncated: the page has more than ${L.maxDataBlocks} inline scripts or ${L.maxData} bytes of them; the rest were not read`);
        continue;
      }
      bytes += len;
      const block = {};
      if (type !== '') block.type = type;
      const id = s.getAttribute('id');
      if (id !== null) block.id = wellFormed(id);
      block.text = text;
      out.push(block);
    }
    return out;
  }

  /**
   * An option's shown text: its `label` attribute when present and not
   * empty (the browser shows the text otherwise), else its text, collapsed.
   */
  function optionLabel(o) {
    const label = o.getAttribute('label');
    return collapse(label !== null && label !== '' ? label : o.textContent);
  }

  /**
   * Builds the snapshot of `doc` (default: this page).
   *
   * @param {Document} [doc=document]
   * @param {{modified?: {has: function(Element): boolean}, onRoot?: function, limits?: object}} [opts]
   *   `modified`: which controls hold what the user typed (→
   *   `user_modified`; content.js answers per value). `onRoot(root)`: called with each open
   *   shadow root and same-origin frame document the walk enters, so the
   *   caller can watch them for changes too (a MutationObserver on the page
   *   does not see inside either). `limits`: overrides of the caps, for
   *   tests only.
   * @returns {object} a schema-1 snapshot, ready for `JSON.stringify`.
   */
  globalThis.notmineSnapshot = function notmineSnapshot(doc = document, opts = {}) {
    const b = new Builder(doc, opts || {});
    const root = doc.documentElement;
    const head = doc.head;
    const titleEl = head ? head.getElementsByTagName('title')[0] : undefined;
    const lang = root ? root.getAttribute('lang') : null;
    const bodyEl = doc.body || root;
    const snap = {
      schema: SCHEMA,
      url: doc.URL,
      title: titleEl ? wellFormed(collapse(titleEl.textContent)) : '',
      lang: lang === null ? '' : wellFormed(asciiLower(trim(lang))),
      body: bodyEl ? b.children(bodyEl, 0, false) : [],
    };
    const data = dataBlocks(doc, b);
    if (data.length > 0) snap.data = data;
    if (b.notes.length > 0) snap.notes = b.notes;
    return snap;
  };
})();
