import type { Summary } from './stats.ts';

/** A plain SVG bar chart of median wall time with the 10th–90th percentile as a whisker. */
export function chartSvg(rows: Summary[], title: string): string {
  const width = 720;
  const rowHeight = 34;
  const left = 170;
  const right = 150;
  const top = 48;
  const height = top + rows.length * rowHeight + 30;
  const max = Math.max(...rows.map((r) => r.p90Ms), 1);
  const x = (ms: number) => left + (ms / max) * (width - left - right);
  const bars = rows.map((r, i) => {
    const y = top + i * rowHeight;
    const label = `${r.medianMs.toFixed(0)} ms · ${r.ratio.toFixed(1)}× · ${r.peakRssMb.toFixed(0)} MB`;
    return [
      `<text x="${left - 10}" y="${y + 17}" text-anchor="end">${escape(r.name)}</text>`,
      `<rect x="${left}" y="${y + 4}" width="${(x(r.medianMs) - left).toFixed(1)}" height="20" fill="${i === 0 ? '#9aa5b1' : '#2f6fdb'}"/>`,
      `<line x1="${x(r.p10Ms).toFixed(1)}" x2="${x(r.p90Ms).toFixed(1)}" y1="${y + 14}" y2="${y + 14}" stroke="#111" stroke-width="1.5"/>`,
      `<text x="${(x(r.p90Ms) + 8).toFixed(1)}" y="${y + 18}">${escape(label)}</text>`,
    ].join('\n  ');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13">`,
    `  <rect width="100%" height="100%" fill="#fff"/>`,
    `  <text x="16" y="26" font-size="15" font-weight="bold">${escape(title)}</text>`,
    `  ${bars.join('\n  ')}`,
    `  <text x="${left}" y="${height - 8}" fill="#555">median wall time per run (bar), 10th–90th percentile (line); ratio to node -e 0; peak RSS</text>`,
    '</svg>',
    '',
  ].join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
