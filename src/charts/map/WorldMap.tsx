import { geoEqualEarth, geoPath } from 'd3-geo';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m, ids = UN M49 codes; bundled so the map works offline.
import world from 'world-atlas/countries-110m.json';
import { formatDerived, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import {
  figuresWithoutShape,
  joinShapes,
  NO_DATA_COLOR,
  type MapDrawing,
  type MapPanel,
} from '../../views/un/model/unMapModel.ts';
import { cssVar, ink } from '../../ui/theme.ts';

export interface WorldMapProps {
  drawing: MapDrawing;
  onSelect: (iso3: string) => void;
}

const WIDTH = 960;
const HEIGHT = 470;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;
const projection = geoEqualEarth().fitExtent(
  [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ],
  { type: 'Sphere' },
);
const path = geoPath(projection);
// Drawn once: the projected outlines never change, only their fill.
const outlines = countries.map((c) => path(c) ?? '');
const sphere = path({ type: 'Sphere' }) ?? '';

/**
 * The choropleth: one map per chosen country, side by side, with one legend whose bins hold for
 * every map (as small multiples do on OWID); each map's countries coloured by their bin.
 */
export default function WorldMap({ drawing, onSelect }: WorldMapProps) {
  const { maps, bins, captions, title } = drawing;
  const id = useId();
  const several = maps.length > 1;
  return (
    <figure className="world-map" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="map-title">
        {title}
      </figcaption>
      <p className="visually-hidden" id={`${id}-help`}>
        {t('map.keyboardHelp')}
      </p>
      <div className={several ? 'map-multiples' : undefined}>
        {maps.map((map, k) => (
          <OneMap
            key={`${map.country}-${map.year}`}
            drawing={drawing}
            onSelect={onSelect}
            map={map}
            caption={several ? captions[k] : undefined}
            label={t('map.label', { title: several ? captions[k]! : title })}
            helpId={`${id}-help`}
          />
        ))}
      </div>
      <ul className="map-legend" aria-label={drawing.legendTitle}>
        {bins.map((b, i) => (
          <li key={i}>
            <svg width="14" height="14" aria-hidden>
              <rect width="14" height="14" fill={b.color} stroke={ink.mapOutline} />
            </svg>
            {drawing.binLabels[i]}
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden>
            <defs>
              <NoDataHatch id={`${hatchId(id)}-key`} />
            </defs>
            <rect
              width="14"
              height="14"
              fill={`url(#${hatchId(id)}-key)`}
              stroke={ink.mapOutline}
            />
          </svg>
          {t('map.noData')}
        </li>
        {drawing.notes.map((note) => (
          <li key={note} className="map-legend-note">
            {note}
          </li>
        ))}
      </ul>
      {maps.map((map, k) => (
        <NotDrawn
          key={`${map.country}-${map.year}`}
          map={map}
          drawing={drawing}
          prefix={several ? captions[k] : undefined}
        />
      ))}
      <p className="map-note">{t('map.disclaimer')}</p>
    </figure>
  );
}

const shapeIds = countries.map((c) => ({ id: c.id, name: c.properties.name }));

/** Figures too small for the topology, named under the map so none goes unseen. */
function NotDrawn({
  map,
  drawing,
  prefix,
}: {
  map: MapPanel;
  drawing: MapDrawing;
  prefix: string | undefined;
}) {
  const { nameOf, format } = drawing;
  const notDrawn = useMemo(
    () => figuresWithoutShape(joinShapes(shapeIds, map.figures).shapes, map.figures),
    [map.figures],
  );
  if (notDrawn.length === 0) return null;
  const text = t('map.notDrawn', {
    list: notDrawn.map((f) => `${nameOf(f.iso3)} ${format(f)}`).join(', '),
  });
  return <p className="map-note">{prefix ? `${prefix}: ${text}` : text}</p>;
}

interface OneMapProps extends WorldMapProps {
  map: MapPanel;
  caption: string | undefined;
  label: string;
  helpId: string;
}

/** One map of the small multiples: its shapes, tooltip and keyboard path through its countries. */
function OneMap(props: OneMapProps) {
  const { map, drawing, caption, label, helpId, onSelect } = props;
  const { bins: sharedBins, sourceText, nameOf } = drawing;
  const { figures, year, country: selected } = map;
  const svg = useRef<SVGSVGElement>(null);
  const hatch = hatchId(useId());
  const [hover, setHover] = useState<number | undefined>(undefined);
  const { shapes, bins } = useMemo(
    () => joinShapes(shapeIds, figures, sharedBins),
    [figures, sharedBins],
  );
  // Keyboard order: countries with a figure, by name.
  const order = useMemo(
    () =>
      shapes
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.figure && s.iso3)
        .sort((a, b) => nameOf(a.s.iso3!).localeCompare(nameOf(b.s.iso3!)))
        .map(({ i }) => i),
    [shapes, nameOf],
  );
  const [active, setActive] = useState(0);
  const nameOfShape = (i: number) => {
    const s = shapes[i]!;
    return s.iso3 ? nameOf(s.iso3) : s.shapeName;
  };
  const describe = (i: number) => {
    const s = shapes[i]!;
    if (!s.figure) return t('map.tooltipNoData', { country: nameOfShape(i), year });
    const share =
      s.figure.share === null
        ? ''
        : `; ${t('map.share', { share: formatDerived(s.figure.share) })}`;
    return `${nameOfShape(i)}, ${year}: ${formatNumber(s.figure.stock)}${share}`;
  };

  const focusShape = (k: number) => {
    const next = (k + order.length) % order.length;
    setActive(next);
    setHover(order[next]);
    svg.current?.querySelector<SVGPathElement>(`[data-order="${next}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<SVGPathElement>, k: number) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focusShape(k + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focusShape(k - 1);
    else if (e.key === 'Home') focusShape(0);
    else if (e.key === 'End') focusShape(order.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      const iso3 = shapes[order[k]!]!.iso3;
      if (iso3) onSelect(iso3);
    } else return;
    e.preventDefault();
  };
  const orderOf = new Map(order.map((i, k) => [i, k]));
  const selectedIndex = shapes.findIndex((s) => s.iso3 === selected);

  return (
    <div className="map-panel" data-country={selected}>
      {caption ? <p className="map-caption">{caption}</p> : null}
      <div className="map-frame">
        <svg
          ref={svg}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={label}
          aria-describedby={helpId}
          xmlns="http://www.w3.org/2000/svg"
          onMouseLeave={() => setHover(undefined)}
        >
          <defs>
            <NoDataHatch id={hatch} />
          </defs>
          <path d={sphere} fill={ink.surface} stroke={ink.mapOutline} />
          {shapes.map((s, i) => {
            const k = orderOf.get(i);
            const fill = s.bin === undefined ? `url(#${hatch})` : bins[s.bin]!.color;
            return (
              <path
                key={i}
                d={outlines[i]}
                fill={fill}
                stroke={ink.mapOutline}
                strokeWidth={0.4}
                data-iso3={s.iso3}
                data-value={s.figure?.stock}
                data-order={k}
                className={s.iso3 ? 'map-country' : undefined}
                {...(k !== undefined
                  ? {
                      role: 'button',
                      tabIndex: k === active ? 0 : -1,
                      'aria-label': describe(i),
                      'aria-pressed': s.iso3 === selected,
                      onKeyDown: (e: KeyboardEvent<SVGPathElement>) => onKeyDown(e, k),
                      onFocus: () => {
                        setActive(k);
                        setHover(i);
                      },
                    }
                  : { 'aria-hidden': true })}
                onMouseEnter={() => setHover(i)}
                onClick={() => (s.iso3 ? onSelect(s.iso3) : undefined)}
              >
                <title>{describe(i)}</title>
              </path>
            );
          })}
          {selectedIndex >= 0 ? (
            <path
              d={outlines[selectedIndex]}
              fill="none"
              stroke={cssVar('series-1')}
              strokeWidth={2}
              pointerEvents="none"
              aria-hidden
            />
          ) : null}
        </svg>
        {hover !== undefined ? (
          <div className="map-tooltip" role="status">
            <strong>{nameOfShape(hover)}</strong>
            {shapes[hover]!.iso3 === selected ? ` (${t('map.selected')})` : ''}
            <br />
            {describe(hover)}
            <br />
            <small>{sourceText}</small>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** An id for the no-data pattern: useId's characters are not all allowed in a url(#…) reference. */
function hatchId(id: string): string {
  return `no-data-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/**
 * Countries without a figure: diagonal hatching in the no-data colour over the background, so
 * "no data" is told by its pattern as well as its colour and is never read as a light bin.
 */
function NoDataHatch({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="4"
      height="4"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="4" height="4" fill={ink.surface} />
      <path d="M0,0V4" stroke={NO_DATA_COLOR} strokeWidth={1.2} />
    </pattern>
  );
}
