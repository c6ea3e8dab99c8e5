import { useEffect } from 'react';
import { applyTheme, resolveTheme, type ThemeChoice } from '../ui/theme.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Puts the chosen theme on the page before the first paint (no flash of the other theme). */
export function applyThemeChoice(choice: ThemeChoice): void {
  applyTheme(resolveTheme(choice, systemDark()));
}

/** Keeps the page in the chosen theme; on `system`, follows the system's changes as they come. */
export function useTheme(choice: ThemeChoice): void {
  useEffect(() => {
    applyThemeChoice(choice);
    if (choice !== 'system' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const follow = () => applyThemeChoice('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);
}
