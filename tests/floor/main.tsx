/**
 * The library floor: the least a page drawing one of our charts with the stack the project fixes
 * can cost. React, React DOM, Recharts, Arquero, TanStack Query, zustand and Lingui, built by the
 * app's own Vite config (Arquero's parser shed as the app's build sheds it): a QueryClient
 * fetches one of the app's data files, Arquero reads it and keeps the year a zustand store holds,
 * a Lingui instance gives the title from one compiled message, and Recharts draws a bar chart.
 * `npm run size` compares the app's first view with this page's JavaScript; the browser
 * performance spec compares CPU time.
 */
import { setupI18n } from '@lingui/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { escape, fromCSV } from 'arquero';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';

const FILE = 'data/tajik-migrants-by-destination.csv';

/** The chosen year, as the app's view store holds its filters. */
const useFilter = create<{ year: number }>()(() => ({ year: 2023 }));

// Compiled at build as the app's catalogues are (src/build/compileMessages.ts): no ICU parser.
const i18n = setupI18n({
  locale: 'en',
  messages: { en: { title: ['Tajik migrants by destination, ', ['year']] } },
});

const queryClient = new QueryClient();

async function fetchTable() {
  const response = await fetch(new URL(FILE, document.baseURI));
  return fromCSV(await response.text());
}

function Chart() {
  const year = useFilter((state) => state.year);
  const { data } = useQuery({ queryKey: ['csv', FILE], queryFn: fetchTable });
  if (!data) return null;
  // One Arquero filter: the chosen year's rows that have a figure.
  const rows = data
    .filter(
      escape(
        (row: { year: unknown; value: unknown }) =>
          row.year === year && typeof row.value === 'number',
      ),
    )
    .objects();
  return (
    <figure className="chart">
      <figcaption>{i18n._('title', { year })}</figcaption>
      <BarChart width={640} height={360} data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="destination" />
        <YAxis />
        <Tooltip />
        <Bar dataKey="value" fill="#1f6f8b" />
      </BarChart>
    </figure>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <Chart />
  </QueryClientProvider>,
);
