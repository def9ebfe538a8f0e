import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';

export const DocumentSoort = defineEnum(
  {
    OVERDRACHTSDOCUMENT: 'OVERDRACHTSDOCUMENT',
    VEILIGHEIDSPLAN: 'VEILIGHEIDSPLAN',
    BRIEF: 'BRIEF',
    RAPPORT: 'RAPPORT',
    OVERIG: 'OVERIG',
    INZAGE: 'INZAGE',
  } as const,
  'DocumentSoort',
  'Kind of document in a dossier.',
  {
    OVERDRACHTSDOCUMENT: 'Document that goes with an overdracht to a partner.',
    VEILIGHEIDSPLAN: 'A veiligheidsplan as agreed with the family.',
    BRIEF: 'A letter sent or received.',
    RAPPORT: 'A report (e.g. of an onderzoek).',
    OVERIG: 'Anything else.',
    INZAGE: 'An inzage and afschrift of what the platform holds about one person (maakInzageAfschrift).',
  },
);
export type DocumentSoort = (typeof DocumentSoort)[keyof typeof DocumentSoort];

export const DocumentStatus = defineEnum(
  { UPLOADEN: 'UPLOADEN', BESCHIKBAAR: 'BESCHIKBAAR', INGETROKKEN: 'INGETROKKEN' } as const,
  'DocumentStatus',
  'Whether a document can be downloaded.',
  {
    UPLOADEN: 'Being uploaded (object store only; uploads to the database are all-or-nothing).',
    BESCHIKBAAR: 'Stored completely; can be downloaded.',
    INGETROKKEN: 'Withdrawn with a reason; kept for the record but no longer downloadable.',
  },
);
export type DocumentStatus = (typeof DocumentStatus)[keyof typeof DocumentStatus];

@ObjectType({
  description:
    'A document in a dossier. Upload: POST /documenten (the bytes as the body); download: GET /documenten/{id}/inhoud. Both with the same Bearer token as /graphql.',
})
export class Document {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The casus it belongs to.' })
  casusId: string;

  @Field(() => ID, { nullable: true, description: 'The melding it concerns, if any.' })
  meldingId: string | null;

  @Field(() => DocumentSoort, { description: 'Kind of document.' })
  soort: DocumentSoort;

  @Field(() => String, { description: 'Title shown in the dossier.' })
  titel: string;

  @Field(() => String, { description: 'File name as uploaded.' })
  bestandsnaam: string;

  @Field(() => String, { description: 'Media type, one of the allowed types (see README).' })
  contentType: string;

  @Field(() => Int, { nullable: true, description: 'Size in bytes.' })
  grootte: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, hex.' })
  sha256: string | null;

  @Field(() => DocumentStatus, { description: 'Whether it can be downloaded.' })
  status: DocumentStatus;

  @Field(() => String, { description: 'Name of the medewerker who uploaded it.' })
  geuploadDoor: string;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded.' })
  geuploadOp: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was withdrawn.' })
  ingetrokkenOp: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  ingetrokkenReden: string | null;

  @Field(() => String, { nullable: true, description: 'Path of the download (GET, with your Bearer token); null once withdrawn.' })
  downloadPad: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking (pass it to trekDocumentIn).' })
  versie: number;
}

@InputType({ description: 'Withdraw a document: it stays in the record but can no longer be downloaded.' })
export class TrekDocumentInInput {
  @Field(() => ID, { description: 'The document.' })
  documentId: string;

  @Field(() => Int, { description: 'The versie you read.' })
  versie: number;

  @Field(() => String, { description: 'Why (1 to 2000 characters).' })
  reden: string;
}
