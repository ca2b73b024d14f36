/**
 * The task variable by which the main step tells its post-job step which refresher to stop:
 * `port:nonce:pid`, nothing secret (the nonce can only stop that refresher). A file of its own so
 * that the post-job bundle stays small.
 */
export const REFRESHER_TASK_VARIABLE = 'OIDC_EXCHANGE_REFRESHER';

/**
 * The task variable by which the main step tells its post-job step which variables it set, so that
 * post-job steps of other tasks do not inherit credentials or a path into the removed folder:
 * `NAME:secret` entries, comma-separated (names only, nothing secret).
 */
export const VARIABLES_TASK_VARIABLE = 'OIDC_EXCHANGE_VARIABLES';
