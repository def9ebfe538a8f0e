import { createHash } from 'node:crypto';
import { ApiError, ErrorCode, validatie } from '@vt/platform';
import { pastBijType } from './document-inhoud.js';

/** Bytes the type check looks at (file-type needs up to 4100). */
const BEGIN = 4100;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** PAYLOAD_TOO_LARGE (413) naming the limit. */
export function tooLarge(limit: number): ApiError {
  return Object.assign(
    new ApiError(ErrorCode.PAYLOAD_TOO_LARGE, `The document is larger than the limit of ${mb(limit)} (DOCUMENT_MAX_BYTES)`),
    { httpStatus: 413 },
  );
}

/** An upload body passed through its checks, and what was learned about it once it is read to the end. */
export interface CheckedUpload {
  /** The body's chunks; fails with the client error (413, VALIDATIE) the moment a check fails. */
  content: AsyncIterable<Buffer>;
  /** Size and SHA-256 (hex) of everything `content` yielded; only valid after it ended normally. */
  result(): { grootte: number; sha256: string };
}

/**
 * Checks an upload while it streams, the same for every store: no more than `limit` bytes, not
 * empty, and its first bytes match its media type. Nothing is yielded before the type check has
 * passed, so no store ever receives a byte of a file of the wrong type.
 */
export function checkUpload(body: AsyncIterable<Buffer> | Iterable<Buffer>, limit: number, contentType: string): CheckedUpload {
  const hash = createHash('sha256');
  let grootte = 0;
  let sha256: string | null = null;
  const content = (async function* () {
    let begin: Buffer[] = [];
    let beginBytes = 0;
    let checked = false;
    const check = async () => {
      checked = true;
      if (!(await pastBijType(contentType, Buffer.concat(begin).subarray(0, BEGIN))))
        throw validatie('Content-Type', `the content is not a ${contentType} file`);
    };
    for await (const chunk of body) {
      grootte += chunk.length;
      if (grootte > limit) throw tooLarge(limit);
      hash.update(chunk);
      if (checked) {
        yield chunk;
        continue;
      }
      begin.push(chunk);
      beginBytes += chunk.length;
      if (beginBytes >= BEGIN) {
        await check();
        yield* begin;
        begin = [];
      }
    }
    if (grootte === 0) throw validatie('body', 'the document is empty');
    if (!checked) {
      await check();
      yield* begin;
    }
    sha256 = hash.digest('hex');
  })();
  return {
    content,
    result() {
      if (sha256 === null) throw new Error('The upload was not read to the end');
      return { grootte, sha256 };
    },
  };
}
