import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { DocumentStore, type StoredContent, type StoreTarget } from './document-store.js';

/** Bytes per stored chunk: large enough for few rows, small enough never to hold a whole file. */
const CHUNK = 256 * 1024;

/**
 * Document content in PostgreSQL (the default): document_deel rows of 256 KB under row-level
 * security, written in the upload's own transaction, so a failed upload rolls back whole.
 */
export class DatabaseDocumentStore extends DocumentStore {
  readonly kind = 'DATABASE';

  async write(m: EntityManager, target: StoreTarget, content: AsyncIterable<Buffer>): Promise<null> {
    let volgnummer = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const insert = async (data: Buffer) => {
      await kysely(m).insertInto('document_deel').values({ document_id: target.documentId, volgnummer, data }).execute();
      volgnummer += 1;
    };
    for await (const chunk of content) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      while (pendingBytes >= CHUNK) {
        const joined = Buffer.concat(pending);
        await insert(joined.subarray(0, CHUNK));
        const rest = joined.subarray(CHUNK);
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
      }
    }
    if (pendingBytes > 0) await insert(Buffer.concat(pending));
    return null;
  }

  async read(m: EntityManager, stored: StoredContent): Promise<AsyncIterable<Buffer>> {
    return (async function* () {
      for (let volgnummer = 0; ; volgnummer++) {
        const deel = await kysely(m)
          .selectFrom('document_deel')
          .select('data')
          .where('document_id', '=', stored.id)
          .where('volgnummer', '=', volgnummer)
          .executeTakeFirst();
        if (!deel) return;
        yield deel.data;
      }
    })();
  }

  async delete(): Promise<void> {
    // Nothing lives outside the transaction: its rollback removed the chunks.
  }
}
