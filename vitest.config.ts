import { defineConfig } from 'vitest/config';

// Three projects, by what a test touches:
//  unit        — pure code, no network, no processes (test/unit)
//  integration — a real Kafka broker started by test/support/global-setup.ts (test/integration)
//  infra       — the CDK app synthesized offline: template assertions and cdk-nag (test/infra)
//  e2e         — a whole local cluster: control plane + executor child processes (test/e2e), and the conformance
//                suite against Apache Kafka Connect (test/conformance); both run in the integration project
// The broker is started once for the run and shared; every test uses its own topic and connector names.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/count-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            'test/conformance/**/*.test.ts',
          ],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Integration files share one broker and spawn JVM/Node processes: keep them sequential on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
