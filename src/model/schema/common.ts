import { InputType } from '../drivers/inputSpec'
import { decimal, longText, object, text, year, type Infer } from './decoders'

export const amount = () => decimal({ type: InputType.amount })
export const nonNegativeAmount = () => decimal({ type: InputType.amount, nonNegative: true })
export const staffYearCount = () => decimal({ type: InputType.staffYears, nonNegative: true })
export const personCount = () => decimal({ type: InputType.persons, nonNegative: true })
export const share = () => decimal({ type: InputType.rate })
export const kostraCode = () => text({ pattern: 'kostra' })

/** A figure as the source prints it, and the step it was rounded to (1000 for "1000 kr" tables). */
export const reportedFigure = () =>
  object({ amount: amount(), precision: nonNegativeAmount() }, { note: longText() })
export type ReportedFigure = Infer<ReturnType<typeof reportedFigure>>

export const source = () =>
  object({ title: text(), publisher: text(), year: year() }, { section: text(), note: longText() })
