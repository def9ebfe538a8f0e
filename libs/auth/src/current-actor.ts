import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { defineAbilityFor, type AppAbility } from './ability.js';
import { CLS_ACTOR, type Actor } from './actor.js';

const CLS_ABILITY = 'ability';

/** The verified caller of the current request, for services that need the user or field-level rules. */
@Injectable()
export class CurrentActor {
  constructor(private readonly cls: ClsService) {}

  get actor(): Actor {
    const actor = this.cls.get<Actor | undefined>(CLS_ACTOR);
    if (!actor) throw new Error('No authenticated actor in context');
    return actor;
  }

  /** Built once per request: field resolvers ask for it per item (BSN, contact details). */
  get ability(): AppAbility {
    const actor = this.actor;
    const cached = this.cls.get<{ actor: Actor; ability: AppAbility } | undefined>(CLS_ABILITY);
    if (cached?.actor === actor) return cached.ability;
    const ability = defineAbilityFor(actor);
    this.cls.set(CLS_ABILITY, { actor, ability });
    return ability;
  }
}
