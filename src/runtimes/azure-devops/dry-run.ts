import { explain } from '../../core/explain.js';
import type { HttpClient } from '../../core/http.js';
import type { Plan } from '../../core/plan.js';
import type { TokenSource } from '../../core/token-supply.js';
import type { Agent } from './agent.js';
import { uploadSummary } from './summary.js';
import { withTaskInputNames } from './task-inputs.js';

/** `dryRun: true`: the explanation in the log and the summary; nothing exchanged or set. */
export async function dryRun(
  plan: Plan,
  source: TokenSource,
  http: HttpClient,
  agent: Agent,
  agentTemp: string,
): Promise<void> {
  const { lines, problems } = await explain(plan, {
    http,
    source,
    registerSecret: (v) => agent.setSecret(v),
  });
  const named = lines.map(withTaskInputNames);
  for (const line of named) agent.info(line);
  const body = named.map((l) => l.replace(/</g, '&lt;')).join('\n');
  uploadSummary(
    agent,
    agentTemp,
    `### oidc-exchange: dry run (nothing exchanged)\n\n\`\`\`\n${body}\n\`\`\`\n`,
  );
  if (problems > 0) agent.warning(`dry run: ${problems} expectation(s) not met; see the log.`);
  agent.succeed('oidc-exchange: dry run, nothing exchanged.');
}
