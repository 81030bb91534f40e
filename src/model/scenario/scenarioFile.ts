import { InputType } from '../drivers/inputSpec'
import {
  INVALID,
  array,
  decimal,
  id,
  integer,
  longText,
  object,
  oneOf,
  record,
  text,
  type Decoder,
  type Infer,
} from '../schema/decoders'
import { typeProblem } from '../schema/jsonType'

export const SCENARIO_FORMAT = 'omstilling.scenario'
export const SCENARIO_SCHEMA_VERSION = 2

/**
 * The model file a shared scenario carries when the receiver may not have its model. Only its
 * being an object is checked here: the app checks it in full, as it checks any model, before it
 * counts anything on it.
 */
const embeddedModel = (): Decoder<Record<string, unknown>> => ({
  schema: () => ({
    type: 'object',
    description:
      'The model file (format omstilling.model) the scenario was made on, carried when it is not a published model. See docs/sharing.md.',
  }),
  decode(value, path, problems) {
    const problem = typeProblem('object', value, path)
    if (problem) {
      problems.push(problem)
      return INVALID
    }
    return value as Record<string, unknown>
  },
})

/**
 * A scenario: a named choice of measures and overrides of their assumptions, with a note, made on a
 * given model and model version. Saved in the browser, exported as a file, shared in a link and
 * published in scenarios/. `id`, `rev` and the timestamps belong to saved copies; a shared link
 * leaves them out. A link or an exported file of a scenario on the user's own model carries that
 * model in `modelFile` (schema version 2), so someone without it can still open the scenario.
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
      modelFile: embeddedModel(),
    },
  )
export type ScenarioFile = Infer<ReturnType<typeof scenarioFile>>

/** A scenario as it is kept: every field present. */
export type SavedScenario = ScenarioFile &
  Required<Pick<ScenarioFile, 'id' | 'rev' | 'createdAt' | 'updatedAt'>>
