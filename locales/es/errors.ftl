# Why a run failed, and what happened along the way.
# $side is "cloud" (the supervisor's side) or "local" (the worker's).

# Why a run stopped (src/web/error_text.rs, the engine's RunError).
errors-run-no-documents = No hay documentos que leer. Primero añada un archivo o pegue algún texto.
errors-run-no-task = Primero escriba una pregunta.
errors-run-invalid-config = El ajuste «{ $setting }» debe estar entre { $min } y { $max }; ahora vale { $value }. Cámbielo en Ajustes.
errors-run-context-too-small = Los documentos necesitan unos { $needed } tokens, pero el contexto del modelo local solo admite { $available }. { $advice }
# $detail: what was wrong with the reply, as the reply reader says it (English).
errors-run-malformed-reply =
    { $side ->
        [cloud] El modelo en la nube respondió { $attempts } veces de una forma que no se pudo leer ({ $problem }). Inténtelo de nuevo o elija un modelo más capaz.
       *[local] El modelo local respondió { $attempts } veces de una forma que no se pudo leer ({ $problem }). Inténtelo de nuevo o elija un modelo más capaz.
    }
errors-run-cloud-only-not-confirmed = El modo solo nube envía sus documentos al modelo en la nube. Solo se ejecuta después de que usted lo confirme para esta ejecución.
errors-run-documents-must-stay = Según su configuración de privacidad, los documentos nunca salen de este dispositivo, por lo que el modo solo nube no puede ejecutarse. Para comparar con él, desactive «Los documentos nunca salen de este dispositivo» en Configuración → Privacidad.
errors-run-worker-not-on-device = El modelo local en { $host } no está en este dispositivo, y según su configuración de privacidad los documentos nunca salen de él. Elija un modelo local en este equipo en Configuración, o desmarque «Los documentos nunca salen de este dispositivo» en Configuración → Privacidad.
errors-run-worker-network-untrusted = El modelo local en { $host } está en su red local, y según su configuración de privacidad los documentos nunca salen de este dispositivo. Si confía sus documentos a ese equipo, marque «Confiar mis documentos a esta dirección» junto a él en Configuración; de lo contrario, elija un modelo local en este equipo.
errors-run-worker-not-confirmed = Sus documentos irían a { $host }, que no está en este dispositivo, y usted no lo ha autorizado. Vuelva a ejecutar y confirme cuando la página se lo pida, o elija un modelo local en este equipo en Configuración.

# What to do when the documents do not fit the local model's context (the end of errors-run-context-too-small).
errors-advice-narrower-question = Formule una pregunta más concreta, o use MinionS con un modelo en la nube para combinar los hallazgos.
errors-advice-longer-context = Elija un modelo local con un contexto más largo.
errors-advice-read-in-chunks = Elija MinionS, que lee los documentos por fragmentos, o un modelo local con un contexto más largo.
errors-advice-shield-off = Desactive el escudo de privacidad, o use un modelo local con un contexto más largo.

# A model's failure that ended the run. $detail and $message come from the browser or the server, as they said it.
errors-failure-worker-unreachable = No se pudo conectar con el modelo local en { $host } ({ $detail }). Compruebe que Ollama (o su servidor local) está en marcha; el indicador de conexión en Configuración indica qué falla.
errors-failure-supervisor-unreachable = No se pudo conectar con el modelo en la nube en { $host } ({ $detail }). Compruebe la dirección y su conexión.
errors-failure-unauthorized =
    { $side ->
        [cloud] El servicio en la nube rechazó la clave de API (HTTP { $status }). Pegue una clave válida en Configuración.
       *[local] El servicio local rechazó la clave de API (HTTP { $status }). Pegue una clave válida en Configuración.
    }
errors-failure-worker-model-missing = El modelo local `{ $model }` no está instalado. Ejecute `ollama pull { $model }`, o elija otro modelo en Configuración.
errors-failure-supervisor-model-missing = El servicio en la nube no tiene ningún modelo `{ $model }`. Elija otro modelo en Configuración.
errors-failure-not-loaded = No hay ningún modelo cargado en esta página. Abra Configuración, elija un modelo en «En esta página», pulse «Cargar» y vuelva a ejecutar.
errors-failure-rate-limited =
    { $side ->
        [cloud] El servicio en la nube siguió limitando la frecuencia de solicitudes tras varios reintentos. Espere un minuto y vuelva a ejecutar.
       *[local] El servicio local siguió limitando la frecuencia de solicitudes tras varios reintentos. Espere un minuto y vuelva a ejecutar.
    }
