# Why a run failed, and what happened along the way.
# $side is "cloud" (the supervisor's side) or "local" (the worker's).

# Why a run stopped (src/web/error_text.rs, the engine's RunError).
errors-run-no-documents = There are no documents to read. Add a file or paste some text first.
errors-run-no-task = Please type a question first.
# $setting: the setting's name as Settings labels it; $min, $max: its range; $value: what it is.
errors-run-invalid-config = The setting “{ $setting }” must be between { $min } and { $max }; it is { $value }. Change it in Settings.
errors-run-context-too-small = The documents need about { $needed } tokens but the local model's context holds { $available }. { $advice }
# $detail: what was wrong with the reply, as the reply reader says it (English).
errors-run-malformed-reply =
    { $side ->
        [cloud] The cloud model replied { $attempts } times in a form that could not be read ({ $problem }). Try again, or choose a stronger model.
       *[local] The local model replied { $attempts } times in a form that could not be read ({ $problem }). Try again, or choose a stronger model.
    }
errors-run-cloud-only-not-confirmed = Cloud only sends your documents to the cloud model. It runs only after you confirm it for this run.
errors-run-documents-must-stay = Your privacy settings say documents never leave this device, so cloud only cannot run. To compare against it, turn off "Documents never leave this device" in Settings → Privacy.
errors-run-worker-not-on-device = The local model at { $host } is not on this device, and your privacy settings say documents never leave it. Choose a local model on this machine in Settings, or untick "Documents never leave this device" in Settings → Privacy.
errors-run-worker-network-untrusted = The local model at { $host } is on your local network, and your privacy settings say documents never leave this device. If you trust that machine with your documents, tick "Trust this address" next to it in Settings; otherwise choose a local model on this machine.
errors-run-worker-not-confirmed = Your documents would go to { $host }, which is not on this device, and you have not agreed to that. Run again and confirm when the page asks, or choose a local model on this machine in Settings.

# What to do when the documents do not fit the local model's context (the end of errors-run-context-too-small).
errors-advice-narrower-question = Ask a narrower question, or use MinionS with a cloud model to combine the findings.
errors-advice-longer-context = Choose a local model with a longer context.
errors-advice-read-in-chunks = Choose MinionS, which reads the documents in chunks, or a local model with a longer context.
errors-advice-shield-off = Turn the privacy shield off, or use a local model with a longer context.

# A model's failure that ended the run. $detail and $message come from the browser or the server, as they said it.
errors-failure-worker-unreachable = The local model at { $host } could not be reached ({ $detail }). Check that Ollama (or your local server) is running; the connection light in Settings says what is wrong.
errors-failure-supervisor-unreachable = The cloud model at { $host } could not be reached ({ $detail }). Check the address and your connection.
errors-failure-unauthorized =
    { $side ->
        [cloud] The cloud service refused the API key (HTTP { $status }). Paste a valid key in Settings.
       *[local] The local service refused the API key (HTTP { $status }). Paste a valid key in Settings.
    }
errors-failure-worker-model-missing = The local model `{ $model }` is not installed. Run `ollama pull { $model }`, or choose another model in Settings.
errors-failure-supervisor-model-missing = The cloud service has no model `{ $model }`. Choose another model in Settings.
errors-failure-not-loaded = No model is loaded in this page. Open Settings, choose a model under “In this page” and press Load, then run again.
errors-failure-rate-limited =
    { $side ->
        [cloud] The cloud service kept limiting the request rate after several retries. Wait a minute, then run again.
       *[local] The local service kept limiting the request rate after several retries. Wait a minute, then run again.
    }
errors-failure-quota-exhausted = The cloud account has no quota left. Add credit to it or use another key.
errors-failure-context-overflow =
    { $side ->
        [cloud] A prompt did not fit the cloud model's context window. Use MinionS or smaller chunks, or a model with a longer context.
       *[local] A prompt did not fit the local model's context window. Use MinionS or smaller chunks, or a model with a longer context.
    }
errors-failure-schema-refused =
    { $side ->
        [cloud] The cloud server refused the reply schema in every form (enforced, as JSON, in the prompt). Choose another model or server in Settings.
       *[local] The local server refused the reply schema in every form (enforced, as JSON, in the prompt). Choose another model or server in Settings.
    }
# $parameter: one of errors-param-….
errors-failure-unsupported =
    { $side ->
        [cloud] The cloud server does not support `{ $parameter }`. Choose another model or server in Settings.
       *[local] The local server does not support `{ $parameter }`. Choose another model or server in Settings.
    }
errors-failure-server =
    { $side ->
        [cloud] The cloud server failed (HTTP { $status }: { $message }) even after retries. Try again later.
       *[local] The local server failed (HTTP { $status }: { $message }) even after retries. Try again later.
    }
