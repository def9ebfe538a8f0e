import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType, PageArgs, defineEnum } from '@vt/platform';
import { AardGeweld, BetrokkeneRol } from '../classificaties/index.js';

export const ZorgmeldingStatus = defineEnum(
  { TE_SCREENEN: 'TE_SCREENEN', DOORGESTUURD: 'DOORGESTUURD', OMGEZET: 'OMGEZET' } as const,
  'ZorgmeldingStatus',
  'Where a politiezorgmelding jeugd stands.',
  {
    TE_SCREENEN: 'Awaits screening for onveiligheid in an afhankelijkheidsrelatie.',
    DOORGESTUURD: 'No such onveiligheid: forwarded to the lokaal team without a dossier; the persons were erased.',
    OMGEZET: 'Onveiligheid in an afhankelijkheidsrelatie: it became a regular melding.',
  },
);
export type ZorgmeldingStatus = (typeof ZorgmeldingStatus)[keyof typeof ZorgmeldingStatus];

export const InformatieWijze = defineEnum(
  { BRIEF: 'BRIEF', TELEFOON: 'TELEFOON', MAIL: 'MAIL', GESPREK: 'GESPREK' } as const,
  'InformatieWijze',
  'How people were informed.',
  { BRIEF: 'By letter.', TELEFOON: 'By telephone.', MAIL: 'By e-mail.', GESPREK: 'In a conversation.' },
);
export type InformatieWijze = (typeof InformatieWijze)[keyof typeof InformatieWijze];

@ObjectType({ description: 'A person named in a politiezorgmelding jeugd (only while it awaits screening).' })
export class ZorgmeldingPersoon {
  @Field(() => String, { description: 'Name.' })
  naam: string;

  @Field(() => DateResolver, { nullable: true, description: 'Date of birth, if given.' })
  geboortedatum: string | null;

  @Field(() => BetrokkeneRol, { description: 'Role in the report.' })
  rol: BetrokkeneRol;
}

@ObjectType({
  description:
    'A politiezorgmelding jeugd: the police report worries about a child. Its own stream, counted apart from meldingen; screened for onveiligheid in an afhankelijkheidsrelatie.',
})
export class ZorgmeldingJeugd {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => String, { description: 'Police registration number.' })
  politieRegistratienummer: string;

  @Field(() => GraphQLDateTime, { description: 'When the police report was made.' })
  ontvangenOp: Date;

  @Field(() => DateResolver, { description: 'The werkdag by which it must be screened.' })
  uiterlijkeScreeningsdatum: string;

  @Field(() => String, { description: 'CBS code of the gemeente of the household.' })
  gemeenteCode: string;

  @Field(() => Int, { description: 'Number of children named (kept after the persons are erased, for the counts).' })
  aantalKinderen: number;

  @Field(() => ZorgmeldingStatus, { description: 'Where it stands.' })
  status: ZorgmeldingStatus;

  @Field(() => [ZorgmeldingPersoon], {
    description: 'The persons named; empty once screened (forwarded: erased; converted: in the melding).',
  })
  personen: ZorgmeldingPersoon[];

  @Field(() => String, { nullable: true, description: "The police's description; null once screened." })
  omschrijving: string | null;

  @Field(() => String, { nullable: true, description: 'The lokaal team or regional programme it was forwarded to.' })
  doorgestuurdNaar: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When the betrokkenen were informed of the forwarding.' })
  betrokkenenGeinformeerdOp: string | null;

  @Field(() => InformatieWijze, { nullable: true, description: 'How the betrokkenen were informed.' })
  betrokkenenGeinformeerdVia: InformatieWijze | null;

  @Field(() => ID, { nullable: true, description: 'The melding it became (OMGEZET).' })
  meldingId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the screener decided as they did.' })
  toelichting: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

export const ZorgmeldingJeugdConnection = ConnectionType(
  ZorgmeldingJeugd,
  'ZorgmeldingJeugd',
  'Politiezorgmeldingen jeugd, by screening date then id.',
);

@ArgsType()
export class ZorgmeldingenArgs extends PageArgs {
  @Field(() => ZorgmeldingStatus, { nullable: true, description: 'Only those with this status (TE_SCREENEN is the screening list).' })
  status?: ZorgmeldingStatus | null;
}

@InputType({ description: 'The screening of a politiezorgmelding jeugd for onveiligheid in an afhankelijkheidsrelatie.' })
export class ScreenZorgmeldingJeugdInput {
  @Field(() => ID, { description: 'The zorgmelding.' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  versie: number;

  @Field(() => Boolean, {
    description: 'true: onveiligheid in an afhankelijkheidsrelatie, it becomes a regular melding; false: forward it to the lokaal team.',
  })
  onveiligheid: boolean;

  @Field(() => String, { description: 'Why (1 to 2000 characters).' })
  toelichting: string;

  @Field(() => [AardGeweld], {
    nullable: true,
    description: 'For a melding: the aard geweld (default: what the police gave, else ONBEKEND).',
  })
  aardGeweld?: AardGeweld[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Forwarding: the lokaal team or regional programme (required when onveiligheid is false).',
  })
  doorgestuurdNaar?: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'Forwarding: when the betrokkenen were informed (required when onveiligheid is false).',
  })
  betrokkenenGeinformeerdOp?: Date | null;

  @Field(() => InformatieWijze, {
    nullable: true,
    description: 'Forwarding: how they were informed (required when onveiligheid is false).',
  })
  betrokkenenGeinformeerdVia?: InformatieWijze | null;
}
