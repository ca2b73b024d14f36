export const id = 253;
export const ids = [253];
export const modules = {

/***/ 1253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exchange: () => (/* binding */ exchange)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/targets/aws/account-guard.ts

/**
 * `aws-allowed-account-ids`, as configure-aws-credentials' `allowed-account-ids`: the account is
 * read from the assumed-role ARN STS returned (`arn:<partition>:sts::<account>:assumed-role/…`),
 * not from the role ARN we asked for, so an endpoint override that answers for another account
 * is caught too. Runs before anything is exported: a failing target exports nothing.
 */
const ASSUMED_ROLE_ACCOUNT = /^arn:[\w-]+:sts::(\d{12}):assumed-role\//;
function accountOf(assumedRoleArn) {
    return ASSUMED_ROLE_ACCOUNT.exec(assumedRoleArn)?.[1];
}
function checkAllowedAccount(allowed, assumedRoleArn, roleArn) {
    if (allowed.length === 0)
        return;
    const account = accountOf(assumedRoleArn);
    if (account !== undefined && allowed.includes(account))
        return;
    throw new errors/* OidcExchangeError */.tS('AWS_ACCOUNT_NOT_ALLOWED', `The credentials for ${roleArn} belong to account ${account ?? `unknown (assumed-role ARN '${assumedRoleArn}')`}, which is not in \`aws-allowed-account-ids\` (${allowed.join(', ')}).`, {
        hint: 'Check `aws-role-arn` (and the last role of `aws-role-chain`), or add the account to `aws-allowed-account-ids` if it is meant to be used.',
    });
}

// EXTERNAL MODULE: ./src/targets/aws/sts-errors.ts
var sts_errors = __webpack_require__(4614);
// EXTERNAL MODULE: ./src/targets/aws/sts-wire.ts + 1 modules
var sts_wire = __webpack_require__(4264);
;// CONCATENATED MODULE: ./src/targets/aws/exchange.ts





/**
 * STS AssumeRoleWithWebIdentity (docs/protocols.md §3): one unsigned form POST over our own client
 * (keep-alive, proxies, a timeout on every request), so no AWS credentials are looked up and no
 * SDK is loaded. Our retries mint a fresh OIDC token for every attempt (configure-aws-credentials
 * #1848) and never retry a refusal.
 */
async function exchange(settings, ctx) {
    const presented = () => ({
        issuer: ctx.tokens.issuer,
        subject: ctx.tokens.subject,
        audience: ctx.tokens.audience,
        authorizedParty: ctx.tokens.authorizedParty,
    });
    const credentials = await (0,retry/* withRetries */.LH)(async (attempt) => {
        const token = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
        try {
            const res = await ctx.http.request({
                url: `${settings.stsEndpoint}/`,
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
                body: (0,sts_wire/* assumeRoleForm */.xg)(settings, token),
                purpose: `STS at ${settings.stsEndpoint}`,
                timeoutMs: ctx.timeoutMs,
            });
            return (0,sts_wire/* readAssumeAnswer */.ZK)(res, settings, ctx.registerSecret);
        }
        catch (error) {
            // A silent proxy (a TIMEOUT that is not retryable) keeps its own message, which names it.
            if (error instanceof errors/* OidcExchangeError */.tS && error.code === 'TIMEOUT' && error.retryable)
                throw (0,sts_errors/* stsTimeout */.cu)(settings, ctx.timeoutMs);
            throw (0,sts_errors/* stsError */.Pe)(error, settings, presented());
        }
    });
    // Role chaining loads its signer only when a chain is asked for (its own lazy chunk).
    const last = settings.roleChain.length > 0
        ? await (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(711)]).then(__webpack_require__.bind(__webpack_require__, 1711))).assumeChain(settings, credentials, ctx)
        : credentials;
    const lastRole = settings.roleChain.at(-1)?.roleArn ?? settings.roleArn;
    checkAllowedAccount(settings.allowedAccountIds, last.assumedRoleArn, lastRole);
    return grant(settings, last);
}
function grant(settings, c) {
    const env = (name, value, secret) => ({
        name,
        value,
        secret,
        kind: 'env',
    });
    const output = (name, value, secret) => ({
        name,
        value,
        secret,
        kind: 'output',
    });
    // The account id is not a secret, and masking it breaks every output that contains it (#304).
    const maskId = settings.maskAccountId;
    return {
        target: 'aws',
        expiresAt: c.expiration,
        exports: [
            env('AWS_ACCESS_KEY_ID', c.accessKeyId, true),
            env('AWS_SECRET_ACCESS_KEY', c.secretAccessKey, true),
            env('AWS_SESSION_TOKEN', c.sessionToken, true),
            env('AWS_REGION', settings.region, false),
            env('AWS_DEFAULT_REGION', settings.region, false),
            output('aws-access-key-id', c.accessKeyId, true),
            output('aws-secret-access-key', c.secretAccessKey, true),
            output('aws-session-token', c.sessionToken, true),
            output('aws-expiration', c.expiration.toISOString(), false),
            output('aws-account-id', accountOf(c.assumedRoleArn) ?? settings.accountId, maskId),
            output('aws-assumed-role-arn', c.assumedRoleArn, false),
        ],
        summary: [
            ['AWS role', settings.roleArn],
            ...settings.roleChain.map((hop, i) => [`Role chain, hop ${i + 1}`, hop.roleArn]),
            ['Assumed role', c.assumedRoleArn],
            ['Region', settings.region],
            ['Session name', settings.sessionName],
        ],
    };
}


