# evaluation

# The panel's heading, introduction and question-set buttons.
evaluation-title = Evaluar con sus documentos
evaluation-intro = Ejecute las mismas preguntas con Minion, MinionS, el modelo local solo y (si lo permite) el modelo en la nube solo, y compare la precisión y el coste.
evaluation-sample = Probar con un ejemplo
evaluation-import = Importar preguntas (JSONL o CSV)
evaluation-export-set = Exportar preguntas

# Importing a question set: a refused line, and why.
evaluation-import-line = línea { $line }: { $reason }
evaluation-import-too-large = { $name } ocupa más de { $size }; un conjunto de preguntas contiene una pregunta por línea
evaluation-import-unreadable = No se pudo leer { $name } como texto.
evaluation-import-empty = el archivo no contiene preguntas (un objeto JSON o una fila CSV por línea, con la pregunta y la respuesta)
evaluation-import-more-errors =
    también rechazada, junto con { $count ->
        [one] { $count } línea posterior
       *[other] { $count } líneas posteriores
    }

# Why a line of a question set, or a written question, is refused ($detail is the JSON reader's message; match, exact, number, contains and judge are the file's own words).
evaluation-problem-not-json = no es JSON válido ({ $detail })
evaluation-problem-not-object = no es un objeto JSON
evaluation-problem-no-header = la primera fila debe nombrar las columnas, al menos question y answer
evaluation-problem-no-question = falta la pregunta
evaluation-problem-no-answer = falta la respuesta esperada
evaluation-problem-bad-tolerance = la tolerancia «{ $tolerance }» no es un número
evaluation-problem-bad-match = match debe ser exact, number, contains o judge, no «{ $rule }»
evaluation-problem-no-number = match es number, pero la respuesta esperada «{ $answer }» no contiene ningún número
evaluation-problem-id-used = el identificador «{ $id }» ya se usa en la línea { $line }
evaluation-problem-id-in-set = el identificador «{ $id }» ya se usa en este conjunto de preguntas

# Why a row has no answer: none of the documents its question names is loaded ($names: their names).
evaluation-row-not-loaded = No está cargado ninguno de los documentos que nombra la pregunta: { $names }.

# Writing a question.
evaluation-write = Escribir una pregunta
evaluation-write-question = Pregunta
evaluation-write-answer = Respuesta esperada
evaluation-write-match = Coincidencia
evaluation-match-exact = exacta (sin distinguir mayúsculas ni puntuación)
evaluation-match-judge = juicio (decide el modelo en la nube)
evaluation-write-tolerance = Tolerancia (p. ej., 1 %)
evaluation-write-add = Añadir pregunta
evaluation-write-refused = No se puede añadir esta pregunta: { $reason }.

# How an answer is matched (the rule names of question sets).
evaluation-rule-exact = exacta
evaluation-rule-number = número
evaluation-rule-contains = contiene
evaluation-rule-judge = juicio

# The question list: the expected answer and its rule, the remove button.
evaluation-question-expected = → { $answer } ({ $rule })
evaluation-remove = quitar
evaluation-remove-label = Quitar esta pregunta

# The protocols to compare, the run and its progress.
evaluation-compare = Comparar
evaluation-cloud-off = «Solo nube» está desactivado: su configuración de privacidad indica que los documentos nunca salen de este dispositivo.
evaluation-run = Ejecutar evaluación
evaluation-cancel = Cancelar
evaluation-progress =
    { $done } de { $total ->
        [one] { $total } ejecución
       *[other] { $total } ejecuciones
    } · { $seconds } s · { $cloud ->
        [one] { $cloud } token en la nube
       *[other] { $cloud } tokens en la nube
    } · { $local ->
        [one] { $local } token local
       *[other] { $local } tokens locales
    }

# Why an evaluation cannot start or stopped.
evaluation-refused-no-questions = Primero añada preguntas: importe un conjunto, escriba una más abajo o pruebe el ejemplo.
evaluation-refused-no-protocols = Marque al menos un protocolo para comparar.
evaluation-refused-no-documents = Primero cargue los documentos a los que se refieren las preguntas (o pruebe el ejemplo).
evaluation-all-failed = Todas las ejecuciones fallaron. La primera indicó: { $reply }

# The consent dialog before cloud-only rows send the documents.
evaluation-consent-title = ¿Enviar sus documentos a la nube para la referencia «solo nube»?
evaluation-consent-warning =
    «Solo nube» envía el texto completo de estos documentos a { $url }: { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    } en total. Los demás protocolos los mantienen en este dispositivo.
evaluation-consent-document =
    { $name }: { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }
evaluation-consent-note = El registro marca cada una de estas solicitudes. Este consentimiento solo es válido para esta evaluación.
evaluation-consent-send = Enviarlos y ejecutar
evaluation-consent-keep = No enviar

# The results: heading, the pictures' caption, the exports.
evaluation-results = Resultados
evaluation-pictures-caption = Izquierda: un punto por protocolo. Derecha: para cada pregunta, una barra por ejecución de protocolo (Minion, MinionS, solo local, solo nube, en ese orden); verde, correcta; rojo, incorrecta; gris, sin evaluar.
evaluation-export-json = Exportar resultados (JSON)
evaluation-export-csv = Exportar resultados (CSV)

# The tables' column headings.
evaluation-column-protocol = Protocolo
evaluation-column-accuracy = Precisión
evaluation-column-cloud-tokens = Tokens en la nube
evaluation-column-cloud-dollars = Coste en la nube ($)
evaluation-column-local-tokens = Tokens locales
evaluation-column-time = Tiempo
evaluation-column-against-cloud = Frente a solo nube
evaluation-column-question = Pregunta
evaluation-column-right = ¿Correcta?
evaluation-column-reply = Respuesta
evaluation-column-run = Ejecución

# The tables' cells: a duration, the comparison with cloud only ($kept is a percentage), the link to a run.
evaluation-seconds = { $seconds } s
evaluation-against-none = mantiene el { $kept } de la precisión sin tokens en la nube
evaluation-against-fraction = mantiene el { $kept } de la precisión con 1/{ $ratio } de los tokens en la nube
evaluation-against-multiple = mantiene el { $kept } de la precisión con { $ratio } veces los tokens en la nube
evaluation-open-run = abrir ejecución

# A row's verdict, as the bars' titles say it.
evaluation-verdict-true = correcta
evaluation-verdict-false = incorrecta
evaluation-verdict-unknown = sin evaluar

# The cost–accuracy plot: its text alternative, a point's title ($accuracy is a percentage), the axis.
evaluation-plot-label = Precisión frente a tokens en la nube, un punto por protocolo
evaluation-plot-point =
    { $protocol }: { $accuracy } con { $tokens ->
        [one] { $tokens } token en la nube
       *[other] { $tokens } tokens en la nube
    }
evaluation-plot-axis = tokens en la nube (escala logarítmica)

# The per-question bars: text alternative, a bar's title, the axis.
evaluation-bars-label = Tokens en la nube por pregunta y protocolo; el color indica si la respuesta fue correcta
evaluation-bars-bar =
    { $question } · { $protocol }: { $verdict } · { $tokens ->
        [one] { $tokens } token en la nube
       *[other] { $tokens } tokens en la nube
    }
evaluation-bars-axis = preguntas · tokens en la nube (escala logarítmica)
