# Why a run failed, and what happened along the way.
# $side is "cloud" (the supervisor's side) or "local" (the worker's).

# Why a run stopped (src/web/error_text.rs, the engine's RunError).
errors-run-no-documents = Es gibt keine Dokumente zum Lesen. Fügen Sie zuerst eine Datei hinzu oder fügen Sie Text ein.
errors-run-no-task = Bitte geben Sie zuerst eine Frage ein.
errors-run-invalid-config = Die Einstellung „{ $setting }“ muss zwischen { $min } und { $max } liegen; sie steht auf { $value }. Ändern Sie sie in den Einstellungen.
errors-run-context-too-small = Die Dokumente benötigen etwa { $needed } Tokens, der Kontext des lokalen Modells fasst jedoch nur { $available }. { $advice }
# $detail: what was wrong with the reply, as the reply reader says it (English).
errors-run-malformed-reply =
    { $side ->
        [cloud] Das Cloud-Modell hat { $attempts } Mal in einer Form geantwortet, die nicht gelesen werden konnte ({ $problem }). Versuchen Sie es erneut oder wählen Sie ein leistungsfähigeres Modell.
       *[local] Das lokale Modell hat { $attempts } Mal in einer Form geantwortet, die nicht gelesen werden konnte ({ $problem }). Versuchen Sie es erneut oder wählen Sie ein leistungsfähigeres Modell.
    }
errors-run-cloud-only-not-confirmed = „Nur Cloud“ sendet Ihre Dokumente an das Cloud-Modell. Der Durchlauf startet erst, nachdem Sie dies für diesen Durchlauf bestätigt haben.
errors-run-documents-must-stay = Laut Ihren Datenschutzeinstellungen verlassen Dokumente dieses Gerät nie, daher kann „Nur Cloud“ nicht ausgeführt werden. Um damit zu vergleichen, deaktivieren Sie „Dokumente verlassen dieses Gerät nie“ unter Einstellungen → Datenschutz.
errors-run-worker-not-on-device = Das lokale Modell unter { $host } befindet sich nicht auf diesem Gerät, und laut Ihren Datenschutzeinstellungen verlassen Dokumente es nie. Wählen Sie in den Einstellungen ein lokales Modell auf diesem Rechner, oder deaktivieren Sie „Dokumente verlassen dieses Gerät nie“ unter Einstellungen → Datenschutz.
errors-run-worker-network-untrusted = Das lokale Modell unter { $host } befindet sich in Ihrem lokalen Netzwerk, und laut Ihren Datenschutzeinstellungen verlassen Dokumente dieses Gerät nie. Wenn Sie diesem Rechner Ihre Dokumente anvertrauen, aktivieren Sie in den Einstellungen daneben „Dieser Adresse meine Dokumente anvertrauen“; wählen Sie andernfalls ein lokales Modell auf diesem Rechner.
errors-run-worker-not-confirmed = Ihre Dokumente würden an { $host } gehen, das sich nicht auf diesem Gerät befindet, und dem haben Sie nicht zugestimmt. Starten Sie den Durchlauf erneut und bestätigen Sie, wenn die Seite nachfragt, oder wählen Sie in den Einstellungen ein lokales Modell auf diesem Rechner.

# What to do when the documents do not fit the local model's context (the end of errors-run-context-too-small).
errors-advice-narrower-question = Stellen Sie eine enger gefasste Frage, oder verwenden Sie MinionS mit einem Cloud-Modell, um die Erkenntnisse zusammenzuführen.
errors-advice-longer-context = Wählen Sie ein lokales Modell mit längerem Kontext.
errors-advice-read-in-chunks = Wählen Sie MinionS, das die Dokumente abschnittsweise liest, oder ein lokales Modell mit längerem Kontext.
errors-advice-shield-off = Schalten Sie den Datenschutzschild aus, oder verwenden Sie ein lokales Modell mit längerem Kontext.

