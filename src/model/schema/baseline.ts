import {
  array,
  id,
  longText,
  nullable,
  object,
  oneOf,
  record,
  tagged,
  text,
  year,
  type Infer,
} from './decoders'
import { amount, kostraCode, nonNegativeAmount, personCount, share, staffYearCount } from './common'

export const kostraFunction = () =>
  object({ code: kostraCode(), name: text() }, { fromYear: year(), toYear: year() })

export const unit = () =>
  object(
    {
      id: id(),
      name: text(),
      teams: array(object({ id: id(), name: text(), staffYears: staffYearCount() }), {
        nonEmpty: true,
      }),
    },
    { note: longText(), history: record('yearKey', staffYearCount()) },
  )
export type Unit = Infer<ReturnType<typeof unit>>

/** Net operating expenditure by KOSTRA function over some accounting years, as the source prints it. */
export const account = () =>
  object(
    {
      id: id(),
      title: text(),
      years: array(year(), { nonEmpty: true }),
      lines: array(
        object(
          { label: text(), amounts: record('yearKey', amount()) },
          { function: kostraCode(), side: oneOf(['expenditure', 'income']) },
        ),
        { nonEmpty: true },
      ),
      reportedTotals: record('yearKey', amount()),
    },
    { unit: id(), note: longText() },
  )
export type Account = Infer<ReturnType<typeof account>>

export const grants = () =>
  object(
    {
      year: year(),
      lines: array(
        object(
          {
            id: id(),
            name: text(),
            amount: nonNegativeAmount(),
            category: oneOf(['integration', 'costCover']),
          },
          { description: longText() },
        ),
        { nonEmpty: true },
      ),
      reportedTotal: amount(),
    },
    { reportedByCategory: record('id', amount()), note: longText() },
  )
export type Grants = Infer<ReturnType<typeof grants>>

const PartnershipBasis = ['staffYears', 'officeStaff'] as const

/** A NAV office shared by the state and municipalities, whose costs are split by staff numbers. */
export const partnership = () =>
  object(
    {
      name: text(),
      year: year(),
      self: id(),
      unit: id(),
      keys: array(
        object(
          { id: id(), label: text(), basis: oneOf(PartnershipBasis) },
          { reportedShares: record('id', share()) },
        ),
        { nonEmpty: true },
      ),
      partners: array(
        object(
          { id: id(), name: text(), staffYears: staffYearCount() },
          { officeStaff: staffYearCount() },
        ),
        { nonEmpty: true },
      ),
    },
    { note: longText() },
  )
export type Partnership = Infer<ReturnType<typeof partnership>>

export const settlement = () =>
  object(
    {
      years: array(year(), { nonEmpty: true }),
      categories: array(
        object({ id: id(), label: text(), counts: record('yearKey', nullable(personCount())) }),
        { nonEmpty: true },
      ),
      reportedTotals: record('yearKey', personCount()),
    },
    { note: longText() },
  )
export type Settlement = Infer<ReturnType<typeof settlement>>

export const benefitRate = () =>
  object(
    { id: id(), label: text(), amount: nonNegativeAmount(), per: oneOf(['month', 'year']) },
    { note: longText() },
  )

const householdLine = () =>
  tagged('kind', {
    amount: object({
      kind: oneOf(['amount']),
      id: id(),
      label: text(),
      amounts: record('id', amount()),
    }),
    tax: object(
      {
        kind: oneOf(['tax']),
        id: id(),
        label: text(),
        rate: share(),
        base: array(id(), { nonEmpty: true }),
        regimes: array(id(), { nonEmpty: true }),
      },
      { reported: record('id', amount()) },
    ),
  })
export type HouseholdLine = Infer<ReturnType<typeof householdLine>>

/** A household's monthly budget under each benefit regime, as the source's worked cases show it. */
export const household = () =>
  object(
    {
      id: id(),
      title: text(),
      regimes: array(object({ id: id(), label: text() }), { nonEmpty: true }),
      lines: array(householdLine(), { nonEmpty: true }),
      reportedDisposable: record('id', amount()),
    },
    { note: longText() },
  )
export type Household = Infer<ReturnType<typeof household>>
