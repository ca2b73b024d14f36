export const id = 867;
export const ids = [867,86];
export const modules = {

/***/ 6024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ generateIdTokenUrl),
/* harmony export */   EK: () => (/* binding */ generateAccessTokenUrl),
/* harmony export */   F$: () => (/* binding */ externalAccountFile),
/* harmony export */   t: () => (/* binding */ stsTokenUrl)
/* harmony export */ });
/* harmony import */ var _chain_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4166);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2350);


const DEFAULT_IAM_CREDENTIALS = 'https://iamcredentials.googleapis.com';
/**
 * The credentials file for later steps (GOOGLE_APPLICATION_CREDENTIALS): the Google SDKs and
 * gcloud read the OIDC token from `tokenFile` and do the same STS exchange (and impersonation)
 * themselves whenever they need a token. They re-read the file each time, so the refresher keeping
 * it fresh keeps them working for the whole job. Nothing secret is in it.
 *
 * An `external_account` file has no field for a delegation chain (its impersonation request sends
 * only scope and lifetime: docs/protocols.md §7.5). With `gcp-delegates` the file is therefore an
 * `impersonated_service_account` whose `source_credentials` is that same `external_account`
 * without impersonation: the federated identity itself calls generateAccessToken with `delegates`,
 * exactly as this step does (google-auth-library reads it; docs/gcp.md says which tools do not).
 */
