# run: the run panel, workers and the pool, cost, "What left this device", the consent dialog.

# The run panel's heading: "Run", then the protocol and the round.
run-title = Durchlauf
run-title-round = { $protocol } · Runde { $round } von { $rounds }

# How long the run has taken ($seconds and $rate arrive written as numbers).
run-elapsed = { $seconds } s
run-elapsed-speed = { $seconds } s · lokales Modell { $rate } Tokens/s
run-seconds = { $seconds } s

# A follow-up question in a conversation; the second and third sentences follow the first.
run-follow-up = Eine Folgefrage: Das Cloud-Modell kannte { $count ->
        [one] die { $count } frühere Frage
       *[other] die { $count } früheren Fragen
    } dieser Unterhaltung.
run-follow-up-reused = { $reused ->
        [one] { $reused } von { $count } Aufträgen wurde
       *[other] { $reused } von { $count } Aufträgen wurden
    } aus deren Erkenntnissen beantwortet, ohne das lokale Modell zu fragen.
run-follow-up-chat = Das lokale Modell hat seinen Chat fortgesetzt ({ $count ->
        [one] { $count } frühere Nachricht
       *[other] { $count } frühere Nachrichten
    }).

# The table of local models in the pool.
run-pool-caption = Lokale Modelle im Pool
run-pool-address = Adresse
run-pool-calls = Aufrufe
run-pool-rate = Tokens/s
run-pool-failures = Fehler
run-pool-left = { $failures } (aus dem Pool genommen)

# The local model runs the jobs sent to it one after the other ($ratio: how much longer they wait).
run-queueing = Das lokale Modell bearbeitet die Aufträge nacheinander, obwohl { $count } gleichzeitig gesendet werden (sie warten { $ratio }× länger, als ihre Berechnung dauert). Erlauben Sie Ollama, { $count } gleichzeitig auszuführen:

# A cloud request held for approval; $link is the link to the panel below.
run-review-pending = Eine Cloud-Anfrage wartet unter „{ $link }“ auf Ihre Entscheidung.

# A change the engine made to the plan ($change is the engine's sentence).
run-plan-changed = Plan angepasst: { $change }

# The transcript: who wrote each message, in which round.
run-who-reasoning = Überlegungen der Cloud
run-who-cloud = Cloud
run-who-local = Lokal
run-msg-who = { $who } · Runde { $round }
run-msg-shielded = vom Datenschutzfilter umgeschrieben
run-msg-before-shield = Vor dem Datenschutzfilter (auf diesem Gerät geblieben)

# The jobs of MinionS: progress, one cell per job, the timeline.
run-jobs-done = Aufträge erledigt
run-job-title = Auftrag { $job } · Aufgabe { $task } · { $document } { $pages }
run-timeline-job = Auftrag { $job }: { $seconds } s
run-timeline-caption = Aufträge im Zeitverlauf (eine Zeile je Auftrag)
run-timeline-label = Zeitachse der Aufträge des Workers

# Where a worker is, and what that means for the documents.
run-place-here = Ihre Dokumente bleiben auf diesem Gerät.
run-place-network = Ihre Dokumente gelangen über Ihr lokales Netzwerk zu diesem Rechner. Solange „Dokumente verlassen dieses Gerät nie“ aktiviert ist, ist das nur erlaubt, wenn Sie ihm vertrauen.
run-place-elsewhere = Ihre Dokumente würden dieses Gerät verlassen und an diesen Server gehen: Die Seite fragt vor jedem Durchlauf nach, sofern Sie nichts anderes festgelegt haben, und lehnt ab, solange „Dokumente verlassen dieses Gerät nie“ aktiviert ist.
run-trust-network = Dieser Adresse meine Dokumente anvertrauen
run-consent-remembered = Sie haben festgelegt, Dokumente ohne Nachfrage hierher zu senden.
run-consent-forget = Wieder nachfragen

# One more local model of the pool (Settings).
run-endpoint-legend = Lokales Modell { $number }
run-endpoint-server = Server
run-endpoint-ollama = Ollama
run-endpoint-openai = OpenAI-kompatibel (llama.cpp, LM Studio, vLLM)
run-endpoint-address = Adresse
run-endpoint-model = Modell
run-endpoint-concurrency = Gleichzeitige Aufträge
run-endpoint-reachable = Erreichbar, Modell gefunden.
run-endpoint-checking = Wird geprüft…
run-endpoint-remove = Entfernen
run-pool-intro = Weitere lokale Modelle (ein GPU-Rechner, ein anderer Laptop) teilen sich die MinionS-Aufträge mit diesem; Minion und „Nur lokal“ verwenden nur das erste.
run-pool-add = Lokales Modell hinzufügen

