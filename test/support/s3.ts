import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** An S3-compatible server for one spec: s3rver (a Node S3 server) on a free port with a temp directory. */
export interface S3Server {
  /** The settings that point the api at it (DOCUMENT_STORE=s3). */
  env: Record<string, string>;
  client: S3Client;
  bucket: string;
  /** Every key in the bucket. */
  keys(): Promise<string[]>;
  get(key: string): Promise<Buffer>;
  put(key: string, body: Buffer): Promise<void>;
  delete(key: string): Promise<void>;
  /** Multipart uploads started but neither completed nor aborted. */
  openUploads(): Promise<string[]>;
  /** How many AbortMultipartUpload requests arrived. */
  aborted: number;
  /** How many CreateMultipartUpload requests arrived. */
  multipartStarted: number;
  close(): Promise<void>;
}

const BUCKET = 'vt-documenten';

/**
 * Starts s3rver 3.7.1 in-process. It implements every request the platform makes except
 * AbortMultipartUpload (it answers 405): the server in front of it implements that one the way S3
 * does (the upload's parts are discarded) and counts the requests, so a test can prove that a
 * refused upload aborted its multipart upload and left no parts behind.
 */
export async function startS3(): Promise<S3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'vt-s3-'));
  const s3rver = new S3rver({ directory, silent: true, configureBuckets: [{ name: BUCKET }] });
  await s3rver.configureBuckets();
  const uploads = join(directory, BUCKET, '._S3rver_uploads');
  const handle = s3rver.callback();
  const state = { aborted: 0, multipartStarted: 0 };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3');
    const uploadId = url.searchParams.get('uploadId');
    if (req.method === 'POST' && url.searchParams.has('uploads')) state.multipartStarted += 1;
    if (req.method === 'DELETE' && uploadId && /^[0-9a-f]+$/.test(uploadId)) {
      state.aborted += 1;
      void rm(join(uploads, uploadId), { recursive: true, force: true }).then(() => {
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    handle(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const env = {
    DOCUMENT_STORE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  };
  const client = new S3Client({
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    env,
    client,
    bucket: BUCKET,
    get aborted() {
      return state.aborted;
    },
    get multipartStarted() {
      return state.multipartStarted;
    },
    async keys() {
      const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      return (page.Contents ?? []).map((o) => o.Key!).sort();
    },
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    async put(key, body) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    },
    async openUploads() {
      return readdir(uploads).catch(() => []);
    },
    async close() {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
