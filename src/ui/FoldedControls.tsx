import { useState, type ReactNode } from 'react';

/** Widths at which a view's controls start folded away. */
const PHONE = '(max-width: 600px)';

/**
 * A view's controls behind a summary: on a phone they would push the chart off the screen, so
 * they start folded there and open elsewhere. The dataset and UN views share it.
 */
export function FoldedControls({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(() => !isPhone());
  return (
    <details
      className="filters-disclosure"
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
