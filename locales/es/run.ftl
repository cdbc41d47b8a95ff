# run: the run panel, workers and the pool, cost, "What left this device", the consent dialog.

# The run panel's heading: "Run", then the protocol and the round.
run-title = Ejecución
run-title-round = { $protocol } · ronda { $round } de { $rounds }

# How long the run has taken ($seconds and $rate arrive written as numbers).
run-elapsed = { $seconds } s
run-elapsed-speed = { $seconds } s · modelo local { $rate } tokens/s
run-seconds = { $seconds } s

# A follow-up question in a conversation; the second and third sentences follow the first.
run-follow-up = Una pregunta de seguimiento: el modelo en la nube conoció { $count ->
        [one] la { $count } pregunta anterior
       *[other] las { $count } preguntas anteriores
    } de esta conversación.
run-follow-up-reused = { $reused ->
        [one] { $reused } de { $count } tareas se respondió
       *[other] { $reused } de { $count } tareas se respondieron
    } a partir de sus hallazgos, sin consultar al modelo local.
run-follow-up-chat = El modelo local continuó su chat ({ $count ->
        [one] { $count } mensaje anterior
       *[other] { $count } mensajes anteriores
    }).

# The table of local models in the pool.
run-pool-caption = Modelos locales del grupo
run-pool-address = Dirección
run-pool-calls = Llamadas
run-pool-rate = Tokens/s
run-pool-failures = Fallos
run-pool-left = { $failures } (salió del grupo)

# The local model runs the jobs sent to it one after the other ($ratio: how much longer they wait).
run-queueing = El modelo local ejecuta las tareas de una en una, aunque se envían { $count } a la vez (esperan { $ratio }× más de lo que tardan en calcularse). En Ollama, permita que ejecute { $count } a la vez:

# A cloud request held for approval; $link is the link to the panel below.
run-review-pending = Una solicitud a la nube espera su decisión en «{ $link }».

# A change the engine made to the plan ($change is the engine's sentence).
run-plan-changed = Plan ajustado: { $change }

# The transcript: who wrote each message, in which round.
run-who-reasoning = Razonamiento de la nube
run-who-cloud = Nube
run-who-local = Local
run-msg-who = { $who } · ronda { $round }
run-msg-shielded = reescrito por el filtro de privacidad
run-msg-before-shield = Antes del filtro (permaneció en este dispositivo)

# The jobs of MinionS: progress, one cell per job, the timeline.
run-jobs-done = tareas completadas
run-job-title = Tarea { $job } · subtarea { $task } · { $document } { $pages }
run-timeline-job = tarea { $job }: { $seconds } s
run-timeline-caption = Tareas a lo largo del tiempo (una fila por tarea)
run-timeline-label = Cronología de las tareas del worker

# Where a worker is, and what that means for the documents.
run-place-here = Sus documentos permanecen en este dispositivo.
run-place-network = Sus documentos viajan por su red local hasta este equipo. Mientras «Los documentos nunca salen de este dispositivo» esté marcado, solo se permite si confía en él.
run-place-elsewhere = Sus documentos saldrían de este dispositivo hacia este servidor: la página pregunta antes de cada ejecución, salvo que usted haya indicado lo contrario, y lo rechaza mientras «Los documentos nunca salen de este dispositivo» esté marcado.
run-trust-network = Confiar mis documentos a esta dirección
run-consent-remembered = Usted indicó que los documentos se envíen aquí sin preguntar.
run-consent-forget = Volver a preguntar

# One more local model of the pool (Settings).
run-endpoint-legend = Modelo local { $number }
run-endpoint-server = Servidor
run-endpoint-ollama = Ollama
run-endpoint-openai = Compatible con OpenAI (llama.cpp, LM Studio, vLLM)
run-endpoint-address = Dirección
run-endpoint-model = Modelo
run-endpoint-concurrency = Tareas simultáneas
run-endpoint-reachable = Accesible, modelo encontrado.
run-endpoint-checking = Comprobando…
run-endpoint-remove = Quitar
run-pool-intro = Otros modelos locales (un equipo con GPU, otro portátil) comparten con este las tareas de MinionS; Minion y «Solo local» usan solo el primero.
run-pool-add = Añadir un modelo local

