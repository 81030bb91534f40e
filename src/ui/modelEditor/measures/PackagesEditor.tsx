import { freshId, useDraftPart, useMeasureChoices } from './draftChoices'
import { IdChecklist } from './IdChecklist'
import { ListPart } from './ListPart'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

/** Named packages of measures, which a scenario can start from. */
export function PackagesEditor() {
  const t = useMeasureText().packages
  const packages = useDraftPart('packages')
  const measures = useMeasureChoices()
  return (
    <ListPart
      name="packages"
      heading={t.heading}
      items={packages}
      remove={t.remove}
      adds={[
        {
          label: t.add,
          make: (list) => ({
            id: freshId(list, 'P'),
            title: t.item(Array.isArray(list) ? list.length + 1 : 1),
            measures: [],
          }),
        },
      ]}
      item={(_, p) => (
        <fieldset className="me-group">
          <legend>{t.item(p + 1)}</legend>
          <TextField path={['packages', p, 'id']} label={t.id} />
          <TextField path={['packages', p, 'title']} label={t.title} />
          <IdChecklist path={['packages', p, 'measures']} label={t.measures} choices={measures} />
        </fieldset>
      )}
    />
  )
}
