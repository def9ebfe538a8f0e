import { BereikbaarheidContactInput } from '../bereikbaarheid/bereikbaarheidscontact.types.js';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import {
  AanvullendKenmerk,
  AardGeweld,
  BetrokkeneRol,
  DuurGeweld,
  Hoedanigheid,
  MeldingClassificatie,
  MeldingFase,
  OrganisatieCategorie,
  PolitieMelding,
} from '../classificaties/index.js';
import { Persoon } from '../persoon/persoon.types.js';

@ObjectType({
  description: 'Who made the melding. Phone and e-mail are visible only to roles that need them (medewerker, administratief-medewerker).',
})
export class Melder {
  @Field(() => String, { description: 'Name of the melder.' })
  naam: string;

  @Field(() => String, { nullable: true, description: 'Rol or functie of a professional melder.' })
  functie: string | null;

  @Field(() => OrganisatieCategorie, { description: 'Organisation category (CBS).' })
  organisatie: OrganisatieCategorie;

  @Field(() => Hoedanigheid, { nullable: true, description: 'Hoedanigheid (rol or beroep, CBS); null when not recorded.' })
  hoedanigheid: Hoedanigheid | null;

  @Field(() => Boolean, {
    description:
      'Whether the melder is a professional (any organisation category except NIET_BEROEPSMATIG, NIET_VAN_TOEPASSING and ONBEKEND).',
  })
  beroepsmatig: boolean;

  @Field(() => String, { nullable: true, description: 'Phone number; null when not given or not visible to your role.' })
  telefoon: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address; null when not given or not visible to your role.' })
  email: string | null;
}

@ObjectType({ description: 'Answers of a professional melder to the afwegingskader of the meldcode.' })
export class Afwegingskader {
  @Field(() => Boolean, { description: 'Is there acute onveiligheid?' })
  acuteOnveiligheid: boolean;

  @Field(() => Boolean, { description: 'Is there structurele onveiligheid?' })
  structureleOnveiligheid: boolean;

  @Field(() => String, { nullable: true, description: 'Explanation by the melder.' })
  toelichting: string | null;
}

@ObjectType({ description: 'A directbetrokkene of a melding: the person and their role in it.' })
export class MeldingBetrokkene {
  @Field(() => Persoon, { description: 'The person (matched within the region).' })
  persoon: Persoon;

  @Field(() => BetrokkeneRol, { description: 'Role in this melding.' })
  rol: BetrokkeneRol;

  @Field(() => Boolean, { description: 'Whether the person was already known to the region when the melding arrived (radarfunctie).' })
  wasBekend: boolean;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the involvement in this role was ended (beeindigBetrokkenheid); null while it lasts.',
  })
  beeindigdOp: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the involvement was ended.' })
  beeindigdReden: string | null;
}

@ObjectType({
  description:
    'A melding: a report of (suspected) domestic violence or child abuse, for which Veilig Thuis takes over responsibility for safety.',
})
export class Melding {
  @Field(() => ID, { description: 'Id of the melding.' })
  id: string;

  @Field(() => String, { description: 'Melding number within the region, e.g. M-2026-000042.' })
  nummer: string;

  @Field(() => GraphQLDateTime, { description: 'When the melding was received.' })
  ontvangenOp: Date;

  @Field(() => DateResolver, { description: 'Date of receipt in the Netherlands; the terms count from the day after it.' })
  ontvangstdatum: string;

  @Field(() => DateResolver, {
    description:
      "Last day for the veiligheidsbeoordeling: the region's beoordelingWerkdagen-th werkdag (5th by default) after the date of receipt, as set at receipt.",
  })
  uiterlijkeBeoordelingsdatum: string;

  @Field(() => Melder, { description: 'Who made the melding.' })
  melder: Melder;

  @Field(() => [AardGeweld], { description: 'Nature of the violence (one or more).' })
  aardGeweld: AardGeweld[];

  @Field(() => [AanvullendKenmerk], { description: 'Additional characteristics (e.g. mensenhandel).' })
  aanvullendeKenmerken: AanvullendKenmerk[];

  @Field(() => DuurGeweld, { description: 'How long the violence has been going on.' })
  duurGeweld: DuurGeweld;

  @Field(() => Afwegingskader, { nullable: true, description: 'Afwegingskader answers, for professional melders.' })
  afwegingskader: Afwegingskader | null;

  @Field(() => PolitieMelding, { nullable: true, description: 'For police meldingen: unique or niet-uniek; null for other melders.' })
  politie: PolitieMelding | null;

  @Field(() => MeldingClassificatie, { description: 'Prior involvement at arrival (CBS 85361).' })
  classificatie: MeldingClassificatie;

  @Field(() => MeldingFase, { description: 'Where the melding stands in the process.' })
  fase: MeldingFase;

  @Field(() => String, { nullable: true, description: 'Team the work is assigned to.' })
  team: string | null;

  @Field(() => String, { nullable: true, description: 'User id of the medewerker the work is assigned to.' })
  toegewezenAan: string | null;

