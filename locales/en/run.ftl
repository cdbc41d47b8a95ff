# run: the run panel, workers and the pool, cost, "What left this device", the consent dialog.

# The run panel's heading: "Run", then the protocol and the round.
run-title = Run
run-title-round = { $protocol } · round { $round } of { $rounds }

# How long the run has taken ($seconds and $rate arrive written as numbers).
run-elapsed = { $seconds } s
run-elapsed-speed = { $seconds } s · local model { $rate } tokens/s
run-seconds = { $seconds } s

# A follow-up question in a conversation; the second and third sentences follow the first.
run-follow-up = A follow-up: the cloud model heard the { $count ->
        [one] { $count } earlier question
       *[other] { $count } earlier questions
    } of this conversation.
run-follow-up-reused = { $reused } of { $count } jobs were answered from its findings, without asking the local model.
run-follow-up-chat = The local model continued its chat ({ $count } earlier messages).

# The table of local models in the pool.
run-pool-caption = Local models in the pool
run-pool-address = Address
run-pool-calls = Calls
run-pool-rate = Tokens/s
run-pool-failures = Failures
run-pool-left = { $failures } (left the pool)

# The local model runs the jobs sent to it one after the other ($ratio: how much longer they wait).
run-queueing = The local model runs jobs one at a time although { $count } are sent (they wait { $ratio }× longer than they compute). For Ollama, let it run { $count } at once:

# A cloud request held for approval; $link is the link to the panel below.
run-review-pending = A cloud request is waiting for your decision in { $link }.

# A change the engine made to the plan ($change is the engine's sentence).
run-plan-changed = Plan adjusted: { $change }

# The transcript: who wrote each message, in which round.
run-who-reasoning = Cloud's reasoning
run-who-cloud = Cloud
run-who-local = Local
run-msg-who = { $who } · round { $round }
run-msg-shielded = rewritten by the privacy shield
run-msg-before-shield = Before the shield (stayed on this device)

# The jobs of MinionS: progress, one cell per job, the timeline.
run-jobs-done = jobs done
run-job-title = Job { $job } · task { $task } · { $document } { $pages }
run-timeline-job = job { $job }: { $seconds } s
run-timeline-caption = Jobs over time (one row each)
run-timeline-label = Timeline of the worker's jobs

# Where a worker is, and what that means for the documents.
run-place-here = Your documents stay on this device.
run-place-network = Your documents go over your local network to this machine. It is allowed while "Documents never leave this device" is ticked only if you trust it.
run-place-elsewhere = Your documents would leave this device for this server: the page asks before each run unless you said not to, and refuses while "Documents never leave this device" is ticked.
run-trust-network = Trust this address with my documents
run-consent-remembered = You said to send documents here without asking.
run-consent-forget = Ask again

# One more local model of the pool (Settings).
run-endpoint-legend = Local model { $number }
run-endpoint-server = Server
run-endpoint-ollama = Ollama
run-endpoint-openai = OpenAI-compatible (llama.cpp, LM Studio, vLLM)
run-endpoint-address = Address
run-endpoint-model = Model
run-endpoint-concurrency = Jobs at once
run-endpoint-reachable = Reachable, model found.
run-endpoint-checking = Checking…
run-endpoint-remove = Remove
run-pool-intro = More local models (a GPU machine, another laptop) share MinionS jobs with this one; Minion and local only use the first.
run-pool-add = Add a local model

# The cost panel ($ratio, $tokens and the amounts arrive written as numbers).
run-cost-title = Cost
run-cost-cloud-tokens = Cloud tokens, this run
run-cost-cloud-only-tokens = Cloud tokens, cloud only (estimate)
run-cost-local-tokens = Local tokens
run-cost-local-read = Local prompt tokens read
run-cost-local-cached = { $read } ({ $cached } from the server's cache)
run-cost-local-time = Local model time
run-cost-cheaper = { $ratio }× cheaper than sending the documents; { $tokens } tokens stayed on this device.
run-cost-dearer = These documents are so short that sending them to the cloud would have cost { $ratio }× less; { $tokens } tokens stayed on this device.
run-cost-nothing-sent = Nothing was sent to the cloud; { $tokens } tokens stayed on this device.
run-cost-dollars = { $run } for this run; { $only } to send everything to the cloud.
run-cost-no-price = No price is known for this model; compare tokens.
run-cost-bars-label = Cloud tokens: this run against cloud only
run-cost-bar-run = this run
run-cost-bar-cloud-only = cloud only

# A cloud request held for approval.
run-review-title = Waiting for your approval
run-review-ready = A request to { $host } (round { $round }) is ready. Nothing leaves until you decide.
run-review-quotes = It repeats these passages of your documents word for word:
run-review-message = The newest message, as it would leave (you may edit it)
run-review-body = The whole request
run-review-send-edit = Send my edit
run-review-approve = Approve and send
run-review-withhold = Send without the quotes
run-review-reject = Reject and stop

# "What left this device": the audit of requests ($bytes arrives as written digits).
run-audit-title = What left this device
run-audit-nothing = Nothing has been sent off this device.
run-audit-summary = { $count } requests to the cloud, { $bytes } bytes in all.
run-audit-summary-workers = { $count } requests to the cloud and { $workers } to local models not on this device, { $bytes } bytes in all.
run-audit-export = Export (JSON)
run-audit-lane-cloud = cloud
run-audit-lane-local = local model
run-audit-entry = { $lane } #{ $number } · round { $round } · { $host } · { $bytes } bytes · { $seconds } s
run-audit-verbatim = { $count ->
       *[other] { $chars } characters of document text
    }
run-audit-no-verbatim = no document text
run-audit-reply = Its reply

# The connection lights' requests, listed as metadata.
run-checks-title = Connection checks
run-checks-intro = Requests the connection lights made to servers not on this device: no document text, only these.
run-check = { $seconds } s · { $method } { $host }{ $path } · { $key }
run-check-with-key = with the API key
run-check-no-key = no key

# The dialog before documents go to a worker not on this device; $hosts is shown in bold.
run-consent-title = Send your documents to another machine?
run-consent-text = The local model at { $hosts } is not on this device. To answer, it receives the text of your documents: whoever runs that server can read and keep them. Nothing has been sent yet.
run-consent-remember = Don't ask again for this address
run-consent-send = Send them there
run-consent-keep = Keep them here
run-consent-declined = You kept your documents on this device: nothing was sent to { $hosts }. To run, choose a local model on this machine in Settings, or run again and confirm.
