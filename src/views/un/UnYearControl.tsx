import { useEffect, useId, useState } from 'react';
import { t } from '../../i18n/i18n.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import { UN_YEARS } from '../../state/viewState.ts';

const STEP_MS = 1500;

interface UnYearControlProps {
  year: number;
  onYear: (year: number, history?: 'push' | 'replace') => void;
}

/**
 * The year: a drop-down of the UN's years, a play button that steps through them (the title says
 * the year at every step), and a box to type a year in.
 */
export function UnYearControl({ year, onYear }: UnYearControlProps) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const years = UN_YEARS.join(', ');

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = UN_YEARS.find((y) => y > year);
      if (next === undefined) setPlaying(false);
      else onYear(next, 'replace');
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, onYear]);

  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // From the start when the last year is showing.
    if (year === UN_YEARS.at(-1)) onYear(UN_YEARS[0], 'replace');
    setPlaying(true);
  };
  const commitTyped = () => {
    if (!typed.trim()) return;
    const value = Number(typed);
    if ((UN_YEARS as readonly number[]).includes(value)) {
      setMessage('');
      onYear(value);
    } else setMessage(t('un.typedYearNone', { year: typed, years }));
  };

  return (
    <div className="year-control">
      <SelectField
        label={t('un.year')}
        value={year}
        onChange={(value) => {
          setPlaying(false);
          onYear(Number(value));
        }}
      >
        {UN_YEARS.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </SelectField>
      <button type="button" className="play" aria-pressed={playing} onClick={play}>
        {playing ? t('un.pause') : t('un.play')}
      </button>
      <div className="filter">
        <label htmlFor={id}>{t('un.typedYear')}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          size={5}
          maxLength={4}
          aria-describedby={`${id}-help`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTyped();
          }}
          onBlur={commitTyped}
        />
        <span id={`${id}-help`} className="hint" role="status">
          {message || t('un.typedYearHelp', { years })}
        </span>
      </div>
    </div>
  );
}