function externalAccountFile(settings, tokenFile) {
    const file = settings.delegates.length > 0 ? delegatedFile(settings, tokenFile) : federated(settings, tokenFile, true);
    return `${JSON.stringify(file, null, 2)}\n`;
}
function federated(settings, tokenFile, impersonate) {
    const impersonation = impersonate && settings.serviceAccount
        ? {
            service_account_impersonation_url: generateAccessTokenUrl(settings),
            service_account_impersonation: { token_lifetime_seconds: settings.lifetimeSeconds },
        }
        : {};
    return {
        type: 'external_account',
        audience: `//${_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .GOOGLE_IAM_HOST */ .JN}/${settings.provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: stsTokenUrl(settings),
        credential_source: { file: tokenFile, format: { type: 'text' } },
        ...impersonation,
        universe_domain: 'googleapis.com',
    };
}
function delegatedFile(settings, tokenFile) {
    return {
        type: 'impersonated_service_account',
        service_account_impersonation_url: generateAccessTokenUrl(settings),
        delegates: settings.delegates.map(_chain_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .delegateResource */ .kY),
        scopes: settings.scopes,
        lifetime: settings.lifetimeSeconds,
        // google-auth-library calls the IAM Credentials API at `endpoint` (default: Google's), not at
        // the URL above, which only names the account: a Private Service Connect endpoint goes here too.
        ...(settings.iamCredentialsEndpoint === DEFAULT_IAM_CREDENTIALS
            ? {}
            : { endpoint: settings.iamCredentialsEndpoint }),
        source_credentials: federated(settings, tokenFile, false),
    };
}
function stsTokenUrl(settings) {
    return `${settings.stsEndpoint}/v1/token`;
}
function generateAccessTokenUrl(settings) {
    return serviceAccountUrl(settings, 'generateAccessToken');
}
function generateIdTokenUrl(settings) {
    return serviceAccountUrl(settings, 'generateIdToken');
}
function serviceAccountUrl(settings, method) {
    return `${settings.iamCredentialsEndpoint}/v1/projects/-/serviceAccounts/${settings.serviceAccount ?? ''}:${method}`;
}


/***/ }),

/***/ 1867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exchange: () => (/* binding */ exchange),
  mintIdToken: () => (/* reexport */ id_token.mintIdToken)
});

// EXTERNAL MODULE: ./src/core/credential-file-path.ts
var credential_file_path = __webpack_require__(3725);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __webpack_require__(8453);
// EXTERNAL MODULE: ./src/targets/gcp/chain-inputs.ts
var chain_inputs = __webpack_require__(4166);
// EXTERNAL MODULE: ./src/targets/gcp/credentials-file.ts
var credentials_file = __webpack_require__(6024);
// EXTERNAL MODULE: ./src/targets/gcp/federate.ts
var federate = __webpack_require__(5967);
// EXTERNAL MODULE: ./src/targets/gcp/iam-credentials.ts
var iam_credentials = __webpack_require__(749);
// EXTERNAL MODULE: ./src/targets/gcp/id-token.ts
var id_token = __webpack_require__(2086);
;// CONCATENATED MODULE: ./src/targets/gcp/token-file.ts
/**
 * The variable (and file) holding the OIDC token that the Google credentials file names as its
 * `credential_source`. Its own module: the runtimes' refresh code reads the name without loading
 * the exchange.
 */
const GCP_TOKEN_FILE = 'OIDC_EXCHANGE_GCP_TOKEN_FILE';
/**
 * The variable (and file) holding the Google ID token of `gcp-id-token-audience`: with `refresh`
 * the refresher rewrites it before it expires, so `curl -H "Authorization: Bearer $(cat …)"` works
 * all job long (docs/gcp.md).
 */
const GCP_ID_TOKEN_FILE = 'GCP_ID_TOKEN_FILE';

;// CONCATENATED MODULE: ./src/targets/gcp/exchange.ts











const CREDENTIALS = 'GOOGLE_APPLICATION_CREDENTIALS';
const PROJECT_VARIABLES = [
    'GOOGLE_CLOUD_PROJECT',
    'CLOUDSDK_CORE_PROJECT',
    'CLOUDSDK_PROJECT',
    'GCLOUD_PROJECT',
    'GCP_PROJECT',
];
/**
 * Google Cloud: Google STS's token exchange (RFC 8693) for a federated token and, with a service
 * account, the IAM Credentials API's generateAccessToken (through `gcp-delegates` when given) and,
 * with `gcp-id-token-audience`, generateIdToken; plain requests over our own client, no SDK.
 * Doing them here, not only in a later step, proves the trust in this step and gives
 * `gcp-access-token`; later steps get the credentials file that repeats them on demand.
 */
async function exchange(settings, ctx) {
    const federated = await (0,federate/* federate */.X)(settings, ctx);
    if (settings.idTokenAudience && (0,chain_inputs/* unusualAudience */.K1)(settings.idTokenAudience)) {
        ctx.log.warning(`gcp-id-token-audience ${(0,input_parsers/* shown */.SP)((0,neutralise/* neutralise */.$)(settings.idTokenAudience))} is neither a URL nor an OAuth client id: Cloud Run and Cloud Functions accept only the service's URL (https://…run.app) unless a custom audience is set on the service, and IAP its OAuth client id (….apps.googleusercontent.com). Google signs any audience; the receiver refuses the token with 401.`);
    }
    const [access, idToken] = await Promise.all([
        settings.serviceAccount ? impersonate(settings, ctx, federated.token) : federated,
        settings.idTokenAudience ? (0,id_token/* generateIdToken */.W)(settings, ctx, federated.token) : undefined,
    ]);
    const credentialsPath = (0,credential_file_path/* credentialFilePath */.n)(ctx.tempDir, CREDENTIALS);
    const env = (name, value) => ({ name, value, secret: false, kind: 'env' });
    const output = (name, value, secret = false) => ({
        name,
        value,
        secret,
        kind: 'output',
    });
    const idTokenExports = idToken
        ? [
            output('gcp-id-token', idToken.token, true),
            { name: GCP_ID_TOKEN_FILE, value: idToken.token, secret: true, kind: 'file' },
        ]
        : [];
    return {
        target: 'gcp',
        expiresAt: access.expiresAt,
        exports: [
            { name: GCP_TOKEN_FILE, value: await ctx.tokens.current(), secret: true, kind: 'file' },
            {
                name: CREDENTIALS,
                value: (0,credentials_file/* externalAccountFile */.F$)(settings, (0,credential_file_path/* credentialFilePath */.n)(ctx.tempDir, GCP_TOKEN_FILE)),
                secret: false,
                kind: 'file',
            },
            // gcloud reads its own variable; other google-github-actions read GOOGLE_GHA_CREDS_PATH.
            env('CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', credentialsPath),
            env('GOOGLE_GHA_CREDS_PATH', credentialsPath),
            ...(settings.projectId ? PROJECT_VARIABLES.map((name) => env(name, settings.projectId ?? '')) : []),
            output('gcp-access-token', access.token, true),
            output('gcp-expiration', access.expiresAt.toISOString()),
            output('gcp-credentials-file', credentialsPath),
            ...idTokenExports,
        ],
        summary: [
            ['Google provider', settings.provider],
            ['Service account', settings.serviceAccount ?? '(none: the federated identity itself)'],
            ...(settings.delegates.length > 0
                ? [
                    ['Delegation chain', [...settings.delegates, settings.serviceAccount].join(' → ')],
                ]
                : []),
            ['Project', settings.projectId ?? '(not set)'],
            ['Scopes', settings.scopes.join(', ')],
            ...(settings.idTokenAudience
                ? [['ID token audience', settings.idTokenAudience]]
                : []),
        ],
    };
}
async function impersonate(settings, ctx, federated) {
    const { body, purpose } = await (0,iam_credentials/* callIamCredentials */.M)(settings, ctx, federated, {
        method: 'generateAccessToken',
        url: (0,credentials_file/* generateAccessTokenUrl */.EK)(settings),
        body: { scope: settings.scopes, lifetime: `${settings.lifetimeSeconds}s` },
    });
    const token = (0,federate/* received */.e)(body['accessToken'], purpose, 'accessToken', ctx);
    const expireTime = body['expireTime'];
    const expiresAt = new Date(typeof expireTime === 'string' ? expireTime : NaN);
    if (Number.isNaN(expiresAt.getTime())) {
        throw new errors/* OidcExchangeError */.tS('GCP_EXCHANGE_FAILED', `${purpose} answered without a valid expireTime.`);
    }
    return { token, expiresAt };
}


