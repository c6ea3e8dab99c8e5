import { useId } from 'react';
import { t } from '../i18n/i18n';
import { themeChoices, type ThemeChoice } from '../ui/theme';

/** Light, dark or the system's choice: a labelled select in the header. */
export function ThemeSwitch({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
}) {
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ThemeChoice)}>
        {themeChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`theme.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
