import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { ConnectionType, PageArgs } from '@vt/platform';
import { AardGeweld, BetrokkeneRol, DuurGeweld } from '../classificaties/index.js';
import { AfwegingskaderInput } from '../melding/melding.types.js';
import { Geslacht } from '../persoon/persoon.types.js';

@ObjectType({ description: 'One corrected field of a person or melding: old and new value, why, by whom and when (append-only history).' })
export class Wijziging {
  @Field(() => ID, { description: 'Id of the history entry.' })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The casus the change belongs to; null for a change to a person (it applies to every casus of the person).',
  })
  casusId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person the change is about, if any.' })
  persoonId: string | null;

  @Field(() => String, { description: 'Kind of object changed: Persoon, Melding or Casus (a merge or split).' })
  objectType: string;

  @Field(() => ID, { description: 'Id of the object changed.' })
  objectId: string;

  @Field(() => String, { description: 'The field changed, as named in the API (e.g. woonplaats, aardGeweld).' })
  veld: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Value before the change; null when empty or when your role may not see this field (bsn, contact details).',
  })
  oud: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Value after the change; null when empty or when your role may not see this field (bsn, contact details).',
  })
  nieuw: unknown;

  @Field(() => String, { nullable: true, description: 'Why the change was made.' })
  reden: string | null;

  @Field(() => String, { description: 'Name of the medewerker who made the change.' })
  doorNaam: string;

  @Field(() => GraphQLDateTime, { description: 'When the change was made.' })
  op: Date;
}

export const WijzigingConnection = ConnectionType(
  Wijziging,
  'Wijziging',
  'History of corrections of a casus and its persons, newest first.',
);

@ArgsType()
export class WijzigingenArgs extends PageArgs {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;
}

@InputType({
  description: 'Corrects or enriches a person. Fields left out (or null) keep their value; an empty string clears a text field.',
})
export class WijzigPersoonInput {
  @Field(() => ID, { description: 'The person.' })
  persoonId: string;

  @Field(() => Int, { description: 'The version of the person you read (optimistic locking).' })
  versie: number;

  @Field(() => String, { nullable: true, description: 'Full name, 1 to 200 characters.' })
  naam?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'BSN (elfproef); only for roles that may use a BSN. Not one another person of the region already has.',
  })
  bsn?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Date of birth, not in the future.' })
  geboortedatum?: Date | string | null;

  @Field(() => Geslacht, { nullable: true, description: 'Sex.' })
  geslacht?: Geslacht | null;

  @Field(() => String, { nullable: true, description: 'Place of residence, up to 200 characters.' })
  woonplaats?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality (referentie gemeente), e.g. GM0363.' })
  gemeenteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  telefoon?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { description: 'Why the correction is made, 1 to 2000 characters.' })
  reden: string;
}

@InputType({
  description:
    'Records (or lifts) the decision that revealing the melder of a melding would endanger someone; a shielded melder never appears in an inzage or afschrift.',
})
export class LegMelderAfschermingVastInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => Boolean, { description: 'True: the melder is shielded; false: the decision is lifted.' })
  afgeschermd: boolean;

  @Field(() => String, {
    description: 'Why (e.g. the danger revealing the melder would bring), 1 to 2000 characters; kept in the history.',
  })
  reden: string;
}

@InputType({ description: 'Corrects or enriches a melding after verrijking. Fields left out (or null) keep their value.' })
export class WijzigMeldingInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => [AardGeweld], { nullable: true, description: 'Nature of the violence: 1 to 8 values.' })
  aardGeweld?: AardGeweld[] | null;

  @Field(() => DuurGeweld, { nullable: true, description: 'How long the violence has been going on.' })
  duurGeweld?: DuurGeweld | null;

  @Field(() => AfwegingskaderInput, {
    nullable: true,
    description: 'The afwegingskader answers, replaced as a whole (professional melders only).',
  })
  afwegingskader?: AfwegingskaderInput | null;

  @Field(() => String, { nullable: true, description: 'Summary of the melding, up to 10,000 characters; an empty string clears it.' })
  samenvatting?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code of the gemeente of the household (referentie gemeente); cannot be cleared (an empty string is VALIDATIE).',
  })
  gemeenteCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the melder wishes to stay anonymous towards the family.' })
  melderAnoniem?: boolean | null;

  @Field(() => String, { description: 'Why the correction is made, 1 to 2000 characters.' })
  reden: string;
}

@InputType({ description: 'A person to add to a melding (matched within the region like at registration).' })
export class NieuweBetrokkeneInput {
  @Field(() => String, { description: 'Full name, 1 to 200 characters.' })
  naam: string;

  @Field(() => DateResolver, { nullable: true, description: 'Date of birth (not in the future). Needed to match a person without BSN.' })
  geboortedatum?: Date | string | null;

  @Field(() => String, { nullable: true, description: 'BSN (elfproef); only for roles that may use a BSN.' })
  bsn?: string | null;

  @Field(() => BetrokkeneRol, { description: 'Role in the melding.' })
  rol: BetrokkeneRol;
}

@InputType({ description: 'Adds a directbetrokkene to a melding.' })
export class VoegBetrokkeneToeInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => NieuweBetrokkeneInput, { description: 'The person and role.' })
  betrokkene: NieuweBetrokkeneInput;

  @Field(() => String, { description: 'Why the betrokkene is added, 1 to 2000 characters.' })
  reden: string;
}

@InputType({ description: 'Changes the role of a directbetrokkene in a melding.' })
export class WijzigBetrokkeneInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => ID, { description: 'The person.' })
  persoonId: string;

  @Field(() => BetrokkeneRol, { description: 'The current role.' })
  rol: BetrokkeneRol;

  @Field(() => BetrokkeneRol, { description: 'The new role.' })
  nieuweRol: BetrokkeneRol;

  @Field(() => String, { description: 'Why the role changes, 1 to 2000 characters.' })
  reden: string;
}

@InputType({ description: 'Ends the involvement of a directbetrokkene in a role (never deleted: it stays visible with its end date).' })
export class BeeindigBetrokkenheidInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read (optimistic locking).' })
  versie: number;

  @Field(() => ID, { description: 'The person.' })
  persoonId: string;

  @Field(() => BetrokkeneRol, { description: 'The role whose involvement ends.' })
  rol: BetrokkeneRol;

  @Field(() => String, { description: 'Why the involvement ends, 1 to 2000 characters.' })
  reden: string;
}
