export const id = 22;
export const ids = [22];
export const modules = {

/***/ 9359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ DATABRICKS_RESOURCE),
/* harmony export */   hb: () => (/* binding */ AZURE_CLOUDS),
/* harmony export */   nO: () => (/* binding */ findCloud)
/* harmony export */ });
/** The AzureDatabricks first-party application, the same in every cloud (docs/protocols.md §2.3, §4.6). */
const DATABRICKS_RESOURCE = '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d';
const AZURE_CLOUDS = {
    AzureCloud: {
        name: 'AzureCloud',
        authorityHost: 'https://login.microsoftonline.com',
        audience: 'api://AzureADTokenExchange',
        armEnvironment: undefined,
        serviceManagement: 'https://management.core.windows.net/',
        resources: {
            arm: 'https://management.azure.com',
            keyvault: 'https://vault.azure.net',
            storage: 'https://storage.azure.com',
            graph: 'https://graph.microsoft.com',
            ml: 'https://ml.azure.com',
            databricks: DATABRICKS_RESOURCE,
        },
    },
    AzureUSGovernment: {
        name: 'AzureUSGovernment',
        authorityHost: 'https://login.microsoftonline.us',
        audience: 'api://AzureADTokenExchangeUSGov',
        armEnvironment: 'usgovernment',
        serviceManagement: 'https://management.core.usgovcloudapi.net/',
        resources: {
            arm: 'https://management.usgovcloudapi.net',
            keyvault: 'https://vault.usgovcloudapi.net',
            storage: 'https://storage.azure.com',
            graph: 'https://graph.microsoft.us',
            databricks: DATABRICKS_RESOURCE,
        },
    },
    AzureChinaCloud: {
        name: 'AzureChinaCloud',
        authorityHost: 'https://login.chinacloudapi.cn',
        audience: 'api://AzureADTokenExchangeChina',
        armEnvironment: 'china',
        serviceManagement: 'https://management.core.chinacloudapi.cn/',
        resources: {
            arm: 'https://management.chinacloudapi.cn',
            keyvault: 'https://vault.azure.cn',
            storage: 'https://storage.azure.com',
            graph: 'https://microsoftgraph.chinacloudapi.cn',
            databricks: DATABRICKS_RESOURCE,
        },
    },
};
/** Accepts the names az CLI and Azure/login use, in any case. */
function findCloud(raw) {
    const key = raw.trim().toLowerCase();
    return Object.values(AZURE_CLOUDS).find((c) => c.name.toLowerCase() === key);
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ federatedCredentialCommand),
/* harmony export */   n: () => (/* binding */ entraError)
/* harmony export */ });
/* harmony import */ var _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(329);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2344);



/**
 * The federated credential that accepts exactly this token (docs/protocols.md §2.5), as an az command.
 * An Entra-issued Azure DevOps token carries the token exchange app's GUID as `aud`, but its
 * credential must say `api://AzureADTokenExchange`: Entra maps one to the other (docs/protocols.md §6.5).
 */
function federatedCredentialCommand(clientId, p) {
    const audience = p.audience === _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_EXCHANGE_APP_ID */ .gI ? _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .ADO_AUDIENCE */ .me : p.audience;
    const credential = { name: 'oidc-exchange', issuer: p.issuer, subject: p.subject, audiences: [audience] };
    return `az ad app federated-credential create --id ${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(clientId)} --parameters ${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(JSON.stringify(credential))}`;
}
const trust = {
    code: 'AZURE_TRUST_MISMATCH',
    retryable: false,
    hint: (p) => 'Add a federated credential that matches exactly (case-sensitive, one audience): ' +
        federatedCredentialCommand(p.clientId, p) +
        ' (a credential created in the last few minutes may still be propagating).' +
        azureDevOpsNote(p),
};
/**
 * Azure DevOps tokens: which issuer family this one came from, since a connection converted to
 * (or created with) the other family is the usual cause of AADSTS700211/700213 (docs/protocols.md §6.12).
 */
function azureDevOpsNote(p) {
    if (!/^(sc|p):\/\/|^\/eid1\//.test(p.subject))
        return '';
    const family = (0,_core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .familyOfToken */ .bV)({ iss: p.issuer, sub: p.subject });
    return (` The token comes from Azure DevOps, ${(0,_core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFamily */ .Ko)(family)}; the service connection shows the issuer and` +
        ' subject its federated credential must contain (they change when a connection is converted to the other family).');
}
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
    // Entra-issued Azure DevOps tokens are refused for multi-tenant apps (docs/protocols.md §6.12).
    70052: {
        code: 'AZURE_TRUST_MISMATCH',
        retryable: false,
        hint: (p) => `App ${p.clientId} must be a single-tenant app or a managed identity to trust this issuer: set its sign-in audience to ` +
            'this organisation only (AzureADMyOrg), use a managed identity, or keep the service connection on the Azure DevOps issuer.',
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS(mapped.code, what, {
            hint: mapped.hint(presented),
            retryable: mapped.retryable,
        });
    const transient = codes.some((c) => TRANSIENT_CODES.has(c)) ||
        /temporarily_unavailable|ECONNRESET|socket hang up|ETIMEDOUT/i.test(message) ||
        (statusCode !== undefined && (statusCode >= 500 || statusCode === 429));
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('AZURE_EXCHANGE_FAILED', what, { retryable: transient });
}
function firstLine(text) {
    return (text.split('\n')[0] ?? '').slice(0, 300);
}


/***/ }),

/***/ 8141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ MANAGED_IDENTITY_ORIGIN),
  managedIdentityToken: () => (/* binding */ managedIdentityToken)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/timeout.ts
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

;// CONCATENATED MODULE: ./src/clouds/entra/managed-identity.ts


const ORIGIN = "the Azure VM's managed identity (IMDS)";
async function managedIdentityToken(identity, scope, timeoutMs) {
    const { ManagedIdentityCredential } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 1491));
    const which = identity.clientId
        ? { clientId: identity.clientId }
        : identity.resourceId
            ? { resourceId: identity.resourceId }
            : {};
    const credential = new ManagedIdentityCredential({ ...which, retryOptions: { maxRetries: 2 } });
    try {
        return await withTimeout(credential.getToken(scope), timeoutMs, () => new Error('timed out'));
    }
    catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        throw new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `${ORIGIN} gave no token for ${scope}: ${message}`, {
            hint: 'This works only on Azure compute with a managed identity assigned (a user-assigned one named by `azure-managed-identity-client-id`).',
            retryable: /timed out|ECONNRESET|ETIMEDOUT/i.test(message),
        });
    }
}
const MANAGED_IDENTITY_ORIGIN = ORIGIN;


/***/ }),

/***/ 329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ ADO_AUDIENCES),
/* harmony export */   Ko: () => (/* binding */ describeFamily),
/* harmony export */   bV: () => (/* binding */ familyOfToken),
/* harmony export */   d0: () => (/* binding */ federatedCredentialFor),
/* harmony export */   dp: () => (/* binding */ adoIssuers),
/* harmony export */   fi: () => (/* binding */ familyOfIssuer),
/* harmony export */   gI: () => (/* binding */ TOKEN_EXCHANGE_APP_ID),
/* harmony export */   me: () => (/* binding */ ADO_AUDIENCE),
/* harmony export */   nX: () => (/* binding */ entraIssuerOf),
/* harmony export */   pm: () => (/* binding */ VSTOKEN_ISSUER_BASE)
/* harmony export */ });
const ADO_AUDIENCE = 'api://AzureADTokenExchange';
/** The "AAD Token Exchange Endpoint" app id: the `aud` of Entra-issued Azure DevOps tokens. */
const TOKEN_EXCHANGE_APP_ID = 'fb60f99c-7a34-4190-8149-302f77469936';
const ADO_AUDIENCES = [ADO_AUDIENCE, TOKEN_EXCHANGE_APP_ID];
/** The family default; an `issuer` input replaces it. */
const VSTOKEN_ISSUER_BASE = 'https://vstoken.dev.azure.com';
/** The issuers a step accepts: the one `issuer` names, else each family the run's facts allow. */
function adoIssuers(run, issuerInput) {
    if (issuerInput)
        return [{ family: familyOfIssuer(issuerInput), issuer: issuerInput }];
    const issuers = [];
    const entra = entraIssuerOf(run);
    if (entra)
        issuers.push({ family: 'entra', issuer: entra });
    if (run.collectionId)
        issuers.push({ family: 'vstoken', issuer: `${VSTOKEN_ISSUER_BASE}/${run.collectionId}` });
    return issuers;
}
/** The connection's Entra issuer, `<authority>/<tenant>/v2.0`, when the run names its tenant and authority. */
function entraIssuerOf(run) {
    return run.tenantId && run.authorityHost
        ? `${run.authorityHost.replace(/\/+$/, '')}/${run.tenantId}/v2.0`
        : undefined;
}
/** Entra issuers end in `/<tenant>/v2.0`; anything else is taken for the Azure DevOps issuer. */
function familyOfIssuer(issuer) {
    return /\/[^/]+\/v2\.0\/?$/.test(issuer) ? 'entra' : 'vstoken';
}
/** The family a token comes from, by its subject first (its form is unmistakable), else its issuer. */
function familyOfToken(claims) {
    const sub = claims['sub'];
    if (typeof sub === 'string' && sub.startsWith('/eid1/'))
        return 'entra';
    if (typeof sub === 'string' && /^(sc|p):\/\//.test(sub))
        return 'vstoken';
    return familyOfIssuer(typeof claims['iss'] === 'string' ? claims['iss'] : '');
}
function describeFamily(family) {
    return family === 'entra'
        ? 'the Entra issuer family (`<authority>/<tenant>/v2.0`, subjects `/eid1/…/sc/<org id>/<connection id>`)'
        : 'the Azure DevOps issuer family (`https://vstoken.dev.azure.com/<org id>`, subjects `sc://org/project/connection`)';
}
/** The federated credential that accepts exactly this token (Entra maps the GUID audience to the URI). */
function federatedCredentialFor(claims) {
    const text = (name) => {
        const value = claims[name];
        return typeof value === 'string' ? value : '?';
    };
    return `issuer '${text('iss')}', subject '${text('sub')}', audience '${ADO_AUDIENCE}'`;
}


/***/ }),

/***/ 5849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childProcess)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
/**
 * `node:child_process`, loaded on first use rather than as the step starts: loading it (with the
 * `dgram` and socket modules it pulls in) took 5–7 ms and about 150 page faults per step on the
 * benchmark's machine, which a step that starts no process (`refresh: false` on Linux and macOS,
 * without `az login`) need not pay. Measured: docs/development.md.
 */
function childProcess() {
    return load('node:child_process');
}


/***/ }),

/***/ 6926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ checkClaims)
});

// EXTERNAL MODULE: ./src/core/azure-devops-issuers.ts
var azure_devops_issuers = __webpack_require__(329);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
;// CONCATENATED MODULE: ./src/core/subject-hints.ts

/**
 * Explains why a `sub` did not match, in the terms of GitHub's subject rules (docs/protocols.md §1.6):
 * an environment takes precedence over the ref, pull requests have their own form, immutable
 * subjects carry owner and repository ids, and every comparison is case-sensitive.
 */
function subjectHint(claims, patterns) {
    const sub = claims['sub'];
    if (typeof sub !== 'string')
        return 'The token has no `sub` claim.';
    const wanted = patterns.map((p) => p.source);
    if (patterns.some((p) => p.testIgnoringCase(sub))) {
        return 'They differ only in case; Entra and AWS compare subjects case-sensitively, and so does this check.';
    }
    const environment = typeof claims['environment'] === 'string' ? claims['environment'] : '';
    const context = sub.slice(sub.indexOf(':', 'repo:'.length) + 1);
    if (environment && wanted.some((w) => /:ref:/.test(w)) && context.startsWith('environment:')) {
        return (`This job has \`environment: ${environment}\`, so its subject ends in \`:${context}\`, not \`:ref:…\`` +
            ' (an environment takes precedence over the branch).');
    }
    if (wanted.some((w) => /:environment:/.test(w)) && context.startsWith('ref:')) {
        return `This job has no environment, so its subject ends in \`:${context}\`; add \`environment:\` to the job or match the ref.`;
    }
    if (wanted.some((w) => /:environment:|:ref:/.test(w)) && context === 'pull_request') {
        return 'Pull-request runs get the subject `…:pull_request`, whatever the branch.';
    }
    const immutable = /^repo:[^/:]+@\d+\/[^/:]+@\d+:/.test(sub);
    if (immutable && wanted.some((w) => /^repo:[^@/:]+\/[^@:]+:/.test(w))) {
        return ('This repository uses immutable subjects (`repo:owner@id/name@id:…`); write the trust and `subject` in that form' +
            ` (e.g. \`${sub}\`).`);
    }
    if (!immutable && wanted.some((w) => /^repo:[^/:]+@\d+\//.test(w))) {
        return 'This repository uses name-based subjects (`repo:owner/name:…`), not the immutable `@id` form.';
    }
    const repo = typeof claims['repository'] === 'string' ? claims['repository'] : undefined;
    if (repo && !wanted.some((w) => w.includes(repo) || w.includes('*'))) {
        return `The token comes from repository \`${repo}\`; check the owner and name in \`subject\`.`;
    }
    return `Set \`subject\` (and the cloud's trust) to the token's subject, \`${sub}\`, if this job is meant to be trusted.`;
}
/**
 * Why an Azure DevOps `sub` did not match (docs/protocols.md §6.2, §6.5, §6.12): the pipeline token where
 * a connection was meant, the other issuer family's subject form, a renamed organisation, project
 * or connection (name-based subjects), or case. Always ends with the federated credential that
 * would accept exactly this token.
 */
function adoSubjectHint(claims, patterns, expected) {
    const sub = claims['sub'];
    if (typeof sub !== 'string')
        return 'The token has no `sub` claim.';
    const family = (0,azure_devops_issuers/* familyOfToken */.bV)(claims);
    const fic = `The federated credential for this token must contain ${(0,azure_devops_issuers/* federatedCredentialFor */.d0)(claims)}.`;
    const wanted = patterns.map((p) => p.source);
    if (patterns.some((p) => p.testIgnoringCase(sub))) {
        return `They differ only in case; Entra and AWS compare subjects case-sensitively, and so does this check. ${fic}`;
    }
    if (sub.startsWith('p://')) {
        return expected.serviceConnectionId
            ? `This is the pipeline's own token, not service connection ${expected.serviceConnectionId}'s: reference the connection by its id in an input of this job. ${fic}`
            : `This is the pipeline's own token (\`p://org/project/pipeline\`): no service connection was given. ${fic}`;
    }
    if (family === 'entra' && wanted.some((w) => /^(sc|p):\/\//.test(w))) {
        return `The token comes from ${(0,azure_devops_issuers/* describeFamily */.Ko)('entra')}, not the Azure DevOps issuer: the connection was created or converted to use Entra-issued tokens. ${fic}`;
    }
    if (family === 'vstoken' && wanted.some((w) => w.startsWith('/eid1/'))) {
        return `The token comes from ${(0,azure_devops_issuers/* describeFamily */.Ko)('vstoken')}, not the Entra issuer: convert the service connection, or expect its \`sc://\` subject. ${fic}`;
    }
    if (family === 'vstoken') {
        return `Azure DevOps issuer subjects carry the organisation, project and connection names, which change when any of them is renamed. ${fic}`;
    }
    return fic;
}

;// CONCATENATED MODULE: ./src/core/claims.ts




function checkClaims(claims, expected, now) {
    const problems = [];
    if (expected.azureDevOps) {
        checkAdoIssuer(claims, expected.azureDevOps, problems);
        checkAdoAudience(claims, problems);
    }
    else {
        checkIssuer(claims['iss'], expected.issuer, problems);
        checkAudience(claims['aud'], expected.audience, problems);
    }
    checkSubject(claims, expected.subjects, problems, expected.azureDevOps);
    for (const rule of expected.claims)
        checkOther(claims, rule.name, rule.pattern, problems);
    checkTimes(claims, expected.clockToleranceSeconds, now, problems);
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* OidcExchangeErrors */.WF(problems);
}
function mismatch(claim, expected, actual, hint) {
    return new errors/* OidcExchangeError */.tS('CLAIM_MISMATCH', `Claim \`${claim}\` of the OIDC token does not match: expected ${expected}, but the token has ${describe(actual)}.`, { hint });
}
/** Claim values are shown whole up to the 600 characters Entra allows in a credential: users copy them. */
const CLAIM_SHOWN_LENGTH = 600;
function describe(value) {
    if (value === undefined)
        return 'no such claim';
    if (typeof value === 'string')
        return (0,input_parsers/* shown */.SP)(value, CLAIM_SHOWN_LENGTH);
    return (0,input_parsers/* shown */.SP)(JSON.stringify(value), CLAIM_SHOWN_LENGTH);
}
function checkIssuer(actual, expected, problems) {
    if (actual === expected)
        return;
    let hint = 'Set `issuer` to the exact `iss` of your CI provider; it is compared byte for byte.';
    if (typeof actual === 'string' && actual.replace(/\/+$/, '') === expected.replace(/\/+$/, '')) {
        hint = 'The two differ only in a trailing slash; issuers match byte for byte (Entra and AWS too).';
    }
    else if (typeof actual === 'string' && actual.startsWith(`${expected}/`)) {
        hint = `Your enterprise uses a unique issuer; set \`issuer: ${actual}\` (and the same in the cloud's trust).`;
    }
    problems.push(mismatch('iss', (0,input_parsers/* shown */.SP)(expected), actual, hint));
}
function checkAudience(actual, expected, problems) {
    if (actual === expected)
        return;
    const hint = Array.isArray(actual)
        ? 'The token carries several audiences; Entra and AWS accept exactly one.'
        : 'The token was not issued for the audience that was requested; check `audience`.';
    problems.push(mismatch('aud', (0,input_parsers/* shown */.SP)(expected), actual, hint));
}
function checkAdoIssuer(claims, expected, problems) {
    const actual = claims['iss'];
    if (expected.issuers.some((i) => i.issuer === actual))
        return;
    const family = (0,azure_devops_issuers/* familyOfToken */.bV)(claims);
    const accepted = expected.issuers.map((i) => (0,input_parsers/* shown */.SP)(i.issuer)).join(' or ');
    const sameFamily = expected.issuers.some((i) => i.family === family);
    const why = sameFamily
        ? 'It is of the expected family but names another organisation, tenant or authority.'
        : `The service connection uses ${(0,azure_devops_issuers/* describeFamily */.Ko)(family)}, which this step was not told to accept.`;
    problems.push(mismatch('iss', accepted || 'an Azure DevOps issuer', actual, `The token comes from ${(0,azure_devops_issuers/* describeFamily */.Ko)(family)}. ${why} If the token is right, set \`issuer\` to its \`iss\`; ` +
        `the federated credential must contain ${(0,azure_devops_issuers/* federatedCredentialFor */.d0)(claims)}.`));
}
function checkAdoAudience(claims, problems) {
    const actual = claims['aud'];
    if (typeof actual === 'string' && azure_devops_issuers/* ADO_AUDIENCES */.HX.includes(actual))
        return;
    problems.push(mismatch('aud', azure_devops_issuers/* ADO_AUDIENCES */.HX.map((value) => (0,input_parsers/* shown */.SP)(value)).join(' or '), actual, 'Azure DevOps issues its tokens for the token-exchange audience only; this token is not from Azure DevOps.'));
}
function checkSubject(claims, patterns, problems, azureDevOps) {
    const actual = claims['sub'];
    // No CI provider issues such a subject, and it would be exported as the `subject` output.
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (typeof actual === 'string' && /[\u0000-\u001f\u007f]/.test(actual)) {
        problems.push(mismatch('sub', 'a subject without control characters', actual, 'The token is not from a genuine CI provider.'));
        return;
    }
    if (patterns.length === 0)
        return;
    if (typeof actual === 'string' && patterns.some((p) => p.test(actual)))
        return;
    const expected = patterns.length === 1
        ? (0,input_parsers/* shown */.SP)(patterns[0]?.source ?? '')
        : `one of ${patterns.map((p) => (0,input_parsers/* shown */.SP)(p.source)).join(', ')}`;
    const hint = azureDevOps ? adoSubjectHint(claims, patterns, azureDevOps) : subjectHint(claims, patterns);
    problems.push(mismatch('sub', expected, actual, hint));
}
function checkOther(claims, name, pattern, problems) {
    const actual = claims[name];
    const text = typeof actual === 'string'
        ? actual
        : typeof actual === 'number' || typeof actual === 'boolean'
            ? String(actual)
            : undefined;
    if (text !== undefined && pattern.test(text))
        return;
    let hint;
    if (text !== undefined && pattern.testIgnoringCase(text)) {
        hint = 'They differ only in case; claims are compared case-sensitively.';
    }
    else if (actual === undefined) {
        hint = `The token has no \`${name}\` claim; check its spelling against your CI provider's claim list.`;
    }
    problems.push(mismatch(name, (0,input_parsers/* shown */.SP)(pattern.source), actual, hint));
}
function checkTimes(claims, toleranceSeconds, now, problems) {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const exp = claims['exp'];
    const iat = claims['iat'];
    const nbf = claims['nbf'];
    const clock = `the runner's clock reads ${now.toISOString()}`;
    // The signature check finds these too, but it runs beside the exchange: found here, a token that
    // is not yet valid or never expires is not sent to any cloud (the same code and hint as there).
    if (typeof exp !== 'number') {
        problems.push(new errors/* OidcExchangeError */.tS('CLAIM_MISMATCH', `The OIDC token failed the check of claim \`exp\`: it has ${exp === undefined ? 'none' : `a ${typeof exp}`}, and every cloud refuses a token that does not say when it expires.`));
    }
    if (typeof exp === 'number' && exp + toleranceSeconds < nowSeconds) {
        problems.push(new errors/* OidcExchangeError */.tS('TOKEN_TIME', `The OIDC token expired at ${isoSeconds(exp)}, but ${clock}.`, {
            hint: 'Tokens live about 5 minutes; if it was just minted, the runner clock is wrong (sync it with NTP).',
        }));
    }
    if (typeof iat === 'number' && iat - toleranceSeconds > nowSeconds) {
        problems.push(new errors/* OidcExchangeError */.tS('TOKEN_TIME', `The OIDC token was issued at ${isoSeconds(iat)}, in the future: ${clock}.`, {
            hint: `The runner clock is behind by more than ${toleranceSeconds} s; sync it with NTP.`,
        }));
    }
    // Only when iat is not already in the future: one cause (a clock behind), one message.
    const issuedInFuture = typeof iat === 'number' && iat - toleranceSeconds > nowSeconds;
    if (!issuedInFuture && typeof nbf === 'number' && nbf - toleranceSeconds > nowSeconds) {
        problems.push(new errors/* OidcExchangeError */.tS('CLAIM_MISMATCH', `The OIDC token failed the check of claim \`nbf\`: it is not valid before ${isoSeconds(nbf)}, but ${clock}.`, { hint: 'The runner clock may be behind; sync it with NTP.' }));
    }
}
function isoSeconds(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString();
}


/***/ }),

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ credentialFilePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Where every runtime writes a `file` export (a 0600 file in the step's private folder, named
 * after its variable): a target whose credentials file must name another of its files (Google's
 * `credential_source.file`) knows the path before the runtime writes it.
 */
