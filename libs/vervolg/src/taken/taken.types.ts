import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType, PageArgs, defineEnum } from '@vt/platform';
import { WerkSoort } from '../werkvoorraad/werkvoorraad.types.js';

export const Signaal = defineEnum({ BINNENKORT: 'BINNENKORT', VERLOPEN: 'VERLOPEN' } as const, 'Signaal', 'Why a task is on the list.', {
  BINNENKORT: "Due within the signal horizon (the region's signaalWerkdagen, see instellingen).",
  VERLOPEN: 'The deadline has passed.',
});
export type Signaal = (typeof Signaal)[keyof typeof Signaal];

@ObjectType({ description: 'A deadline task: open work that is due soon or overdue, kept up to date by the worker.' })
export class Taak {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => WerkSoort, { description: 'What has to be done.' })
  soort: string;

  @Field(() => ID, { description: 'The record to act on.' })
  objectId: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => String, { nullable: true, description: 'Team.' })
  team: string | null;

  @Field(() => String, { nullable: true, description: 'Assigned medewerker.' })
  toegewezenAan: string | null;

  @Field(() => DateResolver, { description: 'Deadline.' })
  uiterlijkeDatum: string;

  @Field(() => Signaal, { description: 'Due soon or overdue.' })
  signaal: string;

  @Field(() => Int, { description: 'Werkdagen left when last computed (negative when overdue).' })
  werkdagenResterend: number;
}

export const TaakConnection = ConnectionType(Taak, 'Taak', 'Deadline tasks, most urgent first.');

@ArgsType()
export class TakenArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this team.' })
  team?: string | null;

  @Field(() => String, { nullable: true, description: 'Only tasks assigned to this medewerker.' })
  medewerker?: string | null;

  @Field(() => Signaal, { nullable: true, description: 'Only due soon or only overdue.' })
  signaal?: string | null;
}
