import type { BereikbaarheidContactInput } from '../bereikbaarheid/bereikbaarheidscontact.types.js';
import { ValidationCollector, begrensdeLijst, check } from '@vt/platform';
import { datumInNederland, datumVan } from '@vt/werkdagen';
import type {
  AanvullendKenmerk,
  AardGeweld,
  BetrokkeneRol,
  DuurGeweld,
  Hoedanigheid,
  OrganisatieCategorie,
  PolitieMelding,
} from '../classificaties/index.js';
import { hoedanigheidPastBij } from '../classificaties/index.js';
import { isGeldigBsn } from '../persoon/bsn.js';
import type { RegistreerMeldingInput } from './melding.types.js';
import { vereisteGemeenteCode } from '../casus/gemeente.validation.js';

const NIET_BEROEPSMATIG: readonly OrganisatieCategorie[] = ['NIET_BEROEPSMATIG', 'NIET_VAN_TOEPASSING', 'ONBEKEND'];

export function isBeroepsmatig(organisatie: OrganisatieCategorie): boolean {
  return !NIET_BEROEPSMATIG.includes(organisatie);
}

/** A melding input after validation: trimmed, deduplicated, dates as ISO strings. */
export interface GeldigeMelding {
  ontvangenOp: Date;
  melder: {
    naam: string;
    functie: string | null;
    organisatie: OrganisatieCategorie;
    hoedanigheid: Hoedanigheid | null;
    telefoon: string | null;
    email: string | null;
  };
  betrokkenen: { naam: string; geboortedatum: string | null; bsn: string | null; rol: BetrokkeneRol }[];
  aardGeweld: AardGeweld[];
  aanvullendeKenmerken: AanvullendKenmerk[];
  duurGeweld: DuurGeweld;
  afwegingskader: { acuteOnveiligheid: boolean; structureleOnveiligheid: boolean; toelichting: string | null } | null;
  politie: PolitieMelding | null;
  gemeenteCode: string;
  melderAnoniem: boolean;
  idempotencyKey: string | null;
  /** Out-of-hours: the on-call shift and medewerker, checked against the database when registered. */
  bereikbaarheid: BereikbaarheidContactInput | null;
}

/**
 * Validates a RegistreerMeldingInput; throws one VALIDATIE listing every bad field
 * (extensions.fieldErrors), so a client can fix a whole form in one round trip.
 */
export function valideerMelding(
  input: RegistreerMeldingInput,
  now = new Date(),
  { afwegingskaderVerplicht = true }: { afwegingskaderVerplicht?: boolean } = {},
): GeldigeMelding {
  const v = new ValidationCollector();
  const ontvangenOp = input.ontvangenOp ?? now;
  if (ontvangenOp.getTime() > now.getTime() + 60_000) v.fail('ontvangenOp', 'must not lie in the future');
  else if (ontvangenOp.getFullYear() < 2000) v.fail('ontvangenOp', 'must not lie before 2000');

  const organisatie = input.melder.organisatie;
  const naam = v.check(() => check.tekst('melder.naam', input.melder.naam)) ?? '';
  const functie = v.check(() => check.optioneleTekst('melder.functie', input.melder.functie, 200)) ?? null;
  const telefoon = v.check(() => check.telefoon('melder.telefoon', input.melder.telefoon));
  const email = v.check(() => check.email('melder.email', input.melder.email));
  // Only when both were readable: a bad number is already reported on its own field.
  if (telefoon === null && email === null) v.fail('melder', 'a melder identifies themself: give telefoon or email');
  const hoedanigheid = input.melder.hoedanigheid ?? null;
  if (hoedanigheid && !hoedanigheidPastBij(hoedanigheid, organisatie))
    v.fail('melder.hoedanigheid', `${hoedanigheid} does not fit melder.organisatie ${organisatie}`);
  const melder = {
    naam,
    functie,
    organisatie,
    hoedanigheid,
    telefoon: telefoon ?? null,
    email: email ?? null,
  };

  const politie = input.politie ?? null;
  if (organisatie === 'POLITIE' && !politie) v.fail('politie', 'is required for a melding from the police (UNIEK or NIET_UNIEK)');
  if (organisatie !== 'POLITIE' && politie) v.fail('politie', 'is only allowed when melder.organisatie is POLITIE');

  const beroepsmatig = isBeroepsmatig(organisatie);
  if (afwegingskaderVerplicht && beroepsmatig && !input.afwegingskader && politie !== 'NIET_UNIEK')
    v.fail('afwegingskader', 'is required for a professional melder');
  if (!beroepsmatig && input.afwegingskader) v.fail('afwegingskader', 'is only for professional melders');
  const afwegingskader = input.afwegingskader
    ? {
        acuteOnveiligheid: input.afwegingskader.acuteOnveiligheid,
        structureleOnveiligheid: input.afwegingskader.structureleOnveiligheid,
        toelichting: v.check(() => check.optioneleTekst('afwegingskader.toelichting', input.afwegingskader!.toelichting)) ?? null,
      }
    : null;

  if (input.betrokkenen.length === 0) v.fail('betrokkenen', 'must contain at least one person');
  // A list over the limit is not read further: its size alone is the error.
  if (input.betrokkenen.length > 50) {
    v.fail('betrokkenen', 'must contain at most 50 persons');
    v.done();
  }
  const vandaag = datumInNederland(now);
  const betrokkenen = input.betrokkenen.map((b, i) => {
    const field = `betrokkenen[${i}]`;
    const bsn = b.bsn ? b.bsn.trim() : null;
    if (bsn && !isGeldigBsn(bsn)) v.fail(`${field}.bsn`, 'is not a valid BSN (9 digits passing the elfproef)');
    const geboortedatum = b.geboortedatum ? datumVan(b.geboortedatum) : null;
    if (geboortedatum && geboortedatum > vandaag) v.fail(`${field}.geboortedatum`, 'must not lie in the future');
    else if (geboortedatum && geboortedatum < '1900-01-01') v.fail(`${field}.geboortedatum`, 'must not lie before 1900');
    return { naam: v.check(() => check.tekst(`${field}.naam`, b.naam)) ?? '', geboortedatum, bsn, rol: b.rol };
  });
  const seen = new Set<string>();
  betrokkenen.forEach((b, i) => {
    const key = b.bsn ? `bsn:${b.bsn}` : b.geboortedatum ? `np:${b.naam.toLowerCase()}|${b.geboortedatum}` : null;
    if (key && seen.has(`${key}|${b.rol}`)) v.fail(`betrokkenen[${i}]`, 'lists the same person twice in the same role');
    if (key) seen.add(`${key}|${b.rol}`);
  });

  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length < 8 || key.length > 200)) v.fail('idempotencyKey', 'must be 8 to 200 characters');
  const aardGeweld = v.check(() => check.nietLeeg('aardGeweld', input.aardGeweld, 8));
  const aanvullendeKenmerken = v.check(() => begrensdeLijst('aanvullendeKenmerken', input.aanvullendeKenmerken, 20, { uniek: true }));
  const gemeenteCode = v.check(() => vereisteGemeenteCode('gemeenteCode', input.gemeenteCode));
  v.done();

  return {
    ontvangenOp,
    melder,
    betrokkenen,
    aardGeweld: aardGeweld!,
    aanvullendeKenmerken: aanvullendeKenmerken ?? [],
    duurGeweld: input.duurGeweld,
    afwegingskader,
    politie,
    gemeenteCode: gemeenteCode!,
    melderAnoniem: input.melderAnoniem ?? false,
    idempotencyKey: key,
    bereikbaarheid: input.bereikbaarheid ?? null,
  };
}