function credentialFilePath(dir, name) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name.toLowerCase());
}


/***/ }),

/***/ 9438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ endpointVariableProblem),
/* harmony export */   s: () => (/* binding */ withVariables)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d{1,2}';
/**
 * AWS STS (docs/protocols.md §3.1; VPC endpoint names as AWS PrivateLink documents them): regional `sts.<region>.amazonaws.com` (`.com.cn` in China), the
 * global `sts.amazonaws.com`, FIPS `sts-fips.<region>.amazonaws.com`, dual-stack
 * `sts[-fips].<region>.api.aws`, and interface VPC endpoints' own names,
 * `vpce-<id>-<suffix>[-<zone>].sts[-fips].<region>.vpce.amazonaws.com[.cn]`.
 */
const AWS_STS_HOST = new RegExp([
    '^sts\\.amazonaws\\.com$',
    `^sts(?:-fips)?\\.${REGION}\\.(?:amazonaws\\.com(?:\\.cn)?|api\\.aws)$`,
    `^vpce-[0-9a-z]+(?:-[0-9a-z]+)*\\.sts(?:-fips)?\\.${REGION}\\.vpce\\.amazonaws\\.com(?:\\.cn)?$`,
].join('|'));
/** The Entra authority hosts of the clouds Microsoft runs (docs/protocols.md §2.4). */
const ENTRA_AUTHORITY_HOSTS = new Set([
    'login.microsoftonline.com',
    'login.microsoftonline.us',
    'login.chinacloudapi.cn',
    'login.partner.microsoftonline.cn',
    'login.sovcloud-identity.fr',
    'login.sovcloud-identity.de',
    'login.sovcloud-identity.sg',
]);
const ENDPOINT_VARIABLES = {
    'aws-sts-endpoint': {
        expected: 'an AWS STS host (sts[-fips].<region>.amazonaws.com, .amazonaws.com.cn, .api.aws, or an STS VPC endpoint’s vpce-….sts.<region>.vpce.amazonaws.com)',
        isCloudHost: (host) => AWS_STS_HOST.test(host),
    },
    'azure-authority-host': {
        expected: `the Entra authority host of a Microsoft cloud (${[...ENTRA_AUTHORITY_HOSTS].slice(0, 3).join(', ')}…)`,
        isCloudHost: (host) => ENTRA_AUTHORITY_HOSTS.has(host),
    },
};
/** Attaches to `read` the variable each input fell back to (when it did). */
function withVariables(read, variableFor) {
    return Object.assign((name) => read(name), { variableFor });
}
/**
 * The problem with an endpoint `value` read for `input`, when it came from a variable that names
 * a host other than the cloud's own; undefined when the value is the user's input or allowed.
 */
function endpointVariableProblem(read, input, value) {
    const variable = read.variableFor?.(input);
    const rule = ENDPOINT_VARIABLES[input];
    if (!variable || !rule || value.trim() === '')
        return undefined;
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        url = undefined;
    }
    if (url?.protocol === 'https:' && rule.isCloudHost(url.hostname.toLowerCase()))
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('INPUT_INVALID', `The variable ${variable} (used because \`${input}\` is empty) must name ${rule.expected}; it is ${value.trim()}. Nothing was sent to it: a variable can be set by an earlier step, so it may only name the cloud's own hosts.`, {
        hint: `To use that endpoint, write it in the workflow or pipeline file as \`${input}\`; otherwise remove ${variable} from the job's variables.`,
    });
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ errorLines),
/* harmony export */   WF: () => (/* binding */ OidcExchangeErrors),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   tS: () => (/* binding */ OidcExchangeError),
/* harmony export */   vf: () => (/* binding */ asOidcExchangeError)
/* harmony export */ });
class OidcExchangeError extends Error {
    code;
    hint;
    retryable;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'OidcExchangeError';
        this.code = code;
        this.hint = details.hint;
        this.retryable = details.retryable ?? false;
    }
}
/** Several problems found at once (all input errors are reported together, before any network call). */
class OidcExchangeErrors extends OidcExchangeError {
    errors;
    constructor(errors) {
        const first = errors[0];
        super(first?.code ?? 'INTERNAL', errors.length === 1 ? (first?.message ?? '') : `${errors.length} problems:\n${listMessages(errors)}`, { hint: errors.length === 1 ? first?.hint : undefined });
        this.name = 'OidcExchangeErrors';
        this.errors = errors;
    }
}
function listMessages(errors) {
    return errors.map((e) => `  - ${e.message}${e.hint ? ` (${e.hint})` : ''}`).join('\n');
}
/** Anything thrown that is not ours becomes an INTERNAL error with its message, never its stack. */
function asOidcExchangeError(error) {
    if (error instanceof OidcExchangeError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new OidcExchangeError('INTERNAL', `Unexpected failure: ${message}`, {
        hint: 'This is a bug in oidc-exchange; please report it with the step log.',
        cause: error,
    });
}
/**
 * The lines every runtime prints for an error: "[CODE] message", then "Hint: hint"; several
 * problems one per line. A sink neutralises each line by itself, so a line break inside one (an
 * upstream message's) is escaped while these stay.
 */
function errorLines(error) {
    const lines = error instanceof OidcExchangeErrors && error.errors.length > 1
        ? [
            `[${error.code}] ${error.errors.length} problems:`,
            ...error.errors.map((e) => `  - ${e.message}${e.hint ? ` (${e.hint})` : ''}`),
        ]
        : [`[${error.code}] ${error.message}`];
    return error.hint ? [...lines, `Hint: ${error.hint}`] : lines;
}
/** errorLines() as one text: "[CODE] message\nHint: hint". */
function formatError(error) {
    return errorLines(error).join('\n');
}


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ statusError),
/* harmony export */   S: () => (/* binding */ requestJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4083);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7253);



/**
 * A request whose answer must be 200 with a JSON body, retried only when the failure is
 * transient (5xx, 429, network). Anything else becomes one error naming the service and status.
 */
async function requestJson(http, req) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async () => {
        const res = await http.request(req);
        if (res.status !== 200)
            throw statusError(res, req.purpose);
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBody */ .Y2)(res, req.purpose);
    });
}
function statusError(res, purpose, hint) {
    const transient = res.status >= 500 || res.status === 429 || res.status === 408;
    const redirect = res.status >= 300 && res.status < 400;
    const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('HTTP_FAILED', `${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .capitalise */ .sK)(purpose)} answered HTTP ${res.status}${redirect ? ` (a redirect to ${res.headers.location ?? 'nowhere'}, which is not followed)` : ''}.`, { retryable: transient, hint });
    const retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(res.headers['retry-after']);
    return transient && retryAfter !== undefined ? new _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryAfter */ .Bs(error, retryAfter) : error;
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sK: () => (/* binding */ capitalise),
  uT: () => (/* binding */ createHttpClient),
  cW: () => (/* binding */ isLoopbackHost),
  Y2: () => (/* binding */ parseJsonBody)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, assertSecureUrl

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/core/proxy-tunnel.ts



/**
 * `proxyEnv` on http.Agent arrived in Node 24.5 and 22.21 (nodejs/node#58980); older agents
 * ignore the option silently, so the version decides.
 */
function supportsProxyEnv(version) {
    const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
    return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}
/** The proxy for a URL: HTTPS_PROXY for https, HTTP_PROXY for http, none when NO_PROXY matches. */
function proxyFor(url, settings) {
    const raw = url.protocol === 'https:' ? settings.HTTPS_PROXY : settings.HTTP_PROXY;
    if (!raw || bypassed(url, settings.NO_PROXY ?? '') || settings.bypass?.(url))
        return undefined;
    try {
        return new URL(raw.includes('://') ? raw : `http://${raw}`);
    }
    catch {
        return undefined;
    }
}
/** NO_PROXY: `*`, host names (and their subdomains), `.domain`, `*.domain`, IPs, optional `:port`. */
function bypassed(url, noProxy) {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[\s,]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const parsed = parseEntry(entry.toLowerCase());
        const name = parsed.name.replace(/^\*?\./, '');
        if (parsed.port !== undefined && parsed.port !== port)
            return false;
        return name !== '' && (host === name || host.endsWith(`.${name}`));
    });
}
/** `host`, `host:port`, `[v6]`, `[v6]:port`, or a bare IPv6 address (several colons, no port). */
function parseEntry(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed)
        return { name: bracketed[1] ?? '', port: bracketed[2] };
    if ((entry.match(/:/g) ?? []).length > 1)
        return { name: entry };
    const [name = '', port] = entry.split(':');
    return { name, port };
}
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return {};
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}
/** An https.Agent that opens each new connection through a CONNECT tunnel when a proxy applies. */
class TunnelingAgent extends external_node_https_.Agent {
    #settings;
    constructor(settings, options) {
        super(options);
        this.#settings = settings;
    }
    // Node's Agent accepts a callback-style createConnection (returning nothing) since Node 10.
    createConnection(options, callback) {
        const host = options.host ?? 'localhost';
        const port = Number(options.port ?? 443);
        const target = new URL(`https://${host.includes(':') ? `[${host}]` : host}:${port}`);
        const proxy = proxyFor(target, this.#settings);
        if (!proxy)
            return super.createConnection(options, callback) ?? undefined;
        const done = (error, socket) => callback?.(error, socket);
        const authority = `${target.hostname}:${port}`;
        const transport = proxy.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const connect = transport.request({
            host: proxy.hostname.replace(/^\[|\]$/g, ''),
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...proxyAuthorization(proxy) },
            agent: false,
            timeout: typeof options.timeout === 'number' ? options.timeout : undefined,
        });
        connect.once('connect', (res, socket) => {
            if (res.statusCode !== 200) {
                socket.destroy();
                done(new ProxyRefusal(`the proxy ${proxy.host} refused the tunnel to ${authority} (HTTP ${res.statusCode})`));
                return;
            }
            const tlsOptions = options;
            const servername = tlsOptions.servername ?? (isIp(host) ? undefined : host);
            const secure = external_node_tls_.connect({ ...tlsOptions, socket, ...(servername ? { servername } : {}) });
            done(null, secure);
        });
        connect.once('error', (error) => done(error));
        connect.once('timeout', () => connect.destroy(new Error(`no answer from the proxy ${proxy.host}`)));
        connect.end();
        return undefined; // the socket arrives through the callback, once the tunnel is up
    }
}
class ProxyRefusal extends Error {
    name = 'ProxyRefusal';
}
function isIp(host) {
    return /^[\d.]+$/.test(host) || host.includes(':');
}

;// CONCATENATED MODULE: ./src/core/http-errors.ts


/** What a failed request becomes: one error naming the service, and the proxy when it was the one that failed. */
/**
 * A server that is slow may answer a second attempt; a proxy that accepted the connection and
 * said nothing for the whole timeout stands in front of every service, so each retry would only
 * wait as long again: that one is not retried (the refresher still tries again later).
 */
function timeoutError(purpose, url, timeoutMs, via, connected) {
    if (via && !connected) {
        return new errors/* OidcExchangeError */.tS('TIMEOUT', `The proxy ${via.host} did not open a connection to ${url.host} (${purpose}) within ${timeoutMs} ms.`, {
            hint: 'Check that the proxy (HTTPS_PROXY, or the agent proxy on Azure DevOps) is up and reaches this host, or list the host in NO_PROXY; `timeout-seconds` bounds each wait.',
        });
    }
    const through = via ? ` (through the proxy ${via.host})` : '';
    return new errors/* OidcExchangeError */.tS('TIMEOUT', `No complete answer from ${purpose}${through} within ${timeoutMs} ms.`, {
        retryable: true,
    });
}
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
]);
function asNetworkError(error, purpose, url, via) {
    if (error instanceof errors/* OidcExchangeError */.tS)
        return error;
    const code = error?.code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    // Our tunnel's refusals, and Node's own proxy support's (ERR_PROXY_TUNNEL: e.g. a 407 or 502).
    if (error instanceof ProxyRefusal || code === 'ERR_PROXY_TUNNEL') {
        return new errors/* OidcExchangeError */.tS('HTTP_FAILED', `Could not reach ${purpose} (${url.host})${via && code ? ` through the proxy ${via.host}` : ''}: ${message}.`, {
            hint: 'Check HTTPS_PROXY (the agent proxy) and NO_PROXY; a proxy that needs credentials takes them in its URL.',
        });
    }
    if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
        return new errors/* OidcExchangeError */.tS('HTTP_FAILED', `TLS to ${purpose} (${url.host}) failed: ${message}.`, {
            hint: 'A TLS-intercepting proxy or a private CA needs its certificate in NODE_EXTRA_CA_CERTS.',
        });
    }
    return new errors/* OidcExchangeError */.tS('HTTP_FAILED', `Could not reach ${purpose} (${url.host}): ${message}.`, {
        retryable: TRANSIENT_NETWORK_CODES.has(code) || message === 'socket hang up',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/core/http.ts





const DEFAULT_TIMEOUT_MS = 15_000;
/** Responses larger than this are refused: nothing we talk to legitimately sends more. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** Throws unless `url` is https (or http to a loopback host). */
function assertSecureUrl(url, purpose) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* OidcExchangeError */.tS('HTTP_FAILED', `The URL for ${purpose} is not a valid URL.`);
    }
    const loopback = isLoopbackHost(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        throw new errors/* OidcExchangeError */.tS('HTTP_FAILED', `The URL for ${purpose} must use https, but it is ${parsed.protocol}//${parsed.host}.`);
    }
    return parsed;
}
function createHttpClient(proxyEnv = {}, timeoutMs = DEFAULT_TIMEOUT_MS, nativeProxyEnv = supportsProxyEnv(process.versions.node)) {
    // Node's own proxyEnv knows NO_PROXY only; a `bypass` test must be asked per connection, which
    // our tunnelling agent does. It is also what a Node without proxyEnv gets.
    const tunnel = !nativeProxyEnv || proxyEnv.bypass !== undefined;
    const settings = normaliseProxyEnv(proxyEnv);
    const httpsAgent = tunnel
        ? new TunnelingAgent(proxyEnv, { keepAlive: true })
        : new external_node_https_.Agent({ keepAlive: true, proxyEnv: settings });
    const httpAgent = new external_node_http_.Agent(tunnel ? { keepAlive: true } : { keepAlive: true, proxyEnv: settings });
    const route = (url) => {
        const via = proxyFor(url, proxyEnv);
        return url.protocol === 'https:'
            ? { agent: httpsAgent, via }
            : { agent: httpAgent, proxy: tunnel ? via : undefined, via };
    };
    let skew;
    const observe = (url, res) => {
        const date = Date.parse(String(res.headers.date ?? ''));
        if (!Number.isNaN(date)) {
            const seconds = Math.round((date - Date.now()) / 1000);
            if (!skew || Math.abs(seconds) > Math.abs(skew.seconds))
                skew = { host: new URL(url).host, seconds };
        }
        return res;
    };
    return {
        timeoutMs,
        clockSkew: () => skew,
        request: async (req) => observe(req.url, await send({ timeoutMs, ...req }, route)),
        close() {
            httpsAgent.destroy();
            httpAgent.destroy();
        },
    };
}
function normaliseProxyEnv(env) {
    const out = {};
    if (env.HTTPS_PROXY)
        out['HTTPS_PROXY'] = env.HTTPS_PROXY;
    if (env.HTTP_PROXY)
        out['HTTP_PROXY'] = env.HTTP_PROXY;
    if (env.NO_PROXY)
        out['NO_PROXY'] = env.NO_PROXY;
    return out;
}
function send(req, routeFor) {
    const url = assertSecureUrl(req.url, req.purpose);
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const headers = { 'user-agent': 'oidc-exchange', ...req.headers };
    if (req.body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(req.body));
    const { agent, proxy, via } = routeFor(url);
    const method = req.method ?? 'GET';
    return new Promise((resolve, reject) => {
        // `timeout` reaches the agent's connection too: it bounds the CONNECT of our tunnel and of
        // Node's own proxy support, which would otherwise hold a silent proxy's socket for ever. It is
        // a little longer than the timer below, which is what ends the request and names the proxy.
        const cleanupAfterMs = timeoutMs + 1_000;
        // Plain http through a proxy: the proxy gets the absolute URI (RFC 9112 §3.2.2).
        const outgoing = proxy
            ? external_node_http_.request({
                host: proxy.hostname.replace(/^\[|\]$/g, ''),
                port: proxy.port || 80,
                path: url.href,
                method,
                headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) },
                agent,
                timeout: cleanupAfterMs,
            })
            : transport.request(url, { method, headers, agent, timeout: cleanupAfterMs });
        // A request gets its socket only once a proxy has opened the tunnel.
        let connected = false;
        outgoing.once('socket', () => (connected = true));
        const fail = (error) => {
            clearTimeout(timer);
            reject(asNetworkError(error, req.purpose, url, via));
        };
        // Settles the promise itself: destroying a request that has no socket yet (a tunnel still
        // waiting for the proxy) emits nothing until the tunnel ends.
        const timer = setTimeout(() => {
            const error = timeoutError(req.purpose, url, timeoutMs, via, connected);
            fail(error);
            outgoing.destroy(error);
        }, timeoutMs);
        outgoing.on('error', fail);
        outgoing.on('response', (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY_BYTES) {
                    res.destroy(new errors/* OidcExchangeError */.tS('HTTP_FAILED', `The answer from ${req.purpose} is too large.`));
                    return;
                }
                chunks.push(chunk);
            });
            res.on('error', fail);
            res.on('end', () => {
                clearTimeout(timer);
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                });
            });
        });
        outgoing.end(req.body);
    });
}
/** Parses a JSON body, or says plainly which service sent something else. */
function parseJsonBody(res, purpose) {
    try {
        return JSON.parse(res.body);
    }
    catch {
        throw new errors/* OidcExchangeError */.tS('HTTP_FAILED', `${capitalise(purpose)} answered HTTP ${res.status} with a body that is not JSON` +
            ` (content-type ${res.headers['content-type'] ?? 'none'}).`, { retryable: res.status >= 500 });
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 9514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Xw: () => (/* binding */ parseUuid),
/* harmony export */   aY: () => (/* binding */ invalidInput),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   fV: () => (/* binding */ missingInput),
/* harmony export */   mX: () => (/* binding */ parseHttpsUrl),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   sl: () => (/* binding */ parseTenant),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export inputHint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4083);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9114);



