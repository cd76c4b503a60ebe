// /newsletter: the old-style pseudo-placeholders. The form puts its hints
// into value= ("Vorname", "Ihre E-Mail-Adresse") and clears them on focus,
// as many older sites do; here without inline on* handlers.
(() => {
  'use strict';
  for (const input of document.querySelectorAll('input[data-pseudo]')) {
    const hint = input.dataset.pseudo;
    input.addEventListener('focus', () => { if (input.value === hint) input.value = ''; });
    input.addEventListener('blur', () => { if (input.value === '') input.value = hint; });
  }
})();
