# evaluation

# The panel's heading, introduction and question-set buttons.
evaluation-title = お手元のドキュメントで評価
evaluation-intro = 同じ質問を Minion、MinionS、ローカルモデル単独、（許可した場合は）クラウドモデル単独で実行し、精度とコストを比較します。
evaluation-sample = サンプルで試す
evaluation-import = 質問をインポート（JSONL または CSV）
evaluation-export-set = 質問をエクスポート

# Importing a question set: a refused line, and why.
evaluation-import-line = { $line } 行目: { $reason }
evaluation-import-too-large = { $name } は { $size } を超えています。質問セットは 1 行に 1 問です
evaluation-import-unreadable = { $name } をテキストとして読み込めませんでした。
evaluation-import-empty = ファイルに質問がありません（1 行に 1 つの JSON オブジェクトまたは CSV 行で、質問と回答を含めてください）
evaluation-import-more-errors = この行も拒否されました。以降さらに { $count } 行が拒否されています

# Why a line of a question set, or a written question, is refused ($detail is the JSON reader's message; match, exact, number, contains and judge are the file's own words).
evaluation-problem-not-json = 有効な JSON ではありません（{ $detail }）
evaluation-problem-not-object = JSON オブジェクトではありません
evaluation-problem-no-header = 最初の行で列名を指定してください。少なくとも question と answer が必要です
evaluation-problem-no-question = 質問がありません
evaluation-problem-no-answer = 期待される回答がありません
evaluation-problem-bad-tolerance = 許容誤差「{ $tolerance }」は数値ではありません
evaluation-problem-bad-match = match には exact、number、contains、judge のいずれかを指定してください（「{ $rule }」は指定できません）
evaluation-problem-no-number = match が number ですが、期待される回答「{ $answer }」に数値がありません
evaluation-problem-id-used = ID「{ $id }」は { $line } 行目ですでに使われています
evaluation-problem-id-in-set = ID「{ $id }」はこの質問セットですでに使われています

# Why a row has no answer: none of the documents its question names is loaded ($names: their names).
evaluation-row-not-loaded = この質問が指定するドキュメントはいずれも読み込まれていません: { $names }。

# Writing a question.
evaluation-write = 質問を作成
evaluation-write-question = 質問
evaluation-write-answer = 期待される回答
evaluation-write-match = 照合方法
evaluation-match-exact = 完全一致（大文字・小文字と句読点は無視）
evaluation-match-judge = 判定（クラウドモデルが判断）
evaluation-write-tolerance = 許容誤差（例: 1%）
evaluation-write-add = 質問を追加
evaluation-write-refused = この質問は追加できません: { $reason }。

# How an answer is matched (the rule names of question sets).
evaluation-rule-exact = 完全一致
evaluation-rule-number = 数値
evaluation-rule-contains = 含む
evaluation-rule-judge = 判定

# The question list: the expected answer and its rule, the remove button.
evaluation-question-expected = → { $answer }（{ $rule }）
evaluation-remove = 削除
evaluation-remove-label = この質問を削除

# The protocols to compare, the run and its progress.
evaluation-compare = 比較
evaluation-cloud-off = 「クラウドのみ」は無効です。プライバシー設定で、ドキュメントをこのデバイスの外に出さないよう指定されています。
evaluation-run = 評価を実行
evaluation-cancel = キャンセル
evaluation-progress = 実行 { $done } / { $total } 件 · { $seconds } 秒 · クラウドトークン { $cloud } · ローカルトークン { $local }

# Why an evaluation cannot start or stopped.
evaluation-refused-no-questions = 先に質問を追加してください。セットをインポートするか、下で質問を作成するか、サンプルをお試しください。
evaluation-refused-no-protocols = 比較するプロトコルを 1 つ以上選択してください。
evaluation-refused-no-documents = 先に、質問の対象となるドキュメントを読み込んでください（またはサンプルをお試しください）。
evaluation-all-failed = すべての実行が失敗しました。最初の実行のメッセージ: { $reply }

# The consent dialog before cloud-only rows send the documents.
evaluation-consent-title = 「クラウドのみ」の基準値のために、ドキュメントをクラウドに送信しますか？
evaluation-consent-warning = 「クラウドのみ」は、これらのドキュメントの全文を { $url } に送信します（合計 { $count } 文字）。その他のプロトコルでは、ドキュメントはこのデバイス上に留まります。
evaluation-consent-document = { $name }: { $count } 文字
evaluation-consent-note = このような要求はすべて監査ログに記録されます。この同意は今回の評価にのみ適用されます。
evaluation-consent-send = 送信して実行
evaluation-consent-keep = 送信しない

# The results: heading, the pictures' caption, the exports.
evaluation-results = 結果
evaluation-pictures-caption = 左: プロトコルごとに 1 点。右: 質問ごとに、プロトコルの実行 1 回につき 1 本のバー（Minion、MinionS、ローカルのみ、クラウドのみの順）。緑は正解、赤は不正解、灰色は未採点です。
evaluation-export-json = 結果をエクスポート（JSON）
evaluation-export-csv = 結果をエクスポート（CSV）

# The tables' column headings.
evaluation-column-protocol = プロトコル
evaluation-column-accuracy = 精度
evaluation-column-cloud-tokens = クラウドトークン
evaluation-column-cloud-dollars = クラウド費用（$）
evaluation-column-local-tokens = ローカルトークン
evaluation-column-time = 時間
evaluation-column-against-cloud = クラウドのみとの比較
evaluation-column-question = 質問
evaluation-column-right = 正誤
evaluation-column-reply = 応答
evaluation-column-run = 実行

# The tables' cells: a duration, the comparison with cloud only ($kept is a percentage), the link to a run.
evaluation-seconds = { $seconds } 秒
evaluation-against-none = クラウドトークンなしで精度の { $kept } を維持
evaluation-against-fraction = 1/{ $ratio } のクラウドトークンで精度の { $kept } を維持
evaluation-against-multiple = { $ratio } 倍のクラウドトークンで精度の { $kept } を維持
evaluation-open-run = 実行を開く

# A row's verdict, as the bars' titles say it.
evaluation-verdict-true = 正解
evaluation-verdict-false = 不正解
evaluation-verdict-unknown = 未採点

# The cost–accuracy plot: its text alternative, a point's title ($accuracy is a percentage), the axis.
evaluation-plot-label = クラウドトークンに対する精度（プロトコルごとに 1 点）
evaluation-plot-point = { $protocol }: クラウドトークン { $tokens } で精度 { $accuracy }
evaluation-plot-axis = クラウドトークン（対数目盛）

# The per-question bars: text alternative, a bar's title, the axis.
evaluation-bars-label = 質問とプロトコルごとのクラウドトークン。色は回答が正しかったかどうかを示します
evaluation-bars-bar = { $question } · { $protocol }: { $verdict } · クラウドトークン { $tokens }
evaluation-bars-axis = 質問 · クラウドトークン（対数目盛）
