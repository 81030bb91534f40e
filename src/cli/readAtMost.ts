import { open } from 'node:fs/promises'

/**
 * A file's bytes, or null if it holds more than `limit`. Reads no more than `limit + 1` bytes
 * whatever the file is, so a huge file, a device such as /dev/zero or a pipe cannot exhaust memory.
 */
export async function readAtMost(path: string, limit: number): Promise<Uint8Array | null> {
  const handle = await open(path, 'r')
  try {
    const buffer = new Uint8Array(limit + 1)
    let size = 0
    while (size <= limit) {
      const { bytesRead } = await handle.read(buffer, size, buffer.length - size, null)
      if (bytesRead === 0) break
      size += bytesRead
    }
    return size > limit ? null : buffer.subarray(0, size)
  } finally {
    await handle.close()
  }
}
