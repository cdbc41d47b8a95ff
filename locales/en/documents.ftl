# The documents panel: adding files and pasted text.
documents-title = Documents
# "choose files" is underlined, where { $choose } stands.
documents-drop = Drop files here or { $choose }
documents-choose = choose files
documents-formats = PDF, Word (.docx), HTML, Markdown, CSV, JSON, text. Nothing is uploaded: files are read in this page.
documents-paste-placeholder = …or paste text here
documents-paste-label = Paste text
documents-paste-add = Add pasted text
# The name a pasted text gets; $count is its place in the list.
documents-pasted-name = Pasted text { $count }

# A file being read, with a progress bar and a stop button.
documents-reading-label = Reading { $name }
documents-reading = reading…
documents-progress-pages = { $done } of { $total } pages
documents-progress-mb = { $done } of { $total } MB
documents-stop-label = Stop reading { $name }

# One loaded document. $kind is a format's name (markdown, pdf, docx, …) or "text",
# $chars and $tokens are counts already written out ("…" while counting).
documents-remove-label = Remove { $name }
documents-kind-text = text
documents-details =
    { $kind } · { $chars } characters · { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } · { $tokens } tokens
documents-preview = Preview
# $count is a number, or documents-chunks-about for a large document.
documents-chunks = { $count } chunks of up to { $size } characters
documents-chunks-about = about { $count }
documents-chunk-page = p. { $page }
documents-chunk-pages = pp. { $first }–{ $last }

# A file that could not be read: "<file name>: <reason>."
documents-file-error = { $name }: { $reason }.
documents-error-empty = the file is empty
documents-error-binary = this looks like a binary file, not text
documents-error-too-large = it is { $size } MB, over the limit of { $limit } MB (change it in Settings → Documents)
# $kind is a format's name: PDF, Word (.docx).
documents-error-corrupt = it is not a valid { $kind } file ({ $detail })
# A file the browser could not hand over.
documents-error-not-handed-over = the browser could not read it; pick it again, or copy it to this device first
documents-error-encrypted = it is password-protected; open it, remove the password, save it and load it again
documents-error-encrypted-or-old = it is encrypted or an old Word 97–2003 file; save it as .docx (without a password) and load it again
documents-error-no-text = it has no text layer (a scan or photo of pages); run it through OCR first, or paste its text
# $kind is a format's name: Excel, PowerPoint, RTF, OpenDocument, Word 97–2003 (.doc).
documents-error-unsupported = { $kind } files cannot be read; save it as PDF, Word (.docx), HTML or text
documents-error-unsupported-image = Image files cannot be read; save it as PDF, Word (.docx), HTML or text
documents-error-unsupported-archive = Archive files cannot be read; save it as PDF, Word (.docx), HTML or text
documents-error-reader = the PDF reader could not be loaded ({ $detail }); check the connection to this page's server and try again

# Details in brackets of the errors above. $error and $detail are a reader's own (English) message.
documents-detail-pdfjs = pdf.js could not read it
documents-detail-pdf-in-page = PDF files are read by the page
documents-detail-not-zip = it is not a zip archive
documents-detail-no-word = it is a zip archive without a Word document inside
documents-detail-text-damaged = its text part is damaged
documents-detail-not-utf8 = its text part is not UTF-8
documents-detail-xml = its XML is damaged ({ $error })
documents-detail-not-started = the document reader did not start: { $detail }
documents-detail-stopped = it stopped while reading
documents-detail-bad-reply = an unreadable reply ({ $error })

# Warnings under a document that was read.
documents-warning-blank-pages = { $empty } of { $total } pages have no text (images or scans); their content is not read.
documents-warning-ragged = { $count } rows have a different number of fields than the header.
# $key is the name of the JSON list the records came from.
documents-warning-records = One record a line from "{ $key }".
documents-warning-not-json = This is not valid JSON ({ $error }); it is read as plain text.