/***/ }),

/***/ 5967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ federate),
/* harmony export */   e: () => (/* binding */ received)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4759);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7253);
/* harmony import */ var _credentials_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6024);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2350);
/* harmony import */ var _google_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4014);






const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
/**
 * Google STS's token exchange (RFC 8693, docs/protocols.md §7.1): the CI token for a federated
 * access token. A retry after a refusal of the token mints a new one first.
 */
async function federate(settings, ctx) {
    const url = (0,_credentials_file_js__WEBPACK_IMPORTED_MODULE_3__/* .stsTokenUrl */ .t)(settings);
    const purpose = `Google STS (${url})`;
    return (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async (attempt) => {
        const subjectToken = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
        const form = new URLSearchParams({
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            audience: `//${_definition_js__WEBPACK_IMPORTED_MODULE_4__/* .GOOGLE_IAM_HOST */ .JN}/${settings.provider}`,
            // Impersonation needs cloud-platform on the federated token; the account's token gets the scopes.
            scope: settings.serviceAccount ? CLOUD_PLATFORM : settings.scopes.join(' '),
            requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
            subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
            subject_token: subjectToken,
        });
        const res = await ctx.http.request({
            url,
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            purpose,
            timeoutMs: ctx.timeoutMs,
        });
        if (res.status !== 200)
            throw (0,_google_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .stsRefused */ .L)(res, settings, ctx.tokens);
        const body = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBody */ .Y2)(res, purpose);
        const token = received(body.access_token, purpose, 'access_token', ctx);
        const lifetime = Number(body.expires_in);
        return { token, expiresAt: new Date(ctx.now().getTime() + (lifetime > 0 ? lifetime : 3600) * 1000) };
    });
}
/** A token is masked the moment it arrives, before anything else can print it. */
function received(value, purpose, field, ctx) {
    if (typeof value !== 'string' || value === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_EXCHANGE_FAILED', `${purpose} answered without ${field}.`);
    }
    ctx.registerSecret(value);
    return value;
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ impersonationRefused),
/* harmony export */   L: () => (/* binding */ stsRefused)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9821);



