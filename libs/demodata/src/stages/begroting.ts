import { LOONKOSTEN } from '../profiel.js';
import type { GeneratorContext } from './context.js';

/** Stage 8, begroting: one per calendar year covered, costs and income in proportion to the staff. */
export function genereerBegroting(ctx: GeneratorContext): void {
  const { invoer } = ctx;
  for (let jaar = Number(invoer.van.slice(0, 4)); jaar <= Number(invoer.tot.slice(0, 4)); jaar++) {
    const personeel = ctx.staf.reduce((sum, s) => sum + s.fte * LOONKOSTEN[s.functie], 0);
    ctx.rijen.begroting.push({
      jaar,
      loonkosten: JSON.stringify(Object.entries(LOONKOSTEN).map(([functie, bedragPerFte]) => ({ functie, bedragPerFte }))),
      kosten: JSON.stringify([
        { soort: 'INDIRECT', categorie: 'Huisvesting en ICT', bedrag: Math.round(personeel * 0.15) },
        { soort: 'DIRECT', categorie: 'Tolken en vervoer', bedrag: Math.round(personeel * 0.02) },
      ]),
      inkomsten: JSON.stringify([{ categorie: 'Subsidie gemeenten', bedrag: Math.round(personeel * 1.2) }]),
      volumes: JSON.stringify([{ product: 'ADVIES', volume: Math.round(ctx.aantalAdviezen / ctx.jaren) }]),
    });
  }
}
