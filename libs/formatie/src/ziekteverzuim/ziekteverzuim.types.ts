import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The ziekteverzuim (sick leave) of one team in one month, as the functioneel-beheerder recorded it.' })
export class Ziekteverzuim {
  @Field(() => Int, { description: 'Year.' })
  jaar: number;

  @Field(() => Int, { description: 'Month, 1 to 12.' })
  maand: number;

  @Field(() => String, { description: 'Team (the same name as on medewerkers and meldingen).' })
  team: string;

  @Field(() => Float, { description: 'Verzuimpercentage of the team in that month, 0 to 100.' })
  percentage: number;
}

@InputType({ description: 'The ziekteverzuim of one team.' })
export class TeamverzuimInput {
  @Field(() => String, { description: 'Team, 1 to 200 characters.' })
  team: string;

  @Field(() => Float, { description: 'Verzuimpercentage, 0 to 100 (at most two decimals are kept).' })
  percentage: number;
}

@InputType({ description: "Record a month's ziekteverzuim per team (replaces that month's figures)." })
export class LegZiekteverzuimVastInput {
  @Field(() => Int, { description: 'Year, 2000 to 2100.' })
  jaar: number;

  @Field(() => Int, { description: 'Month, 1 to 12.' })
  maand: number;

  @Field(() => [TeamverzuimInput], {
    description: 'One entry per team (each team once); at most 100 (more is VALIDATIE). An empty list clears the month.',
  })
  teams: TeamverzuimInput[];
}