const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Shows a given value in a message: quoted, bounded, control characters made visible. */
function shown(value, maxLength = 120) {
    const visible = value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
    /[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `'${visible.length > maxLength ? `${visible.slice(0, maxLength - 3)}...` : visible}'`;
}
/**
 * Every input error carries a fix. Without a more specific one, the fix is what the input is, from
 * the one table of inputs (its description names the form and an example).
 */
const DESCRIPTIONS = new Map(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.map((i) => [i.name, i.description]));
function inputHint(name) {
    const description = DESCRIPTIONS.get(name);
    return description === undefined ? `Check \`${name}\`.` : `Set \`${name}\`: ${description}`;
}
function invalidInput(name, expected, given, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('INPUT_INVALID', `Input \`${name}\` must be ${expected}, but it is ${shown(given)}.`, { hint: hint ?? inputHint(name) });
}
function missingInput(name, why, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('INPUT_INVALID', `Input \`${name}\` is required ${why}, but it is empty.`, {
        hint: hint ?? inputHint(name),
    });
}
function parseBoolean(name, raw, fallback, problems) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    problems.push(invalidInput(name, '`true` or `false`', raw));
    return fallback;
}
function parseInteger(name, raw, range, problems) {
    const value = raw.trim();
    if (value === '')
        return range.fallback;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= range.min && n <= range.max)
        return n;
    problems.push(invalidInput(name, `a whole number from ${range.min} to ${range.max}`, raw));
    return range.fallback;
}
function parseUuid(name, raw, problems) {
    const value = raw.trim();
    if (UUID.test(value))
        return value.toLowerCase();
    problems.push(invalidInput(name, 'a UUID like 00000000-0000-0000-0000-000000000000', raw));
    return undefined;
}
/** A tenant is a UUID or a verified domain name (docs/protocols.md §2.1). */
function parseTenant(name, raw, problems) {
    const value = raw.trim();
    if (UUID.test(value))
        return value.toLowerCase();
    if (/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(value))
        return value.toLowerCase();
    problems.push(invalidInput(name, 'a tenant UUID or a verified domain like contoso.onmicrosoft.com', raw));
    return undefined;
}
/** An https URL (http only for loopback, i.e. tests), with no query, fragment or credentials. */
function parseHttpsUrl(name, raw, problems) {
    const value = raw.trim();
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    const ok = url !== undefined &&
        (url.protocol === 'https:' || (url.protocol === 'http:' && (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.hostname))) &&
        url.username === '' &&
        url.password === '' &&
        url.search === '' &&
        url.hash === '';
    if (!ok) {
        problems.push(invalidInput(name, 'an https URL with no query or fragment, like https://login.example.com', raw));
        return undefined;
    }
    return value;
}
/** Splits a list given one per line or comma-separated; blank entries are dropped. */
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Splits a list given one per line only (patterns may contain commas); blank lines are dropped. */
function splitLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ DEFAULT_GITHUB_ISSUER),
/* harmony export */   _F: () => (/* binding */ FROM_SERVICE_CONNECTION),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   ml: () => (/* binding */ writtenByUser),
/* harmony export */   xQ: () => (/* binding */ camelCase)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/**
 * Inputs the Azure DevOps task never shows: it takes them from the Azure service connection
 * (`azure-subscription`), as Microsoft's own tasks do, so they cannot disagree with it.
 */
const FROM_SERVICE_CONNECTION = {
    'azure-client-id': 'the connection’s service principal id',
    'azure-tenant-id': 'the connection’s tenant id',
    'azure-subscription-id': 'the connection’s subscription id',
    'azure-cloud': 'the connection’s environment',
    'azure-authority-host': 'the connection’s Active Directory authority',
};
/** `aws-role-arn` → `awsRoleArn`: task.json input names are camelCase (`^[A-Za-z][A-Za-z0-9]*$`). */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
const DEFAULT_GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const INPUTS = [
    {
        name: 'issuer',
        group: 'token',
        description: 'Expected `iss` of the OIDC token, compared byte for byte (GHES: `https://HOST/_services/token`; enterprise issuers have a path).',
        default: DEFAULT_GITHUB_ISSUER,
        azureDevOps: {
            default: '',
            description: 'Expected `iss` of the token, compared byte for byte. Default: either issuer Azure DevOps uses, `https://vstoken.dev.azure.com/<organization id>` or, for a connection on the Entra issuer, `<the connection’s authority>/<tenant>/v2.0`. Set it to accept only one.',
        },
    },
    {
        name: 'audience',
        group: 'token',
        description: "Audience to request and require in the token's `aud`. Default: each target's own (Azure: `api://AzureADTokenExchange`, or the sovereign cloud's).",
        // Azure DevOps issues its own audience (api://AzureADTokenExchange); a task cannot choose one.
        only: 'github',
    },
    {
        name: 'subject',
        group: 'token',
        description: 'Expected `sub`: one or more patterns, one per line. Exact and case-sensitive; `*` matches any run of characters. Both `repo:owner/name:…` and immutable `repo:owner@id/name@id:…` forms are plain strings.',
        kind: { type: 'lines' },
        azureDevOps: {
            description: 'Expected `sub`: one or more patterns, one per line, exact and case-sensitive; `*` matches any run of characters. A service connection’s token: `sc://<org>/<project>/<connection>` or, on the Entra issuer, `/eid1/c/pub/t/…/sc/<org id>/<connection id>`; the pipeline’s own token (no connection): `p://<org>/<project>/<pipeline>`.',
        },
    },
    {
        name: 'claims',
        group: 'token',
        description: 'Other expected claims, one `name=pattern` per line, e.g. `repository_owner_id=123456` or `job_workflow_ref=octo-org/ci/.github/workflows/deploy.yml@*`.',
        kind: { type: 'lines' },
        azureDevOps: {
            description: 'Other expected claims, one `name=pattern` per line. Only the pipeline’s own token carries more than the standard claims, e.g. `rpo_ref=refs/heads/main` or `def_id=42`.',
        },
    },
    {
        name: 'token-source',
        group: 'token',
        description: "`github`: the job's ID token. `azure-managed-identity`: a token of the Azure VM's managed identity (self-hosted runners on Azure): Azure credentials directly, or a federated assertion for AWS and Databricks (then `issuer` is `https://login.microsoftonline.com/<tenant>/v2.0`).",
        default: 'github',
        kind: { type: 'choice', options: ['github', 'azure-managed-identity'] },
        azureDevOps: {
            default: 'azure-devops',
            description: "`azure-devops`: the job's ID token, for the service connection `azureSubscription` when one is given, else the pipeline's own (`p://…`). `azure-managed-identity`: a token of the Azure VM's managed identity (self-hosted agents on Azure).",
            kind: { type: 'choice', options: ['azure-devops', 'azure-managed-identity'] },
        },
    },
    {
        name: 'azure-managed-identity-client-id',
        group: 'token',
        description: 'Client id of the user-assigned managed identity to use (default: the system-assigned one).',
    },
    {
        name: 'azure-managed-identity-resource-id',
        group: 'token',
        description: 'Or its Azure resource id.',
    },
    {
        name: 'verify-signature',
        group: 'token',
        description: "Verify the token's RS256 signature with the issuer's published keys (discovery `issuer` must equal `issuer`; `exp`, `nbf`, `iat` required).",
        default: 'true',
        kind: { type: 'boolean' },
    },
    {
        name: 'dry-run',
        group: 'general',
        description: 'Exchange nothing: show the token’s claims beside every expectation, check its signature, and print the trust (Entra federated credential, AWS trust statement, Databricks policy) that would accept it.',
        default: 'false',
        kind: { type: 'boolean' },
    },
    {
        name: 'timeout-seconds',
        group: 'general',
        description: 'Longest wait for any one request (token endpoint, issuer, cloud). Transient failures are retried within about a minute in all.',
        default: '15',
    },
    {
        name: 'refresh',
        group: 'general',
        description: 'Keep the credentials renewable for the whole job (up to 6 h): a background refresher keeps `AZURE_FEDERATED_TOKEN_FILE` fresh (and re-logs the Azure CLI in), AWS a loopback credentials endpoint that renews the role session on demand (`AWS_CONTAINER_CREDENTIALS_FULL_URI`) instead of static keys, Databricks a loopback token service (`DATABRICKS_AUTH_TYPE=metadata-service`). The post step stops and removes it all. See "Long-running jobs".',
        default: 'true',
        kind: { type: 'boolean' },
        azureDevOps: {
            description: 'Keep the credentials renewable for the whole job: a background refresher keeps `AZURE_FEDERATED_TOKEN_FILE` fresh (and re-logs the Azure CLI in), Databricks gets a loopback token service (`DATABRICKS_AUTH_TYPE=metadata-service`), AWS a loopback credentials endpoint that renews the role session on demand (`AWS_CONTAINER_CREDENTIALS_FULL_URI`; a step using it with the AWS CLI maps `AWS_CONTAINER_AUTHORIZATION_TOKEN: $(AWS_CONTAINER_AUTHORIZATION_TOKEN)`) instead of static keys. The post-job step stops it and removes its files. See "Long-running jobs".',
        },
    },
    {
        name: 'azure-subscription',
        group: 'azure',
        description: 'Azure Resource Manager service connection using workload identity federation. Azure credentials come from its service principal, tenant, subscription and environment; AWS and Databricks then use its token too.',
        kind: { type: 'serviceConnection', endpointType: 'AzureRM' },
        only: 'azure-devops',
    },
    {
        name: 'azure-client-id',
        group: 'azure',
        description: 'Application (client) ID of the app registration or user-assigned managed identity (UUID).',
        requiredForTarget: true,
    },
    {
        name: 'azure-tenant-id',
        group: 'azure',
        description: 'Directory (tenant) ID (UUID) or a verified domain of the tenant.',
        requiredForTarget: true,
        alsoFor: ['databricks'],
    },
    {
        name: 'azure-subscription-id',
        group: 'azure',
        description: 'Subscription ID (UUID) exported for the Azure CLI, SDKs and Terraform. Optional.',
    },
    {
        name: 'azure-cloud',
        group: 'azure',
        description: '`AzureCloud`, `AzureUSGovernment` or `AzureChinaCloud`: sets the authority host, the default audience and the resource URLs.',
        default: 'AzureCloud',
        alsoFor: ['databricks'],
    },
    {
        name: 'azure-scopes',
        group: 'azure',
        description: 'Resources to get access tokens for in this step, in parallel, one per line or comma-separated: `arm`, `keyvault`, `storage`, `graph`, `ml`, `databricks`, or a full scope (`https://…/.default`). The first is `azure-access-token`.',
        default: 'arm',
        kind: { type: 'lines' },
    },
    {
        name: 'azure-authority-host',
        group: 'azure',
        description: 'Entra authority host override (Azure Stack, private clouds). With it, no other host is contacted (and `azure-cli-login` is refused: the CLI signs in only at its cloud’s own authority). Default: the cloud’s, or `AZURE_AUTHORITY_HOST` when it names an Entra authority host of a Microsoft cloud.',
        alsoFor: ['databricks'],
    },
    {
        name: 'azure-cli-login',
        group: 'azure',
        description: 'Also log the Azure CLI in (when `az` is on PATH), in a job-private `AZURE_CONFIG_DIR` that the post step removes.',
        default: 'false',
        kind: { type: 'boolean' },
        azureDevOps: {
            description: 'Also log the Azure CLI in (when `az` is on PATH), in a job-private `AZURE_CONFIG_DIR` under the agent’s temp folder, removed when the job ends.',
        },
    },
    {
        name: 'aws-role-arn',
        group: 'aws',
        description: 'IAM role to assume with the OIDC token, e.g. `arn:aws:iam::123456789012:role/deploy` (partitions aws, aws-cn, aws-us-gov).',
        requiredForTarget: true,
    },
    {
        name: 'aws-region',
        group: 'aws',
        description: 'Region whose STS endpoint is called (never the global one), exported as `AWS_REGION` and `AWS_DEFAULT_REGION`.',
        requiredForTarget: true,
    },
    {
        name: 'aws-session-name',
        group: 'aws',
        description: 'Role session name (2–64 of letters, digits and `_+=,.@-`), shown in CloudTrail. Default: `oidc-exchange-<run id>-<attempt>`.',
    },
    {
        name: 'aws-duration-seconds',
        group: 'aws',
        description: "Session length, 900–43200 seconds, up to the role's maximum session duration.",
        default: '3600',
    },
    {
        name: 'aws-session-policy',
        group: 'aws',
        description: 'Inline session policy (JSON) that narrows the role for this session.',
        kind: { type: 'lines' },
    },
    {
        name: 'aws-managed-policy-arns',
        group: 'aws',
        description: 'Up to 10 managed policy ARNs that narrow the role for this session, one per line or comma-separated.',
        kind: { type: 'lines' },
    },
    {
        name: 'aws-sts-endpoint',
        group: 'aws',
        description: 'STS endpoint override (VPC endpoints, FIPS endpoints). Default: `https://sts.<region>.amazonaws.com` (`.com.cn` in China).',
        azureDevOps: {
            description: 'STS endpoint override (VPC endpoints, FIPS endpoints). Default: the variable `AWS_ENDPOINT_URL_STS` when it names an AWS STS host (any other stops the task), else `https://sts.<region>.amazonaws.com` (`.com.cn` in China).',
        },
    },
    {
        name: 'aws-mask-account-id',
        group: 'aws',
        description: 'Mask the account id in logs. It is not a secret, and masking it hides every output that contains it.',
        default: 'false',
        kind: { type: 'boolean' },
    },
    {
        name: 'aws-allowed-account-ids',
        group: 'aws',
        description: 'Accounts the credentials may belong to, one 12-digit id per line or comma-separated: the step fails before exporting anything when the assumed role is in another account.',
        kind: { type: 'lines' },
    },
    {
        name: 'aws-role-chain',
        group: 'aws',
        description: 'Roles to assume after `aws-role-arn`, in order, one per line: `<role ARN> [external-id=<id>] [session-name=<name>]`. Each is assumed with `sts:AssumeRole` signed by the previous role’s credentials (chained sessions last at most an hour); the last one’s credentials are exported, and renewal renews the whole chain.',
        kind: { type: 'lines' },
    },
    {
        name: 'aws-profile',
        group: 'aws',
        description: 'Name of the AWS profile this step writes to its own AWS config file (`AWS_CONFIG_FILE`, in its private folder), renewed on its own; the file keeps the profiles of earlier oidc-exchange steps, so several steps, one per role, give `aws --profile <name>` each its own role for the whole job. An `AWS_CONFIG_FILE` that is not an earlier step’s is not read: later steps get this one instead. The post step removes the profile. Default: no profile; the credentials are the environment’s. Needs `refresh`.',
    },
    {
        name: 'databricks-host',
        group: 'databricks',
        description: 'Workspace URL (`https://dbc-1234.cloud.databricks.com`, `https://adb-….azuredatabricks.net`) or account console URL (`https://accounts.cloud.databricks.com`).',
        requiredForTarget: true,
    },
    {
        name: 'databricks-client-id',
        group: 'databricks',
        description: 'Application id (UUID) of the service principal whose federation policy should accept the token. Empty: the account-wide policies decide who the token is.',
    },
    {
        name: 'databricks-account-id',
        group: 'databricks',
        description: 'Databricks account id (UUID); required with an account console host.',
    },
    {
        name: 'databricks-mode',
        group: 'databricks',
        description: '`federation`: exchange the CI token at Databricks (any cloud). `entra` (Azure Databricks): an Entra token for the AzureDatabricks application, from `databricks-client-id`, `azure-tenant-id` and `azure-cloud`.',
        default: 'federation',
        kind: { type: 'choice', options: ['federation', 'entra'] },
        azureDevOps: {
            description: '`federation`: exchange the Azure DevOps token at Databricks (any cloud). `entra` (Azure Databricks): an Entra token for the AzureDatabricks application, from `databricksClientId` and the service connection’s tenant.',
        },
    },
    {
        name: 'databricks-azure-workspace-resource-id',
        group: 'databricks',
        description: 'Entra mode: the workspace’s Azure resource id. With it, a service principal with Contributor on the workspace is added to it on first use (the SP-management headers).',
    },
    {
        name: 'databricks-auth',
        group: 'databricks',
        description: '`token`: later steps get `DATABRICKS_TOKEN` (short-lived). `oidc`: they get the settings with which the Databricks CLI and SDKs mint their own tokens for the whole job (`DATABRICKS_AUTH_TYPE=github-oidc`, `DATABRICKS_CLIENT_ID`, `DATABRICKS_TOKEN_AUDIENCE`).',
        default: 'token',
        kind: { type: 'choice', options: ['token', 'oidc'] },
        azureDevOps: {
            description: '`token`: later steps get `DATABRICKS_TOKEN` (short-lived, secret). `oidc`: they get the settings with which the Databricks CLI and SDKs mint their own tokens for the whole job (`DATABRICKS_AUTH_TYPE=azure-devops-oidc`, `DATABRICKS_CLIENT_ID`; map `SYSTEM_ACCESSTOKEN` into their step). They mint the pipeline’s own token (`p://…`), so `oidc` needs a step without `azureSubscription`.',
        },
    },
    {
        name: 'gcp-workload-identity-provider',
        group: 'gcp',
        description: 'Google Cloud workload identity provider, by its full resource name: `projects/<project number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. The default `audience` is `https://iam.googleapis.com/` followed by it.',
        requiredForTarget: true,
    },
    {
        name: 'gcp-service-account',
        group: 'gcp',
        description: 'Service account e-mail to impersonate (the federated principal needs `roles/iam.workloadIdentityUser` on it). Empty: later steps use the federated identity directly (direct resource access).',
    },
    {
        name: 'gcp-project-id',
        group: 'gcp',
        description: 'Project id exported as `GOOGLE_CLOUD_PROJECT`, `CLOUDSDK_CORE_PROJECT`, `CLOUDSDK_PROJECT`, `GCLOUD_PROJECT` and `GCP_PROJECT`. Default: the project of `gcp-service-account` (`name@<project>.iam.gserviceaccount.com`).',
    },
    {
        name: 'gcp-scopes',
        group: 'gcp',
        description: 'OAuth scopes of `gcp-access-token` and of the later steps’ tokens, one per line or comma-separated (`cloud-platform` is short for `https://www.googleapis.com/auth/cloud-platform`).',
        default: 'cloud-platform',
        kind: { type: 'lines' },
    },
    {
        name: 'gcp-token-lifetime-seconds',
        group: 'gcp',
        description: 'Lifetime of the service account’s access tokens, 60–43200 seconds (over 3600 needs the organisation policy `constraints/iam.allowServiceAccountCredentialLifetimeExtension`). Without `gcp-service-account` the federated token lives as long as Google STS says (an hour).',
        default: '3600',
    },
    {
        name: 'gcp-delegates',
        group: 'gcp',
        description: 'Delegation chain to `gcp-service-account`: service account e-mails (or `projects/-/serviceAccounts/<e-mail>`), one per line or comma-separated, in order. The federated principal needs `roles/iam.serviceAccountTokenCreator` on the first, each on the next, the last on `gcp-service-account`. Later steps get the same chain through the credentials file.',
        kind: { type: 'lines' },
    },
    {
        name: 'gcp-id-token-audience',
        group: 'gcp',
        description: 'Also mint a Google ID token of `gcp-service-account` for this audience (Cloud Run or Cloud Functions: the service URL, `https://…run.app`; IAP: its OAuth client id): output `gcp-id-token` (masked) and the file `GCP_ID_TOKEN_FILE`, kept fresh with `refresh`. Needs `gcp-service-account`.',
    },
    {
        name: 'gcp-id-token-include-email',
        group: 'gcp',
        description: 'Put the service account’s `email` and `email_verified` claims in the ID token (some receivers, e.g. IAP, identify callers by them).',
        default: 'false',
        kind: { type: 'boolean' },
    },
    {
        name: 'gcp-sts-endpoint',
        group: 'gcp',
        description: 'Google STS endpoint override (Private Service Connect, e.g. `https://sts-myendpoint.p.googleapis.com`). Default: `https://sts.googleapis.com`. Also written into the credentials file.',
    },
    {
        name: 'gcp-iam-credentials-endpoint',
        group: 'gcp',
        description: 'IAM Credentials endpoint override (Private Service Connect). Default: `https://iamcredentials.googleapis.com`. Also written into the credentials file.',
    },
];
const OUTPUTS = [
    { name: 'subject', description: 'The verified `sub` of the OIDC token.' },
    { name: 'expires-at', description: 'Earliest expiry (ISO 8601) of the credentials this step issued.' },
    {
        name: 'azure-access-token',
        description: 'Access token for the first of `azure-scopes` (ARM by default). Masked.',
    },
    ...['keyvault', 'storage', 'graph', 'ml', 'databricks', 'arm'].map((alias) => ({
        name: `azure-access-token-${alias}`,
        description: `Access token for \`${alias}\` when it is listed in \`azure-scopes\` after the first entry. Masked.`,
    })),
    { name: 'aws-access-key-id', description: 'AWS access key id of the assumed-role session. Masked.' },
    { name: 'aws-secret-access-key', description: 'AWS secret access key. Masked.' },
    { name: 'aws-session-token', description: 'AWS session token. Masked.' },
    { name: 'aws-expiration', description: 'When the AWS credentials expire (ISO 8601).' },
    { name: 'aws-account-id', description: "The role's account id (masked only with `aws-mask-account-id`)." },
    {
        name: 'aws-assumed-role-arn',
        description: 'ARN of the assumed-role session, e.g. `arn:aws:sts::123456789012:assumed-role/deploy/oidc-exchange-…`.',
    },
    { name: 'databricks-token', description: 'The Databricks access token (short-lived). Masked.' },
    {
        name: 'gcp-access-token',
        description: 'Google Cloud access token: the service account’s, or the federated token without `gcp-service-account`. Masked.',
    },
    { name: 'gcp-expiration', description: 'When `gcp-access-token` expires (ISO 8601).' },
    {
        name: 'gcp-id-token',
        description: 'Google ID token of `gcp-service-account` for `gcp-id-token-audience` (an hour’s life; later steps read the fresh one from the file `GCP_ID_TOKEN_FILE`). Masked.',
    },
    {
        name: 'gcp-credentials-file',
        description: 'Path of the `external_account` credentials file (also `GOOGLE_APPLICATION_CREDENTIALS`), removed by the post step.',
    },
];
const DECLARED = new Map(INPUTS.map((i) => [i.name, i]));
const booleanWord = (text) => /^(true|yes|on|1)$/i.test(text) ? 'true' : /^(false|no|off|0)$/i.test(text) ? 'false' : text;
/**
 * True when the input holds a value the user wrote: not empty, and not the default that action.yml
 * declares (the GitHub runner passes every declared default as INPUT_*, exactly as if the workflow
 * had written it). Whether a target is requested, and which checks run, is decided with this only.
 */
