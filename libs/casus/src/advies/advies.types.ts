import { BereikbaarheidContactInput } from '../bereikbaarheid/bereikbaarheidscontact.types.js';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { defineEnum } from '@vt/platform';
import { AardGeweld, Hoedanigheid, Kanaal, OrganisatieCategorie } from '../classificaties/index.js';

export const AdviesSoort = defineEnum(
  { ADVIES: 'ADVIES', CONSULT: 'CONSULT', ADVIES_EN_ONDERSTEUNING: 'ADVIES_EN_ONDERSTEUNING' } as const,
  'AdviesSoort',
  'Kind of advice given.',
  {
    ADVIES: 'A single advice.',
    CONSULT: 'A consult (a professional asks how to proceed).',
    ADVIES_EN_ONDERSTEUNING: 'Advies en ondersteuning: several contacts guiding a professional.',
  },
);
export type AdviesSoort = (typeof AdviesSoort)[keyof typeof AdviesSoort];

export const AdviesStatus = defineEnum(
  { OPEN: 'OPEN', AFGESLOTEN: 'AFGESLOTEN', OMGEZET: 'OMGEZET' } as const,
  'AdviesStatus',
  'State of an advies.',
  {
    OPEN: 'Still open: contacts may be added.',
    AFGESLOTEN: 'Closed.',
    OMGEZET: 'Converted into a melding.',
  },
);
export type AdviesStatus = (typeof AdviesStatus)[keyof typeof AdviesStatus];

@ObjectType({ description: 'Who asked for advice. No data about the family is stored for an advies.' })
export class Adviesvrager {
  @Field(() => OrganisatieCategorie, { description: 'Organisation category (CBS); NIET_BEROEPSMATIG for private persons.' })
  organisatie: OrganisatieCategorie;

  @Field(() => Hoedanigheid, { nullable: true, description: 'Hoedanigheid (rol or beroep, CBS); null when not recorded.' })
  hoedanigheid: Hoedanigheid | null;

  @Field(() => Boolean, { description: 'Whether the adviesvrager is a professional.' })
  beroepsmatig: boolean;

  @Field(() => Boolean, { description: 'Whether the adviesvrager stayed anonymous (then no name or contact details are stored).' })
  anoniem: boolean;

  @Field(() => String, { nullable: true, description: 'Name, unless anonymous.' })
  naam: string | null;

  @Field(() => String, { nullable: true, description: 'Rol or functie of a professional.' })
  functie: string | null;

  @Field(() => String, { nullable: true, description: 'Phone; null when not given or not visible to your role.' })
  telefoon: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail; null when not given or not visible to your role.' })
  email: string | null;
}

@ObjectType({ description: 'A contact within an advies en ondersteuning.' })
export class AdviesContact {
  @Field(() => ID, { description: 'Id of the contact.' })
  id: string;

  @Field(() => GraphQLDateTime, { description: 'When the contact took place.' })
  datum: Date;

  @Field(() => Kanaal, { description: 'Channel.' })
  kanaal: Kanaal;

  @Field(() => String, { description: 'Summary of the advice given.' })
  samenvatting: string;
}

@ObjectType({
  description: 'An advies: Veilig Thuis advised someone worried about (possible) violence, without taking over responsibility.',
})
export class Advies {
  @Field(() => ID, { description: 'Id of the advies.' })
  id: string;

  @Field(() => String, { description: 'Advies number within the region, e.g. A-2026-000042.' })
  nummer: string;

  @Field(() => AdviesSoort, { description: 'Kind of advice.' })
  soort: AdviesSoort;

  @Field(() => GraphQLDateTime, { description: 'When the question came in.' })
  ontvangenOp: Date;

  @Field(() => Kanaal, { description: 'Channel of the first contact.' })
  kanaal: Kanaal;

  @Field(() => Adviesvrager, { description: 'Who asked.' })
  adviesvrager: Adviesvrager;

  @Field(() => [AardGeweld], { description: 'Nature of the violence the question is about.' })
  aardGeweld: AardGeweld[];

  @Field(() => String, { description: 'Summary of the advice given.' })
  samenvatting: string;

