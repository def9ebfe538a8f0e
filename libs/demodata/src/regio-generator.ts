import type { RegioProfiel } from './profiel.js';
import { genereerAdviezen } from './stages/adviezen.js';
import { sluitCasussen } from './stages/casussen.js';
import { maakContext, type RegioInvoer } from './stages/context.js';
import { genereerBegroting } from './stages/begroting.js';
import { verrijkDossier } from './stages/dossier.js';
import { genereerFormatie } from './stages/formatie.js';
import { genereerMeldingen } from './stages/meldingen.js';
import { genereerTijdregistratie } from './stages/tijdregistratie.js';
import { alsTabellen, type Tabel } from './tabellen.js';

export type { RegioInvoer } from './stages/context.js';

/**
 * All synthetic rows of one region for a period, consistent with the platform's rules: deadlines
 * from the werkdagen calendar, every state reachable through the state machine, dates in order,
 * nothing dated after `tot`. Deterministic for a seed. Names are obviously fictional.
 *
 * The stages run in a fixed order over one context (they share its random stream, so reordering
 * them changes the data for a seed); each adds typed row objects, turned into COPY's column order
 * at the end.
 */
export function genereerRegio(invoer: RegioInvoer): { tabellen: Tabel[]; profiel: RegioProfiel; aantallen: Record<string, number> } {
  const ctx = maakContext(invoer);
  genereerFormatie(ctx); // staff first: they decide and book hours
  genereerAdviezen(ctx);
  genereerMeldingen(ctx); // with, per melding: personen, besluit, interventie, overdracht, monitoring
  sluitCasussen(ctx);
  genereerTijdregistratie(ctx);
  genereerBegroting(ctx);
  verrijkDossier(ctx); // last, from its own stream
  return {
    tabellen: alsTabellen(ctx.rijen),
    profiel: ctx.profiel,
    aantallen: { meldingen: ctx.aantalMeldingen, adviezen: ctx.aantalAdviezen, fte: Math.round(ctx.fte * 10) / 10, ...ctx.tel },
  };
}
