import { describe, expect, it } from 'vitest';
import { everyDatasetInEveryLanguage } from '../../support/everyDataset';
import { shortCitations } from '../../../src/data/citations';
import { localizeMeta } from '../../../src/data/metaText';
import {
  chartShare,
  estimateWidth,
  IMAGE_SIZES,
  layoutImage,
  type ImageFormat,
} from '../../../src/export/imageLayout';
import { setActiveLocale, type Locale } from '../../../src/i18n/i18n';
import { chartTypes, chosenChartType } from '../../../src/state/chartTypes';
import { defaultViewState } from '../../../src/state/viewState';
import { datasetImageText } from '../../../src/views/common/DownloadMenu';
import { buildChartModel } from '../../../src/views/dataset/model/chartModel';
import { datasetView } from '../../../src/views/dataset/model/datasetView';
import { type LoadedDataset } from '../../support/fileSystemSource';

/**
 * Every dataset's image at its default view, in every language and both sizes, laid out with the
 * layout's own width estimate: the chart takes at least 60 % of the picture and no text is below
 * 14 px, whatever the title, filters, legend and sources of the view, with nothing left out.
 */

const loaded = everyDatasetInEveryLanguage();

const LOCALES: Locale[] = ['en', 'ru', 'uz'];
const FORMATS: ImageFormat[] = ['slide', 'square'];

/** The image text of a dataset's default view, built as its card's Download menu builds it. */
function defaultImageText(d: LoadedDataset, locale: Locale) {
  setActiveLocale(locale);
  const meta = localizeMeta(d.meta, locale);
  const type = chosenChartType(meta, undefined);
  if (!chartTypes[type].image) return undefined;
  const slice = datasetView(d.table, meta, defaultViewState, type);
  if (slice.observations.length === 0) return undefined;
  const model = buildChartModel(meta, slice, type);
  return datasetImageText(model, shortCitations(slice.sources ?? meta.sources, meta.sources));
}

describe('chart images of every dataset', () => {
  it('give the chart at least 60 % of the picture, with no text under 14 px and nothing left out', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const d of loaded) {
      for (const locale of LOCALES) {
        const text = defaultImageText(d, locale);
        if (!text) continue;
        for (const format of FORMATS) {
          const layout = layoutImage(text, format, estimateWidth);
          const { width, height } = IMAGE_SIZES[format];
          const share = chartShare(layout);
          const at = `${d.meta.id} ${locale} ${format}`;
          checked++;
          if (share < 0.6) failures.push(`${at}: chart ${(share * 100).toFixed(1)} %`);
          for (const line of [...layout.lines, ...layout.legend.map(() => layout.legendStyle)]) {
            const size = 'style' in line ? line.style.size : line.size;
            if (size < 14) failures.push(`${at}: text of ${size} px`);
          }
          // Nothing a reader needs is left out: the filters drawn, every legend entry, one line
          // of sources, the flags.
          const subtitle = layout.lines
            .filter((l) => l.role === 'subtitle')
            .map((l) => l.text)
            .join(' ');
          if (text.subtitle && !subtitle.endsWith(text.subtitle)) {
            failures.push(`${at}: filters not stated`);
          }
          if (layout.legend.length !== text.legend.length) failures.push(`${at}: legend cut`);
          if (layout.lines.filter((l) => l.role === 'footer').length !== 1) {
            failures.push(`${at}: not one sources line`);
          }
          if (text.flagged && !layout.lines.some((l) => l.role === 'note')) {
            failures.push(`${at}: flags not said`);
          }
          // Text inside the picture, the legend clear of the chart.
          for (const line of layout.lines) {
            const right = line.x + estimateWidth(line.text, line.style.size, line.style.bold);
            if (right > width || line.y > height) failures.push(`${at}: "${line.text}" outside`);
          }
          const { chart } = layout;
          for (const e of layout.legend) {
            const inside =
              e.x >= chart.x &&
              e.x < chart.x + chart.width &&
              e.y >= chart.y &&
              e.y < chart.y + chart.height;
            if (inside) failures.push(`${at}: legend "${e.item.label}" over the chart`);
          }
        }
      }
    }
    setActiveLocale('en');
    expect(checked).toBeGreaterThan(30);
    expect(failures).toEqual([]);
  });
});