/***/ }),

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q9: () => (/* binding */ STS_VERSION),
  xg: () => (/* binding */ assumeRoleForm),
  ZK: () => (/* binding */ readAssumeAnswer)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http-json.ts
var http_json = __webpack_require__(310);
// EXTERNAL MODULE: ./src/targets/aws/sts-errors.ts
var sts_errors = __webpack_require__(4614);
;// CONCATENATED MODULE: ./src/targets/aws/xml-reader.ts
class XmlSyntaxError extends Error {
    name = 'XmlSyntaxError';
}
const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function readXml(source) {
    let at = 0;
    const fail = (what) => {
        throw new XmlSyntaxError(`${what} at offset ${at}`);
    };
    const skipSpace = () => {
        while (at < source.length && /\s/.test(source.charAt(at)))
            at++;
    };
    const readName = () => {
        const name = NAME.exec(source.slice(at, at + 256))?.[0];
        if (!name)
            return fail('expected a name');
        at += name.length;
        return name;
    };
    const readText = (end) => source.slice(at, end).replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|&/g, (whole, ref) => {
        if (ref === undefined)
            return fail('a bare &');
        if (ref.startsWith('#')) {
            const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
            if (!(code > 0 && code <= 0x10ffff))
                return fail(`a bad character reference ${whole}`);
            return String.fromCodePoint(code);
        }
        return ENTITIES[ref] ?? fail(`an unknown entity ${whole}`);
    });
    const skipAttributes = () => {
        for (;;) {
            skipSpace();
            if (source.startsWith('/>', at)) {
                at += 2;
                return true;
            }
            if (source.charAt(at) === '>') {
                at++;
                return false;
            }
            readName();
            skipSpace();
            if (source.charAt(at) !== '=')
                fail('expected = after an attribute name');
            at++;
            skipSpace();
            const quote = source.charAt(at);
            if (quote !== '"' && quote !== "'")
                fail('expected a quoted attribute value');
            const close = source.indexOf(quote, at + 1);
            if (close < 0 || source.slice(at + 1, close).includes('<'))
                fail('an unterminated attribute value');
            at = close + 1;
        }
    };
    const readElement = (depth) => {
        if (depth > 32)
            fail('elements nested too deeply');
        if (source.charAt(at) !== '<')
            fail('expected <');
        at++;
        const element = { name: readName(), children: [], text: '' };
        if (skipAttributes())
            return element;
        for (;;) {
            const next = source.indexOf('<', at);
            if (next < 0)
                fail(`an unclosed <${element.name}>`);
            element.text += readText(next);
            at = next;
            if (source.startsWith('</', at)) {
                at += 2;
                const closing = readName();
                if (closing !== element.name)
                    fail(`</${closing}> closing <${element.name}>`);
                skipSpace();
                if (source.charAt(at) !== '>')
                    fail('expected >');
                at++;
                return element;
            }
            if (source.startsWith('<!--', at)) {
                const end = source.indexOf('-->', at + 4);
                if (end < 0)
                    fail('an unterminated comment');
                at = end + 3;
                continue;
            }
            if (source.startsWith('<!', at) || source.startsWith('<?', at))
                fail('markup STS never sends');
            element.children.push(readElement(depth + 1));
        }
    };
    if (source.charCodeAt(0) === 0xfeff)
        at = 1;
    skipSpace();
    if (source.startsWith('<?xml', at)) {
        const end = source.indexOf('?>', at);
        if (end < 0)
            fail('an unterminated XML declaration');
        at = end + 2;
    }
    skipSpace();
    const root = readElement(0);
    skipSpace();
    if (at !== source.length)
        fail('content after the root element');
    return root;
}
/** The text of the element at `path` below `from` (first match at each step), trimmed. */
function textAt(from, ...path) {
    let node = from;
    for (const name of path)
        node = node?.children.find((c) => c.name === name);
    return node?.text.trim();
}

