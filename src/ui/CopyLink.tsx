import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n.ts';

/**
 * Puts `text` on the clipboard; false where the browser refuses (no Clipboard API outside a
 * secure context, permission denied, a sandboxed frame), so the caller can offer it to select.
 */
export async function copyToClipboard(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
): Promise<boolean> {
  try {
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Copy link": the view's address (`address`, asked for at the click, so it is the view shown
 * then) to the clipboard, said in a polite live region. Where copying is refused, the address is
 * shown in a field, selected, for the reader to copy.
 */
export function CopyLink({ address }: { address: () => string }) {
  const [outcome, setOutcome] = useState<{ copied: boolean; text: string } | undefined>();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (outcome && !outcome.copied) field.current?.select();
  }, [outcome]);
  const copy = async () => {
    // Emptied first, so that a second copy is announced again.
    setOutcome(undefined);
    const text = address();
    // `navigator.clipboard` is undefined outside a secure context.
    setOutcome({ copied: await copyToClipboard(text, navigator.clipboard), text });
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('link.copy')}
      </button>
      <span role="status" aria-live="polite" className="copy-link-status">
        {outcome ? t(outcome.copied ? 'link.copied' : 'link.select') : ''}
      </span>
      {outcome && !outcome.copied ? (
        <input
          ref={field}
          className="copy-link-field"
          type="text"
          readOnly
          aria-label={t('link.field')}
          value={outcome.text}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
