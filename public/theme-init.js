// Runs before first paint (loaded synchronously in <head>) so a reader who chose
// a theme never sees a flash of the other one. External file: no inline script,
// so a strict Content-Security-Policy works.
(function () {
  try {
    var t = localStorage.getItem('zp-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch (e) { /* storage blocked: follow the system */ }
})();
