import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType, OrderType, type Order, defineEnum } from '@vt/platform';

export const Geslacht = defineEnum(
  { MAN: 'MAN', VROUW: 'VROUW', ANDERS: 'ANDERS', ONBEKEND: 'ONBEKEND' } as const,
  'Geslacht',
  'Sex of a person as CBS counts it.',
  { MAN: 'Male.', VROUW: 'Female.', ANDERS: 'Other.', ONBEKEND: 'Unknown.' },
);
export type Geslacht = (typeof Geslacht)[keyof typeof Geslacht];

@ObjectType({
  description: 'A person known to the region (a directbetrokkene of one or more meldingen). Matched on BSN, or on name and date of birth.',
})
export class Persoon {
  @Field(() => ID, { description: 'Id of the person within the region.' })
  id: string;

  @Field(() => String, { description: 'Full name.' })
  naam: string;

  @Field(() => DateResolver, { nullable: true, description: 'Date of birth, when known.' })
  geboortedatum: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'BSN; null when unknown or when your role may not see it (only medewerker, administratief-medewerker and vertrouwensarts may).',
  })
  bsn: string | null;

  @Field(() => Geslacht, { nullable: true, description: 'Sex, when recorded.' })
  geslacht: Geslacht | null;

  @Field(() => String, { nullable: true, description: 'Place of residence, when recorded.' })
  woonplaats: string | null;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality the person lives in, when recorded.' })
  gemeenteCode: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; null when not recorded or not visible to your role.' })
  telefoon: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address; null when not recorded or not visible to your role.' })
  email: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: pass it to wijzigPersoon.' })
  versie: number;
}

export const PersoonConnection = ConnectionType(Persoon, 'Persoon', 'Persons of the region matching a search.');

export const PersoonOrderField = defineEnum({ NAAM: 'NAAM' } as const, 'PersoonOrderField', 'What persons can be ordered by.', {
  NAAM: 'The name as registered.',
});
export type PersoonOrderField = (typeof PersoonOrderField)[keyof typeof PersoonOrderField];

export const PersoonOrder = OrderType(PersoonOrderField, 'PersoonOrder', 'Order of a list of persons.');
export type PersoonOrder = Order<PersoonOrderField>;
