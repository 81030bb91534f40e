import type { ValidModel } from '../model/load/validModel'
import { dec } from '../model/money/decimal'
import { formatAmount } from './format'
import { useLang, useText } from './useText'

export function ModelHeader({ model }: { model: ValidModel }) {
  const lang = useLang()
  const t = useText()
  const { source } = model
  return (
    <header className="model-header">
      <p className="app-name">{t.appName}</p>
      <h1>
        {model.municipality.name}: {model.title}
      </h1>
      <p className="source">{t.source(source.title, source.publisher, source.year)}</p>
      <p className="target" data-testid="target">
        <strong>{t.target.heading}:</strong> {t.target.lasting}{' '}
        <strong>
          {formatAmount(dec(model.target.annualReduction), 'mill', lang)} {t.units.mill}
        </strong>
        . {t.target.text}
      </p>
    </header>
  )
}
