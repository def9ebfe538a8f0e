import { useId, useMemo } from 'react';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { Grafiek, type GrafiekOpties } from '../components/grafiek';
import type { Vergelijking } from '../csv';
import { toon } from '../periode';
import { REGIOS } from '../regios';
import topologie from './veiligthuisregio_2022.topo.json';

echarts.use([MapChart, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

/** The name under which the boundaries are registered with ECharts. */
export const KAART = 'veiligthuisregio';

// The boundaries (CBS/PDOK, CC BY 4.0, via cartomap/nl: see BRON.md) as GeoJSON, one feature per region
// in code order VT01..VT26; ECharts names each region by its statcode.
const topo = topologie as unknown as Topology<{ veiligthuisregio_2022: GeometryCollection<{ statcode: string }> }>;
echarts.registerMap(KAART, feature(topo, topo.objects.veiligthuisregio_2022) as unknown as Parameters<typeof echarts.registerMap>[1]);

/** Colours: light to dark blue for low to high, grey for no value (never the colour of 0), red outline for the own region. */
export const KAART_KLEUREN = { laag: '#9ecae1', hoog: '#08306b', geen: '#d0d0d0', eigen: '#b3372b', rand: '#ffffff' };

type Status = 'waarde' | 'onderdrukt' | 'geen gegevens';

/**
 * A map of the 26 Veilig Thuis regions, each coloured by the kengetal's value (a continuous scale),
 * the own region outlined in red. A suppressed region, and a region without figures (one that does not
 * take part), is grey, and its tooltip says why. For assistive technology it is one image; its
 * description says how to read it and that the table holds the numbers.
 */
export function Regiokaart({ v, periode }: { v: Vergelijking; periode: string }) {
  const k = v.kengetal;
  const beschrijvingId = useId();

  const regios = useMemo(
    () =>
      REGIOS.map((r) => {
        const cijfer = v.regios.find((x) => x.regioCode === r.code);
        const status: Status = !cijfer ? 'geen gegevens' : cijfer.onderdrukt || cijfer.waarde === null ? 'onderdrukt' : 'waarde';
        return {
          code: r.code,
          naam: cijfer?.regioNaam ?? r.naam,
          waarde: status === 'waarde' ? cijfer!.waarde : null,
          status,
          eigen: cijfer?.eigenRegio ?? false,
        };
      }),
    [v],
  );
  const waarden = regios.flatMap((r) => (r.waarde === null ? [] : [r.waarde]));
  const min = waarden.length ? Math.min(...waarden) : 0;
  const max = waarden.length ? Math.max(...waarden) : 0;
  const eigen = regios.find((r) => r.eigen);
  const zonderWaarde = regios.filter((r) => r.status !== 'waarde');

  const opties: GrafiekOpties = useMemo(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (p: { data?: { regio: (typeof regios)[number] } }) => {
          const r = p.data?.regio;
          if (!r) return '';
          const tekst = r.status === 'waarde' ? `${toon(r.waarde)} ${k.eenheid}` : r.status;
          return `${escape(r.naam)}${r.eigen ? ' (eigen regio)' : ''}<br>${escape(tekst)}`;
        },
      },
      visualMap: {
        type: 'continuous',
        show: false,
        seriesIndex: 0,
        // A flat range (one value, or all equal) still needs two ends.
        min,
        max: max > min ? max : min + 1,
        inRange: { color: [KAART_KLEUREN.laag, KAART_KLEUREN.hoog] },
        // A region without a value has NaN, which is out of range: grey, never the colour of 0.
        outOfRange: { color: KAART_KLEUREN.geen },
      },
      series: [
        {
          type: 'map',
          map: KAART,
          nameProperty: 'statcode',
          roam: false,
          selectedMode: false,
          aspectScale: 0.62,
          left: 4,
          right: 4,
          top: 4,
          bottom: 4,
          label: { show: false },
          itemStyle: { areaColor: KAART_KLEUREN.geen, borderColor: KAART_KLEUREN.rand, borderWidth: 0.8 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd84d' } },
          data: regios.map((r) => ({
            name: r.code,
            value: r.waarde ?? Number.NaN,
            regio: r,
            ...(r.eigen ? { itemStyle: { borderColor: KAART_KLEUREN.eigen, borderWidth: 3 } } : {}),
          })),
        },
      ],
    }),
    [regios, min, max, k.eenheid],
  );

  return (
    <figure className="vt-kaart">
      <p className="utrecht-paragraph" id={beschrijvingId}>
        Kaart van de 26 Veilig Thuis-regio’s: hoe donkerder blauw, hoe hoger {k.naam.toLowerCase()} (van {toon(min)} tot {toon(max)}{' '}
        {k.eenheid}).
        {zonderWaarde.length > 0 &&
          ` Grijs: ${zonderWaarde.length} ${zonderWaarde.length === 1 ? 'regio' : 'regio’s'} zonder waarde (${zonderWaarde.map((r) => `${r.naam}: ${r.status}`).join('; ')}).`}
        {eigen && ` Uw regio ${eigen.naam} is rood omlijnd.`} De tabel ‘Cijfers’ hieronder geeft alle getallen.
      </p>
      <Grafiek
        opties={opties}
        label={`Kaart van de regio’s, gekleurd naar ${k.naam}, ${periode}`}
        beschrijvingId={beschrijvingId}
        hoogte={520}
        testId="regiokaart"
      />
      <div className="vt-kaart-legenda" aria-hidden="true">
        <span>{toon(min)}</span>
        <span
          className="vt-kaart-schaal"
          style={{ background: `linear-gradient(to right, ${KAART_KLEUREN.laag}, ${KAART_KLEUREN.hoog})` }}
        />
        <span>{toon(max)}</span>
        <span className="vt-kaart-zonder">
          <span className="vt-kaart-geen" style={{ background: KAART_KLEUREN.geen }} /> onderdrukt of geen gegevens
        </span>
      </div>
      <figcaption className="vt-bron" data-testid="kaart-bron">
        Grenzen: CBS/PDOK, CC BY 4.0 (via cartomap/nl)
      </figcaption>
    </figure>
  );
}

function escape(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
