import { createHash } from 'node:crypto';
import { Rng } from '../rng.js';
import type { GeneratorContext } from './context.js';

/** Geslacht as CBS counts it; a few unknown. */
const GESLACHT = { MAN: 49, VROUW: 49, ONBEKEND: 2 } as const;

/**
 * The dossier details reporting needs (issue 14): every household (casus) lives in a gemeente of the
 * region, drawn by inhabitants; its meldingen and persons get that gemeente, persons a geslacht;
 * every advies a gemeente too. A random stream of its own (derived from the region's seed), so this
 * stage changes no row the other stages make.
 */
export function verrijkDossier(ctx: GeneratorContext): void {
  const rng = new Rng(ctx.invoer.seed ^ 0x5bd1e995);
  const gemeenten = ctx.invoer.gemeenten ?? [];
  const gewichten = Object.fromEntries(gemeenten.map((g) => [g.code, Math.max(g.inwoners, 1)]));
  const naam = new Map(gemeenten.map((g) => [g.code, g.naam]));
  const kies = () => (gemeenten.length > 0 ? rng.weighted(gewichten) : null);

  const huishouden = new Map<string, string | null>();
  for (const casus of ctx.casussen) huishouden.set(casus.id, kies());
  const woont = new Map<string, string | null>();
  for (const casus of ctx.casussen)
    for (const persoon of casus.personen) if (!woont.has(persoon)) woont.set(persoon, huishouden.get(casus.id)!);

  for (const melding of ctx.rijen.melding) melding.gemeente_code = huishouden.get(melding.casus_id) ?? null;
  for (const persoon of ctx.rijen.persoon) {
    persoon.geslacht = rng.weighted(GESLACHT);
    const code = woont.get(persoon.id) ?? null;
    persoon.gemeente_code = code;
    persoon.woonplaats = code ? naam.get(code)! : null;
  }
  for (const advies of ctx.rijen.advies) advies.gemeente_code = kies();
  schrijfJournaal(ctx, rng);
  schrijfDocumenten(ctx, rng);
}

const SOORTEN = {
  TELEFONISCH_CONTACT: 45,
  HUISBEZOEK: 20,
  KINDGESPREK: 8,
  GESPREK_PROFESSIONAL: 12,
  OVERLEG: 7,
  BEKENDHEIDSCHECK: 8,
} as const;
const BRONNEN = { POLITIE: 40, LOKAAL_TEAM: 25, HUISARTS: 10, SCHOOL: 15, GGZ: 10 } as const;
const UUR = 3_600_000;

/** One to three journal entries per assessed melding, by a medewerker, about one or two of its betrokkenen; none after the end. */
function schrijfJournaal(ctx: GeneratorContext, rng: Rng): void {
  const medewerkers = ctx.rijen.medewerker.filter((m) => ctx.staf.some((s) => s.id === m.id && s.functie === 'MW'));
  if (medewerkers.length === 0) return;
  const betrokkenen = new Map<string, string[]>();
  for (const mb of ctx.rijen.melding_betrokkene) betrokkenen.set(mb.melding_id, [...(betrokkenen.get(mb.melding_id) ?? []), mb.persoon_id]);
  const einde = new Date(`${ctx.invoer.tot}T22:00:00Z`).getTime();
  for (const melding of ctx.rijen.melding) {
    if (melding.politie === 'NIET_UNIEK') continue;
    const begin = new Date(melding.ontvangen_op as Date | string).getTime();
    for (let i = rng.int(1, 3); i > 0; i--) {
      const op = begin + rng.int(2, 24 * 20) * UUR;
      if (op > einde) break;
      const soort = rng.weighted(SOORTEN);
      const auteur = rng.pick(medewerkers);
      const id = rng.uuid();
      const check = soort === 'BEKENDHEIDSCHECK';
      ctx.rijen.journaalregel.push({
        id,
        casus_id: melding.casus_id,
        melding_id: melding.id!,
        soort,
        contact_op: new Date(op),
        tekst: `Synthetische journaalregel (${soort.toLowerCase().replaceAll('_', ' ')}).`,
        bron: check ? rng.weighted(BRONNEN) : null,
        grondslag: check ? (rng.chance(0.7) ? 'ZONDER_TOESTEMMING_MELDCODE' : 'TOESTEMMING') : null,
        auteur: auteur.gebruiker_id!,
        auteur_naam: auteur.naam,
        created_at: new Date(op),
      });
      const personen = betrokkenen.get(melding.id!) ?? [];
      for (const persoon of new Set([rng.pick(personen), rng.pick(personen)].filter(Boolean)))
        ctx.rijen.journaalregel_betrokkene.push({ journaalregel_id: id, persoon_id: persoon });
    }
  }
}

/** A rapport as a small PDF on about one in twenty assessed meldingen (its text names only the melding number). */
function schrijfDocumenten(ctx: GeneratorContext, rng: Rng): void {
  const medewerkers = ctx.rijen.medewerker.filter((m) => ctx.staf.some((s) => s.id === m.id && s.functie === 'MW'));
  if (medewerkers.length === 0) return;
  for (const melding of ctx.rijen.melding) {
    if (melding.politie === 'NIET_UNIEK' || !rng.chance(0.05)) continue;
    const data = kleinePdf(`Synthetisch rapport bij melding ${melding.nummer}`);
    const id = rng.uuid();
    const auteur = rng.pick(medewerkers);
    ctx.rijen.document.push({
      id,
      casus_id: melding.casus_id,
      melding_id: melding.id!,
      soort: 'RAPPORT',
      titel: `Rapport ${melding.nummer}`,
      bestandsnaam: `rapport-${melding.nummer}.pdf`,
      content_type: 'application/pdf',
      grootte: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      opslag: 'DATABASE',
      status: 'BESCHIKBAAR',
      geupload_door: auteur.gebruiker_id!,
      geupload_door_naam: auteur.naam,
      created_at: melding.ontvangen_op,
    });
    ctx.rijen.document_deel.push({ document_id: id, volgnummer: 0, data });
  }
}

/** A one-page PDF with one line of text, built directly (thousands per region; no renderer needed). */
export function kleinePdf(tekst: string): Buffer {
  const veilig = tekst.replace(/[()\\]/g, '');
  const inhoud = `BT /F1 12 Tf 72 760 Td (${veilig}) Tj ET`;
  const objecten = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${inhoud.length} >>\nstream\n${inhoud}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const posities: number[] = [];
  objecten.forEach((object, i) => {
    posities.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objecten.length + 1}\n0000000000 65535 f \n${posities.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objecten.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
