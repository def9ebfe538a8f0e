import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';

export const BewaartermijnModus = defineEnum(
  { PROEFDRAAI: 'PROEFDRAAI', UITVOEREN: 'UITVOEREN' } as const,
  'BewaartermijnModus',
  'What the nightly retention job does with casussen past their bewaartermijn.',
  {
    PROEFDRAAI: 'Dry run: it reports how many casussen and access-log entries it would destroy, and destroys nothing.',
    UITVOEREN: 'It destroys them (each with a destruction record).',
  },
);
export type BewaartermijnModus = (typeof BewaartermijnModus)[keyof typeof BewaartermijnModus];

@ObjectType({ description: "The region's own policy for case handling." })
export class RegioInstellingen {
  @Field(() => Boolean, {
    description: 'Whether every besluit needs a multidisciplinary review (gedragswetenschapper or vertrouwensarts) before it is confirmed.',
  })
  mdToetsingVerplicht: boolean;

  @Field(() => Boolean, { description: 'Whether medewerkers see and handle only meldingen assigned to their own team.' })
  werkBeperktTotTeam: boolean;

  @Field(() => Int, { description: 'Werkdagen after receipt within which a melding must be assessed (sector norm and default: 5).' })
  beoordelingWerkdagen: number;

  @Field(() => Int, { description: 'Werkdagen after the besluit within which an onderzoek or V&V must start (default: 5).' })
  interventieStartWerkdagen: number;

  @Field(() => Int, {
    description:
      'Weeks after the besluit about follow-up steps within which an onderzoek or V&V must be finished (statutory, default: 10), whether or not it has started; also the term of regionaal maatwerk.',
  })
  interventieWeken: number;

  @Field(() => Int, {
    description: 'Werkdagen after the besluit and after the onderzoek within which a professional melder must hear back (default: 5).',
  })
  terugkoppelingWerkdagen: number;

  @Field(() => Int, {
    description:
      "Werkdagen before a deadline that it becomes a task (BINNENKORT): the region's own horizon, or the platform's DEADLINE_SIGNAAL_WERKDAGEN (default 2) while the region has set none.",
  })
  signaalWerkdagen: number;

  @Field(() => Int, {
    description: 'Prestatieafspraak: target percentage of veiligheidsbeoordelingen within the beoordeling term (default: 80).',
  })
  normBeoordelingTijdigPct: number;

  @Field(() => Int, { description: 'Prestatieafspraak: target percentage of onderzoeken and V&V finished within the term (default: 80).' })
  normInterventieTijdigPct: number;

  @Field(() => Int, { description: 'Prestatieafspraak: target percentage of monitoring contacts with safety "voldoende" (default: 65).' })
  normMonitoringVoldoendePct: number;
  @Field(() => Int, {
    description:
      'Days before a police melding in which an open melding about the same household makes it niet-uniek (police import; default 14).',
  })
  nietUniekVensterDagen: number;

  @Field(() => String, {
    nullable: true,
    description: 'The team an acute melding goes to at screening (the crisis team); null: it keeps its team.',
  })
  crisisteam: string | null;

  @Field(() => Int, {
    description: 'Years after a casus was closed that it is kept, then destroyed by the nightly job (at least 15; default 20).',
  })
  bewaartermijnJaren: number;

  @Field(() => Int, { description: 'Years the NEN 7513 access log is kept before the nightly job purges it (at least 5; default 5).' })
  toegangslogBewaartermijnJaren: number;

  @Field(() => BewaartermijnModus, {
    description: 'PROEFDRAAI (default): the nightly job only reports what it would destroy; UITVOEREN: it destroys.',
  })
  bewaartermijnModus: BewaartermijnModus;

  @Field(() => Int, { description: 'Version for optimistic locking; pass it back when changing the settings (0 before the first change).' })
  version: number;
}

@InputType({ description: "Change the region's policy." })
export class WijzigInstellingenInput {
  @Field(() => Boolean, { description: 'Require a multidisciplinary review for every besluit.' })
  mdToetsingVerplicht: boolean;

  @Field(() => Boolean, { description: 'Restrict medewerkers to their own team.' })
  werkBeperktTotTeam: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Werkdagen to assess a melding, 1 to 20; applies to meldingen received from now on. Omitted: unchanged.',
  })
  beoordelingWerkdagen?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Werkdagen to start an onderzoek or V&V after the besluit, 1 to 20; applies to besluiten from now on. Omitted: unchanged.',
  })
  interventieStartWerkdagen?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Weeks to finish an onderzoek or V&V after the besluit, 1 to 26; applies to besluiten from now on. Omitted: unchanged.',
  })
  interventieWeken?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Werkdagen to give a professional melder feedback, 1 to 30; applies to besluiten and onderzoeken from now on. Omitted: unchanged.',
  })
  terugkoppelingWerkdagen?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Werkdagen before a deadline that it becomes a task, 0 to 20; applies at the next run of the deadline watch. Omitted: unchanged.',
  })
  signaalWerkdagen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target % of beoordelingen within the term, 0 to 100. Omitted: unchanged.' })
  normBeoordelingTijdigPct?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target % of onderzoeken and V&V within the term, 0 to 100. Omitted: unchanged.' })
  normInterventieTijdigPct?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target % of monitoring contacts "voldoende", 0 to 100. Omitted: unchanged.' })
  normMonitoringVoldoendePct?: number | null;
  @Field(() => Int, { nullable: true, description: 'Window for niet-unieke police meldingen in days (1 to 90); omitted: unchanged.' })
  nietUniekVensterDagen?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The crisis team (1 to 100 characters; an empty string clears it); omitted: unchanged.',
  })
  crisisteam?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bewaartermijn of a closed casus in years, 15 to 100; omitted: unchanged.' })
  bewaartermijnJaren?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bewaartermijn of the access log in years, 5 to 100; omitted: unchanged.' })
  toegangslogBewaartermijnJaren?: number | null;

  @Field(() => BewaartermijnModus, { nullable: true, description: 'Whether the nightly retention job destroys; omitted: unchanged.' })
  bewaartermijnModus?: BewaartermijnModus | null;

  @Field(() => Int, { description: 'The version you read; a different current version gives VERSIE_CONFLICT.' })
  versie: number;
}

@ObjectType({ description: 'A day that is not a werkdag (or a holiday the region works on) in a year.' })
export class KalenderDag {
  @Field(() => DateResolver, { description: 'The date.' })
  datum: string;

  @Field(() => String, { description: 'Name of the holiday or the reason of the adjustment.' })
  omschrijving: string;

  @Field(() => Boolean, { description: 'True when the region works on this day despite a holiday; false for a day off.' })
  werkdag: boolean;

  @Field(() => Boolean, { description: 'True for an adjustment by the region, false for a generally recognised holiday.' })
  aangepastDoorRegio: boolean;
}

@InputType({ description: "Adjust the region's calendar for one date." })
export class KalenderAanpassingInput {
  @Field(() => DateResolver, { description: 'The date to adjust.' })
  datum: Date;

  @Field(() => Boolean, { description: 'true: count this date as a werkdag; false: count it as a day off.' })
  werkdag: boolean;

  @Field(() => String, { description: 'Why (shown in the calendar), 1 to 200 characters.' })
  omschrijving: string;
}
