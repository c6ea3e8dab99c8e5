import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, HEIGHT_MESSAGE } from '../../src/embed/embedSnippet';

describe('embed snippet', () => {
  const page = 'https://example.org/dash/?view=dataset&id=tajik-migrants-by-sex&sex=female#sources';

  it('points the iframe at the same view with embed=1, keeping the filters', () => {
    expect(embedUrl(page)).toBe(
      'https://example.org/dash/?view=dataset&id=tajik-migrants-by-sex&sex=female&embed=1',
    );
  });

  it('escapes the title and accepts height messages only from the chart’s origin', () => {
    const snippet = embedSnippet(page, 'Migrants "by sex" <script>');
    expect(snippet).toContain('title="Migrants &quot;by sex&quot; &lt;script&gt;"');
    expect(snippet).toContain('e.origin!=="https://example.org"');
    expect(snippet).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(snippet.match(/<iframe/g)).toHaveLength(1);
  });

  it('sets the theme chosen for the embed; as the system writes none', () => {
    expect(embedUrl(page, 'dark')).toBe(
      'https://example.org/dash/?view=dataset&id=tajik-migrants-by-sex&sex=female&embed=1&theme=dark',
    );
    expect(embedUrl(`${page.replace('#sources', '')}&theme=dark`, 'system')).not.toContain('theme');
    expect(embedSnippet(page, 'T', 'light')).toContain('theme=light');
  });
});
