/**
 * The hidden input by which a per-target action (actions/aws/action.yml…) tells the shared bundle
 * that its inputs are unprefixed. Its own file, with no imports, so scripts/ can read it too.
 */
export const TARGET_ACTION_INPUT = 'oidc-exchange-target';