  @Field(() => AdviesStatus, { description: 'Open, closed or converted into a melding.' })
  status: AdviesStatus;

  @Field(() => ID, { nullable: true, description: 'The melding this advies was converted into.' })
  meldingId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "CBS code of the gemeente of the household (or the adviesvrager's own, when they did not know it); null only on adviezen registered before it became required.",
  })
  gemeenteCode: string | null;

  @Field(() => [AdviesContact], { description: 'Further contacts (advies en ondersteuning), oldest first.' })
  contacten: AdviesContact[];

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Who asks for advice.' })
export class AdviesvragerInput {
  @Field(() => OrganisatieCategorie, { description: 'Organisation category (CBS).' })
  organisatie: OrganisatieCategorie;

  @Field(() => Hoedanigheid, {
    nullable: true,
    description:
      'Hoedanigheid (rol or beroep, CBS); must fit organisatie (VALIDATIE on adviesvrager.hoedanigheid otherwise). Optional: counted as ONBEKEND.',
  })
  hoedanigheid?: Hoedanigheid | null;

  @Field(() => Boolean, { description: 'Stays anonymous: then naam, telefoon and email must be left out.' })
  anoniem: boolean;

  @Field(() => String, { nullable: true, description: 'Name (not when anonymous).' })
  naam?: string | null;

  @Field(() => String, { nullable: true, description: 'Rol or functie.' })
  functie?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (not when anonymous).' })
  telefoon?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail (not when anonymous).' })
  email?: string | null;
}

@InputType({ description: 'A new advies.' })
export class RegistreerAdviesInput {
  @Field(() => AdviesSoort, { description: 'Kind of advice.' })
  soort: AdviesSoort;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the question came in; defaults to now; not in the future.' })
  ontvangenOp?: Date | null;

  @Field(() => Kanaal, { description: 'Channel.' })
  kanaal: Kanaal;

  @Field(() => AdviesvragerInput, { description: 'Who asks.' })
  adviesvrager: AdviesvragerInput;

  @Field(() => [AardGeweld], { description: 'Nature of the violence: 1 to 8 values (more is VALIDATIE); a value named twice counts once.' })
  aardGeweld: AardGeweld[];

  @Field(() => String, { description: 'Summary of the advice given, 1 to 10,000 characters. No data identifying the family.' })
  samenvatting: string;

  // Required like on a melding: the quarterly report counts adviezen per gemeente. An anonymous private caller may not know
  // (or say) where the family lives; then the caller's own gemeente, a real place, rather than an invented "unknown" code.
  @Field(() => String, {
    description:
      'CBS code of the gemeente the household the question is about lives in, e.g. GM0363 (Amsterdam); your region lists its gemeenten ' +
      'in mijnOrganisatie { gemeenten { code naam } }. When the adviesvrager does not know it or will not say (often an anonymous, ' +
      'niet-beroepsmatige caller), give the gemeente the adviesvrager lives in (a professional: where they work); there is no code ' +
      'for "unknown". Required: the reports to the gemeenten and to CBS count adviezen per gemeente. Empty or unknown is VALIDATIE on gemeenteCode.',
  })
  gemeenteCode: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key (8 to 200 characters): a retry returns the first result.' })
  idempotencyKey?: string | null;

  @Field(() => BereikbaarheidContactInput, {
    nullable: true,
    description:
      'For an advies given out of office hours by the bereikbaarheidsdienst: the shift on duty at ontvangenOp and the on-call medewerker. Optional.',
  })
  bereikbaarheid?: BereikbaarheidContactInput | null;
}

@InputType({ description: 'A further contact within an advies en ondersteuning.' })
export class AdviesContactInput {
  @Field(() => ID, { description: 'The advies.' })
  adviesId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When; defaults to now; not in the future.' })
  datum?: Date | null;

  @Field(() => Kanaal, { description: 'Channel.' })
  kanaal: Kanaal;

  @Field(() => String, { description: 'Summary, 1 to 10,000 characters.' })
  samenvatting: string;

  @Field(() => Int, { description: 'The version of the advies you read.' })
  versie: number;
}
