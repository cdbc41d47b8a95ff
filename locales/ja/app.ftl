# ja

app-title = Minions Web
app-tagline = ドキュメントを読むのはお使いのローカルモデルです。クラウドモデルは計画と回答だけを行います。
app-evaluate = 評価
app-settings = 設定
app-language = 言語

# Protocols, as menus and tables name them.
app-protocol-minion = Minion
app-protocol-minions = MinionS
app-protocol-local = ローカルのみ
app-protocol-cloud = クラウドのみ

# A run's status.
app-status-idle = 待機中
app-status-running = 実行中
app-status-done = 完了
app-status-failed = 失敗
app-status-cancelled = キャンセル済み

# Where a model runs.
app-place-tab = このタブ内
app-place-machine = このマシン上
app-place-network = ローカルネットワーク上
app-place-elsewhere = このデバイスの外

# A part of the page fetched on first use that could not be fetched (src/web/parts.rs).
app-part-missing = ページのこの部分を取得できませんでした。接続を確認してから、もう一度お試しください。
app-part-retry = 再試行
# Over the page after a bug stopped its code (src/web/mod.rs).
app-stopped = 予期しないエラーのためページが停止しました。続けるには再読み込みしてください。このブラウザーに保存された内容（設定、保存した実行）は残ります。
run-engine-stopped = エンジンの予期しないエラーのため実行が停止しました。もう一度お試しください。再び起きる場合は、ページを再読み込みしてください。
