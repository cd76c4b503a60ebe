// A web component: its form lives in an open shadow root, and the component
// fills it in 2.2 s after load (after the content script's late look) (as if from an API), changing attributes
// inside the shadow root only — the page's own DOM does not change.
customElements.define('callback-form', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const form = document.createElement('form');
    for (const [id, label, type] of [['cb-name', 'Ihr Name', 'text'], ['cb-phone', 'Telefonnummer', 'tel'], ['cb-mail', 'E-Mail', 'email']]) {
      const l = document.createElement('label');
      l.htmlFor = id;
      l.textContent = label;
      const i = document.createElement('input');
      i.id = id;
      i.name = id;
      i.type = type;
      form.append(l, i);
    }
    root.append(form);
    setTimeout(() => {
      root.getElementById('cb-name').setAttribute('value', 'Petra Lindqvist');
      root.getElementById('cb-phone').setAttribute('value', '0171 4432198');
      root.getElementById('cb-mail').setAttribute('value', 'petra.lindqvist@web.de');
      document.documentElement.dataset.filledAt = String(performance.now());
    }, 2200);
  }
});
