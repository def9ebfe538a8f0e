import type { Permission } from './allow.decorator.js';

/**
 * Records a refused attempt (NEN 7513 asks for the outcome of every access). Implemented by the
 * access log (libs/toegangslog); optional, so apps without it (the benchmark service) still refuse.
 */
export const WEIGERINGEN = Symbol('WEIGERINGEN');

export interface Weigeringen {
  /** Writes a GEWEIGERD entry that survives the rollback of the refused work; never throws. */
  legVast(permission: Permission | undefined, args: unknown): Promise<void>;
}
