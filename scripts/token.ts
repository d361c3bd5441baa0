import { EnvReader } from '../subgraphs/shared/config/env-reader';
import { readAuthConfig } from '../subgraphs/shared/config/auth-config';
import type { HubMode } from '../subgraphs/shared/config/subgraph-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../subgraphs/shared/auth/development-callers';

/**
 * Prints development tokens for the embedded hub: `npm run token -- health-system` for one caller,
 * `npm run token` for all of them. Use as `Authorization: Bearer <token>`.
 */
async function main(): Promise<void> {
  const read = new EnvReader(process.env);
  const auth = readAuthConfig(read, read.oneOf<HubMode>('HUB_MODE', ['embedded', 'production'], 'embedded'));
  read.finish('token');
  const wanted = process.argv[2];
  if (wanted && !DEVELOPMENT_CALLERS[wanted]) {
    process.stderr.write(`unknown caller "${wanted}"; one of: ${Object.keys(DEVELOPMENT_CALLERS).join(', ')}\n`);
    process.exit(2);
  }
  for (const [name, claims] of Object.entries(DEVELOPMENT_CALLERS)) {
    if (wanted && name !== wanted) continue;
    const token = await mintDevelopmentToken(auth, claims);
    process.stdout.write(
      wanted
        ? `${token}\n`
        : `${name} (${claims.role}${claims.scope ? `; scopes: ${claims.scope}` : ''})\n  ${token}\n`,
    );
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