# A model's failure that ended the run. $detail and $message come from the browser or the server, as they said it.
errors-failure-worker-unreachable = Das lokale Modell unter { $host } war nicht erreichbar ({ $detail }). Prüfen Sie, ob Ollama (oder Ihr lokaler Server) läuft; die Verbindungsanzeige in den Einstellungen nennt die Ursache.
errors-failure-supervisor-unreachable = Das Cloud-Modell unter { $host } war nicht erreichbar ({ $detail }). Prüfen Sie die Adresse und Ihre Verbindung.
errors-failure-unauthorized =
    { $side ->
        [cloud] Der Cloud-Dienst hat den API-Schlüssel abgelehnt (HTTP { $status }). Fügen Sie in den Einstellungen einen gültigen Schlüssel ein.
       *[local] Der lokale Dienst hat den API-Schlüssel abgelehnt (HTTP { $status }). Fügen Sie in den Einstellungen einen gültigen Schlüssel ein.
    }
errors-failure-worker-model-missing = Das lokale Modell `{ $model }` ist nicht installiert. Führen Sie `ollama pull { $model }` aus, oder wählen Sie in den Einstellungen ein anderes Modell.
errors-failure-supervisor-model-missing = Der Cloud-Dienst hat kein Modell `{ $model }`. Wählen Sie in den Einstellungen ein anderes Modell.
errors-failure-not-loaded = In dieser Seite ist kein Modell geladen. Öffnen Sie die Einstellungen, wählen Sie unter „In dieser Seite“ ein Modell, klicken Sie auf „Laden“ und starten Sie den Durchlauf erneut.
errors-failure-rate-limited =
    { $side ->
        [cloud] Der Cloud-Dienst hat die Anfragerate auch nach mehreren Wiederholungen begrenzt. Warten Sie eine Minute und starten Sie den Durchlauf dann erneut.
       *[local] Der lokale Dienst hat die Anfragerate auch nach mehreren Wiederholungen begrenzt. Warten Sie eine Minute und starten Sie den Durchlauf dann erneut.
    }
errors-failure-quota-exhausted = Das Cloud-Konto hat kein Kontingent mehr. Laden Sie Guthaben auf oder verwenden Sie einen anderen Schlüssel.
errors-failure-context-overflow =
    { $side ->
        [cloud] Ein Prompt passte nicht in das Kontextfenster des Cloud-Modells. Verwenden Sie MinionS oder kleinere Abschnitte, oder ein Modell mit längerem Kontext.
       *[local] Ein Prompt passte nicht in das Kontextfenster des lokalen Modells. Verwenden Sie MinionS oder kleinere Abschnitte, oder ein Modell mit längerem Kontext.
    }
errors-failure-schema-refused =
    { $side ->
        [cloud] Der Cloud-Server hat das Antwortschema in jeder Form abgelehnt (erzwungen, als JSON, im Prompt). Wählen Sie in den Einstellungen ein anderes Modell oder einen anderen Server.
       *[local] Der lokale Server hat das Antwortschema in jeder Form abgelehnt (erzwungen, als JSON, im Prompt). Wählen Sie in den Einstellungen ein anderes Modell oder einen anderen Server.
    }
# $parameter: one of errors-param-….
errors-failure-unsupported =
    { $side ->
        [cloud] Der Cloud-Server unterstützt `{ $parameter }` nicht. Wählen Sie in den Einstellungen ein anderes Modell oder einen anderen Server.
       *[local] Der lokale Server unterstützt `{ $parameter }` nicht. Wählen Sie in den Einstellungen ein anderes Modell oder einen anderen Server.
    }
errors-failure-server =
    { $side ->
        [cloud] Der Cloud-Server ist auch nach Wiederholungen gescheitert (HTTP { $status }: { $message }). Versuchen Sie es später erneut.
       *[local] Der lokale Server ist auch nach Wiederholungen gescheitert (HTTP { $status }: { $message }). Versuchen Sie es später erneut.
    }
errors-failure-stream-cut =
    { $side ->
        [cloud] Die Antwort des Cloud-Modells brach immer wieder ab ({ $detail }). Versuchen Sie es erneut.
       *[local] Die Antwort des lokalen Modells brach immer wieder ab ({ $detail }). Versuchen Sie es erneut.
    }
errors-failure-timeout =
    { $side ->
        [cloud] Das Cloud-Modell hat { $seconds } s lang nichts gesendet. Es ist möglicherweise ausgelastet oder lädt ein großes Modell; versuchen Sie es erneut.
       *[local] Das lokale Modell hat { $seconds } s lang nichts gesendet. Es ist möglicherweise ausgelastet oder lädt ein großes Modell; versuchen Sie es erneut.
    }
