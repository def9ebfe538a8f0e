import { Foundation1763900000000 } from './1763900000000-foundation.js';

/** Every migration in order. Append only: a landed migration is never edited. */
export const migrations = [Foundation1763900000000];
