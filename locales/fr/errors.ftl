# Why a run failed, and what happened along the way.
# $side is "cloud" (the supervisor's side) or "local" (the worker's).

# Why a run stopped (src/web/error_text.rs, the engine's RunError).
errors-run-no-documents = Il n'y a aucun document à lire. Ajoutez d'abord un fichier ou collez du texte.
errors-run-no-task = Veuillez d'abord saisir une question.
errors-run-invalid-config = Le paramètre « { $setting } » doit être compris entre { $min } et { $max } ; il vaut { $value }. Modifiez-le dans les Paramètres.
errors-run-context-too-small = Les documents nécessitent environ { $needed } jetons, mais le contexte du modèle local n'en contient que { $available }. { $advice }
# $detail: what was wrong with the reply, as the reply reader says it (English).
errors-run-malformed-reply =
    { $side ->
        [cloud] Le modèle cloud a répondu { $attempts } fois sous une forme illisible ({ $problem }). Réessayez ou choisissez un modèle plus performant.
       *[local] Le modèle local a répondu { $attempts } fois sous une forme illisible ({ $problem }). Réessayez ou choisissez un modèle plus performant.
    }
errors-run-cloud-only-not-confirmed = Le mode cloud seul envoie vos documents au modèle cloud. Il ne s'exécute qu'après votre confirmation pour cette exécution.
errors-run-documents-must-stay = Selon vos paramètres de confidentialité, les documents ne quittent jamais cet appareil : le mode cloud seul ne peut donc pas s'exécuter. Pour comparer avec lui, décochez « Les documents ne quittent jamais cet appareil » dans Paramètres → Confidentialité.
errors-run-worker-not-on-device = Le modèle local à l'adresse { $host } ne se trouve pas sur cet appareil, et selon vos paramètres de confidentialité, les documents ne le quittent jamais. Choisissez un modèle local sur cette machine dans les Paramètres, ou décochez « Les documents ne quittent jamais cet appareil » dans Paramètres → Confidentialité.
errors-run-worker-network-untrusted = Le modèle local à l'adresse { $host } se trouve sur votre réseau local, et selon vos paramètres de confidentialité, les documents ne quittent jamais cet appareil. Si vous confiez vos documents à cette machine, cochez « Confier mes documents à cette adresse » à côté d'elle dans les Paramètres ; sinon, choisissez un modèle local sur cette machine.
errors-run-worker-not-confirmed = Vos documents seraient envoyés à { $host }, qui ne se trouve pas sur cet appareil, et vous n'y avez pas consenti. Relancez l'exécution et confirmez lorsque la page vous le demande, ou choisissez un modèle local sur cette machine dans les Paramètres.

# What to do when the documents do not fit the local model's context (the end of errors-run-context-too-small).
errors-advice-narrower-question = Posez une question plus ciblée, ou utilisez MinionS avec un modèle cloud pour combiner les résultats.
errors-advice-longer-context = Choisissez un modèle local doté d'un contexte plus long.
errors-advice-read-in-chunks = Choisissez MinionS, qui lit les documents par extraits, ou un modèle local doté d'un contexte plus long.
errors-advice-shield-off = Désactivez le bouclier de confidentialité, ou utilisez un modèle local doté d'un contexte plus long.

# A model's failure that ended the run. $detail and $message come from the browser or the server, as they said it.
errors-failure-worker-unreachable = Le modèle local à l'adresse { $host } est injoignable ({ $detail }). Vérifiez qu'Ollama (ou votre serveur local) est en cours d'exécution ; le voyant de connexion dans les Paramètres indique le problème.
errors-failure-supervisor-unreachable = Le modèle cloud à l'adresse { $host } est injoignable ({ $detail }). Vérifiez l'adresse et votre connexion.
errors-failure-unauthorized =
    { $side ->
        [cloud] Le service cloud a refusé la clé d'API (HTTP { $status }). Collez une clé valide dans les Paramètres.
       *[local] Le service local a refusé la clé d'API (HTTP { $status }). Collez une clé valide dans les Paramètres.
    }
errors-failure-worker-model-missing = Le modèle local `{ $model }` n'est pas installé. Exécutez `ollama pull { $model }`, ou choisissez un autre modèle dans les Paramètres.
errors-failure-supervisor-model-missing = Le service cloud ne propose pas de modèle `{ $model }`. Choisissez un autre modèle dans les Paramètres.
errors-failure-not-loaded = Aucun modèle n'est chargé dans cette page. Ouvrez les Paramètres, choisissez un modèle sous « Dans cette page », cliquez sur « Charger », puis relancez l'exécution.
errors-failure-rate-limited =
    { $side ->
        [cloud] Le service cloud a continué de limiter le débit des requêtes après plusieurs nouvelles tentatives. Patientez une minute, puis relancez l'exécution.
       *[local] Le service local a continué de limiter le débit des requêtes après plusieurs nouvelles tentatives. Patientez une minute, puis relancez l'exécution.
    }