# $change: one of errors-reshape-….
errors-failure-resend =
    { $side ->
        [cloud] Der Cloud-Server hat die Form der Anfrage wiederholt abgelehnt (letzte Änderung: { $change }). Wählen Sie in den Einstellungen ein anderes Modell oder einen anderen Server.
       *[local] Der lokale Server hat die Form der Anfrage wiederholt abgelehnt (letzte Änderung: { $change }). Wählen Sie in den Einstellungen ein anderes Modell oder einen anderen Server.
    }

# A failed call, briefly: put into a notice or shown beside a pool member. Lower case: it goes inside a sentence.
errors-model-unreachable = { $host } nicht erreichbar: { $detail }
errors-model-unauthorized = der Server hat den API-Schlüssel abgelehnt (HTTP { $status })
errors-model-missing = Modell `{ $model }` ist auf dem Server nicht verfügbar
errors-model-rate-limited = der Server begrenzt die Anfragerate
errors-model-rate-limited-wait = der Server begrenzt die Anfragerate (er bittet, { $seconds } s zu warten)
errors-model-quota-exhausted = das Konto hat kein Kontingent mehr
errors-model-not-loaded = in dieser Seite ist kein Modell geladen
errors-model-context-overflow = der Prompt passt nicht in das Kontextfenster des Modells
errors-model-unsupported = der Server unterstützt `{ $parameter }` nicht
errors-model-server = der Server ist gescheitert (HTTP { $status }): { $message }
errors-model-stream-cut = der Antwortstrom brach ab: { $detail }
errors-model-timeout = keine Antwort innerhalb von { $seconds } s
errors-model-resend = die Anfrage muss erneut gesendet werden: { $change }

# Why a job failed, or was split in two. Lower case: it goes inside a sentence.
errors-job-prompt-too-long = der Prompt passt nicht in den Kontext des Workers
errors-job-reply-cut-off = die Antwort wurde durch das Ausgabelimit abgeschnitten
errors-job-cannot-split = der Abschnitt ist zu lang für den Worker und lässt sich nicht teilen
# $problem: what was wrong with the reply (errors-reply-*).
errors-job-unreadable = die Antwort konnte nicht gelesen werden: { $problem }

# Why a model's reply could not be used (lower case: it goes inside a sentence). $field: the reply's field,
# as the schema spells it; $expected: one of errors-expected-*; $allowed: the allowed values, quoted;
# $found: what the reply held, quoted.
errors-reply-no-object = die Antwort enthält kein JSON-Objekt
errors-reply-missing = dem JSON-Objekt fehlt das Feld `{ $field }`
errors-reply-wrong-type = das Feld `{ $field }` sollte { $expected } sein
errors-reply-not-allowed = das Feld `{ $field }` muss { $allowed } sein, nicht { $found }
errors-reply-allowed-any = einer der erlaubten Werte
# A list of alternatives: $init is all but the last, joined by commas.
errors-reply-alternatives = { $init } oder { $last }
errors-reply-empty = das Feld `{ $field }` ist leer
errors-reply-no-tasks = der Plan enthält keine Aufgaben; mindestens eine ist nötig
errors-reply-final-only = dies ist die letzte Runde: nur „final“ wird angenommen, mit der besten Antwort
errors-reply-cut-off = die Antwort wurde an der Ausgabegrenze abgeschnitten; bitte kürzer antworten
errors-reply-no-final-answer = keine endgültige Antwort
errors-reply-empty-rewrite = die Umformulierung des Datenschutzfilters war leer
errors-expected-text = eine Zeichenkette
errors-expected-flag = true oder false
errors-expected-count = eine nicht negative ganze Zahl
errors-expected-texts = eine Liste von Zeichenketten
errors-expected-objects = eine Liste von Objekten
errors-expected-object = ein Objekt
errors-expected-list = eine Liste

# A request's settings, by name.
errors-param-temperature = Temperatur
errors-param-max-output-tokens = maximale Ausgabe-Tokens
errors-param-reasoning-effort = Denkaufwand
errors-param-reply-schema = Antwortschema

# How the request is now sent to a server that refused its form. Lower case: it goes inside a sentence.
errors-reshape-enforced = das Antwortschema wird vom Server erzwungen
errors-reshape-json-only = das Antwortschema steht jetzt im Prompt, und der Server wird um JSON gebeten
errors-reshape-prompt-only = das Antwortschema steht jetzt nur noch im Prompt
errors-reshape-no-stream-usage = der Server meldet den Token-Verbrauch nicht; er wird geschätzt

