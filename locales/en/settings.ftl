# Settings: the panel, its fieldsets and every setting's label.

settings-title = Settings

# A server address outside what this page load may reach.
settings-policy-new-address = { $origin } is a new address. For your safety this page connects only to the addresses it was opened with; reload to allow it.
settings-policy-paste-key = Paste the API key again afterwards (it is not remembered).
settings-policy-reload = Apply and reload

# The local model (worker).
settings-local-legend = Local model (reads your documents)
settings-server = Server
settings-server-ollama = Ollama
settings-server-openai = OpenAI-compatible (llama.cpp, LM Studio, vLLM)
settings-server-tab = In this page (nothing to install)
settings-worker-address = Address
settings-worker-model = Model
settings-worker-concurrency = Jobs at once
settings-worker-temperature = Temperature
settings-worker-context = Context length if the server does not say

# The cloud model (supervisor).
settings-cloud-legend = Cloud model (never sees your documents)
settings-supervisor-address = API address
settings-supervisor-key = API key
settings-remember-key = Remember the key on this device
settings-supervisor-model = Model
settings-reasoning-effort = Reasoning effort (o-series, gpt-5)
settings-effort-default = default
settings-effort-low = low
settings-effort-medium = medium
settings-effort-high = high

# Protocol limits and documents.
settings-limits-legend = Protocol limits
settings-supervisor-max-tokens = Cloud reply limit, tokens
settings-supervisor-context = Cloud model's context, tokens
settings-conversation-budget = Conversation memory for the cloud model, tokens (older questions are summarised past it)
settings-max-rounds = Rounds
settings-max-tasks = Tasks per round (MinionS)
settings-top-k = Most chunks per task, MinionS (0: the cloud model decides)
settings-chunk-size = Chunk size, characters
settings-send-citations = Send the local model's quotes to the cloud
settings-keep-documents = Keep documents in this browser across reloads
settings-max-file-mb = Largest file to read, MB
settings-clear-documents = Clear stored documents

# Privacy controls. The placeholders in brackets are what the redactor writes: keep them as they are.
settings-privacy-legend = Privacy (what may leave this device)
settings-redact = Replace personal data with placeholders ([EMAIL_1], [PHONE_2]…) before anything is sent
settings-redact-names = Names of people to hide, one a line
settings-redact-terms = Other terms to hide (projects, companies, places), one a line
settings-shield = Privacy shield: the local model rewrites its reports without personal details before the cloud sees them
settings-verbatim-words = Quotes from the documents: runs of this many words or more
# Continues the line above: "Quotes … are withheld".
settings-verbatim-policy = …are
settings-verbatim-withhold = withheld (replaced by a short marker)
settings-verbatim-ask = shown to me to decide
settings-verbatim-send = sent (and counted in the audit)
settings-approve-requests = Hold every cloud request until I approve it
settings-never-leave = Documents never leave this device (turns off the cloud-only baseline of evaluations)

# Prices. $date is the day the table was checked (2026-11-25), $source where its prices come from.
settings-prices-legend = Prices (US$ per million tokens)
settings-prices-in-use = In use: { $count } models, last checked { $date } ({ $source }).
settings-prices-label = Price table as JSON
settings-prices-placeholder = Empty: the shipped table. Paste JSON like the shipped one to change prices.
settings-prices-edit = Edit the shipped table
settings-prices-invalid = The price table is not valid JSON ({ $error }); the defaults are used.

# The Ask box's protocol choice (the protocols' own names are in app.ftl).
settings-protocol-auto = Auto
settings-protocol-auto-explained = Picks Minion for short documents, MinionS for long ones, local only without a cloud model.
settings-protocol-minion-explained = The cloud model asks, the local model answers from all your documents; cheapest in cloud tokens.
settings-protocol-minions-explained = The cloud model plans small jobs, the local model runs them chunk by chunk; best on long documents.
settings-protocol-local-explained = Only the local model; nothing leaves this device.
settings-protocol-cloud-explained = Only the cloud model, which reads your documents; the evaluation's baseline.

