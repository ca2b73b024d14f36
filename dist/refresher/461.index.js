export const id = 461;
export const ids = [461];
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

/***/ 2461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mintViaEntra: () => (/* binding */ mintViaEntra)
/* harmony export */ });
/* harmony import */ var _clouds_entra_clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9359);
/* harmony import */ var _clouds_entra_token_getter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9493);


async function mintViaEntra(entra, ctx) {
    const getToken = (0,_clouds_entra_token_getter_js__WEBPACK_IMPORTED_MODULE_1__/* .createEntraTokenGetter */ .d)(entra.app, ctx);
    const [databricks, management] = await Promise.all([
        getToken(`${_clouds_entra_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .DATABRICKS_RESOURCE */ .Qj}/.default`),
        // The resource id ends in a slash and keeps it: `https://management.core.windows.net//.default`, as az and the Databricks SDKs ask.
        entra.workspaceResourceId ? getToken(`${entra.cloud.serviceManagement}/.default`) : undefined,
    ]);
    const checkHeaders = management && entra.workspaceResourceId
        ? {
            'X-Databricks-Azure-SP-Management-Token': management.token,
            'X-Databricks-Azure-Workspace-Resource-Id': entra.workspaceResourceId,
        }
        : {};
    return { token: databricks.token, expiresAt: new Date(databricks.expiresOnTimestamp), checkHeaders };
}


/***/ })

};
