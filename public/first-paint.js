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
  if (window.location.search !== '') document.documentElement.style.visibility = 'hidden';
})();
