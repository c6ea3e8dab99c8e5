import { useMemo } from 'react';
import type { ChartEvent } from '../charts/LineChartView';
import { shortCitation, sourceById } from '../data/citations';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable } from '../data/queries';
import { rowObjects } from '../lib/tableValues';

/**
 * The events of a timeline dataset, for drawing on a year axis: loaded only when asked for,
 * each with its date, title and short source.
 */
export function useTimelineEvents(
  timeline: DatasetMeta | undefined,
  enabled: boolean,
): ChartEvent[] {
  const query = useDatasetTable(enabled ? timeline : undefined);
  return useMemo(() => {
    if (!timeline || !query.data) return [];
    const time = timeline.columns.find((c) => c.role === 'dimension' && c.time)?.name ?? 'year';
    const period = timeline.columns.find((c) => c.role === 'period')?.name ?? 'date';
    const title = timeline.columns.find((c) => c.name === 'title')?.name ?? period;
    const source = timeline.columns.find((c) => c.role === 'source')?.name;
    return rowObjects(query.data)
      .map((row) => {
        const cited = source ? sourceById(timeline, String(row[source])) : timeline.sources[0];
        return {
          year: Number(row[time]),
          date: String(row[period]),
          title: String(row[title]),
          source: cited ? shortCitation(cited) : '',
        };
      })
      .sort((a, b) => a.date.localeCompare(b.date));
  }, [timeline, query.data]);
}
