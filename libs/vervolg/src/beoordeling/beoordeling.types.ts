import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { Besluit, BeoordelingStatus } from '../vervolg.enums.js';

@ObjectType({ description: 'The veiligheidstaxatie: how unsafe the situation is.' })
export class Veiligheidstaxatie {
  @Field(() => Boolean, { description: 'Acute onveiligheid.' })
  acuteOnveiligheid: boolean;

  @Field(() => Boolean, { description: 'Structurele onveiligheid.' })
  structureleOnveiligheid: boolean;

  @Field(() => String, { nullable: true, description: 'Explanation.' })
  toelichting: string | null;
}

@ObjectType({ description: 'A multidisciplinary review of a besluit by a gedragswetenschapper or vertrouwensarts.' })
export class MultidisciplinaireToetsing {
  @Field(() => String, { description: 'User id of the reviewer.' })
  door: string;

  @Field(() => String, { description: 'Role of the reviewer: gedragswetenschapper or vertrouwensarts.' })
  rol: string;

  @Field(() => GraphQLDateTime, { description: 'When the review was recorded.' })
  op: Date;

  @Field(() => String, { description: "The reviewer's advice." })
  advies: string;
}

@ObjectType({
  description: 'A veiligheidsbeoordeling: taxatie and besluit, in effect only after intercollegiale toetsing by another staff member.',
})
export class Veiligheidsbeoordeling {
  @Field(() => ID, { description: 'Id of the beoordeling.' })
  id: string;

  @Field(() => ID, { description: 'The melding assessed.' })
  meldingId: string;

  @Field(() => Veiligheidstaxatie, { description: 'The veiligheidstaxatie.' })
  taxatie: Veiligheidstaxatie;

  @Field(() => Besluit, { description: 'The proposed besluit.' })
  besluit: Besluit;

  @Field(() => String, { nullable: true, description: 'Reasons for the besluit.' })
  besluitToelichting: string | null;

  @Field(() => String, { description: 'User id of who proposed the besluit.' })
  beslotenDoor: string;

  @Field(() => GraphQLDateTime, { description: 'When the besluit was proposed.' })
  beslotenOp: Date;

  @Field(() => MultidisciplinaireToetsing, { nullable: true, description: 'Multidisciplinary review, when given.' })
  multidisciplinair: MultidisciplinaireToetsing | null;

  @Field(() => String, { nullable: true, description: 'User id of the colleague who confirmed or rejected it.' })
  getoetstDoor: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was confirmed or rejected.' })
  getoetstOp: Date | null;

  @Field(() => String, { nullable: true, description: 'Remarks of the toetsing.' })
  toetsingToelichting: string | null;

  @Field(() => BeoordelingStatus, { description: 'Proposed, confirmed or rejected.' })
  status: BeoordelingStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: "For a confirmed besluit: whether it was confirmed within the region's beoordeling term (5 werkdagen) of receipt.",
  })
  binnenTermijn: boolean | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      "For a confirmed besluit: the day a professional melder must have heard back by (the region's terugkoppelingWerkdagen after the besluit; the task TERUGKOPPELING).",
  })
  uiterlijkeTerugkoppeldatum: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      "For a confirmed besluit with follow-up by Veilig Thuis (onderzoek, V&V, regionaal maatwerk): the end of the statutory term (the region's interventieWeken after the besluit).",
  })
  uiterlijkeVervolgdatum: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'The veiligheidstaxatie.' })
export class TaxatieInput {
  @Field(() => Boolean, { description: 'Acute onveiligheid.' })
  acuteOnveiligheid: boolean;

  @Field(() => Boolean, { description: 'Structurele onveiligheid.' })
  structureleOnveiligheid: boolean;

  @Field(() => String, { nullable: true, description: 'Explanation, up to 10,000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'Propose the besluit of a veiligheidsbeoordeling.' })
export class StelBesluitVoorInput {
  @Field(() => ID, { description: 'The melding (phase TE_BEOORDELEN).' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => TaxatieInput, { description: 'The veiligheidstaxatie.' })
  taxatie: TaxatieInput;

  @Field(() => Besluit, { description: 'The besluit.' })
  besluit: Besluit;

  @Field(() => String, { nullable: true, description: 'Reasons, up to 10,000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'Record a multidisciplinary review (gedragswetenschapper or vertrouwensarts).' })
export class MultidisciplinaireToetsingInput {
  @Field(() => ID, { description: 'The beoordeling (status TER_TOETSING).' })
  beoordelingId: string;

  @Field(() => Int, { description: 'The version of the beoordeling you read.' })
  versie: number;

  @Field(() => String, { description: 'The advice, 1 to 10,000 characters.' })
  advies: string;
}

@InputType({ description: 'Confirm or reject a proposed besluit (intercollegiale toetsing; never by its own proposer).' })
export class ToetsBesluitInput {
  @Field(() => ID, { description: 'The beoordeling (status TER_TOETSING).' })
  beoordelingId: string;

  @Field(() => Int, { description: 'The version of the beoordeling you read.' })
  versie: number;

  @Field(() => Boolean, { description: 'true confirms the besluit (it takes effect); false sends the melding back to be assessed.' })
  akkoord: boolean;

  @Field(() => String, { nullable: true, description: 'Remarks (required when not agreeing), up to 10,000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'Close regionaal maatwerk: Veilig Thuis ends its involvement and the melding is closed.' })
export class SluitMaatwerkAfInput {
  @Field(() => ID, { description: 'The melding (fase REGIONAAL_MAATWERK).' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;
}
