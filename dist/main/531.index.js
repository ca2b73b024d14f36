export const id = 531;
export const ids = [531];
export const modules = {

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exchange: () => (/* binding */ exchange)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _sts_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);
/* harmony import */ var _sts_wire_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4264);




/**
 * STS AssumeRoleWithWebIdentity (PROTOCOLS.md §3): one unsigned form POST over our own client
 * (keep-alive, proxies, a timeout on every request), so no AWS credentials are looked up and no
 * SDK is loaded. Our retries mint a fresh OIDC token for every attempt (configure-aws-credentials
 * #1848) and never retry a refusal.
 */
async function exchange(settings, ctx) {
    const presented = () => ({
        issuer: ctx.tokens.issuer,
        subject: ctx.tokens.subject,
        audience: ctx.tokens.audience,
    });
    const credentials = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetries */ .LH)(async (attempt) => {
        const token = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
        try {
            const res = await ctx.http.request({
                url: `${settings.stsEndpoint}/`,
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
                body: (0,_sts_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .assumeRoleForm */ .xg)(settings, token),
                purpose: `STS at ${settings.stsEndpoint}`,
                timeoutMs: ctx.timeoutMs,
            });
            return (0,_sts_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .readAssumeAnswer */ .ZK)(res, settings, ctx.registerSecret);
        }
        catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcExchangeError */ .tS && error.code === 'TIMEOUT')
                throw (0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stsTimeout */ .cu)(settings, ctx.timeoutMs);
            throw (0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stsError */ .Pe)(error, settings, presented());
        }
    });
    return grant(settings, credentials);
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
