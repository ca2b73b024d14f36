export const id = 461;
export const ids = [461];
export const modules = {

/***/ 8195:
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
;// CONCATENATED MODULE: ./src/clouds/entra/entra-errors.ts

const trust = {
    code: 'AZURE_TRUST_MISMATCH',
    retryable: false,
    hint: (p) => 'Add a federated credential that matches exactly (case-sensitive, one audience): ' +
        `az ad app federated-credential create --id ${p.clientId} --parameters ` +
        `'${JSON.stringify({ name: 'oidc-exchange', issuer: p.issuer, subject: p.subject, audiences: [p.audience] })}'` +
        ' (a credential created in the last few minutes may still be propagating).',
};
const MAPPINGS = {
    70021: trust,
    700211: trust,
    700212: trust,
    700213: trust,
    7002138: trust,
    7002131: trust,
    700024: {
        code: 'AZURE_ASSERTION_TIME',
        retryable: true,
        hint: () => 'The OIDC token had expired or was not yet valid for Entra: check the runner clock (NTP).',
    },
    700016: {
        code: 'AZURE_APP_NOT_FOUND',
        retryable: false,
        hint: (p) => `No application ${p.clientId} in tenant ${p.tenantId}: check \`azure-client-id\`, \`azure-tenant-id\` and \`azure-cloud\`.`,
    },
    90002: {
        code: 'AZURE_TENANT_NOT_FOUND',
        retryable: false,
        hint: (p) => `Tenant ${p.tenantId} does not exist in this cloud: check \`azure-tenant-id\` and \`azure-cloud\`.`,
    },
    50166: {
        code: 'AZURE_ISSUER_UNREACHABLE',
        retryable: true,
        hint: (p) => `Entra could not fetch ${p.issuer}/.well-known/openid-configuration or its keys; the issuer must be reachable from the internet.`,
    },
    70011: {
        code: 'AZURE_SCOPE_INVALID',
        retryable: false,
        hint: () => 'Each entry of `azure-scopes` must be one resource, e.g. https://vault.azure.net/.default.',
    },
    700022: {
        code: 'AZURE_SCOPE_INVALID',
        retryable: false,
        hint: () => 'Each entry of `azure-scopes` must be one resource, e.g. https://vault.azure.net/.default.',
    },
};
MAPPINGS[90061] = MAPPINGS[50166];
MAPPINGS[501661] = MAPPINGS[50166];
const TRANSIENT_CODES = new Set([90006, 50033, 50001, 90033]);
function entraError(message, presented, statusCode) {
    const codes = [...message.matchAll(/AADSTS(\d+)/g)].map((m) => Number(m[1]));
    const mapped = codes.map((c) => MAPPINGS[c]).find((m) => m !== undefined);
    const description = /AADSTS\d+:[\s\S]*?(?=\s+Trace ID:|\s+-\s+Correlation ID:|$)/.exec(message)?.[0] ?? firstLine(message);
    const what = `Entra ID refused the token exchange for app ${presented.clientId} in tenant ${presented.tenantId}` +
        ` (scope ${presented.scope}): ${description}. Presented: issuer '${presented.issuer}',` +
        ` subject '${presented.subject}', audience '${presented.audience}'.`;
    if (mapped)
        return new errors/* OidcExchangeError */.tS(mapped.code, what, {
            hint: mapped.hint(presented),
            retryable: mapped.retryable,
        });
    const transient = codes.some((c) => TRANSIENT_CODES.has(c)) ||
        /temporarily_unavailable|ECONNRESET|socket hang up|ETIMEDOUT/i.test(message) ||
        (statusCode !== undefined && (statusCode >= 500 || statusCode === 429));
    return new errors/* OidcExchangeError */.tS('AZURE_EXCHANGE_FAILED', what, { retryable: transient });
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').slice(0, 300);
}

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
        return entraError(message, presented, statusCode);
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
            return entraError(body.error_description, presented, res.status);
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

/***/ 1744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ withTimeout)
/* harmony export */ });
/**
 * Races one attempt against a timer. SDKs do not always honour their own timeouts (@azure/identity
 * ignores both `abortSignal` and `requestOptions.timeout` while MSAL waits on a hung token
 * endpoint), so every SDK call is bounded here too; the abandoned request dies with the process.
 */
function withTimeout(work, timeoutMs, onTimeout) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(onTimeout()), timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 2461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mintViaEntra: () => (/* binding */ mintViaEntra)
/* harmony export */ });
/* harmony import */ var _clouds_entra_clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9359);
/* harmony import */ var _clouds_entra_token_getter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8195);


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
