import { plusDagen, type Datum } from '@vt/werkdagen';
import type { AARD_MIX } from '../profiel.js';
import type { Rij } from '../tabellen.js';
import { FASE_GESLOTEN, type CasusState, type GeneratorContext, type MeldingState } from './context.js';

type Rol = Rij<'melding_betrokkene'>['rol'];

export interface Betrokkene {
  id: string;
  rol: Rol;
}

export interface CasusKeuze {
  casus: CasusState;
  casusIndex: number;
  classificatie: string;
  /** People of the casus already known before this melding. */
  bekend: Betrokkene[];
  /** People this melding brings in (their persoon rows are added by voegPersonenToe). */
  nieuw: Betrokkene[];
}

export interface NieuweMelding {
  ontvangst: Datum;
  ontvangenOp: Date;
  politie: 'UNIEK' | 'NIET_UNIEK' | null;
  aard: keyof typeof AARD_MIX;
}

/**
 * Meldingen and casussen, part 1: two in three meldingen are about an existing casus and are
 * classified by how far its earlier meldingen got on the day of receipt; the rest open a casus.
 */
export function kiesCasus(ctx: GeneratorContext, melding: NieuweMelding): CasusKeuze {
  const { rng } = ctx;
  const { ontvangst, ontvangenOp, politie, aard } = melding;
  const hergebruik = ctx.casussen.length > 0 && rng.chance(0.66);
  if (hergebruik) {
    const casusIndex = rng.int(0, ctx.casussen.length - 1);
    const casus = ctx.casussen[casusIndex]!;
    const bekend = casus.personen.map((id, k): Betrokkene => ({
      id,
      rol: k === 0 ? (aard === 'KINDERMISHANDELING' ? 'KIND' : 'SLACHTOFFER') : k === 1 ? 'OUDER_VERZORGER' : 'OVERIG',
    }));
    const fasen = casus.meldingen.map((m) => faseOp(m, ontvangst));
    const classificatie =
      politie === 'NIET_UNIEK'
        ? 'NIET_INGEDEELD'
        : fasen.includes('beoordeling')
          ? 'VERVOLGMELDING_TIJDENS_BEOORDELING'
          : fasen.includes('na')
            ? 'VERVOLGMELDING_NA_BEOORDELING'
            : fasen.includes('monitoring')
              ? 'VERVOLGMELDING_TIJDENS_MONITORING'
              : 'HERMELDING';
    const nieuw: Betrokkene[] = rng.chance(0.2) ? [{ id: rng.uuid(), rol: 'OVERIG' }] : [];
    return { casus, casusIndex, classificatie, bekend, nieuw };
  }
  const casusIndex = ctx.casussen.length;
  const casus: CasusState = { id: rng.uuid(), personen: [], meldingen: [] };
  ctx.casussen.push(casus);
  ctx.rijen.casus.push({
    id: casus.id,
    nummer: `C-${ontvangst.slice(0, 4)}-S${String(casusIndex + 1).padStart(7, '0')}`,
    created_at: ontvangenOp,
    updated_at: ontvangenOp,
    status: 'OPEN',
    gesloten_op: null,
  });
  const classificatie = politie === 'NIET_UNIEK' ? 'NIET_INGEDEELD' : 'EERSTE_MELDING';
  const kinderen = aard === 'KINDERMISHANDELING' ? rng.int(1, 3) : rng.int(0, 2);
  const nieuw: Betrokkene[] = [
    { id: rng.uuid(), rol: aard === 'KINDERMISHANDELING' ? 'KIND' : 'SLACHTOFFER' },
    { id: rng.uuid(), rol: aard === 'KINDERMISHANDELING' ? 'OUDER_VERZORGER' : 'PLEGER' },
    ...Array.from({ length: Math.max(0, kinderen - 1) }, (): Betrokkene => ({ id: rng.uuid(), rol: 'KIND' })),
  ];
  return { casus, casusIndex, classificatie, bekend: [], nieuw };
}

/** Where an earlier melding of the casus stood on a day. */
function faseOp(m: MeldingState, dag: Datum): 'klaar' | 'beoordeling' | 'monitoring' | 'na' {
  return m.eindOp !== null && m.eindOp < dag
    ? 'klaar'
    : m.beoordeeldOp === null || m.beoordeeldOp >= dag
      ? 'beoordeling'
      : m.monitoringVanaf !== null && m.monitoringVanaf <= dag
        ? 'monitoring'
        : 'na';
}

/** Personen: the new people of a melding join its casus (a third of them with a BSN). */
export function voegPersonenToe(ctx: GeneratorContext, casus: CasusState, nieuw: readonly Betrokkene[], melding: NieuweMelding): void {
  const { rng } = ctx;
  for (const p of nieuw) {
    const kind = p.rol === 'KIND';
    const geboren = plusDagen(melding.ontvangst, -rng.int(kind ? 200 : 20 * 365, kind ? 17 * 365 : 70 * 365));
    ctx.rijen.persoon.push({
      id: p.id,
      naam: `Synthetisch Persoon ${ctx.invoer.code}-${ctx.rijen.persoon.length + 1}`,
      geboortedatum: geboren,
      bsn: rng.chance(0.3) ? ctx.nieuwBsn() : null,
      created_at: melding.ontvangenOp,
      // Filled by verrijkDossier from a stream of its own, so adding it changed no other row.
      geslacht: null,
      woonplaats: null,
      gemeente_code: null,
    });
    ctx.rijen.casus_betrokkene.push({ casus_id: casus.id, persoon_id: p.id, sinds: melding.ontvangenOp });
    casus.personen.push(p.id);
  }
}

/** Last stage of casework: a casus is closed when none of its meldingen is still open. */
export function sluitCasussen(ctx: GeneratorContext): void {
  const open = new Set(ctx.rijen.melding.filter((m) => m.fase !== FASE_GESLOTEN).map((m) => m.casus_id));
  for (const casus of ctx.rijen.casus) {
    if (!open.has(casus.id)) {
      casus.status = 'GESLOTEN';
      casus.gesloten_op = casus.updated_at;
    }
  }
}