errors-failure-quota-exhausted = A la cuenta en la nube no le queda cuota. Añada crédito o use otra clave.
errors-failure-context-overflow =
    { $side ->
        [cloud] Un prompt no cabía en la ventana de contexto del modelo en la nube. Use MinionS o fragmentos más pequeños, o un modelo con un contexto más largo.
       *[local] Un prompt no cabía en la ventana de contexto del modelo local. Use MinionS o fragmentos más pequeños, o un modelo con un contexto más largo.
    }
errors-failure-schema-refused =
    { $side ->
        [cloud] El servidor en la nube rechazó el esquema de respuesta en todas sus formas (impuesto, como JSON, en el prompt). Elija otro modelo o servidor en Configuración.
       *[local] El servidor local rechazó el esquema de respuesta en todas sus formas (impuesto, como JSON, en el prompt). Elija otro modelo o servidor en Configuración.
    }
# $parameter: one of errors-param-….
errors-failure-unsupported =
    { $side ->
        [cloud] El servidor en la nube no admite `{ $parameter }`. Elija otro modelo o servidor en Configuración.
       *[local] El servidor local no admite `{ $parameter }`. Elija otro modelo o servidor en Configuración.
    }
errors-failure-server =
    { $side ->
        [cloud] El servidor en la nube falló (HTTP { $status }: { $message }) incluso tras varios reintentos. Inténtelo más tarde.
       *[local] El servidor local falló (HTTP { $status }: { $message }) incluso tras varios reintentos. Inténtelo más tarde.
    }
errors-failure-stream-cut =
    { $side ->
        [cloud] La respuesta del modelo en la nube se interrumpía una y otra vez ({ $detail }). Inténtelo de nuevo.
       *[local] La respuesta del modelo local se interrumpía una y otra vez ({ $detail }). Inténtelo de nuevo.
    }
errors-failure-timeout =
    { $side ->
        [cloud] El modelo en la nube no envió nada durante { $seconds } s. Puede que esté ocupado o cargando un modelo grande; inténtelo de nuevo.
       *[local] El modelo local no envió nada durante { $seconds } s. Puede que esté ocupado o cargando un modelo grande; inténtelo de nuevo.
    }
# $change: one of errors-reshape-….
errors-failure-resend =
    { $side ->
        [cloud] El servidor en la nube siguió rechazando la forma de la solicitud (último cambio: { $change }). Elija otro modelo o servidor en Configuración.
       *[local] El servidor local siguió rechazando la forma de la solicitud (último cambio: { $change }). Elija otro modelo o servidor en Configuración.
    }

# A failed call, briefly: put into a notice or shown beside a pool member. Lower case: it goes inside a sentence.
errors-model-unreachable = no se pudo conectar con { $host }: { $detail }
errors-model-unauthorized = el servidor rechazó la clave de API (HTTP { $status })
errors-model-missing = el modelo `{ $model }` no está disponible en el servidor
errors-model-rate-limited = el servidor está limitando la frecuencia de solicitudes
errors-model-rate-limited-wait = el servidor está limitando la frecuencia de solicitudes (pide esperar { $seconds } s)
errors-model-quota-exhausted = a la cuenta no le queda cuota
errors-model-not-loaded = no hay ningún modelo cargado en esta página
errors-model-context-overflow = el prompt no cabe en la ventana de contexto del modelo
errors-model-unsupported = el servidor no admite `{ $parameter }`
errors-model-server = el servidor falló (HTTP { $status }): { $message }
errors-model-stream-cut = el flujo de la respuesta se interrumpió: { $detail }
errors-model-timeout = sin respuesta en { $seconds } s
errors-model-resend = hay que volver a enviar la solicitud: { $change }

# Why a job failed, or was split in two. Lower case: it goes inside a sentence.
errors-job-prompt-too-long = el prompt no cabe en el contexto del worker
errors-job-reply-cut-off = la respuesta quedó cortada por el límite de salida
errors-job-cannot-split = el fragmento es demasiado largo para el worker y no se puede dividir
# $problem: what was wrong with the reply (errors-reply-*).
errors-job-unreadable = no se pudo leer la respuesta: { $problem }

