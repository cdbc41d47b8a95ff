# Settings: the panel, its fieldsets and every setting's label.

settings-title = Einstellungen

# A server address outside what this page load may reach.
settings-policy-new-address = { $origin } ist eine neue Adresse. Zu Ihrer Sicherheit verbindet sich diese Seite nur mit den Adressen, mit denen sie geöffnet wurde; laden Sie sie neu, um die Adresse zuzulassen.
settings-policy-paste-key = Fügen Sie danach den API-Schlüssel erneut ein (er wird nicht gespeichert).
settings-policy-reload = Übernehmen und neu laden

# The local model (worker).
settings-local-legend = Lokales Modell (liest Ihre Dokumente)
settings-server = Server
settings-server-ollama = Ollama
settings-server-openai = OpenAI-kompatibel (llama.cpp, LM Studio, vLLM)
settings-server-tab = In dieser Seite (keine Installation nötig)
settings-worker-address = Adresse
settings-worker-model = Modell
settings-worker-concurrency = Gleichzeitige Aufträge
settings-worker-temperature = Temperatur
settings-worker-context = Kontextlänge, falls der Server sie nicht angibt

# The cloud model (supervisor).
settings-cloud-legend = Cloud-Modell (sieht Ihre Dokumente nie)
settings-supervisor-address = API-Adresse
settings-supervisor-key = API-Schlüssel
settings-remember-key = Schlüssel auf diesem Gerät speichern
settings-supervisor-model = Modell
settings-reasoning-effort = Denkaufwand (o-Serie, gpt-5)
settings-effort-default = Standard
settings-effort-low = niedrig
settings-effort-medium = mittel
settings-effort-high = hoch

# Protocol limits and documents.
settings-limits-legend = Grenzen des Protokolls
settings-supervisor-max-tokens = Höchstlänge einer Cloud-Antwort, Tokens
settings-supervisor-context = Kontext des Cloud-Modells, Tokens
settings-conversation-budget = Gedächtnis der Unterhaltung für das Cloud-Modell, Tokens (ältere Fragen werden darüber hinaus zusammengefasst)
settings-max-rounds = Runden
settings-max-tasks = Aufgaben pro Runde (MinionS)
settings-top-k = Höchstzahl der Abschnitte pro Aufgabe, MinionS (0: das Cloud-Modell entscheidet)
settings-chunk-size = Abschnittsgröße, Zeichen
settings-send-citations = Zitate des lokalen Modells an die Cloud senden
settings-keep-documents = Dokumente in diesem Browser über das Neuladen hinaus behalten
settings-max-file-mb = Größte einzulesende Datei, MB
settings-clear-documents = Gespeicherte Dokumente löschen

# Privacy controls. The placeholders in brackets are what the redactor writes: keep them as they are.
settings-privacy-legend = Datenschutz (was dieses Gerät verlassen darf)
settings-redact = Personenbezogene Daten vor jedem Senden durch Platzhalter ([EMAIL_1], [PHONE_2]…) ersetzen
settings-redact-names = Namen von Personen, die verborgen werden sollen, einer pro Zeile
settings-redact-terms = Weitere zu verbergende Begriffe (Projekte, Unternehmen, Orte), einer pro Zeile
settings-shield = Datenschutzschild: Das lokale Modell schreibt seine Berichte ohne persönliche Angaben um, bevor die Cloud sie sieht
settings-verbatim-words = Zitate aus den Dokumenten: Folgen von so vielen Wörtern oder mehr
# Continues the line above: "Quotes … are withheld".
settings-verbatim-policy = …werden
settings-verbatim-withhold = zurückgehalten (durch eine kurze Markierung ersetzt)
settings-verbatim-ask = mir zur Entscheidung vorgelegt
settings-verbatim-send = gesendet (und im Protokoll gezählt)
settings-approve-requests = Jede Cloud-Anfrage zurückhalten, bis ich sie freigebe
settings-never-leave = Dokumente verlassen dieses Gerät nie (schaltet den Nur-Cloud-Vergleich der Evaluierungen ab)

