export const id = 713;
export const ids = [713];
export const modules = {

/***/ 9493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createEntraTokenGetter)
});

// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 279 modules
var esm = __webpack_require__(1491);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/timeout.ts
var timeout = __webpack_require__(1744);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/clouds/entra/entra-errors.ts
var entra_errors = __webpack_require__(4089);
;// CONCATENATED MODULE: ./src/clouds/entra/exchange-errors.ts



/** Thrown by the timer around getToken (see core/timeout.ts), recognised below. */
class EntraTimeout extends Error {
    name = 'TimeoutError';
}
/**
 * What @azure/identity throws → one OidcExchangeError. When MSAL could not even resolve the
 * tenant's endpoints (its `endpoints_resolution_error` hides Entra's answer), the discovery
 * document is fetched once more by us, on this failure path only, to say why: most often
 * AADSTS90002, a tenant that does not exist in this cloud.
 */
async function toExchangeError(error, scope, app, ctx) {
    // Our own errors (a token that failed its claim check on a retry) pass through unchanged.
    if (error instanceof errors/* OidcExchangeError */.tS)
        return error;
    const cause = error.cause;
    if (cause instanceof errors/* OidcExchangeError */.tS)
        return cause;
    const name = error.name;
    if (name === 'AbortError' || name === 'TimeoutError') {
        return new errors/* OidcExchangeError */.tS('TIMEOUT', `Entra ID did not answer within ${ctx.timeoutMs} ms (scope ${scope}).`, { retryable: true });
    }
    const message = error instanceof Error ? error.message : String(error);
    const presented = {
        issuer: ctx.tokens.issuer,
        subject: ctx.tokens.subject,
        audience: ctx.tokens.audience,
        clientId: app.clientId,
        tenantId: app.tenantId,
        scope,
    };
    if (message.includes('endpoints_resolution_error'))
        return diagnoseEndpoints(app, ctx, presented);
    const statusCode = error.statusCode;
    if (message.includes('AADSTS') || statusCode !== undefined)
        return (0,entra_errors/* entraError */.n)(message, presented, statusCode);
    return new errors/* OidcExchangeError */.tS('AZURE_EXCHANGE_FAILED', `Entra ID token request failed: ${message}`, {
        retryable: true,
    });
}
async function diagnoseEndpoints(app, ctx, presented) {
    const url = `${app.authorityHost}/${encodeURIComponent(app.tenantId)}/v2.0/.well-known/openid-configuration`;
    const purpose = `Entra ID's discovery document for tenant ${app.tenantId}`;
    try {
        const res = await ctx.http.request({ url, purpose });
        const body = (0,http/* parseJsonBody */.Y2)(res, purpose);
        if (typeof body.error_description === 'string')
            return (0,entra_errors/* entraError */.n)(body.error_description, presented, res.status);
        return new errors/* OidcExchangeError */.tS('AZURE_EXCHANGE_FAILED', `${purpose} answered HTTP ${res.status}.`, {
            retryable: res.status >= 500,
        });
    }
    catch (failure) {
        if (failure instanceof errors/* OidcExchangeError */.tS)
            return failure;
        return new errors/* OidcExchangeError */.tS('AZURE_EXCHANGE_FAILED', `Could not read ${purpose}.`, { retryable: true });
    }
}

;// CONCATENATED MODULE: ./src/clouds/entra/token-getter.ts




function createEntraTokenGetter(app, ctx) {
    const credentialFor = (fresh) => new esm/* ClientAssertionCredential */.XI(app.tenantId, app.clientId, () => (fresh ? ctx.tokens.fresh() : ctx.tokens.current()), {
        authorityHost: app.authorityHost,
        // Known clouds need no instance discovery, and a custom host must be the only host contacted.
        disableInstanceDiscovery: true,
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
    });
    const shared = credentialFor(false);
    return (scope) => (0,retry/* withRetries */.LH)(async (attempt) => {
        const credential = attempt === 1 ? shared : credentialFor(true);
        try {
            const token = await (0,timeout/* withTimeout */.w)(credential.getToken(scope), ctx.timeoutMs, () => new EntraTimeout());
            ctx.registerSecret(token.token);
            return token;
        }
        catch (error) {
            throw await toExchangeError(error, scope, app, ctx);
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
/* harmony import */ var _cli_login_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7208);


/**
 * Azure: Entra access tokens for every scope of `azure-scopes`, in parallel, and the variables the
 * Azure SDKs, the CLI and Terraform read. This module (and @azure/identity with it) is loaded only
 * when an Azure target is asked for.
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
        const { managedIdentityToken } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3743));
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
