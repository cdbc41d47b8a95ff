# evaluation

# The panel's heading, introduction and question-set buttons.
evaluation-title = Evaluate on your documents
evaluation-intro = Run the same questions with Minion, MinionS, the local model alone and (if you allow it) the cloud model alone, and compare accuracy and cost.
evaluation-sample = Try it with a sample
evaluation-import = Import questions (JSONL or CSV)
evaluation-export-set = Export questions

# Importing a question set: a refused line, and why.
evaluation-import-line = line { $line }: { $reason }
evaluation-import-too-large = { $name } is larger than { $size }; a question set is one question a line
evaluation-import-unreadable = { $name } could not be read as text.
evaluation-import-empty = the file holds no questions (one JSON object or CSV row a line, with question and answer)
evaluation-import-more-errors = refused too, with { $count } later lines

# Why a line of a question set, or a written question, is refused ($detail is the JSON reader's message; match, exact, number, contains and judge are the file's own words).
evaluation-problem-not-json = it is not valid JSON ({ $detail })
evaluation-problem-not-object = it is not a JSON object
evaluation-problem-no-header = the first row must name the columns, with at least question and answer
evaluation-problem-no-question = there is no question
evaluation-problem-no-answer = there is no expected answer
evaluation-problem-bad-tolerance = the tolerance "{ $tolerance }" is not a number
evaluation-problem-bad-match = match must be exact, number, contains or judge, not "{ $rule }"
evaluation-problem-no-number = match is number but the expected answer "{ $answer }" has no number
evaluation-problem-id-used = the id "{ $id }" is already used on line { $line }
evaluation-problem-id-in-set = the id "{ $id }" is already used in this set

# Why a row has no answer: none of the documents its question names is loaded ($names: their names).
evaluation-row-not-loaded = None of the documents it names is loaded: { $names }.

# Writing a question.
evaluation-write = Write a question
evaluation-write-question = Question
evaluation-write-answer = Expected answer
evaluation-write-match = Match
evaluation-match-exact = exact (after case and punctuation)
evaluation-match-judge = judge (the cloud model decides)
evaluation-write-tolerance = Tolerance (e.g. 1%)
evaluation-write-add = Add question
evaluation-write-refused = This question cannot be added: { $reason }.

# How an answer is matched (the rule names of question sets).
evaluation-rule-exact = exact
evaluation-rule-number = number
evaluation-rule-contains = contains
evaluation-rule-judge = judge

# The question list: the expected answer and its rule, the remove button.
evaluation-question-expected = → { $answer } ({ $rule })
evaluation-remove = remove
evaluation-remove-label = Remove this question

# The protocols to compare, the run and its progress.
evaluation-compare = Compare
evaluation-cloud-off = Cloud only is off: your privacy settings say documents never leave this device.
evaluation-run = Run evaluation
evaluation-cancel = Cancel
evaluation-progress = { $done } of { $total } runs · { $seconds } s · { $cloud } cloud tokens · { $local } local tokens

# Why an evaluation cannot start or stopped.
evaluation-refused-no-questions = Add questions first: import a set, write one below, or try the sample.
evaluation-refused-no-protocols = Tick at least one protocol to compare.
evaluation-refused-no-documents = Load the documents the questions are about first (or try the sample).
evaluation-all-failed = Every run failed. The first said: { $reply }

# The consent dialog before cloud-only rows send the documents.
evaluation-consent-title = Send your documents to the cloud for the cloud-only baseline?
evaluation-consent-warning = Cloud only sends the whole text of these documents to { $url } — { $count } characters in all. The other protocols keep them on this device.
evaluation-consent-document = { $name }: { $count } characters
evaluation-consent-note = The audit marks each such request. This consent is for this evaluation only.
evaluation-consent-send = Send them and run
evaluation-consent-keep = Don't send

# The results: heading, the pictures' caption, the exports.
evaluation-results = Results
evaluation-pictures-caption = Left: one point per protocol. Right: for each question, one bar per protocol run (Minion, MinionS, local only, cloud only, in that order); green right, red wrong, grey not scored.
evaluation-export-json = Export results (JSON)
evaluation-export-csv = Export results (CSV)

# The tables' column headings.
evaluation-column-protocol = Protocol
evaluation-column-accuracy = Accuracy
evaluation-column-cloud-tokens = Cloud tokens
evaluation-column-cloud-dollars = Cloud $
evaluation-column-local-tokens = Local tokens
evaluation-column-time = Time
evaluation-column-against-cloud = Against cloud only
evaluation-column-question = Question
evaluation-column-right = Right?
evaluation-column-reply = Reply
evaluation-column-run = Run

# The tables' cells: a duration, the comparison with cloud only ($kept is a percentage), the link to a run.
evaluation-seconds = { $seconds } s
evaluation-against-none = keeps { $kept } of the accuracy with no cloud tokens
evaluation-against-fraction = keeps { $kept } of the accuracy at 1/{ $ratio } of the cloud tokens
evaluation-against-multiple = keeps { $kept } of the accuracy at { $ratio }× the cloud tokens
evaluation-open-run = open run

# A row's verdict, as the bars' titles say it.
evaluation-verdict-true = true
evaluation-verdict-false = false
evaluation-verdict-unknown = unknown

# The cost–accuracy plot: its text alternative, a point's title ($accuracy is a percentage), the axis.
evaluation-plot-label = Accuracy against cloud tokens, one point per protocol
evaluation-plot-point = { $protocol }: { $accuracy } at { $tokens } cloud tokens
evaluation-plot-axis = cloud tokens (log scale)

# The per-question bars: text alternative, a bar's title, the axis.
evaluation-bars-label = Cloud tokens per question and protocol; the colour says whether the answer was right
evaluation-bars-bar = { $question } · { $protocol }: { $verdict } · { $tokens } cloud tokens
evaluation-bars-axis = questions · cloud tokens (log scale)
