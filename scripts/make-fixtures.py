"""Writes the small real files in tests/fixtures/files that the loader
tests read, with the libraries people's files come from: reportlab (PDF),
pypdf (encryption), python-docx (Word). Run once, in a venv with
reportlab==4.4.4 pypdf==6.1.1 python-docx==1.2.0; the files are committed.

    python3 scripts/make-fixtures.py"""
import io
import pathlib
import zipfile

from docx import Document
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "files"
out.mkdir(parents=True, exist_ok=True)


def pdf(pages):
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for lines in pages:
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 18
        c.showPage()
    c.save()
    return buffer.getvalue()


lease = pdf([
    ["Residential Lease Agreement", "The tenant pays a monthly rent of 1,850 EUR.", "The deposit is two months of rent."],
    ["Clause 7. Repairs", "The landlord repairs the boiler within 14 days.", "ANSWER: 42"],
    ["Signed in Lyon on 3 March 2025."],
])
(out / "lease.pdf").write_bytes(lease)
(out / "truncated.pdf").write_bytes(lease[: len(lease) // 3])

# A scan: pages with a picture and no text.
buffer = io.BytesIO()
c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
for _ in range(2):
    c.rect(72, 400, 400, 300, fill=1)
    c.showPage()
c.save()
(out / "scan.pdf").write_bytes(buffer.getvalue())

writer = PdfWriter()
for page in PdfReader(io.BytesIO(lease)).pages:
    writer.add_page(page)
writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
buffer = io.BytesIO()
writer.write(buffer)
(out / "encrypted.pdf").write_bytes(buffer.getvalue())

doc = Document()
doc.add_heading("Tenancy summary", level=1)
doc.add_paragraph("The rent is 1,850 EUR, due on the first of each month.")
doc.add_paragraph("Deposit held by the agency", style="List Bullet")
doc.add_paragraph("Pets allowed with consent", style="List Bullet")
table = doc.add_table(rows=2, cols=2)
table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Item", "Cost"
table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Boiler service", "900"
doc.add_page_break()
doc.add_heading("Second page", level=2)
doc.add_paragraph("ANSWER: 42")
import datetime
fixed = datetime.datetime(2025, 3, 3)
doc.core_properties.created = doc.core_properties.modified = fixed
buffer = io.BytesIO()
doc.save(buffer)
(out / "tenancy.docx").write_bytes(buffer.getvalue())

with zipfile.ZipFile(out / "not-a-docx.docx", "w") as z:
    z.writestr("notes.txt", "This zip has no Word document inside.")

(out / "page.html").write_text(
    "<!doctype html><html><head><title>Notice</title><style>body{font:1em serif}</style>"
    "<script>track()</script></head><body><h1>Building notice</h1><p>The lift is closed on <b>Monday</b>.</p>"
    "<ul><li>Use the stairs</li><li>Ask the caretaker</li></ul><div hidden>internal note</div>"
    "<table><tr><th>Floor</th><th>Access</th></tr><tr><td>3</td><td>stairs</td></tr></table>"
    "<p>ANSWER: 42</p></body></html>\n"
)
(out / "rows.csv").write_text(
    "name,city,amount\n" + "".join(f"person {i},\"Lyon, France\",{i * 10}\n" for i in range(60))
)
(out / "records.json").write_text(
    '{"source": "ledger", "rows": [' + ",".join(f'{{"id": {i}, "amount": {i * 7}}}' for i in range(40)) + "]}\n"
)
(out / "invalid-utf8.txt").write_bytes(b"caf\xe9 cr\xe8me, na\xefve \xff\xfe? no: Windows-1252 text\n")
(out / "empty.txt").write_bytes(b"")
print("fixtures written to", out)