errors-failure-stream-cut =
    { $side ->
        [cloud] The cloud model's reply kept breaking off ({ $detail }). Try again.
       *[local] The local model's reply kept breaking off ({ $detail }). Try again.
    }
errors-failure-timeout =
    { $side ->
        [cloud] The cloud model sent nothing for { $seconds } s. It may be busy or loading a large model; try again.
       *[local] The local model sent nothing for { $seconds } s. It may be busy or loading a large model; try again.
    }
# $change: one of errors-reshape-….
errors-failure-resend =
    { $side ->
        [cloud] The cloud server kept refusing the request's form (last change: { $change }). Choose another model or server in Settings.
       *[local] The local server kept refusing the request's form (last change: { $change }). Choose another model or server in Settings.
    }

# A failed call, briefly: put into a notice or shown beside a pool member. Lower case: it goes inside a sentence.
errors-model-unreachable = could not reach { $host }: { $detail }
errors-model-unauthorized = the server refused the API key (HTTP { $status })
errors-model-missing = model `{ $model }` is not available on the server
errors-model-rate-limited = the server is limiting the request rate
errors-model-rate-limited-wait = the server is limiting the request rate (it asks to wait { $seconds } s)
errors-model-quota-exhausted = the account has no quota left
errors-model-not-loaded = no model is loaded in this page
errors-model-context-overflow = the prompt does not fit the model's context window
errors-model-unsupported = the server does not support `{ $parameter }`
errors-model-server = the server failed (HTTP { $status }): { $message }
errors-model-stream-cut = the reply stream broke off: { $detail }
errors-model-timeout = no reply within { $seconds } s
errors-model-resend = the request must be sent again: { $change }

# Why a job failed, or was split in two. Lower case: it goes inside a sentence.
errors-job-prompt-too-long = the prompt does not fit the worker's context
errors-job-reply-cut-off = the reply was cut off by the output limit
errors-job-cannot-split = the chunk is too long for the worker and cannot be split
# $problem: what was wrong with the reply (errors-reply-*).
errors-job-unreadable = the reply could not be read: { $problem }

# Why a model's reply could not be used (lower case: it goes inside a sentence). $field: the reply's field,
# as the schema spells it; $expected: one of errors-expected-*; $allowed: the allowed values, quoted;
# $found: what the reply held, quoted.
errors-reply-no-object = the reply contains no JSON object
errors-reply-missing = the JSON object has no field `{ $field }`
errors-reply-wrong-type = field `{ $field }` should be { $expected }
errors-reply-not-allowed = field `{ $field }` must be one of { $allowed }, not { $found }
errors-reply-allowed-any = the allowed values
# A list of alternatives: $init is all but the last, joined by commas.
errors-reply-alternatives = { $init } or { $last }
errors-reply-empty = field `{ $field }` is empty
errors-reply-no-tasks = the plan has no tasks; give at least one
errors-reply-final-only = this is the last round: only "final" is accepted, with your best answer
errors-reply-cut-off = the reply was cut off at the output limit; reply again, more briefly
errors-reply-no-final-answer = no final answer
errors-reply-empty-rewrite = the privacy shield's rewrite was empty
errors-expected-text = a string
errors-expected-flag = true or false
errors-expected-count = a non-negative integer
errors-expected-texts = a list of strings
errors-expected-objects = a list of objects
errors-expected-object = an object
errors-expected-list = a list

# A request's settings, by name.
errors-param-temperature = temperature
errors-param-max-output-tokens = max output tokens
errors-param-reasoning-effort = reasoning effort
errors-param-reply-schema = reply schema

# How the request is now sent to a server that refused its form. Lower case: it goes inside a sentence.
errors-reshape-enforced = the reply schema is enforced by the server
errors-reshape-json-only = the reply schema now goes in the prompt, with the server asked for JSON
errors-reshape-prompt-only = the reply schema now goes only in the prompt
errors-reshape-no-stream-usage = the server does not report token usage; it is estimated

# Notices during a run. $reason (history, findings, the worker's chat) is one of the reasons below.
errors-note-worker-dropped = The local model at { $host } stopped answering ({ $error }); it left the pool and its jobs go to the others.
errors-note-history-summarised =
    { $count ->
        [one] The cloud model summarised { $count } earlier question to keep the conversation within its budget (about { $before } → { $after } tokens).
       *[other] The cloud model summarised { $count } earlier questions to keep the conversation within its budget (about { $before } → { $after } tokens).
    }
errors-note-history-dropped =
    { $count ->
        [one] { $count } earlier question is left out of what the cloud model hears: { $reason }.
       *[other] { $count } earlier questions are left out of what the cloud model hears: { $reason }.
    }
errors-note-findings-invalidated =
    { $count ->
        [one] { $count } finding of earlier questions will not be used again: { $reason }.
       *[other] { $count } findings of earlier questions will not be used again: { $reason }.
    }
