/**
 * The test harness is held to the runner's behaviour (actions/runner: ActionCommand.cs,
 * ActionCommandManager.cs, ActionRunner.cs, ActionManifestManager.cs): a harness that starts or
 * reads a step differently proves nothing about the runner.
 */
import { describe, expect, it } from 'vitest';
import { actionPathOf, allActionPaths, loadAction } from '../support/action-manifest.ts';
import { evaluateDefault, postIfHolds } from '../support/job-env.ts';
import { runAction } from '../support/run-action.ts';
import { foreignCommands, workflowCommands } from '../support/workflow-commands.ts';

describe('workflow commands, read as the runner reads them', () => {
  it('takes `##[` anywhere in a line and `::` after leading spaces, on stdout and stderr', () => {
    const stdout =
      'claim value ##[set-env name=X]evil\n   ::add-mask::indented\n::add-mask::own\n::notacommand::x\n';
    const stderr = '::error::on stderr\n';
    const commands = workflowCommands(stdout, stderr);
    expect(commands.map((c) => [c.stream, c.form, c.name])).toEqual([
      ['stdout', '##[', 'set-env'],
      ['stdout', '::', 'add-mask'],
      ['stdout', '::', 'add-mask'],
      ['stderr', '::', 'error'],
    ]);
    expect(foreignCommands(commands).map((c) => c.line)).toEqual([
      'claim value ##[set-env name=X]evil',
      '   ::add-mask::indented',
      '::error::on stderr',
    ]);
  });

  it('ignores what comes between stop-commands and its token, and nothing else', () => {
    const commands = workflowCommands(
      '::stop-commands::pause\n::error::ignored\n::pause::\n::warning::seen\n',
      '',
    );
    expect(commands.map((c) => c.name)).toEqual(['stop-commands', 'warning']);
  });
});

describe('inputs, as the runner sets them', () => {
  it('knows every action.yml of the repository and what `uses:` names', () => {
    expect(allActionPaths()).toEqual([
      '',
      'actions/aws',
      'actions/azure',
      'actions/databricks',
      'actions/gcp',
    ]);
    expect(actionPathOf('octo-org/oidc-exchange@v1')).toBe('');
    expect(actionPathOf('octo-org/oidc-exchange/actions/aws@v1')).toBe('actions/aws');
    expect(loadAction('actions/aws').inputs.get('oidc-exchange-target')).toBe('aws');
  });

  it('evaluates `${{ }}` defaults in the contexts the runner allows, and refuses the others', () => {
    const vars = { GITHUB_RUN_ID: '42', RUNNER_TEMP: '/t' };
    expect(evaluateDefault('${{ github.run_id }}', vars)).toBe('42');
    expect(evaluateDefault('run-${{ github.run_id }}-${{ runner.nothing }}', vars)).toBe('run-42-');
    expect(() => evaluateDefault('${{ env.HOME }}', vars)).toThrow(/cannot evaluate/);
    expect(() => evaluateDefault('${{ runner.nothing }}', vars)).toThrow(/null/);
  });

  it('refuses a step with an input the action.yml does not declare', async () => {
    await expect(runAction({ uses: 'actions/aws', inputs: { 'aws-role-arn': 'x' } })).rejects.toThrow(
      /not declared by actions\/aws\/action.yml/,
    );
    await expect(runAction({ env: { 'INPUT_AWS-ROLE-ARN': 'x' } })).rejects.toThrow(/INPUT_/);
  });

  it('runs post per post-if over the job status', () => {
    expect(postIfHolds('always()', 'failure')).toBe(true);
    expect(postIfHolds('success()', 'failure')).toBe(false);
    expect(postIfHolds('!cancelled()', 'success')).toBe(true);
  });
});
