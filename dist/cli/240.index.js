export const id = 240;
export const ids = [240,643];
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
// EXTERNAL MODULE: ./src/core/verify-issuers.ts + 13 modules
var verify_issuers = __webpack_require__(7300);
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


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XH: () => (/* binding */ flexibleTerms),
/* harmony export */   l9: () => (/* binding */ expressible),
/* harmony export */   uq: () => (/* binding */ ID_CLAIMS)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9114);

/**
 * The claims terms of an Entra flexible federated credential after its `sub` term (docs/protocols.md
 * §2.5), per issuer Entra takes them for: the claims an expression may name besides `sub`, and the
 * immutable ids of which it must pin one. Entra refuses a GitHub credential that pins neither
 * `repository_id` nor `repository_owner_id`, and a GitLab one without `project_id`, whatever the
 * form of `sub` (a name can be re-registered by someone else; the id cannot). The id comes from the
 * user's `claims` rule when it gives one exactly, else from this token: never broader than both.
 */
const ISSUERS = {
    [_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GITHUB_ISSUER */ .W7]: {
        claims: ['job_workflow_ref', 'repository_id', 'repository_owner_id'],
        ids: ['repository_id', 'repository_owner_id'],
    },
    'https://gitlab.com': { claims: ['project_id'], ids: ['project_id'] },
    'https://app.terraform.io': { claims: [], ids: [] },
};
/** The token claims that may pin a flexible credential (trusted-token.ts keeps them). */
const ID_CLAIMS = ['repository_id', 'repository_owner_id', 'project_id'];
function flexibleTerms(trust) {
    const issuer = ISSUERS[trust.issuer];
    if (!issuer)
        return { ok: false };
    const rules = trust.claims.filter((c) => issuer.claims.includes(c.name) && expressible(c.pattern));
    const exactId = rules.some((c) => issuer.ids.includes(c.name) && !c.pattern.includes('*'));
    const tokenId = issuer.ids
        .map((name) => ({ name, value: trust.ids?.[name] }))
        .find((id) => id.value !== undefined && expressible(id.value));
    if (issuer.ids.length > 0 && !exactId && !tokenId)
        return {
            ok: false,
            reason: `a flexible credential for this issuer must pin ${issuer.ids.map((n) => `\`${n}\``).join(' or ')}: give it in \`claims\`, e.g. \`${issuer.ids[0] ?? ''}=<id>\``,
        };
    const term = (name, pattern) => issuer.ids.includes(name) && !pattern.includes('*')
        ? ` and claims['${name}'] eq '${pattern}'`
        : ` and claims['${name}'] matches '${pattern}'`;
    const terms = [
        ...rules.map((c) => term(c.name, c.pattern)),
        ...(exactId || !tokenId ? [] : [term(tokenId.name, tokenId.value)]),
    ].join('');
    return { ok: true, terms, fromRules: rules.length > 0, enforced: rules.map((c) => c.name) };
}
/** The expression language's strings are single-quoted; one with a quote or backslash is not written. */
function expressible(pattern) {
    // eslint-disable-next-line no-control-regex -- a control character has no place in the expression
    return !/['\\]/.test(pattern) && !/[\u0000-\u001f]/.test(pattern);
}


/***/ }),

/***/ 4643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emitTrust: () => (/* binding */ emitTrust)
});

// EXTERNAL MODULE: ./src/core/neutralise.ts
var neutralise = __webpack_require__(8453);
// EXTERNAL MODULE: ./src/core/shell-quote.ts
var shell_quote = __webpack_require__(2344);
;// CONCATENATED MODULE: ./src/trust/shell-word.ts


/**
 * One shell word for a value of the emitted commands, which may be printed where a runner reads
 * its log for commands (`oidc-exchange trust` in a CI step). Single quotes keep any value exact,
 * but a line break inside them would start a new log line (`::…` for GitHub) and `##vso[` is a
 * command anywhere in an Azure DevOps line. Such a value is written in bash's `$'…'` form instead,
 * control characters and the second `#` of `##` as `\xHH` escapes: the same value, on one line,
 * with no command in it.
 */
