/* eslint-env node */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
    // `…/help.html?raw` (webpack's asset/source): the file's real text, as the bundle has it.
    "^.+\\.html$": "<rootDir>/test/support/raw-transform.js",
  },
  moduleNameMapper: {
    "^(.+\\.html)\\?raw$": "$1",
    // office-addin-mock requires office-addin-manifest only for its OfficeApp
    // enum; the real package pulls ESM-only modules jest cannot require.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-shim.js",
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/jest-setup.ts"],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
