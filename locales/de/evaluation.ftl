# evaluation

# The panel's heading, introduction and question-set buttons.
evaluation-title = Mit Ihren Dokumenten evaluieren
evaluation-intro = Stellen Sie dieselben Fragen mit Minion, MinionS, dem lokalen Modell allein und (sofern Sie es erlauben) dem Cloud-Modell allein, und vergleichen Sie Genauigkeit und Kosten.
evaluation-sample = Mit einem Beispiel ausprobieren
evaluation-import = Fragen importieren (JSONL oder CSV)
evaluation-export-set = Fragen exportieren

# Importing a question set: a refused line, and why.
evaluation-import-line = Zeile { $line }: { $reason }
evaluation-import-too-large = { $name } ist größer als { $size }; ein Fragenkatalog enthält eine Frage pro Zeile
evaluation-import-unreadable = { $name } konnte nicht als Text gelesen werden.
evaluation-import-empty = die Datei enthält keine Fragen (ein JSON-Objekt oder eine CSV-Zeile pro Zeile, jeweils mit Frage und Antwort)
evaluation-import-more-errors =
    ebenfalls abgelehnt, dazu { $count ->
        [one] { $count } weitere Zeile
       *[other] { $count } weitere Zeilen
    }

# Why a line of a question set, or a written question, is refused ($detail is the JSON reader's message; match, exact, number, contains and judge are the file's own words).
evaluation-problem-not-json = es ist kein gültiges JSON ({ $detail })
evaluation-problem-not-object = es ist kein JSON-Objekt
evaluation-problem-no-header = die erste Zeile muss die Spalten benennen, mindestens question und answer
evaluation-problem-no-question = es fehlt die Frage
evaluation-problem-no-answer = es fehlt die erwartete Antwort
evaluation-problem-bad-tolerance = die Toleranz „{ $tolerance }“ ist keine Zahl
evaluation-problem-bad-match = match muss exact, number, contains oder judge sein, nicht „{ $rule }“
evaluation-problem-no-number = match ist number, aber die erwartete Antwort „{ $answer }“ enthält keine Zahl
evaluation-problem-id-used = die ID „{ $id }“ wird bereits in Zeile { $line } verwendet
evaluation-problem-id-in-set = die ID „{ $id }“ wird in diesem Fragenkatalog bereits verwendet

# Why a row has no answer: none of the documents its question names is loaded ($names: their names).
evaluation-row-not-loaded = Keines der in der Frage genannten Dokumente ist geladen: { $names }.

# Writing a question.
evaluation-write = Frage verfassen
evaluation-write-question = Frage
evaluation-write-answer = Erwartete Antwort
evaluation-write-match = Abgleich
evaluation-match-exact = exakt (ohne Beachtung von Groß-/Kleinschreibung und Satzzeichen)
evaluation-match-judge = Bewertung (das Cloud-Modell entscheidet)
evaluation-write-tolerance = Toleranz (z. B. 1 %)
evaluation-write-add = Frage hinzufügen
evaluation-write-refused = Diese Frage kann nicht hinzugefügt werden: { $reason }.

# How an answer is matched (the rule names of question sets).
evaluation-rule-exact = exakt
evaluation-rule-number = Zahl
evaluation-rule-contains = enthält
evaluation-rule-judge = Bewertung

# The question list: the expected answer and its rule, the remove button.
evaluation-question-expected = → { $answer } ({ $rule })
evaluation-remove = entfernen
evaluation-remove-label = Diese Frage entfernen

# The protocols to compare, the run and its progress.
evaluation-compare = Vergleichen
evaluation-cloud-off = „Nur Cloud“ ist deaktiviert: Laut Ihren Datenschutzeinstellungen verlassen Dokumente dieses Gerät nie.
evaluation-run = Evaluierung ausführen
evaluation-cancel = Abbrechen
evaluation-progress =
    { $done } von { $total ->
        [one] { $total } Durchlauf
       *[other] { $total } Durchläufen
    } · { $seconds } s · { $cloud ->
        [one] { $cloud } Cloud-Token
       *[other] { $cloud } Cloud-Tokens
    } · { $local ->
        [one] { $local } lokales Token
       *[other] { $local } lokale Tokens
    }

