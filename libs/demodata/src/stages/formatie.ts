import { dagenTussen, plusDagen } from '@vt/werkdagen';
import type { Rij } from '../tabellen.js';
import type { GeneratorContext } from './context.js';

const FUNCTIE_MIX = { MW: 62, SC: 10, GD: 8, VA: 3, TEAMLEIDER: 6, MANAGEMENT: 3, STAF: 5, ONDERSTEUNING: 3 } as const;

/** Stage 1, formatie: the staff who decide and book hours, until the region's FTE target is met. */
export function genereerFormatie(ctx: GeneratorContext): void {
  const { rng, invoer } = ctx;
  const fteDoel = (ctx.aantalMeldingen / ctx.jaren) * (ctx.profiel.ftePer1000Meldingen / 1000);
  while (ctx.fte < fteDoel) {
    const functie = rng.weighted(FUNCTIE_MIX);
    const mFte = rng.pick([0.6, 0.8, 0.8, 0.9, 1.0, 1.0]);
    const id = rng.uuid();
    const gebruiker = `synth-${invoer.code.toLowerCase()}-${ctx.staf.length + 1}`;
    const team = `Team ${rng.pick(['Noord', 'Zuid', 'Oost', 'West'])}`;
    const van = plusDagen(invoer.van, -rng.int(0, 5 * 365));
    const tot = rng.chance(0.08) ? plusDagen(invoer.van, rng.int(30, Math.max(31, ctx.dagen - 1))) : null;
    ctx.staf.push({ id, gebruiker, functie, fte: mFte, team, van, tot });
    const categorie: Rij<'dienstverband'>['categorie'] =
      functie === 'MANAGEMENT' ? 'MANAGEMENT' : functie === 'STAF' ? 'STAF' : functie === 'ONDERSTEUNING' ? 'ONDERSTEUNING' : 'DIRECT';
    const opleidingsniveau: Rij<'dienstverband'>['opleidingsniveau'] =
      functie === 'SC' || functie === 'ONDERSTEUNING'
        ? 'MBO'
        : functie === 'GD' || functie === 'VA' || functie === 'MANAGEMENT'
          ? 'WO'
          : rng.chance(0.9)
            ? 'HBO'
            : 'WO';
    ctx.rijen.medewerker.push({ id, gebruiker_id: gebruiker, naam: `Synthetische Medewerker ${invoer.code}-${ctx.staf.length}`, team });
    ctx.rijen.dienstverband.push({ medewerker_id: id, functie, fte: mFte, opleidingsniveau, categorie, van, tot });
    ctx.fte += tot ? (mFte * Math.max(0, dagenTussen(invoer.van, tot))) / ctx.dagen : mFte;
  }
}
