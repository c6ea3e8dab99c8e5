import { t } from '../../i18n/i18n.ts';
import type { DatasetMeta, DisplayType, SourceMeta } from '../../data/metadataSchema.ts';
import { FoldedControls } from '../../ui/FoldedControls.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { availableChartTypes, chartTypes } from '../../state/chartTypes.ts';
import { filtersBeyondDefaults, hasStatedTotal } from './model/datasetFilters.ts';
import type { DatasetView } from './model/datasetView.ts';
import type { ViewState } from '../../state/viewState.ts';
import { FilterPanel } from './FilterPanel.tsx';

interface ExploreControlsProps {
  meta: DatasetMeta;
  slice: DatasetView;
  view: ViewState;
  chartType: DisplayType;
  sources: SourceMeta[];
  /** Whether a timeline of events is available to draw on year axes. */
  canShowEvents: boolean;
  update: (change: Partial<ViewState>) => void;
}

/** The analyst's controls: filters, chart type, measure, sort, source choice, events. */
export function ExploreControls({
  meta,
  slice,
  view,
  chartType,
  sources,
  canShowEvents,
  update,
}: ExploreControlsProps) {
  const bars = chartTypes[chartType].bars;
  const active = activeFilterCount(slice);
  return (
    <FoldedControls
      summary={active > 0 ? t('explore.controlsActive', { count: active }) : t('explore.controls')}
    >
      <FilterPanel
        controls={slice.controls}
        selection={slice.filters}
        period={slice.period}
        onSelect={(column, values) =>
          update({
            filters: filtersBeyondDefaults(slice.controls, {
              ...slice.filters,
              [column]: values,
            }),
          })
        }
        onTime={(time) => update({ time: timeBeyondDefault(slice, time) })}
        onReset={() =>
          update({ filters: {}, time: undefined, source: undefined, measure: 'absolute' })
        }
      />
      <SelectField
        label={t('explore.chartType')}
        value={chartType}
        // The dataset's own chart type is the default: it is not written into the address.
        onChange={(value) =>
          update({
            chart: value === meta.display.type ? undefined : (value as ViewState['chart']),
          })
        }
      >
        {availableChartTypes(meta).map((type) => (
          <option key={type} value={type}>
            {t(`chartType.${type}`)}
          </option>
        ))}
      </SelectField>
      {hasStatedTotal(meta) ? (
        <SelectField
          label={t('explore.measure')}
          value={view.measure}
          onChange={(value) => update({ measure: value as ViewState['measure'] })}
        >
          <option value="absolute">{t('explore.absolute')}</option>
          <option value="share">{t('explore.share')}</option>
        </SelectField>
      ) : null}
      {bars ? (
        <SelectField
          label={t('explore.sort')}
          value={view.sort}
          onChange={(value) => update({ sort: value as ViewState['sort'] })}
        >
          <option value="data">{t('explore.sortData')}</option>
          <option value="value">{t('explore.sortValue')}</option>
          <option value="name">{t('explore.sortName')}</option>
        </SelectField>
      ) : null}
      {meta.sourceRule ? (
        <SelectField
          label={t('chart.sourceRule')}
          value={view.source ?? ''}
          onChange={(value) => update({ source: value || undefined })}
        >
          <option value="">{t('chart.sourceRuleDefault')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.publisher} — {s.title.slice(0, 60)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {canShowEvents && chartType === 'line' ? (
        <label className="filter checkbox">
          <input
            type="checkbox"
            checked={view.events}
            onChange={(e) => update({ events: e.target.checked })}
          />
          {t('explore.events')}
        </label>
      ) : null}
    </FoldedControls>
  );
}

/** Filters that narrow the view: each dimension off its default, and the years if narrowed. */
function activeFilterCount(slice: DatasetView): number {
  const period = slice.period;
  const dimensions = Object.keys(filtersBeyondDefaults(slice.controls, slice.filters)).length;
  const years =
    period?.kind === 'single'
      ? period.year !== period.defaultYear
      : period !== undefined &&
        (period.from !== period.options[0] || period.to !== period.options.at(-1));
  return dimensions + (years ? 1 : 0);
}

/** A year range covering all the years is the default: no `time` in the address. */
function timeBeyondDefault(
  slice: DatasetView,
  time: [number, number],
): [number, number] | undefined {
  const options = slice.period?.options ?? [];
  if (slice.period?.kind === 'single') {
    // One period: the default is the year the view opens on.
    return time[0] === slice.period.defaultYear ? undefined : time;
  }
  return time[0] === options[0] && time[1] === options.at(-1) ? undefined : time;
}
