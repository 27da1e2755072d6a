/*! Aiguillage embed.js, AGPL-3.0-or-later. One <iframe>, nothing else. docs/embedding.md */
// ASCII only: a host page may be in another charset than UTF-8.
(function () {
  var s = document.currentScript;
  if (!s) return;
  var d = s.dataset, src = new URL('./', s.src), f = document.createElement('iframe');
  // Same names as the query parameters of the app (docs/embedding.md).
  'territoire couleur couleur-texte logo nom lang domaines catalogue depart'.split(' ').forEach(function (n) {
    var v = d[n.replace(/-(.)/g, function (_, c) { return c.toUpperCase(); })];
    if (v) src.searchParams.set(n, v);
  });
  f.src = src.href;
  f.title = 'Aiguillage\u00a0: trouver une formation au num\u00e9rique pr\u00e8s de chez vous';
  f.setAttribute('style', 'border:none;width:100%;display:block;height:640px');
  f.setAttribute('loading', 'lazy');
  f.setAttribute('allow', 'geolocation; clipboard-write');
  var origin = src.origin;
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (e.source !== f.contentWindow || e.origin !== origin || !m || typeof m !== 'object' || m.v !== 1) return;
    if (m.type === 'aiguillage:height') {
      var h = m.height;
      // Finite and sane: a frame taller than 100,000 px is a fault, not a page.
      if (typeof h === 'number' && isFinite(h) && h >= 100 && h <= 100000) f.style.height = Math.ceil(h) + 'px';
    } else if (m.type === 'aiguillage:top' && f.getBoundingClientRect().top < 0) {
      f.scrollIntoView();
    }
  });
  var p = s.parentNode;
  function put() { document.body.appendChild(f); }
  if (p && p !== document.head) p.insertBefore(f, s);
  else if (document.body) put();
  else document.addEventListener('DOMContentLoaded', put);
})();
