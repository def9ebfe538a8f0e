import type { EntityManager } from 'typeorm';

/** Where a new document's content goes: its row (inserted, not yet committed) and its tenant. */
export interface StoreTarget {
  tenantId: string;
  documentId: string;
}

/** What a stored document's content is found by: its row's id, where it is kept and, in an object store, its key. */
export interface StoredContent {
  id: string;
  opslag: 'DATABASE' | 'OBJECT_STORE';
  object_sleutel: string | null;
}

/**
 * Where document content is kept (DOCUMENT_STORE): PostgreSQL chunks or an S3-compatible object
 * store. The metadata row is always in PostgreSQL under row-level security, and a store is only
 * ever handed a row the caller has just read or written in its tenant's transaction `m`: access
 * is decided there, never by the store.
 */
export abstract class DocumentStore {
  /** The value of document.opslag for what this store writes. */
  abstract readonly kind: 'DATABASE' | 'OBJECT_STORE';

  /**
   * Stores the content as it streams in (never whole in memory). When the stream fails it rejects
   * with the stream's own error and leaves nothing behind. Returns the object key, or null.
   */
  abstract write(m: EntityManager, target: StoreTarget, content: AsyncIterable<Buffer>): Promise<string | null>;

  /** The content chunk by chunk, consumed inside `m`'s transaction; fails before the first chunk when it is missing. */
  abstract read(m: EntityManager, stored: StoredContent): Promise<AsyncIterable<Buffer>>;

  /** Removes what write stored for a transaction that did not commit (compensation). */
  abstract delete(key: string): Promise<void>;
}
