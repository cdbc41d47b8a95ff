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
