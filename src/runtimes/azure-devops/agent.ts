import * as tl from 'azure-pipelines-task-lib/task.js';
import { neutralise } from '../../core/neutralise.js';

/**
 * Everything the task tells the agent, through azure-pipelines-task-lib's logging commands
 * (`##vso[…]`, docs/protocols.md §6.7–6.8). The sink and the summary write only through this
 * interface, so a test can record the order of commands (secrets before variables) without an agent.
 */
export interface Agent {
  /** `##vso[task.setsecret]`: the agent masks the value from this line on. */
  setSecret: (value: string) => void;
  /** `##vso[task.setvariable]`: for later steps; `output` makes it `$(<step>.<name>)` / later jobs. */
  setVariable: (name: string, value: string, options: { secret: boolean; output: boolean }) => void;
  /** Scoped to this task: how the main step tells its post-job step what to clean up. */
  setTaskVariable: (name: string, value: string) => void;
  /** One line of the log. */
  info: (text: string) => void;
  /** A warning: one line, or our own lines (an error with its hint). */
  warning: (text: string | readonly string[]) => void;
  debug: (text: string) => void;
  /** `##vso[task.uploadsummary]`: a markdown file shown on the run's Extensions tab. */
  uploadSummary: (path: string) => void;
  succeed: (message: string) => void;
  /** The task's result: one line, or our own lines (an error with its hint). */
  fail: (message: string | readonly string[]) => void;
}

/**
 * Untrusted text (claims, upstream errors) can never become a command or a line of its own: each
 * of our lines is neutralised by itself. The agent shows a warning's or a result's message line by
 * line in the log (after task-lib's %0A escaping), where its viewer reads `##[section]`-style markers.
 */
function inert(text: string | readonly string[]): string {
  return (typeof text === 'string' ? [text] : text).map(neutralise).join('\n');
}

const masked = new Set<string>();

export const taskLibAgent: Agent = {
  setSecret(value) {
    // Each line separately too: the agent masks line by line. Repeats add nothing.
    for (const part of [value, ...value.split(/\r?\n/).filter((l) => l.trim().length >= 4)]) {
      if (part === '' || masked.has(part)) continue;
      masked.add(part);
      tl.setSecret(part);
    }
  },
  setVariable(name, value, { secret, output }) {
    tl.setVariable(name, value, secret, output);
  },
  setTaskVariable(name, value) {
    tl.setTaskVariable(name, value, false);
  },
  info: (text) => process.stdout.write(`${neutralise(text)}\n`),
  warning: (text) => tl.warning(inert(text)),
  debug: (text) => tl.debug(neutralise(text)),
  uploadSummary: (path) => tl.uploadSummary(path),
  succeed: (message) => tl.setResult(tl.TaskResult.Succeeded, neutralise(message), true),
  fail: (message) => tl.setResult(tl.TaskResult.Failed, inert(message), true),
};