function writtenByUser(read, name) {
    const spec = DECLARED.get(name);
    const value = read(name).trim();
    if (value === '' || spec?.default === undefined)
        return value !== '';
    return spec.kind?.type === 'boolean' ? booleanWord(value) !== spec.default : value !== spec.default;
}


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ decodeJwt)
/* harmony export */ });
/* unused harmony export MAX_TOKEN_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Decodes a JWT's header and payload without verifying it, refusing anything that is not a
 * plain compact JWS: three base64url segments, JSON objects, bounded size. Claim checks run on
 * this; the signature is checked separately (verify.ts) before anything is exported.
 */
const MAX_TOKEN_LENGTH = 20_000; // STS's own WebIdentityToken limit (docs/protocols.md §3.2)
/** `hint`: what to check where the token came from (a file, a variable); the default is for a token endpoint. */
function decodeJwt(token, origin, hint) {
    const malformed = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('TOKEN_MALFORMED', `The OIDC token from ${origin} is not a valid JWT: ${why}.`, {
        hint: hint ?? 'The token endpoint answered with something that is not an ID token; check the request URL.',
    });
    if (token.length > MAX_TOKEN_LENGTH)
        throw malformed(`it is ${token.length} characters long (limit ${MAX_TOKEN_LENGTH})`);
    const segments = token.split('.');
    if (segments.length !== 3)
        throw malformed(`it has ${segments.length} segments instead of 3`);
    const [header, payload] = [segments[0] ?? '', segments[1] ?? ''].map((s, i) => decodeSegment(s, i === 0 ? 'header' : 'payload', malformed));
    return { header: header, payload: payload };
}
function decodeSegment(segment, what, malformed) {
    if (!/^[A-Za-z0-9_-]+$/.test(segment))
        throw malformed(`its ${what} is not base64url`);
    let value;
    try {
        value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    }
    catch {
        throw malformed(`its ${what} is not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw malformed(`its ${what} is not a JSON object`);
    return value;
}


/***/ }),

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutralise)
/* harmony export */ });
/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed where runners read commands:
 * the GitHub runner takes `::name …::data` at the start of a line (after white space) and its old
 * `##[name]` anywhere in a line; the Azure Pipelines agent takes the first `##vso[` anywhere in a
 * line; both log viewers read `##[group]`-style markers (docs/protocols.md §1.7, §6.8).
 * neutralise() makes such text ONE inert line:
 *
 * - every control character is escaped (`\n`, `\r`, `\t`, `\x1b`, `\u2028`): C0, DEL, C1 (NEL
 *   among them) and the Unicode line and paragraph separators, so no part of the text can begin a
 *   line of its own, in a runner, a terminal or a reader that splits at U+2028;
 * - the first `:` of a `::` that starts the text or comes before a letter, and the first `#` of
 *   `##[` / `##vso`, become their full-width forms (`：`, `＃`): still readable, and no marker any
 *   more. Not a zero-width space: both runners find these markers with .NET's culture-sensitive
 *   IndexOf/StartsWith under ICU (neither sets InvariantGlobalization), whose collation ignores
 *   format characters such as U+200B but not a difference of width. For the same reason a `##`
 *   marker is found with format characters anywhere inside it (`#\u200b#vso[` is `##vso[` to the
 *   agent).
 *
 * ARNs (`arn:aws:iam::123456789012:…`) stay intact: a digit never starts a command. Applying it
 * twice changes nothing, so text already neutralised upstream can pass through a sink that does it
 * again.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Format characters, which .NET's culture-sensitive search skips: any number of them, anywhere in a marker. */
const F = '[\\u00ad\\u034f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff]*';
/** The first `#` of `##[` or `##vso` (any case), format characters allowed between their characters. */
// eslint-disable-next-line no-misleading-character-class -- each is a lone format character, not part of a sequence
const HASH_MARKER = new RegExp(`#(?=${F}#${F}(?:\\[|v${F}s${F}o))`, 'gi');
function escaped(c) {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}
function neutralise(text) {
    return text
        .replace(CONTROL, escaped)
        .replace(/::(?=[A-Za-z_])/g, '\uff1a:')
        .replace(/^(\s*)::/, '$1\uff1a:')
        .replace(HASH_MARKER, '\uff03');
}


/***/ }),

/***/ 8224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ planVerifier),
/* harmony export */   z: () => (/* binding */ planExpectations)
/* harmony export */ });
/* harmony import */ var _verify_issuers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1494);

/**
 * What a plan says every token must be, in the two forms the checks take: the claim expectations
 * (less the audience, which each supply adds) and the signature verifier, or none when
 * `verify-signature` is off. One place, so the main step, the dry run and the background
 * refresher check tokens alike, Azure DevOps' two issuer families included.
 */
function planExpectations(plan) {
    return {
        issuer: plan.issuer,
        subjects: plan.subjects,
        claims: plan.claims,
        clockToleranceSeconds: plan.clockToleranceSeconds,
        azureDevOps: plan.azureDevOps,
    };
}
function planVerifier(plan, http, now) {
    if (!plan.verifySignature)
        return undefined;
    return (0,_verify_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .createIssuersVerifier */ .x)((0,_verify_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .planIssuers */ .u)(plan), {
        http,
        clockToleranceSeconds: plan.clockToleranceSeconds,
        now,
    });
}


/***/ }),

/***/ 7418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ parsePlan)
});

// UNUSED EXPORTS: CLOCK_TOLERANCE_SECONDS

// EXTERNAL MODULE: ./src/core/azure-devops-issuers.ts
var azure_devops_issuers = __webpack_require__(329);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/core/pattern.ts
function compilePattern(source) {
    const body = source.split('*').map(escapeRegExp).join('[\\s\\S]*');
    const exact = new RegExp(`^${body}$`);
    const folded = new RegExp(`^${body}$`, 'i');
    return { source, test: (value) => exact.test(value), testIgnoringCase: (value) => folded.test(value) };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/plan.ts





/** RFC 7519 leeway: a minute is plenty against 5-minute tokens (docs/protocols.md §5.1, §5.4). */
const CLOCK_TOLERANCE_SECONDS = 60;
/** Claims with their own input, or checked by the signature verification, are not `claims` rules. */
const RESERVED_CLAIMS = {
    iss: 'use `issuer`',
    aud: 'use `audience`',
    sub: 'use `subject`',
    exp: 'token times are always checked',
    nbf: 'token times are always checked',
    iat: 'token times are always checked',
};
function parsePlan(read, definitions, run = {}) {
    const problems = [];
    const issuerRaw = read('issuer');
    const issuerGiven = issuerRaw.trim() === '' ? undefined : (0,input_parsers/* parseHttpsUrl */.mX)('issuer', issuerRaw, problems);
    if (issuerRaw !== issuerRaw.trim() && issuerRaw.trim() !== '') {
        problems.push((0,input_parsers/* invalidInput */.aY)('issuer', 'an issuer without surrounding spaces (it is compared byte for byte)', issuerRaw));
    }
    const audienceRaw = read('audience').trim();
    if (/\s/.test(audienceRaw))
        problems.push((0,input_parsers/* invalidInput */.aY)('audience', 'one audience with no spaces', audienceRaw));
    let audienceOverride = audienceRaw === '' ? undefined : audienceRaw;
    const source = parseTokenSource(read, problems, run);
    let issuer = issuerGiven ?? inputs/* DEFAULT_GITHUB_ISSUER */.W7;
    let azureDevOps;
    if (source.kind === 'azure-devops') {
        azureDevOps = {
            issuers: (0,azure_devops_issuers/* adoIssuers */.dp)(run.azureDevOps ?? {}, issuerGiven),
            serviceConnectionId: source.serviceConnectionId,
            entraIssuer: (0,azure_devops_issuers/* entraIssuerOf */.nX)(run.azureDevOps ?? {}),
        };
        issuer = azureDevOps.issuers[0]?.issuer ?? '';
        if (issuerRaw.trim() === '' && azureDevOps.issuers.length === 0) {
            problems.push((0,input_parsers/* missingInput */.fV)('issuer', 'when the run names neither its collection (System.CollectionId) nor a service connection with a tenant'));
        }
        // Azure DevOps chooses the audience; a target's own default is not what its token will carry.
        if (audienceOverride !== undefined && !azure_devops_issuers/* ADO_AUDIENCES */.HX.includes(audienceOverride)) {
            problems.push((0,input_parsers/* invalidInput */.aY)('audience', `empty or \`${azure_devops_issuers/* ADO_AUDIENCE */.me}\` (Azure DevOps issues its tokens for that audience only)`, audienceRaw));
        }
        audienceOverride = azure_devops_issuers/* ADO_AUDIENCE */.me;
    }
    // The action declares GitHub's issuer as the default, so every step has it; it is never a managed
    // identity's (Entra's), so with that source only an issuer the user wrote counts.
    if (source.kind === 'azure-managed-identity' && !(0,inputs/* writtenByUser */.ml)(read, 'issuer')) {
        problems.push((0,input_parsers/* missingInput */.fV)('issuer', 'with `token-source: azure-managed-identity` (e.g. https://login.microsoftonline.com/<tenant>/v2.0)'));
    }
    const subjects = (0,input_parsers/* splitLines */.uz)(read('subject')).map(compilePattern);
    const claims = parseClaimRules(read('claims'), problems);
    const verifySignature = (0,input_parsers/* parseBoolean */.yG)('verify-signature', read('verify-signature'), true, problems);
    const dryRun = (0,input_parsers/* parseBoolean */.yG)('dry-run', read('dry-run'), false, problems);
    const refresh = (0,input_parsers/* parseBoolean */.yG)('refresh', read('refresh'), true, problems);
    const timeoutSeconds = (0,input_parsers/* parseInteger */.cG)('timeout-seconds', read('timeout-seconds'), { min: 1, max: 300, fallback: 15 }, problems);
    const requested = definitions.filter((d) => d.isRequested(read));
    if (requested.length === 0) {
        problems.push(new errors/* OidcExchangeError */.tS('INPUT_INVALID', 'No target was given: nothing to exchange the OIDC token for.', {
            hint: 'For Azure, set `azure-client-id` and `azure-tenant-id`; for AWS, `aws-role-arn` and `aws-region`; for Databricks, `databricks-host`; for Google Cloud, `gcp-workload-identity-provider`.',
        }));
    }
    const targets = [];
    for (const definition of requested) {
        const parsed = definition.parse(read, problems, audienceOverride, run);
        if (parsed) {
            targets.push({
                definition,
                settings: parsed.settings,
                audience: parsed.audience,
                needsToken: parsed.needsToken ?? true,
            });
        }
    }
    // An unparsable `issuer` is among the problems (parseHttpsUrl reports it).
    if (problems.length > 0)
        throw new errors/* OidcExchangeErrors */.WF(problems);
    return {
        source,
        issuer,
        azureDevOps,
        subjects,
        claims,
        verifySignature,
        clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
        timeoutMs: timeoutSeconds * 1000,
        dryRun,
        refresh,
        targets,
    };
}
function parseClaimRules(raw, problems) {
    const rules = [];
    for (const line of (0,input_parsers/* splitLines */.uz)(raw)) {
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        const value = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (!/^[A-Za-z0-9_.:/-]+$/.test(name) || value === '') {
            problems.push((0,input_parsers/* invalidInput */.aY)('claims', 'lines of the form `name=pattern`, like `environment=production`', line));
            continue;
        }
        const reserved = RESERVED_CLAIMS[name];
        if (reserved) {
            problems.push((0,input_parsers/* invalidInput */.aY)('claims', `a claim other than \`${name}\` (${reserved})`, line));
            continue;
        }
        rules.push({ name, pattern: compilePattern(value) });
    }
    return rules;
}
function parseTokenSource(read, problems, run) {
    const given = read('token-source').trim().toLowerCase();
    const kind = given === '' ? (run.ci === 'azure-devops' ? 'azure-devops' : 'github') : given;
    if (kind === 'github')
        return { kind: 'github' };
    if (kind === 'azure-devops') {
        return { kind: 'azure-devops', serviceConnectionId: run.azureDevOps?.serviceConnectionId || undefined };
    }
    if (kind !== 'azure-managed-identity') {
        problems.push((0,input_parsers/* invalidInput */.aY)('token-source', '`github`, `azure-devops` or `azure-managed-identity`', read('token-source')));
        return { kind: 'github' };
    }
    const clientRaw = read('azure-managed-identity-client-id');
    const resourceId = read('azure-managed-identity-resource-id').trim() || undefined;
    const clientId = clientRaw.trim()
        ? (0,input_parsers/* parseUuid */.Xw)('azure-managed-identity-client-id', clientRaw, problems)
        : undefined;
    if (resourceId &&
        !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i.test(resourceId)) {
        problems.push((0,input_parsers/* invalidInput */.aY)('azure-managed-identity-resource-id', 'a user-assigned identity resource id', resourceId));
    }
    return { kind: 'azure-managed-identity', clientId, resourceId };
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ RetryAfter),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY_POLICY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 4,
    maxTotalMs: 60_000,
    baseDelayMs: 250,
    maxDelayMs: 5_000,
};
/** A transient error may carry the server's Retry-After (in ms); it is honoured within the bounds. */
class RetryAfter extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS {
    delayMs;
    constructor(error, delayMs) {
        super(error.code, error.message, { hint: error.hint, retryable: true, cause: error.cause });
        this.delayMs = delayMs;
    }
}
async function withRetries(attempt, policy = DEFAULT_RETRY_POLICY, hooks = {}) {
    const now = hooks.now ?? Date.now;
    const sleep = hooks.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = hooks.random ?? Math.random;
    const started = now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (thrown) {
            const error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asOidcExchangeError */ .vf)(thrown);
            if (!error.retryable || n >= policy.maxAttempts)
                throw error;
            // Full jitter keeps parallel matrix jobs from retrying in lock-step.
            const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)) * random();
            const delay = error instanceof RetryAfter ? Math.min(policy.maxDelayMs, error.delayMs) : backoff;
            if (now() - started + delay > policy.maxTotalMs)
                throw error;
            hooks.onRetry?.(error, n, delay);
            await sleep(delay);
        }
    }
}
/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, nowMs = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (!text)
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}


/***/ }),

/***/ 3957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run),
  T: () => (/* binding */ targetContext)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/clock-hint.ts

/**
 * When a token is refused for its times and a server's Date header shows the runner's clock is
 * off by more than the tolerance, the error says so, with the measured difference: the cause
 * users otherwise hunt for (google-github-actions/auth's troubleshooting, docs/protocols.md §5.1).
 */
const TIME_CODES = new Set(['TOKEN_TIME', 'AZURE_ASSERTION_TIME', 'AWS_TOKEN_EXPIRED']);
function withClockHint(error, skew, toleranceSeconds) {
    if (!skew || Math.abs(skew.seconds) <= toleranceSeconds)
        return error;
    const hint = `The runner's clock is ${Math.abs(skew.seconds)} s ${skew.seconds > 0 ? 'behind' : 'ahead of'} ${skew.host}` +
        " (its Date header): sync the runner's clock with NTP.";
    const mend = (e) => TIME_CODES.has(e.code)
        ? new errors/* OidcExchangeError */.tS(e.code, e.message, { hint, retryable: e.retryable, cause: e.cause })
        : e;
    return error instanceof errors/* OidcExchangeErrors */.WF ? new errors/* OidcExchangeErrors */.WF(error.errors.map(mend)) : mend(error);
}

;// CONCATENATED MODULE: ./src/core/exports.ts

/**
 * All grants → one list of exports, checked as a whole: names are well-formed and unique, values
 * cannot smuggle a second variable or command into the runner's files (no newlines), and the
 * step-level outputs (`subject`, `expires-at`) are added. All or nothing: this only runs once
 * every target has succeeded.
 */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function collectExports(grants, step, extra = []) {
    const all = [
        ...grants.flatMap((g) => g.exports),
        ...extra,
        { name: 'subject', value: step.subject, secret: false, kind: 'output' },
        { name: 'expires-at', value: step.expiresAt.toISOString(), secret: false, kind: 'output' },
    ];
    const seen = new Set();
    for (const e of all) {
        const key = `${e.kind === 'output' ? 'output' : 'env'}:${e.name}`;
        const validName = e.kind === 'output' ? OUTPUT_NAME.test(e.name) : ENV_NAME.test(e.name);
        if (!validName || seen.has(key)) {
            throw new errors/* OidcExchangeError */.tS('INTERNAL', `Refusing to export ${e.kind} \`${e.name}\`: invalid or duplicate name.`);
        }
        if (/[\r\n\0]/.test(e.value) && e.kind !== 'file') {
            throw new errors/* OidcExchangeError */.tS('INTERNAL', `Refusing to export ${e.kind} \`${e.name}\`: its value contains a line break.`);
        }
        seen.add(key);
    }
    return all;
}

