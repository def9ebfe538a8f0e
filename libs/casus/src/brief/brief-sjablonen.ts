import type { BriefSoort } from './brief.types.js';

/** The placeholders a letter may use; anything else in a region's template is refused when it is saved. */
export const PLAATSHOUDERS = [
  'aan',
  'datum',
  'regio',
  'medewerker',
  'casus.nummer',
  'melding.nummer',
  'melding.ontvangstdatum',
  'melder',
  'melder.naam',
  'betrokkenen',
] as const;
export type Plaatshouder = (typeof PLAATSHOUDERS)[number];

const PATROON = /\{\{\s*([a-z.]+)\s*\}\}/g;

/** Placeholders in a text that are not known. */
export function onbekendePlaatshouders(tekst: string): string[] {
  return [...tekst.matchAll(PATROON)].map((m) => m[1]!).filter((naam) => !(PLAATSHOUDERS as readonly string[]).includes(naam));
}

/** Fills the placeholders (values are plain text; the PDF renderer does no markup). */
export function vul(tekst: string, waarden: Record<Plaatshouder, string>): string {
  return tekst.replace(PATROON, (_geheel, naam: string) => waarden[naam as Plaatshouder] ?? '');
}

/** The built-in texts, used until a region sets its own. */
export const STANDAARD_SJABLONEN: Record<BriefSoort, { titel: string; tekst: string }> = {
  TERUGKOPPELING_MELDER: {
    titel: 'Terugkoppeling over uw melding',
    tekst: `Geachte {{melder.naam}},

Op {{melding.ontvangstdatum}} heeft u bij {{regio}} een melding gedaan (kenmerk {{melding.nummer}}). Met deze brief laten wij u weten dat wij uw melding hebben beoordeeld en welke vervolgstappen wij zetten.

Heeft u vragen over deze brief, neem dan contact met ons op en noem het kenmerk {{melding.nummer}}.

Met vriendelijke groet,

{{medewerker}}
{{regio}}`,
  },
  INFORMEREN_BETROKKENEN: {
    titel: 'Melding bij Veilig Thuis',
    tekst: `Aan: {{aan}}
Kenmerk: {{melding.nummer}}

{{regio}} heeft op {{melding.ontvangstdatum}} een melding ontvangen van {{melder}} over zorgen rond de veiligheid in uw gezin. Het gaat om: {{betrokkenen}}.

Wij nemen contact met u op om de melding met u te bespreken. U heeft het recht uw dossier in te zien en onjuiste gegevens te laten corrigeren.

Met vriendelijke groet,

{{medewerker}}
{{regio}}`,
  },
  BEVESTIGING_OVERDRACHT: {
    titel: 'Bevestiging overdracht',
    tekst: `Aan: {{aan}}

Hierbij bevestigt {{regio}} de overdracht van casus {{casus.nummer}} (melding {{melding.nummer}}) aan uw organisatie. Het gaat om: {{betrokkenen}}.

Veilig Thuis monitort de veiligheid na drie en na twaalf maanden.

Met vriendelijke groet,

{{medewerker}}
{{regio}}`,
  },
};