/**
 * Google's refusals → one error each, with the fix (docs/gcp.md, troubleshooting). STS answers
 * OAuth's `{"error", "error_description"}`; the IAM Credentials API answers
 * `{"error": {"code", "message", "status"}}`. Neither says more than the description, so every
 * message names what was presented, and the hints print the trust that accepts exactly this token.
 * Only 5xx and 429 are retried, never a refusal.
 */
function stsRefused(res, settings, presented) {
    const { code, text } = readOAuthError(res.body);
    const what = `Google STS refused the token exchange for ${settings.provider} (HTTP ${res.status}${code ? `: ${code}` : ''}${text ? `: ${text}` : ''}).` +
        ` Presented: issuer '${presented.issuer}', subject '${presented.subject}', audience '${presented.audience}'.`;
    if (res.status >= 500 || res.status === 429)
        return transient('GCP_EXCHANGE_FAILED', what, res);
    const provider = `A provider that accepts exactly this token: ${(0,_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .providerCommand */ .Hn)(settings, presented)}`;
    if (code === 'invalid_target') {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_PROVIDER_NOT_FOUND', what, {
            hint: `Check \`gcp-workload-identity-provider\` (the project number, pool and provider, and that neither is disabled or deleted). ${provider}`,
        });
    }
    if (code === 'unauthorized_client' && /attribute condition/i.test(text)) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_CONDITION_REFUSED', what, {
            hint: `The provider's attribute condition does not accept these claims; compare it with the token's claims (\`dry-run: true\` prints them). ${provider}`,
        });
    }
    if (/127 bytes/.test(text)) {
        // Entra-issued Azure DevOps subjects (`/eid1/c/pub/t/…/sc/<org id>/<connection id>`) are longer.
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_TRUST_MISMATCH', what, {
            hint: "Google limits google.subject to 127 bytes: map it from a shorter claim, or a part of `sub`, in the provider's --attribute-mapping, and bind IAM to that value.",
        });
    }
    if (code === 'invalid_grant' || code === 'unauthorized_client') {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_TRUST_MISMATCH', what, { hint: provider });
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_EXCHANGE_FAILED', what);
}
function impersonationRefused(res, settings, presented, method) {
    const { code, text } = readApiError(res.body);
    const chain = settings.delegates.length > 0 ? ` through ${settings.delegates.join(' → ')}` : '';
    const what = `The IAM Credentials API refused ${method} for ${settings.serviceAccount ?? ''}${chain} (HTTP ${res.status}${code ? `: ${code}` : ''}${text ? `: ${text}` : ''}).` +
        ` Federated subject: '${presented.subject}'.`;
    if (res.status >= 500 || res.status === 429)
        return transient('GCP_EXCHANGE_FAILED', what, res);
    if (res.status === 403 || code === 'PERMISSION_DENIED') {
        // Google does not say which link of a chain is missing: every binding the chain needs is printed.
        const bindings = (0,_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .chainBindingCommands */ .HZ)(settings, presented.subject).join(' && ');
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_PERMISSION_DENIED', what, {
            hint: settings.delegates.length > 0
                ? `Each link of the chain needs its binding (and every account must exist): the federated principal roles/iam.serviceAccountTokenCreator on the first delegate, each delegate on the next, the last on the service account: ${bindings}`
                : `The federated principal needs roles/iam.workloadIdentityUser on the service account (and the account must exist): ${bindings}`,
        });
    }
    const lifetime = res.status === 400 && /lifetime/i.test(text);
    const audience = res.status === 400 && method === 'generateIdToken' && /audience/i.test(text);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_EXCHANGE_FAILED', what, {
        hint: lifetime
            ? 'Lower `gcp-token-lifetime-seconds` to 3600, or allow longer lifetimes with the organisation policy constraints/iam.allowServiceAccountCredentialLifetimeExtension.'
            : audience
                ? '`gcp-id-token-audience` must name the receiver: a Cloud Run or Cloud Functions service by its URL (https://…run.app), IAP by its OAuth client id.'
                : undefined,
    });
}
function transient(code, message, res) {
    const error = new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS(code, message, { retryable: true });
    const retryAfter = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(res.headers['retry-after']);
    return retryAfter === undefined ? error : new _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryAfter */ .Bs(error, retryAfter);
}
function readOAuthError(body) {
    const parsed = parse(body);
    return {
        code: typeof parsed['error'] === 'string' ? parsed['error'] : '',
        text: typeof parsed['error_description'] === 'string' ? bounded(parsed['error_description']) : '',
    };
}
function readApiError(body) {
    const error = parse(body)['error'];
    const fields = typeof error === 'object' && error !== null ? error : {};
    return {
        code: typeof fields['status'] === 'string' ? fields['status'] : '',
        text: typeof fields['message'] === 'string' ? bounded(fields['message']) : '',
    };
}
function parse(body) {
    try {
        const parsed = JSON.parse(body);
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        return {};
    }
}
/** Google's descriptions are the service's own words; a bounded single line is enough. */
function bounded(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}


