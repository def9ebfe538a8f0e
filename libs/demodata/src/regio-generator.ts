import { WerkdagKalender, dagenTussen, plusDagen, plusMaanden, type Datum } from '@vt/werkdagen';
import {
  ADVIESVRAGER_MIX,
  AARD_MIX,
  DUUR_MIX,
  LANDELIJK_PER_JAAR,
  LOONKOSTEN,
  MELDER_MIX,
  PARTNER_MIX,
  profielVoor,
  type RegioProfiel,
} from './profiel.js';
import { Rng } from './rng.js';

type Row = (string | number | boolean | null | Date | readonly (string | number)[])[];

export interface Tabel {
  naam: string;
  kolommen: readonly string[];
  rijen: Row[];
}

export interface RegioInvoer {
  code: string;
  inwoners: number;
  seed: number;
  /** First and last day of the generated history (Dutch dates). */
  van: Datum;
  tot: Datum;
}

const kalender = new WerkdagKalender();
const FASE_GESLOTEN = 'AFGESLOTEN';

interface MeldingState {
  casusIndex: number;
  ontvangst: Datum;
  /** Last day of each involvement phase, or null when it is still running today. */
  beoordeeldOp: Datum | null;
  monitoringVanaf: Datum | null;
  eindOp: Datum | null;
}

function tijdstip(datum: Datum, rng: Rng): Date {
  return new Date(`${datum}T${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+01:00`);
}

function bsnGenerator(start: number) {
  let n = start;
  return () => {
    for (;;) {
      n += 1;
      const base = String(10_000_000 + (n % 89_999_999));
      const sum = [...base].reduce((t, d, i) => t + Number(d) * (9 - i), 0) % 11;
      if (sum < 10) return `${base}${sum}`;
    }
  };
}

/**
 * All synthetic rows of one region for a period, consistent with the platform's rules: deadlines
 * from the werkdagen calendar, every state reachable through the state machine, dates in order,
 * nothing dated after `tot`. Deterministic for a seed. Names are obviously fictional.
 */
