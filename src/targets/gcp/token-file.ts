/**
 * The variable (and file) holding the OIDC token that the Google credentials file names as its
 * `credential_source`. Its own module: the runtimes' refresh code reads the name without loading
 * the exchange.
 */
export const GCP_TOKEN_FILE = 'OIDC_EXCHANGE_GCP_TOKEN_FILE';

/**
 * The variable (and file) holding the Google ID token of `gcp-id-token-audience`: with `refresh`
 * the refresher rewrites it before it expires, so `curl -H "Authorization: Bearer $(cat …)"` works
 * all job long (docs/gcp.md).
 */
export const GCP_ID_TOKEN_FILE = 'GCP_ID_TOKEN_FILE';
