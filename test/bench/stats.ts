/** Median and spread (10th–90th percentile) of a sample. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const low = Math.floor(pos);
  const high = Math.ceil(pos);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (pos - low);
}

export interface Summary {
  name: string;
  medianMs: number;
  p10Ms: number;
  p90Ms: number;
  peakRssMb: number;
  ratio: number;
}

export function summarise(name: string, wallMs: number[], rssKb: number[], floorMedianMs: number): Summary {
  const medianMs = quantile(wallMs, 0.5);
  return {
    name,
    medianMs,
    p10Ms: quantile(wallMs, 0.1),
    p90Ms: quantile(wallMs, 0.9),
    peakRssMb: quantile(rssKb, 0.5) / 1024,
    ratio: floorMedianMs > 0 ? medianMs / floorMedianMs : 0,
  };
}
