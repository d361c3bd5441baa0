/** Reads `--name value` and `--flag` from a script's command line. */
export function cliArgs(argv = process.argv.slice(2)) {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    flag: (name: string) => argv.includes(`--${name}`),
    integer(name: string, fallback: number): number {
      const raw = value(name);
      if (raw === undefined) return fallback;
      const parsed = Number(raw.replace(/_/g, ''));
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number, got "${raw}"`);
      return parsed;
    },
  };
}
