import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/**
 * Compiles the message catalogues (`src/i18n/messages.<locale>.ts`, and the English catalogue's
 * second part `messages.en.later.ts`; ICU MessageFormat) into
 * Lingui's compiled form when they are built, served or tested, so the browser gets ready-made
 * messages and no ICU parser. A catalogue stays a plain object of `key: 'ICU text'`: adding a key
 * needs no extraction or compile step. A message that does not parse stops the build, naming the
 * file and the key.
 */

export const CATALOGUE = /[\\/]src[\\/]i18n[\\/]messages\.([a-z]{2})(\.later)?\.ts$/;

/** `{ key: 'ICU text' }` → `{ key: compiled }`; throws naming the key that does not parse. */
export function compileCatalogue(
  messages: Record<string, unknown>,
  file: string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => {
      if (typeof text !== 'string') throw new Error(`${file}: "${key}" is not text`);
      try {
        // Kept as a token list even without placeholders: Lingui's runtime treats a bare string as
        // an uncompiled message.
        return [key, compileMessageOrThrow(text)];
      } catch (error) {
        throw new Error(
          `${file}: message "${key}" is not valid ICU MessageFormat: ${String(error)}`,
        );
      }
    }),
  );
}

export function compileMessages(): Plugin {
  return {
    name: 'compile-messages',
    // After TypeScript is stripped: the catalogue is then a plain module of literals.
    enforce: 'post',
    async transform(code, id) {
      const match = CATALOGUE.exec(id.split('?')[0]!);
      if (!match) return null;
      // The catalogue imports nothing at run time (only `import type`), so it can be evaluated
      // on its own to read its object.
      const module = (await import(
        `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      )) as Record<string, unknown>;
      const exported = Object.entries(module);
      const lines = exported.map(([name, messages]) => {
        const compiled = compileCatalogue(messages as Record<string, unknown>, id);
        return `export const ${name} = ${JSON.stringify(compiled)};`;
      });
      return { code: lines.join('\n'), map: null };
    },
  };
}
