import type { Problem } from '../../model/problems'
import { readScenarioText } from '../../model/scenario/readScenario'
import type { ScenarioFile } from '../../model/scenario/scenarioFile'

/** `#s=1.<payload>`: the version of the link format, then the scenario, deflated and base64url. */
const PREFIX = '#s='
const LINK_VERSION = '1'
/** Inflated links larger than this are refused before they are read in full. A link that carries
 *  a model (Vestvågøy's is about 60 000 characters) stays far below it. */
const MAX_INFLATED = 1_000_000

export type SharedScenario = Pick<
  ScenarioFile,
  'format' | 'schemaVersion' | 'name' | 'note' | 'model' | 'selection' | 'overrides' | 'modelFile'
>

export type ShareRead =
  | { ok: true; scenario: ScenarioFile }
  | { ok: false; reason: 'damaged' | 'tooLarge' | 'unsupported' }
  | { ok: false; reason: 'invalid'; problems: Problem[] }

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return null
  }
}

async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/** What a link carries: the choices, and the model when the scenario carries one (see
 *  `withModel`); never the saved copy's id, revision or times. */
export function sharedPart(scenario: ScenarioFile): SharedScenario {
  const { format, schemaVersion, name, note, model, selection, overrides, modelFile } = scenario
  return {
    format,
    schemaVersion,
    name,
    note,
    model,
    selection,
    overrides,
    ...(modelFile && { modelFile }),
  }
}

/**
 * The fragment of a share link. It travels in the part of the URL no server sees; deflate's checksum
 * makes a damaged link fail instead of opening as something else.
 */
export async function shareFragment(scenario: ScenarioFile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(sharedPart(scenario)))
  const deflated = await transform(json, new CompressionStream('deflate'), Number.POSITIVE_INFINITY)
  return `${PREFIX}${LINK_VERSION}.${toBase64Url(deflated ?? new Uint8Array())}`
}

/** A fragment as typed or pasted: mail programs and chat apps sometimes percent-encode the `=`. */
function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

export function isShareFragment(fragment: string): boolean {
  return decoded(fragment).startsWith(PREFIX)
}

/** Reads a share link's fragment; a cut or altered link is reported, never half-read. */
export async function readShareFragment(link: string): Promise<ShareRead> {
  const fragment = decoded(link)
  const body = fragment.slice(PREFIX.length)
  const dot = body.indexOf('.')
  if (!isShareFragment(fragment) || dot < 0) return { ok: false, reason: 'damaged' }
  if (body.slice(0, dot) !== LINK_VERSION) return { ok: false, reason: 'unsupported' }
  const bytes = fromBase64Url(body.slice(dot + 1))
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged' }
  let inflated: Uint8Array<ArrayBuffer> | null
  try {
    inflated = await transform(bytes, new DecompressionStream('deflate'), MAX_INFLATED)
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  if (!inflated) return { ok: false, reason: 'tooLarge' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated)
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  const read = readScenarioText(text)
  return read.ok ? read : { ok: false, reason: 'invalid', problems: read.problems }
}
