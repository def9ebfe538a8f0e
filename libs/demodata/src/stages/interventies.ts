import { plusDagen, type Datum } from '@vt/werkdagen';
import { FASE_GESLOTEN, kalender, type GeneratorContext } from './context.js';
import type { MeldingWerk } from './meldingen.js';

/**
 * Stage 5, interventies: onderzoek or voorwaarden en vervolg, mostly started within the 5-werkdagen
 * term and running about two months. Returns the day a closed intervention hands over to a
 * partner, or null when it ends here or still runs.
 */
export function startInterventie(
  ctx: GeneratorContext,
  melding: MeldingWerk,
  soort: 'ONDERZOEK' | 'VOORWAARDEN_EN_VERVOLG',
  besloten: Datum,
  getoetst: Date,
): Datum | null {
  const { rng } = ctx;
  const vandaag = ctx.invoer.tot;
  melding.fase = soort;
  const start = kalender.plusWerkdagen(besloten, rng.chance(0.85) ? rng.int(1, 5) : rng.int(6, 10));
  const uiterlijkeStart = kalender.plusWerkdagen(besloten, 5);
  const gestart = start <= vandaag ? start : null;
  const einde = gestart ? plusDagen(gestart, Math.round(rng.exp(45)) + 14) : null;
  const gesloten = einde !== null && einde <= vandaag ? einde : null;
  const uitkomsten =
    gesloten && soort === 'ONDERZOEK'
      ? JSON.stringify([{ aardGeweld: melding.aard, uitkomst: rng.weighted({ BEVESTIGD: 45, NIET_BEVESTIGD: 40, WEERLEGD: 15 }) }])
      : gesloten
        ? '[]'
        : null;
  ctx.rijen.interventie.push({
    id: rng.uuid(),
    casus_id: melding.casus.id,
    melding_id: melding.id,
    soort,
    besloten_op: besloten,
    uiterlijke_startdatum: uiterlijkeStart,
    gestart_op: gestart,
    uiterlijke_einddatum: gestart ? plusDagen(gestart, 70) : null,
    // The statutory 10 weken count from the besluit.
    wettelijke_einddatum: plusDagen(besloten, 70),
    afgesloten_op: gesloten,
    uitkomsten,
    status: gesloten ? 'AFGESLOTEN' : gestart ? 'GESTART' : 'GEPLAND',
    created_at: getoetst,
  });
  if (!gesloten) return null;
  if (rng.chance(0.6)) return gesloten;
  melding.fase = FASE_GESLOTEN;
  melding.state.eindOp = gesloten;
  return null;
}
