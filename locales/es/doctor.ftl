# doctor

# The status lights: which model each is about, where it runs, and the offer
# of the model in the page when nothing answers on this machine.
doctor-worker = Modelo local
doctor-supervisor = Modelo en la nube
doctor-place = ({ $place })
doctor-run-in-page = Ejecutar en su lugar un modelo en esta página

# What a connection check found, and the fix. A warning the check found
# (a small context, threads off) follows the sentence.
doctor-checking = Comprobando la conexión…
doctor-tab-ready = Ejecutándose en esta página: { $model }.
doctor-tab-ready-context = Ejecutándose en esta página: { $model }, contexto de { $context } tokens.
doctor-tab-some-model = un modelo
doctor-tab-missing = Todavía no hay ningún modelo cargado en esta página. Abra Configuración, elija uno en «En esta página» y pulse Cargar ({ $model }).
doctor-connected =
    { $count ->
        [one] Conectado; { $count } modelo disponible.
       *[other] Conectado; { $count } modelos disponibles.
    }
doctor-connected-version =
    { $count ->
        [one] Conectado a la versión { $version }; { $count } modelo disponible.
       *[other] Conectado a la versión { $version }; { $count } modelos disponibles.
    }
doctor-ollama-cors = Ollama está en ejecución, pero rechaza las solicitudes de esta página ({ $origin }). Permita este origen con OLLAMA_ORIGINS y después reinicie Ollama.
doctor-cors = El servidor en { $url } responde, pero no permite solicitudes de esta página ({ $origin }). Habilite CORS para este origen en la configuración del servidor.
doctor-mixed-content = Esta página se sirve por https, por lo que el navegador bloquea las solicitudes http sin cifrar a { $url }. Use una dirección https para ese equipo, ejecute el modelo en este equipo (http://localhost funciona) o sirva esta página desde su propia red.
doctor-ollama-down = Nada responde en { $url }. Inicie Ollama (abra la aplicación o ejecute `ollama serve`) y compruebe la dirección.
doctor-down = Nada responde en { $url }. Compruebe la dirección y su conexión.
doctor-local-network = Si el navegador le preguntó si este sitio puede acceder a dispositivos de su red local, permítalo (configuración del sitio → Acceso a la red local) y vuelva a comprobar.
doctor-ollama-model-missing = El modelo `{ $model }` no está instalado. Descárguelo (pull) o elija uno de estos: { $installed }.
doctor-none-installed = (ninguno instalado)
doctor-model-missing = El servidor no tiene el modelo `{ $model }`.
doctor-model-missing-available = El servidor no tiene el modelo `{ $model }`. Disponibles: { $available }.
doctor-missing-key = Todavía no hay ninguna clave de API: abra Configuración y pegue una. Permanece en esta pestaña a menos que decida recordarla; los documentos nunca van a la nube.
doctor-needs-reload = Por su seguridad, esta página solo se conecta a las direcciones con las que se abrió, y { $origin } es nueva. Pulse «Aplicar y recargar» en Configuración para permitirla (después, vuelva a pegar la clave de API, a menos que haya decidido recordarla).
doctor-bad-key = El servidor rechazó la clave de API. Pegue una clave válida (permanece en esta pestaña a menos que decida recordarla).

# Steps of a fix in Ollama, one per system. The commands and the lines of the
# service file arrive as they are ($command, $edit, $lines, $restart, $line):
# they are copied into a terminal and never translated.
doctor-step-origins-macos = macOS (la aplicación Ollama): { $command } — después cierre Ollama desde la barra de menús y vuelva a abrirlo.
doctor-step-origins-linux =
    Linux (systemd): { $edit } — añada las dos líneas
    { $lines }
    — después: { $restart }
doctor-step-origins-windows = Windows: { $command } — después cierre Ollama desde la barra de tareas y vuelva a iniciarlo desde el menú Inicio.
doctor-step-origins-serve = Si ejecuta `ollama serve` a mano: { $command }
doctor-step-parallel-macos = macOS: { $command } — después reinicie Ollama.
doctor-step-parallel-linux = Linux (systemd): añada { $line } junto a OLLAMA_ORIGINS en la configuración adicional del servicio; después ejecute daemon-reload y reinicie.
doctor-step-parallel-windows = Windows: { $command } — después reinicie Ollama.

# A warning that does not stop a run.
doctor-warning-small-context = El contexto del modelo ({ $length } tokens) es menor que los { $needed } tokens que necesita una tarea: elija fragmentos más pequeños o un modelo con un contexto más largo.
