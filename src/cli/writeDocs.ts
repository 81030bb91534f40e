import { writeFile } from 'node:fs/promises'
import { modelJsonSchema } from '../model/schema/modelJsonSchema'
import { driverKindsDoc } from './docs/driverKindsDoc'
import { uncertaintyDoc } from './docs/uncertaintyDoc'

/** The docs written from the code: the model file's JSON Schema, the driver kinds, the uncertainty. */
export const generatedDocs = (): Record<string, string> => ({
  'docs/model.schema.json': `${JSON.stringify(modelJsonSchema(), null, 2)}\n`,
  'docs/driver-kinds.md': driverKindsDoc(),
  'docs/uncertainty.md': uncertaintyDoc(),
})

// `npm run docs`: writes them; tests/cli/docs.test.ts fails when what is committed is not current.
if (process.argv[1]?.endsWith('writeDocs.ts')) {
  for (const [path, text] of Object.entries(generatedDocs())) await writeFile(path, text)
}