  @Field(() => ID, { nullable: true, description: 'The advies this melding was converted from, if any.' })
  adviesId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code of the gemeente the household lives in; null only on meldingen registered before it became required.',
  })
  gemeenteCode: string | null;

  @Field(() => Boolean, { description: 'Whether the melder wishes to stay anonymous towards the family.' })
  melderAnoniem: boolean;

  @Field(() => String, { nullable: true, description: 'Summary of the melding, when recorded.' })
  samenvatting: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'The werkdag by which the melding must be screened for acute danger (the day of receipt, or the next werkdag); null once screened, for a niet-unieke melding, and for meldingen from before screening existed.',
  })
  uiterlijkeScreeningsdatum: string | null;

  @Field(() => Boolean, { description: 'Whether the screening found acute onveiligheid: the crisis team handles it first.' })
  acuut: boolean;

  @Field(() => String, { nullable: true, description: 'Police registration number of a melding from the police import.' })
  politieRegistratienummer: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a niet-unieke police melding: the open melding about the same household it repeats.',
  })
  nietUniekVanId: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: pass it to mutations that change the melding.' })
  versie: number;

  casusId: string;
}

@InputType({ description: 'The melder. Contact details are required: the melder identifies themself.' })
export class MelderInput {
  @Field(() => String, { description: 'Name, 1 to 200 characters.' })
  naam: string;

  @Field(() => String, { nullable: true, description: 'Rol or functie (for professional melders).' })
  functie?: string | null;

  @Field(() => OrganisatieCategorie, { description: 'Organisation category (CBS).' })
  organisatie: OrganisatieCategorie;

  @Field(() => Hoedanigheid, {
    nullable: true,
    description:
      'Hoedanigheid (rol or beroep, CBS); must fit organisatie (VALIDATIE on melder.hoedanigheid otherwise). Optional: counted as ONBEKEND.',
  })
  hoedanigheid?: Hoedanigheid | null;

  @Field(() => String, { nullable: true, description: 'Phone number (phone or e-mail is required).' })
  telefoon?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (phone or e-mail is required).' })
  email?: string | null;
}

@InputType({ description: 'A directbetrokkene of the melding.' })
export class BetrokkeneInput {
  @Field(() => String, { description: 'Full name, 1 to 200 characters.' })
  naam: string;

  @Field(() => DateResolver, { nullable: true, description: 'Date of birth (not in the future). Needed to match a person without BSN.' })
  geboortedatum?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'BSN, 9 digits, must pass the elfproef. Only roles that may see a BSN may send one (medewerker, administratief-medewerker, vertrouwensarts); from any other role a bsn is FORBIDDEN (extensions.field names it) and nothing is stored.',
  })
  bsn?: string | null;

  @Field(() => BetrokkeneRol, { description: 'Role in the case.' })
  rol: BetrokkeneRol;
}

@InputType({ description: 'Afwegingskader answers of a professional melder.' })
export class AfwegingskaderInput {
  @Field(() => Boolean, { description: 'Is there acute onveiligheid?' })
  acuteOnveiligheid: boolean;

  @Field(() => Boolean, { description: 'Is there structurele onveiligheid?' })
  structureleOnveiligheid: boolean;

  @Field(() => String, { nullable: true, description: 'Explanation, up to 10,000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'A new melding.' })
export class RegistreerMeldingInput {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the melding was received; defaults to now. May lie in the past (a melding phoned in and entered later), not in the future.',
  })
  ontvangenOp?: Date | null;

  @Field(() => MelderInput, { description: 'The melder.' })
  melder: MelderInput;

  @Field(() => [BetrokkeneInput], {
    description: 'The directbetrokkenen, 1 to 50 (more is VALIDATIE); the same person twice in the same role is VALIDATIE.',
  })
  betrokkenen: BetrokkeneInput[];

  @Field(() => [AardGeweld], { description: 'Nature of the violence: 1 to 8 values (more is VALIDATIE); a value named twice counts once.' })
  aardGeweld: AardGeweld[];

  @Field(() => [AanvullendKenmerk], {
    nullable: true,
    description: 'Additional characteristics: at most 20 values (more is VALIDATIE); a value named twice counts once.',
  })
  aanvullendeKenmerken?: AanvullendKenmerk[] | null;

  @Field(() => DuurGeweld, { description: 'How long the violence has been going on.' })
  duurGeweld: DuurGeweld;

  @Field(() => AfwegingskaderInput, { nullable: true, description: 'Required for professional melders, not allowed for others.' })
  afwegingskader?: AfwegingskaderInput | null;

  @Field(() => PolitieMelding, {
    nullable: true,
    description: 'Required when the melder is the police (organisatie POLITIE), not allowed otherwise.',
  })
  politie?: PolitieMelding | null;

  @Field(() => String, {
    description:
      'CBS code of the gemeente the household lives in: the gemeente of its woonplaats, e.g. GM0363 (Amsterdam). Your region lists its ' +
      'gemeenten in mijnOrganisatie { gemeenten { code naam } }; a household elsewhere takes the code of its own gemeente (any CBS ' +
      'gemeente is accepted). Required: the reports to the gemeenten and to CBS count per gemeente. Empty or unknown is VALIDATIE on gemeenteCode.',
  })
  gemeenteCode: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the melder wishes to stay anonymous towards the family (default false).' })
  melderAnoniem?: boolean | null;

  @Field(() => BereikbaarheidContactInput, {
    nullable: true,
    description:
      'For a melding taken out of office hours by the bereikbaarheidsdienst: the shift on duty at ontvangenOp and the on-call medewerker. Optional.',
  })
  bereikbaarheid?: BereikbaarheidContactInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8 to 200 characters, e.g. a UUID). A retry with the same key and input returns the first result instead of a duplicate.',
  })
  idempotencyKey?: string | null;
}
