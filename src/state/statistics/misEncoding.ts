/**
 * Text that was UTF-8, read as Windows-1252 and saved as UTF-8 again: «ø» becomes «Ã¸», «å» «Ã¥».
 * Also the replacement character a converter leaves where it could not read a byte.
 */
const MIS_ENCODED =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|\ufffd/

/** The first line whose text looks mis-encoded, with the characters that show it. */
export function findMisEncoding(text: string): { line: number; text: string } | null {
  const match = MIS_ENCODED.exec(text)
  if (!match) return null
  const line = text.slice(0, match.index).split('\n').length
  return { line, text: match[0] }
}