// EXTERNAL MODULE: ./src/core/token-supply.ts
var token_supply = __webpack_require__(7184);
// EXTERNAL MODULE: ./src/core/plan-checks.ts
var plan_checks = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/trust/ado-migration.ts
var ado_migration = __webpack_require__(2101);
;// CONCATENATED MODULE: ./src/core/run.ts






async function run(plan, deps) {
    try {
        return await exchangeAll(plan, deps);
    }
    catch (error) {
        throw withClockHint((0,errors/* asOidcExchangeError */.vf)(error), deps.http.clockSkew(), plan.clockToleranceSeconds);
    }
}
async function exchangeAll(plan, deps) {
    const now = deps.now ?? (() => new Date());
    const verifier = (0,plan_checks/* planVerifier */.Y)(plan, deps.http, now);
    const supplies = (0,token_supply/* createTokenSupplies */.f)({
        source: deps.source,
        expectations: (0,plan_checks/* planExpectations */.z)(plan),
        verifier,
        registerSecret: deps.registerSecret,
        now,
    });
    // Target modules (and their SDKs) load while the first tokens are fetched.
    const modules = plan.targets.map((t) => t.definition.load());
    for (const m of modules)
        m.catch(() => undefined); // observed below, when the target runs
    const audiences = [...new Set(plan.targets.filter((t) => t.needsToken).map((t) => t.audience))];
    await Promise.all(audiences.map((a) => supplies.forAudience(a).current()));
    for (const audience of audiences) {
        const presented = supplies.forAudience(audience);
        deps.log.info(`OIDC token: sub '${presented.subject}', aud '${presented.audience}', iss '${presented.issuer}': claims match.`);
    }
    const first = supplies.forAudience(audiences[0] ?? '');
    const migration = plan.azureDevOps && (0,ado_migration/* migrationWarningFor */.SI)(plan.azureDevOps, first.issuer, first.subject);
    if (migration)
        deps.log.warning(migration);
    if (plan.verifySignature && audiences.length > 0)
        deps.log.info(`Token signature verified with the published keys of ${first.issuer}.`);
    if (plan.subjects.length === 0)
        deps.log.info("No `subject` given: the cloud's trust alone checks the subject.");
    if (!plan.verifySignature)
        deps.log.warning('`verify-signature` is off: the token signature was not checked locally.');
    const settled = await Promise.allSettled(plan.targets.map(async (target, i) => {
        const module = await modules[i];
        if (!module)
            throw new Error(`target ${target.definition.name} did not load`);
        const tokens = supplies.forAudience(target.audience);
        return module.exchange(target.settings, targetContext(plan, { ...deps, now }, tokens));
    }));
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [(0,errors/* asOidcExchangeError */.vf)(s.reason)] : []));
    if (failures.length > 0)
        throw failures.length === 1 ? failures[0] : new errors/* OidcExchangeErrors */.WF(failures);
    const grants = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const extra = [];
    for (const grant of grants)
        if (grant.finalize)
            extra.push(...(await grant.finalize()));
    const subject = first.subject;
    const expiresAt = new Date(Math.min(...grants.map((g) => g.expiresAt.getTime())));
    const exports = collectExports(grants, { subject, expiresAt }, extra);
    return { exports, grants, subject, issuer: first.issuer, expiresAt };
}
/** What a target runs with: the step's shared services, the plan's timeout, and one audience's tokens. */
function targetContext(plan, services, tokens) {
    return {
        http: services.http,
        log: services.log,
        tokens,
        tempDir: services.tempDir,
        childEnv: services.childEnv,
        timeoutMs: plan.timeoutMs,
        registerSecret: services.registerSecret,
        now: services.now,
    };
}


/***/ }),

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/**
 * The one quoting for anything printed for a person to paste into a POSIX shell (az and
 * databricks commands in hints and explanations, the command line's `env` output): single quotes,
 * with each embedded single quote closed, escaped and reopened. Inside single quotes nothing is
 * special (`$(`, backticks, `\`, newlines), so a claim value is passed on exactly, whatever it
 * holds: a branch name may contain `'` and `$(…)`.
 */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ createTokenSupplies)
/* harmony export */ });
/* harmony import */ var _azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(329);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6926);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _input_parsers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9514);
/* harmony import */ var _jwt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3622);





/** A token is reused while it has at least this long to live; after that a new one is minted. */
const REUSE_MARGIN_SECONDS = 60;
/**
 * Every token minted goes through here, and nothing leaves it unverified: masked first, then its
 * header's `alg` (RS256 only), its claims (local, instant), then its signature with the issuer's
 * keys, which are fetched while the token itself is requested so the check costs next to
 * nothing. Only then is the token handed to a target, so no cloud ever sees a token that failed.
 */
function createTokenSupplies(options) {
    const supplies = new Map();
    const mint = async (audience) => {
        options.verifier?.prefetch(); // the issuer is known before its token is: fetch its keys meanwhile
        const token = await options.source.getToken(audience);
        options.registerSecret(token);
        const { header, payload } = (0,_jwt_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeJwt */ .i)(token, options.source.origin, options.source.malformedHint);
        if (header['alg'] !== 'RS256')
            throw notRs256(header['alg'], options.source.origin);
        (0,_claims_js__WEBPACK_IMPORTED_MODULE_1__/* .checkClaims */ .K)(payload, { ...options.expectations, audience }, options.now());
        // Azure DevOps chooses the audience; the claim check above accepted either of its forms.
        await options.verifier?.verify(token, options.expectations.azureDevOps ? _azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .ADO_AUDIENCES */ .HX : audience);
        return {
            token,
            exp: Number(payload['exp'] ?? 0),
            sub: typeof payload['sub'] === 'string' ? payload['sub'] : '',
            iss: typeof payload['iss'] === 'string' ? payload['iss'] : undefined,
            aud: typeof payload['aud'] === 'string' ? payload['aud'] : undefined,
            azp: typeof payload['azp'] === 'string' ? payload['azp'] : undefined,
        };
    };
    const create = (audience) => {
        let latest;
        let presented;
        const fresh = async () => {
            latest = mint(audience);
            presented = await latest;
            return presented.token;
        };
        return {
            fresh,
            async current() {
                if (latest) {
                    const held = await latest.catch(() => undefined);
                    const nowSeconds = options.now().getTime() / 1000;
                    if (held && held.exp - nowSeconds > REUSE_MARGIN_SECONDS)
                        return held.token;
                }
                return fresh();
            },
            get subject() {
                return presented?.sub ?? '';
            },
            // What the token presents once one was minted: with several accepted issuers or audiences
            // (Azure DevOps), the cloud's trust must name the actual ones.
            get issuer() {
                return presented?.iss ?? options.expectations.issuer;
            },
            get audience() {
                return presented?.aud ?? audience;
            },
            get authorizedParty() {
                return presented?.azp;
            },
        };
    };
    return {
        forAudience(audience) {
            let supply = supplies.get(audience);
            if (!supply) {
                supply = create(audience);
                supplies.set(audience, supply);
            }
            return supply;
        },
    };
}
/** Checked first, whether or not `verify-signature` is on: `none` and HMAC algorithms are forgeries. */
function notRs256(alg, origin) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OidcExchangeError */ .tS('SIGNATURE_INVALID', `The OIDC token from ${origin} is not RS256-signed: its header names alg ${(0,_input_parsers_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(String(alg))}.`, {
        hint: 'CI token endpoints sign with RS256, so this token did not come from your CI provider; check the token source (`token-source`, the request URL). It was sent nowhere.',
    });
}


/***/ }),

/***/ 1494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ createIssuersVerifier),
  u: () => (/* binding */ planIssuers)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/jwt.ts
var jwt = __webpack_require__(3622);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(4490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(6687);
// EXTERNAL MODULE: ./src/core/http-json.ts
var http_json = __webpack_require__(310);
;// CONCATENATED MODULE: ./src/core/issuer-keys.ts




const REFETCH_COOLDOWN_MS = 10_000;
const KEYS_MAX_AGE_MS = 600_000;
function createIssuerKeys(options) {
    const { http, issuer } = options;
    const cooldownMs = options.cooldownMs ?? REFETCH_COOLDOWN_MS;
    const maxAgeMs = options.maxAgeMs ?? KEYS_MAX_AGE_MS;
    const now = () => options.now().getTime();
    let jwksUri; // kept only once discovery succeeded
    let held;
    let loading;
    let lastRefetch = Number.NEGATIVE_INFINITY;
    const load = () => {
        loading ??= (async () => {
            try {
                jwksUri ??= await discoverJwksUri(http, issuer);
                const keys = await fetchKeySet(http, jwksUri);
                held = { keys, fetchedAt: now() };
                return keys;
            }
            catch (error) {
                jwksUri = undefined; // a key set that cannot be fetched may have moved: discover again next time
                throw error;
            }
            finally {
                loading = undefined;
            }
        })();
        return loading;
    };
    return {
        prefetch() {
            if (!held && !loading)
                load().catch(() => undefined); // its error comes back from current()
        },
        current() {
            if (loading)
                return loading;
            if (held && now() - held.fetchedAt < maxAgeMs)
                return Promise.resolve(held.keys);
            return load();
        },
        async refetch() {
            if (loading)
                return loading; // a fetch under way is as fresh as a new one
            if (now() - lastRefetch < cooldownMs)
                return undefined;
            const keys = await load();
            lastRefetch = now(); // only a fetch that worked counts: after an outage the next try fetches
            return keys;
        },
    };
}
async function discoverJwksUri(http, issuer) {
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const body = (await (0,http_json/* requestJson */.S)(http, {
        url,
        purpose: `the issuer's discovery document (${url})`,
    }));
    if (body['issuer'] !== issuer) {
        throw new errors/* OidcExchangeError */.tS('DISCOVERY_FAILED', `The discovery document at ${url} names issuer ${(0,input_parsers/* shown */.SP)(String(body['issuer']))}, not ${(0,input_parsers/* shown */.SP)(issuer)}.`, { hint: 'An issuer must publish its own exact name; check `issuer` (trailing slashes count).' });
    }
    const jwks = body['jwks_uri'];
    if (typeof jwks !== 'string' || jwks === '') {
        throw new errors/* OidcExchangeError */.tS('DISCOVERY_FAILED', `The discovery document at ${url} has no \`jwks_uri\`.`);
    }
    return jwks;
}
async function fetchKeySet(http, uri) {
    const body = await (0,http_json/* requestJson */.S)(http, {
        url: uri,
        purpose: `the issuer's key set (${uri})`,
        headers: { accept: 'application/json' },
    });
    const keySet = body;
    if (!Array.isArray(keySet.keys)) {
        throw new errors/* OidcExchangeError */.tS('DISCOVERY_FAILED', `The issuer's key set at ${uri} has no \`keys\` array.`);
    }
    return (0,local/* createLocalJWKSet */.w)(keySet);
}

;// CONCATENATED MODULE: ./src/core/verify.ts



function createSignatureVerifier(options) {
    const { issuer } = options;
    const cooldownMs = options.refetchCooldownMs ?? REFETCH_COOLDOWN_MS;
    const keys = createIssuerKeys({
        http: options.http,
        issuer,
        now: options.now,
        cooldownMs,
    });
    const check = (token, audience, keySet) => (0,verify/* jwtVerify */.V)(token, keySet, {
        algorithms: ['RS256'],
        issuer,
        audience: typeof audience === 'string' ? audience : [...audience],
        requiredClaims: ['exp', 'iat', 'nbf', 'sub'],
        clockTolerance: options.clockToleranceSeconds,
        currentDate: options.now(),
    });
    return {
        prefetch: () => keys.prefetch(),
        async verify(token, audience) {
            try {
                await check(token, audience, await keys.current());
            }
            catch (error) {
                if (error.code !== 'ERR_JWKS_NO_MATCHING_KEY')
                    throw joseError(error, issuer);
                const refetched = await keys.refetch();
                if (!refetched)
                    throw unknownKey(issuer, `they were fetched again less than ${Math.round(cooldownMs / 1000)} s ago`);
                try {
                    await check(token, audience, refetched);
                }
                catch (again) {
                    const code = again.code;
                    throw code === 'ERR_JWKS_NO_MATCHING_KEY'
                        ? unknownKey(issuer, 'even after fetching them again')
                        : joseError(again, issuer);
                }
            }
        },
    };
}
/**
 * Retryable: an issuer may sign with a key shortly before its key set (behind a cache) shows it,
 * so a renewal tried later may pass; nothing is sent anywhere meanwhile.
 */
function unknownKey(issuer, when) {
    return new errors/* OidcExchangeError */.tS('SIGNATURE_INVALID', `No key of ${issuer} matches the OIDC token's \`kid\` (${when}).`, { hint: 'The token was not signed by this issuer; check `issuer`.', retryable: true });
}
function joseError(error, issuer) {
    if (error instanceof errors/* OidcExchangeError */.tS)
        return error;
    const e = error;
    switch (e.code) {
        case 'ERR_JWT_EXPIRED':
            return new errors/* OidcExchangeError */.tS('TOKEN_TIME', 'The OIDC token has expired (signature check).', {
                hint: 'Tokens live about 5 minutes; if it was just minted, the runner clock is wrong (sync it with NTP).',
            });
        case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
            return new errors/* OidcExchangeError */.tS('CLAIM_MISMATCH', `The OIDC token failed the check of claim \`${e.claim}\`: ${e.message}.`, {
                hint: e.claim === 'nbf' || e.claim === 'iat'
                    ? 'The runner clock may be behind; sync it with NTP.'
                    : undefined,
            });
        case 'ERR_JOSE_ALG_NOT_ALLOWED':
        case 'ERR_JWS_INVALID':
        case 'ERR_JWT_INVALID':
            return new errors/* OidcExchangeError */.tS('SIGNATURE_INVALID', `The OIDC token is not an RS256-signed JWT: ${e.message}.`);
        case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
            return new errors/* OidcExchangeError */.tS('SIGNATURE_INVALID', `The OIDC token's signature does not verify with the keys of ${issuer}.`);
        default:
            return new errors/* OidcExchangeError */.tS('SIGNATURE_INVALID', `The OIDC token could not be verified: ${e.message ?? String(error)}.`);
    }
}

;// CONCATENATED MODULE: ./src/core/verify-issuers.ts




/**
 * Signature verification when more than one issuer is accepted (Azure DevOps: the vstoken and the
 * Entra family). Each token is verified against the issuer it names, and only if that issuer is one
 * of the accepted ones: the `iss` chooses where keys are fetched from, never which keys are trusted
 * beyond that list. Each issuer's discovery and keys are fetched when its first token arrives: with
 * several issuers none is fetched ahead, as only one of them is used and the others may not even
 * be reachable from the agent.
 */
function planIssuers(plan) {
    return plan.azureDevOps ? plan.azureDevOps.issuers.map((i) => i.issuer) : [plan.issuer];
}
function createIssuersVerifier(issuers, options) {
    if (issuers.length === 1)
        return createSignatureVerifier({ ...options, issuer: issuers[0] ?? '' });
    const verifiers = new Map();
    return {
        prefetch: () => undefined,
        verify(token, audience) {
            const iss = (0,jwt/* decodeJwt */.i)(token, 'the token source').payload['iss'];
            if (typeof iss !== 'string' || !issuers.includes(iss)) {
                return Promise.reject(new errors/* OidcExchangeError */.tS('SIGNATURE_INVALID', `The OIDC token names issuer ${(0,input_parsers/* shown */.SP)(String(iss))}, which is none of the accepted ${issuers.map((value) => (0,input_parsers/* shown */.SP)(value)).join(', ')}; its signature was not checked.`));
            }
            let verifier = verifiers.get(iss);
            if (!verifier) {
                verifier = createSignatureVerifier({ ...options, issuer: iss });
                verifiers.set(iss, verifier);
            }
            return verifier.verify(token, audience);
        },
    };
}


/***/ }),

/***/ 135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ proxyFromEnvironment),
/* harmony export */   e: () => (/* binding */ agentProxy)
/* harmony export */ });
/** The proxy a process's environment names, in either case, as curl and the cloud CLIs read it. */
function proxyFromEnvironment(env) {
    return {
        HTTPS_PROXY: env['HTTPS_PROXY'] ?? env['https_proxy'],
        HTTP_PROXY: env['HTTP_PROXY'] ?? env['http_proxy'],
        NO_PROXY: env['NO_PROXY'] ?? env['no_proxy'],
    };
}
/**
 * The Azure DevOps agent's proxy (its URL carries the credentials), for every request; NO_PROXY
 * still comes from the environment. Used by the task and by the refresher it starts.
 */
function agentProxy(url, bypass, env) {
    return {
        HTTPS_PROXY: url,
        HTTP_PROXY: url,
        NO_PROXY: proxyFromEnvironment(env).NO_PROXY,
        bypass: urlBypass(bypass),
    };
}
/**
 * The agent's proxy bypass list: regular expressions matched against whole URLs, as task-lib
 * matches them. One that does not compile bypasses nothing (the agent's own check would throw on it).
 */
function urlBypass(patterns) {
    const compiled = patterns.flatMap((pattern) => {
        try {
            return [new RegExp(pattern, 'i')];
        }
        catch {
            return [];
        }
    });
    return (url) => compiled.some((re) => re.test(url.href));
}


/***/ }),

/***/ 2474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aP: () => (/* binding */ createPrivateFile),
  nZ: () => (/* reexport */ credential_file_path/* credentialFilePath */.n),
  wK: () => (/* binding */ writePrivateFileAtomically),
  AK: () => (/* binding */ writeSecretFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/runtimes/shared/rename-over.ts

/**
 * Renames a new file over an old one. On Windows a rename over a file that another process has
 * open without delete sharing (a Python SDK reading the federated token file, an antivirus scan)
 * fails for a moment with EPERM, EACCES or EBUSY; a background renewal must not stop for that,
 * so it is retried for a bounded time there. Elsewhere a rename over an open file succeeds, and
 * those errors are real: not retried.
 */
const TRANSIENT_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const STEP_MS = 50;
const TOTAL_MS = 2_000;
function renameOver(from, to, platform = process.platform, rename = external_node_fs_.renameSync) {
    for (let waited = 0;; waited += STEP_MS) {
        try {
            rename(from, to);
            return;
        }
        catch (error) {
            const code = error.code ?? '';
            if (platform !== 'win32' || !TRANSIENT_ON_WINDOWS.has(code) || waited >= TOTAL_MS)
                throw error;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STEP_MS);
        }
    }
}

// EXTERNAL MODULE: ./src/core/credential-file-path.ts
var credential_file_path = __webpack_require__(3725);
;// CONCATENATED MODULE: ./src/runtimes/shared/secret-file.ts






/**
 * A credential file, 0600, created exclusively and never through a symlink (O_EXCL|O_NOFOLLOW): a
 * file planted in advance, or a link to elsewhere, makes this fail instead of writing through it.
 */
function writeSecretFile(dir, name, content) {
    const path = (0,credential_file_path/* credentialFilePath */.n)(dir, name);
    createPrivateFile(path, content);
    return path;
}
/** Writes `content` to a new 0600 file at `path`; fails if anything (file or link) is already there. */
function createPrivateFile(path, content) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Puts `content` at `path` so that a reader sees the old file or the new one, never a partial one,
 * and the result is 0600 whatever was there before: a new private file (above) with a random name
 * in the same folder is renamed over `path` (atomic within a filesystem). A symlink at `path` is
 * replaced, not followed; a file or link planted at the temporary name makes this fail.
 */
function writePrivateFileAtomically(path, content, tempName = randomTempName) {
    const temp = tempName(path);
    createPrivateFile(temp, content);
    try {
        renameOver(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
}
function randomTempName(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}


/***/ }),

/***/ 5274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y6: () => (/* binding */ azureDevOpsSource)
});