# The cost panel ($ratio, $tokens and the amounts arrive written as numbers).
run-cost-title = Kosten
run-cost-cloud-tokens = Cloud-Tokens, dieser Durchlauf
run-cost-cloud-only-tokens = Cloud-Tokens, nur Cloud (Schätzung)
run-cost-local-tokens = Lokale Tokens
run-cost-local-read = Gelesene lokale Prompt-Tokens
run-cost-local-cached = { $read } ({ $cached } aus dem Cache des Servers)
run-cost-local-time = Zeit des lokalen Modells
run-cost-cheaper = { $ratio }× günstiger, als die Dokumente zu senden; { $tokens } Tokens sind auf diesem Gerät geblieben.
run-cost-dearer = Diese Dokumente sind so kurz, dass es { $ratio }× weniger gekostet hätte, sie an die Cloud zu senden; { $tokens } Tokens sind auf diesem Gerät geblieben.
run-cost-nothing-sent = Nichts wurde an die Cloud gesendet; { $tokens } Tokens sind auf diesem Gerät geblieben.
run-cost-dollars = { $run } für diesen Durchlauf; { $only }, um alles an die Cloud zu senden.
run-cost-no-price = Für dieses Modell ist kein Preis bekannt; vergleichen Sie die Tokens.
run-cost-bars-label = Cloud-Tokens: dieser Durchlauf im Vergleich zu nur Cloud
run-cost-bar-run = dieser Durchlauf
run-cost-bar-cloud-only = nur Cloud

# A cloud request held for approval.
run-review-title = Wartet auf Ihre Freigabe
run-review-ready = Eine Anfrage an { $host } (Runde { $round }) ist bereit. Nichts wird gesendet, bevor Sie entscheiden.
run-review-quotes = Sie gibt diese Passagen Ihrer Dokumente wörtlich wieder:
run-review-message = Die neueste Nachricht, wie sie gesendet würde (Sie können sie bearbeiten)
run-review-body = Die vollständige Anfrage
run-review-send-edit = Meine Bearbeitung senden
run-review-approve = Freigeben und senden
run-review-withhold = Ohne die Zitate senden
run-review-reject = Ablehnen und beenden

# "What left this device": the audit of requests ($bytes arrives as written digits).
run-audit-title = Was dieses Gerät verlassen hat
run-audit-nothing = Nichts wurde von diesem Gerät gesendet.
run-audit-summary = { $count ->
        [one] { $count } Anfrage an die Cloud, insgesamt { $bytes } Bytes.
       *[other] { $count } Anfragen an die Cloud, insgesamt { $bytes } Bytes.
    }
run-audit-summary-workers = { $count ->
        [one] { $count } Anfrage an die Cloud
       *[other] { $count } Anfragen an die Cloud
    } und { $workers } an lokale Modelle außerhalb dieses Geräts, insgesamt { $bytes } Bytes.
run-audit-export = Exportieren (JSON)
run-audit-lane-cloud = Cloud
run-audit-lane-local = lokales Modell
run-audit-entry = { $lane } #{ $number } · Runde { $round } · { $host } · { $bytes } Bytes · { $seconds } s
run-audit-verbatim = { $count ->
        [one] { $chars } Zeichen Dokumenttext
       *[other] { $chars } Zeichen Dokumenttext
    }
run-audit-no-verbatim = kein Dokumenttext
run-audit-reply = Die Antwort darauf

# The connection lights' requests, listed as metadata.
run-checks-title = Verbindungsprüfungen
run-checks-intro = Anfragen, die die Verbindungsanzeigen an Server außerhalb dieses Geräts gestellt haben: kein Dokumenttext, nur diese Angaben.
run-check = { $seconds } s · { $method } { $host }{ $path } · { $key }
run-check-with-key = mit dem API-Schlüssel
run-check-no-key = ohne Schlüssel

# The dialog before documents go to a worker not on this device; $hosts is shown in bold.
run-consent-title = Ihre Dokumente an einen anderen Rechner senden?
run-consent-text = Das lokale Modell unter { $hosts } befindet sich nicht auf diesem Gerät. Um zu antworten, erhält es den Text Ihrer Dokumente: Wer diesen Server betreibt, kann sie lesen und speichern. Bisher wurde nichts gesendet.
run-consent-remember = Für diese Adresse nicht mehr nachfragen
run-consent-send = Dorthin senden
run-consent-keep = Hier behalten
run-consent-declined = Sie haben Ihre Dokumente auf diesem Gerät behalten: An { $hosts } wurde nichts gesendet. Wählen Sie für einen Durchlauf in den Einstellungen ein lokales Modell auf diesem Rechner, oder starten Sie erneut und bestätigen Sie.
