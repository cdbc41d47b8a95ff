# Settings: the panel, its fieldsets and every setting's label.

settings-title = 設定

# A server address outside what this page load may reach.
settings-policy-new-address = { $origin } は新しいアドレスです。安全のため、このページは開いたときのアドレスにのみ接続します。許可するには再読み込みしてください。
settings-policy-paste-key = その後、API キーをもう一度貼り付けてください（キーは保存されていません）。
settings-policy-reload = 適用して再読み込み

# The local model (worker).
settings-local-legend = ローカルモデル（ドキュメントを読みます）
settings-server = サーバー
settings-server-ollama = Ollama
settings-server-openai = OpenAI 互換（llama.cpp、LM Studio、vLLM）
settings-server-tab = このページ内（インストール不要）
settings-worker-address = アドレス
settings-worker-model = モデル
settings-worker-concurrency = 同時に実行するジョブ数
settings-worker-temperature = 温度
settings-worker-context = サーバーが示さない場合のコンテキスト長

# The cloud model (supervisor).
settings-cloud-legend = クラウドモデル（ドキュメントを見ることはありません）
settings-supervisor-address = API アドレス
settings-supervisor-key = API キー
settings-remember-key = このデバイスにキーを保存する
settings-supervisor-model = モデル
settings-reasoning-effort = 推論の強度（o シリーズ、gpt-5）
settings-effort-default = 既定
settings-effort-low = 低
settings-effort-medium = 中
settings-effort-high = 高

# Protocol limits and documents.
settings-limits-legend = プロトコルの上限
settings-supervisor-max-tokens = クラウドの回答の上限（トークン）
settings-supervisor-context = クラウドモデルのコンテキスト（トークン）
settings-conversation-budget = クラウドモデルの会話メモリ（トークン。超えると古い質問は要約されます）
settings-max-rounds = ラウンド数
settings-max-tasks = ラウンドあたりのタスク数（MinionS）
settings-top-k = タスクあたりの最大チャンク数、MinionS（0：クラウドモデルが決定）
settings-chunk-size = チャンクのサイズ（文字数）
settings-send-citations = ローカルモデルの引用をクラウドに送信する
settings-keep-documents = 再読み込み後もこのブラウザーにドキュメントを保持する
settings-max-file-mb = 読み込むファイルの最大サイズ（MB）
settings-clear-documents = 保存したドキュメントを消去

# Privacy controls. The placeholders in brackets are what the redactor writes: keep them as they are.
settings-privacy-legend = プライバシー（このデバイスの外に出てよいもの）
settings-redact = 送信する前に、個人データをプレースホルダー（[EMAIL_1]、[PHONE_2]…）に置き換える
settings-redact-names = 伏せる人名（1 行に 1 つ）
settings-redact-terms = 伏せるその他の語（プロジェクト、会社、場所。1 行に 1 つ）
settings-shield = プライバシーシールド：クラウドに渡る前に、ローカルモデルがレポートから個人情報を除いて書き直します
settings-verbatim-words = ドキュメントからの引用：この語数以上の連続した部分
# Continues the line above: "Quotes … are withheld".
settings-verbatim-policy = …の扱い
settings-verbatim-withhold = 送信しない（短いマーカーに置き換える）
settings-verbatim-ask = 表示して自分で判断する
settings-verbatim-send = 送信する（監査ログに記録する）
settings-approve-requests = 承認するまで、すべてのクラウドへのリクエストを保留する
settings-never-leave = ドキュメントをこのデバイスの外に出さない（評価のクラウドのみの基準をオフにします）

# Prices. $date is the day the table was checked (2026-11-25), $source where its prices come from.
settings-prices-legend = 料金（100 万トークンあたりの米ドル）
settings-prices-in-use = 使用中：{ $count } モデル、最終確認 { $date }（{ $source }）。
settings-prices-label = JSON 形式の料金表
settings-prices-placeholder = 空欄：付属の料金表を使用します。料金を変更するには、付属のものと同じ形式の JSON を貼り付けてください。
settings-prices-edit = 付属の料金表を編集
settings-prices-invalid = 料金表が有効な JSON ではありません（{ $error }）。既定値を使用します。

# The Ask box's protocol choice (the protocols' own names are in app.ftl).
settings-protocol-auto = 自動
settings-protocol-auto-explained = 短いドキュメントには Minion、長いドキュメントには MinionS を選び、クラウドモデルがなければローカルのみを使います。
settings-protocol-minion-explained = クラウドモデルが質問し、ローカルモデルがすべてのドキュメントから回答します。クラウドのトークンが最も少なく済みます。
settings-protocol-minions-explained = クラウドモデルが小さなジョブを計画し、ローカルモデルがチャンクごとに実行します。長いドキュメントに最適です。
settings-protocol-local-explained = ローカルモデルのみ。このデバイスの外には何も出ません。
settings-protocol-cloud-explained = クラウドモデルのみ（ドキュメントを読みます）。評価の基準です。

# Sizes of downloads (decimal units); $size is a number.
settings-size-mb = { $size } MB
settings-size-gb = { $size } GB

