# run: the run panel, workers and the pool, cost, "What left this device", the consent dialog.

# The run panel's heading: "Run", then the protocol and the round.
run-title = Exécution
run-title-round = { $protocol } · tour { $round } sur { $rounds }

# How long the run has taken ($seconds and $rate arrive written as numbers).
run-elapsed = { $seconds } s
run-elapsed-speed = { $seconds } s · modèle local { $rate } jetons/s
run-seconds = { $seconds } s

# A follow-up question in a conversation; the second and third sentences follow the first.
run-follow-up = Une question de suivi : le modèle cloud a pris connaissance { $count ->
        [one] de la { $count } question précédente
       *[other] des { $count } questions précédentes
    } de cette conversation.
run-follow-up-reused = { $reused ->
        [one] { $reused } tâche sur { $count } a reçu sa réponse
       *[other] { $reused } tâches sur { $count } ont reçu leur réponse
    } à partir de ses résultats, sans interroger le modèle local.
run-follow-up-chat = Le modèle local a poursuivi sa discussion ({ $count ->
        [one] { $count } message précédent
       *[other] { $count } messages précédents
    }).

# The table of local models in the pool.
run-pool-caption = Modèles locaux du pool
run-pool-address = Adresse
run-pool-calls = Appels
run-pool-rate = Jetons/s
run-pool-failures = Échecs
run-pool-left = { $failures } (retiré du pool)

# The local model runs the jobs sent to it one after the other ($ratio: how much longer they wait).
run-queueing = Le modèle local traite les tâches une par une, bien que { $count } soient envoyées en même temps (elles attendent { $ratio }× plus longtemps que leur calcul ne dure). Pour Ollama, autorisez-en { $count } à la fois :

# A cloud request held for approval; $link is the link to the panel below.
run-review-pending = Une requête vers le cloud attend votre décision dans « { $link } ».

# A change the engine made to the plan ($change is the engine's sentence).
run-plan-changed = Plan ajusté : { $change }

# The transcript: who wrote each message, in which round.
run-who-reasoning = Raisonnement du cloud
run-who-cloud = Cloud
run-who-local = Local
run-msg-who = { $who } · tour { $round }
run-msg-shielded = réécrit par le filtre de confidentialité
run-msg-before-shield = Avant le filtre (resté sur cet appareil)

# The jobs of MinionS: progress, one cell per job, the timeline.
run-jobs-done = tâches terminées
run-job-title = Tâche { $job } · sous-tâche { $task } · { $document } { $pages }
run-timeline-job = tâche { $job } : { $seconds } s
run-timeline-caption = Tâches dans le temps (une ligne par tâche)
run-timeline-label = Chronologie des tâches du worker

# Where a worker is, and what that means for the documents.
run-place-here = Vos documents restent sur cet appareil.
run-place-network = Vos documents transitent par votre réseau local jusqu'à cette machine. Tant que « Les documents ne quittent jamais cet appareil » est coché, cela n'est permis que si vous lui faites confiance.
run-place-elsewhere = Vos documents quitteraient cet appareil pour ce serveur : la page vous le demande avant chaque exécution, sauf si vous avez indiqué le contraire, et refuse tant que « Les documents ne quittent jamais cet appareil » est coché.
run-trust-network = Confier mes documents à cette adresse
run-consent-remembered = Vous avez choisi d'envoyer les documents ici sans confirmation.
run-consent-forget = Redemander

# One more local model of the pool (Settings).
run-endpoint-legend = Modèle local { $number }
run-endpoint-server = Serveur
run-endpoint-ollama = Ollama
run-endpoint-openai = Compatible OpenAI (llama.cpp, LM Studio, vLLM)
run-endpoint-address = Adresse
run-endpoint-model = Modèle
run-endpoint-concurrency = Tâches simultanées
run-endpoint-reachable = Accessible, modèle trouvé.
run-endpoint-checking = Vérification…
run-endpoint-remove = Retirer
run-pool-intro = D'autres modèles locaux (une machine avec GPU, un autre ordinateur portable) se partagent les tâches de MinionS avec celui-ci ; Minion et « Local seul » n'utilisent que le premier.
run-pool-add = Ajouter un modèle local

