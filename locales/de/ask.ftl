# The question box.
ask-title = Frage stellen
ask-placeholder-first = Was möchten Sie über diese Dokumente wissen?
ask-placeholder-follow-up = Stellen Sie eine Anschlussfrage oder beginnen Sie eine neue Unterhaltung
ask-question-label = Frage
ask-protocol = Protokoll
ask-run = Ausführen
ask-cancel = Abbrechen
ask-new-conversation = Neue Unterhaltung
ask-new-conversation-title = Die Fragen und Antworten dieser Unterhaltung für die nächste Frage vergessen (sie bleibt im Verlauf)
ask-status = Status:
# The keyboard shortcut; { $keys } stands for the keys Ctrl+Enter, shown as keys.
ask-shortcut = { $keys } führt die Frage aus.
ask-key-ctrl = Strg
ask-key-enter = Enter

ask-auto-no-supervisor = Es ist kein Cloud-Modell eingerichtet, daher antwortet das lokale Modell allein.
ask-auto-everything = Die Frage betrifft die Dokumente als Ganzes (etwa { $tokens } Tokens), daher werden sie Abschnitt für Abschnitt gelesen: MinionS.
ask-auto-short = Die Dokumente sind kurz (etwa { $tokens } Tokens), daher kann das lokale Modell sie ganz lesen: Minion.
ask-auto-long = Die Dokumente sind lang (etwa { $tokens } Tokens), daher werden sie in Abschnitten gelesen: MinionS.

# The conversation so far.
ask-conversation-title = Unterhaltung
ask-turn-failed = Der Durchlauf ist fehlgeschlagen:
ask-turn-no-answer = Keine Antwort.
ask-turn-summary = { $protocol } · { $status } · { $tokens } Cloud-Tokens
ask-turn-show = Transkript, Kosten und Protokoll dazu anzeigen
ask-turn-working = In Arbeit: Das Transkript steht unten.
ask-conversation-totals =
    { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }: { $tokens } Cloud-Tokens, gegenüber etwa { $cloud_only }, wenn die Dokumente mit jeder Frage gesendet würden.
ask-conversation-totals-priced =
    { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }: { $tokens } Cloud-Tokens, gegenüber etwa { $cloud_only }, wenn die Dokumente mit jeder Frage gesendet würden ({ $dollars }; { $cloud_only_dollars } nur Cloud).

# The answer panel.
ask-answer-title = Antwort
ask-answer-placeholder = Hier erscheint die Antwort.
ask-answer-citations = Wo das lokale Modell die Antwort gefunden hat (bleibt auf diesem Gerät)
ask-answer-passage = Die gelesene Textstelle öffnen

# History: saved conversations.
ask-history-title = Verlauf
ask-history-empty = Unterhaltungen werden hier in diesem Browser gespeichert.
ask-history-eval-runs =
    { $count ->
        [one] { $count } Durchlauf von Evaluierungen wird mit den Ergebnissen unter „Evaluieren“ aufbewahrt.
       *[other] { $count } Durchläufe von Evaluierungen werden mit den Ergebnissen unter „Evaluieren“ aufbewahrt.
    }
ask-history-forget-eval = Löschen
ask-history-questions =
    { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }
ask-history-open-title = Diese Unterhaltung erneut öffnen, um sie zu lesen oder fortzusetzen
ask-history-export-md = Markdown
ask-history-export-json = JSON
ask-history-delete-label = Diese Unterhaltung löschen
ask-history-delete = Löschen

# The Markdown export of a run.
ask-export-protocol = Protokoll: { $protocol }
ask-export-status = Status: { $status }
ask-export-document = Dokument: { $name } ({ $chars } Zeichen, Fingerabdruck { $fingerprint })
ask-export-answer = Antwort
ask-export-failed = Der Durchlauf ist fehlgeschlagen: { $error }
ask-export-transcript = Transkript
ask-export-who-cloud-reasoning = Überlegungen der Cloud
ask-export-who-cloud = Cloud
ask-export-who-local = Lokal
ask-export-message = { $who }, Runde { $round }:
ask-export-cost = Kosten
ask-export-cloud-tokens = Cloud-Tokens: { $prompt } Prompt, { $completion } Ausgabe
ask-export-cloud-only = Nur Cloud (Schätzung): { $prompt } Prompt-Tokens
ask-export-local-tokens = Lokale Tokens: { $prompt } Prompt, { $completion } Ausgabe
ask-export-audit = Was dieses Gerät verlassen hat
ask-export-requests =
    { $count ->
        [one] { $count } Anfrage.
       *[other] { $count } Anfragen.
    }
ask-export-request-cloud = Anfrage { $number } an das Cloud-Modell (Runde { $round }, { $host }, { $bytes } Bytes, { $chars } Zeichen Dokumenttext)
ask-export-request-local = Anfrage { $number } an das lokale Modell (Runde { $round }, { $host }, { $bytes } Bytes, { $chars } Zeichen Dokumenttext)

# The Markdown export of a conversation.
ask-export-conversation = Unterhaltung: { $title }
ask-export-questions =
    { $count ->
        [one] { $count } Frage.
       *[other] { $count } Fragen.
    }
ask-export-conversation-cloud = Cloud-Tokens, gesamte Unterhaltung: { $tokens }
ask-export-conversation-cloud-only = Nur Cloud (Schätzung, die Dokumente mit jeder Frage gesendet): { $tokens }
ask-export-question = Frage { $number }:
