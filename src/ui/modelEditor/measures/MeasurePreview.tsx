import { dec } from '../../../model/money/decimal'
import { isError } from '../../../model/problems'
import { fieldProblemText } from '../fieldProblemText'
import { measurePreview } from '../../../state/measurePreview'
import { useScenario } from '../../../state/store'
import { useFormat } from '../../useFormat'
import { fieldId } from '../fieldId'
import { itemsOf, textOf } from './draftChoices'
import { useMeasureText } from './useMeasureText'

/**
 * The measure's effect in each plan year and for good, as it is typed, in the app's unit; while
 * the measure cannot be counted, the first thing to fix, linked to its field.
 */
export function MeasurePreview({ measureIndex }: { measureIndex: number }) {
  const t = useMeasureText().preview
  const f = useFormat()
  const file = useScenario((s) => s.modelEdit?.file)
  if (!file) return null
  const id = textOf(itemsOf(file.measures)[measureIndex], 'id')
  const preview = measurePreview(file, id)
  return (
    <section className="me-preview" aria-labelledby="me-preview-heading">
      <h3 id="me-preview-heading">{t.heading(id)}</h3>
      {preview.ok ? (
        <>
          <table>
            <caption>{t.effect(f.unitLabel)}</caption>
            <tbody>
              {preview.years.map(({ year, net }) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td data-testid={`preview-${year}`}>{f.amount(dec(net))}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t.lasting}</th>
                <td data-testid="preview-lasting">{f.amount(dec(preview.lasting))}</td>
              </tr>
            </tbody>
          </table>
          <p className="hint">
            {t.signNote} {preview.temporary && t.temporaryNote}
          </p>
        </>
      ) : 'missing' in preview ? (
        <p>{t.missing}</p>
      ) : (
        <FirstProblem problems={preview.problems} file={file} heading={t.fixFirst} />
      )}
    </section>
  )
}

function FirstProblem({
  problems,
  file,
  heading,
}: {
  problems: Parameters<typeof isError>[0][]
  file: unknown
  heading: string
}) {
  const lang = useFormat().lang
  const problem = problems.find(isError)
  if (!problem) return null
  const text = fieldProblemText(problem, lang, file)
  return (
    <p data-testid="preview-problem">
      {heading} {'path' in problem ? <a href={`#${fieldId(problem.path)}`}>{text}</a> : text}
    </p>
  )
}
