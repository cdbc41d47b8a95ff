# The question box.
ask-title = Preguntar
ask-placeholder-first = ¿Qué desea saber sobre estos documentos?
ask-placeholder-follow-up = Haga una pregunta de seguimiento o empiece una nueva conversación
ask-question-label = Pregunta
ask-protocol = Protocolo
ask-run = Ejecutar
ask-cancel = Cancelar
ask-new-conversation = Nueva conversación
ask-new-conversation-title = Olvidar las preguntas y respuestas de esta conversación para la próxima pregunta (se conserva en el historial)
ask-status = Estado:
# The keyboard shortcut; { $keys } stands for the keys Ctrl+Enter, shown as keys.
ask-shortcut = { $keys } ejecuta la pregunta.
ask-key-ctrl = Ctrl
ask-key-enter = Intro

ask-auto-no-supervisor = No hay ningún modelo en la nube configurado, así que el modelo local responde solo.
ask-auto-everything = La pregunta trata sobre la totalidad de los documentos (unos { $tokens } tokens), así que se leen fragmento a fragmento: MinionS.
ask-auto-short = Los documentos son cortos (unos { $tokens } tokens), así que el modelo local puede leerlos enteros: Minion.
ask-auto-long = Los documentos son largos (unos { $tokens } tokens), así que se leen por fragmentos: MinionS.

# The conversation so far.
ask-conversation-title = Conversación
ask-turn-failed = La ejecución ha fallado:
ask-turn-no-answer = Sin respuesta.
ask-turn-summary = { $protocol } · { $status } · { $tokens } tokens en la nube
ask-turn-show = Mostrar su transcripción, su coste y su registro
ask-turn-working = En curso: la transcripción aparece más abajo.
ask-conversation-totals =
    { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }: { $tokens } tokens en la nube, frente a unos { $cloud_only } si se enviaran los documentos con cada pregunta.
ask-conversation-totals-priced =
    { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }: { $tokens } tokens en la nube, frente a unos { $cloud_only } si se enviaran los documentos con cada pregunta ({ $dollars }; { $cloud_only_dollars } solo nube).

# The answer panel.
ask-answer-title = Respuesta
ask-answer-placeholder = La respuesta aparece aquí.
ask-answer-citations = Dónde lo encontró el modelo local (permanece en este dispositivo)
ask-answer-passage = Abrir el pasaje del que se leyó

# History: saved conversations.
ask-history-title = Historial
ask-history-empty = Las conversaciones se guardan aquí, en este navegador.
ask-history-eval-runs =
    { $count ->
        [one] { $count } ejecución de evaluaciones se conserva con sus resultados en Evaluar.
       *[other] { $count } ejecuciones de evaluaciones se conservan con sus resultados en Evaluar.
    }
ask-history-forget-eval = Eliminarlas
ask-history-questions =
    { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }
ask-history-open-title = Volver a abrir esta conversación para leerla o continuarla
ask-history-export-md = Markdown
ask-history-export-json = JSON
ask-history-delete-label = Eliminar esta conversación
ask-history-delete = Eliminar

# The Markdown export of a run.
ask-export-protocol = Protocolo: { $protocol }
ask-export-status = Estado: { $status }
ask-export-document = Documento: { $name } ({ $chars } caracteres, huella { $fingerprint })
ask-export-answer = Respuesta
ask-export-failed = La ejecución ha fallado: { $error }
ask-export-transcript = Transcripción
ask-export-who-cloud-reasoning = Razonamiento de la nube
ask-export-who-cloud = Nube
ask-export-who-local = Local
ask-export-message = { $who }, ronda { $round }:
ask-export-cost = Coste
ask-export-cloud-tokens = Tokens en la nube: { $prompt } de entrada, { $completion } de salida
ask-export-cloud-only = Solo nube (estimación): { $prompt } tokens de entrada
ask-export-local-tokens = Tokens locales: { $prompt } de entrada, { $completion } de salida
ask-export-audit = Lo que salió de este dispositivo
ask-export-requests =
    { $count ->
        [one] { $count } solicitud.
       *[other] { $count } solicitudes.
    }
ask-export-request-cloud = Solicitud { $number } al modelo en la nube (ronda { $round }, { $host }, { $bytes } bytes, { $chars } caracteres de texto de los documentos)
ask-export-request-local = Solicitud { $number } al modelo local (ronda { $round }, { $host }, { $bytes } bytes, { $chars } caracteres de texto de los documentos)

# The Markdown export of a conversation.
ask-export-conversation = Conversación: { $title }
ask-export-questions =
    { $count ->
        [one] { $count } pregunta.
       *[other] { $count } preguntas.
    }
ask-export-conversation-cloud = Tokens en la nube, conversación completa: { $tokens }
ask-export-conversation-cloud-only = Solo nube (estimación, los documentos enviados con cada pregunta): { $tokens }
ask-export-question = Pregunta { $number }:
