export const id = 440;
export const ids = [440];
export const modules = {

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

/***/ 6440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exchange: () => (/* binding */ exchange)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/timeout.ts
var timeout = __webpack_require__(1744);
;// CONCATENATED MODULE: ./src/targets/aws/sts-errors.ts

const MAPPINGS = {
    AccessDenied: { code: 'AWS_ACCESS_DENIED', retryable: false, hint: (s, p) => trustPolicyHint(s, p) },
    InvalidIdentityToken: {
        code: 'AWS_INVALID_IDENTITY_TOKEN',
        retryable: false,
        hint: (s, p) => `Account ${s.accountId} needs an IAM OIDC provider for ${p.issuer} whose audiences (client IDs) include '${p.audience}'.`,
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
const THROTTLING = new Set(['Throttling', 'RequestLimitExceeded', 'TooManyRequests']);
function stsError(error, settings, presented, timeoutMs = 0) {
    if (error instanceof errors/* OidcExchangeError */.tS)
        return error;
    const e = error;
    const code = e.name ?? 'Error';
    if (code === 'AbortError' || code === 'TimeoutError')
        return stsTimeout(settings, timeoutMs);
    // The SDK names modelled errors after their classes (IDPCommunicationErrorException), the wire
    // after the code (IDPCommunicationError, ExpiredTokenException): compare without the suffix.
    const key = code.replace(/Exception$/, '');
    const status = e.$metadata?.httpStatusCode;
    const what = `STS refused AssumeRoleWithWebIdentity for ${settings.roleArn}: ${code}: ${e.message ?? ''}`.trimEnd() +
        ` Presented: issuer '${presented.issuer}', subject '${presented.subject}', audience '${presented.audience}'.`;
    // STS reports an issuer it could not reach as InvalidIdentityToken "Couldn't retrieve verification
    // key from your identity provider" far more often than as IDPCommunicationError: both are transient.
    const unreachable = key === 'InvalidIdentityToken' && /retrieve verification key/i.test(e.message ?? '');
    const mapped = MAPPINGS[unreachable ? 'IDPCommunicationError' : key];
    if (mapped)
        return new errors/* OidcExchangeError */.tS(mapped.code, what, {
            hint: mapped.hint(settings, presented),
            retryable: mapped.retryable,
        });
    if (THROTTLING.has(key) || (status !== undefined && status >= 500)) {
        return new errors/* OidcExchangeError */.tS('AWS_EXCHANGE_FAILED', what, { retryable: true });
    }
    if (status === undefined) {
        // No HTTP answer at all: a network failure or a timeout.
        return new errors/* OidcExchangeError */.tS('AWS_EXCHANGE_FAILED', `Could not reach STS at ${settings.stsEndpoint}: ${e.message ?? code}.`, { retryable: true });
    }
    return new errors/* OidcExchangeError */.tS('AWS_EXCHANGE_FAILED', what, { retryable: false });
}
function stsTimeout(settings, timeoutMs) {
    return new errors/* OidcExchangeError */.tS('TIMEOUT', `STS at ${settings.stsEndpoint} did not answer within ${timeoutMs} ms.`, {
        retryable: true,
    });
}
/** The statement that would accept this very token (PROTOCOLS.md §3.5), to compare with the role's. */
function trustPolicyHint(settings, presented) {
    const host = presented.issuer.replace(/^https:\/\//, '');
    const statement = {
        Effect: 'Allow',
        Principal: {
            Federated: `arn:${settings.partition.name}:iam::${settings.accountId}:oidc-provider/${host}`,
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${host}:aud`]: presented.audience, [`${host}:sub`]: presented.subject } },
    };
    return `The role's trust policy must allow this token (case-sensitive); this statement would: ${JSON.stringify(statement)}`;
}

;// CONCATENATED MODULE: ./src/targets/aws/exchange.ts





/**
 * STS AssumeRoleWithWebIdentity through @aws-sdk/client-sts (PROTOCOLS.md §3), loaded only when an
 * AWS target is asked for. The SDK's own retries are off: ours mint a fresh OIDC token for every
 * attempt (configure-aws-credentials #1848) and never retry a refusal. The call is unsigned
 * (noAuth), so no AWS credentials are looked up.
 */
async function exchange(settings, ctx) {
    const client = new dist_cjs/* STSClient */.iM({
        region: settings.region,
        endpoint: settings.stsEndpoint,
        maxAttempts: 1,
        requestHandler: {
            httpsAgent: ctx.http.httpsAgent,
            requestTimeout: ctx.timeoutMs,
            connectionTimeout: ctx.timeoutMs,
        },
    });
    try {
        const result = await (0,retry/* withRetries */.LH)(async (attempt) => {
            const token = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
            try {
                const abortSignal = AbortSignal.timeout(ctx.timeoutMs);
                const call = client.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                    RoleArn: settings.roleArn,
                    RoleSessionName: settings.sessionName,
                    WebIdentityToken: token,
                    DurationSeconds: settings.durationSeconds,
                    ...(settings.sessionPolicy ? { Policy: settings.sessionPolicy } : {}),
                    ...(settings.managedPolicyArns.length > 0
                        ? { PolicyArns: settings.managedPolicyArns.map((arn) => ({ arn })) }
                        : {}),
                }), { abortSignal });
                return await (0,timeout/* withTimeout */.w)(call, ctx.timeoutMs, () => stsTimeout(settings, ctx.timeoutMs));
            }
            catch (error) {
                throw stsError(error, settings, {
                    issuer: ctx.tokens.issuer,
                    subject: ctx.tokens.subject,
                    audience: ctx.tokens.audience,
                }, ctx.timeoutMs);
            }
        });
        const c = result.Credentials;
        for (const secret of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken])
            if (secret)
                ctx.registerSecret(secret);
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
            throw new errors/* OidcExchangeError */.tS('AWS_EXCHANGE_FAILED', `STS answered AssumeRoleWithWebIdentity for ${settings.roleArn} without credentials.`);
        }
        return grant(settings, {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
            assumedRoleArn: result.AssumedRoleUser?.Arn ?? '',
        });
    }
    finally {
        client.destroy();
    }
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
            output('aws-account-id', settings.accountId, maskId),
            output('aws-assumed-role-arn', c.assumedRoleArn, false),
        ],
        summary: [
            ['AWS role', settings.roleArn],
            ['Assumed role', c.assumedRoleArn],
            ['Region', settings.region],
            ['Session name', settings.sessionName],
        ],
    };
}


/***/ })

};
