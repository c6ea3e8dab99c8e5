import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { chartTypes, type LazyDisplayType } from '../data/chartTypeRegistry.ts';
import type { DisplayType } from '../data/metadataSchema.ts';
import { t } from '../i18n/i18n.ts';
import { chunk, type Chunk } from '../lib/chunk.ts';
import { CodePart, prefetchCode } from '../ui/CodePart.tsx';
import type { FiguresView } from './FiguresView.tsx';
import type { LineChartView } from './LineChartView.tsx';
import type { MatrixView } from './MatrixView.tsx';
import type { ObservationTable } from './ObservationTable.tsx';
import type { StackedBarChartView } from './StackedBarChartView.tsx';
import type { TimelineView } from './TimelineView.tsx';

/**
 * The drawings a first screen does not show, each in its own chunk: the overview opens on bar
 * charts, so line charts (with their reference lines), stacked bars (their totals are Recharts
 * lines), timelines, matrices, figure panels and tables (a card's Table tab too) load
 * when a card of that type comes near, or as soon as an address asks for one (prefetchView).
 * They load as code parts (src/ui/CodePart.tsx), so a chunk that fails to arrive is an error with
 * the file's name and the same Retry as a data file, on its own card.
 */
interface Drawings {
  line: typeof LineChartView;
  'stacked-bar': typeof StackedBarChartView;
  table: typeof ObservationTable;
  timeline: typeof TimelineView;
  matrix: typeof MatrixView;
  figures: typeof FiguresView;
}

// Every chart type the registry says loads its drawing when shown has one here, and no other.
const parts: { [K in LazyDisplayType]: Chunk<Drawings[K]> } = {
  line: chunk(
    'LineChartView',
    () => import('./LineChartView.tsx'),
    (m) => m.LineChartView,
  ),
  'stacked-bar': chunk(
    'StackedBarChartView',
    () => import('./StackedBarChartView.tsx'),
    (m) => m.StackedBarChartView,
  ),
  table: chunk(
    'ObservationTable',
    () => import('./ObservationTable.tsx'),
    (m) => m.ObservationTable,
  ),
  timeline: chunk(
    'TimelineView',
    () => import('./TimelineView.tsx'),
    (m) => m.TimelineView,
  ),
  matrix: chunk(
    'MatrixView',
    () => import('./MatrixView.tsx'),
    (m) => m.MatrixView,
  ),
  figures: chunk(
    'FiguresView',
    () => import('./FiguresView.tsx'),
    (m) => m.FiguresView,
  ),
};

type LazyDrawing = LazyDisplayType;

const isLazy = (type: DisplayType): type is LazyDrawing => chartTypes[type].lazyDrawing;

/**
 * Starts loading the code that draws `type`, beside its data; bars and tables are already here.
 * Settles (never rejects: a failure waits in the cache for the card) once the code is here.
 */
export function preloadDrawing(client: QueryClient, type: DisplayType): Promise<void> {
  return isLazy(type) ? prefetchCode(client, parts[type] as Chunk<unknown>) : Promise.resolve();
}

/**
 * The component for `kind`, once its code is here: for a drawing made away from the page (the
 * chart image), through the same chunk as the card's, so a failed load and its Retry are one.
 */
export function loadDrawing<K extends LazyDrawing>(kind: K): Promise<Drawings[K]> {
  return (parts[kind] as Chunk<Drawings[K]>).load();
}

/** Draws with the component for `kind` once its code is here, keeping the chart's room until then. */
export function WithDrawing<K extends LazyDrawing>({
  kind,
  draw,
}: {
  kind: K;
  draw: (drawing: Drawings[K]) => ReactNode;
}) {
  return (
    <CodePart
      part={parts[kind] as Chunk<Drawings[K]>}
      title={t('error.drawing')}
      fallback={<div className="chart-to-come" />}
    >
      {draw}
    </CodePart>
  );
}