# The cost panel ($ratio, $tokens and the amounts arrive written as numbers).
run-cost-title = Coste
run-cost-cloud-tokens = Tokens en la nube, esta ejecución
run-cost-cloud-only-tokens = Tokens en la nube, solo nube (estimación)
run-cost-local-tokens = Tokens locales
run-cost-local-read = Tokens de prompt leídos en local
run-cost-local-cached = { $read } ({ $cached } de la caché del servidor)
run-cost-local-time = Tiempo del modelo local
run-cost-cheaper = { $ratio }× más barato que enviar los documentos; { $tokens } tokens permanecieron en este dispositivo.
run-cost-dearer = Estos documentos son tan cortos que enviarlos a la nube habría costado { $ratio }× menos; { $tokens } tokens permanecieron en este dispositivo.
run-cost-nothing-sent = No se envió nada a la nube; { $tokens } tokens permanecieron en este dispositivo.
run-cost-dollars = { $run } por esta ejecución; { $only } por enviarlo todo a la nube.
run-cost-no-price = No se conoce el precio de este modelo; compare los tokens.
run-cost-bars-label = Tokens en la nube: esta ejecución frente a solo nube
run-cost-bar-run = esta ejecución
run-cost-bar-cloud-only = solo nube

# A cloud request held for approval.
run-review-title = Pendiente de su aprobación
run-review-ready = Una solicitud a { $host } (ronda { $round }) está lista. No sale nada hasta que usted decida.
run-review-quotes = Reproduce literalmente estos pasajes de sus documentos:
run-review-message = El mensaje más reciente, tal como saldría (puede editarlo)
run-review-body = La solicitud completa
run-review-send-edit = Enviar mi edición
run-review-approve = Aprobar y enviar
run-review-withhold = Enviar sin las citas
run-review-reject = Rechazar y detener

# "What left this device": the audit of requests ($bytes arrives as written digits).
run-audit-title = Lo que salió de este dispositivo
run-audit-nothing = No se ha enviado nada fuera de este dispositivo.
run-audit-summary = { $count ->
        [one] { $count } solicitud a la nube, { $bytes } bytes en total.
       *[other] { $count } solicitudes a la nube, { $bytes } bytes en total.
    }
run-audit-summary-workers = { $count ->
        [one] { $count } solicitud a la nube
       *[other] { $count } solicitudes a la nube
    } y { $workers } a modelos locales fuera de este dispositivo, { $bytes } bytes en total.
run-audit-export = Exportar (JSON)
run-audit-lane-cloud = nube
run-audit-lane-local = modelo local
run-audit-entry = { $lane } n.º { $number } · ronda { $round } · { $host } · { $bytes } bytes · { $seconds } s
run-audit-verbatim = { $count ->
        [one] { $chars } carácter de texto de los documentos
       *[other] { $chars } caracteres de texto de los documentos
    }
run-audit-no-verbatim = sin texto de los documentos
run-audit-reply = Su respuesta

# The connection lights' requests, listed as metadata.
run-checks-title = Comprobaciones de conexión
run-checks-intro = Solicitudes que los indicadores de conexión hicieron a servidores fuera de este dispositivo: sin texto de los documentos, solo estos datos.
run-check = { $seconds } s · { $method } { $host }{ $path } · { $key }
run-check-with-key = con la clave de API
run-check-no-key = sin clave

# The dialog before documents go to a worker not on this device; $hosts is shown in bold.
run-consent-title = ¿Enviar sus documentos a otro equipo?
run-consent-text = El modelo local en { $hosts } no está en este dispositivo. Para responder, recibe el texto de sus documentos: quien gestione ese servidor puede leerlos y conservarlos. Todavía no se ha enviado nada.
run-consent-remember = No volver a preguntar para esta dirección
run-consent-send = Enviarlos allí
run-consent-keep = Mantenerlos aquí
run-consent-declined = Ha mantenido sus documentos en este dispositivo: no se envió nada a { $hosts }. Para ejecutar, elija un modelo local en este equipo en Configuración, o vuelva a ejecutar y confirme.
