import { OidcExchangeError } from '../core/errors.js';
import type { HttpClient } from '../core/http.js';
import { withRetries } from '../core/retry.js';
import type { TokenSource } from '../core/token-supply.js';
import { answerError, readOidcToken } from './azure-devops-answer.js';
import { pipelineTokenInsteadOfConnection } from './azure-devops-subject.js';

/**
 * The Azure Pipelines job's ID token (docs/protocols.md §6.1–6.3): POST
 * `${System.OidcRequestUri}?api-version=7.1&serviceConnectionId=<id>` with the job access token
 * (the SystemVssConnection endpoint's, so classic pipelines work too) as Bearer, and
 * `X-TFS-FedAuthRedirect: Suppress` so a refused token gets an error status rather than the
 * sign-in page; the answer is `{"oidcToken": "<jwt>"}`. A fresh token on every call: they live
 * 5–10 minutes and tools that replay one hit AADSTS700024.
 *
 * Azure DevOps chooses the audience itself (`api://AzureADTokenExchange`, or the GUID of the AAD
 * token exchange app for Entra-issued tokens), so the `audience` asked for is ignored here; the
 * claim check accepts both forms.
 */
export interface AzureDevOpsSourceOptions {
  /** System.OidcRequestUri (SYSTEM_OIDCREQUESTURI): the job's oidctoken URL, without a query. */
  requestUri: string | undefined;
  /** The job access token (SystemVssConnection's AccessToken, or System.AccessToken). */
  accessToken: string | undefined;
  /** The service connection's id (a GUID); without one Azure DevOps issues the pipeline token (`p://…`). */
  serviceConnectionId?: string | undefined;
  http: HttpClient;
}

/** Microsoft's SDKs and release-note samples use 7.1 (docs/protocols.md §6.1). */
export const OIDCTOKEN_API_VERSION = '7.1';

const ORIGIN = 'the Azure DevOps oidctoken endpoint';

export function azureDevOpsSource(options: AzureDevOpsSourceOptions): TokenSource {
  const { requestUri, accessToken, serviceConnectionId, http } = options;
  if (!requestUri || !accessToken) throw unavailable(!requestUri);
  const url = requestUrl(requestUri, serviceConnectionId);
  return {
    origin: ORIGIN,
    getToken: () =>
      withRetries(async () => {
        const res = await http.request({
          url,
          method: 'POST',
          headers: {
            authorization: `Bearer ${accessToken}`,
            accept: 'application/json',
            'content-type': 'application/json',
            // Without it a refused access token is answered with a 302/203 sign-in page (docs/protocols.md §6.1).
            'x-tfs-fedauthredirect': 'Suppress',
          },
          body: '{}',
          purpose: ORIGIN,
        });
        if (res.status !== 200) throw answerError(res, ORIGIN, serviceConnectionId);
        const token = readOidcToken(res, ORIGIN);
        if (serviceConnectionId) {
          const fallback = pipelineTokenInsteadOfConnection(token, serviceConnectionId, ORIGIN);
          if (fallback) throw fallback;
        }
        return token;
      }),
  };
}

/** The request URL: the variable's value as given, plus our query (it has none of its own). */
export function requestUrl(requestUri: string, serviceConnectionId: string | undefined): string {
  const separator = requestUri.includes('?') ? '&' : '?';
  const connection = serviceConnectionId
    ? `&serviceConnectionId=${encodeURIComponent(serviceConnectionId)}`
    : '';
  return `${requestUri}${separator}api-version=${OIDCTOKEN_API_VERSION}${connection}`;
}

function unavailable(noUri: boolean): OidcExchangeError {
  return new OidcExchangeError(
    'TOKEN_REQUEST_UNAVAILABLE',
    noUri
      ? 'This job cannot request an OIDC token: System.OidcRequestUri (SYSTEM_OIDCREQUESTURI) is not set.'
      : 'This job cannot request an OIDC token: it has no access token (the SystemVssConnection endpoint and System.AccessToken are both empty).',
    {
      hint: noUri
        ? 'Azure DevOps Services sets System.OidcRequestUri for every job since June 2024 (sprint 240); an older Azure DevOps Server or agent does not.'
        : 'In a classic pipeline, tick "Allow scripts to access the OAuth token" on the agent job; in YAML, check that the job access token is not disabled.',
    },
  );
}
