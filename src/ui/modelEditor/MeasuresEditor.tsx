/** The model's measures, each with its drivers, timing, rules and a preview of its effect. */
export function MeasuresEditor() {
  return null
}
