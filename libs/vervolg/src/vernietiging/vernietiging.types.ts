import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType, PageArgs, defineEnum } from '@vt/platform';

export const VernietigingSoort = defineEnum({ PERSOON: 'PERSOON', CASUS: 'CASUS' } as const, 'VernietigingSoort', 'What was destroyed.', {
  PERSOON: "One person's data in the family dossier (on request); what others need was kept, as the record says.",
  CASUS: 'A whole casus with everything derived from it (after its bewaartermijn).',
});
export type VernietigingSoort = (typeof VernietigingSoort)[keyof typeof VernietigingSoort];

export const VernietigingAanleiding = defineEnum(
  { VERZOEK: 'VERZOEK', BEWAARTERMIJN: 'BEWAARTERMIJN' } as const,
  'VernietigingAanleiding',
  'Why it was destroyed.',
  {
    VERZOEK: 'A granted request of the person (AVG art. 17; Wmo 2015 art. 5.3.6).',
    BEWAARTERMIJN: 'The bewaartermijn after closing had passed (the nightly job).',
  },
);
export type VernietigingAanleiding = (typeof VernietigingAanleiding)[keyof typeof VernietigingAanleiding];

@ObjectType({ description: 'How many records of one kind a destruction removed or changed.' })
export class VernietigdAantal {
  @Field(() => String, { description: 'Kind of record, e.g. journaalregel, document, melding, tekst_geredigeerd.' })
  onderdeel: string;

  @Field(() => Int, { description: 'How many.' })
  aantal: number;
}

@ObjectType({ description: 'What a destruction kept, and why (the decision records it).' })
export class VernietigingBehouden {
  @Field(() => String, { description: 'What was kept: BETROKKENHEID, JOURNAAL, DOCUMENT or TOEGANGSLOG.' })
  onderdeel: string;

  @Field(() => Int, { nullable: true, description: 'How many records, where counted.' })
  aantal: number | null;

  @Field(() => String, { description: 'Why it was kept (Dutch, for the letter to the requester).' })
  reden: string;
}

@ObjectType({
  description:
    'The record of a destruction, without content: what kind, why, when, by whom, and how many records of each kind. It stays after everything else is gone.',
})
export class Vernietiging {
  @Field(() => ID, { description: 'Id of the record.' })
  id: string;

  @Field(() => VernietigingSoort, { description: 'A person or a whole casus.' })
  soort: VernietigingSoort;

  @Field(() => VernietigingAanleiding, { description: 'A request or the bewaartermijn.' })
  aanleiding: VernietigingAanleiding;

  @Field(() => ID, { nullable: true, description: 'The verzoek it carried out (aanleiding VERZOEK).' })
  verzoekId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person whose data was destroyed (soort PERSOON); only a remaining id.' })
  persoonId: string | null;

  @Field(() => ID, { nullable: true, description: 'The casus destroyed (soort CASUS); it remains as a number with status VERNIETIGD.' })
  casusId: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the casus destroyed.' })
  casusNummer: string | null;

  @Field(() => [VernietigdAantal], { description: 'Records removed or changed, per kind.' })
  aantallen: VernietigdAantal[];

  @Field(() => [VernietigingBehouden], { description: 'What was kept and why.' })
  behouden: VernietigingBehouden[];

  @Field(() => GraphQLDateTime, { description: 'When it was carried out.' })
  uitgevoerdOp: Date;

  @Field(() => String, { description: 'Who carried it out (user id, or the retention job).' })
  uitgevoerdDoor: string;
}

export const VernietigingConnection = ConnectionType(Vernietiging, 'Vernietiging', 'Destruction records of the region, newest first.');

@ArgsType()
export class VernietigingenArgs extends PageArgs {}

@ObjectType({ description: 'A closed casus past its bewaartermijn: what the retention job would destroy.' })
export class TeVernietigenCasus {
  @Field(() => ID, { description: 'Id of the casus.' })
  casusId: string;

  @Field(() => String, { description: 'Number of the casus.' })
  nummer: string;

  @Field(() => GraphQLDateTime, { description: 'When it was closed.' })
  geslotenOp: Date;
}

@ObjectType({
  description:
    'The dry run of the retention job for your region, as of today: which closed casussen are past their bewaartermijn (those under a legal hold are counted apart) and how many access-log entries are past theirs. Nothing is destroyed by reading it.',
})
export class BewaartermijnVoorstel {
  @Field(() => Int, { description: 'The bewaartermijn of a casus in years (region setting).' })
  bewaartermijnJaren: number;

  @Field(() => DateResolver, { description: 'Casussen closed before this date are past their term.' })
  geslotenVoor: string;

  @Field(() => Int, { description: 'How many casussen the job would destroy.' })
  aantalCasussen: number;

  @Field(() => [TeVernietigenCasus], { description: 'The first of them, oldest first (at most `first`).' })
  casussen: TeVernietigenCasus[];

  @Field(() => Int, { description: 'Casussen past their term that a legal hold (bewaarplicht) keeps.' })
  aantalOnderBewaarplicht: number;

  @Field(() => Int, { description: 'The bewaartermijn of the access log in years (region setting).' })
  toegangslogBewaartermijnJaren: number;

  @Field(() => Int, { description: 'Access-log entries the job would purge.' })
  aantalToegangslogRegels: number;
}

@InputType({
  description: "Carries out a granted request to destroy a person's data (verzoek of soort VERNIETIGING, decided TOEGEWEZEN or DEELS).",
})
export class VernietigPersoonsgegevensInput {
  @Field(() => ID, { description: 'The decided verzoek.' })
  verzoekId: string;
}

@ObjectType({ description: 'The retention job started for your region.' })
export class BewaartermijnJob {
  @Field(() => ID, { description: 'Job id, for `job(queue: BEWAARTERMIJN, id)`.' })
  id: string;

  @Field(() => Boolean, { description: 'Whether it only reports (the region setting bewaartermijnModus is PROEFDRAAI).' })
  proefdraai: boolean;
}
