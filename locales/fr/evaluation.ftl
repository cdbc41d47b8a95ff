# evaluation

# The panel's heading, introduction and question-set buttons.
evaluation-title = Évaluer sur vos documents
evaluation-intro = Posez les mêmes questions avec Minion, MinionS, le modèle local seul et (si vous l'autorisez) le modèle cloud seul, puis comparez la précision et le coût.
evaluation-sample = Essayer avec un exemple
evaluation-import = Importer des questions (JSONL ou CSV)
evaluation-export-set = Exporter les questions

# Importing a question set: a refused line, and why.
evaluation-import-line = ligne { $line } : { $reason }
evaluation-import-too-large = { $name } dépasse { $size } ; un jeu de questions contient une question par ligne
evaluation-import-unreadable = { $name } n'a pas pu être lu comme du texte.
evaluation-import-empty = le fichier ne contient aucune question (un objet JSON ou une ligne CSV par ligne, avec la question et la réponse)
evaluation-import-more-errors =
    refusée également, ainsi que { $count ->
        [one] { $count } ligne suivante
       *[other] { $count } lignes suivantes
    }

# Why a line of a question set, or a written question, is refused ($detail is the JSON reader's message; match, exact, number, contains and judge are the file's own words).
evaluation-problem-not-json = ce n'est pas du JSON valide ({ $detail })
evaluation-problem-not-object = ce n'est pas un objet JSON
evaluation-problem-no-header = la première ligne doit nommer les colonnes, dont au moins question et answer
evaluation-problem-no-question = la question est absente
evaluation-problem-no-answer = la réponse attendue est absente
evaluation-problem-bad-tolerance = la tolérance « { $tolerance } » n'est pas un nombre
evaluation-problem-bad-match = match doit valoir exact, number, contains ou judge, et non « { $rule } »
evaluation-problem-no-number = match vaut number, mais la réponse attendue « { $answer } » ne contient aucun nombre
evaluation-problem-id-used = l'identifiant « { $id } » est déjà utilisé à la ligne { $line }
evaluation-problem-id-in-set = l'identifiant « { $id } » est déjà utilisé dans ce jeu de questions

# Why a row has no answer: none of the documents its question names is loaded ($names: their names).
evaluation-row-not-loaded = Aucun des documents cités par la question n'est chargé : { $names }.

# Writing a question.
evaluation-write = Rédiger une question
evaluation-write-question = Question
evaluation-write-answer = Réponse attendue
evaluation-write-match = Correspondance
evaluation-match-exact = exacte (sans tenir compte de la casse ni de la ponctuation)
evaluation-match-judge = jugement (le modèle cloud décide)
evaluation-write-tolerance = Tolérance (p. ex. 1 %)
evaluation-write-add = Ajouter la question
evaluation-write-refused = Impossible d'ajouter cette question : { $reason }.

# How an answer is matched (the rule names of question sets).
evaluation-rule-exact = exacte
evaluation-rule-number = nombre
evaluation-rule-contains = contient
evaluation-rule-judge = jugement

# The question list: the expected answer and its rule, the remove button.
evaluation-question-expected = → { $answer } ({ $rule })
evaluation-remove = supprimer
evaluation-remove-label = Supprimer cette question

# The protocols to compare, the run and its progress.
evaluation-compare = Comparer
evaluation-cloud-off = « Cloud seul » est désactivé : vos paramètres de confidentialité indiquent que les documents ne quittent jamais cet appareil.
evaluation-run = Lancer l'évaluation
evaluation-cancel = Annuler
evaluation-progress =
    { $done } sur { $total ->
        [one] { $total } exécution
       *[other] { $total } exécutions
    } · { $seconds } s · { $cloud ->
        [one] { $cloud } jeton cloud
       *[other] { $cloud } jetons cloud
    } · { $local ->
        [one] { $local } jeton local
       *[other] { $local } jetons locaux
    }

# Why an evaluation cannot start or stopped.
evaluation-refused-no-questions = Ajoutez d'abord des questions : importez un jeu de questions, rédigez-en une ci-dessous ou essayez l'exemple.
evaluation-refused-no-protocols = Cochez au moins un protocole à comparer.
evaluation-refused-no-documents = Chargez d'abord les documents sur lesquels portent les questions (ou essayez l'exemple).
evaluation-all-failed = Toutes les exécutions ont échoué. La première a indiqué : { $reply }

# The consent dialog before cloud-only rows send the documents.
evaluation-consent-title = Envoyer vos documents au cloud pour la référence « cloud seul » ?
evaluation-consent-warning =
    « Cloud seul » envoie le texte intégral de ces documents à { $url } — { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } au total. Les autres protocoles les conservent sur cet appareil.
evaluation-consent-document =
    { $name } : { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }
evaluation-consent-note = Le journal signale chacune de ces requêtes. Ce consentement ne vaut que pour cette évaluation.
evaluation-consent-send = Les envoyer et lancer
evaluation-consent-keep = Ne pas envoyer

# The results: heading, the pictures' caption, the exports.
evaluation-results = Résultats
evaluation-pictures-caption = À gauche : un point par protocole. À droite : pour chaque question, une barre par exécution de protocole (Minion, MinionS, local seul, cloud seul, dans cet ordre) ; vert : juste, rouge : faux, gris : non évalué.
evaluation-export-json = Exporter les résultats (JSON)
evaluation-export-csv = Exporter les résultats (CSV)

# The tables' column headings.
evaluation-column-protocol = Protocole
evaluation-column-accuracy = Précision
evaluation-column-cloud-tokens = Jetons cloud
evaluation-column-cloud-dollars = Coût cloud ($)
evaluation-column-local-tokens = Jetons locaux
evaluation-column-time = Durée
evaluation-column-against-cloud = Par rapport au cloud seul
evaluation-column-question = Question
evaluation-column-right = Juste ?
evaluation-column-reply = Réponse
evaluation-column-run = Exécution

# The tables' cells: a duration, the comparison with cloud only ($kept is a percentage), the link to a run.
evaluation-seconds = { $seconds } s
evaluation-against-none = conserve { $kept } de la précision sans aucun jeton cloud
evaluation-against-fraction = conserve { $kept } de la précision avec 1/{ $ratio } des jetons cloud
evaluation-against-multiple = conserve { $kept } de la précision avec { $ratio } fois les jetons cloud
evaluation-open-run = ouvrir l'exécution

# A row's verdict, as the bars' titles say it.
evaluation-verdict-true = juste
evaluation-verdict-false = faux
evaluation-verdict-unknown = non évalué

# The cost–accuracy plot: its text alternative, a point's title ($accuracy is a percentage), the axis.
evaluation-plot-label = Précision en fonction des jetons cloud, un point par protocole
evaluation-plot-point =
    { $protocol } : { $accuracy } avec { $tokens ->
        [one] { $tokens } jeton cloud
       *[other] { $tokens } jetons cloud
    }
evaluation-plot-axis = jetons cloud (échelle logarithmique)

# The per-question bars: text alternative, a bar's title, the axis.
evaluation-bars-label = Jetons cloud par question et par protocole ; la couleur indique si la réponse était juste
evaluation-bars-bar =
    { $question } · { $protocol } : { $verdict } · { $tokens ->
        [one] { $tokens } jeton cloud
       *[other] { $tokens } jetons cloud
    }
evaluation-bars-axis = questions · jetons cloud (échelle logarithmique)
