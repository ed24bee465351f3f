"""Fills a returned stage form in LibreOffice through its UNO API, as a manager using LibreOffice would:
types the answers after the response labels, picks the dates and ticks the outcome boxes, then saves the
file as Word (.docx). Run by test/integration/letters/returned-form-libreoffice.test.ts with the system
python3 (python3-uno):  python3 fill-form-libreoffice.py IN.docx OUT.docx VALUES.json PROFILE_DIR
VALUES.json: {"what", "who", "byWhen" (yyyy-mm-dd), "outcomes" (labels), "date", "name", "role"}."""
import json, os, socket, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def connect(profile):
    port = free_port()
    office = subprocess.Popen(['soffice', '--headless', '--invisible', '--nologo', '--norestore', '--nodefault',
                               '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
                               '--accept=socket,host=127.0.0.1,port=%d;urp;' % port],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(240):
        try:
            ctx = resolver.resolve('uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext' % port)
            return office, ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        except Exception:
            time.sleep(0.25)
    office.kill()
    raise SystemExit('LibreOffice did not start')


def paragraphs(text):
    """Every paragraph, table cells included, in document order."""
    en = text.createEnumeration()
    while en.hasMoreElements():
        part = en.nextElement()
        if part.supportsService('com.sun.star.text.TextTable'):
            for name in part.getCellNames():
                yield from paragraphs(part.getCellByName(name))
        else:
            yield part


def controls(par):
    en = par.createEnumeration()
    while en.hasMoreElements():
        portion = en.nextElement()
        if portion.TextPortionType == 'ContentControl':
            yield portion


def type_after_label(par, label, value):
    """Replaces whatever follows the label in its paragraph (the grey placeholder) with the answer."""
    text = par.getText()
    cur = text.createTextCursorByRange(par.getStart())
    cur.goRight(len(label), False)
    cur.gotoEndOfParagraph(True)
    cur.setString(' ' + value)


def long_date(iso):
    import datetime
    d = datetime.date.fromisoformat(iso)
    return d.strftime('%A ') + str(d.day) + d.strftime(' %B %Y')


def found(doc, what):
    """Every place the text occurs, as exact text ranges (inside content controls too)."""
    sd = doc.createSearchDescriptor()
    sd.SearchString = what
    hits = doc.findAll(sd)
    return [hits.getByIndex(i) for i in range(hits.getCount())]


def around(rng):
    """The text of the range's paragraph before it, and after it to the end of its line."""
    text = rng.getText()
    before = text.createTextCursorByRange(rng.getStart())
    before.gotoStartOfParagraph(True)
    after = text.createTextCursorByRange(rng.getEnd())
    after.gotoEndOfParagraph(True)
    return before.getString(), after.getString().split('\n')[0]


def set_dates(doc, by_when, date):
    """As the date picker does: the control keeps the day (CurrentDate) and shows it in full."""
    for rng in found(doc, 'Click or tap to enter a date.'):
        before, _ = around(rng)
        iso = by_when if before.startswith('By when:') else date if before.startswith('Date:') else None
        if iso:
            rng.setString(long_date(iso))
    for par in paragraphs(doc.getText()):
        s = par.getString()
        iso = by_when if s.startswith('By when:') else date if s.startswith('Date:') else None
        for portion in controls(par) if iso else []:
            portion.ContentControl.CurrentDate = iso + 'T00:00:00Z'
            portion.ContentControl.ShowingPlaceHolder = False


def tick_outcomes(doc, par, chosen):
    """Clicks the boxes of the chosen outcomes: Checked on, and the glyph turned to a cross."""
    boxes = list(controls(par))
    n = 0
    for rng in found(doc, '\u2610'):
        before, after = around(rng)
        if not before.startswith('Expected Outcome for the Child: (tick'):
            continue
        if after.strip() in chosen:
            rng.setString('\u2612')
            if n < len(boxes):
                boxes[n].ContentControl.Checked = True
        n += 1


def main():
    src, out, values_file, profile = sys.argv[1:5]
    values = json.load(open(values_file, encoding='utf-8'))
    office, desktop = connect(profile)
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        in_response = False
        for par in paragraphs(doc.getText()):
            s = par.getString()
            if s.startswith('Response by') or s.startswith('Outcome of the meeting'):
                in_response = True
            if not in_response:
                continue
            if s.startswith('Resolution of') or s.startswith('Date resolved:'):
                break
            for label, key in (('What are you doing/have done:', 'what'), ('Who:', 'who'), ('Your name:', 'name'), ('Your role:', 'role')):
                if s.startswith(label):
                    type_after_label(par, label, values[key])
            if s.startswith('Expected Outcome for the Child'):
                tick_outcomes(doc, par, values['outcomes'])
        set_dates(doc, values['byWhen'], values['date'])
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop('FilterName', 'MS Word 2007 XML'),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)


main()