# Why a model's reply could not be used (lower case: it goes inside a sentence). $field: the reply's field,
# as the schema spells it; $expected: one of errors-expected-*; $allowed: the allowed values, quoted;
# $found: what the reply held, quoted.
errors-reply-no-object = la respuesta no contiene ningún objeto JSON
errors-reply-missing = el objeto JSON no tiene el campo `{ $field }`
errors-reply-wrong-type = el campo `{ $field }` debería ser { $expected }
errors-reply-not-allowed = el campo `{ $field }` debe ser { $allowed }, no { $found }
errors-reply-allowed-any = uno de los valores permitidos
# A list of alternatives: $init is all but the last, joined by commas.
errors-reply-alternatives = { $init } o { $last }
errors-reply-empty = el campo `{ $field }` está vacío
errors-reply-no-tasks = el plan no tiene subtareas; hace falta al menos una
errors-reply-final-only = esta es la última ronda: solo se acepta «final», con la mejor respuesta
errors-reply-cut-off = la respuesta se cortó en el límite de salida; responder de forma más breve
errors-reply-no-final-answer = ninguna respuesta final
errors-reply-empty-rewrite = la reescritura del filtro de privacidad quedó vacía
errors-expected-text = una cadena de texto
errors-expected-flag = true o false
errors-expected-count = un entero no negativo
errors-expected-texts = una lista de cadenas
errors-expected-objects = una lista de objetos
errors-expected-object = un objeto
errors-expected-list = una lista

# A request's settings, by name.
errors-param-temperature = temperatura
errors-param-max-output-tokens = máximo de tokens de salida
errors-param-reasoning-effort = esfuerzo de razonamiento
errors-param-reply-schema = esquema de respuesta

# How the request is now sent to a server that refused its form. Lower case: it goes inside a sentence.
errors-reshape-enforced = el servidor impone el esquema de respuesta
errors-reshape-json-only = el esquema de respuesta va ahora en el prompt, y se pide JSON al servidor
errors-reshape-prompt-only = el esquema de respuesta va ahora solo en el prompt
errors-reshape-no-stream-usage = el servidor no informa del uso de tokens; se estima

# Notices during a run. $reason (history, findings, the worker's chat) is one of the reasons below.
errors-note-worker-dropped = El modelo local en { $host } dejó de responder ({ $error }); salió del grupo y sus tareas pasan a los demás.
errors-note-history-summarised =
    { $count ->
        [one] El modelo en la nube resumió { $count } pregunta anterior para mantener la conversación dentro de su presupuesto (unos { $before } → { $after } tokens).
       *[other] El modelo en la nube resumió { $count } preguntas anteriores para mantener la conversación dentro de su presupuesto (unos { $before } → { $after } tokens).
    }
errors-note-history-dropped =
    { $count ->
        [one] { $count } pregunta anterior queda fuera de lo que recibe el modelo en la nube: { $reason }.
       *[other] { $count } preguntas anteriores quedan fuera de lo que recibe el modelo en la nube: { $reason }.
    }
errors-note-findings-invalidated =
    { $count ->
        [one] { $count } hallazgo de preguntas anteriores no se volverá a usar: { $reason }.
       *[other] { $count } hallazgos de preguntas anteriores no se volverán a usar: { $reason }.
    }
errors-note-worker-chat-restarted = El modelo local vuelve a empezar su conversación desde los documentos: { $reason }.
errors-note-reply-rejected =
    { $side ->
        [cloud] No se pudo leer una respuesta del modelo en la nube ({ $problem }); se vuelve a preguntar.
       *[local] No se pudo leer una respuesta del modelo local ({ $problem }); se vuelve a preguntar.
    }
errors-note-job-reply-rejected = No se pudo leer la respuesta del modelo local a la tarea { $job } ({ $problem }); se vuelve a preguntar.
errors-note-retrying =
    { $side ->
        [cloud] El modelo en la nube falló ({ $reason }); se reintentará en { $seconds } s.
       *[local] El modelo local falló ({ $reason }); se reintentará en { $seconds } s.
    }
errors-note-parameter-dropped =
    { $side ->
        [cloud] El servidor en la nube rechazó el ajuste `{ $parameter }`; se omitió y la solicitud se volvió a enviar.
       *[local] El servidor local rechazó el ajuste `{ $parameter }`; se omitió y la solicitud se volvió a enviar.
    }
errors-note-request-reshaped =
    { $side ->
        [cloud] El servidor en la nube rechazó la forma en que se envió la solicitud; { $change }, y la solicitud se volvió a enviar.
       *[local] El servidor local rechazó la forma en que se envió la solicitud; { $change }, y la solicitud se volvió a enviar.
    }
errors-note-job-split = La tarea { $job } se dividió en dos y se volvió a ejecutar ({ $reason }).
errors-note-review-rejected = Usted rechazó una solicitud a la nube: la ejecución se detuvo y no se envió nada más.

