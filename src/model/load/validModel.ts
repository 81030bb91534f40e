import type { ModelFile } from '../schema/modelFile'

declare const validated: unique symbol

/** A model file that has passed every check; only `validateModel` makes one. */
export type ValidModel = ModelFile & { readonly [validated]: true }
