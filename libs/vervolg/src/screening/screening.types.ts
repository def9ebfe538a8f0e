import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';

export const ScreeningUitkomst = defineEnum(
  { ACUUT: 'ACUUT', NIET_ACUUT: 'NIET_ACUUT' } as const,
  'ScreeningUitkomst',
  'Outcome of the same-day screening of a melding for acute onveiligheid.',
  {
    ACUUT: 'Acute onveiligheid: the crisis team acts now (a crisisinterventie is started, the beoordeling leads every werkvoorraad).',
    NIET_ACUUT: 'No acute onveiligheid: the melding follows the normal veiligheidsbeoordeling.',
  },
);
export type ScreeningUitkomst = (typeof ScreeningUitkomst)[keyof typeof ScreeningUitkomst];

@ObjectType({ description: 'The screening of a melding for acute onveiligheid, the werkdag it arrived.' })
export class Screening {
  @Field(() => ID, { description: 'Id of the screening.' })
  id: string;

  @Field(() => ScreeningUitkomst, { description: 'Acute or not.' })
  uitkomst: ScreeningUitkomst;

  @Field(() => String, { nullable: true, description: 'What the screener saw (no more than needed).' })
  toelichting: string | null;

  @Field(() => DateResolver, { description: 'The werkdag by which it had to be screened.' })
  uiterlijk: string;

  @Field(() => Boolean, { description: 'Whether it was screened on or before that werkdag.' })
  tijdig: boolean;

  @Field(() => ID, { nullable: true, description: 'The crisisinterventie started for an acute melding.' })
  crisisinterventieId: string | null;

  @Field(() => String, { description: 'Who screened (user name from the token).' })
  gescreendDoorNaam: string;

  @Field(() => GraphQLDateTime, { description: 'When it was screened.' })
  gescreendOp: Date;
}

@InputType({ description: 'Record the screening of a melding for acute onveiligheid.' })
export class ScreenMeldingInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => ScreeningUitkomst, { description: 'Acute or not.' })
  uitkomst: ScreeningUitkomst;

  @Field(() => String, {
    nullable: true,
    description: 'What the screener saw; required for ACUUT (it is the start of the crisisinterventie), 1 to 2000 characters.',
  })
  toelichting?: string | null;
}
