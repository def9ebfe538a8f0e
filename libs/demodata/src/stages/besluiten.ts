import { plusDagen, type Datum } from '@vt/werkdagen';
import { draagOver } from './overdrachten.js';
import { FASE_GESLOTEN, kalender, tel, tijdstip, type GeneratorContext } from './context.js';
import { startInterventie } from './interventies.js';
import type { MeldingWerk } from './meldingen.js';

/**
 * Stage 4, besluiten: the veiligheidsbeoordeling, confirmed by a second worker within or (for
 * some regions often) after the 5-werkdagen term, the terugkoppeling to the melder, and where the
 * besluit sends the melding next. A non-unique police report is closed on receipt.
 */
export function beoordeel(ctx: GeneratorContext, melding: MeldingWerk): void {
  const { rng, profiel } = ctx;
  const vandaag = ctx.invoer.tot;
  const { state } = melding;
  if (melding.politie === 'NIET_UNIEK') {
    melding.fase = FASE_GESLOTEN;
    state.beoordeeldOp = melding.ontvangst;
    state.eindOp = melding.ontvangst;
    return;
  }
  const k = rng.chance(profiel.laatAandeel) ? rng.int(6, 12) : rng.int(1, 5);
  const toetsdatum = kalender.plusWerkdagen(melding.ontvangst, k);
  if (toetsdatum > vandaag) {
    // Not yet confirmed today. The assignment changes nothing, but its draw from the random stream
    // is kept: dropping it would change every later row for the same seed.
    if (rng.chance(0.3) && kalender.plusWerkdagen(melding.ontvangst, 1) <= vandaag) melding.fase = 'TE_BEOORDELEN';
    return;
  }
  const besluit = rng.chance(profiel.behoudenDoorVt)
    ? rng.chance(profiel.onderzoekAandeel)
      ? 'ONDERZOEK'
      : 'VOORWAARDEN_EN_VERVOLG'
    : rng.weighted({ GEEN_VERVOLGSTAPPEN: 40, OVERDRACHT: 50, REGIONAAL_MAATWERK: 10 });
  const getoetst = tijdstip(toetsdatum, rng);
  const beoordelingId = rng.uuid();
  ctx.rijen.veiligheidsbeoordeling.push({
    id: beoordelingId,
    melding_id: melding.id,
    acute_onveiligheid: rng.chance(0.15),
    structurele_onveiligheid: rng.chance(0.6),
    besluit,
    besloten_door: melding.decider,
    besloten_op: new Date(getoetst.getTime() - 3_600_000),
    getoetst_door: melding.toetser,
    getoetst_op: getoetst,
    status: 'VASTGESTELD',
    // The sector's default terms (no random draw: the stream, and so every later row, stays the same).
    uiterlijke_terugkoppeldatum: kalender.plusWerkdagen(toetsdatum, 5),
    uiterlijke_vervolgdatum: besluit === 'GEEN_VERVOLGSTAPPEN' || besluit === 'OVERDRACHT' ? null : plusDagen(toetsdatum, 70),
  });
  ctx.rijen.tijdlijn_gebeurtenis.push({
    casus_id: melding.casus.id,
    tijdstip: getoetst,
    soort: 'BESLUIT_VASTGESTELD',
    omschrijving: `Besluit vastgesteld: ${besluit.toLowerCase().replaceAll('_', ' ')}`,
    object_type: 'Veiligheidsbeoordeling',
    object_id: beoordelingId,
    door: 'Synthetische toetsing',
  });
  state.beoordeeldOp = toetsdatum;
  tel(ctx, `besluit:${besluit}`);
  // Most melders hear back within a few werkdagen; the rest show up as open work.
  const terug = kalender.plusWerkdagen(toetsdatum, rng.int(1, 4));
  if (terug <= vandaag && rng.chance(0.92))
    ctx.rijen.terugkoppeling.push({
      melding_id: melding.id,
      moment: 'NA_BEOORDELING',
      datum: terug,
      samenvatting: 'Melder geïnformeerd (synthetisch).',
      geregistreerd_door: melding.decider,
      created_at: tijdstip(terug, rng),
    });

  let overdrachtVanaf: Datum | null = null;
  if (besluit === 'GEEN_VERVOLGSTAPPEN' || besluit === 'REGIONAAL_MAATWERK') {
    melding.fase = FASE_GESLOTEN;
    state.eindOp = toetsdatum;
  } else if (besluit === 'OVERDRACHT') {
    overdrachtVanaf = toetsdatum;
  } else {
    overdrachtVanaf = startInterventie(ctx, melding, besluit, toetsdatum, getoetst);
  }
  if (overdrachtVanaf) draagOver(ctx, melding, overdrachtVanaf);
}
