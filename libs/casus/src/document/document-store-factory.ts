import type { AppConfig } from '@vt/config';
import { DatabaseDocumentStore } from './database-document-store.js';
import type { DocumentStore } from './document-store.js';
import { S3DocumentStore } from './s3-document-store.js';

/** The store DOCUMENT_STORE names; PostgreSQL unless an installation chose an object store. */
export function createDocumentStore(config: AppConfig): DocumentStore {
  return config.DOCUMENT_STORE === 's3' ? new S3DocumentStore(config) : new DatabaseDocumentStore();
}
