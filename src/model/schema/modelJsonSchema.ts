import type { JsonSchema } from './decoders'
import { modelFile } from './modelFile'

/**
 * The model file format as JSON Schema (draft 2020-12), from the same declaration the app reads
 * files with, so the two cannot drift apart. An editor that knows JSON Schema (VS Code) checks and
 * completes a file that names it in `$schema`. It says what a file must look like field by field;
 * what relates fields (references, years, rules) is checked by the app and the command line.
 */
export function modelJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Omstilling model file',
    description:
      'A municipality’s model for Omstilling: baseline, measures and their drivers, rules and packages. See docs/model-format.md.',
    ...modelFile().schema(),
  }
}
