import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

/**
 * Reading and editing WordprocessingML as a DOM (@xmldom/xmldom: maintained, pure JavaScript, no native
 * build, namespace-aware, and already how docx-type tools read OOXML). A returned form was saved by Word,
 * LibreOffice or Google Docs, each with its own run splitting, rsids and namespace prefixes, so it is read
 * by namespace and element name, never by regular expression.
 */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

export class OoxmlError extends Error {}

/** Far deeper than Word, LibreOffice or Google Docs ever nest a document (tables in tables included). */
export const MAX_XML_DEPTH = 256;

/** The deepest element nesting in the text, counted without building anything (so without recursion). */
function nestingDepth(xml: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of xml.matchAll(/<(\/?)[^\s>/!?][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2]) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_XML_DEPTH) return deepest;
    }
  }
  return deepest;
}

/**
 * A part of a Word file as a DOM, refusing what Word never writes and a reader must not follow: a DOCTYPE
 * (entities, external references, "billion laughs") and nesting deep enough to exhaust the stack.
 */
export function parseXml(xml: string, part: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw new OoxmlError(`${part} contains a DOCTYPE declaration, which Word never writes, so it was not read`);
  if (nestingDepth(xml) > MAX_XML_DEPTH) throw new OoxmlError(`${part} nests elements more than ${MAX_XML_DEPTH} deep, which Word never writes, so it was not read`);
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new OoxmlError(`${part} is not well-formed XML (${message})`);
      },
    }).parseFromString(xml, 'application/xml');
  } catch (err) {
    if (err instanceof OoxmlError) throw err;
    throw new OoxmlError(`${part} is not well-formed XML (${err instanceof Error ? err.message : String(err)})`);
  }
}

export const serializeXml = (doc: Document): string => new XMLSerializer().serializeToString(doc);

export const isElement = (n: Node | null): n is Element => n !== null && n.nodeType === 1;

/** Every descendant element in the w: namespace with this local name, in document order. */
export function wAll(root: Document | Element, local: string, ns = W): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, local));
}

/** The first child element with this local name (not a descendant further down). */
export function wChild(el: Element, local: string, ns = W): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c) && c.localName === local && c.namespaceURI === ns) return c;
  return null;
}

export const wVal = (el: Element | null, attr = 'val', ns = W): string | null => (el && el.hasAttributeNS(ns, attr) ? el.getAttributeNS(ns, attr) : null);

/** The nearest ancestor (or the element itself) with this local name. */
export function closest(node: Node, local: string, ns = W): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (isElement(n) && n.localName === local && n.namespaceURI === ns) return n;
  return null;
}

/** A content control's w:tag, or null. */
export const sdtTag = (sdt: Element): string | null => {
  const pr = wChild(sdt, 'sdtPr');
  return pr ? wVal(wChild(pr, 'tag')) : null;
};

/**
 * The text of a node as a reader sees it: w:t text, w:tab as a tab, w:br and paragraph ends as new lines.
 * Deleted text (w:del, tracked changes) is left out; inserted text (w:ins) counts.
 */
export function textOf(node: Node, skip: (el: Element) => boolean = () => false): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (!isElement(n)) return;
    if (n.namespaceURI === W) {
      if (n.localName === 'del' || n.localName === 'delText' || n.localName === 'instrText') return;
      if (n.localName === 't') {
        out.push(n.textContent ?? '');
        return;
      }
      if (n.localName === 'tab') out.push('\t');
      if (n.localName === 'br' || n.localName === 'cr') out.push('\n');
    }
    if (skip(n)) return;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (n.namespaceURI === W && n.localName === 'p') out.push('\n');
  };
  walk(node);
  return out.join('');
}

/** Parses a fragment of WordprocessingML (one or more elements) into nodes owned by `doc`. */
export function fragment(doc: Document, xml: string): Node[] {
  const wrapped = parseXml(`<x xmlns:w="${W}" xmlns:w14="${W14}">${xml}</x>`, 'a content control');
  return Array.from(wrapped.documentElement!.childNodes).map((n) => doc.importNode(n, true));
}

/** The inner XML of an element (e.g. a run's w:rPr), to copy its formatting onto new runs. */
export function innerXml(el: Element | null): string {
  if (!el) return '';
  const s = new XMLSerializer();
  return Array.from(el.childNodes)
    .map((n) => s.serializeToString(n))
    .join('');
}
