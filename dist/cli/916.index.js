export const id = 916;
export const ids = [916];
export const modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trustFromInputs: () => (/* binding */ trustFromInputs)
/* harmony export */ });
/* harmony import */ var _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(329);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _ado_migration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2101);



/**
 * The trust written from the inputs alone, for `oidc-exchange trust` before a pipeline has ever run
 * (no token at hand): the issuer (`issuer`, GitHub's by default), each target's audience, the
 * `subject` patterns and the `claims` rules. What a token would have told (its exact subject, its
 * `azp`) comes from the subject's form: an Azure DevOps subject (`sc://`, `p://`, `/eid1/…`) needs
 * the issuer of its organisation or tenant, and an Entra-issued one carries the token exchange
 * app's id as `aud` and Azure DevOps' app id as `azp`. A cloud that cannot hold a `*` pattern gets
 * no trust for it (there is no token subject to narrow it to), and the output says so.
 */
const ADO_SUBJECT = /^(sc:\/\/|p:\/\/|\/eid1\/)/;
function trustFromInputs(plan, issuerWritten) {
    const subjects = plan.subjects.map((p) => p.source);
    if (subjects.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('INPUT_INVALID', 'Input `subject` is required when there is no token to read it from: the trust names the subject the cloud accepts.', {
            hint: 'Give the subject (or a pattern with `*`) your pipeline presents, e.g. `repo:octo-org/app:environment:production` (GitHub), `sc://<org>/<project>/<connection>` (an Azure DevOps service connection); or run `trust` where a token is at hand (the GitHub Actions job, `--token-file`, `--token-env`).',
        });
    }
    const ado = subjects.filter((s) => ADO_SUBJECT.test(s));
    const entraSubjects = ado.filter((s) => s.startsWith('/eid1/'));
    if (ado.length > 0)
        adoIssuerCheck(plan.issuer, issuerWritten, subjects, entraSubjects.length > 0);
    const entra = entraSubjects.length > 0;
    return plan.targets
        .filter((t) => t.needsToken)
        .map((target) => ({
        target,
        trusts: [
            {
                issuer: plan.issuer,
                audience: ado.length === 0 ? target.audience : entra ? _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_EXCHANGE_APP_ID */ .gI : _core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .ADO_AUDIENCE */ .me,
                authorizedParty: entra ? _ado_migration_js__WEBPACK_IMPORTED_MODULE_2__/* .AZURE_DEVOPS_APP_ID */ .wP : undefined,
                subjects,
                patterns: true,
                claims: plan.claims.map((c) => ({ name: c.name, pattern: c.pattern.source })),
                // No token: a cloud without patterns can narrow a `*` to nothing (azure.ts, databricks.ts).
                tokenSubject: '',
                role: 'current',
            },
        ],
    }));
}
/** An Azure DevOps subject names its issuer's family; the issuer holds the organisation or tenant id. */
function adoIssuerCheck(issuer, written, subjects, entra) {
    const expected = entra
        ? '`https://login.microsoftonline.com/<tenant id>/v2.0` (the Entra issuer of `/eid1/…` subjects: the connection’s tenant)'
        : `\`${_core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .VSTOKEN_ISSUER_BASE */ .pm}/<organization id>\` (the Azure DevOps issuer of \`sc://\` and \`p://\` subjects: the organisation’s id, System.CollectionId)`;
    const mixed = entra && subjects.some((s) => !s.startsWith('/eid1/'));
    const family = (0,_core_azure_devops_issuers_js__WEBPACK_IMPORTED_MODULE_0__/* .familyOfIssuer */ .fi)(issuer);
    if (written && !mixed && (family === 'entra') === entra)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcExchangeError */ .tS('INPUT_INVALID', mixed
        ? 'Input `subject` mixes the Azure DevOps issuer’s subjects with the Entra issuer’s: each issuer is its own trust.'
        : `Input \`issuer\` must name the issuer of an Azure DevOps subject: expected ${expected}, ${written ? `got '${issuer}'` : 'got none'}.`, {
        hint: mixed
            ? 'Run `trust` once per issuer, each with its own `issuer` and `subject`.'
            : 'A token would carry it; without one, the trust needs it to accept exactly your organisation’s or tenant’s tokens.',
    });
}


/***/ })

};
