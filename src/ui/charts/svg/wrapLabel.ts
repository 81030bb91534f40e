/** A label broken at spaces into lines of at most `width` characters, at most `lines` of them. */
export function wrapLabel(text: string, width: number, lines = 2): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      out.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) out.push(line)
  if (out.length <= lines) return out
  const kept = out.slice(0, lines)
  kept[lines - 1] = `${kept[lines - 1]?.slice(0, width - 1) ?? ''}…`
  return kept
}
