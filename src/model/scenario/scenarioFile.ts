import { InputType } from '../drivers/inputSpec'
import {
  array,
  decimal,
  id,
  integer,
  longText,
  object,
  oneOf,
  record,
  text,
  type Infer,
} from '../schema/decoders'

export const SCENARIO_FORMAT = 'omstilling.scenario'
export const SCENARIO_SCHEMA_VERSION = 1

/**
 * A scenario: a named choice of measures and overrides of their assumptions, with a note, made on a
 * given model and model version. Saved in the browser, exported as a file, shared in a link and
 * published in scenarios/. `id`, `rev` and the timestamps belong to saved copies; a shared link
 * leaves them out.
 */
export const scenarioFile = () =>
  object(
    {
      format: oneOf([SCENARIO_FORMAT]),
      schemaVersion: integer(SCENARIO_SCHEMA_VERSION, SCENARIO_SCHEMA_VERSION),
      name: text({ max: 200 }),
      note: longText({ allowEmpty: true }),
      model: object({ id: id(), version: text({ max: 100 }) }),
      selection: array(id()),
      overrides: record('overrideKey', decimal({ type: InputType.amount })),
    },
    {
      id: id(),
      rev: integer(0, 1_000_000_000),
      createdAt: text({ pattern: 'timestamp' }),
      updatedAt: text({ pattern: 'timestamp' }),
    },
  )
export type ScenarioFile = Infer<ReturnType<typeof scenarioFile>>

/** A scenario as it is kept: every field present. */
export type SavedScenario = ScenarioFile &
  Required<Pick<ScenarioFile, 'id' | 'rev' | 'createdAt' | 'updatedAt'>>