# Notices during a run. $reason (history, findings, the worker's chat) is one of the reasons below.
errors-note-worker-dropped = Das lokale Modell unter { $host } antwortet nicht mehr ({ $error }); es wurde aus dem Pool genommen, und seine Aufträge gehen an die anderen.
errors-note-history-summarised =
    { $count ->
        [one] Das Cloud-Modell hat { $count } frühere Frage zusammengefasst, um die Unterhaltung innerhalb ihres Budgets zu halten (etwa { $before } → { $after } Tokens).
       *[other] Das Cloud-Modell hat { $count } frühere Fragen zusammengefasst, um die Unterhaltung innerhalb ihres Budgets zu halten (etwa { $before } → { $after } Tokens).
    }
errors-note-history-dropped =
    { $count ->
        [one] { $count } frühere Frage wird dem Cloud-Modell nicht mehr mitgeteilt: { $reason }.
       *[other] { $count } frühere Fragen werden dem Cloud-Modell nicht mehr mitgeteilt: { $reason }.
    }
errors-note-findings-invalidated =
    { $count ->
        [one] { $count } Erkenntnis früherer Fragen wird nicht mehr verwendet: { $reason }.
       *[other] { $count } Erkenntnisse früherer Fragen werden nicht mehr verwendet: { $reason }.
    }
errors-note-worker-chat-restarted = Das lokale Modell beginnt seine Unterhaltung erneut bei den Dokumenten: { $reason }.
errors-note-reply-rejected =
    { $side ->
        [cloud] Eine Antwort des Cloud-Modells konnte nicht gelesen werden ({ $problem }); es wird erneut gefragt.
       *[local] Eine Antwort des lokalen Modells konnte nicht gelesen werden ({ $problem }); es wird erneut gefragt.
    }
errors-note-job-reply-rejected = Die Antwort des lokalen Modells zu Auftrag { $job } konnte nicht gelesen werden ({ $problem }); es wird erneut gefragt.
errors-note-retrying =
    { $side ->
        [cloud] Das Cloud-Modell ist gescheitert ({ $reason }); neuer Versuch in { $seconds } s.
       *[local] Das lokale Modell ist gescheitert ({ $reason }); neuer Versuch in { $seconds } s.
    }
errors-note-parameter-dropped =
    { $side ->
        [cloud] Der Cloud-Server hat die Einstellung `{ $parameter }` abgelehnt; sie wurde weggelassen und die Anfrage erneut gesendet.
       *[local] Der lokale Server hat die Einstellung `{ $parameter }` abgelehnt; sie wurde weggelassen und die Anfrage erneut gesendet.
    }
errors-note-request-reshaped =
    { $side ->
        [cloud] Der Cloud-Server hat die Form der Anfrage abgelehnt; { $change }, und die Anfrage wurde erneut gesendet.
       *[local] Der lokale Server hat die Form der Anfrage abgelehnt; { $change }, und die Anfrage wurde erneut gesendet.
    }
errors-note-job-split = Auftrag { $job } wurde in zwei Teile geteilt und erneut ausgeführt ({ $reason }).
errors-note-review-rejected = Sie haben eine Anfrage an die Cloud abgelehnt: Der Durchlauf wurde beendet, und es wurde nichts weiter gesendet.

# Why earlier questions are left out (the $reason of errors-note-history-dropped). Lower case: it goes inside a sentence.
# $error: why the summary failed (a run error, above).
errors-history-summary-failed = das Cloud-Modell konnte sie nicht zusammenfassen ({ $error })
errors-history-over-budget = sie passen auch zusammengefasst nicht in das Budget der Unterhaltung von { $budget } Tokens
# Why findings are not used again (the $reason of errors-note-findings-invalidated).
errors-findings-document-changed = ein Dokument, aus dem sie stammen, wurde geändert oder entfernt
errors-findings-other-worker = sie stammen von einem anderen lokalen Modell
# Why the local model's conversation starts again (the $reason of errors-note-worker-chat-restarted).
errors-chat-documents-changed = die Dokumente haben sich seit seiner letzten Antwort geändert
errors-chat-worker-changed = seit seiner letzten Antwort wurde ein anderes lokales Modell gewählt
errors-chat-no-longer-fits = seine früheren Fragen und Antworten passen nicht mehr in den Kontext des lokalen Modells

