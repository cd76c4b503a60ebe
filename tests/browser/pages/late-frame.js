// A same-origin frame added well after load: the parent's snapshot must
// take it in when it arrives.
setTimeout(() => {
  const f = document.createElement('iframe');
  f.title = 'Lieferadresse';
  f.src = 'late-frame-inner.html';
  f.width = '600';
  f.height = '300';
  document.getElementById('slot').append(f);
}, 800);
