export const id = 970;
export const ids = [970];
export const modules = {

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditCommand: () => (/* binding */ runAuditCommand)
});

// EXTERNAL MODULE: ./src/budget/rules/dive.ts
var dive = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/budget/load.ts + 3 modules
var load = __webpack_require__(450);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// Renders an ImageReport as markdown for the job summary. Every piece of text that
// comes from the image (instructions are written by whoever wrote the Dockerfile, often
// a PR author) goes through escapeMarkdown (or fencedCode, for whole text in a code block) first.

/**
 * Characters that must never reach a comment from untrusted text: C0/C1 controls other
 * than tab and line endings (a lone CR ends a markdown line and would break a table row),
 * and the bidirectional overrides/isolates that make text read differently from what it
 * is ("Trojan Source").
 */
const UNSAFE_CONTROLS = 
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Removes control and bidi-override characters; keeps tab and line endings. */
function stripControls(text) {
    return text.replace(UNSAFE_CONTROLS, '');
}
/** U+2060 WORD JOINER: invisible, and it breaks the patterns GitHub links (`@user`, `#1`, `http://`, `www.`). */
const WJ = '\u2060';
/**
 * Makes untrusted text inert in GitHub markdown, for table cells and prose, on one line:
 * line endings become spaces (a table row or a list item cannot be broken out of), HTML
 * is entity-encoded (no tag renders, `<img onerror>` included), markdown punctuation is
 * backslash-escaped (no links, images, emphasis, code, math or table breaks), and a word
 * joiner after `@`, `#`, `GH-`, `://` and `www` stops mentions, issue references and
 * autolinks, so nothing notifies anyone or links anywhere.
 */
