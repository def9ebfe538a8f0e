import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@vt/config';
import type { EntityManager } from 'typeorm';
import { DocumentStore, type StoredContent, type StoreTarget } from './document-store.js';

/** S3's smallest part: the most of one upload held in memory at a time (one part in flight). */
const PART_SIZE = 5 * 1024 * 1024;

/** An object in the bucket, as the orphan sweep sees it. */
export interface StoredObject {
  key: string;
  lastModified: Date;
}

/**
 * Document content in an S3-compatible object store (DOCUMENT_STORE=s3), for installations whose
 * documents outgrow the database. The key is `<tenant_id>/<document_id>`: no personal data, and
 * only reachable through the document row, which row-level security guards. Uploads are multipart
 * and streamed one 5 MB part at a time; a failed upload aborts its multipart upload.
 */
export class S3DocumentStore extends DocumentStore implements OnApplicationShutdown {
  readonly kind = 'OBJECT_STORE';
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: AppConfig) {
    super();
    this.bucket = config.S3_BUCKET!;
    this.client = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
      // Only the checksums S3 requires: many S3-compatible stores reject or mis-store the SDK's
      // default CRC32 trailers, and the document's own SHA-256 (in its row) covers the content.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async write(_m: EntityManager, target: StoreTarget, content: AsyncIterable<Buffer>): Promise<string> {
    const key = `${target.tenantId}/${target.documentId}`;
    // The content's own error (413, VALIDATIE, a broken-off request) is what the caller must see,
    // even when aborting the multipart upload fails afterwards and Upload throws that instead.
    let contentError: unknown;
    const body = Readable.from(
      (async function* () {
        try {
          yield* content;
        } catch (error) {
          contentError = error;
          throw error;
        }
      })(),
    );
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: 'application/octet-stream' },
      partSize: PART_SIZE,
      queueSize: 1,
      // On any failure (including the content stream's own refusal) Upload aborts the multipart upload.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      throw contentError ?? error;
    }
    return key;
  }

  async read(_m: EntityManager, stored: StoredContent): Promise<AsyncIterable<Buffer>> {
    if (!stored.object_sleutel) throw new Error(`Document ${stored.id} has no object key`);
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: stored.object_sleutel }));
    return object.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Every object in the bucket, page by page (for the orphan sweep). */
  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }));
      for (const object of page.Contents ?? [])
        if (object.Key && object.LastModified) yield { key: object.Key, lastModified: object.LastModified };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
