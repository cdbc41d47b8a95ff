# The documents panel: adding files and pasted text.
documents-title = Documentos
# "choose files" is underlined, where { $choose } stands.
documents-drop = Suelte los archivos aquí o { $choose }
documents-choose = elija archivos
documents-formats = PDF, Word (.docx), HTML, Markdown, CSV, JSON, texto. No se sube nada: los archivos se leen en esta página.
documents-paste-placeholder = …o pegue el texto aquí
documents-paste-label = Pegar texto
documents-paste-add = Añadir el texto pegado
# The name a pasted text gets; $count is its place in the list.
documents-pasted-name = Texto pegado { $count }

# A file being read, with a progress bar and a stop button.
documents-reading-label = Leyendo { $name }
documents-reading = leyendo…
documents-progress-pages = { $done } de { $total } páginas
documents-progress-mb = { $done } de { $total } MB
documents-stop-label = Dejar de leer { $name }

# One loaded document.
documents-remove-label = Quitar { $name }
documents-kind-text = texto
documents-details =
    { $kind } · { $chars } caracteres · { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } · { $tokens } tokens
documents-preview = Vista previa
documents-chunks = { $count } fragmentos de hasta { $size } caracteres
documents-chunks-about = unos { $count }
documents-chunk-page = pág. { $page }
documents-chunk-pages = págs. { $first }–{ $last }

# A file that could not be read: "<file name>: <reason>."
documents-file-error = { $name }: { $reason }.
documents-error-empty = el archivo está vacío
documents-error-binary = parece un archivo binario, no de texto
documents-error-too-large = ocupa { $size } MB y supera el límite de { $limit } MB (puede cambiarlo en Configuración → Documentos)
documents-error-corrupt = no es un archivo { $kind } válido ({ $detail })
documents-error-not-handed-over = el navegador no pudo leerlo; vuelva a elegirlo o cópielo antes a este dispositivo
documents-error-encrypted = está protegido con contraseña; ábralo, quite la contraseña, guárdelo y vuelva a cargarlo
documents-error-encrypted-or-old = está cifrado o es un archivo antiguo de Word 97–2003; guárdelo como .docx (sin contraseña) y vuelva a cargarlo
documents-error-no-text = no tiene capa de texto (es un escaneo o una foto de páginas); páselo antes por un OCR o pegue su texto
documents-error-unsupported = los archivos { $kind } no se pueden leer; guárdelo como PDF, Word (.docx), HTML o texto
documents-error-unsupported-image = los archivos de imagen no se pueden leer; guárdelo como PDF, Word (.docx), HTML o texto
documents-error-unsupported-archive = los archivos comprimidos no se pueden leer; guárdelo como PDF, Word (.docx), HTML o texto
documents-error-reader = no se pudo cargar el lector de PDF ({ $detail }); compruebe la conexión con el servidor de esta página y vuelva a intentarlo

# Details in brackets of the errors above.
documents-detail-pdfjs = pdf.js no pudo leerlo
documents-detail-pdf-in-page = los archivos PDF los lee la página
documents-detail-not-zip = no es un archivo zip
documents-detail-no-word = es un archivo zip sin ningún documento de Word dentro
documents-detail-text-damaged = su parte de texto está dañada
documents-detail-not-utf8 = su parte de texto no está en UTF-8
documents-detail-xml = su XML está dañado ({ $error })
documents-detail-not-started = el lector de documentos no se inició: { $detail }
documents-detail-stopped = se detuvo durante la lectura
documents-detail-bad-reply = una respuesta ilegible ({ $error })

# Warnings under a document that was read.
documents-warning-blank-pages = { $empty } de { $total } páginas no tienen texto (imágenes o escaneos); su contenido no se lee.
documents-warning-ragged =
    { $count ->
        [one] { $count } fila tiene un número de campos distinto del de la cabecera.
       *[other] { $count } filas tienen un número de campos distinto del de la cabecera.
    }
documents-warning-records = Un registro por línea, tomado de «{ $key }».
documents-warning-not-json = No es un JSON válido ({ $error }); se lee como texto sin formato.
