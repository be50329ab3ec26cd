// Measures the JavaScript the overview route loads before it can show anything: the entry chunk,
// the overview screen's chunk and everything both import statically, gzipped. Fails above the
// budget. Reads dist/.vite/manifest.json, so run `vite build` first (the `bench` script does).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const OVERVIEW_SOURCE = 'src/features/overview/overview-page.tsx';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const manifestPath = resolve(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`bundle-size: ${manifestPath} is missing; run "vite build" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('bundle-size: the manifest has no entry chunk');
if (!manifest[OVERVIEW_SOURCE]) throw new Error(`bundle-size: no chunk for ${OVERVIEW_SOURCE}`);

/** A chunk and every chunk it imports statically (these load before it runs). */
function withStaticImports(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) withStaticImports(imported, seen);
  return seen;
}

const chunks = new Set([...withStaticImports(entryKey), ...withStaticImports(OVERVIEW_SOURCE)]);
const files = [...new Set([...chunks].map((key) => manifest[key].file))].filter((file) =>
  file.endsWith('.js'),
);

let total = 0;
const rows = files.map((file) => {
  const gzipped = gzipSync(readFileSync(resolve(dist, file))).length;
  total += gzipped;
  return { file, gzipped };
});
rows.sort((a, b) => b.gzipped - a.gzipped);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const row of rows) console.log(`  ${kb(row.gzipped).padStart(9)}  ${row.file}`);
console.log(
  `overview initial JavaScript: ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)}, ${files.length} files)`,
);
if (total > BUDGET_BYTES) {
  console.error(`bundle-size: over budget by ${kb(total - BUDGET_BYTES)}`);
  process.exit(1);
}
