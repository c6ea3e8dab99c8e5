import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A menu behind a summary (Download, Embed): Escape closes it and puts focus back on the summary
 * that opened it, as a menu button does.
 */
export function Disclosure({
  className,
  summary,
  children,
  onToggle,
}: {
  className: string;
  summary: string;
  children: ReactNode;
  onToggle?: (open: boolean) => void;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    const menu = details.current;
    if (e.key !== 'Escape' || !menu?.open) return;
    e.preventDefault();
    e.stopPropagation();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  };
  return (
    <details
      className={className}
      ref={details}
      onKeyDown={onKeyDown}
      onToggle={(e) => onToggle?.(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
