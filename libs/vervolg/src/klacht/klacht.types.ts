import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType, PageArgs, defineEnum } from '@vt/platform';
import { Relatie } from '../verzoek/verzoek.types.js';

export const KlachtRoute = defineEnum(
  { INTERNE_BEMIDDELING: 'INTERNE_BEMIDDELING', EXTERNE_KLACHTENCOMMISSIE: 'EXTERNE_KLACHTENCOMMISSIE' } as const,
  'KlachtRoute',
  'How a complaint is handled.',
  {
    INTERNE_BEMIDDELING: 'By the region itself (klachtenfunctionaris, bemiddeling).',
    EXTERNE_KLACHTENCOMMISSIE: 'By the external complaints committee.',
  },
);
export type KlachtRoute = (typeof KlachtRoute)[keyof typeof KlachtRoute];

export const KlachtUitkomst = defineEnum(
  { GEGROND: 'GEGROND', DEELS_GEGROND: 'DEELS_GEGROND', ONGEGROND: 'ONGEGROND', INGETROKKEN: 'INGETROKKEN' } as const,
  'KlachtUitkomst',
  'The outcome of a complaint.',
  {
    GEGROND: 'Well-founded.',
    DEELS_GEGROND: 'Partly well-founded.',
    ONGEGROND: 'Unfounded.',
    INGETROKKEN: 'Withdrawn by the complainant.',
  },
);
export type KlachtUitkomst = (typeof KlachtUitkomst)[keyof typeof KlachtUitkomst];

export const KlachtStatus = defineEnum({ OPEN: 'OPEN', AFGESLOTEN: 'AFGESLOTEN' } as const, 'KlachtStatus', 'State of a complaint.', {
  OPEN: 'Being handled.',
  AFGESLOTEN: 'Closed with an outcome.',
});
export type KlachtStatus = (typeof KlachtStatus)[keyof typeof KlachtStatus];

@ObjectType({ description: 'A complaint in the klachtenregister.' })
export class Klacht {
  @Field(() => ID, { description: 'Id of the complaint.' })
  id: string;

  @Field(() => DateResolver, { description: 'When it was received.' })
  ontvangenOp: string;

  @Field(() => String, { description: 'Name of the complainant.' })
  klagerNaam: string;

  @Field(() => Relatie, { description: 'How the complainant relates to the betrokkene it is about.' })
  klagerRelatie: Relatie;

  @Field(() => String, { description: 'What the complaint is about.' })
  onderwerp: string;

  @Field(() => ID, { nullable: true, description: 'The casus it concerns, if any.' })
  casusId: string | null;

  @Field(() => KlachtRoute, { description: 'How it is handled.' })
  route: KlachtRoute;

  @Field(() => KlachtStatus, { description: 'State.' })
  status: KlachtStatus;

  @Field(() => KlachtUitkomst, { nullable: true, description: 'The outcome (AFGESLOTEN).' })
  uitkomst: KlachtUitkomst | null;

  @Field(() => String, { nullable: true, description: 'A note on the outcome.' })
  toelichting: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When it was closed.' })
  afgeslotenOp: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

export const KlachtConnection = ConnectionType(Klacht, 'Klacht', 'A page of complaints, most recently received first.');

@ArgsType()
export class KlachtenArgs extends PageArgs {
  @Field(() => DateResolver, { nullable: true, description: 'Only complaints received on or after this day.' })
  van?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'Only complaints received before this day.' })
  tot?: Date | null;

  @Field(() => KlachtStatus, { nullable: true, description: 'Only complaints in this state.' })
  status?: KlachtStatus | null;
}

@ObjectType({ description: 'How many complaints received in a period have an outcome (null: still open).' })
export class KlachtTelling {
  @Field(() => KlachtUitkomst, { nullable: true, description: 'The outcome; null for complaints still open.' })
  uitkomst: KlachtUitkomst | null;

  @Field(() => Int, { description: 'Number of complaints.' })
  aantal: number;
}

@InputType({ description: 'Register a complaint.' })
export class RegistreerKlachtInput {
  @Field(() => DateResolver, { nullable: true, description: 'When it was received; defaults to today; not in the future.' })
  ontvangenOp?: Date | null;

  @Field(() => String, { description: 'Name of the complainant, 1 to 200 characters.' })
  klagerNaam: string;

  @Field(() => Relatie, { description: 'How the complainant relates to the betrokkene.' })
  klagerRelatie: Relatie;

  @Field(() => String, { description: 'What it is about, 1 to 4000 characters.' })
  onderwerp: string;

  @Field(() => ID, { nullable: true, description: 'The casus it concerns (one you may see).' })
  casusId?: string | null;

  @Field(() => KlachtRoute, { description: 'How it is handled.' })
  route: KlachtRoute;
}

@InputType({ description: 'Change an open complaint; omitted fields stay as they are.' })
export class WijzigKlachtInput {
  @Field(() => ID, { description: 'The complaint (OPEN).' })
  klachtId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => String, { nullable: true, description: 'What it is about, 1 to 4000 characters.' })
  onderwerp?: string | null;

  @Field(() => KlachtRoute, { nullable: true, description: 'How it is handled (e.g. on to the external committee).' })
  route?: KlachtRoute | null;

  @Field(() => ID, { nullable: true, description: 'The casus it concerns (one you may see).' })
  casusId?: string | null;
}

@InputType({ description: 'Close a complaint with its outcome.' })
export class SluitKlachtAfInput {
  @Field(() => ID, { description: 'The complaint (OPEN).' })
  klachtId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => KlachtUitkomst, { description: 'The outcome.' })
  uitkomst: KlachtUitkomst;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future, not before receipt.' })
  afgeslotenOp?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note on the outcome, at most 4000 characters.' })
  toelichting?: string | null;
}
