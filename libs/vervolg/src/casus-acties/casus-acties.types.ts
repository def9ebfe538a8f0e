import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { TerugkoppelingMoment } from '../vervolg.enums.js';

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
