/** Unit, scenario, CLI and sandbox tests. Browser tests (test/browser) run under the same runner. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  // office-addin-mock requires office-addin-manifest for host names only; the real package's ES-module
  // dependencies cannot be loaded by jest's CommonJS runtime. Manifest validation in
  // test/unit/production-build.test.ts runs the real package in a child node process, outside jest.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/helpers/office-addin-manifest-stub.cjs",
  },
  testTimeout: 30000,
};
