# The question box.
ask-title = 質問
ask-placeholder-first = これらのドキュメントについて何を知りたいですか？
ask-placeholder-follow-up = 続けて質問するか、新しい会話を始めてください
ask-question-label = 質問
ask-protocol = プロトコル
ask-run = 実行
ask-cancel = キャンセル
ask-new-conversation = 新しい会話
ask-new-conversation-title = 次の質問ではこの会話の質問と回答を使いません（会話は履歴に残ります）
ask-status = ステータス：
# The keyboard shortcut; { $keys } stands for the keys Ctrl+Enter, shown as keys.
ask-shortcut = { $keys } で実行します。
ask-key-ctrl = Ctrl
ask-key-enter = Enter

ask-auto-no-supervisor = クラウドモデルが設定されていないため、ローカルモデルだけで答えます。
ask-auto-everything = 質問がドキュメント全体に関わるため（約 { $tokens } トークン）、チャンクごとに読みます: MinionS。
ask-auto-short = ドキュメントが短いため（約 { $tokens } トークン）、ローカルモデルが全体を読めます: Minion。
ask-auto-long = ドキュメントが長いため（約 { $tokens } トークン）、チャンクに分けて読みます: MinionS。

# The conversation so far.
ask-conversation-title = 会話
ask-turn-failed = 実行に失敗しました：
ask-turn-no-answer = 回答がありません。
ask-turn-summary = { $protocol } · { $status } · クラウドトークン { $tokens }
ask-turn-show = トランスクリプト、コスト、監査ログを表示
ask-turn-working = 処理中です。トランスクリプトは下にあります。
ask-conversation-totals = 質問 { $count } 件：クラウドトークン { $tokens }（質問のたびにドキュメントを送信した場合は約 { $cloud_only }）。
ask-conversation-totals-priced = 質問 { $count } 件：クラウドトークン { $tokens }（質問のたびにドキュメントを送信した場合は約 { $cloud_only }）。費用 { $dollars }（クラウドのみの場合 { $cloud_only_dollars }）。

# The answer panel.
ask-answer-title = 回答
ask-answer-placeholder = ここに回答が表示されます。
ask-answer-citations = ローカルモデルが見つけた箇所（このデバイスから出ません）
ask-answer-passage = 読み取り元の箇所を開く

# History: saved conversations.
ask-history-title = 履歴
ask-history-empty = 会話はここ（このブラウザー内）に保存されます。
ask-history-eval-runs = 評価の実行 { $count } 件は、その結果とともに「評価」に保存されています。
ask-history-forget-eval = それらを削除
ask-history-questions = 質問 { $count } 件
ask-history-open-title = この会話を再び開いて、読むか続けます
ask-history-export-md = Markdown
ask-history-export-json = JSON
ask-history-delete-label = この会話を削除
ask-history-delete = 削除

# The Markdown export of a run.
ask-export-protocol = プロトコル：{ $protocol }
ask-export-status = ステータス：{ $status }
ask-export-document = ドキュメント：{ $name }（{ $chars } 文字、フィンガープリント { $fingerprint }）
ask-export-answer = 回答
ask-export-failed = 実行に失敗しました：{ $error }
ask-export-transcript = トランスクリプト
ask-export-who-cloud-reasoning = クラウドの推論
ask-export-who-cloud = クラウド
ask-export-who-local = ローカル
ask-export-message = { $who }、ラウンド { $round }：
ask-export-cost = コスト
ask-export-cloud-tokens = クラウドトークン：プロンプト { $prompt }、生成 { $completion }
ask-export-cloud-only = クラウドのみ（推定）：プロンプトトークン { $prompt }
ask-export-local-tokens = ローカルトークン：プロンプト { $prompt }、生成 { $completion }
ask-export-audit = このデバイスから送信されたもの
ask-export-requests = リクエスト { $count } 件。
ask-export-request-cloud = クラウドモデルへのリクエスト { $number }（ラウンド { $round }、{ $host }、{ $bytes } バイト、ドキュメントのテキスト { $chars } 文字）
ask-export-request-local = ローカルモデルへのリクエスト { $number }（ラウンド { $round }、{ $host }、{ $bytes } バイト、ドキュメントのテキスト { $chars } 文字）

# The Markdown export of a conversation.
ask-export-conversation = 会話：{ $title }
ask-export-questions = 質問 { $count } 件。
ask-export-conversation-cloud = クラウドトークン（会話全体）：{ $tokens }
ask-export-conversation-cloud-only = クラウドのみ（推定、質問のたびにドキュメントを送信した場合）：{ $tokens }
ask-export-question = 質問 { $number }：
