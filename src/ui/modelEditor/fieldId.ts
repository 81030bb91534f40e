/** The element id of the field that edits a place in the model file: a problem's path links to it. */
export const fieldId = (path: readonly (string | number)[]): string =>
  `mf-${path.map((part) => String(part).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`
