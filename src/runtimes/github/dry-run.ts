import { explain } from '../../core/explain.js';
import type { HttpClient } from '../../core/http.js';
import type { Plan } from '../../core/plan.js';
import type { TokenSource } from '../../core/token-supply.js';
import { neutralise } from '../../core/neutralise.js';
import { addMask, annotate, logLine, type RunnerFiles } from './runner-commands.js';
import { appendSummary } from './summary.js';

/** `dry-run: true`: the explanation in the log and the job summary; nothing exchanged or exported. */
export async function dryRun(
  plan: Plan,
  source: TokenSource,
  http: HttpClient,
  files: RunnerFiles,
  named: (line: string) => string = (line) => line,
): Promise<number> {
  const explained = await explain(plan, { http, source, registerSecret: addMask });
  const { problems } = explained;
  const lines = explained.lines.map(named);
  for (const line of lines) logLine(line);
  if (problems > 0) annotate('warning', `dry run: ${problems} expectation(s) not met; see the log.`);
  const body = lines.map((l) => neutralise(l).replace(/</g, '&lt;')).join('\n');
  appendSummary(files.summary, `### oidc-exchange: dry run (nothing exchanged)\n\n\`\`\`\n${body}\n\`\`\`\n`);
  return 0;
}
