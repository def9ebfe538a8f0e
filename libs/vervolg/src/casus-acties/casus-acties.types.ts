import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { HuisverbodStatus, TerugkoppelingMoment } from '../vervolg.enums.js';

@ObjectType({ description: 'Feedback to the melder on the steps taken.' })
export class Terugkoppeling {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => TerugkoppelingMoment, { description: 'After the beoordeling or after an onderzoek.' })
  moment: TerugkoppelingMoment;

  @Field(() => DateResolver, { description: 'When the melder was informed.' })
  datum: string;

  @Field(() => String, { description: 'Summary of what was told.' })
  samenvatting: string;
}

@ObjectType({ description: 'A tijdelijk huisverbod (10 days, extendable to 28) with Veilig Thuis doing case management.' })
export class Huisverbod {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => DateResolver, { description: 'Date the mayor imposed it.' })
  opgelegdOp: string;

  @Field(() => DateResolver, { description: 'Last day in force.' })
  einddatum: string;

  @Field(() => HuisverbodStatus, { description: 'State.' })
  status: HuisverbodStatus;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@ObjectType({ description: 'A crisisinterventie registered on a casus.' })
export class Crisisinterventie {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  datum: Date;

  @Field(() => String, { description: 'What was done.' })
  samenvatting: string;
}

@InputType({ description: 'Record feedback to the melder.' })
export class RegistreerTerugkoppelingInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => TerugkoppelingMoment, {
    description: 'After the beoordeling (needs a confirmed besluit) or after an onderzoek (needs a closed onderzoek).',
  })
  moment: TerugkoppelingMoment;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future.' })
  datum?: Date | null;

  @Field(() => String, { description: 'Summary, 1 to 10,000 characters.' })
  samenvatting: string;
}

@InputType({ description: 'Register a tijdelijk huisverbod on a casus.' })
export class RegistreerHuisverbodInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => DateResolver, { description: 'Date it was imposed; not in the future.' })
  opgelegdOp: Date;
}

@InputType({ description: 'Register a crisisinterventie on a casus.' })
export class RegistreerCrisisInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When; defaults to now; not in the future.' })
  datum?: Date | null;

  @Field(() => String, { description: 'What was done, 1 to 10,000 characters.' })
  samenvatting: string;
}

@InputType({ description: 'Assign a melding to a team and/or medewerker (teammanager).' })
export class WijsToeInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => String, { nullable: true, description: 'Team name (null clears it).' })
  team?: string | null;

  @Field(() => String, { nullable: true, description: 'User id of the medewerker (null clears it).' })
  medewerker?: string | null;
}
