# Settings: the panel, its fieldsets and every setting's label.

settings-title = Paramètres

# A server address outside what this page load may reach.
settings-policy-new-address = { $origin } est une nouvelle adresse. Pour votre sécurité, cette page ne se connecte qu'aux adresses avec lesquelles elle a été ouverte ; rechargez-la pour l'autoriser.
settings-policy-paste-key = Collez ensuite à nouveau la clé d'API (elle n'est pas mémorisée).
settings-policy-reload = Appliquer et recharger

# The local model (worker).
settings-local-legend = Modèle local (lit vos documents)
settings-server = Serveur
settings-server-ollama = Ollama
settings-server-openai = Compatible OpenAI (llama.cpp, LM Studio, vLLM)
settings-server-tab = Dans cette page (rien à installer)
settings-worker-address = Adresse
settings-worker-model = Modèle
settings-worker-concurrency = Tâches simultanées
settings-worker-temperature = Température
settings-worker-context = Longueur de contexte si le serveur ne l'indique pas

# The cloud model (supervisor).
settings-cloud-legend = Modèle cloud (ne voit jamais vos documents)
settings-supervisor-address = Adresse de l'API
settings-supervisor-key = Clé d'API
settings-remember-key = Mémoriser la clé sur cet appareil
settings-supervisor-model = Modèle
settings-reasoning-effort = Effort de raisonnement (série o, gpt-5)
settings-effort-default = par défaut
settings-effort-low = faible
settings-effort-medium = moyen
settings-effort-high = élevé

# Protocol limits and documents.
settings-limits-legend = Limites du protocole
settings-supervisor-max-tokens = Longueur maximale d'une réponse du cloud, jetons
settings-supervisor-context = Contexte du modèle cloud, jetons
settings-conversation-budget = Mémoire de la conversation pour le modèle cloud, jetons (au-delà, les questions plus anciennes sont résumées)
settings-max-rounds = Tours
settings-max-tasks = Tâches par tour (MinionS)
settings-top-k = Nombre maximal d'extraits par tâche, MinionS (0 : le modèle cloud décide)
settings-chunk-size = Taille des extraits, caractères
settings-send-citations = Envoyer au cloud les citations du modèle local
settings-keep-documents = Conserver les documents dans ce navigateur d'un rechargement à l'autre
settings-max-file-mb = Taille maximale d'un fichier à lire, Mo
settings-clear-documents = Effacer les documents enregistrés

# Privacy controls. The placeholders in brackets are what the redactor writes: keep them as they are.
settings-privacy-legend = Confidentialité (ce qui peut quitter cet appareil)
settings-redact = Remplacer les données personnelles par des marqueurs ([EMAIL_1], [PHONE_2]…) avant tout envoi
settings-redact-names = Noms de personnes à masquer, un par ligne
settings-redact-terms = Autres termes à masquer (projets, entreprises, lieux), un par ligne
settings-shield = Bouclier de confidentialité : le modèle local réécrit ses rapports sans détails personnels avant que le cloud ne les voie
settings-verbatim-words = Citations des documents : suites d'au moins ce nombre de mots
# Continues the line above: "Quotes … are withheld".
settings-verbatim-policy = …sont
settings-verbatim-withhold = retenues (remplacées par un court marqueur)
settings-verbatim-ask = soumises à ma décision
settings-verbatim-send = envoyées (et comptées dans le journal)
settings-approve-requests = Retenir chaque requête au cloud jusqu'à ce que je l'approuve
settings-never-leave = Les documents ne quittent jamais cet appareil (désactive la référence cloud seul des évaluations)

# Prices. $date is the day the table was checked (2026-11-25), $source where its prices come from.
settings-prices-legend = Prix (dollars US par million de jetons)
settings-prices-in-use = En vigueur : { $count ->
        [one] { $count } modèle
       *[other] { $count } modèles
    }, dernière vérification le { $date } ({ $source }).
settings-prices-label = Table des prix au format JSON
settings-prices-placeholder = Vide : la table fournie. Collez un JSON semblable à celui fourni pour modifier les prix.
settings-prices-edit = Modifier la table fournie
settings-prices-invalid = La table des prix n'est pas un JSON valide ({ $error }) ; les valeurs par défaut sont utilisées.

# The Ask box's protocol choice (the protocols' own names are in app.ftl).
settings-protocol-auto = Automatique
settings-protocol-auto-explained = Choisit Minion pour les documents courts, MinionS pour les longs, local seul sans modèle cloud.
settings-protocol-minion-explained = Le modèle cloud pose les questions, le modèle local répond à partir de tous vos documents ; le moins coûteux en jetons cloud.
settings-protocol-minions-explained = Le modèle cloud planifie de petites tâches, le modèle local les exécute extrait par extrait ; le meilleur choix pour les longs documents.
settings-protocol-local-explained = Uniquement le modèle local ; rien ne quitte cet appareil.
settings-protocol-cloud-explained = Uniquement le modèle cloud, qui lit vos documents ; la référence de l'évaluation.

# Sizes of downloads (decimal units); $size is a number.
settings-size-mb = { $size } Mo
settings-size-gb = { $size } Go

