import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType, OrderType, type Order, PageArgs, defineEnum } from '@vt/platform';
import { Functie, Product } from '../catalogus.js';

@ObjectType({
  description: 'Hours booked by a staff member on a date. A correction is a new entry that replaces an earlier one; history is kept.',
})
export class Tijdregistratie {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The medewerker.' })
  medewerkerId: string;

  @Field(() => DateResolver, { description: 'Date worked.' })
  datum: string;

  @Field(() => Functie, { description: 'Functie worked in.' })
  functie: Functie;

  @Field(() => Product, { description: 'Product or activity.' })
  product: Product;

  @Field(() => Float, { description: 'Hours (0 to 24, two decimals).' })
  uren: number;

  @Field(() => ID, { nullable: true, description: 'Casus the hours were spent on.' })
  casusId: string | null;

  @Field(() => ID, { nullable: true, description: 'Intervention the hours were spent on.' })
  interventieId: string | null;

  @Field(() => String, { nullable: true, description: 'Description.' })
  omschrijving: string | null;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects.' })
  vervangtId: string | null;

  @Field(() => String, { nullable: true, description: 'Reason of the correction.' })
  reden: string | null;

  @Field(() => String, { description: 'HANDMATIG, IMPORT or BEREIKBAARHEIDSDIENST (booked from an on-call shift).' })
  bron: string;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  geregistreerdOp: Date;
}

export const TijdregistratieConnection = ConnectionType(
  Tijdregistratie,
  'Tijdregistratie',
  'Current (not corrected) time registrations, by date.',
);

@InputType({ description: 'Book your own hours.' })
export class BoekUrenInput {
  @Field(() => DateResolver, { description: 'Date worked; not in the future, not in a closed period.' })
  datum: Date;

  @Field(() => Functie, { nullable: true, description: 'Functie; defaults to your functie on that date.' })
  functie?: Functie | null;

  @Field(() => Product, { description: 'Product or activity.' })
  product: Product;

  @Field(() => Float, { description: 'Hours, more than 0; at most 24 per person per day in total.' })
  uren: number;

  @Field(() => ID, { nullable: true, description: 'Casus of your region, optional.' })
  casusId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Intervention of your region, optional.' })
  interventieId?: string | null;

  @Field(() => String, { nullable: true, description: 'Description, up to 500 characters.' })
  omschrijving?: string | null;
}

@InputType({ description: 'Correct a booking: a new entry replaces it (use uren 0 to withdraw it).' })
export class CorrigeerUrenInput {
  @Field(() => ID, { description: 'The current entry to correct.' })
  registratieId: string;

  @Field(() => Float, { description: 'Corrected hours, 0 to 24.' })
  uren: number;

  @Field(() => Product, { nullable: true, description: 'Corrected product (default: unchanged).' })
  product?: Product | null;

  @Field(() => String, { description: 'Reason of the correction, 1 to 500 characters.' })
  reden: string;
}

export const TijdregistratieOrderField = defineEnum(
  { DATUM: 'DATUM' } as const,
  'TijdregistratieOrderField',
  'What time registrations can be ordered by.',
  { DATUM: 'The day the hours were worked.' },
);
export type TijdregistratieOrderField = (typeof TijdregistratieOrderField)[keyof typeof TijdregistratieOrderField];

export const TijdregistratieOrder = OrderType(TijdregistratieOrderField, 'TijdregistratieOrder', 'Order of time registrations.');
export type TijdregistratieOrder = Order<TijdregistratieOrderField>;

@ArgsType()
export class UrenArgs extends PageArgs {
  @Field(() => TijdregistratieOrder, { nullable: true, description: 'Order of the result; earliest day first when left out.' })
  orderBy?: TijdregistratieOrder | null;

  @Field(() => DateResolver, { description: 'From (inclusive).' })
  van: Date;

  @Field(() => DateResolver, { description: 'Until (inclusive); at most 366 days after van.' })
  tot: Date;

  @Field(() => String, { nullable: true, description: 'Only this team (teammanagers see their own team).' })
  team?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this medewerker.' })
  medewerkerId?: string | null;
}

@ObjectType({ description: 'A row of a CSV import that cannot be imported.' })
export class ImportFout {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  regel: number;

  @Field(() => String, { description: 'Column.' })
  veld: string;

  @Field(() => String, { description: 'What is wrong.' })
  melding: string;
}

@ObjectType({ description: 'Result of a CSV import: all rows are imported, or none (then fouten lists every problem).' })
export class ImportResultaat {
  @Field(() => Int, { description: 'Rows imported (0 when there are errors).' })
  geimporteerd: number;

  @Field(() => [ImportFout], { description: 'Problems per row; empty when the import succeeded.' })
  fouten: ImportFout[];
}
