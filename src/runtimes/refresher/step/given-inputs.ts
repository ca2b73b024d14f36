import { INPUTS, type InputReader } from '../../../core/inputs.js';

/**
 * Every input that was given, by its full name: the same reader the plan was made from, so a
 * per-target action's unprefixed inputs come out under their full names.
 */
export function givenInputs(read: InputReader, keep: (group: string) => boolean = () => true) {
  const inputs: Record<string, string> = {};
  for (const spec of INPUTS) {
    const value = read(spec.name);
    if (value.trim() !== '' && keep(spec.group)) inputs[spec.name] = value;
  }
  return inputs;
}