# What the engine changed in the cloud model's plan to keep it within bounds (listed under the plan).
errors-plan-change-default-chunking = Der Plan gab keine Aufteilung in Abschnitte an; die Standardaufteilung wird verwendet.
# $unit: "characters" or "pages".
errors-plan-change-chunk-size =
    { $unit ->
        [pages] Die Abschnittsgröße von { $asked } Seiten liegt außerhalb der zulässigen Grenzen; stattdessen wird { $used } verwendet.
       *[characters] Die Abschnittsgröße von { $asked } Zeichen liegt außerhalb der zulässigen Grenzen; stattdessen wird { $used } verwendet.
    }
errors-plan-change-overlap = Die Überlappung von { $asked } ist zu groß; stattdessen wird { $used } verwendet.
errors-plan-change-too-many-tasks = Der Plan enthielt { $tasks } Aufgaben; nur die ersten { $limit } werden ausgeführt.
# top_k is the plan's field name (chunks per task).
errors-plan-change-top-k-zero = top_k 0 würde nichts ausführen; stattdessen wird 1 verwendet.
errors-plan-change-chunk-cap = Jede Aufgabe wird auf höchstens { $cap } Abschnitten ausgeführt (Ihre Einstellung), ausgewählt nach ihren Schlüsselwörtern.
errors-plan-change-too-many-jobs = { $tasks } Aufgaben über { $per_task } Abschnitte ergäben { $jobs } Aufträge und damit mehr als das Limit von { $limit }; jede Aufgabe wird auf ihren { $lowered } besten Abschnitten ausgeführt.
errors-plan-change-chunks-cut = Ein Abschnitt benötigt etwa { $needed } Tokens, der Worker fasst jedoch nur { $available }; Abschnitte werden auf höchstens { $chars } Zeichen gekürzt.

# What a reply streaming in is for: "round 2: planning".
errors-call-label = Runde { $round }: { $label }
errors-call-open = Eröffnungsfrage
errors-call-answer = Antwort wird verfasst
errors-call-decide = Entscheidung
errors-call-plan = Planung
errors-call-synthesize = Zusammenführung
errors-call-local-synthesize = Erkenntnisse werden zusammengeführt
errors-call-shield = Datenschutzschild
errors-call-judge = Bewertung
errors-call-cloud-answer = Antwort aus den Dokumenten (nur Cloud)
errors-call-summarize = Unterhaltung wird zusammengefasst

# The transcript's own lines. $tasks: the plan's instructions, as the cloud model wrote them.
errors-plan = Plan: { $tasks } — Abschnitte zu je { $size } { $unit }, { $selection }.
errors-plan-unit-chars = Zeichen
errors-plan-unit-pages = Seiten
errors-plan-unit-paragraphs = Absätze
errors-plan-top-k =
    { $count ->
        [one] der beste Abschnitt je Aufgabe
       *[other] die besten { $count } Abschnitte je Aufgabe
    }
errors-plan-every-chunk = jeder Abschnitt
errors-aggregated =
    { $total ->
        [one] { $total } Abschnitt gelesen: { $answered } mit Antwort, { $abstained } ohne Relevantes, { $failed } fehlgeschlagen.
       *[other] { $total } Abschnitte gelesen: { $answered } mit Antwort, { $abstained } ohne Relevantes, { $failed } fehlgeschlagen.
    }
errors-decision-final = Ich habe genug, um zu antworten.

# This page load's connection policy.
errors-policy-new-origin = Diese Seite verbindet sich nur mit den Adressen, mit denen sie geöffnet wurde, und { $origin } ist neu. Öffnen Sie die Einstellungen und klicken Sie auf „Übernehmen und neu laden“, um sie zuzulassen.
errors-policy-unwritable = Diese Seite kann sich nicht mit { $url } verbinden: Die Verbindungsrichtlinie eines Browsers kennt nur Hostnamen und IPv4-Adressen. Geben Sie in den Einstellungen den Namen dieses Rechners oder seine IPv4-Adresse an.

# Run settings the Settings form does not show (named in errors-run-invalid-config).
errors-setting-chunk-units = Seiten oder Absätze pro Abschnitt
errors-setting-jobs-per-round = Aufträge pro Runde
errors-setting-worker-output-tokens = Antwortlimit des lokalen Modells, Tokens
errors-setting-reply-retries = Wiederholungen bei unlesbarer Antwort