// UNUSED EXPORTS: OIDCTOKEN_API_VERSION, requestUrl

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/http.ts + 2 modules
var http = __webpack_require__(4083);
// EXTERNAL MODULE: ./src/core/http-json.ts
var http_json = __webpack_require__(310);
;// CONCATENATED MODULE: ./src/sources/azure-devops-answer.ts



/**
 * What the oidctoken endpoint's answers mean (docs/protocols.md §6.1, §6.12). Only 200 with
 * a JSON `oidcToken` is a token: a refused access token can come back as 203 with the HTML sign-in
 * page, which `response.ok` would accept, or as a redirect to `_signin`. Neither page is ever
 * quoted (it is noise, and long). Azure DevOps' JSON errors (`{message, typeKey}`) are quoted, since
 * they say what is wrong ("no explicit reference to service connection …"), with the diagnostic
 * headers the Azure DevOps team asks for in bug reports (x-vss-e2eid, x-msedge-ref).
 */
const REFUSED_HINT = 'Inside a task the job access token comes from the SystemVssConnection endpoint; in a classic pipeline tick ' +
    '"Allow scripts to access the OAuth token" on the agent job. The token is valid only while the job runs.';
function answerError(res, origin, serviceConnectionId) {
    const where = diagnostics(res);
    if (isSignInAnswer(res)) {
        return new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `${capital(origin)} refused the job access token: it answered HTTP ${res.status} with a sign-in page instead of a token${where}.`, { hint: REFUSED_HINT });
    }
    const served = serviceError(res);
    if (res.status === 401 || res.status === 403) {
        return new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `${capital(origin)} refused the job access token (HTTP ${res.status}${served ? `: ${served.message}` : ''})${where}.`, { hint: served && mentionsConnection(served) ? connectionHint(serviceConnectionId) : REFUSED_HINT });
    }
    if (served && !(res.status >= 500 || res.status === 429)) {
        const hint = mentionsConnection(served)
            ? connectionHint(serviceConnectionId)
            : served.typeKey === 'VssInvalidPreviewVersionException'
                ? 'This Azure DevOps does not know api-version 7.1 of the oidctoken API; it needs Azure DevOps Services or Server 2022.1 or later.'
                : undefined;
        return new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `${capital(origin)} answered HTTP ${res.status}: ${served.message}${where}.`, { hint });
    }
    if (res.status === 404) {
        return (0,http_json/* statusError */.$)(res, origin, 'System.OidcRequestUri points at this job only while it runs; pass the variable as the agent set it, unchanged.');
    }
    return (0,http_json/* statusError */.$)(res, origin);
}
/** The token from a 200 answer, or one clear error. */
function readOidcToken(res, origin) {
    if (isSignInAnswer(res))
        throw answerError(res, origin, undefined);
    const body = (0,http/* parseJsonBody */.Y2)(res, origin);
    const token = body?.oidcToken;
    if (typeof token !== 'string' || token.trim() === '') {
        throw new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `The answer from ${origin} has no \`oidcToken\` (the ID token)${diagnostics(res)}.`, { retryable: true });
    }
    return token.trim();
}
function connectionHint(serviceConnectionId) {
    return (`Azure DevOps issues a token for a service connection only to a job that references it in a task input (decided when the run is queued)` +
        `${serviceConnectionId ? `; this step asked for connection ${serviceConnectionId}` : ''}. Reference the connection by its id, not its name, ` +
        'in an input of this task (e.g. `azureSubscription`), and authorise the pipeline to use it.');
}
function isSignInAnswer(res) {
    const type = String(res.headers['content-type'] ?? '').toLowerCase();
    const location = String(res.headers.location ?? '');
    return (res.status === 203 ||
        type.includes('text/html') ||
        /_signin|\/signin/i.test(location) ||
        /^\s*<(!doctype|html)/i.test(res.body));
}
function serviceError(res) {
    let body;
    try {
        body = JSON.parse(res.body);
    }
    catch {
        return undefined;
    }
    const record = (body ?? {});
    const message = typeof record['message'] === 'string' ? record['message'] : undefined;
    if (!message)
        return undefined;
    // One line, bounded: it goes into a task result.
    // eslint-disable-next-line no-control-regex -- control characters never belong in a log line
    const clean = message.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return {
        message: clean.length > 300 ? `${clean.slice(0, 297)}...` : clean,
        typeKey: typeof record['typeKey'] === 'string' ? record['typeKey'] : undefined,
    };
}
function mentionsConnection(error) {
    return /service ?connection|endpoint/i.test(error.message);
}
function diagnostics(res) {
    const ids = ['x-vss-e2eid', 'x-msedge-ref']
        .map((name) => [name, res.headers[name]])
        .filter((pair) => typeof pair[1] === 'string' && /^[\w.:\- ]{1,200}$/.test(pair[1]))
        .map(([name, value]) => `${name} ${value}`);
    return ids.length > 0 ? ` (${ids.join(', ')})` : '';
}
function capital(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/jwt.ts
var jwt = __webpack_require__(3622);
;// CONCATENATED MODULE: ./src/sources/azure-devops-subject.ts




/**
 * Azure DevOps' silent fallback (docs/protocols.md §6.2, §6.5): asked for a service connection the
 * job may not use, or given the connection's name instead of its id, it does not fail; it issues
 * the pipeline token, subject `p://org/project/pipeline`. That token would then fail at Entra or
 * STS with a subject mismatch that points nowhere near the cause, so it is refused here.
 */
function pipelineTokenInsteadOfConnection(token, serviceConnectionId, origin) {
    const sub = (0,jwt/* decodeJwt */.i)(token, origin).payload['sub'];
    if (typeof sub !== 'string' || !sub.startsWith('p://'))
        return undefined;
    return new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_FAILED', `Azure DevOps issued the pipeline's own token (subject ${(0,input_parsers/* shown */.SP)(sub, 600)}) instead of one for service connection ` +
        `${serviceConnectionId}: the connection must be referenced by an input of this job, by its id, not its name.`, { hint: connectionHint(serviceConnectionId) });
}

;// CONCATENATED MODULE: ./src/sources/azure-devops.ts




/** Microsoft's SDKs and release-note samples use 7.1 (docs/protocols.md §6.1). */
const OIDCTOKEN_API_VERSION = '7.1';
const ORIGIN = 'the Azure DevOps oidctoken endpoint';
function azureDevOpsSource(options) {
    const { requestUri, accessToken, serviceConnectionId, http } = options;
    if (!requestUri || !accessToken)
        throw unavailable(!requestUri);
    const url = requestUrl(requestUri, serviceConnectionId);
    return {
        origin: ORIGIN,
        getToken: () => (0,retry/* withRetries */.LH)(async () => {
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
            if (res.status !== 200)
                throw answerError(res, ORIGIN, serviceConnectionId);
            const token = readOidcToken(res, ORIGIN);
            if (serviceConnectionId) {
                const fallback = pipelineTokenInsteadOfConnection(token, serviceConnectionId, ORIGIN);
                if (fallback)
                    throw fallback;
            }
            return token;
        }),
    };
}
/** The request URL: the variable's value as given, plus our query (it has none of its own). */
function requestUrl(requestUri, serviceConnectionId) {
    const separator = requestUri.includes('?') ? '&' : '?';
    const connection = serviceConnectionId
        ? `&serviceConnectionId=${encodeURIComponent(serviceConnectionId)}`
        : '';
    return `${requestUri}${separator}api-version=${OIDCTOKEN_API_VERSION}${connection}`;
}
function unavailable(noUri) {
    return new errors/* OidcExchangeError */.tS('TOKEN_REQUEST_UNAVAILABLE', noUri
        ? 'This job cannot request an OIDC token: System.OidcRequestUri (SYSTEM_OIDCREQUESTURI) is not set.'
        : 'This job cannot request an OIDC token: it has no access token (the SystemVssConnection endpoint and System.AccessToken are both empty).', {
        hint: noUri
            ? 'Azure DevOps Services sets System.OidcRequestUri for every job since June 2024 (sprint 240); an older Azure DevOps Server or agent does not.'
            : 'In a classic pipeline, tick "Allow scripts to access the OAuth token" on the agent job; in YAML, check that the job access token is not disabled.',
    });
}


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ managedIdentitySource)
/* harmony export */ });
/* harmony import */ var _clouds_entra_managed_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8141);

/**
 * The Azure VM's managed identity as the OIDC token source: for the audience
 * `api://AzureADTokenExchange` IMDS hands out an Entra-issued JWT (issuer
 * `https://login.microsoftonline.com/<tenant>/v2.0`) that AWS, Databricks or an app in another tenant
 * can trust as a federated assertion (docs/protocols.md §2.8, §2.2 "MI-as-FIC").
 */
function managedIdentitySource(identity, timeoutMs) {
    return {
        origin: _clouds_entra_managed_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_IDENTITY_ORIGIN */ ._,
        getToken: async (audience) => (await (0,_clouds_entra_managed_identity_js__WEBPACK_IMPORTED_MODULE_0__.managedIdentityToken)(identity, `${audience.replace(/\/+$/, '')}/.default`, timeoutMs)).token,
    };
}


/***/ }),

/***/ 15:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ githubSource)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4083);
/* harmony import */ var _core_http_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(310);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7253);




const ORIGIN = 'the GitHub Actions ID token endpoint';
function githubSource(options) {
    const { requestUrl, requestToken, http } = options;
    if (!requestUrl || !requestToken) {
        const missing = !requestUrl ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('TOKEN_REQUEST_UNAVAILABLE', `This job cannot request an OIDC token: ${missing} is not set.`, {
            hint: 'Add `permissions: { id-token: write }` to the workflow or job (with `contents: read` if it checks out code). ' +
                'Pull requests from forks never get an OIDC token (nor do Dependabot runs); a reusable workflow from another ' +
                'organisation needs the caller to grant `id-token: write`.',
        });
    }
    return {
        origin: ORIGIN,
        getToken: (audience) => (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetries */ .LH)(() => requestOnce(http, requestUrl, requestToken, audience)),
    };
}
async function requestOnce(http, requestUrl, requestToken, audience) {
    const separator = requestUrl.includes('?') ? '&' : '?';
    const res = await http.request({
        url: `${requestUrl}${separator}audience=${encodeURIComponent(audience)}`,
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        purpose: ORIGIN,
    });
    if (res.status === 401) {
        throw (0,_core_http_json_js__WEBPACK_IMPORTED_MODULE_2__/* .statusError */ .$)(res, ORIGIN, 'The request token was refused; it is only valid while this job runs.');
    }
    if (res.status === 403 || res.status === 400) {
        throw (0,_core_http_json_js__WEBPACK_IMPORTED_MODULE_2__/* .statusError */ .$)(res, ORIGIN, `GitHub would not issue a token for audience '${audience}'; check \`audience\`.`);
    }
    if (res.status !== 200)
        throw (0,_core_http_json_js__WEBPACK_IMPORTED_MODULE_2__/* .statusError */ .$)(res, ORIGIN);
    const body = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBody */ .Y2)(res, ORIGIN);
    if (typeof body.value !== 'string' || body.value === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('TOKEN_REQUEST_FAILED', `The answer from ${ORIGIN} has no \`value\` (the ID token).`, {
            retryable: true,
        });
    }
    return body.value;
}


/***/ }),

/***/ 5658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ awsTarget)
});

// EXTERNAL MODULE: ./src/core/endpoint-variables.ts
var endpoint_variables = __webpack_require__(9438);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/targets/aws/partitions.ts
const AWS_PARTITIONS = [
    {
        name: 'aws',
        regionPattern: /^(?!cn-|us-gov-)[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
        stsEndpoint: (region) => `https://sts.${region}.amazonaws.com`,
        defaultAudience: 'sts.amazonaws.com',
    },
    {
        name: 'aws-cn',
        regionPattern: /^cn-[a-z]+-\d{1,2}$/,
        stsEndpoint: (region) => `https://sts.${region}.amazonaws.com.cn`,
        defaultAudience: 'sts.amazonaws.com.cn',
    },
    {
        name: 'aws-us-gov',
        regionPattern: /^us-gov-[a-z]+-\d{1,2}$/,
        // The regional GovCloud endpoints are FIPS endpoints already.
        stsEndpoint: (region) => `https://sts.${region}.amazonaws.com`,
        defaultAudience: 'sts.amazonaws.com',
    },
];
function findPartition(name) {
    return AWS_PARTITIONS.find((p) => p.name === name);
}

// EXTERNAL MODULE: ./src/targets/aws/role-chain.ts
var role_chain = __webpack_require__(9026);
// EXTERNAL MODULE: ./src/targets/aws/sts-errors.ts
var sts_errors = __webpack_require__(4614);
;// CONCATENATED MODULE: ./src/targets/aws/definition.ts






/** docs/protocols.md §3.2: role ARNs, session names, durations and policies as STS constrains them. */
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** A profile name every AWS client reads back the same: no spaces, brackets or `#`. */
const PROFILE_NAME = /^[A-Za-z0-9][\w.-]{0,63}$/;
const REQUESTING_INPUTS = ['aws-role-arn', 'aws-region', 'aws-session-name', 'aws-session-policy'];
const awsTarget = {
    name: 'aws',
    isRequested: (read) => REQUESTING_INPUTS.some((name) => (0,inputs/* writtenByUser */.ml)(read, name)),
    parse(read, problems, audienceOverride, run) {
        const settings = parseAwsSettings(read, problems, run);
        return settings && { settings, audience: audienceOverride ?? settings.partition.defaultAudience };
    },
    load: () => __webpack_require__.e(/* import() */ 253).then(__webpack_require__.bind(__webpack_require__, 1253)),
    trustFor: (settings, presented) => `role trust-policy statement: ${(0,sts_errors/* trustStatement */.si)(settings, presented)}`,
};
function parseAwsSettings(read, problems, run) {
    const before = problems.length;
    const roleRaw = read('aws-role-arn').trim();
    const role = ROLE_ARN.exec(roleRaw);
    if (!roleRaw)
        problems.push((0,input_parsers/* missingInput */.fV)('aws-role-arn', 'for AWS'));
    else if (!role)
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-role-arn', 'a role ARN like arn:aws:iam::123456789012:role/deploy', roleRaw));
    const partition = findPartition(role?.[1] ?? 'aws');
    const region = read('aws-region').trim();
    if (!region)
        problems.push((0,input_parsers/* missingInput */.fV)('aws-region', 'for AWS (STS is called in that region, never globally)'));
    else if (partition && !partition.regionPattern.test(region)) {
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-region', `a region of partition ${partition.name}, like eu-west-1`, region));
    }
    const sessionName = parseSessionName(read('aws-session-name'), run, problems);
    const durationSeconds = (0,input_parsers/* parseInteger */.cG)('aws-duration-seconds', read('aws-duration-seconds'), { min: 900, max: 43200, fallback: 3600 }, problems);
    const sessionPolicy = parseSessionPolicy(read('aws-session-policy'), problems);
    const managedPolicyArns = (0,input_parsers/* splitList */.ry)(read('aws-managed-policy-arns'));
    for (const arn of managedPolicyArns) {
        if (!POLICY_ARN.test(arn)) {
            problems.push((0,input_parsers/* invalidInput */.aY)('aws-managed-policy-arns', 'policy ARNs like arn:aws:iam::aws:policy/ReadOnlyAccess', arn));
        }
    }
    if (managedPolicyArns.length > 10) {
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-managed-policy-arns', 'at most 10 policy ARNs', `${managedPolicyArns.length} ARNs`));
    }
    const endpointRaw = read('aws-sts-endpoint');
    const fromVariable = (0,endpoint_variables/* endpointVariableProblem */.T)(read, 'aws-sts-endpoint', endpointRaw);
    if (fromVariable)
        problems.push(fromVariable);
    const endpoint = endpointRaw.trim() && !fromVariable
        ? (0,input_parsers/* parseHttpsUrl */.mX)('aws-sts-endpoint', endpointRaw, problems)
        : undefined;
    const maskAccountId = (0,input_parsers/* parseBoolean */.yG)('aws-mask-account-id', read('aws-mask-account-id'), false, problems);
    const allowedAccountIds = (0,input_parsers/* splitList */.ry)(read('aws-allowed-account-ids'));
    for (const id of allowedAccountIds) {
        if (!/^\d{12}$/.test(id))
            problems.push((0,input_parsers/* invalidInput */.aY)('aws-allowed-account-ids', '12-digit AWS account ids like 123456789012', id));
    }
    const profile = parseProfile(read, problems);
    const roleChain = (0,role_chain/* parseRoleChain */.n)(read('aws-role-chain'), { sessionName, partition: role?.[1] }, problems);
    if (problems.length > before || !role || !partition)
        return undefined;
    return {
        roleArn: roleRaw,
        accountId: role[2] ?? '',
        partition,
        region,
        sessionName,
        durationSeconds,
        sessionPolicy,
        managedPolicyArns,
        stsEndpoint: (endpoint ?? partition.stsEndpoint(region)).replace(/\/+$/, ''),
        maskAccountId,
        allowedAccountIds,
        profile,
        roleChain,
    };
}
/** Given: checked as is. Derived: `oidc-exchange-<run id>-<attempt>`, cut to what STS accepts. */
function parseSessionName(raw, run, problems) {
    const given = raw.trim();
    if (given) {
        if (!SESSION_NAME.test(given)) {
            problems.push((0,input_parsers/* invalidInput */.aY)('aws-session-name', '2 to 64 characters of letters, digits and _+=,.@-', given));
        }
        return given;
    }
    const parts = ['oidc-exchange', run.runId, run.runAttempt].filter((p) => Boolean(p));
    return parts
        .join('-')
        .replace(/[^\w+=,.@-]/g, '_')
        .slice(0, 64);
}
function parseProfile(read, problems) {
    const profile = read('aws-profile').trim();
    if (!profile)
        return undefined;
    if (!PROFILE_NAME.test(profile))
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-profile', 'a profile name of up to 64 letters, digits and `_.-`, like prod', profile));
    // The profile is renewed by the refresher; without it there is nothing to write one for.
    else if (/^(false|no|off|0)$/i.test(read('refresh').trim()))
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-profile', 'empty when `refresh` is false (a profile is renewed by the refresher)', profile));
    return profile;
}
function parseSessionPolicy(raw, problems) {
    const text = raw.trim();
    if (!text)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error('not an object');
    }
    catch {
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-session-policy', 'an IAM policy as a JSON object', text));
        return undefined;
    }
    if (text.length > 2048) {
        problems.push((0,input_parsers/* invalidInput */.aY)('aws-session-policy', 'at most 2048 characters of JSON', `${text.length} characters`));
    }
    return text;
}


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ withoutExternalId),
/* harmony export */   n: () => (/* binding */ parseRoleChain)
/* harmony export */ });
/* harmony import */ var _core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9514);

const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const MAX_HOPS = 5;
const FORM = 'lines of `<role ARN> [external-id=<id>] [session-name=<name>]`';
function parseRoleChain(raw, defaults, problems) {
    const lines = raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (lines.length > MAX_HOPS)
        problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('aws-role-chain', `at most ${MAX_HOPS} roles`, `${lines.length} roles`));
    const hops = [];
    for (const line of lines) {
        const shownLine = hideExternalIds(line);
        const [arn = '', ...fields] = line.split(/\s+/);
        const role = ROLE_ARN.exec(arn);
        if (!role) {
            problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('aws-role-chain', `${FORM}; the line's role ARN is not one`, shownLine));
            continue;
        }
        if (defaults.partition && role[1] !== defaults.partition) {
            problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('aws-role-chain', `roles of partition ${defaults.partition}, like aws-role-arn`, shownLine));
            continue;
        }
        const hop = {
            roleArn: arn,
            accountId: role[2] ?? '',
            externalId: undefined,
            sessionName: defaults.sessionName,
        };
        for (const field of fields) {
            const [key, ...rest] = field.split('=');
            const value = rest.join('=');
            if (key === 'external-id' && EXTERNAL_ID.test(value) && hop.externalId === undefined)
                hop.externalId = value;
            else if (key === 'session-name' && SESSION_NAME.test(value))
                hop.sessionName = value;
            else {
                problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('aws-role-chain', `${FORM} (external-id: 2–1224 of letters, digits and _+=,.@:/-; session-name: 2–64 of letters, digits and _+=,.@-)`, shownLine));
                break;
            }
        }
        hops.push(hop);
    }
    return hops;
}
/** A line of the input as it may be printed: the value of `external-id=` (or a misspelt key like it) hidden. */
function hideExternalIds(line) {
    return line.replace(/(^|\s)([^\s=]*external[^\s=]*)=\S*/gi, '$1$2=…');
}
/**
 * `text` (an upstream message, an error) with the hop's external id replaced wherever it stands as
 * a word of its own (not inside a longer run of id characters, so a short id cannot garble the
 * rest of the text).
 */
