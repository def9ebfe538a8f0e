import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { defineEnum } from '@vt/platform';

export const BriefSoort = defineEnum(
  {
    TERUGKOPPELING_MELDER: 'TERUGKOPPELING_MELDER',
    INFORMEREN_BETROKKENEN: 'INFORMEREN_BETROKKENEN',
    BEVESTIGING_OVERDRACHT: 'BEVESTIGING_OVERDRACHT',
  } as const,
  'BriefSoort',
  'Kind of letter the platform writes from the dossier.',
  {
    TERUGKOPPELING_MELDER: 'To the melder: what Veilig Thuis did with the melding.',
    INFORMEREN_BETROKKENEN: 'To the family: that a melding was received. Never names a melder who asked to stay anonymous.',
    BEVESTIGING_OVERDRACHT: 'To a partner: confirms the overdracht of the casus.',
  },
);
export type BriefSoort = (typeof BriefSoort)[keyof typeof BriefSoort];

@ObjectType({
  description:
    "The text of a kind of letter: the region's own, or the built-in one. Placeholders in double braces: {{aan}}, {{datum}}, {{regio}}, {{medewerker}}, {{casus.nummer}}, {{melding.nummer}}, {{melding.ontvangstdatum}}, {{melder}}, {{melder.naam}}, {{betrokkenen}}.",
})
export class Briefsjabloon {
  @Field(() => BriefSoort, { description: 'Kind of letter.' })
  soort: BriefSoort;

  @Field(() => String, { description: 'Title (also the subject line).' })
  titel: string;

  @Field(() => String, { description: 'Text with placeholders; blank lines separate paragraphs.' })
  tekst: string;

  @Field(() => Boolean, { description: 'True when this is the built-in text (the region has not set its own).' })
  standaard: boolean;

  @Field(() => Int, { description: 'Version for optimistic locking (0 for the built-in text).' })
  versie: number;
}

@InputType({ description: "Sets the region's own text for a kind of letter." })
export class LegBriefsjabloonVastInput {
  @Field(() => BriefSoort, { description: 'Kind of letter.' })
  soort: BriefSoort;

  @Field(() => String, { description: 'Title, 1 to 200 characters.' })
  titel: string;

  @Field(() => String, { description: 'Text, 1 to 20000 characters, with the placeholders of Briefsjabloon only.' })
  tekst: string;

  @Field(() => Int, { description: 'The versie you read (0 when the region has no text of its own yet).' })
  versie: number;
}

@InputType({ description: 'Writes a letter from the dossier of a melding and stores it as a document (BRIEF) on its casus.' })
export class MaakBriefInput {
  @Field(() => ID, { description: 'The melding the letter is about.' })
  meldingId: string;

  @Field(() => BriefSoort, { description: 'Kind of letter.' })
  soort: BriefSoort;

  @Field(() => String, {
    nullable: true,
    description: 'Addressee line ({{aan}}), e.g. the family or the partner organisation; at most 200 characters.',
  })
  aan?: string | null;
}
