/** Resolves the region code in a token to the tenant that serves it. Implemented by the organisatie module. */
export abstract class TenantDirectory {
  abstract findByRegioCode(code: string): Promise<{ id: string; code: string } | null>;
}
