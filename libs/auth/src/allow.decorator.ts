import { SetMetadata } from '@nestjs/common';
import type { Action, Subject } from './ability.js';

export const ALLOW_KEY = 'vt:allow';

export interface Permission {
  action: Action;
  subject: Subject;
}

/** The permission a resolver needs. A resolver without @Allow (or @Public) is refused. */
export const Allow = (action: Action, subject: Subject) => SetMetadata(ALLOW_KEY, { action, subject } satisfies Permission);
