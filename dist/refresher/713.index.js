export const id = 713;
export const ids = [713];
export const modules = {

/***/ 9493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createEntraTokenGetter)
});

// UNUSED EXPORTS: tokenEndpoint

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/http.ts + 3 modules
var http = __webpack_require__(4759);
// EXTERNAL MODULE: ./src/core/http-json.ts
var http_json = __webpack_require__(310);
// EXTERNAL MODULE: ./src/clouds/entra/entra-errors.ts
var entra_errors = __webpack_require__(4089);
;// CONCATENATED MODULE: ./src/clouds/entra/exchange-errors.ts





/**
 * Entra's answer to the token request → an access token, or one OidcExchangeError (docs/protocols.md
 * §2.2): its JSON error body carries the AADSTS code that entraError() maps to a fix; a body that
 * is not Entra's (a proxy's page) is judged by its HTTP status alone. A transient refusal keeps
 * the server's Retry-After.
 */
function tokenFromAnswer(res, presented, sentAtMs, registerSecret) {
    const purpose = `Entra ID's token endpoint for tenant ${presented.tenantId}`;
    if (res.status !== 200) {
        const description = errorDescription(res);
        if (description === undefined)
            throw (0,http_json/* statusError */.$)(res, purpose);
        const error = (0,entra_errors/* entraError */.n)(description, presented, res.status);
        const retryAfter = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after']);
        throw error.retryable && retryAfter !== undefined ? new retry/* RetryAfter */.Bs(error, retryAfter) : error;
    }
    const body = (0,http/* parseJsonBody */.Y2)(res, purpose);
    const token = typeof body.access_token === 'string' ? body.access_token : '';
    if (token)
        registerSecret(token);
    // expires_in is a number in Entra's answers; a string form is accepted as MSAL does.
    const expiresIn = Number(body.expires_in);
    if (!token || !Number.isFinite(expiresIn) || expiresIn <= 0) {
        throw new errors/* OidcExchangeError */.tS('AZURE_EXCHANGE_FAILED', `${purpose} answered without an access token and its lifetime (scope ${presented.scope}).`);
    }
    // Counted from when the request was sent, so the expiry is never later than Entra's.
    return { token, expiresOnTimestamp: sentAtMs + expiresIn * 1000 };
}
function errorDescription(res) {
    try {
        const body = JSON.parse(res.body);
        if (typeof body.error_description === 'string')
            return body.error_description;
        return typeof body.error === 'string' ? body.error : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/clouds/entra/token-getter.ts




const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
function tokenEndpoint(app) {
    return `${app.authorityHost}/${encodeURIComponent(app.tenantId)}/oauth2/v2.0/token`;
}
function createEntraTokenGetter(app, ctx) {
    return (scope) => (0,retry/* withRetries */.LH)(async (attempt) => {
        const assertion = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
        const presented = {
            issuer: ctx.tokens.issuer,
            subject: ctx.tokens.subject,
            audience: ctx.tokens.audience,
            clientId: app.clientId,
            tenantId: app.tenantId,
            scope,
        };
        const body = new URLSearchParams({
            client_id: app.clientId,
            scope,
            grant_type: 'client_credentials',
            client_assertion_type: JWT_BEARER,
            client_assertion: assertion,
        });
        const sentAt = ctx.now().getTime();
        try {
            const res = await ctx.http.request({
                url: tokenEndpoint(app),
                method: 'POST',
                headers: {
                    'content-type': 'application/x-www-form-urlencoded;charset=utf-8',
                    accept: 'application/json',
                    // Entra echoes it and quotes it in every error, as MSAL sends it: it ties our logs to theirs.
                    'client-request-id': (0,external_node_crypto_.randomUUID)(),
                },
                body: body.toString(),
                purpose: `Entra ID's token endpoint for tenant ${app.tenantId}`,
                timeoutMs: ctx.timeoutMs,
            });
            return tokenFromAnswer(res, presented, sentAt, ctx.registerSecret);
        }
        catch (error) {
            // A silent proxy (a TIMEOUT that is not retryable) keeps its own message, which names it.
            if (error instanceof errors/* OidcExchangeError */.tS && error.code === 'TIMEOUT' && error.retryable) {
                throw new errors/* OidcExchangeError */.tS('TIMEOUT', `Entra ID did not answer within ${ctx.timeoutMs} ms (scope ${scope}).`, { retryable: true });
            }
            // Our own errors (a refreshed token that failed its claim check) pass through unchanged.
            throw (0,errors/* asOidcExchangeError */.vf)(error);
        }
    });
}


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exchange: () => (/* binding */ exchange)
/* harmony export */ });
/* harmony import */ var _clouds_entra_token_getter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9493);
/* harmony import */ var _cli_login_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8675);


