import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    env: { TZ: "Asia/Seoul" },
    // Hang guards, not speed checks (speed is npm run bench): notebook renders take ~15 s on a quiet
    // 2-core machine and several times that when the machine is shared, so the guards are wide.
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
