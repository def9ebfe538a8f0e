import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Two casussen turn out to be one family: everything of the first moves into the second.' })
export class VoegCasussenSamenInput {
  @Field(() => ID, { description: 'The casus that is merged; it keeps its number with status SAMENGEVOEGD and points to the other.' })
  casusId: string;

  @Field(() => Int, { description: 'The version of that casus you read (optimistic locking).' })
  versie: number;

  @Field(() => ID, { description: 'The casus that holds both from now on.' })
  inCasusId: string;

  @Field(() => Int, { description: 'The version of the casus merged into that you read.' })
  inVersie: number;

  @Field(() => String, { description: 'Why the two are one family (kept in the history).' })
  reden: string;
}

@InputType({ description: 'Moves some meldingen of a casus, with what belongs to them, to a new casus (they concern another family).' })
export class SplitsCasusInput {
  @Field(() => ID, { description: 'The casus to split.' })
  casusId: string;

  @Field(() => Int, { description: 'The version of the casus you read (optimistic locking).' })
  versie: number;

  @Field(() => [ID], {
    description: 'The meldingen that move to the new casus: at least one, and not all of them (the casus keeps at least one).',
  })
  meldingIds: string[];

  @Field(() => String, { description: 'Why these meldingen concern another family (kept in the history).' })
  reden: string;
}

@InputType({
  description:
    'Undoes a wrong radarfunctie match: the named betrokkenen of the melding were matched to a known person who is someone else.',
})
export class MaakRadarMatchOngedaanInput {
  @Field(() => ID, { description: 'The melding whose betrokkenen were matched wrongly.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => [ID], {
    description:
      'The persons (as matched) who are not the person in this melding. Each gets a new person record for this melding with the name and date of birth, without BSN or other details of the wrongly matched person.',
  })
  persoonIds: string[];

  @Field(() => String, { description: 'Why the match was wrong (kept in the history).' })
  reden: string;
}
