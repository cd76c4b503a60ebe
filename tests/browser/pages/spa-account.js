// A single-page app: the account data arrives from a JSON endpoint after
// load and is rendered with textContent, as frameworks do.
setTimeout(async () => {
  const res = await fetch('spa-account.json');
  const who = await res.json();
  document.getElementById('greeting').textContent = `Hallo ${who.name}`;
  const dl = document.getElementById('data');
  for (const [label, value] of who.rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  document.getElementById('loading').remove();
  document.documentElement.dataset.loadedAt = String(performance.now());
}, 600);
