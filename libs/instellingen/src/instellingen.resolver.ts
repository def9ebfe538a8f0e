import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { TenantDb, kysely, sql } from '@vt/database';
import { ApiError, ErrorCode, ValidationCollector, validatie } from '@vt/platform';
import { datumVan, wettelijkeFeestdagen } from '@vt/werkdagen';
import { InstellingenService } from './instellingen.service.js';
import type { Instellingen } from './instellingen.sql.js';
import { valideerInstellingen } from './instellingen.validation.js';
import { KalenderAanpassingInput, KalenderDag, RegioInstellingen, WijzigInstellingenInput } from './instellingen.types.js';

@Resolver(() => RegioInstellingen)
export class InstellingenResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly service: InstellingenService,
  ) {}

  @Query(() => RegioInstellingen, { description: "The region's policy for case handling." })
  @Allow('read', 'Instellingen')
  instellingen(): Promise<RegioInstellingen> {
    return this.db.run(async (m) => this.alsType(await this.service.lees(m)));
  }

  @Mutation(() => RegioInstellingen, { description: "Change the region's policy (functioneel-beheerder)." })
  @Allow('update', 'Instellingen')
  wijzigInstellingen(@Args('input') input: WijzigInstellingenInput): Promise<RegioInstellingen> {
    valideerInstellingen(input);
    return this.db.run(async (m) => {
      const fouten = new ValidationCollector();
      const venster = input.nietUniekVensterDagen;
      if (venster !== undefined && venster !== null && (venster < 1 || venster > 90))
        fouten.fail('nietUniekVensterDagen', 'must be 1 to 90 days');
      const crisisteam = input.crisisteam === undefined || input.crisisteam === null ? undefined : input.crisisteam.trim();
      if (crisisteam !== undefined && crisisteam.length > 100) fouten.fail('crisisteam', 'must be at most 100 characters');
      const { bewaartermijnJaren: jaren, toegangslogBewaartermijnJaren: logJaren } = input;
      if (jaren != null && (!Number.isInteger(jaren) || jaren < 15 || jaren > 100))
        fouten.fail('bewaartermijnJaren', 'must be 15 to 100 years (the statutory minimum is 15)');
      if (logJaren != null && (!Number.isInteger(logJaren) || logJaren < 5 || logJaren > 100))
        fouten.fail('toegangslogBewaartermijnJaren', 'must be 5 to 100 years (NEN 7513: at least 5)');
      fouten.done();
      // An optional term or norm left out (or null) keeps its current value (or the default on the first change).
      const values = {
        md_toetsing_verplicht: input.mdToetsingVerplicht,
        werk_beperkt_tot_team: input.werkBeperktTotTeam,
        ...(venster !== undefined && venster !== null ? { niet_uniek_venster_dagen: venster } : {}),
        ...(crisisteam !== undefined ? { crisisteam: crisisteam === '' ? null : crisisteam } : {}),
        beoordeling_werkdagen: input.beoordelingWerkdagen ?? undefined,
        interventie_start_werkdagen: input.interventieStartWerkdagen ?? undefined,
        interventie_weken: input.interventieWeken ?? undefined,
        terugkoppeling_werkdagen: input.terugkoppelingWerkdagen ?? undefined,
        signaal_werkdagen: input.signaalWerkdagen ?? undefined,
        norm_beoordeling_tijdig_pct: input.normBeoordelingTijdigPct ?? undefined,
        norm_interventie_tijdig_pct: input.normInterventieTijdigPct ?? undefined,
        norm_monitoring_voldoende_pct: input.normMonitoringVoldoendePct ?? undefined,
        bewaartermijn_jaren: jaren ?? undefined,
        toegangslog_bewaartermijn_jaren: logJaren ?? undefined,
        bewaartermijn_modus: input.bewaartermijnModus ?? undefined,
      };
      // Version 0 means "never changed": the first change inserts the row.
      const gewijzigd = await (input.versie === 0
        ? kysely(m)
            .insertInto('tenant_instelling')
            .values(values)
            .onConflict((conflict) => conflict.column('tenant_id').doNothing())
            .returning('version')
            .executeTakeFirst()
        : kysely(m)
            .updateTable('tenant_instelling')
            .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
            .where('version', '=', input.versie)
            .returning('version')
            .executeTakeFirst());
      if (!gewijzigd) throw new ApiError(ErrorCode.VERSIE_CONFLICT, 'The settings were changed by someone else; read them again');
      this.service.vergeet();
      return this.alsType(await this.service.lees(m));
    });
  }

  /** The settings as the schema shows them: the signal horizon in effect, the region's or the platform's. */
  private alsType(instellingen: Instellingen): RegioInstellingen {
    return { ...instellingen, signaalWerkdagen: this.service.signaalWerkdagen(instellingen) };
  }

  @Query(() => [KalenderDag], {
    description: "Days of a year that are not werkdagen (holidays of the Algemene termijnenwet) with the region's adjustments.",
  })
  @Allow('read', 'Instellingen')
  kalender(@Args('jaar', { type: () => Int, description: 'The year, 2000 to 2100.' }) jaar: number): Promise<KalenderDag[]> {
    if (jaar < 2000 || jaar > 2100) throw validatie('jaar', 'must be between 2000 and 2100');
    return this.db.run(async (m) => {
      const aanpassingen = (await this.service.aanpassingen(m)).filter((a) => a.datum.startsWith(`${jaar}-`));
      const dagen: KalenderDag[] = wettelijkeFeestdagen(jaar)
        .filter((f) => !aanpassingen.some((a) => a.datum === f.datum))
        .map((f) => ({ datum: f.datum, omschrijving: f.naam, werkdag: false, aangepastDoorRegio: false }));
      for (const a of aanpassingen)
        dagen.push({ datum: a.datum, omschrijving: a.omschrijving, werkdag: a.werkdag, aangepastDoorRegio: true });
      return dagen.sort((a, b) => a.datum.localeCompare(b.datum));
    });
  }

  @Mutation(() => [KalenderDag], {
    description: "Adjust one date of the region's calendar (functioneel-beheerder); returns that year's calendar.",
  })
  @Allow('update', 'Instellingen')
  async pasKalenderAan(@Args('input') input: KalenderAanpassingInput): Promise<KalenderDag[]> {
    const datum = datumVan(input.datum);
    const omschrijving = input.omschrijving.trim();
    if (omschrijving.length < 1 || omschrijving.length > 200) throw validatie('omschrijving', 'must be 1 to 200 characters');
    await this.db.run((m) =>
      kysely(m)
        .insertInto('feestdag_aanpassing')
        .values({ datum, werkdag: input.werkdag, omschrijving })
        .onConflict((conflict) =>
          conflict.columns(['tenant_id', 'datum']).doUpdateSet((eb) => ({
            werkdag: eb.ref('excluded.werkdag'),
            omschrijving: eb.ref('excluded.omschrijving'),
          })),
        )
        .execute(),
    );
    this.service.vergeet();
    return this.kalender(Number(datum.slice(0, 4)));
  }
}