function withoutExternalId(text, externalId) {
    if (!externalId)
        return text;
    const escaped = externalId.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    return text.replace(new RegExp(`(?<![\\w+=,.@:/-])${escaped}(?![\\w+=,.@:/-])`, 'g'), '…');
}


/***/ }),

/***/ 4614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ stsError),
/* harmony export */   Qr: () => (/* binding */ StsServiceError),
/* harmony export */   cu: () => (/* binding */ stsTimeout),
/* harmony export */   si: () => (/* binding */ trustStatement)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const MAPPINGS = {
    AccessDenied: { code: 'AWS_ACCESS_DENIED', retryable: false, hint: (s, p) => trustPolicyHint(s, p) },
    InvalidIdentityToken: {
        code: 'AWS_INVALID_IDENTITY_TOKEN',
        retryable: false,
        hint: (s, p) => `Account ${s.accountId} needs an IAM OIDC provider for ${p.issuer} whose audiences (client IDs) include '${stsAudience(p)}'` +
            (p.authorizedParty === undefined ? '.' : ` (the token's azp, which STS matches instead of its aud).`),
    },
    IDPRejectedClaim: {
        code: 'AWS_IDP_REJECTED_CLAIM',
        retryable: false,
        hint: () => 'The identity provider rejected a claim; check the OIDC provider configured in IAM.',
    },
    ExpiredToken: {
        code: 'AWS_TOKEN_EXPIRED',
        retryable: false,
        hint: () => 'STS saw an expired OIDC token: the runner clock is probably off (sync it with NTP).',
    },
    RegionDisabled: {
        code: 'AWS_REGION_DISABLED',
        retryable: false,
        hint: (s) => `Activate STS in ${s.region} (IAM → Account settings) or set \`aws-region\` to an enabled region.`,
    },
    MalformedPolicyDocument: {
        code: 'AWS_POLICY_INVALID',
        retryable: false,
        hint: () => 'Check `aws-session-policy` and `aws-managed-policy-arns`.',
    },
    PackedPolicyTooLarge: {
        code: 'AWS_POLICY_TOO_LARGE',
        retryable: false,
        hint: () => 'Shorten `aws-session-policy` or pass fewer `aws-managed-policy-arns`.',
    },
    ValidationError: {
        code: 'AWS_VALIDATION',
        retryable: false,
        hint: () => "Check `aws-duration-seconds` against the role's maximum session duration, and the session name.",
    },
    IDPCommunicationError: {
        code: 'AWS_IDP_UNREACHABLE',
        retryable: true,
        hint: (_s, p) => `STS could not reach ${p.issuer}/.well-known/openid-configuration or its keys.`,
    },
};
/**
 * A refusal in STS's own error document: its code, its message and the HTTP status it came with.
 * Read in sts-wire.ts, declared here: the definition loads this file eagerly, and the wire code
 * must stay in the AWS target's lazy chunk.
 */
class StsServiceError extends Error {
    name = 'StsServiceError';
    code;
    status;
    constructor(code, message, status) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
const THROTTLING = new Set(['Throttling', 'RequestLimitExceeded', 'TooManyRequests']);
/**
 * STS's refusal → the error with its fix. Anything else (our own network, timeout and answer
 * errors) is already an OidcExchangeError and passes through unchanged.
 */
function stsError(error, settings, presented) {
    if (!(error instanceof StsServiceError))
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asOidcExchangeError */ .vf)(error);
    const { code, status } = error;
    // The wire names some codes with a suffix (ExpiredTokenException): compare without it.
    const key = code.replace(/Exception$/, '');
    const what = `STS refused AssumeRoleWithWebIdentity for ${settings.roleArn}: ${code}: ${error.message}`.trimEnd() +
        ` Presented: issuer '${presented.issuer}', subject '${presented.subject}', audience '${presented.audience}'` +
        (presented.authorizedParty === undefined ? '.' : `, azp '${presented.authorizedParty}'.`);
    // STS reports an issuer it could not reach as InvalidIdentityToken "Couldn't retrieve verification
    // key from your identity provider" far more often than as IDPCommunicationError: both are transient.
    const unreachable = key === 'InvalidIdentityToken' && /retrieve verification key/i.test(error.message);
    const mapped = MAPPINGS[unreachable ? 'IDPCommunicationError' : key];
    if (mapped)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS(mapped.code, what, {
            hint: mapped.hint(settings, presented),
            retryable: mapped.retryable,
        });
    if (THROTTLING.has(key) || status >= 500 || status === 429) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('AWS_EXCHANGE_FAILED', what, { retryable: true });
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('AWS_EXCHANGE_FAILED', what, { retryable: false });
}
function stsTimeout(settings, timeoutMs) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('TIMEOUT', `STS at ${settings.stsEndpoint} did not answer within ${timeoutMs} ms.`, {
        retryable: true,
    });
}
/** The trust-policy statement that accepts exactly this token (docs/protocols.md §3.5), to compare with the role's. */
function trustStatement(settings, presented) {
    const host = presented.issuer.replace(/^https:\/\//, '');
    const statement = {
        Effect: 'Allow',
        Principal: {
            Federated: `arn:${settings.partition.name}:iam::${settings.accountId}:oidc-provider/${host}`,
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
            StringEquals: { [`${host}:aud`]: stsAudience(presented), [`${host}:sub`]: presented.subject },
        },
    };
    return JSON.stringify(statement);
}
/**
 * What STS matches to the provider's client ids and shows as the `:aud` condition key: the token's
 * `azp` when it has one (documented for Google, reported for others: docs/protocols.md §3.5).
 */
function stsAudience(presented) {
    return presented.authorizedParty ?? presented.audience;
}
function trustPolicyHint(settings, presented) {
    return `The role's trust policy must allow this token (case-sensitive); this statement would: ${trustStatement(settings, presented)}`;
}


/***/ }),

/***/ 1882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dl: () => (/* binding */ federationPolicyCommand),
/* harmony export */   eW: () => (/* binding */ describeDatabricksError),
/* harmony export */   yi: () => (/* binding */ exchangeRefused)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _core_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2344);



/**
 * A refused token exchange, in one line: what Databricks said, what was presented (issuer,
 * subject, and above all the audience that was sent, since docs and SDKs disagree on its default,
 * docs/protocols.md §4.3), and the federation policy that would accept exactly this token.
 */
function exchangeRefused(res, settings, tokens) {
    const transient = res.status >= 500 || res.status === 429;
    const detail = describeDatabricksError(res.body);
    const policy = settings.clientId
        ? `the service principal ${settings.clientId}'s federation policies`
        : 'the account-wide federation policies';
    const message = `Databricks refused the token exchange at ${settings.tokenEndpoint} (HTTP ${res.status}${detail ? `: ${detail}` : ''}), checked against ${policy}.` +
        ` Presented: issuer '${tokens.issuer}', subject '${tokens.subject}', audience '${tokens.audience}'.`;
    const error = new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS(transient ? 'DATABRICKS_EXCHANGE_FAILED' : 'DATABRICKS_TRUST_MISMATCH', message, {
        retryable: transient,
        hint: transient ? undefined : policyHint(settings, tokens),
    });
    const retryAfter = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(res.headers['retry-after']);
    return transient && retryAfter !== undefined ? new _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryAfter */ .Bs(error, retryAfter) : error;
}
/**
 * The federation policy that accepts exactly this token (docs/protocols.md §4.3), as a Databricks CLI
 * command that is safe to paste whatever the claims hold. The service principal's numeric id is
 * left to the shell variable SP_ID (a `<placeholder>` would be a redirection, and an apostrophe
 * in it would open a quote).
 */
function federationPolicyCommand(settings, presented) {
    const oidc = { issuer: presented.issuer, audiences: [presented.audience], subject: presented.subject };
    return settings.clientId
        ? `databricks account service-principal-federation-policy create "$SP_ID" --json ${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(JSON.stringify({ oidc_policy: oidc }))}`
        : `databricks account federation-policy create --json ${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(JSON.stringify({ oidc_policy: { ...oidc, subject: undefined, subject_claim: 'sub' } }))}`;
}
function policyHint(settings, tokens) {
    const command = federationPolicyCommand(settings, tokens);
    return settings.clientId
        ? `A policy that accepts this token, with SP_ID set to the service principal's numeric id (not its application id): ${command}`
        : `An account-wide policy that accepts this token: ${command}`;
}
/** Databricks answers errors in two JSON shapes: OAuth's `{error, error_description}` and its API's `{error_code, message}`. */
function describeDatabricksError(body) {
    try {
        const parsed = JSON.parse(body);
        const code = parsed['error'] ?? parsed['error_code'];
        const text = parsed['error_description'] ?? parsed['message'] ?? parsed['detail'];
        return [code, text].filter((v) => typeof v === 'string').join(': ');
    }
    catch {
        return body.slice(0, 200).replace(/\s+/g, ' ').trim();
    }
}


/***/ }),

/***/ 4166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ unusualAudience),
/* harmony export */   Sg: () => (/* binding */ SERVICE_ACCOUNT),
/* harmony export */   kY: () => (/* binding */ delegateResource),
/* harmony export */   wd: () => (/* binding */ parseChainSettings)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_input_parsers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9514);


const SERVICE_ACCOUNT = /^[a-z0-9][a-z0-9._-]{0,99}@[a-z0-9][a-z0-9.-]{0,99}\.gserviceaccount\.com$/;
const RESOURCE_PREFIX = 'projects/-/serviceAccounts/';
function parseChainSettings(read, serviceAccount, problems) {
    const delegates = parseDelegates(read('gcp-delegates'), problems);
    const audienceRaw = read('gcp-id-token-audience').trim();
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (audienceRaw && /[\s\u0000-\u001f\u007f]/.test(audienceRaw)) {
        problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('gcp-id-token-audience', 'one audience without spaces, like https://my-service-abc123-ew.a.run.app', audienceRaw));
    }
    const idTokenIncludeEmail = (0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('gcp-id-token-include-email', read('gcp-id-token-include-email'), false, problems);
    if (!serviceAccount) {
        for (const [name, given] of [
            ['gcp-id-token-audience', audienceRaw],
            ['gcp-delegates', delegates.join(', ')],
        ]) {
            if (given)
                problems.push(needsServiceAccount(name, given));
        }
    }
    return { delegates, idTokenAudience: audienceRaw || undefined, idTokenIncludeEmail };
}
/** `name@p.iam.gserviceaccount.com` or `projects/-/serviceAccounts/name@…`: e-mails, in order. */
function parseDelegates(raw, problems) {
    const delegates = [];
    for (const entry of (0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(raw)) {
        const email = entry.startsWith(RESOURCE_PREFIX) ? entry.slice(RESOURCE_PREFIX.length) : entry;
        if (SERVICE_ACCOUNT.test(email))
            delegates.push(email);
        else {
            problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('gcp-delegates', 'service account e-mails like relay@my-project.iam.gserviceaccount.com (or projects/-/serviceAccounts/<e-mail>)', entry, /^projects\/[^-/][^/]*\/serviceAccounts\//.test(entry)
                ? 'Google requires the `-` wildcard in place of the project: `projects/-/serviceAccounts/<e-mail>`.'
                : undefined));
        }
    }
    return delegates;
}
function needsServiceAccount(name, given) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('INPUT_INVALID', `Input \`${name}\` needs \`gcp-service-account\`, but that is empty (\`${name}\` is ${(0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(given)}).`, {
        hint: 'Google mints ID tokens and delegated tokens only for a service account: set `gcp-service-account` to the account whose identity the token carries (the federated principal needs roles/iam.workloadIdentityUser on it, or roles/iam.serviceAccountTokenCreator on the first of `gcp-delegates`).',
    });
}
/** The form Google's `delegates` field takes (docs/protocols.md §7.3). */
function delegateResource(email) {
    return `${RESOURCE_PREFIX}${email}`;
}
/**
 * Receivers of Google ID tokens compare `aud` with what they expect: Cloud Run and Cloud Functions
 * the service's URL (or a custom audience set on the service), IAP its OAuth client id. Anything
 * else is most likely a mistake that Google itself does not catch: it signs any audience.
 */
function unusualAudience(audience) {
    return !/^https?:\/\/[^\s/]+/.test(audience) && !/\.apps\.googleusercontent\.com$/.test(audience);
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ GOOGLE_IAM_HOST),
/* harmony export */   W: () => (/* binding */ gcpTarget)
/* harmony export */ });
/* unused harmony export defaultAudience */
/* harmony import */ var _core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9514);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9114);
/* harmony import */ var _chain_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4166);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9821);




const PROVIDER = /^projects\/(\d+)\/locations\/global\/workloadIdentityPools\/([a-z0-9-]{4,32})\/providers\/([a-z0-9-]{4,32})$/;
const PROJECT_ID = /^([a-z][a-z0-9.-]{0,61}[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const SCOPE_BASE = 'https://www.googleapis.com/auth/';
// A declared default (`gcp-scopes`, `gcp-token-lifetime-seconds`, `gcp-id-token-include-email`) asks for nothing: the runner passes it to every step.
const REQUESTING_INPUTS = [
    'gcp-workload-identity-provider',
    'gcp-service-account',
    'gcp-project-id',
    'gcp-scopes',
    'gcp-token-lifetime-seconds',
    'gcp-delegates',
    'gcp-id-token-audience',
    'gcp-id-token-include-email',
];
const GOOGLE_IAM_HOST = 'iam.googleapis.com';
const gcpTarget = {
    name: 'gcp',
    isRequested: (read) => REQUESTING_INPUTS.some((name) => (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .writtenByUser */ .ml)(read, name)),
    parse(read, problems, audienceOverride) {
        const settings = parseGcpSettings(read, problems);
        return settings && { settings, audience: audienceOverride ?? defaultAudience(settings) };
    },
    load: () => __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 5270)),
    trustFor: (settings, presented) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .trustCommands */ .NJ)(settings, presented).join(' && '),
};
function defaultAudience(settings) {
    return `https://${GOOGLE_IAM_HOST}/${settings.provider}`;
}
function parseGcpSettings(read, problems) {
    const before = problems.length;
    const providerRaw = read('gcp-workload-identity-provider').trim();
    const provider = PROVIDER.exec(providerRaw);
    if (!providerRaw)
        problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .missingInput */ .fV)('gcp-workload-identity-provider', 'for Google Cloud'));
    else if (!provider) {
        problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('gcp-workload-identity-provider', 'a provider resource name like projects/123456789012/locations/global/workloadIdentityPools/github/providers/my-repo', providerRaw, providerHint(providerRaw)));
    }
    const accountRaw = read('gcp-service-account').trim();
    if (accountRaw && !_chain_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICE_ACCOUNT */ .Sg.test(accountRaw)) {
        problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('gcp-service-account', 'a service account e-mail like deploy@my-project.iam.gserviceaccount.com', accountRaw));
    }
    const projectRaw = read('gcp-project-id').trim();
    if (projectRaw && !PROJECT_ID.test(projectRaw)) {
        problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('gcp-project-id', 'a project id like my-project-123', projectRaw));
    }
    const chain = (0,_chain_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChainSettings */ .wd)(read, accountRaw, problems);
    const scopes = parseScopes(read('gcp-scopes'), problems);
    const lifetimeSeconds = (0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInteger */ .cG)('gcp-token-lifetime-seconds', read('gcp-token-lifetime-seconds'), { min: 60, max: 43200, fallback: 3600 }, problems);
    const sts = endpoint('gcp-sts-endpoint', read('gcp-sts-endpoint'), 'https://sts.googleapis.com', problems);
    const iam = endpoint('gcp-iam-credentials-endpoint', read('gcp-iam-credentials-endpoint'), 'https://iamcredentials.googleapis.com', problems);
    if (problems.length > before || !provider)
        return undefined;
    return {
        provider: providerRaw,
        projectNumber: provider[1] ?? '',
        pool: provider[2] ?? '',
        serviceAccount: accountRaw || undefined,
        projectId: projectRaw || projectOf(accountRaw),
        scopes,
        lifetimeSeconds,
        stsEndpoint: sts,
        iamCredentialsEndpoint: iam,
        ...chain,
    };
}
/** The most common mistakes: the audience form pasted instead of the name, or the project id for its number. */
function providerHint(given) {
    if (/^(https:)?\/\/iam\.googleapis\.com\//.test(given))
        return 'Give the resource name alone, without the `//iam.googleapis.com/` or `https://iam.googleapis.com/` prefix.';
    if (/^projects\/[^/]*[a-z][^/]*\//.test(given))
        return 'Providers are named by the project number, not the project id: `gcloud projects describe <id> --format="value(projectNumber)"`.';
    return 'It is shown by `gcloud iam workload-identity-pools providers describe <provider> --workload-identity-pool=<pool> --location=global --format="value(name)"`.';
}
function parseScopes(raw, problems) {
    const given = (0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(raw);
    const scopes = (given.length > 0 ? given : ['cloud-platform']).map((s) => /^[a-z][a-z0-9._-]*$/i.test(s) ? `${SCOPE_BASE}${s}` : s);
    for (const scope of scopes) {
        if (!/^https:\/\/[^\s]+$/.test(scope)) {
            problems.push((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('gcp-scopes', 'OAuth scopes like cloud-platform or https://www.googleapis.com/auth/…', scope));
        }
    }
    return scopes;
}
function endpoint(name, raw, fallback, problems) {
    if (!raw.trim())
        return fallback;
    return ((0,_core_input_parsers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHttpsUrl */ .mX)(name, raw, problems) ?? fallback).replace(/\/+$/, '');
}
/** `name@<project>.iam.gserviceaccount.com` → `<project>` (user-managed accounts only). */
function projectOf(serviceAccount) {
    return /@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(serviceAccount)?.[1];
}


/***/ }),

/***/ 9821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ principalFor),
/* harmony export */   HZ: () => (/* binding */ chainBindingCommands),
/* harmony export */   Hn: () => (/* binding */ providerCommand),
/* harmony export */   Kd: () => (/* binding */ listArgument),
/* harmony export */   NJ: () => (/* binding */ trustCommands),
/* harmony export */   Qq: () => (/* binding */ celString)
/* harmony export */ });
/* unused harmony export bindingCommand */
/* harmony import */ var _core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2344);

/**
 * The Google Cloud trust that accepts exactly this token, as `gcloud` commands to paste: the OIDC
 * provider (issuer, allowed audience, `google.subject=assertion.sub`, and an attribute condition
 * on this subject), then the IAM binding that lets this subject's principal impersonate the
 * service account (`roles/iam.workloadIdentityUser`) or, without one, use resources directly.
 * Every value is one shell word whatever the claims hold.
 */
function trustCommands(settings, presented) {
    return [providerCommand(settings, presented), ...chainBindingCommands(settings, presented.subject)];
}
/**
 * Every IAM binding a request through `gcp-delegates` needs (docs/protocols.md §7.3): the federated
 * principal roles/iam.serviceAccountTokenCreator on the first delegate (workloadIdentityUser has no
 * `iam.serviceAccounts.implicitDelegation`), each delegate the same role on the next account, the
 * last one on the service account. Without delegates: the one workloadIdentityUser binding.
 */
