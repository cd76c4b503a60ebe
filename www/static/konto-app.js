// /konto/app: the account view as a single-page app. The HTML is an empty
// shell; about 500 ms after load the data comes from /api/konto (JSON) and
// is rendered with textContent only.
(() => {
  'use strict';
  const root = document.getElementById('konto-app');
  if (!root) return;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function render(data) {
    const greeting = document.querySelector('[data-greeting]');
    if (greeting) greeting.textContent = data.greeting;
    root.replaceChildren();
    for (const s of data.sections) {
      const section = el('section', undefined, 'card');
      const h = el('h2', s.heading);
      h.id = `${s.id}-h`;
      section.setAttribute('aria-labelledby', h.id);
      const dl = el('dl', undefined, 'data');
      for (const [label, value] of s.rows) {
        dl.append(el('dt', label), el('dd', value));
      }
      section.append(h, dl);
      root.append(section);
    }
    root.setAttribute('aria-busy', 'false');
  }

  function load() {
    fetch(root.dataset.api, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then(render)
      .catch(() => {
        root.replaceChildren(el('p', root.dataset.error, 'status error'));
        root.setAttribute('aria-busy', 'false');
      });
  }

  setTimeout(load, 500);
})();
