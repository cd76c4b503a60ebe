// A page that never settles: a ticker changes its text every 100 ms, for
// ever. 17 s after load (past the 15 s a page may mutate before its change
// budget is spent) a form arrives filled in with a stranger.
const clock = document.getElementById('clock');
let n = 0;
setInterval(() => { clock.textContent = String(++n); }, 100);
setTimeout(() => {
  const form = document.createElement('form');
  for (const [id, label, value] of [['vn', 'Vorname', 'Hannah'], ['nn', 'Nachname', 'Brückner'], ['em', 'E-Mail', 'hannah.brueckner@web.de']]) {
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const i = document.createElement('input');
    i.id = id;
    i.name = id === 'em' ? 'email' : id === 'vn' ? 'vorname' : 'nachname';
    i.setAttribute('value', value);
    form.append(l, i);
  }
  document.getElementById('later').append(form);
  document.documentElement.dataset.formAt = String(performance.now());
}, 17000);