function shellWord(value) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be printed raw
    if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]|##/.test(value))
        return (0,shell_quote/* shellQuote */.Z)(value);
    const body = value.replace(
    // eslint-disable-next-line no-control-regex -- as above
    /[\\'\u0000-\u001f\u007f-\u009f]|(?<=#)#|[\u2028\u2029]/g, 
    // Bytes, not `\u2028`: bash turns `\u…` into the character only under a UTF-8 locale, while
    // `\xHH` is the same byte in every locale.
    (c) => c === '\\' || c === "'"
        ? `\\${c}`
        : [...Buffer.from(c, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''));
    return `$'${body}'`;
}
/** A comment line of the emitted commands or Terraform: one line, and inert in a runner's log. */
function commentLine(prefix, text) {
    const oneLine = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
    /[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return (0,neutralise/* neutralise */.$)(`${prefix}${oneLine}`);
}

// EXTERNAL MODULE: ./src/trust/ado-migration.ts
var ado_migration = __webpack_require__(2101);
;// CONCATENATED MODULE: ./src/trust/code.ts

/** The subject conditions as exact values (no wildcard) or wildcard patterns. */
function isWildcard(trust, subject) {
    return trust.patterns && subject.includes('*');
}
/** Comment lines saying which of the user's claim rules a cloud cannot hold (it checks only what it can). */
function unenforcedClaims(cloud, trust, enforced) {
    return trust.claims
        .filter((c) => !enforced(c.name))
        .map((c) => `${cloud} cannot condition on the \`${c.name}\` claim: the step checks \`${c.name}=${c.pattern}\`, this trust does not (narrow the subject instead, e.g. with GitHub's subject customisation).`);
}
function label(trust) {
    return trust.role === 'entra-issuer'
        ? `Azure DevOps issuer migration: the Entra-issuer trust to add beside the current one, before the service connection is converted (the Azure DevOps issuer is retired for Azure connections on ${ado_migration/* RETIREMENT_DATE */.NH})`
        : `Trust for issuer ${trust.issuer}`;
}

;// CONCATENATED MODULE: ./src/trust/hcl.ts

/**
 * HCL (Terraform) text for values that may hold anything a claim can hold. A quoted HCL string is
 * a template: `${` and `%{` start interpolations and directives, so they are written `$${` and
 * `%%{`; `"` and `\` are escaped, and every control or line-separator character becomes `\uXXXX`
 * (or `\n`, `\r`, `\t`), so a value stays one line and one string. Comments hold text on one line.
 */
function hclString(value) {
    const body = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{')
        // `##vso[` is an Azure DevOps log command anywhere in a line: the second `#` is escaped.
        .replace(/(?<=#)#/g, '\\u0023')
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `"${body}"`;
}
const raw = (text) => ({ raw: text });
/** A value as HCL, objects with quoted keys (any key is a valid quoted key), indented by `depth`. */
function hclValue(value, depth = 0) {
    const pad = '  '.repeat(depth + 1);
    const end = '  '.repeat(depth);
    if (typeof value === 'string')
        return hclString(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return `[\n${value.map((v) => `${pad}${hclValue(v, depth + 1)},`).join('\n')}\n${end}]`;
    }
    if ('raw' in value && typeof value.raw === 'string')
        return value.raw;
    const entries = Object.entries(value);
    if (entries.length === 0)
        return '{}';
    return `{\n${entries.map(([k, v]) => `${pad}${hclString(k)} = ${hclValue(v, depth + 1)}`).join('\n')}\n${end}}`;
}
/** A block's attributes, one per line, `name = value` (names are ours, never user text). */
function hclBlock(header, attributes, comments = []) {
    const lines = attributes.map(([name, value]) => `  ${name} = ${hclValue(value, 1)}`);
    return [...comments.map(hclComment), `${header} {`, ...lines, '}'].join('\n');
}
/** One comment line; text that could end it (a line break) is made visible, runner commands inert. */
function hclComment(text) {
    return commentLine('# ', text);
}
/** A Terraform name (resource label, variable): letters, digits, `_` and `-`, not starting with a digit. */
function hclName(text) {
    const name = text.replace(/[^A-Za-z0-9_-]/g, '_');
    return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

;// CONCATENATED MODULE: ./src/trust/providers.ts
const AWS = { name: 'aws', source: 'hashicorp/aws', minimum: '5.81.0' };
const AZURERM = {
    name: 'azurerm',
    source: 'hashicorp/azurerm',
    minimum: '4.65.0',
};
const AZUREAD = { name: 'azuread', source: 'hashicorp/azuread' };
const AZUREAD_FLEXIBLE = { ...AZUREAD, minimum: '3.7.0' };
const DATABRICKS = {
    name: 'databricks',
    source: 'databricks/databricks',
    minimum: '1.88.0',
};
const GOOGLE = { name: 'google', source: 'hashicorp/google' };
/** The `terraform { required_providers { … } }` block: one entry per provider, the highest minimum. */
function requiredProviders(requirements) {
    const byName = new Map();
    for (const r of requirements) {
        const seen = byName.get(r.name);
        if (!seen || newer(r.minimum, seen.minimum))
            byName.set(r.name, r);
    }
    const entries = [...byName.values()]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((r) => [
        `    ${r.name} = {`,
        `      source  = "${r.source}"`,
        ...(r.minimum ? [`      version = ">= ${r.minimum}"`] : []),
        '    }',
    ].join('\n'));
    return ['terraform {', '  required_providers {', ...entries, '  }', '}'].join('\n');
}
function newer(a, b) {
    if (a === undefined)
        return false;
    if (b === undefined)
        return true;
    const [x, y] = [a, b].map((v) => v.split('.').map(Number));
    for (let i = 0; i < 3; i++)
        if ((x?.[i] ?? 0) !== (y?.[i] ?? 0))
            return (x?.[i] ?? 0) > (y?.[i] ?? 0);
    return false;
}

;// CONCATENATED MODULE: ./src/trust/aws.ts




/**
 * AWS (docs/protocols.md §3.5): an IAM OIDC provider per issuer (client id: the token's `azp` when
 * it has one, else its `aud`, since STS matches that), and the role's trust policy: one statement
 * per issuer with `StringEquals` on `<host>:aud` (and, for a token with an `azp`, which `:aud` then
 * holds, on `<host>:oaud`, its own `aud`) and `StringEquals` (exact subjects) or `StringLike`
 * (patterns) on `<host>:sub`. AWS has no other condition keys for custom claims. Each
 * `aws-role-chain` hop trusts the role before it. Condition values are literal for IAM: `${` would
 * start a policy variable, so it is written `${$}{`, and in `StringLike` a literal `?` is `${?}`.
 */
function awsTrust(settings, trusts) {
    const partition = settings.partition.name;
    const providers = trusts.map((t, i) => ({
        trust: t,
        host: t.issuer.replace(/^https:\/\//, ''),
        name: i === 0 ? 'oidc_exchange' : `oidc_exchange_${t.role.replace(/-/g, '_')}`,
    }));
    const statements = (federated) => providers.map((p) => statement(p.trust, p.host, federated(p)));
    const role = roleParts(settings.roleArn);
    const terraform = [];
    const shell = [];
    for (const p of providers) {
        const clientId = p.trust.authorizedParty ?? p.trust.audience;
        const arn = `arn:${partition}:iam::${settings.accountId}:oidc-provider/${p.host}`;
        const notes = [label(p.trust), ...unenforcedClaims('AWS', p.trust, () => false)];
        terraform.push(hclBlock(`resource "aws_iam_openid_connect_provider" "${p.name}"`, [
            ['url', p.trust.issuer],
            ['client_id_list', [clientId]],
        ], [
            ...notes,
            `One provider per issuer and account: if it exists, import it (${arn}) or add the client id to it.`,
        ]));
        shell.push(...notes.map((n) => hclComment(n)), `aws iam create-open-id-connect-provider --url ${shellWord(p.trust.issuer)} --client-id-list ${shellWord(clientId)}`);
    }
    const policy = (federated) => ({
        Version: '2012-10-17',
        Statement: statements(federated),
    });
    terraform.push(hclBlock(`resource "aws_iam_role" "${hclName(role.name)}"`, [
        ['name', role.name],
        ['path', role.path],
        [
            'assume_role_policy',
            raw(`jsonencode(${hclValue(policy((p) => raw(`aws_iam_openid_connect_provider.${p.name}.arn`)), 1)})`),
        ],
    ], [
        // The role usually exists already (its permissions are the team's own): Terraform adopts it.
        `An existing role: terraform import aws_iam_role.${hclName(role.name)} ${role.name}, and copy its other settings (max_session_duration, description, tags) here, or apply resets them.`,
    ]));
    const providerArn = (p) => `arn:${partition}:iam::${settings.accountId}:oidc-provider/${p.host}`;
    const updatePolicy = (document) => `aws iam update-assume-role-policy --role-name ${shellWord(role.name)} --policy-document ${shellWord(JSON.stringify(document))}`;
    shell.push(updatePolicy(policy(providerArn)));
    // The Azure DevOps issuer migration: the policy is one document holding both issuers'
    // statements, so removing the old trust (step 3, docs/trust.md) rewrites it with the new
    // issuer's alone. Commented out: the commands are pasted whole, and run before the connection
    // is converted it would refuse the token the pipeline still presents.
    const entraOnly = providers.filter((p) => p.trust.role === 'entra-issuer');
    if (entraOnly.length > 0 && entraOnly.length < providers.length)
        shell.push(hclComment('Azure DevOps issuer migration, step 3: once the service connection is converted to the Entra issuer and the step has run on it, remove the old issuer from the role by running this command (uncomment it):'), hclComment(updatePolicy({
            Version: '2012-10-17',
            Statement: entraOnly.map((p) => statement(p.trust, p.host, providerArn(p))),
        })));
    let caller = settings.roleArn;
    // Roles of a chain are often named alike in each account (`deploy` → `deploy`): a Terraform
    // resource label may appear once per file, so a repeated name gets the hop's number.
    const labels = new Set([hclName(role.name)]);
    settings.roleChain.forEach((hop, i) => {
        const hopRole = roleParts(hop.roleArn);
        const named = hclName(hopRole.name);
        const hopLabel = labels.has(named) ? `${named}_hop_${i + 1}` : named;
        labels.add(hopLabel);
        // An external id is a secret of the hop's owner: never printed. Terraform takes it from a
        // sensitive variable; the commands carry a placeholder to replace.
        const externalIdVariable = `aws_role_chain_external_id_${i + 1}`;
        const hopPolicy = (externalId) => ({
            Version: '2012-10-17',
            Statement: [
                {
                    Effect: 'Allow',
                    Principal: { AWS: caller },
                    Action: 'sts:AssumeRole',
                    ...(hop.externalId ? { Condition: { StringEquals: { 'sts:ExternalId': externalId } } } : {}),
                },
            ],
        });
        if (hop.externalId)
            terraform.push([
                `variable "${externalIdVariable}" {`,
                `  description = ${JSON.stringify(`The external id that aws-role-chain hop ${i + 1} (${hop.roleArn}) presents`)}`,
                '  type        = string',
                '  sensitive   = true',
                '}',
            ].join('\n'));
        terraform.push(hclBlock(`resource "aws_iam_role" "${hopLabel}"`, [
            ['name', hopRole.name],
            ['path', hopRole.path],
            [
                'assume_role_policy',
                raw(`jsonencode(${hclValue(hopPolicy(raw(`var.${externalIdVariable}`)), 1)})`),
            ],
        ], [
            `aws-role-chain: ${hop.roleArn} trusts ${caller} (apply with the provider of account ${hop.accountId}).`,
        ]));
        shell.push(hclComment(`aws-role-chain: ${hop.roleArn} trusts ${caller} (run with credentials of account ${hop.accountId}${hop.externalId ? `; replace <the external-id of hop ${i + 1}>` : ''}).`), `aws iam update-assume-role-policy --role-name ${shellWord(hopRole.name)} --policy-document ${shellWord(JSON.stringify(hopPolicy(`<the external-id of hop ${i + 1}>`)))}`);
        caller = hop.roleArn;
    });
    return { shell, terraform, providers: [AWS] };
}
function statement(trust, host, federated) {
    const like = trust.subjects.some((s) => isWildcard(trust, s));
    const subjects = trust.subjects.map((s) => iamValue(s, like));
    return {
        Effect: 'Allow',
        Principal: { Federated: federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
            StringEquals: {
                [`${host}:aud`]: iamValue(trust.authorizedParty ?? trust.audience, false),
                // With an `azp`, `:aud` holds it and `:oaud` the token's own `aud` (docs/protocols.md §3.5).
                ...(trust.authorizedParty === undefined ? {} : { [`${host}:oaud`]: iamValue(trust.audience, false) }),
                ...(like ? {} : { [`${host}:sub`]: subjects.length === 1 ? (subjects[0] ?? '') : subjects }),
            },
            ...(like
                ? { StringLike: { [`${host}:sub`]: subjects.length === 1 ? (subjects[0] ?? '') : subjects } }
                : {}),
        },
    };
}
/** IAM's own escapes for a literal `${` (a policy variable otherwise) and, in StringLike, `?`. */
function iamValue(value, like) {
    const escaped = value.replace(/\$\{/g, () => '${$}{');
    return like ? escaped.replace(/\?/g, () => '${?}') : escaped;
}
function roleParts(arn) {
    const resource = arn.slice(arn.indexOf(':role/') + ':role/'.length);
    const slash = resource.lastIndexOf('/');
    return { name: resource.slice(slash + 1), path: slash < 0 ? '/' : `/${resource.slice(0, slash + 1)}` };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/azure-devops-issuers.ts
var azure_devops_issuers = __webpack_require__(329);
;// CONCATENATED MODULE: ./src/trust/azure-identity.ts



/**
 * A user-assigned managed identity's federated credentials (docs/protocols.md §2.5): ARM resources
 * of the identity, one exact subject each (ARM takes a claims-matching expression only in a preview
 * API and azurerm has no field for one, so azure.ts never gives one here). The token carries
 * neither the identity's resource id nor its name and resource group: Terraform takes the resource
 * id from the variable
 * `azure_user_assigned_identity_id`, the commands take `$AZURE_IDENTITY_NAME` and
 * `$AZURE_IDENTITY_RESOURCE_GROUP`. azurerm names the identity `user_assigned_identity_id` (its
 * older versions: `parent_id` beside `resource_group_name`).
 */
const IDENTITY_VARIABLE = 'azure_user_assigned_identity_id';
function userAssignedIdentityTrust(clientId, credentials, resourceName) {
    const terraform = [
        [
            `variable "${IDENTITY_VARIABLE}" {`,
            `  description = ${hclString(`The resource id of the user-assigned managed identity with client id ${clientId} (/subscriptions/…/resourceGroups/…/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>)`)}`,
            '  type        = string',
            '}',
        ].join('\n'),
        ...credentials.map((c) => hclBlock(`resource "azurerm_federated_identity_credential" "${resourceName(c.name)}"`, [
            ['name', c.name],
            ['user_assigned_identity_id', raw(`var.${IDENTITY_VARIABLE}`)],
            ['issuer', c.issuer],
            ['subject', c.subject ?? ''],
            ['audience', [c.audience]],
        ], c.notes)),
    ];
    const shell = [
        hclComment(`AZURE_IDENTITY_NAME, AZURE_IDENTITY_RESOURCE_GROUP: the name and resource group of the user-assigned managed identity with client id ${clientId}.`),
        ...credentials.flatMap((c) => [
            ...c.notes.map((n) => hclComment(n)),
            [
                'az identity federated-credential create',
                `--name ${shellWord(c.name)}`,
                '--identity-name "$AZURE_IDENTITY_NAME"',
                '--resource-group "$AZURE_IDENTITY_RESOURCE_GROUP"',
                `--issuer ${shellWord(c.issuer)}`,
                `--subject ${shellWord(c.subject ?? '')}`,
                `--audiences ${shellWord(c.audience)}`,
            ].join(' '),
        ]),
    ];
    return { shell, terraform, providers: [AZURERM] };
}

// EXTERNAL MODULE: ./src/trust/azure-flexible.ts
var azure_flexible = __webpack_require__(9030);
;// CONCATENATED MODULE: ./src/trust/azure.ts








function azureTrust(clientId, trusts, label = 'oidc_exchange', identity = 'application') {
    const results = trusts.map((trust) => credentialsFor(trust, identity));
    const credentials = results.flatMap((r) => r.credentials);
    // Patterns no credential holds (no token to narrow them to): said once, before the resources.
    const skipped = results.flatMap((r) => r.skipped).map((n) => hclComment(n));
    const code = identity === 'user-assigned'
        ? userAssignedIdentityTrust(clientId, credentials, (n) => resourceName(label, n))
        : applicationTrust(clientId, credentials, label);
    if (skipped.length === 0)
        return code;
    return { ...code, shell: [...skipped, ...code.shell], terraform: [skipped.join('\n'), ...code.terraform] };
}
function applicationTrust(clientId, credentials, label) {
    const data = `data.azuread_application.${label}.id`;
    const terraform = [
        hclBlock(`data "azuread_application" "${label}"`, [['client_id', clientId]], [
            `The application the step signs in as (a user-assigned managed identity: oidc-exchange trust --azure-identity user-assigned).`,
        ]),
        ...credentials.map((c) => c.expression === undefined
            ? hclBlock(`resource "azuread_application_federated_identity_credential" "${resourceName(label, c.name)}"`, [
                ['application_id', raw(data)],
                ['display_name', c.name],
                ['issuer', c.issuer],
                ['subject', c.subject ?? ''],
                ['audiences', [c.audience]],
            ], c.notes)
            : hclBlock(`resource "azuread_application_flexible_federated_identity_credential" "${resourceName(label, c.name)}"`, [
                ['application_id', raw(data)],
                ['display_name', c.name],
                ['issuer', c.issuer],
                ['audience', c.audience],
                ['claims_matching_expression', c.expression],
            ], [...c.notes, 'A flexible credential: azuread provider 3.7.0 or later has this resource.'])),
    ];
    const shell = credentials.flatMap((c) => [
        ...c.notes.map((n) => hclComment(n)),
        c.expression === undefined
            ? `az ad app federated-credential create --id ${shellWord(clientId)} --parameters ${shellWord(JSON.stringify({ name: c.name, issuer: c.issuer, subject: c.subject, audiences: [c.audience] }))}`
            : `az rest --method post --uri ${shellWord(`https://graph.microsoft.com/beta/applications(appId='${clientId}')/federatedIdentityCredentials`)} --body ${shellWord(JSON.stringify({
                name: c.name,
                issuer: c.issuer,
                subject: null,
                claimsMatchingExpression: { value: c.expression, languageVersion: 1 },
                audiences: [c.audience],
            }))}`,
    ]);
    return {
        shell,
        terraform,
        providers: [credentials.some((c) => c.expression !== undefined) ? AZUREAD_FLEXIBLE : AZUREAD],
    };
}
function credentialsFor(trust, identity) {
    const skipped = [];
    // Entra-issued Azure DevOps tokens carry the exchange app's id; the credential names its URI (§6.5).
    const audience = trust.audience === azure_devops_issuers/* TOKEN_EXCHANGE_APP_ID */.gI ? azure_devops_issuers/* ADO_AUDIENCE */.me : trust.audience;
    const prefix = trust.role === 'entra-issuer' ? 'oidc-exchange-entra' : 'oidc-exchange';
    const flex = identity === 'application' ? (0,azure_flexible/* flexibleTerms */.XH)(trust) : { ok: false };
    const why = flex.ok ? ' (a quote or backslash)' : flex.reason ? ` (${flex.reason})` : '';
    // `named`: what the credential's name is read from (the pattern a flexible credential holds).
    const subjects = [];
    for (const subject of trust.subjects) {
        const pattern = isWildcard(trust, subject);
        if ((pattern || (flex.ok && flex.fromRules)) && flex.ok && (0,azure_flexible/* expressible */.l9)(subject)) {
            subjects.push({ expression: `claims['sub'] matches '${subject}'${flex.terms}`, named: subject });
        }
        else if (pattern && trust.tokenSubject === '') {
            skipped.push(`Entra cannot hold \`${subject}\` here${why}, and without a token there is no exact subject to narrow it to: no credential is written for it; give exact subjects for Entra.`);
        }
        else if (pattern) {
            subjects.push({
                subject: trust.tokenSubject,
                named: trust.tokenSubject,
                note: identity === 'application'
                    ? `Entra matches \`${subject}\` only with a flexible credential, which it accepts for GitHub, GitLab and Terraform Cloud tokens and patterns without quotes${why}: this credential is for this token's exact subject.`
                    : `A user-assigned managed identity gets no flexible credential (claims-matching expression: ARM takes one only in a preview API, azurerm has no field for it), so this trust cannot hold \`${subject}\` on it: this credential is for this token's exact subject. For the pattern, add one credential per exact subject (at most 20 per identity) or sign in as an app registration.`,
            });
        }
        else
            subjects.push({ subject, named: subject });
    }
    const unique = subjects.filter((s, i) => subjects.findIndex((o) => o.subject === s.subject && o.expression === s.expression) === i);
    // Claim rules hold only in a flexible credential's expression.
    const expressed = subjects.some((s) => s.expression !== undefined) && flex.ok ? flex.enforced : [];
    const claimNotes = unenforcedClaims('Entra', trust, (name) => expressed.includes(name));
    const credentials = unique.map((s, i) => ({
        name: credentialName(prefix, trust.issuer, s.named, s.subject ?? s.expression ?? ''),
        issuer: trust.issuer,
        audience,
        ...(s.subject === undefined ? {} : { subject: s.subject }),
        ...(s.expression === undefined ? {} : { expression: s.expression }),
        notes: [...(i === 0 ? [label(trust), ...claimNotes] : []), ...(s.note ? [s.note] : [])],
    }));
    return { credentials, skipped };
}
/**
 * A credential's name, unique on the app or identity (a fixed `oidc-exchange-1` could clash with a
 * credential already there, or with another subject's on a second run): the subject made readable
 * (Entra takes letters, digits, `-` and `_`, at most 120 characters, starting with a letter or
 * digit) and the first 8 hex digits of a SHA-256 of the issuer and the exact subject or
 * expression, so subjects that read alike still differ. Same input, same name.
 */
function credentialName(prefix, issuer, named, exact) {
    const readable = named
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .slice(0, 80)
        .replace(/^[-_]+|[-_]+$/g, '');
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${issuer}\n${exact}`).digest('hex').slice(0, 8);
    return [prefix, readable, digest].filter((part) => part !== '').join('-');
}
/** `oidc-exchange-entra-<subject>-<digest>` → `<label>_entra_<subject>_<digest>`. */
function resourceName(label, name) {
    return `${label}_${name.replace(/^oidc-exchange-/, '').replace(/-/g, '_')}`;
}

;// CONCATENATED MODULE: ./src/trust/databricks.ts




/**
 * Databricks (docs/protocols.md §4.3): a service principal's federation policy (issuer,
 * audiences, one exact subject: one policy per subject), or without a client id an account-wide
 * policy whose subject claim names the user or service principal. Databricks has no wildcard and
 * no other claim condition: a pattern becomes this token's exact subject. The service principal's
 * numeric id is not in any token or input: it is `$SP_ID` in the commands and the variable
 * `databricks_service_principal_id` in Terraform.
 */
function databricksTrust(settings, trusts) {
    const shell = [];
    const terraform = [];
    if (settings.clientId) {
        terraform.push([
            'variable "databricks_service_principal_id" {',
            `  description = ${JSON.stringify(`The numeric id of the service principal with application id ${settings.clientId} (not its application id)`)}`,
            '  type        = number',
            '}',
        ].join('\n'));
        shell.push(`# SP_ID: the numeric id of the service principal with application id ${settings.clientId}.`);
    }
    for (const trust of trusts) {
        const prefix = trust.role === 'entra-issuer' ? 'oidc_exchange_entra' : 'oidc_exchange';
        const notes = [label(trust), ...unenforcedClaims('Databricks', trust, () => false)];
        const subjects = [
            ...new Set(trust.subjects.map((s) => (isWildcard(trust, s) ? trust.tokenSubject : s))),
        ].filter((s) => s !== '');
        if (trust.subjects.some((s) => isWildcard(trust, s)))
            notes.push(trust.tokenSubject === ''
                ? 'Databricks federation policies take one exact subject, and without a token there is none to narrow a pattern to: no policy is written for it; give exact subjects for Databricks.'
                : "Databricks federation policies take one exact subject: this policy is for this token's subject.");
        const forEach = settings.clientId ? subjects : [undefined];
        if (forEach.length === 0) {
            terraform.push(notes.map((c) => hclComment(c)).join('\n'));
            shell.push(...notes.map((c) => hclComment(c)));
        }
        forEach.forEach((subject, i) => {
            const n = `${prefix}_${i + 1}`;
            const oidc = subject === undefined
                ? { issuer: trust.issuer, audiences: [trust.audience], subject_claim: 'sub' }
                : { issuer: trust.issuer, audiences: [trust.audience], subject };
            const comments = i === 0 ? notes : [];
            const block = [
                ...comments.map((c) => hclComment(c)),
                subject === undefined
                    ? `resource "databricks_account_federation_policy" "${n}" {`
                    : `resource "databricks_service_principal_federation_policy" "${n}" {`,
                ...(subject === undefined ? [] : ['  service_principal_id = var.databricks_service_principal_id']),
                `  policy_id = "${n.replace(/_/g, '-')}"`,
                // A nested attribute in the provider (plugin framework), not a block: `oidc_policy = {`.
                hclBlock('  oidc_policy =', Object.entries(oidc).map(([k, v]) => [k, v])).replace(/\n/g, '\n  '),
                '}',
            ];
            terraform.push(block.join('\n'));
            shell.push(...comments.map((c) => hclComment(c)), subject === undefined
                ? `databricks account federation-policy create --json ${shellWord(JSON.stringify({ oidc_policy: oidc }))}`
                : `databricks account service-principal-federation-policy create "$SP_ID" --json ${shellWord(JSON.stringify({ oidc_policy: oidc }))}`);
        });
    }
    return { shell, terraform, providers: [DATABRICKS] };
}

// EXTERNAL MODULE: ./src/targets/gcp/trust.ts
var gcp_trust = __webpack_require__(9821);
;// CONCATENATED MODULE: ./src/trust/gcp.ts





/**
 * Google Cloud (docs/gcp.md): the pool, the OIDC provider (issuer, allowed audiences unless the
 * token carries Google's default one, `google.subject=assertion.sub`, and an attribute condition
 * from the user's subject and claim patterns: `==` for exact values, `startsWith` for a trailing
 * `*`, `matches` (RE2) otherwise), and the `roles/iam.workloadIdentityUser` binding: one
 * `principal://` per exact subject, or the pool's `principalSet://…/*` when the condition alone
 * holds the patterns. Google limits `google.subject` to 127 bytes: an Azure DevOps Entra-issuer
 * subject (`/eid1/c/pub/t/<tenant>/a/<app>/sc/<org id>/<connection id>`, 138 bytes) is mapped with
 * CEL's `extract` (Google documents it for attribute mappings) to `<org id>/<connection id>`, unique
 * per connection, while the condition still names the whole subject.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SUBJECT_MAPPING = 'assertion.sub';
const ADO_ENTRA_SUBJECT = /^\/eid1\/c\/pub\/t\/[^/]+\/a\/[^/]+\/sc\/[^/]+\/[^/]+$/;
const ADO_ENTRA_MAPPING = "assertion.sub.extract('/sc/{connection}')";
/** The mapping of `google.subject` for these subjects, and what it yields for each; undefined if none fits. */
function subjectMapping(subjects) {
    if (subjects.every((s) => Buffer.byteLength(s) <= 127))
        return { mapping: SUBJECT_MAPPING, mapped: (s) => s };
    const mapped = (s) => s.slice(s.indexOf('/sc/') + '/sc/'.length);
    return subjects.every((s) => ADO_ENTRA_SUBJECT.test(s) && Buffer.byteLength(mapped(s)) <= 127)
        ? { mapping: ADO_ENTRA_MAPPING, mapped }
        : undefined;
}
function gcpTrust(settings, trusts) {
    const providerId = settings.provider.split('/').at(-1) ?? '';
    const project = settings.projectNumber;
    const terraform = [
        hclBlock('resource "google_iam_workload_identity_pool" "oidc_exchange"', [
            ['project', project],
            ['workload_identity_pool_id', settings.pool],
        ]),
    ];
    // The pool, as the Terraform declares it; one that already exists is kept (`create` then fails).
    const shell = [
        hclComment(`The pool: if ${settings.pool} exists already, skip this command.`),
        `gcloud iam workload-identity-pools create ${shellWord(settings.pool)} --project=${shellWord(project)} --location=global`,
    ];
    let index = 0;
    for (const trust of trusts) {
        const notes = [label(trust), ...unenforcedClaims('Google', trust, (name) => IDENTIFIER.test(name))];
        const subject = subjectMapping(trust.subjects);
        if (!subject) {
            const long = trust.subjects.find((s) => Buffer.byteLength(s) > 127) ?? trust.tokenSubject;
            const note = `Google maps google.subject only up to 127 bytes; ${long} is longer: map a shorter value (docs/gcp.md).`;
            terraform.push(hclComment(note));
            shell.push(hclComment(note));
            continue;
        }
        const id = index === 0 ? providerId : `${providerId.slice(0, 26)}-entra`;
        const name = index === 0 ? 'oidc_exchange' : 'oidc_exchange_entra';
        index++;
        const condition = conditionFor(trust);
        const defaultAudience = `https://iam.googleapis.com/projects/${project}/locations/global/workloadIdentityPools/${settings.pool}/providers/${id}`;
        const audiences = trust.audience === defaultAudience ? [] : [trust.audience];
        terraform.push([
            ...notes.map((n) => hclComment(n)),
            `resource "google_iam_workload_identity_pool_provider" "${name}" {`,
            `  project                            = ${hclString(project)}`,
            '  workload_identity_pool_id          = google_iam_workload_identity_pool.oidc_exchange.workload_identity_pool_id',
            `  workload_identity_pool_provider_id = ${hclString(id)}`,
            '  attribute_mapping = {',
            `    "google.subject" = ${hclString(subject.mapping)}`,
            '  }',
            `  attribute_condition = ${hclString(condition)}`,
            '  oidc {',
            `    issuer_uri        = ${hclString(trust.issuer)}`,
            `    allowed_audiences = [${audiences.map(hclString).join(', ')}]`,
            '  }',
            '}',
        ].join('\n'));
        shell.push(...notes.map((n) => hclComment(n)), [
            'gcloud iam workload-identity-pools providers create-oidc',
            shellWord(id),
            `--project=${shellWord(project)}`,
            '--location=global',
            `--workload-identity-pool=${shellWord(settings.pool)}`,
            `--issuer-uri=${shellWord(trust.issuer)}`,
            ...(audiences.length === 0 ? [] : [`--allowed-audiences=${shellWord((0,gcp_trust/* listArgument */.Kd)(trust.audience))}`]),
            `--attribute-mapping=${shellWord(`google.subject=${subject.mapping}`)}`,
            `--attribute-condition=${shellWord(condition)}`,
        ].join(' '));
        const members = trust.subjects.some((s) => isWildcard(trust, s))
            ? [
                `principalSet://iam.googleapis.com/projects/${project}/locations/global/workloadIdentityPools/${settings.pool}/*`,
            ]
            : trust.subjects.map((s) => (0,gcp_trust/* principalFor */.GU)(settings, subject.mapped(s)));
        members.forEach((member, i) => {
            const resource = `${name}_${i + 1}`;
            const comment = member.startsWith('principalSet://')
                ? [
                    "Every identity of the pool: the provider's attribute condition is what holds the subject patterns, so keep this pool for this provider.",
                ]
                : [];
            if (settings.serviceAccount) {
                terraform.push(hclBlock(`resource "google_service_account_iam_member" "${resource}"`, [
                    [
                        'service_account_id',
                        `projects/${settings.projectId ?? '-'}/serviceAccounts/${settings.serviceAccount}`,
                    ],
                    ['role', 'roles/iam.workloadIdentityUser'],
                    ['member', member],
                ], comment));
                shell.push(...comment.map((c) => `# ${c}`), `gcloud iam service-accounts add-iam-policy-binding ${shellWord(settings.serviceAccount)} --role=roles/iam.workloadIdentityUser --member=${shellWord(member)}`);
            }
            else {
                terraform.push([
                    'variable "gcp_role" {',
                    '  description = "The role the job needs on the project (direct resource access, no service account)"',
                    '  type        = string',
                    '}',
                ].join('\n'), hclBlock(`resource "google_project_iam_member" "${resource}"`, [
                    ['project', settings.projectId ?? project],
                    ['role', { raw: 'var.gcp_role' }],
                    ['member', member],
                ], comment));
                const roleNote = hclComment('GCP_ROLE: the role the job needs on the project (direct resource access, no service account).');
                shell.push(...(shell.includes(roleNote) ? [] : [roleNote]), ...comment.map((c) => hclComment(c)), `gcloud projects add-iam-policy-binding ${shellWord(settings.projectId ?? project)} --role="$GCP_ROLE" --member=${shellWord(member)}`);
            }
        });
    }
    return {
        shell,
        terraform: [...new Set(terraform)],
        providers: [GOOGLE],
    };
}
/** The provider's attribute condition: any of the subjects, and every claim rule Google can name. */
function conditionFor(trust) {
    const subjects = trust.subjects.map((s) => term('assertion.sub', s, trust.patterns));
    const either = subjects.length === 1 ? (subjects[0] ?? '') : `(${subjects.join(' || ')})`;
    const claims = trust.claims
        .filter((c) => IDENTIFIER.test(c.name))
        .map((c) => term(`assertion.${c.name}`, c.pattern, true));
    return [either, ...claims].join(' && ');
}
function term(path, pattern, wildcard) {
    if (!wildcard || !pattern.includes('*'))
        return `${path} == ${(0,gcp_trust/* celString */.Qq)(pattern)}`;
    const parts = pattern.split('*');
    if (parts.length === 2 && parts[1] === '')
        return `${path}.startsWith(${(0,gcp_trust/* celString */.Qq)(parts[0] ?? '')})`;
    const regex = `(?s)^${parts.map((p) => p.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')).join('.*')}$`;
    return `${path}.matches(${(0,gcp_trust/* celString */.Qq)(regex)})`;
}

;// CONCATENATED MODULE: ./src/trust/emit.ts






function emitTrust(entries, options = {}) {
    const codes = entries.flatMap(({ target, trusts }) => {
        const code = codeFor(target, trusts, options);
        return code ? [{ name: target.definition.name, code }] : [];
    });
    const terraform = [
        hclComment("Written by oidc-exchange trust: the trust that accepts this job's token, and nothing broader than its subject and claims."),
        requiredProviders(codes.flatMap((c) => c.code.providers)),
        ...codes.flatMap((c) => [hclComment(`--- ${c.name} ---`), ...c.code.terraform]),
    ].join('\n\n');
    const shell = codes.flatMap((c) => [`# --- ${c.name} ---`, ...c.code.shell]).join('\n');
    return { shell: `${shell}\n`, terraform: `${terraform}\n` };
}
function codeFor(target, trusts, options) {
    switch (target.definition.name) {
        case 'aws':
            return awsTrust(target.settings, trusts);
        case 'azure':
            return azureTrust(target.settings.clientId, trusts, 'oidc_exchange', options.azureIdentity ?? 'application');
        case 'databricks': {
            const settings = target.settings;
            return settings.entra
                ? azureTrust(settings.entra.app.clientId, trusts, 'databricks')
                : databricksTrust(settings, trusts);
        }
        case 'gcp':
            return gcpTrust(target.settings, trusts);
        default:
            return undefined;
    }
}


/***/ })

};
