import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { OverdrachtStatus, PartnerType } from '../vervolg.enums.js';
import { MonitoringContact } from '../monitoring/monitoring.types.js';

@ObjectType({ description: 'Handing the case over to a partner. Without an agreed date the case is on the wachtlijst.' })
export class Overdracht {
  @Field(() => ID, { description: 'Id of the overdracht.' })
  id: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => PartnerType, { description: 'Kind of partner.' })
  partnerType: PartnerType;

  @Field(() => String, { description: 'Name of the partner organisation.' })
  partnerNaam: string;

  @Field(() => String, { nullable: true, description: 'Gemeente of a lokaal team (CBS code).' })
  gemeenteCode: string | null;

  @Field(() => Boolean, { description: 'Warm (joint meeting of Veilig Thuis, partner and family) or koud.' })
  warm: boolean;

  @Field(() => DateResolver, { nullable: true, description: 'Agreed date; null while on the wachtlijst.' })
  afgesprokenDatum: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When the overdracht took place.' })
  uitgevoerdOp: string | null;

  @Field(() => OverdrachtStatus, { description: 'State.' })
  status: OverdrachtStatus;

  @Field(() => [MonitoringContact], { description: 'Monitoring contacts at 3 and 12 months (after the overdracht took place).' })
  monitoring: MonitoringContact[];

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Register an overdracht for a melding in phase OVERDRACHT.' })
export class RegistreerOverdrachtInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => PartnerType, { description: 'Kind of partner.' })
  partnerType: PartnerType;

  @Field(() => String, { description: 'Name of the partner organisation, 1 to 200 characters.' })
  partnerNaam: string;

  @Field(() => String, { nullable: true, description: 'CBS gemeentecode (required for LOKAAL_TEAM).' })
  gemeenteCode?: string | null;

  @Field(() => Boolean, { description: 'Warm (joint meeting) or koud.' })
  warm: boolean;

  @Field(() => DateResolver, { nullable: true, description: 'Agreed date; leave out when none yet (the case goes on the wachtlijst).' })
  afgesprokenDatum?: Date | null;
}

@InputType({ description: 'Agree (or change) the date of an overdracht.' })
export class PlanOverdrachtInput {
  @Field(() => ID, { description: 'The overdracht (WACHTLIJST or GEPLAND).' })
  overdrachtId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { description: 'The agreed date.' })
  afgesprokenDatum: Date;
}

@InputType({ description: 'Record that the overdracht took place; monitoring at 3 and 12 months is scheduled.' })
export class VoerOverdrachtUitInput {
  @Field(() => ID, { description: 'The overdracht (GEPLAND).' })
  overdrachtId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future.' })
  uitgevoerdOp?: Date | null;
}
