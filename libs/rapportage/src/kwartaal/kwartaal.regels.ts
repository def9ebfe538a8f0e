import type { KwartaalCijfers, Kwartaalrapportage } from './kwartaal.types.js';

/** One line of the report's main table: a Dutch label and the figure (a percentage is shown with "%"). */
export interface Regel {
  label: string;
  waarde: (c: KwartaalCijfers) => number | null;
  procent?: boolean;
  /** A heading line without figures. */
  kop?: boolean;
}

const kop = (label: string): Regel => ({ label, waarde: () => null, kop: true });

/** The lines of the main table, in the order the PDF and the XLSX show them. */
export const REGELS: Regel[] = [
  kop('Adviezen en meldingen'),
  { label: 'Adviezen', waarde: (c) => c.adviezen },
  { label: 'waarvan via chat', waarde: (c) => c.adviezenChat },
  { label: 'Meldingen', waarde: (c) => c.meldingen },
  { label: 'Politiezorgmeldingen jeugd', waarde: (c) => c.zorgmeldingenJeugd },
  { label: 'Meldingen incl. zorgmeldingen jeugd', waarde: (c) => c.meldingenInclusiefZorgmeldingen },
  kop('Veiligheidsbeoordeling'),
  { label: 'Veiligheidsbeoordelingen', waarde: (c) => c.veiligheidsbeoordelingen },
  { label: 'binnen 5 werkdagen', waarde: (c) => c.beoordelingenBinnenTermijn },
  { label: '% binnen 5 werkdagen', waarde: (c) => c.percentageBeoordelingenBinnenTermijn, procent: true },
  { label: 'Besluit: geen vervolgstappen', waarde: (c) => c.besluitGeenVervolgstappen },
  { label: 'Besluit: overdracht', waarde: (c) => c.besluitOverdracht },
  { label: 'Besluit: onderzoek', waarde: (c) => c.besluitOnderzoek },
  { label: 'Besluit: voorwaarden en vervolg', waarde: (c) => c.besluitVoorwaardenEnVervolg },
  { label: 'Besluit: regionaal maatwerk', waarde: (c) => c.besluitRegionaalMaatwerk },
  kop('Interventies'),
  { label: 'Crisisinterventies', waarde: (c) => c.crises },
  { label: 'Tijdelijke huisverboden', waarde: (c) => c.huisverboden },
  { label: 'waarvan verlengd', waarde: (c) => c.huisverbodenVerlengd },
  { label: 'Onderzoeken gestart', waarde: (c) => c.onderzoekenGestart },
  { label: 'Onderzoeken afgesloten', waarde: (c) => c.onderzoekenAfgesloten },
  { label: '% binnen 10 weken na start', waarde: (c) => c.percentageOnderzoekenBinnen10WekenNaStart, procent: true },
  { label: '% binnen 10 weken na melding', waarde: (c) => c.percentageOnderzoekenBinnen10WekenNaMelding, procent: true },
  { label: 'V&V gestart', waarde: (c) => c.voorwaardenEnVervolgGestart },
  { label: 'V&V afgesloten', waarde: (c) => c.voorwaardenEnVervolgAfgesloten },
  { label: '% binnen 10 weken na start', waarde: (c) => c.percentageVoorwaardenEnVervolgBinnen10WekenNaStart, procent: true },
  { label: '% binnen 10 weken na melding', waarde: (c) => c.percentageVoorwaardenEnVervolgBinnen10WekenNaMelding, procent: true },
  kop('Wachtlijsten (einde maand)'),
  { label: 'Meldingen na termijn niet beoordeeld', waarde: (c) => c.wachtlijstBeoordeling },
  { label: 'Interventies wachtend op start', waarde: (c) => c.wachtlijstStart },
  { label: 'Overdrachten zonder datum', waarde: (c) => c.wachtlijstOverdracht },
  kop('Monitoring (% voldoende)'),
  { label: 'Monitoringcontacten', waarde: (c) => c.monitoringContacten },
  { label: '3 maanden, gezin', waarde: (c) => c.monitoringDrieMaandenGezin, procent: true },
  { label: '3 maanden, professional', waarde: (c) => c.monitoringDrieMaandenProfessional, procent: true },
  { label: '12 maanden, gezin', waarde: (c) => c.monitoringTwaalfMaandenGezin, procent: true },
  { label: '12 maanden, professional', waarde: (c) => c.monitoringTwaalfMaandenProfessional, procent: true },
  kop('Klachten en verzuim'),
  { label: 'Klachten ontvangen', waarde: (c) => c.klachtenOntvangen },
  { label: 'Klachten afgehandeld', waarde: (c) => c.klachtenAfgesloten },
  { label: 'waarvan (deels) gegrond', waarde: (c) => c.klachtenGegrond },
  { label: 'Ziekteverzuim (%)', waarde: (c) => c.ziekteverzuim, procent: true },
];

const MAANDNAMEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MAANDEN_VOLUIT = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2026-03" as "mrt 2026". */
export const maandKort = (maand: string): string => `${MAANDNAMEN[Number(maand.slice(5, 7)) - 1]} ${maand.slice(0, 4)}`;

/** "2026-03-31" as "31 maart 2026". */
export const datumVoluit = (datum: string): string =>
  `${Number(datum.slice(8, 10))} ${MAANDEN_VOLUIT[Number(datum.slice(5, 7)) - 1]} ${datum.slice(0, 4)}`;

/** The columns of the main table: each month, the period, and the period in the earlier years. */
export function kolommen(r: Kwartaalrapportage): { kop: string; cijfers: KwartaalCijfers }[] {
  return [
    ...(r.maanden.length > 1 ? r.maanden.map((mc) => ({ kop: maandKort(mc.maand), cijfers: mc.cijfers })) : []),
    { kop: r.soort === 'JAAR' ? 'Totaal' : `Totaal ${r.periode}`, cijfers: r.totaal },
    ...r.vorigeJaren.map((v) => ({ kop: v.periode, cijfers: v.totaal })),
  ];
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const bedrag = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** A figure in Dutch notation ("1.234", "85,7%"), "-" when there is none. */
export function toon(waarde: number | null, procent = false): string {
  if (waarde === null) return '-';
  return procent ? `${getal.format(waarde)}%` : getal.format(waarde);
}

/** An amount in euro, Dutch notation. */
export const toonBedrag = (waarde: number | null): string => (waarde === null ? 'nog niet vastgesteld' : bedrag.format(waarde));

/** The file name of a download. */
export const bestandsnaam = (r: Kwartaalrapportage, extensie: string): string =>
  `kwartaalrapportage-${r.regioCode}-${r.periode}${r.voorlopig ? '-voorlopig' : ''}.${extensie}`;