errors-failure-quota-exhausted = Le compte cloud n'a plus de quota. Ajoutez-y du crédit ou utilisez une autre clé.
errors-failure-context-overflow =
    { $side ->
        [cloud] Un prompt ne tenait pas dans la fenêtre de contexte du modèle cloud. Utilisez MinionS ou des extraits plus petits, ou un modèle doté d'un contexte plus long.
       *[local] Un prompt ne tenait pas dans la fenêtre de contexte du modèle local. Utilisez MinionS ou des extraits plus petits, ou un modèle doté d'un contexte plus long.
    }
errors-failure-schema-refused =
    { $side ->
        [cloud] Le serveur cloud a refusé le schéma de réponse sous toutes ses formes (imposé, en JSON, dans le prompt). Choisissez un autre modèle ou serveur dans les Paramètres.
       *[local] Le serveur local a refusé le schéma de réponse sous toutes ses formes (imposé, en JSON, dans le prompt). Choisissez un autre modèle ou serveur dans les Paramètres.
    }
# $parameter: one of errors-param-….
errors-failure-unsupported =
    { $side ->
        [cloud] Le serveur cloud ne prend pas en charge `{ $parameter }`. Choisissez un autre modèle ou serveur dans les Paramètres.
       *[local] Le serveur local ne prend pas en charge `{ $parameter }`. Choisissez un autre modèle ou serveur dans les Paramètres.
    }
errors-failure-server =
    { $side ->
        [cloud] Le serveur cloud a échoué (HTTP { $status } : { $message }) malgré de nouvelles tentatives. Réessayez plus tard.
       *[local] Le serveur local a échoué (HTTP { $status } : { $message }) malgré de nouvelles tentatives. Réessayez plus tard.
    }
errors-failure-stream-cut =
    { $side ->
        [cloud] La réponse du modèle cloud s'est interrompue à plusieurs reprises ({ $detail }). Réessayez.
       *[local] La réponse du modèle local s'est interrompue à plusieurs reprises ({ $detail }). Réessayez.
    }
errors-failure-timeout =
    { $side ->
        [cloud] Le modèle cloud n'a rien envoyé pendant { $seconds } s. Il est peut-être occupé ou en train de charger un grand modèle ; réessayez.
       *[local] Le modèle local n'a rien envoyé pendant { $seconds } s. Il est peut-être occupé ou en train de charger un grand modèle ; réessayez.
    }
# $change: one of errors-reshape-….
errors-failure-resend =
    { $side ->
        [cloud] Le serveur cloud a continué de refuser la forme de la requête (dernière modification : { $change }). Choisissez un autre modèle ou serveur dans les Paramètres.
       *[local] Le serveur local a continué de refuser la forme de la requête (dernière modification : { $change }). Choisissez un autre modèle ou serveur dans les Paramètres.
    }

