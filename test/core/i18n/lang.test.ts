import { pickLanguage } from "../../../src/core/i18n/lang";

test.each([
  ["vi-VN", "vi"],
  ["vi", "vi"],
  ["VI_vn", "vi"],
  ["en-US", "en"],
  ["fr-FR", "en"],
  ["", "vi"],
  [undefined, "vi"],
])("pickLanguage(%p) is %p", (input, expected) => {
  expect(pickLanguage(input)).toBe(expected);
});
