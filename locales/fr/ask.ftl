# The question box.
ask-title = Poser une question
ask-placeholder-first = Que souhaitez-vous savoir sur ces documents ?
ask-placeholder-follow-up = Posez une question complémentaire, ou commencez une nouvelle conversation
ask-question-label = Question
ask-protocol = Protocole
ask-run = Lancer
ask-cancel = Annuler
ask-new-conversation = Nouvelle conversation
ask-new-conversation-title = Oublier les questions et réponses de cette conversation pour la prochaine question (elle reste dans l’historique)
ask-status = État :
# The keyboard shortcut; { $keys } stands for the keys Ctrl+Enter, shown as keys.
ask-shortcut = { $keys } lance la question.
ask-key-ctrl = Ctrl
ask-key-enter = Entrée

ask-auto-no-supervisor = Aucun modèle cloud n’est configuré : le modèle local répond seul.
ask-auto-everything = La question porte sur l’ensemble des documents (environ { $tokens } jetons) : ils sont lus extrait par extrait, avec MinionS.
ask-auto-short = Les documents sont courts (environ { $tokens } jetons) : le modèle local peut les lire en entier, avec Minion.
ask-auto-long = Les documents sont longs (environ { $tokens } jetons) : ils sont lus par extraits, avec MinionS.

# The conversation so far.
ask-conversation-title = Conversation
ask-turn-failed = L’exécution a échoué :
ask-turn-no-answer = Aucune réponse.
ask-turn-summary = { $protocol } · { $status } · { $tokens } jetons cloud
ask-turn-show = Afficher sa transcription, son coût et son journal
ask-turn-working = En cours : la transcription figure ci-dessous.
ask-conversation-totals =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } : { $tokens } jetons cloud, contre environ { $cloud_only } pour envoyer les documents avec chaque question.
ask-conversation-totals-priced =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } : { $tokens } jetons cloud, contre environ { $cloud_only } pour envoyer les documents avec chaque question ({ $dollars } ; { $cloud_only_dollars } en cloud seul).

# The answer panel.
ask-answer-title = Réponse
ask-answer-placeholder = La réponse s’affiche ici.
ask-answer-citations = Où le modèle local l’a trouvée (reste sur cet appareil)
ask-answer-passage = Ouvrir le passage dont elle provient

# History: saved conversations.
ask-history-title = Historique
ask-history-empty = Les conversations sont enregistrées ici, dans ce navigateur.
ask-history-eval-runs =
    { $count ->
        [one] { $count } exécution d’évaluation est conservée avec ses résultats dans Évaluer.
       *[other] { $count } exécutions d’évaluations sont conservées avec leurs résultats dans Évaluer.
    }
ask-history-forget-eval = Les supprimer
ask-history-questions =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
ask-history-open-title = Rouvrir cette conversation pour la lire ou la poursuivre
ask-history-export-md = Markdown
ask-history-export-json = JSON
ask-history-delete-label = Supprimer cette conversation
ask-history-delete = Supprimer

# The Markdown export of a run.
ask-export-protocol = Protocole : { $protocol }
ask-export-status = État : { $status }
ask-export-document = Document : { $name } ({ $chars } caractères, empreinte { $fingerprint })
ask-export-answer = Réponse
ask-export-failed = L’exécution a échoué : { $error }
ask-export-transcript = Transcription
ask-export-who-cloud-reasoning = Raisonnement du cloud
ask-export-who-cloud = Cloud
ask-export-who-local = Local
ask-export-message = { $who }, tour { $round } :
ask-export-cost = Coût
ask-export-cloud-tokens = Jetons cloud : { $prompt } en entrée, { $completion } en sortie
ask-export-cloud-only = Cloud seul (estimation) : { $prompt } jetons en entrée
ask-export-local-tokens = Jetons locaux : { $prompt } en entrée, { $completion } en sortie
ask-export-audit = Ce qui a quitté cet appareil
ask-export-requests =
    { $count ->
        [one] { $count } requête.
       *[other] { $count } requêtes.
    }
ask-export-request-cloud = Requête { $number } au modèle cloud (tour { $round }, { $host }, { $bytes } octets, { $chars } caractères de texte des documents)
ask-export-request-local = Requête { $number } au modèle local (tour { $round }, { $host }, { $bytes } octets, { $chars } caractères de texte des documents)

# The Markdown export of a conversation.
ask-export-conversation = Conversation : { $title }
ask-export-questions =
    { $count ->
        [one] { $count } question.
       *[other] { $count } questions.
    }
ask-export-conversation-cloud = Jetons cloud, conversation entière : { $tokens }
ask-export-conversation-cloud-only = Cloud seul (estimation, les documents envoyés avec chaque question) : { $tokens }
ask-export-question = Question { $number } :
