/**
 * The version of oidc-exchange, the same in the action, the task and the command line: package.json's
 * `version`, written here by the build (scripts/build.ts) and checked against it by a test.
 */
export const VERSION = '1.0.0';
