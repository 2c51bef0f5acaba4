/**
 * Lambda bundling without Docker: esbuild's JS API builds one ESM file per handler at synth time, into a folder that
 * `lambda.Code.fromAsset` then stages. Each entry is bundled once per process, however many stacks use it. The
 * output depends only on the sources (no minification, no source maps with machine paths, paths relative to the
 * repository root), so an unchanged handler keeps its asset hash on every machine.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO_ROOT } from './paths.ts';

/** The Node major the functions run on (nodejs22.x) and the bundles target. */
export const LAMBDA_NODE_TARGET = 'node22';

/** The bundle's file name, and the Lambda handler setting that points at its `handler` export. */
export const BUNDLE_FILE = 'index.mjs';
export const LAMBDA_HANDLER = 'index.handler';

// kafkajs and other CommonJS dependencies call require() for Node built-ins; an ESM bundle needs a real one.
const REQUIRE_SHIM =
  "import { createRequire as __tributaryCreateRequire } from 'node:module';\n" +
  'const require = __tributaryCreateRequire(import.meta.url);';

/**
 * kafkajs stays outside the bundle, copied beside it as `node_modules/kafkajs` (it has no dependencies): its record
 * encoder cannot size a null header value, and shared/adapters/kafka/null-header-values.ts replaces it through
 * Node's module cache, which only exists for modules Node itself loads.
 */
const UNBUNDLED_PACKAGE = 'kafkajs';
const UNBUNDLED_FILES = ['package.json', 'index.js', 'LICENSE', 'src'];

const bundles = new Map<string, string>();
let bundleRoot: string | undefined;

function root(): string {
  if (bundleRoot === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'tributary-bundles-'));
    // The staged asset is a copy in the cloud assembly; the bundles are only needed while the app runs. (Like
    // CDK's own temporary cloud assemblies, a folder may stay behind when a test worker is killed.)
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    bundleRoot = dir;
  }
  return bundleRoot;
}

/** Bundles `entry` (an absolute path to a .ts handler module) and returns the folder holding `index.mjs`. */
export function bundleLambda(entry: string, outDir?: string): string {
  const cached = outDir === undefined ? bundles.get(entry) : undefined;
  if (cached !== undefined) return cached;
  const dir = outDir ?? join(root(), relative(REPO_ROOT, entry).replace(/[^A-Za-z0-9]+/g, '-'));
  buildSync({
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    outfile: join(dir, BUNDLE_FILE),
    bundle: true,
    platform: 'node',
    target: LAMBDA_NODE_TARGET,
    format: 'esm',
    banner: { js: REQUIRE_SHIM },
    external: [UNBUNDLED_PACKAGE, `${UNBUNDLED_PACKAGE}/*`],
    legalComments: 'eof',
    logLevel: 'error',
  });
  const source = join(REPO_ROOT, 'node_modules', UNBUNDLED_PACKAGE);
  for (const file of UNBUNDLED_FILES) {
    cpSync(join(source, file), join(dir, 'node_modules', UNBUNDLED_PACKAGE, file), { recursive: true });
  }
  if (outDir === undefined) bundles.set(entry, dir);
  return dir;
}

/** Deletes this process's bundles (tests call it when done; an app relies on the exit hook). */
export function removeBundles(): void {
  if (bundleRoot !== undefined) rmSync(bundleRoot, { recursive: true, force: true });
  bundleRoot = undefined;
  bundles.clear();
}
