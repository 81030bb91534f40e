import type { Connection } from './database'

/**
 * Puts (or, with no value, deletes) one record and commits the transaction at once. A page being
 * left does not live to hear back from its requests, and a transaction still waiting to commit on
 * its own is aborted with the page: unsaved work written on the way out would be lost.
 */
export async function writeAtOnce(
  db: Connection,
  store: 'drafts' | 'settings',
  key: string,
  ...value: [unknown] | []
): Promise<void> {
  const tx = db.transaction(store, 'readwrite')
  const request = value.length === 0 ? tx.store.delete(key) : tx.store.put(value[0], key)
  tx.commit()
  await Promise.all([request, tx.done])
}
