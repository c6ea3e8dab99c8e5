import type { MessageKey } from './messages.en.ts';

/**
 * A translation of the English catalogue: the same keys (an unknown key is a type error; a
 * missing one fails tests/unit/catalogues.test.ts and shows the English text meanwhile).
 */
export type Catalogue = { readonly [K in MessageKey]?: string };
