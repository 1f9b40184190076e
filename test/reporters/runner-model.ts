// A test-only model of how the Actions runner finds workflow commands in a step's output
// (actions/runner, src/Runner.Common/ActionCommand.cs): a line is a command when, after
// TrimStart() (.NET's Char.IsWhiteSpace), it starts with `::` (TryParseV2), or when it contains
// `##[` anywhere (TryParse). Both use .NET's culture-sensitive comparison, which with ICU skips
// ignorable characters, so the model drops those before matching; and it splits lines on every
// Unicode line break, not only the runner's \r and \n. Stricter than the runner on purpose.

const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/u;
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u;

export function isRunnerCommand(line: string): boolean {
  const visible = (text: string) => text.replace(IGNORABLE, '');
  return visible(line.replace(DOTNET_LEADING_SPACE, '')).startsWith('::') || visible(line).includes('##[');
}

/** The lines of `text` the runner could take as workflow commands. */
export function runnerCommandLines(text: string): string[] {
  return text.split(LINE_BREAK).filter(isRunnerCommand);
}