errors-note-worker-chat-restarted = The local model starts its conversation again from the documents: { $reason }.
errors-note-reply-rejected =
    { $side ->
        [cloud] A cloud reply could not be read ({ $problem }); asking again.
       *[local] A local reply could not be read ({ $problem }); asking again.
    }
errors-note-job-reply-rejected = The local model's reply to job { $job } could not be read ({ $problem }); asking again.
errors-note-retrying =
    { $side ->
        [cloud] The cloud model failed ({ $reason }); trying again in { $seconds } s.
       *[local] The local model failed ({ $reason }); trying again in { $seconds } s.
    }
errors-note-parameter-dropped =
    { $side ->
        [cloud] The cloud server refused the `{ $parameter }` setting; it was left out and the request sent again.
       *[local] The local server refused the `{ $parameter }` setting; it was left out and the request sent again.
    }
errors-note-request-reshaped =
    { $side ->
        [cloud] The cloud server refused how the request was sent; { $change }, and the request was sent again.
       *[local] The local server refused how the request was sent; { $change }, and the request was sent again.
    }
errors-note-job-split = Job { $job } was split in two and run again ({ $reason }).
errors-note-review-rejected = You rejected a request to the cloud: the run stopped, and nothing more was sent.

# Why earlier questions are left out (the $reason of errors-note-history-dropped). Lower case: it goes inside a sentence.
# $error: why the summary failed (a run error, above).
errors-history-summary-failed = the cloud model could not summarise them ({ $error })
errors-history-over-budget = they do not fit the conversation's budget of { $budget } tokens even summarised
# Why findings are not used again (the $reason of errors-note-findings-invalidated).
errors-findings-document-changed = a document they were read from changed or was removed
errors-findings-other-worker = another local model answered them
# Why the local model's conversation starts again (the $reason of errors-note-worker-chat-restarted).
errors-chat-documents-changed = the documents changed since its last answer
errors-chat-worker-changed = the local model changed since its last answer
errors-chat-no-longer-fits = its earlier questions and answers no longer fit the local model's context

# What the engine changed in the cloud model's plan to keep it within bounds (listed under the plan).
errors-plan-change-default-chunking = The plan gave no chunking; the default is used.
# $unit: "characters" or "pages".
errors-plan-change-chunk-size =
    { $unit ->
        [pages] Chunk size { $asked } pages is out of bounds; { $used } is used.
       *[characters] Chunk size { $asked } characters is out of bounds; { $used } is used.
    }
errors-plan-change-overlap = Overlap { $asked } is too large; { $used } is used.
errors-plan-change-too-many-tasks = The plan had { $tasks } tasks; only the first { $limit } are run.
# top_k is the plan's field name (chunks per task).
errors-plan-change-top-k-zero = top_k 0 would run nothing; 1 is used.
errors-plan-change-chunk-cap = Each task runs on at most { $cap } chunks (your setting), chosen by its keywords.
errors-plan-change-too-many-jobs = { $tasks } tasks over { $per_task } chunks would be { $jobs } jobs, over the limit of { $limit }; each task runs on its best { $lowered } chunks.
errors-plan-change-chunks-cut = A chunk needs about { $needed } tokens but the worker holds { $available }; chunks are cut to at most { $chars } characters.

# What a reply streaming in is for: "round 2: planning".
errors-call-label = round { $round }: { $label }
errors-call-open = opening question
errors-call-answer = answering
errors-call-decide = deciding
errors-call-plan = planning
errors-call-synthesize = synthesizing
errors-call-local-synthesize = combining findings
errors-call-shield = privacy shield
errors-call-judge = grading
errors-call-cloud-answer = answering from the documents (cloud only)
errors-call-summarize = summarising the conversation

# The transcript's own lines. $tasks: the plan's instructions, as the cloud model wrote them.
errors-plan = Plan: { $tasks } — chunks of { $size } { $unit }, { $selection }.
errors-plan-unit-chars = chars
errors-plan-unit-pages = pages
errors-plan-unit-paragraphs = paragraphs
errors-plan-top-k = the best { $count } chunks per task
errors-plan-every-chunk = every chunk
errors-aggregated = Read { $total } chunks: { $answered } with an answer, { $abstained } with nothing relevant, { $failed } failed.
errors-decision-final = I have enough to answer.

# This page load's connection policy.
errors-policy-new-origin = This page connects only to the addresses it was opened with, and { $origin } is new. Open Settings and press “Apply and reload” to allow it.
errors-policy-unwritable = This page cannot connect to { $url }: a browser's connection policy names host names and IPv4 addresses only. Use that machine's name or its IPv4 address in Settings.

# Run settings the Settings form does not show (named in errors-run-invalid-config).
errors-setting-chunk-units = Pages or paragraphs in a chunk
errors-setting-jobs-per-round = Jobs per round
errors-setting-worker-output-tokens = Local reply limit, tokens
errors-setting-reply-retries = Retries of an unreadable reply
