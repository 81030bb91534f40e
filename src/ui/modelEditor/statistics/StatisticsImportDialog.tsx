import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { firstStatisticsChoice } from '../../../state/statistics/firstStatisticsChoice'
import { importStatistics, type StatisticsChoice } from '../../../state/statistics/importStatistics'
import type { StatisticsCategory, StatisticsTable } from '../../../state/statistics/statisticsTable'
import { useScenario } from '../../../state/store'
import { Dialog } from '../../Dialog'
import { StatisticsPreview } from './StatisticsPreview'
import { useStatisticsText } from './useStatisticsText'

const SIDES = ['expenditure', 'income', 'net'] as const

const shown = ({ code, name }: StatisticsCategory) => (code === name ? name : `${code} ${name}`)

const toggled = <T,>(list: readonly T[], item: T, on: boolean) =>
  on ? [...list, item] : list.filter((x) => x !== item)

/**
 * Choose what to import from a statistics table, see exactly what will be written, then import it
 * as one undoable change, or cancel and change nothing. `onClose` gets the lines written, or null.
 */
export function StatisticsImportDialog({
  file,
  table,
  onClose,
}: {
  file: string
  table: StatisticsTable
  onClose: (lines: number | null) => void
}) {
  const t = useStatisticsText()
  const s = useScenario(
    useShallow((state) => ({ model: state.modelEdit?.file, change: state.changeModel })),
  )
  const model = s.model ?? {}
  const [choice, setChoice] = useState(() => firstStatisticsChoice(table, model))
  const choose = (change: Partial<StatisticsChoice>) => setChoice({ ...choice, ...change })
  const variable = table.variables.find((v) => v.id === choice.variable)
  const result = importStatistics(model, table, choice, {
    title: t.accountTitle,
    lineSide: t.lineSide,
    note: t.accountNote({
      source: table.title || file,
      variable: variable?.label ?? '',
      converted: variable?.scale === 1000,
    }),
  })

  const apply = () => {
    if (!result.ok) return
    s.change((draft) => {
      draft.accounts = result.accounts
      draft.kostraFunctions = result.kostraFunctions
    })
    onClose(result.lines.length)
  }

  return (
    <Dialog title={t.dialogTitle(file)} onClose={() => onClose(null)}>
      <label>
        {t.municipality}{' '}
        <select
          value={choice.municipality}
          onChange={(event) => choose({ municipality: event.target.value })}
        >
          {table.municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {shown(m)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.functions}</legend>
        {table.functions.map((f) => (
          <label key={f.code}>
            <input
              type="checkbox"
              checked={choice.functions.includes(f.code)}
              onChange={(event) =>
                choose({ functions: toggled(choice.functions, f.code, event.target.checked) })
              }
            />{' '}
            {shown(f)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.years}</legend>
        {table.years.map((year) => (
          <label key={year}>
            <input
              type="checkbox"
              checked={choice.years.includes(year)}
              onChange={(event) =>
                choose({ years: toggled(choice.years, year, event.target.checked) })
              }
            />{' '}
            {year}
          </label>
        ))}
      </fieldset>
      <label>
        {t.variable}{' '}
        <select
          value={choice.variable}
          onChange={(event) => {
            const next = table.variables.find((v) => v.id === event.target.value)
            if (next) choose({ variable: next.id, side: next.side })
          }}
        >
          {table.variables.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.side}{' '}
        <select
          value={choice.side}
          onChange={(event) => {
            const side = SIDES.find((option) => option === event.target.value)
            if (side) choose({ side })
          }}
        >
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t.sides[side]}
            </option>
          ))}
        </select>
      </label>
      <StatisticsPreview result={result} scale={variable?.scale ?? 1000} side={choice.side} />
      <div className="buttons">
        <button type="button" className="primary" onClick={apply} disabled={!result.ok}>
          {t.apply}
        </button>
        <button type="button" onClick={() => onClose(null)}>
          {t.cancel}
        </button>
      </div>
    </Dialog>
  )
}
