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
})();
