// Inlined into <head> so it runs before first paint: a reader who chose
// a theme never sees a flash of the other one. (A CSP needs this script's hash.)
(function () {
  try {
    var t = localStorage.getItem('zp-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch (e) { /* storage blocked: follow the system */ }
})();
