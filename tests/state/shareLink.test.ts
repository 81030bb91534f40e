import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isShareFragment,
  readShareFragment,
  shareFragment,
  sharedPart,
} from '../../src/state/share/shareLink'
import { propertyRuns } from '../builders/fastCheck'
import { scenarioOf } from '../builders/scenario'

describe('share links', () => {
  it('carry the scenario and give it back identical', async () => {
    const scenario = {
      ...scenarioOf({ name: 'Forslag «B2» & <b>kutt</b>', note: 'Linje 1\nLinje 2 ÆØÅ 😀' }),
      id: 'x',
      rev: 4,
    }
    const fragment = await shareFragment(scenario)
    expect(fragment).toMatch(/^#s=1\.[A-Za-z0-9_-]+$/)
    expect(fragment.length).toBeLessThan(500)
    expect(await readShareFragment(fragment)).toEqual({ ok: true, scenario: sharedPart(scenario) })
  })

  it('open when a mail program has percent-encoded the link', async () => {
    const scenario = scenarioOf({ name: 'Kodet' })
    const fragment = await shareFragment(scenario)
    const encoded = fragment.replace('=', '%3D').replace('.', '%2E')
    expect(isShareFragment(encoded)).toBe(true)
    expect(await readShareFragment(encoded)).toEqual({ ok: true, scenario: sharedPart(scenario) })
  })

  it('refuse a link that was cut short, at any length', async () => {
    const fragment = await shareFragment(scenarioOf())
    for (let cut = 4; cut < fragment.length - 1; cut += 3) {
      const read = await readShareFragment(fragment.slice(0, cut))
      expect(read.ok, `cut at ${cut}`).toBe(false)
    }
  })

  it('refuse a link with a changed character', async () => {
    const fragment = await shareFragment(scenarioOf())
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 5, max: fragment.length - 1 }),
        fc.constantFrom(...'ABCxyz019_-'),
        async (at, char) => {
          fc.pre(fragment[at] !== char)
          const damaged = fragment.slice(0, at) + char + fragment.slice(at + 1)
          const read = await readShareFragment(damaged)
          // Either refused, or (when only padding bits changed) the very same scenario.
          if (read.ok) expect(read.scenario).toEqual(sharedPart(scenarioOf()))
        },
      ),
      propertyRuns(200),
    )
  })

  it.each([
    ['#s=', 'damaged'],
    ['#s=1.', 'damaged'],
    ['#s=1.!!!', 'damaged'],
    ['#s=9.abc', 'unsupported'],
    ['#other', 'damaged'],
  ])('refuse %j as %s', async (fragment, reason) => {
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason })
  })

  it('refuse a link that inflates to something huge, without reading it all', async () => {
    const bomb = { ...scenarioOf(), note: 'x'.repeat(3_000_000) }
    const fragment = await shareFragment(bomb)
    expect(fragment.length).toBeLessThan(20_000)
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason: 'tooLarge' })
  })
})
