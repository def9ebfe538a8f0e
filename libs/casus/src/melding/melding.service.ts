import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, claimIdempotencyKey, requestHash, rows } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { ApiError, ErrorCode, isUuid, validatie } from '@vt/platform';
import { datumInNederland } from '@vt/werkdagen';
import type { MeldingFase } from '../classificaties/index.js';
import { Nummering } from '../casus/nummering.js';
import { CasusChangeRecorder } from '../casus/casus-change-recorder.js';
import { matchPersonen } from '../persoon/persoon-matching.js';
import { classificeer } from './classificatie.js';
import { MELDING_COLUMNS, type MeldingRow } from './melding.row.js';
import type { RegistreerMeldingInput } from './melding.types.js';
import { valideerMelding, type GeldigeMelding } from './melding.validatie.js';
import { teamFilterSql } from './werk-filter.js';
import { AdviesService } from '../advies/advies.service.js';

@Injectable()
export class MeldingService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
    private readonly advies: AdviesService,
    private readonly nummering: Nummering,
    private readonly changes: CasusChangeRecorder,
  ) {}

  /** Registers a melding (or replays an earlier one with the same idempotency key). */
  async registreer(input: RegistreerMeldingInput, vanAdvies?: { id: string; versie: number }): Promise<MeldingRow> {
    this.vereisBsnRecht(input);
    const geldig = valideerMelding(input);
    return this.db.run(async (m) => {
      let id: string | undefined;
      if (geldig.idempotencyKey) {
        const { idempotencyKey: _key, ...rest } = input;
        const claim = await claimIdempotencyKey(
          m,
          vanAdvies ? `zetAdviesOm:${vanAdvies.id}` : 'registreerMelding',
          geldig.idempotencyKey,
          requestHash(rest),
        );
        if (claim.status === 'mismatch') throw validatie('idempotencyKey', 'was already used for a different request');
        if (claim.status === 'replay') {
          const earlier = await this.leesIn(m, claim.id);
          if (!earlier) throw validatie('idempotencyKey', 'belongs to a melding that no longer exists');
          await this.log.schrijf(m, { actie: 'READ', objectType: 'Melding', objectId: earlier.id, casusId: earlier.casus_id });
          return earlier;
        }
        id = claim.id;
      }
      return this.maakAan(m, geldig, id ?? randomUUID(), vanAdvies);
    });
  }

  /**
   * A BSN is a lookup key (the radarfunctie matches on it and returns the person, casus and other
   * meldingen): a role that may not search by BSN may not send one either. Before anything is read or written.
   */
  private vereisBsnRecht(input: RegistreerMeldingInput): void {
    if (this.current.ability.can('read', 'Bsn')) return;
    const i = input.betrokkenen.findIndex((b) => b.bsn?.trim());
    if (i >= 0) {
      const field = `betrokkenen[${i}].bsn`;
      throw new ApiError(
        ErrorCode.FORBIDDEN,
        `${field}: your role may not use a BSN (only medewerker, administratief-medewerker and vertrouwensarts may)`,
        { field },
      );
    }
  }

  /** The melding with this id, or null when it does not exist, belongs to another region or another team. */
  async lees(id: string): Promise<MeldingRow | null> {
    return this.db.run(async (m) => {
      const row = isUuid(id) ? await this.leesZichtbaar(m, id) : null;
      await this.log.schrijf(m, {
        actie: 'READ',
        objectType: 'Melding',
        objectId: id,
        casusId: row?.casus_id ?? null,
        uitkomst: row ? 'GESLAAGD' : 'GEWEIGERD',
      });
      return row;
    });
  }

  /** Reads a melding inside a transaction honouring the team restriction (for mutations too). */
  async leesZichtbaar(m: EntityManager, id: string): Promise<MeldingRow | null> {
    const filter = teamFilterSql(await this.instellingen.lees(m), this.current.actor, 2);
    const [row] = await rows<MeldingRow>(m, `SELECT ${MELDING_COLUMNS} FROM melding m WHERE m.id = $1 AND ${filter.where}`, [
      id,
      ...filter.params,
    ]);
    return row ?? null;
  }

  private async leesIn(m: EntityManager, id: string): Promise<MeldingRow | null> {
    const [row] = await rows<MeldingRow>(m, `SELECT ${MELDING_COLUMNS} FROM melding m WHERE m.id = $1`, [id]);
    return row ?? null;
  }

  private async maakAan(
    m: EntityManager,
    melding: GeldigeMelding,
    id: string,
    vanAdvies: { id: string; versie: number } | undefined,
  ): Promise<MeldingRow> {
    const actor = this.current.actor;
    // First, so an advies that cannot be converted stops the work before anything is written.
    if (vanAdvies) await this.advies.markeerOmgezet(m, vanAdvies.id, vanAdvies.versie, id);
    // One person per identity, even when the input names someone twice (e.g. ouder and pleger).
    const identiteiten = new Map<string, number>();
    const uniek: GeldigeMelding['betrokkenen'] = [];
    const index = melding.betrokkenen.map((b, i) => {
      const key = b.bsn ? `bsn:${b.bsn}` : b.geboortedatum ? `np:${b.naam.toLowerCase()}|${b.geboortedatum}` : `i:${i}`;
      if (!identiteiten.has(key)) {
        identiteiten.set(key, uniek.length);
        uniek.push(b);
      }
      return identiteiten.get(key)!;
    });
    // Locks the match keys until commit: the casus choice below is race-free too (a concurrent
    // registration about the same person waits and then joins the casus this one opens).
    const personen = await matchPersonen(m, uniek);
    const bekend = personen.filter((p) => p.bekend).map((p) => p.persoonId);

    const casussen = await rows<{ id: string; status: string; fasen: MeldingFase[] }>(
      m,
      `SELECT c.id, c.status, COALESCE(array_agg(m.fase) FILTER (WHERE m.fase IS NOT NULL), '{}') AS fasen, max(m.ontvangen_op) AS laatste
       FROM casus c
       LEFT JOIN melding m ON m.casus_id = c.id
       WHERE c.id IN (SELECT casus_id FROM casus_betrokkene WHERE persoon_id = ANY($1::uuid[]))
       GROUP BY c.id, c.status
       ORDER BY (c.status = 'OPEN') DESC, laatste DESC NULLS LAST`,
      [bekend],
    );
    const lopend = casussen.flatMap((c) => c.fasen).filter((f) => f !== 'AFGESLOTEN');
    const classificatie = classificeer(melding.politie, bekend.length, lopend);

    const ontvangstdatum = datumInNederland(melding.ontvangenOp);
    const jaar = Number(ontvangstdatum.slice(0, 4));
    let casusId = casussen[0]?.id;
    if (casusId) {
      await m.query(`UPDATE casus SET status = 'OPEN', gesloten_op = NULL, updated_at = now(), version = version + 1 WHERE id = $1`, [
        casusId,
      ]);
    } else {
      const nummer = await this.nummering.volgend('C', jaar);
      [{ id: casusId }] = await rows<{ id: string }>(m, `INSERT INTO casus (nummer) VALUES ($1) RETURNING id`, [nummer]);
    }
    const kalender = await this.instellingen.kalender(m);
    const uiterlijk = kalender.plusWerkdagen(ontvangstdatum, 5);
    const fase: MeldingFase = melding.politie === 'NIET_UNIEK' ? 'AFGESLOTEN' : 'TE_BEOORDELEN';
    const nummer = await this.nummering.volgend('M', jaar);
    const [row] = await rows<MeldingRow>(
      m,
      `INSERT INTO melding AS m (id, casus_id, nummer, ontvangen_op, ontvangstdatum, uiterlijke_beoordelingsdatum,
         melder_naam, melder_functie, melder_telefoon, melder_email, melder_organisatie, aard_geweld, aanvullende_kenmerken,
         duur_geweld, afweging_acute_onveiligheid, afweging_structurele_onveiligheid, afweging_toelichting, politie,
         classificatie, fase, advies_id, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
       RETURNING ${MELDING_COLUMNS}`,
      [
        id,
        casusId,
        nummer,
        melding.ontvangenOp,
        ontvangstdatum,
        uiterlijk,
        melding.melder.naam,
        melding.melder.functie,
        melding.melder.telefoon,
        melding.melder.email,
        melding.melder.organisatie,
        melding.aardGeweld,
        melding.aanvullendeKenmerken,
        melding.duurGeweld,
        melding.afwegingskader?.acuteOnveiligheid ?? null,
        melding.afwegingskader?.structureleOnveiligheid ?? null,
        melding.afwegingskader?.toelichting ?? null,
        melding.politie,
        classificatie,
        fase,
        vanAdvies?.id ?? null,
        actor.userId,
      ],
    );
    await m.query(
      `INSERT INTO melding_betrokkene (melding_id, persoon_id, rol, was_bekend)
       SELECT $1, p, r, b FROM unnest($2::uuid[], $3::text[], $4::boolean[]) AS t(p, r, b) ON CONFLICT DO NOTHING`,
      [row!.id, index.map((i) => personen[i]!.persoonId), melding.betrokkenen.map((b) => b.rol), index.map((i) => personen[i]!.bekend)],
    );
    await m.query(`INSERT INTO casus_betrokkene (casus_id, persoon_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      casusId,
      personen.map((p) => p.persoonId),
    ]);
    await this.changes.record(m, {
      casusId,
      actie: 'CREATE',
      objectType: 'Melding',
      objectId: row!.id,
      tijdlijn: [
        ...(vanAdvies
          ? [
              {
                soort: 'ADVIES_OMGEZET' as const,
                omschrijving: `Advies omgezet in melding ${nummer}`,
                objectType: 'Advies',
                objectId: vanAdvies.id,
              },
            ]
          : []),
        {
          soort: 'MELDING_ONTVANGEN',
          omschrijving: `Melding ${nummer} ontvangen (${classificatie.toLowerCase().replaceAll('_', ' ')})${fase === 'AFGESLOTEN' ? ', administratief afgehandeld' : ''}`,
        },
      ],
    });
    return row!;
  }
}