# A failed call, briefly: put into a notice or shown beside a pool member. Lower case: it goes inside a sentence.
errors-model-unreachable = impossible de joindre { $host } : { $detail }
errors-model-unauthorized = le serveur a refusé la clé d'API (HTTP { $status })
errors-model-missing = le modèle `{ $model }` n'est pas disponible sur le serveur
errors-model-rate-limited = le serveur limite le débit des requêtes
errors-model-rate-limited-wait = le serveur limite le débit des requêtes (il demande d'attendre { $seconds } s)
errors-model-quota-exhausted = le compte n'a plus de quota
errors-model-not-loaded = aucun modèle n'est chargé dans cette page
errors-model-context-overflow = le prompt ne tient pas dans la fenêtre de contexte du modèle
errors-model-unsupported = le serveur ne prend pas en charge `{ $parameter }`
errors-model-server = le serveur a échoué (HTTP { $status }) : { $message }
errors-model-stream-cut = le flux de la réponse s'est interrompu : { $detail }
errors-model-timeout = aucune réponse en { $seconds } s
errors-model-resend = la requête doit être renvoyée : { $change }

# Why a job failed, or was split in two. Lower case: it goes inside a sentence.
errors-job-prompt-too-long = le prompt ne tient pas dans le contexte du worker
errors-job-reply-cut-off = la réponse a été tronquée par la limite de sortie
errors-job-cannot-split = l'extrait est trop long pour le worker et ne peut pas être divisé
# $problem: what was wrong with the reply (errors-reply-*).
errors-job-unreadable = la réponse est illisible : { $problem }

# Why a model's reply could not be used (lower case: it goes inside a sentence). $field: the reply's field,
# as the schema spells it; $expected: one of errors-expected-*; $allowed: the allowed values, quoted;
# $found: what the reply held, quoted.
errors-reply-no-object = la réponse ne contient aucun objet JSON
errors-reply-missing = l'objet JSON n'a pas de champ `{ $field }`
errors-reply-wrong-type = le champ `{ $field }` devrait être { $expected }
errors-reply-not-allowed = le champ `{ $field }` doit valoir { $allowed }, pas { $found }
errors-reply-allowed-any = l'une des valeurs permises
# A list of alternatives: $init is all but the last, joined by commas.
errors-reply-alternatives = { $init } ou { $last }
errors-reply-empty = le champ `{ $field }` est vide
errors-reply-no-tasks = le plan ne contient aucune sous-tâche ; il en faut au moins une
errors-reply-final-only = c'est le dernier tour : seul « final » est accepté, avec la meilleure réponse
errors-reply-cut-off = la réponse a été coupée à la limite de sortie ; répondre plus brièvement
errors-reply-no-final-answer = pas de réponse finale
errors-reply-empty-rewrite = la reformulation du filtre de confidentialité était vide
errors-expected-text = une chaîne de caractères
errors-expected-flag = true ou false
errors-expected-count = un entier positif ou nul
errors-expected-texts = une liste de chaînes
errors-expected-objects = une liste d'objets
errors-expected-object = un objet
errors-expected-list = une liste

# A request's settings, by name.
errors-param-temperature = température
errors-param-max-output-tokens = nombre maximal de jetons en sortie
errors-param-reasoning-effort = effort de raisonnement
errors-param-reply-schema = schéma de réponse

# How the request is now sent to a server that refused its form. Lower case: it goes inside a sentence.
errors-reshape-enforced = le schéma de réponse est imposé par le serveur
errors-reshape-json-only = le schéma de réponse figure désormais dans le prompt, et le serveur est prié de répondre en JSON
errors-reshape-prompt-only = le schéma de réponse ne figure désormais que dans le prompt
errors-reshape-no-stream-usage = le serveur n'indique pas la consommation de jetons ; elle est estimée

# Notices during a run. $reason (history, findings, the worker's chat) is one of the reasons below.
errors-note-worker-dropped = Le modèle local à l'adresse { $host } ne répond plus ({ $error }) ; il a été retiré du pool et ses tâches sont confiées aux autres.
errors-note-history-summarised =
    { $count ->
        [one] Le modèle cloud a résumé { $count } question précédente pour maintenir la conversation dans son budget (environ { $before } → { $after } jetons).
       *[other] Le modèle cloud a résumé { $count } questions précédentes pour maintenir la conversation dans son budget (environ { $before } → { $after } jetons).
    }
errors-note-history-dropped =
    { $count ->
        [one] { $count } question précédente n'est plus transmise au modèle cloud : { $reason }.
       *[other] { $count } questions précédentes ne sont plus transmises au modèle cloud : { $reason }.
    }
errors-note-findings-invalidated =
    { $count ->
        [one] { $count } résultat de questions précédentes ne sera plus utilisé : { $reason }.
       *[other] { $count } résultats de questions précédentes ne seront plus utilisés : { $reason }.
    }
errors-note-worker-chat-restarted = Le modèle local reprend sa conversation depuis les documents : { $reason }.
errors-note-reply-rejected =
    { $side ->
        [cloud] Une réponse du modèle cloud est illisible ({ $problem }) ; la question est reposée.
       *[local] Une réponse du modèle local est illisible ({ $problem }) ; la question est reposée.
    }
errors-note-job-reply-rejected = La réponse du modèle local à la tâche { $job } est illisible ({ $problem }) ; la question est reposée.
errors-note-retrying =
    { $side ->
        [cloud] Le modèle cloud a échoué ({ $reason }) ; nouvelle tentative dans { $seconds } s.
       *[local] Le modèle local a échoué ({ $reason }) ; nouvelle tentative dans { $seconds } s.
    }
errors-note-parameter-dropped =
    { $side ->
        [cloud] Le serveur cloud a refusé le paramètre `{ $parameter }` ; il a été omis et la requête renvoyée.
       *[local] Le serveur local a refusé le paramètre `{ $parameter }` ; il a été omis et la requête renvoyée.
    }
errors-note-request-reshaped =
    { $side ->
        [cloud] Le serveur cloud a refusé la forme de la requête ; { $change }, et la requête a été renvoyée.
       *[local] Le serveur local a refusé la forme de la requête ; { $change }, et la requête a été renvoyée.
    }
errors-note-job-split = La tâche { $job } a été divisée en deux et relancée ({ $reason }).
errors-note-review-rejected = Vous avez refusé une requête vers le cloud : l'exécution s'est arrêtée et rien d'autre n'a été envoyé.

# Why earlier questions are left out (the $reason of errors-note-history-dropped). Lower case: it goes inside a sentence.
# $error: why the summary failed (a run error, above).
errors-history-summary-failed = le modèle cloud n'a pas pu les résumer ({ $error })
errors-history-over-budget = même résumées, elles dépassent le budget de { $budget } jetons de la conversation
# Why findings are not used again (the $reason of errors-note-findings-invalidated).
errors-findings-document-changed = un document dont ils proviennent a été modifié ou retiré
errors-findings-other-worker = ils proviennent d'un autre modèle local
# Why the local model's conversation starts again (the $reason of errors-note-worker-chat-restarted).
errors-chat-documents-changed = les documents ont changé depuis sa dernière réponse
errors-chat-worker-changed = un autre modèle local a été choisi depuis sa dernière réponse
errors-chat-no-longer-fits = ses questions et réponses précédentes ne tiennent plus dans le contexte du modèle local

# What the engine changed in the cloud model's plan to keep it within bounds (listed under the plan).
errors-plan-change-default-chunking = Le plan n'indiquait aucun découpage ; le découpage par défaut est utilisé.
# $unit: "characters" or "pages".
errors-plan-change-chunk-size =
    { $unit ->
        [pages] La taille d'extrait de { $asked } pages est hors limites ; la valeur { $used } est retenue.
       *[characters] La taille d'extrait de { $asked } caractères est hors limites ; la valeur { $used } est retenue.
    }
errors-plan-change-overlap = Le chevauchement de { $asked } est trop grand ; la valeur { $used } est retenue.
errors-plan-change-too-many-tasks = Le plan comportait { $tasks } sous-tâches ; seules les { $limit } premières sont exécutées.
# top_k is the plan's field name (chunks per task).
errors-plan-change-top-k-zero = top_k 0 n'exécuterait rien ; la valeur 1 est retenue.
errors-plan-change-chunk-cap = Chaque sous-tâche porte sur au plus { $cap } extraits (votre paramètre), choisis selon ses mots-clés.
errors-plan-change-too-many-jobs = { $tasks } sous-tâches sur { $per_task } extraits donneraient { $jobs } tâches, au-delà de la limite de { $limit } ; chaque sous-tâche porte sur ses { $lowered } meilleurs extraits.
errors-plan-change-chunks-cut = Un extrait nécessite environ { $needed } jetons, mais le worker n'en contient que { $available } ; les extraits sont réduits à { $chars } caractères au plus.

# What a reply streaming in is for: "round 2: planning".
errors-call-label = tour { $round } : { $label }
errors-call-open = question d'ouverture
errors-call-answer = réponse en cours
errors-call-decide = décision
errors-call-plan = planification
errors-call-synthesize = synthèse
errors-call-local-synthesize = combinaison des résultats
errors-call-shield = bouclier de confidentialité
errors-call-judge = notation
errors-call-cloud-answer = réponse à partir des documents (cloud seul)
errors-call-summarize = résumé de la conversation

# The transcript's own lines. $tasks: the plan's instructions, as the cloud model wrote them.
errors-plan = Plan : { $tasks } — extraits de { $size } { $unit }, { $selection }.
errors-plan-unit-chars = caractères
errors-plan-unit-pages = pages
errors-plan-unit-paragraphs = paragraphes
errors-plan-top-k =
    { $count ->
        [one] le meilleur extrait par tâche
       *[other] les { $count } meilleurs extraits par tâche
    }
errors-plan-every-chunk = tous les extraits
errors-aggregated =
    { $total ->
        [one] { $total } extrait lu : { $answered } avec une réponse, { $abstained } sans élément pertinent, { $failed } en échec.
       *[other] { $total } extraits lus : { $answered } avec une réponse, { $abstained } sans élément pertinent, { $failed } en échec.
    }
errors-decision-final = J'ai assez d'éléments pour répondre.

# This page load's connection policy.
errors-policy-new-origin = Cette page ne se connecte qu'aux adresses avec lesquelles elle a été ouverte, et { $origin } est nouvelle. Ouvrez les Paramètres et cliquez sur « Appliquer et recharger » pour l'autoriser.
errors-policy-unwritable = Cette page ne peut pas se connecter à { $url } : la politique de connexion d'un navigateur ne connaît que les noms d'hôte et les adresses IPv4. Indiquez dans les Paramètres le nom de cette machine ou son adresse IPv4.

# Run settings the Settings form does not show (named in errors-run-invalid-config).
errors-setting-chunk-units = Pages ou paragraphes par extrait
errors-setting-jobs-per-round = Tâches par tour
errors-setting-worker-output-tokens = Limite de réponse du modèle local, jetons
errors-setting-reply-retries = Nouvelles tentatives après une réponse illisible
