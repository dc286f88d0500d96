/* eslint-env node */
/** Jest's side of webpack's asset/source: a file imported with `?raw` is its text. */
module.exports = {
  process(sourceText) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(sourceText)} };` };
  },
};
