/** The JS a first visit downloads before any route module: index.html's script and preloads, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigure {
  file: string;
  gzipBytes: number;
}

export function initialJavaScript(distDir: string): BundleFigure[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return [...new Set(files)].map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file))).length }));
}

export function printBundle(distDir: string, targetKb: number): void {
  const figures = initialJavaScript(distDir);
  const total = figures.reduce((sum, figure) => sum + figure.gzipBytes, 0);
  console.log('\nInitial JavaScript (gzip; the emulator + MSW chunk and route modules load lazily)');
  for (const figure of figures)
    console.log(`  ${figure.file.padEnd(48)} ${(figure.gzipBytes / 1024).toFixed(1).padStart(7)} KB`);
  const verdict = total / 1024 <= targetKb ? 'met' : 'MISSED';
  console.log(
    `  ${'total'.padEnd(48)} ${(total / 1024).toFixed(1).padStart(7)} KB  (target ≤ ${targetKb} KB: ${verdict})`,
  );
}
