# run: the run panel, workers and the pool, cost, "What left this device", the consent dialog.

# The run panel's heading: "Run", then the protocol and the round.
run-title = 実行
run-title-round = { $protocol } · ラウンド { $round }/{ $rounds }

# How long the run has taken ($seconds and $rate arrive written as numbers).
run-elapsed = { $seconds } 秒
run-elapsed-speed = { $seconds } 秒 · ローカルモデル { $rate } トークン/秒
run-seconds = { $seconds } 秒

# A follow-up question in a conversation; the second and third sentences follow the first.
run-follow-up = フォローアップの質問です。クラウドモデルはこの会話のこれまでの質問 { $count } 件を把握しています。
run-follow-up-reused = { $count } 件のジョブのうち { $reused } 件は、ローカルモデルに問い合わせず、既存の結果から回答しました。
run-follow-up-chat = ローカルモデルはチャットを継続しました（これまでのメッセージ { $count } 件）。

# The table of local models in the pool.
run-pool-caption = プール内のローカルモデル
run-pool-address = アドレス
run-pool-calls = 呼び出し
run-pool-rate = トークン/秒
run-pool-failures = 失敗
run-pool-left = { $failures }（プールから除外）

# The local model runs the jobs sent to it one after the other ($ratio: how much longer they wait).
run-queueing = { $count } 件のジョブを同時に送信していますが、ローカルモデルは 1 件ずつ実行しています（待ち時間は計算時間の { $ratio } 倍です）。Ollama の場合は、{ $count } 件を同時に実行できるよう設定してください:

# A cloud request held for approval; $link is the link to the panel below.
run-review-pending = クラウドへのリクエストが「{ $link }」でご判断を待っています。

# A change the engine made to the plan ($change is the engine's sentence).
run-plan-changed = 計画を調整しました: { $change }

# The transcript: who wrote each message, in which round.
run-who-reasoning = クラウドの推論
run-who-cloud = クラウド
run-who-local = ローカル
run-msg-who = { $who } · ラウンド { $round }
run-msg-shielded = プライバシーシールドにより書き換え済み
run-msg-before-shield = シールド適用前（このデバイスに保持）

# The jobs of MinionS: progress, one cell per job, the timeline.
run-jobs-done = ジョブ完了
run-job-title = ジョブ { $job } · タスク { $task } · { $document } { $pages }
run-timeline-job = ジョブ { $job }: { $seconds } 秒
run-timeline-caption = ジョブの時間推移（1 ジョブ 1 行）
run-timeline-label = ワーカーのジョブのタイムライン

# Where a worker is, and what that means for the documents.
run-place-here = ドキュメントはこのデバイスから出ません。
run-place-network = ドキュメントはローカルネットワーク経由でこのマシンに送られます。「ドキュメントをこのデバイスの外に出さない」がオンの間は、このマシンを信頼する場合にのみ許可されます。
run-place-elsewhere = ドキュメントはこのデバイスを離れ、このサーバーに送られます。確認不要と指定していない限り、ページは実行のたびに確認します。「ドキュメントをこのデバイスの外に出さない」がオンの間は送信を拒否します。
run-trust-network = このアドレスにドキュメントを預けることを信頼する
run-consent-remembered = 確認せずにここへドキュメントを送信するよう指定されています。
run-consent-forget = 再度確認する

# One more local model of the pool (Settings).
run-endpoint-legend = ローカルモデル { $number }
run-endpoint-server = サーバー
run-endpoint-ollama = Ollama
run-endpoint-openai = OpenAI 互換（llama.cpp、LM Studio、vLLM）
run-endpoint-address = アドレス
run-endpoint-model = モデル
run-endpoint-concurrency = 同時実行ジョブ数
run-endpoint-reachable = 接続可能、モデルが見つかりました。
run-endpoint-checking = 確認中…
run-endpoint-remove = 削除
run-pool-intro = 追加のローカルモデル（GPU マシン、別のノートパソコン）がこのモデルと MinionS のジョブを分担します。Minion と「ローカルのみ」は最初のモデルだけを使います。
run-pool-add = ローカルモデルを追加

