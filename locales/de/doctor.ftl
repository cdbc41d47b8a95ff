# doctor

# The status lights: which model each is about, where it runs, and the offer
# of the model in the page when nothing answers on this machine.
doctor-worker = Lokales Modell
doctor-supervisor = Cloud-Modell
doctor-place = ({ $place })
doctor-run-in-page = Stattdessen ein Modell in dieser Seite ausführen

# What a connection check found, and the fix. A warning the check found
# (a small context, threads off) follows the sentence.
doctor-checking = Verbindung wird geprüft…
doctor-tab-ready = Läuft in dieser Seite: { $model }.
doctor-tab-ready-context = Läuft in dieser Seite: { $model }, Kontext { $context } Tokens.
doctor-tab-some-model = ein Modell
doctor-tab-missing = In dieser Seite ist noch kein Modell geladen. Öffnen Sie die Einstellungen, wählen Sie unter „In dieser Seite“ ein Modell und klicken Sie auf „Laden“ ({ $model }).
doctor-connected =
    { $count ->
        [one] Verbunden; { $count } Modell verfügbar.
       *[other] Verbunden; { $count } Modelle verfügbar.
    }
doctor-connected-version =
    { $count ->
        [one] Verbunden mit Version { $version }; { $count } Modell verfügbar.
       *[other] Verbunden mit Version { $version }; { $count } Modelle verfügbar.
    }
doctor-ollama-cors = Ollama läuft, lehnt aber Anfragen von dieser Seite ab ({ $origin }). Erlauben Sie diesen Ursprung mit OLLAMA_ORIGINS und starten Sie Ollama anschließend neu.
doctor-cors = Der Server unter { $url } antwortet, erlaubt aber keine Anfragen von dieser Seite ({ $origin }). Aktivieren Sie CORS für diesen Ursprung in den Einstellungen des Servers.
doctor-mixed-content = Diese Seite wird über https ausgeliefert, daher blockiert der Browser unverschlüsselte http-Anfragen an { $url }. Verwenden Sie für diesen Rechner eine https-Adresse, führen Sie das Modell auf diesem Rechner aus (http://localhost funktioniert) oder stellen Sie diese Seite aus Ihrem eigenen Netzwerk bereit.
doctor-ollama-down = Unter { $url } antwortet nichts. Starten Sie Ollama (öffnen Sie die App oder führen Sie `ollama serve` aus) und prüfen Sie die Adresse.
doctor-down = Unter { $url } antwortet nichts. Prüfen Sie die Adresse und Ihre Verbindung.
doctor-local-network = Falls der Browser gefragt hat, ob diese Website Geräte in Ihrem lokalen Netzwerk erreichen darf, erlauben Sie es (Website-Einstellungen → Zugriff auf lokales Netzwerk) und prüfen Sie dann erneut.
doctor-ollama-model-missing = Das Modell `{ $model }` ist nicht installiert. Laden Sie es herunter (pull) oder wählen Sie eines der folgenden: { $installed }.
doctor-none-installed = (keines installiert)
doctor-model-missing = Der Server hat kein Modell `{ $model }`.
doctor-model-missing-available = Der Server hat kein Modell `{ $model }`. Verfügbar: { $available }.
doctor-missing-key = Noch kein API-Schlüssel: Öffnen Sie die Einstellungen und fügen Sie einen ein. Er bleibt in diesem Tab, sofern Sie ihn nicht speichern lassen; die Dokumente gelangen nie in die Cloud.
doctor-needs-reload = Zu Ihrer Sicherheit verbindet sich diese Seite nur mit den Adressen, mit denen sie geöffnet wurde, und { $origin } ist neu. Klicken Sie in den Einstellungen auf „Übernehmen und neu laden“, um die Adresse zu erlauben (fügen Sie den API-Schlüssel danach erneut ein, sofern Sie ihn nicht speichern lassen).
doctor-bad-key = Der Server hat den API-Schlüssel abgelehnt. Fügen Sie einen gültigen Schlüssel ein (er bleibt in diesem Tab, sofern Sie ihn nicht speichern lassen).

# Steps of a fix in Ollama, one per system. The commands and the lines of the
# service file arrive as they are ($command, $edit, $lines, $restart, $line):
# they are copied into a terminal and never translated.
doctor-step-origins-macos = macOS (die Ollama-App): { $command } — beenden Sie Ollama anschließend über die Menüleiste und öffnen Sie es erneut.
doctor-step-origins-linux =
    Linux (systemd): { $edit } — fügen Sie die beiden Zeilen hinzu
    { $lines }
    — anschließend: { $restart }
doctor-step-origins-windows = Windows: { $command } — beenden Sie Ollama anschließend über die Taskleiste und starten Sie es über das Startmenü erneut.
doctor-step-origins-serve = Wenn Sie `ollama serve` von Hand starten: { $command }
doctor-step-parallel-macos = macOS: { $command } — starten Sie Ollama anschließend neu.
doctor-step-parallel-linux = Linux (systemd): Fügen Sie { $line } neben OLLAMA_ORIGINS in der Service-Überschreibung hinzu, führen Sie dann daemon-reload aus und starten Sie neu.
doctor-step-parallel-windows = Windows: { $command } — starten Sie Ollama anschließend neu.

# A warning that does not stop a run.
doctor-warning-small-context = Der Kontext des Modells ({ $length } Tokens) ist kleiner als die { $needed } Tokens, die ein Auftrag braucht: Wählen Sie kleinere Abschnitte oder ein Modell mit längerem Kontext.
