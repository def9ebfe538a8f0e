import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Sets or lifts a legal hold (bewaarplicht) on a casus: while set, the retention job never destroys it.' })
export class ZetBewaarplichtInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why it must be kept (e.g. a running court case or complaint), 1 to 2000 characters; null lifts the hold.',
  })
  reden?: string | null;

  @Field(() => Int, { description: 'The version of the casus you read; a different current version gives VERSIE_CONFLICT.' })
  versie: number;
}