/***/ }),

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ callIamCredentials)
/* harmony export */ });
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4759);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _chain_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4166);
/* harmony import */ var _google_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4014);




/**
 * One call of Google's IAM Credentials API on the service account (`generateAccessToken`,
 * `generateIdToken`; docs/protocols.md §7): the federated token as the caller, the delegation
 * chain when there is one, retried where the error is transient, a refusal turned into the hint
 * that names the missing binding. Returns the parsed JSON answer.
 */
async function callIamCredentials(settings, ctx, federated, call) {
    const purpose = `the IAM Credentials API (${settings.iamCredentialsEndpoint})`;
    return (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetries */ .LH)(async () => {
        const res = await ctx.http.request({
            url: call.url,
            method: 'POST',
            headers: {
                authorization: `Bearer ${federated}`,
                'content-type': 'application/json',
                accept: 'application/json',
            },
            body: JSON.stringify({
                ...call.body,
                ...(settings.delegates.length > 0 ? { delegates: settings.delegates.map(_chain_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .delegateResource */ .kY) } : {}),
            }),
            purpose,
            timeoutMs: ctx.timeoutMs,
        });
        if (res.status !== 200)
            throw (0,_google_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .impersonationRefused */ .B)(res, settings, ctx.tokens, call.method);
        return { body: (0,_core_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonBody */ .Y2)(res, purpose), purpose };
    });
}


/***/ }),

/***/ 2086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ generateIdToken),
/* harmony export */   mintIdToken: () => (/* binding */ mintIdToken)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_jwt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3622);
/* harmony import */ var _credentials_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6024);
/* harmony import */ var _federate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5967);
/* harmony import */ var _iam_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(749);





/**
 * A Google-signed ID token of the service account for `gcp-id-token-audience` (IAM Credentials
 * `generateIdToken`, docs/protocols.md §7.4), asked for with the federated token as the caller, the
 * delegation chain and `includeEmail`. Google signs any audience; its receivers (Cloud Run, IAP)
 * are the ones that refuse a wrong one.
 */
async function generateIdToken(settings, ctx, federated) {
    const { body, purpose } = await (0,_iam_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .callIamCredentials */ .M)(settings, ctx, federated, {
        method: 'generateIdToken',
        url: (0,_credentials_file_js__WEBPACK_IMPORTED_MODULE_2__/* .generateIdTokenUrl */ .DF)(settings),
        body: { audience: settings.idTokenAudience, includeEmail: settings.idTokenIncludeEmail },
    });
    const token = (0,_federate_js__WEBPACK_IMPORTED_MODULE_3__/* .received */ .e)(body['token'], purpose, 'token', ctx);
    let payload;
    try {
        payload = (0,_core_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwt */ .i)(token, purpose).payload;
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('GCP_EXCHANGE_FAILED', `${purpose} answered with a token that is not a JWT.`);
    }
    return { token, iat: Number(payload['iat'] ?? 0), exp: Number(payload['exp'] ?? 0) };
}
/** A new ID token from a new CI token: what the refresher calls to keep the ID token file fresh. */
async function mintIdToken(settings, ctx) {
    const federated = await (0,_federate_js__WEBPACK_IMPORTED_MODULE_3__/* .federate */ .X)(settings, ctx);
    return generateIdToken(settings, ctx, federated.token);
}


/***/ })

};
