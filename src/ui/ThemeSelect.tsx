import { useId } from 'react';
import { t } from '../i18n/i18n.ts';
import { themeChoices, type ThemeChoice } from './theme.ts';

/** Light, dark or the system's choice, as a labelled select (the header's, the embed's). */
export function ThemeSelect({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
  className: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
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
