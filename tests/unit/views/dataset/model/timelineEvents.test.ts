import { describe, expect, it } from 'vitest';
import { timelineEvents } from '../../../../../src/views/dataset/model/timelineEvents';
import { fileSystemSource } from '../../../../support/fileSystemSource';

describe('timelineEvents', () => {
  it('lists the agreements in date order with their sources, from the timeline dataset', async () => {
    const source = fileSystemSource();
    const meta = await source.loadMetadata('migration-agreements-timeline.meta.json');
    const events = timelineEvents(await source.loadTable(meta), meta);
    const visaFree = events.find((e) => e.date === '1992-10-09')!;
    expect(visaFree.year).toBe(1992);
    expect(visaFree.title).toMatch(/visa-free/);
    expect(visaFree.source).toBe('Wikipedia');
    expect(events.find((e) => e.date === '2024-05-28')?.source).toBe('Asia-Plus (2024)');
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });
});
