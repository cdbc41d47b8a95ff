# fr

app-title = Minions Web
app-tagline = Votre modèle local lit les documents ; le modèle cloud ne fait que planifier et répondre.
app-evaluate = Évaluer
app-settings = Paramètres
app-language = Langue

# Protocols, as menus and tables name them.
app-protocol-minion = Minion
app-protocol-minions = MinionS
app-protocol-local = Local seul
app-protocol-cloud = Cloud seul

# A run's status.
app-status-idle = prêt
app-status-running = en cours
app-status-done = terminé
app-status-failed = échec
app-status-cancelled = annulé

# Where a model runs.
app-place-tab = dans cet onglet
app-place-machine = sur cette machine
app-place-network = sur votre réseau local
app-place-elsewhere = hors de cet appareil

# A part of the page fetched on first use that could not be fetched (src/web/parts.rs).
app-part-missing = Cette partie de la page n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.
app-part-retry = Réessayer
# Over the page after a bug stopped its code (src/web/mod.rs).
app-stopped = La page s’est arrêtée après une erreur inattendue. Rechargez-la pour continuer ; ce que ce navigateur conserve (réglages, exécutions enregistrées) reste.
run-engine-stopped = L’exécution s’est arrêtée après une erreur inattendue du moteur. Réessayez ; si cela se reproduit, rechargez la page.
