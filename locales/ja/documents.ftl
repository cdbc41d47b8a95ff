# The documents panel: adding files and pasted text.
documents-title = ドキュメント
# "choose files" is underlined, where { $choose } stands.
documents-drop = ここにファイルをドロップするか、{ $choose }
documents-choose = ファイルを選択してください
documents-formats = PDF、Word (.docx)、HTML、Markdown、CSV、JSON、テキスト。アップロードは行われません。ファイルはこのページ内で読み込まれます。
documents-paste-placeholder = …またはここにテキストを貼り付けます
documents-paste-label = テキストを貼り付け
documents-paste-add = 貼り付けたテキストを追加
# The name a pasted text gets; $count is its place in the list.
documents-pasted-name = 貼り付けたテキスト { $count }

# A file being read, with a progress bar and a stop button.
documents-reading-label = { $name } を読み込み中
documents-reading = 読み込み中…
documents-progress-pages = { $total } ページ中 { $done } ページ
documents-progress-mb = { $total } MB 中 { $done } MB
documents-stop-label = { $name } の読み込みを中止

# One loaded document.
documents-remove-label = { $name } を削除
documents-kind-text = テキスト
documents-details = { $kind } · { $chars } 文字 · { $pages } ページ · { $tokens } トークン
documents-preview = プレビュー
documents-chunks = 最大 { $size } 文字のチャンク { $count } 個
documents-chunks-about = 約 { $count }
documents-chunk-page = { $page } ページ
documents-chunk-pages = { $first }–{ $last } ページ

# A file that could not be read: "<file name>: <reason>."
documents-file-error = { $name }：{ $reason }。
documents-error-empty = ファイルが空です
documents-error-binary = テキストではなくバイナリファイルのようです
documents-error-too-large = ファイルサイズが { $size } MB で、上限の { $limit } MB を超えています（上限は「設定 → ドキュメント」で変更できます）
documents-error-corrupt = 有効な { $kind } ファイルではありません（{ $detail }）
documents-error-not-handed-over = ブラウザーがファイルを読み取れませんでした。もう一度選ぶか、先にこの端末にコピーしてください
documents-error-encrypted = パスワードで保護されています。ファイルを開いてパスワードを解除し、保存してから読み込み直してください
documents-error-encrypted-or-old = 暗号化されているか、古い Word 97–2003 形式のファイルです。.docx 形式で（パスワードなしで）保存してから読み込み直してください
documents-error-no-text = テキストレイヤーがありません（ページのスキャンまたは写真です）。先に OCR で文字認識を行うか、テキストを貼り付けてください
documents-error-unsupported = { $kind } ファイルは読み込めません。PDF、Word (.docx)、HTML、またはテキストとして保存してください
documents-error-unsupported-image = 画像ファイルは読み込めません。PDF、Word (.docx)、HTML、またはテキストとして保存してください
documents-error-unsupported-archive = アーカイブファイルは読み込めません。PDF、Word (.docx)、HTML、またはテキストとして保存してください
documents-error-reader = PDF リーダーを読み込めませんでした（{ $detail }）。このページのサーバーへの接続を確認してから、もう一度お試しください

# Details in brackets of the errors above.
documents-detail-pdfjs = pdf.js がファイルを読み取れませんでした
documents-detail-pdf-in-page = PDF ファイルはページで読み込まれます
documents-detail-not-zip = zip アーカイブではありません
documents-detail-no-word = Word 文書を含まない zip アーカイブです
documents-detail-text-damaged = テキスト部分が破損しています
documents-detail-not-utf8 = テキスト部分が UTF-8 ではありません
documents-detail-xml = XML が破損しています（{ $error }）
documents-detail-not-started = ドキュメントリーダーが起動しませんでした：{ $detail }
documents-detail-stopped = 読み込み中に停止しました
documents-detail-bad-reply = 読み取れない応答です（{ $error }）

# Warnings under a document that was read.
documents-warning-blank-pages = { $total } ページ中 { $empty } ページにテキストがありません（画像またはスキャン）。その内容は読み込まれません。
documents-warning-ragged = { $count } 行のフィールド数がヘッダーと異なります。
documents-warning-records = 「{ $key }」のレコードを 1 行に 1 件ずつ読み込みました。
documents-warning-not-json = 有効な JSON ではありません（{ $error }）。プレーンテキストとして読み込みます。
