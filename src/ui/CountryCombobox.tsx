import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n/i18n.ts';
import {
  alternativeNames,
  loadAlternativeNames,
  searchCountries,
  type SearchItem,
} from './countrySearch.ts';

interface CountryComboboxProps {
  label: string;
  /** The chosen ISO3 code, or '' for none. */
  value: string;
  codes: readonly string[];
  nameOf: (code: string) => string;
  /** More names to search by (the UN's own name of a code). */
  aliasesOf?: (code: string) => string[];
  onChange: (code: string) => void;
  /** Keep the text box empty after a choice (for "add a country" boxes). */
  clearOnSelect?: boolean;
}

const MAX_SHOWN = 60;

/**
 * An editable combobox (WAI-ARIA 1.2 pattern, list autocomplete): type a name in the interface
 * language, an ISO3 code or a common alternative name; arrow keys move through the matches,
 * Enter chooses, Escape closes and restores the choice.
 */
export function CountryCombobox(props: CountryComboboxProps) {
  const { label, value, codes, nameOf, aliasesOf, onChange, clearOnSelect } = props;
  const id = useId();
  const shownName = value ? nameOf(value) : '';
  // What the user has typed since opening the list; null shows the chosen country's name.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [aliasesLoaded, setAliasesLoaded] = useState(false);

  // The list is made when it opens, not with the page: naming and sorting every country is work
  // the first view does not need.
  const items = useMemo<SearchItem[]>(
    () =>
      open
        ? codes.map((code) => ({
            code,
            name: nameOf(code),
            aliases: [...alternativeNames(code), ...(aliasesOf?.(code) ?? [])],
          }))
        : [],
    // aliasesLoaded: alternative names arrive after the first keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, codes, nameOf, aliasesOf, aliasesLoaded],
  );
  const text = typed ?? (clearOnSelect ? '' : shownName);
  const query = open ? (typed ?? '') : '';
  const matches = useMemo(() => searchCountries(items, query), [items, query]);
  const shown = matches.slice(0, MAX_SHOWN);

  const startSearch = () => {
    // Without the alternative names the search still finds by name and code; the next search
    // asks for them again.
    if (!aliasesLoaded)
      void loadAlternativeNames().then(
        () => setAliasesLoaded(true),
        () => undefined,
      );
  };
  const close = () => {
    setOpen(false);
    setTyped(null);
  };
  const choose = (code: string) => {
    onChange(code);
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const pick = shown[active];
      if (open && pick) choose(pick.code);
      else return;
    } else if (e.key === 'Escape') {
      close();
    } else return;
    e.preventDefault();
  };
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  return (
    <div className="filter combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={clearOnSelect ? t('combobox.hint') : undefined}
        onFocus={startSearch}
        onChange={(e) => {
          setTyped(e.target.value);
          setOpen(true);
          setActive(0);
          startSearch();
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('combobox.hint')}
      </span>
      <ul id={listId} role="listbox" aria-label={label} hidden={!open} className="combobox-list">
        {shown.map((item, i) => (
          <li
            key={item.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={item.code === value ? 'chosen' : undefined}
            // mousedown, not click: it comes before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(item.code);
            }}
          >
            {item.name} <span className="code">{item.code}</span>
          </li>
        ))}
        {shown.length === 0 ? (
          <li role="option" aria-disabled="true" aria-selected={false}>
            {t('combobox.noMatch', { query: text })}
          </li>
        ) : null}
      </ul>
      <span className="visually-hidden" role="status">
        {open ? t('combobox.results', { count: matches.length }) : ''}
      </span>
    </div>
  );
}
