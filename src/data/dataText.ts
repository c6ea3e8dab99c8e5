/**
 * Text from data files as the app may show it: no unpaired bidi controls (a lone right-to-left
 * override would reverse the app's own text after it), and values cut short in messages.
 */

const OPENS_EMBEDDING = new Set(['\u202a', '\u202b', '\u202d', '\u202e']); // LRE RLE LRO RLO
const POP_EMBEDDING = '\u202c'; // PDF
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const POP_ISOLATE = '\u2069'; // PDI
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Removes bidi embedding, override and isolate controls that are not closed (or close nothing),
 * following the pairing rules of the Unicode bidi algorithm (UAX #9, X1–X8): a PDI closes the
 * latest isolate and any embedding opened inside it; a PDF closes the latest embedding within the
 * current isolate. Paired controls are kept: they affect only the text between them.
 */
export function stripUnpairedBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const chars = [...text];
  const keep = chars.map(() => true);
  // Open controls: their index and whether they are isolates.
  const stack: { at: number; isolate: boolean }[] = [];
  chars.forEach((c, i) => {
    if (OPENS_EMBEDDING.has(c) || OPENS_ISOLATE.has(c)) {
      stack.push({ at: i, isolate: OPENS_ISOLATE.has(c) });
    } else if (c === POP_EMBEDDING) {
      const top = stack[stack.length - 1];
      if (top && !top.isolate) stack.pop();
      else keep[i] = false;
    } else if (c === POP_ISOLATE) {
      const open = stack.map((s) => s.isolate).lastIndexOf(true);
      if (open === -1) keep[i] = false;
      else {
        // Embeddings left open inside the isolate were never closed.
        for (const unclosed of stack.splice(open + 1)) keep[unclosed.at] = false;
        stack.pop();
      }
    }
  });
  for (const unclosed of stack) keep[unclosed.at] = false;
  return chars.filter((_, i) => keep[i]).join('');
}

/** Longest value quoted whole in an error message. */
export const MAX_QUOTED = 60;

/** A value for an error message: quoted, with controls made visible, long values cut. */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Cut first: a 10 MB cell must not be copied, spread or scanned whole.
  const head = [...text.slice(0, MAX_QUOTED * 2)].slice(0, MAX_QUOTED).join('');
  // eslint-disable-next-line no-control-regex -- control characters are what is made visible
  const visible = head.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const cut =
    head.length < text.length
      ? `${visible}… (${text.length.toLocaleString('en')} characters)`
      : visible;
  return typeof value === 'string' ? `"${cut}"` : cut;
}

/** A list of allowed values for a message, cut after a few. */
export function listValues(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown}, … (${values.length} in all)` : shown;
}

/** Only web addresses become links: no `javascript:`, `data:`, `vbscript:` or `file:`. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Whether a web address names a user before its host: `https://www.asiaplus.tj@evil.example/`
 * reads as asiaplus.tj and leads to evil.example.
 */
export function hasUserName(text: string): boolean {
  try {
    const url = new URL(text);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/** Whether text that should be CSV or JSON is a web page (a host's "not found" or index page). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<!--|<\?xml)/i.test(text.replace(/^\ufeff/, ''));
}
