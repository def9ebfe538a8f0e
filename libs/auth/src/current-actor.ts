import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { defineAbilityFor, type AppAbility } from './ability.js';
import { CLS_ACTOR, type Actor } from './actor.js';

/** The verified caller of the current request, for services that need the user or field-level rules. */
@Injectable()
export class CurrentActor {
  constructor(private readonly cls: ClsService) {}

  get actor(): Actor {
    const actor = this.cls.get<Actor | undefined>(CLS_ACTOR);
    if (!actor) throw new Error('No authenticated actor in context');
    return actor;
  }

  get ability(): AppAbility {
    return defineAbilityFor(this.actor);
  }
}
