export const id = 213;
export const ids = [213];
export const modules = {

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exchange: () => (/* binding */ exchange)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http.ts + 2 modules
var http = __webpack_require__(4083);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/http-json.ts
var http_json = __webpack_require__(310);
// EXTERNAL MODULE: ./src/targets/databricks/errors.ts
var databricks_errors = __webpack_require__(1882);
;// CONCATENATED MODULE: ./src/targets/databricks/current-user.ts





/**
 * One authenticated call with the new token: the SCIM "Me" endpoint of the workspace (or the
 * account). A token the workspace will not honour (the service principal is not in it, or lacks
 * the entitlement) fails here with the reason, instead of in a later step.
 */
async function checkCurrentUser(settings, ctx, token, extraHeaders = {}) {
    const url = settings.isAccountHost
        ? `${settings.host}/api/2.0/accounts/${settings.accountId ?? ''}/scim/v2/Me`
        : `${settings.host}/api/2.0/preview/scim/v2/Me`;
    const purpose = `Databricks' current-user endpoint (${url})`;
    const res = await (0,retry/* withRetries */.LH)(async () => {
        const answer = await ctx.http.request({
            url,
            headers: { ...extraHeaders, authorization: `Bearer ${token}`, accept: 'application/json' },
            purpose,
        });
        if (answer.status >= 500 || answer.status === 429)
            throw (0,http_json/* statusError */.$)(answer, purpose);
        return answer;
    });
    if (res.status !== 200) {
        const detail = (0,databricks_errors/* describeDatabricksError */.eW)(res.body);
        throw new errors/* OidcExchangeError */.tS('DATABRICKS_CHECK_FAILED', `Databricks issued a token, but ${purpose} refused it: HTTP ${res.status}${detail ? ` ${detail}` : ''}.`, {
            hint: settings.clientId
                ? `Add the service principal ${settings.clientId} to the workspace (with workspace access), or check its entitlements.`
                : 'The identity the account-wide policy mapped the token to must be a user or service principal of this workspace.',
        });
    }
    const me = (0,http/* parseJsonBody */.Y2)(res, purpose);
    const name = [me.displayName, me.applicationId ?? me.userName].filter((v) => typeof v === 'string' && v !== '');
    return name.join(' / ') || 'unknown';
}

;// CONCATENATED MODULE: ./src/targets/databricks/exchange.ts





/**
 * Databricks: a token by federation (RFC 8693 exchange at the workspace or account, docs/protocols.md
 * §4.2: the CI token as `subject_token`, `scope=all-apis`, `client_id` only for a service-principal
 * policy; plain HTTP, no SDK needed for one POST) or, in entra mode, from Entra ID (§4.6). Then one
 * cheap authenticated call (the current user) so a token the workspace will not honour fails here,
 * in this step, not in a later job.
 */
async function exchange(settings, ctx) {
    const minted = settings.entra
        ? await (await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 2461))).mintViaEntra(settings.entra, ctx)
        : { ...(await federate(settings, ctx)), checkHeaders: {} };
    const identity = await checkCurrentUser(settings, ctx, minted.token, minted.checkHeaders);
    return {
        target: 'databricks',
        exports: [
            ...laterStepExports(settings, ctx.tokens.audience, minted.token),
            { name: 'databricks-token', value: minted.token, secret: true, kind: 'output' },
        ],
        expiresAt: minted.expiresAt,
        summary: [
            ['Databricks host', settings.host],
            ['Databricks identity', identity],
            [
                'Trust',
                settings.entra
                    ? `Entra ID (tenant ${settings.entra.app.tenantId})`
                    : settings.clientId
                        ? `federation policy of service principal ${settings.clientId}`
                        : 'account-wide federation policy',
            ],
            ['Later steps use', settings.auth === 'oidc' ? 'the CLI/SDKs’ own OIDC' : 'DATABRICKS_TOKEN'],
        ],
    };
}
async function federate(settings, ctx) {
    const purpose = `the Databricks token endpoint (${settings.tokenEndpoint})`;
    return (0,retry/* withRetries */.LH)(async (attempt) => {
        const subjectToken = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
        const form = new URLSearchParams({
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            subject_token: subjectToken,
            subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
            scope: 'all-apis',
        });
        if (settings.clientId)
            form.set('client_id', settings.clientId);
        const res = await ctx.http.request({
            url: settings.tokenEndpoint,
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            purpose,
        });
        if (res.status !== 200)
            throw (0,databricks_errors/* exchangeRefused */.yi)(res, settings, ctx.tokens);
        const body = (0,http/* parseJsonBody */.Y2)(res, purpose);
        if (typeof body.access_token !== 'string' || body.access_token === '') {
            throw new errors/* OidcExchangeError */.tS('DATABRICKS_EXCHANGE_FAILED', `${purpose} answered without an access_token.`);
        }
        ctx.registerSecret(body.access_token);
        const lifetime = Number(body.expires_in);
        return {
            token: body.access_token,
            expiresAt: new Date(ctx.now().getTime() + (lifetime > 0 ? lifetime : 3600) * 1000),
        };
    });
}
function laterStepExports(settings, audience, token) {
    const env = (name, value, secret = false) => ({ name, value, secret, kind: 'env' });
    const common = [
        env('DATABRICKS_HOST', settings.host),
        ...(settings.accountId ? [env('DATABRICKS_ACCOUNT_ID', settings.accountId)] : []),
    ];
    // An explicit auth type: the SDKs refuse to choose when they also see Azure variables (ARM_*,
    // AZURE_*) from this same step ("more than one authorization method configured").
    if (settings.auth === 'token')
        return [...common, env('DATABRICKS_AUTH_TYPE', 'pat'), env('DATABRICKS_TOKEN', token, true)];
    // The CLI and SDKs mint their own CI tokens for as long as the job runs (docs/protocols.md §4.5).
    return [
        ...common,
        env('DATABRICKS_AUTH_TYPE', settings.ci === 'azure-devops' ? 'azure-devops-oidc' : 'github-oidc'),
        env('DATABRICKS_CLIENT_ID', settings.clientId ?? ''),
        env('DATABRICKS_TOKEN_AUDIENCE', audience),
    ];
}


/***/ })

};
