import { decodeUtf8, type Utf8Read } from '../model/load/decodeUtf8'

/**
 * The text of a file the user picked, for a format of at most `maxCharacters` characters. A file
 * larger than any such text could be (three bytes a character, and a byte-order mark) is refused
 * unread; bytes that are not UTF-8 are refused where they are, never silently replaced. Rejects
 * only when the browser cannot read the file at all.
 */
export async function readTextFile(file: File, maxCharacters: number): Promise<Utf8Read> {
  if (file.size > maxCharacters * 3 + 3) {
    return {
      ok: false,
      problem: { code: 'fileTooLarge', characters: file.size, limit: maxCharacters },
    }
  }
  return decodeUtf8(new Uint8Array(await file.arrayBuffer()))
}