export function genereerRegio(invoer: RegioInvoer): { tabellen: Tabel[]; profiel: RegioProfiel; aantallen: Record<string, number> } {
  const rng = new Rng(invoer.seed);
  const profiel = profielVoor(rng);
  const dagen = dagenTussen(invoer.van, invoer.tot) + 1;
  const jaren = dagen / 365;
  const schaal = (invoer.inwoners / LANDELIJK_PER_JAAR.inwoners) * profiel.volumeFactor * jaren;
  const aantalMeldingen = Math.round(LANDELIJK_PER_JAAR.meldingen * schaal);
  const aantalAdviezen = Math.round(LANDELIJK_PER_JAAR.adviezen * schaal);
  const nieuwBsn = bsnGenerator(invoer.seed % 1_000_000);
  const code = invoer.code;

  const t = (naam: string, kolommen: string[]): Tabel => ({ naam, kolommen, rijen: [] });
  const casus = t('casus', ['id', 'nummer', 'created_at', 'updated_at', 'status', 'gesloten_op']);
  const persoon = t('persoon', ['id', 'naam', 'geboortedatum', 'bsn', 'created_at']);
  const casusBetrokkene = t('casus_betrokkene', ['casus_id', 'persoon_id', 'sinds']);
  const advies = t('advies', [
    'id',
    'nummer',
    'soort',
    'ontvangen_op',
    'kanaal',
    'adviesvrager_organisatie',
    'adviesvrager_anoniem',
    'adviesvrager_naam',
    'aard_geweld',
    'samenvatting',
    'status',
    'geregistreerd_door',
    'created_at',
  ]);
  const melding = t('melding', [
    'id',
    'casus_id',
    'nummer',
    'ontvangen_op',
    'ontvangstdatum',
    'uiterlijke_beoordelingsdatum',
    'melder_naam',
    'melder_functie',
    'melder_telefoon',
    'melder_email',
    'melder_organisatie',
    'aard_geweld',
    'duur_geweld',
    'afweging_acute_onveiligheid',
    'afweging_structurele_onveiligheid',
    'politie',
    'classificatie',
    'fase',
    'team',
    'toegewezen_aan',
    'geregistreerd_door',
    'created_at',
    'updated_at',
  ]);
  const meldingBetrokkene = t('melding_betrokkene', ['melding_id', 'persoon_id', 'rol', 'was_bekend']);
  const beoordeling = t('veiligheidsbeoordeling', [
    'id',
    'melding_id',
    'acute_onveiligheid',
    'structurele_onveiligheid',
    'besluit',
    'besloten_door',
    'besloten_op',
    'getoetst_door',
    'getoetst_op',
    'status',
  ]);
  const interventie = t('interventie', [
    'id',
    'casus_id',
    'melding_id',
    'soort',
    'besloten_op',
    'uiterlijke_startdatum',
    'gestart_op',
    'uiterlijke_einddatum',
    'afgesloten_op',
    'uitkomsten',
    'status',
    'created_at',
  ]);
  const overdracht = t('overdracht', [
    'id',
    'casus_id',
    'melding_id',
    'partner_type',
    'partner_naam',
    'warm',
    'afgesproken_datum',
    'uitgevoerd_op',
    'status',
    'created_at',
    'gepland_op',
  ]);
  const monitoring = t('monitoring_contact', [
    'casus_id',
    'overdracht_id',
    'moment',
    'gepland_op',
    'uitgevoerd_op',
    'score_gezin',
    'score_professional',
    'status',
  ]);
  const terugkoppeling = t('terugkoppeling', ['melding_id', 'moment', 'datum', 'samenvatting', 'geregistreerd_door', 'created_at']);
  const tijdlijn = t('tijdlijn_gebeurtenis', ['casus_id', 'tijdstip', 'soort', 'omschrijving', 'object_type', 'object_id', 'door']);

  // Formatie first: the staff who decide and book hours.
  const fteDoel = (aantalMeldingen / jaren) * (profiel.ftePer1000Meldingen / 1000);
  const functieMix = { MW: 62, SC: 10, GD: 8, VA: 3, TEAMLEIDER: 6, MANAGEMENT: 3, STAF: 5, ONDERSTEUNING: 3 } as const;
  const medewerker = t('medewerker', ['id', 'gebruiker_id', 'naam', 'team']);
  const dienstverband = t('dienstverband', ['medewerker_id', 'functie', 'fte', 'opleidingsniveau', 'categorie', 'van', 'tot']);
  const staf: {
    id: string;
    gebruiker: string;
    functie: keyof typeof functieMix;
    fte: number;
    team: string;
    van: Datum;
    tot: Datum | null;
  }[] = [];
  let fte = 0;
  while (fte < fteDoel) {
    const functie = rng.weighted(functieMix);
    const mFte = rng.pick([0.6, 0.8, 0.8, 0.9, 1.0, 1.0]);
    const id = rng.uuid();
    const gebruiker = `synth-${code.toLowerCase()}-${staf.length + 1}`;
    const team = `Team ${rng.pick(['Noord', 'Zuid', 'Oost', 'West'])}`;
    const van = plusDagen(invoer.van, -rng.int(0, 5 * 365));
    const tot = rng.chance(0.08) ? plusDagen(invoer.van, rng.int(30, Math.max(31, dagen - 1))) : null;
    staf.push({ id, gebruiker, functie, fte: mFte, team, van, tot });
    const categorie =
      functie === 'MANAGEMENT' ? 'MANAGEMENT' : functie === 'STAF' ? 'STAF' : functie === 'ONDERSTEUNING' ? 'ONDERSTEUNING' : 'DIRECT';
    const opleiding =
      functie === 'SC' || functie === 'ONDERSTEUNING'
        ? 'MBO'
        : functie === 'GD' || functie === 'VA' || functie === 'MANAGEMENT'
          ? 'WO'
          : rng.chance(0.9)
            ? 'HBO'
            : 'WO';
    medewerker.rijen.push([id, gebruiker, `Synthetische Medewerker ${code}-${staf.length}`, team]);
    dienstverband.rijen.push([id, functie, mFte, opleiding, categorie, van, tot]);
    fte += tot ? (mFte * Math.max(0, dagenTussen(invoer.van, tot))) / dagen : mFte;
  }
  const mw = staf.filter((s) => s.functie === 'MW');
  const tweeMw = () => {
    const a = rng.pick(mw);
    let b = rng.pick(mw);
    for (let i = 0; i < 5 && b === a; i++) b = rng.pick(mw);
    return a === b ? [a.gebruiker, `${a.gebruiker}-collega`] : [a.gebruiker, b.gebruiker];
  };

  // Adviezen.
  for (let i = 0; i < aantalAdviezen; i++) {
    const datum = plusDagen(invoer.van, rng.int(0, dagen - 1));
    const organisatie = rng.weighted(ADVIESVRAGER_MIX);
    const anoniem = organisatie === 'NIET_BEROEPSMATIG' && rng.chance(0.4);
    const op = tijdstip(datum, rng);
    advies.rijen.push([
      rng.uuid(),
      `A-${datum.slice(0, 4)}-S${String(i + 1).padStart(7, '0')}`,
      rng.weighted({ ADVIES: 80, CONSULT: 12, ADVIES_EN_ONDERSTEUNING: 8 }),
      op,
      rng.weighted({ TELEFOON: 75, CHAT: 10, MAIL: 12, FYSIEK: 3 }),
      organisatie,
      anoniem,
      anoniem ? null : `Synthetische Adviesvrager ${i + 1}`,
      [rng.weighted(AARD_MIX)],
      'Synthetisch advies (demodata).',
      dagenTussen(datum, invoer.tot) > 7 ? 'AFGESLOTEN' : 'OPEN',
      mw[0]!.gebruiker,
      op,
    ]);
  }

  // Meldingen in time order, so a later melding can find the casus of an earlier one.
  const datums = Array.from({ length: aantalMeldingen }, () => plusDagen(invoer.van, rng.int(0, dagen - 1))).sort();
  const casussen: { id: string; personen: string[]; meldingen: MeldingState[] }[] = [];
  const vandaag = invoer.tot;
  const tel: Record<string, number> = {};
  const count = (key: string) => (tel[key] = (tel[key] ?? 0) + 1);

  datums.forEach((ontvangst, i) => {
    const ontvangenOp = tijdstip(ontvangst, rng);
    const organisatie = rng.weighted(MELDER_MIX);
    const politie = organisatie === 'POLITIE' ? (rng.chance(profiel.niet_unieke_politie) ? 'NIET_UNIEK' : 'UNIEK') : null;
    const aard = rng.weighted(AARD_MIX);
    const hergebruik = casussen.length > 0 && rng.chance(0.66);
    let casusIndex: number;
    let classificatie: string;
    let nieuwePersonen: { id: string; rol: string }[] = [];
    let bekendePersonen: { id: string; rol: string }[] = [];
    if (hergebruik) {
      casusIndex = rng.int(0, casussen.length - 1);
      const c = casussen[casusIndex]!;
      bekendePersonen = c.personen.map((id, k) => ({
        id,
        rol: k === 0 ? (aard === 'KINDERMISHANDELING' ? 'KIND' : 'SLACHTOFFER') : k === 1 ? 'OUDER_VERZORGER' : 'OVERIG',
      }));
      const fase = (m: MeldingState) =>
        m.eindOp !== null && m.eindOp < ontvangst
          ? 'klaar'
          : m.beoordeeldOp === null || m.beoordeeldOp >= ontvangst
            ? 'beoordeling'
            : m.monitoringVanaf !== null && m.monitoringVanaf <= ontvangst
              ? 'monitoring'
              : 'na';
      const fasen = c.meldingen.map(fase);
      classificatie =
        politie === 'NIET_UNIEK'
          ? 'NIET_INGEDEELD'
          : fasen.includes('beoordeling')
            ? 'VERVOLGMELDING_TIJDENS_BEOORDELING'
            : fasen.includes('na')
              ? 'VERVOLGMELDING_NA_BEOORDELING'
              : fasen.includes('monitoring')
                ? 'VERVOLGMELDING_TIJDENS_MONITORING'
                : 'HERMELDING';
      if (rng.chance(0.2)) nieuwePersonen = [{ id: rng.uuid(), rol: 'OVERIG' }];
    } else {
      casusIndex = casussen.length;
      const casusId = rng.uuid();
      casussen.push({ id: casusId, personen: [], meldingen: [] });
      casus.rijen.push([
        casusId,
        `C-${ontvangst.slice(0, 4)}-S${String(casusIndex + 1).padStart(7, '0')}`,
        ontvangenOp,
        ontvangenOp,
        'OPEN',
        null,
      ]);
      classificatie = politie === 'NIET_UNIEK' ? 'NIET_INGEDEELD' : 'EERSTE_MELDING';
      const kinderen = aard === 'KINDERMISHANDELING' ? rng.int(1, 3) : rng.int(0, 2);
      nieuwePersonen = [
        { id: rng.uuid(), rol: aard === 'KINDERMISHANDELING' ? 'KIND' : 'SLACHTOFFER' },
        { id: rng.uuid(), rol: aard === 'KINDERMISHANDELING' ? 'OUDER_VERZORGER' : 'PLEGER' },
        ...Array.from({ length: Math.max(0, kinderen - 1) }, () => ({ id: rng.uuid(), rol: 'KIND' })),
      ];
    }
    const c = casussen[casusIndex]!;
    for (const p of nieuwePersonen) {
      const kind = p.rol === 'KIND';
      const geboren = plusDagen(ontvangst, -rng.int(kind ? 200 : 20 * 365, kind ? 17 * 365 : 70 * 365));
      persoon.rijen.push([
        p.id,
        `Synthetisch Persoon ${code}-${persoon.rijen.length + 1}`,
        geboren,
        rng.chance(0.3) ? nieuwBsn() : null,
        ontvangenOp,
      ]);
      casusBetrokkene.rijen.push([c.id, p.id, ontvangenOp]);
      c.personen.push(p.id);
    }
    const meldingId = rng.uuid();
    for (const p of bekendePersonen) meldingBetrokkene.rijen.push([meldingId, p.id, p.rol, true]);
    for (const p of nieuwePersonen) meldingBetrokkene.rijen.push([meldingId, p.id, p.rol, false]);
    count(classificatie);

    const uiterlijk = kalender.plusWerkdagen(ontvangst, 5);
    const state: MeldingState = { casusIndex, ontvangst, beoordeeldOp: null, monitoringVanaf: null, eindOp: null };
    let fase = 'TE_BEOORDELEN';
    const [decider, toetser] = tweeMw();
    const nummer = `M-${ontvangst.slice(0, 4)}-S${String(i + 1).padStart(7, '0')}`;
    tijdlijn.rijen.push([
      c.id,
      ontvangenOp,
      'MELDING_ONTVANGEN',
      `Melding ${nummer} ontvangen (synthetisch)`,
      'Melding',
      meldingId,
      'Synthetische intake',
    ]);

    if (politie === 'NIET_UNIEK') {
      fase = FASE_GESLOTEN;
      state.beoordeeldOp = ontvangst;
      state.eindOp = ontvangst;
    } else {
      const k = rng.chance(profiel.laatAandeel) ? rng.int(6, 12) : rng.int(1, 5);
      const toetsdatum = kalender.plusWerkdagen(ontvangst, k);
      if (toetsdatum <= vandaag) {
        const besluit = rng.chance(profiel.behoudenDoorVt)
          ? rng.chance(profiel.onderzoekAandeel)
            ? 'ONDERZOEK'
            : 'VOORWAARDEN_EN_VERVOLG'
          : rng.weighted({ GEEN_VERVOLGSTAPPEN: 40, OVERDRACHT: 50, REGIONAAL_MAATWERK: 10 });
        const getoetst = tijdstip(toetsdatum, rng);
        const beoordelingId = rng.uuid();
        beoordeling.rijen.push([
          beoordelingId,
          meldingId,
          rng.chance(0.15),
          rng.chance(0.6),
          besluit,
          decider,
          new Date(getoetst.getTime() - 3_600_000),
          toetser,
          getoetst,
          'VASTGESTELD',
        ]);
        tijdlijn.rijen.push([
          c.id,
          getoetst,
          'BESLUIT_VASTGESTELD',
          `Besluit vastgesteld: ${besluit.toLowerCase().replaceAll('_', ' ')}`,
          'Veiligheidsbeoordeling',
          beoordelingId,
          'Synthetische toetsing',
        ]);
        state.beoordeeldOp = toetsdatum;
        count(`besluit:${besluit}`);
        // Most melders hear back within a few werkdagen; the rest show up as open work.
        const terug = kalender.plusWerkdagen(toetsdatum, rng.int(1, 4));
        if (terug <= vandaag && rng.chance(0.92))
          terugkoppeling.rijen.push([
            meldingId,
            'NA_BEOORDELING',
            terug,
            'Melder geïnformeerd (synthetisch).',
            decider,
            tijdstip(terug, rng),
          ]);
        let overdrachtVanaf: Datum | null = null;
        if (besluit === 'GEEN_VERVOLGSTAPPEN' || besluit === 'REGIONAAL_MAATWERK') {
          fase = FASE_GESLOTEN;
          state.eindOp = toetsdatum;
        } else if (besluit === 'OVERDRACHT') {
          overdrachtVanaf = toetsdatum;
          fase = 'OVERDRACHT';
        } else {
          fase = besluit;
          const start = kalender.plusWerkdagen(toetsdatum, rng.chance(0.85) ? rng.int(1, 5) : rng.int(6, 10));
          const uiterlijkeStart = kalender.plusWerkdagen(toetsdatum, 5);
          const gestart = start <= vandaag ? start : null;
          const einde = gestart ? plusDagen(gestart, Math.round(rng.exp(45)) + 14) : null;
          const gesloten = einde !== null && einde <= vandaag ? einde : null;
          const uitkomsten =
            gesloten && besluit === 'ONDERZOEK'
              ? JSON.stringify([{ aardGeweld: aard, uitkomst: rng.weighted({ BEVESTIGD: 45, NIET_BEVESTIGD: 40, WEERLEGD: 15 }) }])
              : gesloten
                ? '[]'
                : null;
          interventie.rijen.push([
            rng.uuid(),
            c.id,
            meldingId,
            besluit,
            toetsdatum,
            uiterlijkeStart,
            gestart,
            gestart ? plusDagen(gestart, 70) : null,
            gesloten,
            uitkomsten,
            gesloten ? 'AFGESLOTEN' : gestart ? 'GESTART' : 'GEPLAND',
            getoetst,
          ]);
          if (gesloten) {
            if (rng.chance(0.6)) {
              overdrachtVanaf = gesloten;
              fase = 'OVERDRACHT';
            } else {
              fase = FASE_GESLOTEN;
              state.eindOp = gesloten;
            }
          }
        }
        if (overdrachtVanaf) {
          const overdrachtId = rng.uuid();
          const geplandOp = plusDagen(overdrachtVanaf, Math.round(rng.exp(profiel.wachtGemiddeld)));
          const afgesproken = geplandOp <= vandaag ? plusDagen(geplandOp, rng.int(2, 10)) : null;
          const uitgevoerd = afgesproken && afgesproken <= vandaag ? afgesproken : null;
          const status = uitgevoerd ? 'UITGEVOERD' : afgesproken ? 'GEPLAND' : 'WACHTLIJST';
          overdracht.rijen.push([
            overdrachtId,
            c.id,
            meldingId,
            rng.weighted(PARTNER_MIX),
            'Synthetische Partner',
            rng.chance(0.15),
            afgesproken,
            uitgevoerd,
            status,
            tijdstip(overdrachtVanaf, rng),
            afgesproken ? tijdstip(geplandOp, rng) : null,
          ]);
          if (uitgevoerd) {
            fase = 'MONITORING';
            state.monitoringVanaf = uitgevoerd;
            let klaar = true;
            for (const [moment, maanden] of [
              ['DRIE_MAANDEN', 3],
              ['TWAALF_MAANDEN', 12],
            ] as const) {
              const datum = plusMaanden(uitgevoerd, maanden);
              const gedaan = datum <= vandaag;
              if (!gedaan) klaar = false;
              const score = () => (rng.chance(0.72) ? 'VOLDOENDE' : 'ONVOLDOENDE');
              monitoring.rijen.push([
                c.id,
                overdrachtId,
                moment,
                datum,
                gedaan ? datum : null,
                gedaan ? score() : null,
                gedaan ? score() : null,
                gedaan ? 'UITGEVOERD' : 'GEPLAND',
              ]);
            }
            if (klaar) {
              fase = FASE_GESLOTEN;
              state.eindOp = plusMaanden(uitgevoerd, 12);
            }
          }
        }
      } else if (rng.chance(0.3) && kalender.plusWerkdagen(ontvangst, 1) <= vandaag) {
        fase = 'TE_BEOORDELEN';
      }
    }
    c.meldingen.push(state);
    const team = rng.pick(['Team Noord', 'Team Zuid', 'Team Oost', 'Team West']);
    melding.rijen.push([
      meldingId,
      c.id,
      nummer,
      ontvangenOp,
      ontvangst,
      uiterlijk,
      'Synthetische Melder',
      organisatie === 'NIET_BEROEPSMATIG' ? null : 'professional',
      '010-0000000',
      null,
      organisatie,
      [aard],
      rng.weighted(DUUR_MIX),
      organisatie === 'NIET_BEROEPSMATIG' || politie === 'NIET_UNIEK' ? null : rng.chance(0.15),
      organisatie === 'NIET_BEROEPSMATIG' || politie === 'NIET_UNIEK' ? null : rng.chance(0.6),
      politie,
      classificatie,
      fase,
      fase === FASE_GESLOTEN ? null : team,
      fase === FASE_GESLOTEN ? null : decider,
      'synth-intake',
      ontvangenOp,
      ontvangenOp,
    ]);
    count(`fase:${fase}`);
  });

  // Casus status follows its meldingen.
  const open = new Set(melding.rijen.filter((r) => r[17] !== FASE_GESLOTEN).map((r) => r[1] as string));
  for (const row of casus.rijen) {
    if (!open.has(row[0] as string)) {
      row[4] = 'GESLOTEN';
      row[5] = row[3];
    }
  }

  // Hours: one booking per staff member per werkdag, products in proportion to the work.
  const tijd = t('tijdregistratie', ['medewerker_id', 'datum', 'functie', 'product', 'uren', 'bron', 'geregistreerd_door']);
  const directeProducten = {
    VEILIGHEIDSBEOORDELING: 30,
    ONDERZOEK: 22,
    VOORWAARDEN_EN_VERVOLG: 20,
    ADVIES: 12,
    OVERDRACHT: 6,
    MONITORING: 4,
    OVERLEG: 4,
    BEREIKBAARHEIDSDIENST: 2,
  } as const;
  const indirect = { MANAGEMENT: 'MANAGEMENT', STAF: 'ONDERSTEUNING', ONDERSTEUNING: 'ONDERSTEUNING' } as Record<string, string>;
  for (let d = invoer.van; d <= invoer.tot; d = plusDagen(d, 1)) {
    if (!kalender.isWerkdag(d)) continue;
    for (const s of staf) {
      if (s.van > d || (s.tot !== null && s.tot < d) || rng.chance(0.12)) continue; // leave, illness, part-time days
      const product =
        indirect[s.functie] ??
        (s.functie === 'SC'
          ? rng.weighted({ MELDING_AANNEMEN: 70, ADVIES: 30 })
          : rng.chance(0.08)
            ? 'SCHOLING'
            : rng.weighted(directeProducten));
      tijd.rijen.push([s.id, d, s.functie, product, Math.round(s.fte * 8 * 0.85 * 4) / 4, 'IMPORT', 'synth-import']);
    }
  }

  // Begroting per calendar year covered.
  const begroting = t('begroting', ['jaar', 'loonkosten', 'kosten', 'inkomsten', 'volumes']);
  for (let jaar = Number(invoer.van.slice(0, 4)); jaar <= Number(invoer.tot.slice(0, 4)); jaar++) {
    const personeel = staf.reduce((sum, s) => sum + s.fte * LOONKOSTEN[s.functie], 0);
    begroting.rijen.push([
      jaar,
      JSON.stringify(Object.entries(LOONKOSTEN).map(([functie, bedragPerFte]) => ({ functie, bedragPerFte }))),
      JSON.stringify([
        { soort: 'INDIRECT', categorie: 'Huisvesting en ICT', bedrag: Math.round(personeel * 0.15) },
        { soort: 'DIRECT', categorie: 'Tolken en vervoer', bedrag: Math.round(personeel * 0.02) },
      ]),
      JSON.stringify([{ categorie: 'Subsidie gemeenten', bedrag: Math.round(personeel * 1.2) }]),
      JSON.stringify([{ product: 'ADVIES', volume: Math.round(aantalAdviezen / jaren) }]),
    ]);
  }

  return {
    tabellen: [
      medewerker,
      dienstverband,
      casus,
      persoon,
      casusBetrokkene,
      advies,
      melding,
      meldingBetrokkene,
      beoordeling,
      interventie,
      overdracht,
      monitoring,
      terugkoppeling,
      tijdlijn,
      tijd,
      begroting,
    ],
    profiel,
    aantallen: { meldingen: aantalMeldingen, adviezen: aantalAdviezen, fte: Math.round(fte * 10) / 10, ...tel },
  };
}
