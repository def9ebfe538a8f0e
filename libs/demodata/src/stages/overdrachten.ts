import { plusDagen, plusMaanden, type Datum } from '@vt/werkdagen';
import { PARTNER_MIX } from '../profiel.js';
import type { Rij } from '../tabellen.js';
import { FASE_GESLOTEN, tijdstip, type GeneratorContext } from './context.js';
import type { MeldingWerk } from './meldingen.js';

const MONITORING_MOMENTEN = [
  ['DRIE_MAANDEN', 3],
  ['TWAALF_MAANDEN', 12],
] as const;

/**
 * Stage 6, overdrachten and monitoring: the partner's date comes after the region's waiting time;
 * a carried-out overdracht is monitored after three and twelve months, and the melding closes
 * when both contacts took place.
 */
export function draagOver(ctx: GeneratorContext, melding: MeldingWerk, vanaf: Datum): void {
  const { rng } = ctx;
  const vandaag = ctx.invoer.tot;
  melding.fase = 'OVERDRACHT';
  const overdrachtId = rng.uuid();
  const geplandOp = plusDagen(vanaf, Math.round(rng.exp(ctx.profiel.wachtGemiddeld)));
  const afgesproken = geplandOp <= vandaag ? plusDagen(geplandOp, rng.int(2, 10)) : null;
  const uitgevoerd = afgesproken && afgesproken <= vandaag ? afgesproken : null;
  ctx.rijen.overdracht.push({
    id: overdrachtId,
    casus_id: melding.casus.id,
    melding_id: melding.id,
    partner_type: rng.weighted(PARTNER_MIX),
    partner_naam: 'Synthetische Partner',
    warm: rng.chance(0.15),
    afgesproken_datum: afgesproken,
    uitgevoerd_op: uitgevoerd,
    status: uitgevoerd ? 'UITGEVOERD' : afgesproken ? 'GEPLAND' : 'WACHTLIJST',
    created_at: tijdstip(vanaf, rng),
    gepland_op: afgesproken ? tijdstip(geplandOp, rng) : null,
  });
  if (!uitgevoerd) return;

  melding.fase = 'MONITORING';
  melding.state.monitoringVanaf = uitgevoerd;
  let klaar = true;
  for (const [moment, maanden] of MONITORING_MOMENTEN) {
    const datum = plusMaanden(uitgevoerd, maanden);
    const gedaan = datum <= vandaag;
    if (!gedaan) klaar = false;
    const score = (): Rij<'monitoring_contact'>['score_gezin'] => (rng.chance(0.72) ? 'VOLDOENDE' : 'ONVOLDOENDE');
    ctx.rijen.monitoring_contact.push({
      casus_id: melding.casus.id,
      overdracht_id: overdrachtId,
      moment,
      gepland_op: datum,
      uitgevoerd_op: gedaan ? datum : null,
      score_gezin: gedaan ? score() : null,
      score_professional: gedaan ? score() : null,
      status: gedaan ? 'UITGEVOERD' : 'GEPLAND',
    });
  }
  if (klaar) {
    melding.fase = FASE_GESLOTEN;
    melding.state.eindOp = plusMaanden(uitgevoerd, 12);
  }
}
