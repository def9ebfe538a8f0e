import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { VoorwaardeStatus } from '../vervolg.enums.js';

@ObjectType({
  description: 'A veiligheidsvoorwaarde: a safety condition agreed with the family during an onderzoek or V&V, checked at monitoring.',
})
export class Veiligheidsvoorwaarde {
  @Field(() => ID, { description: 'Id of the veiligheidsvoorwaarde.' })
  id: string;

  @Field(() => ID, { description: 'The onderzoek or V&V it was agreed in.' })
  interventieId: string;

  @Field(() => String, { description: 'What was agreed, 1 to 2,000 characters.' })
  omschrijving: string;

  @Field(() => String, { description: 'Who is responsible for meeting it (a person or role), 1 to 200 characters.' })
  verantwoordelijke: string;

  @Field(() => DateResolver, { nullable: true, description: 'Date by which it must be met, if agreed.' })
  uiterlijk: string | null;

  @Field(() => VoorwaardeStatus, { description: 'Agreed, met, not met or lapsed.' })
  status: VoorwaardeStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last checked; null while only agreed.' })
  gecontroleerdOp: Date | null;

  @Field(() => ID, { nullable: true, description: 'The monitoring contact of the same casus at which it was last checked, if any.' })
  monitoringContactId: string | null;

  @Field(() => String, { nullable: true, description: 'Explanation of the last check.' })
  toelichting: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Record a veiligheidsvoorwaarde for a planned or running onderzoek or V&V.' })
export class LegVoorwaardeVastInput {
  @Field(() => ID, { description: 'The intervention (status GEPLAND or GESTART).' })
  interventieId: string;

  @Field(() => String, { description: 'What is agreed, 1 to 2,000 characters.' })
  omschrijving: string;

  @Field(() => String, { description: 'Who is responsible for meeting it, one line of 1 to 200 characters.' })
  verantwoordelijke: string;

  @Field(() => DateResolver, { nullable: true, description: 'Date by which it must be met: from today up to one year ahead.' })
  uiterlijk?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Makes a retry safe: the same key with the same input returns the voorwaarde recorded first (8 to 200 characters).',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Record the check of a veiligheidsvoorwaarde, typically at a monitoring contact.' })
export class BeoordeelVoorwaardeInput {
  @Field(() => ID, { description: 'The veiligheidsvoorwaarde.' })
  voorwaardeId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => VoorwaardeStatus, { description: 'The outcome: NAGEKOMEN, NIET_NAGEKOMEN or VERVALLEN (AFGESPROKEN is VALIDATIE).' })
  status: VoorwaardeStatus;

  @Field(() => String, { nullable: true, description: 'Explanation, up to 2,000 characters; required for NIET_NAGEKOMEN and VERVALLEN.' })
  toelichting?: string | null;

  @Field(() => ID, { nullable: true, description: 'The monitoring contact of the same casus at which it was checked.' })
  monitoringContactId?: string | null;
}