# Sizes of downloads (decimal units); $size is a number.
settings-size-mb = { $size } MB
settings-size-gb = { $size } GB

# The in-page model panel.
settings-tab-model = Model
settings-tab-another = Another GGUF (its address below)
settings-tab-address = GGUF address
settings-tab-file = Or a GGUF file from this computer
settings-tab-load = Load
settings-tab-resume = Resume
settings-tab-cancel = Cancel
settings-tab-remove = Remove
settings-tab-stored = Stored in this browser:
settings-tab-stored-incomplete = { $stored } of { $total }, incomplete
settings-tab-storage-left = Storage left for this page: { $size }.
# A built-in model: what it is good for (a sentence below), its licence's name, its context in tokens, its download size.
settings-tab-about = { $good_for } Licence: { $licence }. Context up to { $context } tokens. Download: { $size }.

# What each built-in model is good for.
settings-model-qwen25-05b = The default: follows instructions and JSON well for its size, in many languages.
settings-model-smollm2-360m = The smallest download; quick answers from short English documents.
settings-model-llama32-1b = General reading in English and the main European languages.
settings-model-gemma3-1b = Many languages (over 140); fluent short answers.
settings-model-qwen25-15b = The best answers of this list, on a machine with 8 GB of memory or more.

# The in-page model's progress line.
settings-tab-none = No model loaded in this page yet.
settings-tab-downloading = Downloading: { $loaded }
settings-tab-downloading-of = Downloading: { $loaded } of { $total } ({ $percent })
settings-tab-resumed-at = (resumed at { $size })
settings-tab-loading = Loading { $name }…
settings-tab-ready = Ready: { $name }, context { $context } tokens, { $threads ->
        [one] { $threads } thread
       *[other] { $threads } threads
    }.
settings-tab-single-thread = This page is not cross-origin isolated, so the model runs on 1 of { $threads } threads; reload the page once to use them all.
# What Load will fetch, as the connection light offers it.
settings-tab-offer = { $name }, a { $size } download
settings-tab-offer-none = pick a model

# The in-page model's failures. $detail comes from the browser or the runtime, as it came.
settings-tab-no-address = Type a GGUF address, pick a built-in model, or choose a file.
settings-tab-new-origin = This page connects only to the addresses it was opened with, and { $origin } is new. Press “Apply and reload” above to allow it, then Load again.
settings-tab-gone = the model is no longer in this browser's storage
settings-tab-header-endless = its header never ends
settings-failure-not-gguf = This file is not a GGUF model (it does not start with “GGUF”). Choose a .gguf file, for example from Hugging Face.
settings-failure-version = This GGUF file is version { $version }, which llama.cpp no longer reads. Download a newer conversion of the model.
settings-failure-truncated = The model file is incomplete: it has { $have } of the { $need } it needs. Press Load to resume the download, or choose the whole file again.
settings-failure-damaged = The model file is damaged ({ $detail }). Remove it and download it again.
settings-failure-too-big = This model needs about { $need } of memory, more than this page can use here (about { $limit }). Choose a smaller model or a shorter context.
settings-failure-http-404 = The model address answers 404 (not found). Check the URL; on Hugging Face use the file's “resolve” link.
settings-failure-http-refused = The model address refused the download (HTTP { $status }); gated models need you to accept their licence on Hugging Face. Choose an open model, or download the file and pick it from disk.
settings-failure-http = The model address answered HTTP { $status }. Try again later, or download the file and pick it from disk.
settings-failure-network = The download failed ({ $detail }). Check the connection and press Load to resume; what arrived is kept.
settings-failure-storage = This browser could not store the model ({ $detail }). Free some space, leave private browsing, or pick a smaller model.
settings-failure-cancelled = Cancelled. What arrived is kept: Load resumes the download.
settings-failure-load = The model could not be loaded ({ $detail }). It may be damaged or of an architecture this llama.cpp does not know; remove it and try another.
settings-failure-memory = The model does not fit in the memory this page can use ({ $detail }). Choose a smaller model or a shorter context.
settings-failure-library = The in-page model runtime could not start ({ $detail }). Reload the page; if it stays, this browser lacks WebAssembly features it needs.
