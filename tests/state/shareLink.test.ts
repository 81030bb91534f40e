import fc from 'fast-check'
import { zlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { readScenario } from '../../src/model/scenario/readScenario'
import {
  isShareFragment,
  readShareFragment,
  shareFragment,
  sharedPart,
} from '../../src/state/share/shareLink'
import { propertyRuns } from '../builders/fastCheck'
import { scenarioOf } from '../builders/scenario'

/** A link made by hand: any text or bytes, deflated as the app does, after a version. */
function linkOf(content: string | Uint8Array, version = '1'): string {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const deflated = zlibSync(bytes, { level: 9 })
  const base64 = Buffer.from(deflated).toString('base64url')
  return `#s=${version}.${base64}`
}

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

  it('refuse a short link that inflates to 10 000 [ with a message, never a crash', async () => {
    const fragment = linkOf('['.repeat(10_000))
    expect(fragment.length).toBeLessThan(60)
    const read = await readShareFragment(fragment)
    expect(read).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ code: 'tooDeep', limit: 64, line: 1, column: 65 }],
    })
    if (!read.ok && read.reason === 'invalid') {
      expect(problemText(read.problems[0]!, 'nb')).toContain('mer enn 64 nivåer')
    }
  })

  it('read a link whose scenario starts with a byte-order mark', async () => {
    const scenario = sharedPart(scenarioOf())
    expect(await readShareFragment(linkOf(`\uFEFF${JSON.stringify(scenario)}`))).toEqual({
      ok: true,
      scenario,
    })
  })

  it('survive thousands of damaged and hostile links: none crashes, anything read is a valid scenario', async () => {
    const valid = await Promise.all(
      [
        scenarioOf(),
        scenarioOf({ name: 'Æ «ø» 😀', note: 'Linje 1\nLinje 2', selection: [] }),
        scenarioOf({ overrides: { 'I.rates.rateChange': '-0.15', 'A.staff.toString': '1' } }),
      ].map(shareFragment),
    )
    const scenarioText = JSON.stringify(sharedPart(scenarioOf()))
    const withField = (field: string) => linkOf(`${scenarioText.slice(0, -1)},${field}}`)
    const hostile = [
      ...[64, 65, 10_000, 200_000].map((depth) => linkOf('['.repeat(depth) + ']'.repeat(depth))),
      ...[999_000, 1_000_001, 3_000_000].map((n) => withField(`"x":"${'x'.repeat(n)}"`)),
      ...[
        '"updatedAt":"2026-13-45T25:61:61Z"',
        '"name":"Navn\\u202e"',
        '"overrides":{"D.groupHomes.constructor":"1"}',
        '"overrides":{"D.groupHomes.refundRate":"-0"}',
        '"selection":["constructor",null]',
        '"note":1e400',
        '"rev":-0',
      ].map(withField),
    ]
    const link = fc.oneof(
      // A real link, cut short, with a character changed, or with another version.
      fc
        .tuple(fc.constantFrom(...valid), fc.nat(), fc.constantFrom(...'ABCxyz019_-+/=.!%'))
        .chain(([fragment, at, char]) =>
          fc.constantFrom(
            fragment.slice(0, at % (fragment.length + 1)),
            fragment.slice(0, at % fragment.length) +
              char +
              fragment.slice((at % fragment.length) + 1),
            fragment.replace('#s=1.', `#s=${char}.`),
          ),
        ),
      // Made by hand: nesting, inflate bombs, odd values, bytes that are not UTF-8, anything.
      fc.constantFrom(...hostile),
      fc.json().map((json) => linkOf(json)),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => linkOf(bytes)),
      fc.string({ unit: 'binary' }).map((text) => `#s=1.${text}`),
    )
    await fc.assert(
      fc.asyncProperty(link, async (fragment) => {
        const read = await readShareFragment(fragment)
        if (!read.ok) {
          if (read.reason === 'invalid') for (const p of read.problems) problemText(p, 'nb')
          return
        }
        expect(readScenario(read.scenario)).toEqual({ ok: true, scenario: read.scenario })
      }),
      propertyRuns(2000),
    )
  }, 120_000)
})

describe('why a share link is refused', () => {
  it.each([
    ['a link without a version', '#s=.eJyrrgUAAXUA-Q', 'unsupported'],
    ['a link with a broken percent-escape', '#s=1.%E0%A4%A', 'damaged'],
    ['a link that is not deflated', '#s=1.AAAAAAAA', 'damaged'],
    ['a link whose text is not UTF-8', linkOf(new Uint8Array([0x22, 0xff, 0xfe, 0x22])), 'damaged'],
  ])('refuses %s', async (_what, fragment, reason) => {
    expect(await readShareFragment(fragment)).toEqual({ ok: false, reason })
  })

  it('refuses a link with a character a share link never has, even one a decoder would skip', async () => {
    const fragment = await shareFragment(scenarioOf())
    const spaced = `${fragment.slice(0, 12)} ${fragment.slice(12)}`
    expect(await readShareFragment(spaced)).toEqual({ ok: false, reason: 'damaged' })
  })

  it('says what is wrong with a link that carries something other than a scenario', async () => {
    const read = await readShareFragment(linkOf('{"format":"noe annet"}'))
    expect(read).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!read.ok && read.reason === 'invalid' && read.problems.length).toBeGreaterThan(0)
  })

  it('reads a link that inflates to exactly the limit, and refuses one byte more', async () => {
    /** JSON text of `size` bytes: `{"x":"aaa…"}`. */
    const text = (size: number) => `{"x":"${'a'.repeat(size - 8)}"}`
    expect(text(1_000_000)).toHaveLength(1_000_000)
    expect(await readShareFragment(linkOf(text(1_000_000)))).toMatchObject({ reason: 'invalid' })
    expect(await readShareFragment(linkOf(text(1_000_001)))).toEqual({
      ok: false,
      reason: 'tooLarge',
    })
  })
})
