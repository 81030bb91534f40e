/**
 * The cells of a block copied from a spreadsheet (Excel, LibreOffice, Google Sheets): tab between
 * cells, a line break (CRLF, LF or CR) between rows, and a cell in double quotes when it holds a
 * tab, a line break or a quote (doubled inside). The line break spreadsheets put after the last
 * row is not a row. Never throws.
 */
export function splitPasted(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  while (i < text.length) {
    const char = text[i]
    if (char === '"' && cell === '') {
      const closing = quotedEnd(text, i)
      if (closing !== -1) {
        cell = text.slice(i + 1, closing).replace(/""/g, '"')
        i = closing + 1
        continue
      }
    }
    if (char === '\t') endCell()
    else if (char === '\r' || char === '\n') {
      endRow()
      if (char === '\r' && text[i + 1] === '\n') i += 1
    } else cell += char
    i += 1
  }
  if (cell !== '' || row.length > 0) endRow()
  return rows
}

/** The closing quote of a quoted cell that starts at `start`, if the cell ends right after it. */
function quotedEnd(text: string, start: number): number {
  let i = start + 1
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2
      else {
        const next = text[i + 1]
        return next === undefined || next === '\t' || next === '\r' || next === '\n' ? i : -1
      }
    } else i += 1
  }
  return -1
}
