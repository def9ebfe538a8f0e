import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType, OrderType, type Order, defineEnum } from '@vt/platform';
import { Persoon } from '../persoon/persoon.types.js';
import { TijdlijnSoort } from './tijdlijn.js';

export const CasusStatus = defineEnum(
  { OPEN: 'OPEN', GESLOTEN: 'GESLOTEN', SAMENGEVOEGD: 'SAMENGEVOEGD', VERNIETIGD: 'VERNIETIGD' } as const,
  'CasusStatus',
  'Whether the dossier is open.',
  {
    OPEN: 'At least one melding is still in progress, or the dossier was not closed.',
    GESLOTEN: 'All work on the dossier is finished.',
    SAMENGEVOEGD: 'Merged into another casus, which holds its meldingen and betrokkenen from then on.',
    VERNIETIGD:
      'Destroyed after its bewaartermijn or on request: only the number and dates remain (access-log entries and hours still refer to it); every list of it is empty.',
  },
);
export type CasusStatus = (typeof CasusStatus)[keyof typeof CasusStatus];

@ObjectType({ description: 'The dossier of a family or household: its betrokkenen, meldingen and everything that happened, over time.' })
export class Casus {
  @Field(() => ID, { description: 'Id of the casus.' })
  id: string;

  @Field(() => String, { description: 'Casus number within the region, e.g. C-2026-000042.' })
  nummer: string;

  @Field(() => CasusStatus, { description: 'Open or closed.' })
  status: CasusStatus;

  @Field(() => GraphQLDateTime, { description: 'When the casus was created (its first melding).' })
  aangemaaktOp: Date;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the casus was destroyed (status VERNIETIGD); null otherwise.' })
  vernietigdOp: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why a legal hold (bewaarplicht) keeps this casus past its bewaartermijn, e.g. a running court case; null when there is none.',
  })
  bewaarplichtReden: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Since when the legal hold applies; null when there is none.' })
  bewaarplichtSinds: Date | null;

  /** Resolved as `samengevoegdIn`. */
  samengevoegdInId: string | null;
}

@ObjectType({ description: 'The involvement of a person in a casus: since when, and when and why it ended.' })
export class CasusBetrokkenheid {
  @Field(() => Persoon, { description: 'The person.' })
  persoon: Persoon;

  @Field(() => GraphQLDateTime, { description: 'Since when the person is a betrokkene of the casus.' })
  sinds: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the involvement ended (no running involvement in any melding of the casus, a split or a merge); null while it runs.',
  })
  beeindigdOp: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the involvement ended.' })
  beeindigdReden: string | null;
}

@ObjectType({ description: 'An event on the timeline of a casus.' })
export class TijdlijnGebeurtenis {
  @Field(() => GraphQLDateTime, { description: 'When it happened.' })
  tijdstip: Date;

  @Field(() => TijdlijnSoort, { description: 'What happened.' })
  soort: TijdlijnSoort;

  @Field(() => String, { description: 'Short description (no personal details).' })
  omschrijving: string;

  @Field(() => String, { description: 'Kind of record concerned, e.g. Melding.' })
  objectType: string;

  @Field(() => ID, { nullable: true, description: 'Id of the record concerned.' })
  objectId: string | null;

  @Field(() => String, { description: 'Who did it (user name from the token).' })
  door: string;
}

export const CasusConnection = ConnectionType(Casus, 'Casus', 'Casussen of the region matching a search.');

export const CasusOrderField = defineEnum(
  { AANGEMAAKT_OP: 'AANGEMAAKT_OP', NUMMER: 'NUMMER' } as const,
  'CasusOrderField',
  'What casussen can be ordered by.',
  {
    AANGEMAAKT_OP: 'When the casus was opened.',
    NUMMER: 'The casus number (C-<year>-<sequence>).',
  },
);
export type CasusOrderField = (typeof CasusOrderField)[keyof typeof CasusOrderField];

export const CasusOrder = OrderType(CasusOrderField, 'CasusOrder', 'Order of a list of casussen.');
export type CasusOrder = Order<CasusOrderField>;
