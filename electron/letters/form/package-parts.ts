import { createHash } from 'node:crypto';
import type { ZipEntries } from '../zip';
import { escapeXml } from './controls-xml';
import { FORM_NS, parseIdentity, type FormIdentity } from './identity';

/**
 * The package parts that carry the form's identity (ECMA-376 Part 2 relationships and content types):
 * customXml/itemN.xml with its properties part, related from the main document, and a custom document
 * property "EscalationTrackerForm" holding the same identity as JSON.
 */

const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CUSTOM_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const CUSTOM_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
export const PROPERTY_NAME = 'EscalationTrackerForm';

const text = (entries: ZipEntries, name: string) => entries.get(name)?.toString('utf8');
const put = (entries: ZipEntries, name: string, xml: string) => entries.set(name, Buffer.from(xml, 'utf8'));

function addOverride(entries: ZipEntries, part: string, type: string): void {
  const types = text(entries, '[Content_Types].xml') ?? '';
  if (types.includes(`PartName="${part}"`)) return;
  put(entries, '[Content_Types].xml', types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`));
}

function addRelationship(entries: ZipEntries, relsPart: string, id: string, type: string, target: string): void {
  const rels = text(entries, relsPart) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (rels.includes(`Target="${target}"`)) return;
  put(entries, relsPart, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

/** A GUID from the letter id: the same letter gives the same bytes. */
function guidOf(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

function setCustomProperty(entries: ZipEntries, value: string): void {
  const vt = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
  let xml = text(entries, 'docProps/custom.xml');
  if (!xml) {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${vt}"></Properties>`;
    addOverride(entries, '/docProps/custom.xml', CUSTOM_PROPS_TYPE);
    addRelationship(entries, '_rels/.rels', 'rIdEtProps', CUSTOM_PROPS_REL, 'docProps/custom.xml');
  }
  const pids = [...xml.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
  const pid = Math.max(1, ...pids) + 1;
  const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes"/.exec(xml)?.[1] ?? 'vt';
  const property = `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${PROPERTY_NAME}"><${prefix}:lpwstr>${escapeXml(value)}</${prefix}:lpwstr></property>`;
  put(entries, 'docProps/custom.xml', xml.replace(/<\/Properties>\s*$/, `${property}</Properties>`));
}

export function addIdentityParts(entries: ZipEntries, xml: string, identity: FormIdentity): void {
  let n = 1;
  while (entries.has(`customXml/item${n}.xml`)) n++;
  put(entries, `customXml/item${n}.xml`, xml);
  put(entries, 
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${guidOf(identity.letterId)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${FORM_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  addRelationship(entries, `customXml/_rels/item${n}.xml.rels`, 'rId1', CUSTOM_XML_PROPS_REL, `itemProps${n}.xml`);
  addOverride(entries, `/customXml/itemProps${n}.xml`, PROPS_TYPE);
  addRelationship(entries, 'word/_rels/document.xml.rels', 'rIdEtForm', CUSTOM_XML_REL, `../customXml/item${n}.xml`);
  setCustomProperty(entries, JSON.stringify(identity));
}

/** The identity a returned package carries: its custom XML part, else the custom property. */
export function findIdentity(entries: ZipEntries): { identity: FormIdentity; from: 'custom-xml' | 'property' } | null {
  for (const [name, data] of entries) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const id = parseIdentity(data.toString('utf8'));
    if (id) return { identity: id, from: 'custom-xml' };
  }
  const props = text(entries, 'docProps/custom.xml') ?? '';
  const m = new RegExp(`name="${PROPERTY_NAME}"[^>]*>\\s*<[\\w:]*lpwstr>([^<]*)<`).exec(props);
  if (!m) return null;
  try {
    const raw = m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const id = JSON.parse(raw) as Partial<FormIdentity>;
    if (typeof id.escalationId === 'string' && typeof id.stageKey === 'string' && typeof id.letterId === 'string') {
      return { identity: { caseId: '', checksum: '', sectionChecksum: '', ...id } as FormIdentity, from: 'property' };
    }
  } catch {
    // A property someone edited by hand: as good as no identity.
  }
  return null;
}
