import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType({
  description:
    'An out-of-hours contact taken by the bereikbaarheidsdienst: the shift on duty when it came in and the on-call medewerker who took it.',
})
export class BereikbaarheidContactInput {
  @Field(() => ID, {
    description: 'The shift (see wieHeeftDienst); it must cover ontvangenOp, else VALIDATIE on bereikbaarheid.dienstId.',
  })
  dienstId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The on-call medewerker of that shift who took the contact; defaults to you when you are on call in it.',
  })
  medewerkerId?: string | null;
}

@ObjectType({ description: 'The bereikbaarheidsdienst that took an out-of-hours contact: the shift and the on-call medewerker.' })
export class BereikbaarheidContact {
  @Field(() => ID, { description: 'The shift (see bereikbaarheidsrooster).' })
  dienstId: string;

  @Field(() => ID, { description: 'The on-call medewerker who took the contact.' })
  medewerkerId: string;

  @Field(() => String, { description: 'Name of that medewerker.' })
  medewerkerNaam: string;
}
