# Der Rahmen der Seite: Kopfzeile, Sprachauswahl.

app-title = Minions Web
app-tagline = Ihr lokales Modell liest die Dokumente; das Cloud-Modell plant nur und antwortet.
app-evaluate = Evaluieren
app-settings = Einstellungen
app-language = Sprache

# Protocols, as menus and tables name them.
app-protocol-minion = Minion
app-protocol-minions = MinionS
app-protocol-local = Nur lokal
app-protocol-cloud = Nur Cloud

# A run's status.
app-status-idle = bereit
app-status-running = läuft
app-status-done = fertig
app-status-failed = fehlgeschlagen
app-status-cancelled = abgebrochen

# Where a model runs.
app-place-tab = in diesem Tab
app-place-machine = auf diesem Rechner
app-place-network = in Ihrem lokalen Netzwerk
app-place-elsewhere = nicht auf diesem Gerät
