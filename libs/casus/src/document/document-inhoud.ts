import { fileTypeFromBuffer } from 'file-type';

/**
 * Media types a dossier accepts. Binary types are checked against the file's own first bytes (a
 * .exe renamed to .pdf is refused); text must be UTF-8 without a binary signature.
 */
export const TOEGESTANE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['application/pdf'],
  'image/png': ['image/png'],
  'image/jpeg': ['image/jpeg'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  'application/vnd.oasis.opendocument.text': ['application/vnd.oasis.opendocument.text'],
  'text/plain': [],
};

/** Whether the first bytes of a file match the media type it was sent as. */
export async function pastBijType(contentType: string, begin: Buffer): Promise<boolean> {
  const verwacht = TOEGESTANE_TYPES[contentType];
  if (!verwacht) return false;
  const gevonden = await fileTypeFromBuffer(begin);
  if (contentType === 'text/plain') {
    if (gevonden) return false;
    // The start may end inside a multi-byte character: only that last, cut character may be invalid.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(begin.subarray(0, Math.max(0, begin.length - 4)));
      return !begin.includes(0);
    } catch {
      return false;
    }
  }
  return gevonden !== undefined && verwacht.includes(gevonden.mime);
}
