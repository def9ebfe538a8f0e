import {
  BOUWSTENEN,
  KENGETALLEN,
  bronTabellen,
  uitgesloten,
  type Bouwsteen,
  type Grootheid,
  type KengetalDefinitie,
} from './kengetallen.js';

/** Where the generated reference page lives, relative to the repository root. */
export const REFERENTIE_PAD = 'docs/kengetallen.md';

const RICHTING: Record<KengetalDefinitie['richting'], string> = {
  HOGER: 'higher is better',
  LAGER: 'lower is better',
  NEUTRAAL: 'neither (describes how a region works)',
};

const code = (s: string) => `\`${s}\``;
const cel = (s: string) => s.replace(/\|/g, '\\|');

function grootheid(g: Grootheid | null): string {
  if (!g) return '— (a plain volume)';
  const soort = g.soort === 'AANTAL' ? 'count, under disclosure control' : 'measure, published exactly';
  return `${g.omschrijving} = ${g.bouwstenen.map(code).join(' + ')} (${soort})`;
}

function formule(k: KengetalDefinitie): string {
  if (!k.noemer) return k.factor === 1 ? 'teller' : `teller × ${k.factor}`;
  return k.factor === 1 ? 'teller / noemer' : `teller / noemer × ${k.factor.toLocaleString('en-US')}`;
}

function sectie(k: KengetalDefinitie): string[] {
  const regels = [
    `### ${code(k.code)}: ${k.naam}${k.vervallen ? ' (vervallen)' : ''}`,
    '',
    k.definitie,
    '',
    `- **Value**: ${formule(k)}, in ${k.eenheid}; ${RICHTING[k.richting]}.`,
    `- **Numerator (teller)**: ${grootheid(k.teller)}.`,
    `- **Denominator (noemer)**: ${grootheid(k.noemer)}.`,
    `- **Source tables**: ${bronTabellen(k).map(code).join(', ')}.`,
    `- **Excluded**: ${uitgesloten(k).join('; ') || 'nothing beyond the definition'}.`,
  ];
  if (k.code === 'KOSTEN_PER_1000_INWONERS')
    regels.push('- **Kostenbron**: every value says which costs it used (`kostenbron`: `JAARREKENING` or `BEGROTING`).');
  if (k.vervallen) regels.push(`- **Deprecated**: ${k.vervallen}`);
  return [...regels, ''];
}

/**
 * The reference page of the kengetallen, generated from the catalogue (`npm run docs:kengetallen`
 * writes it to docs/kengetallen.md; a test fails when the committed page is stale).
 */
export function kengetallenReferentie(): string {
  const overzicht = KENGETALLEN.map(
    (k) =>
      `| ${code(k.code)} | ${cel(k.naam)}${k.vervallen ? ' (vervallen)' : ''} | ${cel(k.teller.bouwstenen.join(' + '))} | ${cel(
        k.noemer?.bouwstenen.join(' + ') ?? '—',
      )} | ${k.factor} | ${cel(k.eenheid)} |`,
  );
  const bouwstenen = (Object.keys(BOUWSTENEN) as Bouwsteen[]).map((b) => {
    const d = BOUWSTENEN[b];
    return `| ${code(b)} | ${cel(d.omschrijving)} | ${d.tabellen.map(code).join(', ')} | ${cel(d.uitgesloten.join('; ') || '—')} |`;
  });
  return [
    '# Kengetallen: reference',
    '',
    '<!-- Generated from libs/benchmark/src/kengetallen.ts by `npm run docs:kengetallen`; do not edit by hand. -->',
    '',
    'The key figures of the benchmark (README, *Benchmark*), as the regions and the Q-consult model define them.',
    'Every value is `teller / noemer × factor` (a plain volume: the teller) of one region and period, computed in the',
    "region's own transaction by the worker; the benchmark service publishes it under the disclosure rules of the README.",
    "The building blocks that count cases and the three wachtlijsten share the kwartaalrapportage's definitions",
    '(`telMaanden` in `libs/rapportage/src/kwartaal/kwartaal.sql.ts`), summed over the months of the period; stocks are',
    'taken at its last day. The same definitions are served by the `kengetallen` query of the benchmark service.',
    '',
    '| code | naam | teller | noemer | factor | eenheid |',
    '|---|---|---|---|---|---|',
    ...overzicht,
    '',
    '## Definitions',
    '',
    ...KENGETALLEN.flatMap(sectie),
    '## Building blocks (bouwstenen)',
    '',
    '| bouwsteen | what it is | source tables | excluded |',
    '|---|---|---|---|',
    ...bouwstenen,
    '',
  ].join('\n');
}
