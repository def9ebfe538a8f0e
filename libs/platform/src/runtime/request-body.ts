import type { IncomingMessage } from 'node:http';
import { ApiError, ErrorCode } from '../graphql/errors.js';

/**
 * Reads a REST request body as UTF-8 text, never past `limit` bytes: 413 PAYLOAD_TOO_LARGE on the
 * declared length or while streaming (naming the setting), 400 VALIDATIE on `field` for bytes that
 * are not UTF-8. For imports that stand beside GraphQL and are larger than its JSON limit.
 */
export async function leesTekstBody(
  req: IncomingMessage,
  { limit, setting, wat, field }: { limit: number; setting: string; wat: string; field: string },
): Promise<string> {
  const tooLarge = () =>
    Object.assign(
      new ApiError(
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The ${wat} is larger than the import limit of ${(limit / 1024 / 1024).toFixed(1)} MB (${setting}); split the file`,
      ),
      { httpStatus: 413 },
    );
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(); // Node discards the rest of the body after the response
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw Object.assign(new ApiError(ErrorCode.VALIDATIE, `${field}: is not valid UTF-8`, { field }), { httpStatus: 400 });
  }
}
