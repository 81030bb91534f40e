import { describe, expect, it } from 'vitest'
import { consequenceParts } from '../../src/ui/presentation/consequenceParts'

describe('a consequence in the read-only view', () => {
  it.each([
    ['Liten', 'Liten', { level: null, words: 'Liten' }],
    ['Ingen', 'Ingen.', { level: null, words: 'Ingen' }],
    ['Liten', 'Liten, får andre ytelser', { level: null, words: 'Liten, får andre ytelser' }],
    ['Noe', 'Noe lavere tjenestenivå', { level: null, words: 'Noe lavere tjenestenivå' }],
    ['Liten', 'Noe merarbeid med IP', { level: 'Liten', words: 'Noe merarbeid med IP' }],
    ['Stor', 'Storstilt omlegging', { level: 'Stor', words: 'Storstilt omlegging' }],
  ])('says %s with «%s» without repeating the level', (level, words, parts) => {
    expect(consequenceParts(level, words)).toEqual(parts)
  })
})
