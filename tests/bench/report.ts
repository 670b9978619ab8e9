import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * One measured figure. `ratio` is always our cost divided by the baseline's (time or memory:
 * lower is better); `target` is the ratio the issue asks for, where it asks for one.
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  baselineValue?: number;
  ratio?: number;
  target?: number;
}

export function figure(name: string, unit: string, value: number, baseline?: { name: string; value: number; target?: number }): Figure {
  if (!baseline) return { name, value, unit };
  return {
    name,
    value,
    unit,
    baseline: baseline.name,
    baselineValue: baseline.value,
    ratio: value / baseline.value,
    ...(baseline.target === undefined ? {} : { target: baseline.target }),
  };
}

const round = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));

export function printTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'unit', 'baseline', 'baseline value', 'ratio', 'target'],
    ...figures.map((f) => [
      f.name,
      round(f.value),
      f.unit,
      f.baseline ?? '',
      f.baselineValue === undefined ? '' : round(f.baselineValue),
      f.ratio === undefined ? '' : `${round(f.ratio)}×`,
      f.target === undefined ? '' : `≤ ${f.target}×`,
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

export async function writeJson(path: string, figures: readonly Figure[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(figures, null, 2)}\n`);
}
