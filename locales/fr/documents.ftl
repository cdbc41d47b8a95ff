# The documents panel: adding files and pasted text.
documents-title = Documents
# "choose files" is underlined, where { $choose } stands.
documents-drop = Déposez des fichiers ici ou { $choose }
documents-choose = choisissez des fichiers
documents-formats = PDF, Word (.docx), HTML, Markdown, CSV, JSON, texte. Rien n’est envoyé : les fichiers sont lus dans cette page.
documents-paste-placeholder = …ou collez du texte ici
documents-paste-label = Coller du texte
documents-paste-add = Ajouter le texte collé
# The name a pasted text gets; $count is its place in the list.
documents-pasted-name = Texte collé { $count }

# A file being read, with a progress bar and a stop button.
documents-reading-label = Lecture de { $name }
documents-reading = lecture…
documents-progress-pages = { $done } sur { $total } pages
documents-progress-mb = { $done } sur { $total } Mo
documents-stop-label = Arrêter la lecture de { $name }

# One loaded document.
documents-remove-label = Retirer { $name }
documents-kind-text = texte
documents-details =
    { $kind } · { $chars } caractères · { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } · { $tokens } jetons
documents-preview = Aperçu
documents-chunks = { $count } extraits de { $size } caractères au plus
documents-chunks-about = environ { $count }
documents-chunk-page = p. { $page }
documents-chunk-pages = p. { $first }–{ $last }

# A file that could not be read: "<file name>: <reason>."
documents-file-error = { $name } : { $reason }.
documents-error-empty = le fichier est vide
documents-error-binary = il s’agit apparemment d’un fichier binaire, et non de texte
documents-error-too-large = il fait { $size } Mo, au-delà de la limite de { $limit } Mo (modifiable dans Paramètres → Documents)
documents-error-corrupt = ce n’est pas un fichier { $kind } valide ({ $detail })
documents-error-not-handed-over = le navigateur n’a pas pu le lire ; choisissez-le de nouveau, ou copiez-le d’abord sur cet appareil
documents-error-encrypted = il est protégé par un mot de passe ; ouvrez-le, retirez le mot de passe, enregistrez-le et chargez-le de nouveau
documents-error-encrypted-or-old = il est chiffré ou au format Word 97–2003 ; enregistrez-le au format .docx (sans mot de passe) et chargez-le de nouveau
documents-error-no-text = il n’a pas de couche texte (numérisation ou photo de pages) ; appliquez-lui d’abord une reconnaissance de caractères (OCR), ou collez son texte
documents-error-unsupported = les fichiers { $kind } ne peuvent pas être lus ; enregistrez-le au format PDF, Word (.docx), HTML ou texte
documents-error-unsupported-image = les fichiers image ne peuvent pas être lus ; enregistrez-le au format PDF, Word (.docx), HTML ou texte
documents-error-unsupported-archive = les archives ne peuvent pas être lues ; enregistrez-le au format PDF, Word (.docx), HTML ou texte
documents-error-reader = le lecteur PDF n’a pas pu être chargé ({ $detail }) ; vérifiez la connexion au serveur de cette page et réessayez

# Details in brackets of the errors above.
documents-detail-pdfjs = pdf.js n’a pas pu le lire
documents-detail-pdf-in-page = les fichiers PDF sont lus par la page
documents-detail-not-zip = ce n’est pas une archive zip
documents-detail-no-word = c’est une archive zip sans document Word
documents-detail-text-damaged = sa partie texte est endommagée
documents-detail-not-utf8 = sa partie texte n’est pas en UTF-8
documents-detail-xml = son XML est endommagé ({ $error })
documents-detail-not-started = le lecteur de documents n’a pas démarré : { $detail }
documents-detail-stopped = il s’est arrêté pendant la lecture
documents-detail-bad-reply = une réponse illisible ({ $error })

# Warnings under a document that was read.
documents-warning-blank-pages = { $empty } pages sur { $total } ne contiennent pas de texte (images ou numérisations) ; leur contenu n’est pas lu.
documents-warning-ragged =
    { $count ->
        [one] { $count } ligne n’a pas le même nombre de champs que l’en-tête.
       *[other] { $count } lignes n’ont pas le même nombre de champs que l’en-tête.
    }
documents-warning-records = Un enregistrement par ligne, tiré de « { $key } ».
documents-warning-not-json = Ce n’est pas du JSON valide ({ $error }) ; il est lu comme du texte brut.
