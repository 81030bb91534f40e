const fold = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase('nb')
    .replace(/[.!?:;,\s]+$/, '')

/**
 * A consequence as a level word and the report's words, without saying the level twice: "Liten"
 * with "Liten" is "Liten"; "Liten" with "Liten, får andre ytelser" is the words alone; anything
 * else keeps both. `level` is null where the words say it already.
 */
export function consequenceParts(
  level: string,
  words: string,
): { level: string | null; words: string } {
  const folded = fold(words)
  const start = fold(level)
  if (folded === start) return { level: null, words: level }
  if (folded.startsWith(start) && !/\p{L}/u.test(folded.charAt(start.length)))
    return { level: null, words }
  return { level, words }
}
