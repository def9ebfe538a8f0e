import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { Melding } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { toKennisgeving } from './kennisgeving.row.js';
import { KennisgevingService } from './kennisgeving.service.js';
import {
  Kennisgeving,
  RegistreerKennisgevingGedaanInput,
  RegistreerKennisgevingNietGedaanInput,
  RegistreerPolitieKennisgevingInput,
  RegistreerVerzoekTotOnderzoekInput,
} from './kennisgeving.types.js';

/** Statutory notifications: recording them as done or not done, the police duty and the verzoek tot onderzoek. */
@Resolver()
export class KennisgevingResolver {
  constructor(private readonly kennisgevingen: KennisgevingService) {}

  // The secretariaat sends most letters, so recording a notification as done is a dossier change.
  @Mutation(() => Kennisgeving, { description: 'Records that a statutory notification was done: when and how. The task disappears.' })
  @Allow('update', 'Dossier')
  registreerKennisgevingGedaan(@Args('input') input: RegistreerKennisgevingGedaanInput) {
    return this.kennisgevingen.gedaan(input);
  }

  // Not informing someone is a professional decision (safety), for caseworkers only.
  @Mutation(() => Kennisgeving, {
    description: 'Records that a statutory notification is deliberately not given, with the reason (e.g. safety); closes the duty.',
  })
  @Allow('update', 'Interventie')
  registreerKennisgevingNietGedaan(@Args('input') input: RegistreerKennisgevingNietGedaanInput) {
    return this.kennisgevingen.nietGedaan(input);
  }

  @Mutation(() => Kennisgeving, {
    description:
      'Records that the police must be informed about a melding where the law provides, with the reason: an open duty due the next werkdag.',
  })
  @Allow('update', 'Interventie')
  registreerPolitieKennisgeving(@Args('input') input: RegistreerPolitieKennisgevingInput) {
    return this.kennisgevingen.registreerPolitie(input);
  }

  @Mutation(() => [Kennisgeving], {
    description:
      'Registers a verzoek tot onderzoek to the Raad voor de Kinderbescherming (done on its date) and the notice to the college van B&W as an open duty; returns both.',
  })
  @Allow('update', 'Interventie')
  registreerVerzoekTotOnderzoek(@Args('input') input: RegistreerVerzoekTotOnderzoekInput) {
    return this.kennisgevingen.registreerVerzoek(input);
  }
}

@Resolver(() => Melding)
export class MeldingKennisgevingFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Kennisgeving], {
    description: 'Statutory notifications of this melding, oldest first, with their terms and records.',
  })
  async kennisgevingen(@Parent() melding: Melding): Promise<Kennisgeving[]> {
    return (await this.loaders.kennisgevingen(melding.id)).map((r) => toKennisgeving(r));
  }
}
