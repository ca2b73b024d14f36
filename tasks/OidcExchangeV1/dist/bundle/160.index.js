export const id = 160;
export const ids = [160];
export const modules = {

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRun: () => (/* binding */ dryRun)
/* harmony export */ });
/* harmony import */ var _core_explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(240);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6722);
/* harmony import */ var _task_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1060);



/** `dryRun: true`: the explanation in the log and the summary; nothing exchanged or set. */
async function dryRun(plan, source, http, agent, agentTemp) {
    const { lines, problems } = await (0,_core_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .W)(plan, {
        http,
        source,
        registerSecret: (v) => agent.setSecret(v),
    });
    const named = lines.map(_task_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .withTaskInputNames */ .a_);
    for (const line of named)
        agent.info(line);
    const body = named.map((l) => l.replace(/</g, '&lt;')).join('\n');
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadSummary */ .o1)(agent, agentTemp, `### oidc-exchange: dry run (nothing exchanged)\n\n\`\`\`\n${body}\n\`\`\`\n`);
    if (problems > 0)
        agent.warning(`dry run: ${problems} expectation(s) not met; see the log.`);
    agent.succeed('oidc-exchange: dry run, nothing exchanged.');
}


/***/ })

};