# The in-page model panel.
settings-tab-model = Modèle
settings-tab-another = Autre GGUF (son adresse ci-dessous)
settings-tab-address = Adresse du GGUF
settings-tab-file = Ou un fichier GGUF de cet ordinateur
settings-tab-load = Charger
settings-tab-resume = Reprendre
settings-tab-cancel = Annuler
settings-tab-remove = Supprimer
settings-tab-stored = Enregistrés dans ce navigateur :
settings-tab-stored-incomplete = { $stored } sur { $total }, incomplet
settings-tab-storage-left = Espace restant pour cette page : { $size }.
# A built-in model: what it is good for (a sentence below), its licence's name, its context in tokens, its download size.
settings-tab-about = { $good_for } Licence : { $licence }. Contexte jusqu'à { $context } jetons. Téléchargement : { $size }.

# What each built-in model is good for.
settings-model-qwen25-05b = Le choix par défaut : suit bien les instructions et le JSON pour sa taille, dans de nombreuses langues.
settings-model-smollm2-360m = Le plus petit téléchargement ; réponses rapides à partir de courts documents en anglais.
settings-model-llama32-1b = Lecture générale en anglais et dans les principales langues européennes.
settings-model-gemma3-1b = De nombreuses langues (plus de 140) ; réponses courtes et fluides.
settings-model-qwen25-15b = Les meilleures réponses de cette liste, sur une machine dotée d'au moins 8 Go de mémoire.

# The in-page model's progress line.
settings-tab-none = Aucun modèle n'est encore chargé dans cette page.
settings-tab-downloading = Téléchargement : { $loaded }
settings-tab-downloading-of = Téléchargement : { $loaded } sur { $total } ({ $percent })
settings-tab-resumed-at = (repris à { $size })
settings-tab-loading = Chargement de { $name }…
settings-tab-ready = Prêt : { $name }, contexte de { $context } jetons, { $threads ->
        [one] { $threads } thread
       *[other] { $threads } threads
    }.
settings-tab-single-thread = Cette page n'est pas isolée entre origines (cross-origin isolated) : le modèle s'exécute donc sur 1 des { $threads } threads ; rechargez la page une fois pour les utiliser tous.
# What Load will fetch, as the connection light offers it.
settings-tab-offer = { $name }, un téléchargement de { $size }
settings-tab-offer-none = choisissez un modèle

# The in-page model's failures. $detail comes from the browser or the runtime, as it came.
settings-tab-no-address = Saisissez une adresse GGUF, choisissez un modèle intégré ou sélectionnez un fichier.
settings-tab-new-origin = Cette page ne se connecte qu'aux adresses avec lesquelles elle a été ouverte, et { $origin } est nouvelle. Cliquez sur « Appliquer et recharger » ci-dessus pour l'autoriser, puis de nouveau sur Charger.
settings-tab-gone = le modèle n'est plus dans le stockage de ce navigateur
settings-tab-header-endless = son en-tête ne se termine jamais
settings-failure-not-gguf = Ce fichier n'est pas un modèle GGUF (il ne commence pas par « GGUF »). Choisissez un fichier .gguf, par exemple sur Hugging Face.
settings-failure-version = Ce fichier GGUF est en version { $version }, que llama.cpp ne lit plus. Téléchargez une conversion plus récente du modèle.
settings-failure-truncated = Le fichier du modèle est incomplet : il contient { $have } des { $need } nécessaires. Cliquez sur Charger pour reprendre le téléchargement, ou choisissez de nouveau le fichier complet.
settings-failure-damaged = Le fichier du modèle est endommagé ({ $detail }). Supprimez-le et téléchargez-le de nouveau.
settings-failure-too-big = Ce modèle nécessite environ { $need } de mémoire, plus que cette page ne peut en utiliser ici (environ { $limit }). Choisissez un modèle plus petit ou un contexte plus court.
settings-failure-http-404 = L'adresse du modèle répond 404 (introuvable). Vérifiez l'URL ; sur Hugging Face, utilisez le lien « resolve » du fichier.
settings-failure-http-refused = L'adresse du modèle a refusé le téléchargement (HTTP { $status }) ; les modèles à accès restreint exigent que vous acceptiez leur licence sur Hugging Face. Choisissez un modèle ouvert, ou téléchargez le fichier et sélectionnez-le sur le disque.
settings-failure-http = L'adresse du modèle a répondu HTTP { $status }. Réessayez plus tard, ou téléchargez le fichier et sélectionnez-le sur le disque.
settings-failure-network = Le téléchargement a échoué ({ $detail }). Vérifiez la connexion et cliquez sur Charger pour reprendre ; ce qui a déjà été reçu est conservé.
settings-failure-storage = Ce navigateur n'a pas pu enregistrer le modèle ({ $detail }). Libérez de l'espace, quittez la navigation privée ou choisissez un modèle plus petit.
settings-failure-cancelled = Annulé. Ce qui a déjà été reçu est conservé : Charger reprend le téléchargement.
settings-failure-load = Le modèle n'a pas pu être chargé ({ $detail }). Il est peut-être endommagé ou d'une architecture que cette version de llama.cpp ne connaît pas ; supprimez-le et essayez-en un autre.
settings-failure-memory = Le modèle ne tient pas dans la mémoire que cette page peut utiliser ({ $detail }). Choisissez un modèle plus petit ou un contexte plus court.
settings-failure-library = L'environnement d'exécution du modèle dans cette page n'a pas pu démarrer ({ $detail }). Rechargez la page ; si le problème persiste, il manque à ce navigateur des fonctions WebAssembly nécessaires.
