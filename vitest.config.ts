import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    env: { TZ: "Asia/Seoul" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
