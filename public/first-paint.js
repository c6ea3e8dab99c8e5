// Runs before the page's own scripts, styles aside: the theme asked for in the address
// (`theme=dark` or `light`, else the system's) is set on the root element, so that the first
// paint, an embed's above all, is already in it: no white flash in a dark page's iframe.
// src/ui/theme.ts then sets the theme's colours; this sets only what the first paint needs.
(function () {
  const asked = new URLSearchParams(window.location.search).get('theme');
  const dark =
    asked === 'dark' ||
    (asked !== 'light' &&
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches);
  const theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  // A page written at build shows its own view. An address asking for more (any query: a view,
  // an embed, a filter, a language) would show that page's HTML until the app has drawn the view
  // asked for: the page is kept hidden until then (src/app/main.tsx), rather than flash another
  // view; set here, not in the stylesheet, which an embed in a sandbox may be refused. Without
  // scripts this never runs, and the written page stays readable.
  const asksMore = window.location.search !== '';
  if (asksMore) document.documentElement.style.visibility = 'hidden';
  // The built page's scripts (<link rel="modulepreload" data-start>, written by
  // src/build/contentSecurityPolicy.ts) download at once but run only once the written page
  // has been painted: as module scripts, the app's start-up (hundreds of ms on a slow phone)
  // ran before the first paint, and a reader saw nothing. Once the page is parsed, after its next frame; at once when
  // nothing would be painted meanwhile (a hidden page or one kept hidden above). A frame the
  // browser never renders (an iframe scrolled out of view) does not hold the start for long.
  // The dev server's page has none of these: its script runs as a module script.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const link of document.querySelectorAll('link[rel="modulepreload"][data-start]')) {
      import(link.href);
    }
  };
  document.addEventListener('DOMContentLoaded', () => {
    // The written page's HTML is not the view such an address asks for: it goes now, before
    // anything (a search in the page, a screen reader) finds it, and the app renders the view.
    const root = document.getElementById('root');
    if (asksMore && root && document.getElementById('page-data')) root.replaceChildren();
    if (asksMore || document.visibilityState !== 'visible') return start();
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 200);
  });
})();
