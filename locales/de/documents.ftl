# The documents panel: adding files and pasted text.
documents-title = Dokumente
# "choose files" is underlined, where { $choose } stands.
documents-drop = Dateien hier ablegen oder { $choose }
documents-choose = Dateien auswählen
documents-formats = PDF, Word (.docx), HTML, Markdown, CSV, JSON, Text. Es wird nichts hochgeladen: Die Dateien werden in dieser Seite gelesen.
documents-paste-placeholder = …oder Text hier einfügen
documents-paste-label = Text einfügen
documents-paste-add = Eingefügten Text hinzufügen
# The name a pasted text gets; $count is its place in the list.
documents-pasted-name = Eingefügter Text { $count }

# A file being read, with a progress bar and a stop button.
documents-reading-label = { $name } wird gelesen
documents-reading = wird gelesen…
documents-progress-pages = { $done } von { $total } Seiten
documents-progress-mb = { $done } von { $total } MB
documents-stop-label = Lesen von { $name } abbrechen

# One loaded document.
documents-remove-label = { $name } entfernen
documents-kind-text = Text
documents-details =
    { $kind } · { $chars } Zeichen · { $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    } · { $tokens } Tokens
documents-preview = Vorschau
documents-chunks = { $count } Abschnitte mit bis zu { $size } Zeichen
documents-chunks-about = etwa { $count }
documents-chunk-page = S. { $page }
documents-chunk-pages = S. { $first }–{ $last }

# A file that could not be read: "<file name>: <reason>."
documents-file-error = { $name }: { $reason }.
documents-error-empty = Die Datei ist leer
documents-error-binary = Dies scheint eine Binärdatei zu sein, kein Text
documents-error-too-large = Die Datei ist { $size } MB groß und überschreitet die Grenze von { $limit } MB (änderbar unter Einstellungen → Dokumente)
documents-error-corrupt = Dies ist keine gültige { $kind }-Datei ({ $detail })
documents-error-not-handed-over = Der Browser konnte die Datei nicht lesen; wählen Sie sie erneut aus oder kopieren Sie sie zuerst auf dieses Gerät
documents-error-encrypted = Die Datei ist passwortgeschützt; öffnen Sie sie, entfernen Sie das Passwort, speichern Sie sie und laden Sie sie erneut
documents-error-encrypted-or-old = Die Datei ist verschlüsselt oder eine ältere Word-97–2003-Datei; speichern Sie sie als .docx (ohne Passwort) und laden Sie sie erneut
documents-error-no-text = Die Datei hat keine Textebene (ein Scan oder Foto von Seiten); lassen Sie zuerst eine Texterkennung (OCR) darüber laufen oder fügen Sie ihren Text ein
documents-error-unsupported = Dateien im Format { $kind } können nicht gelesen werden; speichern Sie die Datei als PDF, Word (.docx), HTML oder Text
documents-error-unsupported-image = Bilddateien können nicht gelesen werden; speichern Sie die Datei als PDF, Word (.docx), HTML oder Text
documents-error-unsupported-archive = Archivdateien können nicht gelesen werden; speichern Sie die Datei als PDF, Word (.docx), HTML oder Text
documents-error-reader = Der PDF-Leser konnte nicht geladen werden ({ $detail }); prüfen Sie die Verbindung zum Server dieser Seite und versuchen Sie es erneut

# Details in brackets of the errors above.
documents-detail-pdfjs = pdf.js konnte sie nicht lesen
documents-detail-pdf-in-page = PDF-Dateien werden von der Seite gelesen
documents-detail-not-zip = sie ist kein ZIP-Archiv
documents-detail-no-word = sie ist ein ZIP-Archiv ohne Word-Dokument
documents-detail-text-damaged = ihr Textteil ist beschädigt
documents-detail-not-utf8 = ihr Textteil ist nicht in UTF-8
documents-detail-xml = ihr XML ist beschädigt ({ $error })
documents-detail-not-started = der Dokumentleser ist nicht gestartet: { $detail }
documents-detail-stopped = er wurde während des Lesens beendet
documents-detail-bad-reply = eine unlesbare Antwort ({ $error })

# Warnings under a document that was read.
documents-warning-blank-pages = { $empty } von { $total } Seiten enthalten keinen Text (Bilder oder Scans); ihr Inhalt wird nicht gelesen.
documents-warning-ragged =
    { $count ->
        [one] { $count } Zeile hat eine andere Anzahl von Feldern als die Kopfzeile.
       *[other] { $count } Zeilen haben eine andere Anzahl von Feldern als die Kopfzeile.
    }
documents-warning-records = Ein Datensatz pro Zeile aus „{ $key }“.
documents-warning-not-json = Dies ist kein gültiges JSON ({ $error }); es wird als reiner Text gelesen.
