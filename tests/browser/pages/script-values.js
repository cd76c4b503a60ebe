// Values set by script, as a client-side app restoring "the last session"
// would: a property write changes no attribute and fires no mutation.
setTimeout(() => {
  document.getElementById('mail').value = 'thomas.wendler@freenet.de';
  document.getElementById('kdnr').value = '5521-9043';
}, 300);
