import { begrensdeLijst, check, validatie } from '@vt/platform';
import { datumInNederland, datumVan } from '@vt/werkdagen';
import type {
  AanvullendKenmerk,
  AardGeweld,
  BetrokkeneRol,
  DuurGeweld,
  OrganisatieCategorie,
  PolitieMelding,
} from '../classificaties/index.js';
import { isGeldigBsn } from '../persoon/bsn.js';
import type { RegistreerMeldingInput } from './melding.types.js';

const NIET_BEROEPSMATIG: readonly OrganisatieCategorie[] = ['NIET_BEROEPSMATIG', 'NIET_VAN_TOEPASSING', 'ONBEKEND'];

export function isBeroepsmatig(organisatie: OrganisatieCategorie): boolean {
  return !NIET_BEROEPSMATIG.includes(organisatie);
}

/** A melding input after validation: trimmed, deduplicated, dates as ISO strings. */
export interface GeldigeMelding {
  ontvangenOp: Date;
  melder: { naam: string; functie: string | null; organisatie: OrganisatieCategorie; telefoon: string | null; email: string | null };
  betrokkenen: { naam: string; geboortedatum: string | null; bsn: string | null; rol: BetrokkeneRol }[];
  aardGeweld: AardGeweld[];
  aanvullendeKenmerken: AanvullendKenmerk[];
  duurGeweld: DuurGeweld;
  afwegingskader: { acuteOnveiligheid: boolean; structureleOnveiligheid: boolean; toelichting: string | null } | null;
  politie: PolitieMelding | null;
  idempotencyKey: string | null;
}

/** Validates a RegistreerMeldingInput; throws VALIDATIE naming the first bad field. */
export function valideerMelding(input: RegistreerMeldingInput, now = new Date()): GeldigeMelding {
  const ontvangenOp = input.ontvangenOp ?? now;
  if (ontvangenOp.getTime() > now.getTime() + 60_000) throw validatie('ontvangenOp', 'must not lie in the future');
  if (ontvangenOp.getFullYear() < 2000) throw validatie('ontvangenOp', 'must not lie before 2000');

  const organisatie = input.melder.organisatie;
  const melder = {
    naam: check.tekst('melder.naam', input.melder.naam),
    functie: check.optioneleTekst('melder.functie', input.melder.functie, 200),
    organisatie,
    telefoon: check.telefoon('melder.telefoon', input.melder.telefoon),
    email: check.email('melder.email', input.melder.email),
  };
  if (!melder.telefoon && !melder.email) throw validatie('melder', 'a melder identifies themself: give telefoon or email');

  const politie = input.politie ?? null;
  if (organisatie === 'POLITIE' && !politie) throw validatie('politie', 'is required for a melding from the police (UNIEK or NIET_UNIEK)');
  if (organisatie !== 'POLITIE' && politie) throw validatie('politie', 'is only allowed when melder.organisatie is POLITIE');

  const beroepsmatig = isBeroepsmatig(organisatie);
  if (beroepsmatig && !input.afwegingskader && politie !== 'NIET_UNIEK') {
    throw validatie('afwegingskader', 'is required for a professional melder');
  }
  if (!beroepsmatig && input.afwegingskader) throw validatie('afwegingskader', 'is only for professional melders');
  const afwegingskader = input.afwegingskader
    ? {
        acuteOnveiligheid: input.afwegingskader.acuteOnveiligheid,
        structureleOnveiligheid: input.afwegingskader.structureleOnveiligheid,
        toelichting: check.optioneleTekst('afwegingskader.toelichting', input.afwegingskader.toelichting),
      }
    : null;

  if (input.betrokkenen.length === 0) throw validatie('betrokkenen', 'must contain at least one person');
  if (input.betrokkenen.length > 50) throw validatie('betrokkenen', 'must contain at most 50 persons');
  const vandaag = datumInNederland(now);
  const betrokkenen = input.betrokkenen.map((b, i) => {
    const field = `betrokkenen[${i}]`;
    const bsn = b.bsn ? b.bsn.trim() : null;
    if (bsn && !isGeldigBsn(bsn)) throw validatie(`${field}.bsn`, 'is not a valid BSN (9 digits passing the elfproef)');
    const geboortedatum = b.geboortedatum ? datumVan(b.geboortedatum) : null;
    if (geboortedatum && geboortedatum > vandaag) throw validatie(`${field}.geboortedatum`, 'must not lie in the future');
    if (geboortedatum && geboortedatum < '1900-01-01') throw validatie(`${field}.geboortedatum`, 'must not lie before 1900');
    return { naam: check.tekst(`${field}.naam`, b.naam), geboortedatum, bsn, rol: b.rol };
  });
  const seen = new Set<string>();
  betrokkenen.forEach((b, i) => {
    const key = b.bsn ? `bsn:${b.bsn}` : b.geboortedatum ? `np:${b.naam.toLowerCase()}|${b.geboortedatum}` : null;
    if (key && seen.has(`${key}|${b.rol}`)) throw validatie(`betrokkenen[${i}]`, 'lists the same person twice in the same role');
    if (key) seen.add(`${key}|${b.rol}`);
  });

  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length < 8 || key.length > 200)) throw validatie('idempotencyKey', 'must be 8 to 200 characters');

  return {
    ontvangenOp,
    melder,
    betrokkenen,
    aardGeweld: check.nietLeeg('aardGeweld', input.aardGeweld, 8),
    aanvullendeKenmerken: begrensdeLijst('aanvullendeKenmerken', input.aanvullendeKenmerken, 20, { uniek: true }) ?? [],
    duurGeweld: input.duurGeweld,
    afwegingskader,
    politie,
    idempotencyKey: key,
  };
}
