import { parseXml, serializeXml, XmlError } from "../../src/docx/xml-tree";

describe("the .docx parts' XML tree", () => {
  test("what it does not change is written back byte for byte", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c --><w:document xmlns:w="urn:w" a=\'1 > 0\'><w:body><w:p><w:r><w:t xml:space="preserve"> a &amp; &lt;b&gt; &#x1F600;</w:t></w:r><w:br/></w:p></w:body></w:document>';
    expect(serializeXml(parseXml(xml))).toBe(xml);
  });

  test("a DOCTYPE, an entity, a tag closing another or left open is refused, never expanded", () => {
    for (const xml of ['<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "<a><b></a></b>", "<a><b></b>", "<a>x</a><", '<a x="1"'])
      expect(() => parseXml(xml)).toThrow(XmlError);
  });
});
