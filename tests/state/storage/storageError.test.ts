import { describe, expect, it } from 'vitest'
import { classify, StorageError } from '../../../src/state/storage/storageError'

const named = (name: string, message = '') => Object.assign(new Error(message), { name })

describe('what a browser’s storage error tells the user', () => {
  it.each([
    ['a full quota', new DOMException('Quota exceeded.', 'QuotaExceededError'), 'full'],
    ['a full quota, as a plain Error', named('QuotaExceededError'), 'full'],
    ['a transaction aborted for quota', new DOMException('Quota reached', 'AbortError'), 'full'],
    ['a transaction aborted for QUOTA', named('AbortError', 'QUOTA exceeded'), 'full'],
    ['a transaction aborted for another reason', new DOMException('gone', 'AbortError'), 'failed'],
    ['another error that mentions a quota', named('DataError', 'quota'), 'failed'],
    ['a closed connection', new DOMException('closing', 'InvalidStateError'), 'unavailable'],
    ['storage forbidden here', new DOMException('denied', 'SecurityError'), 'unavailable'],
    ['a broken browser store', new DOMException('?', 'UnknownError'), 'unavailable'],
    ['a bad key', new DOMException('bad key', 'DataError'), 'failed'],
    ['a TypeError', new TypeError('x is not a function'), 'failed'],
    ['a thrown string', 'QuotaExceededError', 'failed'],
    ['a thrown object that only looks like an error', { name: 'QuotaExceededError' }, 'failed'],
    ['a thrown null', null, 'failed'],
    ['a thrown undefined', undefined, 'failed'],
  ])('reads %s as %s', (_, error, failure) => {
    expect(classify(error).failure).toBe(failure)
  })

  it('passes one of its own errors on unchanged, with what it says about the conflict', () => {
    const own = new StorageError('conflict', { current: null })
    expect(classify(own)).toBe(own)
  })

  it('keeps the browser’s own error, and names the failure, for whoever reads the console', () => {
    for (const error of [
      new DOMException('Quota exceeded.', 'QuotaExceededError'),
      new DOMException('Quota reached', 'AbortError'),
      new DOMException('denied', 'SecurityError'),
      new TypeError('x'),
    ]) {
      const classified = classify(error)
      expect(classified.detail.cause).toBe(error)
      expect(classified.message).toBe(`storage: ${classified.failure}`)
    }
  })
})
