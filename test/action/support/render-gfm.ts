import { spawnSync } from 'node:child_process';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

// Markdown as GitHub renders it. GitHub's renderer is cmark-gfm with the table, autolink,
// tagfilter and strikethrough extensions, raw HTML allowed (then sanitized). The tests render
// with micromark + micromark-extension-gfm, which follow the same CommonMark and GFM specs for
// every construct our reports use (tables, code spans, HTML blocks, entities, escapes) and
// install from npm, so `npm test` works on a fresh clone. Where Debian's `cmark-gfm` is
// installed (.ci/run installs it), the same checks also run on its output.

export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** cmark-gfm's HTML, or undefined when the `cmark-gfm` program is not installed. */
export function renderCmarkGfm(markdown: string): string | undefined {
  const run = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'],
    { input: markdown, encoding: 'utf8' },
  );
  if (run.error || run.status !== 0) return undefined;
  return run.stdout;
}

/** Every renderer available: micromark always, cmark-gfm when installed. */
export function renderers(): Array<{ name: string; render: (markdown: string) => string }> {
  const out = [{ name: 'micromark-gfm', render: renderGfm }];
  if (renderCmarkGfm('x') !== undefined) out.push({ name: 'cmark-gfm', render: (md) => renderCmarkGfm(md)! });
  return out;
}

/**
 * What a reader sees as text but was meant as formatting: backticks, `**`, Markdown links,
 * table rows, headings or list items left as text, and HTML tags shown as text. Code
 * (`<code>`, `<pre>`) is left out: what is in it is meant literally.
 */
export function literalMarkdown(html: string): string[] {
  const text = html
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' CODE ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (/`|\*\*|\]\(|<\/?(details|summary|sub|code|b|table)\b/.test(line)) found.push(line.trim());
    else if (/^\s*(\|.*\||#{1,6} |- |\* )/.test(line)) found.push(line.trim());
  }
  return found;
}
