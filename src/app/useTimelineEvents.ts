import { useMemo } from 'react';
import type { DatasetMeta } from '../data/metadataSchema';
import { useDatasetTable } from '../sources/queries';
import { timelineEvents, type ChartEvent } from '../view/timelineEvents';

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
