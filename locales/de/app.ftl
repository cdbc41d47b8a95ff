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

# A part of the page fetched on first use that could not be fetched (src/web/parts.rs).
app-part-missing = Dieser Teil der Seite konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.
app-part-retry = Erneut versuchen
# Over the page after a bug stopped its code (src/web/mod.rs).
app-stopped = Die Seite ist nach einem unerwarteten Fehler stehen geblieben. Laden Sie sie neu, um weiterzumachen; was dieser Browser speichert (Einstellungen, gespeicherte Läufe), bleibt erhalten.
run-engine-stopped = Der Lauf ist nach einem unerwarteten Fehler in der Engine stehen geblieben. Versuchen Sie es erneut; passiert es wieder, laden Sie die Seite neu.
