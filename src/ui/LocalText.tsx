import { t } from '../i18n/i18n.ts';

/**
 * Dataset text, which may be shown in English for want of a translation: then it is marked up
 * `lang="en"` (screen readers switch voice) and followed by a visible "(in English)".
 */
export function LocalText({ text, english }: { text: string; english: boolean }) {
  if (!english) return <>{text}</>;
  return (
    <>
      <span lang="en">{text}</span> <small className="in-english">({t('text.inEnglish')})</small>
    </>
  );
}
