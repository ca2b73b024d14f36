import type { InputGroup, InputSpec } from '../../core/inputs.js';

/**
 * The per-target actions (actions/aws/action.yml…) run the same bundle as the main action. A
 * hidden input, whose default names the target, tells the bundle which one it is; that action
 * then takes exactly its target's inputs, unprefixed (`role-arn` for `aws-role-arn`), the token
 * and general inputs under their own names, and the inputs another target shares with it
 * (`alsoFor`: Azure Databricks reads `azure-tenant-id`). scripts/action-docs.ts writes the
 * action.yml files from the same map, so what a file declares is what the bundle reads. No
 * runtime imports here (the table is passed in), so scripts/ can load this file as it is.
 */
export const TARGET_ACTION_INPUT = 'oidc-exchange-target';

export type TargetAction = Exclude<InputGroup, 'general' | 'token'>;

export const TARGET_ACTIONS: readonly TargetAction[] = ['azure', 'aws', 'databricks', 'gcp'];

/** Full input name (as the core reads it) → the name in that action's action.yml. */
export function targetActionNames(target: TargetAction, inputs: readonly InputSpec[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const input of inputs) {
    if (input.only === 'azure-devops') continue;
    if (input.group === 'general' || input.group === 'token') names.set(input.name, input.name);
    else if (input.group === target) names.set(input.name, input.name.slice(target.length + 1));
    else if (input.alsoFor?.includes(target)) names.set(input.name, input.name);
  }
  return names;
}

export function isTargetAction(name: string): name is TargetAction {
  return (TARGET_ACTIONS as readonly string[]).includes(name);
}

/** Messages name inputs as the core knows them; a per-target action's user wrote them unprefixed. */
export function withActionInputNames(text: string, names: Map<string, string> | undefined): string {
  if (!names) return text;
  // `aws-role-arn` and `databricks-mode: entra` alike.
  return text.replace(/`([a-z0-9-]+)(:[^`]*)?`/g, (whole, name: string, value: string | undefined) => {
    const own = names.get(name);
    return own === undefined ? whole : `\`${own}${value ?? ''}\``;
  });
}