# The cost panel ($ratio, $tokens and the amounts arrive written as numbers).
run-cost-title = Coût
run-cost-cloud-tokens = Jetons cloud, cette exécution
run-cost-cloud-only-tokens = Jetons cloud, cloud seul (estimation)
run-cost-local-tokens = Jetons locaux
run-cost-local-read = Jetons de prompt lus en local
run-cost-local-cached = { $read } (dont { $cached } issus du cache du serveur)
run-cost-local-time = Temps du modèle local
run-cost-cheaper = { $ratio }× moins cher que l'envoi des documents ; { $tokens } jetons sont restés sur cet appareil.
run-cost-dearer = Ces documents sont si courts que les envoyer au cloud aurait coûté { $ratio }× moins ; { $tokens } jetons sont restés sur cet appareil.
run-cost-nothing-sent = Rien n'a été envoyé au cloud ; { $tokens } jetons sont restés sur cet appareil.
run-cost-dollars = { $run } pour cette exécution ; { $only } pour tout envoyer au cloud.
run-cost-no-price = Aucun prix n'est connu pour ce modèle ; comparez les jetons.
run-cost-bars-label = Jetons cloud : cette exécution comparée à cloud seul
run-cost-bar-run = cette exécution
run-cost-bar-cloud-only = cloud seul

# A cloud request held for approval.
run-review-title = En attente de votre approbation
run-review-ready = Une requête vers { $host } (tour { $round }) est prête. Rien ne part avant votre décision.
run-review-quotes = Elle reprend mot pour mot ces passages de vos documents :
run-review-message = Le dernier message, tel qu'il partirait (vous pouvez le modifier)
run-review-body = La requête complète
run-review-send-edit = Envoyer ma modification
run-review-approve = Approuver et envoyer
run-review-withhold = Envoyer sans les citations
run-review-reject = Refuser et arrêter

# "What left this device": the audit of requests ($bytes arrives as written digits).
run-audit-title = Ce qui a quitté cet appareil
run-audit-nothing = Rien n'a été envoyé depuis cet appareil.
run-audit-summary = { $count ->
        [one] { $count } requête vers le cloud, { $bytes } octets au total.
       *[other] { $count } requêtes vers le cloud, { $bytes } octets au total.
    }
run-audit-summary-workers = { $count ->
        [one] { $count } requête vers le cloud
       *[other] { $count } requêtes vers le cloud
    } et { $workers } vers des modèles locaux hors de cet appareil, { $bytes } octets au total.
run-audit-export = Exporter (JSON)
run-audit-lane-cloud = cloud
run-audit-lane-local = modèle local
run-audit-entry = { $lane } n° { $number } · tour { $round } · { $host } · { $bytes } octets · { $seconds } s
run-audit-verbatim = { $count ->
        [one] { $chars } caractère de texte des documents
       *[other] { $chars } caractères de texte des documents
    }
run-audit-no-verbatim = aucun texte des documents
run-audit-reply = Sa réponse

# The connection lights' requests, listed as metadata.
run-checks-title = Vérifications de connexion
run-checks-intro = Requêtes envoyées par les voyants de connexion à des serveurs hors de cet appareil : aucun texte des documents, uniquement ces informations.
run-check = { $seconds } s · { $method } { $host }{ $path } · { $key }
run-check-with-key = avec la clé d'API
run-check-no-key = sans clé

# The dialog before documents go to a worker not on this device; $hosts is shown in bold.
run-consent-title = Envoyer vos documents vers une autre machine ?
run-consent-text = Le modèle local à l'adresse { $hosts } ne se trouve pas sur cet appareil. Pour répondre, il reçoit le texte de vos documents : la personne qui exploite ce serveur peut les lire et les conserver. Rien n'a encore été envoyé.
run-consent-remember = Ne plus demander pour cette adresse
run-consent-send = Les y envoyer
run-consent-keep = Les garder ici
run-consent-declined = Vous avez gardé vos documents sur cet appareil : rien n'a été envoyé à { $hosts }. Pour lancer l'exécution, choisissez un modèle local sur cette machine dans les Paramètres, ou relancez et confirmez.
