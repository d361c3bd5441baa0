import fs from 'node:fs';
import path from 'node:path';

/** The repository root, whether running from the TypeScript sources or from the compiled `dist/`. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** The committed schema snapshot folder. */
export function schemaDir(): string {
  return path.join(repoRoot(), 'schema');
}
