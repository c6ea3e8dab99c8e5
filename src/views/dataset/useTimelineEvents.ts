import { useMemo } from 'react';
import type { DatasetMeta } from '../../data/metadataSchema.ts';
import { useDatasetTable } from '../../sources/queries.ts';
import { timelineEvents, type ChartEvent } from './model/timelineEvents.ts';

/** The events of a timeline dataset for a year axis, loaded only when asked for. */
export function useTimelineEvents(
  timeline: DatasetMeta | undefined,
  enabled: boolean,
): ChartEvent[] {
  const query = useDatasetTable(enabled ? timeline : undefined);
  return useMemo(
    () => (timeline && query.data ? timelineEvents(query.data, timeline) : []),
    [timeline, query.data],
  );
}
