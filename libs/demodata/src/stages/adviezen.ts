import { dagenTussen, plusDagen } from '@vt/werkdagen';
import { ADVIESVRAGER_MIX, AARD_MIX } from '../profiel.js';
import { maatschappelijkWerkers, tijdstip, type GeneratorContext } from './context.js';

/** Stage 2, adviezen: spread over the period; older than a week means closed. */
export function genereerAdviezen(ctx: GeneratorContext): void {
  const { rng, invoer } = ctx;
  const mw = maatschappelijkWerkers(ctx);
  for (let i = 0; i < ctx.aantalAdviezen; i++) {
    const datum = plusDagen(invoer.van, rng.int(0, ctx.dagen - 1));
    const organisatie = rng.weighted(ADVIESVRAGER_MIX);
    const anoniem = organisatie === 'NIET_BEROEPSMATIG' && rng.chance(0.4);
    const op = tijdstip(datum, rng);
    ctx.rijen.advies.push({
      id: rng.uuid(),
      nummer: `A-${datum.slice(0, 4)}-S${String(i + 1).padStart(7, '0')}`,
      soort: rng.weighted({ ADVIES: 80, CONSULT: 12, ADVIES_EN_ONDERSTEUNING: 8 }),
      ontvangen_op: op,
      kanaal: rng.weighted({ TELEFOON: 75, CHAT: 10, MAIL: 12, FYSIEK: 3 }),
      adviesvrager_organisatie: organisatie,
      adviesvrager_anoniem: anoniem,
      adviesvrager_naam: anoniem ? null : `Synthetische Adviesvrager ${i + 1}`,
      aard_geweld: [rng.weighted(AARD_MIX)],
      samenvatting: 'Synthetisch advies (demodata).',
      status: dagenTussen(datum, invoer.tot) > 7 ? 'AFGESLOTEN' : 'OPEN',
      geregistreerd_door: mw[0]!.gebruiker,
      created_at: op,
      gemeente_code: null, // verrijkDossier
    });
  }
}