# Prices. $date is the day the table was checked (2026-11-25), $source where its prices come from.
settings-prices-legend = Preise (US$ pro Million Tokens)
settings-prices-in-use = Verwendet: { $count ->
        [one] { $count } Modell
       *[other] { $count } Modelle
    }, zuletzt geprüft am { $date } ({ $source }).
settings-prices-label = Preistabelle als JSON
settings-prices-placeholder = Leer: die mitgelieferte Tabelle. Fügen Sie JSON wie das mitgelieferte ein, um Preise zu ändern.
settings-prices-edit = Mitgelieferte Tabelle bearbeiten
settings-prices-invalid = Die Preistabelle ist kein gültiges JSON ({ $error }); die Standardwerte werden verwendet.

# The Ask box's protocol choice (the protocols' own names are in app.ftl).
settings-protocol-auto = Automatisch
settings-protocol-auto-explained = Wählt Minion für kurze Dokumente, MinionS für lange, nur lokal ohne Cloud-Modell.
settings-protocol-minion-explained = Das Cloud-Modell fragt, das lokale Modell antwortet aus all Ihren Dokumenten; am günstigsten bei Cloud-Tokens.
settings-protocol-minions-explained = Das Cloud-Modell plant kleine Aufträge, das lokale Modell führt sie Abschnitt für Abschnitt aus; am besten bei langen Dokumenten.
settings-protocol-local-explained = Nur das lokale Modell; nichts verlässt dieses Gerät.
settings-protocol-cloud-explained = Nur das Cloud-Modell, das Ihre Dokumente liest; der Vergleichswert der Evaluierung.

# Sizes of downloads (decimal units); $size is a number.
settings-size-mb = { $size } MB
settings-size-gb = { $size } GB

# The in-page model panel.
settings-tab-model = Modell
settings-tab-another = Anderes GGUF (Adresse unten)
settings-tab-address = GGUF-Adresse
settings-tab-file = Oder eine GGUF-Datei von diesem Computer
settings-tab-load = Laden
settings-tab-resume = Fortsetzen
settings-tab-cancel = Abbrechen
settings-tab-remove = Entfernen
settings-tab-stored = In diesem Browser gespeichert:
settings-tab-stored-incomplete = { $stored } von { $total }, unvollständig
settings-tab-storage-left = Verbleibender Speicher für diese Seite: { $size }.
# A built-in model: what it is good for (a sentence below), its licence's name, its context in tokens, its download size.
settings-tab-about = { $good_for } Lizenz: { $licence }. Kontext bis { $context } Tokens. Download: { $size }.

# What each built-in model is good for.
settings-model-qwen25-05b = Die Voreinstellung: befolgt Anweisungen und JSON für seine Größe gut, in vielen Sprachen.
settings-model-smollm2-360m = Der kleinste Download; schnelle Antworten aus kurzen englischen Dokumenten.
settings-model-llama32-1b = Allgemeines Lesen auf Englisch und in den wichtigsten europäischen Sprachen.
settings-model-gemma3-1b = Viele Sprachen (über 140); flüssige kurze Antworten.
settings-model-qwen25-15b = Die besten Antworten dieser Liste, auf einem Rechner mit 8 GB Arbeitsspeicher oder mehr.

# The in-page model's progress line.
settings-tab-none = In dieser Seite ist noch kein Modell geladen.
settings-tab-downloading = Download: { $loaded }
settings-tab-downloading-of = Download: { $loaded } von { $total } ({ $percent })
settings-tab-resumed-at = (fortgesetzt bei { $size })
settings-tab-loading = { $name } wird geladen…
settings-tab-ready = Bereit: { $name }, Kontext { $context } Tokens, { $threads ->
        [one] { $threads } Thread
       *[other] { $threads } Threads
    }.
