/** WordprocessingML's namespace, and the test every walk of a .docx part makes. */
import type { Element, Node } from "@xmldom/xmldom";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function isW(node: Node | null, local: string): node is Element {
  return node !== null && node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === local;
}
