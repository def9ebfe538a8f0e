import { Injectable } from '@nestjs/common';
import { TenantDb, kysely } from '@vt/database';
import { isUuid } from '@vt/platform';
import { DocumentStore } from './document-store.js';
import { S3DocumentStore } from './s3-document-store.js';

/** Keys looked up per query. */
const BATCH = 500;

/**
 * Maintenance for DOCUMENT_STORE=s3: removes objects that no document row refers to. They can only
 * arise when the process dies between writing an object and committing its row (a failed commit
 * deletes its object at once), or when that delete itself failed. Objects younger than `minAgeMs`
 * are left alone: their upload's transaction may still be open.
 */
@Injectable()
export class DocumentStoreSweep {
  constructor(
    private readonly store: DocumentStore,
    private readonly db: TenantDb,
  ) {}

  /** Deletes the orphaned objects older than `minAgeMs` (default one hour); returns how many. */
  async sweep(minAgeMs = 60 * 60 * 1000): Promise<number> {
    if (!(this.store instanceof S3DocumentStore)) return 0;
    const cutoff = Date.now() - minAgeMs;
    let removed = 0;
    let batch: { tenantId: string; id: string; key: string }[] = [];
    for await (const object of this.store.list()) {
      if (object.lastModified.getTime() > cutoff) continue;
      const [tenantId, id, ...rest] = object.key.split('/');
      // Not a key this platform writes: not ours to delete.
      if (rest.length > 0 || !isUuid(tenantId) || !isUuid(id)) continue;
      batch.push({ tenantId, id, key: object.key });
      if (batch.length >= BATCH) {
        removed += await this.removeOrphans(batch);
        batch = [];
      }
    }
    return removed + (await this.removeOrphans(batch));
  }

  /** Per tenant, in that tenant's own transaction (row-level security), which objects have no row. */
  private async removeOrphans(batch: { tenantId: string; id: string; key: string }[]): Promise<number> {
    let removed = 0;
    for (const tenantId of new Set(batch.map((o) => o.tenantId))) {
      const objects = batch.filter((o) => o.tenantId === tenantId);
      const known = await this.db.runFor(tenantId, (m) =>
        kysely(m)
          .selectFrom('document')
          .select('object_sleutel')
          .where(
            'id',
            'in',
            objects.map((o) => o.id),
          )
          .execute(),
      );
      const keys = new Set(known.map((row) => row.object_sleutel));
      for (const object of objects)
        if (!keys.has(object.key)) {
          await this.store.delete(object.key);
          removed += 1;
        }
    }
    return removed;
  }
}
