# Settings: the panel, its fieldsets and every setting's label.

settings-title = Configuración

# A server address outside what this page load may reach.
settings-policy-new-address = { $origin } es una dirección nueva. Por su seguridad, esta página solo se conecta a las direcciones con las que se abrió; recárguela para permitirla.
settings-policy-paste-key = Después, pegue de nuevo la clave de API (no se guarda).
settings-policy-reload = Aplicar y recargar

# The local model (worker).
settings-local-legend = Modelo local (lee sus documentos)
settings-server = Servidor
settings-server-ollama = Ollama
settings-server-openai = Compatible con OpenAI (llama.cpp, LM Studio, vLLM)
settings-server-tab = En esta página (nada que instalar)
settings-worker-address = Dirección
settings-worker-model = Modelo
settings-worker-concurrency = Tareas simultáneas
settings-worker-temperature = Temperatura
settings-worker-context = Longitud de contexto si el servidor no la indica

# The cloud model (supervisor).
settings-cloud-legend = Modelo en la nube (nunca ve sus documentos)
settings-supervisor-address = Dirección de la API
settings-supervisor-key = Clave de API
settings-remember-key = Recordar la clave en este dispositivo
settings-supervisor-model = Modelo
settings-reasoning-effort = Esfuerzo de razonamiento (serie o, gpt-5)
settings-effort-default = predeterminado
settings-effort-low = bajo
settings-effort-medium = medio
settings-effort-high = alto

# Protocol limits and documents.
settings-limits-legend = Límites del protocolo
settings-supervisor-max-tokens = Límite de respuesta de la nube, tokens
settings-supervisor-context = Contexto del modelo en la nube, tokens
settings-conversation-budget = Memoria de la conversación para el modelo en la nube, tokens (más allá, las preguntas anteriores se resumen)
settings-max-rounds = Rondas
settings-max-tasks = Tareas por ronda (MinionS)
settings-top-k = Máximo de fragmentos por tarea, MinionS (0: decide el modelo en la nube)
settings-chunk-size = Tamaño de fragmento, caracteres
settings-send-citations = Enviar a la nube las citas del modelo local
settings-keep-documents = Conservar los documentos en este navegador entre recargas
settings-max-file-mb = Archivo más grande que se leerá, MB
settings-clear-documents = Borrar los documentos guardados

# Privacy controls. The placeholders in brackets are what the redactor writes: keep them as they are.
settings-privacy-legend = Privacidad (qué puede salir de este dispositivo)
settings-redact = Sustituir los datos personales por marcadores ([EMAIL_1], [PHONE_2]…) antes de enviar nada
settings-redact-names = Nombres de personas que ocultar, uno por línea
settings-redact-terms = Otros términos que ocultar (proyectos, empresas, lugares), uno por línea
settings-shield = Escudo de privacidad: el modelo local reescribe sus informes sin datos personales antes de que la nube los vea
settings-verbatim-words = Citas de los documentos: secuencias de este número de palabras o más
# Continues the line above: "Quotes … are withheld".
settings-verbatim-policy = …son
settings-verbatim-withhold = retenidas (sustituidas por una marca breve)
settings-verbatim-ask = mostradas para que yo decida
settings-verbatim-send = enviadas (y contadas en el registro)
settings-approve-requests = Retener cada solicitud a la nube hasta que yo la apruebe
settings-never-leave = Los documentos nunca salen de este dispositivo (desactiva la referencia de solo nube de las evaluaciones)

# Prices. $date is the day the table was checked (2026-11-25), $source where its prices come from.
settings-prices-legend = Precios (US$ por millón de tokens)
settings-prices-in-use = En uso: { $count ->
        [one] { $count } modelo
       *[other] { $count } modelos
    }, última revisión el { $date } ({ $source }).
settings-prices-label = Tabla de precios en JSON
settings-prices-placeholder = Vacía: la tabla incluida. Pegue un JSON como el incluido para cambiar los precios.
settings-prices-edit = Editar la tabla incluida
settings-prices-invalid = La tabla de precios no es un JSON válido ({ $error }); se usan los valores predeterminados.

# The Ask box's protocol choice (the protocols' own names are in app.ftl).
settings-protocol-auto = Automático
settings-protocol-auto-explained = Elige Minion para documentos cortos, MinionS para los largos y solo local sin modelo en la nube.
settings-protocol-minion-explained = El modelo en la nube pregunta y el modelo local responde a partir de todos sus documentos; lo más económico en tokens de la nube.
settings-protocol-minions-explained = El modelo en la nube planifica tareas pequeñas y el modelo local las ejecuta fragmento a fragmento; lo mejor para documentos largos.
settings-protocol-local-explained = Solo el modelo local; nada sale de este dispositivo.
settings-protocol-cloud-explained = Solo el modelo en la nube, que lee sus documentos; la referencia de la evaluación.

# Sizes of downloads (decimal units); $size is a number.
settings-size-mb = { $size } MB
settings-size-gb = { $size } GB

