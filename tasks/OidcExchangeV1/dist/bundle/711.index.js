export const id = 711;
export const ids = [711];
export const modules = {

/***/ 1711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeChain: () => (/* binding */ assumeChain)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5118);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _role_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9026);
/* harmony import */ var _sts_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4614);
/* harmony import */ var _sts_wire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4264);






/**
 * `aws-role-chain`: each hop is one `sts:AssumeRole`, a query-protocol form POST signed (SigV4,
 * service `sts`, the step's region) with the previous hop's credentials by @smithy/signature-v4,
 * the AWS SDK's own signer. Its own lazy chunk: only a step with a chain loads it. A chained
 * session lasts at most one hour (STS's limit for role chaining). Refusals are not retried.
 */
const CHAINED_MAX_SECONDS = 3600;
async function assumeChain(settings, first, ctx) {
    let current = first;
    let previousRole = settings.roleArn;
    for (const [index, hop] of settings.roleChain.entries()) {
        current = await assumeHop(settings, hop, index + 1, current, previousRole, ctx);
        previousRole = hop.roleArn;
    }
    return current;
}
async function assumeHop(settings, hop, number, caller, callerRole, ctx) {
    const url = new URL(`${settings.stsEndpoint}/`);
    const form = new URLSearchParams({
        Action: 'AssumeRole',
        Version: _sts_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .STS_VERSION */ .Q9,
        RoleArn: hop.roleArn,
        RoleSessionName: hop.sessionName,
        DurationSeconds: String(Math.min(settings.durationSeconds, CHAINED_MAX_SECONDS)),
    });
    if (hop.externalId)
        form.set('ExternalId', hop.externalId);
    const body = form.toString();
    const signer = new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_5__/* .SignatureV4 */ .BB({
        service: 'sts',
        region: settings.region,
        credentials: {
            accessKeyId: caller.accessKeyId,
            secretAccessKey: caller.secretAccessKey,
            sessionToken: caller.sessionToken,
        },
        sha256: NodeSha256,
    });
    const signed = await signer.sign({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: url.pathname,
        query: {},
        headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body,
    });
    const hopSettings = { ...settings, roleArn: hop.roleArn, accountId: hop.accountId };
    try {
        const res = await ctx.http.request({
            url: url.toString(),
            method: 'POST',
            headers: signed.headers,
            body,
            purpose: `STS at ${settings.stsEndpoint}`,
            timeoutMs: ctx.timeoutMs,
        });
        return (0,_sts_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .readAssumeAnswer */ .ZK)(res, hopSettings, ctx.registerSecret, 'AssumeRole');
    }
    catch (error) {
        if (error instanceof _sts_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StsServiceError */ .Qr && error.code === 'AccessDenied')
            throw hopRefused(hop, number, caller, callerRole, (0,_role_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutExternalId */ .D)(error.message, hop.externalId));
        throw hidingExternalId((0,_sts_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .stsError */ .Pe)(error, hopSettings, {
            issuer: ctx.tokens.issuer,
            subject: ctx.tokens.subject,
            audience: ctx.tokens.audience,
        }), hop.externalId);
    }
}
/** The error with the hop's external id replaced, should an upstream message repeat it. */
function hidingExternalId(error, externalId) {
    const message = (0,_role_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutExternalId */ .D)(error.message, externalId);
    const hint = error.hint === undefined ? undefined : (0,_role_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutExternalId */ .D)(error.hint, externalId);
    if (message === error.message && hint === error.hint)
        return error;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS(error.code, message, { hint, retryable: error.retryable });
}
/** Names the hop and prints the trust statement of the hop's role that would accept the caller. */
function hopRefused(hop, number, caller, callerRole, said) {
    const statement = {
        Effect: 'Allow',
        Principal: { AWS: callerRole },
        Action: 'sts:AssumeRole',
        // The id itself is never printed: the user has it, in the hop's line.
        ...(hop.externalId
            ? { Condition: { StringEquals: { 'sts:ExternalId': `<the external-id of hop ${number}>` } } }
            : {}),
    };
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('AWS_ACCESS_DENIED', `STS refused AssumeRole for hop ${number} of \`aws-role-chain\` (${hop.roleArn}) as ${caller.assumedRoleArn}: ${said}`, { hint: `Add to the trust policy of ${hop.roleArn}: ${JSON.stringify(statement)}` });
}
/** The signer's hash: node's own SHA-256 and HMAC (no hashing library to load). */
class NodeSha256 {
    hash;
    secret;
    constructor(secret) {
        this.secret = secret === undefined ? undefined : bytes(secret);
        this.hash = this.fresh();
    }
    update(data) {
        this.hash.update(bytes(data));
    }
    digest() {
        return Promise.resolve(new Uint8Array(this.hash.digest()));
    }
    reset() {
        this.hash = this.fresh();
    }
    fresh() {
        return this.secret === undefined ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.secret);
    }
}
function bytes(data) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (ArrayBuffer.isView(data))
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('INTERNAL', 'The SigV4 signer hashed something that is not bytes.');
}


/***/ })

};
