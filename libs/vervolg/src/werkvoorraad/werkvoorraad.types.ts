import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { ConnectionType, PageArgs, defineEnum } from '@vt/platform';
import { PartnerType } from '../vervolg.enums.js';

/** Most values of the soorten filter (there are fewer kinds of work). */
export const MAX_SOORTEN = 20;

export const WerkSoort = defineEnum(
  {
    ACUUT_BEOORDELEN: 'ACUUT_BEOORDELEN',
    SCREENEN: 'SCREENEN',
    BEOORDELEN: 'BEOORDELEN',
    TOETSEN: 'TOETSEN',
    INTERVENTIE_STARTEN: 'INTERVENTIE_STARTEN',
    INTERVENTIE_AFRONDEN: 'INTERVENTIE_AFRONDEN',
    OVERDRACHT_PLANNEN: 'OVERDRACHT_PLANNEN',
    OVERDRACHT_UITVOEREN: 'OVERDRACHT_UITVOEREN',
    MONITORING: 'MONITORING',
    TERUGKOPPELING: 'TERUGKOPPELING',
    TERUGKOPPELING_NA_ONDERZOEK: 'TERUGKOPPELING_NA_ONDERZOEK',
    MAATWERK_AFRONDEN: 'MAATWERK_AFRONDEN',
    HUISVERBOD_EINDE: 'HUISVERBOD_EINDE',
    KENNISGEVING: 'KENNISGEVING',
    VERZOEK_AFHANDELEN: 'VERZOEK_AFHANDELEN',
  } as const,
  'WerkSoort',
  'Kind of open work.',
  {
    ACUUT_BEOORDELEN: 'A melding screened as acute awaits its beoordeling by the crisis team: listed before all other work.',
    SCREENEN: 'A new melding awaits its screening for acute onveiligheid (due: the werkdag of receipt).',
    BEOORDELEN: "A melding awaits its veiligheidsbeoordeling (due: the region's beoordeling term, 5 werkdagen, after receipt).",
    TOETSEN: 'A proposed besluit awaits intercollegiale toetsing (same deadline as the beoordeling).',
    INTERVENTIE_STARTEN: "An onderzoek or V&V must start (due: the region's start term, 5 werkdagen, after the decision).",
    INTERVENTIE_AFRONDEN:
      "An onderzoek or V&V must finish, started or not (due: the statutory term, the region's 10 weken, after the decision about follow-up steps).",
    OVERDRACHT_PLANNEN: 'An overdracht has no agreed date: the case is on the wachtlijst (no due date).',
    OVERDRACHT_UITVOEREN: 'An overdracht is planned (due: the agreed date).',
    MONITORING:
      'A monitoring contact is due (3 or 12 months after the overdracht, or after Veilig Thuis closed an onderzoek or V&V itself).',
    TERUGKOPPELING:
      "A professional melder has not yet heard back after the besluit (due: the region's terugkoppeling term in werkdagen after the besluit).",
    TERUGKOPPELING_NA_ONDERZOEK:
      "A professional melder has not yet heard back after the onderzoek (due: the region's terugkoppeling term in werkdagen after its closing).",
    MAATWERK_AFRONDEN:
      "Regionaal maatwerk is running and must be closed by the team (due: the region's interventie term after the besluit).",
    HUISVERBOD_EINDE:
      'A tijdelijk huisverbod nears its einddatum (due: that day): the team decides on its advice about an extension; after the term, until its end is recorded.',
    KENNISGEVING:
      'A statutory notification is still to be given (betrokkenen, politie, college van B&W; due: its uiterlijke datum; see Melding.kennisgevingen).',
    VERZOEK_AFHANDELEN:
      'A request of a betrokkene (AVG: inzage, correctie, ...) awaits its decision (due: one month after receipt, or the extended term; see verzoeken). Listed with the person’s most recent melding.',
  },
);
export type WerkSoort = (typeof WerkSoort)[keyof typeof WerkSoort];

@ObjectType({ description: 'An item of open work with its deadline.' })
export class WerkItem {
  @Field(() => WerkSoort, { description: 'What has to be done.' })
  soort: WerkSoort;

  @Field(() => ID, {
    description: 'The record to act on (melding, beoordeling, interventie, overdracht, monitoring contact, huisverbod or kennisgeving).',
  })
  objectId: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => String, { description: 'Melding number.' })
  meldingNummer: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => String, { nullable: true, description: 'Team the melding is assigned to.' })
  team: string | null;

  @Field(() => String, { nullable: true, description: 'Medewerker the melding is assigned to.' })
  toegewezenAan: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Deadline; null when there is none.' })
  uiterlijkeDatum: string | null;

  @Field(() => Boolean, { description: 'The deadline has passed.' })
  verlopen: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Werkdagen left until the deadline (0 = due today; negative = werkdagen overdue); null without a deadline.',
  })
  werkdagenResterend: number | null;
}

export const WerkItemConnection = ConnectionType(
  WerkItem,
  'WerkItem',
  'Open work, most urgent first: overdue first, items without a deadline last.',
);

@ArgsType()
export class WerkvoorraadArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only work of this team.' })
  team?: string | null;

  @Field(() => String, { nullable: true, description: 'Only work assigned to this medewerker (user id).' })
  medewerker?: string | null;

  @Field(() => [WerkSoort], {
    nullable: true,
    description: `Only these kinds of work; all when left out or empty. At most ${MAX_SOORTEN} values (more is VALIDATIE); a kind named twice counts once.`,
  })
  soorten?: WerkSoort[] | null;
}

@ArgsType()
export class TermijnenArgs extends WerkvoorraadArgs {
  @Field(() => Int, { description: 'Work due within this many werkdagen from today (0 = today), overdue work included; 0 to 60.' })
  binnenWerkdagen: number;
}

@ObjectType({ description: 'A case waiting for a partner to agree an overdracht date.' })
export class WachtlijstItem {
  @Field(() => ID, { description: 'The overdracht.' })
  overdrachtId: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => String, { description: 'Melding number.' })
  meldingNummer: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => PartnerType, { description: 'Kind of partner.' })
  partnerType: PartnerType;

  @Field(() => String, { description: 'Partner.' })
  partnerNaam: string;

  @Field(() => Boolean, { description: 'Warm overdracht.' })
  warm: boolean;

  @Field(() => DateResolver, { description: 'On the wachtlijst since.' })
  sinds: string;

  @Field(() => Int, { description: 'Calendar days on the wachtlijst.' })
  dagenOpWachtlijst: number;

  @Field(() => Int, { description: 'Version of the overdracht, for planOverdracht.' })
  versie: number;
}

export const WachtlijstConnection = ConnectionType(WachtlijstItem, 'Wachtlijst', 'Cases on the wachtlijst, longest waiting first.');
