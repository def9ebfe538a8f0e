import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType } from '@vt/platform';

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
}

export const PersoonConnection = ConnectionType(Persoon, 'Persoon', 'Persons of the region matching a search.');