;// CONCATENATED MODULE: ./src/targets/aws/sts-wire.ts




/**
 * AssumeRoleWithWebIdentity on the wire (docs/protocols.md §3.2–3.4): one unsigned query-protocol form
 * POST (the operation is `noAuth`), answered in XML. Written by hand rather than through the AWS
 * SDK's STS client, whose ~1 MB chunk cost ~50 ms of start-up per run (docs/development.md).
 */
const STS_VERSION = '2011-06-15';
function assumeRoleForm(settings, webIdentityToken) {
    const form = new URLSearchParams({
        Action: 'AssumeRoleWithWebIdentity',
        Version: STS_VERSION,
        RoleArn: settings.roleArn,
        RoleSessionName: settings.sessionName,
        WebIdentityToken: webIdentityToken,
        DurationSeconds: String(settings.durationSeconds),
    });
    if (settings.sessionPolicy)
        form.set('Policy', settings.sessionPolicy);
    // Query-protocol lists are numbered from 1: PolicyArns.member.1.arn, PolicyArns.member.2.arn, …
    settings.managedPolicyArns.forEach((arn, i) => form.set(`PolicyArns.member.${i + 1}.arn`, arn));
    return form.toString();
}
/**
 * The answer → credentials, or throws: StsServiceError for an STS error document, an
 * OidcExchangeError for anything that is not STS speaking (a proxy's 503 page, a truncated body).
 * Every credential is handed to `registerSecret` as soon as it is read, before any check can fail.
 */
function readAssumeAnswer(res, settings, registerSecret, action = 'AssumeRoleWithWebIdentity') {
    const purpose = `STS at ${settings.stsEndpoint}`;
    const root = parse(res);
    if (root?.name === 'ErrorResponse' && res.status !== 200) {
        const code = textAt(root, 'Error', 'Code');
        if (code)
            throw new sts_errors/* StsServiceError */.Qr(code, textAt(root, 'Error', 'Message') ?? '', res.status);
    }
    if (res.status !== 200)
        throw (0,http_json/* statusError */.$)(res, purpose);
    if (root?.name !== `${action}Response`) {
        throw new errors/* OidcExchangeError */.tS('AWS_EXCHANGE_FAILED', `${purpose} answered HTTP 200 with a body that is not an ${action} response` +
            ` (content-type ${res.headers['content-type'] ?? 'none'}).`);
    }
    const result = [`${action}Result`];
    const credential = (name) => {
        const value = textAt(root, ...result, 'Credentials', name);
        if (value && name !== 'Expiration')
            registerSecret(value);
        return value;
    };
    const accessKeyId = credential('AccessKeyId');
    const secretAccessKey = credential('SecretAccessKey');
    const sessionToken = credential('SessionToken');
    const expiration = new Date(credential('Expiration') ?? NaN);
    if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration.getTime())) {
        throw new errors/* OidcExchangeError */.tS('AWS_EXCHANGE_FAILED', `STS answered ${action} for ${settings.roleArn} without credentials.`);
    }
    const assumedRoleArn = textAt(root, ...result, 'AssumedRoleUser', 'Arn') ?? '';
    return { accessKeyId, secretAccessKey, sessionToken, expiration, assumedRoleArn };
}
function parse(res) {
    try {
        return readXml(res.body);
    }
    catch (error) {
        if (error instanceof XmlSyntaxError)
            return undefined;
        throw error;
    }
}


/***/ })

};
