# The question box.
ask-title = Ask
ask-placeholder-first = What do you want to know about these documents?
ask-placeholder-follow-up = Ask a follow-up question, or start a new conversation
ask-question-label = Question
ask-protocol = Protocol
ask-run = Run
ask-cancel = Cancel
ask-new-conversation = New conversation
ask-new-conversation-title = Forget this conversation's questions and answers for the next question (it stays in History)
# Read by screen readers before the run's status.
ask-status = Status:
# The keyboard shortcut; { $keys } stands for the keys Ctrl+Enter, shown as keys.
ask-shortcut = { $keys } runs.
ask-key-ctrl = Ctrl
ask-key-enter = Enter

# Why Auto chose its protocol; $tokens is the documents' estimated size, written out.
ask-auto-no-supervisor = No cloud model is set up, so the local model answers alone.
ask-auto-everything = The question asks about the whole of the documents (about { $tokens } tokens), so they are read chunk by chunk: MinionS.
ask-auto-short = The documents are short (about { $tokens } tokens), so the local model can read them whole: Minion.
ask-auto-long = The documents are long (about { $tokens } tokens), so they are read in chunks: MinionS.

# The conversation so far.
ask-conversation-title = Conversation
ask-turn-failed = The run failed:
ask-turn-no-answer = No answer.
ask-turn-summary = { $protocol } · { $status } · { $tokens } cloud tokens
ask-turn-show = Show its transcript, cost and audit
ask-turn-working = Working on it: the transcript is below.
# $dollars and $cloud_only_dollars are amounts already written out.
ask-conversation-totals =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }: { $tokens } cloud tokens, against about { $cloud_only } to send the documents with each question.
ask-conversation-totals-priced =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }: { $tokens } cloud tokens, against about { $cloud_only } to send the documents with each question ({ $dollars }; { $cloud_only_dollars } cloud only).

# The answer panel.
ask-answer-title = Answer
ask-answer-placeholder = The answer appears here.
ask-answer-citations = Where the local model found it (stays on this device)
ask-answer-passage = Open the passage it was read from

# History: saved conversations.
ask-history-title = History
ask-history-empty = Conversations are saved here, in this browser.
ask-history-eval-runs = { $count } runs of evaluations are kept with their results in Evaluate.
ask-history-forget-eval = Delete them
ask-history-questions =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
ask-history-open-title = Reopen this conversation to read or continue it
# Export buttons: the formats' names.
ask-history-export-md = Markdown
ask-history-export-json = JSON
ask-history-delete-label = Delete this conversation
ask-history-delete = Delete

# The Markdown export of a run (headings are written by the page: "## Answer").
ask-export-protocol = Protocol: { $protocol }
ask-export-status = Status: { $status }
ask-export-document = Document: { $name } ({ $chars } characters, fingerprint { $fingerprint })
ask-export-answer = Answer
ask-export-failed = The run failed: { $error }
ask-export-transcript = Transcript
ask-export-who-cloud-reasoning = Cloud's reasoning
ask-export-who-cloud = Cloud
ask-export-who-local = Local
ask-export-message = { $who }, round { $round }:
ask-export-cost = Cost
ask-export-cloud-tokens = Cloud tokens: { $prompt } prompt, { $completion } completion
ask-export-cloud-only = Cloud only (estimate): { $prompt } prompt tokens
ask-export-local-tokens = Local tokens: { $prompt } prompt, { $completion } completion
ask-export-audit = What left this device
ask-export-requests = { $count } requests.
ask-export-request-cloud = Request { $number } to the cloud (round { $round }, { $host }, { $bytes } bytes, { $chars } characters of document text)
ask-export-request-local = Request { $number } to the local model (round { $round }, { $host }, { $bytes } bytes, { $chars } characters of document text)

# The Markdown export of a conversation: its title, then each question's report.
ask-export-conversation = Conversation: { $title }
ask-export-questions = { $count } questions.
ask-export-conversation-cloud = Cloud tokens, whole conversation: { $tokens }
ask-export-conversation-cloud-only = Cloud only (estimate, the documents sent with each question): { $tokens }
ask-export-question = Question { $number }:
