import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType, PageArgs, defineEnum } from '@vt/platform';

/** Most wijzigingen a decision links (the corrections made for one request). */
export const MAX_WIJZIGINGEN = 50;

export const VerzoekSoort = defineEnum(
  {
    INZAGE: 'INZAGE',
    AFSCHRIFT: 'AFSCHRIFT',
    CORRECTIE: 'CORRECTIE',
    AANVULLING: 'AANVULLING',
    VERNIETIGING: 'VERNIETIGING',
    BEZWAAR: 'BEZWAAR',
  } as const,
  'VerzoekSoort',
  'What a person asks about the data Veilig Thuis holds on them (AVG art. 15-21).',
  {
    INZAGE: 'To see the data (AVG art. 15).',
    AFSCHRIFT: 'A copy of the data (AVG art. 15(3)).',
    CORRECTIE: 'To correct inaccurate data (AVG art. 16).',
    AANVULLING: 'To complete the data, e.g. with an own statement (AVG art. 16).',
    VERNIETIGING: 'To destroy the data (AVG art. 17; Wmo 2015 art. 5.3.6 limits it).',
    BEZWAAR: 'To object to the processing (AVG art. 21).',
  },
);
export type VerzoekSoort = (typeof VerzoekSoort)[keyof typeof VerzoekSoort];

export const Relatie = defineEnum(
  { BETROKKENE_ZELF: 'BETROKKENE_ZELF', OUDER_VOOGD: 'OUDER_VOOGD', VERTEGENWOORDIGER: 'VERTEGENWOORDIGER' } as const,
  'Relatie',
  'How the person who asks or complains relates to the person it is about.',
  {
    BETROKKENE_ZELF: 'The person itself.',
    OUDER_VOOGD: 'A parent with authority or a guardian (for a child).',
    VERTEGENWOORDIGER: 'A representative (mentor, curator, lawyer) with authority.',
  },
);
export type Relatie = (typeof Relatie)[keyof typeof Relatie];

export const VerzoekStatus = defineEnum({ OPEN: 'OPEN', BESLOTEN: 'BESLOTEN' } as const, 'VerzoekStatus', 'State of a request.', {
  OPEN: 'Awaiting the decision: a task in the werkvoorraad (VERZOEK_AFHANDELEN) until its uiterlijke datum and after.',
  BESLOTEN: 'Decided and the decision was sent.',
});
export type VerzoekStatus = (typeof VerzoekStatus)[keyof typeof VerzoekStatus];

export const VerzoekBeslissing = defineEnum(
  { TOEGEWEZEN: 'TOEGEWEZEN', DEELS: 'DEELS', AFGEWEZEN: 'AFGEWEZEN' } as const,
  'VerzoekBeslissing',
  'The decision on a request.',
  {
    TOEGEWEZEN: 'Granted.',
    DEELS: 'Partly granted (grounds required).',
    AFGEWEZEN: 'Refused (grounds required, e.g. the safety of another betrokkene).',
  },
);
export type VerzoekBeslissing = (typeof VerzoekBeslissing)[keyof typeof VerzoekBeslissing];

@ObjectType({ description: 'A request by a person about the data Veilig Thuis holds on them, with its statutory term and decision.' })
export class Verzoek {
  @Field(() => ID, { description: 'Id of the request.' })
  id: string;

  @Field(() => VerzoekSoort, { description: 'What is asked.' })
  soort: VerzoekSoort;

  @Field(() => ID, { description: 'The person the request is about (a persoon of the region).' })
  persoonId: string;

  @Field(() => String, { description: 'Name of the requester.' })
  verzoekerNaam: string;

  @Field(() => Relatie, { description: 'How the requester relates to the person.' })
  verzoekerRelatie: Relatie;

