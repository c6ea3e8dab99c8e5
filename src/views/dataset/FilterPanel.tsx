import { useId, useState, type ReactNode } from 'react';
import { valueLabel } from '../../data/labels.ts';
import { t } from '../../i18n/i18n.ts';
import { CountryCombobox } from '../../ui/CountryCombobox.tsx';
import { searchCountries } from '../../ui/countrySearch.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import type { FilterControl } from './model/datasetFilters.ts';
import type { PeriodChoice } from './model/datasetView.ts';

interface FilterPanelProps {
  controls: FilterControl[];
  selection: Readonly<Record<string, readonly string[]>>;
  /** The period drawn: one year (a single choice) or a range. */
  period: PeriodChoice | undefined;
  onSelect: (column: string, values: string[]) => void;
  onTime: (range: [number, number]) => void;
  onReset: () => void;
}

/** Filters generated from the metadata: checkboxes, a single choice, a year range, a reset. */
export function FilterPanel({
  controls,
  selection,
  period,
  onSelect,
  onTime,
  onReset,
}: FilterPanelProps) {
  const id = useId();
  const years = period?.options ?? [];
  return (
    <section className="filters" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('filters.title')}</h3>
      {controls.map((control) => {
        const name = control.column.name;
        const selected = selection[name] ?? [];
        const long = control.options.length > LONG_LIST;
        if (control.mode === 'single' && long && control.column.codes === 'iso3') {
          // A country among two hundred: type to search instead of scrolling a select.
          return (
            <CountryCombobox
              key={name}
              label={control.column.label}
              value={selected[0] ?? ''}
              codes={control.options}
              nameOf={(code) => valueLabel(control.column, code)}
              onChange={(code) => onSelect(name, [code])}
            />
          );
        }
        if (control.mode === 'single') {
          return (
            <SelectField
              key={name}
              label={control.column.label}
              value={selected[0] ?? ''}
              onChange={(value) => onSelect(name, [value])}
            >
              {control.options.map((option) => (
                <option key={option} value={option}>
                  {valueLabel(control.column, option)}
                </option>
              ))}
            </SelectField>
          );
        }
        return (
          <fieldset key={name} className="filter">
            <legend>{control.column.label}</legend>
            <div className="filter-actions">
              <button type="button" onClick={() => onSelect(name, control.options)}>
                {t('filters.all')}
              </button>
              <button type="button" onClick={() => onSelect(name, [])}>
                {t('filters.clear')}
              </button>
            </div>
            <OptionList
              long={long}
              label={control.column.label}
              options={control.options}
              labelOf={(o) => valueLabel(control.column, o)}
            >
              {(shown) =>
                shown.map((option) => (
                  <label key={option}>
                    <input
                      type="checkbox"
                      checked={selected.includes(option)}
                      onChange={(e) =>
                        onSelect(
                          name,
                          e.target.checked
                            ? control.options.filter((o) => o === option || selected.includes(o))
                            : selected.filter((o) => o !== option),
                        )
                      }
                    />
                    {valueLabel(control.column, option)}
                  </label>
                ))
              }
            </OptionList>
          </fieldset>
        );
      })}
      {period?.kind === 'single' && years.length > 1 ? (
        <SelectField
          label={t('filters.year')}
          value={String(period.year)}
          onChange={(value) => onTime([Number(value), Number(value)])}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      ) : null}
      {period?.kind === 'range' && years.length > 1 ? (
        <RangeFields from={period.from} to={period.to} years={years} onTime={onTime} />
      ) : null}
      <button type="button" className="reset" onClick={onReset}>
        {t('filters.reset')}
      </button>
    </section>
  );
}

/** Lists longer than this get a search box. */
const LONG_LIST = 20;

/** The checkboxes of a filter; a long list gets a box that narrows it as the user types. */
function OptionList({
  long,
  label,
  options,
  labelOf,
  children,
}: {
  long: boolean;
  label: string;
  options: readonly string[];
  labelOf: (option: string) => string;
  children: (shown: readonly string[]) => ReactNode;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown =
    long && query
      ? searchCountries(
          options.map((code) => ({ code, name: labelOf(code), aliases: [] })),
          query,
        ).map((item) => item.code)
      : options;
  return (
    <>
      {long ? (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('filters.search', { label })}
          </label>
          <input
            id={id}
            type="search"
            placeholder={t('filters.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </>
      ) : null}
      <div className="filter-options">{children(shown)}</div>
    </>
  );
}

/** A year range as two selects; the second never goes before the first. */
function RangeFields({
  from,
  to,
  years,
  onTime,
}: {
  from: number;
  to: number;
  years: number[];
  onTime: (range: [number, number]) => void;
}) {
  return (
    <fieldset className="filter">
      <legend>
        {t('filters.from')} – {t('filters.to')}
      </legend>
      <label>
        {t('filters.from')}{' '}
        <select
          value={from}
          onChange={(e) => onTime([Number(e.target.value), Math.max(Number(e.target.value), to)])}
        >
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('filters.to')}{' '}
        <select
          value={to}
          onChange={(e) => onTime([Math.min(from, Number(e.target.value)), Number(e.target.value)])}
        >
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
