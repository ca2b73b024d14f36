export const id = 531;
export const ids = [531];
export const modules = {

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exchange: () => (/* binding */ exchange)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1695);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _core_timeout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1744);
/* harmony import */ var _sts_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);





/**
 * STS AssumeRoleWithWebIdentity through @aws-sdk/client-sts (PROTOCOLS.md §3), loaded only when an
 * AWS target is asked for. The SDK's own retries are off: ours mint a fresh OIDC token for every
 * attempt (configure-aws-credentials #1848) and never retry a refusal. The call is unsigned
 * (noAuth), so no AWS credentials are looked up.
 */
async function exchange(settings, ctx) {
    const client = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM({
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
        const result = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetries */ .LH)(async (attempt) => {
            const token = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
            try {
                const abortSignal = AbortSignal.timeout(ctx.timeoutMs);
                const call = client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .AssumeRoleWithWebIdentityCommand */ .WH({
                    RoleArn: settings.roleArn,
                    RoleSessionName: settings.sessionName,
                    WebIdentityToken: token,
                    DurationSeconds: settings.durationSeconds,
                    ...(settings.sessionPolicy ? { Policy: settings.sessionPolicy } : {}),
                    ...(settings.managedPolicyArns.length > 0
                        ? { PolicyArns: settings.managedPolicyArns.map((arn) => ({ arn })) }
                        : {}),
                }), { abortSignal });
                return await (0,_core_timeout_js__WEBPACK_IMPORTED_MODULE_4__/* .withTimeout */ .w)(call, ctx.timeoutMs, () => (0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stsTimeout */ .cu)(settings, ctx.timeoutMs));
            }
            catch (error) {
                throw (0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stsError */ .Pe)(error, settings, {
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS('AWS_EXCHANGE_FAILED', `STS answered AssumeRoleWithWebIdentity for ${settings.roleArn} without credentials.`);
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
