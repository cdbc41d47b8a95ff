# es

app-title = Minions Web
app-tagline = Su modelo local lee los documentos; el modelo en la nube solo planifica y responde.
app-evaluate = Evaluar
app-settings = Configuración
app-language = Idioma

# Protocols, as menus and tables name them.
app-protocol-minion = Minion
app-protocol-minions = MinionS
app-protocol-local = Solo local
app-protocol-cloud = Solo nube

# A run's status.
app-status-idle = en espera
app-status-running = en curso
app-status-done = terminado
app-status-failed = fallido
app-status-cancelled = cancelado

# Where a model runs.
app-place-tab = en esta pestaña
app-place-machine = en este equipo
app-place-network = en su red local
app-place-elsewhere = fuera de este dispositivo

# A part of the page fetched on first use that could not be fetched (src/web/parts.rs).
app-part-missing = No se pudo cargar esta parte de la página. Compruebe la conexión y vuelva a intentarlo.
app-part-retry = Reintentar
# Over the page after a bug stopped its code (src/web/mod.rs).
app-stopped = La página se detuvo tras un error inesperado. Vuelva a cargarla para continuar; lo que guarda este navegador (ajustes, ejecuciones guardadas) se conserva.
run-engine-stopped = La ejecución se detuvo tras un error inesperado del motor. Vuelva a intentarlo; si vuelve a ocurrir, recargue la página.
