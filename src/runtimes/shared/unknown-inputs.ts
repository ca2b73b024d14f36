import { closestNames, didYouMean } from '../../core/did-you-mean.js';
import { asOidcExchangeError, OidcExchangeError, OidcExchangeErrors } from '../../core/errors.js';
import type { Plan } from '../../core/plan.js';

/**
 * Inputs the runner passed that the action or task does not declare. The GitHub runner and the
 * Azure DevOps agent both set `INPUT_<NAME>` for every input a step writes, declared or not (the
 * agent merges the step's inputs over task.json's, docs/protocols.md §6.7), so a misspelt
 * `aws-role-arm` arrives as INPUT_AWS-ROLE-ARM while `aws-role-arn` reads as empty. One close to a
 * declared name is a mistake to fix before anything runs (it may be a check the user believes is
 * applied, such as a `subject`); any other is reported to the caller to warn about.
 */
export interface InputNames {
  /** Each declared input as the user writes it → the name the core knows it by. */
  declared: ReadonlyMap<string, string>;
  /** A declared name → its environment variable's name, after `INPUT_` (the runner's transformation). */
  envName: (name: string) => string;
}

export interface UnknownInputs {
  /** Close to a declared input: errors, each with the name the user probably meant. */
  typos: Array<{ written: string; meant: string[]; coreNames: string[] }>;
  /** Like nothing declared. */
  others: string[];
}

export function unknownInputs(env: NodeJS.ProcessEnv, names: InputNames): UnknownInputs {
  const known = new Set([...names.declared.keys()].map((n) => names.envName(n)));
  const result: UnknownInputs = { typos: [], others: [] };
  for (const key of Object.keys(env).sort()) {
    if (!key.startsWith('INPUT_') || (env[key] ?? '').trim() === '') continue;
    const envName = key.slice('INPUT_'.length);
    if (known.has(envName.toUpperCase())) continue;
    // Both runners upper-case the name; the user most likely wrote it in lower case (or camelCase).
    const written = envName.toLowerCase().replace(/_/g, ' ');
    const meant = closestNames(written, names.declared.keys());
    if (meant.length === 0) result.others.push(written);
    else result.typos.push({ written, meant, coreNames: meant.map((m) => names.declared.get(m) ?? m) });
  }
  return result;
}

/**
 * Parses the plan, reporting each misspelt input first, with what was meant; the plan's own
 * complaint that the meant input is empty (or that no target was given) is then left out, since
 * it is the same mistake.
 */
export function planWithoutTypos(parse: () => Plan, typos: UnknownInputs['typos']): Plan {
  if (typos.length === 0) return parse();
  const errors = typos.map(
    (t) =>
      new OidcExchangeError('INPUT_INVALID', `Input \`${t.written}\` is not an input of this step.`, {
        hint: `Correct its name${didYouMean(t.written, t.meant)}; every input is listed in docs/inputs.md.`,
      }),
  );
  try {
    parse();
  } catch (thrown) {
    const found = thrown instanceof OidcExchangeErrors ? thrown.errors : [thrown];
    const sameMistake = (e: OidcExchangeError) =>
      e.message.startsWith('No target was given') ||
      typos.some((t) => t.coreNames.some((n) => e.message.startsWith(`Input \`${n}\` is required`)));
    for (const e of found.map(asOidcExchangeError)) if (!sameMistake(e)) errors.push(e);
  }
  throw new OidcExchangeErrors(errors);
}
