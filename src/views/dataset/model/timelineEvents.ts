import type { ColumnTable } from 'arquero';
import { shortCitation, sourceById } from '../../../data/citations.ts';
import { localValue, markedEnglish, timeColumn } from '../../../data/labels.ts';
import type { DatasetMeta } from '../../../data/metadataSchema.ts';
import { rowObjects } from '../../../lib/tableValues.ts';

/** A dated event drawn on the year axis: an agreement, a meeting. */
export interface ChartEvent {
  year: number;
  date: string;
  title: string;
  source: string;
}

/** The events of a timeline dataset, in date order, each with its short source. */
export function timelineEvents(table: ColumnTable, timeline: DatasetMeta): ChartEvent[] {
  const column = (pick: (c: DatasetMeta['columns'][number]) => boolean) =>
    timeline.columns.find(pick)?.name;
  const time = timeColumn(timeline)?.name ?? 'year';
  const period = column((c) => c.role === 'period') ?? 'date';
  const title = timeline.columns.find((c) => c.name === 'title');
  const source = column((c) => c.role === 'source');
  return rowObjects(table)
    .map((row) => {
      const cited = source ? sourceById(timeline, String(row[source])) : timeline.sources[0];
      // In the reader's language where the metadata translates it, else marked English.
      const shown = title
        ? localValue(timeline, title, row[title.name])
        : { text: String(row[period]), english: false };
      return {
        year: Number(row[time]),
        date: String(row[period]),
        title: markedEnglish(shown.text, shown.english),
        source: cited ? shortCitation(cited) : '',
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The events a chart over the years `xs` draws (a year's half either side of its first and last):
 * the same on the page and in the chart's image, numbered in this order.
 */
export function eventsWithin(events: readonly ChartEvent[], xs: readonly number[]): ChartEvent[] {
  if (xs.length === 0) return [];
  const [from, to] = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  return events.filter((e) => e.year >= from && e.year <= to);
}
