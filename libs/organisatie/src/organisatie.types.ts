import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';

@ObjectType({ description: 'A gemeente (municipality) and its number of inhabitants on the latest known peildatum.' })
export class Gemeente {
  @Field(() => String, { description: 'CBS gemeentecode, e.g. "GM0599".' })
  code: string;

  @Field(() => String, { description: 'Name as CBS spells it, e.g. "Rotterdam".' })
  naam: string;

  @Field(() => String, { description: 'Code of the VT-regio this gemeente belongs to, e.g. "VT18".' })
  regioCode: string;

  @Field(() => Int, { description: 'Number of inhabitants (CBS) on the peildatum.' })
  inwoners: number;

  @Field(() => DateResolver, { description: 'Date on which the inhabitants were counted (ISO 8601 date).' })
  peildatum: string;
}

@ObjectType({ description: 'A Veilig Thuis region in the CBS classification, with its total inhabitants.' })
export class Regio {
  @Field(() => String, { description: 'CBS code of the region, VT01 to VT26.' })
  code: string;

  @Field(() => String, { description: 'Name as CBS spells it, e.g. "Rotterdam-Rijnmond".' })
  naam: string;

  @Field(() => String, { description: 'Code of the Veilig Thuis organisation that serves this region.' })
  organisatieCode: string;

  @Field(() => Int, { description: 'Sum of the inhabitants of its gemeenten on the latest peildatum.' })
  inwoners: number;

  @Field(() => Int, { description: 'Number of gemeenten in the region.' })
  aantalGemeenten: number;
}

@ObjectType({ description: 'A Veilig Thuis organisation (the tenant): the regions and gemeenten it serves.' })
export class Organisatie {
  @Field(() => String, { description: 'Code of the organisation, equal to the code of its (first) region, e.g. "VT18".' })
  code: string;

  @Field(() => String, { description: 'Name of the organisation.' })
  naam: string;

  @Field(() => [Regio], { description: 'Regions served, ordered by code. More than one after a merger.' })
  regios: Regio[];

  @Field(() => [Gemeente], { description: 'Gemeenten served, ordered by name.' })
  gemeenten: Gemeente[];

  @Field(() => Int, { description: 'Total inhabitants of all gemeenten served, on their latest peildatum.' })
  inwoners: number;
}
