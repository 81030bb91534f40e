/**
 * Text in each language the app speaks. The model names its own things (a driver kind, its inputs,
 * its checks) so that a new kind is one file; the interface picks the language.
 */
export interface Words {
  readonly nb: string
  readonly en: string
}
