import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'An inzage and afschrift of what the platform holds about one person (AVG art. 15): a PDF and the same content as JSON, both stored as INZAGE documents on the casus the person was most recently in. Other people and a shielded melder are redacted.',
})
export class InzageAfschrift {
  @Field(() => ID, { description: 'The PDF (an INZAGE document); download it like any document.' })
  documentId: string;

  @Field(() => ID, { description: 'The machine-readable JSON (an INZAGE document, text/plain with a .json file name).' })
  jsonDocumentId: string;

  @Field(() => ID, { description: 'The casus both documents are stored on: the most recent casus the person is a betrokkene of.' })
  casusId: string;

  @Field(() => String, { description: 'The JSON itself (the same bytes as the JSON document).' })
  json: string;

  @Field(() => Int, { description: 'Number of meldingen the person appears in (visible to the caller).' })
  aantalMeldingen: number;

  @Field(() => Int, { description: 'Number of casussen the person is a betrokkene of (visible to the caller).' })
  aantalCasussen: number;

  @Field(() => Int, { description: 'Number of journal entries that concern the person (their current version).' })
  aantalJournaalregels: number;

  @Field(() => Int, { description: 'Number of documents listed (title, kind, date; their content is not included).' })
  aantalDocumenten: number;

  @Field(() => Int, { description: 'Number of history entries (corrections of the person and of the meldingen the person is in).' })
  aantalWijzigingen: number;
}