# Why earlier questions are left out (the $reason of errors-note-history-dropped). Lower case: it goes inside a sentence.
# $error: why the summary failed (a run error, above).
errors-history-summary-failed = el modelo en la nube no pudo resumirlas ({ $error })
errors-history-over-budget = ni siquiera resumidas caben en el presupuesto de { $budget } tokens de la conversación
# Why findings are not used again (the $reason of errors-note-findings-invalidated).
errors-findings-document-changed = un documento del que proceden se modificó o se quitó
errors-findings-other-worker = proceden de otro modelo local
# Why the local model's conversation starts again (the $reason of errors-note-worker-chat-restarted).
errors-chat-documents-changed = los documentos cambiaron desde su última respuesta
errors-chat-worker-changed = se eligió otro modelo local desde su última respuesta
errors-chat-no-longer-fits = sus preguntas y respuestas anteriores ya no caben en el contexto del modelo local

# What the engine changed in the cloud model's plan to keep it within bounds (listed under the plan).
errors-plan-change-default-chunking = El plan no indicaba la fragmentación; se usa la predeterminada.
# $unit: "characters" or "pages".
errors-plan-change-chunk-size =
    { $unit ->
        [pages] El tamaño de fragmento de { $asked } páginas está fuera de los límites; se usa { $used }.
       *[characters] El tamaño de fragmento de { $asked } caracteres está fuera de los límites; se usa { $used }.
    }
errors-plan-change-overlap = El solapamiento de { $asked } es demasiado grande; se usa { $used }.
errors-plan-change-too-many-tasks = El plan tenía { $tasks } subtareas; solo se ejecutan las { $limit } primeras.
# top_k is the plan's field name (chunks per task).
errors-plan-change-top-k-zero = top_k 0 no ejecutaría nada; se usa 1.
errors-plan-change-chunk-cap = Cada subtarea se ejecuta sobre un máximo de { $cap } fragmentos (su configuración), elegidos por sus palabras clave.
errors-plan-change-too-many-jobs = { $tasks } subtareas sobre { $per_task } fragmentos serían { $jobs } tareas, por encima del límite de { $limit }; cada subtarea se ejecuta sobre sus { $lowered } mejores fragmentos.
errors-plan-change-chunks-cut = Un fragmento necesita unos { $needed } tokens, pero el worker solo admite { $available }; los fragmentos se reducen a un máximo de { $chars } caracteres.

# What a reply streaming in is for: "round 2: planning".
errors-call-label = ronda { $round }: { $label }
errors-call-open = pregunta inicial
errors-call-answer = respondiendo
errors-call-decide = decidiendo
errors-call-plan = planificando
errors-call-synthesize = sintetizando
errors-call-local-synthesize = combinando hallazgos
errors-call-shield = escudo de privacidad
errors-call-judge = calificando
errors-call-cloud-answer = respondiendo desde los documentos (solo nube)
errors-call-summarize = resumiendo la conversación

# The transcript's own lines. $tasks: the plan's instructions, as the cloud model wrote them.
errors-plan = Plan: { $tasks } — fragmentos de { $size } { $unit }, { $selection }.
errors-plan-unit-chars = caracteres
errors-plan-unit-pages = páginas
errors-plan-unit-paragraphs = párrafos
errors-plan-top-k =
    { $count ->
        [one] el mejor fragmento por tarea
       *[other] los { $count } mejores fragmentos por tarea
    }
errors-plan-every-chunk = todos los fragmentos
errors-aggregated =
    { $total ->
        [one] Se leyó { $total } fragmento: { $answered } con respuesta, { $abstained } sin nada relevante, { $failed } con error.
       *[other] Se leyeron { $total } fragmentos: { $answered } con respuesta, { $abstained } sin nada relevante, { $failed } con error.
    }
errors-decision-final = Tengo suficiente para responder.

# This page load's connection policy.
errors-policy-new-origin = Esta página solo se conecta a las direcciones con las que se abrió, y { $origin } es nueva. Abra la Configuración y pulse «Aplicar y recargar» para permitirla.
errors-policy-unwritable = Esta página no puede conectarse a { $url }: la política de conexión de un navegador solo admite nombres de host y direcciones IPv4. Indique en la Configuración el nombre de ese equipo o su dirección IPv4.

# Run settings the Settings form does not show (named in errors-run-invalid-config).
errors-setting-chunk-units = Páginas o párrafos por fragmento
errors-setting-jobs-per-round = Trabajos por ronda
errors-setting-worker-output-tokens = Límite de respuesta del modelo local, tokens
errors-setting-reply-retries = Reintentos ante una respuesta ilegible
