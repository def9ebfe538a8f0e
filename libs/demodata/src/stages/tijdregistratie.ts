import { plusDagen } from '@vt/werkdagen';
import { kalender, type GeneratorContext } from './context.js';

const DIRECTE_PRODUCTEN = {
  VEILIGHEIDSBEOORDELING: 30,
  ONDERZOEK: 22,
  VOORWAARDEN_EN_VERVOLG: 20,
  ADVIES: 12,
  OVERDRACHT: 6,
  MONITORING: 4,
  OVERLEG: 4,
  BEREIKBAARHEIDSDIENST: 2,
} as const;
const INDIRECT: Record<string, string> = { MANAGEMENT: 'MANAGEMENT', STAF: 'ONDERSTEUNING', ONDERSTEUNING: 'ONDERSTEUNING' };

/** Stage 7, tijdregistratie: one booking per staff member per werkdag, products in proportion to the work. */
export function genereerTijdregistratie(ctx: GeneratorContext): void {
  const { rng, invoer } = ctx;
  for (let d = invoer.van; d <= invoer.tot; d = plusDagen(d, 1)) {
    if (!kalender.isWerkdag(d)) continue;
    for (const s of ctx.staf) {
      if (s.van > d || (s.tot !== null && s.tot < d) || rng.chance(0.12)) continue; // leave, illness, part-time days
      const product =
        INDIRECT[s.functie] ??
        (s.functie === 'SC'
          ? rng.weighted({ MELDING_AANNEMEN: 70, ADVIES: 30 })
          : rng.chance(0.08)
            ? 'SCHOLING'
            : rng.weighted(DIRECTE_PRODUCTEN));
      ctx.rijen.tijdregistratie.push({
        medewerker_id: s.id,
        datum: d,
        functie: s.functie,
        product,
        uren: Math.round(s.fte * 8 * 0.85 * 4) / 4,
        bron: 'IMPORT',
        geregistreerd_door: 'synth-import',
      });
    }
  }
}
