import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType, defineEnum } from '@vt/platform';

export const JournaalSoort = defineEnum(
  {
    TELEFONISCH_CONTACT: 'TELEFONISCH_CONTACT',
    HUISBEZOEK: 'HUISBEZOEK',
    KINDGESPREK: 'KINDGESPREK',
    GESPREK_PROFESSIONAL: 'GESPREK_PROFESSIONAL',
    OVERLEG: 'OVERLEG',
    BEKENDHEIDSCHECK: 'BEKENDHEIDSCHECK',
    OVERIG: 'OVERIG',
  } as const,
  'JournaalSoort',
  'Kind of contact or activity a journal entry records.',
  {
    TELEFONISCH_CONTACT: 'A telephone call with a betrokkene, the melder or someone else.',
    HUISBEZOEK: 'A home visit.',
    KINDGESPREK: 'A conversation with a child of the household.',
    GESPREK_PROFESSIONAL: 'A conversation with a professional involved with the household.',
    OVERLEG: 'Internal or multidisciplinary consultation about the casus.',
    BEKENDHEIDSCHECK: 'A check with a third party whether the household is known (informatie van derden): needs bron and grondslag.',
    OVERIG: 'Any other contact or activity.',
  },
);
export type JournaalSoort = (typeof JournaalSoort)[keyof typeof JournaalSoort];

export const JournaalBron = defineEnum(
  {
    POLITIE: 'POLITIE',
    LOKAAL_TEAM: 'LOKAAL_TEAM',
    GGZ: 'GGZ',
    RECLASSERING: 'RECLASSERING',
    HUISARTS: 'HUISARTS',
    SCHOOL: 'SCHOOL',
    ANDERS: 'ANDERS',
  } as const,
  'JournaalBron',
  'The third party information in a bekendheidscheck came from.',
  {
    POLITIE: 'The police.',
    LOKAAL_TEAM: 'The lokaal (wijk)team of the gemeente.',
    GGZ: 'Mental health care (GGZ).',
    RECLASSERING: 'The probation service (reclassering).',
    HUISARTS: 'The general practitioner.',
    SCHOOL: 'A school or childcare.',
    ANDERS: 'Another source.',
  },
);
export type JournaalBron = (typeof JournaalBron)[keyof typeof JournaalBron];

export const JournaalGrondslag = defineEnum(
  {
    TOESTEMMING: 'TOESTEMMING',
    ZONDER_TOESTEMMING_MELDCODE: 'ZONDER_TOESTEMMING_MELDCODE',
    ZONDER_TOESTEMMING_WMO: 'ZONDER_TOESTEMMING_WMO',
  } as const,
  'JournaalGrondslag',
  'The legal basis on which information was obtained from a third party.',
  {
    TOESTEMMING: 'With the consent of the person concerned.',
    ZONDER_TOESTEMMING_MELDCODE: 'Without consent, under the meldcode (conflict of duties / beroepsgeheim).',
    ZONDER_TOESTEMMING_WMO: 'Without consent, under the statutory task of Veilig Thuis (Wmo 2015 art. 5.2.6).',
  },
);
export type JournaalGrondslag = (typeof JournaalGrondslag)[keyof typeof JournaalGrondslag];

@ObjectType({
  description:
    'An entry in the journal of a casus: a contact or activity, written by a medewerker. Entries are never changed; a correction is a new version that replaces the old one.',
})
export class Journaalregel {
  @Field(() => ID, { description: 'Id of this version of the entry.' })
  id: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => ID, { nullable: true, description: 'The melding the entry is about, if any (of the same casus).' })
  meldingId: string | null;

  @Field(() => JournaalSoort, { description: 'Kind of contact or activity.' })
  soort: JournaalSoort;

  @Field(() => GraphQLDateTime, { description: 'When the contact or activity took place.' })
  contactOp: Date;

  @Field(() => String, { description: 'What happened, as written by the author.' })
  tekst: string;

  @Field(() => JournaalBron, { nullable: true, description: 'Source of the information (bekendheidscheck only).' })
  bron: JournaalBron | null;

  @Field(() => JournaalGrondslag, { nullable: true, description: 'Legal basis for obtaining it (bekendheidscheck only).' })
  grondslag: JournaalGrondslag | null;

  @Field(() => String, { description: 'User id of the author of this version.' })
  auteurId: string;

  @Field(() => String, { description: 'Name of the author of this version.' })
  auteurNaam: string;

  @Field(() => GraphQLDateTime, { description: 'When this version was written.' })
  geregistreerdOp: Date;

  @Field(() => ID, { nullable: true, description: 'The earlier version this one corrects; null for an original entry.' })
  vervangtId: string | null;

  @Field(() => String, { nullable: true, description: 'Why this version corrects the earlier one; null for an original entry.' })
  reden: string | null;

  @Field(() => ID, { nullable: true, description: 'The newer version that corrects this one; null while this version is current.' })
  vervangenDoorId: string | null;

  @Field(() => Boolean, { description: 'Whether this entry is a correction of an earlier version.' })
  gecorrigeerd: boolean;
}

export const JournaalregelConnection = ConnectionType(
  Journaalregel,
  'Journaalregel',
  'The current journal entries of a casus (corrected versions left out), newest contact first.',
);

@InputType({ description: 'A new journal entry on a casus.' })
export class RegistreerJournaalregelInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => ID, { nullable: true, description: 'The melding of this casus the entry is about, if any.' })
  meldingId?: string | null;

  @Field(() => JournaalSoort, { description: 'Kind of contact or activity.' })
  soort: JournaalSoort;

  @Field(() => GraphQLDateTime, { description: 'When the contact or activity took place; not in the future.' })
  contactOp: Date;

  @Field(() => String, { description: 'What happened (1 to 20000 characters).' })
  tekst: string;

  @Field(() => [ID], { description: 'The persons of this casus the entry concerns (at most 50).' })
  betrokkenen: string[];

  @Field(() => JournaalBron, {
    nullable: true,
    description: 'Source of the information: required for a bekendheidscheck, not allowed otherwise.',
  })
  bron?: JournaalBron | null;

  @Field(() => JournaalGrondslag, {
    nullable: true,
    description: 'Legal basis for obtaining it: required for a bekendheidscheck, not allowed otherwise.',
  })
  grondslag?: JournaalGrondslag | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8 to 200 characters, e.g. a UUID). A retry with the same key and input returns the first entry instead of a duplicate.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A correction of a journal entry: a new version replacing the current one; what is left out is kept.' })
export class CorrigeerJournaalregelInput {
  @Field(() => ID, { description: 'The current version of the entry to correct.' })
  journaalregelId: string;

  @Field(() => String, { nullable: true, description: 'The corrected text (1 to 20000 characters); left out keeps the text.' })
  tekst?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The corrected time of the contact; left out keeps it.' })
  contactOp?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The corrected persons of this casus the entry concerns (at most 50); left out keeps them.',
  })
  betrokkenen?: string[] | null;

  @Field(() => String, { description: 'Why the entry is corrected (1 to 2000 characters).' })
  reden: string;
}