settings-tab-single-thread = Diese Seite ist nicht ursprungsübergreifend isoliert (cross-origin isolated), daher läuft das Modell auf 1 von { $threads } Threads; laden Sie die Seite einmal neu, um alle zu nutzen.
# What Load will fetch, as the connection light offers it.
settings-tab-offer = { $name }, ein Download von { $size }
settings-tab-offer-none = Modell auswählen

# The in-page model's failures. $detail comes from the browser or the runtime, as it came.
settings-tab-no-address = Geben Sie eine GGUF-Adresse ein, wählen Sie ein integriertes Modell oder eine Datei.
settings-tab-new-origin = Diese Seite verbindet sich nur mit den Adressen, mit denen sie geöffnet wurde, und { $origin } ist neu. Klicken Sie oben auf „Übernehmen und neu laden“, um sie zuzulassen, und dann erneut auf Laden.
settings-tab-gone = das Modell ist nicht mehr im Speicher dieses Browsers
settings-tab-header-endless = sein Header endet nie
settings-failure-not-gguf = Diese Datei ist kein GGUF-Modell (sie beginnt nicht mit „GGUF“). Wählen Sie eine .gguf-Datei, zum Beispiel von Hugging Face.
settings-failure-version = Diese GGUF-Datei hat Version { $version }, die llama.cpp nicht mehr liest. Laden Sie eine neuere Konvertierung des Modells herunter.
settings-failure-truncated = Die Modelldatei ist unvollständig: Sie enthält { $have } der benötigten { $need }. Klicken Sie auf Laden, um den Download fortzusetzen, oder wählen Sie die vollständige Datei erneut.
settings-failure-damaged = Die Modelldatei ist beschädigt ({ $detail }). Entfernen Sie sie und laden Sie sie erneut herunter.
settings-failure-too-big = Dieses Modell benötigt etwa { $need } Arbeitsspeicher, mehr als diese Seite hier nutzen kann (etwa { $limit }). Wählen Sie ein kleineres Modell oder einen kürzeren Kontext.
settings-failure-http-404 = Die Modelladresse antwortet mit 404 (nicht gefunden). Prüfen Sie die URL; verwenden Sie auf Hugging Face den „resolve“-Link der Datei.
settings-failure-http-refused = Die Modelladresse hat den Download abgelehnt (HTTP { $status }); für zugangsbeschränkte Modelle müssen Sie deren Lizenz auf Hugging Face akzeptieren. Wählen Sie ein offenes Modell, oder laden Sie die Datei herunter und wählen Sie sie von der Festplatte.
settings-failure-http = Die Modelladresse antwortete mit HTTP { $status }. Versuchen Sie es später erneut, oder laden Sie die Datei herunter und wählen Sie sie von der Festplatte.
settings-failure-network = Der Download ist fehlgeschlagen ({ $detail }). Prüfen Sie die Verbindung und klicken Sie auf Laden, um fortzusetzen; was bereits angekommen ist, bleibt erhalten.
settings-failure-storage = Dieser Browser konnte das Modell nicht speichern ({ $detail }). Geben Sie Speicherplatz frei, verlassen Sie den privaten Modus oder wählen Sie ein kleineres Modell.
settings-failure-cancelled = Abgebrochen. Was bereits angekommen ist, bleibt erhalten: Laden setzt den Download fort.
settings-failure-load = Das Modell konnte nicht geladen werden ({ $detail }). Es ist möglicherweise beschädigt oder hat eine Architektur, die dieses llama.cpp nicht kennt; entfernen Sie es und versuchen Sie ein anderes.
settings-failure-memory = Das Modell passt nicht in den Arbeitsspeicher, den diese Seite nutzen kann ({ $detail }). Wählen Sie ein kleineres Modell oder einen kürzeren Kontext.
settings-failure-library = Die Laufzeitumgebung für das Modell in dieser Seite konnte nicht starten ({ $detail }). Laden Sie die Seite neu; bleibt der Fehler bestehen, fehlen diesem Browser benötigte WebAssembly-Funktionen.
