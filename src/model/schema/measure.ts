import {
  array,
  id,
  integer,
  longText,
  object,
  oneOf,
  record,
  tagged,
  text,
  year,
  type Infer,
} from './decoders'
import { amount, reportedFigure, share } from './common'
import { driver } from './driver'

export const ConsequenceLevel = ['positive', 'none', 'minor', 'moderate', 'major'] as const
export const UncertaintyLevel = ['low', 'medium', 'high'] as const
export const MeasureStatus = ['recommended', 'considered'] as const

const consequence = () =>
  object({ level: oneOf(ConsequenceLevel), summary: longText() }, { text: longText() })

export const measure = () =>
  object(
    {
      id: id(),
      title: text(),
      description: longText(),
      status: oneOf(MeasureStatus),
      theme: id(),
      units: array(id()),
      consequences: object({ users: consequence(), staff: consequence() }),
      uncertainty: object(
        { level: oneOf(UncertaintyLevel), text: longText() },
        { label: text(), range: object({ low: amount(), high: amount() }) },
      ),
      drivers: array(driver(), { nonEmpty: true }),
    },
    {
      reportSection: text(),
      reportLabel: text(),
      reported: reportedFigure(),
      economy: longText(),
      risk: longText(),
      timing: object(
        {},
        {
          firstYear: year(),
          firstMonth: integer(1, 12),
          firstYearShare: share(),
          lastYear: year(),
          phaseIn: array(share(), { nonEmpty: true }),
        },
      ),
      householdEffects: array(
        object({ household: id(), regime: id(), line: id(), driver: id() }, { situation: text() }),
      ),
    },
  )
export type Measure = Infer<ReturnType<typeof measure>>
export type HouseholdEffect = NonNullable<Measure['householdEffects']>[number]

export const rule = () =>
  tagged('kind', {
    alternatives: object({
      kind: oneOf(['alternatives']),
      id: id(),
      measures: array(id(), { nonEmpty: true }),
      reason: longText(),
    }),
    requires: object({
      kind: oneOf(['requires']),
      id: id(),
      measure: id(),
      requires: array(id(), { nonEmpty: true }),
      reason: longText(),
    }),
  })
export type Rule = Infer<ReturnType<typeof rule>>

export const measurePackage = () =>
  object(
    { id: id(), title: text(), measures: array(id()) },
    {
      description: longText(),
      reported: object({ total: reportedFigure() }, { byTheme: record('id', reportedFigure()) }),
    },
  )
export type MeasurePackage = Infer<ReturnType<typeof measurePackage>>
