import { describe, expect, it } from 'vitest';
import { literalMarkdown, renderCmarkGfm, renderers, renderGfm } from '../action/support/render-gfm.js';

// The check the end-to-end tests run on rendered comments and summaries must be able to fail:
// these are the constructs the summary used to contain, which GitHub shows literally.

describe('literalMarkdown on GitHub-rendered HTML', () => {
  const shownLiterally: Array<[string, string]> = [
    ['Markdown inside an HTML block (<summary>)', '<details><summary>5 findings (`report: all` reports them)</summary>\n\n| a |\n| --- |\n| b |\n\n</details>\n'],
    ['escaped backticks in a list item', 'Not analysed:\n- `x.yaml`: a template until rendered (\\`{{ … }}\\` on line 1)\n'],
    ['bold inside a summary', '<details><summary>**Resolved**</summary>\n\nx\n</details>\n'],
  ];
  for (const [name, markdown] of shownLiterally) {
    it(`flags ${name}`, () => {
      for (const { name: renderer, render } of renderers()) expect(literalMarkdown(render(markdown)), renderer).not.toEqual([]);
    });
  }

  it('passes code spans, tables, entities and HTML blocks that GitHub renders', () => {
    const markdown = '### t\n\n✅ **ok** — `x`\n\n| a | b |\n| --- | --- |\n| `c` | &gt;= 1.30 |\n\n<details><summary>3 rows</summary>\n\n| a |\n| --- |\n| b |\n\n</details>\n\n<sub>job `lint`</sub>\n';
    for (const { name, render } of renderers()) expect(literalMarkdown(render(markdown)), name).toEqual([]);
  });

  it('micromark-gfm renders our constructs as cmark-gfm does (compared where cmark-gfm is installed)', () => {
    const markdown = '| a | b |\n| --- | --- |\n| `x\\|y` | &lt;script&gt; @&#8203;octocat |\n\n<details><summary>n</summary>\n\ntext\n\n</details>\n';
    const cmark = renderCmarkGfm(markdown);
    const normalize = (html: string) => html.replace(/\s+/g, '');
    if (cmark !== undefined) expect(normalize(renderGfm(markdown))).toBe(normalize(cmark));
    expect(renderGfm(markdown)).toContain('<code>x|y</code>');
  });
});
