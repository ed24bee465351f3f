import type { ZipEntries } from '../zip';
import { parseXml, serializeXml, W, wAll } from './ooxml-dom';

/**
 * Restrict editing to the form's fields, no password (Word: Review → Restrict Editing → "Filling in forms").
 * ECMA-376 §17.15.1.29 w:documentProtection with w:edit="forms": everything is read-only "except for the
 * text contained in any form field or embedded control" — in Word that includes content controls, so the
 * manager can type into the response controls and nowhere else. (w:edit="readOnly" with permStart/permEnd
 * ranges would do the same but shades every range yellow and is not honoured by LibreOffice.)
 * Without a hash nothing is secret: "Stop Protection" lifts it; the checksum is what detects edits.
 */

/** Elements that come after w:documentProtection in CT_Settings' sequence: the new element goes before the first. */
const AFTER = new Set([
  'autoFormatOverride', 'styleLockTheme', 'styleLockQFSet', 'defaultTabStop', 'autoHyphenation', 'consecutiveHyphenLimit', 'hyphenationZone',
  'doNotHyphenateCaps', 'showEnvelope', 'summaryLength', 'clickAndTypeStyle', 'defaultTableStyle', 'evenAndOddHeaders', 'bookFoldRevPrinting',
  'bookFoldPrinting', 'bookFoldPrintingSheets', 'drawingGridHorizontalSpacing', 'drawingGridVerticalSpacing', 'displayHorizontalDrawingGridEvery',
  'displayVerticalDrawingGridEvery', 'doNotUseMarginsForDrawingGridOrigin', 'drawingGridHorizontalOrigin', 'drawingGridVerticalOrigin',
  'doNotShadeFormData', 'noPunctuationKerning', 'characterSpacingControl', 'printTwoOnOne', 'strictFirstAndLastChars', 'noLineBreaksAfter',
  'noLineBreaksBefore', 'savePreviewPicture', 'doNotValidateAgainstSchema', 'saveInvalidXml', 'ignoreMixedContent', 'alwaysShowPlaceholderText',
  'doNotDemarcateInvalidXml', 'saveXmlDataOnly', 'useXSLTWhenSaving', 'saveThroughXslt', 'showXMLTags', 'alwaysMergeEmptyNamespace',
  'updateFields', 'hdrShapeDefaults', 'footnotePr', 'endnotePr', 'compat', 'docVars', 'rsids', 'mathPr', 'attachedSchema', 'themeFontLang',
  'clrSchemeMapping', 'doNotIncludeSubdocsInStats', 'doNotAutoCompressPictures', 'forceUpgrade', 'captions', 'readModeInkLockDown', 'smartTagType',
  'schemaLibrary', 'shapeDefaults', 'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator',
]);

export function protectForForms(entries: ZipEntries): void {
  const xml = entries.get('word/settings.xml')?.toString('utf8');
  if (!xml) return;
  const doc = parseXml(xml, 'word/settings.xml');
  const settings = doc.documentElement!;
  for (const old of wAll(doc, 'documentProtection')) old.parentNode?.removeChild(old);
  const el = doc.createElementNS(W, 'w:documentProtection');
  el.setAttributeNS(W, 'w:edit', 'forms');
  el.setAttributeNS(W, 'w:enforcement', '1');
  let before = null;
  for (let c = settings.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && AFTER.has((c as unknown as { localName: string }).localName)) {
      before = c;
      break;
    }
  }
  settings.insertBefore(el, before);
  entries.set('word/settings.xml', Buffer.from(serializeXml(doc), 'utf8'));
}
