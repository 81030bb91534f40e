import type { DriverKind, InputDefinition } from '../../model/drivers/driverKind'
import { driverKinds } from '../../model/drivers/registry'

const code = (text: string) => `\`${text}\``

function inputText(name: string, input: InputDefinition): string {
  const notes = [
    input.type,
    ...(input.nonNegative ? ['≥ 0'] : []),
    ...(input.defaultValue !== undefined ? [`default ${input.defaultValue}`] : []),
    ...(input.defaultsTo ? [`default ${code(input.defaultsTo)}`] : []),
  ]
  return `${code(name)} (${notes.join(', ')}): ${input.label.en}`
}

function row(kind: DriverKind): string {
  const fields = [
    ...kind.needs.map(code),
    ...Object.entries(kind.extra ?? {}).map(([name, field]) =>
      Object.keys(field.values).length > 0
        ? `${code(name)}: ${Object.keys(field.values).map(code).join(' or ')}`
        : code(name),
    ),
  ]
  const inputs = Object.entries(kind.inputs).map(([name, input]) => inputText(name, input))
  const checks = (kind.checks ?? []).map((check) => `${code(check.input)} ${check.message.en}`)
  return `| ${[
    code(kind.kind),
    kind.title.en,
    fields.join(', ') || '–',
    inputs.join('; ') || '–',
    [kind.formula, ...checks].join('; '),
  ].join(' | ')} |`
}

/** docs/driver-kinds.md: the table of driver kinds, written from the registry, never by hand. */
export function driverKindsDoc(): string {
  return [
    '# Driver kinds',
    '',
    'Generated from `src/model/drivers/kinds` by `npm run docs`; a test fails when it is out of date.',
    'Every driver has `id`, `kind`, `inputs` (decimal strings) and the fields below; `team`,',
    '`incomeFunction` and `note` are optional everywhere. Amounts are NOK per year, signed as changes',
    'in net expenditure (negative = saving).',
    '',
    '| kind | what it is | fields | inputs | effect per full year |',
    '| --- | --- | --- | --- | --- |',
    ...Object.values(driverKinds).map(row),
    '',
  ].join('\n')
}