# The in-page model panel.
settings-tab-model = Modelo
settings-tab-another = Otro GGUF (su dirección abajo)
settings-tab-address = Dirección del GGUF
settings-tab-file = O un archivo GGUF de este equipo
settings-tab-load = Cargar
settings-tab-resume = Reanudar
settings-tab-cancel = Cancelar
settings-tab-remove = Quitar
settings-tab-stored = Guardados en este navegador:
settings-tab-stored-incomplete = { $stored } de { $total }, incompleto
settings-tab-storage-left = Espacio restante para esta página: { $size }.
# A built-in model: what it is good for (a sentence below), its licence's name, its context in tokens, its download size.
settings-tab-about = { $good_for } Licencia: { $licence }. Contexto de hasta { $context } tokens. Descarga: { $size }.

# What each built-in model is good for.
settings-model-qwen25-05b = El predeterminado: sigue bien las instrucciones y el JSON para su tamaño, en muchos idiomas.
settings-model-smollm2-360m = La descarga más pequeña; respuestas rápidas a partir de documentos breves en inglés.
settings-model-llama32-1b = Lectura general en inglés y en los principales idiomas europeos.
settings-model-gemma3-1b = Muchos idiomas (más de 140); respuestas breves y fluidas.
settings-model-qwen25-15b = Las mejores respuestas de esta lista, en un equipo con 8 GB de memoria o más.

# The in-page model's progress line.
settings-tab-none = Aún no hay ningún modelo cargado en esta página.
settings-tab-downloading = Descargando: { $loaded }
settings-tab-downloading-of = Descargando: { $loaded } de { $total } ({ $percent })
settings-tab-resumed-at = (reanudada en { $size })
settings-tab-loading = Cargando { $name }…
settings-tab-ready = Listo: { $name }, contexto de { $context } tokens, { $threads ->
        [one] { $threads } hilo
       *[other] { $threads } hilos
    }.
settings-tab-single-thread = Esta página no está aislada entre orígenes (cross-origin isolated), por lo que el modelo se ejecuta en 1 de { $threads } hilos; recargue la página una vez para usarlos todos.
# What Load will fetch, as the connection light offers it.
settings-tab-offer = { $name }, una descarga de { $size }
settings-tab-offer-none = elija un modelo

# The in-page model's failures. $detail comes from the browser or the runtime, as it came.
settings-tab-no-address = Escriba una dirección GGUF, elija un modelo integrado o seleccione un archivo.
settings-tab-new-origin = Esta página solo se conecta a las direcciones con las que se abrió, y { $origin } es nueva. Pulse «Aplicar y recargar» arriba para permitirla y, después, Cargar de nuevo.
settings-tab-gone = el modelo ya no está en el almacenamiento de este navegador
settings-tab-header-endless = su cabecera no termina nunca
settings-failure-not-gguf = Este archivo no es un modelo GGUF (no empieza por «GGUF»). Elija un archivo .gguf, por ejemplo de Hugging Face.
settings-failure-version = Este archivo GGUF es de la versión { $version }, que llama.cpp ya no lee. Descargue una conversión más reciente del modelo.
settings-failure-truncated = El archivo del modelo está incompleto: tiene { $have } de los { $need } que necesita. Pulse Cargar para reanudar la descarga o vuelva a elegir el archivo completo.
settings-failure-damaged = El archivo del modelo está dañado ({ $detail }). Quítelo y descárguelo de nuevo.
settings-failure-too-big = Este modelo necesita unos { $need } de memoria, más de lo que esta página puede usar aquí (unos { $limit }). Elija un modelo más pequeño o un contexto más corto.
settings-failure-http-404 = La dirección del modelo responde 404 (no encontrado). Compruebe la URL; en Hugging Face, use el enlace «resolve» del archivo.
settings-failure-http-refused = La dirección del modelo rechazó la descarga (HTTP { $status }); los modelos restringidos exigen que acepte su licencia en Hugging Face. Elija un modelo abierto, o descargue el archivo y selecciónelo desde el disco.
settings-failure-http = La dirección del modelo respondió HTTP { $status }. Inténtelo de nuevo más tarde, o descargue el archivo y selecciónelo desde el disco.
settings-failure-network = La descarga falló ({ $detail }). Compruebe la conexión y pulse Cargar para reanudarla; lo que ya llegó se conserva.
settings-failure-storage = Este navegador no pudo guardar el modelo ({ $detail }). Libere espacio, salga de la navegación privada o elija un modelo más pequeño.
settings-failure-cancelled = Cancelado. Lo que ya llegó se conserva: Cargar reanuda la descarga.
settings-failure-load = No se pudo cargar el modelo ({ $detail }). Puede estar dañado o tener una arquitectura que esta versión de llama.cpp no conoce; quítelo y pruebe otro.
settings-failure-memory = El modelo no cabe en la memoria que esta página puede usar ({ $detail }). Elija un modelo más pequeño o un contexto más corto.
settings-failure-library = No se pudo iniciar el entorno de ejecución del modelo en la página ({ $detail }). Recargue la página; si el problema continúa, a este navegador le faltan funciones de WebAssembly que necesita.
