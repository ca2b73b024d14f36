export const id = 240;
export const ids = [240];
export const modules = {

/***/ 240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explain: () => (/* binding */ explain)
});

// EXTERNAL MODULE: ./src/core/claims.ts + 1 modules
var claims = __webpack_require__(6926);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-parsers.ts
var input_parsers = __webpack_require__(9514);
// EXTERNAL MODULE: ./src/core/jwt.ts
var jwt = __webpack_require__(3622);
// EXTERNAL MODULE: ./src/core/plan-checks.ts
var plan_checks = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/core/verify-issuers.ts + 2 modules
var verify_issuers = __webpack_require__(1494);
// EXTERNAL MODULE: ./src/core/azure-devops-issuers.ts
var azure_devops_issuers = __webpack_require__(329);
// EXTERNAL MODULE: ./src/trust/emit.ts + 9 modules
var emit = __webpack_require__(4643);
// EXTERNAL MODULE: ./src/trust/ado-migration.ts
var ado_migration = __webpack_require__(2101);
// EXTERNAL MODULE: ./src/trust/azure-flexible.ts
var azure_flexible = __webpack_require__(9030);
;// CONCATENATED MODULE: ./src/trust/trusted-token.ts



/** The trust for this token, plus, for an Azure DevOps issuer token of a connection, its Entra-issuer successor. */
function trustedTokens(plan, claims, audience) {
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : undefined);
    const tokenSubject = text('sub') ?? '';
    const current = {
        issuer: text('iss') ?? plan.issuer,
        // Azure DevOps chooses the audience: the token's own is the one the cloud must list.
        audience: plan.azureDevOps ? (text('aud') ?? audience) : audience,
        authorizedParty: text('azp'),
        subjects: plan.subjects.length > 0 ? plan.subjects.map((p) => p.source) : [tokenSubject],
        patterns: plan.subjects.length > 0,
        claims: plan.claims.map((c) => ({ name: c.name, pattern: c.pattern.source })),
        ids: Object.fromEntries(azure_flexible/* ID_CLAIMS */.uq.flatMap((name) => {
            const value = text(name);
            return value === undefined ? [] : [[name, value]];
        })),
        tokenSubject,
        role: 'current',
    };
    if (!plan.azureDevOps || (0,azure_devops_issuers/* familyOfToken */.bV)(claims) !== 'vstoken')
        return [current];
    const next = (0,ado_migration/* entraMigration */.xG)(plan.azureDevOps, tokenSubject);
    if (!next)
        return [current];
    return [
        current,
        {
            issuer: next.issuer,
            audience: azure_devops_issuers/* TOKEN_EXCHANGE_APP_ID */.gI,
            authorizedParty: next.authorizedParty,
            subjects: [next.subject],
            patterns: false,
            claims: [],
            tokenSubject: next.subject,
            role: 'entra-issuer',
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/explain.ts









const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const SHOWN_FIRST = ['iss', 'sub', 'aud'];
async function explain(plan, deps) {
    const now = deps.now ?? (() => new Date());
    const verifier = (0,verify_issuers/* createIssuersVerifier */.x)((0,verify_issuers/* planIssuers */.u)(plan), {
        http: deps.http,
        clockToleranceSeconds: plan.clockToleranceSeconds,
        now,
    });
    const lines = [];
    let problems = 0;
    const entries = [];
    for (const audience of [...new Set(plan.targets.filter((t) => t.needsToken).map((t) => t.audience))]) {
        const token = await deps.source.getToken(audience);
        deps.registerSecret(token);
        const { payload } = (0,jwt/* decodeJwt */.i)(token, deps.source.origin, deps.source.malformedHint);
        lines.push(`Token from ${deps.source.origin} for audience ${(0,input_parsers/* shown */.SP)(audience)}:`);
        lines.push(...claimLines(payload));
        const mismatches = claimProblems(payload, plan, audience, now());
        problems += mismatches.length;
        lines.push(mismatches.length === 0
            ? '  Expectations: all met (issuer, audience, subject, claims, times).'
            : '  Expectations NOT met:');
        for (const e of mismatches)
            lines.push(`    - ${e.message}${e.hint ? ` Hint: ${e.hint}` : ''}`);
        const iss = typeof payload['iss'] === 'string' ? payload['iss'] : plan.issuer;
        const signature = await verifier.verify(token, plan.azureDevOps ? azure_devops_issuers/* ADO_AUDIENCES */.HX : audience).then(() => `  Signature: verified with the published keys of ${iss}.`, (error) => (problems++,
            `  Signature: NOT verified: ${error instanceof Error ? error.message : String(error)}`));
        lines.push(plan.verifySignature ? signature : '  Signature: not checked (`verify-signature` is off).');
        const presented = {
            issuer: iss,
            subject: typeof payload['sub'] === 'string' ? payload['sub'] : '',
            audience: plan.azureDevOps && typeof payload['aud'] === 'string' ? payload['aud'] : audience,
            authorizedParty: typeof payload['azp'] === 'string' ? payload['azp'] : undefined,
        };
        lines.push('  Trust that would accept exactly this token:');
        for (const t of plan.targets.filter((x) => x.audience === audience)) {
            lines.push(`    ${t.definition.name}: ${t.definition.trustFor(t.settings, presented)}`);
            entries.push({ target: t, trusts: trustedTokens(plan, payload, audience) });
        }
    }
    const trust = (0,emit.emitTrust)(entries, deps.trustOptions);
    lines.push('Trust as code (`oidc-exchange trust` prints the same; docs/trust.md):', '  Shell:');
    lines.push(...trust.shell
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`), '  Terraform:');
    lines.push(...trust.terraform
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`));
    return { lines, problems, trust };
}
function claimLines(payload) {
    const names = [
        ...SHOWN_FIRST.filter((n) => n in payload),
        ...Object.keys(payload)
            .filter((n) => !SHOWN_FIRST.includes(n))
            .sort(),
    ];
    return names.map((name) => {
        const value = payload[name];
        const text = TIME_CLAIMS.has(name) && typeof value === 'number'
            ? new Date(value * 1000).toISOString()
            : typeof value === 'string'
                ? value
                : JSON.stringify(value);
        return `  ${name.padEnd(22)} ${text}`;
    });
}
function claimProblems(payload, plan, audience, now) {
    try {
        (0,claims/* checkClaims */.K)(payload, { ...(0,plan_checks/* planExpectations */.z)(plan), audience }, now);
        return [];
    }
    catch (error) {
        if (error instanceof errors/* OidcExchangeErrors */.WF)
            return [...error.errors];
        if (error instanceof errors/* OidcExchangeError */.tS)
            return [error];
        throw error;
    }
}


/***/ })

};
