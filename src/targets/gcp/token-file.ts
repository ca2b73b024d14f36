/**
 * The variable (and file) holding the OIDC token that the Google credentials file names as its
 * `credential_source`. Its own module: the runtimes' refresh code reads the name without loading
 * the exchange.
 */
export const GCP_TOKEN_FILE = 'OIDC_EXCHANGE_GCP_TOKEN_FILE';
