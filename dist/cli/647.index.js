export const id = 647;
export const ids = [647];
export const modules = {

/***/ 8647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateDiveCi: () => (/* binding */ evaluateDiveCi)
/* harmony export */ });
// dive's CI rules (runtime/ci/rule.go): lowestEfficiency, highestWastedBytes,
// highestUserWastedPercent, with dive's comparisons (equality passes), checked against the
// figures of analysis/dive.ts. Pure: the rules come parsed (budget/dive-ci.ts reads the
// `.dive-ci` file); violations out (rule `dive`).
/** dive's rule checks (equality passes): one `dive` violation per failed rule. */
function evaluateDiveCi(figures, rules, image) {
    const out = [];
    const { lowestEfficiency, highestWastedBytes, highestUserWastedPercent } = rules;
    if (lowestEfficiency !== null && lowestEfficiency > figures.efficiency) {
        out.push({
            image,
            rule: 'dive',
            detail: 'lowestEfficiency',
            limitBytes: lowestEfficiency,
            actualBytes: figures.efficiency
        });
    }
    if (highestWastedBytes !== null && figures.wastedBytes > highestWastedBytes) {
        out.push({
            image,
            rule: 'dive',
            detail: 'highestWastedBytes',
            limitBytes: highestWastedBytes,
            actualBytes: figures.wastedBytes
        });
    }
    const percent = figures.userWastedPercent;
    if (highestUserWastedPercent !== null &&
        percent !== null &&
        highestUserWastedPercent < percent) {
        out.push({
            image,
            rule: 'dive',
            detail: 'highestUserWastedPercent',
            limitBytes: highestUserWastedPercent,
            actualBytes: percent
        });
    }
    return out;
}


/***/ })

};