  @Field(() => String, { nullable: true, description: 'What is asked, in the requester’s words (e.g. which data to correct).' })
  omschrijving: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The person’s own statement (zienswijze) on the recorded data, added to the dossier with this request.',
  })
  zienswijze: string | null;

  @Field(() => DateResolver, { description: 'When the request was received.' })
  ontvangenOp: string;

  @Field(() => DateResolver, {
    description: 'The statutory term: one month after receipt (AVG art. 12(3)), moved to the next werkdag when it falls on a day off.',
  })
  oorspronkelijkeTermijn: string;

  @Field(() => DateResolver, { description: 'The term in force: the statutory one, or the extended one.' })
  uiterlijkeDatum: string;

  @Field(() => Int, { nullable: true, description: 'By how many months the term was extended (1 or 2; once).' })
  verlengdMetMaanden: number | null;

  @Field(() => String, { nullable: true, description: 'Why the term was extended.' })
  verlengingReden: string | null;

  @Field(() => VerzoekStatus, { description: 'State.' })
  status: VerzoekStatus;

  @Field(() => VerzoekBeslissing, { nullable: true, description: 'The decision (BESLOTEN).' })
  beslissing: VerzoekBeslissing | null;

  @Field(() => String, { nullable: true, description: 'The grounds of a partial grant or refusal.' })
  gronden: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When it was decided.' })
  beslistOp: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When the decision was sent to the requester.' })
  verzondenOp: string | null;

  @Field(() => [ID], { description: 'The dossier corrections (wijzigingen of the person) made for this request.' })
  wijzigingIds: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Decision sent on or before the uiterlijke datum; false when sent later or open past it; null while open in time.',
  })
  binnenTermijn: boolean | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

export const VerzoekConnection = ConnectionType(Verzoek, 'Verzoek', 'A page of requests, most recently received first.');

@ArgsType()
export class VerzoekenArgs extends PageArgs {
  @Field(() => VerzoekStatus, { nullable: true, description: 'Only requests in this state.' })
  status?: VerzoekStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only requests about this person.' })
  persoonId?: string | null;
}

@InputType({ description: 'Register a request of a person; its term is one month after receipt.' })
export class RegistreerVerzoekInput {
  @Field(() => VerzoekSoort, { description: 'What is asked.' })
  soort: VerzoekSoort;

  @Field(() => ID, { description: 'The person it is about (a persoon of the region).' })
  persoonId: string;

  @Field(() => String, { description: 'Name of the requester, 1 to 200 characters.' })
  verzoekerNaam: string;

  @Field(() => Relatie, { description: 'How the requester relates to the person.' })
  verzoekerRelatie: Relatie;

  @Field(() => DateResolver, { nullable: true, description: 'When it was received; defaults to today; not in the future.' })
  ontvangenOp?: Date | null;

  @Field(() => String, { nullable: true, description: 'What is asked, at most 4000 characters.' })
  omschrijving?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The person’s own statement to add to the dossier (AANVULLING, BEZWAAR), at most 10000 characters.',
  })
  zienswijze?: string | null;
}

@InputType({
  description: 'Extend the term of an open request once, within its first term, by one or two months, with the reasons (AVG art. 12(3)).',
})
export class VerlengVerzoekInput {
  @Field(() => ID, { description: 'The request (OPEN, not extended before).' })
  verzoekId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => Int, { description: 'By how many months: 1 or 2.' })
  maanden: number;

  @Field(() => String, { description: 'Why (complexity or number of requests), 1 to 2000 characters; told to the requester.' })
  reden: string;
}

@InputType({ description: 'Record the decision on a request and when it was sent.' })
export class BeslisVerzoekInput {
  @Field(() => ID, { description: 'The request (OPEN).' })
  verzoekId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => VerzoekBeslissing, { description: 'The decision.' })
  beslissing: VerzoekBeslissing;

  @Field(() => String, { nullable: true, description: 'Grounds, required for DEELS and AFGEWEZEN, at most 4000 characters.' })
  gronden?: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'When the decision was sent; defaults to today; not in the future, not before receipt.',
  })
  verzondenOp?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Dossier corrections of the person made for this request (CORRECTIE, AANVULLING), at most ${MAX_WIJZIGINGEN}.`,
  })
  wijzigingIds?: string[] | null;
}
