import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { InterventieSoort, MonitoringMoment, MonitoringStatus, Veiligheidsscore } from '../vervolg.enums.js';

@ObjectType({
  description: 'A monitoring contact at 3 or 12 months after an overdracht, or after an onderzoek or V&V Veilig Thuis closed itself.',
})
export class MonitoringContact {
  @Field(() => ID, { description: 'Id of the contact.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The overdracht it follows; null when it follows an intervention (interventieId).' })
  overdrachtId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The onderzoek or V&V Veilig Thuis closed itself that it follows; null when it follows an overdracht (overdrachtId).',
  })
  interventieId: string | null;

  @Field(() => MonitoringMoment, { description: '3 or 12 months.' })
  moment: MonitoringMoment;

  @Field(() => DateResolver, { description: 'Due date.' })
  geplandOp: string;

  @Field(() => DateResolver, { nullable: true, description: 'When it took place.' })
  uitgevoerdOp: string | null;

  @Field(() => Veiligheidsscore, { nullable: true, description: 'Safety according to the family.' })
  scoreGezin: Veiligheidsscore | null;

  @Field(() => Veiligheidsscore, { nullable: true, description: 'Safety according to the professional.' })
  scoreProfessional: Veiligheidsscore | null;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  toelichting: string | null;

  @Field(() => MonitoringStatus, { description: 'State.' })
  status: MonitoringStatus;

  @Field(() => ID, { nullable: true, description: 'A new intervention started from this contact, if any.' })
  nieuweInterventieId: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Record a monitoring contact.' })
export class RegistreerMonitoringInput {
  @Field(() => ID, { description: 'The monitoring contact (GEPLAND).' })
  monitoringId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future.' })
  uitgevoerdOp?: Date | null;

  @Field(() => Veiligheidsscore, { description: 'Safety according to the family.' })
  scoreGezin: Veiligheidsscore;

  @Field(() => Veiligheidsscore, { description: 'Safety according to the professional.' })
  scoreProfessional: Veiligheidsscore;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  toelichting?: string | null;

  @Field(() => InterventieSoort, {
    nullable: true,
    description: 'Start a new onderzoek or V&V from this contact (remaining monitoring lapses).',
  })
  nieuweInterventie?: InterventieSoort | null;
}
