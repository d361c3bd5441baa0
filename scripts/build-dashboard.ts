import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { dashboardBundleDir } from '../gateway/dashboard/serve-dashboard';
import { repoRoot } from '../subgraphs/shared/paths';

/**
 * Bundles the dashboard (gateway/dashboard/app/) into dist/dashboard/: one minified script, the
 * page and its style, with nothing left to fetch from outside the hub. esbuild: a single binary
 * devDependency that bundles TypeScript for the browser in well under a second.
 */
export async function buildDashboard(outDir = dashboardBundleDir()): Promise<void> {
  const source = path.join(repoRoot(), 'gateway', 'dashboard', 'app');
  fs.mkdirSync(outDir, { recursive: true });
  const { outputFiles } = await build({
    entryPoints: [path.join(source, 'main.ts')],
    outfile: path.join(outDir, 'app.js'),
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    logLevel: 'warning',
  });
  for (const file of outputFiles) replaceFile(file.path, file.contents);
  for (const file of ['index.html', 'app.css'])
    replaceFile(path.join(outDir, file), fs.readFileSync(path.join(source, file)));
}

/** Write-then-rename: a gateway reading the bundle while another test worker rebuilds it never sees half a file. */
function replaceFile(file: string, contents: Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

if (require.main === module) {
  buildDashboard().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
