import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';

@ObjectType({ description: "The region's own policy for case handling." })
export class RegioInstellingen {
  @Field(() => Boolean, {
    description: 'Whether every besluit needs a multidisciplinary review (gedragswetenschapper or vertrouwensarts) before it is confirmed.',
  })
  mdToetsingVerplicht: boolean;

  @Field(() => Boolean, { description: 'Whether medewerkers see and handle only meldingen assigned to their own team.' })
  werkBeperktTotTeam: boolean;

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

  @Field(() => Int, { description: 'Version for optimistic locking; pass it back when changing the settings (0 before the first change).' })
  version: number;
}

@InputType({ description: "Change the region's policy." })
export class WijzigInstellingenInput {
  @Field(() => Boolean, { description: 'Require a multidisciplinary review for every besluit.' })
  mdToetsingVerplicht: boolean;

  @Field(() => Boolean, { description: 'Restrict medewerkers to their own team.' })
  werkBeperktTotTeam: boolean;

  @Field(() => Int, { nullable: true, description: 'Window for niet-unieke police meldingen in days (1 to 90); omitted: unchanged.' })
  nietUniekVensterDagen?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The crisis team (1 to 100 characters; an empty string clears it); omitted: unchanged.',
  })
  crisisteam?: string | null;

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