function markdown_escapeMarkdown(text) {
    return stripControls(text)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()|!~$])/g, '\\$1')
        .replace(/^([-+=]|\d+(?=[.)]))/, (lead) => /^\d/.test(lead) ? `${lead}\\` : `\\${lead}`)
        .replace(/@/g, `@${WJ}`)
        .replace(/#/g, `#${WJ}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
        .replace(/:\/\//g, `:${WJ}//`)
        .replace(/\b(www)\./gi, `$1${WJ}.`);
}
/**
 * A fenced code block holding `text` verbatim. GitHub renders nothing inside a code
 * block: no HTML, no links, and its pipeline skips text under <pre>/<code> when it looks
 * for @mentions and #references (html-pipeline's IGNORE_PARENTS). The one way out of a
 * fence is a closing fence, so the fence is longer than any backtick run in the text.
 */
function fencedCode(text, info = '') {
    const body = stripControls(text).replace(/\r\n|\r|\u2028|\u2029/g, '\n');
    const longestRun = (body.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
function renderSummaryMarkdown(report, options = {}) {
    const units = options.units ?? 'si';
    const layerCount = report.layers.filter((l) => !l.empty).length;
    const lines = [
        `### ${markdown_escapeMarkdown(options.title ?? report.image.ref)}: ${formatBytes(report.totalBytes, units)}`,
        '',
        `${layerCount} layers, ${report.totalBytes} bytes${report.image.platform ? `, ${markdown_escapeMarkdown(report.image.platform)}` : ''}.`,
        '',
        '| # | size | share | instruction |',
        '|--:|--:|--:|:--|'
    ];
    for (const layer of report.layers) {
        const share = report.totalBytes > 0
            ? ((layer.sizeBytes / report.totalBytes) * 100).toFixed(1) + '%'
            : '';
        const text = layer.createdBy || (layer.comment ? `(${layer.comment})` : '(base layer)');
        lines.push(`| ${layer.index} | ${layer.empty ? '—' : formatBytes(layer.sizeBytes, units)} | ${layer.empty ? '' : share} | ${markdown_escapeMarkdown(text.length > 200 ? text.slice(0, 199) + '…' : text)} |`);
    }
    for (const warning of report.warnings)
        lines.push('', `> [!WARNING]\n> ${markdown_escapeMarkdown(warning)}`);
    return lines.join('\n') + '\n';
}

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
function signed(bytes, units) {
    return `${bytes > 0 ? '+' : ''}${(0,report_units/* formatBytes */.z)(bytes, units)}`;
}
/** The change since the audit before this one (the last record is this audit's own). */
function sinceLast(records, units) {
    if (records.length < 2)
        return 'first audit';
    const delta = records[records.length - 1].totalBytes -
        records[records.length - 2].totalBytes;
    return delta === 0 ? 'no change' : signed(delta, units);
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
            markdown_escapeMarkdown(image.name),
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
function violationLines(images) {
    const lines = [];
    for (const image of images) {
        for (const violation of image.violations)
            lines.push(`- ❌ **${markdown_escapeMarkdown(image.name)}**: ${markdown_escapeMarkdown(violation.message)}`);
        for (const hint of image.files?.hints ?? []) {
            if (!hint.base)
                lines.push(`- 💡 **${markdown_escapeMarkdown(image.name)}**: ${markdown_escapeMarkdown(hint.message)}`);
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
        `#### ${markdown_escapeMarkdown(name)}: last ${last.length} audit${last.length === 1 ? '' : 's'}`,
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
function renderAuditMarkdown(run, history, options) {
    const failing = run.images.filter((image) => image.status === 'fail');
    const lines = [
        `## Image size audit, ${options.date.slice(0, 10)}: ${failing.length === 0 ? `✅ all ${run.images.length} image${run.images.length === 1 ? '' : 's'} within budget` : `❌ ${failing.length} of ${run.images.length} over budget`}`,
        '',
        ...imageTable(run, history, options),
        ''
    ];
    const findings = violationLines(run.images);
    if (findings.length > 0)
        lines.push('### What to do', '', ...findings, '');
    lines.push('### Trend', '');
    for (const image of run.images)
        lines.push(...trend(image.name, recordsOf(history, options.key, image.name), options.units));
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
    lines.push('', '### Violations and hints', '', ...violationLines(run.images), '');
    for (const image of run.images.filter((candidate) => candidate.status === 'fail'))
        lines.push(...trend(image.name, recordsOf(history, options.key, image.name), options.units));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/cli/analyze.ts
var analyze = __webpack_require__(4654);
// EXTERNAL MODULE: ./src/cli/check.ts + 5 modules
var check = __webpack_require__(174);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/messages.ts
var messages = __webpack_require__(4279);
;// CONCATENATED MODULE: ./src/cli/audit.ts
// `image-size-budget audit`: every image of the budget file with its budget, no pull
// request needed; prints the audit summary (markdown with --markdown, the JSON RunReport
// with --json). The tracking issue and size history are the action's (mode: audit).
// Exit 0 within budget, 1 over, 2 unusable input.








async function runAuditCommand(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)('audit', args, {
        config: { type: 'string' },
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        units: { type: 'string' },
        files: { type: 'boolean' },
        source: { type: 'string' },
        platform: { type: 'string' }
    });
    if (positionals.length > 0)
        throw new errors/* InputError */.d(`audit takes no positional arguments (got ${positionals.join(' ')})`);
    const source = values.source ?? 'docker';
    if (source !== 'docker' && source !== 'registry')
        throw new errors/* InputError */.d(`--source must be "docker" or "registry", not ${(0,messages/* quote */.hD)(source)}`);
    const config = await (0,load/* loadBudgetFile */.E8)(values.config ?? load/* DEFAULT_BUDGET_FILE */.pe);
    const units = values.units !== undefined ? (0,analyze.parseUnits)(values.units) : config.units;
    const diveCi = await (0,dive.diveRulesFor)(config);
    const run = await (0,check.checkConfig)(config, config.images, {
        units,
        source,
        platform: values.platform,
        fileAnalysis: values.files ? 'true' : 'false',
        diveCi
    });
    if (values.json)
        io.stdout(JSON.stringify(run, null, 2));
    else if (values.markdown)
        io.stdout(renderAuditMarkdown(run, { schemaVersion: 1, configs: {} }, { units, key: config.path, date: new Date().toISOString() }));
    else
        io.stdout((0,check.renderCheckText)(run, units));
    return run.status === 'fail' ? command/* EXIT_OVER_BUDGET */.G_ : command/* EXIT_OK */.Ij;
}


/***/ })

};
