# doctor

# The status lights: which model each is about, where it runs, and the offer
# of the model in the page when nothing answers on this machine.
doctor-worker = Modèle local
doctor-supervisor = Modèle cloud
doctor-place = ({ $place })
doctor-run-in-page = Exécuter plutôt un modèle dans cette page

# What a connection check found, and the fix. A warning the check found
# (a small context, threads off) follows the sentence.
doctor-checking = Vérification de la connexion…
doctor-tab-ready = Exécution dans cette page : { $model }.
doctor-tab-ready-context = Exécution dans cette page : { $model }, contexte de { $context } jetons.
doctor-tab-some-model = un modèle
doctor-tab-missing = Aucun modèle n’est encore chargé dans cette page. Ouvrez les Paramètres, choisissez-en un sous « Dans cette page » et appuyez sur Charger ({ $model }).
doctor-connected =
    { $count ->
        [one] Connecté ; { $count } modèle disponible.
       *[other] Connecté ; { $count } modèles disponibles.
    }
doctor-connected-version =
    { $count ->
        [one] Connecté à la version { $version } ; { $count } modèle disponible.
       *[other] Connecté à la version { $version } ; { $count } modèles disponibles.
    }
doctor-ollama-cors = Ollama est en cours d’exécution mais refuse les requêtes de cette page ({ $origin }). Autorisez cette origine avec OLLAMA_ORIGINS, puis redémarrez Ollama.
doctor-cors = Le serveur à l’adresse { $url } répond mais n’autorise pas les requêtes de cette page ({ $origin }). Activez CORS pour cette origine dans les paramètres du serveur.
doctor-mixed-content = Cette page est servie en https : le navigateur bloque donc les requêtes en http simple vers { $url }. Utilisez une adresse https pour cette machine, exécutez le modèle sur cette machine-ci (http://localhost fonctionne) ou servez cette page depuis votre propre réseau.
doctor-ollama-down = Rien ne répond à l’adresse { $url }. Démarrez Ollama (ouvrez l’application ou lancez `ollama serve`) et vérifiez l’adresse.
doctor-down = Rien ne répond à l’adresse { $url }. Vérifiez l’adresse et votre connexion.
doctor-local-network = Si le navigateur vous a demandé si ce site peut accéder aux appareils de votre réseau local, autorisez-le (paramètres du site → Accès au réseau local), puis vérifiez à nouveau.
doctor-ollama-model-missing = Le modèle `{ $model }` n’est pas installé. Téléchargez-le (pull) ou choisissez l’un des modèles suivants : { $installed }.
doctor-none-installed = (aucun installé)
doctor-model-missing = Le serveur n’a pas de modèle `{ $model }`.
doctor-model-missing-available = Le serveur n’a pas de modèle `{ $model }`. Disponibles : { $available }.
doctor-missing-key = Pas encore de clé d’API : ouvrez les Paramètres et collez-en une. Elle reste dans cet onglet, sauf si vous choisissez de la mémoriser ; les documents ne sont jamais envoyés vers le cloud.
doctor-needs-reload = Pour votre sécurité, cette page ne se connecte qu’aux adresses avec lesquelles elle a été ouverte, et { $origin } est nouvelle. Appuyez sur « Appliquer et recharger » dans les Paramètres pour l’autoriser (collez ensuite de nouveau la clé d’API, sauf si vous avez choisi de la mémoriser).
doctor-bad-key = Le serveur a refusé la clé d’API. Collez une clé valide (elle reste dans cet onglet, sauf si vous choisissez de la mémoriser).

# Steps of a fix in Ollama, one per system. The commands and the lines of the
# service file arrive as they are ($command, $edit, $lines, $restart, $line):
# they are copied into a terminal and never translated.
doctor-step-origins-macos = macOS (l’application Ollama) : { $command } — puis quittez Ollama depuis la barre des menus et rouvrez-le.
doctor-step-origins-linux =
    Linux (systemd) : { $edit } — ajoutez les deux lignes
    { $lines }
    — puis : { $restart }
doctor-step-origins-windows = Windows : { $command } — puis quittez Ollama depuis la barre des tâches et relancez-le depuis le menu Démarrer.
doctor-step-origins-serve = Si vous lancez `ollama serve` à la main : { $command }
doctor-step-parallel-macos = macOS : { $command } — puis redémarrez Ollama.
doctor-step-parallel-linux = Linux (systemd) : ajoutez { $line } à côté de OLLAMA_ORIGINS dans la surcharge du service, puis exécutez daemon-reload et redémarrez.
doctor-step-parallel-windows = Windows : { $command } — puis redémarrez Ollama.

# A warning that does not stop a run.
doctor-warning-small-context = Le contexte du modèle ({ $length } jetons) est plus petit que les { $needed } jetons dont une tâche a besoin : choisissez des extraits plus petits ou un modèle au contexte plus long.
