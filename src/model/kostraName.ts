import type { ModelFile } from './schema/modelFile'

/** A KOSTRA function's name in a given year, as the model file dates its names. */
export function kostraName(model: ModelFile, code: string, year: number): string {
  const names = model.kostraFunctions.filter((f) => f.code === code)
  const valid = names.find(
    (f) =>
      (f.fromYear === undefined || f.fromYear <= year) &&
      (f.toYear === undefined || year <= f.toYear),
  )
  return (valid ?? names[0])?.name ?? code
}
