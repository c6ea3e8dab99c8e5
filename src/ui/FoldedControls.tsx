import { useState, type ReactNode } from 'react';
import { useHydrated } from './useHydrated.ts';

/** Widths at which a view's controls start folded away. */
const PHONE = '(max-width: 600px)';

/**
 * A view's controls behind a summary: on a phone they would push the chart off the screen, so
 * they start folded there and open elsewhere. The dataset and UN views share it.
 */
export function FoldedControls({ summary, children }: { summary: string; children: ReactNode }) {
  // The screen's width is not known where a page is written at build: open there, and folded
  // on a phone once the browser has taken the page over. Until then the stylesheet keeps them
  // out of a phone's page (data-unsettled), or the figures under them would jump up as they fold.
  const hydrated = useHydrated();
  const [chosen, setOpen] = useState<boolean | undefined>(undefined);
  const open = chosen ?? (!hydrated || !isPhone());
  return (
    <details
      className="filters-disclosure"
      data-unsettled={hydrated ? undefined : ''}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <div className="explore-controls">{children}</div>
    </details>
  );
}

function isPhone(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(PHONE).matches;
}
