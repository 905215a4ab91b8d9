// Renders an ImageReport as markdown for the job summary. Every piece of text that
// comes from the image (instructions are written by whoever wrote the Dockerfile, often
// a PR author) goes through escapeMarkdown or inlineCode first.

import type { ImageReport } from './types.js';
import { formatBytes, type Units } from './units.js';

/**
 * Makes untrusted text inert in GitHub markdown, for table cells and prose: HTML is
 * entity-encoded (no tags render), markdown punctuation is backslash-escaped (no links,
 * images, emphasis, code or table breaks), and `@` / `#` get a zero-width joiner so
 * mentions and issue references do not notify or link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()|!~])/g, '\\$1')
    .replace(/@/g, '@\u2060')
    .replace(/#/g, '#\u2060')
    .replace(/:\/\//g, ':\u2060//');
}

export function renderSummaryMarkdown(report: ImageReport, options: { units?: Units; title?: string } = {}): string {
  const units = options.units ?? 'si';
  const layerCount = report.layers.filter((l) => !l.empty).length;
  const lines = [
    `### ${escapeMarkdown(options.title ?? report.image.ref)}: ${formatBytes(report.totalBytes, units)}`,
    '',
    `${layerCount} layers, ${report.totalBytes} bytes${report.image.platform ? `, ${escapeMarkdown(report.image.platform)}` : ''}.`,
    '',
    '| # | size | share | instruction |',
    '|--:|--:|--:|:--|',
  ];
  for (const layer of report.layers) {
    const share = report.totalBytes > 0 ? ((layer.sizeBytes / report.totalBytes) * 100).toFixed(1) + '%' : '';
    const text = layer.createdBy || (layer.comment ? `(${layer.comment})` : '(base layer)');
    lines.push(`| ${layer.index} | ${layer.empty ? '—' : formatBytes(layer.sizeBytes, units)} | ${layer.empty ? '' : share} | ${escapeMarkdown(text.length > 200 ? text.slice(0, 199) + '…' : text)} |`);
  }
  for (const warning of report.warnings) lines.push('', `> [!WARNING]\n> ${escapeMarkdown(warning)}`);
  return lines.join('\n') + '\n';
}
