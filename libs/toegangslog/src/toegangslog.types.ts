import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType, OrderType, type Order, defineEnum } from '@vt/platform';

export const ToegangActieEnum = defineEnum(
  { CREATE: 'CREATE', READ: 'READ', UPDATE: 'UPDATE', DELETE: 'DELETE', SEARCH: 'SEARCH', EXPORT: 'EXPORT' } as const,
  'ToegangActie',
  'What was done with case data (NEN 7513).',
  {
    CREATE: 'Created.',
    READ: 'Read (viewed).',
    UPDATE: 'Changed.',
    DELETE: 'Deleted or destroyed.',
    SEARCH: 'Found in a search.',
    EXPORT: 'Printed or exported.',
  },
);
export type ToegangActieEnum = (typeof ToegangActieEnum)[keyof typeof ToegangActieEnum];

export const ToegangUitkomstEnum = defineEnum(
  { GESLAAGD: 'GESLAAGD', GEWEIGERD: 'GEWEIGERD', NIET_GEVONDEN: 'NIET_GEVONDEN', FOUT: 'FOUT' } as const,
  'ToegangUitkomst',
  'Outcome of the access.',
  {
    GESLAAGD: 'The access succeeded.',
    GEWEIGERD: 'The access was refused.',
    NIET_GEVONDEN: 'Nothing was found.',
    FOUT: 'The access failed.',
  },
  {
    NIET_GEVONDEN:
      'Entries written since 2026-11 record an attempt on something the caller may not see or that does not exist as GEWEIGERD (the two must look the same); older entries may still carry this value. Removed no earlier than 2027-06.',
  },
);
export type ToegangUitkomstEnum = (typeof ToegangUitkomstEnum)[keyof typeof ToegangUitkomstEnum];

@ObjectType({ description: 'One entry of the access log (NEN 7513): who did what with which dossier, when, from where, on what basis.' })
export class ToegangslogRegel {
  @Field(() => ID, { description: 'Random id of the entry (reveals nothing about other entries).' })
  id: string;

  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  tijdstip: Date;

  @Field(() => String, { description: 'User id from the token (sub).' })
  gebruikerId: string;

  @Field(() => String, { description: 'User name from the token.' })
  gebruikerNaam: string;

  @Field(() => [String], { description: 'Roles the user acted in.' })
  rollen: string[];

  @Field(() => String, { nullable: true, description: 'On whose behalf the user acted, if someone else.' })
  namens: string | null;

  @Field(() => ID, { nullable: true, description: 'Casus (dossier) concerned.' })
  casusId: string | null;

  @Field(() => ID, { nullable: true, description: 'Person concerned, if one specifically.' })
  persoonId: string | null;

  @Field(() => ToegangActieEnum, { description: 'What was done.' })
  actie: ToegangActieEnum;

  @Field(() => String, { description: 'Kind of record, e.g. Melding or Casus.' })
  objectType: string;

  @Field(() => String, { nullable: true, description: 'Id of the record.' })
  objectId: string | null;

  @Field(() => String, { nullable: true, description: 'Client network address.' })
  clientAdres: string | null;

  @Field(() => String, { description: 'Legal basis of the access.' })
  grondslag: string;

  @Field(() => ToegangUitkomstEnum, { description: 'Outcome.' })
  uitkomst: ToegangUitkomstEnum;

  @Field(() => String, { nullable: true, description: 'Request id, to correlate with the platform logs.' })
  requestId: string | null;
}

export const ToegangslogConnection = ConnectionType(ToegangslogRegel, 'Toegangslog', 'Access log entries of a casus, newest first.');

export const ToegangslogOrderField = defineEnum(
  { TIJDSTIP: 'TIJDSTIP' } as const,
  'ToegangslogOrderField',
  'What access-log entries can be ordered by.',
  {
    TIJDSTIP: 'When the access took place.',
  },
);
export type ToegangslogOrderField = (typeof ToegangslogOrderField)[keyof typeof ToegangslogOrderField];

export const ToegangslogOrder = OrderType(ToegangslogOrderField, 'ToegangslogOrder', 'Order of access-log entries.');
export type ToegangslogOrder = Order<ToegangslogOrderField>;
