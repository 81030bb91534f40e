import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// The project's own lint configuration, applied to code that breaks the layering. Type-aware rules
// are switched off because the probed files do not exist on disk.
const eslint = new ESLint({
  overrideConfig: [tseslint.configs.disableTypeChecked],
})

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('the layering lint rules', () => {
  it.each([
    ["import { useState } from 'react'\nexport const x = useState"],
    ["import { create } from 'zustand'\nexport const x = create"],
    ["import { produce } from 'immer'\nexport const x = produce"],
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync"],
    ["import { useScenario } from '../../state/store'\nexport const x = useScenario"],
    ["import { uiNb } from '../../i18n/ui.nb'\nexport const x = uiNb"],
  ])('keep src/model free of %s', async (code) => {
    expect(await ruleIdsFor('src/model/engine/probe.ts', code)).toContain('no-restricted-imports')
  })

  it('keep the DOM and the network out of src/model', async () => {
    const ids = await ruleIdsFor(
      'src/model/engine/probe.ts',
      'export const x = () => [document.title, fetch]',
    )
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2)
  })

  it('allow decimal.js and the model’s own files', async () => {
    const code =
      "import Decimal from 'decimal.js'\nimport { ZERO } from '../money/decimal'\nexport const x = [Decimal, ZERO]"
    expect(await ruleIdsFor('src/model/engine/probe.ts', code)).toEqual([])
  })

  it('keep state from importing the interface', async () => {
    const code = "import { App } from '../ui/App'\nexport const x = App"
    expect(await ruleIdsFor('src/state/probe.ts', code)).toContain('no-restricted-imports')
  })

  it.each([
    ["import { evaluate } from '../../model/engine/evaluate'\nexport const x = evaluate"],
    [
      "import { uncertaintyShares } from '../model/engine/uncertainty'\nexport const x = uncertaintyShares",
    ],
    [
      "import { resolveInputs } from '../../model/drivers/resolveInputs'\nexport const x = resolveInputs",
    ],
    [
      "import { changedInputs } from '../../model/scenario/changedInputs'\nexport const x = changedInputs",
    ],
    [
      "import { validateModel } from '../../model/load/validateModel'\nexport const x = validateModel",
    ],
  ])('keep the interface from calling the engine: %s', async (code) => {
    expect(await ruleIdsFor('src/ui/results/probe.tsx', code)).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('let the interface take the engine’s types, pure value helpers and size limits', async () => {
    const code = [
      "import type { Evaluation } from '../../model/engine/types'",
      "import { dec, type Dec } from '../../model/money/decimal'",
      "import { own } from '../../model/own'",
      "import { MAX_MODEL_CHARACTERS } from '../../model/load/validateModel'",
      "import { uiNb } from '../../i18n/model/measures'",
      'export const x = (e: Evaluation, d: Dec) => [e, d, dec, own, MAX_MODEL_CHARACTERS, uiNb]',
    ].join('\n')
    expect(await ruleIdsFor('src/ui/results/probe.tsx', code)).toEqual([])
  })

  it('keep the whole app off the network', async () => {
    expect(
      await ruleIdsFor('src/ui/probe.ts', "export const x = () => fetch('https://example.com')"),
    ).toContain('no-restricted-globals')
  })
})
