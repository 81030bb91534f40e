import type { ValidModel } from '../../model/load/validModel'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import { useLang, useText } from '../useText'
import { changedInputText } from './inputText'

/** Changed inputs as the user reads them: "Refusjonssats 90 % (modellfilen: 80 %)". */
export function useChangeText(model: ValidModel): (change: ChangedInput) => string {
  const t = useText()
  const lang = useLang()
  return (change) => changedInputText(model, change, lang, t)
}
