export const id = 936;
export const ids = [936];
export const modules = {

/***/ 2936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditCommand: () => (/* binding */ runAuditCommand)
});

// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
// EXTERNAL MODULE: ./src/report/line.ts
var line = __webpack_require__(8350);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/units.ts
var report_units = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/report/audit.ts
// Renders a scheduled audit: the job summary (one table, image by image, then the
// violations and hints, then a trend of the last 30 audits per image) and the body of
// the tracking issue (what is over, by how much, since when). Pure; every string that
// comes from an image or the budget file goes through escapeMarkdown.




/** How many audits the trend chart shows per image. */
const TREND_POINTS = 30;
function recordsOf(history, key, name) {
    return history.configs[key]?.[name] ?? [];
}
/** The change since the audit before this one (the last record is this audit's own). */
function sinceLast(records, units) {
    if (records.length < 2)
        return 'first audit';
    const delta = records[records.length - 1].totalBytes -
        records[records.length - 2].totalBytes;
    return delta === 0 ? 'no change' : (0,describe/* signedBytes */.Sq)(delta, units);
}
/** The date the current breach began: the first of the latest run of failing audits. */
function overSince(records) {
    let since;
    for (let i = records.length - 1; i >= 0 && records[i].status === 'fail'; i--)
        since = records[i].date;
    return since;
}
function imageTable(run, history, options) {
    const { units } = options;
    const pull = run.images.some((image) => image.totalCompressedBytes !== undefined);
    const files = run.images.some((image) => image.files);
    const header = [
        'image',
        'size',
        ...(pull ? ['pull size'] : []),
        'budget',
        'status',
        ...(files ? ['reclaimable'] : []),
        'since last audit'
    ];
    const rows = run.images.map((image) => {
        const budget = image.budget?.totalBytes !== undefined
            ? (0,report_units/* formatBytes */.z)(image.budget.totalBytes, units)
            : '—';
        return [
            (0,markdown/* escapeMarkdown */.FV)(image.name),
            (0,report_units/* formatBytes */.z)(image.totalBytes, units),
            ...(pull
                ? [
                    image.totalCompressedBytes !== undefined
                        ? (0,report_units/* formatBytes */.z)(image.totalCompressedBytes, units)
                        : '—'
                ]
                : []),
            budget,
            image.status === 'pass'
                ? '✅ within'
                : `❌ over (${image.violations.length})`,
            ...(files
                ? [image.files ? (0,report_units/* formatBytes */.z)(image.files.reclaimableBytes, units) : '—']
                : []),
            sinceLast(recordsOf(history, options.key, image.name), units)
        ];
    });
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map((_, i) => (i === 0 ? ':--' : '--:')).join('|')}|`,
        ...rows.map((row) => `| ${row.join(' | ')} |`)
    ];
}
function violationLines(images, units) {
    const lines = [];
    for (const image of images) {
        for (const violation of image.violations)
            lines.push(`- ❌ **${(0,markdown/* escapeMarkdown */.FV)(image.name)}**: ${(0,markdown/* markdownSentence */.nv)((0,line/* oneLine */.TN)((0,describe/* describeViolation */.L6)(violation, units, image)))}`);
        for (const hint of image.files?.hints ?? []) {
            if (!hint.base)
                lines.push(`- 💡 **${(0,markdown/* escapeMarkdown */.FV)(image.name)}**: ${(0,markdown/* markdownSentence */.nv)((0,line/* oneLine */.TN)((0,describe/* describeHint */.lS)(hint, units, image.layers)))}`);
        }
    }
    return lines;
}
/** A mermaid line chart of an image's last audits, in MB/MiB, with the figures beside it. */
function trend(name, records, units) {
    const last = records.slice(-TREND_POINTS);
    if (last.length === 0)
        return [];
    const unit = units === 'iec' ? 'MiB' : 'MB';
    const scale = units === 'iec' ? 1024 * 1024 : 1e6;
    const values = last.map((record) => Number((record.totalBytes / scale).toFixed(2)));
    const labels = last.map((record) => JSON.stringify(record.date.slice(5, 10)));
    const table = last
        .slice(-5)
        .reverse()
        .map((record) => `| ${record.date.slice(0, 10)} | \`${record.commit.slice(0, 7)}\` | ${(0,report_units/* formatBytes */.z)(record.totalBytes, units)} | ${record.status === 'pass' ? '✅' : '❌'} |`);
    return [
        `#### ${(0,markdown/* escapeMarkdown */.FV)(name)}: last ${last.length} audit${last.length === 1 ? '' : 's'}`,
        '',
        '```mermaid',
        'xychart-beta',
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${unit}"`,
        `    line [${values.join(', ')}]`,
        '```',
        '',
        '| date | commit | size | |',
        '|:--|:--|--:|:--|',
        ...table,
        ''
    ];
}
/** The trend of each image, from the size history. */
function trends(images, history, options) {
    return images.flatMap((image) => trend(image.name, recordsOf(history, options.key, image.name), options.units));
}
function renderAuditMarkdown(run, history, options) {
    const failing = run.images.filter((image) => image.status === 'fail');
    const lines = [
        `## Image size audit, ${options.date.slice(0, 10)}: ${failing.length === 0 ? `✅ all ${run.images.length} image${run.images.length === 1 ? '' : 's'} within budget` : `❌ ${failing.length} of ${run.images.length} over budget`}`,
        '',
        ...imageTable(run, history, options),
        ''
    ];
    const findings = violationLines(run.images, options.units);
    if (findings.length > 0)
        lines.push('### What to do', '', ...findings, '');
    lines.push('### Trend', '', ...trends(run.images, history, options));
    return lines.join('\n');
}
function renderAuditIssueBody(run, history, options) {
    const lines = [
        `The scheduled size audit of ${options.date.slice(0, 10)} found images over their size budget. This issue is updated by every audit and closed when all images are within budget again.`,
        '',
        '| image | size | over by | since |',
        '|:--|--:|--:|:--|'
    ];
    for (const image of run.images.filter((candidate) => candidate.status === 'fail')) {
        const worst = Math.max(0, ...image.violations
            .filter((v) => v.rule !== 'layers' && v.rule !== 'efficiency')
            .map((v) => v.actualBytes - v.limitBytes));
        const since = overSince(recordsOf(history, options.key, image.name)) ?? options.date;
        lines.push(`| ${escapeMarkdown(image.name)} | ${formatBytes(image.totalBytes, options.units)} | ${worst > 0 ? formatBytes(worst, options.units) : '—'} | ${since.slice(0, 10)} |`);
    }
    lines.push('', '### Violations and hints', '', ...violationLines(run.images, options.units), '');
    lines.push(...trends(run.images.filter((candidate) => candidate.status === 'fail'), history, options));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/run-text.ts
var run_text = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/cli/check.ts + 12 modules
var check = __webpack_require__(34);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/audit.ts
// `image-size-budget audit`: every image of the budget file with its budget, no pull
// request needed; prints the audit summary (markdown with --markdown, the JSON RunReport
// with --json). The tracking issue and size history are the action's (mode: audit).
// Exit 0 within budget, 1 over, 2 unusable input.




async function runAuditCommand(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('audit', args, {
        ...check.BUDGET_RUN_FLAGS,
        markdown: { type: 'boolean' }
    });
    const { config, units, run } = await (0,check.runBudgetFile)('audit', { values, positionals }, { fix: 'give the budget file with --config PATH' });
    if (values.json)
        io.stdout(JSON.stringify(run, null, 2));
    else if (values.markdown)
        io.stdout(renderAuditMarkdown(run, { schemaVersion: 1, configs: {} }, { units, key: config.path, date: new Date().toISOString() }));
    else
        io.stdout((0,run_text/* renderRunText */.z)(run, { width: process.stdout.columns || 100 }));
    return (0,command/* exitCode */.I$)(run.status === 'fail');
}


/***/ })

};
