import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
  /**
   * Kept laid out (but invisible and out of the accessibility tree) while another tab shows: the
   * chart, whose drawing the image download copies and whose size comes from its container.
   */
  keepLaidOut?: boolean;
  /**
   * Not made until the tab is first shown (then kept like the others): a panel whose code loads
   * on demand (the downloads), so the page does not fetch it before anyone asks.
   */
  mountWhenShown?: boolean;
}

/**
 * Tabs after the WAI-ARIA tabs pattern: one tab stop, arrow keys move and select (automatic
 * activation), Home and End go to the first and last tab. Every panel stays mounted once made,
 * so a panel's state (a download's status, a scrolled table) survives switching.
 */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
}) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  // Panels made so far (see `mountWhenShown`).
  const [shownOnce, setShownOnce] = useState<ReadonlySet<K>>(() => new Set([selected]));
  if (!shownOnce.has(selected)) setShownOnce(new Set([...shownOnce, selected]));
  const tabId = (key: K) => `${id}-tab-${key}`;
  const panelId = (key: K) => `${id}-panel-${key}`;
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(tab.key))}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.key === selected);
    const move: Record<string, number | undefined> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = move[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(to);
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === selected}
            aria-controls={panelId(tab.key)}
            tabIndex={tab.key === selected ? 0 : -1}
            data-tab={tab.key}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => {
        const shown = tab.key === selected;
        return (
          <div
            key={tab.key}
            role="tabpanel"
            id={panelId(tab.key)}
            aria-labelledby={tabId(tab.key)}
            data-panel={tab.key}
            className={`tab-panel${!shown && tab.keepLaidOut ? ' tab-panel-offstage' : ''}`}
            hidden={!shown && !tab.keepLaidOut}
            aria-hidden={!shown && tab.keepLaidOut ? true : undefined}
          >
            {!tab.mountWhenShown || shownOnce.has(tab.key) ? tab.panel : null}
          </div>
        );
      })}
    </div>
  );
}
