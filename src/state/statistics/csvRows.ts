/** A row of a CSV file and the line it starts on (from 1). */
export interface CsvRow {
  line: number
  fields: string[]
}

export type CsvRows = { ok: true; rows: CsvRow[] } | { ok: false; unclosedQuoteLine: number }

/**
 * Rows of semicolon-separated text as Statistikkbanken and Excel write it: fields may be quoted,
 * a doubled quote inside quotes is one quote, and a quoted field may span lines. Rows with only
 * empty fields are left out. Never throws.
 */
export function csvRows(text: string, delimiter = ';'): CsvRows {
  const rows: CsvRow[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let rowLine = 1
  let quoteLine = 0
  let quoted = false
  const endRow = () => {
    fields.push(field)
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields })
    fields = []
    field = ''
  }
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"') {
      quoted = true
      quoteLine = line
    } else if (char === delimiter) {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else field += char
  }
  if (quoted) return { ok: false, unclosedQuoteLine: quoteLine }
  endRow()
  return { ok: true, rows }
}
