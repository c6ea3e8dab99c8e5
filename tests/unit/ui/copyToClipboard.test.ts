import { describe, expect, it } from 'vitest';
import { copyToClipboard } from '../../../src/ui/CopyLink';

describe('copy to clipboard', () => {
  it('says whether the browser took the text, so a refusal can offer it to select', async () => {
    const written: string[] = [];
    const granted = { writeText: (text: string) => (written.push(text), Promise.resolve()) };
    expect(await copyToClipboard('https://example.org/?view=un', granted)).toBe(true);
    expect(written).toEqual(['https://example.org/?view=un']);
    const refused = {
      writeText: () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    };
    expect(await copyToClipboard('x', refused)).toBe(false);
    // No Clipboard API at all (an insecure context).
    expect(await copyToClipboard('x', undefined)).toBe(false);
  });
});
