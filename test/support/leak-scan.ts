/**
 * The leak scan, run after every step the tests start: every secret the fake clouds handed out
 * (request tokens, ID tokens, the Azure DevOps job access token and its ID tokens, access tokens,
 * AWS keys, Databricks tokens) may appear in the step's
 * log only after its own `::add-mask::`, never on stderr, in the job summary or the saved state,
 * and in the env and output files only as the whole value of a variable or output.
 */
import { runningClouds } from '../fakes/cloud.ts';
import { parseFileCommands } from './runner-files.ts';

export interface StepFiles {
  stdout: string;
  stderr: string;
  summary: string;
  state: string;
  env: string;
  output: string;
}

export function issuedSecrets(): string[] {
  const secrets: string[] = [];
  for (const cloud of runningClouds) {
    secrets.push(cloud.github.requestToken, ...cloud.github.issued.map((t) => t.token));
    secrets.push(...cloud.entra.issued.map((t) => t.accessToken));
    secrets.push(...cloud.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]));
    secrets.push(...cloud.databricks.issued.map((t) => t.accessToken));
    secrets.push(cloud.azureDevOps.accessToken, ...cloud.azureDevOps.issued.map((t) => t.token));
  }
  return secrets.filter((s) => s.length >= 16);
}

export function findLeaks(files: StepFiles): string[] {
  const leaks: string[] = [];
  const wholeValues = new Set([
    ...parseFileCommands(files.env).values(),
    ...parseFileCommands(files.output).values(),
  ]);
  for (const secret of issuedSecrets()) {
    const where = (place: string) => leaks.push(`${secret.slice(0, 12)}… in ${place}`);
    const first = files.stdout.indexOf(secret);
    if (first >= 0 && !files.stdout.slice(0, first).endsWith('::add-mask::')) where('stdout before its mask');
    if (files.stderr.includes(secret)) where('stderr');
    if (files.summary.includes(secret)) where('the job summary');
    if (files.state.includes(secret)) where('the saved state');
    if ((files.env.includes(secret) || files.output.includes(secret)) && !wholeValues.has(secret)) {
      where('a variable or output it is not the whole value of');
    }
  }
  return leaks;
}
