import type { Database, Selectable } from '@vt/database';
import type { BerekeningInvoer } from '../berekening/formatieberekening.js';
import type { Scenario, ScenarioInvoer } from './scenario.types.js';

/** The columns a scenario is read with. */
export const SCENARIO_COLUMNS = ['id', 'naam', 'omschrijving', 'bron', 'jaar', 'invoer', 'updated_at', 'version'] as const;

export type ScenarioRow = Pick<Selectable<Database['scenario']>, (typeof SCENARIO_COLUMNS)[number]>;

export function toInvoer(invoer: BerekeningInvoer): ScenarioInvoer {
  const lijst = (items: { functie: string }[] | null | undefined, value: (item: never) => number) =>
    (items ?? []).map((i) => ({ functie: i.functie, waarde: value(i as never) }));
  return {
    productieveUrenPerFte: invoer.productieveUrenPerFte,
    producten: invoer.producten,
    normtijden: invoer.normtijden.map((n) => ({ ...n, inzetPercentage: n.inzetPercentage ?? 100 })),
    vasteUren: lijst(invoer.vasteUren, (v: { uren: number }) => v.uren),
    vasteFormatie: lijst(invoer.vasteFormatie, (v: { fte: number }) => v.fte),
    loonkosten: lijst(invoer.loonkosten, (v: { bedragPerFte: number }) => v.bedragPerFte),
    indirecteKosten: invoer.indirecteKosten ?? 0,
  };
}

export function toScenario(row: ScenarioRow): Scenario {
  // jsonb: stored by slaOp/uitEigenData after berekenFormatie accepted it.
  const invoer = row.invoer as unknown as BerekeningInvoer;
  return {
    id: row.id,
    naam: row.naam,
    omschrijving: row.omschrijving,
    bron: row.bron,
    jaar: row.jaar,
    invoer: toInvoer(invoer),
    gewijzigdOp: row.updated_at,
    versie: row.version,
    berekeningInvoer: invoer,
  };
}
