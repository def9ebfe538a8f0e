import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';

export const KennisgevingSoort = defineEnum(
  {
    BETROKKENEN_INFORMEREN: 'BETROKKENEN_INFORMEREN',
    BETROKKENEN_INFORMEREN_OVERDRACHT: 'BETROKKENEN_INFORMEREN_OVERDRACHT',
    POLITIE_INFORMEREN: 'POLITIE_INFORMEREN',
    RAAD_VERZOEK_TOT_ONDERZOEK: 'RAAD_VERZOEK_TOT_ONDERZOEK',
    COLLEGE_BW_INFORMEREN: 'COLLEGE_BW_INFORMEREN',
  } as const,
  'KennisgevingSoort',
  'Kind of statutory notification.',
  {
    BETROKKENEN_INFORMEREN:
      'Inform a directbetrokkene that Veilig Thuis holds their data (created with the melding, one per person; due 5 werkdagen after receipt).',
    BETROKKENEN_INFORMEREN_OVERDRACHT:
      'Inform a directbetrokkene of the overdracht and to whom (created with the overdracht, one per person; due 5 werkdagen after it).',
    POLITIE_INFORMEREN: 'Inform the police where the law provides (recorded by a medewerker with the reason; due the next werkdag).',
    RAAD_VERZOEK_TOT_ONDERZOEK: 'A verzoek tot onderzoek to the Raad voor de Kinderbescherming (recorded as done on its date).',
    COLLEGE_BW_INFORMEREN:
      'Notify the college van B&W of the gemeente of a verzoek tot onderzoek to the Raad (created with the verzoek; due 5 werkdagen after it).',
  },
);
export type KennisgevingSoort = (typeof KennisgevingSoort)[keyof typeof KennisgevingSoort];

export const KennisgevingStatus = defineEnum(
  { OPEN: 'OPEN', GEDAAN: 'GEDAAN', NIET_GEDAAN: 'NIET_GEDAAN' } as const,
  'KennisgevingStatus',
  'State of a statutory notification.',
  {
    OPEN: 'Still to be done: a task in the werkvoorraad until its uiterlijke datum and after.',
    GEDAAN: 'Done, with the date and the way (wijze).',
    NIET_GEDAAN: 'Deliberately not done, with the recorded reason (e.g. the safety of a betrokkene); the duty is closed.',
  },
);
export type KennisgevingStatus = (typeof KennisgevingStatus)[keyof typeof KennisgevingStatus];

export const KennisgevingWijze = defineEnum(
  { BRIEF: 'BRIEF', TELEFOON: 'TELEFOON', GESPREK: 'GESPREK', MAIL: 'MAIL', BEVEILIGD_BERICHT: 'BEVEILIGD_BERICHT' } as const,
  'KennisgevingWijze',
  'How a notification was given.',
  {
    BRIEF: 'By letter.',
    TELEFOON: 'By telephone.',
    GESPREK: 'In a conversation (e.g. a home visit).',
    MAIL: 'By e-mail.',
    BEVEILIGD_BERICHT: 'By a secure message (e.g. Zorgmail or the Raad’s portal).',
  },
);
export type KennisgevingWijze = (typeof KennisgevingWijze)[keyof typeof KennisgevingWijze];

@ObjectType({ description: 'A statutory notification: a duty with a term, and the record of when and how it was done, or why not.' })
export class Kennisgeving {
  @Field(() => ID, { description: 'Id of the notification.' })
  id: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => KennisgevingSoort, { description: 'What has to be notified, to whom.' })
  soort: KennisgevingSoort;

  @Field(() => ID, { nullable: true, description: 'The directbetrokkene to inform (the two BETROKKENEN kinds); null for the others.' })
  persoonId: string | null;

  @Field(() => ID, { nullable: true, description: 'The overdracht this notification is about (BETROKKENEN_INFORMEREN_OVERDRACHT).' })
  overdrachtId: string | null;

  @Field(() => ID, { nullable: true, description: 'The verzoek tot onderzoek this notice is about (COLLEGE_BW_INFORMEREN).' })
  verzoekId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who is informed or whom it is about: the partner of an overdracht, the police unit, the Raad, the gemeente (CBS code).',
  })
  ontvanger: string | null;

  @Field(() => String, { nullable: true, description: 'Why the duty exists, as recorded (e.g. the legal ground to inform the police).' })
  aanleiding: string | null;

  @Field(() => DateResolver, { description: 'The day of the event that created the duty (receipt of the melding, overdracht, verzoek).' })
  ontstaanOp: string;

  @Field(() => DateResolver, { description: 'The term: the last day, counted in the region’s werkdagen from ontstaanOp.' })
  uiterlijkeDatum: string;

  @Field(() => KennisgevingStatus, { description: 'State.' })
  status: KennisgevingStatus;

  @Field(() => DateResolver, { nullable: true, description: 'When it was done (GEDAAN).' })
  gedaanOp: string | null;

  @Field(() => KennisgevingWijze, { nullable: true, description: 'How it was done (GEDAAN).' })
  wijze: KennisgevingWijze | null;

  @Field(() => String, { nullable: true, description: 'A note with the record (GEDAAN).' })
  toelichting: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was not done (NIET_GEDAAN), e.g. the safety of a betrokkene.' })
  reden: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it as done or not done.' })
  afgehandeldDoor: string | null;

  @Field(() => Boolean, {
    description: 'Done or deliberately not done on or before the uiterlijke datum; false while open past it; null while open in time.',
    nullable: true,
  })
  binnenTermijn: boolean | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Record that a notification was done.' })
export class RegistreerKennisgevingGedaanInput {
  @Field(() => ID, { description: 'The notification (OPEN).' })
  kennisgevingId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => KennisgevingWijze, { description: 'How it was done.' })
  wijze: KennisgevingWijze;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future, not before the duty arose.' })
  gedaanOp?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 2000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'Record that a notification is deliberately not given, with the reason; this closes the duty.' })
export class RegistreerKennisgevingNietGedaanInput {
  @Field(() => ID, { description: 'The notification (OPEN).' })
  kennisgevingId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => String, { description: 'Why not (e.g. informing the pleger endangers the slachtoffer), 1 to 2000 characters.' })
  reden: string;
}

@InputType({
  description: 'Record that the police must be informed about a melding (e.g. a crime with acute danger); creates an open duty.',
})
export class RegistreerPolitieKennisgevingInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => String, { description: 'Why the law requires or allows it here, 1 to 2000 characters.' })
  aanleiding: string;

  @Field(() => String, { nullable: true, description: 'The police unit or contact to inform, at most 200 characters.' })
  ontvanger?: string | null;
}

@InputType({
  description: 'Register a verzoek tot onderzoek to the Raad voor de Kinderbescherming; the notice to the college van B&W becomes a duty.',
})
export class RegistreerVerzoekTotOnderzoekInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'When the verzoek was sent; defaults to today; not in the future, not before the melding.',
  })
  datum?: Date | null;

  @Field(() => KennisgevingWijze, { description: 'How the verzoek was sent.' })
  wijze: KennisgevingWijze;

  @Field(() => String, { description: 'Why the Raad is asked to investigate, 1 to 2000 characters.' })
  aanleiding: string;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code of the gemeente whose college is notified; defaults to the gemeente of the melding.',
  })
  gemeenteCode?: string | null;
}
