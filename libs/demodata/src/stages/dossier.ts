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
}
