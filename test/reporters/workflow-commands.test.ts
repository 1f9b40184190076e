import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeTableCell } from '../../src/reporters/markdown-escape.js';
import {
  containsWorkflowCommand,
  neutralizeWorkflowCommands,
  neutralizeWorkflowCommandsInMarkdown,
} from '../../src/reporters/workflow-commands.js';
import { runnerCommandLines } from './runner-model.js';

// Strings chosen to hit every branch of the runner's parser and of ICU's ignorable characters.
const HOSTILE = [
  '::stop-commands::x',
  '::add-mask::x',
  '##[set-output name=x]y',
  '##[add-mask]x',
  '  \t::error::x',
  '\u00a0::warning::x',
  '\u3000::x::y',
  ':\u200b:x::y',
  '\u200b::x::y',
  '\ufeff::x::y',
  '#\u00ad#[x]y',
  '#\u200d#\u200b[x]y',
  'a##[x]y',
  '###[x]y',
  '##[##[x]',
  'a\n::x::y',
  'a\r::x::y',
  'a\u2028::x::y',
  'a\u0085::x::y',
];

const ALPHABET = [':', '#', '[', ']', ' ', '\t', '\n', '\r', '\u00a0', '\u200b', '\u00ad', '\u2028', 'a', '\\', '"', 'u', '0'];
const hostileText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''));

describe('the runner model', () => {
  it('sees every hostile string as a command', () => {
    for (const text of HOSTILE) expect(runnerCommandLines(text), JSON.stringify(text)).not.toEqual([]);
  });
  it('sees no command in ordinary text', () => {
    expect(runnerCommandLines('a::b ## [x] #[ :x: http://x')).toEqual([]);
  });
});

describe('neutralizeWorkflowCommands (text and JSON)', () => {
  it('leaves no command for the runner', () => {
    for (const text of HOSTILE) {
      const out = neutralizeWorkflowCommands(text);
      expect(runnerCommandLines(out), JSON.stringify(out)).toEqual([]);
      expect(containsWorkflowCommand(out)).toBe(false);
    }
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = neutralizeWorkflowCommands(text);
        expect(runnerCommandLines(out)).toEqual([]);
        expect(containsWorkflowCommand(out)).toBe(false);
        // The helper finds at least what the runner would.
        if (runnerCommandLines(text).length > 0) expect(containsWorkflowCommand(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads as an escape of the first character', () => {
    expect(neutralizeWorkflowCommands('  ::stop-commands::x')).toBe('  \\u003a:stop-commands::x');
    expect(neutralizeWorkflowCommands('a ##[set-output name=x]y')).toBe('a \\u0023#[set-output name=x]y');
    expect(neutralizeWorkflowCommands('###[x]')).toBe('#\\u0023#[x]');
  });

  it('changes nothing else, and is idempotent', () => {
    for (const text of ['a::b', 'x ## [y]', 'image: foo:1.0 # comment', '', 'x\n\ny']) expect(neutralizeWorkflowCommands(text)).toBe(text);
    fc.assert(
      fc.property(hostileText, (text) => {
        const once = neutralizeWorkflowCommands(text);
        expect(neutralizeWorkflowCommands(once)).toBe(once);
        if (runnerCommandLines(text).length === 0 && !containsWorkflowCommand(text)) expect(once).toBe(text);
      }),
    );
  });

  it('rewrites exactly what rewriting every line would (it visits only the lines that hold a candidate)', () => {
    // The definition: split at the runner's line breaks, rewrite each line.
    const SPACE = String.raw`\s\u0085`;
    const IGNORABLE = String.raw`\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
    const lineStart = new RegExp(String.raw`^([${SPACE}${IGNORABLE}]*):(?=[${IGNORABLE}]*:)`, 'u');
    const prefix = new RegExp(String.raw`#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\[)`, 'gu');
    const everyLine = (text: string, colon: string, hash: string) =>
      text
        .split(/(\r\n|[\n\r\v\f\u0085\u2028\u2029])/u)
        .map((part, i) => (i % 2 ? part : part.replace(lineStart, (_, lead: string) => `${lead}${colon}`).replace(prefix, hash)))
        .join('');
    const texts = fc.oneof(hostileText, fc.array(fc.oneof(hostileText, fc.constantFrom(...HOSTILE)), { maxLength: 8 }).map((xs) => xs.join('')));
    fc.assert(
      fc.property(texts, (text) => {
        expect(neutralizeWorkflowCommands(text)).toBe(everyLine(text, '\\u003a', '\\u0023'));
        expect(neutralizeWorkflowCommandsInMarkdown(text)).toBe(everyLine(text, '\\:', '#\\'));
      }),
      { numRuns: 5000 },
    );
  });

  it('is linear in a long line full of candidates', () => {
    const text = `x${':\u200b:'.repeat(200_000)}\n${'##['.repeat(200_000)}`;
    const started = Date.now();
    neutralizeWorkflowCommands(text);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps JSON valid and the strings the same for a parser', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText, fc.constantFrom(...HOSTILE), fc.string())), (strings) => {
        const json = JSON.stringify({ strings, [strings[0] ?? 'k']: strings }, null, 2);
        const out = neutralizeWorkflowCommands(json);
        expect(JSON.parse(out)).toEqual(JSON.parse(json));
        expect(runnerCommandLines(out)).toEqual([]);
      }),
    );
  });
});

describe('neutralizeWorkflowCommandsInMarkdown', () => {
  it('leaves no command, with backslash escapes', () => {
    expect(neutralizeWorkflowCommandsInMarkdown('::stop-commands::x')).toBe('\\::stop-commands::x');
    expect(neutralizeWorkflowCommandsInMarkdown('a ##[x]')).toBe('a #\\#[x]');
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = neutralizeWorkflowCommandsInMarkdown(text);
        expect(runnerCommandLines(out)).toEqual([]);
        expect(neutralizeWorkflowCommandsInMarkdown(out)).toBe(out);
      }),
    );
  });
});

describe('Markdown escaping carries no command', () => {
  it('escapeTableCell and codeSpan', () => {
    for (const text of [...HOSTILE]) {
      for (const out of [escapeTableCell(text), codeSpan(text), codeSpan(text, { inTable: false })]) {
        expect(out.includes('##['), out).toBe(false);
        expect(runnerCommandLines(out), out).toEqual([]);
      }
    }
  });

  it('a code span that would hold `##[` is <code> with escaped text', () => {
    expect(codeSpan('##[set-output name=x]y')).toBe('<code>##\\[set-output name=x\\]y</code>');
    expect(codeSpan('registry/##[x]:1|2', { inTable: false })).toBe('<code>registry/##\\[x\\]:1\\|2</code>');
    // A code span starts with a backtick: `::` inside never starts a line.
    expect(codeSpan('::stop-commands::x')).toBe('`::stop-commands::x`');
    expect(escapeTableCell(' ::add-mask::x')).toBe(' \\::add-mask::x');
    expect(codeSpan('a::b')).toBe('`a::b`');
  });
});
