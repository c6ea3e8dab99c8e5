import { describe, expect, it } from 'vitest';
import { reservedColumnNames } from '../../../src/data/metadataNames';
import { parseViewState, serializeViewState } from '../../../src/state/urlCodec';
import {
  defaultUnView,
  defaultViewState,
  UN_TOP_CHOICES,
  UN_YEARS,
  unSexes,
  type ViewState,
} from '../../../src/state/viewState';

/** A small deterministic generator, so the round-trip property is checked on many states. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}
const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

function generatedState(r: () => number): ViewState {
  const page = pick(r, ['overview', 'dataset', 'un', 'compare'] as const);
  if (page === 'dataset') {
    const filters: Record<string, string[]> = {};
    for (const column of ['sex', 'destination', 'indicator', 'country'].filter(() => r() < 0.6)) {
      filters[column] = [
        'total',
        'male',
        'RUS',
        'KAZ',
        'UZB',
        'other',
        'migrants_abroad_stock',
      ].filter(() => r() < 0.5);
    }
    const from = 1990 + Math.floor(r() * 30);
    return {
      ...defaultViewState,
      page,
      dataset: pick(r, ['tajik-migrants-series', 'unemployment', 'remittances']),
      filters,
      time: r() < 0.5 ? [from, from + Math.floor(r() * 10)] : undefined,
      chart:
        r() < 0.5 ? pick(r, ['line', 'grouped-bar', 'stacked-bar', 'table'] as const) : undefined,
      source: r() < 0.3 ? 'TJ_KHOVAR_20210212' : undefined,
      measure: pick(r, ['absolute', 'share'] as const),
      sort: pick(r, ['data', 'value', 'name'] as const),
      events: r() < 0.5,
      embed: r() < 0.3,
      theme: pick(r, ['system', 'light', 'dark'] as const),
    };
  }
  if (page === 'un') {
    return {
      ...defaultViewState,
      page,
      un: {
        direction: pick(r, ['origin', 'destination'] as const),
        country: pick(r, ['UZB', 'TJK', 'RUS', 'KAZ']),
        vs: r() < 0.5 ? [] : r() < 0.5 ? [pick(r, ['KGZ', 'TKM'])] : ['TJK', 'KGZ', 'TKM'],
        year: pick(r, UN_YEARS),
        vsYear: r() < 0.3 ? pick(r, UN_YEARS) : undefined,
        top: pick(r, UN_TOP_CHOICES),
        measure: pick(r, ['absolute', 'share'] as const),
        sex: pick(r, unSexes),
        show: pick(r, ['bars', 'map', 'flows'] as const),
      },
      embed: r() < 0.3,
      theme: pick(r, ['system', 'light', 'dark'] as const),
    };
  }
  if (page === 'compare') {
    // The country is an embed's alone: the page draws every country.
    const embed = r() < 0.5;
    return {
      ...defaultViewState,
      page,
      compareCountry: embed && r() < 0.5 ? pick(r, ['UZB', 'TJK', 'KGZ'] as const) : undefined,
      embed,
    };
  }
  return { ...defaultViewState, page };
}

describe('view state ⇄ URL', () => {
  it('round-trips generated states: state → URL → state is the identity', () => {
    const r = random(42);
    for (let i = 0; i < 500; i++) {
      const state = generatedState(r);
      const { state: parsed, ignored } = parseViewState(serializeViewState(state));
      expect(ignored).toEqual([]);
      expect(parsed).toEqual(state);
    }
  });

  it('writes short, readable parameters', () => {
    const state: ViewState = {
      ...defaultViewState,
      page: 'dataset',
      dataset: 'tajik-migrants-series',
      filters: { sex: ['total', 'female'] },
      time: [2010, 2023],
      chart: 'line',
    };
    expect(serializeViewState(state)).toBe(
      '?view=dataset&id=tajik-migrants-series&sex=total~female&time=2010..2023&chart=line',
    );
    expect(
      serializeViewState({
        ...defaultViewState,
        page: 'un',
        un: { ...defaultUnView, country: 'TJK' },
      }),
    ).toBe('?view=un&country=TJK');
  });

  it('drops hostile and unknown parameters and says which', () => {
    const { state, ignored } = parseViewState(
      '?view=dataset&id=<script>alert(1)</script>&sex=<img src=x onerror=alert(1)>&time=1..99999999999&chart=pie&' +
        `${'a'.repeat(5000)}=1&destination=${'RUS~'.repeat(2000)}`,
    );
    expect(state.page).toBe('overview');
    expect(state.filters).toEqual({});
    expect(ignored.length).toBeGreaterThanOrEqual(5);
    expect(ignored.join(' ')).toContain('chart=pie');
  });

  it('names a repeated key; the first value counts', () => {
    const { state, ignored } = parseViewState(
      '?view=dataset&id=tajik-migrants-by-sex&sex=total&sex=male&chart=line&chart=bar',
    );
    expect(state.filters).toEqual({ sex: ['total'] });
    expect(state.chart).toBe('line');
    expect(ignored).toEqual(['sex=male (repeated)', 'chart=bar (repeated)']);
  });

  it('shows control and direction characters in the notice instead of obeying them', () => {
    expect(parseViewState('?sex=%E2%80%AEelamef%00').ignored).toEqual(['sex=\\u202eelamef\\u0000']);
  });

  it('takes only the numbers of countries the UN view offers', () => {
    expect(parseViewState('?view=un&top=15').state.un.top).toBe(15);
    const { state, ignored } = parseViewState('?view=un&top=37');
    expect(state.un.top).toBe(defaultUnView.top);
    expect(ignored).toEqual(['top=37']);
  });

  it('ignores UN parameters outside their range', () => {
    const { state, ignored } = parseViewState(
      '?view=un&year=2018&top=1000&country=Uzbekistan&measure=x',
    );
    expect(state.un).toEqual(defaultUnView);
    expect(ignored).toHaveLength(4);
  });

  it('reads and writes the UN view’s sex (both sexes unwritten), and names one it does not know', () => {
    const women = parseViewState('?view=un&country=TJK&sex=female');
    expect(women.ignored).toEqual([]);
    expect(women.state.un.sex).toBe('female');
    expect(serializeViewState(women.state)).toBe('?view=un&country=TJK&sex=female');
    expect(serializeViewState({ ...women.state, un: { ...women.state.un, sex: 'both' } })).toBe(
      '?view=un&country=TJK',
    );
    const odd = parseViewState('?view=un&sex=women');
    expect(odd.state.un.sex).toBe('both');
    expect(odd.ignored).toEqual(['sex=women']);
    // The UN's 2019 revision's last year is not a year of the 2020 revision: named, not moved.
    const old = parseViewState('?view=un&year=2019');
    expect(old.state.un.year).toBe(2020);
    expect(old.ignored).toEqual(['year=2019']);
  });

  it('reads several countries side by side, the drawing, and embed=1 on the UN and compare views', () => {
    const un = parseViewState('?view=un&vs=TJK~KGZ&show=map&embed=1');
    expect(un.ignored).toEqual([]);
    expect(un.state.un.vs).toEqual(['TJK', 'KGZ']);
    expect(un.state.un.show).toBe('map');
    expect(un.state.embed).toBe(true);
    expect(serializeViewState(un.state)).toBe('?view=un&vs=TJK~KGZ&show=map&embed=1');
    const compare = parseViewState('?view=compare&embed=1');
    expect(compare.ignored).toEqual([]);
    expect(compare.state.embed).toBe(true);
  });

  it('reads the compare embed’s country, and names one it does not know', () => {
    const tj = parseViewState('?view=compare&country=TJK&embed=1');
    expect(tj.ignored).toEqual([]);
    expect(tj.state.compareCountry).toBe('TJK');
    expect(serializeViewState(tj.state)).toBe('?view=compare&country=TJK&embed=1');
    const unknown = parseViewState('?view=compare&country=XYZ&embed=1');
    expect(unknown.ignored).toEqual(['country=XYZ']);
    expect(unknown.state.compareCountry).toBeUndefined();
    // Another page has no compare country (a dataset's `country` column is a filter).
    expect(parseViewState('?view=dataset&id=x&country=TJK').state.compareCountry).toBeUndefined();
    // Not on the page, which draws every country: named, not obeyed.
    const page = parseViewState('?view=compare&country=TJK');
    expect(page.state.compareCountry).toBeUndefined();
    expect(page.ignored).toEqual(['country=TJK']);
    // Kazakhstan is not one of the countries compared.
    expect(parseViewState('?view=compare&country=KAZ&embed=1').ignored).toEqual(['country=KAZ']);
  });

  it('drops a drawing it does not know and too many countries', () => {
    const { state, ignored } = parseViewState('?view=un&show=globe&vs=TJK~KGZ~KAZ~TKM~AFG');
    expect(state.un).toEqual(defaultUnView);
    expect(ignored.sort()).toEqual(['show=globe', 'vs=TJK~KGZ~KAZ~TKM~AFG']);
  });
});

describe('theme in the address', () => {
  it('reads light and dark on every view, writes only what is not the system default', () => {
    const dark = parseViewState('?view=un&theme=dark');
    expect(dark.state.theme).toBe('dark');
    expect(dark.ignored).toEqual([]);
    expect(serializeViewState(dark.state)).toBe('?view=un&theme=dark');
    expect(parseViewState('?theme=light').state.theme).toBe('light');
    expect(parseViewState('?view=sources&theme=light').state).toMatchObject({
      page: 'sources',
      theme: 'light',
    });
    expect(serializeViewState(parseViewState('?theme=system').state)).toBe('');
  });

  it('names a theme it does not know and keeps the system default', () => {
    const parsed = parseViewState('?view=dataset&id=remittances&theme=pink');
    expect(parsed.state.theme).toBe('system');
    expect(parsed.ignored).toEqual(['theme=pink']);
  });

  it('keeps a dataset column from being called theme', () => {
    expect(reservedColumnNames).toContain('theme');
  });
});
