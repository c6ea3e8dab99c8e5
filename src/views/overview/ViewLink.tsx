import type { ReactNode } from 'react';
import { serializeViewState } from '../../state/urlCodec.ts';
import { defaultViewState, type ViewState } from '../../state/viewState.ts';
import { useViewStore } from '../../state/viewStore.ts';

/**
 * A link from the overview to another view of the dashboard: its address written by the one URL
 * writer (keeping the theme and language chosen), followed in the page without a reload.
 */
export function ViewLink({ to, children }: { to: Partial<ViewState>; children: ReactNode }) {
  const current = useViewStore((s) => s.view);
  const update = useViewStore((s) => s.update);
  const target: ViewState = {
    ...defaultViewState,
    theme: current.theme,
    lang: current.lang,
    ...to,
  };
  return (
    <a
      href={serializeViewState(target) || '?'}
      onClick={(e) => {
        // A new tab or window opens the address as written.
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        update(target);
        window.scrollTo(0, 0);
      }}
    >
      {children}
    </a>
  );
}
