export const id = 461;
export const ids = [461];
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
// EXTERNAL MODULE: ./src/core/http.ts + 2 modules
var http = __webpack_require__(4083);
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