# The cost panel ($ratio, $tokens and the amounts arrive written as numbers).
run-cost-title = コスト
run-cost-cloud-tokens = クラウドのトークン（この実行）
run-cost-cloud-only-tokens = クラウドのトークン（クラウドのみ、推定）
run-cost-local-tokens = ローカルのトークン
run-cost-local-read = ローカルで読み込んだプロンプトトークン
run-cost-local-cached = { $read }（うち { $cached } はサーバーのキャッシュから）
run-cost-local-time = ローカルモデルの処理時間
run-cost-cheaper = ドキュメントを送信する場合より { $ratio } 分の 1 のコストです。{ $tokens } トークンがこのデバイスに留まりました。
run-cost-dearer = これらのドキュメントは短いため、クラウドに送信した方がコストは { $ratio } 分の 1 で済みました。{ $tokens } トークンがこのデバイスに留まりました。
run-cost-nothing-sent = クラウドには何も送信されていません。{ $tokens } トークンがこのデバイスに留まりました。
run-cost-dollars = この実行で { $run }、すべてをクラウドに送信すると { $only } です。
run-cost-no-price = このモデルの価格は不明です。トークン数で比較してください。
run-cost-bars-label = クラウドのトークン: この実行とクラウドのみの比較
run-cost-bar-run = この実行
run-cost-bar-cloud-only = クラウドのみ

# A cloud request held for approval.
run-review-title = 承認待ち
run-review-ready = { $host } へのリクエスト（ラウンド { $round }）の準備ができました。判断されるまで何も送信されません。
run-review-quotes = このリクエストには、ドキュメントの次の箇所がそのまま含まれています:
run-review-message = 送信される最新のメッセージ（編集できます）
run-review-body = リクエスト全体
run-review-send-edit = 編集内容を送信
run-review-approve = 承認して送信
run-review-withhold = 引用を除いて送信
run-review-reject = 拒否して停止

# "What left this device": the audit of requests ($bytes arrives as written digits).
run-audit-title = このデバイスから送信されたもの
run-audit-nothing = このデバイスからはまだ何も送信されていません。
run-audit-summary = クラウドへのリクエスト { $count } 件、合計 { $bytes } バイト。
run-audit-summary-workers = クラウドへのリクエスト { $count } 件と、このデバイス外のローカルモデルへのリクエスト { $workers } 件、合計 { $bytes } バイト。
run-audit-export = エクスポート（JSON）
run-audit-lane-cloud = クラウド
run-audit-lane-local = ローカルモデル
run-audit-entry = { $lane } #{ $number } · ラウンド { $round } · { $host } · { $bytes } バイト · { $seconds } 秒
run-audit-verbatim = { $count ->
       *[other] ドキュメントのテキスト { $chars } 文字
    }
run-audit-no-verbatim = ドキュメントのテキストなし
run-audit-reply = その応答

# The connection lights' requests, listed as metadata.
run-checks-title = 接続チェック
run-checks-intro = 接続ランプがこのデバイス外のサーバーに送信したリクエストです。ドキュメントのテキストは含まれず、以下の情報のみです。
run-check = { $seconds } 秒 · { $method } { $host }{ $path } · { $key }
run-check-with-key = API キーあり
run-check-no-key = キーなし

# The dialog before documents go to a worker not on this device; $hosts is shown in bold.
run-consent-title = ドキュメントを別のマシンに送信しますか？
run-consent-text = { $hosts } のローカルモデルはこのデバイス上にありません。回答のため、このモデルはドキュメントのテキストを受け取ります。そのサーバーの運営者はドキュメントを読み、保存できます。まだ何も送信されていません。
run-consent-remember = このアドレスについては今後確認しない
run-consent-send = 送信する
run-consent-keep = ここに留める
run-consent-declined = ドキュメントはこのデバイスに留められ、{ $hosts } には何も送信されていません。実行するには、「設定」でこのマシン上のローカルモデルを選択するか、もう一度実行して確認してください。