# The in-page model panel.
settings-tab-model = モデル
settings-tab-another = 別の GGUF（アドレスを下に入力）
settings-tab-address = GGUF のアドレス
settings-tab-file = または、このコンピューター上の GGUF ファイル
settings-tab-load = 読み込み
settings-tab-resume = 再開
settings-tab-cancel = キャンセル
settings-tab-remove = 削除
settings-tab-stored = このブラウザーに保存済み：
settings-tab-stored-incomplete = { $stored } / { $total }、未完了
settings-tab-storage-left = このページで使える残りの容量：{ $size }。
# A built-in model: what it is good for (a sentence below), its licence's name, its context in tokens, its download size.
settings-tab-about = { $good_for } ライセンス：{ $licence }。コンテキストは最大 { $context } トークン。ダウンロード：{ $size }。

# What each built-in model is good for.
settings-model-qwen25-05b = 既定のモデル：サイズの割に指示や JSON によく従い、多くの言語に対応します。
settings-model-smollm2-360m = ダウンロードが最小。短い英語のドキュメントからすばやく回答します。
settings-model-llama32-1b = 英語と主要なヨーロッパ言語の一般的な読解に。
settings-model-gemma3-1b = 多くの言語（140 以上）に対応。短く自然な回答。
settings-model-qwen25-15b = この一覧で最も良い回答。メモリ 8 GB 以上のマシン向けです。

# The in-page model's progress line.
settings-tab-none = このページにはまだモデルが読み込まれていません。
settings-tab-downloading = ダウンロード中：{ $loaded }
settings-tab-downloading-of = ダウンロード中：{ $loaded } / { $total }（{ $percent }）
settings-tab-resumed-at = （{ $size } から再開）
settings-tab-loading = { $name } を読み込んでいます…
settings-tab-ready = 準備完了：{ $name }、コンテキスト { $context } トークン、{ $threads } スレッド。
settings-tab-single-thread = このページはクロスオリジン分離（cross-origin isolated）されていないため、モデルは { $threads } スレッドのうち 1 つで動作します。すべて使うには、ページを一度再読み込みしてください。
# What Load will fetch, as the connection light offers it.
settings-tab-offer = { $name }（ダウンロード { $size }）
settings-tab-offer-none = モデルを選んでください

# The in-page model's failures. $detail comes from the browser or the runtime, as it came.
settings-tab-no-address = GGUF のアドレスを入力するか、内蔵モデルまたはファイルを選んでください。
settings-tab-new-origin = このページは開いたときのアドレスにのみ接続しますが、{ $origin } は新しいアドレスです。許可するには上の「適用して再読み込み」を押してから、もう一度「読み込み」を押してください。
settings-tab-gone = モデルがこのブラウザーのストレージにもうありません
settings-tab-header-endless = ヘッダーが終わりません
settings-failure-not-gguf = このファイルは GGUF モデルではありません（「GGUF」で始まっていません）。Hugging Face などから .gguf ファイルを選んでください。
settings-failure-version = この GGUF ファイルはバージョン { $version } で、llama.cpp はもう読み込めません。モデルの新しい変換版をダウンロードしてください。
settings-failure-truncated = モデルファイルが不完全です：必要な { $need } のうち { $have } しかありません。「読み込み」を押してダウンロードを再開するか、完全なファイルをもう一度選んでください。
settings-failure-damaged = モデルファイルが破損しています（{ $detail }）。削除してから、もう一度ダウンロードしてください。
settings-failure-too-big = このモデルには約 { $need } のメモリが必要で、このページがここで使える量（約 { $limit }）を超えています。小さいモデルか短いコンテキストを選んでください。
settings-failure-http-404 = モデルのアドレスが 404（見つかりません）を返しました。URL を確認してください。Hugging Face ではファイルの「resolve」リンクを使ってください。
settings-failure-http-refused = モデルのアドレスがダウンロードを拒否しました（HTTP { $status }）。アクセス制限のあるモデルは、Hugging Face でライセンスに同意する必要があります。オープンなモデルを選ぶか、ファイルをダウンロードしてディスクから選んでください。
settings-failure-http = モデルのアドレスが HTTP { $status } を返しました。しばらくしてからもう一度試すか、ファイルをダウンロードしてディスクから選んでください。
settings-failure-network = ダウンロードに失敗しました（{ $detail }）。接続を確認し、「読み込み」を押して再開してください。受信済みの部分は保持されます。
settings-failure-storage = このブラウザーはモデルを保存できませんでした（{ $detail }）。空き容量を増やすか、プライベートブラウズを終了するか、小さいモデルを選んでください。
settings-failure-cancelled = キャンセルしました。受信済みの部分は保持されます。「読み込み」でダウンロードを再開します。
settings-failure-load = モデルを読み込めませんでした（{ $detail }）。破損しているか、この llama.cpp が対応していないアーキテクチャの可能性があります。削除して別のモデルを試してください。
settings-failure-memory = モデルがこのページで使えるメモリに収まりません（{ $detail }）。小さいモデルか短いコンテキストを選んでください。
settings-failure-library = ページ内モデルのランタイムを起動できませんでした（{ $detail }）。ページを再読み込みしてください。それでも解決しない場合、このブラウザーには必要な WebAssembly の機能がありません。
