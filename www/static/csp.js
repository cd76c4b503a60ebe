// /csp/formular: proves that external scripts run under the strict CSP
// (script-src 'self') while inline scripts would not.
(() => {
  'use strict';
  const status = document.getElementById('csp-status');
  if (status) status.textContent = status.dataset.ok;
})();