/**
 * Azure: Entra access tokens for every scope of `azure-scopes`, in parallel, and the variables the
 * Azure SDKs, the CLI and Terraform read. Loaded only when an Azure target is asked for;
 * @azure/identity only for the VM's managed identity.
 */
async function exchange(settings, ctx) {
    const getToken = settings.managedIdentity
        ? managedIdentityGetter(settings, ctx)
        : (0,_clouds_entra_token_getter_js__WEBPACK_IMPORTED_MODULE_0__/* .createEntraTokenGetter */ .d)(settings, ctx);
    const tokens = await Promise.all(settings.scopes.map((scope) => getToken(scope.scope)));
    const expiresAt = new Date(Math.min(...tokens.map((t) => t.expiresOnTimestamp)));
    const exports = [
        ...identityExports(settings),
        // With the VM's own identity, later steps' SDKs use it directly (ManagedIdentityCredential).
        ...(settings.managedIdentity
            ? []
            : [
                {
                    name: 'AZURE_FEDERATED_TOKEN_FILE',
                    value: await ctx.tokens.current(),
                    secret: true,
                    kind: 'file',
                },
            ]),
        ...settings.scopes.map((scope, i) => ({
            name: scope.outputName,
            value: tokens[i]?.token ?? '',
            secret: true,
            kind: 'output',
        })),
    ];
    const grant = {
        target: 'azure',
        exports,
        expiresAt,
        summary: [
            ['Azure application', settings.clientId],
            ['Tenant', settings.tenantId],
            ['Subscription', settings.subscriptionId ?? '(none)'],
            [
                'Cloud',
                settings.customAuthorityHost
                    ? `${settings.cloud.name} via ${settings.authorityHost}`
                    : settings.cloud.name,
            ],
            ['Scopes', settings.scopes.map((s) => s.scope).join(', ')],
        ],
    };
    if (settings.cliLogin)
        grant.finalize = () => (0,_cli_login_js__WEBPACK_IMPORTED_MODULE_1__/* .azureCliLogin */ .x)(settings, ctx);
    return grant;
}
/** The VM's managed identity, one IMDS request per scope, each token masked on arrival. */
function managedIdentityGetter(settings, ctx) {
    return async (scope) => {
        const { managedIdentityToken } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8141));
        const token = await managedIdentityToken({ clientId: settings.clientId, resourceId: undefined }, scope, ctx.timeoutMs);
        ctx.registerSecret(token.token);
        return token;
    };
}
function identityExports(settings) {
    const env = (name, value) => ({ name, value, secret: false, kind: 'env' });
    const subscription = settings.subscriptionId;
    const nonPublic = settings.cloud.name !== 'AzureCloud' || settings.customAuthorityHost;
    return [
        env('AZURE_CLIENT_ID', settings.clientId),
        env('AZURE_TENANT_ID', settings.tenantId),
        ...(subscription ? [env('AZURE_SUBSCRIPTION_ID', subscription)] : []),
        ...(nonPublic ? [env('AZURE_AUTHORITY_HOST', settings.authorityHost)] : []),
        settings.managedIdentity ? env('ARM_USE_MSI', 'true') : env('ARM_USE_OIDC', 'true'),
        env('ARM_CLIENT_ID', settings.clientId),
        env('ARM_TENANT_ID', settings.tenantId),
        ...(subscription ? [env('ARM_SUBSCRIPTION_ID', subscription)] : []),
        ...(settings.cloud.armEnvironment ? [env('ARM_ENVIRONMENT', settings.cloud.armEnvironment)] : []),
    ];
}


/***/ })

};
