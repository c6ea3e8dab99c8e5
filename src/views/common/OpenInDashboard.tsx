import { t } from '../../i18n/i18n.ts';

/** An embed's way back: the same view on the full dashboard, in a new tab. */
export function OpenInDashboard({ href }: { href: string | undefined }) {
  return (
    <p>
      <a href={href} target="_blank" rel="noopener">
        {t('embed.openFull')}
      </a>
    </p>
  );
}