# Why an evaluation cannot start or stopped.
evaluation-refused-no-questions = Fügen Sie zuerst Fragen hinzu: Importieren Sie einen Fragenkatalog, verfassen Sie unten eine Frage oder probieren Sie das Beispiel aus.
evaluation-refused-no-protocols = Wählen Sie mindestens ein Protokoll zum Vergleich aus.
evaluation-refused-no-documents = Laden Sie zuerst die Dokumente, auf die sich die Fragen beziehen (oder probieren Sie das Beispiel aus).
evaluation-all-failed = Alle Durchläufe sind fehlgeschlagen. Der erste meldete: { $reply }

# The consent dialog before cloud-only rows send the documents.
evaluation-consent-title = Ihre Dokumente für die Vergleichsbasis „Nur Cloud“ an die Cloud senden?
evaluation-consent-warning = „Nur Cloud“ sendet den vollständigen Text dieser Dokumente an { $url } – insgesamt { $count } Zeichen. Die anderen Protokolle behalten sie auf diesem Gerät.
evaluation-consent-document = { $name }: { $count } Zeichen
evaluation-consent-note = Das Protokoll der gesendeten Daten kennzeichnet jede solche Anfrage. Diese Zustimmung gilt nur für diese Evaluierung.
evaluation-consent-send = Senden und ausführen
evaluation-consent-keep = Nicht senden

# The results: heading, the pictures' caption, the exports.
evaluation-results = Ergebnisse
evaluation-pictures-caption = Links: ein Punkt pro Protokoll. Rechts: für jede Frage ein Balken pro Protokolldurchlauf (Minion, MinionS, nur lokal, nur Cloud, in dieser Reihenfolge); grün richtig, rot falsch, grau nicht bewertet.
evaluation-export-json = Ergebnisse exportieren (JSON)
evaluation-export-csv = Ergebnisse exportieren (CSV)

# The tables' column headings.
evaluation-column-protocol = Protokoll
evaluation-column-accuracy = Genauigkeit
evaluation-column-cloud-tokens = Cloud-Tokens
evaluation-column-cloud-dollars = Cloud-Kosten ($)
evaluation-column-local-tokens = Lokale Tokens
evaluation-column-time = Zeit
evaluation-column-against-cloud = Im Vergleich zu „Nur Cloud“
evaluation-column-question = Frage
evaluation-column-right = Richtig?
evaluation-column-reply = Antwort
evaluation-column-run = Durchlauf

# The tables' cells: a duration, the comparison with cloud only ($kept is a percentage), the link to a run.
evaluation-seconds = { $seconds } s
evaluation-against-none = erreicht { $kept } der Genauigkeit ohne Cloud-Tokens
evaluation-against-fraction = erreicht { $kept } der Genauigkeit mit 1/{ $ratio } der Cloud-Tokens
evaluation-against-multiple = erreicht { $kept } der Genauigkeit mit dem { $ratio }-Fachen der Cloud-Tokens
evaluation-open-run = Durchlauf öffnen

# A row's verdict, as the bars' titles say it.
evaluation-verdict-true = richtig
evaluation-verdict-false = falsch
evaluation-verdict-unknown = nicht bewertet

# The cost–accuracy plot: its text alternative, a point's title ($accuracy is a percentage), the axis.
evaluation-plot-label = Genauigkeit im Verhältnis zu den Cloud-Tokens, ein Punkt pro Protokoll
evaluation-plot-point =
    { $protocol }: { $accuracy } bei { $tokens ->
        [one] { $tokens } Cloud-Token
       *[other] { $tokens } Cloud-Tokens
    }
evaluation-plot-axis = Cloud-Tokens (logarithmische Skala)

# The per-question bars: text alternative, a bar's title, the axis.
evaluation-bars-label = Cloud-Tokens pro Frage und Protokoll; die Farbe zeigt, ob die Antwort richtig war
evaluation-bars-bar =
    { $question } · { $protocol }: { $verdict } · { $tokens ->
        [one] { $tokens } Cloud-Token
       *[other] { $tokens } Cloud-Tokens
    }
evaluation-bars-axis = Fragen · Cloud-Tokens (logarithmische Skala)
