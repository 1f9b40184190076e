import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Whether a Markdown table fits a pull request comment without a horizontal scroll bar.
//
// GitHub styles tables `display: block; width: max-content; max-width: 100%; overflow: auto`
// (github-markdown-css): a table wider than the comment is squeezed down to its min-content
// width, wrapping each cell where the browser may break a line, and scrolls only when even
// that is too wide. So what must fit is the sum over columns of each column's widest
// unbreakable run. Chromium breaks lines (in text and in `code`, whose `white-space:
// break-spaces` keeps the normal opportunities) at spaces and after a hyphen, not after `/`,
// `.` or `:` (measured here: `aaaaaaaa-bbbbbbbb` is as wide as `aaaaaaaa-`, `aaaaaaaa/bbbbbbbb`
// is as wide as the whole).
//
// The per-character widths were measured in headless Chromium on this project's machine
// (Debian, `chromium --headless --dump-dom`, github-markdown-css's fonts resolving to Liberation
// Sans 14 px and Liberation Mono at 85 %): 40 characters of typical names (`a–z0–9.-/:`) are
// 272.4 px as text (6.81 px each) and 285.4 px as code (7.14 px each, plus 9.5 px of the code
// span's padding); `cloud-controller-manager` is 155.6 px. The budget rounds each up by about
// 5 % for GitHub's own fonts (Segoe UI, San Francisco, SF Mono): 7.2 px and 7.5 px, an emoji
// 20 px. A cell has 13 px of padding on each side and a 1 px border. The comment box is 870 px
// wide; its body has 16 px of padding and a 1 px border on each side: 836 px for a table.

export const COMMENT_WIDTH = 870;
export const TABLE_BUDGET_PX = COMMENT_WIDTH - 2 * 16 - 2;
export const TEXT_PX = 7.2;
export const CODE_PX = 7.5;
export const CODE_PADDING_PX = 9.5;
export const EMOJI_PX = 20;
export const CELL_PADDING_PX = 2 * 13 + 1;

/** The rows of each GFM table in `markdown`, as cells of raw Markdown (header first, delimiter row left out). */
export function markdownTables(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = splitRow(line);
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    if (!current) tables.push((current = []));
    current.push(cells);
  }
  return tables;
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  return cells;
}

function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The widest run of a cell that no line break can split, in px (the cell's min-content width). */
export function minContentPx(cell: string): number {
  let widest = 0;
  // Code spans and text alternate; a run may not cross from one to the other without a space, but
  // it can (`…:v1.32.16` right after text): joining them makes the estimate larger, never smaller.
  const parts = cell.split(/(`[^`]*`)/).filter((p) => p !== '');
  let run = 0;
  for (const part of parts) {
    const code = part.startsWith('`');
    const text = code ? part.slice(1, -1) : decode(part);
    if (code) run += CODE_PADDING_PX;
    for (const ch of text) {
      if (/\s/.test(ch)) {
        widest = Math.max(widest, run);
        run = 0;
        continue;
      }
      run += /\p{Extended_Pictographic}/u.test(ch) ? EMOJI_PX : /[\uFE0F\u200D]/.test(ch) ? 0 : code ? CODE_PX : TEXT_PX;
      if (ch === '-') {
        widest = Math.max(widest, run);
        run = 0;
      }
    }
  }
  return Math.max(widest, run);
}

/** The narrowest a table can get before it scrolls: each column's widest unbreakable run, plus padding and borders. */
export function tableMinWidthPx(rows: readonly string[][]): number {
  const columns = Math.max(...rows.map((r) => r.length));
  let width = 1;
  for (let c = 0; c < columns; c++) width += Math.max(...rows.map((r) => minContentPx(r[c] ?? ''))) + CELL_PADDING_PX;
  return width;
}

/** Whether headless Chromium can run here (`chromium` or $CHROMIUM). */
export function chromium(): string | undefined {
  for (const candidate of [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter(Boolean) as string[]) {
    const r = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return candidate;
  }
  return undefined;
}

/**
 * Each table of `html` (a comment body rendered by cmark-gfm or micromark), laid out in
 * headless Chromium inside an 870 px comment box with github-markdown-css's table rules:
 * its box width and its scroll width (larger when GitHub would show a scroll bar).
 */
export function measureTablesInChromium(binary: string, html: string): Array<{ clientWidth: number; scrollWidth: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ivl-width-'));
  try {
    const page = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 8px; width: ${COMMENT_WIDTH + 16}px; box-sizing: border-box; font-size: 14px; line-height: 1.5;
    font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; }
  .box { width: ${COMMENT_WIDTH}px; box-sizing: border-box; border: 1px solid #d1d9e0; }
  .markdown-body { padding: 16px; word-wrap: break-word; }
  .markdown-body code { padding: 0.2em 0.4em; font-size: 85%; white-space: break-spaces;
    font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
  .markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  .markdown-body table th, .markdown-body table td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  .markdown-body details:not([open]) > :not(summary) { display: block; }
</style></head><body><div class="box"><div class="markdown-body">${html}</div></div>
<script>addEventListener('load', () => { document.title = 'TABLES=' + JSON.stringify([...document.querySelectorAll('table')].map((t) => ({ clientWidth: t.clientWidth, scrollWidth: t.scrollWidth }))); });</script>
</body></html>`;
    const file = join(dir, 'page.html');
    writeFileSync(file, page);
    const r = spawnSync(
      binary,
      ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1000,2000', '--virtual-time-budget=2000', '--dump-dom', `file://${file}`],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const m = /<title>TABLES=(.*?)<\/title>/.exec(r.stdout ?? '');
    if (!m) throw new Error(`Chromium measured nothing: ${r.error?.message ?? r.stderr}`);
    return JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Array<{ clientWidth: number; scrollWidth: number }>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