function chainBindingCommands(settings, subject) {
    const [first, ...rest] = settings.delegates;
    if (!settings.serviceAccount || first === undefined)
        return [bindingCommand(settings, subject)];
    const member = principalFor(settings, subject);
    const links = [[first, member]];
    [...rest, settings.serviceAccount].forEach((next, i) => {
        links.push([next, `serviceAccount:${settings.delegates[i] ?? ''}`]);
    });
    return links.map(([account, who]) => [
        'gcloud iam service-accounts add-iam-policy-binding',
        (0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(account),
        '--role=roles/iam.serviceAccountTokenCreator',
        `--member=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(who)}`,
    ].join(' '));
}
function providerCommand(settings, presented) {
    const id = settings.provider.split('/').at(-1) ?? '';
    const defaultAudience = `https://iam.googleapis.com/${settings.provider}`;
    return [
        'gcloud iam workload-identity-pools providers create-oidc',
        (0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(id),
        `--project=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(settings.projectNumber)}`,
        '--location=global',
        `--workload-identity-pool=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(settings.pool)}`,
        `--issuer-uri=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(presented.issuer)}`,
        // Without allowed audiences Google accepts exactly the default one.
        ...(presented.audience === defaultAudience
            ? []
            : [`--allowed-audiences=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(listArgument(presented.audience))}`]),
        `--attribute-mapping=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)('google.subject=assertion.sub')}`,
        `--attribute-condition=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(`assertion.sub == ${celString(presented.subject)}`)}`,
    ].join(' ');
}
function bindingCommand(settings, subject) {
    const member = `--member=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(principalFor(settings, subject))}`;
    if (settings.serviceAccount) {
        return [
            'gcloud iam service-accounts add-iam-policy-binding',
            (0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(settings.serviceAccount),
            '--role=roles/iam.workloadIdentityUser',
            member,
        ].join(' ');
    }
    return [
        'gcloud projects add-iam-policy-binding',
        (0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(settings.projectId ?? settings.projectNumber),
        `--role=${(0,_core_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)('roles/<the role the job needs>')}`,
        member,
    ].join(' ');
}
/** The federated principal of one subject (google.subject), as IAM policies name it. */
function principalFor(settings, subject) {
    return `principal://iam.googleapis.com/projects/${settings.projectNumber}/locations/global/workloadIdentityPools/${settings.pool}/subject/${subject}`;
}
/** A CEL string literal: double quotes, with `\`, `"` and control characters escaped. */
function celString(value) {
    const escaped = value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    /[\\"\u0000-\u001f\u007f]/g, (c) => (c === '\\' || c === '"' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    return `"${escaped}"`;
}
/** gcloud splits list flags at commas; `^;^` switches the delimiter for a value that holds one. */
function listArgument(value) {
    return value.includes(',') ? `^;^${value}` : value;
}


/***/ }),

/***/ 4040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ TARGETS)
});

// EXTERNAL MODULE: ./src/targets/aws/definition.ts + 1 modules
var definition = __webpack_require__(5658);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/clouds/entra/clouds.ts
var clouds = __webpack_require__(9359);
// EXTERNAL MODULE: ./src/clouds/entra/entra-errors.ts
var entra_errors = __webpack_require__(4089);
// EXTERNAL MODULE: ./src/core/endpoint-variables.ts
var endpoint_variables = __webpack_require__(9438);
;// CONCATENATED MODULE: ./src/clouds/entra/settings.ts



function parseEntraLocation(read, problems, forWhat) {
    const tenantRaw = read('azure-tenant-id');
    const tenantId = tenantRaw.trim() ? (0,input_parsers/* parseTenant */.sl)('azure-tenant-id', tenantRaw, problems) : undefined;
    if (!tenantRaw.trim())
        problems.push((0,input_parsers/* missingInput */.fV)('azure-tenant-id', forWhat));
    const cloudRaw = read('azure-cloud');
    const cloud = cloudRaw.trim() ? (0,clouds/* findCloud */.nO)(cloudRaw) : clouds/* AZURE_CLOUDS */.hb.AzureCloud;
    if (!cloud)
        problems.push((0,input_parsers/* invalidInput */.aY)('azure-cloud', Object.keys(clouds/* AZURE_CLOUDS */.hb).join(', '), cloudRaw));
    const defaultHost = (cloud ?? clouds/* AZURE_CLOUDS */.hb.AzureCloud).authorityHost;
    const hostRaw = read('azure-authority-host');
    const fromVariable = (0,endpoint_variables/* endpointVariableProblem */.T)(read, 'azure-authority-host', hostRaw);
    if (fromVariable)
        problems.push(fromVariable);
    const host = hostRaw.trim() && !fromVariable ? (0,input_parsers/* parseHttpsUrl */.mX)('azure-authority-host', hostRaw, problems) : undefined;
    const authorityHost = (host ?? defaultHost).replace(/\/+$/, '');
    return { tenantId, cloud, authorityHost, customAuthorityHost: authorityHost !== defaultHost };
}

;// CONCATENATED MODULE: ./src/targets/azure/scopes.ts

const ALIASES = ['arm', 'keyvault', 'storage', 'graph', 'ml', 'databricks'];
const INPUT = 'azure-scopes';
function resolveScopes(entries, cloud, problems) {
    const scopes = [];
    for (const given of entries) {
        const scope = resolveOne(given, cloud, problems);
        if (scope === undefined)
            continue;
        const key = outputKey(given, scope);
        const outputName = scopes.length === 0 ? 'azure-access-token' : `azure-access-token-${key}`;
        if (scopes.some((s) => s.scope === scope)) {
            problems.push((0,input_parsers/* invalidInput */.aY)(INPUT, 'a list without repeats', given));
            continue;
        }
        scopes.push({ given, scope, outputName });
    }
    return scopes;
}
function resolveOne(given, cloud, problems) {
    const alias = ALIASES.find((a) => a === given.toLowerCase());
    if (alias) {
        const resource = cloud.resources[alias];
        if (resource === undefined) {
            problems.push((0,input_parsers/* invalidInput */.aY)(INPUT, `a scope that ${cloud.name} has; give \`${alias}\` as a full scope there`, given));
            return undefined;
        }
        return `${resource}/.default`;
    }
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/\.default)?$/i.test(given)) {
        return given.endsWith('/.default') ? given : `${given}/.default`;
    }
    let url;
    try {
        url = new URL(given);
    }
    catch {
        url = undefined;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'api:') && url.search === '' && url.hash === '') {
        const resource = given.replace(/\/\.default$/, '').replace(/\/+$/, '');
        return `${resource}/.default`;
    }
    problems.push((0,input_parsers/* invalidInput */.aY)(INPUT, `one of ${ALIASES.join(', ')}, a resource URL or \`<resource>/.default\``, given));
    return undefined;
}
function outputKey(given, scope) {
    const alias = ALIASES.find((a) => a === given.toLowerCase());
    if (alias)
        return alias;
    const resource = scope.replace(/\/\.default$/, '');
    const host = /^[a-z]+:\/\/([^/]+)/i.exec(resource)?.[1] ?? resource;
    return host
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}

;// CONCATENATED MODULE: ./src/targets/azure/definition.ts






// Not azure-tenant-id, azure-cloud or azure-authority-host: Azure Databricks (entra mode) uses
// them too, and the last two have defaults or environment fallbacks. `azure-scopes: arm` and
// `azure-cli-login: false`, the declared defaults, are what every step gets: they ask for nothing.
const AZURE_INPUTS = ['azure-client-id', 'azure-subscription-id', 'azure-scopes', 'azure-cli-login'];
const azureTarget = {
    name: 'azure',
    isRequested: (read) => AZURE_INPUTS.some((name) => (0,inputs/* writtenByUser */.ml)(read, name)),
    parse(read, problems, audienceOverride) {
        const settings = parseAzureSettings(read, problems);
        return (settings && {
            settings,
            audience: audienceOverride ?? settings.cloud.audience,
            needsToken: !settings.managedIdentity,
        });
    },
    load: () => __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 3713)),
    trustFor: (settings, presented) => (0,entra_errors/* federatedCredentialCommand */.X)(settings.clientId, presented),
};
function parseAzureSettings(read, problems) {
    const before = problems.length;
    const clientRaw = read('azure-client-id');
    const clientId = clientRaw.trim() ? (0,input_parsers/* parseUuid */.Xw)('azure-client-id', clientRaw, problems) : undefined;
    if (!clientRaw.trim())
        problems.push((0,input_parsers/* missingInput */.fV)('azure-client-id', 'for Azure'));
    const { tenantId, cloud, authorityHost, customAuthorityHost } = parseEntraLocation(read, problems, 'for Azure');
    const effectiveCloud = cloud ?? clouds/* AZURE_CLOUDS */.hb.AzureCloud;
    const subscriptionRaw = read('azure-subscription-id');
    const subscriptionId = subscriptionRaw.trim()
        ? (0,input_parsers/* parseUuid */.Xw)('azure-subscription-id', subscriptionRaw, problems)
        : undefined;
    const scopeEntries = (0,input_parsers/* splitList */.ry)(read('azure-scopes'));
    const scopes = resolveScopes(scopeEntries.length > 0 ? scopeEntries : ['arm'], effectiveCloud, problems);
    const cliLogin = (0,input_parsers/* parseBoolean */.yG)('azure-cli-login', read('azure-cli-login'), false, problems);
    if (cliLogin && customAuthorityHost) {
        // az (2.45 tried) asks login.microsoftonline.com about any authority it does not know, even
        // after `az cloud register`: with it, the promise that no other host is contacted would break.
        problems.push((0,input_parsers/* invalidInput */.aY)('azure-cli-login', `\`false\` with \`azure-authority-host\` (${authorityHost}): the Azure CLI signs in only at its cloud's own authority (${effectiveCloud.authorityHost}) and would contact it`, read('azure-cli-login'), 'Use one or the other: later steps can still sign in with the exported AZURE_FEDERATED_TOKEN_FILE and AZURE_AUTHORITY_HOST (the Azure SDKs read them).'));
    }
    if (problems.length > before || !clientId || !tenantId || !cloud)
        return undefined;
    return {
        clientId,
        tenantId,
        subscriptionId,
        cloud,
        scopes,
        authorityHost,
        customAuthorityHost,
        cliLogin,
        managedIdentity: read('token-source').trim().toLowerCase() === 'azure-managed-identity',
    };
}

// EXTERNAL MODULE: ./src/targets/databricks/errors.ts
var errors = __webpack_require__(1882);
;// CONCATENATED MODULE: ./src/targets/databricks/definition.ts





const databricksTarget = {
    name: 'databricks',
    isRequested: (read) => (0,inputs/* writtenByUser */.ml)(read, 'databricks-host'),
    parse(read, problems, audienceOverride, run) {
        const settings = parseDatabricksSettings(read, problems, run);
        if (!settings)
            return undefined;
        const sdkDefault = settings.isAccountHost ? (settings.accountId ?? '') : settings.tokenEndpoint;
        // Entra mode presents the token to Entra, which wants the cloud's federated-credential audience.
        const audience = audienceOverride ?? settings.entra?.cloud.audience ?? sdkDefault;
        return { settings, audience };
    },
    load: () => __webpack_require__.e(/* import() */ 213).then(__webpack_require__.bind(__webpack_require__, 2213)),
    trustFor: (settings, presented) => settings.entra
        ? (0,entra_errors/* federatedCredentialCommand */.X)(settings.entra.app.clientId, presented)
        : (0,errors/* federationPolicyCommand */.dl)(settings, presented),
};
/** The SDKs' rule (docs/protocols.md §4.1): a host starting `accounts.` or `accounts-dod.` is the account console. */
function isAccountHost(host) {
    return /^https:\/\/accounts(-dod)?\./i.test(host);
}
function parseDatabricksSettings(read, problems, run) {
    const before = problems.length;
    const hostRaw = read('databricks-host');
    const host = hostRaw.trim() ? (0,input_parsers/* parseHttpsUrl */.mX)('databricks-host', hostRaw, problems) : undefined;
    if (host !== undefined && new URL(host).pathname.replace(/\/+$/, '') !== '') {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-host', 'a workspace or account URL with no path, like https://dbc-1234.cloud.databricks.com', hostRaw));
    }
    const clientRaw = read('databricks-client-id');
    const clientId = clientRaw.trim() ? (0,input_parsers/* parseUuid */.Xw)('databricks-client-id', clientRaw, problems) : undefined;
    const accountRaw = read('databricks-account-id');
    const accountId = accountRaw.trim() ? (0,input_parsers/* parseUuid */.Xw)('databricks-account-id', accountRaw, problems) : undefined;
    const base = (host ?? '').replace(/\/+$/, '');
    const account = isAccountHost(base);
    if (host && account && !accountRaw.trim()) {
        problems.push((0,input_parsers/* missingInput */.fV)('databricks-account-id', `for the account host ${base}`));
    }
    const authRaw = read('databricks-auth').trim().toLowerCase();
    if (authRaw !== '' && authRaw !== 'token' && authRaw !== 'oidc') {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-auth', '`token` or `oidc`', read('databricks-auth')));
    }
    const auth = authRaw === 'oidc' ? 'oidc' : 'token';
    if (auth === 'oidc' && !clientRaw.trim()) {
        problems.push((0,input_parsers/* missingInput */.fV)('databricks-client-id', 'with `databricks-auth: oidc` (the CLI and SDKs need it)'));
    }
    if (auth === 'oidc')
        checkLaterStepsMintTheSameToken(read, problems, run);
    const entra = parseEntraMode(read, problems, auth, clientId);
    if (problems.length > before || !host)
        return undefined;
    return {
        host: base,
        accountId,
        isAccountHost: account,
        clientId,
        tokenEndpoint: account ? `${base}/oidc/accounts/${accountId ?? ''}/v1/token` : `${base}/oidc/v1/token`,
        auth,
        ci: run.ci,
        entra,
    };
}
/**
 * `databricks-auth: oidc` hands later steps the CLI's and SDKs' own CI token source: `github-oidc`
 * mints the GitHub job's token, `azure-devops-oidc` the pipeline's own token (its request names no
 * service connection: docs/protocols.md §4.5). That is the
 * token this step checked only when it is the CI's own token too; with a service connection's
 * token, or a managed identity's, later steps would present a token with another subject (or
 * issuer), which the federation policy written for this step's token refuses.
 */
function checkLaterStepsMintTheSameToken(read, problems, run) {
    const source = read('token-source').trim().toLowerCase();
    const given = read('databricks-auth');
    if (source === 'azure-managed-identity') {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-auth', '`token` with `token-source: azure-managed-identity` (with `oidc`, later steps would mint the CI job’s token, not the managed identity’s)', given));
    }
    else if (run.ci === 'azure-devops' && run.azureDevOps?.serviceConnectionId) {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-auth', '`token` with the service connection `azure-subscription`: with `oidc`, later steps use the Databricks SDKs’ `azure-devops-oidc`, which requests the pipeline’s own token (`p://…`), not the connection’s token this step checked; for `oidc`, leave `azure-subscription` out of this step', given));
    }
}
function parseEntraMode(read, problems, auth, clientId) {
    const mode = read('databricks-mode').trim().toLowerCase();
    if (mode === '' || mode === 'federation')
        return undefined;
    if (mode !== 'entra') {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-mode', '`federation` or `entra`', read('databricks-mode')));
        return undefined;
    }
    const why = 'with `databricks-mode: entra`';
    if (!read('databricks-client-id').trim()) {
        problems.push((0,input_parsers/* missingInput */.fV)('databricks-client-id', `${why} (the service principal's Entra application id)`));
    }
    if (auth === 'oidc') {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-auth', '`token` with `databricks-mode: entra`', read('databricks-auth')));
    }
    const location = parseEntraLocation(read, problems, why);
    const resourceRaw = read('databricks-azure-workspace-resource-id').trim();
    if (resourceRaw && !WORKSPACE_RESOURCE_ID.test(resourceRaw)) {
        problems.push((0,input_parsers/* invalidInput */.aY)('databricks-azure-workspace-resource-id', 'an Azure resource id like /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Databricks/workspaces/<name>', resourceRaw));
    }
    if (!clientId || !location.tenantId || !location.cloud)
        return undefined;
    return {
        app: { clientId, tenantId: location.tenantId, authorityHost: location.authorityHost },
        cloud: location.cloud,
        workspaceResourceId: resourceRaw || undefined,
    };
}
const WORKSPACE_RESOURCE_ID = /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Databricks\/workspaces\/[^/]+$/i;

// EXTERNAL MODULE: ./src/targets/gcp/definition.ts
var gcp_definition = __webpack_require__(2350);
;// CONCATENATED MODULE: ./src/targets/index.ts




/** Every target the runtimes offer. Definitions are cheap; each exchange is loaded on demand. */
const TARGETS = [
    azureTarget,
    definition/* awsTarget */.x,
    databricksTarget,
    gcp_definition/* gcpTarget */.W,
];


/***/ }),

/***/ 2101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ RETIREMENT_DATE),
/* harmony export */   SI: () => (/* binding */ migrationWarningFor),
/* harmony export */   wP: () => (/* binding */ AZURE_DEVOPS_APP_ID),
/* harmony export */   xG: () => (/* binding */ entraMigration)
/* harmony export */ });
/* unused harmony export guidSegment */
/* harmony import */ var _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(329);

/**
 * Azure DevOps retires its own issuer (`https://vstoken.dev.azure.com/<org id>`) for Azure
 * Resource Manager service connections on 1 July 2027 (docs/protocols.md §6.5): a converted
 * connection keeps its id and presents Entra-issued tokens instead, with issuer
 * `<authority>/<tenant>/v2.0`, subject `/eid1/c/pub/t/<tenant>/a/<Azure DevOps app>/sc/<org id>/<connection id>`
 * (GUIDs as .NET byte order in base64url), audience the token exchange app's id and `azp` Azure
 * DevOps' app id. All of it is known before the conversion, so the new trust can be added first.
 */
const RETIREMENT_DATE = '2027-07-01';
/** Azure DevOps' own application: the `azp` of its Entra-issued tokens. */
const AZURE_DEVOPS_APP_ID = '499b84ac-1321-427f-aa17-267ca6975798';
/** The Entra-issuer identity of a service connection's token, when the run names the tenant, org and connection. */
function entraMigration(ado, subject) {
    if (!subject.startsWith('sc://'))
        return undefined; // the pipeline's own token is not moving (yet)
    // From the run's facts, not only the accepted issuers: a step whose `issuer` names the Azure
    // DevOps one still learns the connection's tenant, and the new trust is the one it needs.
    const entra = ado.issuers.find((i) => i.family === 'entra')?.issuer ?? ado.entraIssuer;
    const vstoken = ado.issuers.find((i) => i.family === 'vstoken')?.issuer;
    const tenant = entra ? /\/([^/]+)\/v2\.0\/?$/.exec(entra)?.[1] : undefined;
    const org = vstoken?.split('/').at(-1);
    const connection = ado.serviceConnectionId;
    if (!entra || !tenant || !org || !connection || !isGuid(tenant))
        return undefined;
    return {
        issuer: entra,
        subject: `/eid1/c/pub/t/${guidSegment(tenant)}/a/${guidSegment(AZURE_DEVOPS_APP_ID)}/sc/${org}/${connection}`,
        authorizedParty: AZURE_DEVOPS_APP_ID,
    };
}
/** The one warning line the step logs while its connection's token still comes from the retiring issuer. */
function migrationWarningFor(ado, issuer, subject) {
    if ((0,_core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .familyOfIssuer */ .fi)(issuer) !== 'vstoken' || !subject.startsWith('sc://'))
        return undefined;
    const successor = entraMigration(ado, subject);
    if (!successor)
        return `This service connection's token comes from the Azure DevOps issuer, retired for Azure connections on ${RETIREMENT_DATE}: add a trust for the Entra issuer before converting the connection (docs/trust.md).`;
    return (`This service connection's token comes from the Azure DevOps issuer, retired for Azure connections on ${RETIREMENT_DATE}: ` +
        `before converting the connection, add a trust for issuer '${successor.issuer}', subject '${successor.subject}' ` +
        // Only an Azure DevOps task logs this: no input name of the action (`dry-run`) in it.
        '(the dry run, or `oidc-exchange trust`, prints it for every target; docs/trust.md).');
}
function isGuid(text) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
/** A GUID's bytes as .NET's Guid.ToByteArray() lays them out (first three fields little-endian), base64url. */
function guidSegment(guid) {
    const bytes = Buffer.from(guid.replace(/-/g, ''), 'hex');
    const swap = (from, to) => Buffer.from(bytes.subarray(from, to)).reverse();
    return Buffer.concat([swap(0, 4), swap(4, 6), swap(6, 8), bytes.subarray(8)]).toString('base64url');
}


/***/ })

};
