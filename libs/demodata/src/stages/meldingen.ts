import { plusDagen, type Datum } from '@vt/werkdagen';
import { AARD_MIX, DUUR_MIX, MELDER_MIX } from '../profiel.js';
import { beoordeel } from './besluiten.js';
import { kiesCasus, voegPersonenToe, type NieuweMelding } from './casussen.js';
import {
  FASE_GESLOTEN,
  kalender,
  maatschappelijkWerkers,
  tel,
  tijdstip,
  tweeMedewerkers,
  type CasusState,
  type GeneratorContext,
  type MeldingState,
} from './context.js';

/** One melding while the stages after intake decide how far it got. */
export interface MeldingWerk extends NieuweMelding {
  id: string;
  nummer: string;
  casus: CasusState;
  state: MeldingState;
  /** The melding's fase today; each stage moves it on. */
  fase: string;
  decider: string;
  toetser: string;
}

/**
 * Stage 3, meldingen and casussen, in time order so a later melding can find the casus of an
 * earlier one. Each melding runs through the later stages at once (besluit, interventie,
 * overdracht, monitoring): they draw from the shared random stream in that order.
 */
export function genereerMeldingen(ctx: GeneratorContext): void {
  const { rng, invoer, profiel } = ctx;
  const mw = maatschappelijkWerkers(ctx);
  const datums = Array.from({ length: ctx.aantalMeldingen }, (): Datum => plusDagen(invoer.van, rng.int(0, ctx.dagen - 1))).sort();

  datums.forEach((ontvangst, i) => {
    const ontvangenOp = tijdstip(ontvangst, rng);
    const organisatie = rng.weighted(MELDER_MIX);
    const politie = organisatie === 'POLITIE' ? (rng.chance(profiel.niet_unieke_politie) ? 'NIET_UNIEK' : 'UNIEK') : null;
    const aard = rng.weighted(AARD_MIX);
    const nieuweMelding: NieuweMelding = { ontvangst, ontvangenOp, politie, aard };
    const { casus, casusIndex, classificatie, bekend, nieuw } = kiesCasus(ctx, nieuweMelding);
    voegPersonenToe(ctx, casus, nieuw, nieuweMelding);
    const id = rng.uuid();
    for (const p of bekend) ctx.rijen.melding_betrokkene.push({ melding_id: id, persoon_id: p.id, rol: p.rol, was_bekend: true });
    for (const p of nieuw) ctx.rijen.melding_betrokkene.push({ melding_id: id, persoon_id: p.id, rol: p.rol, was_bekend: false });
    tel(ctx, classificatie);

    const uiterlijk = kalender.plusWerkdagen(ontvangst, 5);
    const [decider, toetser] = tweeMedewerkers(ctx, mw);
    const melding: MeldingWerk = {
      ...nieuweMelding,
      id,
      nummer: `M-${ontvangst.slice(0, 4)}-S${String(i + 1).padStart(7, '0')}`,
      casus,
      state: { casusIndex, ontvangst, beoordeeldOp: null, monitoringVanaf: null, eindOp: null },
      fase: 'TE_BEOORDELEN',
      decider,
      toetser,
    };
    ctx.rijen.tijdlijn_gebeurtenis.push({
      casus_id: casus.id,
      tijdstip: ontvangenOp,
      soort: 'MELDING_ONTVANGEN',
      omschrijving: `Melding ${melding.nummer} ontvangen (synthetisch)`,
      object_type: 'Melding',
      object_id: id,
      door: 'Synthetische intake',
    });

    beoordeel(ctx, melding);

    casus.meldingen.push(melding.state);
    const team = rng.pick(['Team Noord', 'Team Zuid', 'Team Oost', 'Team West']);
    const gesloten = melding.fase === FASE_GESLOTEN;
    const zonderAfweging = organisatie === 'NIET_BEROEPSMATIG' || politie === 'NIET_UNIEK';
    ctx.rijen.melding.push({
      id,
      casus_id: casus.id,
      nummer: melding.nummer,
      ontvangen_op: ontvangenOp,
      ontvangstdatum: ontvangst,
      uiterlijke_beoordelingsdatum: uiterlijk,
      melder_naam: 'Synthetische Melder',
      melder_functie: organisatie === 'NIET_BEROEPSMATIG' ? null : 'professional',
      melder_telefoon: '010-0000000',
      melder_email: null,
      melder_organisatie: organisatie,
      aard_geweld: [aard],
      duur_geweld: rng.weighted(DUUR_MIX),
      afweging_acute_onveiligheid: zonderAfweging ? null : rng.chance(0.15),
      afweging_structurele_onveiligheid: zonderAfweging ? null : rng.chance(0.6),
      politie,
      classificatie,
      fase: melding.fase,
      team: gesloten ? null : team,
      toegewezen_aan: gesloten ? null : decider,
      geregistreerd_door: 'synth-intake',
      created_at: ontvangenOp,
      updated_at: ontvangenOp,
      gemeente_code: null, // verrijkDossier
    });
    tel(ctx, `fase:${melding.fase}`);
  });
}
