/**
 * The library floor: the least a page drawing one of our charts can cost. React, React DOM,
 * Recharts and Arquero, built by the app's own Vite config: it fetches one of the app's data files,
 * reads it with Arquero, filters it and draws a Recharts bar chart. `npm run size` compares the
 * app's first view with this page's JavaScript; the browser performance spec compares CPU time.
 */
import { escape, fromCSV } from 'arquero';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

const FILE = 'data/tajik-migrants-by-destination.csv';

async function main() {
  const response = await fetch(new URL(FILE, document.baseURI));
  const rows = fromCSV(await response.text())
    .filter(escape((row: { value: unknown }) => typeof row.value === 'number'))
    .objects();
  createRoot(document.getElementById('root')!).render(
    <figure className="chart">
      <BarChart width={640} height={360} data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="destination" />
        <YAxis />
        <Tooltip />
        <Bar dataKey="value" fill="#1f6f8b" />
      </BarChart>
    </figure>,
  );
}

void main();
