import {
  array,
  id,
  integer,
  longText,
  object,
  oneOf,
  record,
  text,
  year,
  type Infer,
} from './decoders'
import {
  account,
  benefitRate,
  grants,
  household,
  kostraFunction,
  partnership,
  settlement,
  unit,
} from './baseline'
import { nonNegativeAmount, source } from './common'
import { measure, measurePackage, rule } from './measure'

export const MODEL_FORMAT = 'omstilling.model'
export const MODEL_SCHEMA_VERSION = 2

/**
 * A municipality's model: its baseline, its measures with their drivers, the rules between them
 * and named packages. Amounts are NOK as decimal strings, signed as changes in net expenditure
 * (negative = lower expenditure or more income). Documented field by field in docs/model-format.md.
 */
export const modelFile = () =>
  object(
    {
      format: oneOf([MODEL_FORMAT]),
      schemaVersion: integer(MODEL_SCHEMA_VERSION, MODEL_SCHEMA_VERSION),
      id: id(),
      version: text(),
      title: text(),
      source: source(),
      municipality: object({ name: text() }, { number: text({ pattern: 'municipalityNumber' }) }),
      baseYear: year(),
      planYears: array(year(), { nonEmpty: true }),
      target: object(
        { lasting: nonNegativeAmount(), text: longText() },
        { byYear: record('yearKey', nonNegativeAmount()) },
      ),
      kostraFunctions: array(kostraFunction(), { nonEmpty: true }),
      themes: array(object({ id: id(), title: text() }, { summary: longText() }), {
        nonEmpty: true,
      }),
      units: array(unit(), { nonEmpty: true }),
      measures: array(measure(), { nonEmpty: true }),
    },
    {
      // For editors that check a file against docs/model.schema.json; the app ignores it.
      $schema: text(),
      description: longText(),
      /** The prices amounts are in, e.g. "faste 2027-kroner". */
      priceBasis: text(),
      notes: array(longText()),
      accounts: array(account()),
      grants: grants(),
      partnership: partnership(),
      settlement: settlement(),
      benefitRates: array(benefitRate()),
      households: array(household()),
      rules: array(rule()),
      packages: array(measurePackage()),
    },
  )
export type ModelFile = Infer<ReturnType<typeof modelFile>>
